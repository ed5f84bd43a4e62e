//! Hostile and large inputs: each returns, without panic, with every span
//! slicing the text. Sizes are small enough to run fast in the test suite;
//! `./run bench` times the large versions.

use newsmark::{annotate, Annotation, OffsetUnit, Options};

fn check(text: &str) -> Annotation {
    let a = annotate(
        text,
        &Options {
            offsets: OffsetUnit::Bytes,
            tokens: true,
        },
    );
    for (start, end, span_text) in a.spans() {
        assert!(
            start <= end && end <= text.len(),
            "span {start}..{end} outside the text"
        );
        assert!(
            text.is_char_boundary(start) && text.is_char_boundary(end),
            "span {start}..{end} splits a char"
        );
        assert_eq!(&text[start..end], span_text);
    }
    a
}

#[test]
fn empty_and_whitespace() {
    for text in ["", " ", "\n\n\n", "\r\n\r\n", "\t \u{a0} \u{2028}\u{3000}"] {
        let a = check(text);
        assert!(
            a.sentences.is_empty() && a.entities.is_empty() && a.quotes.is_empty(),
            "{text:?}"
        );
    }
}

#[test]
fn one_long_line() {
    let line = "Mr Smith said the council \u{201c}must act now\u{201d}, according to officials. "
        .repeat(4_000);
    let a = check(&line);
    assert_eq!(a.paragraphs.len(), 1);
    assert!(a.quotes.len() >= 4_000);
}

#[test]
fn many_quotation_marks_balanced_and_not() {
    check(&"\u{201c}a\u{201d} ".repeat(20_000));
    check(&"\"".repeat(20_000));
    check(&"\u{201c}".repeat(20_000));
    check(&"\u{201d}\u{2019}'\u{2018}\u{ab}".repeat(8_000));
    // An unclosed mark never swallows the next paragraph.
    let a = check("He said: \u{201c}This never closes\n\nThe next paragraph is plain.");
    assert!(a.quotes.iter().all(|q| !q.text.contains("next paragraph")));
}

#[test]
fn deep_nesting() {
    let open: String = "([{\u{201c}\u{2018}\"'".repeat(1_500);
    let close: String = "'\"\u{2019}\u{201d}}])".repeat(1_500);
    check(&format!("{open}word{close}"));
}

#[test]
fn a_huge_word_and_all_caps() {
    check(&"x".repeat(300_000));
    check(&"Ab".repeat(100_000));
    check(&"THE PRIME MINISTER SAID THE PLAN WAS A DISASTER. LONDON 1996-08-30\n".repeat(500));
}

#[test]
fn markup_csv_and_control_characters() {
    check("<html><head><script>alert(1)</script></head><body><p class=\"x\">Mr Smith said \u{201c}hi\u{201d}</p></body></html>");
    check("# Title\n\n* **Bold** [link](http://example.com) `code`\n\n> \"quoted\" text\n");
    check(
        &"name,party,\"quote, with comma\",2023\n\"Smith, J\",Labour,\"\"\"Yes\"\"\",1\n"
            .repeat(500),
    );
    check("a\u{0}b\u{1}c\u{7}d\u{1b}[31m red\u{1b}[0m \u{feff}\u{200b}\u{202e}reversed\u{202c} \u{fffd}");
}

#[test]
fn other_scripts() {
    check("\u{642}\u{627}\u{644} \u{627}\u{644}\u{648}\u{632}\u{64a}\u{631}: \u{ab}\u{646}\u{62d}\u{646} \u{645}\u{633}\u{62a}\u{639}\u{62f}\u{648}\u{646}\u{bb}.");
    check("\u{5d4}\u{5e9}\u{5e8} \u{5d0}\u{5de}\u{5e8}: \"\u{5d0}\u{5e0}\u{5d7}\u{5e0}\u{5d5} \u{5de}\u{5d5}\u{5db}\u{5e0}\u{5d9}\u{5dd}\".");
    check("\u{5916}\u{4ea4}\u{90e8}\u{53d1}\u{8a00}\u{4eba}\u{8bf4}\u{ff1a}\u{201c}\u{6211}\u{4eec}\u{652f}\u{6301}\u{8fd9}\u{9879}\u{8ba1}\u{5212}\u{3002}\u{201d}");
    check("\u{92e}\u{902}\u{924}\u{94d}\u{930}\u{940} \u{928}\u{947} \u{915}\u{939}\u{93e}: \u{201c}\u{939}\u{92e} \u{924}\u{948}\u{92f}\u{93e}\u{930} \u{939}\u{948}\u{902}\u{964}\u{201d}");
}
