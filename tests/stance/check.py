#!/usr/bin/env python3
"""Validate a stance gold file (by default polnear_dev_stances.jsonl here) and print counts.

Checks: the text equals the source file's text for the same id; every holder /
target / cue span is in range and non-empty (and not only whitespace); polarity
is support/oppose; negated is a bool. Prints each stance (holder | polarity |
target | cue | negated) and totals. With --listing PATH it also writes that
human-readable listing to PATH.
"""
import argparse, collections, json, os, sys

ap = argparse.ArgumentParser()
ap.add_argument("--file", default=os.path.join(os.path.dirname(os.path.abspath(__file__)),
                                               "polnear_dev_stances.jsonl"))
ap.add_argument("--source", default="/work/shared/eval/dev/polnear_dev.jsonl")
ap.add_argument("--split", default="dev")
ap.add_argument("--listing")
ap.add_argument("--quiet", action="store_true")
args = ap.parse_args()
DEV = args.source

dev = {}
for line in open(DEV, encoding="utf-8"):
    r = json.loads(line)
    dev[r["id"]] = r["text"]

errors = []
c = collections.Counter()
pubs = collections.Counter()
lines = []

def sp(text, s, what, where):
    if s is None:
        return None
    a, b = s.get("start"), s.get("end")
    if not (isinstance(a, int) and isinstance(b, int) and 0 <= a < b <= len(text)):
        errors.append("%s: bad %s span %r" % (where, what, s))
        return "<BAD>"
    t = text[a:b]
    if not t.strip():
        errors.append("%s: blank %s span %r" % (where, what, s))
    if t != t.strip():
        errors.append("%s: %s span has outer whitespace %r" % (where, what, t))
    return t

seen = set()
for n, line in enumerate(open(args.file, encoding="utf-8"), 1):
    r = json.loads(line)
    rid = r["id"]
    if rid in seen:
        errors.append("duplicate id %s" % rid)
    seen.add(rid)
    if rid not in dev:
        errors.append("id not in the source file: %s" % rid); continue
    if r["text"] != dev[rid]:
        errors.append("%s: text differs from the source file" % rid)
    if r.get("source") != "polnear" or r.get("split") != args.split:
        errors.append("%s: source/split wrong" % rid)
    text = r["text"]
    c["articles"] += 1
    pubs[rid.split("_")[0].replace("polnear-%s-" % args.split, "")] += 1
    lines.append("=" * 100)
    lines.append("%s  (%d stances)" % (rid, len(r["stances"])))
    for k, s in enumerate(r["stances"]):
        where = "%s #%d" % (rid, k)
        h = sp(text, s.get("holder"), "holder", where)
        t = sp(text, s.get("target"), "target", where)
        q = sp(text, s.get("cue"), "cue", where)
        if s.get("target") is None:
            errors.append("%s: no target" % where)
        if s.get("cue") is None:
            errors.append("%s: no cue" % where)
        if s.get("polarity") not in ("support", "oppose"):
            errors.append("%s: bad polarity %r" % (where, s.get("polarity")))
        if not isinstance(s.get("negated"), bool):
            errors.append("%s: negated not bool" % where)
        hn = s.get("holder_name")
        c["stances"] += 1
        c[s.get("polarity")] += 1
        c["null_holder"] += h is None
        c["negated"] += bool(s.get("negated"))
        c["holder_name"] += bool(hn)
        htxt = "<null>" if h is None else h + (" [=%s]" % hn if hn else "")
        lines.append("  %2d. %s | %s | %s | %s | %s" % (k + 1, htxt, s.get("polarity"), t, q,
                                                       "negated" if s.get("negated") else "-"))

summary = ["", "articles: %d" % c["articles"], "stances: %d" % c["stances"],
           "support: %d  oppose: %d" % (c["support"], c["oppose"]),
           "null holders: %d  negated: %d  with holder_name: %d" % (c["null_holder"], c["negated"], c["holder_name"]),
           "publishers: " + ", ".join("%s %d" % kv for kv in sorted(pubs.items()))]
if not args.quiet:
    print("\n".join(lines))
print("\n".join(summary))
if args.listing:
    with open(args.listing, "w", encoding="utf-8") as fh:
        fh.write("Stance gold listing: holder [=holder_name] | polarity | target | cue | negated\n")
        fh.write("\n".join(lines + summary) + "\n")
if errors:
    print("\nERRORS (%d):" % len(errors))
    print("\n".join(errors))
    sys.exit(1)
print("all spans valid")
