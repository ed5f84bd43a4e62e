#!/usr/bin/env python3
"""./run bench: speed and size of newsmark, written into docs/PERFORMANCE.md.

Expects what `./run bench` prepares: the built page module (www/pkg/), the
CLI (target/release/newsmark), the benchmark example
(target/release/examples/bench) and scripts/bench/node_modules.

  bench.py --dev ../shared/eval/dev [--quick] [--full] [--no-write]     the benchmark
  bench.py --dev ... profile       perf (or callgrind) profile of a native run over ~1 MB
  bench.py --dev ... cargo-profiles  wasm size and speed under release-profile overrides

Each part writes its own block of docs/PERFORMANCE.md, between
`<!-- bench:NAME:begin -->` and `<!-- bench:NAME:end -->`; the text outside the
blocks (the analysis) is kept. Raw figures go to target/bench/*.json.
"""
import argparse
import datetime
import gzip
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "target" / "bench"
DOC = ROOT / "docs" / "PERFORMANCE.md"
EXAMPLE = ROOT / "target" / "release" / "examples" / "bench"
CLI = ROOT / "target" / "release" / "newsmark"
NODE_BIN = ROOT / "scripts" / "bench" / "node_modules" / ".bin"
WASM_OPT = NODE_BIN / "wasm-opt"
SAMPLE = ROOT / "seeds" / "starmer-arab-ambassadors.txt"
START = time.monotonic()

# Budgets of issue 8.
NATIVE_MBPS = 20.0
BROWSER_MBPS = 10.0
PEER_RATIO = 100.0
SAMPLE_MS = 1.0
PAGE_GZIP = 400_000
SCALING = 1.5
# The 16 MB one-document run is skipped when one run is predicted to take longer.
DOC16_CAP_S = 90.0


def log(msg):
    print(f"[bench {time.monotonic() - START:6.1f}s] {msg}", file=sys.stderr, flush=True)


def run(cmd, timeout=None, **kw):
    return subprocess.run(cmd, check=True, text=True, capture_output=True, timeout=timeout, cwd=ROOT, **kw)


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, text=True, capture_output=True, cwd=ROOT).stdout.strip()
    except OSError:
        return ""


def gz(path):
    return len(gzip.compress(Path(path).read_bytes(), compresslevel=9, mtime=0))


def fmt(x, digits=2):
    if x is None:
        return "-"
    if isinstance(x, float) and (math.isinf(x) or math.isnan(x)):
        return "-"
    return f"{x:,.{digits}f}"


def kib(x):
    return "-" if x is None else f"{x / 1024:,.1f} MiB"


# ---------------------------------------------------------------- machine

def machine():
    return {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "nproc": sh("nproc"),
        "lscpu": sh("lscpu | head -n 15"),
        "memory": sh("free -h | sed -n 2p | awk '{print $2}'"),
        "loadavg": Path("/proc/loadavg").read_text().split()[:3] if Path("/proc/loadavg").exists() else [],
        "rustc": sh("rustc --version"),
        "node": sh("node --version"),
        "kernel": platform.release(),
        "commit": sh("git rev-parse --short HEAD"),
        "dirty": bool(sh("git status --porcelain --untracked-files=no")),
    }


# ---------------------------------------------------------------- native

def example(mode, dev, mb, runs, budget, timeout=None):
    r = run([str(EXAMPLE), mode, "--dev", str(dev), "--mb", str(mb), "--runs", str(runs),
             "--budget", str(budget)], timeout=timeout)
    return json.loads(r.stdout.strip().splitlines()[-1])


def native(dev, quick):
    res = {}
    log("native: per-article throughput over the ~10 MB corpus")
    res["headline"] = example("articles", dev, 10, 3 if quick else 5, 15 if quick else 40)
    log(f"  {res['headline']['mb_per_s']:.2f} MB/s")
    res["doc"], res["articles"] = {}, {}
    for mb in (1, 4, 16):
        log(f"native: {mb} MB per article")
        res["articles"][mb] = example("articles", dev, mb, 3, 5 if quick else 10)
        if mb == 16 and 4 in res["doc"] and 1 in res["doc"]:
            t1, t4 = res["doc"][1]["median_s"], res["doc"][4]["median_s"]
            k = math.log(max(t4, 1e-9) / max(t1, 1e-9)) / math.log(4)
            predicted = t4 * 4 ** k
            if predicted > DOC16_CAP_S:
                res["doc"][16] = {"skipped": True, "predicted_s": predicted, "exponent": k}
                log(f"native: 16 MB as one document SKIPPED: one run predicted to take {predicted:.0f} s "
                    f"(time grows as size^{k:.2f} from 1 to 4 MB)")
                continue
        log(f"native: {mb} MB as one document")
        try:
            res["doc"][mb] = example("doc", dev, mb, 5 if mb == 1 else 3, 10 if quick else 30,
                                     timeout=4 * DOC16_CAP_S if mb == 16 else None)
        except subprocess.TimeoutExpired:
            res["doc"][mb] = {"skipped": True, "predicted_s": None, "timeout_s": 4 * DOC16_CAP_S}
            continue
        log(f"  {res['doc'][mb]['mb_per_s']:.3f} MB/s ({res['doc'][mb]['median_s']:.2f} s)")
    return res


# ---------------------------------------------------------------- batch

def batch(dev, quick):
    inputs = [dev / "polnear_dev.jsonl", dev / "conll2003_dev.jsonl"]
    data = OUT / "dev.jsonl"
    with data.open("wb") as f:
        for p in inputs:
            f.write(p.read_bytes())
    lines = sum(1 for line in data.open(encoding="utf-8") if line.strip())
    text_bytes = sum(len(json.loads(line)["text"].encode()) for line in data.open(encoding="utf-8") if line.strip())
    cores = os.cpu_count() or 1
    times = {"1": [], "all": []}
    cpus = {"1": [], "all": []}
    log(f"batch: newsmark --jsonl over {lines} documents, --jobs 1 and all {cores} cores, interleaved")
    for _ in range(3 if quick else 7):
        for jobs in ("1", "all"):
            cmd = [str(CLI), "--jsonl", str(data)] + (["--jobs", "1"] if jobs == "1" else [])
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, cwd=ROOT)
            wall = time.perf_counter() - t
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
            times[jobs].append(wall)
            cpus[jobs].append(cpu)
    out = {"files": [p.name for p in inputs], "documents": lines, "text_bytes": text_bytes, "cores": cores,
           "loadavg": os.getloadavg()[0]}
    for jobs, ts in times.items():
        med = statistics.median(ts)
        cpu = statistics.median(cpus[jobs])
        out[jobs] = {"runs_s": ts, "median_s": med, "docs_per_s": lines / med, "mb_per_s": text_bytes / 1e6 / med,
                     "cpu_s": cpu, "cores_busy": cpu / med}
    out["speedup"] = out["1"]["median_s"] / out["all"]["median_s"]
    log(f"  {out['1']['docs_per_s']:.0f} docs/s on 1 core, {out['all']['docs_per_s']:.0f} on {cores} (x{out['speedup']:.2f})")
    return out


# ---------------------------------------------------------------- browser

def browser(quick):
    log("browser: headless Chromium, newsmark and compromise in one page")
    cmd = ["node", "scripts/bench/browser.mjs", "--corpus", str(OUT / "corpus-1mb.txt")] + (["--quick"] if quick else [])
    r = subprocess.run(cmd, text=True, stdout=subprocess.PIPE, cwd=ROOT)
    if r.returncode != 0:
        return {"skipped": f"scripts/bench/browser.mjs failed (exit {r.returncode}); see the messages above"}
    res = json.loads(r.stdout.strip().splitlines()[-1])
    if "skipped" in res:
        log("browser: SKIPPED: " + res["skipped"])
    return res


# ---------------------------------------------------------------- size

def wasm_size(module, name):
    j = OUT / f"size-{name}.json"
    md = run([sys.executable, "scripts/bench/wasm_size.py", str(module), "--json", str(j)]).stdout
    return md, json.loads(j.read_text())


def wasm_opt_variants(quick, full):
    """The wasm-bindgen output before wasm-opt, and what each wasm-opt setting makes of it."""
    raw = ROOT / "target" / "wasm32-unknown-unknown" / "release" / "newsmark.wasm"
    if not raw.exists() or not shutil.which("wasm-bindgen"):
        return {"skipped": "no cargo wasm output or no wasm-bindgen"}
    pkg = OUT / "pkg-unoptimised"
    run(["wasm-bindgen", "--target", "web", "--out-dir", str(pkg), str(raw)])
    base = pkg / "newsmark_bg.wasm"
    variants = {"none (wasm-bindgen output)": {"flags": [], "file": base}}
    if WASM_OPT.exists():
        settings = [["-O3"], ["-Os"], ["-Os", "--skip-pass=memory-packing"]]
        if full:
            settings.insert(2, ["-Oz"])
            settings.append(["-O3", "--skip-pass=memory-packing"])
        for flags in settings:
            out = OUT / ("opt" + "".join(flags).replace("--skip-pass=memory-packing", "-nomp") + ".wasm")
            log(f"size: wasm-opt {' '.join(flags)}")
            t = time.perf_counter()
            run([str(WASM_OPT), *flags, str(base), "-o", str(out)])
            variants["wasm-opt " + " ".join(flags)] = {"flags": flags, "file": out, "opt_s": time.perf_counter() - t}
    for v in variants.values():
        v["bytes"] = v["file"].stat().st_size
        v["gzip"] = gz(v["file"])
    # Speed in Node (V8), one process per module, modules interleaved over rounds.
    speed = {name: [] for name in variants}
    rounds = 2 if quick else 3
    log(f"size: speed of {len(variants)} modules in Node, {rounds} interleaved rounds")
    for _ in range(rounds):
        for name, v in variants.items():
            r = run(["node", "scripts/bench/wasm_variants.mjs", "--articles", str(OUT / "articles-1mb.json"),
                     f"x={v['file']}"])
            speed[name].append(json.loads(r.stdout.strip().splitlines()[-1])["variants"]["x"])
    for name, v in variants.items():
        runs = speed[name]
        v["sample_ms"] = statistics.median(r["sample_median_ms"] for r in runs)
        v["articles_mb_per_s"] = statistics.median(r["articles_mb_per_s"] for r in runs)
        v["compile_ms"] = statistics.median(r["compile_instantiate_ms"] for r in runs)
        v["first_call_ms"] = statistics.median(r["first_call_ms"] for r in runs)
        v["file"] = str(v["file"].relative_to(ROOT))
    return variants


def size(quick, full):
    shipped = ROOT / "www" / "pkg" / "newsmark_bg.wasm"
    md, detail = wasm_size(shipped, "shipped")
    files = {}
    for p in [shipped, ROOT / "www" / "pkg" / "newsmark.js", *sorted((ROOT / "www").glob("*.js")),
              *sorted((ROOT / "www").glob("*.css")), ROOT / "index.html"]:
        files[str(p.relative_to(ROOT))] = {"bytes": p.stat().st_size, "gzip": gz(p)}
    bundles = [p for p in (ROOT / "dist").glob("*.html")] if (ROOT / "dist").exists() else []
    for p in bundles:
        files[str(p.relative_to(ROOT))] = {"bytes": p.stat().st_size, "gzip": gz(p), "bundle": True}
    unopt_md = None
    variants = wasm_opt_variants(quick, full)
    if "skipped" not in variants:
        unopt_md, _ = wasm_size(OUT / "pkg-unoptimised" / "newsmark_bg.wasm", "unoptimised")
    return {"files": files, "shipped_md": md, "shipped": detail, "variants": variants, "unoptimised_md": unopt_md}


# ---------------------------------------------------------------- report

def verdict(ok):
    return "**met**" if ok else "**NOT met**"


def budgets(res):
    rows = []
    nat = res["native"]["headline"]["mb_per_s"]
    rows.append(("native annotate >= 20 MB/s (one core, per article, ~10 MB corpus)",
                 f"{nat:.2f} MB/s ({nat / NATIVE_MBPS:.2f}x the budget)", nat >= NATIVE_MBPS))
    d = res["native"]["doc"]
    d1 = d.get(1, {})
    d16 = d.get(16, {})
    if d16.get("skipped"):
        pred = d16.get("predicted_s")
        ratio_txt = (f"16 MB not run: one run predicted at {pred:.0f} s (time grows as size^{d16['exponent']:.2f}); "
                     f"4 MB / 1 MB = {d[4]['s_per_mb'] / d1['s_per_mb']:.2f}x" if pred else "16 MB timed out")
        rows.append(("time per MB at 16 MB <= 1.5x that at 1 MB (one document)", ratio_txt, False))
    else:
        r = d16["s_per_mb"] / d1["s_per_mb"]
        rows.append(("time per MB at 16 MB <= 1.5x that at 1 MB (one document)", f"{r:.2f}x", r <= SCALING))
    b = res["browser"]
    if "skipped" in b:
        for name in ("Chromium >= 10 MB/s", "Chromium >= 100x compromise", "sample article < 1 ms in Chromium"):
            rows.append((name, "not measured: " + b["skipped"], None))
    else:
        t = b["throughput"]
        mbps = t["big"]["newsmark"]["mb_per_s"]
        rows.append(("Chromium annotate >= 10 MB/s (1 MB as one document)",
                     f"{mbps:.2f} MB/s (sample article: {t['sample']['newsmark']['mb_per_s']:.2f} MB/s)", mbps >= BROWSER_MBPS))
        rs, rb = t["sample"]["ratio"], t["big"]["ratio"]
        rows.append(("Chromium >= 100x compromise's throughput on the same text",
                     f"{rs:.1f}x on the sample article, {rb:.1f}x on 1 MB", min(rs, rb) >= PEER_RATIO))
        ms = t["sample"]["newsmark"]["median_ms"]
        rows.append(("sample article annotated in < 1 ms (median, Chromium)", f"{ms:.2f} ms", ms < SAMPLE_MS))
    if "skipped" not in b:
        tot = b["page_total"]["gzip"]
        rows.append(("page downloads (JS + wasm + CSS + HTML) <= 400 KB gzipped",
                     f"{tot / 1000:.1f} KB gzipped ({b['page_total']['brotli'] / 1000:.1f} KB brotli)", tot <= PAGE_GZIP))
    else:
        f = res["size"]["files"]
        tot = sum(v["gzip"] for k, v in f.items() if not v.get("bundle"))
        rows.append(("page downloads (JS + wasm + CSS + HTML) <= 400 KB gzipped",
                     f"{tot / 1000:.1f} KB gzipped (files on disk)", tot <= PAGE_GZIP))
    return rows


def render(res):
    m = res["machine"]
    L = []
    L.append(f"Measured {m['date']} at commit `{m['commit']}`{' (with local changes)' if m['dirty'] else ''}"
             f" by `./run bench`{' --quick' if res.get('quick') else ''} in {res['elapsed_s']:.0f} s.")
    L.append(f"Machine: {m['nproc']} cores (`nproc`), {m['memory']} memory, Linux {m['kernel']}, {m['rustc']}, node {m['node']}"
             + (f", Chromium {res['browser']['chromium']}" if "chromium" in res["browser"] else "")
             + f"; load average {' / '.join(m['loadavg'])} at the start (a shared machine: figures are medians, and"
             " ratios taken within one run are sturdier than absolute times).")
    L.append("\n<details><summary>lscpu | head</summary>\n\n```\n" + m["lscpu"] + "\n```\n</details>\n")
    L.append("### Budgets\n")
    L.append("| budget | measured | verdict |\n|---|---|---|")
    for name, got, ok in budgets(res):
        L.append(f"| {name} | {got} | {'not measured' if ok is None else verdict(ok)} |")

    n = res["native"]
    h = n["headline"]
    L.append("\n### Native (one core)\n")
    L.append(f"Corpus: the `text` of every record in `{res['dev_name']}/*.jsonl` (annotations unused), files in name order,"
             " interleaved in proportion to their size, repeated; whole articles up to the size (1 MB = 10^6 bytes of UTF-8)."
             f" A warm-up call comes first (lazy set-up of tagger and lexicons: {h['init_s'] * 1000:.1f} ms).\n")
    L.append(f"**Per article, ~10 MB ({h['articles']} articles, {h['bytes'] / 1e6:.2f} MB): "
             f"{h['mb_per_s']:.2f} MB/s** (median of {len(h['runs_s'])} runs: "
             + ", ".join(f"{x:.2f}" for x in h["runs_s"]) + " s), peak RSS " + kib(h["peak_rss_kib"]) + ".\n")
    L.append("| size | mode | runs | median | MB/s | s per MB | s per MB vs 1 MB | peak RSS |\n|---|---|---:|---:|---:|---:|---:|---:|")
    for mode, key in (("one document", "doc"), ("per article", "articles")):
        base = n[key].get(1, {}).get("s_per_mb")
        for mb in (1, 4, 16):
            r = n[key].get(mb)
            if r is None:
                continue
            if r.get("skipped"):
                pred = r.get("predicted_s")
                L.append(f"| {mb} MB | {mode} | 0 | skipped: one run predicted at {fmt(pred, 0)} s | - | - | - | - |")
                continue
            L.append(f"| {mb} MB | {mode} | {len(r['runs_s'])} | {r['median_s']:.3f} s | {r['mb_per_s']:.2f} | "
                     f"{r['s_per_mb']:.3f} | {r['s_per_mb'] / base:.2f}x | {kib(r['peak_rss_kib'])} |")

    bt = res["batch"]
    L.append("\n### Batch: `newsmark --jsonl` (whole process: start-up, JSON in and out)\n")
    L.append(f"Input: {' + '.join(bt['files'])} ({bt['documents']} documents, {bt['text_bytes'] / 1e6:.2f} MB of text);"
             f" one-minute load average {bt.get('loadavg', 0):.2f} just after the runs (other work on the machine takes cores"
             " away from `--jobs`).\n")
    L.append("| jobs | runs | median wall | documents/s | MB/s | CPU time (median) | cores kept busy |\n|---|---:|---:|---:|---:|---:|---:|")
    for jobs, label in (("1", "`--jobs 1`"), ("all", f"all cores ({bt['cores']})")):
        r = bt[jobs]
        L.append(f"| {label} | {len(r['runs_s'])} | {r['median_s']:.3f} s | {r['docs_per_s']:.0f} | {r['mb_per_s']:.2f} | "
                 f"{r['cpu_s']:.3f} s | {r['cores_busy']:.2f} |")
    L.append(f"\nSpeed-up on {bt['cores']} cores: {bt['speedup']:.2f}x (wall time; 'cores kept busy' = CPU time / wall time,"
             " below 1 per job when the machine is shared or the work is unevenly split).")

    b = res["browser"]
    L.append("\n### In the browser (headless Chromium)\n")
    if "skipped" in b:
        L.append("Not measured: " + b["skipped"])
    else:
        t = b["throughput"]
        L.append(f"One page runs both; per-call times are medians over batches of calls. compromise {b['compromise_version']}:"
                 " `nlp(text)` then `.people()`, `.places()`, `.organizations()`, `.quotations()`, each `.out('array')`.\n")
        L.append("| text | newsmark | compromise | newsmark MB/s | compromise MB/s | ratio |\n|---|---:|---:|---:|---:|---:|")
        for k, label in (("sample", f"sample article ({t['sample']['bytes']:,} bytes)"), ("big", f"corpus, one document ({t['big']['bytes'] / 1e6:.2f} MB)")):
            r = t[k]
            L.append(f"| {label} | {r['newsmark']['median_ms']:.3f} ms | {r['compromise']['median_ms']:.1f} ms | "
                     f"{r['newsmark']['mb_per_s']:.2f} | {r['compromise']['mb_per_s']:.3f} | {r['ratio']:.1f}x |")
        s = b["startup_median"]
        L.append(f"\nStart-up, fresh browser context, median of {len(b['startup'])}: **{s['total_ms']:.0f} ms** = "
                 f"glue import {s['glue_ms']:.0f} ms + wasm fetch/compile/instantiate {s['instantiate_ms']:.0f} ms + "
                 f"first call on the sample {s['first_call_ms']:.0f} ms (lazy set-up of tagger and lexicons; the second call: "
                 f"{s['second_call_ms']:.1f} ms).")
        L.append("\nWhat the page downloads (index.html until ready):\n")
        L.append("| file | bytes | gzip -9 | brotli |\n|---|---:|---:|---:|")
        for f in b["page"]:
            L.append(f"| {f['path']} | {f['bytes']:,} | {f['gzip']:,} | {f['brotli']:,} |")
        pt = b["page_total"]
        L.append(f"| **total** | {pt['bytes']:,} | **{pt['gzip']:,}** | {pt['brotli']:,} |")

    sz = res["size"]
    L.append("\n### Size\n")
    L.append("| file | bytes | gzip -9 |\n|---|---:|---:|")
    for k, v in sz["files"].items():
        L.append(f"| {k}{' (single-file bundle)' if v.get('bundle') else ''} | {v['bytes']:,} | {v['gzip']:,} |")
    if not any(v.get("bundle") for v in sz["files"].values()):
        L.append("\nNo single-file bundle is built (no `dist/*.html`).")
    L.append("\n#### The shipped module, www/pkg/newsmark_bg.wasm\n")
    L.append(sz["shipped_md"].strip())
    if sz.get("unoptimised_md"):
        L.append("\n#### Before wasm-opt (wasm-bindgen output), with function names\n")
        L.append(sz["unoptimised_md"].strip())
    v = sz["variants"]
    if "skipped" not in v:
        L.append("\n#### What each wasm-opt setting saves (speed in Node/V8, one process per module, interleaved rounds)\n")
        L.append("| module | bytes | gzip -9 | sample article | per-article MB/s (1 MB) | compile+instantiate | first call | wasm-opt time |\n|---|---:|---:|---:|---:|---:|---:|---:|")
        base = next(iter(v.values()))
        for name, r in v.items():
            L.append(f"| {name} | {r['bytes']:,} ({100 * (r['bytes'] / base['bytes'] - 1):+.1f}%) | {r['gzip']:,} "
                     f"({100 * (r['gzip'] / base['gzip'] - 1):+.1f}%) | {r['sample_ms']:.3f} ms | {r['articles_mb_per_s']:.2f} | "
                     f"{r['compile_ms']:.1f} ms | {r['first_call_ms']:.1f} ms | {fmt(r.get('opt_s'), 1)} s |")
    return "\n".join(L) + "\n"


def write_block(name, body, title):
    begin, end = f"<!-- bench:{name}:begin -->", f"<!-- bench:{name}:end -->"
    block = f"{begin}\n{body.rstrip()}\n{end}"
    text = DOC.read_text() if DOC.exists() else "# Performance\n"
    if begin in text and end in text:
        text = text[: text.index(begin)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip() + f"\n\n## {title}\n\n" + block + "\n"
    DOC.parent.mkdir(parents=True, exist_ok=True)
    DOC.write_text(text)
    log(f"wrote the {name} block of {DOC.relative_to(ROOT)}")


# ---------------------------------------------------------------- profile

def profile(dev, args):
    """perf (or callgrind) over ~1 MB: per article and as one document."""
    prof_dir = ROOT / "target" / "bench-prof"
    env = dict(os.environ, CARGO_PROFILE_RELEASE_DEBUG="true", CARGO_TARGET_DIR=str(prof_dir))
    log("profile: building the benchmark with debug info (target/bench-prof)")
    subprocess.run(["cargo", "build", "--release", "--example", "bench"], check=True, env=env, cwd=ROOT)
    exe = prof_dir / "release" / "examples" / "bench"
    perf_ok = shutil.which("perf") and subprocess.run(
        ["perf", "record", "-e", "cpu-clock", "-o", str(OUT / "perf-probe.data"), "true"],
        capture_output=True).returncode == 0
    L = []
    for mode, mb in (("articles", 1), ("doc", 1)):
        cmd = [str(exe), mode, "--dev", str(dev), "--mb", str(mb), "--runs", "1" if mode == "doc" else "3"]
        txt = OUT / f"profile-{mode}.txt"
        if perf_ok:
            data = OUT / f"perf-{mode}.data"
            log(f"profile: perf record, {mode} over {mb} MB")
            subprocess.run(["perf", "record", "-e", "cpu-clock", "-F", "999", "--call-graph", "dwarf",
                            "-o", str(data), *cmd], check=True, capture_output=True, cwd=ROOT)
            with txt.open("w") as f:
                subprocess.run(["perf", "script", "-i", str(data), "-F", "ip,sym,srcline", "--inline"],
                               check=True, stdout=f, stderr=subprocess.DEVNULL, cwd=ROOT)
            folded = run([sys.executable, "scripts/bench/perf_fold.py", str(txt), "--markdown", "--top", "12"]).stdout
            tool = "perf record -e cpu-clock --call-graph dwarf; inlined frames folded by scripts/bench/perf_fold.py"
        else:
            log(f"profile: perf is not usable here; valgrind --tool=callgrind, {mode} over {mb / 4} MB")
            cmd[cmd.index("--mb") + 1] = str(mb / 4)
            out = OUT / f"callgrind-{mode}.out"
            subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", "--dump-instr=no", *cmd],
                           check=True, capture_output=True, cwd=ROOT)
            folded = "```\n" + "\n".join(run(["callgrind_annotate", "--inclusive=no", str(out)]).stdout.splitlines()[:40]) + "\n```"
            tool = "valgrind --tool=callgrind (instructions, self)"
        what = "each article as its own document" if mode == "articles" else "the articles joined as ONE document"
        L.append(f"\n#### {mb} MB, {what}\n\n`{' '.join(['bench'] + cmd[1:]).replace(str(dev), '<dev>')}`; {tool}.\n")
        L.append(folded.strip())
    write_block("profile", f"Profiled {datetime.date.today()} at commit `{sh('git rev-parse --short HEAD')}` "
                "by `./run bench profile`.\n" + "\n".join(L), "Profile")


# ---------------------------------------------------------------- cargo profiles

def cargo_profiles(args):
    """Size and speed of the wasm under release-profile overrides (Cargo.toml untouched)."""
    settings = [
        ("as in Cargo.toml (opt-level 3, lto, codegen-units 1)", {}),
        ("opt-level = \"s\"", {"CARGO_PROFILE_RELEASE_OPT_LEVEL": "s"}),
        ("opt-level = \"z\"", {"CARGO_PROFILE_RELEASE_OPT_LEVEL": "z"}),
        ("panic = \"abort\"", {"CARGO_PROFILE_RELEASE_PANIC": "abort"}),
        ("opt-level = \"s\" + panic = \"abort\"", {"CARGO_PROFILE_RELEASE_OPT_LEVEL": "s", "CARGO_PROFILE_RELEASE_PANIC": "abort"}),
    ]
    rows = []
    files = {}
    for label, extra in settings:
        tdir = ROOT / "target" / "bench-cargo" / (("-".join(f"{k.split('_')[-1].lower()}{v}" for k, v in extra.items())) or "default")
        env = dict(os.environ, CARGO_TARGET_DIR=str(tdir), **extra)
        log(f"cargo-profiles: building the wasm with {label}")
        subprocess.run(["cargo", "build", "--lib", "--release", "--target", "wasm32-unknown-unknown",
                        "--no-default-features"], check=True, env=env, cwd=ROOT, capture_output=True)
        pkg = tdir / "pkg"
        run(["wasm-bindgen", "--target", "web", "--out-dir", str(pkg),
             str(tdir / "wasm32-unknown-unknown" / "release" / "newsmark.wasm")])
        wasm = pkg / "newsmark_bg.wasm"
        opt = pkg / "newsmark_bg.opt.wasm"
        if WASM_OPT.exists():
            run([str(WASM_OPT), *BUILD_WASM_OPT_FLAGS, str(wasm), "-o", str(opt)])
        files[label] = (wasm, opt if opt.exists() else None)
    speed = {label: [] for label, _ in settings}
    for _ in range(3):
        for label, _ in settings:
            f = files[label][1] or files[label][0]
            r = run(["node", "scripts/bench/wasm_variants.mjs", "--articles", str(OUT / "articles-1mb.json"), f"x={f}"])
            speed[label].append(json.loads(r.stdout.strip().splitlines()[-1])["variants"]["x"])
    base = None
    for label, _ in settings:
        wasm, opt = files[label]
        _, detail = wasm_size(wasm, "cargo-profile")
        code = next((s["bytes"] for s in detail["sections"] if s["name"] == "code"), 0)
        g, go = gz(wasm), (gz(opt) if opt else None)
        sp = statistics.median(r["articles_mb_per_s"] for r in speed[label])
        sm = statistics.median(r["sample_median_ms"] for r in speed[label])
        base = base or (code, g, go, sp)
        rows.append(f"| {label} | {code:,} ({100 * (code / base[0] - 1):+.1f}%) | {wasm.stat().st_size:,} | {g:,} ({100 * (g / base[1] - 1):+.1f}%) | "
                    + (f"{go:,} ({100 * (go / base[2] - 1):+.1f}%)" if go else "-") + f" | {sm:.3f} ms | {sp:.2f} ({100 * (sp / base[3] - 1):+.0f}%) |")
    body = (f"Measured {datetime.date.today()} at commit `{sh('git rev-parse --short HEAD')}` by `./run bench cargo-profiles`"
            " (env overrides such as `CARGO_PROFILE_RELEASE_OPT_LEVEL=s`; Cargo.toml unchanged). Speed: Node/V8, medians of"
            " 3 interleaved rounds, of the module after the build's wasm-opt step.\n\n"
            "| release profile | code section | wasm (wasm-bindgen) | gzip | gzip after wasm-opt | sample article | per-article MB/s |\n"
            "|---|---:|---:|---:|---:|---:|---:|\n" + "\n".join(rows))
    write_block("cargo-profiles", body, "Release-profile settings (measured, not applied)")


# The flags of the build's wasm-opt step (keep in step with `build()` in ./run).
BUILD_WASM_OPT_FLAGS = ["-Os", "--skip-pass=memory-packing"]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("what", nargs="?", default="all", choices=["all", "profile", "cargo-profiles"])
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--quick", action="store_true", help="fewer runs (about half the time)")
    ap.add_argument("--full", action="store_true", help="also wasm-opt -Oz and -O3 without memory-packing")
    ap.add_argument("--no-write", action="store_true", help="do not touch docs/PERFORMANCE.md")
    args = ap.parse_args()
    dev = args.dev.resolve()
    OUT.mkdir(parents=True, exist_ok=True)
    run([str(EXAMPLE), "corpus", "--dev", str(dev), "--mb", "1", "--out", str(OUT / "corpus-1mb.txt"),
         "--articles-json", str(OUT / "articles-1mb.json")])
    if args.what == "profile":
        return profile(dev, args)
    if args.what == "cargo-profiles":
        return cargo_profiles(args)
    res = {"machine": machine(), "quick": args.quick, "dev_name": dev.name}
    res["native"] = native(dev, args.quick)
    res["batch"] = batch(dev, args.quick)
    res["browser"] = browser(args.quick)
    res["size"] = size(args.quick, args.full)
    res["elapsed_s"] = time.monotonic() - START
    (OUT / "results.json").write_text(json.dumps(res, indent=1, default=str))
    md = render(res)
    print(md)
    if not args.no_write:
        write_block("results", md, "Results")
    log(f"done in {time.monotonic() - START:.0f} s; raw figures in target/bench/results.json")


if __name__ == "__main__":
    sys.exit(main())
