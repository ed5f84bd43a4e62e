//! Pass 2: syntax. Reads the segmented document and adds, for every token,
//! a part of speech (UD UPOS and PTB XPOS), its head within the sentence and
//! the UD relation to it: a greedy tagger, an arc-hybrid parser and an arc
//! labeller, each an averaged perceptron trained on UD English EWT and the
//! open genres of GUM (`./run train-parser`; weights in `data/syntax.bin`).
//!
//! The parser reads UD's words, not our tokens: a token that UD splits
//! ("don't" = "do" + "n't", "they're", "cannot", "well-known" = "well" "-"
//! "known") is parsed as its pieces and gets the tag, head and relation of
//! the piece that attaches outside it.

mod conllu;
pub(crate) mod labels;
pub(crate) mod linear;
pub(crate) mod parser;
pub(crate) mod pos;
pub(crate) mod tree;
pub(crate) mod words;

pub use conllu::parse_conllu;

use crate::segment::Doc;
#[cfg(feature = "train")]
use linear::write_names;
use linear::{Linear, Reader};
use parser::{State, NONE};
use std::sync::OnceLock;
use words::Word;

/// The trained models and their class names.
pub(crate) struct Model {
    /// Tag classes, each "UPOS|XPOS".
    pub tags: Vec<String>,
    /// Relation classes ("nsubj", "nsubj:pass", ...).
    pub labels: Vec<String>,
    pub tagger: Linear,
    pub parser: Linear,
    pub labeller: Linear,
    /// The class of "root".
    pub root: usize,
}

const MAGIC: &[u8; 4] = b"NMSX";
const VERSION: u32 = 2;

static WEIGHTS: &[u8] = include_bytes!("../../data/syntax.bin");

impl Model {
    /// The compiled-in model, read once (`None` if the file is damaged: the
    /// annotation then has no syntax, and says so nowhere else).
    pub(crate) fn get() -> Option<&'static Model> {
        static MODEL: OnceLock<Option<Model>> = OnceLock::new();
        MODEL.get_or_init(|| Model::read(WEIGHTS).ok()).as_ref()
    }

    /// Reads a weight file.
    pub(crate) fn read(bytes: &[u8]) -> Result<Model, String> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(4)? != MAGIC || r.u32()? != VERSION {
            return Err("syntax weights: not a newsmark syntax file of this version".into());
        }
        let tags = r.names()?;
        let labels = r.names()?;
        let mut at = r.at;
        let tagger = Linear::read(bytes, &mut at)?;
        let parser = Linear::read(bytes, &mut at)?;
        let labeller = Linear::read(bytes, &mut at)?;
        let root = labels
            .iter()
            .position(|l| l == "root")
            .ok_or("syntax weights: no root label")?;
        if tagger.classes() != tags.len()
            || parser.classes() != parser::MOVES
            || labeller.classes() != labels.len()
        {
            return Err("syntax weights: class counts disagree".into());
        }
        Ok(Model {
            tags,
            labels,
            tagger,
            parser,
            labeller,
            root,
        })
    }

    /// The file header [`Model::read`] expects before the three tables.
    #[cfg(feature = "train")]
    pub(crate) fn write_header(tags: &[String], labels: &[String], out: &mut Vec<u8>) {
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        write_names(tags, out);
        write_names(labels, out);
    }

    /// The UPOS of tag class `t`.
    pub(crate) fn upos(&self, t: u16) -> &str {
        let s = &self.tags[t as usize];
        s.split('|').next().unwrap_or(s)
    }

    /// The XPOS of tag class `t`.
    pub(crate) fn xpos(&self, t: u16) -> &str {
        let s = &self.tags[t as usize];
        s.split('|').nth(1).unwrap_or("_")
    }
}

/// Buffers reused from sentence to sentence.
#[derive(Default)]
pub(crate) struct Scratch {
    words: Vec<Word>,
    state: State,
    tagging: pos::Buffers,
    pub tags: Vec<u16>,
    pub labels: Vec<u16>,
}

impl Scratch {
    /// Tags, parses and labels `words`: afterwards `tags`, `heads()` and
    /// `labels` hold one entry per word.
    pub(crate) fn parse<S: AsRef<str>>(&mut self, model: &Model, words: &[S]) {
        self.words.clear();
        self.words
            .extend(words.iter().map(|w| Word::new(w.as_ref())));
        pos::tag(
            &model.tagger,
            &self.words,
            &mut self.tags,
            None,
            &mut self.tagging,
            &mut |_, _, best| best,
        );
        parser::parse(
            &model.parser,
            &parser::Labeller {
                model: &model.labeller,
                root: model.root,
            },
            &self.words,
            &self.tags,
            &mut self.state,
            &mut |_, _, scores, valid| parser::best_valid(scores, valid),
            &mut |_, _, _, _, best| best,
        );
        self.labels.clear();
        self.labels
            .extend_from_slice(&self.state.labels[..self.words.len()]);
    }

    /// Each word's head (`words.len()` for the root).
    pub(crate) fn heads(&self) -> &[u32] {
        &self.state.heads[..self.words.len()]
    }
}

/// The syntax of a document, per token (indices into `Doc::tokens`).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Syntax {
    /// Tag class per token (`u16::MAX`: no model).
    pub tag: Vec<u16>,
    /// Head token (document index; `NONE` for a sentence's root).
    pub head: Vec<u32>,
    /// Relation class per token.
    pub dep: Vec<u16>,
}

/// Parses every sentence of `doc`.
pub(crate) fn parse(doc: &Doc) -> Syntax {
    let n = doc.tokens.len();
    let mut out = Syntax {
        tag: vec![u16::MAX; n],
        head: vec![NONE; n],
        dep: vec![u16::MAX; n],
    };
    let Some(model) = Model::get() else {
        return out;
    };
    let mut scratch = Scratch::default();
    let mut pieces: Vec<&str> = Vec::new();
    // The token of each piece, and each piece's depth in the tree.
    let mut owner: Vec<u32> = Vec::new();
    let mut depth: Vec<u32> = Vec::new();
    for s in &doc.sentences {
        pieces.clear();
        owner.clear();
        for t in s.tokens.clone() {
            for p in split(doc.token_text(t)) {
                pieces.push(p);
                owner.push(t as u32);
            }
        }
        if pieces.is_empty() {
            continue;
        }
        scratch.parse(model, &pieces);
        let heads = scratch.heads();
        depths(heads, &mut depth);
        // A token stands for its piece nearest the root: the head of that
        // piece lies outside the token, and along token heads the depth
        // falls, so the tokens form a tree too (one root, no cycle), even
        // when a token's pieces are not one subtree ("to-Mr.they").
        let mut best: Option<(usize, usize)> = None; // (token, piece)
        for p in 0..=pieces.len() {
            let t = owner.get(p).map(|&t| t as usize);
            if let Some((bt, bp)) = best {
                if t != Some(bt) {
                    let h = heads[bp] as usize;
                    out.tag[bt] = scratch.tags[bp];
                    out.dep[bt] = scratch.labels[bp];
                    out.head[bt] = if h >= pieces.len() { NONE } else { owner[h] };
                    best = None;
                }
            }
            if let Some(t) = t {
                if best.is_none_or(|(_, bp)| depth[p] < depth[bp]) {
                    best = Some((t, p));
                }
            }
        }
    }
    out
}

/// The depth of every word of `heads` (the root's dependent is 0; the root is `heads.len()`).
fn depths(heads: &[u32], depth: &mut Vec<u32>) {
    let n = heads.len();
    depth.clear();
    depth.resize(n, u32::MAX);
    let mut path = Vec::new();
    for k in 0..n {
        let mut at = k;
        // Walk up to the root or a word whose depth is known.
        while at < n && depth[at] == u32::MAX && path.len() <= n {
            path.push(at);
            at = heads[at] as usize;
        }
        let mut d = if at < n {
            depth[at].saturating_add(1)
        } else {
            0
        };
        while let Some(w) = path.pop() {
            depth[w] = d;
            d = d.saturating_add(1);
        }
    }
}

/// The output tokens of sentence `s`, with their syntax (heads as indices
/// within the sentence).
pub(crate) fn tokens(
    doc: &Doc,
    syntax: &Syntax,
    s: &crate::segment::Sentence,
) -> Vec<crate::model::Token> {
    let model = Model::get();
    let first = s.tokens.start;
    s.tokens
        .clone()
        .map(|t| {
            let span = doc.tokens[t].span;
            let tag = syntax.tag[t];
            let dep = syntax.dep[t];
            let head = syntax.head[t];
            crate::model::Token {
                start: span.start,
                end: span.end,
                text: span.slice(doc.text).to_string(),
                pos: model
                    .filter(|_| tag != u16::MAX)
                    .map(|m| m.upos(tag).to_string()),
                tag: model
                    .filter(|_| tag != u16::MAX)
                    .map(|m| m.xpos(tag).to_string()),
                head: (head != NONE).then(|| head as usize - first),
                dep: model.and_then(|m| m.labels.get(dep as usize)).cloned(),
            }
        })
        .collect()
}

/// The UD words of one of our tokens: contractions and hyphenated words split
/// as UD English splits them; anything else is one word.
pub(crate) fn split(token: &str) -> impl Iterator<Item = &str> {
    let cuts = cuts(token);
    let mut last = 0;
    cuts.into_iter()
        .chain(std::iter::once(token.len()))
        .filter(|&c| c > 0 && c <= token.len())
        .map(move |c| {
            let piece = &token[last..c];
            last = c;
            piece
        })
        .filter(|p| !p.is_empty())
}

/// Byte offsets where `split` cuts `token` (at most a few).
fn cuts(token: &str) -> Vec<usize> {
    // Byte offset in `token` of the apostrophe that starts a clitic.
    let clitic_at = |clitic: &str| -> Option<usize> {
        let (a, rest) = token.char_indices().rev().find_map(|(i, c)| {
            (c == '\'' || c == '\u{2019}').then(|| (i, &token[i + c.len_utf8()..]))
        })?;
        (rest.eq_ignore_ascii_case(clitic) && a > 0).then_some(a)
    };
    if let Some(a) = clitic_at("t") {
        // "don't" -> "do" + "n't": the n belongs to the clitic.
        if token[..a].ends_with(['n', 'N']) && a > 1 {
            return vec![a - 1];
        }
    }
    for clitic in ["re", "ve", "ll", "m", "d", "s"] {
        if let Some(a) = clitic_at(clitic) {
            return vec![a];
        }
    }
    if ["cannot", "gonna", "wanna", "gotta"]
        .iter()
        .any(|w| token.eq_ignore_ascii_case(w))
    {
        return vec![3];
    }
    hyphen_cuts(token)
}

/// "well-known" -> "well", "-", "known": a hyphen between letters.
fn hyphen_cuts(token: &str) -> Vec<usize> {
    let b = token.as_bytes();
    let mut cuts = Vec::new();
    for (i, &c) in b.iter().enumerate() {
        if c == b'-'
            && i > 0
            && i + 1 < b.len()
            && b[i - 1].is_ascii_alphabetic()
            && b[i + 1].is_ascii_alphabetic()
        {
            cuts.push(i);
            cuts.push(i + 1);
        }
    }
    cuts
}

#[cfg(test)]
mod tests;
