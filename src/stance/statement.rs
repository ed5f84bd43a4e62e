//! The verb and noun cues of the lexicon: the statement each anchors
//! (holder, polarity, target), its targets and the senses that are no stance.

use super::*;

/// The most words a target noun phrase keeps.
pub(super) const MAX_TARGET: usize = 8;

/// Builds the stance anchored at the cue `[i, end)`, if its target is found.
pub(super) fn statement(ctx: &Ctx, cue: &PhraseCue, i: usize, end: usize) -> Option<Stance> {
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
                w == "no" || is_negation(w)
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

/// "blamed police shootings on “implicit bias”": what the blame is put on
/// is opposed too, a stance of its own.
pub(super) fn blamed_on(ctx: &Ctx, st: &Stance) -> Option<Stance> {
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
pub(super) fn with_target(ctx: &Ctx, st: &Stance, target: Span, note: &str) -> Stance {
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
pub(super) fn coordinated_targets(ctx: &Ctx, st: &Stance) -> Vec<Stance> {
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

/// Where the target of a noun cue starts: right after cues that end in a
/// preposition ("criticism of"), else after a later "over"/"against"
/// ("resignations by labour councillors across the country over X").
pub(super) fn noun_complement(doc: &Doc, cue: &PhraseCue, end: usize, hi: usize) -> usize {
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

/// "slashes its forecast for growth", "cut its estimate": a figure revised,
/// not a position.
pub(super) const FORECASTS: &[&str] = &[
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
pub(super) const BREAK_UP_SENSES: &[&str] = &[
    "fight", "fights", "crowd", "crowds", "protest", "protests", "party", "meeting", "monotony",
    "marriage", "band", "rally",
];

/// Objects that give a cue another sense than a stance, by the cue's first
/// letters: "fired three missiles" (weapons, not a sacking), "question
/// several individuals" (an interrogation), "welcomed several hundred
/// guests" (a greeting), "campaigning for president" (running for office).
pub(super) const OTHER_SENSES: &[(&str, &[&str])] = &[
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
pub(super) fn other_sense(cue: &str, target: &str) -> bool {
    OTHER_SENSES.iter().any(|(prefix, objects)| {
        cue.starts_with(prefix)
            && target
                .split_whitespace()
                .any(|w| objects.contains(&w.to_lowercase().as_str()))
    })
}

/// The verb of withdrawal before the noun cue at `i`, over a possessive or
/// a determiner: "withdrew their endorsement of", "rescinded his support for".
pub(super) fn withdrawn_before(ctx: &Ctx, i: usize) -> Option<usize> {
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
            FUNCTION_WORDS.determiners.contains(w) || w == "'s" || is_capitalized(doc, k)
        })
        .then_some(v)
}

/// The verb of receiving before the noun cue at `i`, over determiners and
/// adjectives: "received the endorsement of", "had the financial backing of",
/// "drew the condemnation of".
pub(super) fn received_before(ctx: &Ctx, i: usize) -> Option<usize> {
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

/// The short noun phrase a cue governs: up to the first preposition other
/// than "of", a relative pronoun, a conjunction or punctuation.
pub(super) fn target_after(doc: &Doc, start: usize, hi: usize) -> Option<Span> {
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

/// "his supporters", "Trump's critics": the possessor before an agent noun.
pub(super) fn possessor(doc: &Doc, lo: usize, i: usize) -> Option<Span> {
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
pub(super) fn removal_object(doc: &Doc, target: Span, hi: usize) -> Option<Span> {
    let first = first_token(doc, target.start);
    let last = end_token(doc, target.end);
    let head = (first..last.min(hi)).find(|&k| listed(lower(doc, k), "removal"))?;
    (head + 1 < hi && lower(doc, head + 1) == "of")
        .then(|| target_after(doc, head + 2, hi))
        .flatten()
}
