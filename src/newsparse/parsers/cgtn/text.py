"""CGTN's text dumps: where the 2019 and 2022+ layouts print section, date, title and credit."""

from __future__ import annotations

import re

from ..._engine.cluster import strong_title_line
from ..._engine.headers import finish_header, free_before
from ..._engine.text import Work, credit_line, mark_dates_and_bylines, mark_title
from ..._fields.bylines import parse_byline
from ..._fields.dates import date_line
from ..._fields.labels import Label

__all__ = ["SECTIONS", "cgtn_header"]

SECTIONS = frozenset(
    name.lower()
    for name in (
        "China", "World", "Opinion", "Opinions", "Business", "Politics", "Sports", "Tech",
        "Tech & Sci", "Sci-Tech", "Science", "Culture", "Culture & Sports", "Travel", "Nature",
        "Society", "Health", "Economy", "Military", "Environment", "Education", "Lifestyle",
        "Entertainment", "Video", "Live", "Picture", "Photos", "Specials", "Features",
        "Asia Pacific", "Asia-Pacific", "Europe", "Africa", "Americas", "North America",
        "Latin America", "Middle East", "Global Business", "Tech & Science",
    )
)  # fmt: skip


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
    free = free_before(w, end)
    strong = [i for i in free if strong_title_line(w, i)]
    title = max(strong, key=lambda i: (w.words[i], -i)) if strong else None
    if title is None:
        after = dates[0] if dates else -1
        title = next((i for i in free if i > after and w.facts.title_like(i)), None)
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
            elif above >= 0 and w.free(above) and w.words[above] <= 3 and w.facts.title_like(above):
                w.mark(above, Label.SECTION, "section.cgtn-line")
                w.set("section", w.lines[above].text, "section.cgtn-line", above)
        # The credit line follows the title, past dates and the section.
        i = title + 1
        skip = (Label.DATE, Label.UPDATED, Label.FURNITURE, Label.SECTION)
        while i < len(w.lines) and w.label(i) in skip:
            i += 1
        if i < len(w.lines) and w.free(i):
            credit_line(w, i, "byline.cgtn-credit")
    _byline_json(w, title)
    _trailing_updated(w)
    finish_header(w)


def _byline_json(w: Work, title: int | None) -> None:
    """The credit's JSON under the title; related stories' JSON elsewhere is no credit."""
    if "byline" in w.fields:
        return
    after = -1 if title is None else title
    for i, value in w.byline_json:
        if after < i < w.body_start:
            byline = parse_byline(value)
            if byline is not None:
                w.set_byline(byline, "byline.json", i)
            return


def _trailing_updated(w: Work) -> None:
    """``Updated 23:16, 21-Jan-2019`` under the story, in a dump that has no header."""
    if "updated" in w.fields:
        return
    tz = w.profile.tz
    for i in range(w.body_start, len(w.lines)):
        if not w.free(i) or w.para[i] or not w.lines[i].text.startswith("Updated"):
            continue
        dm = w.facts.date_line(i, tz)
        if dm is not None and dm.updated:
            w.mark(i, Label.UPDATED, "date.updated-line", dm)
            w.set("updated", dm.value, "date.updated-line", i)
            return
