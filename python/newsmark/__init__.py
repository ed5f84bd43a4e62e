"""newsmark: entities, attributed quotes and stances in news articles.

The Rust engine of the newsmark page and CLI, for Python. Every result is a
plain dict in the ``newsmark/1`` schema (docs/SCHEMA.md), with offsets in
Unicode code points by default, so ``text[s["start"]:s["end"]] == s["text"]``
for every span, emoji and CRLF included.
"""

import json

from . import _native

__all__ = ["annotate", "annotate_many", "__version__"]

__version__ = _native.VERSION

_OFFSETS = ("codepoint", "utf16", "utf8")


def _check_offsets(offsets):
    if not isinstance(offsets, str):
        raise TypeError(
            f"offsets must be a str ({', '.join(map(repr, _OFFSETS))}), "
            f"got {type(offsets).__name__}"
        )
    return offsets


def _check_tokens(tokens):
    if not isinstance(tokens, bool):
        raise TypeError(f"tokens must be a bool, got {type(tokens).__name__}")
    return tokens


def _check_threads(threads):
    if threads is None:
        return 0  # the native side's "every core"
    if isinstance(threads, bool) or not isinstance(threads, int):
        raise TypeError(
            f"threads must be a positive int or None, got {type(threads).__name__}"
        )
    if threads < 1:
        raise ValueError(f"threads must be a positive int or None, got {threads}")
    return threads


def annotate(text, offsets="codepoint", *, tokens=False):
    """Annotate one text and return its ``newsmark/1`` annotation as a dict.

    ``text`` is a str. ``offsets`` names the unit of every ``start``/``end``
    in the result: ``"codepoint"`` (default; the CLI's ``chars``, so the
    offsets slice the Python str exactly), ``"utf16"`` (for JavaScript) or
    ``"utf8"`` (bytes of ``text.encode()``). ``tokens=True`` adds each
    sentence's tokens with their syntax. The top-level ``offsets`` key of
    the result names the unit as the schema spells it (``"chars"``,
    ``"utf16"``, ``"bytes"``).

    Raises TypeError (naming the type given) when ``text`` is not a str,
    ValueError for an unknown ``offsets``, and UnicodeEncodeError (a
    ValueError) for a str holding lone surrogates, which no UTF-8 text can.
    The GIL is released while the engine runs.
    """
    if not isinstance(text, str):
        raise TypeError(f"annotate() expects text as a str, got {type(text).__name__}")
    raw = _native.annotate_json(text, _check_offsets(offsets), _check_tokens(tokens))
    return json.loads(raw)


def annotate_many(texts, threads=None, *, offsets="codepoint", tokens=False):
    """Annotate many texts in parallel; return their annotations as a list of
    dicts in input order.

    ``texts`` is an iterable of str (a list, a tuple, a generator, a pandas
    Series of str...). ``threads`` is the number of worker threads: None
    (default) uses every core (``os.cpu_count()``), 1 annotates on the
    calling thread. The GIL is released for the whole batch, so other Python
    threads run meanwhile. ``offsets`` and ``tokens`` are as in
    :func:`annotate`.

    Raises TypeError when ``texts`` is a str or bytes (one text, not many) or
    not iterable, or when an item is not a str (naming its index and type),
    and ValueError for ``threads`` < 1 or an unknown ``offsets``.
    """
    if isinstance(texts, (str, bytes, bytearray)):
        raise TypeError(
            f"annotate_many() expects an iterable of str, got {type(texts).__name__} "
            "(use annotate() for one text)"
        )
    try:
        items = list(texts)
    except TypeError:
        raise TypeError(
            f"annotate_many() expects an iterable of str, got {type(texts).__name__}"
        ) from None
    for i, item in enumerate(items):
        if not isinstance(item, str):
            raise TypeError(
                f"annotate_many() expects an iterable of str, "
                f"got {type(item).__name__} at index {i}"
            )
    raws = _native.annotate_many_json(
        items, _check_offsets(offsets), _check_tokens(tokens), _check_threads(threads)
    )
    return [json.loads(raw) for raw in raws]

