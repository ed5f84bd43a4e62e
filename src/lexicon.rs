//! Word lists compiled into the binary from `data/`, parsed once on first use.
//!
//! Format of every list: one entry a line, `#` starts a comment, blank lines
//! are ignored, and `[name]` starts a named section.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// The entries of a list, in file order, as `(section, entry)` pairs.
pub fn entries(data: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    let mut section = "";
    data.lines().filter_map(move |line| {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            return None;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim();
            return None;
        }
        Some((section, line))
    })
}

/// A set of the entries of one section (or of the whole list when `section` is `None`).
fn set(data: &'static str, section: Option<&str>) -> HashSet<&'static str> {
    entries(data)
        .filter(|(s, _)| section.is_none_or(|want| *s == want))
        .map(|(_, e)| e)
        .collect()
}

/// Abbreviations that keep their final period, by kind.
pub struct Abbreviations {
    /// Titles such as "Mr" or "Sen": never end a sentence.
    pub titles: HashSet<&'static str>,
    /// Other abbreviations such as "Inc" or "U.S": may end a sentence.
    pub other: HashSet<&'static str>,
}

/// Abbreviations, lower case, without the final period.
pub static ABBREVIATIONS: LazyLock<Abbreviations> = LazyLock::new(|| {
    let data = include_str!("../data/abbreviations.txt");
    Abbreviations {
        titles: set(data, Some("title")),
        other: set(data, Some("other")),
    }
});

/// Capitalised words that start a new sentence after an ambiguous abbreviation.
pub static SENTENCE_STARTERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("../data/sentence_starters.txt"), None));

/// Closed-class words by role (`determiner`, `pronoun`, `stop`, `aux`, `preposition`).
pub struct FunctionWords {
    /// Words that open a noun phrase ("the", "a", "his").
    pub determiners: HashSet<&'static str>,
    /// Personal pronouns that can be a speaker ("he", "they").
    pub pronouns: HashSet<&'static str>,
    /// Words that end a noun phrase scan ("that", "and", "who").
    pub stops: HashSet<&'static str>,
    /// Auxiliaries and adverbs allowed between a subject and its verb.
    pub aux: HashSet<&'static str>,
    /// Prepositions allowed inside a noun phrase ("a spokeswoman for Mr Starmer").
    pub prepositions: HashSet<&'static str>,
}

/// Function words, lower case.
pub static FUNCTION_WORDS: LazyLock<FunctionWords> = LazyLock::new(|| {
    let data = include_str!("../data/function_words.txt");
    FunctionWords {
        determiners: set(data, Some("determiner")),
        pronouns: set(data, Some("pronoun")),
        stops: set(data, Some("stop")),
        aux: set(data, Some("aux")),
        prepositions: set(data, Some("preposition")),
    }
});

/// Reporting cues: every inflected form mapped to (lemma, section).
pub static CUES: LazyLock<HashMap<&'static str, (&'static str, &'static str)>> =
    LazyLock::new(|| {
        let mut map = HashMap::new();
        for (section, line) in entries(include_str!("../data/cues.txt")) {
            let mut forms = line.split_whitespace();
            let lemma = forms.next().unwrap_or_default();
            map.insert(lemma, (lemma, section));
            for form in forms {
                map.insert(form, (lemma, section));
            }
        }
        map
    });
