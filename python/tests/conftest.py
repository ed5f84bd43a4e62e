"""Shared helpers: the repository's texts and the native CLI to compare with."""

import os
import pathlib
import subprocess

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]


def read_text(path):
    # newline="" keeps CRLF as it is in the file: the str is what we slice.
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()


def sample_paths():
    """The sample articles (seeds/) and the golden fixtures (tests/fixtures/)."""
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
    assert paths, "no sample articles found"
    return paths


@pytest.fixture(scope="session")
def cli():
    """The path of the native CLI (target/release/newsmark), built if missing."""
    path = pathlib.Path(os.environ.get("NEWSMARK_CLI", ROOT / "target" / "release" / "newsmark"))
    if not path.exists():
        subprocess.run(["cargo", "build", "--release", "--bin", "newsmark"], cwd=ROOT, check=True)
    return str(path)


def spans(value):
    """Every dict with start, end and text in an annotation, nested ones included."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            yield value
        for v in value.values():
            yield from spans(v)
    elif isinstance(value, list):
        for v in value:
            yield from spans(v)
