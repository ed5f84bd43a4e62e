//! Pass 1: reads the raw text and adds paragraphs, sentences and tokens, each
//! with its byte span.
//!
//! Paragraphs are separated by blank lines (`\n`, `\r\n` or `\r` line ends).
//! Tokens are words (with internal apostrophes, hyphens and initialism
//! periods), numbers (with thousands separators and decimals), URLs and
//! e-mail addresses, quotation marks, runs of the same punctuation, and single
//! symbols such as emoji (with their combining and joining characters).
//! Sentences end at terminal punctuation followed by a capitalised start, at a
//! line break inside a paragraph, or at a paragraph end.

use crate::lexicon::{ABBREVIATIONS, SENTENCE_STARTERS};
pub use crate::marks::Pair;
use crate::span::Span;

/// The longest sentence, in tokens; longer runs are cut so later passes stay linear.
pub const MAX_SENTENCE_TOKENS: usize = 400;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (any script), possibly with digits, apostrophes, hyphens, periods.
    Word,
    /// Digits, possibly with separators.
    Number,
    /// A URL or an e-mail address.
    Url,
    /// A quotation mark or apostrophe standing alone.
    Quote,
    /// Punctuation (a run of the same mark, such as "..." or "--").
    Punct,
    /// Any other symbol, such as an emoji.
    Symbol,
}

/// A token: its bytes and its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    /// The bytes of the token.
    pub span: Span,
    /// Its kind.
    pub kind: TokenKind,
}

/// A sentence: its bytes, its tokens (indices into `Doc::tokens`) and paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// From its first token to its last.
    pub span: Span,
    /// Index range into `Doc::tokens`.
    pub tokens: std::ops::Range<usize>,
    /// Index into `Doc::paragraphs`.
    pub paragraph: usize,
}

/// The segmented text.
#[derive(Clone, Debug, Default)]
pub struct Doc<'t> {
    /// The original text.
    pub text: &'t str,
    /// Paragraph spans (trimmed of surrounding whitespace).
    pub paragraphs: Vec<Span>,
    /// Sentences in text order.
    pub sentences: Vec<Sentence>,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Outermost quoted spans (paired quotation marks), in text order.
    pub quoted: Vec<Pair>,
    /// Lower-case forms (curly apostrophe made straight) of the tokens whose
    /// text differs from that form, computed once: their byte ranges in
    /// `lowered_text` (empty range: the token's own text).
    lowered: Vec<(usize, usize)>,
    lowered_text: String,
    /// The text of each token, sliced once.
    words: Vec<&'t str>,
}

impl<'t> Doc<'t> {
    /// The text of token `i`.
    pub fn token_text(&self, i: usize) -> &'t str {
        self.words[i]
    }

    /// The texts of tokens `range`.
    pub fn token_texts(&self, range: std::ops::Range<usize>) -> &[&'t str] {
        &self.words[range]
    }

    /// The lower-case form of token `i`, with a curly apostrophe made straight.
    pub fn lower(&self, i: usize) -> &str {
        match self.lowered[i] {
            (a, b) if a < b => &self.lowered_text[a..b],
            _ => self.token_text(i),
        }
    }
}

/// Segments `text` into paragraphs, sentences and tokens.
pub fn segment(text: &str) -> Doc<'_> {
    let mut doc = Doc {
        text,
        ..Doc::default()
    };
    doc.tokens.reserve(text.len() / 5); // news runs about 5.5 bytes a token
    for para in paragraphs(text) {
        let p = doc.paragraphs.len();
        doc.paragraphs.push(para);
        let first = doc.tokens.len();
        tokenize(text, para, &mut doc.tokens);
        split_sentences(text, first, p, &mut doc);
    }
    doc.words = doc.tokens.iter().map(|t| t.span.slice(text)).collect();
    let mut lowered_text = String::new();
    doc.lowered = doc
        .tokens
        .iter()
        .map(|t| {
            let s = t.span.slice(text);
            let plain = if s.is_ascii() {
                !s.bytes().any(|b| b.is_ascii_uppercase())
            } else {
                !s.chars().any(|c| c.is_uppercase() || c == '’')
            };
            if plain {
                return (0, 0);
            }
            let a = lowered_text.len();
            if s.is_ascii() {
                lowered_text.extend(s.chars().map(|c| c.to_ascii_lowercase()));
            } else {
                // str's own rules (a final sigma), then the apostrophe.
                lowered_text.push_str(&s.to_lowercase().replace('’', "'"));
            }
            (a, lowered_text.len())
        })
        .collect();
    doc.lowered_text = lowered_text;
    doc.quoted = crate::marks::pair_marks(&doc);
    doc
}

/// Paragraph spans: runs of non-blank lines, trimmed.
fn paragraphs(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            out.extend(current.take());
            continue;
        }
        let lead = line.len() - line.trim_start().len();
        let span = Span::new(start + lead, start + lead + trimmed.len());
        current = Some(current.map_or(span, |c| c.cover(span)));
    }
    out.extend(current);
    out
}

/// True for characters that attach to the previous one: combining marks,
/// joiners, variation selectors and emoji modifiers.
pub fn is_extend(c: char) -> bool {
    matches!(c as u32,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A
        | 0x064B..=0x065F | 0x0E31 | 0x0E34..=0x0E3A | 0x1AB0..=0x1AFF
        | 0x1DC0..=0x1DFF | 0x200C | 0x200D | 0x20D0..=0x20FF | 0xFE00..=0xFE0F
        | 0xFE20..=0xFE2F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F)
}

/// Quotation marks and apostrophes that stand as tokens of their own.
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '«' | '»' | '„' | '‚' | '‹' | '›' | '「' | '」'
    )
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_extend(c)
}

/// Tokenizes the bytes of `para` into `out`.
fn tokenize(text: &str, para: Span, out: &mut Vec<Token>) {
    let s = &text[para.start..para.end];
    let mut i = 0;
    while let Some(c) = s[i..].chars().next() {
        if c == ' ' {
            i += 1; // the commonest case first
            continue;
        }
        if c.is_whitespace() || c.is_control() {
            i += c.len_utf8();
            continue;
        }
        let (end, kind) = if let Some(end) = url_end(s, i) {
            (end, TokenKind::Url)
        } else if c.is_alphanumeric() || (is_apostrophe(c) && next_is_digit(s, i + c.len_utf8())) {
            word_end(s, i)
        } else if let Some(end) = possessive_end(s, i) {
            (end, TokenKind::Word)
        } else if is_quote_mark(c) {
            (extend_end(s, i + c.len_utf8()), TokenKind::Quote)
        } else if c.is_ascii_punctuation() || is_general_punct(c) {
            let mut end = i + c.len_utf8();
            while s[end..].starts_with(c) {
                end += c.len_utf8();
            }
            (end, TokenKind::Punct)
        } else {
            (symbol_end(s, i), TokenKind::Symbol)
        };
        out.push(Token {
            span: Span::new(para.start + i, para.start + end),
            kind,
        });
        i = end;
    }
}

fn is_general_punct(c: char) -> bool {
    matches!(c as u32, 0x2010..=0x2027 | 0x2030..=0x205E | 0x3000..=0x303F | 0xFF01..=0xFF0F)
        || matches!(c, '¡' | '¿' | '§' | '¶' | '·' | '،' | '؛' | '؟' | '।')
}

/// The end of a possessive "'s" glued to the word before it.
fn possessive_end(s: &str, i: usize) -> Option<usize> {
    let mut chars = s[i..].chars();
    let (a, b) = (chars.next()?, chars.next()?);
    let glued = s[..i].ends_with(char::is_alphanumeric);
    let ends = chars.next().is_none_or(|c| !c.is_alphanumeric());
    (is_apostrophe(a) && matches!(b, 's' | 'S') && glued && ends).then(|| i + a.len_utf8() + 1)
}

fn next_is_digit(s: &str, i: usize) -> bool {
    s[i..].chars().next().is_some_and(|c| c.is_ascii_digit())
}

/// Skips combining and joining characters after `i`.
fn extend_end(s: &str, mut i: usize) -> usize {
    while let Some(c) = s[i..].chars().next().filter(|&c| is_extend(c)) {
        i += c.len_utf8();
    }
    i
}

/// A symbol with its modifiers, and emoji joined by ZWJ.
fn symbol_end(s: &str, i: usize) -> usize {
    let mut end = extend_end(s, i + s[i..].chars().next().map_or(1, char::len_utf8));
    while s[..end].ends_with('\u{200D}') {
        match s[end..].chars().next() {
            Some(c) if !c.is_whitespace() => end = extend_end(s, end + c.len_utf8()),
            _ => break,
        }
    }
    end
}

/// The end of a URL or e-mail starting at `i`, if one starts there.
fn url_end(s: &str, i: usize) -> Option<usize> {
    let rest = &s[i..];
    let starts = |p: &str| {
        rest.as_bytes()
            .get(..p.len())
            .is_some_and(|b| b.eq_ignore_ascii_case(p.as_bytes()))
    };
    if !(starts("http://") || starts("https://") || starts("www.")) {
        return None;
    }
    let mut end = rest.find(char::is_whitespace).unwrap_or(rest.len());
    while let Some(c) = rest[..end].chars().next_back() {
        if matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '>') || is_quote_mark(c) {
            end -= c.len_utf8();
        } else {
            break;
        }
    }
    (end > 4).then_some(i + end)
}

/// The end of the word or number starting at `i`.
fn word_end(s: &str, i: usize) -> (usize, TokenKind) {
    // Most words are ASCII letters and digits ended by a space or plain
    // punctuation: decided on bytes, without the general loop below.
    let bytes = s.as_bytes();
    let run = bytes[i..]
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let ends_plainly = bytes.get(i + run).is_none_or(|&b| {
        b.is_ascii_whitespace()
            || matches!(b, b'!' | b'"' | b'(' | b')' | b';' | b'?' | b'[' | b']')
    });
    if run > 0 && ends_plainly {
        let letters = bytes[i..i + run].iter().any(u8::is_ascii_alphabetic);
        let kind = if letters {
            TokenKind::Word
        } else {
            TokenKind::Number
        };
        return (i + run, kind);
    }
    let mut end = i;
    let mut letters = false;
    let mut periods = false;
    let mut chars = s[i..].char_indices().peekable();
    while let Some((off, c)) = chars.next() {
        let next = chars.peek().map(|&(_, n)| n);
        let joins = |n: Option<char>| n.is_some_and(char::is_alphanumeric);
        let ok = if is_word_char(c) {
            letters |= c.is_alphabetic();
            true
        } else if is_apostrophe(c) {
            // "party's" -> "party" + "'s"; "O'Keefe", "don't" stay whole;
            // "'90s" at the start stays whole.
            let possessive = matches!(next, Some('s' | 'S'))
                && !s[i + off + c.len_utf8() + 1..].starts_with(char::is_alphanumeric);
            (off == 0 || !possessive) && joins(next)
        } else if c == '.' {
            periods |= joins(next);
            joins(next)
        } else if matches!(c, '-' | '‐' | '&' | '@' | '_') {
            joins(next)
        } else if matches!(c, ',' | ':' | '/') {
            // 1,000 and 10:30 and 24/7
            let prev_digit = s[..i + off].ends_with(|p: char| p.is_ascii_digit());
            prev_digit && next.is_some_and(|n| n.is_ascii_digit())
        } else {
            false
        };
        if !ok {
            break;
        }
        end = i + off + c.len_utf8();
    }
    let word = &s[i..end];
    if s[end..].starts_with('.') && takes_period(word, periods) {
        end += 1;
    }
    let kind = if letters {
        TokenKind::Word
    } else {
        TokenKind::Number
    };
    (end, kind)
}

/// True when a word followed by "." keeps the period: known abbreviations,
/// initialisms ("U.S."), and single capital initials ("J.").
fn takes_period(word: &str, has_periods: bool) -> bool {
    let lower = word.to_lowercase();
    let abbr = &*ABBREVIATIONS;
    if abbr.titles.contains(lower.as_str()) || abbr.other.contains(lower.as_str()) {
        return true;
    }
    let mut chars = word.chars();
    let single_capital =
        matches!((chars.next(), chars.next()), (Some(c), None) if c.is_uppercase());
    let initialism = has_periods
        && word
            .split('.')
            .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic));
    single_capital || initialism
}

/// True when `word` (with its final period) is an abbreviation that may end a
/// sentence, as opposed to a title such as "Mr." that never does.
fn may_end_sentence(word: &str) -> bool {
    let bare = word.trim_end_matches('.').to_lowercase();
    !ABBREVIATIONS.titles.contains(bare.as_str())
}

fn is_terminal(t: &str) -> bool {
    t.starts_with(['.', '!', '?', '…', '。', '！', '？', '؟', '।'])
}

fn is_closing(t: &str) -> bool {
    matches!(
        t,
        "\"" | "'" | "”" | "’" | "»" | "›" | "」" | ")" | "]" | "}"
    )
}

/// True when a token can open a sentence: not lower case, and not
/// punctuation that continues one ("R-Ky., said", "3 p.m.)").
fn starts_sentence(t: &str) -> bool {
    !starts_lowercase(t)
        && !matches!(
            t.chars().next(),
            Some(',' | ';' | ':' | ')' | ']' | '}' | '%' | '-' | '–' | '—')
        )
}

fn starts_lowercase(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_lowercase)
}

/// Splits the tokens from `first` on (one paragraph) into sentences.
fn split_sentences(text: &str, first: usize, paragraph: usize, doc: &mut Doc) {
    let tokens = &doc.tokens[first..];
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i].span.slice(text);
        let mut end = i + 1;
        let mut boundary = false;
        if tokens[i].kind == TokenKind::Punct && is_terminal(t) {
            while end < tokens.len()
                && is_closing(tokens[end].span.slice(text))
                && tokens[end].span.start == tokens[end - 1].span.end
            {
                end += 1;
            }
            boundary = tokens
                .get(end)
                .is_none_or(|n| starts_sentence(n.span.slice(text)));
        } else if tokens[i].kind == TokenKind::Word && t.ends_with('.') && may_end_sentence(t) {
            boundary = tokens
                .get(end)
                .is_some_and(|n| SENTENCE_STARTERS.contains(n.span.slice(text)));
        }
        if let Some(next) = tokens.get(end) {
            let gap = &text[tokens[end - 1].span.end..next.span.start];
            if gap.contains(['\n', '\r']) && !starts_lowercase(next.span.slice(text)) {
                boundary = true;
            }
        }
        if end - start >= MAX_SENTENCE_TOKENS {
            boundary = true;
        }
        if boundary || end == tokens.len() {
            let span = tokens[start].span.cover(tokens[end - 1].span);
            doc.sentences.push(Sentence {
                span,
                tokens: first + start..first + end,
                paragraph,
            });
            start = end;
        }
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<&str> {
        let doc = segment(text);
        doc.tokens.iter().map(|t| t.span.slice(text)).collect()
    }

    fn sents(text: &str) -> Vec<&str> {
        let doc = segment(text);
        doc.sentences.iter().map(|s| s.span.slice(text)).collect()
    }

    #[test]
    fn words_possessives_and_apostrophes() {
        assert_eq!(
            toks("Bahrain’s ambassador"),
            ["Bahrain", "’s", "ambassador"]
        );
        assert_eq!(
            toks("the party's O’Keefe don't ’90s"),
            ["the", "party", "'s", "O’Keefe", "don't", "’90s"]
        );
        assert_eq!(
            toks("Israel-Gaza rain-affected"),
            ["Israel-Gaza", "rain-affected"]
        );
    }

    #[test]
    fn abbreviations_numbers_urls_punctuation() {
        assert_eq!(
            toks("Mr. Smith of the U.S. paid $1,000.50."),
            ["Mr.", "Smith", "of", "the", "U.S.", "paid", "$", "1,000.50", "."]
        );
        assert_eq!(
            toks("See https://example.com/a?b=1, or www.x.org."),
            [
                "See",
                "https://example.com/a?b=1",
                ",",
                "or",
                "www.x.org",
                "."
            ]
        );
        assert_eq!(
            toks("Wait... no -- yes — “fine”!"),
            ["Wait", "...", "no", "--", "yes", "—", "“", "fine", "”", "!"]
        );
    }

    #[test]
    fn emoji_and_scripts() {
        assert_eq!(toks("hi 👍🏽 👨‍👩‍👧 x"), ["hi", "👍🏽", "👨‍👩‍👧", "x"]);
        assert_eq!(
            toks("café cafe\u{301} 北京 مرحبا"),
            ["café", "cafe\u{301}", "北京", "مرحبا"]
        );
    }

    #[test]
    fn sentences_and_paragraphs() {
        let text = "Mr. Smith went to Washington. He said: “Yes.” Then he left!\r\n\r\nA new paragraph\r\nand a line.\nNext line";
        assert_eq!(
            sents(text),
            [
                "Mr. Smith went to Washington.",
                "He said: “Yes.”",
                "Then he left!",
                "A new paragraph\r\nand a line.",
                "Next line"
            ]
        );
        assert_eq!(segment(text).paragraphs.len(), 2);
        assert_eq!(
            sents("He lives in the U.S. The end."),
            ["He lives in the U.S.", "The end."]
        );
        assert_eq!(
            sents("U.S. officials met. e.g. not this"),
            ["U.S. officials met. e.g. not this"]
        );
    }

    #[test]
    fn empty_and_blank() {
        assert!(segment("").sentences.is_empty());
        assert!(segment(" \n\r\n\t ").paragraphs.is_empty());
    }
}
