//! Part-of-speech tagging: a greedy left-to-right averaged perceptron over
//! the words around each word, the two tags before it and first guesses
//! of the two after it. A tag is a UD UPOS and PTB XPOS pair ("VERB|VBD"),
//! so one decision gives both.

use super::linear::Linear;
use super::words::{f1, f2, f3, Word, END, START};

/// Scores a feature set (the runtime's coded tables, or a trainer's weights).
pub(crate) trait Classifier {
    /// The number of classes.
    fn classes(&self) -> usize;
    /// Adds the weights of `feats` to `scores`.
    fn add(&self, feats: &[u64], scores: &mut [i32]);
}

impl Classifier for Linear {
    fn classes(&self) -> usize {
        Linear::classes(self)
    }
    fn add(&self, feats: &[u64], scores: &mut [i32]) {
        Linear::add(self, feats, scores)
    }
}

/// The tag "before" the first word.
pub(crate) const NO_TAG: u64 = 0xB05;

/// The features of word `i` that read no tag: its words and their shapes.
pub(crate) fn word_features(w: &[Word], i: usize, out: &mut Vec<u64>) {
    out.clear();
    let (p2, p1, c, n1, n2) = (
        at(w, i, -2),
        at(w, i, -1),
        at(w, i, 0),
        at(w, i, 1),
        at(w, i, 2),
    );
    out.extend_from_slice(&[
        f1(1, 0),
        f1(2, c.lower),
        f1(3, c.cased),
        f1(4, c.suf[0]),
        f1(5, c.suf[1]),
        f1(6, c.suf[2]),
        f1(7, c.suf[3]),
        f1(8, c.pre[0]),
        f1(9, c.pre[2]),
        f1(10, c.shape),
        f2(11, c.shape, (i == 0) as u64),
        f1(12, p1.lower),
        f1(13, p1.suf[2]),
        f1(14, p2.lower),
        f1(15, n1.lower),
        f1(16, n1.suf[2]),
        f1(17, n1.shape),
        f1(18, n2.lower),
        f2(23, p1.lower, c.lower),
        f2(24, c.lower, n1.lower),
        f1(27, p1.shape),
    ]);
}

/// The features of word `i` that read tags: the two tags before it
/// (`t1`, `t2`) and the guesses `g1`, `g2` for the two after it (each
/// word's best tag on its word features alone).
pub(crate) fn tag_features(w: &[Word], i: usize, t: [u64; 4], out: &mut Vec<u64>) {
    let [t2, t1, g1, g2] = t;
    let (c, n1) = (at(w, i, 0), at(w, i, 1));
    out.extend_from_slice(&[
        f1(19, t1),
        f1(20, t2),
        f2(21, t1, t2),
        f2(22, t1, c.lower),
        f2(25, t1, n1.lower),
        f3(26, t1, c.suf[2], n1.suf[1]),
        f2(28, t2, c.lower),
        f1(29, g1),
        f2(30, t1, g1),
        f2(31, g1, g2),
        f2(32, c.lower, g1),
    ]);
}

fn at(w: &[Word], i: usize, k: isize) -> &Word {
    let j = i as isize + k;
    if j < 0 {
        &START
    } else {
        w.get(j as usize).unwrap_or(&END)
    }
}

/// Picks a word's tag from its index, its tag features and word features,
/// and its best class.
pub(crate) type Choose<'a> = dyn FnMut(usize, [&[u64]; 2], usize) -> usize + 'a;

/// The tagger's buffers, reused from sentence to sentence.
#[derive(Default)]
pub(crate) struct Buffers {
    feats: Vec<u64>,
    /// Each word's word features, and their scores (`classes` per word).
    word_feats: Vec<u64>,
    statics: Vec<i32>,
    guess: Vec<u64>,
    scores: Vec<i32>,
}

/// Tags the words of one sentence into `tags` (class indices), left to
/// right after a first pass that guesses each word's tag from its word
/// features (`guesses` overrides those guesses: a trainer's counting pass
/// gives the gold tags). `choose` sees each word's tag features and word
/// features and its best class, and returns the class to keep (the runtime
/// keeps the best; a trainer updates and keeps its guess).
pub(crate) fn tag<C: Classifier>(
    model: &C,
    words: &[Word],
    tags: &mut Vec<u16>,
    guesses: Option<&[u16]>,
    buf: &mut Buffers,
    choose: &mut Choose,
) {
    tags.clear();
    let n = words.len();
    let nc = model.classes();
    let Buffers {
        feats,
        word_feats,
        statics,
        guess,
        scores,
    } = buf;
    word_feats.clear();
    guess.clear();
    statics.clear();
    statics.resize(n * nc, 0);
    for i in 0..n {
        word_features(words, i, feats);
        word_feats.extend_from_slice(feats);
        let sc = &mut statics[i * nc..(i + 1) * nc];
        model.add(feats, sc);
        guess.push(match guesses {
            Some(g) => g[i] as u64,
            None => argmax(sc) as u64,
        });
    }
    let per = word_feats.len() / n.max(1);
    scores.resize(nc, 0);
    for i in 0..n {
        let t1 = tags.last().map_or(NO_TAG, |&t| t as u64);
        let t2 = if i >= 2 { tags[i - 2] as u64 } else { NO_TAG };
        let g = |k: usize| guess.get(k).copied().unwrap_or(NO_TAG);
        feats.clear();
        tag_features(words, i, [t2, t1, g(i + 1), g(i + 2)], feats);
        scores.copy_from_slice(&statics[i * nc..(i + 1) * nc]);
        model.add(feats, scores);
        let best = argmax(scores);
        let own = &word_feats[i * per..(i + 1) * per];
        tags.push(choose(i, [feats, own], best) as u16);
    }
}

/// The index of the highest score (the first on ties).
pub(crate) fn argmax(scores: &[i32]) -> usize {
    let mut best = 0;
    for (k, &s) in scores.iter().enumerate() {
        if s > scores[best] {
            best = k;
        }
    }
    best
}
