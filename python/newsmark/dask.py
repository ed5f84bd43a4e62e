"""newsmark.dask: annotate an archive on Dask, partition by partition.

Two maps over the same engine, each a plain Dask graph (so the scheduler
spreads it over the cluster's workers and retries a failed partition, and no
partition waits for another):

* JSON lines (one ``{"id": ..., "text": ...}`` per line, the CLI's ``--jsonl``
  input): :func:`annotate_bag` over a ``dask.bag`` of lines, or
  :func:`annotate_jsonl` from files to a folder of ``part-*.jsonl`` files,
  one per input block, each line the CLI's output record for that line.
* Parquet (an id column and a text column): :func:`annotate_frame` over a
  ``dask.dataframe``, or :func:`annotate_parquet` from files to a Parquet
  folder with the columns ``id``, ``annotation`` (the ``newsmark/1`` JSON
  text) and ``error``.

Each partition is read, annotated and written by one task; nothing is ever
held whole in memory. Needs ``pip install "dask[distributed,dataframe]"
pyarrow``.
"""

import json

try:
    import dask.bag as db
except ImportError as e:  # the wheel does not require Dask; this module does
    raise ImportError(
        'newsmark.dask needs Dask: pip install "dask[distributed,dataframe]" pyarrow'
    ) from e

from . import _native

__all__ = ["annotate_bag", "annotate_jsonl", "annotate_frame", "annotate_parquet"]

_UNITS = ("chars", "utf16", "bytes", "codepoint", "utf8")


def _check_unit(offsets):
    if not isinstance(offsets, str):
        raise TypeError(f"offsets must be a str, got {type(offsets).__name__}")
    if offsets not in _UNITS:
        raise ValueError(f"unknown offsets {offsets!r}: expected one of {_UNITS}")
    return offsets


def _annotate_lines(lines, partition, offsets, tokens):
    """One partition of JSON lines -> its output lines (the CLI's records).

    A bad line's record is the CLI's ``{"error", "line"}`` plus the
    ``partition`` it came from; ``line`` counts from 1 within the partition.
    """
    (index,) = partition
    raw = [
        line.encode("utf-8", "surrogateescape") if isinstance(line, str) else line
        for line in lines
    ]
    out = []
    for n, record, error in _native.jsonl_lines(raw, 1, offsets, tokens, 1):
        if error is not None:
            record = json.dumps(
                {"error": error, "line": n, "partition": index}, ensure_ascii=False
            )
        out.append(record)
    return out


def annotate_bag(lines, *, offsets="chars", tokens=False):
    """Map a ``dask.bag`` of JSON lines to a bag of output lines (str, no
    newline), partition by partition, in the order of the input.

    Each non-blank line ``{"id": ..., "text": ...}`` gives the CLI's record
    (the id beside the ``newsmark/1`` keys); a bad line gives ``{"error",
    "line", "partition"}``. Each partition is annotated on one thread: the
    workers are the parallelism.
    """
    if not isinstance(lines, db.Bag):
        raise TypeError(f"annotate_bag() expects a dask.bag.Bag, got {type(lines).__name__}")
    _check_unit(offsets)
    n = lines.npartitions
    index = db.from_sequence(range(n), npartitions=n)
    return lines.map_partitions(_annotate_lines, index, offsets=offsets, tokens=tokens)


def annotate_jsonl(src, dst, *, blocksize="16MiB", offsets="chars", tokens=False, compute=True):
    """Annotate JSON-lines files ``src`` (a path, a glob or a list; any
    fsspec URL) into the folder ``dst``: one ``part-NNNNN.jsonl`` per input
    block of ``blocksize`` bytes (None: one per file, needed for compressed
    files). Returns the written paths (or, with ``compute=False``, the
    delayed writes to compute later).

    Lines that are not UTF-8 come back as error records, not as a failed
    partition.
    """
    lines = db.read_text(src, blocksize=blocksize, encoding="utf-8", errors="surrogateescape")
    out = annotate_bag(lines, offsets=offsets, tokens=tokens)
    return out.to_textfiles(
        f"{str(dst).rstrip('/')}/part-*.jsonl",
        name_function=lambda i: f"{i:05d}",
        encoding="utf-8",
        last_endline=True,
        compute=compute,
        errors="surrogateescape",
    )


def _annotate_frame_part(part, text_column, id_column, offsets, tokens):
    import pandas as pd

    texts = part[text_column].tolist()
    good = [i for i, t in enumerate(texts) if isinstance(t, str)]
    raws = _native.annotate_many_json([texts[i] for i in good], offsets, tokens, 1)
    annotation = [None] * len(texts)
    error = ["missing string field \"text\""] * len(texts)
    for i, raw in zip(good, raws):
        annotation[i], error[i] = raw, None
    return pd.DataFrame(
        {
            "id": part[id_column].to_numpy(),
            "annotation": pd.Series(annotation, dtype="string", index=part.index),
            "error": pd.Series(error, dtype="string", index=part.index),
        },
        index=part.index,
    )


def annotate_frame(df, *, text_column="text", id_column="id", offsets="chars", tokens=False):
    """Map a ``dask.dataframe`` with an id and a text column to one with the
    columns ``id``, ``annotation`` (the ``newsmark/1`` JSON text, or None)
    and ``error`` (None, or why the row has no annotation: a text that is
    missing or not a string), partition by partition."""
    import pandas as pd

    for name, column in (("text_column", text_column), ("id_column", id_column)):
        if column not in df.columns:
            raise ValueError(f"{name} {column!r} is not a column of the frame: {list(df.columns)}")
    _check_unit(offsets)
    meta = pd.DataFrame(
        {
            "id": pd.Series([], dtype=df[id_column].dtype),
            "annotation": pd.Series([], dtype="string"),
            "error": pd.Series([], dtype="string"),
        }
    )
    return df.map_partitions(
        _annotate_frame_part, text_column, id_column, offsets, tokens, meta=meta
    )


def annotate_parquet(
    src, dst, *, text_column="text", id_column="id", offsets="chars", tokens=False, compute=True
):
    """Annotate the Parquet dataset ``src`` (a file, a folder or a glob; any
    fsspec URL) into the Parquet folder ``dst``, one output file per input
    partition (a file or row group), reading only the two columns it needs.
    Returns what ``to_parquet`` returns (a delayed write with ``compute=False``)."""
    import dask.dataframe as dd

    df = dd.read_parquet(src, columns=[id_column, text_column])
    out = annotate_frame(
        df, text_column=text_column, id_column=id_column, offsets=offsets, tokens=tokens
    )
    return out.to_parquet(dst, write_index=False, compute=compute)
