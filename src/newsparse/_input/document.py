"""The common input of every parser: a document as a sequence of lines.

A text dump becomes one :class:`Line` per non-blank line. An HTML page
becomes one line per block of visible text, with the tag and class hints
kept so that parsers can use markup signals as well. ``Line.no`` is the
line's 0-based position in :attr:`Document.text`, which is what
provenance and ``explain`` refer to.
"""

from __future__ import annotations

import contextlib
import warnings
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import attrs

from .._errors import NewsparseWarning
from .normalize import normal_lines, script_of

if TYPE_CHECKING:
    from .._engine.html import Page

__all__ = ["Document", "Line"]


class Line(NamedTuple):
    """One line (text) or block (HTML) of the input, normalised.

    A named tuple: documents hold thousands of lines, and tuples are the
    cheapest immutable records Python has.
    """

    no: int
    text: str
    blank_before: bool = False
    tag: str = ""
    hint: str = ""


@attrs.frozen(slots=True)
class Document:
    """An input ready for parsers: its normalised text and its lines.

    ``root`` is the lxml root element for HTML input (else None); ``meta``
    holds what the reader found outside the visible text (HTML ``<meta>``
    tags, JSON-LD, the ``<title>``); ``page`` is the page's structure as the
    HTML parsers read it (its blocks, metadata and markup statistics).
    """

    kind: Literal["text", "html"]
    text: str
    lines: tuple[Line, ...]
    url: str | None = None
    root: Any = attrs.field(default=None, eq=False, repr=False)
    meta: dict[str, Any] = attrs.field(factory=dict, eq=False, repr=False)
    encoding: str | None = None
    page: Page | None = attrs.field(default=None, eq=False, repr=False)

    @classmethod
    def from_text(
        cls, text: str, *, url: str | None = None, encoding: str | None = None
    ) -> Document:
        """Split a plain-text dump into normalised lines."""
        text, parts = normal_lines(text)
        # A line follows a blank one when the line just above it is empty.
        # tuple.__new__ skips the named tuple's Python-level __new__ (same object).
        new = tuple.__new__
        lines = [
            new(Line, (no, line, no > 0 and parts[no - 1] == "", "", ""))
            for no, line in enumerate(parts)
            if line
        ]
        return cls("text", text, tuple(lines), url=url, encoding=encoding)

    @property
    def script(self) -> str:
        """The dominant script of the document (see :func:`script_of`)."""
        return script_of(self.text[:3000])

    def joined(self, limit: int = 50000) -> str:
        """The first ``limit`` characters of the visible text, for detection."""
        return self.text[:limit]


def clean_url(url: object, default: str | None = None) -> str | None:
    """``url`` stripped of surrounding white space (common in crawl exports);
    ``default`` with a warning when nothing usable is left."""
    if url is None:
        return default
    if isinstance(url, str):
        url = url.strip()
        if url:
            return url
        problem = "an empty url"
    else:
        problem = f"a url that is not a string ({type(url).__name__})"
    # A warning turned into an error (-W error) must not end a run.
    with contextlib.suppress(NewsparseWarning):
        warnings.warn(f"input with {problem}: the url is dropped", NewsparseWarning, stacklevel=2)
    return default
