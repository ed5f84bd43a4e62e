"""python -m newsmark against the CLI's --jsonl on the same input, byte for byte."""

import json
import subprocess
import sys

import pytest

from conftest import read_text, sample_paths


def jsonl_input():
    """Good lines from the sample articles (LF and CRLF line ends), and every
    kind of bad line, across more than one 256-line batch."""
    texts = [read_text(p) for p in sample_paths()]
    lines = []
    for i in range(600):
        text = texts[i % len(texts)]
        lines.append(json.dumps({"id": i, "text": text[: 200 + 7 * i]}, ensure_ascii=i % 2 == 0).encode())
    bad = {
        3: b"not json",
        17: b"[1, 2]",
        18: b'{"id": "no text"}',
        19: b'{"id": "number", "text": 5}',
        255: b"\xff\xfe not UTF-8",
        256: b"",
        257: b"   ",
        300: b'{"id": "crlf", "text": "\\u201cYes,\\u201d he said.\\r\\nOK."}\r',
        401: b'{"text": "no id"}',
        599: b'{"id": "trailing comma",}',
    }
    for at, line in bad.items():
        lines.insert(at, line)
    return b"\n".join(lines) + b"\n"


def run(args, stdin):
    return subprocess.run(args, input=stdin, capture_output=True)


@pytest.mark.parametrize("options", [[], ["--offsets", "utf16"], ["--jobs", "1"], ["--tokens"]])
def test_same_output_as_the_cli(cli, options):
    data = jsonl_input()
    ours = run([sys.executable, "-m", "newsmark", *options], data)
    theirs = run([cli, "--jsonl", *options], data)
    assert ours.returncode == theirs.returncode == 1
    assert ours.stdout == theirs.stdout
    assert ours.stderr.decode() == theirs.stderr.decode()
    records = [json.loads(line) for line in ours.stdout.splitlines()]
    assert len(records) == 610 - 2  # one per non-blank input line
    assert sum("error" in r for r in records) == 6


def test_file_argument_and_a_clean_run(cli, tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"".join(json.dumps({"id": p.name, "text": read_text(p)}).encode() + b"\n" for p in sample_paths()))
    ours = run([sys.executable, "-m", "newsmark", str(path)], b"")
    theirs = run([cli, "--jsonl", str(path)], b"")
    assert ours.returncode == theirs.returncode == 0
    assert ours.stdout == theirs.stdout and ours.stderr == b""
    assert [json.loads(line)["id"] for line in ours.stdout.splitlines()] == [p.name for p in sample_paths()]


def test_usage_and_missing_file_exit_2(cli):
    for args in (["--offsets", "lines"], ["--jobs", "0"], ["--nope"], ["a", "b"], ["/no/such/file.jsonl"]):
        ours = run([sys.executable, "-m", "newsmark", *args], b"")
        theirs = run([cli, "--jsonl", *args], b"")
        assert ours.returncode == theirs.returncode == 2, args
        assert ours.stdout == b""
        assert ours.stderr.decode().splitlines()[0].split(":")[0] == "newsmark"
