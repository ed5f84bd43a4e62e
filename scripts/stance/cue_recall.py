#!/usr/bin/env python3
"""Cue recall of the stance pass: the share of gold stances whose cue some
predicted stance's cue overlaps (whatever its holder, target or polarity),
i.e. how often the pass fires on the words that carry a stance at all.

Usage: python3 scripts/stance/cue_recall.py --gold GOLD.jsonl --pred PRED.jsonl
Offsets are code points, as in the gold files and the CLI's JSON.
"""
import argparse, json

ap = argparse.ArgumentParser()
ap.add_argument("--gold", required=True)
ap.add_argument("--pred", required=True)
args = ap.parse_args()

pred = {}
for line in open(args.pred, encoding="utf-8"):
    r = json.loads(line)
    pred[r["id"]] = [s["cue"] for s in r.get("stances", []) if s.get("cue")]
found = total = 0
for line in open(args.gold, encoding="utf-8"):
    r = json.loads(line)
    cues = pred.get(r["id"], [])
    for st in r["stances"]:
        c = st.get("cue")
        if not c:
            continue
        total += 1
        found += any(p["start"] < c["end"] and c["start"] < p["end"] for p in cues)
recall = found / total if total else 0.0
print("cue recall %.4f (%d of %d gold stances)" % (recall, found, total))
print("SCORES " + json.dumps({"cues": {"found": found, "gold": total, "recall": recall}}))
