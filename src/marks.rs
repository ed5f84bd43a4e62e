//! Part of pass 1 (segment): pairs quotation marks into quoted spans.
//!
//! Marks are paired per paragraph (a straight mark may close a curly one;
//! apostrophes never pair). A quote left open at a paragraph end runs on when
//! the next paragraph reopens with a mark, and is otherwise cut at the
//! paragraph end. Only outermost pairs are kept (quotes inside quotes belong
//! to them).

use crate::segment::{is_quote_mark, Doc, TokenKind};
use crate::span::Span;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Double,
    Single,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Role {
    Open(Family),
    Close(Family),
    Either(Family),
    Apostrophe,
}

/// A pair of marks: token indices of the opening and closing marks (the
/// closing one absent when the quote was cut at a paragraph end).
#[derive(Clone, Copy, Debug)]
pub struct Pair {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of the closing mark (absent when cut at a paragraph end).
    pub close: Option<usize>,
    /// From the opening mark to the closing mark (or the paragraph end).
    pub span: Span,
}

/// What a quotation mark token does, judged by the characters around it.
fn role(doc: &Doc, i: usize) -> Role {
    let span = doc.tokens[i].span;
    let mark = doc.text[span.start..].chars().next().unwrap_or(' ');
    let before = doc.text[..span.start].chars().next_back();
    let after = doc.text[span.end..].chars().next();
    let space_or_open = |c: Option<char>| {
        c.is_none_or(|c| {
            c.is_whitespace()
                || matches!(c, '(' | '[' | '{' | '—' | '–' | '-' | '/')
                || is_quote_mark(c)
        })
    };
    let space_or_close = |c: Option<char>| {
        c.is_none_or(|c| {
            c.is_whitespace()
                || c.is_ascii_punctuation()
                || matches!(c, '—' | '–' | '…')
                || is_quote_mark(c)
        })
    };
    let opens = space_or_open(before) && !after.is_none_or(char::is_whitespace);
    let closes = space_or_close(after) && !before.is_none_or(char::is_whitespace);
    use Family::*;
    match mark {
        '„' | '«' => Role::Open(Double),
        // “ closes a German „ quote: “ after a word and before a space.
        '“' => {
            if closes && !opens {
                Role::Close(Double)
            } else {
                Role::Open(Double)
            }
        }
        '”' | '»' => {
            if opens && !closes {
                Role::Open(Double)
            } else {
                Role::Close(Double)
            }
        }
        '"' => match (opens, closes) {
            (true, false) => Role::Open(Double),
            (false, true) => Role::Close(Double),
            _ => Role::Either(Double),
        },
        '‘' | '‚' | '‹' => {
            if opens {
                Role::Open(Single)
            } else {
                Role::Apostrophe
            }
        }
        '’' | '›' | '\'' => match (opens, closes) {
            (true, false) => Role::Open(Single),
            (false, true) => Role::Close(Single),
            _ => Role::Apostrophe,
        },
        _ => Role::Apostrophe,
    }
}

/// Pairs the quotation marks, paragraph by paragraph; keeps outermost pairs.
pub fn pair_marks(doc: &Doc) -> Vec<Pair> {
    let mut pairs = Vec::new();
    let mut carried: Option<(usize, usize)> = None; // open token, end of its last paragraph
    let mut para_tokens = vec![0..0; doc.paragraphs.len()];
    for s in &doc.sentences {
        let r = &mut para_tokens[s.paragraph];
        *r = if r.start == r.end {
            s.tokens.clone()
        } else {
            r.start..s.tokens.end
        };
    }
    for (p, para) in doc.paragraphs.iter().enumerate() {
        let tokens: Vec<usize> = para_tokens[p].clone().collect();
        let marks: Vec<(usize, Role)> = tokens
            .iter()
            .filter(|&&i| doc.tokens[i].kind == TokenKind::Quote)
            .map(|&i| (i, role(doc, i)))
            .collect();
        let reopens = marks.first().is_some_and(|&(i, r)| {
            Some(&i) == tokens.first()
                && matches!(r, Role::Open(Family::Double) | Role::Either(Family::Double))
        });
        let mut stack: Vec<(usize, Family)> = Vec::new();
        let mut skip = None;
        match carried.take() {
            Some((open, _)) if reopens => {
                stack.push((open, Family::Double));
                skip = marks.first().map(|m| m.0);
            }
            Some((open, end)) => pairs.push(Pair {
                open,
                close: None,
                span: Span::new(doc.tokens[open].span.start, end),
            }),
            None => {}
        }
        for &(i, r) in marks.iter().filter(|m| Some(m.0) != skip) {
            let close =
                |stack: &mut Vec<(usize, Family)>, family: Family, pairs: &mut Vec<Pair>| {
                    let pos = stack.iter().rposition(|s| s.1 == family)?;
                    let open = stack[pos].0;
                    stack.truncate(pos);
                    pairs.push(Pair {
                        open,
                        close: Some(i),
                        span: doc.tokens[open].span.cover(doc.tokens[i].span),
                    });
                    Some(())
                };
            match r {
                Role::Open(f) => stack.push((i, f)),
                Role::Close(f) => {
                    close(&mut stack, f, &mut pairs);
                }
                Role::Either(f) => {
                    if close(&mut stack, f, &mut pairs).is_none() {
                        stack.push((i, f));
                    }
                }
                Role::Apostrophe => {}
            }
        }
        if let Some(&(open, _)) = stack.iter().find(|s| s.1 == Family::Double) {
            carried = Some((open, para.end));
        }
    }
    if let Some((open, end)) = carried {
        pairs.push(Pair {
            open,
            close: None,
            span: Span::new(doc.tokens[open].span.start, end),
        });
    }
    pairs.sort_by_key(|p| (p.span.start, std::cmp::Reverse(p.span.end)));
    let mut outer: Vec<Pair> = Vec::new();
    for p in pairs {
        if outer.last().is_none_or(|o| p.span.start >= o.span.end) {
            outer.push(p);
        }
    }
    outer
}
