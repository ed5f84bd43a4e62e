//! Dependency labels: each arc gets a UD relation from an averaged
//! perceptron as the parser makes it, so the parser's later moves can read
//! it. The arc's dependent is complete by then (arc-hybrid pops a word only
//! when its children are attached), so the relation reads the two words,
//! their tags, the direction and distance, the dependent's own children
//! ("by" under a passive agent), the head's nearest left child, the
//! relation of the sibling attached just before, and the next word.

use super::parser::{wt, State, NONE};
use super::words::{f1, f2, f3, Word};

/// The features of the arc about to be made from `h` to `d` in `st`.
pub(crate) fn features(
    st: &State,
    words: &[Word],
    tags: &[u16],
    h: u32,
    d: u32,
    out: &mut Vec<u64>,
) {
    out.clear();
    let n = words.len();
    let (du, hu) = (d as usize, h as usize);
    let wt = |k: u32| wt(words, tags, k);
    let (wd, td) = wt(d);
    let (wh, th) = wt(h);
    let right = (du > hu && hu < n) as u64;
    let dist = (du.abs_diff(hu) as u64).min(6) | right << 8;
    let [c1, c2] = st.lefts(d);
    let (wc1, tc1) = wt(c1);
    let (_, tc2) = wt(c2);
    let (_, tcl) = wt(st.rights(d)[0]);
    // The head's nearest left child: this one, if it is the first on the left.
    let nl = match st.near_left.get(hu) {
        Some(&k) if k != NONE => k,
        _ if du < hu => d,
        _ => NONE,
    };
    let (wnl, tnl) = wt(nl);
    // The sibling attached just before: on the same side, nearer the head.
    let sib = if du < hu {
        st.lefts(h)[0]
    } else {
        match st.rights(h)[0] {
            NONE => st.near_left.get(hu).copied().unwrap_or(NONE),
            k => k,
        }
    };
    let pl = st.label_of(sib);
    // The word after the arc: after the dependent's subtree, or after the head.
    let (_, tnext) = wt(if du < hu { st.b(1) } else { st.b(0) });
    let nk = st.children(d).min(3) as u64;
    let sufd = words[du].suf[1];
    let sufh = words.get(hu).map_or(0x5355, |w| w.suf[1]);
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
        f3(15, tnext, th, td),
        f2(16, pl, td),
        f3(17, pl, td, th),
        f2(18, nk, td),
        f3(19, wd, wh, right),
        f3(20, sufd, td, th),
        f3(21, sufh, th, td),
        f3(22, wnl, th, right),
        f3(23, tnl, td, th),
        f2(24, words[du].cap as u64, td),
        f3(25, wd, tnext, right),
        f3(26, wc1, tc1, td),
    ]);
}
