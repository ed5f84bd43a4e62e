//! Word lists compiled into the binary from `data/`, parsed once on first use.
//!
//! Format of every list: one entry a line, `#` starts a comment, blank lines
//! are ignored, and `[name]` starts a named section.

use std::hash::{BuildHasherDefault, Hasher};
use std::sync::LazyLock;

/// A fast, non-cryptographic hash (the Fx hash of rustc) for the word
/// tables: their keys are fixed words compiled in, and lookups with text
/// cannot grow them, so the flooding that SipHash guards against cannot
/// happen here. About a tenth of the engine's time was SipHash.
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// A hash set with the fast hash.
pub type HashSet<T> = std::collections::HashSet<T, BuildHasherDefault<FxHasher>>;
/// A hash map with the fast hash.
pub type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// The entries of a list, in file order, as `(section, entry)` pairs.
pub fn entries(data: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    let mut section = "";
    data.lines().filter_map(move |line| {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            return None;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.trim();
            return None;
        }
        Some((section, line))
    })
}

/// A set of the entries of one section (or of the whole list when `section` is `None`).
fn set(data: &'static str, section: Option<&str>) -> HashSet<&'static str> {
    entries(data)
        .filter(|(s, _)| section.is_none_or(|want| *s == want))
        .map(|(_, e)| e)
        .collect()
}

/// Abbreviations that keep their final period, by kind.
pub struct Abbreviations {
    /// Titles such as "Mr" or "Sen": never end a sentence.
    pub titles: HashSet<&'static str>,
    /// Other abbreviations such as "Inc" or "U.S": may end a sentence.
    pub other: HashSet<&'static str>,
}

/// Abbreviations, lower case, without the final period.
pub static ABBREVIATIONS: LazyLock<Abbreviations> = LazyLock::new(|| {
    let data = include_str!("../data/abbreviations.txt");
    Abbreviations {
        titles: set(data, Some("title")),
        other: set(data, Some("other")),
    }
});

/// Capitalised words that start a new sentence after an ambiguous abbreviation.
pub static SENTENCE_STARTERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("../data/sentence_starters.txt"), None));

/// Closed-class words by role (`determiner`, `pronoun`, `stop`, `aux`, `preposition`).
pub struct FunctionWords {
    /// Words that open a noun phrase ("the", "a", "his").
    pub determiners: HashSet<&'static str>,
    /// Personal pronouns that can be a speaker ("he", "they").
    pub pronouns: HashSet<&'static str>,
    /// Words that end a noun phrase scan ("that", "and", "who").
    pub stops: HashSet<&'static str>,
    /// Auxiliaries and adverbs allowed between a subject and its verb.
    pub aux: HashSet<&'static str>,
    /// Prepositions allowed inside a noun phrase ("a spokeswoman for Mr Starmer").
    pub prepositions: HashSet<&'static str>,
    /// Nouns naming a collective actor ("the group", "the council").
    pub groups: HashSet<&'static str>,
    /// Words that open an adverbial clause before the subject ("During", "When").
    pub openers: HashSet<&'static str>,
    /// Common verbs that end a noun phrase.
    pub verbs: HashSet<&'static str>,
    /// Heads of noun phrases that can hold no position ("a problem", "risks").
    pub inanimate: HashSet<&'static str>,
}

/// Function words, lower case.
pub static FUNCTION_WORDS: LazyLock<FunctionWords> = LazyLock::new(|| {
    let data = include_str!("../data/function_words.txt");
    FunctionWords {
        determiners: set(data, Some("determiner")),
        pronouns: set(data, Some("pronoun")),
        stops: set(data, Some("stop")),
        aux: set(data, Some("aux")),
        prepositions: set(data, Some("preposition")),
        groups: set(data, Some("group")),
        openers: set(data, Some("opener")),
        verbs: set(data, Some("verb")),
        inanimate: set(data, Some("inanimate")),
    }
});

/// Cue lemmas whose base and -s forms are also nouns (section `noun_like` of
/// `data/cues.txt`).
pub static NOUN_LIKE_CUES: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(include_str!("../data/cues.txt"), Some("noun_like")));

/// Reporting cues: every inflected form mapped to (lemma, section).
pub static CUES: LazyLock<HashMap<&'static str, (&'static str, &'static str)>> =
    LazyLock::new(|| {
        let mut map = HashMap::default();
        let verbs = entries(include_str!("../data/cues.txt")).filter(|(s, _)| *s != "noun_like");
        for (section, line) in verbs {
            let mut forms = line.split_whitespace();
            let lemma = forms.next().unwrap_or_default();
            map.insert(lemma, (lemma, section));
            for form in forms {
                map.insert(form, (lemma, section));
            }
        }
        map
    });

/// A phrase list keyed by token sequence: each entry is tokenized like the
/// text ("Bahrain’s" and "U.S." behave the same in both) and joined by spaces.
pub struct Phrases {
    /// Entry (tokens joined by one space) to its section.
    pub entries: HashMap<String, &'static str>,
    /// The most tokens in one entry.
    pub max_tokens: usize,
    /// The first token of every entry (a quick test before building keys).
    pub first_tokens: HashSet<String>,
}

impl Phrases {
    fn from(lists: &[(&'static str, Option<&str>)]) -> Self {
        let mut map = HashMap::default();
        let mut first_tokens = HashSet::default();
        let mut max_tokens = 1;
        for &(data, only) in lists {
            for (section, entry) in entries(data).filter(|(s, _)| only.is_none_or(|o| o == *s)) {
                let doc = crate::segment::segment(entry);
                let key: Vec<&str> = doc.tokens.iter().map(|t| t.span.slice(entry)).collect();
                max_tokens = max_tokens.max(key.len());
                first_tokens.extend(key.first().map(|k| k.to_string()));
                map.entry(key.join(" ")).or_insert(section);
            }
        }
        Phrases {
            entries: map,
            max_tokens,
            first_tokens,
        }
    }
}

/// Names of places, groups and organisations, by section: `country`, `city`,
/// `state`, `region` (places), `nationality`, `religion`, `political`
/// (groups), `org` (organisations). Case as written.
pub static NAMES: LazyLock<Phrases> = LazyLock::new(|| {
    Phrases::from(&[
        (include_str!("../data/lexicon/places.txt"), Some("country")),
        (include_str!("../data/lexicon/places.txt"), Some("city")),
        (include_str!("../data/lexicon/places.txt"), Some("state")),
        (include_str!("../data/lexicon/places.txt"), Some("region")),
        (include_str!("../data/lexicon/groups.txt"), None),
        (
            include_str!("../data/lexicon/organisations.txt"),
            Some("org"),
        ),
    ])
});

/// Words around names: honorifics ("Mr", "Sheikh"), given names, surname
/// particles ("Al", "bin"), organisation suffixes and heads.
pub struct NameParts {
    /// Honorifics and titles written before a name.
    pub honorifics: HashSet<&'static str>,
    /// Given names.
    pub first: HashSet<&'static str>,
    /// Particles inside names ("Al", "bin", "van").
    pub particles: HashSet<&'static str>,
    /// Words that end organisation names ("Council", "Party").
    pub org_suffixes: HashSet<&'static str>,
    /// Words that start organisation names ("Ministry", "University").
    pub org_heads: HashSet<&'static str>,
    /// Words that end street and ward names ("Close", "Street").
    pub place_suffixes: HashSet<&'static str>,
}

/// Name parts, case as written.
pub static NAME_PARTS: LazyLock<NameParts> = LazyLock::new(|| {
    let people = include_str!("../data/lexicon/people.txt");
    let orgs = include_str!("../data/lexicon/organisations.txt");
    NameParts {
        honorifics: set(people, Some("honorific")),
        first: set(people, Some("first")),
        particles: set(people, Some("surname_particle")),
        org_suffixes: set(orgs, Some("suffix")),
        org_heads: set(orgs, Some("head")),
        place_suffixes: set(
            include_str!("../data/lexicon/places.txt"),
            Some("place_suffix"),
        ),
    }
});

/// Lower-case entries of a list mapped to their section.
fn lowercase_map(data: &'static str) -> HashMap<String, &'static str> {
    entries(data).map(|(s, e)| (e.to_lowercase(), s)).collect()
}

/// Roles for the TITLE label, lower case: role nouns ("leader", "prime
/// minister") and the modifiers that may precede them ("deputy", "shadow").
pub struct Titles {
    /// Role nouns and compounds, words joined by one space.
    pub roles: HashSet<String>,
    /// Modifiers written before a role.
    pub modifiers: HashSet<String>,
    /// The most words in one role.
    pub max_tokens: usize,
    /// The first word of every role (a quick test before building keys).
    pub first_words: HashSet<String>,
}

/// Roles, lower case.
pub static TITLES: LazyLock<Titles> = LazyLock::new(|| {
    let map = lowercase_map(include_str!("../data/lexicon/titles.txt"));
    let pick = |want: &str| {
        map.iter()
            .filter(|(_, s)| **s == want)
            .map(|(e, _)| e.clone())
            .collect::<HashSet<_>>()
    };
    let roles = pick("role");
    let max_tokens = roles
        .iter()
        .map(|r| r.split(' ').count())
        .max()
        .unwrap_or(1);
    let first_words = roles
        .iter()
        .filter_map(|r| r.split(' ').next())
        .map(str::to_string)
        .collect();
    Titles {
        roles,
        modifiers: pick("modifier"),
        max_tokens,
        first_words,
    }
});

/// Date and time words, lower case, to their section (`month`, `weekday`,
/// `relative`, `time`).
pub static TIME_WORDS: LazyLock<HashMap<String, &'static str>> =
    LazyLock::new(|| lowercase_map(include_str!("../data/lexicon/dates.txt")));

/// Number words and units, lower case, to their section (`cardinal`, `unit`).
pub static NUMBER_WORDS: LazyLock<HashMap<String, &'static str>> =
    LazyLock::new(|| lowercase_map(include_str!("../data/lexicon/numbers.txt")));

/// A multi-word cue: its lower-case words, section and the variant as written.
pub struct PhraseCue {
    /// Lower-case words of the variant.
    pub words: Vec<&'static str>,
    /// The section it came from.
    pub section: &'static str,
    /// The variant as written in the list.
    pub text: &'static str,
    /// True for the first variant of its line (the base form of a verb).
    pub lemma: bool,
}

/// Stance cues (`data/stance_cues.txt`), indexed by their first word, longest first.
pub static STANCE_CUES: LazyLock<HashMap<&'static str, Vec<PhraseCue>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<PhraseCue>> = HashMap::default();
    for (section, line) in entries(include_str!("../data/stance_cues.txt")) {
        let variants = line.split('|').map(str::trim).filter(|v| !v.is_empty());
        for (n, variant) in variants.enumerate() {
            let words: Vec<&'static str> = variant.split_whitespace().collect();
            map.entry(words[0]).or_default().push(PhraseCue {
                words,
                section,
                text: variant,
                lemma: n == 0,
            });
        }
    }
    for cues in map.values_mut() {
        cues.sort_by_key(|c| std::cmp::Reverse(c.words.len()));
    }
    map
});
