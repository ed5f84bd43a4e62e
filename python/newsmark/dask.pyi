from typing import Any, List, Optional, Sequence, Union

import dask.bag
import dask.dataframe

_Paths = Union[str, Sequence[str]]

def annotate_bag(lines: dask.bag.Bag, *, offsets: str = "chars", tokens: bool = False) -> dask.bag.Bag:
    """Map a bag of JSON lines to a bag of output lines, partition by partition."""

def annotate_jsonl(
    src: _Paths,
    dst: str,
    *,
    blocksize: Optional[Union[int, str]] = "16MiB",
    offsets: str = "chars",
    tokens: bool = False,
    compute: bool = True,
) -> Any:
    """Annotate JSON-lines files into a folder of part-NNNNN.jsonl files."""

def annotate_frame(
    df: dask.dataframe.DataFrame,
    *,
    text_column: str = "text",
    id_column: str = "id",
    offsets: str = "chars",
    tokens: bool = False,
) -> dask.dataframe.DataFrame:
    """Map a frame of ids and texts to one of id, annotation (JSON text) and error."""

def annotate_parquet(
    src: _Paths,
    dst: str,
    *,
    text_column: str = "text",
    id_column: str = "id",
    offsets: str = "chars",
    tokens: bool = False,
    compute: bool = True,
) -> Any:
    """Annotate a Parquet dataset into a Parquet folder, partition by partition."""
