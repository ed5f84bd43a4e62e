//! Unlabelled dependency parsing: a greedy arc-hybrid transition system
//! (Kuhlmann et al. 2011) scored by an averaged perceptron trained with a
//! dynamic oracle (Goldberg & Nivre 2013), as in Honnibal's "Parsing
//! English in 500 lines of Python". The root sits at the end of the buffer,
//! and only the last word left on the stack may attach to it, so every
//! sentence gets exactly one root. Each arc is labelled as it is made
//! (`super::labels`), so the later moves read the relations already given
//! ("n0 has a subject").

use super::labels;
use super::pos::{argmax, Classifier};
use super::words::{f1, f2, f3, Word};

/// Pushes the buffer's first word on the stack.
pub(crate) const SHIFT: usize = 0;
/// Pops the stack's top word as a dependent of the word under it.
pub(crate) const RIGHT: usize = 1;
/// Pops the stack's top word as a dependent of the buffer's first word.
#[allow(dead_code)] // named for the oracle and the docs; the runtime reaches it as the last move
pub(crate) const LEFT: usize = 2;
/// The number of moves.
pub(crate) const MOVES: usize = 3;

/// No word (a missing child or an empty stack slot).
pub(crate) const NONE: u32 = u32::MAX;

/// No relation (a word not attached yet).
pub(crate) const NO_LABEL: u16 = u16::MAX;

/// A parse in progress over words `0..n`; word `n` is the root.
#[derive(Default)]
pub(crate) struct State {
    pub n: usize,
    pub stack: Vec<u32>,
    /// The buffer's first word (`n`: only the root is left).
    pub i: usize,
    /// Each word's head (`n` for the root, `NONE` while unattached).
    pub heads: Vec<u32>,
    /// The leftmost and second leftmost, rightmost and second rightmost child.
    lefts: Vec<[u32; 2]>,
    rights: Vec<[u32; 2]>,
    nleft: Vec<u8>,
    nright: Vec<u8>,
    /// Each word's relation (`NO_LABEL` while unattached).
    pub labels: Vec<u16>,
    /// The nearest left child (the first attached on the left).
    pub near_left: Vec<u32>,
    /// The relations of the left and of the right children, as bit sets.
    left_set: Vec<u64>,
    right_set: Vec<u64>,
}

impl State {
    /// Starts a parse of `n` words, reusing the buffers.
    pub(crate) fn reset(&mut self, n: usize) {
        self.n = n;
        self.i = 0;
        self.stack.clear();
        self.heads.clear();
        self.heads.resize(n + 1, NONE);
        for v in [&mut self.lefts, &mut self.rights] {
            v.clear();
            v.resize(n + 1, [NONE; 2]);
        }
        for v in [&mut self.nleft, &mut self.nright] {
            v.clear();
            v.resize(n + 1, 0);
        }
        self.labels.clear();
        self.labels.resize(n + 1, NO_LABEL);
        self.near_left.clear();
        self.near_left.resize(n + 1, NONE);
        for v in [&mut self.left_set, &mut self.right_set] {
            v.clear();
            v.resize(n + 1, 0);
        }
    }

    /// True when the parse is complete.
    pub(crate) fn done(&self) -> bool {
        self.i == self.n && self.stack.is_empty()
    }

    /// Which moves are allowed now.
    pub(crate) fn valid(&self) -> [bool; MOVES] {
        let depth = self.stack.len();
        [
            self.i < self.n,
            depth >= 2,
            depth >= 1 && (self.i < self.n || depth == 1),
        ]
    }

    /// The arc (head, dependent) that `mv` would make, if any.
    pub(crate) fn arc(&self, mv: usize) -> Option<(u32, u32)> {
        let d = self.s(0);
        let h = match mv {
            SHIFT => return None,
            RIGHT => self.s(1),
            _ => self.i as u32,
        };
        (h != NONE && d != NONE).then_some((h, d))
    }

    /// Applies `mv` (which must be valid), labelling its arc `label`.
    pub(crate) fn apply(&mut self, mv: usize, label: u16) {
        if mv == SHIFT {
            self.stack.push(self.i as u32);
            self.i += 1;
            return;
        }
        if let Some((h, d)) = self.arc(mv) {
            self.stack.pop();
            self.attach(h, d, label);
        }
    }

    fn attach(&mut self, h: u32, d: u32, label: u16) {
        let (h, du) = (h as usize, d as usize);
        self.heads[du] = h as u32;
        self.labels[du] = label;
        let bit = 1u64 << (label % 64);
        if du < h {
            // Left dependents arrive from the nearest outwards.
            if self.nleft[h] == 0 {
                self.near_left[h] = d;
            }
            self.lefts[h] = [d, self.lefts[h][0]];
            self.nleft[h] = self.nleft[h].saturating_add(1);
            self.left_set[h] |= bit;
        } else {
            self.rights[h] = [d, self.rights[h][0]];
            self.nright[h] = self.nright[h].saturating_add(1);
            self.right_set[h] |= bit;
        }
    }

    /// The leftmost and second leftmost left child of `h`.
    pub(crate) fn lefts(&self, h: u32) -> [u32; 2] {
        self.lefts.get(h as usize).copied().unwrap_or([NONE; 2])
    }

    /// The rightmost and second rightmost right child of `h`.
    pub(crate) fn rights(&self, h: u32) -> [u32; 2] {
        self.rights.get(h as usize).copied().unwrap_or([NONE; 2])
    }

    /// The number of children of `h` so far.
    pub(crate) fn children(&self, h: u32) -> usize {
        let h = h as usize;
        self.nleft.get(h).map_or(0, |&c| c as usize) + self.nright.get(h).map_or(0, |&c| c as usize)
    }

    /// The relation of word `k`, hashed for a feature (none and unattached have their own).
    pub(crate) fn label_of(&self, k: u32) -> u64 {
        match self.labels.get(k as usize) {
            Some(&l) if l != NO_LABEL => l as u64 + 1,
            _ => 0x4E4C,
        }
    }

    /// The stack's `k`-th word from the top.
    pub(crate) fn s(&self, k: usize) -> u32 {
        let d = self.stack.len();
        if k < d {
            self.stack[d - 1 - k]
        } else {
            NONE
        }
    }

    /// The buffer's `k`-th word (`NONE` past the root).
    pub(crate) fn b(&self, k: usize) -> u32 {
        let j = self.i + k;
        if j <= self.n {
            j as u32
        } else {
            NONE
        }
    }
}

/// The word and tag hashes the features read for word `k` (root and none
/// have their own).
#[inline]
pub(crate) fn wt(words: &[Word], tags: &[u16], k: u32) -> (u64, u64) {
    match words.get(k as usize) {
        Some(w) => (w.lower, tags[k as usize] as u64 + 1),
        None if k == NONE => (0x4E4F, 0x4E4F),
        None => (0x524F4F54, 0x524F4F54),
    }
}

/// The features of the state: 40 templates kept from the 63 of Honnibal's
/// parser and a few of ours by removing each on the dev files and
/// retraining without those whose removal cost nothing (docs/EVALUATION.md),
/// then 11 over the relations already given (UAS 0.8263 -> 0.8289 on the
/// two dev files).
pub(crate) fn features(st: &State, words: &[Word], tags: &[u16], out: &mut Vec<u64>) {
    out.clear();
    let (s0, s1) = (st.s(0), st.s(1));
    let (n0, n1, n2) = (st.b(0), st.b(1), st.b(2));
    let kid = |v: &Vec<[u32; 2]>, h: u32, k: usize| if h == NONE { NONE } else { v[h as usize][k] };
    let n0b1 = kid(&st.lefts, n0, 0);
    let n0b2 = kid(&st.lefts, n0, 1);
    let s0b1 = kid(&st.lefts, s0, 0);
    let s0b2 = kid(&st.lefts, s0, 1);
    let s0f1 = kid(&st.rights, s0, 0);
    let s0f2 = kid(&st.rights, s0, 1);
    let s1f1 = kid(&st.rights, s1, 0);
    let g = |k| wt(words, tags, k);
    let (ws0, ts0) = g(s0);
    let (ws1, ts1) = g(s1);
    let (wn0, tn0) = g(n0);
    let (wn1, tn1) = g(n1);
    let (_, tn2) = g(n2);
    let (wn0b1, tn0b1) = g(n0b1);
    let (_, tn0b2) = g(n0b2);
    let (ws0b1, ts0b1) = g(s0b1);
    let (ws0b2, ts0b2) = g(s0b2);
    let (_, ts0f1) = g(s0f1);
    let (_, ts0f2) = g(s0f2);
    let (_, ts1f1) = g(s1f1);
    let val = |v: &Vec<u8>, h: u32| if h == NONE { 9 } else { v[h as usize] as u64 };
    let (vs0b, vn0b) = (val(&st.nleft, s0), val(&st.nleft, n0));
    let dist = if s0 == NONE || n0 == NONE {
        0
    } else {
        ((n0 - s0) as u64).min(5)
    };
    // Suffixes tell participles and tenses apart where the tag does not.
    let suf = |k: u32| words.get(k as usize).map_or(0x5355, |w| w.suf[1]);
    // The relations already given: of the nearest children, and as sets.
    let l = |k: u32| st.label_of(k);
    let set = |v: &Vec<u64>, h: u32| if h == NONE { 1 << 63 } else { v[h as usize] };
    let (ls0b1, ls0f1, ln0b1, ls1f1) = (l(s0b1), l(s0f1), l(n0b1), l(s1f1));

    out.extend_from_slice(&[
        f1(1, 0),
        f1(3, wn0),
        f1(4, wn1),
        f1(6, ws0),
        f1(7, ws1),
        f1(9, wn0b1),
        f1(11, ws0b1),
        f1(12, ws0b2),
        f1(15, tn0),
        f1(16, tn1),
        f1(18, ts0),
        f1(19, ts1),
        f1(21, tn0b1),
        f1(23, ts0b1),
        f1(24, ts0b2),
        f2(27, wn0, tn0),
        f2(28, wn1, tn1),
        f2(31, ws0, wn0),
        f3(33, wn0, tn0, ts0),
        f3(35, ws0, ts0, tn0),
        f2(37, ts0, tn0),
        f2(38, tn0, tn1),
        f3(39, tn0, tn1, tn2),
        f3(40, ts0, tn0, tn1),
        f3(41, ts0, ts1, tn0),
        f3(42, ts0, ts0f1, tn0),
        f3(43, ts0, tn0, tn0b1),
        f3(45, ts0, ts0f1, ts0f2),
        f3(46, tn0, tn0b1, tn0b2),
        f2(49, ws0, vs0b),
        f2(52, ts0, vs0b),
        f2(53, tn0, vn0b),
        f2(54, ws0, dist),
        f2(55, wn0, dist),
        f2(56, ts0, dist),
        f2(57, tn0, dist),
        f3(58, ts0, tn0, dist),
        f3(60, ts1, ts0, ts1f1),
        f3(61, ts0, suf(s0), tn0),
        f3(62, tn0, suf(n0), ts0),
        f2(63, ts0, ls0b1),
        f2(64, ts0, ls0f1),
        f2(65, tn0, ln0b1),
        f3(66, ts0, ls0b1, l(s0b2)),
        f3(67, tn0, ln0b1, l(n0b2)),
        f3(68, ts1, ls1f1, ts0),
        f2(69, ws0, ls0b1),
        f2(70, wn0, ln0b1),
        f3(71, ts0, set(&st.left_set, s0), tn0),
        f3(72, ts0, set(&st.right_set, s0), tn0),
        f2(73, tn0, set(&st.left_set, n0)),
    ]);
}

/// Picks a move from the state, its features, the move scores and the valid moves.
pub(crate) type Choose<'a> = dyn FnMut(&State, &[u64], &[i32; MOVES], [bool; MOVES]) -> usize + 'a;

/// Picks the relation of the arc from head `h` to dependent `d` about to
/// be made, from the state, the arc's features and the best class.
pub(crate) type ChooseLabel<'a> = dyn FnMut(&State, u32, u32, &[u64], usize) -> usize + 'a;

/// The labeller and the class of "root" (the one relation of the root's
/// dependent, and of no other word).
pub(crate) struct Labeller<'a, L: Classifier> {
    pub model: &'a L,
    pub root: usize,
}

/// Parses and labels one sentence of tagged words into `st.heads` and
/// `st.labels`; `choose` gets the state, its features, the move scores and
/// the valid moves, and returns the move to make (the runtime takes the
/// best valid one); `choose_label` does the same for each arc's relation.
pub(crate) fn parse<C: Classifier, L: Classifier>(
    model: &C,
    labeller: &Labeller<L>,
    words: &[Word],
    tags: &[u16],
    st: &mut State,
    choose: &mut Choose,
    choose_label: &mut ChooseLabel,
) {
    st.reset(words.len());
    let mut feats = Vec::with_capacity(80);
    let mut lfeats = Vec::with_capacity(32);
    let mut lscores = vec![0i32; labeller.model.classes()];
    while !st.done() {
        features(st, words, tags, &mut feats);
        let mut scores = [0i32; MOVES];
        model.add(&feats, &mut scores);
        let valid = st.valid();
        let mv = choose(st, &feats, &scores, valid);
        let label = match st.arc(mv) {
            Some((h, _)) if h as usize == st.n => labeller.root,
            Some((h, d)) => {
                labels::features(st, words, tags, h, d, &mut lfeats);
                lscores.fill(0);
                labeller.model.add(&lfeats, &mut lscores);
                if let Some(r) = lscores.get_mut(labeller.root) {
                    *r = i32::MIN;
                }
                choose_label(st, h, d, &lfeats, argmax(&lscores))
            }
            None => 0,
        };
        st.apply(mv, label as u16);
    }
}

/// The best valid move.
pub(crate) fn best_valid(scores: &[i32; MOVES], valid: [bool; MOVES]) -> usize {
    let mut best = usize::MAX;
    for m in 0..MOVES {
        if valid[m] && (best == usize::MAX || scores[m] > scores[best]) {
            best = m;
        }
    }
    best.min(MOVES - 1)
}

/// The moves that lose no more gold arcs than the best move does (the
/// arc-hybrid dynamic oracle); `gold[k]` is word k's gold head (`n` = root).
#[cfg(feature = "train")]
pub(crate) fn zero_cost(st: &State, gold: &[u32], valid: [bool; MOVES]) -> [bool; MOVES] {
    let n0 = st.i as u32;
    let s0 = st.s(0);
    let s1 = st.s(1);
    let mut ok = valid;
    if st.stack.is_empty() || (valid[SHIFT] && gold[n0 as usize] == s0) {
        return [valid[SHIFT], false, false];
    }
    if gold[s0 as usize] == n0 && valid[LEFT] {
        return [false, false, true];
    }
    // Popping s0 onto s1 or n0 loses its arc to s1 or beyond.
    if s1 != NONE && gold[s0 as usize] == s1 {
        ok[LEFT] = false;
    }
    let linked = |a: u32, b: u32| gold[a as usize] == b || gold[b as usize] == a;
    // Shifting n0 loses its arcs to the stack (but n0's head s0 was handled above).
    if ok[SHIFT] && st.stack.iter().any(|&k| linked(n0, k)) {
        ok[SHIFT] = false;
    }
    // Popping s0 loses its arcs to the buffer past n0 (and to the root).
    if (st.i + 1..=st.n).any(|k| linked(s0, k as u32)) {
        ok[LEFT] = false;
        ok[RIGHT] = false;
    }
    ok
}
