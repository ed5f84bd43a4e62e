// In-browser benchmark for ./run bench: headless Chromium (Debian's, through
// playwright-core) loads the built module from www/pkg/ and times, in one
// page, newsmark's annotate() and the in-browser peer compromise (v14:
// nlp(text) then .people(), .places(), .organizations(), .quotations(), each
// read out as an array) on the same texts: the sample article and ~1 MB of
// the benchmark corpus. Also: module start-up (fetch + instantiate + first
// call) in fresh browser contexts, and what the page (index.html) downloads.
//
// Usage: node scripts/bench/browser.mjs --corpus target/bench/corpus-1mb.txt [--quick]
// Prints one JSON object on stdout (progress on stderr). If Chromium is not
// there, prints {"skipped": "..."} and exits 0.
import { existsSync, readFileSync } from "node:fs";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const args = process.argv.slice(2);
const arg = (name, dflt) => (args.includes(name) ? args[args.indexOf(name) + 1] : dflt);
const QUICK = args.includes("--quick");
const corpusFile = resolve(ROOT, arg("--corpus", "target/bench/corpus-1mb.txt"));
const log = (...m) => console.error("browser:", ...m);

if (!existsSync(CHROMIUM)) {
  console.log(JSON.stringify({ skipped: `Chromium is not at ${CHROMIUM} (install Debian's chromium, or set CHROMIUM): the browser figures were not measured` }));
  process.exit(0);
}
if (!existsSync(resolve(ROOT, "www/pkg/newsmark_bg.wasm"))) {
  console.log(JSON.stringify({ skipped: "www/pkg/ is not built (./run build)" }));
  process.exit(0);
}

const { chromium } = await import("playwright-core");
const { serve } = await import("../serve.mjs");
const { server, url } = await serve(0);
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});
const median = (xs) => { const v = [...xs].sort((a, b) => a - b); const n = v.length; return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2; };
const out = { chromium: browser.version(), url_note: "served by scripts/serve.mjs on 127.0.0.1" };

try {
  // 1. What the page downloads: load index.html until it is ready, gzip each response body.
  {
    const context = await browser.newContext();
    const page = await context.newPage();
    const bodies = [];
    page.on("response", async (r) => {
      try { bodies.push({ url: r.url(), body: await r.body() }); } catch { /* redirects etc. */ }
    });
    await page.goto(url);
    await page.waitForSelector("body[data-ready=true]");
    await page.waitForLoadState("networkidle");
    out.page = bodies.map(({ url: u, body }) => ({
      path: u.startsWith(url) ? "/" + u.slice(url.length) : u,
      bytes: body.length,
      gzip: gzipSync(body, { level: 9 }).length,
      brotli: brotliCompressSync(body).length,
    })).sort((a, b) => b.gzip - a.gzip);
    out.page_total = out.page.reduce((s, r) => ({ bytes: s.bytes + r.bytes, gzip: s.gzip + r.gzip, brotli: s.brotli + r.brotli }), { bytes: 0, gzip: 0, brotli: 0 });
    await context.close();
    log(`page downloads ${out.page.length} files, ${out.page_total.gzip} bytes gzipped`);
  }

  // 2. Start-up in fresh contexts (fresh HTTP and code caches): glue import, wasm fetch+compile+instantiate, first call.
  const startupRuns = QUICK ? 3 : 7;
  out.startup = [];
  for (let i = 0; i < startupRuns; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url + "scripts/bench/page.html");
    out.startup.push(await page.evaluate(async () => {
      const sample = await (await fetch("/seeds/starmer-arab-ambassadors.txt")).text();
      const t0 = performance.now();
      const m = await import("/www/pkg/newsmark.js");
      const t1 = performance.now();
      await m.default();
      const t2 = performance.now();
      m.annotate(sample);
      const t3 = performance.now();
      m.annotate(sample);
      const t4 = performance.now();
      return { glue_ms: t1 - t0, instantiate_ms: t2 - t1, first_call_ms: t3 - t2, total_ms: t3 - t0, second_call_ms: t4 - t3 };
    }));
    await context.close();
  }
  out.startup_median = Object.fromEntries(Object.keys(out.startup[0]).map((k) => [k, median(out.startup.map((r) => r[k]))]));
  log(`start-up median ${out.startup_median.total_ms.toFixed(1)} ms`);

  // 3. Throughput, newsmark and compromise in the same page.
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on("pageerror", (e) => log("page error:", e.message));
  await page.goto(url + "scripts/bench/page.html");
  await page.addScriptTag({ url: "/scripts/bench/node_modules/compromise/builds/compromise.js" });
  const corpusPath = "/" + relative(ROOT, corpusFile);
  out.compromise_version = await page.evaluate(() => globalThis.nlp.version);
  out.throughput = await page.evaluate(async ({ corpusPath, quick }) => {
    const m = await import("/www/pkg/newsmark.js");
    await m.default();
    const sample = await (await fetch("/seeds/starmer-arab-ambassadors.txt")).text();
    const big = await (await fetch(corpusPath)).text();
    const nlp = globalThis.nlp;
    const peer = (t) => {
      const d = nlp(t);
      return d.people().out("array").length + d.places().out("array").length
        + d.organizations().out("array").length + d.quotations().out("array").length;
    };
    const ours = (t) => m.annotate(t).entities.length;
    const median = (xs) => { const v = [...xs].sort((a, b) => a - b); const n = v.length; return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2; };
    // Per-call time: batches of k calls (performance.now() is coarse in a
    // page that is not cross-origin isolated), median over batches.
    // Warm-up: `warm` calls and at least `warmMs` (so that V8 has tiered the
    // wasm up from Liftoff to TurboFan, which takes longer on a busy machine).
    const time = (fn, text, { warm, warmMs = 0, batches, budgetMs }) => {
      const w0 = performance.now();
      for (let i = 0; i < warm || performance.now() - w0 < warmMs; i++) fn(text);
      let t = performance.now();
      fn(text);
      const one = performance.now() - t;
      const k = Math.max(1, Math.ceil(5 / Math.max(one, 0.001)));
      const perCall = [];
      const start = performance.now();
      while (perCall.length < batches && (perCall.length === 0 || performance.now() - start < budgetMs)) {
        t = performance.now();
        for (let i = 0; i < k; i++) fn(text);
        perCall.push((performance.now() - t) / k);
      }
      return { median_ms: median(perCall), min_ms: Math.min(...perCall), batches: perCall.length, calls_per_batch: k };
    };
    const sampleUtf8 = new TextEncoder().encode(sample).length;
    const bigUtf8 = new TextEncoder().encode(big).length;
    const r = { sample: { chars: sample.length, bytes: sampleUtf8 }, big: { chars: big.length, bytes: bigUtf8 } };
    r.sample.newsmark = time(ours, sample, { warm: 20, warmMs: 1500, batches: quick ? 10 : 40, budgetMs: 8000 });
    r.sample.compromise = time(peer, sample, { warm: 3, warmMs: 1000, batches: quick ? 5 : 15, budgetMs: 10000 });
    r.big.newsmark = time(ours, big, { warm: 0, batches: quick ? 1 : 3, budgetMs: 12000 });
    r.big.compromise = time(peer, big, { warm: 0, batches: quick ? 1 : 2, budgetMs: 12000 });
    for (const k of ["sample", "big"]) {
      for (const who of ["newsmark", "compromise"]) r[k][who].mb_per_s = r[k].bytes / 1e6 / (r[k][who].median_ms / 1000);
      r[k].ratio = r[k].compromise.median_ms / r[k].newsmark.median_ms;
    }
    return r;
  }, { corpusPath, quick: QUICK });
  await context.close();
  const t = out.throughput;
  log(`sample: newsmark ${t.sample.newsmark.median_ms.toFixed(3)} ms, compromise ${t.sample.compromise.median_ms.toFixed(1)} ms (x${t.sample.ratio.toFixed(1)})`);
  log(`1 MB: newsmark ${t.big.newsmark.median_ms.toFixed(0)} ms, compromise ${t.big.compromise.median_ms.toFixed(0)} ms (x${t.big.ratio.toFixed(1)})`);
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(out));
