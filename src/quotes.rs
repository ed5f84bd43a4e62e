//! Pass 4: reads tokens, sentences and actors; adds quotations (direct and
//! partial, with their speakers) and attributions (who reported what, direct
//! and indirect).
//!
//! Quotation marks are paired per paragraph (a straight mark may close a curly
//! one; apostrophes never pair). A quote left open at a paragraph end runs on
//! when the next paragraph reopens with a mark, and is otherwise cut at the
//! paragraph end. Speakers come from a reporting cue next to the quote, a cue
//! elsewhere in its sentence, or the run of quotes before it.

use crate::actors::Actors;
use crate::lexicon::{FUNCTION_WORDS, NOUN_LIKE_CUES};
use crate::model::{Attribution, AttributionKind, Evidence, Quote, QuoteKind, Speaker, TextSpan};
use crate::phrase::{
    cue_at, is_capitalized, lower, phrase_after, phrase_at, phrase_before, subject_at,
};
use crate::segment::{Doc, Pair, TokenKind};
use crate::span::Span;
use crate::syntax::tree::Tree;

/// How far (in tokens) a cue may stand from the quote it introduces.
const CUE_WINDOW: usize = 20;

/// The longest gap (bytes) between two pieces of one quoted statement
/// (“A,” X said. “B.”).
const SPLIT_GAP: usize = 120;

/// The quotes and attributions of a text.
pub struct Found {
    /// Quotes, sorted by start.
    pub quotes: Vec<Quote>,
    /// Attributions, sorted by content start.
    pub attributions: Vec<Attribution>,
}

/// Finds the quotes and attributions of `doc`.
pub fn find(doc: &Doc, tree: &Tree, actors: &Actors) -> Found {
    let sentence_of = sentence_index(doc);
    let pairs = &doc.quoted;
    let mut quotes: Vec<Quote> = Vec::new();
    let mut attributions = Vec::new();
    let mut used_cues = vec![false; doc.tokens.len()];
    let mut last: Option<(usize, Speaker, Option<TextSpan>)> = None; // paragraph, speaker, cue
    for pair in pairs {
        let kind = classify(doc, pair, &sentence_of);
        let para = doc.sentences[sentence_of[pair.open]].paragraph;
        let mut found = speaker_near(doc, tree, pair, kind, &sentence_of, actors);
        if let (Some((_, _, _, Some(c))), QuoteKind::Direct) = (&found, kind) {
            used_cues[*c] = true;
        }
        if found.is_none() && kind == QuoteKind::Direct {
            if let Some((p, speaker, cue)) = &last {
                if para <= p + 1 {
                    found = Some((
                        speaker.clone(),
                        cue.clone(),
                        ev("quote:run", "same speaker as the quote before"),
                        None,
                    ));
                }
            }
        }
        let (speaker, cue, evidence) = match found {
            Some((s, c, e, _)) => (Some(s), c, e),
            None => (
                None,
                None,
                ev("quote:no-speaker", "no cue or earlier speaker nearby"),
            ),
        };
        if let (Some(s), QuoteKind::Direct) = (&speaker, kind) {
            last = Some((para, s.clone(), cue.clone()));
        }
        let speaker_text = speaker.as_ref().map(|s| match s.actor {
            Some(a) => actors.list[a].name.clone(),
            None => s.text.clone(),
        });
        // “A,” X said. “B.” is one statement in two pieces: extend the first.
        let continues = matches!(
            evidence.rule.as_str(),
            "quote:previous-sentence" | "quote:run"
        ) && attributions.last().is_some_and(|a: &Attribution| {
            a.kind == AttributionKind::Direct
                && pair.span.start > a.content.end
                && pair.span.start - a.content.end <= SPLIT_GAP
                && !doc.text[a.content.end..pair.span.start].contains('\n')
                && a.source.as_ref().map(|s| &s.text) == speaker.as_ref().map(|s| &s.text)
        });
        match attributions.last_mut() {
            Some(a) if continues && kind == QuoteKind::Direct => {
                a.content = TextSpan::of(doc.text, Span::new(a.content.start, pair.span.end));
            }
            _ if kind == QuoteKind::Direct => attributions.push(Attribution {
                source: speaker.clone(),
                cue: cue.clone(),
                content: TextSpan::of(doc.text, pair.span),
                kind: AttributionKind::Direct,
                evidence: evidence.clone(),
            }),
            _ => {}
        }
        quotes.push(Quote {
            start: pair.span.start,
            end: pair.span.end,
            text: pair.span.slice(doc.text).to_string(),
            kind,
            speaker,
            speaker_text,
            cue,
            evidence,
        });
    }
    // Reported statements: the learned cues read through the parse; the word
    // rules (`indirect`) only where those find nothing overlapping.
    let quoted = quoted_tokens(doc);
    let scores = crate::cues::scores(doc, tree, &quoted);
    let learned = crate::reported::find(doc, tree, &scores, &used_cues, &quoted, actors);
    let overlaps = |o: &Attribution| {
        learned
            .iter()
            .any(|a| a.content.start < o.content.end && o.content.start < a.content.end)
    };
    let fallback: Vec<Attribution> = indirect(doc, &quoted, &used_cues, actors)
        .into_iter()
        .filter(|o| !overlaps(o))
        .collect();
    attributions.extend(fallback);
    attributions.extend(learned);
    attributions.sort_by_key(|a| (a.content.start, a.content.end));
    for q in quotes.iter_mut().filter(|q| q.speaker.is_none()) {
        // “next steps”, according to a spokeswoman: the source of the statement around it.
        let around = around(&attributions, Span::new(q.start, q.end), |a| {
            a.kind != AttributionKind::Direct
        });
        if let Some(a) = around {
            q.speaker = a.source.clone();
            q.speaker_text = a.source.as_ref().map(|s| {
                s.actor
                    .map_or(s.text.clone(), |id| actors.list[id].name.clone())
            });
            q.cue = a.cue.clone();
            q.evidence = ev(
                "quote:inside-attribution",
                format!(
                    "inside a statement reported with “{}”",
                    a.cue.as_ref().map_or("", |c| c.text.as_str())
                ),
            );
        }
    }
    Found {
        quotes,
        attributions,
    }
}

/// How many earlier-starting statements `around` looks back over.
const AROUND_REACH: usize = 64;

/// The innermost attribution with a source whose content contains `span`
/// and that `keep` accepts; `attributions` are sorted by content start.
pub fn around(
    attributions: &[Attribution],
    span: Span,
    keep: impl Fn(&Attribution) -> bool,
) -> Option<&Attribution> {
    let upto = attributions.partition_point(|a| a.content.start <= span.start);
    attributions[..upto]
        .iter()
        .rev()
        .take(AROUND_REACH)
        .find(|a| a.source.is_some() && span.end <= a.content.end && keep(a))
}

fn ev(rule: &str, detail: impl Into<String>) -> Evidence {
    Evidence {
        rule: rule.to_string(),
        detail: detail.into(),
    }
}

/// For each token, the index of its sentence.
fn sentence_index(doc: &Doc) -> Vec<usize> {
    let mut out = vec![0; doc.tokens.len()];
    for (s, sentence) in doc.sentences.iter().enumerate() {
        out[sentence.tokens.clone()].fill(s);
    }
    out
}

/// Direct (someone's words, introduced as such) or partial (a few words
/// quoted inside the writer's own sentence).
fn classify(doc: &Doc, pair: &Pair, sentence_of: &[usize]) -> QuoteKind {
    let sentence = &doc.sentences[sentence_of[pair.open]];
    let words = (pair.open..pair.close.unwrap_or(sentence.tokens.end))
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .count();
    if pair.open == sentence.tokens.start || pair.close.is_none() {
        return QuoteKind::Direct;
    }
    let prev = doc.token_text(pair.open - 1);
    let prev_is_cue = cue_at(doc, pair.open - 1, sentence.tokens.start).is_some();
    let ends_clause = pair.close.is_some_and(|c| {
        c > pair.open + 1 && matches!(doc.token_text(c - 1), "," | "." | "?" | "!" | "…" | "—")
    });
    match prev {
        ":" => QuoteKind::Direct,
        "," if words >= 4 || ends_clause => QuoteKind::Direct,
        _ if prev_is_cue && words >= 3 => QuoteKind::Direct,
        _ if ends_clause && words >= 12 => QuoteKind::Direct,
        _ => QuoteKind::Partial,
    }
}

type Near = (Speaker, Option<TextSpan>, Evidence, Option<usize>);

/// The speaker of a quote from a cue beside it or in its sentence.
fn speaker_near(
    doc: &Doc,
    tree: &Tree,
    pair: &Pair,
    kind: QuoteKind,
    sentence_of: &[usize],
    actors: &Actors,
) -> Option<Near> {
    let speaker = |span: Span| Speaker {
        start: span.start,
        end: span.end,
        text: span.slice(doc.text).to_string(),
        actor: actors.actor_of(span),
    };
    let cue_span = |c: usize| Some(TextSpan::of(doc.text, doc.tokens[c].span));
    if let Some((c, p, how)) = governing_cue(doc, tree, pair, sentence_of) {
        let detail = format!(
            "{how} “{}”, the cue the quote depends on",
            doc.token_text(c)
        );
        return Some((
            speaker(p),
            cue_span(c),
            ev("quote:cue-subject", detail),
            Some(c),
        ));
    }
    // After: “...,” the spokeswoman said / “...,” said Mr Rudd / “...?” Trump asked.
    if let Some(close) = pair.close {
        let si = sentence_of[close];
        let mut end = doc.sentences[si].tokens.end;
        if close + 1 == end
            && kind == QuoteKind::Direct
            && doc
                .sentences
                .get(si + 1)
                .is_some_and(|n| n.paragraph == doc.sentences[si].paragraph)
        {
            end = doc.sentences[si + 1].tokens.end;
        }
        let hi = end.min(close + 1 + CUE_WINDOW);
        let hi = (close + 1..hi)
            .find(|&i| doc.tokens[i].kind == TokenKind::Quote)
            .unwrap_or(hi);
        let first =
            (close + 1..hi).find(|&i| !matches!(doc.token_text(i), "," | "—" | "–" | "-" | "―"));
        if let Some(f) =
            first.filter(|&f| f > close + 1 && matches!(doc.token_text(f - 1), "—" | "―" | "–"))
        {
            // “...” ― Pamela Padilla (a byline under a quote)
            if let Some(p) = phrase_at(doc, f, hi).filter(|_| is_capitalized(doc, f)) {
                return Some((
                    speaker(p),
                    None,
                    ev("quote:dash-byline", "name after a dash under the quote"),
                    None,
                ));
            }
        }
        if let Some(c) = (close + 1..hi).find(|&c| cue_at(doc, c, close + 1).is_some()) {
            let found = subject_of(doc, tree, c, sentence_of)
                .filter(|p| p.start < doc.tokens[c].span.start)
                .or_else(|| phrase_before(doc, close + 1, c))
                .filter(|p| is_adjacent(doc, close + 1, p))
                .or_else(|| {
                    if first == Some(c) {
                        subject_of(doc, tree, c, sentence_of)
                            .filter(|p| p.start > doc.tokens[c].span.start)
                            .or_else(|| phrase_after(doc, c, end))
                    } else {
                        None
                    }
                });
            if let Some(p) = found {
                let detail = format!("cue “{}” after the quote", doc.token_text(c));
                return Some((
                    speaker(p),
                    cue_span(c),
                    ev("quote:cue-after", detail),
                    Some(c),
                ));
            }
        }
    }
    // Before: A senior minister asked: “...” / according to X, “...”.
    let s = &doc.sentences[sentence_of[pair.open]];
    let lo = s.tokens.start.max(pair.open.saturating_sub(CUE_WINDOW / 2));
    for c in (lo..pair.open).rev() {
        if lower(doc, c) == "to" && c > s.tokens.start && lower(doc, c - 1) == "according" {
            if let Some(p) = phrase_after(doc, c, pair.open) {
                let cue = TextSpan::of(doc.text, doc.tokens[c - 1].span.cover(doc.tokens[c].span));
                return Some((
                    speaker(p),
                    Some(cue),
                    ev("quote:according-to", "“according to” before the quote"),
                    Some(c),
                ));
            }
        }
        if cue_at(doc, c, s.tokens.start).is_some() {
            let word = doc.token_text(c);
            if let Some(p) = subject_of(doc, tree, c, sentence_of)
                .filter(|p| p.end <= pair.span.start)
                .or_else(|| phrase_before(doc, s.tokens.start, c))
                .or_else(|| phrase_after(doc, c, pair.open))
            {
                return Some((
                    speaker(p),
                    cue_span(c),
                    ev("quote:cue-before", format!("cue “{word}” before the quote")),
                    Some(c),
                ));
            }
            if let Some(p) = subject_at(doc, s.tokens.start, c) {
                return Some((
                    speaker(p),
                    cue_span(c),
                    ev(
                        "quote:cue-before-subject",
                        format!("cue “{word}” before the quote; its clause's subject"),
                    ),
                    Some(c),
                ));
            }
        }
    }
    // The sentence before: X said on Twitter. “...”  /  X said: (paragraph break) “...”
    let si = sentence_of[pair.open];
    if pair.open == s.tokens.start && si > 0 {
        let prev = &doc.sentences[si - 1];
        let ends_colon = doc.token_text(prev.tokens.end - 1) == ":";
        if prev.paragraph == s.paragraph || ends_colon {
            // Cues after its last quotation mark, the sentence's main verb first.
            let mut cues: Vec<usize> = prev
                .tokens
                .clone()
                .rev()
                .take_while(|&c| doc.tokens[c].kind != TokenKind::Quote)
                .filter(|&c| speech_cue(doc, c, prev.tokens.start))
                .collect();
            cues.sort_by_key(|&c| tree.depth(c));
            // The words after that mark: "... “not meeting the demand,” says
            // Paul Rieckhoff." looks neither into nor across the quote.
            let from = cues.iter().min().map_or(prev.tokens.start, |&c| {
                (prev.tokens.start..c)
                    .rev()
                    .find(|&i| doc.tokens[i].kind == TokenKind::Quote)
                    .map_or(prev.tokens.start, |q| q + 1)
            });
            for c in cues {
                let p = subject_of(doc, tree, c, sentence_of)
                    .or_else(|| phrase_before(doc, from, c))
                    .or_else(|| subject_at(doc, from, c))
                    .or_else(|| {
                        (from > prev.tokens.start).then(|| phrase_after(doc, c, prev.tokens.end))?
                    });
                if let Some(p) = p {
                    return Some((
                        speaker(p),
                        cue_span(c),
                        ev(
                            "quote:previous-sentence",
                            format!("cue “{}” in the sentence before", doc.token_text(c)),
                        ),
                        None,
                    ));
                }
            }
        }
    }
    None
}

/// The cue a quote depends on in the parse and the noun phrase of its
/// subject: a speech verb outside the quote that is the head of a word
/// inside it ("X said: “...”"), or that depends on a word inside it ("“...,”
/// X said", parsed as a parenthetical).
fn governing_cue(
    doc: &Doc,
    tree: &Tree,
    pair: &Pair,
    sentence_of: &[usize],
) -> Option<(usize, Span, &'static str)> {
    let close = pair.close?;
    let inside = |t: usize| pair.open <= t && t <= close;
    let sentence = |t: usize| &doc.sentences[sentence_of[t]];
    let is_cue = |c: usize| tree.upos(c) == "VERB" && speech_cue(doc, c, sentence(c).tokens.start);
    let heads = (pair.open + 1..close).filter_map(|t| tree.head(t).filter(|&h| !inside(h)));
    let asides = [
        sentence(pair.open).tokens.clone(),
        sentence(close).tokens.clone(),
    ]
    .into_iter()
    .flatten()
    .filter(|&t| !inside(t) && tree.head(t).is_some_and(inside));
    heads.chain(asides).filter(|&c| is_cue(c)).find_map(|c| {
        let (_, how) = tree.subject(c)?;
        let p = subject_of(doc, tree, c, sentence_of)?;
        (!p.overlaps(&pair.span)).then_some((c, p, how))
    })
}

/// The noun phrase of the subject of cue `c` in the parse, within its
/// sentence and outside any quotation.
fn subject_of(doc: &Doc, tree: &Tree, c: usize, sentence_of: &[usize]) -> Option<Span> {
    let bounds = doc.sentences[sentence_of[c]].tokens.clone();
    let (s, _) = tree.subject(c)?;
    tree.party(doc, s, bounds.start, bounds.end)
        .filter(|&p| !is_quoted(doc, p))
}

/// True when `span` lies inside a quotation.
fn is_quoted(doc: &Doc, span: Span) -> bool {
    let upto = doc.quoted.partition_point(|p| p.span.start <= span.start);
    doc.quoted[..upto]
        .last()
        .is_some_and(|p| span.end <= p.span.end)
}

/// True when token `c` is a cue of speech or thought (not of acting out a
/// position, such as "called for"), as quotes need.
fn speech_cue(doc: &Doc, c: usize, sentence_start: usize) -> bool {
    cue_at(doc, c, sentence_start).is_some_and(|(_, section)| section != "act")
}

/// True when the phrase starts at the first word after the closing mark
/// (skipping a comma or dash), so nothing else stands between quote and speaker.
fn is_adjacent(doc: &Doc, lo: usize, phrase: &Span) -> bool {
    (lo..doc.tokens.len())
        .find(|&i| !matches!(doc.token_text(i), "," | "—" | "–" | "-"))
        .is_some_and(|i| doc.tokens[i].span.start == phrase.start)
}

/// For each token, whether it lies inside a quotation (its marks included).
pub(crate) fn quoted_tokens(doc: &Doc) -> Vec<bool> {
    let mut quoted = vec![false; doc.tokens.len()];
    for p in &doc.quoted {
        quoted[p.open..p.close.map_or(p.open + 1, |c| c + 1)].fill(true);
    }
    quoted
}

/// Indirect attributions: "X said (that) ...", "..., X said", "according to X, ...".
fn indirect(doc: &Doc, quoted: &[bool], used: &[bool], actors: &Actors) -> Vec<Attribution> {
    let in_quote = |i: usize| quoted[i];
    let mut out = Vec::new();
    for s in &doc.sentences {
        let (lo, hi) = (s.tokens.start, s.tokens.end);
        let mut hi_content = hi;
        while hi_content > lo && matches!(doc.tokens[hi_content - 1].kind, TokenKind::Punct) {
            hi_content -= 1;
        }
        if let Some(a) = labelled_line(doc, s, hi_content, actors) {
            out.push(a);
            continue;
        }
        for (c, &cue_used) in used.iter().enumerate().take(hi).skip(lo) {
            if cue_used || in_quote(c) {
                continue;
            }
            let according = lower(doc, c) == "according" && c + 1 < hi && lower(doc, c + 1) == "to";
            if !according && !is_clause_cue(doc, c, lo, hi) {
                continue;
            }
            let cue_end = if according { c + 1 } else { c };
            let cue = TextSpan::of(doc.text, doc.tokens[c].span.cover(doc.tokens[cue_end].span));
            let make = |source: Option<Span>, content: Span, rule: &str| {
                let content_text = content.slice(doc.text);
                let mixed = content_text.contains(['“', '"', '‘']);
                Attribution {
                    source: source.map(|p| Speaker {
                        start: p.start,
                        end: p.end,
                        text: p.slice(doc.text).to_string(),
                        actor: actors.actor_of(p),
                    }),
                    cue: Some(cue.clone()),
                    content: TextSpan::of(doc.text, content),
                    kind: if mixed {
                        AttributionKind::Mixed
                    } else {
                        AttributionKind::Indirect
                    },
                    evidence: ev(rule, format!("cue “{}”", cue.text)),
                }
            };
            let comma_before = c > lo && doc.token_text(skip_subject_back(doc, lo, c)) == ",";
            if according {
                // according to X, CONTENT  /  CONTENT, according to X.
                let Some(src) = phrase_after(doc, cue_end, hi) else {
                    continue;
                };
                let after = (cue_end + 1..hi)
                    .find(|&i| doc.tokens[i].span.start >= src.end)
                    .unwrap_or(hi);
                if c == lo
                    && after < hi_content
                    && doc.token_text(after) == ","
                    && after + 1 < hi_content
                {
                    out.push(make(
                        Some(src),
                        span_of(doc, after + 1, hi_content),
                        "attribution:according-to",
                    ));
                } else if c > lo + 1 && doc.token_text(c - 1) == "," {
                    out.push(make(
                        Some(src),
                        span_of(doc, lo, c - 1),
                        "attribution:according-to",
                    ));
                }
            } else if comma_before && c + 1 < hi_content && doc.token_text(c + 1) == "," {
                // CONTENT, X said, CONTENT (the cue clause interrupts the statement).
                let comma = skip_subject_back(doc, lo, c);
                let src = phrase_before(doc, comma + 1, c);
                if comma > lo + 1 && src.is_some() {
                    out.push(make(
                        src,
                        span_of(doc, lo, hi_content),
                        "attribution:cue-inside",
                    ));
                }
            } else if comma_before && c + 3 >= hi_content {
                // CONTENT, X said.  /  CONTENT, said X.
                let comma = skip_subject_back(doc, lo, c);
                let src =
                    phrase_before(doc, comma + 1, c).or_else(|| phrase_after(doc, c, hi_content));
                if comma > lo + 1 {
                    out.push(make(src, span_of(doc, lo, comma), "attribution:cue-after"));
                }
            } else if let Some(src) = phrase_before(doc, lo, c) {
                // X said (that) CONTENT.
                let start = content_start(doc, c, hi_content);
                if hi_content > start + 2 && doc.tokens[start].kind != TokenKind::Quote {
                    out.push(make(
                        Some(src),
                        span_of(doc, start, hi_content),
                        "attribution:cue-before",
                    ));
                }
            }
        }
    }
    out
}

/// "Pat Caddell: Democrat voters worried ..." and "WALLACE: Let's start ...":
/// a paragraph that opens with a short capitalised name and a colon.
fn labelled_line(
    doc: &Doc,
    s: &crate::segment::Sentence,
    hi: usize,
    actors: &Actors,
) -> Option<Attribution> {
    let lo = s.tokens.start;
    let first_of_paragraph = doc.paragraphs[s.paragraph].start == s.span.start;
    let colon = (lo + 1..hi.min(lo + 5)).find(|&i| doc.token_text(i) == ":")?;
    let named =
        (lo..colon).all(|i| doc.tokens[i].kind == TokenKind::Word && is_capitalized(doc, i));
    if !first_of_paragraph || !named || colon + 2 >= hi {
        return None;
    }
    let source = span_of(doc, lo, colon);
    let content = span_of(doc, colon + 1, hi);
    Some(Attribution {
        source: Some(Speaker {
            start: source.start,
            end: source.end,
            text: source.slice(doc.text).to_string(),
            actor: actors.actor_of(source),
        }),
        cue: Some(TextSpan::of(doc.text, doc.tokens[colon].span)),
        content: TextSpan::of(doc.text, content),
        kind: if content.slice(doc.text).starts_with(['“', '"']) {
            AttributionKind::Direct
        } else {
            AttributionKind::Indirect
        },
        evidence: ev(
            "attribution:name-colon",
            "a line opening with a name and a colon",
        ),
    })
}

/// True when token `c` is a cue that introduces reported content: a cue
/// verb, and for forms that are also nouns ("states", "comments") or verbs of
/// thought ("knows"), one followed by "that", a colon, a quotation mark or a
/// pronoun subject.
fn is_clause_cue(doc: &Doc, c: usize, lo: usize, hi: usize) -> bool {
    let Some((lemma, section)) = cue_at(doc, c, lo) else {
        return false;
    };
    let word = lower(doc, c);
    let plain_form = !word.ends_with("ed")
        && !word.ends_with("ing")
        && !matches!(
            word,
            "said" | "told" | "wrote" | "thought" | "knew" | "felt" | "found" | "shown" | "known"
        );
    if section == "act" && plain_form {
        // "Trump attacks X" yes; "the attacks on X" and "his plans" are nouns.
        let subject = c.checked_sub(1).filter(|&p| p >= lo);
        return subject.is_some_and(|p| {
            is_capitalized(doc, p) || FUNCTION_WORDS.pronouns.contains(lower(doc, p))
        });
    }
    if !(NOUN_LIKE_CUES.contains(lemma) && plain_form && section != "thought") {
        return true;
    }
    let next = if c + 1 < hi {
        lower(doc, c + 1)
    } else {
        return false;
    };
    matches!(
        next,
        "that" | ":" | "he" | "she" | "they" | "we" | "i" | "it" | "you"
    ) || doc.tokens[c + 1].kind == TokenKind::Quote
}

/// The token where the content of "X CUE ..." starts: after an object for
/// verbs such as "told reporters (that)", at "that" when it follows closely.
fn content_start(doc: &Doc, cue: usize, hi: usize) -> usize {
    let that = (cue + 1..hi.min(cue + 7)).find(|&i| lower(doc, i) == "that");
    match that {
        Some(t) => t,
        None if matches!(
            lower(doc, cue),
            "told" | "tell" | "tells" | "telling" | "warned" | "assured" | "informed"
        ) =>
        {
            phrase_after(doc, cue, hi)
                .and_then(|p| (cue + 1..hi).find(|&i| doc.tokens[i].span.start >= p.end))
                .unwrap_or(cue + 1)
        }
        None => {
            let mut i = cue + 1;
            // "called for X", "called on X to ..."
            let call = matches!(lower(doc, cue), "call" | "calls" | "called" | "calling");
            while i < hi
                && (matches!(doc.token_text(i), ":" | ",")
                    || (call && i == cue + 1 && matches!(lower(doc, i), "for" | "on")))
            {
                i += 1;
            }
            i
        }
    }
}

/// Walks back from a cue over its subject ("..., the minister said").
fn skip_subject_back(doc: &Doc, lo: usize, cue: usize) -> usize {
    let mut i = cue;
    while i > lo
        && i + 8 > cue
        && matches!(doc.tokens[i - 1].kind, TokenKind::Word | TokenKind::Number)
    {
        i -= 1;
    }
    i.saturating_sub(1).max(lo)
}

fn span_of(doc: &Doc, start: usize, end: usize) -> Span {
    doc.tokens[start].span.cover(doc.tokens[end - 1].span)
}

#[cfg(test)]
mod tests {
    use crate::{annotate, Options};

    /// (quote text, speaker text, rule) of every quote of `text`.
    fn speakers(text: &str) -> Vec<(String, String, String)> {
        annotate(text, &Options::default())
            .quotes
            .into_iter()
            .map(|q| {
                (
                    q.text,
                    q.speaker.map_or("-".into(), |s| s.text),
                    q.evidence.rule,
                )
            })
            .collect()
    }

    #[test]
    fn the_speaker_is_the_subject_of_the_cue_the_quote_depends_on() {
        let found = speakers("“We will fight on,” the leader of the union said on Friday.");
        assert_eq!(found[0].1, "the leader of the union", "{found:?}");
        assert_eq!(found[0].2, "quote:cue-subject");
    }

    #[test]
    fn the_sentence_before_is_read_after_its_last_quotation_mark() {
        let found = speakers(
            "The answers are “not meeting the demand,” says Paul Rieckhoff. “We often compare it to the early days.”",
        );
        let second = found
            .iter()
            .find(|q| q.0.starts_with("“We"))
            .expect("second quote");
        assert!(second.1.starts_with("Paul Rieckhoff"), "{found:?}");
    }
}
