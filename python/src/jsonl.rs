//! The CLI's `--jsonl` record logic (src/main.rs `annotate_line`), repeated
//! here because the CLI is a binary: the same messages, the same `{line,
//! error}` record for a bad line, blank lines skipped. `python -m newsmark`
//! and `newsmark.dask` use it; the tests compare its output with the CLI's
//! byte for byte, so a drift between the two fails them.

use newsmark::{annotate, Options};
use serde_json::{json, Map, Value};
use std::io::BufRead;

/// Annotates raw lines (newline included) numbered from `first`; skips blank
/// lines as the CLI does. Each result is (line number, record, error).
pub fn annotate_lines(
    lines: &[Vec<u8>],
    first: usize,
    options: &Options,
    threads: usize,
) -> Vec<(usize, String, Option<String>)> {
    let numbered: Vec<(usize, String)> = lines
        .iter()
        .enumerate()
        .filter_map(|(k, raw)| {
            // `BufRead::lines` on the one line: the CLI's newline handling
            // ("\n" or "\r\n" stripped) and its error for a line that is not
            // UTF-8, marked with a NUL as the CLI marks it.
            let line = match raw.as_slice().lines().next()? {
                Ok(line) => line,
                Err(e) => format!("\u{0}{e}"),
            };
            (!line.trim().is_empty()).then_some((first + k, line))
        })
        .collect();
    super::parallel_map(&numbered, threads, |(n, line)| {
        match annotate_line(line, options) {
            Ok(record) => (*n, record.to_string(), None),
            Err(e) => (*n, json!({ "line": n, "error": e }).to_string(), Some(e)),
        }
    })
}

fn annotate_line(line: &str, options: &Options) -> Result<Value, String> {
    if let Some(err) = line.strip_prefix('\u{0}') {
        return Err(format!("unreadable line: {err}"));
    }
    let record: Value = serde_json::from_str(line).map_err(|e| format!("malformed JSON: {e}"))?;
    let Value::Object(record) = record else {
        return Err("expected a JSON object with \"id\" and \"text\"".into());
    };
    let text = record
        .get("text")
        .and_then(Value::as_str)
        .ok_or("missing string field \"text\"")?;
    let annotation = serde_json::to_value(annotate(text, options)).map_err(|e| e.to_string())?;
    let mut out = Map::new();
    out.insert(
        "id".into(),
        record.get("id").cloned().unwrap_or(Value::Null),
    );
    if let Value::Object(fields) = annotation {
        out.extend(fields);
    }
    Ok(Value::Object(out))
}
