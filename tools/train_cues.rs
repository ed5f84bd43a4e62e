//! `train-cues --train polnear_train.jsonl --dev polnear_dev.jsonl --out data/cues.bin
//! --contents-out data/contents.bin` trains the reporting-cue and content
//! classifiers (`./run train-cues`).

use newsmark::train::cues::{self, Config};
use newsmark::train::{arg, num};
use std::time::Instant;

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    let t0 = Instant::now();
    let train = arg(&args, "--train").ok_or("--train required")?;
    let dev = arg(&args, "--dev").ok_or("--dev required")?;
    let out = arg(&args, "--out").ok_or("--out required")?;
    let d = Config::default();
    let cfg = Config {
        nbits: num(&args, "--bits", d.nbits),
        epochs: num(&args, "--epochs", d.epochs),
        min_count: num(&args, "--min-count", d.min_count),
        rows: num(&args, "--rows", d.rows),
        content_rows: num(&args, "--content-rows", d.content_rows),
        keep: num(&args, "--keep", d.keep),
        seed: num(&args, "--seed", d.seed),
    };
    let contents_out = arg(&args, "--contents-out").ok_or("--contents-out required")?;
    let (bytes, contents) = cues::train(&train, &dev, &cfg)?;
    std::fs::write(&out, &bytes).map_err(|e| format!("{out}: {e}"))?;
    std::fs::write(&contents_out, &contents).map_err(|e| format!("{contents_out}: {e}"))?;
    eprintln!(
        "wrote {out} ({} bytes) and {contents_out} ({} bytes) in {:.1} s",
        bytes.len(),
        contents.len(),
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}
