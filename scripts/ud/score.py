#!/usr/bin/env python3
"""Scores a predicted CoNLL-U file against the gold one it was made from.

UPOS and XPOS accuracy, UAS and LAS over all words (punctuation included);
LAS compares relations on their universal part (before ':'), LAS-full on the
whole label. --docs PREFIX keeps only the documents whose `newdoc id` starts
with PREFIX (e.g. GUM_news). --json prints one JSON object instead of a table.

    python3 scripts/ud/score.py GOLD PRED [--docs PREFIX] [--json]
"""
import json
import sys


def words(path, prefix):
    doc = ""
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\r\n")
            if line.startswith("# newdoc id = "):
                doc = line[len("# newdoc id = "):].strip()
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            if prefix and not doc.startswith(prefix):
                continue
            out.append(cols)
    return out


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    prefix = argv[argv.index("--docs") + 1] if "--docs" in argv else None
    if prefix in args:
        args.remove(prefix)
    if len(args) != 2:
        sys.exit(__doc__)
    gold, pred = words(args[0], prefix), words(args[1], prefix)
    if len(gold) != len(pred):
        sys.exit(f"score: {len(gold)} gold words but {len(pred)} predicted")
    n = len(gold)
    if n == 0:
        sys.exit("score: no words to score")
    for g, p in zip(gold, pred):
        if g[1] != p[1]:
            sys.exit(f"score: the words differ: {g[1]!r} against {p[1]!r}")
    upos = sum(g[3] == p[3] for g, p in zip(gold, pred)) / n
    xpos = sum(g[4] == p[4] for g, p in zip(gold, pred)) / n
    uas = sum(g[6] == p[6] for g, p in zip(gold, pred)) / n
    las = sum(g[6] == p[6] and g[7].split(":")[0] == p[7].split(":")[0] for g, p in zip(gold, pred)) / n
    full = sum(g[6] == p[6] and g[7] == p[7] for g, p in zip(gold, pred)) / n
    scores = {"words": n, "upos": round(upos, 4), "xpos": round(xpos, 4), "uas": round(uas, 4),
              "las": round(las, 4), "las_full": round(full, 4)}
    if "--json" in argv:
        print(json.dumps(scores))
    else:
        print(f"{'words':>8} {'UPOS':>7} {'XPOS':>7} {'UAS':>7} {'LAS':>7} {'LAS-full':>9}")
        print(f"{n:>8} {upos:>7.4f} {xpos:>7.4f} {uas:>7.4f} {las:>7.4f} {full:>9.4f}")
        print("SCORES " + json.dumps(scores))


if __name__ == "__main__":
    main(sys.argv[1:])
