//! Runtime of the newsmark named-entity tagger (std only, no training code).
//!
//! Model: a linear (averaged perceptron) model over hashed features with
//! weights quantised to `i8`, decoded greedily left to right over BILOU tags
//! with transition constraints. Besides local features (word, lowercase,
//! affixes, shapes, ±2 context, previous two tags) it uses two document-level
//! (non-local) features: how the same word form is cased elsewhere in the
//! document, and the labels it received earlier in the document.
//!
//! Hot path: token strings are hashed once per token (char by char, no
//! allocation); a feature is a template id mixed into those hashes; its bucket
//! is the top `nbits` bits of the mixed hash. Buffers are allocated per
//! document only.

/// Entity types (CoNLL labels).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntityType {
    Per,
    Org,
    Loc,
    Misc,
}

impl EntityType {
    /// The types in tag order.
    pub const ALL: [EntityType; 4] = [
        EntityType::Per,
        EntityType::Org,
        EntityType::Loc,
        EntityType::Misc,
    ];

    /// CoNLL label: "PER", "ORG", "LOC" or "MISC".
    pub fn label(self) -> &'static str {
        match self {
            EntityType::Per => "PER",
            EntityType::Org => "ORG",
            EntityType::Loc => "LOC",
            EntityType::Misc => "MISC",
        }
    }
}

/// One entity found: sentence index, token range [start, end) within that sentence, type, and a score margin.
#[derive(Clone, Debug, PartialEq)]
pub struct TaggedEntity {
    pub sentence: usize,
    pub start: usize,
    pub end: usize,
    pub kind: EntityType,
    pub margin: f32,
}

/// The tagger: weight rows and their base scale. The file stores a row as
/// `ROW` bytes, a power-of-two exponent and one i8 per non-O tag (weight =
/// q << exp); O's weight is always 0 (the trainer subtracts it from the row:
/// argmax-neutral). In memory the rows that are not all zero are packed, so
/// the weights in use stay in cache: a row whose weights fit an i8 (nearly
/// all: exponent 0) as 16 bytes in `narrow`, any other expanded to i16 in
/// `wide`. A bucket finds its row through `index`: 0 is the all-zero row,
/// `WIDE | n` is `wide[n]`, else `narrow[n]`.
pub struct Tagger {
    nbits: u32,
    scale: f32,
    index: Vec<u16>,
    narrow: Vec<[i8; NT - 1]>,
    wide: Vec<[i16; NT - 1]>,
}

/// The flag of an index entry that points into `wide`.
const WIDE: u16 = 0x8000;

/// Largest weight magnitude the runtime takes: the sum of `MAXF` of them fits
/// the i16 lanes a token's features are summed in.
pub(crate) const MAX_WEIGHT: i32 = i16::MAX as i32 / MAXF as i32;

/// Bytes per weight row: exponent + one i8 per non-O tag.
pub(crate) const ROW: usize = NT;

// ---------------------------------------------------------------- tags

/// Number of tags: O plus B/I/L/U for each of the 4 types.
pub(crate) const NT: usize = 17;
/// Pseudo tag for "before the sentence start" (feature value only).
const START: usize = NT;
pub(crate) const PART_B: usize = 0;
pub(crate) const PART_I: usize = 1;
pub(crate) const PART_L: usize = 2;
pub(crate) const PART_U: usize = 3;

/// Tag index of (type, BILOU part).
#[cfg_attr(not(feature = "train"), allow(dead_code))]
pub(crate) fn make_tag(kind: usize, part: usize) -> usize {
    1 + 4 * kind + part
}

/// Entity type of a tag (None for O and START).
pub(crate) fn kind_of(t: usize) -> Option<usize> {
    if t == 0 || t >= NT {
        None
    } else {
        Some((t - 1) / 4)
    }
}

fn part_of(t: usize) -> usize {
    (t.max(1) - 1) % 4
}

/// Whether `cur` may follow `prev` under BILOU; `last` marks the sentence's final token.
fn allowed(prev: usize, cur: usize, last: bool) -> bool {
    let open = kind_of(prev).is_some() && part_of(prev) <= PART_I;
    match (open, kind_of(cur)) {
        (true, None) => false,
        (true, Some(k)) => {
            Some(k) == kind_of(prev)
                && (part_of(cur) == PART_L || (part_of(cur) == PART_I && !last))
        }
        (false, None) => true,
        (false, Some(_)) => part_of(cur) == PART_U || (part_of(cur) == PART_B && !last),
    }
}

/// `allowed` as a table: `[last as usize * (NT + 1) + prev][cur]`.
fn allowed_table() -> Vec<[bool; NT]> {
    (0..2 * (NT + 1))
        .map(|r| std::array::from_fn(|cur| allowed(r % (NT + 1), cur, r > NT)))
        .collect()
}

/// Best tag among those `ok` allows, and its margin over the runner-up.
fn best_allowed(scores: &[i32; NT], ok: &[bool; NT]) -> (usize, i32) {
    let (mut best, mut bs, mut second) = (0usize, i32::MIN, i32::MIN);
    for (t, &s) in scores.iter().enumerate() {
        if !ok[t] {
            continue;
        }
        if s > bs {
            second = bs;
            bs = s;
            best = t;
        } else if s > second {
            second = s;
        }
    }
    let margin = if second == i32::MIN {
        0
    } else {
        bs.saturating_sub(second)
    };
    (best, margin)
}

/// Decode tags leniently into (start, end, kind) spans.
pub(crate) fn spans_from_tags(tags: &[u8]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let t = t as usize;
        let Some(k) = kind_of(t) else {
            if let Some((s, ok)) = open.take() {
                out.push((s, i, ok));
            }
            continue;
        };
        let p = part_of(t);
        let continues = matches!(open, Some((_, ok)) if ok == k) && (p == PART_I || p == PART_L);
        if !continues {
            if let Some((s, ok)) = open.take() {
                out.push((s, i, ok));
            }
            open = Some((i, k));
        }
        if p == PART_L || p == PART_U {
            if let Some((s, ok)) = open.take() {
                out.push((s, i + 1, ok));
            }
        }
    }
    if let Some((s, ok)) = open {
        out.push((s, tags.len(), ok));
    }
    out
}

// ---------------------------------------------------------------- hashing

pub(crate) const FNV_SEED: u64 = 0xcbf29ce484222325;
const K1: u64 = 0x9E37_79B9_7F4A_7C15;
const K2: u64 = 0xC2B2_AE3D_27D4_EB4F;

#[inline]
pub(crate) fn fnv(h: u64, c: char) -> u64 {
    (h ^ c as u64).wrapping_mul(0x100000001b3)
}

#[inline]
pub(crate) fn fmix(mut h: u64) -> u64 {
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51afd7ed558ccd);
    h ^= h >> 33;
    h = h.wrapping_mul(0xc4ceb9fe1a85ec53);
    h ^ (h >> 33)
}

/// Feature hash of template `t` with value `a`.
#[inline]
fn feat(t: u64, a: u64) -> u64 {
    fmix(a ^ t.wrapping_mul(K1))
}

/// Feature hash of template `t` with the pair of values (a, b).
#[inline]
fn feat2(t: u64, a: u64, b: u64) -> u64 {
    fmix(a.wrapping_mul(K2) ^ b.rotate_left(31) ^ t.wrapping_mul(K1))
}

// ---------------------------------------------------------------- tokens

const F_UPPER1: u8 = 1; // first char uppercase
const F_HAS_UPPER: u8 = 2;
const F_HAS_LOWER: u8 = 4;

/// Per-token hashes, computed once per token.
#[derive(Clone, Copy, Default)]
pub(crate) struct Tok {
    word: u64,
    lower: u64,
    shape: u64,
    cshape: u64,
    pre: [u64; 4],
    suf: [u64; 4],
    flags: u8,
}

/// Padding token outside the sentence (distinct constant hashes).
const fn pad(v: u64) -> Tok {
    Tok {
        word: v,
        lower: v,
        shape: v,
        cshape: v,
        pre: [v; 4],
        suf: [v; 4],
        flags: 0,
    }
}
const BOS: Tok = pad(0x5151_5151);
const EOS: Tok = pad(0xE0E0_E0E0);

/// Fold typographic quotes and dashes into their ASCII forms.
pub(crate) fn norm_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{AB}' | '\u{BB}' => '"',
        '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
        _ => c,
    }
}

/// Shape class of a (normalised) char: X, x, d, a (other letters) or the char itself.
#[inline]
pub(crate) fn shape_char(c: char) -> char {
    if c.is_ascii() {
        return match c {
            'A'..='Z' => 'X',
            'a'..='z' => 'x',
            '0'..='9' => 'd',
            _ => c,
        };
    }
    if c.is_uppercase() {
        'X'
    } else if c.is_lowercase() {
        'x'
    } else if c.is_numeric() {
        'd'
    } else if c.is_alphabetic() {
        'a'
    } else {
        c
    }
}

impl Tok {
    /// Hash a token: word, lowercase (digits -> 0), shape (runs capped at 4),
    /// compressed shape, lowercase prefixes/suffixes of 1..4 chars.
    pub(crate) fn new(s: &str) -> Tok {
        let mut t = Tok::default();
        let (mut w, mut lo, mut sh, mut cs) = (FNV_SEED, FNV_SEED, FNV_SEED, FNV_SEED);
        let mut ring = ['\0'; 4];
        let mut nl = 0usize;
        let (mut last_sc, mut run) = ('\0', 0u32);
        for (i, c) in s.chars().enumerate() {
            let c = norm_char(c);
            w = fnv(w, c);
            let sc = shape_char(c);
            if sc == 'X' {
                t.flags |= F_HAS_UPPER | if i == 0 { F_UPPER1 } else { 0 };
            } else if sc == 'x' {
                t.flags |= F_HAS_LOWER;
            }
            if sc == last_sc {
                run += 1;
            } else {
                (last_sc, run) = (sc, 1);
                cs = fnv(cs, sc);
            }
            if run <= 4 {
                sh = fnv(sh, sc);
            }
            let mut push_lower = |l: char| {
                let l = if sc == 'd' { '0' } else { l };
                lo = fnv(lo, l);
                if nl < 4 {
                    t.pre[nl] = lo;
                }
                ring[nl % 4] = l;
                nl += 1;
            };
            if c.is_ascii() {
                push_lower(c.to_ascii_lowercase());
            } else {
                c.to_lowercase().for_each(push_lower);
            }
        }
        for k in 1..=4usize.min(nl) {
            let mut h = FNV_SEED;
            for j in nl - k..nl {
                h = fnv(h, ring[j % 4]);
            }
            t.suf[k - 1] = h;
        }
        (t.word, t.lower, t.shape, t.cshape) = (w, lo, sh, cs);
        t
    }
}

// ---------------------------------------------------------------- document state

const SEEN_LOWER: u8 = 1; // starts lowercase in a normal sentence
const SEEN_CAP_MID: u8 = 2; // capitalised, not sentence-initial, normal sentence
const SEEN_ALLCAPS_MID: u8 = 4; // all caps, not initial, normal sentence

/// Dense ids of 64-bit hashes: an open-addressing table that never fills
/// (twice the keys it takes), its slots holding the ids.
struct Ids {
    keys: Vec<u64>,
    ids: Vec<u32>,
    len: u32,
    mask: usize,
}

impl Ids {
    fn new(n: usize) -> Ids {
        let cap = (2 * n + 2).next_power_of_two();
        Ids {
            keys: vec![0; cap],
            ids: vec![0; cap],
            len: 0,
            mask: cap - 1,
        }
    }

    /// The id of `key` (0, 1, 2… in order of first sight), and whether it is new.
    fn intern(&mut self, key: u64) -> (usize, bool) {
        let key = key | 1;
        let mut i = (key >> 7) as usize & self.mask;
        while self.keys[i] != 0 && self.keys[i] != key {
            i = (i + 1) & self.mask;
        }
        if self.keys[i] == 0 {
            (self.keys[i], self.ids[i]) = (key, self.len);
            self.len += 1;
            return (self.ids[i] as usize, true);
        }
        (self.ids[i] as usize, false)
    }
}

/// What the document shows of one lowercase word form.
#[derive(Clone, Copy, Default)]
struct Form {
    /// SEEN_* flags: how it is cased in normal sentences.
    case: u8,
    /// Labels it received so far (O, then the four types).
    counts: [u16; 5],
    /// Context of its first capitalised occurrence in a normal sentence:
    /// previous lowercase, next lowercase, neighbour shapes (0 = none yet).
    first: [u64; 3],
}

/// Hashed tokens of a document plus sentence boundaries and document tables.
pub(crate) struct DocCtx {
    toks: Vec<Tok>,
    sent_start: Vec<usize>,
    caps: Vec<bool>,
    /// Per token: the id of its lowercase form in `forms`.
    form: Vec<u32>,
    forms: Vec<Form>,
}

impl DocCtx {
    fn new<V: AsRef<[S]>, S: AsRef<str>>(sentences: &[V]) -> DocCtx {
        let n: usize = sentences.iter().map(|s| s.as_ref().len()).sum();
        let mut toks = Vec::with_capacity(n);
        let mut sent_start = Vec::with_capacity(sentences.len() + 1);
        let mut caps = Vec::with_capacity(sentences.len());
        for s in sentences {
            sent_start.push(toks.len());
            let a = toks.len();
            toks.extend(s.as_ref().iter().map(|t| Tok::new(t.as_ref())));
            let f = toks[a..].iter().fold(0u8, |f, t| f | t.flags);
            caps.push(f & F_HAS_UPPER != 0 && f & F_HAS_LOWER == 0);
        }
        sent_start.push(toks.len());
        let mut ids = Ids::new(n);
        let mut forms = Vec::new();
        let form = toks
            .iter()
            .map(|t| {
                let (id, new) = ids.intern(t.lower);
                if new {
                    forms.push(Form::default());
                }
                id as u32
            })
            .collect();
        let mut d = DocCtx {
            toks,
            sent_start,
            caps,
            form,
            forms,
        };
        d.scan_casing();
        d
    }

    /// What the document shows of the lowercase form of token `i`.
    fn form(&self, i: usize) -> &Form {
        &self.forms[self.form[i] as usize]
    }

    /// Record how each word form is cased in normal (not all-caps) sentences.
    fn scan_casing(&mut self) {
        for s in 0..self.caps.len() {
            let (a, b) = (self.sent_start[s], self.sent_start[s + 1]);
            for i in a..b {
                let t = self.toks[i];
                let form = &mut self.forms[self.form[i] as usize];
                if self.caps[s] || t.flags & (F_HAS_UPPER | F_HAS_LOWER) == 0 {
                    continue;
                }
                let f = if t.flags & F_UPPER1 == 0 {
                    SEEN_LOWER
                } else if i == a {
                    0
                } else if t.flags & F_HAS_LOWER == 0 {
                    SEEN_ALLCAPS_MID
                } else {
                    SEEN_CAP_MID
                };
                form.case |= f;
                if t.flags & F_UPPER1 != 0 && form.first[0] == 0 {
                    let p = if i > a { self.toks[i - 1] } else { BOS };
                    let n = if i + 1 < b { self.toks[i + 1] } else { EOS };
                    form.first = [p.lower | 1, n.lower, p.cshape ^ n.cshape.rotate_left(13)];
                }
            }
        }
    }
}

// ---------------------------------------------------------------- features

/// Upper bound on features per token.
pub(crate) const MAXF: usize = 48;

/// Fixed-size feature buffer (no allocation).
pub(crate) struct Feats {
    buf: [u64; MAXF],
    n: usize,
}

impl Feats {
    #[inline]
    fn push(&mut self, h: u64) {
        if self.n < MAXF {
            self.buf[self.n] = h;
            self.n += 1;
        }
    }
    pub(crate) fn as_slice(&self) -> &[u64] {
        &self.buf[..self.n]
    }
}

/// Features that do not depend on predictions.
fn static_features(d: &DocCtx, s: usize, i: usize, f: &mut Feats) {
    word_features(d, i, f);
    context_features(d, s, i, f);
}

/// The static features of a word form alone (its spelling, and the context
/// of its first capitalised use in the document): equal for every occurrence.
fn word_features(d: &DocCtx, i: usize, f: &mut Feats) {
    let t = &d.toks[i];
    f.push(feat(0, 0));
    f.push(feat(1, t.word));
    f.push(feat(2, t.lower));
    for k in 0..4 {
        f.push(feat(3 + k as u64, t.pre[k]));
        f.push(feat(7 + k as u64, t.suf[k]));
    }
    f.push(feat(11, t.shape));
    f.push(feat(12, t.cshape));
    if t.flags & F_HAS_UPPER != 0 {
        let first = &d.form(i).first;
        if first[0] != 0 {
            f.push(feat(26, first[0]));
            f.push(feat(27, first[1]));
            f.push(feat(28, first[2]));
        }
    }
}

/// The static features of token `i` of sentence `s` in its context.
fn context_features(d: &DocCtx, s: usize, i: usize, f: &mut Feats) {
    let (a, b) = (d.sent_start[s], d.sent_start[s + 1]);
    let nb = |k: isize| -> &Tok {
        let j = i as isize + k;
        if j < a as isize {
            &BOS
        } else if j >= b as isize {
            &EOS
        } else {
            &d.toks[j as usize]
        }
    };
    let (t, p1, p2, n1, n2) = (nb(0), nb(-1), nb(-2), nb(1), nb(2));
    f.push(feat(13, p1.lower));
    f.push(feat(14, n1.lower));
    f.push(feat(15, p2.lower));
    f.push(feat(16, n2.lower));
    f.push(feat(17, p1.shape));
    f.push(feat(18, n1.shape));
    f.push(feat(19, p2.cshape));
    f.push(feat(20, n2.cshape));
    f.push(feat2(21, p1.lower, t.lower));
    f.push(feat2(22, t.lower, n1.lower));
    f.push(feat2(23, p1.cshape, t.cshape ^ n1.cshape.rotate_left(17)));
    let ctx = (i == a) as u64 | (d.caps[s] as u64) << 1;
    f.push(feat2(24, ctx, t.shape));
    if t.flags & F_HAS_UPPER != 0 {
        let case = d.form(i).case as u64;
        f.push(feat2(25, ctx | case << 2, (t.flags & F_HAS_LOWER) as u64));
    }
}

/// Features on previous predicted tags and on the document's prediction history.
fn dynamic_features(d: &DocCtx, i: usize, p1: usize, p2: usize, f: &mut Feats) {
    tag_features(p1, p2, f);
    token_dynamic_features(d, i, p1, f);
}

/// The features of the two previous tags alone.
fn tag_features(p1: usize, p2: usize, f: &mut Feats) {
    f.push(feat(30, p1 as u64));
    f.push(feat(31, (p2 * 32 + p1) as u64));
}

/// The previous tag with the token's shape, and what the document has
/// predicted for the token's word form so far.
fn token_dynamic_features(d: &DocCtx, i: usize, p1: usize, f: &mut Feats) {
    let t = &d.toks[i];
    // (previous tag x word did not help: dropped)
    f.push(feat2(33, p1 as u64, t.cshape));
    if t.flags & F_HAS_UPPER == 0 {
        return;
    }
    let c = &d.form(i).counts;
    let total: u32 = c.iter().map(|&x| x as u32).sum();
    if total == 0 {
        return;
    }
    let mut arg = 0;
    for k in 1..5 {
        if c[k] > c[arg] {
            arg = k;
        }
        if c[k] > 0 {
            f.push(feat(34, k as u64));
        }
    }
    f.push(feat(35, arg as u64));
}

// ---------------------------------------------------------------- decoding

/// A scorer/decider used by the shared decoding loop (runtime or trainer).
pub(crate) trait Model {
    /// Add the weight rows of `feats` to `scores`.
    fn add_scores(&self, feats: &[u64], scores: &mut [i32; NT]);
    /// Trainers need every feature at `choose`; the runtime instead scores the
    /// static features of every token before decoding (word features once
    /// per word form).
    const TRAINING: bool = false;
    /// Pick the tag for flat token `pos` given the best allowed tag (trainers update here).
    fn choose(&mut self, _pos: usize, _feats: &[u64], best: usize) -> usize {
        best
    }
}

/// Bucket of a feature hash.
#[inline]
pub(crate) fn bucket(h: u64, nbits: u32) -> usize {
    (h >> (64 - nbits)) as usize
}

/// Output of decoding: flat tags and margins, with sentence starts (len = sentences + 1).
pub(crate) struct Decoded {
    pub tags: Vec<u8>,
    pub margins: Vec<i32>,
    pub sent_start: Vec<usize>,
}

/// Scores of the word features of every token, computed once per distinct
/// word form (a news article repeats about half of its tokens).
fn word_scores<M: Model>(m: &M, d: &DocCtx) -> Vec<[i32; NT]> {
    let mut ids = Ids::new(d.toks.len());
    let mut scores = Vec::new();
    let mut f = Feats {
        buf: [0; MAXF],
        n: 0,
    };
    let mut out = Vec::with_capacity(d.toks.len());
    for (i, t) in d.toks.iter().enumerate() {
        let (id, new) = ids.intern(t.word);
        if new {
            f.n = 0;
            word_features(d, i, &mut f);
            let mut sc = [0; NT];
            m.add_scores(f.as_slice(), &mut sc);
            scores.push(sc);
        }
        out.push(scores[id]);
    }
    out
}

/// Adds the context features' scores of every token of sentence `s` to
/// `stat` (its word scores).
fn static_scores<M: Model>(m: &M, d: &DocCtx, s: usize, stat: &mut [[i32; NT]]) {
    let a = d.sent_start[s];
    let mut f = Feats {
        buf: [0; MAXF],
        n: 0,
    };
    for (i, sc) in stat.iter_mut().enumerate() {
        f.n = 0;
        context_features(d, s, a + i, &mut f);
        m.add_scores(f.as_slice(), sc);
    }
}

/// Greedy left-to-right decoding of a whole document.
pub(crate) fn decode_document<M: Model, V: AsRef<[S]>, S: AsRef<str>>(
    m: &mut M,
    sentences: &[V],
) -> Decoded {
    let mut d = DocCtx::new(sentences);
    let n = d.toks.len();
    let (mut tags, mut margins) = (Vec::with_capacity(n), Vec::with_capacity(n));
    let mut f = Feats {
        buf: [0; MAXF],
        n: 0,
    };
    let allowed = allowed_table();
    // Runtime: the scores of each pair of previous tags, computed once per document.
    let mut by_tags: Vec<Option<[i32; NT]>> = vec![None; (NT + 1) * (NT + 1)];
    // Runtime: the static scores of every token, before decoding.
    let mut stat = if M::TRAINING {
        vec![[0; NT]; n]
    } else {
        word_scores(m, &d)
    };
    for s in 0..d.caps.len() {
        let (a, b) = (d.sent_start[s], d.sent_start[s + 1]);
        if !M::TRAINING {
            static_scores(m, &d, s, &mut stat[a..b]);
        }
        let (mut p1, mut p2) = (START, START);
        for i in a..b {
            f.n = 0;
            let mut scores = stat[i];
            if M::TRAINING {
                static_features(&d, s, i, &mut f);
                dynamic_features(&d, i, p1, p2, &mut f);
            } else {
                let tags_scores = by_tags[p2 * (NT + 1) + p1].get_or_insert_with(|| {
                    let mut g = Feats {
                        buf: [0; MAXF],
                        n: 0,
                    };
                    tag_features(p1, p2, &mut g);
                    let mut sc = [0; NT];
                    m.add_scores(g.as_slice(), &mut sc);
                    sc
                });
                for (s, t) in scores.iter_mut().zip(tags_scores.iter()) {
                    *s += t;
                }
                token_dynamic_features(&d, i, p1, &mut f);
            }
            m.add_scores(f.as_slice(), &mut scores);
            let prev = if i == a { 0 } else { p1 };
            let ok = &allowed[usize::from(i + 1 == b) * (NT + 1) + prev];
            let (best, margin) = best_allowed(&scores, ok);
            let t = m.choose(i, f.as_slice(), best);
            tags.push(t as u8);
            margins.push(margin);
            let k = kind_of(t).map_or(0, |k| k + 1);
            let counts = &mut d.forms[d.form[i] as usize].counts;
            counts[k] = counts[k].saturating_add(1);
            (p2, p1) = (p1, t);
        }
    }
    Decoded {
        tags,
        margins,
        sent_start: d.sent_start,
    }
}

// ---------------------------------------------------------------- weights file

const MAGIC: &[u8; 4] = b"NMTG";
/// 2: sparse rows (a bitmap of the rows that are not all zero, then those rows).
const FORMAT_VERSION: u32 = 2;
/// Bumped whenever feature extraction changes (old weights become invalid).
pub(crate) const FEATURE_VERSION: u32 = 4;
const HEADER: usize = 24;

/// FNV-1a 32-bit checksum.
fn checksum(b: &[u8]) -> u32 {
    b.iter().fold(0x811c9dc5u32, |h, &x| {
        (h ^ x as u32).wrapping_mul(0x01000193)
    })
}

/// Largest per-row exponent: a weight is `q << exp` base units.
pub(crate) const MAX_EXP: u8 = 15;

/// Serialise quantised weights: header, a bitmap of the rows that are not all
/// zero (two thirds of them are), those rows (exponent + NT-1 i8), checksum.
#[cfg_attr(not(feature = "train"), allow(dead_code))]
pub(crate) fn serialize(nbits: u32, scale: f32, exps: &[u8], w: &[i8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER + exps.len() + w.len() + 4);
    out.extend_from_slice(MAGIC);
    for v in [FORMAT_VERSION, FEATURE_VERSION, nbits, NT as u32] {
        out.extend_from_slice(&v.to_le_bytes());
    }
    out.extend_from_slice(&scale.to_le_bytes());
    let rows: Vec<(u8, &[i8])> = exps.iter().copied().zip(w.chunks(NT - 1)).collect();
    let used = |(e, row): &(u8, &[i8])| *e != 0 || row.iter().any(|&x| x != 0);
    let mut bitmap = vec![0u8; rows.len().div_ceil(8)];
    for (i, r) in rows.iter().enumerate() {
        if used(r) {
            bitmap[i / 8] |= 1 << (i % 8);
        }
    }
    out.extend_from_slice(&bitmap);
    for (e, row) in rows.iter().filter(|r| used(r)) {
        out.push(*e);
        out.extend(row.iter().map(|&x| x as u8));
    }
    let c = checksum(&out);
    out.extend_from_slice(&c.to_le_bytes());
    out
}

fn read_u32(b: &[u8], at: usize) -> u32 {
    u32::from_le_bytes([b[at], b[at + 1], b[at + 2], b[at + 3]])
}

impl Tagger {
    /// Parse the serialized weights (the bytes of the weights file). Never panics on bad bytes: returns Err.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, String> {
        if bytes.len() < HEADER + 4 || &bytes[..4] != MAGIC {
            return Err("not a tagger weights file".into());
        }
        let body = bytes.len() - 4;
        if checksum(&bytes[..body]) != read_u32(bytes, body) {
            return Err("weights checksum mismatch".into());
        }
        let (fmt, fv, nbits, nt) = (
            read_u32(bytes, 4),
            read_u32(bytes, 8),
            read_u32(bytes, 12),
            read_u32(bytes, 16),
        );
        if fmt != FORMAT_VERSION || fv != FEATURE_VERSION {
            return Err(format!("unsupported weights version {}/{}", fmt, fv));
        }
        if !(8..=26).contains(&nbits) || nt as usize != NT {
            return Err("bad weights dimensions".into());
        }
        let scale = f32::from_bits(read_u32(bytes, 20));
        if !scale.is_finite() || scale <= 0.0 {
            return Err("bad weights scale".into());
        }
        let n_rows = 1usize << nbits;
        let map_end = HEADER + n_rows.div_ceil(8);
        if body < map_end {
            return Err("weights length mismatch".into());
        }
        let bitmap = &bytes[HEADER..map_end];
        let used: usize = bitmap.iter().map(|b| b.count_ones() as usize).sum();
        if body - map_end != used * ROW {
            return Err("weights length mismatch".into());
        }
        let mut index = vec![0u16; n_rows];
        let mut narrow = Vec::with_capacity(used + 1);
        narrow.push([0i8; NT - 1]);
        let mut wide = Vec::new();
        let mut stored = bytes[map_end..body].chunks(ROW);
        for i in (0..n_rows).filter(|i| bitmap[i / 8] & (1 << (i % 8)) != 0) {
            let src = stored.next().ok_or("weights length mismatch")?;
            let e = src[0];
            if e > MAX_EXP {
                return Err("bad row exponent".into());
            }
            let mut row = [0i16; NT - 1];
            for (d, &q) in row.iter_mut().zip(&src[1..]) {
                let w = (q as i8 as i32) << e;
                if w.abs() > MAX_WEIGHT {
                    return Err(format!("weight {w} beyond the runtime's ±{MAX_WEIGHT}"));
                }
                *d = w as i16;
            }
            let too_many = || "too many weight rows".to_string();
            index[i] = if row.iter().all(|&w| i8::try_from(w).is_ok()) {
                narrow.push(row.map(|w| w as i8));
                u16::try_from(narrow.len() - 1)
                    .ok()
                    .filter(|&n| n < WIDE)
                    .ok_or_else(too_many)?
            } else {
                wide.push(row);
                u16::try_from(wide.len() - 1)
                    .ok()
                    .filter(|&n| n < WIDE)
                    .ok_or_else(too_many)?
                    | WIDE
            };
        }
        Ok(Tagger {
            nbits,
            scale,
            index,
            narrow,
            wide,
        })
    }

    /// Tag a document given as sentences of tokens (token strings as they appear in text).
    pub fn tag_document<V: AsRef<[S]>, S: AsRef<str>>(&self, sentences: &[V]) -> Vec<TaggedEntity> {
        let dec = decode_document(&mut Run(self), sentences);
        let mut out = Vec::new();
        for s in 0..dec.sent_start.len().saturating_sub(1) {
            let (a, b) = (dec.sent_start[s], dec.sent_start[s + 1]);
            for (st, en, k) in spans_from_tags(&dec.tags[a..b]) {
                let m = dec.margins[a + st..a + en]
                    .iter()
                    .copied()
                    .min()
                    .unwrap_or(0);
                out.push(TaggedEntity {
                    sentence: s,
                    start: st,
                    end: en,
                    kind: EntityType::ALL[k],
                    margin: m as f32 * self.scale,
                });
            }
        }
        out
    }
}

/// Runtime model: packed weight rows.
struct Run<'a>(&'a Tagger);

impl Run<'_> {
    /// The index entry of feature `h`.
    #[inline]
    fn entry(&self, h: u64) -> u16 {
        let t = self.0;
        t.index.get(bucket(h, t.nbits)).copied().unwrap_or(0)
    }
}

impl Model for Run<'_> {
    #[inline]
    fn add_scores(&self, feats: &[u64], scores: &mut [i32; NT]) {
        // At most MAXF features of at most MAX_WEIGHT each: no i16 overflow.
        let t = self.0;
        let mut sum = [0i16; NT - 1];
        for &h in feats.iter().take(MAXF) {
            let e = self.entry(h);
            if e & WIDE == 0 {
                if let Some(row) = t.narrow.get(e as usize) {
                    for (s, &w) in sum.iter_mut().zip(row) {
                        *s += w as i16;
                    }
                }
            } else if let Some(row) = t.wide.get((e & !WIDE) as usize) {
                for (s, &w) in sum.iter_mut().zip(row) {
                    *s += w;
                }
            }
        }
        for (s, &w) in scores[1..].iter_mut().zip(&sum) {
            *s += w as i32;
        }
    }
}

// ---------------------------------------------------------------- tests

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny_tagger() -> Tagger {
        let nbits = 10;
        let w: Vec<i8> = (0..((NT - 1) << nbits))
            .map(|i| ((i * 7919 % 255) as i32 - 127) as i8)
            .collect();
        // Exponents up to 2: weights up to 127 << 2, within MAX_WEIGHT.
        let e: Vec<u8> = (0..1usize << nbits).map(|i| (i % 3) as u8).collect();
        Tagger::from_bytes(&serialize(nbits, 0.01, &e, &w)).expect("valid weights")
    }

    #[test]
    fn rejects_garbage() {
        assert!(Tagger::from_bytes(&[]).is_err());
        assert!(Tagger::from_bytes(b"NMTG").is_err());
        assert!(Tagger::from_bytes(&[0xFF; 1000]).is_err());
        let e = vec![3u8; 1 << 10];
        let mut good = serialize(10, 0.5, &e, &vec![1i8; (NT - 1) << 10]);
        assert!(Tagger::from_bytes(&good).is_ok());
        good[100] ^= 1;
        assert!(
            Tagger::from_bytes(&good).is_err(),
            "checksum must catch corruption"
        );
        let truncated = serialize(10, 0.5, &e, &vec![1i8; ((NT - 1) << 10) - 1]);
        assert!(Tagger::from_bytes(&truncated).is_err());
        let nan = serialize(10, f32::NAN, &e, &vec![1i8; (NT - 1) << 10]);
        assert!(Tagger::from_bytes(&nan).is_err());
        let big_exp = serialize(10, 0.5, &vec![16u8; 1 << 10], &vec![1i8; (NT - 1) << 10]);
        assert!(Tagger::from_bytes(&big_exp).is_err());
        let too_big = serialize(10, 0.5, &vec![6u8; 1 << 10], &vec![100i8; (NT - 1) << 10]);
        let err = Tagger::from_bytes(&too_big).err().unwrap_or_default();
        assert!(err.contains("beyond"), "{err}");
        for n in 0..64 {
            let junk: Vec<u8> = (0..n * 13).map(|i| (i * 31 + n) as u8).collect();
            assert!(Tagger::from_bytes(&junk).is_err());
        }
    }

    #[test]
    fn never_panics_on_odd_input() {
        let t = tiny_tagger();
        let huge = "Ä".repeat(100_000);
        let docs: Vec<Vec<Vec<&str>>> = vec![
            vec![],
            vec![vec![]],
            vec![vec![""], vec![], vec!["", " ", "\n"]],
            vec![vec![
                "😀",
                "北京",
                "東京都",
                "İstanbul",
                "ǅ",
                "ß",
                "\u{0}",
                "\u{FEFF}",
            ]],
            vec![vec![
                huge.as_str(),
                "Mr.",
                "U.S.",
                "\u{2019}s",
                "\u{201C}Hello\u{201D}",
            ]],
            vec![vec!["A"; 5000]],
            vec![
                vec!["NEW", "YORK", "1996-08-30"],
                vec!["New", "York", "is", "big", "."],
            ],
        ];
        for d in &docs {
            let ents = t.tag_document(d);
            for e in ents {
                assert!(e.sentence < d.len() && e.start < e.end && e.end <= d[e.sentence].len());
                assert!(e.margin.is_finite());
            }
        }
    }

    #[test]
    fn bilou_decoding_is_lenient() {
        let b = |k, p| make_tag(k, p) as u8;
        assert_eq!(
            spans_from_tags(&[b(0, PART_B), b(0, PART_L), 0, b(1, PART_U)]),
            vec![(0, 2, 0), (3, 4, 1)]
        );
        assert_eq!(
            spans_from_tags(&[b(2, PART_I), b(3, PART_I)]),
            vec![(0, 1, 2), (1, 2, 3)]
        );
        assert_eq!(spans_from_tags(&[b(2, PART_B)]), vec![(0, 1, 2)]);
    }

    #[test]
    fn shapes_normalise_quotes_and_digits() {
        assert_eq!(Tok::new("\u{2019}s").word, Tok::new("'s").word);
        assert_eq!(Tok::new("1996").lower, Tok::new("2001").lower);
        assert_eq!(Tok::new("LONDON").lower, Tok::new("London").lower);
        assert_ne!(Tok::new("LONDON").shape, Tok::new("London").shape);
    }
}
