"""The generic header strategy, and helpers for the outlets' own.

A strategy labels the lines before the body (``Work.body_start``) and sets
``Work.header_end``, where the body pass begins. Outlets keep theirs in
their own module under :mod:`newsparse.parsers`.
"""

from __future__ import annotations

from .._fields.labels import Label
from .._input.normalize import word_count
from .text import (
    Work,
    credit_line,
    is_title_like,
    mark_dates_and_bylines,
    mark_title,
)

__all__ = ["finish_header", "free_before", "generic_header", "next_free", "strong_title"]

_ANCHORS = (Label.DATE, Label.UPDATED, Label.BYLINE, Label.INFO)


def strong_title(text: str) -> bool:
    """Title-like and not a one-word menu item."""
    return is_title_like(text) and (word_count(text) >= 3 or len(text) >= 20)


def free_before(w: Work, end: int) -> list[int]:
    return [i for i in range(end) if w.free(i)]


def finish_header(w: Work) -> None:
    """The header ends after the last line it labelled."""
    labelled = [
        i
        for i in range(min(w.body_start, len(w.lines)))
        if w.marks[i] is not None and w.label(i) not in (Label.FURNITURE, Label.CAPTION)
    ]
    w.header_end = max(labelled) + 1 if labelled else 0


def next_free(w: Work, i: int) -> int | None:
    for j in range(i + 1, len(w.lines)):
        mark = w.marks[j]
        if mark is None:
            return j
        if mark.label is not Label.FURNITURE:
            return None
    return None


def generic_header(w: Work) -> None:
    """Title and deck before the first byline or date line, or at the top."""
    end = w.body_start
    mark_dates_and_bylines(w, end)
    _unprefixed_bylines(w, end)
    anchors = [i for i in range(end) if w.label(i) in _ANCHORS]
    title: int | None = None
    deck: int | None = None
    if anchors:
        run: list[int] = []
        i = anchors[0] - 1
        while i >= 0 and (w.free(i) or w.label(i) in (Label.FURNITURE, Label.CAPTION)):
            if w.free(i):
                run.insert(0, i)
            i -= 1
        run = [i for i in run if is_title_like(w.lines[i].text)]
        if len(run) >= 2 and strong_title(w.lines[run[-2]].text):
            title, deck = run[-2], run[-1]
        elif run and strong_title(w.lines[run[-1]].text):
            title = run[-1]
        else:
            after = [i for i in free_before(w, end) if i > anchors[-1]]
            title = next((i for i in after if strong_title(w.lines[i].text)), None)
    else:
        free = free_before(w, end)
        if free and strong_title(w.lines[free[0]].text):
            title = free[0]
            following = next_free(w, title)
            if following is not None and following < end:
                text = w.lines[following].text
                if word_count(text) >= 4 and (
                    is_title_like(text) or text.endswith((".", "!", "?"))
                ):
                    deck = following
    if title is not None:
        mark_title(w, title, "title.generic")
    if deck is not None:
        w.mark(deck, Label.SUBTITLE, "subtitle.deck")
        w.set("subtitle", w.lines[deck].text, "subtitle.deck", deck)
    finish_header(w)


def _unprefixed_bylines(w: Work, end: int) -> None:
    """``Helena Smith in Athens`` next to a date line is a byline without ``By``.

    Only when a title-like line comes earlier, so that a short headline of
    capitalised words is not read as a name.
    """
    if "byline" in w.fields:
        return
    for i in range(end):
        if w.label(i) not in (Label.DATE, Label.UPDATED):
            continue
        for j in (i - 1, i + 1):
            if not (0 <= j < end and w.free(j)):
                continue
            earlier = any(w.free(k) and strong_title(w.lines[k].text) for k in range(j))
            if (
                earlier
                and 2 <= word_count(w.lines[j].text) <= 8
                and credit_line(w, j, "byline.next-to-date")
            ):
                return
