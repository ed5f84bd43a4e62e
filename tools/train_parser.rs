//! `train-parser --train A.conllu,B.conllu --dev C.conllu,D.conllu --out data/syntax.bin`
//! trains the tagger, parser and labeller (`./run train-parser`).

use newsmark::train::syntax::{self, Config, GoldSentence};
use newsmark::train::{arg, num};
use std::time::Instant;

fn load(files: &str) -> Result<Vec<GoldSentence>, String> {
    let mut out = Vec::new();
    for f in files.split(',') {
        let text = std::fs::read_to_string(f).map_err(|e| format!("{f}: {e}"))?;
        out.extend(syntax::read_conllu(&text).map_err(|e| format!("{f}: {e}"))?);
    }
    Ok(out)
}

fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().collect();
    let t0 = Instant::now();
    let train = load(&arg(&args, "--train").ok_or("--train required")?)?;
    let dev = load(&arg(&args, "--dev").ok_or("--dev required")?)?;
    let out = arg(&args, "--out").ok_or("--out required")?;
    let d = Config::default();
    let cfg = Config {
        tag_bits: num(&args, "--tag-bits", d.tag_bits),
        parse_bits: num(&args, "--parse-bits", d.parse_bits),
        label_bits: num(&args, "--label-bits", d.label_bits),
        tag_epochs: num(&args, "--tag-epochs", d.tag_epochs),
        parse_epochs: num(&args, "--parse-epochs", d.parse_epochs),
        label_epochs: num(&args, "--label-epochs", d.label_epochs),
        tag_prune_at: num(&args, "--tag-prune-at", d.tag_prune_at),
        parse_prune_at: num(&args, "--parse-prune-at", d.parse_prune_at),
        label_prune_at: num(&args, "--label-prune-at", d.label_prune_at),
        folds: num(&args, "--folds", d.folds),
        min_class: num(&args, "--min-class", d.min_class),
        min_count: num(&args, "--min-count", d.min_count),
        tag_rows: num(&args, "--tag-rows", d.tag_rows),
        parse_rows: num(&args, "--parse-rows", d.parse_rows),
        label_rows: num(&args, "--label-rows", d.label_rows),
        keep: num(&args, "--keep", d.keep),
        tag_keep: num(&args, "--tag-keep", d.tag_keep),
        seed: num(&args, "--seed", d.seed),
    };
    eprintln!("{cfg:?}");
    let bytes = syntax::train(&train, &dev, &cfg)?;
    std::fs::write(&out, &bytes).map_err(|e| e.to_string())?;
    println!(
        "wrote {out} ({} bytes) in {:.1}s",
        bytes.len(),
        t0.elapsed().as_secs_f64()
    );
    Ok(())
}
