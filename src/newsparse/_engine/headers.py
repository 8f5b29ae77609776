"""Header strategies: how each style lays out title, dates and credits.

A strategy labels the lines before the body (``Work.body_start``) and sets
``Work.header_end``, where the body pass begins.
"""

from __future__ import annotations

import re

from .._fields.bylines import parse_byline
from .._fields.dates import date_line
from .._fields.labels import Label
from .._input.normalize import word_count
from .text import (
    Work,
    credit_line,
    is_title_like,
    mark_dates_and_bylines,
    mark_title,
)

__all__ = ["cgtn_header", "chinadaily_header", "generic_header"]

_ANCHORS = (Label.DATE, Label.UPDATED, Label.BYLINE, Label.INFO)


def _strong_title(text: str) -> bool:
    """Title-like and not a one-word menu item."""
    return is_title_like(text) and (word_count(text) >= 3 or len(text) >= 20)


def _free_before(w: Work, end: int) -> list[int]:
    return [i for i in range(end) if w.free(i)]


def _finish(w: Work) -> None:
    """The header ends after the last line it labelled."""
    labelled = [
        i
        for i in range(min(w.body_start, len(w.lines)))
        if w.marks[i] is not None and w.label(i) not in (Label.FURNITURE, Label.CAPTION)
    ]
    w.header_end = max(labelled) + 1 if labelled else 0


_SECTION_DATE = re.compile(
    r"^(?!(?i:updated|published|posted|modified|last)\b)"
    r"(?P<section>[A-Z][\w&'’ -]{1,30}?)\s+(?P<date>\d{1,2}:\d{2}, \d{1,2}-[A-Za-z]{3}-\d{4}|"
    r"\d{4}[.-]\d{2}[.-]\d{2} \d{2}:\d{2}(?: GMT\+8)?)$"
)


def _section_date_lines(w: Work, end: int) -> None:
    """``Asia Pacific 19:49, 21-Jan-2019``: the section and the date on one line."""
    for i in range(end):
        m = _SECTION_DATE.match(w.lines[i].text) if w.free(i) else None
        if m is None:
            continue
        dm = date_line(m.group("date"), w.profile.tz)
        if dm is not None and "date" not in w.fields:
            w.mark(i, Label.DATE, "date.section-and-date", dm)
            w.set("date", dm.value, "date.section-and-date", i)
            w.set("section", m.group("section"), "section.section-and-date", i)
            return


def _is_section(w: Work, i: int) -> bool:
    return w.lines[i].text.lower() in w.profile.sections


def cgtn_header(w: Work) -> None:
    """Section, date, title, ``Updated`` date, credit line (CGTN, 2019 and 2022+).

    The 2022+ layout prints section, date, title, ``Updated`` and credit; the
    2019 templates print ``Section HH:MM, DD-Mon-YYYY`` above the title, or the
    title, section, credit and date in that order. What holds for all: the
    headline is the longest strong line (menus, widgets and credits are
    short), the section is a section name next to the title or a date, and
    the credit line follows the title.
    """
    end = w.body_start
    _section_date_lines(w, end)
    mark_dates_and_bylines(w, end)
    dates = [i for i in range(end) if w.label(i) in (Label.DATE, Label.UPDATED)]
    free = _free_before(w, end)
    strong = [i for i in free if _strong_title(w.lines[i].text)]
    title = max(strong, key=lambda i: (word_count(w.lines[i].text), -i)) if strong else None
    if title is None:
        after = dates[0] if dates else -1
        title = next((i for i in free if i > after and is_title_like(w.lines[i].text)), None)
    if title is not None:
        mark_title(w, title, "title.cgtn")
        if "section" not in w.fields:
            # Neighbours past furniture (an "Advertisement" between section and date).
            near = sorted(
                {
                    j
                    for k in (title, *dates)
                    for j in (w.past_furniture(k, -1), w.past_furniture(k, 1))
                }
            )
            named = [j for j in near if 0 <= j < end and w.free(j) and _is_section(w, j)]
            first_date = dates[0] if dates else -1
            above = w.past_furniture(first_date, -1) if first_date >= 0 else -1
            if named:
                w.mark(named[0], Label.SECTION, "section.cgtn-name")
                w.set("section", w.lines[named[0]].text, "section.cgtn-name", named[0])
            elif (
                above >= 0
                and w.free(above)
                and word_count(w.lines[above].text) <= 3
                and is_title_like(w.lines[above].text)
            ):
                w.mark(above, Label.SECTION, "section.cgtn-line")
                w.set("section", w.lines[above].text, "section.cgtn-line", above)
        # The credit line follows the title, past dates and the section.
        i = title + 1
        skip = (Label.DATE, Label.UPDATED, Label.FURNITURE, Label.SECTION)
        while i < len(w.lines) and w.label(i) in skip:
            i += 1
        if i < len(w.lines) and w.free(i):
            credit_line(w, i, "byline.cgtn-credit")
    if "byline" not in w.fields and w.byline_json:
        i, value = w.byline_json[0]
        byline = parse_byline(value)
        if byline is not None:
            w.set("byline", byline.printed, "byline.json", i)
            w.set("authors", byline.authors, "byline.json", i)
            w.set("source", byline.source, "byline.json", i)
    _finish(w)


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
    free = [i for i in _free_before(w, end) if i > crumb]
    if info is not None and any(i < info for i in free):
        zone = [i for i in free if i < info]
    else:
        zone = free
    title = next((i for i in zone if is_title_like(w.lines[i].text)), None)
    if title is not None:
        mark_title(w, title, "title.chinadaily")
        rest = [i for i in zone if i > title and w.free(i)]
        if rest and (info is None or rest[0] < info) and rest[0] == _next_free(w, title):
            deck = rest[0]
            if info is not None or is_title_like(w.lines[deck].text):
                w.mark(deck, Label.SUBTITLE, "subtitle.deck")
                w.set("subtitle", w.lines[deck].text, "subtitle.deck", deck)
    _finish(w)


def _next_free(w: Work, i: int) -> int | None:
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
        if len(run) >= 2 and _strong_title(w.lines[run[-2]].text):
            title, deck = run[-2], run[-1]
        elif run and _strong_title(w.lines[run[-1]].text):
            title = run[-1]
        else:
            after = [i for i in _free_before(w, end) if i > anchors[-1]]
            title = next((i for i in after if _strong_title(w.lines[i].text)), None)
    else:
        free = _free_before(w, end)
        if free and _strong_title(w.lines[free[0]].text):
            title = free[0]
            following = _next_free(w, title)
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
    _finish(w)


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
            earlier = any(w.free(k) and _strong_title(w.lines[k].text) for k in range(j))
            if (
                earlier
                and 2 <= word_count(w.lines[j].text) <= 8
                and credit_line(w, j, "byline.next-to-date")
            ):
                return
