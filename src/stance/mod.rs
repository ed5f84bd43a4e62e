//! Pass 5: reads tokens, actors and quotes; adds stance statements (who
//! supports or opposes what) and the stance map.
//!
//! A cue from `data/stance_cues.txt` anchors each statement. Its target is
//! the short noun phrase it governs ("back the siege"), or the subject for
//! passives and hidden-holder phrases ("He has come under heavy criticism").
//! Its holder is the subject of its clause, found through auxiliaries,
//! relative pronouns ("members who did vote for"), coordination ("... and
//! sacked") and infinitives ("came together to ... call for"). Negation and
//! refusal before the cue flip its polarity. Inside a quotation, a missing or
//! first-person holder is the quote's speaker.

use crate::actors::Actors;
use crate::lexicon::{HashMap, PhraseCue, FUNCTION_WORDS, STANCE_CUES};
use crate::model::{Attribution, Evidence, Polarity, Speaker, Stance, StanceEdge, TextSpan};
use crate::phrase::{
    is_capitalized, lower, phrase_after, phrase_before, skip_aux_back, subject_at,
};
use crate::segment::{Doc, TokenKind};
use crate::span::Span;
use std::collections::BTreeMap;

mod holders;
mod judgement;
mod negation;
mod statement;
#[cfg(test)]
mod tests;

use holders::*;
use judgement::*;
use negation::*;
use statement::*;

/// Finds the stance statements of `doc`.
pub fn find(doc: &Doc, actors: &Actors, attributions: &[Attribution]) -> Vec<Stance> {
    let mut out: Vec<Stance> = Vec::new();
    let lexicon: &'static HashMap<&'static str, Vec<PhraseCue>> = &STANCE_CUES;
    let mut cues: Vec<Option<&'static Vec<PhraseCue>>> = Vec::new();
    for s in &doc.sentences {
        let (lo, hi) = (s.tokens.start, s.tokens.end);
        if inverted_question(doc, lo, hi) {
            continue;
        }
        let first = out.len();
        let title = is_title(doc, lo, hi);
        // The lexicon's cues of each word, looked up once for both passes.
        cues.clear();
        cues.extend((lo..hi).map(|k| {
            (doc.tokens[k].kind == TokenKind::Word)
                .then(|| lexicon.get(lower(doc, k)))
                .flatten()
        }));
        let mut i = lo;
        while i < hi {
            let Some((cue, end)) = cues[i - lo].and_then(|cs| cue_among(doc, cs, i, lo, hi, title))
            else {
                i += 1;
                continue;
            };
            let previous = out[first..].last().map(|st: &Stance| st.holder.clone());
            let previous_target = out[first..]
                .last()
                .map(|st| Span::new(st.target.start, st.target.end));
            let ctx = Ctx {
                doc,
                actors,
                lo,
                hi,
                previous: previous.flatten(),
                previous_target,
            };
            let stance = statement(&ctx, cue, i, end)
                .filter(|st| !conditional(doc, lo, i) && !hypothetical_you(doc, lo, hi, i, st));
            if let Some(stance) = stance {
                let mut more = coordinated_targets(&ctx, &stance);
                more.extend(blamed_on(&ctx, &stance));
                out.push(stance);
                out.extend(more);
            }
            i = end;
        }
        // "Trump demands transparency, yet refuses to release his records":
        // the judgement rules see the sentence's last verb stance too.
        let ctx = Ctx {
            doc,
            actors,
            lo,
            hi,
            previous: out[first..].last().and_then(|st| st.holder.clone()),
            previous_target: None,
        };
        let mut judged: Vec<Stance> = (lo..hi)
            .filter_map(|k| judgement(&ctx, k, cues[k - lo]))
            .collect();
        let more: Vec<Stance> = judged
            .iter()
            .filter_map(|st| first_of_two_objects(&ctx, st))
            .collect();
        judged.extend(more);
        // "Or would you think she must be the worst woman?": a question put
        // to the reader judges nothing, nor does a condition ("If indeed
        // Obama is not legitimate, ...").
        judged.retain(|st| {
            let k = first_token(doc, st.cue.start);
            let asked = (k..hi).any(|q| doc.token_text(q) == "?");
            let to_the_reader = asked && (lo..k).any(|q| lower(doc, q) == "you");
            !to_the_reader && !conditional(doc, lo, k)
        });
        // "a disgusting fraud": one judgement, the one with the longest cue.
        out.extend(judged.iter().enumerate().filter_map(|(n, st)| {
            let longer = judged[n + 1..].iter().any(|o| {
                (o.target.start, o.cue.start, o.polarity)
                    == (st.target.start, st.cue.start, st.polarity)
            });
            (!longer).then(|| st.clone())
        }));
    }
    for st in &mut out {
        attribute_to_speaker(st, attributions, actors);
    }
    // A judgement ("X is a disgrace") counts only when someone reports it.
    out.retain(|st| st.evidence.rule != "stance:judgement" || st.holder.is_some());
    out.retain(|st| !st.holder.as_ref().is_some_and(|h| names_no_one(doc, h)));
    // A stance hoped for, expected of, or asked of someone else is not
    // theirs ("Obama hopes that his successor will push for", "Holt needs
    // to challenge Trump").
    out.retain(|st| {
        let active = st
            .holder
            .as_ref()
            .filter(|_| st.evidence.rule == "stance:verb");
        !active.is_some_and(|h| hoped_for(doc, h) || asked_of(doc, st, h))
    });
    // "It won't eliminate gun violence", "it can be effective in reducing
    // suicide": a thing that cuts something takes no position on it.
    out.retain(|st| {
        let impersonal = st
            .holder
            .as_ref()
            .is_some_and(|h| matches!(h.text.as_str(), "it" | "It" | "this" | "This" | "that"));
        let cut = || {
            let cue = st.cue.text.to_lowercase();
            [
                "reduc", "elimin", "allevia", "lower", "cut", "curb", "decreas", "minimi",
            ]
            .iter()
            .any(|p| cue.split_whitespace().any(|w| w.starts_with(p)))
        };
        !(impersonal && cut())
    });
    // An active verb has a subject: when none was found ("Ban Ki-moon", a
    // list of verbs after "prepared to"), the reading is not to be trusted;
    // a gerund named as an act ("could include indicting the hackers")
    // has none to find.
    out.retain(|st| {
        let k = first_token(doc, st.cue.start);
        let act = k > 0
            && lower(doc, k).ends_with("ing")
            && matches!(
                lower(doc, k - 1),
                "include" | "includes" | "included" | "including" | "as" | "like" | "by" | "of"
            );
        st.holder.is_some()
            || act
            || st.evidence.rule != "stance:verb"
            || st.evidence.detail.contains("passive")
    });
    // "we don't vote against somebody", "something is very wrong": no one
    // in particular is the target; "defending himself": no one else is.
    out.retain(|st| {
        let t = st.target.text.as_str();
        !(t.len() <= 10
            && [
                "somebody",
                "someone",
                "something",
                "anybody",
                "anyone",
                "anything",
                "everybody",
                "everyone",
                "everything",
                "nobody",
                "nothing",
                "himself",
                "herself",
                "itself",
                "themselves",
                "myself",
                "ourselves",
                "yourself",
            ]
            .iter()
            .any(|w| t.eq_ignore_ascii_case(w)))
    });
    out.sort_by_key(|s| (s.start, s.end));
    // "Christie blasted Clinton as a disgrace": the verb and the judgement
    // state one stance; keep the first of those with one holder and target.
    let key = |s: &Stance| {
        (
            s.holder.as_ref().map(|h| (h.start, h.end)),
            s.target.start,
            s.target.end,
            s.polarity,
        )
    };
    let mut seen = Vec::new();
    out.retain(|s| {
        let k = key(s);
        let new = !seen.contains(&k);
        seen.push(k);
        new
    });
    out
}

/// "Obama hopes that his successor will push for", "expects Holt to call
/// out Trump": a word of hope or expectation just before the holder.
fn hoped_for(doc: &Doc, h: &Speaker) -> bool {
    let h0 = first_token(doc, h.start);
    (h0.saturating_sub(3)..h0)
        .rev()
        .take_while(|&q| !matches!(doc.token_text(q), "." | "!" | "?"))
        .any(|q| {
            matches!(
                lower(doc, q),
                "hopes" | "hope" | "hoped" | "expects" | "expect" | "expected"
            )
        })
}

/// "Holt needs to challenge Trump", "Republicans should back the bill": what
/// someone other than the speaker ought to do ("We must oppose" is kept).
fn asked_of(doc: &Doc, st: &Stance, h: &Speaker) -> bool {
    let first_person = matches!(
        h.text.to_lowercase().as_str(),
        "i" | "we" | "we're" | "we’re" | "i'm" | "i’m"
    );
    let k = first_token(doc, st.cue.start);
    !first_person
        && (k.saturating_sub(3)..k).any(|q| {
            matches!(lower(doc, q), "needs" | "should" | "must" | "ought")
                || (lower(doc, q) == "need" && word_is(doc, q + 1, "to"))
        })
}

/// "But has he called for changing any of the provisions?": a question
/// that opens with its auxiliary asserts no stance.
fn inverted_question(doc: &Doc, lo: usize, hi: usize) -> bool {
    let mut a = lo;
    while a < hi
        && (doc.tokens[a].kind == TokenKind::Quote || matches!(lower(doc, a), "but" | "and" | "so"))
    {
        a += 1;
    }
    let mut z = hi;
    while z > a && doc.tokens[z - 1].kind == TokenKind::Quote {
        z -= 1;
    }
    z > a + 2
        && doc.token_text(z - 1) == "?"
        && matches!(
            lower(doc, a),
            "has"
                | "have"
                | "had"
                | "did"
                | "does"
                | "do"
                | "is"
                | "are"
                | "was"
                | "were"
                | "will"
                | "would"
                | "can"
                | "could"
                | "should"
        )
        && !FUNCTION_WORDS.aux.contains(lower(doc, a + 1))
}

/// True when the cue at `i` is in an "if" or "unless" clause: "If it doesn't
/// have the capability to threaten its neighbors, ..." takes no position.
fn conditional(doc: &Doc, lo: usize, i: usize) -> bool {
    (lo..i)
        .rev()
        .take_while(|&k| !matches!(doc.token_text(k), "," | ";" | ":" | "—"))
        .any(|k| {
            matches!(lower(doc, k), "if" | "unless")
                // "will make it difficult for Trump to attack them", "unable
                // to accuse", "being able to override": an ability in
                // question, not a position taken.
                || ((matches!(lower(doc, k), "difficult" | "hard" | "impossible" | "unable")
                    || (lower(doc, k) == "able" && k > lo && lower(doc, k - 1) == "being"))
                    && k + 7 > i
                    && matches!(lower(doc, k + 1), "to" | "for"))
        })
}

/// "You could dismiss these actions as ...", "would you vote for her?",
/// "Anyone who cannot condemn ...": a generic or questioned holder takes no
/// position.
fn hypothetical_you(doc: &Doc, lo: usize, hi: usize, i: usize, st: &Stance) -> bool {
    let holder = st.holder.as_ref().map(|h| h.text.to_lowercase());
    // "Anyone who cannot condemn the hatred ...": a generic holder.
    if holder
        .as_deref()
        .is_some_and(|h| matches!(h, "anyone" | "anybody" | "whoever"))
    {
        return true;
    }
    let you = holder.as_deref() == Some("you");
    let question = doc.token_text(hi - 1) == "?";
    let modal = (lo..i).rev().take(4).any(|k| {
        matches!(
            lower(doc, k),
            "could" | "would" | "might" | "may" | "can" | "should"
        )
    });
    // "Any time you want to cut taxes", "whenever you": a generic "you".
    let generic = (lo..i).any(|k| {
        matches!(lower(doc, k), "whenever" | "anytime")
            || (lower(doc, k) == "time" && k > lo && matches!(lower(doc, k - 1), "any" | "every"))
    });
    you && (question || modal || generic)
}

/// What a statement needs to know about its sentence.
struct Ctx<'a, 't> {
    doc: &'a Doc<'t>,
    actors: &'a Actors,
    lo: usize,
    hi: usize,
    /// The holder of the stance before, in this sentence (for "... and sacked").
    previous: Option<Speaker>,
    /// The target of the stance before (for "members who did vote for").
    previous_target: Option<Span>,
}

/// True for a headline in title case ("Elizabeth Warren Hammers Wells Fargo
/// CEO"), where a capitalised word may be a verb: most words of four letters
/// or more are capitalised, and at least three are.
fn is_title(doc: &Doc, lo: usize, hi: usize) -> bool {
    let long = (lo..hi).filter(|&k| {
        doc.tokens[k].kind == TokenKind::Word && doc.token_text(k).chars().count() >= 4
    });
    let (n, caps) = long.fold((0, 0), |(n, c), k| {
        (n + 1, c + usize::from(is_capitalized(doc, k)))
    });
    caps >= 3 && caps * 5 >= n * 4
}

/// The longest stance cue starting at token `i` (`title`: the sentence is a
/// headline in title case).
fn cue_at(doc: &Doc, i: usize, lo: usize, hi: usize, title: bool) -> Option<&'static PhraseCue> {
    if doc.tokens[i].kind != TokenKind::Word {
        return None;
    }
    cue_among(doc, STANCE_CUES.get(lower(doc, i))?, i, lo, hi, title).map(|(c, _)| c)
}

/// `cue_at` given the lexicon's cues that start with the word at `i`, with
/// where the cue ends: "ruled Friday against" reads "ruled against" over a
/// day or an adverb of manner between its words.
fn cue_among(
    doc: &Doc,
    cues: &'static [PhraseCue],
    i: usize,
    lo: usize,
    hi: usize,
    title: bool,
) -> Option<(&'static PhraseCue, usize)> {
    if is_capitalized(doc, i) && i > lo && !title {
        return None;
    }
    let first = lower(doc, i);
    let determiner = |k: usize| crate::phrase::marks_noun(doc, k);
    // "beat back", "give back", "fight back": "back" as a particle, not "support".
    // "to stop attacking Machado": a stance being ended is no stance held.
    if i > lo
        && matches!(
            lower(doc, i - 1),
            "stop" | "stops" | "stopped" | "stopping" | "cease" | "ceased" | "quit" | "quits"
        )
    {
        return None;
    }
    // "Trump avoids condemning", "failed to condemn": no stance is taken.
    if (i > lo
        && matches!(
            lower(doc, i - 1),
            "avoid" | "avoids" | "avoided" | "avoiding"
        ))
        || (i > lo + 1
            && lower(doc, i - 1) == "to"
            && matches!(lower(doc, i - 2), "fail" | "fails" | "failed" | "failing"))
    {
        return None;
    }
    // "comments about breaking up big banks": a topic, not a position.
    if i > lo && lower(doc, i - 1) == "about" && first.ends_with("ing") {
        return None;
    }
    // "steering clear of criticizing", "stopped short of endorsing": the
    // same, held back; "any chance of threatening": a possibility.
    if i > lo + 1
        && lower(doc, i - 1) == "of"
        && matches!(
            lower(doc, i - 2),
            "clear" | "short" | "chance" | "chances" | "possibility" | "capable" | "risk"
        )
    {
        return None;
    }
    // "refrain from attacking their opponent": a stance held back.
    if i > lo + 1
        && lower(doc, i - 1) == "from"
        && matches!(
            lower(doc, i - 2),
            "refrain"
                | "refrains"
                | "refrained"
                | "refraining"
                | "desist"
                | "abstain"
                | "abstained"
        )
    {
        return None;
    }
    // "back home", "back then": "back" supports only a following phrase.
    let next_opens_phrase = i + 1 < hi && {
        let n = lower(doc, i + 1);
        FUNCTION_WORDS.determiners.contains(n)
            || FUNCTION_WORDS.pronouns.contains(n)
            || is_capitalized(doc, i + 1)
            || doc.tokens[i + 1].kind == TokenKind::Number
    };
    if matches!(first, "back" | "backs" | "backed" | "backing")
        && !(next_opens_phrase || first == "backing")
    {
        return None;
    }
    if matches!(first, "back" | "backs" | "backed" | "backing")
        && i > lo
        && matches!(
            lower(doc, i - 1),
            "beat"
                | "give"
                | "gave"
                | "pay"
                | "paid"
                | "bring"
                | "brought"
                | "take"
                | "took"
                | "come"
                | "came"
                | "go"
                | "went"
                | "turn"
                | "turned"
                | "hold"
                | "held"
                | "pull"
                | "pulled"
                | "roll"
                | "rolled"
                | "scale"
                | "scaled"
                | "fight"
                | "fought"
                | "push"
                | "pushed"
                | "get"
                | "got"
                | "put"
                | "look"
                | "looked"
                | "step"
                | "stepped"
                | "cut"
                | "write"
                | "wrote"
                | "call"
                | "called"
                | "hit"
        )
    {
        return None;
    }
    // "the support", "his veto", "the complete repeal": nouns, not verbs.
    let after_determiner = (i > 0 && determiner(i - 1))
        || (i > 1 && determiner(i - 2) && listed(first, "removal") && !is_capitalized(doc, i - 1));
    // "experienced attacks upon", "police shootings and protests": a plural
    // noun after a verb, or joined to a plural noun, not a verb.
    let plural_noun = first.ends_with('s')
        && i > lo
        && (crate::phrase::is_verbish(doc, i - 1)
            || (i > lo + 1 && matches!(lower(doc, i - 1), "and" | "or") && {
                let w = lower(doc, i - 2);
                w.ends_with('s')
                    && !w.ends_with("ss")
                    && !is_capitalized(doc, i - 2)
                    && STANCE_CUES.get(w).is_none()
            }));
    // "a big question remains": an adjective between a determiner and a
    // base form ("the president signed", "the senators oppose", "the union
    // threw" are verbs; only a cue's base form is tested, below).
    let after_adjective = i > lo + 1 && determiner(i - 2) && {
        let w = lower(doc, i - 1);
        !w.ends_with('s')
            && doc.tokens[i - 1].kind == TokenKind::Word
            && !is_capitalized(doc, i - 1)
            && !w.ends_with("ly")
            && !FUNCTION_WORDS.aux.contains(w)
            && !FUNCTION_WORDS.stops.contains(w)
            && !FUNCTION_WORDS.pronouns.contains(w)
            && !crate::phrase::is_verbish(doc, i - 1)
            // "we no longer consider", "no more support": a negated verb.
            && !matches!(w, "longer" | "more")
    };
    // "insulting remarks", "opposing viewpoints": a participle as adjective.
    let adjective_use = first.ends_with("ing")
        && i + 1 < hi
        && matches!(
            lower(doc, i + 1),
            "remarks"
                | "comments"
                | "language"
                | "tweets"
                | "words"
                | "statements"
                | "views"
                | "viewpoints"
                | "side"
                | "sides"
                | "camps"
                | "forces"
                | "parties"
                | "ads"
                | "behavior"
                | "behaviour"
        );
    // "the Senate's 80-19 vote for": a noun after a number.
    let after_number = i > lo && doc.tokens[i - 1].kind == TokenKind::Number;
    // "Democrats’ standing with": a noun after a plural possessive.
    let after_possessive = i > lo + 1
        && doc.tokens[i - 1].kind == TokenKind::Quote
        && doc.tokens[i - 1].span.start == doc.tokens[i - 2].span.end
        && lower(doc, i - 2).ends_with('s');
    // "their widely repudiated theories": a participle as adjective.
    let adverb_adjective = i > lo + 1 && lower(doc, i - 1).ends_with("ly") && determiner(i - 2);
    let after_determiner = after_determiner
        || plural_noun
        || adjective_use
        || after_number
        || after_possessive
        || adverb_adjective;
    let gap = || i + 2 < hi && is_gap(doc, i + 1);
    cues.iter().find_map(|c| {
        let verb = matches!(
            c.section,
            "support" | "oppose" | "evaluative" | "feeling_support" | "feeling_oppose"
        );
        let read_here = verb
            || matches!(
                c.section,
                "support_noun" | "oppose_noun" | "hidden" | "agent"
            );
        if !read_here || (verb && (after_determiner || (after_adjective && c.lemma))) {
            return None;
        }
        let fits = |at: usize| {
            at + c.words.len() <= hi
                && c.words
                    .iter()
                    .enumerate()
                    .skip(1)
                    .all(|(k, w)| *lower(doc, at + k) == **w)
        };
        if fits(i) {
            Some((c, i + c.words.len()))
        } else if verb && c.words.len() > 1 && gap() && fits(i + 1) {
            Some((c, i + 1 + c.words.len()))
        } else {
            None
        }
    })
}

/// A word that can stand between the words of a verb cue: a day ("ruled
/// Friday against"), an adverb of manner ("campaigned heavily for") or a
/// closing quotation mark ("was “troubled” by").
fn is_gap(doc: &Doc, k: usize) -> bool {
    let w = lower(doc, k);
    doc.tokens[k].kind == TokenKind::Quote
        || (w.len() > 4 && w.ends_with("ly") && !is_capitalized(doc, k))
        || matches!(
            lower(doc, k),
            "monday"
                | "tuesday"
                | "wednesday"
                | "thursday"
                | "friday"
                | "saturday"
                | "sunday"
                | "today"
                | "yesterday"
                | "unanimously"
                | "overwhelmingly"
                | "narrowly"
                | "firmly"
                | "strongly"
                | "publicly"
                | "openly"
                | "loudly"
        )
}

/// True when the word is listed in the stance lexicon's `section`.
fn listed(word: &str, section: &str) -> bool {
    STANCE_CUES.get(word).is_some_and(|cs| {
        cs.iter()
            .any(|c| c.section == section && c.words.len() == 1)
    })
}

/// The name of the holder's actor, if it has one.
fn actor_name(ctx: &Ctx, holder: &Option<Speaker>) -> Option<String> {
    holder
        .as_ref()
        .and_then(|h| h.actor.map(|a| ctx.actors.list[a].name.clone()))
}

fn speaker(ctx: &Ctx, span: Span) -> Speaker {
    Speaker {
        start: span.start,
        end: span.end,
        text: span.slice(ctx.doc.text).to_string(),
        actor: ctx.actors.actor_of(span),
    }
}

/// The first token that starts at or after byte `at`.
fn first_token(doc: &Doc, at: usize) -> usize {
    doc.tokens.partition_point(|t| t.span.start < at)
}

/// One past the last token that ends at or before byte `at`.
fn end_token(doc: &Doc, at: usize) -> usize {
    doc.tokens.partition_point(|t| t.span.end <= at)
}

fn tokens_span(doc: &Doc, a: usize, b: usize) -> Span {
    doc.tokens[a].span.cover(doc.tokens[b - 1].span)
}

/// True when token `at` is the word `w`.
fn word_is(doc: &Doc, at: usize, w: &str) -> bool {
    at < doc.tokens.len() && lower(doc, at) == w
}

/// Sets the holder of `st` and the name of its actor.
fn set_holder(ctx: &Ctx, st: &mut Stance, holder: Option<Speaker>) {
    st.holder_name = actor_name(ctx, &holder);
    st.holder = holder;
}

/// A stance whose target is the clause's subject and whose holder is filled
/// in later from the quote or report around it (judgements and demands).
fn subject_stance(
    doc: &Doc,
    actors: &Actors,
    target: Span,
    cue: Span,
    polarity: Polarity,
    detail: String,
) -> Stance {
    let span = target.cover(cue);
    Stance {
        start: span.start,
        end: span.end,
        text: span.slice(doc.text).to_string(),
        holder: None,
        holder_name: None,
        polarity,
        target: Speaker {
            start: target.start,
            end: target.end,
            text: target.slice(doc.text).to_string(),
            actor: actors.actor_of(target),
        },
        cue: TextSpan::of(doc.text, cue),
        negated: false,
        evidence: Evidence {
            rule: "stance:judgement".into(),
            detail,
        },
    }
}

/// Inside a quotation or a reported statement, a missing or first-person
/// holder is the speaker or source who reports it.
fn attribute_to_speaker(st: &mut Stance, attributions: &[Attribution], actors: &Actors) {
    let Some(a) =
        crate::quotes::around(attributions, Span::new(st.cue.start, st.cue.end), |_| true)
    else {
        return;
    };
    let Some(source) = &a.source else { return };
    let first_person = st.holder.as_ref().is_some_and(|h| {
        let word = h.text.to_lowercase().replace('’', "'");
        let bare = word.split('\'').next().unwrap_or_default().to_string();
        matches!(bare.as_str(), "we" | "i" | "us" | "our" | "my")
    });
    if st.holder.is_some() && !first_person {
        return;
    }
    match &mut st.holder {
        Some(h) => h.actor = source.actor,
        None => st.holder = Some(source.clone()),
    }
    st.holder_name = source
        .actor
        .map(|id| actors.list[id].name.clone())
        .or(Some(source.text.clone()));
    st.evidence.detail.push_str(&format!(
        "; holder: the source of the statement, “{}”",
        source.text
    ));
}

/// The stance map: holder x target x polarity, with counts, by first appearance.
pub fn summary(stances: &[Stance], actors: &Actors) -> Vec<StanceEdge> {
    let mut edges: BTreeMap<(usize, String, String, Polarity), usize> = BTreeMap::new();
    let mut order: Vec<(String, String, Polarity)> = Vec::new();
    for s in stances {
        let holder = s
            .holder_name
            .clone()
            .or_else(|| s.holder.as_ref().map(|h| h.text.clone()))
            .unwrap_or_else(|| "(unnamed)".into());
        let target = s
            .target
            .actor
            .map_or_else(|| s.target.text.clone(), |a| actors.list[a].name.clone());
        let key = (holder.clone(), target.clone(), s.polarity);
        let pos = order.iter().position(|k| *k == key).unwrap_or_else(|| {
            order.push(key.clone());
            order.len() - 1
        });
        *edges.entry((pos, holder, target, s.polarity)).or_default() += 1;
    }
    edges
        .into_iter()
        .map(|((_, holder, target, polarity), count)| StanceEdge {
            holder,
            target,
            polarity,
            count,
        })
        .collect()
}
