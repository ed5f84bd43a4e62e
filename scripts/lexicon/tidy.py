#!/usr/bin/env python3
"""Normalise newsmark lexicon files in place.

For each file given on the command line:
  * the leading comment block (provenance header) is kept verbatim;
  * inside each [section], entries are grouped by the comment lines that
    precede them (e.g. "# -- Arabic --"); each group is sorted
    case-insensitively (accents folded for ordering only), except a group
    whose comment says "natural order" (months, weekdays, numbers), which
    keeps its written order;
  * an entry that already appeared earlier in the same section is dropped
    (the first occurrence wins), and empty groups are removed;
  * trailing whitespace is stripped; one blank line separates sections.

Run: python3 scripts/tidy.py *.txt
"""
import sys
import unicodedata


def sort_key(s):
    folded = unicodedata.normalize("NFKD", s)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return (folded.casefold(), s)


def tidy(path):
    lines = open(path, encoding="utf-8").read().splitlines()
    header, i = [], 0
    while i < len(lines) and not lines[i].strip().startswith("["):
        header.append(lines[i].rstrip())
        i += 1
    while header and not header[-1].strip():
        header.pop()

    out = header + [""]
    sections = []  # (name_line, [ (comment_lines, entries) ])
    for raw in lines[i:]:
        line = raw.strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            sections.append((line, [([], [])]))
            continue
        groups = sections[-1][1]
        if line.startswith("#"):
            if groups[-1][1]:
                groups.append(([], []))
            groups[-1][0].append(line)
        else:
            groups[-1][1].append(line)

    for name, groups in sections:
        out.append(name)
        seen = set()
        for comments, entries in groups:
            kept = []
            for e in entries:
                if e not in seen:
                    seen.add(e)
                    kept.append(e)
            if not kept and not comments:
                continue
            out.extend(comments)
            if any("natural order" in c for c in comments):
                out.extend(kept)  # keep the written order (months, numbers)
            else:
                out.extend(sorted(kept, key=sort_key))
        out.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        tidy(p)
