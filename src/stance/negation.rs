//! Negations and refusals that flip a cue, and passives.

use super::*;

/// A negation or refusal governing the cue at `i`: "refused to", "did not
/// mean to", "not", "never", "no longer", "-n't", with auxiliaries between.
/// Returns where it starts and its text.
pub(super) fn negator_before(doc: &Doc, lo: usize, i: usize) -> Option<(usize, &'static str)> {
    // A long negator right before the cue: "not in the habit of supporting".
    let whole = (lo.max(i.saturating_sub(6))..i).find_map(|k| {
        STANCE_CUES.get(lower(doc, k))?.iter().find_map(|neg| {
            (neg.section == "negator"
                && neg.words.len() > 2
                && k + neg.words.len() == i
                && neg
                    .words
                    .iter()
                    .enumerate()
                    .all(|(j, x)| *lower(doc, k + j) == **x))
            .then_some((k, neg.text))
        })
    });
    if whole.is_some() {
        return whole;
    }
    let mut k = i;
    let mut steps = 0;
    // The leftmost one wins: "did not mean to" over its "not".
    let mut found = None;
    while k > lo && steps < 5 {
        k -= 1;
        steps += 1;
        let w = lower(doc, k);
        for neg in STANCE_CUES
            .get(w)
            .into_iter()
            .flatten()
            .filter(|c| c.section == "negator")
        {
            let n = neg.words.len();
            if k + n <= i
                && neg
                    .words
                    .iter()
                    .enumerate()
                    .all(|(j, x)| *lower(doc, k + j) == **x)
            {
                let between = (k + n..i).all(|j| carries_negation(lower(doc, j)));
                if between {
                    found = Some((k, neg.text));
                    break;
                }
            }
        }
        if found.is_none_or(|(at, _)| at > k)
            && w.ends_with("n't")
            && (k + 1..i).all(|j| carries_negation(lower(doc, j)))
        {
            found = Some((k, "n't"));
        }
        if !carries_negation(w) {
            break;
        }
    }
    found
}

/// "not", "never", "won't": a word that negates (lower case, where a
/// curly apostrophe is already straight).
pub(super) fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never") || w.ends_with("n't")
}

/// "wasn't going to act like a puppy dog and back Trump": a negated will
/// reaches the second verb of its coordination.
pub(super) fn coordinated_negation(
    doc: &Doc,
    lo: usize,
    i: usize,
) -> Option<(usize, &'static str)> {
    let j = skip_aux_back(doc, lo, i);
    if j == lo || !matches!(lower(doc, j - 1), "and" | "or") {
        return None;
    }
    for k in (lo.max(j.saturating_sub(16))..j - 1).rev() {
        if matches!(doc.token_text(k), "," | ";" | ":") {
            return None;
        }
        let w = lower(doc, k);
        if is_negation(w) {
            let governs = (k + 1..j - 1).take(3).any(|q| lower(doc, q) == "to")
                || matches!(w, "won't" | "wouldn't" | "can't" | "cannot");
            return governs.then_some((k, "a negated will before “and”"));
        }
    }
    None
}

/// Words a negation reaches its verb through: auxiliaries, "to", and verbs
/// of will ("did not mean to", "could not bear to", "does not want to").
pub(super) fn carries_negation(w: &str) -> bool {
    FUNCTION_WORDS.aux.contains(w)
        || matches!(
            w,
            "to" | "mean"
                | "longer"
                | "no"
                | "bear"
                | "want"
                | "wish"
                | "intend"
                | "plan"
                | "try"
                | "against"
        )
}

pub(super) fn is_be(w: &str) -> bool {
    matches!(
        w,
        "was" | "were" | "is" | "are" | "been" | "being" | "be" | "got" | "gets" | "get"
    )
}

/// True for "X was criticised": a be-form (through adverbs) before a past participle.
pub(super) fn is_passive(doc: &Doc, lo: usize, cue_start: usize, i: usize) -> bool {
    let w = lower(doc, i);
    let participle = w.ends_with("ed") || matches!(w, "fired" | "quit" | "backed" | "broken");
    let mut k = cue_start;
    while k > lo {
        k -= 1;
        let b = lower(doc, k);
        if is_be(b) {
            return participle;
        }
        if !(b.ends_with("ly") || matches!(b, "also" | "widely" | "not" | "never")) {
            return false;
        }
    }
    false
}
