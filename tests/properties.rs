//! Property tests: on arbitrary Unicode input `annotate` returns, every span
//! lies on char boundaries inside the text and its `text` is the slice, spans
//! are sorted, the three offset units agree, and the output is deterministic.

use newsmark::{annotate, Annotation, OffsetUnit, Options};
use proptest::prelude::*;

/// Pieces that stress the passes: quote marks, apostrophes, line ends,
/// capitalised words, honorifics, cues, emoji, combining marks, RTL, CJK.
const PIECES: &[&str] = &[
    " ",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    "\"",
    "'",
    "“",
    "”",
    "‘",
    "’",
    "«",
    "»",
    "„",
    ",",
    ".",
    ":",
    "...",
    "—",
    "-",
    "(",
    ")",
    "Mr.",
    "Mr",
    "Dr.",
    "U.S.",
    "Keir",
    "Starmer",
    "Labour",
    "Party",
    "he",
    "she",
    "it",
    "they",
    "we",
    "said",
    "told",
    "according to",
    "refused to",
    "backed",
    "criticism of",
    "not",
    "the",
    "a",
    "Council",
    "1,000",
    "3.5",
    "2023",
    "https://x.org/a",
    "😀",
    "👍🏽",
    "👨‍👩‍👧",
    "e\u{301}",
    "\u{300}",
    "\u{200D}",
    "مرحبا",
    "שלום",
    "北京",
    "नमस्ते",
    "\u{FFFD}",
    "\u{0}",
    "\u{7}",
    "\u{FEFF}",
    "ﬁ",
    "İ",
    "ß",
];

fn texty() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|p| p.concat()),
        prop::collection::vec(
            prop_oneof![
                prop::sample::select(PIECES).prop_map(String::from),
                any::<String>()
            ],
            0..40
        )
        .prop_map(|p| p.concat()),
    ]
}

fn with(offsets: OffsetUnit) -> Options {
    Options {
        offsets,
        tokens: true,
    }
}

fn check_bytes(text: &str, a: &Annotation) -> Result<(), TestCaseError> {
    for (start, end, span_text) in a.spans() {
        prop_assert!(
            start <= end && end <= text.len(),
            "span {start}..{end} outside {}",
            text.len()
        );
        prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        prop_assert_eq!(&text[start..end], span_text.as_str());
    }
    let sorted = |v: Vec<usize>| v.windows(2).all(|w| w[0] <= w[1]);
    prop_assert!(sorted(a.sentences.iter().map(|s| s.start).collect()));
    prop_assert!(sorted(a.entities.iter().map(|s| s.start).collect()));
    prop_assert!(sorted(a.quotes.iter().map(|s| s.start).collect()));
    prop_assert!(sorted(a.stances.iter().map(|s| s.start).collect()));
    Ok(())
}

/// Every sentence's tokens form one tree: one root, heads inside the
/// sentence, no cycle, and every token tagged and labelled.
fn check_trees(a: &Annotation) -> Result<(), TestCaseError> {
    for s in &a.sentences {
        let toks = s.tokens.as_deref().unwrap_or_default();
        if toks.is_empty() {
            continue;
        }
        prop_assert_eq!(toks.iter().filter(|t| t.head.is_none()).count(), 1);
        for (k, t) in toks.iter().enumerate() {
            prop_assert!(t.pos.is_some() && t.tag.is_some() && t.dep.is_some());
            prop_assert_eq!(t.head.is_none(), t.dep.as_deref() == Some("root"));
            let (mut at, mut steps) = (k, 0);
            while let Some(h) = toks[at].head {
                prop_assert!(
                    h < toks.len() && steps <= toks.len(),
                    "a cycle or a head outside the sentence"
                );
                at = h;
                steps += 1;
            }
        }
    }
    Ok(())
}

fn unit_offset(text: &str, byte: usize, unit: OffsetUnit) -> usize {
    match unit {
        OffsetUnit::Bytes => byte,
        OffsetUnit::Chars => text[..byte].chars().count(),
        OffsetUnit::Utf16 => text[..byte].encode_utf16().count(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn annotate_never_panics_and_spans_slice_the_text(text in texty()) {
        let bytes = annotate(&text, &with(OffsetUnit::Bytes));
        check_bytes(&text, &bytes)?;
        check_trees(&bytes)?;
        prop_assert_eq!(&bytes, &annotate(&text, &with(OffsetUnit::Bytes)), "not deterministic");
        let reference = bytes.spans();
        for unit in [OffsetUnit::Chars, OffsetUnit::Utf16] {
            let other = annotate(&text, &with(unit));
            let spans = other.spans();
            prop_assert_eq!(spans.len(), reference.len());
            for ((bs, be, bt), (s, e, t)) in reference.iter().zip(spans) {
                prop_assert_eq!(s, unit_offset(&text, *bs, unit));
                prop_assert_eq!(e, unit_offset(&text, *be, unit));
                prop_assert_eq!(bt, &t);
            }
        }
    }

    #[test]
    fn parse_conllu_never_panics(text in texty(), words in prop::collection::vec(texty(), 0..12)) {
        // Arbitrary text, and word lines with arbitrary forms.
        let _ = newsmark::parse_conllu(&text);
        let file: String = words
            .iter()
            .enumerate()
            .map(|(k, w)| format!("{}\t{}\t_\t_\t_\t_\t_\t_\t_\t_\n", k + 1, w.replace(['\t', '\n', '\r'], "x")))
            .collect();
        let out = newsmark::parse_conllu(&file);
        prop_assert!(out.is_ok(), "{:?}", out);
        prop_assert_eq!(out.unwrap().lines().count(), file.lines().count());
    }
}
