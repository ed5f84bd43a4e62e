//! The `newsmark` command: a thin front end over the core that reads text or
//! JSON lines and prints the annotation as JSON.

use newsmark::{annotate, OffsetUnit, Options};
use serde_json::{json, Value};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "\
newsmark: annotate news text with entities, quotes and stances.

Usage:
  newsmark [OPTIONS] [FILE]           annotate FILE (or stdin), print JSON
  newsmark --jsonl [OPTIONS] [FILE]   read lines {\"id\":..,\"text\":..}, write one
                                      annotation line per input line, in order
  newsmark parse --conllu [FILE]      parse the words of a CoNLL-U file (columns 1-2
                                      and sentence breaks only) and write it back with
                                      UPOS, XPOS, HEAD and DEPREL predicted

Options:
  --offsets chars|utf16|bytes   unit of the offsets (default: chars, i.e. code points)
  --tokens                      include each sentence's tokens, with their syntax
                                (pos, tag, head, dep)
  --pretty                      indent the JSON (single-document mode)
  --jobs N                      worker threads for --jsonl (default: all cores)
  -h, --help                    this help
  -V, --version                 the version";

struct Args {
    options: Options,
    jsonl: bool,
    pretty: bool,
    jobs: usize,
    file: Option<String>,
}

fn parse_args() -> Result<Option<Args>, String> {
    let mut args = Args {
        options: Options {
            offsets: OffsetUnit::Chars,
            ..Options::default()
        },
        jsonl: false,
        pretty: false,
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        file: None,
    };
    let mut it = std::env::args().skip(1);
    while let Some(arg) = it.next() {
        let mut value = |name: &str| it.next().ok_or(format!("{name} needs a value"));
        match arg.as_str() {
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(None);
            }
            "-V" | "--version" => {
                println!("newsmark {}", env!("CARGO_PKG_VERSION"));
                return Ok(None);
            }
            "--offsets" => args.options.offsets = value("--offsets")?.parse()?,
            "--tokens" => args.options.tokens = true,
            "--jsonl" => args.jsonl = true,
            "--pretty" => args.pretty = true,
            "--jobs" => {
                args.jobs = value("--jobs")?
                    .parse()
                    .ok()
                    .filter(|&n| n > 0)
                    .ok_or("--jobs needs a positive number")?
            }
            s if s.starts_with('-') && s != "-" => return Err(format!("unknown option {s}")),
            _ if args.file.is_some() => return Err("give at most one FILE".into()),
            _ => args.file = Some(arg),
        }
    }
    Ok(Some(args))
}

fn open(file: &Option<String>) -> Result<Box<dyn BufRead>, String> {
    match file.as_deref() {
        None | Some("-") => Ok(Box::new(io::BufReader::new(io::stdin()))),
        Some(path) => std::fs::File::open(path)
            .map(|f| Box::new(io::BufReader::new(f)) as Box<dyn BufRead>)
            .map_err(|e| format!("cannot read {path}: {e}")),
    }
}

/// `newsmark parse --conllu [FILE]`.
fn run_parse(rest: &[String]) -> Result<(), String> {
    let mut file = None;
    let mut conllu = false;
    for a in rest {
        match a.as_str() {
            "--conllu" => conllu = true,
            s if s.starts_with('-') && s != "-" => {
                return Err(format!("parse: unknown option {s}"))
            }
            _ if file.is_some() => return Err("parse: give at most one FILE".into()),
            _ => file = Some(a.clone()),
        }
    }
    if !conllu {
        return Err(
            "parse: only --conllu input is supported (newsmark parse --conllu FILE)".into(),
        );
    }
    let mut text = String::new();
    open(&file)?
        .read_to_string(&mut text)
        .map_err(|e| format!("cannot read input: {e}"))?;
    let parsed = newsmark::parse_conllu(&text)?;
    let mut out = BufWriter::new(io::stdout().lock());
    out.write_all(parsed.as_bytes())
        .and_then(|()| out.flush())
        .map_err(|e| format!("cannot write output: {e}"))
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().skip(1).collect();
    if argv.first().map(String::as_str) == Some("parse") {
        return match run_parse(&argv[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("newsmark: {e}");
                ExitCode::from(2)
            }
        };
    }
    let args = match parse_args() {
        Ok(Some(args)) => args,
        Ok(None) => return ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsmark: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let result = open(&args.file).and_then(|input| {
        if args.jsonl {
            run_jsonl(input, &args)
        } else {
            run_document(input, &args).map(|()| true)
        }
    });
    match result {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("newsmark: {e}");
            ExitCode::from(2)
        }
    }
}

fn run_document(mut input: Box<dyn BufRead>, args: &Args) -> Result<(), String> {
    let mut bytes = Vec::new();
    input
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot read input: {e}"))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "input is not UTF-8 (first bad byte at {})",
            e.utf8_error().valid_up_to()
        )
    })?;
    let annotation = annotate(&text, &args.options);
    let mut out = BufWriter::new(io::stdout().lock());
    let written = if args.pretty {
        serde_json::to_writer_pretty(&mut out, &annotation)
    } else {
        serde_json::to_writer(&mut out, &annotation)
    };
    written
        .map_err(|e| e.to_string())
        .and_then(|()| {
            writeln!(out)
                .and_then(|()| out.flush())
                .map_err(|e| e.to_string())
        })
        .map_err(|e| format!("cannot write output: {e}"))
}

/// Lines per batch handed to the worker threads.
const BATCH: usize = 256;

/// Annotates JSON lines in parallel batches, writing results in input order.
/// Returns whether every line succeeded.
fn run_jsonl(input: Box<dyn BufRead>, args: &Args) -> Result<bool, String> {
    let mut out = BufWriter::new(io::stdout().lock());
    let mut all_ok = true;
    let mut batch: Vec<(usize, String)> = Vec::with_capacity(BATCH);
    let mut lines = input.lines().enumerate();
    loop {
        let next = lines.next();
        match &next {
            Some((n, Ok(line))) => batch.push((n + 1, line.clone())),
            Some((n, Err(e))) => batch.push((n + 1, format!("\u{0}{e}"))),
            None => {}
        }
        if batch.len() == BATCH || (next.is_none() && !batch.is_empty()) {
            for (n, result) in annotate_batch(&batch, &args.options, args.jobs) {
                let record = result.unwrap_or_else(|e| {
                    all_ok = false;
                    eprintln!("newsmark: line {n}: {e}");
                    json!({ "line": n, "error": e })
                });
                writeln!(out, "{record}").map_err(|e| format!("cannot write output: {e}"))?;
            }
            batch.clear();
        }
        if next.is_none() {
            break;
        }
    }
    out.flush()
        .map_err(|e| format!("cannot write output: {e}"))?;
    Ok(all_ok)
}

type LineResult = (usize, Result<Value, String>);

fn annotate_batch(batch: &[(usize, String)], options: &Options, jobs: usize) -> Vec<LineResult> {
    let lines: Vec<&(usize, String)> = batch.iter().filter(|(_, l)| !l.trim().is_empty()).collect();
    let chunk = lines.len().div_ceil(jobs.max(1)).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = lines
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|(n, line)| (*n, newsmark::annotate_jsonl_line(line, options)))
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}
