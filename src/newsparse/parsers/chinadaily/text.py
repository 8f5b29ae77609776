"""China Daily's text dumps: breadcrumb, title (maybe twice), deck, info line, ``By`` line."""

from __future__ import annotations

from ..._engine.headers import finish_header, free_before, next_free
from ..._engine.text import Work, is_title_like, mark_dates_and_bylines, mark_title
from ..._fields.labels import Label

__all__ = ["chinadaily_header"]


def chinadaily_header(w: Work) -> None:
    """Breadcrumb, title (maybe twice), deck, info line, ``By`` line (China Daily)."""
    end = w.body_start
    mark_dates_and_bylines(w, end, updated_is_date=True)
    info = next(
        (i for i in range(end) if w.label(i) in (Label.INFO, Label.DATE)),
        None,
    )
    crumb = next(
        (i for i in range(end) if w.label(i) is Label.SECTION),
        -1,
    )
    free = [i for i in free_before(w, end) if i > crumb]
    if info is not None and any(i < info for i in free):
        zone = [i for i in free if i < info]
    else:
        zone = free
    title = next((i for i in zone if is_title_like(w.lines[i].text)), None)
    if title is not None:
        mark_title(w, title, "title.chinadaily")
        rest = [i for i in zone if i > title and w.free(i)]
        if rest and (info is None or rest[0] < info) and rest[0] == next_free(w, title):
            deck = rest[0]
            if info is not None or is_title_like(w.lines[deck].text):
                w.mark(deck, Label.SUBTITLE, "subtitle.deck")
                w.set("subtitle", w.lines[deck].text, "subtitle.deck", deck)
    finish_header(w)
