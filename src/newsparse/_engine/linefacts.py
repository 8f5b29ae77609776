"""Facts about each line of a dump that several passes read, computed once per parse.

The passes (furniture, captions, the header's title, date and byline readers, the
body) ask the same questions of the same lines: how many words, whether the line is
shaped as a title, whether it is a date line. A :class:`LineFacts` answers each once
per line: the word counts for every line up front (every pass reads them), the rest
when first asked (most lines are never asked). Lines never change during a parse, so
an answer stays true; what depends on the parse's state (a date's order of day and
month) is part of the question asked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from .._fields.dates import DateMatch, date_line
from .._input.normalize import word_count

__all__ = ["NO_HEADING_END", "LineFacts", "title_shaped"]

NO_HEADING_END = tuple(".,;:，。；：…।۔،؛")
# A headline may end in an abbreviation's dot: "... in the U.S.", "... at Acme Inc."
_ABBREVIATION_END = re.compile(r"(?:^|[\s.])(?:[A-Z]|Inc|Ltd|Corp|Co|Jr|Sr|Bros)\.$")
_TITLE_FIRST = "\"“‘'«「『("


def title_shaped(text: str, words: int) -> bool:
    """A short line that could be a title, a deck or a subheading, of ``words`` words
    (:func:`~newsparse._engine.text.is_title_like`, the count given)."""
    if not 1 <= words <= 30 or len(text) > 250:
        return False
    if (
        text.endswith(NO_HEADING_END)
        and not text.endswith(("...", "…"))
        and not _ABBREVIATION_END.search(text[-8:])
    ):
        return False
    first = text[0]
    return first.isupper() or first.isdigit() or first in _TITLE_FIRST or not first.isascii()


class LineFacts:
    """The facts of the lines ``texts`` (a dump's lines, in order)."""

    __slots__ = ("_dates", "_title", "texts", "words")

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        #: :func:`word_count` of each line.
        self.words = [word_count(t) for t in texts]
        self._title: list[bool | None] = [None] * len(texts)
        # Keyed by the zone's id (dateutil's zones cannot be hashed), the zone kept with
        # the answer so that a zone freed and its id reused asks anew.
        self._dates: dict[
            tuple[int, int, bool, bool], tuple[dt.tzinfo | None, DateMatch | None]
        ] = {}

    def title_like(self, i: int) -> bool:
        """:func:`~newsparse._engine.text.is_title_like` of line ``i``."""
        known = self._title[i]
        if known is None:
            known = self._title[i] = title_shaped(self.texts[i], self.words[i])
        return known

    def date_line(
        self,
        i: int,
        tz: dt.tzinfo | None,
        *,
        day_first: bool = False,
        month_first: bool = False,
    ) -> DateMatch | None:
        """:func:`~newsparse._fields.dates.date_line` of line ``i`` (the same object each
        time it is asked the same question)."""
        key = (i, id(tz), day_first, month_first)
        known = self._dates.get(key)
        if known is not None and known[0] is tz:
            return known[1]
        found = date_line(self.texts[i], tz, day_first=day_first, month_first=month_first)
        self._dates[key] = (tz, found)
        return found
