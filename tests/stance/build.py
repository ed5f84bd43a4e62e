#!/usr/bin/env python3
"""Build polnear_dev_stances.jsonl from the hand annotations in ann/*.py.

Each ann file defines ID (substring of the article id) and STANCES, a list of
tuples (anchor, holder, polarity, target, cue, negated[, holder_name]).
- anchor: a substring that occurs exactly once in the article text (the clause).
- holder/target/cue: strings searched inside the anchor (first occurrence);
  "x#2" = 2nd occurrence inside the anchor; "x@@ctx" = x inside the unique
  context string ctx anywhere in the text (for spans outside the anchor).
- holder None = hidden holder. polarity '+' support, '-' oppose.
"""
import argparse, glob, json, os, runpy, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ap = argparse.ArgumentParser()
ap.add_argument("--source", default="/work/shared/eval/dev/polnear_dev.jsonl",
                help="the PolNeAR file the articles come from")
ap.add_argument("--split", default="dev")
ap.add_argument("--ann", default=os.path.join(HERE, "ann"), help="folder of the annotations")
ap.add_argument("--out", default=os.path.join(HERE, "polnear_dev_stances.jsonl"))
args = ap.parse_args()
DEV = args.source
docs = {}
order = []
for line in open(DEV, encoding="utf-8"):
    r = json.loads(line)
    docs[r["id"]] = r
    order.append(r["id"])

NORM = str.maketrans({"\xa0": " ", "\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})

def norm(s):
    return s.translate(NORM)  # 1:1 character mapping: offsets are preserved

def find_unique(text, s, where):
    i = text.find(s)
    if i < 0:
        raise SystemExit("NOT FOUND (%s): %r" % (where, s))
    if text.find(s, i + 1) >= 0:
        raise SystemExit("NOT UNIQUE (%s): %r" % (where, s))
    return i

def locate(text, a0, anchor, spec, where):
    if "@@" in spec:
        s, ctx = spec.split("@@", 1)
        c0 = find_unique(text, ctx, where + " ctx")
        sub, base = ctx, c0
    else:
        s, sub, base = spec, anchor, a0
    n = 1
    if "#" in s and s.rsplit("#", 1)[1].isdigit():
        s, n = s.rsplit("#", 1)
        n = int(n)
    i = -1
    for _ in range(n):
        i = sub.find(s, i + 1)
        if i < 0:
            raise SystemExit("SPAN NOT IN ANCHOR (%s): %r in %r" % (where, s, sub))
    return {"start": base + i, "end": base + i + len(s)}

out = []
for f in sorted(glob.glob(os.path.join(args.ann, "*.py"))):
    ns = runpy.run_path(f)
    ids = [d for d in order if ns["ID"] in d]
    assert len(ids) == 1, (f, ids)
    rid = ids[0]
    text = norm(docs[rid]["text"])
    stances = []
    for k, t in enumerate(ns["STANCES"]):
        anchor, holder, pol, target, cue, neg = [norm(x) if isinstance(x, str) else x for x in t[:6]]
        hn = t[6] if len(t) > 6 else None
        where = "%s #%d" % (os.path.basename(f), k)
        a0 = find_unique(text, anchor, where)
        st = {"holder": locate(text, a0, anchor, holder, where) if holder else None}
        if hn:
            st["holder_name"] = hn
        st["polarity"] = {"+": "support", "-": "oppose"}[pol]
        st["target"] = locate(text, a0, anchor, target, where)
        st["cue"] = locate(text, a0, anchor, cue, where)
        st["negated"] = bool(neg)
        stances.append(st)
    out.append((order.index(rid), {"id": rid, "source": "polnear", "split": args.split,
                                    "text": docs[rid]["text"], "stances": stances}))
out.sort(key=lambda x: x[0])
with open(args.out, "w", encoding="utf-8") as fh:
    for _, r in out:
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
print("wrote %d articles, %d stances" % (len(out), sum(len(r["stances"]) for _, r in out)))
