//! Training of the cue classifier (`./run train-cues`): every word of a
//! PolNeAR article, segmented and parsed by the engine itself, is an example;
//! the positives are the words that head a gold cue (the cue's word whose
//! head in our parse lies outside the cue: "said" in "said in a statement",
//! "according" in "according to"). Every tenth train article (the unread
//! slice of `./run eval`) is left out.

use super::json::{self, Json};
use super::syntax::Perceptron;
use super::Rng;
use crate::cues::{candidate, features, write_header, Hashes};
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
    pub keep: f64,
    pub seed: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            nbits: 18,
            epochs: 8,
            min_count: 10,
            rows: 12_000,
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
fn examples(path: &str, keep: impl Fn(usize) -> bool) -> Result<Vec<Vec<Example>>, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || !keep(i) {
            continue;
        }
        let v = json::parse(line).map_err(|e| format!("{path}:{}: {e}", i + 1))?;
        out.push(article(&v).map_err(|e| format!("{path}:{}: {e}", i + 1))?);
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

fn article(v: &Json) -> Result<Vec<Example>, String> {
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
    Ok(out)
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

/// Trains on `train` (every tenth record left out), picks the epoch count
/// on `dev` by cue F1, and returns the weight file.
pub fn train(train: &str, dev: &str, cfg: &Config) -> Result<Vec<u8>, String> {
    let tr = examples(train, |i| i % 10 != 0)?;
    let dv = examples(dev, |_| true)?;
    let positives = tr.iter().flatten().filter(|e| e.cue).count();
    eprintln!(
        "{} articles, {} words, {} cue words; dev {} articles",
        tr.len(),
        tr.iter().map(Vec::len).sum::<usize>(),
        positives,
        dv.len()
    );
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
                let (pr, r, f) = figures(|f| linear_score(&l, f), &dv);
                eprintln!("epoch {epoch}: dev cue P {pr:.4} R {r:.4} F1 {f:.4}");
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
    let l = table.linear();
    let (pr, r, f) = figures(|f| linear_score(&l, f), &dv);
    eprintln!(
        "{epochs} epochs, {} rows: dev cue P {pr:.4} R {r:.4} F1 {f:.4}",
        table.rows.len()
    );
    let mut out = Vec::new();
    write_header(&mut out);
    table.write(&mut out);
    Ok(out)
}
