//! Training of the cue classifier (`./run train-cues`): every word of a
//! PolNeAR article, segmented and parsed by the engine itself, is an example;
//! the positives are the words that head a gold cue (the cue's word whose
//! head in our parse lies outside the cue: "said" in "said in a statement",
//! "according" in "according to"). Every tenth train article (the unread
//! slice of `./run eval`) is left out.

use super::json::{self, Json};
use super::syntax::Perceptron;
use super::Rng;
use crate::cues::{candidate, features, Hashes, FILE};
use crate::syntax::linear::{bucket, Linear};
use crate::syntax::pos::Classifier;
use crate::syntax::tree::Tree;

/// Training settings.
#[derive(Clone, Debug)]
pub struct Config {
    pub nbits: u32,
    pub epochs: usize,
    /// Buckets seen fewer times than this learn nothing.
    pub min_count: u32,
    /// The rows and the share of weights the file keeps.
    pub rows: usize,
    /// The content classifier's rows.
    pub content_rows: usize,
    pub keep: f64,
    pub seed: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            nbits: 18,
            epochs: 8,
            min_count: 10,
            rows: 8_000,
            content_rows: 3_000,
            keep: 1.0,
            seed: 11,
        }
    }
}

/// One article's examples: features and whether the word heads a cue.
struct Example {
    feats: Vec<u64>,
    cue: bool,
}

/// Reads PolNeAR JSONL records into examples; `keep(i)` chooses records by line number.
type Examples = (Vec<Vec<Example>>, Vec<Vec<Example>>);

fn examples(path: &str, keep: impl Fn(usize) -> bool) -> Result<Examples, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = (Vec::new(), Vec::new());
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || !keep(i) {
            continue;
        }
        let v = json::parse(line).map_err(|e| format!("{path}:{}: {e}", i + 1))?;
        let (cues, contents) = article(&v).map_err(|e| format!("{path}:{}: {e}", i + 1))?;
        out.0.push(cues);
        out.1.push(contents);
    }
    Ok(out)
}

/// The byte ranges of a gold span (its fragments when it has them).
fn byte_ranges(span: &Json, bytes: &[usize]) -> Vec<(usize, usize)> {
    let at = |k: &Json| k.as_f64().map(|x| bytes[(x as usize).min(bytes.len() - 1)]);
    if let Some(fr) = span.get("fragments").and_then(Json::as_arr) {
        return fr
            .iter()
            .filter_map(|f| {
                let f = f.as_arr()?;
                Some((at(f.first()?)?, at(f.get(1)?)?))
            })
            .collect();
    }
    match (span.get("start").and_then(at), span.get("end").and_then(at)) {
        (Some(a), Some(b)) => vec![(a, b)],
        _ => Vec::new(),
    }
}

fn article(v: &Json) -> Result<(Vec<Example>, Vec<Example>), String> {
    let text = v.get("text").and_then(Json::as_str).ok_or("no text")?;
    let bytes: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(text.len()))
        .collect();
    let doc = crate::segment::segment(text);
    let syntax = crate::syntax::parse(&doc);
    let tree = Tree::new(&syntax);
    let quoted = crate::quotes::quoted_tokens(&doc);
    let mut is_cue = vec![false; doc.tokens.len()];
    let mut heads: Vec<(usize, Vec<(usize, usize)>)> = Vec::new();
    for a in v.get("attributions").and_then(Json::as_arr).unwrap_or(&[]) {
        let Some(cue) = a.get("cue").filter(|c| !matches!(c, Json::Null)) else {
            continue;
        };
        let ranges = byte_ranges(cue, &bytes);
        let inside: Vec<usize> = (0..doc.tokens.len())
            .filter(|&t| {
                let s = doc.tokens[t].span;
                ranges.iter().any(|&(a, b)| s.start < b && s.end > a)
            })
            .collect();
        let words = || {
            inside
                .iter()
                .copied()
                .filter(|&t| candidate(&doc, &quoted, t))
        };
        let head = words()
            .find(|&t| tree.head(t).is_none_or(|h| !inside.contains(&h)))
            .or_else(|| words().next());
        if let Some(t) = head {
            is_cue[t] = true;
            if let Some(content) = a.get("content") {
                heads.push((t, byte_ranges(content, &bytes)));
            }
        }
    }
    let mut out = Vec::new();
    let hashes = Hashes::new(&doc, &tree);
    for s in &doc.sentences {
        for t in s.tokens.clone() {
            if candidate(&doc, &quoted, t) {
                let mut feats = Vec::new();
                features(&doc, &tree, &hashes, &quoted, s.tokens.start, t, &mut feats);
                out.push(Example {
                    feats,
                    cue: is_cue[t],
                });
            }
        }
    }
    // Content examples: every other token of a gold cue's sentence.
    let mut contents = Vec::new();
    let sentence_of = |t: usize| doc.sentences.partition_point(|s| s.tokens.end <= t);
    for (c, ranges) in heads {
        let s = &doc.sentences[sentence_of(c)];
        for t in s.tokens.clone().filter(|&t| t != c) {
            let sp = doc.tokens[t].span;
            let mut feats = Vec::new();
            crate::contents::features(&doc, &tree, &hashes, &quoted, c, t, &mut feats);
            contents.push(Example {
                feats,
                cue: ranges.iter().any(|&(a, b)| a <= sp.start && sp.end <= b),
            });
        }
    }
    Ok((out, contents))
}

/// Precision, recall and F1 of cue words on `docs`.
fn figures(score: impl Fn(&[u64]) -> i32, docs: &[Vec<Example>]) -> (f64, f64, f64) {
    let (mut tp, mut pred, mut gold) = (0usize, 0usize, 0usize);
    for e in docs.iter().flatten() {
        let guess = score(&e.feats) > 0;
        tp += (guess && e.cue) as usize;
        pred += guess as usize;
        gold += e.cue as usize;
    }
    let p = tp as f64 / pred.max(1) as f64;
    let r = tp as f64 / gold.max(1) as f64;
    (p, r, 2.0 * p * r / (p + r).max(1e-9))
}

fn linear_score(l: &Linear, feats: &[u64]) -> i32 {
    crate::cues::score(l, feats)
}

/// Trains a two-class perceptron on `tr`, the epoch count chosen on `dv`
/// by F1 of the positives; returns the quantised table and the epochs.
fn fit(
    tr: &[Vec<Example>],
    dv: &[Vec<Example>],
    cfg: &Config,
    what: &str,
) -> (super::syntax::Table, usize) {
    let mut counts = vec![0u32; 1 << cfg.nbits];
    for e in tr.iter().flatten() {
        for &h in &e.feats {
            let b = bucket(h, cfg.nbits);
            counts[b] = counts[b].saturating_add(1);
        }
    }
    let run = |epochs: usize, report: bool| -> (Perceptron, usize) {
        let mut p = Perceptron::new(cfg.nbits, 2, &counts, cfg.min_count);
        let mut order: Vec<usize> = (0..tr.len()).collect();
        let mut rng = Rng::new(cfg.seed);
        let (mut best, mut best_epoch) = (-1.0, 0);
        for epoch in 1..=epochs {
            rng.shuffle(&mut order);
            for &k in &order {
                for e in &tr[k] {
                    let mut s = [0i32; 2];
                    p.add(&e.feats, &mut s);
                    let guess = (s[1] > s[0]) as usize;
                    p.update(&e.feats, e.cue as usize, guess);
                    p.tick();
                }
            }
            if report {
                let l = p.quantise(cfg.rows, cfg.keep).linear();
                let (pr, r, f) = figures(|f| linear_score(&l, f), dv);
                eprintln!("{what} epoch {epoch}: dev P {pr:.4} R {r:.4} F1 {f:.4}");
                if f > best {
                    (best, best_epoch) = (f, epoch);
                }
            }
        }
        (p, best_epoch)
    };
    let (_, epochs) = run(cfg.epochs, true);
    let (p, _) = run(epochs, false);
    let table = p.quantise(cfg.rows, cfg.keep);
    let (pr, r, f) = figures(|f| linear_score(&table.linear(), f), dv);
    eprintln!(
        "{what}: {epochs} epochs, {} rows: dev P {pr:.4} R {r:.4} F1 {f:.4}",
        table.rows.len()
    );
    (table, epochs)
}

/// Trains on `train` (every tenth record left out), picks each model's
/// epoch count on `dev` by F1, and returns the cue and content weight files.
pub fn train(train: &str, dev: &str, cfg: &Config) -> Result<(Vec<u8>, Vec<u8>), String> {
    let (tr, tr_contents) = examples(train, |i| i % 10 != 0)?;
    let (dv, dv_contents) = examples(dev, |_| true)?;
    let positives = tr.iter().flatten().filter(|e| e.cue).count();
    eprintln!(
        "{} articles, {} words, {} cue words, {} content examples; dev {} articles",
        tr.len(),
        tr.iter().map(Vec::len).sum::<usize>(),
        positives,
        tr_contents.iter().map(Vec::len).sum::<usize>(),
        dv.len()
    );
    let (cues, _) = fit(&tr, &dv, cfg, "cues");
    let mut out = Vec::new();
    FILE.write_header(&mut out);
    cues.write(&mut out);
    let content_cfg = Config {
        rows: cfg.content_rows,
        ..cfg.clone()
    };
    let (contents, _) = fit(&tr_contents, &dv_contents, &content_cfg, "contents");
    let mut out2 = Vec::new();
    crate::contents::FILE.write_header(&mut out2);
    contents.write(&mut out2);
    Ok((out, out2))
}
