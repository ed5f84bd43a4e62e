//! Pass 3: reads entities and tokens; adds actors, clusters of the mentions
//! of one person, organisation or group: names ("Keir Starmer", "Mr
//! Starmer", "Starmer"; "United Arab Emirates", "UAE"), descriptions ("a
//! spokeswoman for Mr Starmer" ... "the spokeswoman"; "the Labour leader"
//! tied to "Labour leader Keir Starmer") and third-person pronouns, resolved
//! to the most recent compatible actor.

use crate::lexicon::HashMap;
use crate::lexicon::{FUNCTION_WORDS, NAMES, NAME_PARTS};
use crate::model::{Actor, Entity, Label, Mention, MentionKind};
use crate::phrase::lower;
use crate::segment::Doc;
use crate::span::Span;

/// How far back (in bytes) a pronoun looks for its actor.
const PRONOUN_REACH: usize = 1500;

/// The actors of a text and a lookup from spans to actors.
#[derive(Clone, Debug, Default)]
pub struct Actors {
    /// The actors, indexed by id.
    pub list: Vec<Actor>,
    /// Every mention span with its actor, sorted by start.
    mentions: Vec<(Span, usize)>,
}

impl Actors {
    /// The actor of the mention best matching `span`: a mention with exactly
    /// that span, else a person's name inside it (the name in "a spokesman,
    /// Scott Whiffen"), else a mention ending where the span ends.
    pub fn actor_of(&self, span: Span) -> Option<usize> {
        let from = self
            .mentions
            .partition_point(|(m, _)| m.end <= span.start.saturating_sub(256));
        let near = self.mentions[from..]
            .iter()
            .take_while(|(m, _)| m.start < span.end);
        let overlapping: Vec<&(Span, usize)> = near.filter(|(m, _)| m.overlaps(&span)).collect();
        let exact = overlapping.iter().find(|(m, _)| *m == span);
        let named = overlapping.iter().rev().find(|(m, a)| {
            span.start <= m.start && m.end <= span.end && self.list[*a].label == Label::Person
        });
        // Otherwise the mention that ends the phrase (its head: "The New York Times").
        let head = overlapping.iter().find(|(m, _)| m.end == span.end);
        exact.or(named).or(head).map(|&&(_, a)| a)
    }

    /// The mention that opens `span` ("Donald Trump" in "Donald Trump
    /// regularly incites violence"), if one does.
    pub fn mention_opening(&self, span: Span) -> Option<Span> {
        let from = self.mentions.partition_point(|(m, _)| m.start < span.start);
        self.mentions[from..]
            .iter()
            .take_while(|(m, _)| m.start == span.start)
            .map(|(m, _)| *m)
            .filter(|m| m.end <= span.end)
            .max_by_key(|m| m.end)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// An actor being built.
struct Draft {
    label: Label,
    /// Name words without honorifics (empty for description-only actors).
    words: Vec<String>,
    description: String,
    roles: Vec<String>,
    gender: Option<Gender>,
    mentions: Vec<(Span, MentionKind)>,
    /// How many words and roles the indexes hold (words only grow, roles are
    /// only added: an unchanged draft is not indexed again).
    indexed: (usize, usize),
}

/// The actors being built, with indexes that keep every lookup cheap (the
/// pass stays linear in the text).
#[derive(Default)]
struct Book {
    drafts: Vec<Draft>,
    /// Actors by each lower-case word of their name, and by their acronym.
    by_word: HashMap<String, Vec<usize>>,
    /// Actors by the last word of each of their roles.
    by_role: HashMap<String, Vec<usize>>,
    /// (end of a mention, actor), in text order: what a pronoun looks back over.
    recent: Vec<(usize, usize)>,
}

impl Book {
    fn add(&mut self, draft: Draft) -> usize {
        self.drafts.push(draft);
        self.drafts.len() - 1
    }

    fn index(map: &mut HashMap<String, Vec<usize>>, key: String, id: usize) {
        let ids = map.entry(key).or_default();
        if ids.last() != Some(&id) {
            ids.push(id);
        }
    }

    /// Records a mention of actor `id` and indexes its current name and roles.
    fn mention(&mut self, id: usize, span: Span, kind: MentionKind) {
        let d = &mut self.drafts[id];
        d.mentions.push((span, kind));
        self.recent.push((span.end, id));
        if d.indexed == (d.words.len(), d.roles.len()) {
            return;
        }
        d.indexed = (d.words.len(), d.roles.len());
        let keys: Vec<String> = d
            .words
            .iter()
            .map(|w| w.to_lowercase())
            .chain((d.words.len() > 1).then(|| acronym(&d.words).to_lowercase()))
            .collect();
        let roles: Vec<String> = d
            .roles
            .iter()
            .filter_map(|r| r.split_whitespace().next_back().map(str::to_string))
            .collect();
        for k in keys {
            Self::index(&mut self.by_word, k, id);
        }
        for r in roles {
            Self::index(&mut self.by_role, r, id);
        }
    }

    /// The ids listed under any of `keys`, newest first.
    fn lookup(map: &HashMap<String, Vec<usize>>, keys: &[String]) -> Vec<usize> {
        let mut ids: Vec<usize> = keys
            .iter()
            .filter_map(|k| map.get(k))
            .flatten()
            .copied()
            .collect();
        ids.sort_unstable_by(|a, b| b.cmp(a));
        ids.dedup();
        ids
    }
}

/// A mention candidate, in text order.
enum Candidate {
    Name(usize),
    Description {
        span: Span,
        head: String,
        definite: bool,
        title: Option<usize>,
    },
    Pronoun(Span, String),
}

/// True when `span` lies inside a quotation (where "it" and "they" rarely
/// name an actor of the article).
fn is_quoted(doc: &Doc, span: Span) -> bool {
    let i = doc.quoted.partition_point(|q| q.span.end <= span.start);
    doc.quoted.get(i).is_some_and(|q| q.span.start < span.start)
}

/// Clusters the mentions of `doc` into actors and sets each entity's actor.
pub fn cluster(doc: &Doc, entities: &mut [Entity]) -> Actors {
    let mut book = Book::default();
    let mut entity_actor: Vec<Option<usize>> = vec![None; entities.len()];
    let titles_by_end: HashMap<usize, usize> = entities
        .iter()
        .enumerate()
        .filter(|(_, t)| t.label == Label::Title)
        .map(|(i, t)| (t.end, i))
        .collect();
    for candidate in candidates(doc, entities) {
        match candidate {
            Candidate::Name(e) => {
                let gap = doc.text[..entities[e].start].trim_end().len();
                let title = titles_by_end.get(&gap).map(|&t| &entities[t]);
                entity_actor[e] = Some(add_name(doc, &mut book, &entities[e], title));
            }
            Candidate::Description {
                span,
                head,
                definite,
                title,
            } => {
                let id = add_description(doc, &mut book, span, &head, definite);
                if let Some(t) = title {
                    entity_actor[t] = Some(id);
                }
            }
            Candidate::Pronoun(span, word) => {
                let neuter = !matches!(
                    word.as_str(),
                    "he" | "him" | "his" | "himself" | "she" | "her" | "hers" | "herself"
                );
                if !(neuter && is_quoted(doc, span)) {
                    add_pronoun(&mut book, span, &word);
                }
            }
        }
    }
    for (e, a) in entities.iter_mut().zip(entity_actor) {
        e.actor = a;
    }
    finish(doc, book.drafts)
}

fn is_actor_label(label: Label) -> bool {
    matches!(label, Label::Person | Label::Org | Label::Gpe)
}

/// Names, descriptions and pronouns in text order.
fn candidates(doc: &Doc, entities: &[Entity]) -> Vec<Candidate> {
    let fw = &*FUNCTION_WORDS;
    let mut out = Vec::new();
    let mut next_entity = 0;
    let titles_by_start: HashMap<usize, usize> = entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.label == Label::Title)
        .map(|(i, e)| (e.start, i))
        .collect();
    for i in 0..doc.tokens.len() {
        let t = doc.tokens[i].span;
        while next_entity < entities.len() && entities[next_entity].start <= t.start {
            let e = &entities[next_entity];
            if e.start == t.start && is_actor_label(e.label) {
                out.push(Candidate::Name(next_entity));
            }
            next_entity += 1;
        }
        let word = lower(doc, i);
        if matches!(
            word,
            "he" | "him"
                | "his"
                | "himself"
                | "she"
                | "her"
                | "hers"
                | "herself"
                | "it"
                | "its"
                | "itself"
                | "they"
                | "them"
                | "their"
                | "themselves"
        ) {
            out.push(Candidate::Pronoun(t, word.to_string()));
            continue;
        }
        if !fw.determiners.contains(word)
            || matches!(
                word,
                "his" | "her" | "its" | "their" | "our" | "my" | "your"
            )
        {
            continue;
        }
        let definite = matches!(word, "the" | "this" | "that");
        // A title right after the determiner: "a spokeswoman for Mr Starmer", "the Labour leader".
        let title = doc
            .tokens
            .get(i + 1)
            .and_then(|n| titles_by_start.get(&n.span.start).copied());
        if let Some(ti) = title {
            let e = &entities[ti];
            let head = e
                .evidence
                .detail
                .trim_start_matches("role: ")
                .to_lowercase();
            out.push(Candidate::Description {
                span: Span::new(t.start, e.end),
                head,
                definite,
                title: Some(ti),
            });
            continue;
        }
        // A collective noun within two words: "the group", "a local council".
        for k in i + 1..(i + 3).min(doc.tokens.len()) {
            let w = lower(doc, k);
            if fw.groups.contains(w) && !doc.token_text(k).starts_with(char::is_uppercase) {
                out.push(Candidate::Description {
                    span: t.cover(doc.tokens[k].span),
                    head: w.to_string(),
                    definite,
                    title: None,
                });
                break;
            }
            if !doc.token_text(k).chars().all(char::is_lowercase) {
                break;
            }
        }
    }
    out
}

fn honorific_gender(word: &str) -> Option<Gender> {
    match word.trim_end_matches('.') {
        "Mr" | "Sir" | "Lord" | "King" | "Prince" | "Sheikh" | "Emir" | "Father" | "Messrs" => {
            Some(Gender::Male)
        }
        "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" | "Queen" | "Princess" | "Sheikha" | "Mme" => {
            Some(Gender::Female)
        }
        _ => None,
    }
}

fn role_gender(head: &str) -> Option<Gender> {
    if head.contains("woman") || head.ends_with("ess") {
        Some(Gender::Female)
    } else if head.contains("man") && !head.contains("woman") {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Acronym of the capitalised words of a name: "United Arab Emirates" -> "UAE".
fn acronym(words: &[String]) -> String {
    words
        .iter()
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

fn add_name(doc: &Doc, book: &mut Book, e: &Entity, title: Option<&Entity>) -> usize {
    let words: Vec<String> = e.text.split_whitespace().map(str::to_string).collect();
    let prev = doc.text[..e.start]
        .split_whitespace()
        .next_back()
        .unwrap_or("");
    let gender = honorific_gender(prev);
    let person = e.label == Label::Person;
    let matches = |d: &Draft| {
        if d.words.is_empty() || (d.label == Label::Person) != person {
            return false;
        }
        let (short, long) = if words.len() <= d.words.len() {
            (&words, &d.words)
        } else {
            (&d.words, &words)
        };
        let tail = long.ends_with(short);
        let head_then_suffix = long.starts_with(short)
            && long[short.len()..]
                .iter()
                .all(|w| NAME_PARTS.org_suffixes.contains(w.as_str()));
        let acro = short.len() == 1
            && short[0].len() >= 2
            && short[0].chars().all(|c| c.is_uppercase())
            && acronym(long) == short[0];
        if person {
            tail
        } else {
            *short == *long || head_then_suffix || acro
        }
    };
    let mut keys: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    if words.len() > 1 {
        keys.push(acronym(&words).to_lowercase());
    }
    let found = Book::lookup(&book.by_word, &keys)
        .into_iter()
        .find(|&id| matches(&book.drafts[id]));
    let id = found.unwrap_or_else(|| {
        book.add(Draft {
            label: e.label,
            words: Vec::new(),
            description: String::new(),
            roles: Vec::new(),
            gender: None,
            mentions: Vec::new(),
            indexed: (0, 0),
        })
    });
    let d = &mut book.drafts[id];
    let words = if person {
        words
    } else {
        with_known_suffix(words)
    };
    if words.len() > d.words.len() {
        d.words = words;
    }
    d.gender = d.gender.or(gender);
    // "Labour leader Keir Starmer": the title just before the name is this actor's role.
    if let Some(t) = title {
        d.roles.push(t.text.to_lowercase());
        book.mention(id, Span::new(t.start, t.end), MentionKind::Description);
    }
    book.mention(id, Span::new(e.start, e.end), MentionKind::Name);
    id
}

/// The lexicon's fuller name of an organisation: "Labour" -> "Labour Party".
fn with_known_suffix(mut words: Vec<String>) -> Vec<String> {
    // Most names start no lexicon entry: no key to build.
    if !words
        .first()
        .is_some_and(|w| NAMES.first_tokens.contains(w))
    {
        return words;
    }
    let mut key = words.join(" ");
    let stem = key.len();
    for suffix in ["Party", "League", "Council"] {
        key.truncate(stem);
        key.push(' ');
        key.push_str(suffix);
        if NAMES.entries.get(&key) == Some(&"org") {
            words.push(suffix.to_string());
            break;
        }
    }
    words
}

fn add_description(doc: &Doc, book: &mut Book, span: Span, head: &str, definite: bool) -> usize {
    let text = span.slice(doc.text);
    let bare = text
        .split_once(' ')
        .map_or(text, |(_, rest)| rest)
        .to_string();
    let head_word = head
        .split_whitespace()
        .next_back()
        .unwrap_or(head)
        .to_string();
    let keys = [head_word.clone()];
    let found = definite.then(|| {
        let by_role = Book::lookup(&book.by_role, &keys);
        let by_name = Book::lookup(&book.by_word, &keys)
            .into_iter()
            .filter(|&id| {
                let d = &book.drafts[id];
                d.label != Label::Person
                    && d.words
                        .last()
                        .is_some_and(|w| w.to_lowercase() == head_word)
            });
        by_role.into_iter().chain(by_name).max()
    });
    let id = match found.flatten() {
        Some(id) => id,
        None => {
            let label = if FUNCTION_WORDS.groups.contains(head_word.as_str()) {
                Label::Org
            } else {
                Label::Person
            };
            book.add(Draft {
                label,
                words: Vec::new(),
                description: bare,
                roles: vec![head.to_string()],
                gender: role_gender(&head_word),
                mentions: Vec::new(),
                indexed: (0, 0),
            })
        }
    };
    book.mention(id, span, MentionKind::Description);
    id
}

fn add_pronoun(book: &mut Book, span: Span, word: &str) {
    let want: &dyn Fn(&Draft) -> bool = match word {
        "he" | "him" | "his" | "himself" => {
            &|d: &Draft| d.label == Label::Person && d.gender != Some(Gender::Female)
        }
        "she" | "her" | "hers" | "herself" => {
            &|d: &Draft| d.label == Label::Person && d.gender != Some(Gender::Male)
        }
        "it" | "its" | "itself" => &|d: &Draft| d.label != Label::Person,
        _ => &|d: &Draft| d.label == Label::Org && d.words.is_empty(),
    };
    // The most recent mention within reach whose actor fits.
    let best = book
        .recent
        .iter()
        .rev()
        .take_while(|(end, _)| span.start.saturating_sub(*end) <= PRONOUN_REACH)
        .find(|(end, id)| *end <= span.start && want(&book.drafts[*id]))
        .map(|&(_, id)| id);
    if let Some(id) = best {
        let d = &mut book.drafts[id];
        if d.label == Label::Person && d.gender.is_none() {
            let male = matches!(word, "he" | "him" | "his" | "himself");
            d.gender = Some(if male { Gender::Male } else { Gender::Female });
        }
        book.mention(id, span, MentionKind::Pronoun);
    }
}

fn finish(doc: &Doc, drafts: Vec<Draft>) -> Actors {
    let mut list = Vec::with_capacity(drafts.len());
    let mut mentions = Vec::new();
    for (id, mut d) in drafts.into_iter().enumerate() {
        d.mentions.sort_by_key(|(s, _)| *s);
        d.mentions.dedup_by_key(|(s, _)| *s);
        let name = if d.words.is_empty() {
            d.description.clone()
        } else {
            d.words.join(" ")
        };
        mentions.extend(d.mentions.iter().map(|(s, _)| (*s, id)));
        list.push(Actor {
            id,
            name,
            label: d.label,
            mentions: d
                .mentions
                .iter()
                .map(|&(s, kind)| Mention {
                    start: s.start,
                    end: s.end,
                    text: s.slice(doc.text).to_string(),
                    kind,
                })
                .collect(),
        });
    }
    mentions.sort();
    Actors { list, mentions }
}
