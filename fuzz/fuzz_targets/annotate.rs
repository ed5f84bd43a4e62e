//! Fuzz target: any UTF-8 text (and the lossy decoding of any bytes, as JS
//! strings with lone surrogates arrive) annotates without panic, and every
//! span slices the text in every offset unit.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsmark::{annotate, OffsetUnit, Options};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let a = annotate(&text, &Options { offsets: OffsetUnit::Bytes, tokens: true });
    for (start, end, span_text) in a.spans() {
        assert!(start <= end && end <= text.len());
        assert_eq!(&text[start..end], span_text);
    }
    let chars: Vec<char> = text.chars().collect();
    let c = annotate(&text, &Options { offsets: OffsetUnit::Chars, tokens: false });
    for (start, end, span_text) in c.spans() {
        assert_eq!(chars[start..end].iter().collect::<String>(), span_text);
    }
});
