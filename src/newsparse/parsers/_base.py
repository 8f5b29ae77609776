"""The parser protocol, and the base class of the built-in text parsers."""

from __future__ import annotations

import functools
import re
from typing import Any, ClassVar, Protocol, runtime_checkable

from lxml import etree

from .._engine.html import Page
from .._engine.text import Profile, run
from .._input.document import Document
from .._model import Article

__all__ = ["Cue", "HtmlCue", "Parser", "ProfileParser"]

#: A detection cue: a pattern searched in the document's text, its weight, and
#: optionally a literal that must occur for the pattern to be tried (a cheap gate).
Cue = tuple["re.Pattern[str]", float] | tuple["re.Pattern[str]", float, str]

#: An HTML cue: an XPath expression, its weight, and optionally literals of which
#: one must occur in some element's class or id for the XPath to be tried (a
#: cheap gate: XPath scans of the whole tree are the slow part of detection).
HtmlCue = tuple[str, float] | tuple[str, float, tuple[str, ...]]


@functools.lru_cache(maxsize=256)
def _xpath(expr: str) -> Any:
    return etree.XPath(expr)


@runtime_checkable
class Parser(Protocol):
    """What every parser, built in or plugin, provides.

    ``detect`` returns a score in [0, 1]: how sure the parser is that the
    document is of its outlet's style. ``parse`` turns the document into an
    :class:`~newsparse.Article` whose ``parser`` is ``name``.
    """

    name: str

    def detect(self, doc: Document) -> float:
        """How sure the parser is that ``doc`` is of its style: 0 (not at all) to 1."""
        ...

    def parse(self, doc: Document) -> Article:
        """Turn ``doc`` into an Article; a field the document does not show is None."""
        ...


def _cue_hits(cue: Cue, text: str, start: int, stop: int) -> bool:
    """Does the cue's pattern occur in ``text[start:stop]``?

    A cue with a literal is searched only in the lines holding that literal
    (cues are line patterns), which spares a regex scan of the whole text.
    """
    if len(cue) == 2:
        return cue[0].search(text, start, stop) is not None
    rx, literal = cue[0], cue[2]
    at = text.find(literal, start, stop)
    while at >= 0:
        line_start = max(start, text.rfind("\n", 0, at) + 1)
        line_end = text.find("\n", at)
        line_end = stop if line_end < 0 or line_end > stop else line_end
        if rx.search(text, line_start, line_end):
            return True
        at = text.find(literal, line_end, stop) if line_end < stop else -1
    return False


class ProfileParser:
    """A parser made of a :class:`Profile` and weighted detection cues."""

    name: ClassVar[str]
    profile: ClassVar[Profile]
    cues: ClassVar[tuple[Cue, ...]] = ()
    url_cue: ClassVar[re.Pattern[str] | None] = None
    #: How much of the text ``detect`` reads: the cues sit near the top and bottom.
    window: ClassVar[int] = 4000

    #: HTML cues: XPath expressions that find the outlet's markup, and their weights.
    html_cues: ClassVar[tuple[HtmlCue, ...]] = ()
    #: Meta cues: patterns searched in the page's site name, canonical URL and title.
    meta_cues: ClassVar[tuple[Cue, ...]] = ()

    def detect(self, doc: Document) -> float:
        if doc.kind == "html":
            return self.detect_html(doc)
        text = doc.text
        # Search the top and the bottom of long dumps, without copying them.
        spans: tuple[tuple[int, int], ...]
        if len(text) > 2 * self.window:
            spans = ((0, self.window), (len(text) - self.window, len(text)))
        else:
            spans = ((0, len(text)),)
        score = 0.0
        for cue in self.cues:
            literal = cue[2] if len(cue) > 2 else None
            for start, stop in spans:
                # The literal's absence settles most cues without a call.
                if literal is not None and text.find(literal, start, stop) < 0:
                    continue
                if _cue_hits(cue, text, start, stop):
                    score += cue[1]
                    break
        if self.url_cue is not None and doc.url and self.url_cue.search(doc.url):
            score += 0.6
        return max(0.0, min(1.0, score))

    def detect_html(self, doc: Document) -> float:
        """A page's score from its URL, its metadata and its markup (not its text)."""
        meta = doc.meta
        url = doc.url or meta.get("canonical")
        score = 0.0
        if self.url_cue is not None and url and self.url_cue.search(str(url)):
            score += 0.6
        signature = " | ".join(str(meta.get(k) or "") for k in ("site_name", "canonical", "title"))
        score += sum(cue[1] for cue in self.meta_cues if cue[0].search(signature))
        root = doc.root
        if root is not None:
            page = meta.get("page")
            names = page.names if isinstance(page, Page) else None
            for cue in self.html_cues:
                if len(cue) > 2 and names is not None and not any(s in names for s in cue[2]):
                    continue  # the XPath cannot match: none of its literals is in the page
                try:
                    if _xpath(cue[0])(root):
                        score += cue[1]
                except Exception:  # a plugin's broken XPath must not stop parsing
                    continue
        return max(0.0, min(1.0, float(score)))

    def parse(self, doc: Document) -> Article:
        if doc.kind == "html":
            return self.parse_html(doc)
        return run(doc, self.profile)

    def parse_html(self, doc: Document) -> Article:
        """An HTML page: the generic markup-aware extractor, under this parser's name."""
        from .._engine.content import generic_html

        return generic_html(doc, self.name, tz=self.profile.tz)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"
