// Speed of wasm builds that differ only in how the module was optimised
// (no wasm-opt, -O3, -Os, ...), run in Node (V8, the engine Chromium uses)
// with the wasm-bindgen glue from www/pkg/ (the glue does not change with
// wasm-opt). For each module: median latency on the sample article, and
// per-article throughput over the benchmark articles (a JSON array of strings).
//
// Usage: node scripts/bench/wasm_variants.mjs --articles target/bench/articles-1mb.json NAME=FILE.wasm ...
// Prints one JSON object on stdout.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const args = process.argv.slice(2);
const at = args.indexOf("--articles");
const articles = JSON.parse(readFileSync(args[at + 1], "utf8"));
const variants = args.filter((a, i) => i !== at && i !== at + 1).map((a) => a.split("="));
const sample = readFileSync(resolve(ROOT, "seeds/starmer-arab-ambassadors.txt"), "utf8");
const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a), 0);
const glue = pathToFileURL(resolve(ROOT, "www/pkg/newsmark.js")).href;
const median = (xs) => { const v = [...xs].sort((a, b) => a - b); const n = v.length; return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2; };

const out = { node: process.version, articles: articles.length, bytes, variants: {} };
let n = 0;
for (const [name, file] of variants) {
  const m = await import(`${glue}?variant=${n++}`); // a fresh instance of the glue per module
  const t0 = performance.now();
  m.initSync({ module: readFileSync(file) });
  const t1 = performance.now();
  m.annotate(sample);
  const t2 = performance.now();
  for (let i = 0; i < 30; i++) m.annotate(sample);
  const perCall = [];
  for (let b = 0; b < 25; b++) {
    const t = performance.now();
    for (let i = 0; i < 10; i++) m.annotate(sample);
    perCall.push((performance.now() - t) / 10);
  }
  const runs = [];
  for (let r = 0; r < 3; r++) {
    const t = performance.now();
    for (const a of articles) m.annotate(a);
    runs.push((performance.now() - t) / 1000);
  }
  out.variants[name] = {
    compile_instantiate_ms: t1 - t0,
    first_call_ms: t2 - t1,
    sample_median_ms: median(perCall),
    articles_median_s: median(runs),
    articles_mb_per_s: bytes / 1e6 / median(runs),
  };
  console.error(`variants: ${name}: sample ${median(perCall).toFixed(3)} ms, ${(bytes / 1e6 / median(runs)).toFixed(2)} MB/s per article`);
}
console.log(JSON.stringify(out));
