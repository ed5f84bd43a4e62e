#!/usr/bin/env python3
"""Summarise `perf script -F ip,sym,srcline --inline` output of a newsmark
run (a build with debug info, so that inlined frames have names and lines).

With LTO nearly everything is inlined into a few symbols, so plain
`perf report` shows only `entities::find` and `actors::cluster`; this walks
each sample's inlined call chain and reports:
  - by pass: the newsmark function called from `newsmark::annotate`
    (inclusive time), and by step: the newsmark function that pass calls;
  - by function: the innermost newsmark function (self time, library code
    such as iterators, hashing and allocation charged to its caller);
  - by line: the innermost newsmark source line.

Usage: perf_fold.py PERF_SCRIPT.txt [--top N] [--markdown]
"""
import argparse
import collections
import re
import sys

FRAME = re.compile(r"^\s+[0-9a-f]+ (.*)$")
OWN_FILES = {"lib.rs", "actors.rs", "entities.rs", "lexicon.rs", "marks.rs", "model.rs",
             "phrase.rs", "quotes.rs", "segment.rs", "span.rs", "tagger.rs"}


def clean(sym):
    sym = re.sub(r"::h[0-9a-f]{16}$", "", sym)
    sym = re.sub(r"\[[0-9a-f]+\]", "", sym)
    sym = sym.replace("::{{closure}}", "::{closure}")
    return sym


def samples(lines):
    """Yields each sample as a list of (symbol, srcline), innermost first."""
    frames, sym = [], None
    for line in lines:
        if not line.strip():
            if frames:
                yield frames
            frames, sym = [], None
            continue
        m = FRAME.match(line)
        if m:
            sym = clean(m.group(1).strip())
        elif sym is not None:
            frames.append((sym, line.strip().replace(" (inlined)", "")))
            sym = None
    if frames:
        yield frames


def is_own(sym, src):
    fname = src.split(":")[0]
    return sym.startswith("newsmark::") and fname in OWN_FILES


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("script")
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--markdown", action="store_true")
    args = ap.parse_args()
    total = 0
    passes, funcs, lines = collections.Counter(), collections.Counter(), collections.Counter()
    steps = collections.Counter()
    with open(args.script, encoding="utf-8", errors="replace") as f:
        for frames in samples(f):
            total += 1
            own = [(s, src) for s, src in frames if is_own(s, src)]
            if not own:
                funcs["(outside newsmark: start-up, corpus loading, kernel)"] += 1
                continue
            sym, src = own[0]
            funcs[sym] += 1
            lines[f"{src} in {sym}"] += 1
            # The pass: the frame just inside newsmark::annotate.
            chain = [s for s, _ in frames]
            if "newsmark::annotate" in chain:
                i = chain.index("newsmark::annotate")
                passes[chain[i - 1] if i > 0 else "newsmark::annotate (itself)"] += 1
                # One level further down: the step of the pass (closures fold into their function).
                own_chain = [c for c in chain[: max(i - 1, 0)] if c.startswith("newsmark::")]
                step = own_chain[-1].split("::{closure}")[0] if own_chain else "(the pass itself)"
                steps[f"{chain[i - 1] if i > 0 else 'annotate'} > {step}"] += 1
            else:
                passes["(outside annotate)"] += 1

    def table(title, counter):
        if args.markdown:
            print(f"\n| {title} | share of samples |\n|---|---:|")
            for k, n in counter.most_common(args.top):
                print(f"| `{k}` | {100 * n / total:.1f}% |")
        else:
            print(f"\n{title}:")
            for k, n in counter.most_common(args.top):
                print(f"  {100 * n / total:5.1f}%  {k}")

    print(f"{total} samples")
    table("pass (inclusive)", passes)
    table("step within the pass (inclusive)", steps)
    table("innermost newsmark function (self)", funcs)
    table("innermost newsmark source line", lines)


if __name__ == "__main__":
    sys.exit(main())
