//! The content of a reported statement, learned: an averaged perceptron
//! trained on PolNeAR train (`./run train-cues`; weights in
//! `data/contents.bin`) decides for every word of a cue's sentence whether
//! it belongs to what the cue reports, from where the word hangs in the
//! parse relative to the cue (under its clausal complement, its subject, an
//! adverbial; above it; beside it), its side and distance, its own relation
//! and part of speech, and the cue's stem. The statement is then the longest
//! unbroken run of such words.

use crate::cues::Hashes;
use crate::segment::{Doc, TokenKind};
use crate::span::Span;
use crate::syntax::linear::{Linear, TwoClass};
use crate::syntax::tree::Tree;
use crate::syntax::words::{f1, f2, f3};
use std::sync::OnceLock;

/// The weight file's format.
pub(crate) const FILE: TwoClass = TwoClass {
    magic: b"NMCO",
    version: 1,
    what: "content weights",
};

static WEIGHTS: &[u8] = include_bytes!("../data/contents.bin");

/// The compiled-in content classifier (`None` if the file is damaged).
pub(crate) fn model() -> Option<&'static Linear> {
    static MODEL: OnceLock<Option<Linear>> = OnceLock::new();
    MODEL.get_or_init(|| FILE.read(WEIGHTS).ok()).as_ref()
}

/// How far up the tree a word is followed to find the cue.
const REACH: usize = 12;

/// Where token `t` hangs relative to cue `c`: (kind, relation) where kind is
/// 1 under the cue (relation: of the cue's dependent it descends from), 2
/// above it (relation: of `t`'s dependent the cue descends from), 3 neither.
fn place(tree: &Tree, hashes: &Hashes, c: usize, t: usize) -> (u64, u64) {
    let mut at = t;
    for _ in 0..REACH {
        match tree.head(at) {
            Some(h) if h == c => return (1, hashes.rel(at)),
            Some(h) => at = h,
            None => break,
        }
    }
    let mut at = c;
    for _ in 0..REACH {
        match tree.head(at) {
            Some(h) if h == t => return (2, hashes.rel(at)),
            Some(h) => at = h,
            None => break,
        }
    }
    (3, hashes.rel(t))
}

/// A distance as a few buckets.
fn bucket(d: usize) -> u64 {
    match d {
        0..=3 => d as u64,
        4..=6 => 4,
        7..=10 => 5,
        11..=20 => 6,
        _ => 7,
    }
}

/// The features of token `t` as part of the content of cue `c`.
pub(crate) fn features(
    doc: &Doc,
    tree: &Tree,
    hashes: &Hashes,
    quoted: &[bool],
    c: usize,
    t: usize,
    out: &mut Vec<u64>,
) {
    out.clear();
    let (kind, branch) = place(tree, hashes, c, t);
    let side = (t > c) as u64 + 1;
    let dist = bucket(t.abs_diff(c));
    let cue = hashes.stem(c);
    let (word, upos, rel) = (hashes.word(t), hashes.upos(t), hashes.rel(t));
    out.push(f1(40, 0));
    out.push(f3(41, kind, branch, side));
    out.push(f3(42, kind, side, dist));
    out.push(f3(43, kind, branch, rel));
    out.push(f3(44, kind, branch, cue));
    out.push(f3(45, kind, branch, upos));
    out.push(f3(46, kind, branch, word));
    out.push(f3(47, side, dist, upos));
    out.push(f3(48, kind, side, quoted[t] as u64 + 1));
    out.push(f2(49, cue, side));
    let mark = doc.tokens[t].kind == TokenKind::Quote || doc.tokens[t].kind == TokenKind::Punct;
    out.push(f3(50, kind, mark as u64 + 1, word));
}

/// The content of cue `c` in its sentence `lo..hi`: the longest run of words
/// the model takes for content (punctuation inside a run does not break it),
/// trimmed of punctuation; `None` without a model or a run of two words.
pub(crate) fn content(
    doc: &Doc,
    tree: &Tree,
    hashes: &Hashes,
    quoted: &[bool],
    c: usize,
    lo: usize,
    hi: usize,
) -> Option<Span> {
    let model = model()?;
    let mut feats = Vec::with_capacity(12);
    let mut best: Option<(usize, usize, usize)> = None; // start, end, words
    let mut run: Option<(usize, usize, usize)> = None;
    for t in lo..hi {
        let punct = matches!(doc.tokens[t].kind, TokenKind::Punct | TokenKind::Quote);
        let inside = t != c && {
            features(doc, tree, hashes, quoted, c, t, &mut feats);
            crate::cues::score(model, &feats) > 0
        };
        if inside {
            let words = (!punct) as usize;
            run = Some(match run {
                Some((s, _, w)) => (s, t, w + words),
                None => (t, t, words),
            });
        } else if !punct || t == c {
            run = None;
        }
        if let Some(r) = run {
            if best.is_none_or(|b| r.2 > b.2) {
                best = Some(r);
            }
        }
    }
    let (s, mut e, words) = best?;
    let mut s = s;
    while s < e && matches!(doc.tokens[s].kind, TokenKind::Punct) {
        s += 1;
    }
    while e > s && matches!(doc.tokens[e].kind, TokenKind::Punct) {
        e -= 1;
    }
    (words >= 2).then(|| doc.tokens[s].span.cover(doc.tokens[e].span))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::quoted_tokens;

    /// The learned content of the cue `cue` in `text` (one sentence).
    fn content_of(text: &str, cue: &str) -> Option<String> {
        let doc = crate::segment::segment(text);
        let syntax = crate::syntax::parse(&doc);
        let tree = Tree::new(&syntax);
        let hashes = Hashes::new(&doc, &tree);
        let c = (0..doc.tokens.len()).find(|&t| doc.token_text(t) == cue)?;
        let s = &doc.sentences[0];
        content(
            &doc,
            &tree,
            &hashes,
            &quoted_tokens(&doc),
            c,
            s.tokens.start,
            s.tokens.end,
        )
        .map(|sp| sp.slice(text).to_string())
    }

    #[test]
    fn the_model_loads_and_reads_what_a_cue_reports() {
        assert!(model().is_some(), "data/contents.bin does not load");
        let after = content_of(
            "The governor said on Monday that the budget would pass.",
            "said",
        );
        assert!(
            after
                .as_deref()
                .is_some_and(|c| c.ends_with("the budget would pass")),
            "{after:?}"
        );
        let cue = content_of(
            "The governor said on Monday that the budget would pass.",
            "said",
        );
        assert!(
            cue.is_some_and(|c| !c.contains("said")),
            "the cue is not its own content"
        );
    }

    #[test]
    fn a_damaged_weight_file_is_an_error() {
        assert!(FILE.read(b"").is_err());
        assert!(
            FILE.read(&WEIGHTS[..WEIGHTS.len() / 2]).is_err(),
            "a truncated file"
        );
        assert!(FILE.read(WEIGHTS).is_ok());
    }
}
