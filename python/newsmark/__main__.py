"""``python -m newsmark [--offsets U] [--tokens] [--jobs N] [FILE]``: the CLI's
``newsmark --jsonl`` from Python.

Reads lines ``{"id": ..., "text": ...}`` from FILE (or stdin) and writes one
annotation line per non-blank input line, in input order: the input's
``id`` beside the ``newsmark/1`` keys, byte for byte what the CLI writes
(the record logic is the CLI's, in Rust: python/src/jsonl.rs). A bad line
(not JSON, not an object, no string ``text``, not UTF-8) gets the record ``{"line": N,
"error": "..."}`` and a message on stderr, and makes the exit status 1.
Usage errors and unreadable files exit with 2, as the CLI does.
"""

import sys

from . import _native

USAGE = """\
python -m newsmark: annotate JSON lines with entities, quotes and stances.

Usage:
  python -m newsmark [OPTIONS] [FILE]   read lines {"id":..,"text":..}, write one
                                        annotation line per input line, in order

Options:
  --offsets chars|utf16|bytes   unit of the offsets (default: chars, i.e. code points;
                                codepoint and utf8 are accepted too)
  --tokens                      include each sentence's tokens, with their syntax
  --jobs N                      worker threads (default: all cores)
  --jsonl                       accepted for the CLI's sake: JSON lines is the only mode
  -h, --help                    this help
  -V, --version                 the version"""

# Lines per batch handed to the native side, as in the CLI.
BATCH = 256


def _parse(argv):
    opts = {"offsets": "chars", "tokens": False, "jobs": 0, "file": None}
    it = iter(argv)
    for arg in it:
        if arg in ("-h", "--help"):
            print(USAGE)
            return None
        if arg in ("-V", "--version"):
            print(f"newsmark {_native.VERSION}")
            return None
        if arg in ("--offsets", "--jobs"):
            value = next(it, None)
            if value is None:
                raise ValueError(f"{arg} needs a value")
            if arg == "--offsets":
                if value not in ("chars", "utf16", "bytes", "codepoint", "utf8"):
                    raise ValueError(
                        f'unknown offset unit "{value}": expected "bytes", "chars" or "utf16"'
                    )
                opts["offsets"] = value
            else:
                if not value.isdigit() or int(value) < 1:
                    raise ValueError("--jobs needs a positive number")
                opts["jobs"] = int(value)
        elif arg == "--tokens":
            opts["tokens"] = True
        elif arg == "--jsonl":
            pass
        elif arg.startswith("-") and arg != "-":
            raise ValueError(f"unknown option {arg}")
        elif opts["file"] is not None:
            raise ValueError("give at most one FILE")
        else:
            opts["file"] = arg
    return opts


def _run(stream, opts, out, err):
    """Annotates every line of the binary ``stream``; returns whether all were good."""
    all_ok = True
    first = 1
    batch = []

    def flush():
        nonlocal all_ok
        for n, record, error in _native.jsonl_lines(
            batch, first, opts["offsets"], opts["tokens"], opts["jobs"]
        ):
            if error is not None:
                all_ok = False
                err.write(f"newsmark: line {n}: {error}\n")
            out.write(record.encode("utf-8") + b"\n")

    for raw in stream:
        batch.append(raw)
        if len(batch) == BATCH:
            flush()
            first += len(batch)
            batch = []
    if batch:
        flush()
    out.flush()
    return all_ok


def main(argv=None):
    """Runs the command; returns the exit status (0, 1 for a bad line, 2 for an error)."""
    try:
        opts = _parse(sys.argv[1:] if argv is None else argv)
    except ValueError as e:
        sys.stderr.write(f"newsmark: {e}\n\n{USAGE}\n")
        return 2
    if opts is None:
        return 0
    path = opts["file"]
    try:
        stream = sys.stdin.buffer if path in (None, "-") else open(path, "rb")
    except OSError as e:
        sys.stderr.write(f"newsmark: cannot read {path}: {e.strerror}\n")
        return 2
    with stream:
        try:
            ok = _run(stream, opts, sys.stdout.buffer, sys.stderr)
        except BrokenPipeError:
            return 2
        except OSError as e:
            sys.stderr.write(f"newsmark: cannot read input: {e}\n")
            return 2
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
