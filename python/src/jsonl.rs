//! The CLI's `--jsonl` records: each line goes through the library's
//! `newsmark::annotate_jsonl_line`, as in the CLI, with the same `{line,
//! error}` record for a bad line and blank lines skipped. `python -m newsmark`
//! and `newsmark.dask` use it; the tests compare its output with the CLI's
//! byte for byte, so a drift between the two fails them.

use newsmark::Options;
use serde_json::json;
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
    super::parallel_map(
        &numbered,
        threads,
        |(n, line)| match newsmark::annotate_jsonl_line(line, options) {
            Ok(record) => (*n, record.to_string(), None),
            Err(e) => (*n, json!({ "line": n, "error": e }).to_string(), Some(e)),
        },
    )
}
