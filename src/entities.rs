//! Pass 2: reads sentences and tokens; adds entities. Names come from the
//! learned tagger (`src/tagger.rs`, weights in `data/tagger.bin`, trained on
//! CoNLL-2003 train by `./run train-tagger`) and from the name lexicons in
//! `data/lexicon/`, which also refine the tagger's labels (LOC into GPE or
//! LOC, MISC into NORP or EVENT). Rules add TITLE, DATE, TIME, CARDINAL and
//! QUANTITY.

use crate::lexicon::HashMap;
use crate::lexicon::{NAMES, NAME_PARTS, NUMBER_WORDS, TIME_WORDS, TITLES};
use crate::model::{Entity, Evidence, Label};
use crate::phrase::{is_capitalized, lower};
use crate::segment::{Doc, TokenKind};
use crate::span::Span;
use crate::tagger::{EntityType, Tagger};
use std::sync::LazyLock;

/// The tagger, parsed once from the weights compiled into the binary.
static TAGGER: LazyLock<Result<Tagger, String>> =
    LazyLock::new(|| Tagger::from_bytes(include_bytes!("../data/tagger.bin")));

/// Words that end the names of events ("World War", "the Olympic Games").
const EVENT_HEADS: &[&str] = &[
    "War",
    "Olympics",
    "Games",
    "Cup",
    "Championship",
    "Championships",
    "Summit",
    "Festival",
    "Revolution",
    "Crisis",
    "Conference",
    "Election",
];

/// Finds the entities of `doc`, sorted by start (longer first on ties).
pub fn find(doc: &Doc) -> Vec<Entity> {
    let mut out = names(doc);
    let mut taken = vec![false; doc.tokens.len()];
    for e in &out {
        let a = doc.tokens.partition_point(|t| t.span.end <= e.start);
        let b = doc.tokens.partition_point(|t| t.span.start < e.end);
        taken[a..b].fill(true);
    }
    out.extend(titles(doc, &out));
    out.extend(numbers_and_dates(doc, &taken));
    out.sort_by_key(|e| (e.start, std::cmp::Reverse(e.end)));
    out
}

fn entity(doc: &Doc, span: Span, label: Label, rule: &str, detail: String) -> Entity {
    Entity {
        start: span.start,
        end: span.end,
        text: span.slice(doc.text).to_string(),
        label,
        actor: None,
        evidence: Evidence {
            rule: rule.to_string(),
            detail,
        },
    }
}

/// The lexicon section of the tokens `[a, b)`, if they spell an entry.
fn lexicon_section(doc: &Doc, a: usize, b: usize) -> Option<&'static str> {
    if b == a + 1 {
        return NAMES.entries.get(doc.token_text(a)).copied();
    }
    if !NAMES.first_tokens.contains(doc.token_text(a)) {
        return None;
    }
    let key: Vec<&str> = (a..b).map(|i| doc.token_text(i)).collect();
    NAMES.entries.get(&key.join(" ")).copied()
}

fn label_of_section(section: &str) -> Option<Label> {
    match section {
        "country" | "city" | "state" => Some(Label::Gpe),
        "region" => Some(Label::Loc),
        "nationality" | "religion" | "political" => Some(Label::Norp),
        "org" => Some(Label::Org),
        _ => None,
    }
}

/// Names: the tagger's, refined by the lexicons, then lexicon names the
/// tagger missed, then names after an honorific ("Sheikh Fawaz Al Khalifa").
fn names(doc: &Doc) -> Vec<Entity> {
    let sentences: Vec<&[&str]> = doc
        .sentences
        .iter()
        .map(|s| doc.token_texts(s.tokens.clone()))
        .collect();
    let mut out = Vec::new();
    let mut covered = vec![false; doc.tokens.len()];
    if let Ok(tagger) = &*TAGGER {
        for t in tagger.tag_document(&sentences) {
            let first = doc.sentences[t.sentence].tokens.start;
            let (a, mut b) = (first + t.start, first + t.end);
            // "Khalid Saud AlQasimi": a camel-case surname the tagger left out.
            let sentence_end = doc.sentences[t.sentence].tokens.end;
            if t.kind == EntityType::Per && b < sentence_end && is_camel_surname(doc.token_text(b))
            {
                b += 1;
            }
            // "Muslim Labour", "Muslim MPs": a group word glued to a name or a role.
            let lead = lexicon_section(doc, a, a + 1).and_then(label_of_section);
            let glued = matches!(t.kind, EntityType::Per | EntityType::Org)
                && b - a >= 2
                && lead == Some(Label::Norp);
            let (a, split) = if glued && !is_name_tail(doc, a + 1, b) {
                covered[a] = true;
                out.push(entity(
                    doc,
                    span(doc, a, a + 1),
                    Label::Norp,
                    "tagger+lexicon",
                    "split off a group word".into(),
                ));
                (a + 1, true)
            } else {
                (a, false)
            };
            let section = lexicon_section(doc, a, b);
            if split && section.is_none() {
                continue;
            }
            let last = doc.token_text(b - 1);
            let multiword = b - a >= 2;
            let label = match (t.kind, section.and_then(label_of_section)) {
                (_, Some(Label::Org)) => Label::Org,
                (EntityType::Per | EntityType::Loc, None)
                    if multiword
                        && (NAME_PARTS.org_suffixes.contains(last)
                            || NAME_PARTS.org_heads.contains(doc.token_text(a))) =>
                {
                    Label::Org
                }
                (EntityType::Per, None)
                    if multiword
                        && NAME_PARTS.place_suffixes.contains(last)
                        && !NAME_PARTS.first.contains(doc.token_text(a)) =>
                {
                    Label::Loc
                }
                (EntityType::Per, _) => Label::Person,
                (EntityType::Org, _) => Label::Org,
                (EntityType::Loc, Some(Label::Loc)) => Label::Loc,
                (EntityType::Loc, _) => Label::Gpe,
                (EntityType::Misc, Some(Label::Norp)) => Label::Norp,
                (EntityType::Misc, _) if EVENT_HEADS.contains(&last) => Label::Event,
                (EntityType::Misc, _) => Label::Misc,
            };
            let detail = match section {
                Some(s) => format!("{} (margin {:.1}); lexicon: {s}", t.kind.label(), t.margin),
                None => format!("{} (margin {:.1})", t.kind.label(), t.margin),
            };
            covered[a..b].fill(true);
            out.push(entity(doc, span(doc, a, b), label, "tagger", detail));
        }
    }
    for s in &doc.sentences {
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            if covered[i] || !is_capitalized(doc, i) {
                i += 1;
                continue;
            }
            // Every entry's first word is in `first_tokens`: one look-up
            // rules out all the lengths for most words.
            let starts_entry = NAMES.first_tokens.contains(doc.token_text(i));
            let longest = (i + 1..=s.tokens.end.min(i + NAMES.max_tokens))
                .rev()
                .filter(|_| starts_entry)
                .filter(|&b| !covered[i..b].contains(&true))
                .find_map(|b| {
                    lexicon_section(doc, i, b)
                        .and_then(label_of_section)
                        .map(|l| (b, l))
                });
            if let Some((b, label)) = longest {
                let section = lexicon_section(doc, i, b).unwrap_or_default();
                covered[i..b].fill(true);
                out.push(entity(
                    doc,
                    span(doc, i, b),
                    label,
                    "lexicon",
                    format!("names: {section}"),
                ));
                i = b;
                continue;
            }
            if NAME_PARTS
                .honorifics
                .contains(doc.token_text(i).trim_end_matches('.'))
            {
                let mut b = i + 1;
                while b < s.tokens.end
                    && !covered[b]
                    && (is_capitalized(doc, b) || NAME_PARTS.particles.contains(doc.token_text(b)))
                {
                    b += 1;
                }
                while b > i + 1 && !is_capitalized(doc, b - 1) {
                    b -= 1;
                }
                if b > i + 1 {
                    covered[i..b].fill(true);
                    out.push(entity(
                        doc,
                        span(doc, i + 1, b),
                        Label::Person,
                        "honorific",
                        format!("after “{}”", doc.token_text(i)),
                    ));
                    i = b;
                    continue;
                }
            }
            i += 1;
        }
    }
    out
}

/// "AlQasimi", "McDonald", "DeSantis": a capital after the first letter of a
/// word that is otherwise lower case, as surnames with a fused particle are.
fn is_camel_surname(t: &str) -> bool {
    let mut chars = t.chars();
    let first = chars.next().is_some_and(char::is_uppercase);
    let rest: Vec<char> = chars.collect();
    let inner_capital = rest.iter().skip(1).any(|c| c.is_uppercase());
    first
        && rest.len() >= 4
        && inner_capital
        && rest.iter().all(|c| c.is_alphabetic())
        && rest.iter().filter(|c| c.is_uppercase()).count() == 1
}

/// True when tokens `[a, b)` continue a person's name rather than name a
/// role or an organisation ("Muslim Labour" is a group word and a party).
fn is_name_tail(doc: &Doc, a: usize, b: usize) -> bool {
    let role = lower(doc, a);
    let singular = role.strip_suffix('s').unwrap_or(role);
    lexicon_section(doc, a, b).is_none()
        && !TITLES.roles.contains(singular)
        && !TITLES.roles.contains(role)
}

fn span(doc: &Doc, a: usize, b: usize) -> Span {
    doc.tokens[a].span.cover(doc.tokens[b - 1].span)
}

/// Roles ("Labour leader", "deputy ambassador of Saudi Arabia", "spokeswoman"):
/// a role noun from `data/lexicon/titles.txt`, with modifiers and a name
/// before it, and "of/for/to" + a name after it.
fn titles(doc: &Doc, names: &[Entity]) -> Vec<Entity> {
    let ending: HashMap<usize, &Entity> = names
        .iter()
        .filter(|e| e.label != Label::Person)
        .map(|e| (e.end, e))
        .collect();
    let starting: HashMap<usize, &Entity> = names.iter().map(|e| (e.start, e)).collect();
    let name_ending = |i: usize| ending.get(&doc.tokens[i].span.end).copied();
    let name_starting = |i: usize| starting.get(&doc.tokens[i].span.start).copied();
    let mut out: Vec<Entity> = Vec::new();
    for s in &doc.sentences {
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            let starts_role =
                doc.tokens[i].kind == TokenKind::Word && TITLES.first_words.contains(lower(doc, i));
            let Some(b) = (i + 1..=s.tokens.end.min(i + TITLES.max_tokens))
                .rev()
                .filter(|_| starts_role)
                .find(|&b| {
                    let key: Vec<&str> = (i..b).map(|k| lower(doc, k)).collect();
                    TITLES.roles.contains(key.join(" ").as_str())
                })
            else {
                i += 1;
                continue;
            };
            if is_capitalized(doc, b - 1) && i > s.tokens.start {
                i = b; // a capitalised role mid-sentence is part of a name
                continue;
            }
            let mut a = i;
            while a > s.tokens.start && TITLES.modifiers.contains(lower(doc, a - 1)) {
                a -= 1;
            }
            if a > s.tokens.start {
                if let Some(e) = name_ending(a - 1) {
                    a = doc.tokens.partition_point(|t| t.span.start < e.start);
                }
            }
            let mut end = b;
            if end + 1 < s.tokens.end && matches!(lower(doc, end), "of" | "for" | "to" | "at") {
                let mut k = end + 1;
                if lower(doc, k) == "the" && k + 1 < s.tokens.end {
                    k += 1;
                }
                if NAME_PARTS
                    .honorifics
                    .contains(doc.token_text(k).trim_end_matches('.'))
                    && k + 1 < s.tokens.end
                {
                    k += 1;
                }
                if let Some(e) = name_starting(k) {
                    end = doc.tokens.partition_point(|t| t.span.start < e.end);
                }
            }
            let role: Vec<&str> = (i..b).map(|k| doc.token_text(k)).collect();
            out.push(entity(
                doc,
                span(doc, a, end),
                Label::Title,
                "title",
                format!("role: {}", role.join(" ")),
            ));
            i = end;
        }
    }
    out
}

/// Dates, times, numbers and quantities, outside names.
fn numbers_and_dates(doc: &Doc, taken: &[bool]) -> Vec<Entity> {
    let mut out = Vec::new();
    let free = |i: usize| !taken[i];
    for s in &doc.sentences {
        let mut i = s.tokens.start;
        while i < s.tokens.end {
            if !free(i) {
                i += 1;
                continue;
            }
            let found = date_at(doc, i, s.tokens.end).or_else(|| number_at(doc, i, s.tokens.end));
            match found {
                Some((b, label, detail)) if (i..b).all(free) => {
                    out.push(entity(doc, span(doc, i, b), label, "rule", detail));
                    i = b;
                }
                _ => i += 1,
            }
        }
    }
    out
}

fn is_year(t: &str) -> bool {
    t.len() == 4
        && t.bytes().all(|b| b.is_ascii_digit())
        && (t.starts_with("19") || t.starts_with("20"))
}

fn is_day(t: &str) -> bool {
    let digits = t.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    !digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A date or time starting at token `i`: its end, label and evidence.
fn date_at(doc: &Doc, i: usize, hi: usize) -> Option<(usize, Label, String)> {
    let t = doc.token_text(i);
    let section = |k: usize| {
        if k < hi {
            TIME_WORDS.get(lower(doc, k)).copied()
        } else {
            None
        }
    };
    if doc.tokens[i].kind == TokenKind::Punct {
        return None;
    }
    let own = section(i); // one look-up for token `i`, used twice below
    let month = |k: usize| {
        (if k == i { own } else { section(k) }) == Some("month") && is_capitalized(doc, k)
    };
    let mut b = i;
    if matches!(lower(doc, i), "early" | "mid" | "late") && month(i + 1) {
        b = i + 1;
    }
    if month(b) {
        // (late) October (12) (, 2023) | October 2023
        let mut e = b + 1;
        if e < hi && is_day(doc.token_text(e)) {
            e += 1;
        }
        if e + 1 < hi && doc.token_text(e) == "," && is_year(doc.token_text(e + 1)) {
            e += 2;
        } else if e < hi && is_year(doc.token_text(e)) {
            e += 1;
        }
        return Some((e, Label::Date, "month name".into()));
    }
    if is_day(t) && month(i + 1) {
        let e = if i + 2 < hi && is_year(doc.token_text(i + 2)) {
            i + 3
        } else {
            i + 2
        };
        return Some((e, Label::Date, "day and month".into()));
    }
    if doc.tokens[i].kind == TokenKind::Number && is_year(t) {
        return Some((i + 1, Label::Date, "year".into()));
    }
    if doc.tokens[i].kind == TokenKind::Number && t.contains(':') {
        let e = if i + 1 < hi && section(i + 1) == Some("time") {
            i + 2
        } else {
            i + 1
        };
        return Some((e, Label::Time, "clock time".into()));
    }
    match own? {
        "weekday" => Some((i + 1, Label::Date, "weekday".into())),
        "relative" => Some((i + 1, Label::Date, "relative date".into())),
        _ => None,
    }
}

/// A number ("150", "two million", "20 per cent") starting at token `i`.
fn number_at(doc: &Doc, i: usize, hi: usize) -> Option<(usize, Label, String)> {
    let is_number = |k: usize| {
        k < hi
            && (doc.tokens[k].kind == TokenKind::Number
                || (doc.tokens[k].kind == TokenKind::Word
                    && NUMBER_WORDS.get(lower(doc, k)) == Some(&"cardinal")))
    };
    if !is_number(i) {
        return None;
    }
    let mut b = i + 1;
    while is_number(b) {
        b += 1;
    }
    for len in [2, 1] {
        if b + len <= hi {
            let key: Vec<String> = (b..b + len).map(|k| lower(doc, k).to_string()).collect();
            if NUMBER_WORDS.get(key.join(" ").as_str()) == Some(&"unit") {
                return Some((b + len, Label::Quantity, format!("unit: {}", key.join(" "))));
            }
        }
    }
    Some((b, Label::Cardinal, "number".into()))
}
