//! The annotation contract (schema `newsmark/1`): the serde types every front
//! end returns. Offsets are in the unit named by `Annotation::offsets`.

use crate::span::{OffsetMap, OffsetUnit, Span};
use serde::{Deserialize, Serialize};

/// The schema name and version written in every annotation.
pub const SCHEMA: &str = "newsmark/1";

/// A piece of the text: `text` is exactly the original text between `start` and `end`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextSpan {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The text between them.
    pub text: String,
}

impl TextSpan {
    /// The span of `bytes` in `text`, with byte offsets.
    pub fn of(text: &str, bytes: Span) -> Self {
        TextSpan {
            start: bytes.start,
            end: bytes.end,
            text: bytes.slice(text).to_string(),
        }
    }
}

/// Why the engine made a decision: the rule or model and what it matched.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// The rule or component, such as `"lexicon"`, `"tagger"` or `"quote:cue-after"`.
    pub rule: String,
    /// Details a reader can check: the lexicon entry, the cue, the distance.
    pub detail: String,
}

/// A sentence, with its paragraph and (when asked for) its tokens.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sentence {
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// The sentence text.
    pub text: String,
    /// Index of its paragraph in `Annotation::paragraphs`.
    pub paragraph: usize,
    /// Tokens, present only with `Options::tokens`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tokens: Option<Vec<Token>>,
}

/// A token with its syntax: part of speech, head and relation to it (UD).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Token {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// The token's text.
    pub text: String,
    /// Universal part of speech (UD UPOS, such as `"VERB"`).
    pub pos: Option<String>,
    /// Penn Treebank part of speech (such as `"VBD"`).
    pub tag: Option<String>,
    /// The index of its head among the sentence's tokens; `null` for the sentence's root.
    pub head: Option<usize>,
    /// The UD relation to its head (`"nsubj"`, `"obl:agent"`, `"root"`, ...).
    pub dep: Option<String>,
}

/// Entity labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum Label {
    /// A person.
    Person,
    /// An organisation.
    Org,
    /// A country, city or state.
    Gpe,
    /// A non-political place.
    Loc,
    /// A nationality, religious or political group.
    Norp,
    /// A named event.
    Event,
    /// A role or title ("Labour leader").
    Title,
    /// A date.
    Date,
    /// A time of day.
    Time,
    /// A number.
    Cardinal,
    /// A measured quantity.
    Quantity,
    /// Another name (the tagger's MISC).
    Misc,
}

/// A named entity or other typed mention.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// The mention text.
    pub text: String,
    /// Its label.
    pub label: Label,
    /// Index into `Annotation::actors`, when the mention belongs to one.
    pub actor: Option<usize>,
    /// What produced it.
    pub evidence: Evidence,
}

/// How an actor is mentioned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MentionKind {
    /// By name.
    Name,
    /// By a pronoun.
    Pronoun,
    /// By a description ("the spokeswoman", "the group").
    Description,
}

/// One mention of an actor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// The mention text.
    pub text: String,
    /// Name, pronoun or description.
    pub kind: MentionKind,
}

/// A person, organisation or group, with all its mentions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// Its index in `Annotation::actors`.
    pub id: usize,
    /// The canonical (longest) name.
    pub name: String,
    /// Its label.
    pub label: Label,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}

/// Who speaks or holds a position: a span and, when resolved, the actor.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Speaker {
    /// Start offset.
    pub start: usize,
    /// End offset.
    pub end: usize,
    /// The mention text.
    pub text: String,
    /// Index into `Annotation::actors`, when resolved.
    pub actor: Option<usize>,
}

/// The shape of a quotation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum QuoteKind {
    /// A full quotation that someone says or writes.
    Direct,
    /// A few quoted words inside the writer's sentence ("held “productive discussions”").
    Partial,
}

/// A quotation in quotation marks (the span includes the marks).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Start offset (the opening mark).
    pub start: usize,
    /// End offset (after the closing mark).
    pub end: usize,
    /// The quoted text with its marks.
    pub text: String,
    /// Direct or partial.
    pub kind: QuoteKind,
    /// Who says it, when found.
    pub speaker: Option<Speaker>,
    /// The speaker's name as text (the actor's canonical name, else the span text).
    pub speaker_text: Option<String>,
    /// The reporting words ("said", "according to").
    pub cue: Option<TextSpan>,
    /// Why this speaker.
    pub evidence: Evidence,
}

/// Direct or indirect report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AttributionKind {
    /// The content is a quotation.
    Direct,
    /// The content is paraphrased.
    Indirect,
    /// Paraphrase with quoted words inside.
    Mixed,
}

/// A reported statement: who (source), how (cue), what (content).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribution {
    /// The source, when the text names one.
    pub source: Option<Speaker>,
    /// The reporting words.
    pub cue: Option<TextSpan>,
    /// The reported statement.
    pub content: TextSpan,
    /// Direct, indirect or mixed.
    pub kind: AttributionKind,
    /// Why.
    pub evidence: Evidence,
}

/// For or against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// The holder is for the target.
    Support,
    /// The holder is against the target.
    Oppose,
}

/// What a stance is about: a span and, when the target is an actor, the actor.
pub type Target = Speaker;

/// A stance statement: holder, polarity, target, cue.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Stance {
    /// Start offset of the statement.
    pub start: usize,
    /// End offset of the statement.
    pub end: usize,
    /// The statement text.
    pub text: String,
    /// Who holds the position; null when the text hides it.
    pub holder: Option<Speaker>,
    /// The holder's actor name, when resolved.
    pub holder_name: Option<String>,
    /// Support or oppose, after negation.
    pub polarity: Polarity,
    /// What the stance is about.
    pub target: Target,
    /// The words that carry the stance.
    pub cue: TextSpan,
    /// True when negation or refusal flipped the cue's plain polarity.
    pub negated: bool,
    /// Which rule or lexicon entry fired.
    pub evidence: Evidence,
}

/// One edge of the stance map: holder x target with polarity and count.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct StanceEdge {
    /// The holder's name (or "(unnamed)").
    pub holder: String,
    /// The target's text or actor name.
    pub target: String,
    /// Support or oppose.
    pub polarity: Polarity,
    /// How many stance statements.
    pub count: usize,
}

/// The annotation of one text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// Always `"newsmark/1"`.
    pub schema: String,
    /// The unit of every offset below.
    pub offsets: OffsetUnit,
    /// The length of the text in that unit.
    pub length: usize,
    /// Paragraph spans.
    pub paragraphs: Vec<TextSpan>,
    /// Sentences.
    pub sentences: Vec<Sentence>,
    /// Entities, sorted by start.
    pub entities: Vec<Entity>,
    /// Actors (clusters of mentions).
    pub actors: Vec<Actor>,
    /// Direct and partial quotations, sorted by start.
    pub quotes: Vec<Quote>,
    /// Reported statements, direct and indirect, sorted by content start.
    pub attributions: Vec<Attribution>,
    /// Stance statements, sorted by start.
    pub stances: Vec<Stance>,
    /// The stance map: holder x target edges.
    pub stance_summary: Vec<StanceEdge>,
}

impl Annotation {
    /// Calls `f(start, end, text)` on every span in the annotation.
    fn visit_spans(&mut self, f: &mut impl FnMut(&mut usize, &mut usize, &str)) {
        for p in &mut self.paragraphs {
            f(&mut p.start, &mut p.end, &p.text);
        }
        for s in &mut self.sentences {
            f(&mut s.start, &mut s.end, &s.text);
            for t in s.tokens.iter_mut().flatten() {
                f(&mut t.start, &mut t.end, &t.text);
            }
        }
        for e in &mut self.entities {
            f(&mut e.start, &mut e.end, &e.text);
        }
        for m in self.actors.iter_mut().flat_map(|a| a.mentions.iter_mut()) {
            f(&mut m.start, &mut m.end, &m.text);
        }
        for q in &mut self.quotes {
            f(&mut q.start, &mut q.end, &q.text);
            if let Some(s) = &mut q.speaker {
                f(&mut s.start, &mut s.end, &s.text);
            }
            if let Some(c) = &mut q.cue {
                f(&mut c.start, &mut c.end, &c.text);
            }
        }
        for a in &mut self.attributions {
            f(&mut a.content.start, &mut a.content.end, &a.content.text);
            if let Some(s) = &mut a.source {
                f(&mut s.start, &mut s.end, &s.text);
            }
            if let Some(c) = &mut a.cue {
                f(&mut c.start, &mut c.end, &c.text);
            }
        }
        for s in &mut self.stances {
            f(&mut s.start, &mut s.end, &s.text);
            f(&mut s.target.start, &mut s.target.end, &s.target.text);
            f(&mut s.cue.start, &mut s.cue.end, &s.cue.text);
            if let Some(h) = &mut s.holder {
                f(&mut h.start, &mut h.end, &h.text);
            }
        }
    }

    /// Rewrites every offset (currently bytes) into `unit`, in one walk over `text`.
    pub(crate) fn convert_offsets(&mut self, text: &str, unit: OffsetUnit) {
        self.offsets = unit;
        self.length = crate::span::length_in(text, unit);
        if unit == OffsetUnit::Bytes {
            return;
        }
        let mut all = Vec::new();
        self.visit_spans(&mut |s, e, _| all.extend([*s, *e]));
        let map = OffsetMap::new(text, all, unit);
        self.visit_spans(&mut |s, e, _| {
            *s = map.get(*s);
            *e = map.get(*e);
        });
    }

    /// Every span in the annotation as `(start, end, text)`, for checks.
    pub fn spans(&self) -> Vec<(usize, usize, String)> {
        let mut out = Vec::new();
        self.clone()
            .visit_spans(&mut |s, e, t| out.push((*s, *e, t.to_string())));
        out
    }
}
