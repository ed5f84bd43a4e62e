//! Training of the syntax models (`./run train-parser`): the tagger, the
//! arc-hybrid parser (dynamic oracle, exploring its own moves after the
//! first epoch) and the labeller, each an averaged perceptron over the
//! runtime's own features, quantised to one-byte codes of 127 log-spaced
//! levels a sign. The parser and labeller learn
//! from tags predicted by taggers trained on the other folds (jackknifing),
//! so they see the tagger's mistakes as they will at run time. Every step is
//! deterministic: the same files give the same bytes. With
//! `NEWSMARK_TRAIN_RAW=1` the log also gives each epoch's dev figure with
//! the unquantised weights (what quantising costs).

use super::Rng;
use crate::syntax::linear::{bucket, Linear, LEVELS};
use crate::syntax::pos::Classifier;
use crate::syntax::words::Word;
use crate::syntax::{parser, pos, Model};
use std::collections::BTreeMap;

/// A gold word.
#[derive(Clone, Debug)]
pub struct Gold {
    pub form: String,
    pub upos: String,
    pub xpos: String,
    /// 0 = root, else the 1-based index of the head among the sentence's words.
    pub head: usize,
    pub deprel: String,
}

/// A sentence of gold words and its document id.
#[derive(Clone, Debug)]
pub struct GoldSentence {
    pub doc: String,
    pub words: Vec<Gold>,
}

/// Reads every word line of a CoNLL-U file (multiword tokens and empty nodes skipped).
pub fn read_conllu(text: &str) -> Result<Vec<GoldSentence>, String> {
    let mut out = Vec::new();
    let mut doc = String::new();
    let mut words: Vec<Gold> = Vec::new();
    for (no, line) in text.lines().enumerate() {
        if let Some(id) = line.strip_prefix("# newdoc id = ") {
            doc = id.trim().to_string();
        }
        if line.trim().is_empty() {
            if !words.is_empty() {
                out.push(GoldSentence {
                    doc: doc.clone(),
                    words: std::mem::take(&mut words),
                });
            }
            continue;
        }
        if line.starts_with('#') {
            continue;
        }
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() != 10 {
            return Err(format!("line {}: not 10 columns", no + 1));
        }
        if c[0].contains(['-', '.']) {
            continue;
        }
        words.push(Gold {
            form: c[1].to_string(),
            upos: c[3].to_string(),
            xpos: c[4].to_string(),
            head: c[6]
                .parse()
                .map_err(|_| format!("line {}: bad head", no + 1))?,
            deprel: c[7].to_string(),
        });
    }
    if !words.is_empty() {
        out.push(GoldSentence { doc, words });
    }
    Ok(out)
}

/// Training settings.
#[derive(Clone, Debug)]
pub struct Config {
    pub tag_bits: u32,
    pub parse_bits: u32,
    pub label_bits: u32,
    pub tag_epochs: usize,
    pub parse_epochs: usize,
    pub label_epochs: usize,
    /// The epoch after which each model keeps only the weights its size
    /// budget allows and goes on learning on those alone (0: never).
    pub tag_prune_at: usize,
    pub parse_prune_at: usize,
    pub label_prune_at: usize,
    pub folds: usize,
    /// A tag or relation seen fewer times than this is folded into a frequent one.
    pub min_class: usize,
    /// A feature bucket seen fewer times than this on the gold path learns nothing.
    pub min_count: u32,
    /// Rows kept per table (tagger, parser, labeller): those of largest total |weight|.
    pub tag_rows: usize,
    pub parse_rows: usize,
    pub label_rows: usize,
    /// The fraction of the kept rows' non-zero weights kept (the largest),
    /// in the labeller and the tagger (the parser's rows are few and short).
    pub keep: f64,
    pub tag_keep: f64,
    pub seed: u64,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            tag_bits: 18,
            parse_bits: 20,
            label_bits: 18,
            tag_epochs: 14,
            parse_epochs: 14,
            label_epochs: 8,
            tag_prune_at: 4,
            parse_prune_at: 4,
            label_prune_at: 3,
            folds: 5,
            min_class: 20,
            min_count: 12,
            tag_rows: 1 << 20,
            parse_rows: 44_000,
            label_rows: 1 << 20,
            keep: 0.11,
            tag_keep: 0.18,
            seed: 7,
        }
    }
}

// ------------------------------------------------------------ perceptron

/// An averaged perceptron over hashed features (integer weights, exact sums).
pub(super) struct Perceptron {
    nbits: u32,
    nclass: usize,
    w: Vec<i32>,
    total: Vec<i64>,
    stamp: Vec<u32>,
    t: u32,
    /// The buckets that may learn (features seen often enough on the gold path).
    open: Vec<bool>,
    /// After [`Perceptron::restrict`], the weights that may still learn.
    live: Option<Vec<bool>>,
}

impl Perceptron {
    /// A perceptron whose buckets learn where `counts` reaches `min_count`.
    pub(super) fn new(nbits: u32, nclass: usize, counts: &[u32], min_count: u32) -> Perceptron {
        let n = (1usize << nbits) * nclass;
        let open = counts.iter().map(|&c| c >= min_count).collect();
        Perceptron {
            nbits,
            nclass,
            w: vec![0; n],
            total: vec![0; n],
            stamp: vec![0; n],
            t: 0,
            open,
            live: None,
        }
    }

    /// Keeps only the weights that `quantise(keep_rows, keep)` would keep
    /// now and lets only those learn from here on, so the rest of training
    /// adapts them to the features that the size budget leaves out.
    fn restrict(&mut self, keep_rows: usize, keep: f64) {
        let table = self.quantise(keep_rows, keep);
        let n = self.nclass;
        let mut live = vec![false; self.w.len()];
        for (b, codes) in &table.rows {
            for (c, &code) in codes.iter().enumerate() {
                live[*b as usize * n + c] = code != 0;
            }
        }
        for (k, &l) in live.iter().enumerate() {
            if !l {
                self.w[k] = 0;
                self.total[k] = 0;
            }
        }
        self.live = Some(live);
    }

    /// One example seen (advances the averaging clock).
    pub(super) fn tick(&mut self) {
        self.t += 1;
    }

    fn bump(&mut self, k: usize, by: i32) {
        self.total[k] += (self.t - self.stamp[k]) as i64 * self.w[k] as i64;
        self.stamp[k] = self.t;
        self.w[k] += by;
    }

    pub(super) fn update(&mut self, feats: &[u64], truth: usize, guess: usize) {
        if truth == guess {
            return;
        }
        for &h in feats {
            let b = bucket(h, self.nbits);
            if !self.open[b] {
                continue;
            }
            let row = b * self.nclass;
            let (lt, lg) = match &self.live {
                Some(l) => (l[row + truth], l[row + guess]),
                None => (true, true),
            };
            if lt {
                self.bump(row + truth, 1);
            }
            if lg {
                self.bump(row + guess, -1);
            }
        }
    }

    /// The averaged weights.
    fn average(&self) -> Vec<f64> {
        let t = self.t.max(1) as f64;
        (0..self.w.len())
            .map(|k| {
                (self.total[k] + (self.t - self.stamp[k]) as i64 * self.w[k] as i64) as f64 / t
            })
            .collect()
    }

    /// The averaged weights quantised: the `keep_rows` rows of largest
    /// total |weight|, in them the `keep` fraction of largest weights, coded
    /// on [`LEVELS`] levels.
    /// After [`Perceptron::restrict`], every live weight is kept.
    pub(super) fn quantise(&self, keep_rows: usize, keep: f64) -> Table {
        let (keep_rows, keep) = if self.live.is_some() {
            (usize::MAX, 1.0)
        } else {
            (keep_rows, keep)
        };
        let avg = self.average();
        let n = self.nclass;
        let mut rows: Vec<(f64, u32)> = (0..1u32 << self.nbits)
            .map(|b| {
                (
                    avg[b as usize * n..(b as usize + 1) * n]
                        .iter()
                        .map(|a| a.abs())
                        .sum::<f64>(),
                    b,
                )
            })
            .filter(|&(m, _)| m > 0.0)
            .collect();
        rows.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        rows.truncate(keep_rows);
        rows.sort_by_key(|r| r.1);
        let mut mags: Vec<f64> = rows
            .iter()
            .flat_map(|&(_, b)| {
                avg[b as usize * n..(b as usize + 1) * n]
                    .iter()
                    .map(|a| a.abs())
            })
            .filter(|&a| a > 0.0)
            .collect();
        mags.sort_by(|a, b| b.total_cmp(a));
        mags.truncate(((mags.len() as f64 * keep).ceil() as usize).max(1));
        mags.reverse();
        // Log-spaced levels from the smallest kept magnitude (at least
        // 1/4096 of the largest) to the largest: each 7 % above the one before,
        // so a weight is coded within 3.5 %.
        let max = mags.last().copied().unwrap_or(1.0);
        let floor = mags.first().copied().unwrap_or(0.0).max(max / 4096.0);
        let ratio = (max / floor).max(1.0 + 1e-9).ln() / (LEVELS - 1) as f64;
        let scale = (1 << 20) as f64 / max.max(1e-12);
        let mut levels = [0i32; LEVELS];
        for (k, l) in levels.iter_mut().enumerate() {
            *l = ((floor * (ratio * k as f64).exp() * scale).round() as i32).max(1);
        }
        let code = |a: f64| -> u8 {
            if a.abs() < floor * (-ratio / 2.0).exp() || a == 0.0 {
                return 0;
            }
            let k = ((a.abs() / floor).ln() / ratio)
                .round()
                .clamp(0.0, (LEVELS - 1) as f64) as u8;
            if a > 0.0 {
                k + 1
            } else {
                k + 129
            }
        };
        let rows = rows
            .into_iter()
            .map(|(_, b)| {
                (
                    b,
                    avg[b as usize * n..(b as usize + 1) * n]
                        .iter()
                        .map(|&a| code(a))
                        .collect::<Vec<u8>>(),
                )
            })
            .filter(|(_, r)| r.iter().any(|&c| c != 0))
            .collect();
        Table {
            nbits: self.nbits,
            nclass: n,
            levels,
            rows,
        }
    }
}

/// A quantised table, as written to the weight file.
pub(crate) struct Table {
    nbits: u32,
    nclass: usize,
    levels: [i32; LEVELS],
    pub(super) rows: Vec<(u32, Vec<u8>)>,
}

impl Table {
    pub(super) fn linear(&self) -> Linear {
        let buckets: Vec<u32> = self.rows.iter().map(|r| r.0).collect();
        let flat: Vec<u8> = self.rows.iter().flat_map(|r| r.1.iter().copied()).collect();
        Linear::new(self.nbits, self.nclass, &self.levels, &buckets, flat)
    }
    pub(super) fn write(&self, out: &mut Vec<u8>) {
        Linear::write(self.nbits, self.nclass, &self.levels, &self.rows, out)
    }
}

/// The averaged weights in full precision (×1000), for checking what quantising loses.
struct Averaged {
    nbits: u32,
    nclass: usize,
    w: Vec<i32>,
}

impl Perceptron {
    fn averaged(&self) -> Averaged {
        let t = self.t.max(1) as f64;
        Averaged {
            nbits: self.nbits,
            nclass: self.nclass,
            w: (0..self.w.len())
                .map(|k| {
                    ((self.total[k] + (self.t - self.stamp[k]) as i64 * self.w[k] as i64) as f64
                        / t
                        * 1000.0) as i32
                })
                .collect(),
        }
    }
}

impl Classifier for Averaged {
    fn classes(&self) -> usize {
        self.nclass
    }
    fn add(&self, feats: &[u64], scores: &mut [i32]) {
        for &h in feats {
            let row = bucket(h, self.nbits) * self.nclass;
            for (s, &w) in scores.iter_mut().zip(&self.w[row..row + self.nclass]) {
                *s += w;
            }
        }
    }
}

impl Classifier for Perceptron {
    fn classes(&self) -> usize {
        self.nclass
    }
    fn add(&self, feats: &[u64], scores: &mut [i32]) {
        for &h in feats {
            let row = bucket(h, self.nbits) * self.nclass;
            for (s, &w) in scores.iter_mut().zip(&self.w[row..row + self.nclass]) {
                *s += w;
            }
        }
    }
}

// ------------------------------------------------------------ data

/// A sentence ready for training: hashed words, gold classes, gold heads (n = root).
struct Sent {
    words: Vec<Word>,
    tags: Vec<u16>,
    heads: Vec<u32>,
    labels: Vec<u16>,
}

/// Frequent classes: names with at least `min` uses, most frequent first (ties by name).
fn classes<'a>(names: impl Iterator<Item = &'a str>, min: usize) -> Vec<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for n in names {
        *counts.entry(n).or_default() += 1;
    }
    let mut v: Vec<(&str, usize)> = counts.into_iter().filter(|&(_, c)| c >= min).collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    v.into_iter().map(|(n, _)| n.to_string()).collect()
}

/// The class of `name`: itself, else the first class sharing its part before `sep`.
fn class_of(classes: &[String], name: &str, sep: char) -> u16 {
    if let Some(k) = classes.iter().position(|c| c == name) {
        return k as u16;
    }
    let head = name.split(sep).next().unwrap_or(name);
    classes
        .iter()
        .position(|c| c.split(sep).next() == Some(head))
        .unwrap_or(0) as u16
}

fn prepare(s: &GoldSentence, tags: &[String], labels: &[String]) -> Sent {
    let n = s.words.len();
    Sent {
        words: s.words.iter().map(|w| Word::new(&w.form)).collect(),
        tags: s
            .words
            .iter()
            .map(|w| class_of(tags, &format!("{}|{}", w.upos, w.xpos), '|'))
            .collect(),
        heads: s
            .words
            .iter()
            .map(|w| {
                if w.head == 0 {
                    n as u32
                } else {
                    w.head as u32 - 1
                }
            })
            .chain([parser::NONE])
            .collect(),
        labels: s
            .words
            .iter()
            .map(|w| class_of(labels, &w.deprel, ':'))
            .collect(),
    }
}

// ------------------------------------------------------------ the three models

/// A classifier without its `k`-th feature (for `ABLATE=1`: what each template is worth).
struct Without<'a>(&'a Linear, usize);

impl Classifier for Without<'_> {
    fn classes(&self) -> usize {
        self.0.classes()
    }
    fn add(&self, feats: &[u64], scores: &mut [i32]) {
        for (k, f) in feats.iter().enumerate() {
            if k != self.1 {
                self.0.add(std::slice::from_ref(f), scores);
            }
        }
    }
}

/// How often each bucket's features occur on the gold path of every sentence.
fn count(nbits: u32, n: usize, mut visit: impl FnMut(usize, &mut dyn FnMut(&[u64]))) -> Vec<u32> {
    let mut counts = vec![0u32; 1 << nbits];
    for k in 0..n {
        visit(k, &mut |feats| {
            for &h in feats {
                let b = bucket(h, nbits);
                counts[b] = counts[b].saturating_add(1);
            }
        });
    }
    counts
}

struct Zero(usize);
impl Classifier for Zero {
    fn classes(&self) -> usize {
        self.0
    }
    fn add(&self, _: &[u64], _: &mut [i32]) {}
}

fn train_tagger(
    sents: &[&Sent],
    nclass: usize,
    cfg: &Config,
    epochs: usize,
    dev: &[Sent],
    log: bool,
) -> (Perceptron, usize) {
    let counts = count(cfg.tag_bits, sents.len(), |k, seen| {
        let s = sents[k];
        let mut tags = Vec::new();
        pos::tag(
            &Zero(nclass),
            &s.words,
            &mut tags,
            Some(&s.tags),
            &mut pos::Buffers::default(),
            &mut |i, [tag_feats, word_feats], _| {
                seen(tag_feats);
                seen(word_feats);
                s.tags[i] as usize
            },
        );
    });
    let mut p = Perceptron::new(cfg.tag_bits, nclass, &counts, cfg.min_count);
    let mut order: Vec<usize> = (0..sents.len()).collect();
    let mut rng = Rng::new(cfg.seed);
    let mut tags = Vec::new();
    let mut buf = pos::Buffers::default();
    let (mut best, mut best_epoch) = (0.0, epochs);
    for epoch in 1..=epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let s = sents[k];
            let mut updates: Vec<(Vec<u64>, usize, usize)> = Vec::new();
            pos::tag(
                &p,
                &s.words,
                &mut tags,
                None,
                &mut buf,
                &mut |i, feats, guess| {
                    if guess != s.tags[i] as usize {
                        updates.push((feats.concat(), s.tags[i] as usize, guess));
                    }
                    guess
                },
            );
            for (feats, truth, guess) in &updates {
                p.update(feats, *truth, *guess);
            }
            for _ in 0..s.words.len() {
                p.tick();
            }
        }
        if epoch == cfg.tag_prune_at {
            p.restrict(cfg.tag_rows, cfg.tag_keep);
        }
        if !dev.is_empty() {
            let m = p.quantise(cfg.tag_rows, cfg.tag_keep).linear();
            let acc = tag_accuracy(&m, dev);
            if log {
                let raw = if std::env::var_os("NEWSMARK_TRAIN_RAW").is_some() {
                    format!(" (unquantised {:.4})", tag_accuracy(&p.averaged(), dev))
                } else {
                    String::new()
                };
                eprintln!("tagger epoch {epoch}: dev tag accuracy {acc:.4}{raw}");
            }
            if acc > best {
                best = acc;
                best_epoch = epoch;
            }
        }
    }
    (p, best_epoch)
}

fn tag_accuracy<C: Classifier>(m: &C, dev: &[Sent]) -> f64 {
    let (mut right, mut all) = (0usize, 0usize);
    let mut tags = Vec::new();
    let mut buf = pos::Buffers::default();
    for s in dev {
        pos::tag(m, &s.words, &mut tags, None, &mut buf, &mut |_, _, b| b);
        right += tags.iter().zip(&s.tags).filter(|(a, b)| a == b).count();
        all += s.tags.len();
    }
    right as f64 / all.max(1) as f64
}

/// The labeller of a training run: a model and the class of "root".
fn lab<L: Classifier>(model: &L, root: usize) -> parser::Labeller<'_, L> {
    parser::Labeller { model, root }
}

#[allow(clippy::too_many_arguments)]
fn train_parser<L: Classifier>(
    sents: &[Sent],
    pred_tags: &[Vec<u16>],
    labeller: &parser::Labeller<L>,
    cfg: &Config,
    epochs: usize,
    dev: &[Sent],
    dev_tags: &[Vec<u16>],
) -> (Table, usize) {
    let mut st = parser::State::default();
    let counts = count(cfg.parse_bits, sents.len(), |k, seen| {
        let s = &sents[k];
        parser::parse(
            &Zero(parser::MOVES),
            labeller,
            &s.words,
            &pred_tags[k],
            &mut st,
            &mut |st, f, _, valid| {
                seen(f);
                oracle_move(st, &s.heads, valid)
            },
            &mut |_, _, _, _, best| best,
        );
    });
    let mut p = Perceptron::new(cfg.parse_bits, parser::MOVES, &counts, cfg.min_count);
    let mut order: Vec<usize> = (0..sents.len()).collect();
    let mut rng = Rng::new(cfg.seed ^ 0x5A);
    let (mut best, mut best_rows, mut best_epoch) = (-1.0, None, 0);
    for epoch in 1..=epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let s = &sents[k];
            let mut updates: Vec<(Vec<u64>, usize, usize)> = Vec::new();
            parser::parse(
                &p,
                labeller,
                &s.words,
                &pred_tags[k],
                &mut st,
                &mut |st, feats, scores, valid| {
                    let ok = parser::zero_cost(st, &s.heads, valid);
                    let guess = parser::best_valid(scores, valid);
                    let ok = if ok.iter().any(|&b| b) { ok } else { valid };
                    let best_ok = parser::best_valid(scores, ok);
                    if !ok[guess] {
                        updates.push((feats.to_vec(), best_ok, guess));
                    }
                    if epoch == 1 {
                        best_ok
                    } else {
                        guess
                    }
                },
                &mut |_, _, _, _, best| best,
            );
            for (feats, truth, guess) in &updates {
                p.tick();
                p.update(feats, *truth, *guess);
            }
            p.tick();
        }
        if epoch == cfg.parse_prune_at {
            p.restrict(cfg.parse_rows, 1.0);
        }
        let rows = p.quantise(cfg.parse_rows, 1.0);
        let m = rows.linear();
        let (uas, las) = attachment(&m, labeller, dev, dev_tags);
        let raw = if std::env::var_os("NEWSMARK_TRAIN_RAW").is_some() {
            format!(
                ", unquantised {:.4}",
                attachment(&p.averaged(), labeller, dev, dev_tags).0
            )
        } else {
            String::new()
        };
        eprintln!(
            "parser epoch {epoch}: dev UAS {uas:.4} LAS-full {las:.4} ({} rows{raw})",
            rows.rows.len()
        );
        if uas > best {
            best = uas;
            best_rows = Some(rows);
            best_epoch = epoch;
        }
    }
    (
        best_rows.unwrap_or_else(|| p.quantise(cfg.parse_rows, 1.0)),
        best_epoch,
    )
}

/// The oracle's first zero-cost move (else the first valid one).
fn oracle_move(st: &parser::State, gold: &[u32], valid: [bool; parser::MOVES]) -> usize {
    let ok = parser::zero_cost(st, gold, valid);
    (0..parser::MOVES)
        .find(|&m| ok[m])
        .or((0..parser::MOVES).find(|&m| valid[m]))
        .unwrap_or(0)
}

/// The attachment score of following the oracle's first zero-cost move:
/// 1.0 on projective trees, a little less on the rest.
fn oracle_attachment(sents: &[Sent]) -> f64 {
    let (mut right, mut all) = (0usize, 0usize);
    let mut st = parser::State::default();
    for s in sents {
        parser::parse(
            &Zero(parser::MOVES),
            &lab(&Zero(1), 0),
            &s.words,
            &s.tags,
            &mut st,
            &mut |st, _, _, valid| oracle_move(st, &s.heads, valid),
            &mut |_, _, _, _, best| best,
        );
        let n = s.words.len();
        right += (0..n).filter(|&k| st.heads[k] == s.heads[k]).count();
        all += n;
    }
    right as f64 / all.max(1) as f64
}

/// UAS and LAS (full labels) of parsing `dev` with `m` and `labeller`.
fn attachment<C: Classifier, L: Classifier>(
    m: &C,
    labeller: &parser::Labeller<L>,
    dev: &[Sent],
    tags: &[Vec<u16>],
) -> (f64, f64) {
    let (mut right, mut labelled, mut all) = (0usize, 0usize, 0usize);
    let mut st = parser::State::default();
    for (s, t) in dev.iter().zip(tags) {
        parser::parse(
            m,
            labeller,
            &s.words,
            t,
            &mut st,
            &mut |_, _, sc, v| parser::best_valid(sc, v),
            &mut |_, _, _, _, best| best,
        );
        let n = s.words.len();
        right += (0..n).filter(|&k| st.heads[k] == s.heads[k]).count();
        labelled += (0..n)
            .filter(|&k| st.heads[k] == s.heads[k] && st.labels[k] == s.labels[k])
            .count();
        all += n;
    }
    (
        right as f64 / all.max(1) as f64,
        labelled as f64 / all.max(1) as f64,
    )
}

/// The label accuracy of `m` on the oracle's arcs of `dev` (gold heads).
fn label_accuracy<L: Classifier>(m: &L, root: usize, dev: &[Sent], tags: &[Vec<u16>]) -> f64 {
    let (mut right, mut all) = (0usize, 0usize);
    let mut st = parser::State::default();
    for (s, t) in dev.iter().zip(tags) {
        parser::parse(
            &Zero(parser::MOVES),
            &lab(m, root),
            &s.words,
            t,
            &mut st,
            &mut |st, _, _, valid| oracle_move(st, &s.heads, valid),
            &mut |_, _, _, _, best| best,
        );
        right += (0..s.words.len())
            .filter(|&k| st.labels[k] == s.labels[k])
            .count();
        all += s.words.len();
    }
    right as f64 / all.max(1) as f64
}

/// The labeller, trained on the arcs of the oracle's path through each
/// training sentence, in the order the parser makes them.
fn train_labeller(
    sents: &[Sent],
    pred_tags: &[Vec<u16>],
    nclass: usize,
    root: usize,
    cfg: &Config,
    dev: &[Sent],
    dev_tags: &[Vec<u16>],
) -> Table {
    let mut st = parser::State::default();
    let counts = count(cfg.label_bits, sents.len(), |k, seen| {
        let s = &sents[k];
        parser::parse(
            &Zero(parser::MOVES),
            &lab(&Zero(nclass), root),
            &s.words,
            &pred_tags[k],
            &mut st,
            &mut |st, _, _, valid| oracle_move(st, &s.heads, valid),
            &mut |_, _, d, f, _| {
                seen(f);
                s.labels[d as usize] as usize
            },
        );
    });
    let mut p = Perceptron::new(cfg.label_bits, nclass, &counts, cfg.min_count);
    let mut order: Vec<usize> = (0..sents.len()).collect();
    let mut rng = Rng::new(cfg.seed ^ 0x1AB);
    let (mut best, mut best_rows) = (-1.0, None);
    for epoch in 1..=cfg.label_epochs {
        rng.shuffle(&mut order);
        for &k in &order {
            let s = &sents[k];
            let mut updates: Vec<(Vec<u64>, usize, usize)> = Vec::new();
            parser::parse(
                &Zero(parser::MOVES),
                &lab(&p, root),
                &s.words,
                &pred_tags[k],
                &mut st,
                &mut |st, _, _, valid| oracle_move(st, &s.heads, valid),
                &mut |_, _, d, feats, guess| {
                    let truth = s.labels[d as usize] as usize;
                    if guess != truth {
                        updates.push((feats.to_vec(), truth, guess));
                    }
                    guess
                },
            );
            for (feats, truth, guess) in &updates {
                p.update(feats, *truth, *guess);
            }
            for _ in 0..s.words.len() {
                p.tick();
            }
        }
        if epoch == cfg.label_prune_at {
            p.restrict(cfg.label_rows, cfg.keep);
        }
        let rows = p.quantise(cfg.label_rows, cfg.keep);
        let acc = label_accuracy(&rows.linear(), root, dev, dev_tags);
        eprintln!(
            "labeller epoch {epoch}: dev label accuracy on gold heads {acc:.4} ({} rows)",
            rows.rows.len()
        );
        if acc > best {
            best = acc;
            best_rows = Some(rows);
        }
    }
    best_rows.unwrap_or_else(|| p.quantise(cfg.label_rows, cfg.keep))
}

fn tag_all(m: &Linear, sents: &[&Sent]) -> Vec<Vec<u16>> {
    let mut tags = Vec::new();
    let mut buf = pos::Buffers::default();
    sents
        .iter()
        .map(|s| {
            pos::tag(m, &s.words, &mut tags, None, &mut buf, &mut |_, _, b| b);
            tags.clone()
        })
        .collect()
}

/// Trains the three models on `train` (tuning epochs on `dev`) and returns the weight file.
pub fn train(
    train: &[GoldSentence],
    dev: &[GoldSentence],
    cfg: &Config,
) -> Result<Vec<u8>, String> {
    let tags = classes(
        train
            .iter()
            .flat_map(|s| s.words.iter())
            .map(|w| format!("{}|{}", w.upos, w.xpos))
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str),
        cfg.min_class,
    );
    let labels = classes(
        train
            .iter()
            .flat_map(|s| s.words.iter())
            .map(|w| w.deprel.as_str()),
        cfg.min_class,
    );
    let root = labels
        .iter()
        .position(|l| l == "root")
        .ok_or("no root relation in the training data")?;
    eprintln!(
        "{} tag classes, {} relations, {} training sentences",
        tags.len(),
        labels.len(),
        train.len()
    );
    let tr: Vec<Sent> = train.iter().map(|s| prepare(s, &tags, &labels)).collect();
    let dv: Vec<Sent> = dev.iter().map(|s| prepare(s, &tags, &labels)).collect();
    let all: Vec<&Sent> = tr.iter().collect();
    eprintln!("oracle attachment on train: {:.4}", oracle_attachment(&tr));

    // The tagger on everything, its epochs chosen on dev.
    let (_, epochs) = train_tagger(&all, tags.len(), cfg, cfg.tag_epochs, &dv, true);
    let (tagger, _) = train_tagger(&all, tags.len(), cfg, epochs, &[], false);
    let tag_rows = tagger.quantise(cfg.tag_rows, cfg.tag_keep);
    drop(tagger);
    let tag_model = tag_rows.linear();
    eprintln!(
        "tagger: {epochs} epochs, dev tag accuracy {:.4}, {} rows",
        tag_accuracy(&tag_model, &dv),
        tag_rows.rows.len()
    );

    // Jackknifed tags for the parser's and labeller's training data.
    let mut pred: Vec<Vec<u16>> = vec![Vec::new(); tr.len()];
    let fold_of = |k: usize| k * cfg.folds / tr.len().max(1);
    for f in 0..cfg.folds {
        let rest: Vec<&Sent> = (0..tr.len())
            .filter(|&k| fold_of(k) != f)
            .map(|k| &tr[k])
            .collect();
        let (p, _) = train_tagger(&rest, tags.len(), cfg, epochs, &[], false);
        let m = p.quantise(cfg.tag_rows, cfg.tag_keep).linear();
        let held: Vec<usize> = (0..tr.len()).filter(|&k| fold_of(k) == f).collect();
        let t = tag_all(&m, &held.iter().map(|&k| &tr[k]).collect::<Vec<_>>());
        for (k, t) in held.into_iter().zip(t) {
            pred[k] = t;
        }
        eprintln!("jackknife fold {}/{} tagged", f + 1, cfg.folds);
    }
    let dev_tags = tag_all(&tag_model, &dv.iter().collect::<Vec<_>>());

    let label_rows = train_labeller(&tr, &pred, labels.len(), root, cfg, &dv, &dev_tags);
    let label_model = label_rows.linear();
    let labeller = lab(&label_model, root);
    let (parse_rows, pe) =
        train_parser(&tr, &pred, &labeller, cfg, cfg.parse_epochs, &dv, &dev_tags);
    let parse_model = parse_rows.linear();
    if std::env::var_os("ABLATE").is_some() {
        let base = attachment(&parse_model, &labeller, &dv, &dev_tags);
        for k in 0..80 {
            let u = attachment(&Without(&parse_model, k), &labeller, &dv, &dev_tags);
            eprintln!(
                "ablate parser feature {k}: UAS {:+.4} LAS-full {:+.4}",
                u.0 - base.0,
                u.1 - base.1
            );
        }
        let base = tag_accuracy(&tag_model, &dv);
        for k in 0..33 {
            eprintln!(
                "ablate tagger feature {k}: {:+.4}",
                tag_accuracy(&Without(&tag_model, k), &dv) - base
            );
        }
        let base = attachment(&parse_model, &labeller, &dv, &dev_tags).1;
        for k in 0..26 {
            let las = attachment(
                &parse_model,
                &lab(&Without(&label_model, k), root),
                &dv,
                &dev_tags,
            )
            .1;
            eprintln!("ablate labeller feature {k}: {:+.4}", las - base);
        }
    }
    eprintln!("parser: best epoch {pe}");

    let mut out = Vec::new();
    Model::write_header(&tags, &labels, &mut out);
    for (name, table) in [
        ("tagger", &tag_rows),
        ("parser", &parse_rows),
        ("labeller", &label_rows),
    ] {
        let at = out.len();
        table.write(&mut out);
        let nz = table
            .rows
            .iter()
            .map(|r| r.1.iter().filter(|&&c| c != 0).count())
            .sum::<usize>();
        eprintln!(
            "{name}: {} rows, {nz} weights, {} bytes",
            table.rows.len(),
            out.len() - at
        );
    }
    Model::read(&out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_restricted_perceptron_learns_only_on_the_weights_it_kept() {
        // Two buckets of three classes; bucket features 0 and 1 (hashes that
        // land in different buckets of 2^4).
        let (a, b) = (0u64, 1u64 << 60);
        assert_ne!(bucket(a, 4), bucket(b, 4));
        let mut p = Perceptron::new(4, 3, &[1; 16], 1);
        for _ in 0..5 {
            p.update(&[a], 0, 1);
            p.tick();
        }
        p.update(&[b], 2, 1);
        p.tick();
        // Keep the one strongest row: bucket a's.
        p.restrict(1, 1.0);
        let kept = |p: &Perceptron| {
            p.quantise(usize::MAX, 1.0)
                .rows
                .iter()
                .map(|r| r.0)
                .collect::<Vec<_>>()
        };
        assert_eq!(kept(&p), vec![bucket(a, 4) as u32]);
        // Bucket b's weights were dropped and learn nothing now; a's third
        // class was zero, so it stays out too.
        for _ in 0..5 {
            p.update(&[b], 2, 1);
            p.update(&[a], 2, 0);
            p.tick();
        }
        assert_eq!(kept(&p), vec![bucket(a, 4) as u32]);
        let row = bucket(a, 4) * 3;
        assert_eq!(p.w[row + 2], 0);
        assert!(p.w[bucket(b, 4) * 3..][..3].iter().all(|&w| w == 0));
        assert_eq!(p.w[row], 0, "a's class 0 took +5 then -5");
    }

    #[test]
    fn weight_tables_read_back_as_written_and_a_cut_file_is_an_error() {
        let mut levels = [0i32; LEVELS];
        for (k, l) in levels.iter_mut().enumerate() {
            *l = 10 * (k as i32 + 1);
        }
        // The runtime scales the levels so that the largest is i16::MAX.
        let scaled = |k: usize| (levels[k] as i64 * i16::MAX as i64 + 635) as i32 / 1270;
        let hash_in = |b: u32| (b as u64) << 56;
        for nclass in [3usize, 10] {
            let row = |first: u8| {
                (0..nclass)
                    .map(|k| if k % 2 == 0 { first + k as u8 } else { 0 })
                    .collect::<Vec<u8>>()
            };
            let rows = vec![(3u32, row(1)), (200u32, row(130))];
            let mut bytes = Vec::new();
            Linear::write(8, nclass, &levels, &rows, &mut bytes);
            let mut at = 0;
            let m = Linear::read(&bytes, &mut at).unwrap();
            assert_eq!(at, bytes.len());
            for (b, codes) in &rows {
                let mut scores = vec![0i32; nclass];
                assert_eq!(bucket(hash_in(*b), 8), *b as usize);
                m.add(&[hash_in(*b)], &mut scores);
                let want: Vec<i32> = codes
                    .iter()
                    .map(|&c| match c {
                        0 => 0,
                        1..=128 => scaled(c as usize - 1),
                        _ => -scaled(c as usize - 129),
                    })
                    .collect();
                assert_eq!(scores, want, "{nclass} classes, bucket {b}");
            }
            for cut in 0..bytes.len() {
                assert!(Linear::read(&bytes[..cut], &mut 0).is_err(), "cut at {cut}");
            }
        }
    }
}
