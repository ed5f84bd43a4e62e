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

/// The most words a target noun phrase keeps.
const MAX_TARGET: usize = 8;

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
    // "Obama hopes that his successor will push for", "expects Holt to
    // call out Trump": a stance hoped for or expected of someone else.
    out.retain(|st| {
        let Some(h) = st
            .holder
            .as_ref()
            .filter(|_| st.evidence.rule == "stance:verb")
        else {
            return true;
        };
        let h0 = first_token(doc, h.start);
        !(h0.saturating_sub(3)..h0)
            .rev()
            .take_while(|&q| !matches!(doc.token_text(q), "." | "!" | "?"))
            .any(|q| {
                matches!(
                    lower(doc, q),
                    "hopes" | "hope" | "hoped" | "expects" | "expect" | "expected"
                )
            })
    });
    // "Holt needs to challenge Trump", "Republicans should back the bill":
    // what someone else ought to do is the speaker's wish, not their stance.
    out.retain(|st| {
        let Some(h) = st
            .holder
            .as_ref()
            .filter(|_| st.evidence.rule == "stance:verb")
        else {
            return true;
        };
        let first_person = matches!(
            h.text.to_lowercase().as_str(),
            "i" | "we" | "we're" | "we’re" | "i'm" | "i’m"
        );
        let k = first_token(doc, st.cue.start);
        let obliged = (k.saturating_sub(3)..k).any(|q| {
            matches!(lower(doc, q), "needs" | "should" | "must" | "ought")
                || (lower(doc, q) == "need" && word_is(doc, q + 1, "to"))
        });
        first_person || !obliged
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

/// The holder cut to its noun phrase (`holder_phrase`), or none.
fn noun_phrase_holder(ctx: &Ctx, h: Speaker) -> Option<Speaker> {
    let span = holder_phrase(ctx.doc, Span::new(h.start, h.end))?;
    Some(speaker(ctx, span))
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

/// Builds the stance anchored at the cue `[i, end)`, if its target is found.
fn statement(ctx: &Ctx, cue: &PhraseCue, i: usize, end: usize) -> Option<Stance> {
    let doc = ctx.doc;
    let (plain, kind) = match cue.section {
        "support" => (Polarity::Support, "verb"),
        "oppose" => (Polarity::Oppose, "verb"),
        "support_noun" => (Polarity::Support, "noun"),
        "oppose_noun" => (Polarity::Oppose, "noun"),
        "evaluative" => (Polarity::Support, "evaluative"),
        "hidden" => (Polarity::Oppose, "hidden"),
        "feeling_support" => (Polarity::Support, "feeling"),
        "feeling_oppose" => (Polarity::Oppose, "feeling"),
        "agent"
            if cue.text.starts_with("supporter")
                || matches!(cue.text, "backers" | "fans" | "allies") =>
        {
            (Polarity::Support, "agent")
        }
        "agent" => (Polarity::Oppose, "agent"),
        _ => return None,
    };
    let negation = if kind == "verb" || kind == "evaluative" {
        negator_before(doc, ctx.lo, i).or_else(|| coordinated_negation(doc, ctx.lo, i))
    } else {
        None
    };
    if kind == "evaluative" && negation.is_none() {
        return None; // "we consider" alone is no stance
    }
    let cue_start = negation.map_or(i, |(n, _)| n);
    // "are opposed to our movement": a state, said of the subject; without
    // "be" ("as opposed to", "models opposed to Mexicans") a comparison.
    let stative = end < ctx.hi && lower(doc, end) == "to" && lower(doc, i) == "opposed";
    if stative && !be_before(doc, ctx.lo, cue_start) {
        return None;
    }
    let passive = kind == "verb" && !stative && is_passive(doc, ctx.lo, cue_start, i);
    let (holder, target) = match kind {
        // "The administration signaled willingness but has been met with
        // opposition": the subject of the first verb.
        "hidden" => (
            None,
            phrase_before(doc, ctx.lo, cue_start).or_else(|| {
                let j = skip_aux_back(doc, ctx.lo, cue_start);
                (j > ctx.lo && matches!(lower(doc, j - 1), "but" | "and"))
                    .then(|| subject_at(doc, opening(ctx), j - 1))
                    .flatten()
            })?,
        ),
        // "I'm not troubled by it" states no position; a feeling counts
        // only after "be" or "feel".
        "feeling" => {
            let v = linking_verb_before(doc, ctx.lo, i);
            let negated = (v.saturating_sub(3).max(ctx.lo)..i).any(|k| {
                let w = lower(doc, k);
                matches!(w, "not" | "never" | "no") || w.ends_with("n't") || w.ends_with("n’t")
            });
            if negated || !be_before(doc, ctx.lo, i) {
                return None;
            }
            (feeling_holder(ctx, i), target_after(doc, end, ctx.hi)?)
        }
        "agent" => (
            Some(speaker(ctx, tokens_span(doc, i, end))),
            possessor(doc, ctx.lo, i)?,
        ),
        "noun" => {
            let complement = noun_complement(doc, cue, end, ctx.hi);
            match received_before(ctx, i).filter(|_| cue.words.last() == Some(&"of")) {
                // "won the endorsement of the Times": the one after "of"
                // holds the stance, the one who receives it is its target.
                Some(v) => {
                    let giver = target_after(doc, complement, ctx.hi)?;
                    let receiver = noun_phrase_holder(ctx, verb_holder(ctx, v)?)?;
                    (
                        Some(speaker(ctx, giver)),
                        Span::new(receiver.start, receiver.end),
                    )
                }
                None => (
                    noun_holder(ctx, i, complement),
                    target_after(doc, complement, ctx.hi)?,
                ),
            }
        }
        _ if passive => (
            by_agent(ctx, end),
            subject_before_be(doc, ctx.lo, cue_start)?,
        ),
        _ => (
            verb_holder(ctx, cue_start),
            target_after(doc, end + usize::from(stative), ctx.hi)
                .or_else(|| object_relative_head(ctx, cue_start, end))?,
        ),
    };
    // The target or the word after it: "defended people accused of rape".
    let next = end_token(doc, target.end);
    if other_sense(cue.text, target.slice(doc.text))
        || (next < ctx.hi && other_sense(cue.text, doc.token_text(next)))
    {
        return None;
    }
    // "urged Congress to leave the program intact": the appeal's stance is
    // on the act asked for (read at its own cue, if any), not the person.
    let after_target = end_token(doc, target.end);
    if (cue.text.starts_with("urg") || cue.text.starts_with("press"))
        && after_target + 1 < ctx.hi
        && lower(doc, after_target) == "to"
        && doc.tokens[after_target + 1].kind == TokenKind::Word
        && !is_capitalized(doc, after_target + 1)
    {
        return None;
    }
    // "is reduced to taunts": a state, not a cut.
    if cue.text.starts_with("reduc") && word_is(doc, end, "to") {
        return None;
    }
    // "accusing him of being a cocaine user": the accused is the target.
    let target = if cue.text.starts_with("accus") {
        let first = first_token(doc, target.start);
        let last = end_token(doc, target.end);
        match (first + 1..last).find(|&k| lower(doc, k) == "of") {
            Some(of) => tokens_span(doc, first, of),
            None => target,
        }
    } else {
        target
    };
    // "That could include indicting", "that nobody would question": no holder.
    let holder = holder.and_then(|h| noun_phrase_holder(ctx, h));
    // "called for the repeal of Obamacare" opposes Obamacare.
    let (target, removal) = match removal_object(doc, target, ctx.hi) {
        Some(object) => (object, true),
        None => (target, false),
    };
    // "called for compensation to be clawed back": support for removing it.
    let after = end_token(doc, target.end);
    let removed =
        after + 2 < ctx.hi && lower(doc, after) == "to" && lower(doc, after + 1) == "be" && {
            let w = lower(doc, after + 2).trim_matches(|c: char| !c.is_alphanumeric());
            let w = if w.is_empty() && after + 3 < ctx.hi {
                lower(doc, after + 3)
            } else {
                w
            };
            matches!(
                w,
                "clawed"
                    | "cut"
                    | "scrapped"
                    | "repealed"
                    | "removed"
                    | "abolished"
                    | "banned"
                    | "ended"
                    | "dropped"
                    | "withdrawn"
                    | "rescinded"
                    | "fired"
                    | "sacked"
                    | "prosecuted"
                    | "jailed"
                    | "reduced"
                    | "eliminated"
                    | "stopped"
                    | "blocked"
            )
        };
    // "called for Smith to resign": a demand aimed at a person opposes them.
    let to_go = after + 2 < ctx.hi
        && lower(doc, after) == "to"
        && matches!(
            lower(doc, after + 1),
            "resign" | "quit" | "step" | "stand" | "apologize" | "apologise"
        )
        && (!matches!(lower(doc, after + 1), "step" | "stand")
            || matches!(lower(doc, after + 2), "down" | "aside"));
    let removal = removal || ((removed || to_go) && kind == "verb");
    // "withdrew their endorsement of Trump" opposes Trump; "has not
    // rescinded his endorsement" still supports, negated.
    let withdrawn = if kind == "noun" {
        withdrawn_before(ctx, i)
    } else {
        None
    };
    let negation = negation.or_else(|| withdrawn.and_then(|w| negator_before(doc, ctx.lo, w)));
    let removal = removal || withdrawn.is_some();
    let plain = match (plain, removal) {
        (Polarity::Support, true) => Polarity::Oppose,
        (Polarity::Oppose, true) => Polarity::Support,
        (p, false) => p,
    };
    let negated = negation.is_some();
    let polarity = match (plain, negated) {
        (Polarity::Support, true) => Polarity::Oppose,
        (Polarity::Oppose, true) => Polarity::Support,
        (p, false) => p,
    };
    // "pledged to ban all Muslims" supports the ban: the act is the target.
    let (cue_span, target) = if cue.words.len() >= 3 && cue.words[cue.words.len() - 2] == "to" {
        let act = doc.tokens[end - 1].span;
        (tokens_span(doc, cue_start, end - 1), act.cover(target))
    } else {
        (tokens_span(doc, cue_start, end), target)
    };
    let mut span = cue_span.cover(target);
    if let Some(h) = &holder {
        span = span.cover(Span::new(h.start, h.end));
    }
    let mut detail = format!("lexicon {}: “{}”", cue.section, cue.text);
    if let Some((_, n)) = negation {
        detail.push_str(&format!("; negated by “{n}”"));
    }
    if passive {
        detail.push_str("; passive");
    }
    if removal {
        detail.push_str("; the target is being removed");
    }
    Some(Stance {
        start: span.start,
        end: span.end,
        text: span.slice(doc.text).to_string(),
        holder_name: actor_name(ctx, &holder),
        holder,
        polarity,
        target: speaker(ctx, target),
        cue: TextSpan::of(doc.text, cue_span),
        negated,
        evidence: Evidence {
            rule: format!("stance:{kind}"),
            detail,
        },
    })
}

/// "a problem that demands a response", "risks undermining trade",
/// "However, ... reducing", "the name of creating": a holder, not a known
/// actor, whose last word names no one who could take a position.
fn names_no_one(doc: &Doc, h: &Speaker) -> bool {
    if h.actor.is_some() {
        return false;
    }
    let fw = &*FUNCTION_WORDS;
    let (a, b) = (first_token(doc, h.start), end_token(doc, h.end));
    // "Stumpf in a televised interview": the head comes before the
    // prepositional phrase.
    let b = (a + 1..b)
        .find(|&k| lower(doc, k) != "of" && fw.prepositions.contains(lower(doc, k)))
        .unwrap_or(b);
    let wordlike = |k: usize| matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number);
    let Some(head) = (a..b).rev().find(|&k| wordlike(k)) else {
        return true;
    };
    let w = lower(doc, head);
    // "the name of creating", "a rather polarizing": a gerund or participle
    // as a head, not "those responding".
    let gerund = w.ends_with("ing") && w.len() > 5 && head > a && {
        let p = lower(doc, head - 1);
        fw.prepositions.contains(p)
            || p.ends_with("ly")
            || matches!(
                p,
                "a" | "an" | "the" | "rather" | "very" | "so" | "most" | "more"
            )
    };
    doc.tokens[head].kind == TokenKind::Number
        || fw.inanimate.contains(w)
        || (!is_capitalized(doc, head)
            && !fw.groups.contains(w)
            && (gerund || w.ends_with("ly") || crate::phrase::is_verbish(doc, head)))
}

/// The noun phrase of a holder span: the head before ", who ..."
/// ("Christie, who has campaigned ..."), the subject after a last "that"
/// ("chatter that may simmer down now that Cruz"); none for what is still a
/// clause ("Cruz said he wasn't going", "That could include") or opens with
/// a preposition or a "nobody" ("regarding legislation", "that nobody").
fn holder_phrase(doc: &Doc, span: Span) -> Option<Span> {
    let mut a = first_token(doc, span.start);
    let mut b = end_token(doc, span.end);
    // "Some Democrats, however,", "Trump, in particular,": a sentence
    // adverb after the subject.
    loop {
        if b >= a + 3
            && doc.token_text(b - 2) == ","
            && matches!(
                lower(doc, b - 1),
                "however" | "meanwhile" | "too" | "also" | "though" | "instead" | "moreover"
            )
        {
            b -= 2;
        } else if b >= a + 4
            && doc.token_text(b - 3) == ","
            && lower(doc, b - 2) == "in"
            && matches!(lower(doc, b - 1), "particular" | "turn" | "fact")
        {
            b -= 3;
        } else {
            break;
        }
    }
    if let Some(c) = (a + 1..b.saturating_sub(1))
        .find(|&k| doc.token_text(k) == "," && matches!(lower(doc, k + 1), "who" | "which"))
    {
        b = c;
    }
    if let Some(t) = (a..b.saturating_sub(1))
        .rev()
        .find(|&k| lower(doc, k) == "that")
    {
        a = t + 1;
    }
    let fw = &*FUNCTION_WORDS;
    // "risky for Cruz": an adjective phrase before the name.
    let bare = a < b
        && doc.tokens[a].kind == TokenKind::Word
        && !is_capitalized(doc, a)
        && !fw.determiners.contains(lower(doc, a))
        && !fw.pronouns.contains(lower(doc, a));
    if let Some(p) = (a + 1..b.saturating_sub(1))
        .rev()
        .find(|&k| bare && lower(doc, k) != "of" && fw.prepositions.contains(lower(doc, k)))
    {
        a = p + 1;
    }
    let verbal = |k: usize| {
        let w = lower(doc, k);
        fw.aux.contains(w)
            || crate::phrase::is_verbish(doc, k)
            || matches!(
                w,
                "need"
                    | "needs"
                    | "expect"
                    | "expects"
                    | "says"
                    | "argues"
                    | "thinks"
                    | "believes"
                    | "intends"
                    | "plans"
                    | "wants"
                    | "seeks"
                    | "hopes"
                    | "vows"
                    | "say"
                    | "said"
                    | "think"
                    | "thought"
                    | "believe"
                    | "tell"
                    | "told"
                    | "know"
                    | "knew"
                    | "feel"
                    | "felt"
            )
    };
    // "is bringing the people": the noun phrase after the last verb, when
    // it opens like one (a determiner, a pronoun, a name or a number).
    if let Some(v) = (a..b.saturating_sub(1)).rev().find(|&k| verbal(k)) {
        let w = lower(doc, v + 1);
        if fw.determiners.contains(w)
            || fw.pronouns.contains(w)
            || is_capitalized(doc, v + 1)
            || doc.tokens[v + 1].kind == TokenKind::Number
        {
            a = v + 1;
        }
    }
    // "including George W. Bush": the name after the listing word.
    if a + 1 < b
        && matches!(
            lower(doc, a),
            "including" | "like" | "notably" | "especially" | "particularly"
        )
    {
        a += 1;
    }
    // "bringing the people": the noun phrase after a participle.
    if a + 1 < b
        && lower(doc, a).ends_with("ing")
        && !is_capitalized(doc, a)
        && fw.determiners.contains(lower(doc, a + 1))
    {
        a += 1;
    }
    let opener = lower(doc, a.min(b.saturating_sub(1)));
    let clause = (a..b).any(|k| verbal(k) || lower(doc, k) == "nobody");
    let bad_opener = fw.prepositions.contains(opener)
        || matches!(
            opener,
            "regarding" | "no" | "none" | "only" | "even" | "just"
        )
        || (opener.ends_with("ing") && !is_capitalized(doc, a));
    (a < b && !clause && !bad_opener).then(|| tokens_span(doc, a, b))
}

/// A negation or refusal governing the cue at `i`: "refused to", "did not
/// mean to", "not", "never", "no longer", "-n't", with auxiliaries between.
/// Returns where it starts and its text.
fn negator_before(doc: &Doc, lo: usize, i: usize) -> Option<(usize, &'static str)> {
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

/// "wasn't going to act like a puppy dog and back Trump": a negated will
/// reaches the second verb of its coordination.
fn coordinated_negation(doc: &Doc, lo: usize, i: usize) -> Option<(usize, &'static str)> {
    let j = skip_aux_back(doc, lo, i);
    if j == lo || !matches!(lower(doc, j - 1), "and" | "or") {
        return None;
    }
    for k in (lo.max(j.saturating_sub(16))..j - 1).rev() {
        if matches!(doc.token_text(k), "," | ";" | ":") {
            return None;
        }
        let w = lower(doc, k);
        let negation = matches!(w, "not" | "never") || w.ends_with("n't") || w.ends_with("n’t");
        if negation {
            let governs = (k + 1..j - 1).take(3).any(|q| lower(doc, q) == "to")
                || matches!(
                    w,
                    "won't" | "won’t" | "wouldn't" | "wouldn’t" | "can't" | "can’t" | "cannot"
                );
            return governs.then_some((k, "a negated will before “and”"));
        }
    }
    None
}

/// Words a negation reaches its verb through: auxiliaries, "to", and verbs
/// of will ("did not mean to", "could not bear to", "does not want to").
fn carries_negation(w: &str) -> bool {
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

fn is_be(w: &str) -> bool {
    matches!(
        w,
        "was" | "were" | "is" | "are" | "been" | "being" | "be" | "got" | "gets" | "get"
    )
}

/// True for "X was criticised": a be-form (through adverbs) before a past participle.
fn is_passive(doc: &Doc, lo: usize, cue_start: usize, i: usize) -> bool {
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

/// The subject of "X was criticised": the phrase before the be-form.
fn subject_before_be(doc: &Doc, lo: usize, cue_start: usize) -> Option<Span> {
    let be = (lo..cue_start).rev().find(|&k| is_be(lower(doc, k)))?;
    // "He’s been pilloried": the pronoun before a contracted "has".
    if be > lo + 1 && matches!(doc.token_text(be - 1), "'s" | "’s") {
        let p = be - 2;
        return matches!(lower(doc, p), "he" | "she" | "it" | "that" | "this" | "who")
            .then(|| doc.tokens[p].span);
    }
    phrase_before(doc, lo, be)
}

/// "by Y" after a passive cue.
fn by_agent(ctx: &Ctx, end: usize) -> Option<Speaker> {
    (end < ctx.hi && lower(ctx.doc, end) == "by")
        .then(|| phrase_after(ctx.doc, end, ctx.hi))
        .flatten()
        .map(|p| speaker(ctx, p))
}

/// The holder of a verb cue starting at `k`: its subject, through
/// auxiliaries, relative pronouns, coordination and infinitives.
fn verb_holder(ctx: &Ctx, k: usize) -> Option<Speaker> {
    let doc = ctx.doc;
    // "Trump “lashed out at”": a quotation opening at the verb.
    let k = if k > ctx.lo + 1 && doc.tokens[k - 1].kind == TokenKind::Quote {
        k - 1
    } else {
        k
    };
    let j = skip_aux_back(doc, ctx.lo, k);
    if j == ctx.lo {
        return None;
    }
    let before = lower(doc, j - 1);
    match before {
        // "wanted to know who approved the agreements": a question, whose
        // holder the text does not give.
        "who" | "which"
            if j >= ctx.lo + 2
                && !is_capitalized(doc, j - 2)
                && matches!(
                    lower(doc, j - 2),
                    "know"
                        | "knows"
                        | "knew"
                        | "ask"
                        | "asks"
                        | "asked"
                        | "wonder"
                        | "wondered"
                        | "see"
                        | "explain"
                        | "learn"
                        | "determine"
                        | "tell"
                        | "told"
                        | "reveal"
                        | "revealed"
                        | "disclose"
                        | "clear"
                ) =>
        {
            None
        }
        "who" | "which" | "that" => {
            // "members who did vote for a halt": the relative clause's head.
            let head = ctx
                .previous_target
                .filter(|t| t.end == doc.tokens[j - 2.min(j)].span.end);
            // "Cruz, who refused to endorse": the phrase before the comma.
            let comma = j >= ctx.lo + 2 && doc.token_text(j - 2) == ",";
            // "voters, especially older black women, who helped her": the
            // words between the commas.
            let between = || {
                let open = (ctx.lo..j - 2)
                    .rev()
                    .take(7)
                    .find(|&c| doc.token_text(c) == ",")?;
                let mut a = open + 1;
                if matches!(lower(doc, a), "especially" | "particularly" | "including") {
                    a += 1;
                }
                (a < j - 2 && (a..j - 2).all(|q| doc.tokens[q].kind == TokenKind::Word))
                    .then(|| tokens_span(doc, a, j - 2))
            };
            head.or_else(|| comma.then(between).flatten())
                .or_else(|| phrase_before(doc, ctx.lo, j - 1))
                .or_else(|| comma.then(|| phrase_before(doc, ctx.lo, j - 2)).flatten())
                .map(|p| match before {
                    "who" => speaker(ctx, described(ctx, p)),
                    _ => speaker(ctx, p),
                })
        }
        "and" | "or" | "but" | "yet" => {
            // "the businessman who lacks experience and has attacked our
            // allies": the second verb of a relative clause is its head's.
            let relative = (ctx.lo.max(j.saturating_sub(16))..j - 1)
                .rev()
                .take_while(|&r| {
                    !matches!(doc.token_text(r), "," | ";" | ":")
                        && doc.tokens[r].kind != TokenKind::Quote
                })
                .find(|&r| matches!(lower(doc, r), "who" | "which"));
            if let Some(r) = relative {
                return verb_holder(ctx, r + 1);
            }
            ctx.previous
                .clone()
                .or_else(|| subject_at(doc, opening(ctx), j - 1).map(|p| speaker(ctx, p)))
        }
        // "to call for", "in struggling against": the clause's subject.
        w if w == "to"
            || FUNCTION_WORDS.prepositions.contains(w)
            || matches!(w, "while" | "when" | "after" | "before" | "since") =>
        {
            // "it's critical to support": an impersonal subject, so the
            // holder is whoever says it (filled in from the quote).
            if w == "to" && impersonal_before(doc, ctx.lo, j - 1) {
                return None;
            }
            // "Sanders on Tuesday said he wants to attack": the subject of
            // the verb of will before "to".
            if w == "to" && j >= ctx.lo + 2 && is_will(lower(doc, j - 2)) {
                // "appears set to veto": through a verb of seeming.
                let v = j - 2;
                let v = if v > ctx.lo
                    && matches!(
                        lower(doc, v - 1),
                        "appears" | "appeared" | "seems" | "seemed"
                    ) {
                    v - 1
                } else {
                    v
                };
                let aux = skip_aux_back(doc, ctx.lo, v);
                // "individuals who will continue to support": the relative's head.
                if aux > ctx.lo && matches!(lower(doc, aux - 1), "who" | "which" | "that") {
                    return verb_holder(ctx, v);
                }
                let subject =
                    phrase_before(doc, ctx.lo, aux).filter(|p| holder_phrase(doc, *p).is_some());
                if let Some(p) = subject {
                    return Some(speaker(ctx, coordinated(doc, ctx.lo, p)));
                }
            }
            // "Cruz thanked Trump (on Twitter) for backing": the one thanked,
            // praised or blamed for the act holds its stance.
            if w == "for" && j >= ctx.lo + 2 {
                let object = ctx.previous_target.filter(|t| {
                    let after = end_token(doc, t.end);
                    after + 4 >= j - 1
                        && after < j
                        && (after..j - 1).all(|q| {
                            doc.tokens[q].kind == TokenKind::Word
                                && !crate::phrase::is_verbish(doc, q)
                                && !FUNCTION_WORDS.aux.contains(lower(doc, q))
                        })
                });
                if let Some(t) = object {
                    return Some(speaker(ctx, t));
                }
            }
            // "called on Dean to apologize to Trump for accusing him": the
            // one who is to apologize did it.
            if w == "for" {
                let sorry = (ctx.lo.max(j.saturating_sub(7))..j - 1).rev().find(|&a| {
                    matches!(
                        lower(doc, a),
                        "apologize" | "apologise" | "apologized" | "apologised" | "apologizing"
                    )
                });
                if let Some(a) = sorry {
                    let asked = (a > ctx.lo + 1 && lower(doc, a - 1) == "to")
                        .then(|| phrase_before(doc, ctx.lo, a - 1))
                        .flatten()
                        .filter(|p| {
                            let f = first_token(doc, p.start);
                            f > ctx.lo
                                && (matches!(lower(doc, f - 1), "on" | "for")
                                    || is_appeal(lower(doc, f - 1)))
                        });
                    return match asked {
                        Some(p) => Some(speaker(ctx, p)),
                        None => verb_holder(ctx, a),
                    };
                }
            }
            // "pressure from donors to back Trump": the ones who press for
            // the act hold its stance.
            if w == "to" {
                let from = (ctx.lo.max(j.saturating_sub(8)) + 1..j - 1)
                    .rev()
                    .find(|&f| {
                        lower(doc, f) == "from"
                            && matches!(
                                lower(doc, f - 1),
                                "pressure"
                                    | "calls"
                                    | "demands"
                                    | "urging"
                                    | "appeals"
                                    | "request"
                                    | "requests"
                            )
                    });
                if let Some(f) = from.filter(|&f| f + 1 < j - 1) {
                    return Some(speaker(ctx, tokens_span(doc, f + 1, j - 1)));
                }
            }
            // "allow 9/11 families to sue": the ones allowed hold it.
            if w == "to" {
                if let Some(object) = allowed_before(ctx, j - 1) {
                    return Some(speaker(ctx, object));
                }
            }
            // "Schiff called on Obama to retaliate against Russia": the one
            // who calls for the act holds its stance.
            if w == "to" {
                if let Some(caller) = appeal_before(ctx, j - 1) {
                    return verb_holder(ctx, caller);
                }
            }
            // "In defending himself and his record, Trump offered": the
            // subject after the opening phrase.
            if j - 1 == ctx.lo && w != "to" && lower(doc, k).ends_with("ing") {
                let comma = (k..ctx.hi).find(|&c| doc.token_text(c) == ",");
                if let Some(p) = comma.and_then(|c| subject_at(doc, c + 1, ctx.hi)) {
                    return Some(speaker(ctx, p));
                }
            }
            // The subject of the clause the cue is in ("..., but we have come
            // so far in struggling against"), else the stance before's holder.
            let clause = (ctx.lo..j - 1).rev().find(|&b| {
                matches!(doc.token_text(b), "," | ";" | ":")
                    || matches!(lower(doc, b), "but" | "that" | "because" | "although")
            });
            clause
                .and_then(|b| subject_at(doc, b + 1, j - 1))
                .filter(|p| holder_phrase(doc, *p).is_some())
                .map(|p| speaker(ctx, p))
                .or_else(|| ctx.previous.clone())
                .or_else(|| subject_at(doc, opening(ctx), j - 1).map(|p| speaker(ctx, p)))
        }
        // "Trump used the ad against Clinton, accusing her": a participle
        // after a comma is the act of the clause's subject.
        "," if lower(doc, k).ends_with("ing") => subject_at(doc, opening(ctx), j - 1)
            .filter(|p| holder_phrase(doc, *p).is_some())
            .map(|p| speaker(ctx, p))
            .or_else(|| ctx.previous.clone()),
        // "Trump started attacking Latinos", "kept criticizing": the subject
        // of the verb before the gerund.
        "started" | "starts" | "start" | "began" | "begins" | "begin" | "kept" | "keeps"
        | "keep" | "continued" | "continues" | "continue" | "resumed"
            if lower(doc, k).ends_with("ing") =>
        {
            verb_holder(ctx, j - 1)
        }
        // "Trump’s early-morning tweets accusing Machado": the author of the
        // words that accuse.
        _ if lower(doc, k).ends_with("ing") && author_of_words(ctx, k).is_some() => {
            author_of_words(ctx, k).map(|a| speaker(ctx, a))
        }
        _ => {
            // "because many disagreed with": a quantifier standing alone.
            let alone = || {
                matches!(
                    before,
                    "many" | "some" | "several" | "most" | "others" | "both" | "few" | "all"
                )
                .then(|| doc.tokens[j - 1].span)
            };
            let p = phrase_before(doc, ctx.lo, k).or_else(alone)?;
            // "filed suit challenging the law": the object of the verb before
            // a participle is no holder; that verb's subject is.
            let first = first_token(doc, p.start);
            if lower(doc, k).ends_with("ing")
                && first > ctx.lo + 1
                && end_token(doc, p.end) == k
                && crate::phrase::is_verbish(doc, first - 1)
                && !is_be(lower(doc, first - 1))
                && !FUNCTION_WORDS.aux.contains(lower(doc, first - 1))
                && !FUNCTION_WORDS.prepositions.contains(lower(doc, first - 2))
            {
                if let Some(h) = verb_holder(ctx, first - 1) {
                    return Some(h);
                }
            }
            // "has spent hundreds of years fighting against": a duration is
            // no holder; the subject of the verb before it is.
            let duration = matches!(
                lower(doc, end_token(doc, p.end).saturating_sub(1)),
                "years" | "months" | "weeks" | "days" | "decades" | "hours" | "centuries"
            );
            if duration && end_token(doc, p.end) == k {
                let mut v = first;
                while v > ctx.lo && doc.tokens[v - 1].kind == TokenKind::Quote {
                    v -= 1;
                }
                if v > ctx.lo {
                    return verb_holder(ctx, v - 1);
                }
                return None;
            }
            // "the prototype for the millions of Americans supporting Trump":
            // a participle's holder is the noun phrase right before it.
            let p = if lower(doc, k).ends_with("ing") && end_token(doc, p.end) == k {
                (first + 1..k)
                    .rev()
                    .find(|&q| {
                        lower(doc, q) != "of" && FUNCTION_WORDS.prepositions.contains(lower(doc, q))
                    })
                    .filter(|&q| q + 1 < k)
                    .map_or(p, |q| tokens_span(doc, q + 1, k))
            } else {
                p
            };
            Some(speaker(ctx, coordinated(doc, ctx.lo, p)))
        }
    }
}

/// "an overhaul of the justice system, which Mr. Obama championed": a verb
/// with no object after it, in a relative clause whose pronoun is its
/// object, has the relative's head as target.
fn object_relative_head(ctx: &Ctx, cue_start: usize, end: usize) -> Option<Span> {
    let doc = ctx.doc;
    if end < ctx.hi && matches!(doc.tokens[end].kind, TokenKind::Word | TokenKind::Number) {
        return None;
    }
    let subject = phrase_before(doc, ctx.lo, skip_aux_back(doc, ctx.lo, cue_start))?;
    let first = first_token(doc, subject.start);
    if first <= ctx.lo + 1 || !matches!(lower(doc, first - 1), "which" | "that" | "whom") {
        return None;
    }
    let head_end = if doc.token_text(first - 2) == "," {
        first - 2
    } else {
        first - 1
    };
    phrase_before(doc, ctx.lo, head_end)
}

/// The one a common-noun phrase describes: "Kaine is a former civil rights
/// lawyer (who ...)" is Kaine, "Castañeda, a former foreign minister (who
/// ...)" is Castañeda, "Trump ... is a serial liar, racist and birther
/// (who ...)" is Trump; any other phrase is itself.
fn described(ctx: &Ctx, p: Span) -> Span {
    let doc = ctx.doc;
    let first = first_token(doc, p.start);
    if is_capitalized(doc, first) {
        return p;
    }
    // An appositive after a name.
    if first > ctx.lo + 1 && doc.token_text(first - 1) == "," {
        if let Some(name) = phrase_before(doc, ctx.lo, first - 1) {
            if ctx.actors.actor_of(name).is_some() {
                return name;
            }
        }
    }
    // A predicate noun, maybe the last of a list, after "be a".
    let mut k = first;
    while k > ctx.lo && first - k < 14 {
        let w = lower(doc, k - 1);
        if is_be(w) && !w.starts_with('g') && matches!(lower(doc, k), "a" | "an") {
            // "Trump incites violence and is a ...": the clause's subject.
            let clause = (ctx.lo..k - 1)
                .rev()
                .find(|&c| matches!(doc.token_text(c), ":" | ";"))
                .map_or(ctx.lo, |c| c + 1);
            let coordinated = || {
                (k >= ctx.lo + 2 && lower(doc, k - 2) == "and")
                    .then(|| subject_at(doc, clause, k - 2))
                    .flatten()
                    .map(|s| ctx.actors.mention_opening(s).unwrap_or(s))
            };
            return subject_of_be(doc, ctx.lo, k - 1)
                .or_else(coordinated)
                .unwrap_or(p);
        }
        let listed = matches!(doc.token_text(k - 1), "," | "and")
            || (doc.tokens[k - 1].kind == TokenKind::Word
                && !crate::phrase::is_verbish(doc, k - 1)
                && !FUNCTION_WORDS.aux.contains(w)
                && !FUNCTION_WORDS.stops.contains(w)
                && !FUNCTION_WORDS.prepositions.contains(w));
        if !listed {
            break;
        }
        k -= 1;
    }
    p
}

/// "Trump’s early-morning tweets accusing ...", "his ads attacking ...": the
/// possessor of the words right before the participle at `k`.
fn author_of_words(ctx: &Ctx, k: usize) -> Option<Span> {
    let doc = ctx.doc;
    let head = k.checked_sub(1).filter(|&h| h > ctx.lo)?;
    if !matches!(
        lower(doc, head),
        "tweets"
            | "tweet"
            | "ads"
            | "ad"
            | "letter"
            | "statement"
            | "statements"
            | "remarks"
            | "comments"
            | "posts"
            | "messages"
            | "speech"
            | "speeches"
            | "video"
            | "videos"
    ) {
        return None;
    }
    let mut a = head;
    while a > ctx.lo
        && (doc.tokens[a - 1].kind == TokenKind::Word || doc.token_text(a - 1) == "-")
        && !matches!(doc.token_text(a - 1), "'s" | "’s")
        && !is_capitalized(doc, a - 1)
        && !FUNCTION_WORDS.determiners.contains(lower(doc, a - 1))
        && !FUNCTION_WORDS.stops.contains(lower(doc, a - 1))
    {
        a -= 1;
    }
    if a > ctx.lo && matches!(lower(doc, a - 1), "his" | "her" | "their" | "its") {
        return Some(doc.tokens[a - 1].span);
    }
    if a > ctx.lo && matches!(doc.token_text(a - 1), "'s" | "’s") {
        return phrase_before(doc, ctx.lo, a - 1);
    }
    // "a Donald Trump tweet attacking": the name before the noun.
    let mut n = a;
    while n > ctx.lo && is_capitalized(doc, n - 1) && doc.tokens[n - 1].kind == TokenKind::Word {
        n -= 1;
    }
    (n < a && n > ctx.lo && matches!(lower(doc, n - 1), "a" | "an" | "the"))
        .then(|| tokens_span(doc, n, a))
}

/// The first token of the sentence after its opening quotation marks.
fn opening(ctx: &Ctx) -> usize {
    (ctx.lo..ctx.hi)
        .find(|&k| ctx.doc.tokens[k].kind != TokenKind::Quote)
        .unwrap_or(ctx.lo)
}

/// The object of "allow/let/permit X to" whose "to" is at `to`.
fn allowed_before(ctx: &Ctx, to: usize) -> Option<Span> {
    let doc = ctx.doc;
    let object = phrase_before(doc, ctx.lo, to)?;
    let v = first_token(doc, object.start).checked_sub(1)?;
    (v >= ctx.lo
        && matches!(
            lower(doc, v),
            "allow"
                | "allows"
                | "allowed"
                | "allowing"
                | "let"
                | "lets"
                | "permit"
                | "permits"
                | "permitted"
                | "enable"
                | "enables"
                | "enabled"
                | "authorize"
                | "authorizes"
                | "authorized"
        ))
    .then_some(object)
}

/// Verbs of will and intent before an infinitive ("wants to", "vowed to").
fn is_will(w: &str) -> bool {
    matches!(
        w,
        "want"
            | "wants"
            | "wanted"
            | "plan"
            | "plans"
            | "planned"
            | "intend"
            | "intends"
            | "intended"
            | "hope"
            | "hopes"
            | "hoped"
            | "vow"
            | "vows"
            | "vowed"
            | "promise"
            | "promises"
            | "promised"
            | "pledge"
            | "pledges"
            | "pledged"
            | "seek"
            | "seeks"
            | "sought"
            | "try"
            | "tries"
            | "tried"
            | "decide"
            | "decides"
            | "decided"
            | "threaten"
            | "threatens"
            | "threatened"
            | "vote"
            | "votes"
            | "voted"
            | "move"
            | "moves"
            | "moved"
            | "begin"
            | "begins"
            | "began"
            | "beginning"
            | "start"
            | "starts"
            | "started"
            | "continue"
            | "continues"
            | "continued"
            | "set"
            | "poised"
            | "expected"
            | "ready"
            | "prepared"
            // "corporations looking to cut their debts", "groups seeking to ban".
            | "wanting"
            | "planning"
            | "intending"
            | "hoping"
            | "vowing"
            | "promising"
            | "pledging"
            | "seeking"
            | "trying"
            | "threatening"
            | "looking"
            | "aiming"
            | "working"
            | "struggling"
            | "pushing"
    )
}

/// "it's critical to", "it is very important to": "it", a form of "be" and
/// up to three lower-case words before the "to" at `to`.
fn impersonal_before(doc: &Doc, lo: usize, to: usize) -> bool {
    let mut k = to;
    while k > lo && to - k < 4 {
        k -= 1;
        let w = lower(doc, k);
        if is_be(w) || matches!(w, "'s" | "’s") {
            return k > lo && lower(doc, k - 1) == "it" && k + 1 < to;
        }
        if doc.tokens[k].kind != TokenKind::Word || is_capitalized(doc, k) {
            return false;
        }
    }
    false
}

/// "blamed police shootings on “implicit bias”": what the blame is put on
/// is opposed too, a stance of its own.
fn blamed_on(ctx: &Ctx, st: &Stance) -> Option<Stance> {
    let doc = ctx.doc;
    let after = end_token(doc, st.target.end);
    if !st.cue.text.to_lowercase().starts_with("blam")
        || st.evidence.detail.contains("passive")
        || !(after + 1 < ctx.hi && lower(doc, after) == "on")
    {
        return None;
    }
    let mut start = after + 1;
    while start < ctx.hi && doc.tokens[start].kind == TokenKind::Quote {
        start += 1;
    }
    let target = target_after(doc, start, ctx.hi)?;
    Some(with_target(ctx, st, target, "what the blame is put on"))
}

/// A copy of `st` about another target, its statement stretched over it.
fn with_target(ctx: &Ctx, st: &Stance, target: Span, note: &str) -> Stance {
    let mut extra = st.clone();
    extra.target = speaker(ctx, target);
    let span = Span::new(st.start, st.end).cover(target);
    (extra.start, extra.end) = (span.start, span.end);
    extra.text = span.slice(ctx.doc.text).to_string();
    extra.evidence.detail.push_str("; ");
    extra.evidence.detail.push_str(note);
    extra
}

/// "struggling against discrimination and racism and sexism": each target
/// joined by "and"/"or" after the first is a stance of its own.
fn coordinated_targets(ctx: &Ctx, st: &Stance) -> Vec<Stance> {
    let doc = ctx.doc;
    let mut out = Vec::new();
    let starts_with_determiner = |at: usize| {
        let k = first_token(doc, at);
        FUNCTION_WORDS.determiners.contains(lower(doc, k))
    };
    let mut end = end_token(doc, st.target.end);
    while end + 1 < ctx.hi && out.len() < 4 {
        let mut k = end;
        if doc.token_text(k) == "," {
            k += 1;
        }
        if !(k + 1 < ctx.hi && matches!(lower(doc, k), "and" | "or")) {
            break;
        }
        // "and attack my father", "and imposing sanctions", "and maybe": a new clause.
        let w = lower(doc, k + 1);
        let clause = STANCE_CUES.get(w).is_some()
            || (w.ends_with("ing") && !is_capitalized(doc, k + 1))
            || (w.ends_with("ly") && !is_capitalized(doc, k + 1))
            || matches!(w, "maybe" | "perhaps" | "then" | "also" | "even")
            // "supporting Clinton and said she would": a reporting verb.
            || (crate::lexicon::CUES.contains_key(w) && !is_capitalized(doc, k + 1))
            // "the current national and local Labour Party": adjectives, not
            // two targets (a target after a determiner pairs with another).
            || (starts_with_determiner(st.target.start)
                && !FUNCTION_WORDS.determiners.contains(w));
        let Some(next) = target_after(doc, k + 1, ctx.hi).filter(|_| !clause) else {
            break;
        };
        out.push(with_target(ctx, st, next, "a coordinated target"));
        end = end_token(doc, next.end);
    }
    out
}

/// The verb of "called on X to", "urged X to" whose "to" is at `to`.
fn appeal_before(ctx: &Ctx, to: usize) -> Option<usize> {
    let doc = ctx.doc;
    let object = phrase_before(doc, ctx.lo, to)?;
    let first = first_token(doc, object.start);
    let v = first.checked_sub(1).filter(|&v| v >= ctx.lo)?;
    let on = lower(doc, v) == "on";
    let verb = if on {
        v.checked_sub(1).filter(|&c| c >= ctx.lo)?
    } else {
        v
    };
    let appeal = match lower(doc, verb) {
        "call" | "calls" | "called" | "calling" => on,
        w if is_appeal(w) => !on,
        _ => false,
    };
    appeal.then_some(verb)
}

/// "four councillors and one county councillor": a phrase joined by "and"
/// to the phrase before it is one coordinated holder.
fn coordinated(doc: &Doc, lo: usize, p: Span) -> Span {
    let first = first_token(doc, p.start);
    if first >= lo + 2 && lower(doc, first - 1) == "and" {
        if let Some(left) = phrase_before(doc, lo, first - 1) {
            let starts_np = |s: Span| {
                let k = first_token(doc, s.start);
                FUNCTION_WORDS.determiners.contains(lower(doc, k))
                    || doc.tokens[k].kind == TokenKind::Number
            };
            if starts_np(left) && starts_np(p) {
                return left.cover(p);
            }
        }
    }
    p
}

/// Where the target of a noun cue starts: right after cues that end in a
/// preposition ("criticism of"), else after a later "over"/"against"
/// ("resignations by labour councillors across the country over X").
fn noun_complement(doc: &Doc, cue: &PhraseCue, end: usize, hi: usize) -> usize {
    let ends_with_preposition = cue.words.last().is_some_and(|w| {
        FUNCTION_WORDS.prepositions.contains(w) || matches!(*w, "over" | "against")
    });
    if ends_with_preposition {
        return end;
    }
    (end..hi.min(end + 12))
        .find(|&k| matches!(lower(doc, k), "over" | "against"))
        .map_or(end, |k| k + 1)
}

/// True when token `at` is the word `w`.
fn word_is(doc: &Doc, at: usize, w: &str) -> bool {
    at < doc.tokens.len() && lower(doc, at) == w
}

/// True when a form of "be" (or "remain") comes before token `k`, over
/// adverbs and "not": "are opposed", "is strongly opposed", "they're opposed".
fn be_before(doc: &Doc, lo: usize, k: usize) -> bool {
    let k = linking_verb_before(doc, lo, k);
    k > lo && {
        let w = lower(doc, k - 1);
        is_be(w)
            || matches!(
                w,
                "remain"
                    | "remains"
                    | "remained"
                    | "stay"
                    | "stays"
                    | "feel"
                    | "feels"
                    | "felt"
                    | "grown"
                    | "become"
                    | "became"
            )
            || w.ends_with("'re")
            || w.ends_with("’re")
            || w.ends_with("'m")
            || w.ends_with("’m")
    }
}

/// One past the verb before token `k`, over adverbs and commas ("is very,
/// very troubled").
fn linking_verb_before(doc: &Doc, lo: usize, k: usize) -> usize {
    let mut k = k;
    while k > lo && {
        let w = lower(doc, k - 1);
        w.ends_with("ly")
            || doc.tokens[k - 1].kind == TokenKind::Quote
            || matches!(
                w,
                "not" | "also" | "still" | "so" | "very" | "too" | "more" | "," | "increasingly"
            )
    } {
        k -= 1;
    }
    k
}

/// Who has the feeling at the cue `i`: the subject of the verb before it,
/// or the pronoun of "I'm", "we're".
fn feeling_holder(ctx: &Ctx, i: usize) -> Option<Speaker> {
    let v = linking_verb_before(ctx.doc, ctx.lo, i) - 1;
    let w = lower(ctx.doc, v);
    if w.contains('\'') || w.contains('’') {
        return Some(speaker(ctx, ctx.doc.tokens[v].span));
    }
    verb_holder(ctx, v)
}

/// "slashes its forecast for growth", "cut its estimate": a figure revised,
/// not a position.
const FORECASTS: &[&str] = &[
    "forecast",
    "forecasts",
    "estimate",
    "estimates",
    "outlook",
    "projection",
    "projections",
    "prospect",
    "prospects",
    "guidance",
];

/// "broke up the fight", "break up the protest": no stance on a gathering.
const BREAK_UP_SENSES: &[&str] = &[
    "fight", "fights", "crowd", "crowds", "protest", "protests", "party", "meeting", "monotony",
    "marriage", "band", "rally",
];

/// Objects that give a cue another sense than a stance, by the cue's first
/// letters: "fired three missiles" (weapons, not a sacking), "question
/// several individuals" (an interrogation), "welcomed several hundred
/// guests" (a greeting), "campaigning for president" (running for office).
const OTHER_SENSES: &[(&str, &[&str])] = &[
    (
        "fir",
        &[
            "missile",
            "missiles",
            "shot",
            "shots",
            "rocket",
            "rockets",
            "round",
            "rounds",
            "bullet",
            "bullets",
            "gun",
            "guns",
            "weapon",
            "weapons",
            "gas",
            "artillery",
            "mortar",
            "mortars",
            "salvo",
            "torpedo",
            "torpedoes",
            "question",
            "questions",
        ],
    ),
    (
        "question",
        &[
            "him",
            "her",
            "them",
            "individuals",
            "witnesses",
            "witness",
            "suspects",
            "suspect",
            "officials",
            "staff",
            "aides",
            "people",
        ],
    ),
    (
        "welcom",
        &[
            "guest",
            "guests",
            "visitor",
            "visitors",
            "crowd",
            "crowds",
            "audience",
            "audiences",
            "attendees",
            "delegates",
            "participants",
        ],
    ),
    ("break up", BREAK_UP_SENSES),
    ("breaks up", BREAK_UP_SENSES),
    ("breaking up", BREAK_UP_SENSES),
    ("brok", BREAK_UP_SENSES),
    (
        "restor",
        &[
            "power",
            "order",
            "calm",
            "electricity",
            "service",
            "services",
            "water",
            "peace",
            "confidence",
            "trust",
            "faith",
            "balance",
        ],
    ),
    ("slash", FORECASTS),
    ("cut", FORECASTS),
    ("lower", FORECASTS),
    (
        "stand",
        &["arms", "hands", "hand", "head", "back", "feet", "legs"],
    ),
    (
        "stood",
        &["arms", "hands", "hand", "head", "back", "feet", "legs"],
    ),
    (
        "defi",
        &[
            "odds",
            "expectations",
            "gravity",
            "logic",
            "description",
            "convention",
            "conventions",
        ],
    ),
    (
        "defy",
        &["odds", "expectations", "gravity", "logic", "description"],
    ),
    (
        "defend",
        &[
            "client",
            "clients",
            "defendant",
            "defendants",
            "accused",
            "title",
            "championship",
            "seat",
        ],
    ),
    (
        "attack",
        &[
            "compound",
            "embassy",
            "consulate",
            "base",
            "bases",
            "town",
            "village",
            "school",
            "church",
            "mosque",
            "synagogue",
            "hospital",
            "airport",
            "nightclub",
            "headquarters",
            "convoy",
            "island",
            "uss",
            "homeland",
            "troops",
            "soldiers",
            "civilians",
            "ship",
            "plane",
            "train",
        ],
    ),
    (
        "campaign",
        &[
            "president",
            "presidency",
            "office",
            "governor",
            "mayor",
            "senate",
            "seat",
            "congress",
            "reelection",
            "re-election",
            "nomination",
        ],
    ),
];

/// True when the object `target` of the cue `cue` gives it another sense.
fn other_sense(cue: &str, target: &str) -> bool {
    OTHER_SENSES.iter().any(|(prefix, objects)| {
        cue.starts_with(prefix)
            && target
                .split_whitespace()
                .any(|w| objects.contains(&w.to_lowercase().as_str()))
    })
}

/// The verb of withdrawal before the noun cue at `i`, over a possessive or
/// a determiner: "withdrew their endorsement of", "rescinded his support for".
fn withdrawn_before(ctx: &Ctx, i: usize) -> Option<usize> {
    let doc = ctx.doc;
    let v = (i.saturating_sub(3).max(ctx.lo)..i).rev().find(|&k| {
        matches!(
            lower(doc, k),
            "withdraw"
                | "withdraws"
                | "withdrew"
                | "withdrawn"
                | "withdrawing"
                | "rescind"
                | "rescinds"
                | "rescinded"
                | "rescinding"
                | "revoke"
                | "revokes"
                | "revoked"
                | "revoking"
                | "retract"
                | "retracts"
                | "retracted"
                | "retracting"
                | "pulled"
                | "pull"
                | "pulls"
                | "pulling"
        )
    })?;
    (v + 1..i)
        .all(|k| {
            let w = lower(doc, k);
            FUNCTION_WORDS.determiners.contains(w)
                || matches!(w, "'s" | "’s")
                || is_capitalized(doc, k)
        })
        .then_some(v)
}

/// The verb of receiving before the noun cue at `i`, over determiners and
/// adjectives: "received the endorsement of", "had the financial backing of",
/// "drew the condemnation of".
fn received_before(ctx: &Ctx, i: usize) -> Option<usize> {
    let doc = ctx.doc;
    let mut k = i;
    while k > ctx.lo && i - k < 4 {
        k -= 1;
        let w = lower(doc, k);
        if matches!(
            w,
            "receive"
                | "receives"
                | "received"
                | "receiving"
                | "win"
                | "wins"
                | "won"
                | "winning"
                | "earn"
                | "earns"
                | "earned"
                | "earning"
                | "get"
                | "gets"
                | "got"
                | "getting"
                | "secure"
                | "secures"
                | "secured"
                | "securing"
                | "gain"
                | "gains"
                | "gained"
                | "have"
                | "has"
                | "had"
                | "enjoy"
                | "enjoys"
                | "enjoyed"
                | "draw"
                | "draws"
                | "drew"
                | "drawn"
                | "accept"
                | "accepted"
        ) {
            return Some(k);
        }
        let modifier = doc.tokens[k].kind == TokenKind::Word
            && !is_capitalized(doc, k)
            && !crate::phrase::is_verbish(doc, k)
            && (FUNCTION_WORDS.determiners.contains(w) || !FUNCTION_WORDS.stops.contains(w));
        if !modifier {
            return None;
        }
    }
    None
}

/// The holder of a noun cue: a possessor ("Labour's criticism of") or an
/// agent ("resignations by labour councillors ... over").
fn noun_holder(ctx: &Ctx, i: usize, end: usize) -> Option<Speaker> {
    let doc = ctx.doc;
    // "bring those people around in support of Clinton": the phrase before.
    if lower(doc, i) == "in" {
        let mut k = i;
        if k > ctx.lo && matches!(lower(doc, k - 1), "around" | "out" | "together") {
            k -= 1;
        }
        return phrase_before(doc, ctx.lo, k).map(|p| speaker(ctx, described(ctx, p)));
    }
    // "a few early supporters of the bill": the agent noun's phrase holds it
    // ("his opponent" alone is a rival, not an agent: only "opponent of").
    if listed(lower(doc, i), "agent") || lower(doc, i) == "opponent" {
        let mut a = i;
        while a > ctx.lo && {
            let w = lower(doc, a - 1);
            doc.tokens[a - 1].kind == TokenKind::Number
                || FUNCTION_WORDS.determiners.contains(w)
                || matches!(
                    w,
                    "few"
                        | "many"
                        | "some"
                        | "several"
                        | "early"
                        | "longtime"
                        | "staunch"
                        | "fierce"
                        | "vocal"
                        | "prominent"
                        | "leading"
                        | "other"
                        | "strong"
                        | "ardent"
                        | "avid"
                        | "loyal"
                        | "outspoken"
                        | "consistent"
                        | "key"
                        | "major"
                        | "harsh"
                        | "frequent"
                        | "sharp"
                        | "top"
                        | "biggest"
                        | "fiercest"
                        | "harshest"
                        | "loudest"
                        | "long-time"
                        | "and"
                        | "strident"
                        | "most"
                )
                // "some of the most strident opponents of"
                || (w == "of"
                    && a > ctx.lo + 1
                    && matches!(lower(doc, a - 2), "some" | "one" | "many" | "among" | "few"))
        } {
            a -= 1;
        }
        // "Senator Ron Wyden, another critic of the deal": the name before
        // the appositive.
        if a > ctx.lo + 1 && doc.token_text(a - 1) == "," {
            if let Some(name) = phrase_before(doc, ctx.lo, a - 1) {
                if is_capitalized(doc, first_token(doc, name.start))
                    && ctx.actors.actor_of(name).is_some()
                {
                    return Some(speaker(ctx, name));
                }
            }
        }
        // "He is a strong supporter of the deal": the subject of "be";
        // "a lawyer who is a staunch opponent of": the relative's head.
        if a > ctx.lo && is_be(lower(doc, a - 1)) {
            if let Some(subject) = subject_of_be(doc, ctx.lo, a - 1) {
                return Some(speaker(ctx, described(ctx, subject)));
            }
            let j = skip_aux_back(doc, ctx.lo, a - 1);
            if j > ctx.lo && matches!(lower(doc, j - 1), "who" | "that") {
                return verb_holder(ctx, a - 1);
            }
        }
        return Some(speaker(ctx, tokens_span(doc, a, i + 1)));
    }
    if i > ctx.lo + 1 && matches!(doc.token_text(i - 1), "'s" | "’s") {
        return phrase_before(doc, ctx.lo, i - 1).map(|p| speaker(ctx, p));
    }
    // "Trump's implicit endorsement of": an adjective after the possessive.
    if i > ctx.lo + 2
        && matches!(doc.token_text(i - 2), "'s" | "’s")
        && doc.tokens[i - 1].kind == TokenKind::Word
        && !is_capitalized(doc, i - 1)
        && !FUNCTION_WORDS.determiners.contains(lower(doc, i - 1))
    {
        return phrase_before(doc, ctx.lo, i - 2).map(|p| speaker(ctx, p));
    }
    // "FBI criticism of", "Republican opposition to": a name before the noun.
    if i > ctx.lo
        && is_capitalized(doc, i - 1)
        && ctx.actors.actor_of(doc.tokens[i - 1].span).is_some()
    {
        let mut a = i - 1;
        while a > ctx.lo && is_capitalized(doc, a - 1) {
            a -= 1;
        }
        return Some(speaker(ctx, tokens_span(doc, a, i)));
    }
    // "his endorsement of Trump": a possessive pronoun holds it.
    if i > ctx.lo
        && matches!(
            lower(doc, i - 1),
            "his" | "her" | "their" | "its" | "our" | "my"
        )
    {
        return Some(speaker(ctx, doc.tokens[i - 1].span));
    }
    if let Some(by) = (i..end.min(ctx.hi)).find(|&k| lower(doc, k) == "by") {
        return target_after(doc, by + 1, ctx.hi).map(|p| speaker(ctx, p));
    }
    // "voters have expressed deep misgivings about": the subject of a verb
    // whose object the noun is.
    let mut v = i;
    while v > ctx.lo && (v + 3 > i) && !is_capitalized(ctx.doc, v - 1) {
        v -= 1;
        if EXPRESS.contains(&lower(doc, v)) {
            return verb_holder(ctx, v);
        }
    }
    None
}

/// Verbs whose object, a noun of stance, is the subject's own position.
const EXPRESS: &[&str] = &[
    "expressed",
    "expresses",
    "express",
    "expressing",
    "voiced",
    "voices",
    "voice",
    "voicing",
    "raised",
    "raises",
    "raise",
    "raising",
    "have",
    "has",
    "had",
    "having",
    "showed",
    "shows",
    "show",
    "showing",
    "offered",
    "offers",
    "offer",
    "lent",
    "lends",
    "lend",
    "gave",
    "gives",
    "give",
    "threw",
    "throws",
    "throw",
    "sounded",
    "sounds",
    "issued",
    "issues",
    "renewed",
    "renews",
    "repeated",
    "repeats",
];

/// The short noun phrase a cue governs: up to the first preposition other
/// than "of", a relative pronoun, a conjunction or punctuation.
fn target_after(doc: &Doc, start: usize, hi: usize) -> Option<Span> {
    let fw = &*FUNCTION_WORDS;
    // "concerns about “trial lawyers”": the target inside the quotation.
    let start = if start + 1 < hi && doc.tokens[start].kind == TokenKind::Quote {
        start + 1
    } else {
        start
    };
    if start >= hi {
        return None;
    }
    // "people accused of rape": a participle, not a verb with its object.
    if lower(doc, start) == "of" {
        return None;
    }
    // "troubled by that.": a demonstrative standing alone.
    if matches!(lower(doc, start), "that" | "this")
        && (start + 1 == hi
            || !matches!(
                doc.tokens[start + 1].kind,
                TokenKind::Word | TokenKind::Number
            ))
    {
        return Some(doc.tokens[start].span);
    }
    // "demands that all Americans engage", "argues that Trump ...": a clause.
    if lower(doc, start) == "that" && start + 1 < hi && {
        let n = lower(doc, start + 1);
        fw.determiners.contains(n)
            || fw.pronouns.contains(n)
            || is_capitalized(doc, start + 1)
            || matches!(
                n,
                "all" | "every" | "each" | "both" | "many" | "most" | "some"
            )
    } {
        return None;
    }
    let mut k = start;
    while k < hi && k - start < MAX_TARGET {
        let w = lower(doc, k);
        if k > start && w == "that" {
            break; // "the hours that Machado was ...": a clause begins
        }
        let word = matches!(doc.tokens[k].kind, TokenKind::Word | TokenKind::Number);
        let possessive = matches!(doc.token_text(k), "'s" | "’s");
        let stop = (fw.stops.contains(w) && !fw.determiners.contains(w))
            // "lawyers trying to get rich", "work preserving the property": a
            // participle with its own object after a noun ("the voting
            // system" keeps it).
            || (k > start
                && k + 1 < hi
                && w.len() > 5
                && w.ends_with("ing")
                && !is_capitalized(doc, k)
                && !fw.determiners.contains(lower(doc, k - 1))
                && !matches!(doc.token_text(k - 1), "'s" | "’s")
                && (lower(doc, k + 1) == "to" || fw.determiners.contains(lower(doc, k + 1))))
            // "the Court's well-reasoned decision": an adjective after a possessive.
            || (k > start
                && (fw.aux.contains(w)
                    || (crate::phrase::is_verbish(doc, k)
                        && !matches!(doc.token_text(k - 1), "'s" | "’s"))))
            || (fw.prepositions.contains(w) && w != "of")
            || matches!(
                w,
                "and"
                    | "but"
                    | "or"
                    | "during"
                    | "after"
                    | "before"
                    | "since"
                    | "until"
                    | "despite"
                    | "because"
                    | "when"
                    | "while"
                    | "if"
                    | "rather"
                    | "instead"
                    | "than"
                    | "together"
                    | "including"
            )
            // "deals such as NAFTA": the examples are not the head.
            || (w == "such" && k + 1 < hi && lower(doc, k + 1) == "as")
            || (k > start
                && !is_capitalized(doc, k)
                && matches!(w, "soon" | "today" | "yesterday" | "tomorrow" | "tonight"))
            // "fired the manager last week": a time, not part of the target.
            || (k > start
                && k + 1 < hi
                && matches!(w, "last" | "next" | "earlier" | "later")
                && (matches!(
                    lower(doc, k + 1),
                    "week" | "month" | "year" | "night" | "weekend" | "summer" | "spring"
                        | "fall" | "autumn" | "winter" | "time" | "season"
                ) || crate::lexicon::TIME_WORDS.contains_key(lower(doc, k + 1))));
        if !(word || possessive) || stop {
            break;
        }
        k += 1;
    }
    while k > start && (fw.determiners.contains(lower(doc, k - 1)) || lower(doc, k - 1) == "of") {
        k -= 1;
    }
    let content = (start..k).any(|j| !fw.determiners.contains(lower(doc, j)));
    let first = lower(doc, start);
    let particle = fw.aux.contains(first)
        || crate::phrase::is_verbish(doc, start)
        || matches!(
            first,
            "away" | "off" | "down" | "up" | "out" | "back" | "appeared" | "will" | "threat"
        )
        || (first.ends_with("ly") && !is_capitalized(doc, start));
    (k > start && content && !particle).then(|| tokens_span(doc, start, k))
}

/// "help", "allow", "let": verbs that enable someone to win.
fn is_enabling(w: &str) -> bool {
    listed(w, "rule_enabling")
}

/// "urged", "pressed", "asks" ...: verbs that appeal to someone to act.
fn is_appeal(w: &str) -> bool {
    listed(w, "rule_appeal")
}

/// "refused", "declines" ...: the verbs of a refusal.
fn is_refusal(w: &str) -> bool {
    listed(w, "rule_refusal")
}

/// The forms of "hold" ("held in contempt").
fn is_hold(w: &str) -> bool {
    listed(w, "rule_hold")
}

/// "X is a disgrace", "it was a mistake", "he is very qualified": a word of
/// judgement after a form of "be"; the target is the subject. The holder is
/// filled in later from the quote or report around it.
fn judgement(ctx: &Ctx, k: usize, cues: Option<&'static Vec<PhraseCue>>) -> Option<Stance> {
    let (doc, actors, lo) = (ctx.doc, ctx.actors, ctx.lo);
    if doc.tokens[k].kind != TokenKind::Word {
        return None;
    }
    // This runs on every token: a word with no entry in the lexicon opens
    // none of the rules below.
    let entries = cues?;
    // The rules opened by a word of their own section (`rule_...`).
    if entries.iter().any(|c| c.section.starts_with("rule_")) {
        let found = demand_on_subject(doc, actors, lo, k)
            .or_else(|| demand_on_object(ctx, k))
            .or_else(|| refusal(ctx, k))
            .or_else(|| held_in_contempt(ctx, k))
            .or_else(|| helped_to_win(ctx, k));
        if found.is_some() {
            return found;
        }
    }
    if let Some(received) = support_received(ctx, k) {
        return Some(received);
    }
    if let Some(verdict) = verdict(ctx, k, cues) {
        return Some(verdict);
    }
    // A word of judgement, or two ("a bad idea": judged at its noun).
    let (k, polarity) = cues?.iter().find_map(|c| {
        let polarity = match c.section {
            "judgement_oppose" => Polarity::Oppose,
            "judgement_support" => Polarity::Support,
            _ => return None,
        };
        match c.words.len() {
            1 => Some((k, polarity)),
            2 if word_is(doc, k + 1, c.words[1]) => Some((k + 1, polarity)),
            _ => None,
        }
    })?;
    let word = lower(doc, k);
    // "it's fair to say that": a manner of speaking, not a judgement; "his
    // record is fair to look into": fair game, not a fair record.
    if k + 2 < ctx.hi
        && lower(doc, k + 1) == "to"
        && (word == "fair"
            || matches!(
                lower(doc, k + 2),
                "say" | "note" | "argue" | "suggest" | "assume" | "conclude" | "expect"
            ))
    {
        return None;
    }
    // "That's right": agreement with what was said, not a stance on a target.
    let mut before_adverbs = k;
    while before_adverbs > lo && lower(doc, before_adverbs - 1).ends_with("ly") {
        before_adverbs -= 1;
    }
    if word == "right" && before_adverbs > lo && {
        let p = lower(doc, before_adverbs - 1);
        matches!(p, "you're" | "you’re" | "that's" | "that’s")
            || (before_adverbs >= lo + 2
                && (is_be(p) || matches!(p, "'s" | "’s"))
                && matches!(lower(doc, before_adverbs - 2), "that" | "you"))
    } {
        return None;
    }
    // "a champion of the poor": an agent with a cause, not praise.
    if word == "champion" && word_is(doc, k + 1, "of") {
        return None;
    }
    // "This could be the great Trojan horse": "the great" names, it does
    // not praise.
    if word == "great"
        && k > lo
        && lower(doc, k - 1) == "the"
        && k + 1 < ctx.hi
        && doc.tokens[k + 1].kind == TokenKind::Word
    {
        return None;
    }
    // "this is a very dangerous time": the word judges a time, not the subject.
    if k + 1 < ctx.hi
        && matches!(
            lower(doc, k + 1),
            "time" | "times" | "moment" | "period" | "day" | "days" | "week" | "year" | "era"
        )
    {
        return None;
    }
    // Determiners, intensifiers and adjectives before the word: "a
    // disgusting fraud", "a transparent political ploy".
    let adjective = |j: usize| {
        let w = lower(doc, j);
        doc.tokens[j].kind == TokenKind::Word
            && !is_capitalized(doc, j)
            && !matches!(w, "'s" | "’s")
            && !FUNCTION_WORDS.stops.contains(w)
            && !FUNCTION_WORDS.aux.contains(w)
            && !FUNCTION_WORDS.prepositions.contains(w)
            && !is_be(w)
            && !crate::phrase::is_verbish(doc, j)
            // "are losing so many great people": a verb, not an adjective.
            && !(w.ends_with("ing") && w.len() > 5)
    };
    // "a great many folks", "a great deal": a quantity, not a judgement.
    if k + 1 < ctx.hi
        && matches!(
            lower(doc, k + 1),
            "many" | "deal" | "number" | "amount" | "game" | "share" | "bit" | "chance"
        )
    {
        return None;
    }
    // A quotation mark around the word: "a “disgrace”", "a "pathological liar"".
    let quote_mark = |j: usize| {
        let t = doc.token_text(j);
        t.chars().count() == 1 && t.chars().all(crate::segment::is_quote_mark)
    };
    let mut b = k;
    while b > lo
        && b + 5 > k
        && (adjective(b - 1)
            || quote_mark(b - 1)
            // "a tough and brilliant opponent"
            || (lower(doc, b - 1) == "and" && b > lo + 1 && adjective(b - 2))
            || matches!(
                lower(doc, b - 1),
                "a" | "an"
                    | "the"
                    | "very"
                    | "so"
                    | "absolutely"
                    | "totally"
                    | "completely"
                    | "utterly"
                    | "just"
                    | "such"
                    | "really"
                    | "truly"
                    | "pretty"
                    | "quite"
                    | "most"
                    | "complete"
                    | "total"
                    | "big"
                    | "huge"
            ))
    {
        b -= 1;
        // An article opens the phrase: "appearance a transparent ploy" stops at "a".
        if matches!(lower(doc, b), "a" | "an" | "the") {
            break;
        }
    }
    // "called Clinton a disgrace", or with no article, "found the law
    // unconstitutional" (the object right before the word).
    let called = if matches!(lower(doc, b), "a" | "an" | "the") {
        called_judgement(ctx, b, k, polarity)
    } else {
        called_judgement(ctx, k, k, polarity).or_else(|| called_judgement(ctx, b, k, polarity))
    };
    if let Some(called) = called {
        return Some(called);
    }
    // "This just isn't right", "it is not fair": the negation flips the judgement.
    let before = b.checked_sub(1).filter(|&p| p >= lo).map(|p| lower(doc, p));
    let (b, negated) = match before {
        Some("not" | "never") => (b - 1, true),
        Some(w) if w.ends_with("n't") || w.ends_with("n’t") => {
            let stem = w.trim_end_matches("n't").trim_end_matches("n’t");
            if matches!(stem, "is" | "was" | "are" | "were") {
                return negated_judgement(ctx, b - 1, k, polarity, word);
            }
            (b, false)
        }
        _ => (b, false),
    };
    if negated {
        let be = b
            .checked_sub(1)
            .filter(|&p| p >= lo && is_be(lower(doc, p)))?;
        return negated_judgement(ctx, be, k, polarity, word);
    }
    let be = b.checked_sub(1).filter(|&p| {
        // "it's a disgrace" (a contracted "is" after a pronoun), not "a registrant's failure".
        let contracted = matches!(doc.token_text(p), "'s" | "’s")
            && p > lo
            && matches!(
                lower(doc, p - 1),
                "it" | "he" | "she" | "that" | "this" | "what" | "there"
            );
        p >= lo && ((is_be(lower(doc, p)) && !lower(doc, p).starts_with('g')) || contracted)
    });
    let Some(be) = be else {
        return attributive(ctx, b, k, polarity, word);
    };
    let target = subject_of_be(doc, lo, be)?;
    // "it's very smart for the president to say": the one whose act is
    // judged; "it would be a good idea to have more debates": the act.
    let it = matches!(target.slice(doc.text), "it" | "It");
    let act = |to: usize| {
        let verb = to + 1;
        (word_is(doc, to, "to")
            && verb < ctx.hi
            && doc.tokens[verb].kind == TokenKind::Word
            && !is_capitalized(doc, verb))
        .then(|| {
            target_after(doc, verb + 1, ctx.hi)
                .map_or(doc.tokens[verb].span, |o| doc.tokens[verb].span.cover(o))
        })
    };
    let target = match target_after(doc, k + 2, ctx.hi) {
        Some(actor)
            if it
                && k + 2 < ctx.hi
                && lower(doc, k + 1) == "for"
                && word_is(doc, end_token(doc, actor.end), "to") =>
        {
            actor
        }
        _ if it => act(k + 1).unwrap_or(target),
        _ => target,
    };
    // "who cannot condemn the hatred is unfit": a verb phrase is no target.
    let t0 = first_token(doc, target.start);
    if !is_capitalized(doc, t0)
        && STANCE_CUES
            .get(lower(doc, t0))
            .is_some_and(|cs| cs.iter().any(|c| matches!(c.section, "support" | "oppose")))
    {
        return None;
    }
    // "I don't think this is a ridiculous idea": a denied belief flips it.
    let t0 = first_token(doc, target.start);
    let denied = (t0.saturating_sub(3).max(lo + 1)..t0).find(|&v| {
        matches!(lower(doc, v), "think" | "believe" | "thought" | "believed")
            && matches!(
                lower(doc, v - 1),
                "don't" | "didn't" | "doesn't" | "don’t" | "didn’t" | "doesn’t" | "not" | "never"
            )
    });
    if let Some(v) = denied {
        let mut st = negated_judgement(ctx, be, k, polarity, word)?;
        // "I don't think ...": the one who denies it holds the position.
        let who = v.checked_sub(2).filter(|&p| p >= lo);
        if let Some(p) = who.filter(|&p| matches!(lower(doc, p), "i" | "we")) {
            set_holder(ctx, &mut st, Some(speaker(ctx, doc.tokens[p].span)));
        }
        return Some(st);
    }
    let detail = format!("lexicon judgement: “{word}”");
    Some(subject_stance(
        doc,
        actors,
        target,
        tokens_span(doc, be, k + 1),
        polarity,
        detail,
    ))
}

/// "The insurance model doesn't work", "it makes no sense": a verb phrase
/// of the lexicon that judges its subject; the holder is filled in later
/// from the quote or report around it.
fn verdict(ctx: &Ctx, k: usize, cues: Option<&'static Vec<PhraseCue>>) -> Option<Stance> {
    let doc = ctx.doc;
    let cue = cues?.iter().find(|c| {
        matches!(c.section, "verdict_support" | "verdict_oppose")
            && k + c.words.len() <= ctx.hi
            && c.words
                .iter()
                .enumerate()
                .skip(1)
                .all(|(n, w)| lower(doc, k + n) == *w)
    })?;
    let end = k + cue.words.len();
    // "it makes sense to wait", "makes sense for us": about what follows.
    if end < ctx.hi && matches!(lower(doc, end), "to" | "for" | "that") {
        return None;
    }
    let target = subject_of_be(doc, ctx.lo, k)?;
    let polarity = if cue.section == "verdict_support" {
        Polarity::Support
    } else {
        Polarity::Oppose
    };
    Some(subject_stance(
        doc,
        ctx.actors,
        target,
        tokens_span(doc, k, end),
        polarity,
        format!("lexicon {}: “{}”", cue.section, cue.text),
    ))
}

/// "this crazy system", "an outrageous statement": a strong word of
/// judgement (listed in `attributive`) before the noun it judges; the target
/// is the noun phrase, the holder whoever reports it.
fn attributive(ctx: &Ctx, b: usize, k: usize, polarity: Polarity, word: &str) -> Option<Stance> {
    let doc = ctx.doc;
    let fw = &*FUNCTION_WORDS;
    let noun = k + 1 < ctx.hi && {
        let n = lower(doc, k + 1);
        doc.tokens[k + 1].kind == TokenKind::Word
            && !is_capitalized(doc, k + 1)
            && !n.ends_with("ly")
            && !fw.stops.contains(n)
            && !fw.aux.contains(n)
            && !fw.prepositions.contains(n)
            && !fw.determiners.contains(n)
            && !crate::phrase::is_verbish(doc, k + 1)
    };
    if !noun || !listed(word, "attributive") {
        return None;
    }
    let start = if matches!(
        lower(doc, b),
        "a" | "an" | "the" | "this" | "that" | "these" | "those"
    ) {
        b
    } else {
        k
    };
    let target = target_after(doc, start, ctx.hi)?;
    if end_token(doc, target.end) <= k + 1 {
        return None;
    }
    Some(subject_stance(
        doc,
        ctx.actors,
        target,
        doc.tokens[k].span,
        polarity,
        format!("lexicon judgement: “{word}”, before its noun"),
    ))
}

/// The subject before the "be" at `be`: a noun phrase, or a lone
/// demonstrative ("This is a waste of time", "that was outrageous").
fn subject_of_be(doc: &Doc, lo: usize, be: usize) -> Option<Span> {
    // "There are a great many", "that there has been": no subject to judge.
    let aux = skip_aux_back(doc, lo, be);
    if aux > lo && lower(doc, aux - 1) == "there" {
        return None;
    }
    // "This just isn't right": a demonstrative before adverbs.
    let subject = phrase_before(doc, lo, be).or_else(|| {
        let p = aux.checked_sub(1).filter(|&p| p >= lo)?;
        matches!(lower(doc, p), "this" | "that" | "these" | "those" | "it")
            .then(|| doc.tokens[p].span)
    })?;
    // "The president's rationales to veto the bill don't hold weight": the
    // noun before the infinitive is the subject.
    // "a judge presiding over a lawsuit was unfit": the noun before the
    // participle is.
    // "the case that the bill is a bad idea": the clause's own subject.
    let last = end_token(doc, subject.end);
    let subject = match (first_token(doc, subject.start)..last)
        .rev()
        .find(|&t| lower(doc, t) == "that")
    {
        Some(t)
            if t + 1 < last && {
                let n = lower(doc, t + 1);
                FUNCTION_WORDS.determiners.contains(n)
                    || FUNCTION_WORDS.pronouns.contains(n)
                    || is_capitalized(doc, t + 1)
                    || n.ends_with("ing")
            } =>
        {
            tokens_span(doc, t + 1, last)
        }
        _ => subject,
    };
    let first = first_token(doc, subject.start);
    let verb_first = !is_capitalized(doc, first)
        && !lower(doc, first).ends_with('s')
        && !FUNCTION_WORDS.determiners.contains(lower(doc, first));
    let head = if first > lo + 1 && lower(doc, first - 1) == "to" && verb_first {
        phrase_before(doc, lo, first - 1)
    } else if first > lo + 2
        && FUNCTION_WORDS.prepositions.contains(lower(doc, first - 1))
        && lower(doc, first - 2).ends_with("ing")
        && !is_capitalized(doc, first - 2)
    {
        phrase_before(doc, lo, first - 2)
    } else {
        None
    };
    Some(head.unwrap_or(subject))
}

/// "It isn't fair", "this is not right": a judgement after a negated "be"
/// (token `be`) holds the opposite position, marked negated.
fn negated_judgement(
    ctx: &Ctx,
    be: usize,
    k: usize,
    polarity: Polarity,
    word: &str,
) -> Option<Stance> {
    if is_be(lower(ctx.doc, be)) && lower(ctx.doc, be).starts_with('g') {
        return None;
    }
    let target = subject_of_be(ctx.doc, ctx.lo, be)?;
    let flipped = match polarity {
        Polarity::Support => Polarity::Oppose,
        Polarity::Oppose => Polarity::Support,
    };
    let mut st = subject_stance(
        ctx.doc,
        ctx.actors,
        target,
        tokens_span(ctx.doc, be, k + 1),
        flipped,
        format!("lexicon judgement: “{word}”, negated"),
    );
    st.negated = true;
    Some(st)
}

/// Where the objects of a naming verb start: at `target`, or at the object
/// before it in "called the citation and the demand a ploy".
fn first_object(ctx: &Ctx, target: Span) -> usize {
    let doc = ctx.doc;
    let first = first_token(doc, target.start);
    if first > ctx.lo + 1 && lower(doc, first - 1) == "and" {
        if let Some(left) = phrase_before(doc, ctx.lo, first - 1) {
            return first_token(doc, left.start);
        }
    }
    first
}

/// The first of two objects of a naming judgement ("called the citation and
/// the demand a ploy" also judges the citation).
fn first_of_two_objects(ctx: &Ctx, st: &Stance) -> Option<Stance> {
    let doc = ctx.doc;
    let target = Span::new(st.target.start, st.target.end);
    let first = first_object(ctx, target);
    let at = first_token(doc, target.start);
    if first == at || !st.evidence.detail.contains("named by") {
        return None;
    }
    let left = phrase_before(doc, ctx.lo, at - 1)?;
    let mut extra = st.clone();
    extra.target = speaker(ctx, left);
    extra.evidence.detail.push_str("; the first of two objects");
    Some(extra)
}

/// "Christie called Clinton a disgrace": a verb of naming, its object and a
/// word of judgement (its words `[b, k]`); the holder is the verb's subject.
fn called_judgement(ctx: &Ctx, b: usize, k: usize, polarity: Polarity) -> Option<Stance> {
    let doc = ctx.doc;
    // "described Clinton as a disgrace", "found that action unconstitutional".
    let b = if b > ctx.lo && lower(doc, b - 1) == "as" {
        b - 1
    } else {
        b
    };
    let target = phrase_before(doc, ctx.lo, b)?;
    let first = first_object(ctx, target);
    let verb = first.checked_sub(1).filter(|&v| v >= ctx.lo)?;
    let naming = matches!(
        lower(doc, verb),
        "call" | "calls" | "called" | "calling" | "branded" | "labeled" | "labelled" | "dubbed"
    );
    let with_as = lower(doc, b) == "as"
        && matches!(
            lower(doc, verb),
            "described"
                | "describes"
                | "describe"
                | "describing"
                | "regarded"
                | "regards"
                | "regard"
                | "characterized"
                | "characterised"
                | "portrayed"
                | "denounced"
                | "branded"
                | "labeled"
                | "labelled"
                | "dismissed"
                | "slammed"
                | "blasted"
        );
    // "a study found that poor children have the worst odds": a finding of
    // fact, not a judgement of the subject.
    let finding = matches!(
        lower(doc, verb),
        "found" | "finds" | "deemed" | "deems" | "considers" | "considered"
    ) && end_token(doc, target.end) == b;
    if !(naming || with_as || finding) {
        return None;
    }
    let mut st = subject_stance(
        doc,
        ctx.actors,
        target,
        tokens_span(doc, verb, k + 1),
        polarity,
        format!(
            "lexicon judgement: “{}”, named by “{}”",
            lower(doc, k),
            doc.token_text(verb)
        ),
    );
    set_holder(
        ctx,
        &mut st,
        verb_holder(ctx, verb).and_then(|h| noun_phrase_holder(ctx, h)),
    );
    if let Some(h) = &st.holder {
        let span = Span::new(st.start, st.end).cover(Span::new(h.start, h.end));
        (st.start, st.end) = (span.start, span.end);
        st.text = span.slice(doc.text).to_string();
    }
    Some(st)
}

/// "You should resign", "he must apologize": a modal and a demand from the
/// `demand_on_subject` list after a subject opposes the subject.
fn demand_on_subject(doc: &Doc, actors: &Actors, lo: usize, k: usize) -> Option<Stance> {
    if !matches!(lower(doc, k), "should" | "must" | "ought") {
        return None;
    }
    let mut v = k + 1;
    if lower(doc, k) == "ought" && v < doc.tokens.len() && lower(doc, v) == "to" {
        v += 1;
    }
    let cue = demand_at(doc, v)?;
    let target = phrase_before(doc, lo, k)?;
    let cue_span = tokens_span(doc, k, v + cue.words.len());
    let detail = format!("demand on the subject: “{}”", cue.text);
    Some(subject_stance(
        doc,
        actors,
        target,
        cue_span,
        Polarity::Oppose,
        detail,
    ))
}

/// "He refused to follow her commands": refusing to act on something
/// opposes it, whatever the verb (stance verbs are read by their own cue:
/// "refused to endorse Trump").
fn refusal(ctx: &Ctx, k: usize) -> Option<Stance> {
    let doc = ctx.doc;
    if !is_refusal(lower(doc, k)) || k + 3 >= ctx.hi || lower(doc, k + 1) != "to" {
        return None;
    }
    let verb = lower(doc, k + 2);
    let read_elsewhere = cue_at(doc, k + 2, ctx.lo, ctx.hi, false)
        .is_some_and(|c| matches!(c.section, "support" | "oppose" | "evaluative"));
    // "refuses to discuss potential appointees", "refused to drop the gun":
    // silence or an act, not a position on the object.
    let neutral = matches!(
        verb,
        "discuss"
            | "comment"
            | "name"
            | "identify"
            | "speculate"
            | "confirm"
            | "elaborate"
            | "drop"
            | "talk"
            | "specify"
            | "say"
            | "describe"
            | "explain"
    );
    if read_elsewhere
        || neutral
        || FUNCTION_WORDS.aux.contains(verb)
        || doc.tokens[k + 2].kind != TokenKind::Word
        || is_capitalized(doc, k + 2)
    {
        return None;
    }
    let target = target_after(doc, k + 3, ctx.hi).filter(|_| {
        !matches!(
            lower(doc, k + 3),
            "last" | "next" | "yesterday" | "today" | "tonight" | "earlier" | "later" | "again"
        )
    })?;
    let mut st = subject_stance(
        doc,
        ctx.actors,
        target,
        tokens_span(doc, k, k + 3),
        Polarity::Oppose,
        format!("refusal: “{} to {verb}”", doc.token_text(k)),
    );
    st.negated = true;
    st.evidence.rule = "stance:refusal".into();
    set_holder(
        ctx,
        &mut st,
        verb_holder(ctx, k).and_then(|h| noun_phrase_holder(ctx, h)),
    );
    Some(st)
}

/// "voted to hold Bryan Pagliano in contempt": the one held in contempt is
/// opposed by whoever holds them so.
fn held_in_contempt(ctx: &Ctx, k: usize) -> Option<Stance> {
    let doc = ctx.doc;
    if !is_hold(lower(doc, k)) {
        return None;
    }
    let target = target_after(doc, k + 1, ctx.hi)?;
    let after = end_token(doc, target.end);
    if !(after + 1 < ctx.hi && lower(doc, after) == "in" && lower(doc, after + 1) == "contempt") {
        return None;
    }
    let mut st = subject_stance(
        doc,
        ctx.actors,
        target,
        tokens_span(doc, k, after + 2),
        Polarity::Oppose,
        "held in contempt".into(),
    );
    st.evidence.rule = "stance:verb".into();
    set_holder(ctx, &mut st, verb_holder(ctx, k));
    Some(st)
}

/// "help elect Donald Trump", "helped her win the primary", "cannot allow
/// Clinton to become president": enabling someone to win supports them
/// (and refusing to, with a negation, opposes them).
fn helped_to_win(ctx: &Ctx, k: usize) -> Option<Stance> {
    let doc = ctx.doc;
    if !is_enabling(lower(doc, k)) || k + 2 >= ctx.hi {
        return None;
    }
    let elect = matches!(lower(doc, k + 1), "elect" | "re-elect" | "reelect");
    let (target, end) = if elect {
        let t = target_after(doc, k + 2, ctx.hi)?;
        (t, end_token(doc, t.end))
    } else {
        // "helped her win", "helped Hillary Clinton win", "let the party win".
        let names = (k + 1..ctx.hi)
            .take_while(|&n| is_capitalized(doc, n) && doc.tokens[n].kind == TokenKind::Word)
            .count();
        let t = if FUNCTION_WORDS.pronouns.contains(lower(doc, k + 1))
            || matches!(lower(doc, k + 1), "her" | "him" | "them" | "us")
        {
            doc.tokens[k + 1].span
        } else if names > 0 {
            tokens_span(doc, k + 1, k + 1 + names)
        } else {
            crate::phrase::phrase_at(doc, k + 1, ctx.hi)?
        };
        let mut after = end_token(doc, t.end);
        if after < ctx.hi && lower(doc, after) == "to" {
            after += 1;
        }
        let win = after < ctx.hi
            && matches!(
                lower(doc, after),
                "win" | "become" | "beat" | "defeat" | "take" | "get" | "stay" | "remain"
            )
            && (!matches!(lower(doc, after), "take" | "get" | "stay" | "remain")
                || after + 1 < ctx.hi
                    && matches!(
                        lower(doc, after + 1),
                        "office" | "power" | "control" | "elected" | "in"
                    ));
        if !win {
            return None;
        }
        (t, after + 1)
    };
    let negation = negator_before(doc, ctx.lo, k);
    let cue_start = negation.map_or(k, |(n, _)| n);
    let polarity = if negation.is_some() {
        Polarity::Oppose
    } else {
        Polarity::Support
    };
    let mut st = subject_stance(
        doc,
        ctx.actors,
        target,
        tokens_span(doc, cue_start, end),
        polarity,
        format!("helped to win: “{}”", lower(doc, k)),
    );
    st.evidence.rule = "stance:verb".into();
    st.negated = negation.is_some();
    let holder = verb_holder(ctx, cue_start).and_then(|h| noun_phrase_holder(ctx, h));
    set_holder(ctx, &mut st, holder);
    Some(st)
}

/// "Clinton enjoyed tremendous support from black voters": the ones it comes
/// from support the one who receives it.
fn support_received(ctx: &Ctx, k: usize) -> Option<Stance> {
    let doc = ctx.doc;
    if !matches!(lower(doc, k), "support" | "backing") || !word_is(doc, k + 1, "from") {
        return None;
    }
    let mut v = k;
    while v > ctx.lo
        && matches!(
            lower(doc, v - 1),
            "tremendous"
                | "strong"
                | "broad"
                | "overwhelming"
                | "wide"
                | "solid"
                | "bipartisan"
                | "growing"
                | "enthusiastic"
                | "unanimous"
                | "significant"
                | "crucial"
                | "key"
        )
    {
        v -= 1;
    }
    let verb = v.checked_sub(1).filter(|&p| p >= ctx.lo)?;
    if !matches!(
        lower(doc, verb),
        "enjoyed"
            | "enjoys"
            | "enjoy"
            | "received"
            | "receives"
            | "receive"
            | "won"
            | "wins"
            | "win"
            | "gained"
            | "gains"
            | "garnered"
            | "garners"
            | "drew"
            | "draws"
            | "attracted"
    ) {
        return None;
    }
    let giver = target_after(doc, k + 2, ctx.hi)?;
    let receiver = noun_phrase_holder(ctx, verb_holder(ctx, verb)?)?;
    let mut st = subject_stance(
        doc,
        ctx.actors,
        Span::new(receiver.start, receiver.end),
        tokens_span(doc, verb, k + 2),
        Polarity::Support,
        format!("support received: “{}”", lower(doc, k)),
    );
    st.evidence.rule = "stance:noun".into();
    set_holder(ctx, &mut st, Some(speaker(ctx, giver)));
    let span = Span::new(st.start, st.end).cover(giver);
    (st.start, st.end) = (span.start, span.end);
    st.text = span.slice(doc.text).to_string();
    Some(st)
}

/// The `demand_on_subject` cue starting at token `v`, if any.
fn demand_at(doc: &Doc, v: usize) -> Option<&'static PhraseCue> {
    let first = (v < doc.tokens.len()).then(|| lower(doc, v))?;
    STANCE_CUES.get(first)?.iter().find(|c| {
        c.section == "demand_on_subject"
            && v + c.words.len() <= doc.tokens.len()
            && c.words
                .iter()
                .enumerate()
                .all(|(j, w)| lower(doc, v + j) == *w)
    })
}

/// "Axelrod called on Dean to apologize", "urged him to resign": a demand
/// aimed at the object opposes it; the holder is the verb's subject.
fn demand_on_object(ctx: &Ctx, k: usize) -> Option<Stance> {
    let doc = ctx.doc;
    let w = lower(doc, k);
    let object = match w {
        "call" | "calls" | "called" | "calling" if k + 1 < ctx.hi && lower(doc, k + 1) == "on" => {
            k + 2
        }
        w if is_appeal(w) || matches!(w, "want" | "wants" | "wanted") => k + 1,
        _ => return None,
    };
    let target = target_after(doc, object, ctx.hi)?;
    let after = end_token(doc, target.end);
    if !(after + 1 < ctx.hi && lower(doc, after) == "to") {
        return None;
    }
    let cue = demand_at(doc, after + 1)?;
    let mut st = subject_stance(
        doc,
        ctx.actors,
        target,
        tokens_span(doc, k, after + 1 + cue.words.len()),
        Polarity::Oppose,
        format!("demand on the object: “{}”", cue.text),
    );
    set_holder(ctx, &mut st, verb_holder(ctx, k));
    Some(st)
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

/// "his supporters", "Trump's critics": the possessor before an agent noun.
fn possessor(doc: &Doc, lo: usize, i: usize) -> Option<Span> {
    let p = i.checked_sub(1).filter(|&p| p >= lo)?;
    if matches!(lower(doc, p), "his" | "her" | "their" | "its") {
        return Some(doc.tokens[p].span);
    }
    if matches!(doc.token_text(p), "'s" | "’s") {
        return phrase_before(doc, lo, p);
    }
    None
}

/// The object of a removal noun heading a target ("the complete repeal of X" -> X).
fn removal_object(doc: &Doc, target: Span, hi: usize) -> Option<Span> {
    let first = first_token(doc, target.start);
    let last = end_token(doc, target.end);
    let head = (first..last.min(hi)).find(|&k| listed(lower(doc, k), "removal"))?;
    (head + 1 < hi && lower(doc, head + 1) == "of")
        .then(|| target_after(doc, head + 2, hi))
        .flatten()
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

#[cfg(test)]
mod tests {
    use crate::{annotate, Options, Polarity};

    /// (holder text or "-", polarity, target text, negated) of every stance.
    fn stances(text: &str) -> Vec<(String, Polarity, String, bool)> {
        annotate(text, &Options::default())
            .stances
            .into_iter()
            .map(|s| {
                (
                    s.holder.map_or("-".into(), |h| h.text),
                    s.polarity,
                    s.target.text,
                    s.negated,
                )
            })
            .collect()
    }

    /// Asserts that none of `texts` yields a stance.
    fn none(texts: &[&str]) {
        for text in texts {
            let found = stances(text);
            assert!(found.is_empty(), "stances in {text:?}: {found:?}");
        }
    }

    fn has(text: &str, holder: &str, polarity: Polarity, target: &str, negated: bool) {
        let found = stances(text);
        assert!(
            found
                .iter()
                .any(|(h, p, t, n)| h == holder && *p == polarity && t == target && *n == negated),
            "no ({holder}, {polarity:?}, {target}, {negated}) in {found:?}"
        );
    }

    #[test]
    fn refusal_and_negation_flip_polarity() {
        use Polarity::*;
        has(
            "Mr Starmer has refused to call for a ceasefire.",
            "Mr Starmer",
            Oppose,
            "a ceasefire",
            true,
        );
        has(
            "He said he did not mean to back the siege.",
            "he",
            Oppose,
            "the siege",
            true,
        );
        has(
            "The mayor never supported the plan.",
            "The mayor",
            Oppose,
            "the plan",
            true,
        );
    }

    #[test]
    fn relative_clauses_coordination_and_passives() {
        use Polarity::*;
        let text = "Mr Starmer sacked several shadow cabinet members who did vote for a halt in hostilities.";
        has(
            text,
            "Mr Starmer",
            Oppose,
            "several shadow cabinet members",
            false,
        );
        has(
            text,
            "several shadow cabinet members",
            Support,
            "a halt",
            false,
        );
        has(
            "The plan was criticised by the unions.",
            "the unions",
            Oppose,
            "The plan",
            false,
        );
        has("The plan was criticised.", "-", Oppose, "The plan", false);
        has(
            "He has come under heavy criticism for it.",
            "-",
            Oppose,
            "He",
            false,
        );
    }

    #[test]
    fn first_person_in_a_quote_is_the_speaker() {
        let a = annotate("“We back the plan,” the mayor said.", &Options::default());
        let s = &a.stances[0];
        assert_eq!(
            (
                s.holder.as_ref().map(|h| h.text.as_str()),
                s.target.text.as_str()
            ),
            (Some("We"), "the plan")
        );
        assert!(
            s.evidence
                .detail
                .contains("holder: the source of the statement"),
            "{}",
            s.evidence.detail
        );
    }

    #[test]
    fn judgements_namings_and_demands_on_an_object() {
        use Polarity::*;
        // One stance for "a disgusting fraud", held by the quote's speaker.
        let text = "“Donald Trump is a disgusting fraud,” said Rep. Jim Butterfield.";
        let found = stances(text);
        assert_eq!(
            found,
            vec![(
                "Rep. Jim Butterfield".to_string(),
                Oppose,
                "Donald Trump".to_string(),
                false
            )]
        );
        has(
            "Christie called Clinton a disgrace on Wednesday.",
            "Christie",
            Oppose,
            "Clinton",
            false,
        );
        has(
            "David Axelrod called on Howard Dean to apologize.",
            "David Axelrod",
            Oppose,
            "Howard Dean",
            false,
        );
        has(
            "Sanders said the birther issue was insane.",
            "Sanders",
            Oppose,
            "the birther issue",
            false,
        );
        // "got" is no copula: "you've got this crazy system" judges no "you",
        // only the system.
        let found = stances("“You've got this crazy system,” he said.");
        assert!(
            found.iter().all(|(_, _, t, _)| t == "this crazy system"),
            "{found:?}"
        );
        assert_eq!(found.len(), 1);
    }

    #[test]
    fn headlines_relative_heads_and_holder_phrases() {
        use Polarity::*;
        has(
            "Elizabeth Warren Hammers Wells Fargo CEO",
            "Elizabeth Warren",
            Oppose,
            "Wells Fargo CEO",
            false,
        );
        // A capitalised "Back" inside an ordinary sentence is no cue.
        assert!(stances("They met at the Back Bay station.").is_empty());
        has(
            "It was risky for Cruz, who pointedly refused to endorse Trump during a speech.",
            "Cruz",
            Oppose,
            "Trump",
            true,
        );
        has(
            "Younger voters have expressed misgivings about Mrs. Clinton.",
            "Younger voters",
            Oppose,
            "Mrs. Clinton",
            false,
        );
        has(
            "That could include indicting the hackers.",
            "-",
            Oppose,
            "the hackers",
            false,
        );
    }

    #[test]
    fn refusals_negated_judgements_and_coordinated_targets() {
        use Polarity::*;
        has(
            "He refused to follow her commands.",
            "He",
            Oppose,
            "her commands",
            true,
        );
        has("“It isn’t fair,” she said.", "she", Oppose, "It", true);
        has(
            "“I don’t think this is a ridiculous idea,” Dean said.",
            "I",
            Support,
            "this",
            true,
        );
        has(
            "“This is a waste of time,” Plaskett said.",
            "Plaskett",
            Oppose,
            "This",
            false,
        );
        for target in ["discrimination", "racism", "sexism"] {
            has(
                "We have come so far in struggling against discrimination and racism and sexism.",
                "We",
                Oppose,
                target,
                false,
            );
        }
        // "the current national and local Labour Party": one target, not two.
        assert_eq!(
            stances("They opposed the current national and local party leaders.").len(),
            1
        );
        has(
            "A House panel voted Thursday to hold Bryan Pagliano in contempt.",
            "A House panel",
            Oppose,
            "Bryan Pagliano",
            false,
        );
        has(
            "Rep. Debbie Wasserman Schultz was forced to step down as chair.",
            "-",
            Oppose,
            "Rep. Debbie Wasserman Schultz",
            false,
        );
    }

    #[test]
    fn callers_removals_and_senses_that_are_no_stance() {
        use Polarity::*;
        // The caller holds the stance of the act called for.
        has(
            "Schiff called on President Obama to retaliate against Russia.",
            "Schiff",
            Oppose,
            "Russia",
            false,
        );
        // Support for removing something opposes it.
        has(
            "She called for compensation to be clawed back.",
            "She",
            Oppose,
            "compensation",
            false,
        );
        // "back home", missiles fired and an attack being stopped: no stance.
        none(&[
            "Knowing that back home we had no rights, he left.",
            "Pyongyang fired three missiles into the sea.",
            "Palmieri asked him to stop attacking Machado.",
        ]);
    }

    #[test]
    fn neutral_reports_are_not_stances() {
        assert!(stances("The minister met the ambassadors and held talks in London.").is_empty());
    }

    #[test]
    fn holders_of_received_support_allowed_acts_and_infinitives() {
        use Polarity::*;
        // "received the endorsement of X": X holds it, the receiver is its target.
        has(
            "Clinton was thrilled to receive the endorsement of LeBron James.",
            "LeBron James",
            Support,
            "Clinton",
            false,
        );
        has(
            "Mr. Clarke had the financial backing of Mr. Justice.",
            "Mr. Justice",
            Support,
            "Mr. Clarke",
            false,
        );
        // The ones allowed to act hold the act's stance.
        has(
            "The bill would allow 9/11 families to sue Saudi Arabia.",
            "9/11 families",
            Oppose,
            "Saudi Arabia",
            false,
        );
        // The subject of a verb of will, not the clause around it.
        has(
            "Based on a Times article, Sanders said he wants to attack four provisions.",
            "he",
            Oppose,
            "four provisions",
            false,
        );
        has(
            "President Obama appears set to veto the legislation.",
            "President Obama",
            Oppose,
            "the legislation",
            false,
        );
        // A verb right after a quotation mark, a subject after "that".
        has(
            "Mook said that Trump “lashed out at our generals.”",
            "Trump",
            Oppose,
            "our generals",
            false,
        );
        has(
            "May said this week that the country would break with the E.U. soon.",
            "the country",
            Oppose,
            "the E.U.",
            false,
        );
        // A participle after a verb's object: that verb's subject holds it.
        has(
            "The coalition filed suit challenging the law.",
            "The coalition",
            Oppose,
            "the law",
            false,
        );
        // A name before a noun of stance, and "be opposed to".
        has(
            "The ad cites FBI criticism of the email system.",
            "FBI",
            Oppose,
            "the email system",
            false,
        );
        has(
            "Many news anchors are opposed to our movement.",
            "Many news anchors",
            Oppose,
            "our movement",
            false,
        );
    }

    #[test]
    fn nouns_adjectives_and_greetings_are_no_stance() {
        none(&[
            "Last weekend, America experienced attacks upon our shores.",
            "A big question remains, however.",
            "RT pointed to its openness to opposing viewpoints.",
            "Kelly confronted him with insulting remarks.",
            "As he welcomed several hundred guests, Scott smiled.",
            "Republicans tried to question several protected individuals.",
            "“So this is a very dangerous time,” Flynn said.",
        ]);
    }

    #[test]
    fn conditions_quantities_and_participles() {
        use Polarity::*;
        // A conditional clause, a quantity, a verb in -ing and a stance held
        // back take no position.
        assert!(
            stances("“If it can't threaten its neighbors yet, it will soon,” Acton said.")
                .is_empty()
        );
        none(&[
            "“There are a great many folks in Congress,” said Brooks.",
            "He says, “We are losing so many great people.”",
            "Lauer asked them to refrain from attacking their opponent.",
            "Kaine represented people accused of rape.",
        ]);
        // A participle's holder: the subject of the verb before its object,
        // or the noun phrase right before it.
        has(
            "Recently, it issued a policy paper welcoming the administration's plans.",
            "it",
            Support,
            "the administration's plans",
            false,
        );
        has(
            "She is the prototype for the millions of Americans supporting Donald Trump.",
            "the millions of Americans",
            Support,
            "Donald Trump",
            false,
        );
    }

    #[test]
    fn decisions_of_the_guideline() {
        use Polarity::*;
        // Demands aimed at a person oppose them; cuts oppose what is cut.
        has(
            "He called for Smith to resign.",
            "He",
            Oppose,
            "Smith",
            false,
        );
        has(
            "The council voted to cut funding for the program.",
            "The council",
            Oppose,
            "funding",
            false,
        );
        // A decision not to recommend opposes.
        has(
            "The prosecutor did not recommend charges.",
            "The prosecutor",
            Oppose,
            "charges",
            true,
        );
        // A withdrawn endorsement opposes the endorsed.
        has(
            "Several lawmakers withdrew their endorsement of Trump.",
            "their",
            Oppose,
            "Trump",
            false,
        );
        // Agent nouns after "be", phrases of favour, rallies, irregular pasts.
        has(
            "He is a strong supporter of the deal.",
            "He",
            Support,
            "the deal",
            false,
        );
        has(
            "She came out in favour of the plan.",
            "She",
            Support,
            "the plan",
            false,
        );
        has(
            "Protesters rallied against the pipeline.",
            "Protesters",
            Oppose,
            "the pipeline",
            false,
        );
        has(
            "The union threw its support behind Clinton.",
            "The union",
            Support,
            "Clinton",
            false,
        );
        // A time after the target is not part of it.
        has(
            "The company fired the manager last week.",
            "The company",
            Oppose,
            "the manager",
            false,
        );
    }

    #[test]
    fn adverbs_negators_and_nouns_from_reporting_verbs() {
        use Polarity::*;
        has(
            "Trump unleashed a series of tweets criticizing Alicia Machado.",
            "Trump",
            Oppose,
            "Alicia Machado",
            false,
        );
        has(
            "The FBI decided against recommending charges.",
            "The FBI",
            Oppose,
            "charges",
            true,
        );
        has(
            "President Obama has long called for tax fairness.",
            "President Obama",
            Support,
            "tax fairness",
            false,
        );
        has(
            "He cannot defend his own record.",
            "He",
            Oppose,
            "his own record",
            true,
        );
        none(&[
            "“Trump is reduced to taunts,” Palmieri said.",
            "“Stiffing vendors is fair game,” he said.",
            "He says there has been “no illegal disclosure.”",
        ]);
    }

    #[test]
    fn durations_participles_and_acts_praised() {
        use Polarity::*;
        has(
            "The country has spent hundreds of years fighting against racism.",
            "The country",
            Oppose,
            "racism",
            false,
        );
        has(
            "There is an issue that is bringing the people who voted for Clinton together.",
            "the people",
            Support,
            "Clinton",
            false,
        );
        has(
            "Cruz thanked Trump on Twitter for backing his top legislative priority.",
            "Trump",
            Support,
            "his top legislative priority",
            false,
        );
    }

    #[test]
    fn generic_holders_questions_and_agreement() {
        use Polarity::*;
        none(&[
            "“You could dismiss these actions as insecure,” she said.",
            "Would you vote for an African American?",
            "“Anyone who cannot condemn the hatred is unfit,” he said.",
            "“That’s absolutely right, Donald,” Melanie said.",
            "“I think it's fair to say that he will win,” he said.",
            "In the Senate's 80-19 vote for admitting Poland, both split.",
        ]);
        has(
            "“There are many individuals who will willingly continue to support him,” she wrote.",
            "many individuals",
            Support,
            "him",
            false,
        );
    }

    #[test]
    fn more_verbs_of_praise_and_attack() {
        use Polarity::*;
        has(
            "Mrs. Clinton has embraced Mr. Obama's approach.",
            "Mrs. Clinton",
            Support,
            "Mr. Obama's approach",
            false,
        );
        has(
            "The governor lauded Mr. Clarke in his address.",
            "The governor",
            Support,
            "Mr. Clarke",
            false,
        );
        has(
            "Hillary Clinton Goes After Donald Trump.",
            "Hillary Clinton",
            Oppose,
            "Donald Trump",
            false,
        );
        // A refusal still reads a verb that only opens a longer cue ("take aim at").
        has(
            "He refuses to take responsibility.",
            "He",
            Oppose,
            "responsibility",
            true,
        );
    }

    #[test]
    fn participles_after_commas_offices_and_findings() {
        use Polarity::*;
        has(
            "Trump has tried to use the ad against Clinton, accusing her of being asleep.",
            "Trump",
            Oppose,
            "her",
            false,
        );
        has(
            "Peacekeepers have sometimes been accused of abuse.",
            "-",
            Oppose,
            "Peacekeepers",
            false,
        );
        assert!(
            stances("“When you're campaigning for president, it hurts,” Graham said.").is_empty()
        );
        assert!(stances("A study found that poor children have the worst odds.").is_empty());
    }

    #[test]
    fn comparisons_avoidance_and_questions_to_the_reader() {
        use Polarity::*;
        none(&[
            "He has other rules for young models opposed to Mexicans.",
            "Trump avoids condemning Russia's invasion of Ukraine.",
            "The client fired every question to him anyway.",
            "“Or would you think she must be the worst woman?” she wrote.",
        ]);
        has(
            "Many news anchors are strongly opposed to our movement.",
            "Many news anchors",
            Oppose,
            "our movement",
            false,
        );
    }

    #[test]
    fn an_appeal_to_act_is_no_stance_on_the_one_asked() {
        assert!(
            stances("Fellow Republicans are urging Trump to make the debate count.").is_empty()
        );
        assert!(stances("Proponents have urged Congress to leave the program intact.").is_empty());
    }

    #[test]
    fn what_the_blame_is_put_on_is_opposed_too() {
        use Polarity::*;
        let text = "She blamed police shootings on “implicit bias” against minorities.";
        has(text, "She", Oppose, "police shootings", false);
        has(text, "She", Oppose, "implicit bias", false);
    }

    #[test]
    fn holders_through_yet_and_coordinated_adjectives() {
        use Polarity::*;
        has(
            "Trump demands transparency from others, yet refuses to release his tax records.",
            "Trump",
            Oppose,
            "his tax records",
            true,
        );
        has(
            "Hillary Clinton has been a consistent and outspoken supporter of NATO.",
            "Hillary Clinton",
            Support,
            "NATO",
            false,
        );
    }

    #[test]
    fn holders_that_name_no_one_and_what_a_noun_describes() {
        use Polarity::*;
        none(&[
            "It is a problem that demands a quick response from the city.",
            "The vote was a sign of rising anger that risks undermining the treaty.",
            "However, fixing the tax code alone is not the answer to reducing the deficit.",
            "We don't vote against somebody. We vote for somebody.",
            "In defending himself, the mayor spoke for an hour.",
            "But has he called for changing any of the rules?",
            "The paper is steering clear of criticizing the governor.",
            "Smith, a lawyer, defended clients accused of fraud.",
        ]);
        has(
            "Warner is a former prosecutor who is a fierce opponent of the new tariff.",
            "Warner",
            Oppose,
            "the new tariff",
            false,
        );
        has(
            "Senator Lee had long been an influential voice in support of the embargo.",
            "Senator Lee",
            Support,
            "the embargo",
            false,
        );
        has(
            "Mayor Bloom often shouts at reporters and is a populist and demagogue who has pledged to ban all cars from downtown.",
            "Mayor Bloom",
            Support,
            "ban all cars",
            false,
        );
        has(
            "Some Democrats, however, question the wisdom of the deal.",
            "Some Democrats",
            Oppose,
            "the wisdom of the deal",
            false,
        );
        has(
            "In defending the budget, Governor Hale attacked the unions.",
            "Governor Hale",
            Support,
            "the budget",
            false,
        );
        has(
            "The court is friendly to companies looking to cut their debts.",
            "companies",
            Oppose,
            "their debts",
            false,
        );
        has(
            "Voters prefer her to the developer who lacks experience and has attacked the unions.",
            "the developer",
            Oppose,
            "the unions",
            false,
        );
        has(
            "Trump has sharply criticized trade deals such as NAFTA.",
            "Trump",
            Oppose,
            "trade deals",
            false,
        );
    }

    #[test]
    fn verdicts_on_a_subject_and_namings_in_the_present() {
        use Polarity::*;
        has(
            "\"The voucher scheme doesn't work,\" the governor said.",
            "the governor",
            Oppose,
            "The voucher scheme",
            false,
        );
        has(
            "\"This tax plan makes no sense,\" Senator Ortiz said.",
            "Senator Ortiz",
            Oppose,
            "This tax plan",
            false,
        );
        has(
            "\"The old system works fine,\" Ortiz said.",
            "Ortiz",
            Support,
            "The old system",
            false,
        );
        has(
            "Senator Ortiz calls the tax plan a crazy scheme.",
            "Senator Ortiz",
            Oppose,
            "the tax plan",
            false,
        );
        // Unreported, or about what follows: no verdict.
        none(&[
            "The voucher scheme doesn't work on weekends.",
            "\"It makes sense to wait,\" Ortiz said.",
        ]);
    }

    #[test]
    fn small_clauses_quoted_targets_and_days_inside_a_cue() {
        use Polarity::*;
        has(
            "A federal judge found the voter ID law unconstitutional.",
            "A federal judge",
            Oppose,
            "the voter ID law",
            false,
        );
        has(
            "The mayor voiced concerns about “lax enforcement” of the rules.",
            "The mayor",
            Oppose,
            "lax enforcement",
            false,
        );
        has(
            "An appeals court ruled Friday against the city's curfew.",
            "An appeals court",
            Oppose,
            "the city's curfew",
            false,
        );
        none(&["A 2014 study found that poor children have the worst odds."]);
    }

    #[test]
    fn feelings_after_be_towards_what_follows() {
        use Polarity::*;
        has(
            "The president has grown exasperated with the tone of the race.",
            "The president",
            Oppose,
            "the tone of the race",
            false,
        );
        has(
            "Senator Lee is deeply disappointed in the court ruling.",
            "Senator Lee",
            Oppose,
            "the court ruling",
            false,
        );
        has(
            "\"I'm very, very troubled by that,\" Ortiz said.",
            "I'm",
            Oppose,
            "that",
            false,
        );
        has(
            "\"We are pleased with the Court's well-reasoned decision,\" the lawyer said.",
            "We",
            Support,
            "the Court's well-reasoned decision",
            false,
        );
        // Negated, or no "be" before it: no feeling is stated.
        none(&[
            "He wouldn't be troubled by the polls.",
            "Voters troubled by the ads stayed home.",
        ]);
    }

    #[test]
    fn helping_someone_win_and_subjects_before_an_infinitive() {
        use Polarity::*;
        has(
            "Senator Ruiz says he cannot allow Governor Hale to win the election.",
            "he",
            Oppose,
            "Governor Hale",
            true,
        );
        has(
            "Union members helped Ortiz win the primary.",
            "Union members",
            Support,
            "Ortiz",
            false,
        );
        has(
            "\"The mayor's reasons to veto the bill don't hold water,\" Ortiz said.",
            "Ortiz",
            Oppose,
            "The mayor's reasons",
            false,
        );
        has(
            "The council voiced concerns about lawyers trying to get rich.",
            "The council",
            Oppose,
            "lawyers",
            false,
        );
        none(&["The rules let the company take control of the mine."]);
    }

    #[test]
    fn abilities_generic_you_and_heads_before_modifiers() {
        use Polarity::*;
        none(&[
            "\"Any time you want to cut taxes, the rich gain,\" Ellis said.",
            "The new rules will make it difficult for Ortiz to attack them.",
            "Experts disagree about any chance of threatening the coast.",
            "\"His business record is fair to look into,\" Plouffe said.",
        ]);
        has(
            "Ortiz started attacking the unions at the beginning of his campaign.",
            "Ortiz",
            Oppose,
            "the unions",
            false,
        );
        has(
            "The mayor's implicit endorsement of the plan surprised many.",
            "The mayor",
            Support,
            "the plan",
            false,
        );
        has(
            "Ortiz claimed that a judge presiding over the case was unfit to serve.",
            "Ortiz",
            Oppose,
            "a judge",
            false,
        );
    }

    #[test]
    fn more_verbs_and_their_other_senses() {
        use Polarity::*;
        has(
            "He’s been pilloried for years for his claims.",
            "-",
            Oppose,
            "He",
            false,
        );
        has(
            "The governor stood with the striking teachers.",
            "The governor",
            Support,
            "the striking teachers",
            false,
        );
        has(
            "Senators called out the bank for its fees.",
            "Senators",
            Oppose,
            "the bank",
            false,
        );
        none(&[
            "He stood with his arms crossed.",
            "He gave airtime to their widely repudiated theories.",
            "The scandal hurt Democrats’ standing with young voters.",
            "The team defied the odds.",
        ]);
    }

    #[test]
    fn an_active_verb_needs_a_holder() {
        none(&[
            "Ban Ki-moon, the secretary general, spoke on Tuesday.",
            "Veto Power Impedes Peace Efforts.",
        ]);
    }

    #[test]
    fn object_relatives_and_acts_judged_for_someone() {
        use Polarity::*;
        has(
            "Leaders discussed an overhaul of the prisons, which Mr. Obama championed.",
            "Mr. Obama",
            Support,
            "an overhaul of the prisons",
            false,
        );
        has(
            "The plan, which the mayor opposes, passed.",
            "the mayor",
            Oppose,
            "The plan",
            false,
        );
        has(
            "\"It was wrong for Congress to pass the bill,\" Ortiz said.",
            "Ortiz",
            Oppose,
            "Congress",
            false,
        );
        has(
            "“This just isn’t right,” Warren said.",
            "Warren",
            Oppose,
            "This",
            true,
        );
        none(&["\"This could be the great Trojan horse of all time,\" Ortiz said."]);
    }

    #[test]
    fn support_received_pressure_from_and_breaking_up() {
        use Polarity::*;
        has(
            "The bill won broad support from both parties.",
            "both parties",
            Support,
            "The bill",
            false,
        );
        has(
            "Cruz faced growing pressure from donors to back the nominee.",
            "donors",
            Support,
            "the nominee",
            false,
        );
        has(
            "\"Any bank that fails should be broken up,\" Clinton said.",
            "Clinton",
            Oppose,
            "Any bank that fails",
            false,
        );
        none(&["Police broke up the protest on Friday."]);
    }

    #[test]
    fn strong_judgements_before_their_noun() {
        use Polarity::*;
        has(
            "\"So you've got this crazy system where premiums double,\" Ortiz said.",
            "Ortiz",
            Oppose,
            "this crazy system",
            false,
        );
        has(
            "\"He was a tough and brilliant opponent,\" Ortiz said.",
            "Ortiz",
            Support,
            "He",
            false,
        );
        // Unreported, or a weaker word: no judgement of the noun.
        none(&[
            "This crazy system raised premiums.",
            "He met a brilliant scientist.",
        ]);
    }

    #[test]
    fn two_word_judgements_and_subjects_of_that_clauses() {
        use Polarity::*;
        has(
            "The administration argued that the bill is a bad idea.",
            "The administration",
            Oppose,
            "the bill",
            false,
        );
        has(
            "\"It would be a good idea to hold more debates,\" Ortiz said.",
            "Ortiz",
            Support,
            "hold more debates",
            false,
        );
        has(
            "\"The birther issue, bringing that up again, is insane,\" Sanders said.",
            "Sanders",
            Oppose,
            "The birther issue, bringing that up again",
            false,
        );
    }

    #[test]
    fn subjects_after_opening_quotes_and_before_but() {
        use Polarity::*;
        has(
            "“You went on television to blame the tellers.”",
            "You",
            Oppose,
            "the tellers",
            false,
        );
        has(
            "The mayor signaled willingness to change the plan but has been met with opposition.",
            "-",
            Oppose,
            "The mayor",
            false,
        );
    }

    #[test]
    fn negations_that_reach_further() {
        use Polarity::*;
        has(
            "\"I am not in the habit of supporting people who attack my wife,\" Cruz said.",
            "I",
            Oppose,
            "people",
            true,
        );
        has(
            "Cruz said he wasn't going to \"act like a puppy dog\" and back Trump.",
            "he",
            Oppose,
            "Trump",
            true,
        );
        has(
            "\"I don't think this is a ridiculous idea,\" Dean said.",
            "I",
            Support,
            "this",
            true,
        );
        none(&["Clinton restricted comments about breaking up big banks."]);
    }

    #[test]
    fn apologies_and_conditional_judgements() {
        use Polarity::*;
        has(
            "Axelrod called on Dean to apologize to Trump for accusing him of lying.",
            "Dean",
            Oppose,
            "him",
            false,
        );
        none(&["\"If indeed the mayor is not legitimate, we should know,\" Moore said."]);
    }

    #[test]
    fn holders_after_bring() {
        use Polarity::*;
        has(
            "That will bring a lot of those people around in support of Clinton.",
            "a lot of those people",
            Support,
            "Clinton",
            false,
        );
    }

    #[test]
    fn requests_from_someone_and_restoring() {
        use Polarity::*;
        has(
            "The court rejected a request from Democrats in Ohio to restore an extra week of voting.",
            "Democrats in Ohio",
            Support,
            "an extra week of voting",
            false,
        );
        none(&[
            "Crews worked to restore power on Friday.",
            "The fund slashes its forecast for growth.",
        ]);
    }

    #[test]
    fn champions_and_what_smacks_of_hypocrisy() {
        use Polarity::*;
        has(
            "The union called Senator Ortiz a “champion” for its members.",
            "The union",
            Support,
            "Senator Ortiz",
            false,
        );
        has(
            "Gowdy said that claim smacked of hypocrisy.",
            "Gowdy",
            Oppose,
            "that claim",
            false,
        );
        none(&["\"She is a champion of the poor,\" he said."]);
    }

    #[test]
    fn authors_of_words_and_quantifiers_as_holders() {
        use Polarity::*;
        has(
            "She says Trump’s early-morning tweets accusing Machado are lies.",
            "Trump",
            Oppose,
            "Machado",
            false,
        );
        has(
            "According to Ham, generals left because many disagreed with the policies.",
            "many",
            Oppose,
            "the policies",
            false,
        );
    }

    #[test]
    fn things_that_cut_and_calls_sounded() {
        use Polarity::*;
        none(&[
            "\"It won't eliminate gun violence,\" he said.",
            "Training can be effective, and it is good at reducing suicide.",
            "In 2000, terrorists attacked the USS Cole.",
        ]);
        has(
            "President Obama sounded a call for the city to accept more refugees.",
            "President Obama",
            Support,
            "the city",
            false,
        );
    }

    #[test]
    fn hoped_for_stances_and_opponents_among_many() {
        use Polarity::*;
        none(&[
            "He said Obama hopes that his successor will push for the same goals.",
            "The campaign expects Holt to insert himself by calling out Trump.",
        ]);
        has(
            "Leaders who have been some of the most strident opponents of the plan met.",
            "Leaders",
            Oppose,
            "the plan",
            false,
        );
    }

    #[test]
    fn silences_obligations_and_tweets_named_for_their_author() {
        use Polarity::*;
        none(&[
            "McAuliffe refuses to discuss potential appointees.",
            "Police say he refused to drop the gun.",
            "\"Lester Holt needs to challenge Donald Trump,\" Limbaugh said.",
            "It seems to be a rather polarizing question these days.",
        ]);
        has(
            "Clinton described as unhinged a Donald Trump tweet attacking a former Miss Universe.",
            "Donald Trump",
            Oppose,
            "a former Miss Universe",
            false,
        );
        has(
            "\"We must oppose Trump,\" Ortiz said.",
            "We",
            Oppose,
            "Trump",
            false,
        );
    }
}
