//! newsmark for Python: a thin binding over the root crate. It parses its
//! arguments, releases the GIL, calls `newsmark::annotate` and hands back the
//! `newsmark/1` JSON text (the Python package turns it into a dict). The
//! argument checks that name the wrong type live in `newsmark/__init__.py`.
#![warn(missing_docs)]

use newsmark::{OffsetUnit, Options};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

mod jsonl;

/// The unit named the Python way (`codepoint`, `utf16`, `utf8`) or the
/// CLI's way (`chars`, `utf16`, `bytes`).
fn options(offsets: &str, tokens: bool) -> PyResult<Options> {
    let offsets = match offsets {
        "codepoint" | "chars" => OffsetUnit::Chars,
        "utf16" => OffsetUnit::Utf16,
        "utf8" | "bytes" => OffsetUnit::Bytes,
        other => {
            return Err(PyValueError::new_err(format!(
                "unknown offsets {other:?}: expected \"codepoint\", \"utf16\" or \"utf8\""
            )))
        }
    };
    Ok(Options { offsets, tokens })
}

/// One annotation as compact JSON.
fn annotate_to_json(text: &str, options: &Options) -> String {
    // An `Annotation` is plain data (strings, numbers, lists): serde_json
    // cannot fail on it, but an empty object is kinder than a panic.
    serde_json::to_string(&newsmark::annotate(text, options)).unwrap_or_else(|_| "{}".into())
}

/// Runs `f` on every item on `threads` threads, keeping the input order.
/// Threads take the next unclaimed item, so one long text does not hold up
/// a whole share of the others.
fn parallel_map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let threads = threads.clamp(1, items.len().max(1));
    if threads == 1 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break out };
                        out.push((i, f(item)));
                    }
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    done.sort_unstable_by_key(|&(i, _)| i);
    done.into_iter().map(|(_, r)| r).collect()
}

/// The number of threads to use when the caller gave none: every core.
fn all_cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

#[pymodule]
mod _native {
    use super::*;

    #[pymodule_export]
    const VERSION: &str = env!("CARGO_PKG_VERSION");

    /// annotate_json(text, offsets, tokens) -> str: the newsmark/1 JSON of one text.
    #[pyfunction]
    fn annotate_json(py: Python<'_>, text: &str, offsets: &str, tokens: bool) -> PyResult<String> {
        let options = options(offsets, tokens)?;
        let text = text.to_owned();
        Ok(py.detach(move || annotate_to_json(&text, &options)))
    }

    /// annotate_many_json(texts, offsets, tokens, threads) -> list[str]: one JSON
    /// text per input, in input order, annotated on `threads` threads (0: all
    /// cores) without the GIL.
    #[pyfunction]
    fn annotate_many_json(
        py: Python<'_>,
        texts: Vec<String>,
        offsets: &str,
        tokens: bool,
        threads: usize,
    ) -> PyResult<Vec<String>> {
        let options = options(offsets, tokens)?;
        let threads = if threads == 0 { all_cores() } else { threads };
        Ok(py.detach(move || parallel_map(&texts, threads, |t| annotate_to_json(t, &options))))
    }

    /// jsonl_lines(lines, first_line, offsets, tokens, threads) -> list[tuple[int, str, str | None]]:
    /// the CLI's `--jsonl` on raw input lines (bytes, newline included) numbered
    /// from `first_line`: for each non-blank line, its number, the output record
    /// and the error message if the line was bad.
    #[pyfunction]
    fn jsonl_lines(
        py: Python<'_>,
        lines: Vec<Vec<u8>>,
        first_line: usize,
        offsets: &str,
        tokens: bool,
        threads: usize,
    ) -> PyResult<Vec<(usize, String, Option<String>)>> {
        let options = options(offsets, tokens)?;
        let threads = if threads == 0 { all_cores() } else { threads };
        Ok(py.detach(move || jsonl::annotate_lines(&lines, first_line, &options, threads)))
    }
}
