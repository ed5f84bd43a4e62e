//! Golden tests: every `seeds/*.txt` and `tests/fixtures/*.txt` is annotated
//! (code-point offsets, as the CLI prints) and compared with the
//! `.expected.json` file beside it. Review changes as a diff:
//! `UPDATE_GOLDEN=1 cargo test --test golden` rewrites the expected files,
//! then `git diff` shows what changed.

use newsmark::{annotate, OffsetUnit, Options};
use std::fs;
use std::path::{Path, PathBuf};

fn cases(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files: Vec<PathBuf> = fs::read_dir(&root)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    files.sort();
    files
}

fn check(dir: &str) {
    let files = cases(dir);
    assert!(!files.is_empty(), "no .txt cases in {dir}");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for input in files {
        let text = fs::read_to_string(&input).expect("readable case");
        let options = Options {
            offsets: OffsetUnit::Chars,
            ..Options::default()
        };
        let actual =
            serde_json::to_string_pretty(&annotate(&text, &options)).expect("serialisable") + "\n";
        let expected_path = input.with_extension("expected.json");
        if update {
            fs::write(&expected_path, &actual).expect("writable expected file");
            continue;
        }
        let expected = fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual {
            let line = expected
                .lines()
                .zip(actual.lines())
                .position(|(a, b)| a != b)
                .unwrap_or(0);
            failures.push(format!(
                "{}: differs from {} at line {} (expected {:?}, got {:?}); run UPDATE_GOLDEN=1 cargo test --test golden and review git diff",
                input.display(),
                expected_path.display(),
                line + 1,
                expected.lines().nth(line).unwrap_or("<missing>"),
                actual.lines().nth(line).unwrap_or("<missing>"),
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn seeds_match_their_expected_annotations() {
    check("seeds");
}

#[test]
fn fixtures_match_their_expected_annotations() {
    check("tests/fixtures");
}

#[test]
fn every_seed_is_offered_by_the_page() {
    let index = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds/index.json"))
        .expect("seeds/index.json");
    let listed: serde_json::Value = serde_json::from_str(&index).expect("valid JSON");
    let listed: Vec<&str> = listed
        .as_array()
        .expect("a list")
        .iter()
        .filter_map(|s| s["file"].as_str())
        .collect();
    for path in cases("seeds") {
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .expect("file name");
        assert!(
            listed.contains(&name),
            "seeds/index.json does not list {name}"
        );
    }
}

/// The parse of a text as the `.syntax.expected.tsv` files hold it: one line
/// per token (sentence, index, text, pos, tag, head, dep), a blank line
/// between sentences. The browser test writes the same lines from the wasm
/// build and compares them with the same files.
fn syntax_lines(text: &str) -> String {
    let options = Options {
        offsets: OffsetUnit::Chars,
        tokens: true,
    };
    let a = annotate(text, &options);
    let mut out = String::new();
    for (s, sentence) in a.sentences.iter().enumerate() {
        for (k, t) in sentence.tokens.iter().flatten().enumerate() {
            let head = t.head.map_or("-".to_string(), |h| h.to_string());
            let field = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
            out.push_str(&format!(
                "{s}\t{k}\t{}\t{}\t{}\t{head}\t{}\n",
                t.text.replace(['\t', '\n', '\r'], " "),
                field(&t.pos),
                field(&t.tag),
                field(&t.dep)
            ));
        }
        out.push('\n');
    }
    out
}

#[test]
fn seeds_and_fixtures_match_their_expected_parses() {
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for input in cases("seeds").into_iter().chain(cases("tests/fixtures")) {
        let text = fs::read_to_string(&input).expect("readable case");
        let actual = syntax_lines(&text);
        let path = input.with_extension("syntax.expected.tsv");
        if update {
            fs::write(&path, &actual).expect("writable expected file");
            continue;
        }
        let expected = fs::read_to_string(&path).unwrap_or_default();
        if let Some((n, (e, a))) = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .find(|(_, (e, a))| e != a)
            .or_else(|| {
                (expected.lines().count() != actual.lines().count())
                    .then_some((0, ("<length>", "<length>")))
            })
        {
            failures.push(format!(
                "{}: line {}: expected {e:?}, got {a:?}",
                path.display(),
                n + 1
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{}\nrun UPDATE_GOLDEN=1 cargo test --test golden and review git diff",
        failures.join("\n")
    );
}
