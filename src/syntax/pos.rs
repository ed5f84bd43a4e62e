//! Part-of-speech tagging: a greedy left-to-right averaged perceptron over
//! the words around each word and the two tags before it. A tag is a UD
//! UPOS and PTB XPOS pair ("VERB|VBD"), so one decision gives both.

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

/// The features of word `i` given the two tags before it.
pub(crate) fn features(w: &[Word], i: usize, t1: u64, t2: u64, out: &mut Vec<u64>) {
    out.clear();
    let at = |k: isize| -> &Word {
        let j = i as isize + k;
        if j < 0 {
            &START
        } else {
            w.get(j as usize).unwrap_or(&END)
        }
    };
    let (p2, p1, c, n1, n2) = (at(-2), at(-1), at(0), at(1), at(2));
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
        f1(19, t1),
        f1(20, t2),
        f2(21, t1, t2),
        f2(22, t1, c.lower),
        f2(23, p1.lower, c.lower),
        f2(24, c.lower, n1.lower),
        f2(25, t1, n1.lower),
        f3(26, t1, c.suf[2], n1.suf[1]),
        f1(27, p1.shape),
        f2(28, t2, c.lower),
    ]);
}

/// Tags the words of one sentence into `tags` (class indices); `choose`
/// sees each word's features and best class and returns the class to keep
/// (the runtime keeps the best; a trainer updates and keeps its guess).
pub(crate) fn tag<C: Classifier>(
    model: &C,
    words: &[Word],
    tags: &mut Vec<u16>,
    choose: &mut dyn FnMut(usize, &[u64], usize) -> usize,
) {
    tags.clear();
    let mut feats = Vec::with_capacity(32);
    let mut scores = vec![0i32; model.classes()];
    for i in 0..words.len() {
        let t1 = tags.last().map_or(NO_TAG, |&t| t as u64);
        let t2 = if i >= 2 { tags[i - 2] as u64 } else { NO_TAG };
        features(words, i, t1, t2, &mut feats);
        scores.fill(0);
        model.add(&feats, &mut scores);
        let best = argmax(&scores);
        tags.push(choose(i, &feats, best) as u16);
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
