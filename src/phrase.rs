//! Word-level helpers shared by the quote and stance passes: lower-case
//! forms, reporting cues, and the noun phrase just before or after a word
//! (the speaker in "the spokeswoman said", "said a spokesman, Scott Whiffen").

use crate::lexicon::{CUES, FUNCTION_WORDS, TIME_WORDS};
use crate::segment::{Doc, TokenKind};
use crate::span::Span;

/// The longest noun phrase the finder returns, in tokens.
const MAX_PHRASE: usize = 12;

/// The longest appositive between a name and its verb, in tokens.
const APPOSITIVE: usize = 25;

/// The lower-case form of token `i`, with a curly apostrophe made straight
/// (borrowed when already in that form).
pub fn lower<'a>(doc: &'a Doc, i: usize) -> &'a str {
    doc.lower(i)
}

/// True when token `i` starts with an upper-case letter.
pub fn is_capitalized(doc: &Doc, i: usize) -> bool {
    doc.token_text(i)
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
}

fn is_word(doc: &Doc, i: usize) -> bool {
    matches!(doc.tokens[i].kind, TokenKind::Word | TokenKind::Number)
}

/// True for a verb that ends a noun phrase: a common verb, or a lower-case
/// "-ed" word not right after a determiner ("the embattled leader" keeps it).
pub fn is_verbish(doc: &Doc, i: usize) -> bool {
    let w = lower(doc, i);
    let after_determiner = i > 0 && FUNCTION_WORDS.determiners.contains(lower(doc, i - 1));
    !is_capitalized(doc, i)
        && !after_determiner
        && (FUNCTION_WORDS.verbs.contains(w) || (w.len() > 4 && w.ends_with("ed")))
}

fn is_possessive(doc: &Doc, i: usize) -> bool {
    matches!(doc.token_text(i), "'s" | "’s" | "'S" | "’S")
}

/// A reporting cue at token `i`: its lemma and section (`speech` or `thought`).
/// Capitalised words inside a sentence ("The Post") and nouns after a
/// determiner ("the report") are not cues.
pub fn cue_at(doc: &Doc, i: usize, sentence_start: usize) -> Option<(&'static str, &'static str)> {
    if doc.tokens[i].kind != TokenKind::Word || (i > sentence_start && is_capitalized(doc, i)) {
        return None;
    }
    let found = CUES.get(lower(doc, i)).copied()?;
    // "the report", "his comments", "Clinton's remarks" are nouns; "three replied" is not.
    let after_determiner = i > sentence_start && marks_noun(doc, i - 1);
    (!after_determiner).then_some(found)
}

/// True when token `k` (an article, a demonstrative, a possessive, "any" or
/// "no") shows that the word after it is a noun: "the report", "his
/// comments", "Clinton's remarks", "any questions".
pub fn marks_noun(doc: &Doc, k: usize) -> bool {
    matches!(
        lower(doc, k),
        "the"
            | "a"
            | "an"
            | "his"
            | "her"
            | "its"
            | "their"
            | "our"
            | "my"
            | "your"
            | "this"
            | "these"
            | "those"
            | "any"
            | "no"
    ) || is_possessive(doc, k)
}

/// Skips auxiliaries and adverbs ("has", "also", "pointedly") backward from `i` (exclusive) down to `lo`.
pub fn skip_aux_back(doc: &Doc, lo: usize, mut i: usize) -> usize {
    while i > lo && !is_capitalized(doc, i - 1) && {
        let w = lower(doc, i - 1);
        FUNCTION_WORDS.aux.contains(w) || (w.len() > 4 && w.ends_with("ly"))
    } {
        i -= 1;
    }
    i
}

/// The noun phrase ending just before token `i` (after auxiliaries such as
/// "has" or "also"), not reaching before token `lo`. A name followed by an
/// appositive ("Flynn, a top Trump surrogate, said") is taken whole.
pub fn phrase_before(doc: &Doc, lo: usize, i: usize) -> Option<Span> {
    let end = skip_aux_back(doc, lo, i);
    if end == lo {
        return None;
    }
    if FUNCTION_WORDS.pronouns.contains(lower(doc, end - 1)) {
        return Some(doc.tokens[end - 1].span);
    }
    if doc.token_text(end - 1) == "," {
        // "Flynn, a top Trump surrogate, said" / "one of the attorneys, Justin Bamberg, said"
        // / "Erin Murphy, a former aide who went to Burma in 2011, said".
        // A period inside an appositive is an abbreviation's ("R-Ky., said").
        let clean = |k: usize| {
            let t = doc.token_text(k);
            doc.tokens[k].kind != TokenKind::Quote
                && !matches!(t, ";" | ":")
                && (t != "." || doc.token_text(k + 1) == ",")
        };
        let mut open = end - 1;
        while open > lo + 1 && end - open < APPOSITIVE {
            open -= 1;
            if !clean(open) {
                return None;
            }
            if doc.token_text(open) != "," {
                continue;
            }
            let Some(name) = trim(doc, scan_back(doc, lo, open), open) else {
                continue;
            };
            let first = doc.tokens.partition_point(|t| t.span.start < name.start);
            if is_capitalized(doc, first) || is_capitalized(doc, open + 1) {
                return Some(name.cover(doc.tokens[end - 2].span));
            }
        }
        return None;
    }
    trim(doc, scan_back(doc, lo, end), end)
}

/// Walks back from `end` over the words of a noun phrase (and parenthesised
/// notes such as "(R-Utah)"), not past `lo`; returns where it starts.
fn scan_back(doc: &Doc, lo: usize, end: usize) -> usize {
    let fw = &*FUNCTION_WORDS;
    let mut k = end;
    while k > lo && end - k < MAX_PHRASE {
        let t = k - 1;
        if doc.token_text(t) == ")" {
            match (lo.max(t.saturating_sub(6))..t)
                .rev()
                .find(|&o| doc.token_text(o) == "(")
            {
                Some(open) => {
                    k = open;
                    continue;
                }
                None => break,
            }
        }
        let l = lower(doc, t);
        let keep = is_possessive(doc, t)
            || (is_word(doc, t)
                && (fw.determiners.contains(l) || !fw.stops.contains(l))
                && !fw.pronouns.contains(l)
                && !is_verbish(doc, t)
                && !fw.openers.contains(l)
                && (CUES
                    .get(l)
                    .is_none_or(|(_, section)| *section == "act" || is_capitalized(doc, t))
                    // "a series of tweets": a reporting verb's form used as a noun.
                    || (t > lo && {
                        let before = lower(doc, t - 1);
                        fw.determiners.contains(before) || before == "of"
                    })));
        if !keep {
            break;
        }
        k -= 1;
    }
    k
}

/// The noun phrase starting just after token `i`, not reaching token `hi`,
/// with an appositive name ("a spokesman, Scott Whiffen").
pub fn phrase_after(doc: &Doc, i: usize, hi: usize) -> Option<Span> {
    phrase_at(doc, i + 1, hi)
}

/// The subject of the clause starting at token `start`: the first noun phrase,
/// after an opening adverbial such as "In an August speech," or "But".
pub fn subject_at(doc: &Doc, start: usize, hi: usize) -> Option<Span> {
    let fw = &*FUNCTION_WORDS;
    let mut i = start;
    if i < hi && (fw.prepositions.contains(lower(doc, i)) || fw.openers.contains(lower(doc, i))) {
        i = (i..hi.min(i + 16)).find(|&k| doc.token_text(k) == ",")? + 1;
    }
    while i < hi
        && matches!(
            lower(doc, i),
            "but" | "and" | "so" | "yet" | "still" | "then"
        )
    {
        i += 1;
    }
    phrase_at(doc, i, hi)
}

/// The noun phrase starting at token `start`, not reaching token `hi`.
pub fn phrase_at(doc: &Doc, start: usize, hi: usize) -> Option<Span> {
    let fw = &*FUNCTION_WORDS;
    if start >= hi {
        return None;
    }
    if fw.pronouns.contains(lower(doc, start)) {
        return Some(doc.tokens[start].span);
    }
    let mut j = start;
    while j < hi && j - start < MAX_PHRASE {
        let l = lower(doc, j);
        let than = l == "than"
            && j > start
            && matches!(lower(doc, j - 1), "more" | "less" | "fewer" | "rather");
        let keep = than
            || is_possessive(doc, j)
            || (is_word(doc, j)
                && (fw.determiners.contains(l) || !fw.stops.contains(l))
                && (j == start || !is_verbish(doc, j))
                // "the country would formally declare": an auxiliary ends it.
                && (j == start || !fw.aux.contains(l) || is_capitalized(doc, j))
                && !participle_clause(doc, start, j, hi)
                && (j == start
                    || !fw.determiners.contains(l)
                    || fw.prepositions.contains(lower(doc, j - 1))));
        if !keep {
            break;
        }
        j += 1;
    }
    if j + 1 < hi && doc.token_text(j) == "," && is_capitalized(doc, j + 1) {
        let mut k = j + 1;
        while k < hi && is_word(doc, k) && is_capitalized(doc, k) {
            k += 1;
        }
        if k == hi || !is_word(doc, k) {
            j = k;
        }
    }
    trim(doc, start, j)
}

/// "papers ranging from", "people living in": a participle after a plural
/// noun, before a preposition, opens a clause that ends the phrase.
fn participle_clause(doc: &Doc, start: usize, j: usize, hi: usize) -> bool {
    let (w, before) = (
        lower(doc, j),
        if j > start { lower(doc, j - 1) } else { "" },
    );
    j > start
        && j + 1 < hi
        && w.len() > 5
        && w.ends_with("ing")
        && !is_capitalized(doc, j)
        && ((before.ends_with('s') && !before.ends_with("ss")) || before == "people")
        && FUNCTION_WORDS.prepositions.contains(lower(doc, j + 1))
}

/// Trims leading and trailing words that cannot open or close a noun phrase.
fn trim(doc: &Doc, mut start: usize, mut end: usize) -> Option<Span> {
    let fw = &*FUNCTION_WORDS;
    let weak = |i: usize| {
        let l = lower(doc, i);
        fw.prepositions.contains(l)
            || fw.aux.contains(l)
            || (fw.stops.contains(l) && !fw.determiners.contains(l))
    };
    while start < end
        && (weak(start)
            || (start + 1 < end
                && fw.determiners.contains(lower(doc, start))
                && fw.determiners.contains(lower(doc, start + 1))))
    {
        start += 1;
    }
    while end > start
        && (weak(end - 1)
            || fw.determiners.contains(lower(doc, end - 1))
            || doc.token_text(end - 1) == ",")
    {
        end -= 1;
    }
    // "David Axelrod on Wednesday": a trailing time adjunct is not part of the name.
    if end >= start + 3
        && matches!(
            lower(doc, end - 2),
            "on" | "at" | "in" | "last" | "this" | "late" | "early"
        )
        && TIME_WORDS.contains_key(lower(doc, end - 1))
    {
        end -= 2;
    }
    (start < end).then(|| doc.tokens[start].span.cover(doc.tokens[end - 1].span))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn find<'t>(text: &'t str, word: &str) -> (Doc<'t>, usize) {
        let doc = segment(text);
        let i = (0..doc.tokens.len())
            .find(|&i| doc.token_text(i) == word)
            .expect("word in text");
        (doc, i)
    }

    #[test]
    fn phrases_around_cues() {
        let (doc, i) = find("“Yes,” the spokeswoman also said.", "said");
        assert_eq!(
            phrase_before(&doc, 3, i).map(|s| s.slice(doc.text)),
            Some("the spokeswoman")
        );
        let (doc, i) = find("“No,” said a spokesman, Scott Whiffen.", "said");
        assert_eq!(
            phrase_after(&doc, i, doc.tokens.len()).map(|s| s.slice(doc.text)),
            Some("a spokesman, Scott Whiffen")
        );
        let (doc, i) = find(
            "A spokeswoman for Mr Starmer has said that it works.",
            "said",
        );
        assert_eq!(
            phrase_before(&doc, 0, i).map(|s| s.slice(doc.text)),
            Some("A spokeswoman for Mr Starmer")
        );
        let (doc, i) = find("But he told reporters", "told");
        assert_eq!(
            phrase_before(&doc, 0, i).map(|s| s.slice(doc.text)),
            Some("he")
        );
    }

    #[test]
    fn cues_are_verbs_not_names_or_nouns() {
        let (doc, i) = find("He read the report today.", "report");
        assert_eq!(cue_at(&doc, i, 0), None);
        let (doc, i) = find("She said no.", "said");
        assert_eq!(cue_at(&doc, i, 0), Some(("say", "speech")));
    }
}
