#!/usr/bin/env python3
"""What takes the space in a wasm module: section sizes, the largest
functions (by the name section, when the module has one), code grouped by
crate, and where the compiled-in data files (data/*.txt, data/lexicon/*.txt,
data/tagger.bin) sit in the data section, with what each costs raw and
gzipped.

Usage: wasm_size.py MODULE.wasm [--repo DIR] [--json OUT] [--top N]
Prints Markdown tables; --json also writes the figures as JSON.
"""
import argparse
import gzip
import json
import re
import sys
from pathlib import Path

SECTION_NAMES = {
    0: "custom", 1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
    6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data",
    12: "datacount", 13: "tag",
}


def leb(buf, pos):
    """Unsigned LEB128 at pos: (value, next pos)."""
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if not b & 0x80:
            return result, pos


def gz(data):
    return len(gzip.compress(bytes(data), compresslevel=9, mtime=0))


def sections(buf):
    assert buf[:4] == b"\0asm", "not a wasm module"
    pos, out = 8, []
    while pos < len(buf):
        sid = buf[pos]
        size, body = leb(buf, pos + 1)
        name = SECTION_NAMES.get(sid, f"id {sid}")
        if sid == 0:
            n, p = leb(buf, body)
            name = "custom: " + buf[p:p + n].decode("utf-8", "replace")
        out.append({"id": sid, "name": name, "start": pos, "body": body, "end": body + size,
                    "size": body + size - pos})
        pos = body + size
    return out


def count_imported_functions(buf, secs):
    sec = next((s for s in secs if s["id"] == 2), None)
    if not sec:
        return 0
    n, p = leb(buf, sec["body"])
    funcs = 0
    for _ in range(n):
        for _ in range(2):  # module, field
            ln, p = leb(buf, p)
            p += ln
        kind = buf[p]
        p += 1
        if kind == 0:
            _, p = leb(buf, p)
            funcs += 1
        elif kind == 1:  # table: reftype + limits
            p += 1
            flags, p = leb(buf, p)
            _, p = leb(buf, p)
            if flags & 1:
                _, p = leb(buf, p)
        elif kind == 2:  # memory: limits
            flags, p = leb(buf, p)
            _, p = leb(buf, p)
            if flags & 1:
                _, p = leb(buf, p)
        elif kind == 3:  # global: valtype + mut
            p += 2
        elif kind == 4:  # tag
            p += 1
            _, p = leb(buf, p)
    return funcs


def function_names(buf, secs):
    sec = next((s for s in secs if s["name"] == "custom: name"), None)
    names = {}
    if not sec:
        return names
    n, p = leb(buf, sec["body"])
    p += n
    while p < sec["end"]:
        sub = buf[p]
        size, p = leb(buf, p + 1)
        end = p + size
        if sub == 1:
            count, q = leb(buf, p)
            for _ in range(count):
                idx, q = leb(buf, q)
                ln, q = leb(buf, q)
                names[idx] = buf[q:q + ln].decode("utf-8", "replace")
                q += ln
        p = end
    return names


def function_sizes(buf, secs):
    sec = next((s for s in secs if s["id"] == 10), None)
    if not sec:
        return []
    n, p = leb(buf, sec["body"])
    sizes = []
    for _ in range(n):
        size, q = leb(buf, p)
        sizes.append((q - p) + size)
        p = q + size
    return sizes


def data_segments(buf, secs):
    sec = next((s for s in secs if s["id"] == 11), None)
    if not sec:
        return []
    n, p = leb(buf, sec["body"])
    segs = []
    for _ in range(n):
        flags, p = leb(buf, p)
        if flags == 2:
            _, p = leb(buf, p)
        if flags in (0, 2):  # active: skip the offset expression up to `end`
            while buf[p] != 0x0B:
                p += 1
            p += 1
        size, p = leb(buf, p)
        segs.append((p, size))
        p += size
    return segs


def crate_of(name):
    """Crate a (demangled) Rust symbol belongs to, roughly."""
    n = name
    for prefix in ("<", "&", "*const ", "*mut ", "dyn "):
        while n.startswith(prefix):
            n = n[len(prefix):]
    m = re.match(r"([A-Za-z_][A-Za-z0-9_]*)(\[[0-9a-f]+\])?::", n)
    if m:
        return m.group(1)
    if n.startswith("__wbg") or n.startswith("__wbindgen") or "wasm_bindgen" in n:
        return "wasm_bindgen"
    return "(other: " + (n.split("(")[0][:24] or "?") + ")"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("module")
    ap.add_argument("--repo", default=str(Path(__file__).resolve().parents[2]))
    ap.add_argument("--json")
    ap.add_argument("--top", type=int, default=12)
    args = ap.parse_args()
    buf = Path(args.module).read_bytes()
    secs = sections(buf)
    total, total_gz = len(buf), gz(buf)
    report = {"module": args.module, "bytes": total, "gzip": total_gz, "sections": [],
              "crates": [], "functions": [], "data_files": []}

    print(f"Module `{Path(args.module).name}`: {total:,} bytes, {total_gz:,} gzipped (-9).\n")
    print("| section | bytes | share |\n|---|---:|---:|")
    for s in secs:
        print(f"| {s['name']} | {s['size']:,} | {100 * s['size'] / total:.1f}% |")
        report["sections"].append({"name": s["name"], "bytes": s["size"]})

    names = function_names(buf, secs)
    sizes = function_sizes(buf, secs)
    imported = count_imported_functions(buf, secs)
    if sizes:
        funcs = [(size, names.get(imported + i, f"func[{imported + i}]")) for i, size in enumerate(sizes)]
        code_total = sum(s for s, _ in funcs)
        by_crate = {}
        for size, name in funcs:
            c = crate_of(name) if names else "(no name section)"
            by_crate[c] = by_crate.get(c, 0) + size
        print(f"\nCode by crate ({len(funcs):,} functions, {code_total:,} bytes of bodies"
              + ("" if names else "; the module has no name section, so no names") + "):\n")
        print("| crate | bytes | share of code |\n|---|---:|---:|")
        for c, size in sorted(by_crate.items(), key=lambda kv: -kv[1])[: args.top]:
            print(f"| {c} | {size:,} | {100 * size / code_total:.1f}% |")
            report["crates"].append({"crate": c, "bytes": size})
        if names:
            print(f"\nLargest {args.top} functions:\n")
            print("| function | bytes |\n|---|---:|")
            for size, name in sorted(funcs, reverse=True)[: args.top]:
                short = name if len(name) <= 110 else name[:107] + "..."
                print(f"| `{short.replace('|', '/')}` | {size:,} |")
                report["functions"].append({"name": name, "bytes": size})

    repo = Path(args.repo)
    files = sorted(repo.glob("data/*.txt")) + sorted(repo.glob("data/lexicon/*.txt")) + [repo / "data/tagger.bin"]
    segs = data_segments(buf, secs)
    data = bytearray(buf)
    print("\nCompiled-in data files (found verbatim in the data section; 'gzip alone' = the file gzipped"
          " on its own; 'marginal gzip' = how much smaller the gzipped module gets when the file's bytes"
          " are blanked out):\n")
    print("| file | raw bytes | gzip alone | marginal gzip | in module |\n|---|---:|---:|---:|---|")
    blanked_all = bytearray(buf)
    for f in files:
        if not f.exists():
            continue
        content = f.read_bytes()
        at = -1
        for start, size in segs:
            seg = buf[start:start + size]
            i = seg.find(content)
            if i >= 0:
                at = start + i
                break
        if at < 0:
            at = buf.find(content)
        found = at >= 0
        marginal = None
        if found:
            without = bytearray(buf)
            without[at:at + len(content)] = bytes(len(content))
            marginal = total_gz - gz(without)
            blanked_all[at:at + len(content)] = bytes(len(content))
        rel = str(f.relative_to(repo))
        print(f"| {rel} | {len(content):,} | {gz(content):,} | "
              + (f"{marginal:,}" if marginal is not None else "-") + f" | {'yes' if found else 'not verbatim'} |")
        report["data_files"].append({"file": rel, "bytes": len(content), "gzip": gz(content),
                                     "marginal_gzip": marginal, "found": found})
    rest_gz = gz(blanked_all)
    print(f"\nThe module with all of those files blanked out gzips to {rest_gz:,} bytes: "
          f"the data files cost {total_gz - rest_gz:,} of the {total_gz:,} gzipped bytes.")
    report["gzip_without_data_files"] = rest_gz
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1))


if __name__ == "__main__":
    sys.exit(main())
