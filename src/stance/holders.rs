//! Who holds a stance: the subject of a cue's clause, through auxiliaries,
//! relatives, coordination, infinitives and participles.

use super::*;

/// The holder cut to its noun phrase (`holder_phrase`), or none.
pub(super) fn noun_phrase_holder(ctx: &Ctx, h: Speaker) -> Option<Speaker> {
    let span = holder_phrase(ctx.doc, Span::new(h.start, h.end))?;
    Some(speaker(ctx, span))
}

/// "a problem that demands a response", "risks undermining trade",
/// "However, ... reducing", "the name of creating": a holder, not a known
/// actor, whose last word names no one who could take a position.
pub(super) fn names_no_one(doc: &Doc, h: &Speaker) -> bool {
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
pub(super) fn holder_phrase(doc: &Doc, span: Span) -> Option<Span> {
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

/// The subject of "X was criticised": the phrase before the be-form.
pub(super) fn subject_before_be(doc: &Doc, lo: usize, cue_start: usize) -> Option<Span> {
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
pub(super) fn by_agent(ctx: &Ctx, end: usize) -> Option<Speaker> {
    (end < ctx.hi && lower(ctx.doc, end) == "by")
        .then(|| phrase_after(ctx.doc, end, ctx.hi))
        .flatten()
        .map(|p| speaker(ctx, p))
}

/// The holder of a verb cue starting at `k`: its subject, through
/// auxiliaries, relative pronouns, coordination and infinitives.
pub(super) fn verb_holder(ctx: &Ctx, k: usize) -> Option<Speaker> {
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
pub(super) fn object_relative_head(ctx: &Ctx, cue_start: usize, end: usize) -> Option<Span> {
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
pub(super) fn described(ctx: &Ctx, p: Span) -> Span {
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
pub(super) fn author_of_words(ctx: &Ctx, k: usize) -> Option<Span> {
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
pub(super) fn opening(ctx: &Ctx) -> usize {
    (ctx.lo..ctx.hi)
        .find(|&k| ctx.doc.tokens[k].kind != TokenKind::Quote)
        .unwrap_or(ctx.lo)
}

/// The object of "allow/let/permit X to" whose "to" is at `to`.
pub(super) fn allowed_before(ctx: &Ctx, to: usize) -> Option<Span> {
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
pub(super) fn is_will(w: &str) -> bool {
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
pub(super) fn impersonal_before(doc: &Doc, lo: usize, to: usize) -> bool {
    let mut k = to;
    while k > lo && to - k < 4 {
        k -= 1;
        let w = lower(doc, k);
        if is_be(w) || w == "'s" {
            return k > lo && lower(doc, k - 1) == "it" && k + 1 < to;
        }
        if doc.tokens[k].kind != TokenKind::Word || is_capitalized(doc, k) {
            return false;
        }
    }
    false
}

/// The verb of "called on X to", "urged X to" whose "to" is at `to`.
pub(super) fn appeal_before(ctx: &Ctx, to: usize) -> Option<usize> {
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
pub(super) fn coordinated(doc: &Doc, lo: usize, p: Span) -> Span {
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

/// True when a form of "be" (or "remain") comes before token `k`, over
/// adverbs and "not": "are opposed", "is strongly opposed", "they're opposed".
pub(super) fn be_before(doc: &Doc, lo: usize, k: usize) -> bool {
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
            || w.ends_with("'m")
    }
}

/// One past the verb before token `k`, over adverbs and commas ("is very,
/// very troubled").
pub(super) fn linking_verb_before(doc: &Doc, lo: usize, k: usize) -> usize {
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
pub(super) fn feeling_holder(ctx: &Ctx, i: usize) -> Option<Speaker> {
    let v = linking_verb_before(ctx.doc, ctx.lo, i) - 1;
    let w = lower(ctx.doc, v);
    if w.contains('\'') {
        return Some(speaker(ctx, ctx.doc.tokens[v].span));
    }
    verb_holder(ctx, v)
}

/// The holder of a noun cue: a possessor ("Labour's criticism of") or an
/// agent ("resignations by labour councillors ... over").
pub(super) fn noun_holder(ctx: &Ctx, i: usize, end: usize) -> Option<Speaker> {
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
pub(super) const EXPRESS: &[&str] = &[
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
