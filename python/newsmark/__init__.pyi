from typing import Any, Dict, Iterable, List, Literal, Optional

__version__: str

Offsets = Literal["codepoint", "utf16", "utf8", "chars", "bytes"]

def annotate(text: str, offsets: Offsets = "codepoint", *, tokens: bool = False) -> Dict[str, Any]:
    """Annotate one text; return its ``newsmark/1`` annotation as a dict."""

def annotate_many(
    texts: Iterable[str],
    threads: Optional[int] = None,
    *,
    offsets: Offsets = "codepoint",
    tokens: bool = False,
) -> List[Dict[str, Any]]:
    """Annotate many texts on ``threads`` threads (None: every core), in input order."""
