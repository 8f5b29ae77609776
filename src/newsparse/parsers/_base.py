"""The parser protocol, and the base class of the built-in text parsers."""

from __future__ import annotations

import functools
import re
from typing import Any, Protocol, runtime_checkable

from lxml import etree

from .._engine.draft import Draft, build
from .._engine.rule_selectors import Selector, select
from .._engine.text import Profile, text_draft
from .._input.document import Document
from .._model import Article

__all__ = ["Cue", "HtmlCue", "Parser", "ProfileParser"]

#: A detection cue: a pattern searched in the document's text, its weight, and
#: optionally a literal that must occur for the pattern to be tried (a cheap gate).
Cue = tuple["re.Pattern[str]", float] | tuple["re.Pattern[str]", float, str]

#: An HTML cue: an XPath expression (or a rules file's compiled selector), its weight,
#: and optionally literals of which
#: one must occur in some element's class or id for the XPath to be tried (a
#: cheap gate: XPath scans of the whole tree are the slow part of detection).
HtmlCue = tuple["str | Selector", float] | tuple["str | Selector", float, tuple[str, ...]]


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


@functools.lru_cache(maxsize=256)
def _after_newline(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """``(?m)^X`` as ``(?m)\\nX``: the regex engine scans fast for a literal first
    character, but tries an anchor at every position of the text."""
    if not rx.pattern.startswith("(?m)^"):
        return None
    try:
        return re.compile("(?m)\\n" + rx.pattern[5:], rx.flags)
    except re.error:
        return None


def _search(rx: re.Pattern[str], text: str, start: int, stop: int) -> bool:
    """Does ``rx`` occur in ``text[start:stop]`` (``re`` semantics of pos and endpos)?

    A line-start pattern matches at ``start`` or just after a newline of the
    span, so it is tried there, then found by its newline.
    """
    nl = _after_newline(rx)
    if nl is None:
        return rx.search(text, start, stop) is not None
    if min(start, len(text)) > min(stop, len(text)):
        return False  # (``re`` finds nothing in a span that ends before it starts)
    return rx.match(text, start, stop) is not None or nl.search(text, start, stop) is not None


@functools.lru_cache(maxsize=256)
def _mark(literal: str) -> str:
    """The literal's first punctuation character, or "" if it has none.

    ``str.find`` looks for one character many times faster than for a
    longer string, and punctuation is rarer in a dump than letters: its
    absence settles most cues at that speed.
    """
    if len(literal) < 2:
        return ""
    return next((c for c in literal if not c.isalnum() and not c.isspace()), "")


def _cue_hits(cue: Cue, text: str, start: int, stop: int) -> bool:
    """Does the cue's pattern occur in ``text[start:stop]``?

    A cue with a literal is searched only in the lines holding that literal
    (cues are line patterns), which spares a regex scan of the whole text.
    """
    if len(cue) == 2:
        return _search(cue[0], text, start, stop)
    rx, literal = cue[0], cue[2]
    mark = _mark(literal)
    if mark and text.find(mark, start, stop) < 0:
        return False  # a character of the literal is missing
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
    """A parser made of a :class:`Profile` and weighted detection cues.

    The built-in outlets are subclasses; a rules file compiles into one
    (:class:`~newsparse.rules.RulesParser`). ``parse`` builds the Article
    from ``draft``, the labelled evidence that ``explain`` shows.
    """

    name: str
    profile: Profile
    cues: tuple[Cue, ...] = ()
    url_cue: re.Pattern[str] | None = None
    #: What a matching URL adds to the score.
    url_weight: float = 0.6
    #: How much of the text ``detect`` reads: the cues sit near the top and bottom.
    window: int = 4000

    #: HTML cues: XPath expressions (or compiled selectors) that find the outlet's markup.
    html_cues: tuple[HtmlCue, ...] = ()
    #: Meta cues: patterns searched in the page's site name, canonical URL and title.
    meta_cues: tuple[Cue, ...] = ()
    #: Whether the text cues are searched in an HTML page's visible text too.
    text_cues_in_html: bool = False

    def detect(self, doc: Document) -> float:
        """The sum of the weights of the cues found, and the URL's, clipped to [0, 1]."""
        score = 0.0
        url = doc.url
        if doc.kind != "html" or self.text_cues_in_html:
            # A text's score only grows from here when the URL's weight is not negative.
            score += self._text_score(doc.text, enough=doc.kind != "html" and self.url_weight >= 0)
        if doc.kind == "html":
            score += self._page_score(doc)
            url = url or doc.meta.get("canonical")
        if self.url_cue is not None and url and self.url_cue.search(str(url)):
            score += self.url_weight
        return max(0.0, min(1.0, float(score)))

    def _text_score(self, text: str, enough: bool = False) -> float:
        """The sum of the weights of the cues found in ``text``.

        With ``enough``, the sum may stop at 1 (what detect() clips it to) when no cue
        left can take anything off it (no negative weight).
        """
        # Search the top and the bottom of long dumps, without copying them.
        spans: tuple[tuple[int, int], ...]
        if len(text) > 2 * self.window:
            spans = ((0, self.window), (len(text) - self.window, len(text)))
        else:
            spans = ((0, len(text)),)
        score = 0.0
        cues = self.cues
        for k, cue in enumerate(cues):
            for start, stop in spans:
                if _cue_hits(cue, text, start, stop):
                    score += cue[1]
                    break
            if enough and score >= 1.0 and all(later[1] >= 0 for later in cues[k + 1 :]):
                break
        return score

    def _page_score(self, doc: Document) -> float:
        """A page's score from its metadata and its markup (not its text)."""
        meta = doc.meta
        signature = " | ".join(str(meta.get(k) or "") for k in ("site_name", "canonical", "title"))
        score = sum(cue[1] for cue in self.meta_cues if cue[0].search(signature))
        root = doc.root
        if root is None:
            return score
        names = doc.page.names if doc.page is not None else None
        for cue in self.html_cues:
            if len(cue) > 2 and names is not None and not any(s in names for s in cue[2]):
                continue  # the XPath cannot match: none of its literals is in the page
            try:
                expr = cue[0]
                found = _xpath(expr)(root) if isinstance(expr, str) else select(expr, root)
            except Exception:  # a plugin's broken XPath must not stop parsing
                continue
            if found:
                score += cue[1]
        return score

    def parse(self, doc: Document) -> Article:
        """The Article of ``doc``: the parser's draft, built."""
        return build(self.draft(doc), self.name)

    def draft(self, doc: Document) -> Draft:
        """What the parser finds in ``doc``, labelled (what ``explain`` shows)."""
        if doc.kind == "html":
            return self.html_draft(doc)
        return text_draft(doc, self.profile)

    def html_draft(self, doc: Document) -> Draft:
        """An HTML page: the generic markup-aware extractor, in the profile's time zone."""
        from .._engine.content import generic_html

        return generic_html(doc, tz=self.profile.tz)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"
