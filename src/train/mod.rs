//! Training: averaged perceptron over the runtime's features, with rare-feature
//! pruning, deterministic shuffling, per-epoch dev evaluation of the quantised
//! model and selection of the best epoch.

pub mod cues;
pub mod data;
mod json;
pub mod syntax;

use crate::tagger::{
    bucket, decode_document, make_tag, serialize, Model, Tagger, MAX_EXP, MAX_WEIGHT, NT, PART_B,
    PART_I, PART_L, PART_U,
};
use data::{Doc, Span};
use std::collections::{HashMap, HashSet};

/// Training settings.
#[derive(Clone, Debug)]
pub struct TrainConfig {
    /// log2 of the number of hash buckets.
    pub nbits: u32,
    pub max_epochs: usize,
    /// Stop after this many epochs without dev improvement.
    pub patience: usize,
    pub seed: u64,
    /// Features seen fewer times than this in training (gold history) are ignored.
    pub min_count: u32,
    /// Quantisation clip as a quantile of the non-zero |weights|.
    pub clip_quantile: f64,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            nbits: 16,
            max_epochs: 20,
            patience: 6,
            seed: 42,
            min_count: 3,
            clip_quantile: 0.999,
        }
    }
}

/// The value after `--name` in a trainer's arguments.
pub fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .cloned()
}

/// The number after `--name`, or `default` when absent or unreadable.
pub fn num<T: std::str::FromStr>(args: &[String], name: &str, default: T) -> T {
    arg(args, name)
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// SplitMix64: small deterministic PRNG for shuffling.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E3779B97F4A7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58476D1CE4E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D049BB133111EB);
        z ^ (z >> 31)
    }
    /// Fisher-Yates shuffle.
    pub fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next_u64() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// Flat BILOU gold tags of a document.
pub fn gold_tags(doc: &Doc) -> Vec<u8> {
    let mut starts = Vec::with_capacity(doc.sentences.len());
    let mut tags = Vec::new();
    for s in &doc.sentences {
        starts.push(tags.len());
        tags.extend(std::iter::repeat_n(0u8, s.len()));
    }
    for e in &doc.entities {
        let a = starts[e.sent];
        for i in e.start..e.end {
            let part = match (i == e.start, i + 1 == e.end) {
                (true, true) => PART_U,
                (true, false) => PART_B,
                (false, true) => PART_L,
                _ => PART_I,
            };
            tags[a + i] = make_tag(e.kind, part) as u8;
        }
    }
    tags
}

/// Counts feature occurrences when decoding with gold tags.
struct Counter<'a> {
    gold: &'a [u8],
    counts: &'a mut HashMap<u64, u32>,
}

impl Model for Counter<'_> {
    const TRAINING: bool = true;
    fn add_scores(&self, _: &[u64], _: &mut [i32; NT]) {}
    fn choose(&mut self, pos: usize, feats: &[u64], _: usize) -> usize {
        for &h in feats {
            *self.counts.entry(h).or_insert(0) += 1;
        }
        self.gold[pos] as usize
    }
}

/// The set of features seen at least `min_count` times.
fn frequent_features(docs: &[Doc], golds: &[Vec<u8>], min_count: u32) -> HashSet<u64> {
    let mut counts = HashMap::new();
    for (d, g) in docs.iter().zip(golds) {
        decode_document(
            &mut Counter {
                gold: g,
                counts: &mut counts,
            },
            &d.sentences,
        );
    }
    counts
        .into_iter()
        .filter(|&(_, c)| c >= min_count)
        .map(|(h, _)| h)
        .collect()
}

/// Averaged perceptron with integer weights and lazy averaging (w - u/c).
struct Perceptron<'a> {
    nbits: u32,
    w: Vec<i32>,
    u: Vec<i64>,
    c: i64,
    gold: &'a [u8],
    keep: &'a HashSet<u64>,
}

impl Model for Perceptron<'_> {
    const TRAINING: bool = true;
    fn add_scores(&self, feats: &[u64], scores: &mut [i32; NT]) {
        for &h in feats.iter().filter(|h| self.keep.contains(h)) {
            let b = bucket(h, self.nbits) * NT;
            for (score, w) in scores.iter_mut().zip(&self.w[b..b + NT]) {
                *score += w;
            }
        }
    }
    /// Perceptron update if the best tag is wrong; decoding continues with the
    /// gold tag, so tag and history features see gold labels during training.
    fn choose(&mut self, pos: usize, feats: &[u64], best: usize) -> usize {
        self.c += 1;
        let g = self.gold[pos] as usize;
        if g != best {
            for &h in feats.iter().filter(|h| self.keep.contains(h)) {
                let b = bucket(h, self.nbits) * NT;
                self.w[b + g] += 1;
                self.u[b + g] += self.c;
                self.w[b + best] -= 1;
                self.u[b + best] -= self.c;
            }
        }
        g // continue with the gold tag (teacher forcing): +2 F1 over predicted history
    }
}

impl Perceptron<'_> {
    /// Averaged weights, each row minus its O weight (argmax-neutral), so
    /// rows hold the NT-1 non-O tags.
    fn averaged(&self) -> Vec<f32> {
        let c = self.c.max(1) as f64;
        let avg = |i: usize| self.w[i] as f64 - self.u[i] as f64 / c;
        let mut out = Vec::with_capacity((NT - 1) << self.nbits);
        for r in 0..1usize << self.nbits {
            let o = avg(r * NT);
            out.extend((1..NT).map(|k| (avg(r * NT + k) - o) as f32));
        }
        out
    }

    /// Averaged weights quantised to i8 rows with per-row exponents, serialised.
    /// The base unit is the `clip_quantile` of non-zero |weights| / 127.
    fn export(&self, clip_quantile: f64) -> Vec<u8> {
        let avg = self.averaged();
        let mut mags: Vec<f32> = avg.iter().map(|x| x.abs()).filter(|&x| x > 0.0).collect();
        mags.sort_by(|a, b| a.total_cmp(b));
        let clip = if mags.is_empty() {
            1.0
        } else {
            mags[((mags.len() - 1) as f64 * clip_quantile) as usize]
        };
        let scale = (clip / 127.0).max(1e-9);
        let mut exps = Vec::with_capacity(1 << self.nbits);
        let mut q = Vec::with_capacity(avg.len());
        for row in avg.chunks(NT - 1) {
            let m = row.iter().fold(0f32, |m, x| m.max(x.abs()));
            let mut e = 0u8;
            // The runtime sums weights in i16: no weight beyond MAX_WEIGHT
            // (rows that would need more are clipped, as the quantile clips).
            while e < MAX_EXP
                && m / (scale * (1u32 << e) as f32) > 127.0
                && 127 << (e + 1) <= MAX_WEIGHT
            {
                e += 1;
            }
            let unit = scale * (1u32 << e) as f32;
            exps.push(e);
            q.extend(
                row.iter()
                    .map(|&x| (x / unit).round().clamp(-127.0, 127.0) as i8),
            );
        }
        serialize(self.nbits, scale, &exps, &q)
    }
}

/// Precision/recall counts, micro and per label.
#[derive(Default, Clone, Debug)]
pub struct Prf {
    pub tp: [usize; 4],
    pub fp: [usize; 4],
    pub fn_: [usize; 4],
}

fn f1(tp: usize, fp: usize, fn_: usize) -> f64 {
    if tp == 0 {
        0.0
    } else {
        2.0 * tp as f64 / (2 * tp + fp + fn_) as f64
    }
}

impl Prf {
    pub fn micro(&self) -> f64 {
        f1(
            self.tp.iter().sum(),
            self.fp.iter().sum(),
            self.fn_.iter().sum(),
        )
    }
    pub fn label(&self, k: usize) -> f64 {
        f1(self.tp[k], self.fp[k], self.fn_[k])
    }
}

/// Exact-match span scoring of a tagger on documents.
pub fn evaluate(t: &Tagger, docs: &[Doc]) -> Prf {
    let mut p = Prf::default();
    for d in docs {
        let pred: HashSet<Span> = t
            .tag_document(&d.token_refs())
            .iter()
            .map(|e| Span {
                sent: e.sentence,
                start: e.start,
                end: e.end,
                kind: e.kind as usize,
            })
            .collect();
        let gold: HashSet<Span> = d.entities.iter().copied().collect();
        for s in &pred {
            if gold.contains(s) {
                p.tp[s.kind] += 1
            } else {
                p.fp[s.kind] += 1
            }
        }
        for s in gold.difference(&pred) {
            p.fn_[s.kind] += 1;
        }
    }
    p
}

/// Train on `train`, choose the epoch on `dev`; returns the best weights file bytes.
pub fn train(train: &[Doc], dev: &[Doc], cfg: &TrainConfig) -> Result<Vec<u8>, String> {
    let golds: Vec<Vec<u8>> = train.iter().map(gold_tags).collect();
    let keep = frequent_features(train, &golds, cfg.min_count);
    eprintln!("kept {} features (min count {})", keep.len(), cfg.min_count);
    let size = NT << cfg.nbits;
    let mut p = Perceptron {
        nbits: cfg.nbits,
        w: vec![0; size],
        u: vec![0; size],
        c: 0,
        gold: &[],
        keep: &keep,
    };
    let mut order: Vec<usize> = (0..train.len()).collect();
    let mut rng = Rng::new(cfg.seed);
    let (mut best, mut best_bytes, mut since) = (-1.0, Vec::new(), 0);
    for epoch in 1..=cfg.max_epochs {
        rng.shuffle(&mut order);
        for &i in &order {
            p.gold = &golds[i];
            decode_document(&mut p, &train[i].sentences);
        }
        let bytes = p.export(cfg.clip_quantile);
        let f = evaluate(&Tagger::from_bytes(&bytes)?, dev).micro();
        println!("epoch {:2}  dev F1 {:.4}", epoch, f);
        if f > best {
            (best, best_bytes, since) = (f, bytes, 0);
        } else {
            since += 1;
            if since >= cfg.patience {
                break;
            }
        }
    }
    println!("best dev F1 {:.4}", best);
    Ok(best_bytes)
}
