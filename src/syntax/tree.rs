//! Reading the parse: a token's relation, its dependents, the subject of a
//! verb and the noun phrase a word heads. The quote and stance passes ask
//! these questions instead of scanning word sequences.

use super::parser::NONE;
use super::{Model, Syntax};
use crate::lexicon::TIME_WORDS;
use crate::segment::{Doc, TokenKind};
use crate::span::Span;

/// The parse of a document, with each token's dependents.
pub(crate) struct Tree<'a> {
    syntax: &'a Syntax,
    model: Option<&'static Model>,
    /// Dependents of token `t`: `kids[first[t]..first[t + 1]]`, in text order.
    first: Vec<u32>,
    kids: Vec<u32>,
}

/// How far `subject` climbs through control verbs, conjuncts and relative
/// clauses ("refused to say": the subject of "refused").
const CLIMB: usize = 4;

/// Dependents left out of the noun phrase a word heads (appositions are
/// decided in [`Tree::phrase`]; punctuation stays inside, trimmed at the edges).
const NOT_IN_PHRASE: &[&str] = &[
    "appos",
    "acl:relcl",
    "parataxis",
    "advcl",
    "dep",
    "list",
    "ccomp",
];

impl<'a> Tree<'a> {
    /// The tree of `syntax` (empty when the document has no parse).
    pub(crate) fn new(syntax: &'a Syntax) -> Tree<'a> {
        let n = syntax.head.len();
        let mut count = vec![0u32; n + 1];
        for &h in &syntax.head {
            if h != NONE {
                count[h as usize + 1] += 1;
            }
        }
        for i in 0..n {
            count[i + 1] += count[i];
        }
        let first = count.clone();
        let mut kids = vec![0u32; first[n] as usize];
        for (t, &h) in syntax.head.iter().enumerate() {
            if h != NONE {
                kids[count[h as usize] as usize] = t as u32;
                count[h as usize] += 1;
            }
        }
        Tree {
            syntax,
            model: Model::get().filter(|_| syntax.tag.first().is_some_and(|&t| t != u16::MAX)),
            first,
            kids,
        }
    }

    /// The relation of token `t` to its head ("nsubj", "obl:agent"; "" without a parse).
    pub(crate) fn rel(&self, t: usize) -> &str {
        self.model
            .and_then(|m| m.labels.get(self.syntax.dep[t] as usize))
            .map_or("", String::as_str)
    }

    /// The UPOS of token `t` ("" without a parse).
    pub(crate) fn upos(&self, t: usize) -> &str {
        match self.model {
            Some(m) if self.syntax.tag[t] != u16::MAX => m.upos(self.syntax.tag[t]),
            _ => "",
        }
    }

    /// The head of token `t` (`None` for a sentence's root).
    pub(crate) fn head(&self, t: usize) -> Option<usize> {
        let h = self.syntax.head[t];
        (h != NONE).then_some(h as usize)
    }

    /// How many heads lie between token `t` and its sentence's root (0 for the root).
    pub(crate) fn depth(&self, t: usize) -> usize {
        let mut at = t;
        let mut d = 0;
        while let Some(h) = self.head(at).filter(|_| d < self.syntax.head.len()) {
            at = h;
            d += 1;
        }
        d
    }

    /// The dependents of token `t`, in text order.
    pub(crate) fn kids(&self, t: usize) -> impl Iterator<Item = usize> + '_ {
        self.kids[self.first[t] as usize..self.first[t + 1] as usize]
            .iter()
            .map(|&k| k as usize)
    }

    /// The first and last token of the subtree `t` heads.
    pub(crate) fn edges(&self, t: usize) -> (usize, usize) {
        let (mut first, mut last) = (t, t);
        let mut stack = vec![t];
        while let Some(at) = stack.pop() {
            first = first.min(at);
            last = last.max(at);
            stack.extend(self.kids(at));
        }
        (first, last)
    }

    /// The first dependent of `t` whose relation is one of `rels`.
    pub(crate) fn kid(&self, t: usize, rels: &[&str]) -> Option<usize> {
        self.kids(t).find(|&k| rels.contains(&self.rel(k)))
    }

    /// The subject of verb `v` and how it was found (a phrase that reads
    /// before "“v”": "subject of", "agent of", ...): its own subject, the
    /// agent of a passive ("was told by X"), or, for a verb without one, the
    /// subject of the verb it depends on (control: "refused to say";
    /// coordination: "stood up and said"; a participle: "..., adding that";
    /// a noun it governs: "made the comment")
    /// or the noun a relative clause
    /// modifies ("X, who said").
    pub(crate) fn subject(&self, v: usize) -> Option<(usize, &'static str)> {
        let mut at = v;
        for _ in 0..CLIMB {
            // The nearest plain subject, else an outer one.
            let nearest = self
                .kids(at)
                .filter(|&k| self.rel(k) == "nsubj")
                .min_by_key(|&k| k.abs_diff(at));
            if let Some(s) = nearest.or_else(|| self.kid(at, &["nsubj:outer"])) {
                if self.rel(at) == "acl:relcl" && self.upos(s) == "PRON" {
                    let noun = self.head(at)?;
                    return Some((noun, "the noun modified by the relative clause of"));
                }
                let how = if at == v {
                    "subject of"
                } else {
                    "subject of the verb governing"
                };
                return Some((s, how));
            }
            if let Some(by) = self.kid(at, &["obl:agent"]) {
                return Some((by, "agent of"));
            }
            match self.rel(at) {
                // "..., saying that": a participle without a subject of its own.
                "xcomp" | "conj" | "advcl" => at = self.head(at)?,
                // "made the following comment": a noun's subject is its verb's.
                "obj" if at == v && self.upos(at) == "NOUN" => at = self.head(at)?,
                "acl:relcl" => {
                    return Some((
                        self.head(at)?,
                        "the noun modified by the relative clause of",
                    ))
                }
                _ => return None,
            }
        }
        None
    }

    /// The relative pronoun that stands for the subject of `v` ("who" in
    /// "Mr. Kamin, who emphasized ..."), climbing as [`Tree::subject`] does.
    pub(crate) fn relative_pronoun(&self, v: usize) -> Option<usize> {
        let mut at = v;
        for _ in 0..CLIMB {
            if self.rel(at) == "acl:relcl" {
                return self.kid(at, &["nsubj"]).filter(|&s| self.upos(s) == "PRON");
            }
            match self.rel(at) {
                "xcomp" | "conj" | "advcl" => at = self.head(at)?,
                _ => return None,
            }
        }
        None
    }

    /// The noun phrase of someone who can speak or hold a view, headed by
    /// `h`, within tokens `lo..hi`: a [`Tree::phrase`] that is not a time
    /// ("Friday", "an afternoon"), a number or a prepositional phrase ("in a
    /// statement Friday"), though it may be a passive's agent ("by the union").
    pub(crate) fn party(&self, doc: &Doc, h: usize, lo: usize, hi: usize) -> Option<Span> {
        let timely = TIME_WORDS.contains_key(doc.lower(h));
        let preposition = self.kid(h, &["case"]).is_some_and(|c| doc.lower(c) != "by");
        if timely || self.upos(h) == "NUM" || preposition {
            return None;
        }
        self.phrase(doc, h, lo, hi)
    }

    /// The noun phrase headed by `h`, within tokens `lo..hi`: its subtree
    /// without its own preposition, appositions, relative clauses and other
    /// clauses, trimmed of
    /// punctuation and symbols (an emoji after a name). `None` when `h` heads no noun phrase (a verb, a clause)
    /// or the phrase runs outside `lo..hi`.
    pub(crate) fn phrase(&self, doc: &Doc, h: usize, lo: usize, hi: usize) -> Option<Span> {
        if !matches!(
            self.upos(h),
            "NOUN" | "PROPN" | "PRON" | "NUM" | "X" | "SYM" | "ADJ" | "DET"
        ) {
            return None;
        }
        let mut kept = vec![h];
        let mut stack = vec![h];
        while let Some(t) = stack.pop() {
            // "a spokesman, Scott Whiffen" keeps the name; "David Plouffe,
            // the architect of ..." drops the description.
            let named = self.upos(t) == "PROPN";
            for k in self.kids(t) {
                let keep = match self.rel(k) {
                    "appos" => !named && self.upos(k) == "PROPN",
                    // "by the union": the agent without its preposition.
                    "case" if t == h => false,
                    // "Last week Stumpf": a time misattached to the name.
                    _ if TIME_WORDS.contains_key(doc.lower(k)) => false,
                    rel => !NOT_IN_PHRASE.contains(&rel),
                };
                if keep {
                    kept.push(k);
                    stack.push(k);
                }
            }
        }
        // The unbroken run of kept words around the head (a word attached
        // beyond a left-out description does not pull the description in).
        kept.sort_unstable();
        let at = kept.binary_search(&h).ok()?;
        let (mut first, mut last) = (at, at);
        while first > 0 && kept[first - 1] + 1 == kept[first] {
            first -= 1;
        }
        while last + 1 < kept.len() && kept[last] + 1 == kept[last + 1] {
            last += 1;
        }
        let (mut start, mut end) = (kept[first], kept[last]);
        let edge = |i: usize| {
            matches!(
                doc.tokens[i].kind,
                TokenKind::Punct | TokenKind::Quote | TokenKind::Symbol
            )
        };
        while start < h && edge(start) {
            start += 1;
        }
        while end > h && edge(end) {
            end -= 1;
        }
        if start < lo || end >= hi || (start..=end).any(|i| doc.tokens[i].kind == TokenKind::Quote)
        {
            return None;
        }
        Some(doc.tokens[start].span.cover(doc.tokens[end].span))
    }
}
