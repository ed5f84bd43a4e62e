//! Loading the CoNLL JSONL files: whitespace tokenisation with code-point
//! offsets, and gold entity spans mapped to token ranges.

use super::json::{self, Json};
use std::collections::HashMap;

/// An entity as a token range within one sentence; `kind` indexes PER/ORG/LOC/MISC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub sent: usize,
    pub start: usize,
    pub end: usize,
    pub kind: usize,
}

/// One document of the corpus.
pub struct Doc {
    pub id: String,
    pub text: String,
    pub sentences: Vec<Vec<String>>,
    /// Code-point [start, end) of every token, parallel to `sentences`.
    pub offsets: Vec<Vec<(usize, usize)>>,
    pub entities: Vec<Span>,
}

impl Doc {
    /// Borrowed view of the sentences, as the tagger API wants them.
    pub fn token_refs(&self) -> Vec<Vec<&str>> {
        self.sentences
            .iter()
            .map(|s| s.iter().map(|t| t.as_str()).collect())
            .collect()
    }
}

pub const LABELS: [&str; 4] = ["PER", "ORG", "LOC", "MISC"];

/// Split text into sentences on '\n' and tokens on single spaces, with code-point offsets.
/// Sentences of tokens, and each token's character span.
pub type Tokenized = (Vec<Vec<String>>, Vec<Vec<(usize, usize)>>);

pub fn tokenize(text: &str) -> Tokenized {
    let (mut sents, mut offs) = (Vec::new(), Vec::new());
    let mut pos = 0usize;
    for line in text.split('\n') {
        let (mut toks, mut o) = (Vec::new(), Vec::new());
        for tok in line.split(' ') {
            let n = tok.chars().count();
            toks.push(tok.to_string());
            o.push((pos, pos + n));
            pos += n + 1; // the following space or newline
        }
        sents.push(toks);
        offs.push(o);
    }
    (sents, offs)
}

/// Parse one JSONL record into a `Doc`; entities that do not align with tokens are an error.
pub fn parse_doc(line: &str) -> Result<Doc, String> {
    let v = json::parse(line)?;
    let id = v
        .get("id")
        .and_then(Json::as_str)
        .ok_or("missing id")?
        .to_string();
    let text = v
        .get("text")
        .and_then(Json::as_str)
        .unwrap_or("")
        .to_string();
    let (sentences, offsets) = tokenize(&text);
    let mut starts = HashMap::new();
    let mut ends = HashMap::new();
    for (s, o) in offsets.iter().enumerate() {
        for (t, &(a, b)) in o.iter().enumerate() {
            starts.insert(a, (s, t));
            ends.insert(b, (s, t + 1));
        }
    }
    let mut entities = Vec::new();
    for e in v.get("entities").and_then(Json::as_arr).unwrap_or(&[]) {
        let a = e
            .get("start")
            .and_then(Json::as_f64)
            .ok_or("entity start")? as usize;
        let b = e.get("end").and_then(Json::as_f64).ok_or("entity end")? as usize;
        let label = e
            .get("label")
            .and_then(Json::as_str)
            .ok_or("entity label")?;
        let kind = LABELS
            .iter()
            .position(|l| *l == label)
            .ok_or("unknown label")?;
        match (starts.get(&a), ends.get(&b)) {
            (Some(&(s, st)), Some(&(s2, en))) if s == s2 && st < en => entities.push(Span {
                sent: s,
                start: st,
                end: en,
                kind,
            }),
            _ => return Err(format!("{}: entity {}..{} not token aligned", id, a, b)),
        }
    }
    entities.sort();
    Ok(Doc {
        id,
        text,
        sentences,
        offsets,
        entities,
    })
}

/// Load a JSONL file of documents.
pub fn load(path: &str) -> Result<Vec<Doc>, String> {
    let s = std::fs::read_to_string(path).map_err(|e| format!("{}: {}", path, e))?;
    s.lines()
        .filter(|l| !l.trim().is_empty())
        .map(parse_doc)
        .collect()
}
