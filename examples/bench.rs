//! Native benchmark of `newsmark::annotate` on one core, driven by
//! `./run bench` (scripts/bench/bench.py); usable on its own:
//!
//! ```text
//! cargo run --release --example bench -- articles --dev ../shared/eval/dev --mb 10
//! cargo run --release --example bench -- doc --dev ../shared/eval/dev --mb 4 --runs 3
//! cargo run --release --example bench -- corpus --dev ../shared/eval/dev --mb 1 --out t.txt
//! ```
//!
//! The corpus is deterministic: the `text` fields of every `*.jsonl` file in
//! `--dev` (annotations unused), files in name order, each file's lines in
//! order, interleaved so that every prefix holds the files in proportion to
//! their size, and repeated from the start when it runs out. A size of
//! `--mb X` takes whole articles until X * 10^6 bytes of UTF-8 are reached.
//!
//! Modes (each prints one JSON line):
//! - `articles`: annotate each article as its own document (per-article throughput);
//! - `doc`: annotate the articles joined by blank lines as ONE document;
//! - `stages`: time each pass of the pipeline over every article (3 rounds)
//!   and print each pass's median seconds and share of the total;
//! - `corpus`: write that one document to `--out` (and, with `--articles-json F`,
//!   the article list as a JSON array of strings) without annotating.
//!
//! Runs: up to `--runs` (default 5), stopping early once `--budget` seconds
//! (default 30) have been spent, and at least one. A warm-up call on a short
//! text comes first, so the lazy set-up of the tagger and lexicons (reported
//! as `init_s`) is not part of the timed runs. Memory: VmRSS before the runs
//! and VmHWM (peak resident set) after them, from /proc/self/status.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

struct Args {
    mode: String,
    dev: PathBuf,
    mb: f64,
    runs: usize,
    budget: f64,
    out: Option<PathBuf>,
    articles_json: Option<PathBuf>,
}

fn parse_args() -> Result<Args, String> {
    let mut it = std::env::args().skip(1);
    let mode = it.next().ok_or("usage: bench articles|doc|corpus --dev DIR --mb X [--runs N] [--budget S] [--out FILE] [--articles-json FILE]")?;
    let mut args = Args {
        mode,
        dev: PathBuf::from("../shared/eval/dev"),
        mb: 1.0,
        runs: 5,
        budget: 30.0,
        out: None,
        articles_json: None,
    };
    while let Some(flag) = it.next() {
        let value = it.next().ok_or(format!("{flag} needs a value"))?;
        let num = |v: &str| v.parse::<f64>().map_err(|e| format!("{flag}: {e}"));
        match flag.as_str() {
            "--dev" => args.dev = value.into(),
            "--mb" => args.mb = num(&value)?,
            "--runs" => args.runs = num(&value)?.max(1.0) as usize,
            "--budget" => args.budget = num(&value)?,
            "--out" => args.out = Some(value.into()),
            "--articles-json" => args.articles_json = Some(value.into()),
            _ => return Err(format!("unknown option {flag}")),
        }
    }
    Ok(args)
}

/// The texts of each `*.jsonl` file in `dir`, files in name order.
fn load_sources(dir: &Path) -> Result<Vec<Vec<String>>, String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("cannot read {}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "jsonl"))
        .collect();
    files.sort();
    let mut sources = Vec::new();
    for f in files {
        let body = std::fs::read_to_string(&f).map_err(|e| format!("{}: {e}", f.display()))?;
        let texts: Vec<String> = body
            .lines()
            .filter(|l| !l.trim().is_empty())
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v.get("text").and_then(|t| t.as_str()).map(str::to_string))
            .filter(|t| !t.trim().is_empty())
            .collect();
        if !texts.is_empty() {
            sources.push(texts);
        }
    }
    if sources.is_empty() {
        return Err(format!("no texts in {}/*.jsonl", dir.display()));
    }
    Ok(sources)
}

/// Whole articles, interleaved in proportion to each source's size and
/// cycled, until `bytes` bytes are reached.
fn corpus(sources: &[Vec<String>], bytes: usize) -> Vec<&str> {
    let totals: Vec<f64> = sources
        .iter()
        .map(|s| s.iter().map(|t| t.len()).sum::<usize>() as f64)
        .collect();
    let mut next = vec![0usize; sources.len()];
    let mut used = vec![0f64; sources.len()];
    let mut out = Vec::new();
    let mut have = 0usize;
    while have < bytes {
        // The source furthest behind its share (ties: the first in name order).
        let k = (0..sources.len())
            .min_by(|&a, &b| (used[a] / totals[a]).total_cmp(&(used[b] / totals[b])))
            .unwrap_or(0);
        let text = &sources[k][next[k] % sources[k].len()];
        next[k] += 1;
        used[k] += text.len() as f64;
        have += text.len();
        out.push(text.as_str());
    }
    out
}

/// (VmRSS, VmHWM) in KiB, where /proc is there.
fn memory_kib() -> (Option<u64>, Option<u64>) {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn median(xs: &[f64]) -> f64 {
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

fn json_str(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

fn opt(v: Option<u64>) -> String {
    v.map_or("null".into(), |v| v.to_string())
}

/// Time spent in each pass over every article, three rounds, with each
/// pass's median share of the total.
fn stages(articles: &[&str]) {
    black_box(newsmark::annotate(
        "Warm-up, said Ann.",
        &Default::default(),
    ));
    let rounds: Vec<Vec<f64>> = (0..3)
        .map(|_| {
            let mut sum = vec![0.0; newsmark::STAGES.len()];
            for a in articles {
                for (s, t) in sum.iter_mut().zip(newsmark::stage_seconds(a)) {
                    *s += t;
                }
            }
            sum
        })
        .collect();
    let parts: Vec<String> = newsmark::STAGES
        .iter()
        .enumerate()
        .map(|(k, name)| {
            let shares: Vec<f64> = rounds
                .iter()
                .map(|r| r[k] / r.iter().sum::<f64>())
                .collect();
            let secs: Vec<f64> = rounds.iter().map(|r| r[k]).collect();
            format!(
                "{}:{{\"median_s\":{:.4},\"share\":{:.4}}}",
                json_str(name),
                median(&secs),
                median(&shares)
            )
        })
        .collect();
    println!(
        "{{\"mode\":\"stages\",\"articles\":{},\"stages\":{{{}}}}}",
        articles.len(),
        parts.join(",")
    );
}

fn main() {
    let args = match parse_args() {
        Ok(a) => a,
        Err(e) => {
            eprintln!("bench: {e}");
            std::process::exit(2);
        }
    };
    let sources = match load_sources(&args.dev) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("bench: {e}");
            std::process::exit(2);
        }
    };
    let target = (args.mb * 1e6) as usize;
    let articles = corpus(&sources, target);
    let joined = articles.join("\n\n");
    let options = newsmark::Options::default();

    if args.mode == "corpus" {
        if let Some(out) = &args.out {
            std::fs::write(out, &joined).expect("cannot write --out");
        }
        if let Some(out) = &args.articles_json {
            std::fs::write(out, serde_json::to_string(&articles).unwrap_or_default())
                .expect("cannot write --articles-json");
        }
        println!(
            "{{\"mode\":\"corpus\",\"bytes\":{},\"articles\":{}}}",
            joined.len(),
            articles.len()
        );
        return;
    }
    if args.mode == "stages" {
        stages(&articles);
        return;
    }
    if args.mode != "articles" && args.mode != "doc" {
        eprintln!(
            "bench: unknown mode {} (articles, doc, stages or corpus)",
            args.mode
        );
        std::process::exit(2);
    }

    // Warm-up: lazy set-up of the tagger and lexicons, timed on its own.
    let t = Instant::now();
    black_box(newsmark::annotate(
        black_box("“We back the plan,” the mayor of Leeds said on Monday."),
        &options,
    ));
    let init_s = t.elapsed().as_secs_f64();

    let (rss_before, _) = memory_kib();
    let bytes = if args.mode == "doc" {
        joined.len()
    } else {
        articles.iter().map(|a| a.len()).sum()
    };
    let mut runs = Vec::new();
    let mut spent = 0.0;
    let mut entities = 0usize;
    while runs.len() < args.runs && (runs.is_empty() || spent < args.budget) {
        let t = Instant::now();
        entities = if args.mode == "doc" {
            black_box(newsmark::annotate(black_box(&joined), &options))
                .entities
                .len()
        } else {
            articles
                .iter()
                .map(|a| {
                    black_box(newsmark::annotate(black_box(a), &options))
                        .entities
                        .len()
                })
                .sum()
        };
        let s = t.elapsed().as_secs_f64();
        runs.push(s);
        spent += s;
    }
    let (_, peak) = memory_kib();
    let med = median(&runs);
    let mb = bytes as f64 / 1e6;
    println!(
        "{{\"mode\":{},\"mb_target\":{},\"bytes\":{},\"articles\":{},\"runs_s\":{:?},\"median_s\":{},\"mb_per_s\":{},\"s_per_mb\":{},\"init_s\":{},\"entities\":{},\"rss_before_kib\":{},\"peak_rss_kib\":{}}}",
        json_str(&args.mode),
        args.mb,
        bytes,
        articles.len(),
        runs,
        med,
        mb / med,
        med / mb,
        init_s,
        entities,
        opt(rss_before),
        opt(peak)
    );
}
