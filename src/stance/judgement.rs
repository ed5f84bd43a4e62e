//! The rules read word by word after the cues: judgements ("X is a
//! disgrace"), verdicts, demands, refusals, contempt and support given.

use super::*;

/// "help", "allow", "let": verbs that enable someone to win.
pub(super) fn is_enabling(w: &str) -> bool {
    listed(w, "rule_enabling")
}

/// "urged", "pressed", "asks" ...: verbs that appeal to someone to act.
pub(super) fn is_appeal(w: &str) -> bool {
    listed(w, "rule_appeal")
}

/// "refused", "declines" ...: the verbs of a refusal.
pub(super) fn is_refusal(w: &str) -> bool {
    listed(w, "rule_refusal")
}

/// The forms of "hold" ("held in contempt").
pub(super) fn is_hold(w: &str) -> bool {
    listed(w, "rule_hold")
}

/// "X is a disgrace", "it was a mistake", "he is very qualified": a word of
/// judgement after a form of "be"; the target is the subject. The holder is
/// filled in later from the quote or report around it.
pub(super) fn judgement(
    ctx: &Ctx,
    k: usize,
    cues: Option<&'static Vec<PhraseCue>>,
) -> Option<Stance> {
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
        matches!(p, "you're" | "that's")
            || (before_adverbs >= lo + 2
                && (is_be(p) || p == "'s")
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
            && w != "'s"
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
        Some(w) if w.ends_with("n't") => {
            let stem = w.trim_end_matches("n't");
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
                "don't" | "didn't" | "doesn't" | "not" | "never"
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
pub(super) fn verdict(
    ctx: &Ctx,
    k: usize,
    cues: Option<&'static Vec<PhraseCue>>,
) -> Option<Stance> {
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
pub(super) fn attributive(
    ctx: &Ctx,
    b: usize,
    k: usize,
    polarity: Polarity,
    word: &str,
) -> Option<Stance> {
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
pub(super) fn subject_of_be(doc: &Doc, lo: usize, be: usize) -> Option<Span> {
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
pub(super) fn negated_judgement(
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
pub(super) fn first_object(ctx: &Ctx, target: Span) -> usize {
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
pub(super) fn first_of_two_objects(ctx: &Ctx, st: &Stance) -> Option<Stance> {
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
pub(super) fn called_judgement(
    ctx: &Ctx,
    b: usize,
    k: usize,
    polarity: Polarity,
) -> Option<Stance> {
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
pub(super) fn demand_on_subject(doc: &Doc, actors: &Actors, lo: usize, k: usize) -> Option<Stance> {
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
pub(super) fn refusal(ctx: &Ctx, k: usize) -> Option<Stance> {
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
pub(super) fn held_in_contempt(ctx: &Ctx, k: usize) -> Option<Stance> {
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
pub(super) fn helped_to_win(ctx: &Ctx, k: usize) -> Option<Stance> {
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
pub(super) fn support_received(ctx: &Ctx, k: usize) -> Option<Stance> {
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
pub(super) fn demand_at(doc: &Doc, v: usize) -> Option<&'static PhraseCue> {
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
pub(super) fn demand_on_object(ctx: &Ctx, k: usize) -> Option<Stance> {
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
