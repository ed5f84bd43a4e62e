"""newsmark.annotate and annotate_many: offsets, order, errors, the GIL, and
equality with the CLI."""

import importlib.metadata
import json
import subprocess
import threading
import time

import pytest

import newsmark
from conftest import read_text, sample_paths, spans

# Emoji (astral, with a skin-tone modifier and a ZWJ family), CJK, combining
# marks (decomposed é, a Devanagari conjunct), right-to-left script, CRLF.
HARD = (
    "Keir Starmer 😀 said: “Yes 👍🏽 to 北京.”\r\n\r\n"
    "“Cafe\u0301 is open,” he added. 👨\u200d👩\u200d👧\r\n"
    "The mayor of 東京, Yuriko Koike, said: “नमस्ते and さようなら.”\r\n\r\n"
    "مرحبا “שלום,” said Dr. Ngozi Okonjo-Iweala.\r\n"
)


def test_code_point_offsets_slice_the_python_str():
    a = newsmark.annotate(HARD)
    assert a["schema"] == "newsmark/1" and a["offsets"] == "chars"
    assert a["length"] == len(HARD)
    found = list(spans(a))
    assert len(a["quotes"]) >= 3 and len(found) > 20
    for s in found:
        assert HARD[s["start"]:s["end"]] == s["text"], s
    quotes = [q["text"] for q in a["quotes"]]
    assert "“Yes 👍🏽 to 北京.”" in quotes and "“Cafe\u0301 is open,”" in quotes


def test_utf16_and_utf8_offsets_slice_the_encoded_text():
    for unit, codec, width in (("utf16", "utf-16-le", 2), ("utf8", "utf-8", 1)):
        a = newsmark.annotate(HARD, unit)
        data = HARD.encode(codec)
        assert a["length"] * width == len(data)
        for s in spans(a):
            assert data[s["start"] * width:s["end"] * width].decode(codec) == s["text"], (unit, s)


def test_fixtures_offsets_and_crlf_as_in_the_file():
    for path in sample_paths():
        text = read_text(path)
        crlf = text.replace("\r\n", "\n").replace("\n", "\r\n")
        for t in (text, crlf):
            a = newsmark.annotate(t)
            assert a["length"] == len(t)
            for s in spans(a):
                assert t[s["start"]:s["end"]] == s["text"], (path.name, s)


def test_same_as_the_cli_on_the_sample_articles(cli):
    for path in sample_paths():
        text = read_text(path)
        for args, kwargs in (([], {}), (["--tokens"], {"tokens": True}), (["--offsets", "utf16"], {"offsets": "utf16"})):
            out = subprocess.run([cli, *args, str(path)], capture_output=True, check=True)
            # The same keys in the same order, the same values.
            assert newsmark.annotate(text, **kwargs) == json.loads(out.stdout), (path.name, args)
            assert list(newsmark.annotate(text, **kwargs)) == list(json.loads(out.stdout))


def test_annotate_many_keeps_input_order():
    texts = [read_text(p) for p in sample_paths()] + [HARD, "", "Plain."]
    # Long and short texts mixed, so threads finish out of order.
    texts = [t * (1 + i % 4) for i, t in enumerate(texts * 5)]
    one_by_one = [newsmark.annotate(t) for t in texts]
    assert newsmark.annotate_many(texts) == one_by_one
    assert newsmark.annotate_many(texts, threads=1) == one_by_one
    assert newsmark.annotate_many(iter(texts), threads=3) == one_by_one
    assert newsmark.annotate_many(tuple(texts), threads=64) == one_by_one
    assert newsmark.annotate_many([]) == []
    assert newsmark.annotate_many(texts[:4], offsets="utf16", tokens=True) == [
        newsmark.annotate(t, "utf16", tokens=True) for t in texts[:4]
    ]


def test_annotate_many_releases_the_gil():
    texts = [read_text(p) for p in sample_paths()] * 300
    done = threading.Event()
    worker = threading.Thread(target=lambda: (newsmark.annotate_many(texts, threads=1), done.set()))
    longest, ticks = 0.0, 0
    start = last = time.perf_counter()
    worker.start()
    while not done.is_set():
        now = time.perf_counter()
        longest, last, ticks = max(longest, now - last), now, ticks + 1
        time.sleep(0.001)
    worker.join()
    elapsed = time.perf_counter() - start
    assert elapsed > 0.3, "the batch should take long enough to tell"
    # Held GIL: this thread would stall for the whole batch.
    assert longest < elapsed / 3, (longest, elapsed, ticks)


@pytest.mark.parametrize(
    "call, message",
    [
        (lambda: newsmark.annotate(b"bytes"), "got bytes"),
        (lambda: newsmark.annotate(None), "got NoneType"),
        (lambda: newsmark.annotate(42), "got int"),
        (lambda: newsmark.annotate("x", offsets=3), "got int"),
        (lambda: newsmark.annotate("x", tokens="yes"), "got str"),
        (lambda: newsmark.annotate_many("one text"), "got str"),
        (lambda: newsmark.annotate_many(b"bytes"), "got bytes"),
        (lambda: newsmark.annotate_many(5), "got int"),
        (lambda: newsmark.annotate_many(["a", 1.5]), "got float at index 1"),
        (lambda: newsmark.annotate_many(["a", None, "b"]), "got NoneType at index 1"),
        (lambda: newsmark.annotate_many(["a"], threads="2"), "got str"),
        (lambda: newsmark.annotate_many(["a"], threads=2.0), "got float"),
        (lambda: newsmark.annotate_many(["a"], threads=True), "got bool"),
    ],
)
def test_wrong_types_are_type_errors_naming_the_type(call, message):
    with pytest.raises(TypeError, match=message):
        call()


def test_bad_values_are_value_errors():
    with pytest.raises(ValueError, match="unknown offsets"):
        newsmark.annotate("x", offsets="lines")
    with pytest.raises(ValueError, match="threads"):
        newsmark.annotate_many(["x"], threads=0)
    # A lone surrogate cannot be UTF-8: a UnicodeEncodeError, a ValueError.
    with pytest.raises(UnicodeEncodeError):
        newsmark.annotate("bad \ud800 text")
    with pytest.raises(UnicodeEncodeError):
        newsmark.annotate_many(["fine", "bad \udfff"])


def test_version_is_the_engines(cli):
    out = subprocess.run([cli, "--version"], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == f"newsmark {newsmark.__version__}"
    assert importlib.metadata.version("newsmark") == newsmark.__version__


def test_every_function_has_a_docstring():
    import newsmark.__main__ as main
    import newsmark.dask as nd

    for f in (newsmark.annotate, newsmark.annotate_many, main.main, nd.annotate_bag,
              nd.annotate_jsonl, nd.annotate_frame, nd.annotate_parquet):
        assert f.__doc__ and len(f.__doc__) > 40, f
