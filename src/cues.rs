//! Reporting cues, learned: an averaged perceptron trained on the cues of
//! PolNeAR train (`./run train-cues`; weights in `data/cues.bin`) decides for
//! every word whether it is the cue of a reported statement ("said",
//! "according", "told", "believes", "tweeted", "criticized"), from the word,
//! its part of speech, its relation and dependents in the parse, its
//! neighbours, and the hand-made cue list as one feature among the others.

use crate::lexicon::CUES;
use crate::segment::{Doc, TokenKind};
use crate::syntax::linear::{Linear, TwoClass};
use crate::syntax::tree::Tree;
use crate::syntax::words::{f1, f2, f3};
use crate::tagger::{fmix, fnv, FNV_SEED};
use std::sync::OnceLock;

/// The weight file's format.
pub(crate) const FILE: TwoClass = TwoClass {
    magic: b"NMCU",
    version: 1,
    what: "cue weights",
};

static WEIGHTS: &[u8] = include_bytes!("../data/cues.bin");

/// The compiled-in cue classifier (`None` if the file is damaged: then no
/// word is a learned cue).
pub(crate) fn model() -> Option<&'static Linear> {
    static MODEL: OnceLock<Option<Linear>> = OnceLock::new();
    MODEL.get_or_init(|| FILE.read(WEIGHTS).ok()).as_ref()
}

/// The score of token `t` being a cue (positive: a cue), from `feats`.
pub(crate) fn score(model: &Linear, feats: &[u64]) -> i32 {
    let mut s = [0i32; 2];
    model.add(feats, &mut s);
    s[1] - s[0]
}

/// Each token's cue score (`i32::MIN` for tokens that cannot be cues:
/// punctuation, numbers, words inside a quotation).
pub(crate) fn scores(doc: &Doc, tree: &Tree, quoted: &[bool]) -> Vec<i32> {
    let mut out = vec![i32::MIN; doc.tokens.len()];
    let Some(model) = model() else {
        return out;
    };
    let mut feats = Vec::with_capacity(48);
    let hashes = Hashes::new(doc, tree);
    for s in &doc.sentences {
        for t in s.tokens.clone() {
            if candidate(doc, quoted, t) {
                features(doc, tree, &hashes, quoted, s.tokens.start, t, &mut feats);
                out[t] = score(model, &feats);
            }
        }
    }
    out
}

/// True when token `t` may be a cue: a word outside any quotation.
pub(crate) fn candidate(doc: &Doc, quoted: &[bool], t: usize) -> bool {
    doc.tokens[t].kind == TokenKind::Word && !quoted[t]
}

fn text_hash(s: &str) -> u64 {
    fmix(s.chars().fold(FNV_SEED, fnv))
}

/// "says", "said", "saying" -> "say"-like stems: the word without a final
/// "s", "ed", "d" or "ing" (crude, but the same for training and use).
fn stem(w: &str) -> &str {
    for suffix in ["ing", "ed", "es", "s", "d"] {
        if let Some(s) = w.strip_suffix(suffix) {
            if s.len() >= 3 {
                return s;
            }
        }
    }
    w
}

/// Each token's hashed word, stem, part of speech and relation, computed
/// once per document (a token is read as a head, a dependent and a
/// neighbour too).
pub(crate) struct Hashes(Vec<[u64; 4]>);

impl Hashes {
    pub(crate) fn word(&self, t: usize) -> u64 {
        self.0[t][0]
    }
    pub(crate) fn stem(&self, t: usize) -> u64 {
        self.0[t][1]
    }
    pub(crate) fn upos(&self, t: usize) -> u64 {
        self.0[t][2]
    }
    pub(crate) fn rel(&self, t: usize) -> u64 {
        self.0[t][3]
    }

    pub(crate) fn new(doc: &Doc, tree: &Tree) -> Hashes {
        Hashes(
            (0..doc.tokens.len())
                .map(|t| {
                    let w = doc.lower(t);
                    [
                        text_hash(w),
                        text_hash(stem(w)),
                        text_hash(tree.upos(t)),
                        text_hash(tree.rel(t)),
                    ]
                })
                .collect(),
        )
    }
}

/// The features of token `t` (sentence starting at `first`) into `out`.
pub(crate) fn features(
    doc: &Doc,
    tree: &Tree,
    hashes: &Hashes,
    quoted: &[bool],
    first: usize,
    t: usize,
    out: &mut Vec<u64>,
) {
    out.clear();
    let n = doc.tokens.len();
    let h = &hashes.0;
    let w = doc.lower(t);
    let [wh, sh, upos, rel] = h[t];
    let section = CUES.get(w).map_or(0, |(_, section)| text_hash(section) | 1);
    out.push(f1(0, 0));
    out.push(f1(1, wh));
    out.push(f1(2, sh));
    out.push(f1(3, upos));
    out.push(f2(4, wh, upos));
    out.push(f1(5, rel));
    out.push(f2(6, sh, rel));
    out.push(f2(7, upos, rel));
    out.push(f2(8, section, upos));
    out.push(f3(9, section, upos, rel));
    // The last three letters, read backwards.
    let suffix = fmix(w.chars().rev().take(3).fold(FNV_SEED, fnv));
    out.push(f2(10, suffix, upos));
    match tree.head(t) {
        Some(hd) => {
            out.push(f2(11, h[hd][0], rel));
            out.push(f3(12, h[hd][2], rel, upos));
            out.push(f2(13, sh, h[hd][1]));
        }
        None => out.push(f2(11, 1, upos)),
    }
    for k in tree.kids(t) {
        let kr = h[k][3];
        out.push(f1(14, kr));
        out.push(f2(15, sh, kr));
        if matches!(
            tree.rel(k),
            "mark" | "case" | "fixed" | "compound:prt" | "aux" | "aux:pass"
        ) {
            out.push(f3(16, sh, kr, h[k][0]));
        }
        if tree.rel(k) == "ccomp" {
            // The content's first word ("that", a pronoun, a quotation mark).
            let mut m = k;
            while let Some(f) = tree.kids(m).next().filter(|&f| f < m) {
                m = f;
            }
            out.push(f2(17, sh, h[m][0]));
        }
    }
    let ph = if t > first { h[t - 1][0] } else { 2 };
    let nh = if t + 1 < n { h[t + 1][0] } else { 3 };
    out.push(f1(18, ph));
    out.push(f1(19, nh));
    out.push(f2(20, sh, ph));
    out.push(f2(21, sh, nh));
    let near_quote = |i: Option<usize>| {
        i.is_some_and(|i| i < n && (quoted[i] || doc.tokens[i].kind == TokenKind::Quote))
    };
    out.push(f3(
        22,
        sh,
        near_quote(t.checked_sub(1)) as u64 + 1,
        near_quote(Some(t + 1)) as u64 + 1,
    ));
    let capital = doc.token_text(t).starts_with(char::is_uppercase);
    out.push(f2(23, upos, (capital && t > first) as u64 + 1));
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::quotes::quoted_tokens;

    /// The tokens of `text` the classifier calls cues.
    fn cues_in(text: &str) -> Vec<String> {
        let doc = crate::segment::segment(text);
        let syntax = crate::syntax::parse(&doc);
        let tree = Tree::new(&syntax);
        let s = scores(&doc, &tree, &quoted_tokens(&doc));
        (0..doc.tokens.len())
            .filter(|&t| s[t] > 0)
            .map(|t| doc.token_text(t).to_string())
            .collect()
    }

    #[test]
    fn the_model_loads_and_finds_reporting_verbs() {
        assert!(model().is_some(), "data/cues.bin does not load");
        assert_eq!(cues_in("The senator said the bill would fail."), ["said"]);
        assert_eq!(
            cues_in("Officials believe the fire was set on purpose."),
            ["believe"]
        );
        assert_eq!(
            cues_in("The dog slept under the kitchen table."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn words_inside_a_quotation_are_not_cues() {
        let found = cues_in("“He said nothing,” the spokesman said.");
        assert_eq!(found, ["said"], "only the cue outside the quotation");
    }

    #[test]
    fn a_damaged_weight_file_is_an_error() {
        assert!(FILE.read(b"").is_err());
        assert!(FILE.read(b"NMCU\x09\0\0\0").is_err(), "another version");
        let cut = &WEIGHTS[..WEIGHTS.len() / 2];
        assert!(FILE.read(cut).is_err(), "a truncated file");
        assert!(FILE.read(WEIGHTS).is_ok());
    }
}
