//! `train --train TRAIN.jsonl --dev DEV.jsonl --out weights.bin [--bits N] [--epochs N] [--seed N] [--min-count N] [--clip Q]`

use newsmark::train::{self, arg, data, num};
use std::time::Instant;

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    let t0 = Instant::now();
    let tr = data::load(&arg(&args, "--train").ok_or("--train required")?)?;
    let dev = data::load(&arg(&args, "--dev").ok_or("--dev required")?)?;
    let out = arg(&args, "--out").ok_or("--out required")?;
    let d = train::TrainConfig::default();
    let cfg = train::TrainConfig {
        nbits: num(&args, "--bits", d.nbits),
        max_epochs: num(&args, "--epochs", d.max_epochs),
        patience: num(&args, "--patience", d.patience),
        seed: num(&args, "--seed", d.seed),
        min_count: num(&args, "--min-count", d.min_count),
        clip_quantile: num(&args, "--clip", d.clip_quantile),
    };
    eprintln!("{:?}", cfg);
    let bytes = train::train(&tr, &dev, &cfg)?;
    std::fs::write(&out, &bytes).map_err(|e| e.to_string())?;
    println!(
        "wrote {} ({} bytes) in {:.1}s",
        out,
        bytes.len(),
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}
