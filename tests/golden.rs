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
