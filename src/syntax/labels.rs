//! Dependency labels: each arc of a finished tree gets a UD relation from an
//! averaged perceptron over the two words, their tags, the direction and
//! distance, the dependent's own children and the label given to the
//! sibling before it. Labelling after the tree is whole lets a relation
//! read the dependent's complete subtree ("by" under a passive agent).

use super::parser::{wt, NONE};
use super::pos::Classifier;
use super::words::{f1, f2, f3, Word};

/// The children a label reads, per word (root last).
#[derive(Default)]
pub(crate) struct Kids {
    /// Leftmost and second leftmost child, nearest left child, rightmost child.
    first: Vec<[u32; 2]>,
    near_left: Vec<u32>,
    last: Vec<u32>,
    count: Vec<u8>,
}

impl Kids {
    /// The children of every word of `heads` (`heads[k] == n` for the root).
    pub(crate) fn of(&mut self, heads: &[u32]) {
        let n = heads.len();
        self.first.clear();
        self.first.resize(n + 1, [NONE; 2]);
        self.near_left.clear();
        self.near_left.resize(n + 1, NONE);
        self.last.clear();
        self.last.resize(n + 1, NONE);
        self.count.clear();
        self.count.resize(n + 1, 0);
        for (d, &h) in heads.iter().enumerate() {
            let (d32, h) = (d as u32, h as usize);
            if h > n {
                continue;
            }
            let f = &mut self.first[h];
            if f[0] == NONE {
                f[0] = d32;
            } else if f[1] == NONE {
                f[1] = d32;
            }
            if d < h {
                self.near_left[h] = d32;
            }
            self.last[h] = d32;
            self.count[h] = self.count[h].saturating_add(1);
        }
    }
}

const NO_LABEL: u64 = 0x4E4C;

/// The features of the arc from `heads[d]` to `d`, with the label of the
/// previous dependent of the same head (`prev`, or none).
pub(crate) fn features(
    words: &[Word],
    tags: &[u16],
    heads: &[u32],
    kids: &Kids,
    d: usize,
    prev: Option<u16>,
    out: &mut Vec<u64>,
) {
    out.clear();
    let n = words.len();
    let h = heads[d] as usize;
    let wt = |k: u32| wt(words, tags, k);
    let (wd, td) = wt(d as u32);
    let (wh, th) = wt(h as u32);
    let gh = heads.get(h).copied().unwrap_or(NONE);
    let (_, tg) = wt(gh);
    let right = (d > h && h < n) as u64;
    let dist = (d.abs_diff(h) as u64).min(6) | right << 8;
    let [c1, c2] = kids.first[d];
    let (wc1, tc1) = wt(c1);
    let (_, tc2) = wt(c2);
    let (_, tcl) = wt(kids.last[d]);
    let (wnl, tnl) = wt(kids.near_left[h]);
    let pl = prev.map_or(NO_LABEL, |l| l as u64 + 1);
    let nk = kids.count[d].min(3) as u64;
    let sufd = words[d].suf[1];
    let sufh = words.get(h).map_or(0x5355, |w| w.suf[1]);
    out.extend_from_slice(&[
        f1(1, 0),
        f1(2, wd),
        f1(3, td),
        f1(4, wh),
        f1(5, th),
        f3(6, td, th, right),
        f3(7, wd, th, right),
        f3(8, wh, td, right),
        f2(9, dist, td),
        f3(10, dist, td, th),
        f2(11, tc1, td),
        f3(12, wc1, td, th),
        f2(13, tcl, td),
        f3(14, tc1, tc2, td),
        f3(15, tg, th, td),
        f2(16, pl, td),
        f3(17, pl, td, th),
        f2(18, nk, td),
        f3(19, wd, wh, right),
        f3(20, sufd, td, th),
        f3(21, sufh, th, td),
        f3(22, wnl, th, right),
        f3(23, tnl, td, th),
        f2(24, words[d].cap as u64, td),
        f3(25, td, th, (h == n) as u64),
        f3(26, wc1, tc1, td),
    ]);
}

/// Labels every arc of `heads` into `labels`, dependents in word order;
/// `choose` gets the dependent, its features and the best class, and
/// returns the class to keep. The root's dependent is always `root`
/// (a class index), and no other word is.
#[allow(clippy::too_many_arguments)]
pub(crate) fn label<C: Classifier>(
    model: &C,
    root: usize,
    words: &[Word],
    tags: &[u16],
    heads: &[u32],
    kids: &mut Kids,
    labels: &mut Vec<u16>,
    choose: &mut dyn FnMut(usize, &[u64], usize) -> usize,
) {
    let n = words.len();
    kids.of(&heads[..n]);
    labels.clear();
    let mut last_label: Vec<Option<u16>> = vec![None; n + 1];
    let mut feats = Vec::with_capacity(32);
    let mut scores = vec![0i32; model.classes()];
    for d in 0..n {
        let h = (heads[d] as usize).min(n);
        if h == n {
            last_label[h] = Some(root as u16);
            labels.push(root as u16);
            continue;
        }
        features(words, tags, heads, kids, d, last_label[h], &mut feats);
        scores.fill(0);
        model.add(&feats, &mut scores);
        scores[root] = i32::MIN;
        let best = super::pos::argmax(&scores);
        let l = choose(d, &feats, best) as u16;
        last_label[h] = Some(l);
        labels.push(l);
    }
}
