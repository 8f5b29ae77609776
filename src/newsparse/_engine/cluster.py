"""The byline and date cluster of a generic header: which byline, date and update
lines belong to the headline (those next to it, not a masthead's, a menu's or a
related list's). Where the cluster shows none, ``elsewhere.py`` looks further.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TypeVar

import attrs

from .._fields.bylines import Byline, is_lone_prefix, is_role, parse_byline
from .._fields.dates import (
    DateMatch,
    date_line,
    either_order,
    find_dates,
    month_first_dump,
    published_label,
    published_updated,
    update_label,
)
from .._fields.labels import Label
from .._input.normalize import word_count
from .draft import Contender
from .elsewhere import (
    about_the_author,
    author_box,
    byline_once,
    byline_once_line,
    date_by_byline_once,
    dateline_credit,
    is_author_word,
    name_run_on,
    posted_by,
    published_once,
    signature,
    source_under_prose,
)
from .meta_lines import (
    BIO_OPENING,
    DATES_LINE,
    STAMP,
    WORD,
    YEAR,
    common_words,
    day,
    labelled_byline,
    later,
    loose_anchor,
)
from .name_place import name_comma_place, place_agency
from .text import (
    _DATE_LABELS,
    Work,
    byline_words,
    credit_line,
    date_on_byline,
    day_first,
    mark_dates_and_bylines,
    set_info,
)
from .title_cues import byline_behind
from .titles import (
    _NAME_SEPARATORS,
    after_by,
    name_shaped,
)

"""The byline and date cluster of a generic header: which byline, date and update
lines belong to the headline (those next to it, not a masthead's, a menu's or a
related list's), and where else a dump prints them when none stands there (a
signature under the prose, the one ``By`` line, an author box, the one publication
line).
"""


T = TypeVar("T")


__all__ = [
    "byline_behind_word",
    "cluster",
    "cluster_line",
    "next_free",
    "over_cluster",
    "split_byline",
    "strong_title_line",
]


_ANCHORS = (Label.DATE, Label.UPDATED, Label.BYLINE, Label.INFO)


#: A short lower-case word between a name and its date: ``Jane Doe on May 3``.
_CONNECTOR = re.compile(r"\s+[^\W\d_A-Z]{1,3}$")


_SENTENCE_END = re.compile(r"[.!?。！？…]\s+(?=\S)")


_GLUED = re.compile(r"[a-z]{2,}[A-Z]|^By[A-Z]")


#: The handle that an embedded tweet's signature prints right before its date.
_TWEET_SIGNATURE = re.compile(r"\(@\w+\)\s*$")


#: How far from the headline its byline and date may sit, in lines not furniture.
_BEFORE_TITLE = 3


_AFTER = 8


_BEFORE_PROSE = 12


#: How many free lines under the headline may hold its author's name alone.
_NAME_LINES = 3


#: The most words of a byline glued after a deck's last sentence.
_DECK_BYLINE_WORDS = 14


#: How far under a name its copy is another block's (an author box), in lines.
_FAR_COPY = 30


#: How many paragraphs under the headline end the search for a date inside a line.
_PROSE_BEFORE_DATE = 2


#: How many paragraphs under the headline end the search for a date line.
_PROSE_BEFORE_DATE_LINE = 3


#: The longest line under the headline read for a date after a publication label.
_LABELLED_LINE = 200


_CLUSTER_FIELDS = ("date", "updated", "byline", "authors", "source")


#: Which label gives which field, for the cluster's contenders.
_CONTENDS = {
    Label.DATE: "date",
    Label.UPDATED: "updated",
    Label.BYLINE: "byline",
    Label.INFO: "byline",
}


def strong_title_line(w: Work, i: int) -> bool:
    """Line ``i`` is title-like and not a one-word menu item (read from its facts)."""
    return w.facts.title_like(i) and (w.words[i] >= 3 or len(w.lines[i].text) >= 20)


def next_free(w: Work, i: int) -> int | None:
    for j in range(i + 1, len(w.lines)):
        mark = w.marks[j]
        if mark is None:
            return j
        if mark.label is not Label.FURNITURE:
            return None
    return None


def _cluster_contenders(w: Work, lo: int, hi: int, at: int) -> None:
    """Every date and byline line above the cluster's end, ranked as ``_cluster`` reads
    them: within the cluster the nearest to the headline wins (below it first); a line
    outside the cluster (a masthead's date, a menu's) never does."""
    for i in range(hi):
        mark = w.marks[i]
        field = None if mark is None else _CONTENDS.get(mark.label)
        if field is None or mark is None:
            continue
        distance = abs(i - at)
        where = "at" if i == at else ("below" if i > at else "above")
        lines = "line" if distance == 1 else "lines"
        features = [f"{where} the headline, {distance} {lines}" if i != at else "on the prose"]
        if lo <= i < hi:
            score = -distance + (0.5 if i > at else 0.0)
            features.append(f"cluster ({mark.rule})")
        else:
            score = float("-inf")
            features.append("outside the headline's cluster")
        found = w.fields.get(field)
        won = found is not None and w.lines[i].no in found.lines
        w.draft.contenders.append(Contender(field, w.lines[i].no, score, tuple(features), won))


def split_byline(w: Work, texts: list[str], i: int) -> bool:
    """``By`` alone over the name (or the name under it): a byline on two lines."""
    if not w.free(i):
        return False
    if is_lone_prefix(texts[i]):
        return i + 1 < len(texts) and after_by(i + 1, texts)
    return after_by(i, texts)


def byline_behind_word(w: Work, texts: list[str], i: int) -> bool:
    """``Analysis by Jane Doe``: a byline behind a word, next to the headline as any is."""
    return w.free(i) and not w.para[i] and byline_behind(texts[i])


def cluster_line(w: Work, i: int) -> bool:
    """A reading time: printed with the byline and date, under the headline."""
    mark = w.marks[i]
    return mark is not None and mark.rule == "furniture.reading-time"


def cluster(w: Work, title: int | None, end: int, given: frozenset[str]) -> None:
    """Set date, updated and byline from the lines nearest the headline.

    Without a headline, from those nearest the prose. A date far from both
    (a masthead's today, a menu's or a sidebar's) is not the article's.
    """
    lo, hi = _cluster_span(w, title, end)
    if hi > end:
        mark_dates_and_bylines(w, hi, start=end)
    # Which date and byline count is decided here, from where they sit.
    for field in _CLUSTER_FIELDS:
        if field not in given:
            w.fields.pop(field, None)
    _labels_above(w, lo, hi)
    _unprefixed_bylines(w, lo, hi, title)
    # Nearest the headline first, those below it before those above.
    at = title if title is not None else end
    dated: int | None = None  # the date line that gave the date
    second = False  # whether a second date line was read
    prose = _past_prose(w, max(at, end - 1), hi)
    for i in sorted(range(lo, hi), key=lambda i: (i < at, abs(i - at))):
        mark = w.marks[i]
        if mark is None or mark.data is None:  # a rules file's line: its fields are set
            continue
        if mark.label is Label.BYLINE:
            if i < at and _listed_byline(w, i):
                continue
            w.set_byline(mark.data, mark.rule, i)
            if mark.data.rest:  # "By X • 20 Dec 2025": the date on the byline's line
                date_on_byline(w, i, mark.data.rest, updated_is_date=False)
        elif mark.label is Label.INFO:
            set_info(w, i, mark.data)
        elif mark.label is Label.UPDATED:
            w.set("updated", mark.data.value, mark.rule, i)
        elif mark.label is Label.DATE:
            if i < at and (_listed(w, i, mark.data.value) or _masthead_day(w, i, at)):
                continue  # a related list's date, or a masthead's day, over the headline
            if i >= prose:
                continue  # under the article's first paragraphs: a related item's, a box's
            if _dated_list(w, i, mark.data.value):
                continue  # a list's dated item (the headline chosen may be one of them)
            if mark.rule == "date.published-and-updated":
                w.set("date", mark.data.value, mark.rule, i)
                both = published_updated(
                    w.lines[i].text, w.profile.tz, day_first=day_first(w, w.lines[i].text)
                )
                if both is not None and both[1] is not None:
                    w.set("updated", both[1].value, mark.rule, i)
            elif "date" in w.fields:
                # Only the next date line: the others are a list's (events, related).
                if not second and dated is not None and _second_line_update(w, dated, i, at):
                    w.set("updated", mark.data.value, "date.second-line", i)
                second = True
            else:
                w.set("date", mark.data.value, mark.rule, i)
                dated = i
    if "date" not in w.fields:
        _month_first_line(w, lo, hi, at)
    if "date" not in w.fields:
        _date_in_line(w, lo, hi, at)
    elif dated is not None and "date" not in given:
        # A date inside a line nearer the headline than the date line (``Jane Doe July 3,
        # 2025`` under it, a related list's date lines further down; ``Madrid - 03 nov
        # 2025 - 14:05 CET`` just under it, a masthead's day over it) is the article's.
        _date_in_line(w, lo, hi, at, nearer_than=dated)
    if "date" not in w.fields and "date" not in given and title is not None:
        _labelled_under_title(w, title)
    if "date" not in w.fields and "date" not in given and title is not None:
        _date_by_title_copy(w, title)
    if "byline" not in w.fields and "byline" not in given:
        _byline_beside_date(w, lo, hi, at)
    if "byline" not in w.fields and "byline" not in given and title is not None:
        _name_under_title(w, title, hi)
    if "byline" not in w.fields and "byline" not in given and title is not None:
        name_comma_place(w, title, hi)  # "राहुल शर्मा, नई दिल्ली"
    if "byline" not in w.fields and "byline" not in given and title is not None:
        place_agency(w, title)  # "Nueva York (EFE)", which the caption rules took
    if "byline" not in w.fields and "byline" not in given and title is not None:
        _byline_ending_deck(w, title, given)
    if "byline" not in w.fields and "byline" not in given:
        # No headline: the prose's first paragraphs, where the headline's would stand.
        _by_paragraph(w, title if title is not None else end - 1, given, loose=title is None)
    if "byline" not in w.fields and "byline" not in given and title is not None:
        _byline_by_title_copy(w, title)
    if "byline" not in w.fields and "byline" not in given:
        _name_with_handle(w, lo, hi, at)
    if not ({"byline", "date"} & given) and ("byline" not in w.fields or "date" not in w.fields):
        signature(w)
    if "byline" not in w.fields and "byline" not in given:
        byline_once(w)
        if "date" not in w.fields and "date" not in given:
            _date_on_byline_once(w)
    if "byline" not in w.fields and "byline" not in given:
        posted_by(w, given)
    if "byline" not in w.fields and "byline" not in given:
        author_box(w)
    if "byline" not in w.fields and "byline" not in given:
        about_the_author(w)
    if "byline" not in given:
        name_run_on(w)
    if "source" not in w.fields or "byline" not in w.fields:
        dateline_credit(w, given)  # (the reporters too, where a date line gave the source)
    source_under_prose(w, given)
    found = w.fields.get("date")
    if "date" not in given and (found is None or _weak_date(w, found.lines, found.rule, title)):
        published_once(w, replace=found is not None)
    if "date" not in given and title is None:
        date_by_byline_once(w)  # after a labelled date: that one is surer
    if "date" not in w.fields and "date" not in given:
        _date_under_heading(w)
    for field in ("date", "updated"):
        if field not in given:
            _month_first(w, field)
    _cluster_contenders(w, lo, hi, at)


#: How many lines under a headline's date the prose may start (past a share bar's
#: buttons, each network's name and label, tags, a picture's credit), and how many
#: paragraphs must follow there.
_TO_PROSE = 40
_PROSE_PARAGRAPHS = 3
#: The longest line between (``Filed Under: ...`` with its tags).
_UNDER_HEADING_LINE = 160


def _date_under_heading(w: Work) -> None:
    """Where the headline's cluster gave no date (no headline was found, or a wrong one
    was): the first date line right under a headline-shaped line, or under it and its
    writer's name, the prose starting under it past short lines (``Title`` / ``19
    November 2019`` / share buttons / prose). A related list's pairs (a date line two
    lines over or under too), a comment's date (one paragraph, then the next one's), a
    masthead's day (menus under it, not prose) are not read."""
    tz = w.profile.tz
    n = len(w.lines)
    dates: list[DateMatch | None] = [None] * n
    for i, line in enumerate(w.lines):
        if not w.para[i] and YEAR.search(line.text):
            dates[i] = w.facts.date_line(i, tz, day_first=day_first(w, line.text))
    for j, dm in enumerate(dates):
        if dm is None or dm.updated or j == 0 or w.para[j - 1] or dates[j - 1]:
            continue
        if (j >= 2 and dates[j - 2]) or (j + 2 < n and dates[j + 2]):
            continue  # a list of title / date pairs
        head = _head_over(w, j, dates)
        if not strong_title_line(w, head) or update_label(w.lines[j].text):
            continue
        k = j + 1
        while k <= j + _TO_PROSE and k < n and not w.para[k] and dates[k] is None:
            if len(w.lines[k].text) > _UNDER_HEADING_LINE:
                break  # a teaser: not a share bar's, a tag list's or a credit's line
            k += 1
        end = min(n, k + _PROSE_PARAGRAPHS)
        prose = k < n and all(w.para[m] and dates[m] is None for m in range(k, end))
        # (a masthead's day stands under no writer's name)
        if prose and (head < j - 1 or not _masthead_day(w, j, k)):
            if w.free(j):
                w.mark(j, Label.DATE, "date.under-heading", dm)
            w.set("date", dm.value, "date.under-heading", j)
        return  # only the first: those further down are a list's or a comment's


#: The most words of a writer's name alone on its line.
_NAME_WORDS = 5


def _head_over(w: Work, j: int, dates: list[DateMatch | None]) -> int:
    """The line a date line ``j`` hangs from: the one over it, or over its writer's
    name alone (``Title`` / ``Jane Doe, Staff Writer`` / ``•`` / ``19 November 2019``),
    past separators."""
    i = _past_marks(w, j - 1)
    if i >= 0 and _name_line(w, i):
        i = _past_marks(w, i - 1)
        return i if i >= 0 and not w.para[i] and not dates[i] else j - 1
    return j - 1


def _past_marks(w: Work, i: int) -> int:
    """The first line from ``i`` upwards that holds a letter or a digit."""
    while i >= 0 and not any(c.isalnum() for c in w.lines[i].text):
        i -= 1
    return i


def _name_line(w: Work, i: int) -> bool:
    """Line ``i`` is a writer's name alone (no sentence, no prefix needed)."""
    text = w.lines[i].text
    if w.para[i] or word_count(text) > _NAME_WORDS or YEAR.search(text):
        return False
    byline = parse_byline(text)
    return byline is not None and bool(byline.authors) and not byline.rest


def _month_first_line(w: Work, lo: int, hi: int, at: int) -> None:
    """Where the cluster has no date line: the one nearest the headline left unread
    because either order could read its numbers (``10/12/2023 7:38 PM``, in English),
    read month first when the dump's other numeric dates of that separator put the
    month first (``12/18/2025``)."""
    settled: dict[str, bool] = {}
    for i in sorted(range(lo, hi), key=lambda i: (i < at, abs(i - at))):
        text = w.lines[i].text
        byline = w.label(i) is Label.BYLINE  # (``03/01/2017 by Jane Doe``: its date is asked)
        if not (w.free(i) or byline) or w.para[i] or len(text) > DATES_LINE:
            continue
        separator = either_order(text)
        if separator is None:
            continue
        if separator not in settled:  # (a scan of the dump, once per separator)
            settled[separator] = month_first_dump((line.text for line in w.lines), separator)
        dm = None
        if settled[separator]:
            dm = date_line(text, w.profile.tz, month_first=True) or _date_by_name(w, text)
        listed = i < at and (_listed(w, i, dm.value) or _masthead_day(w, i, at)) if dm else False
        if dm is not None and not dm.updated and not listed:
            if not byline:
                w.mark(i, Label.DATE, "date.month-first", dm)
            w.set("date", dm.value, "date.month-first", i)
            return


def _date_by_name(w: Work, text: str) -> DateMatch | None:
    """The date opening a line whose rest is a ``By`` line: ``03/01/2017 by Jane Doe,
    Candidate Representative`` (read month first, as the caller settled)."""
    found = next(find_dates(text, w.profile.tz, month_first=True), None)
    if found is None or found.start != 0 or found.updated:
        return None
    # (the name before any comma: a role may follow, ``, Candidate Representative``)
    rest = text[found.end :].strip(_NAME_SEPARATORS).split(",")[0]
    return found if parse_byline(rest, require_prefix=True) is not None else None


def _month_first(w: Work, field: str) -> None:
    """The date of ``field`` read again month first, when its line prints it in numbers
    that either order could read (``09.10.2024``, read day first as 9 October) and the
    dump's other numeric dates of that separator put the month first (``11.24.2025``)."""
    found = w.fields.get(field)
    if found is None or not found.lines:
        return
    i = next((i for i, line in enumerate(w.lines) if line.no == found.lines[0]), None)
    if i is None:
        return
    text = w.lines[i].text
    separator = either_order(text)
    if separator is None or not month_first_dump((line.text for line in w.lines), separator):
        return
    tz, first = w.profile.tz, day_first(w, text)
    read = [dm.value for dm in find_dates(text, tz, day_first=first)]
    again = [dm.value for dm in find_dates(text, tz, month_first=True)]
    if len(read) != len(again) or found.value not in read:
        return
    value = again[read.index(found.value)]
    if value == found.value:
        return
    mark = w.marks[i]
    if mark is not None and isinstance(mark.data, DateMatch) and mark.data.value == found.value:
        w.mark(i, mark.label, "date.month-first", attrs.evolve(mark.data, value=value))
    w.fields.pop(field)
    w.set(field, value, "date.month-first", i)


def _weak_date(w: Work, nos: tuple[int, ...], rule: str, title: int | None) -> bool:
    """A date inside a short line that is not right under the headline (there is none,
    or lines stand between): the one date labelled as the publication's beats it."""
    if rule != "date.in-line":
        return False
    if title is None:
        return True
    below = w.past_furniture(title, 1)
    return below >= len(w.lines) or w.lines[below].no not in nos


def _second_line_update(w: Work, dated: int, i: int, at: int) -> bool:
    """A second date line of the cluster is the update when it is later than the date
    and on the same side of the headline: a date over the headline while the article's
    is under it is the masthead's day (``3 ноября 2025`` over the headline, ``3 ноября
    2025, 14:05`` under it), no update."""
    if (dated < at) != (i < at):
        return False
    first, second = _as_mark(w, dated), _as_mark(w, i)
    return first is not None and second is not None and later(second.value, first.value)


#: The fewest words of a title in a list of titles and their dates.
_LISTED_TITLE = 4


def _listed(w: Work, i: int, value: dt.date | dt.datetime) -> bool:
    """Line ``i``, dated ``value``, is one of a list's (``Recent News``: a title, its
    date, a title, its date): a date line of another day stands two lines over or under
    it, a title between (not a label: ``Published`` / a date / ``Updated`` / a date is a
    header's)."""
    for by in (-1, 1):
        between = w.past_furniture(i, by)
        other = w.past_furniture(between, by)
        if not 0 <= other < len(w.lines) or w.label(other) not in _DATE_LABELS:
            continue
        found = _as_mark(w, other)
        title = w.lines[between].text
        if (
            found is not None
            and day(found.value) != day(value)
            and w.label(between) is None
            and word_count(title) >= _LISTED_TITLE
            and not update_label(title)
            and not published_label(title)
        ):
            return True
    return False


def _dated_list(w: Work, i: int, value: dt.date | dt.datetime) -> bool:
    """Date line ``i`` is one of a list's dated items (a date line ``k`` lines apart,
    three times, not all of one day), over or under the headline: the line taken for
    the headline may be an item of that list; its date is not the article's."""
    n = len(w.lines)

    def dated(j: int) -> dt.date | None:
        found = _as_mark(w, j) if 0 <= j < n and w.label(j) in _DATE_LABELS else None
        return None if found is None else day(found.value)

    def other_days(a: int, b: int) -> bool:
        days = {dated(a), dated(b)}
        return None not in days and days != {day(value)}

    return _in_pair_run(i, n, other_days)


#: The longest item of a related list, in lines, whose bylines repeat over the headline.
_LIST_ITEM = 10


_SHAPE_UPPER = re.compile(r"[^\W\d_a-z]+")
_SHAPE_LOWER = re.compile(r"[^\W\d_A-Z]+")
_SHAPE_DIGITS = re.compile(r"\d+")


def _shape(text: str) -> str:
    """A line's shape: its words and numbers as classes, its marks as printed."""
    return _SHAPE_DIGITS.sub("0", _SHAPE_LOWER.sub("a", _SHAPE_UPPER.sub("A", text.strip())))


def _list_shaped(w: Work, i: int) -> bool:
    """Line ``i`` is one item's line of a list (``Jane Doe |July 15, 2025`` under each
    title of a ``Most Popular`` list): three lines of its shape, ``k`` lines apart."""
    shape = _shape(w.lines[i].text)
    n = len(w.lines)
    return _in_run(i, n, lambda j: _shape(w.lines[j].text) == shape)


def _listed_byline(w: Work, i: int) -> bool:
    """Byline line ``i``, over the headline, is one of a related list's (``by Jane Doe``
    / a date / a title, three times over): three bylines of one rule, ``k`` lines apart."""
    mark = w.marks[i]
    rule = None if mark is None else mark.rule
    return _in_run(
        i,
        len(w.lines),
        lambda j: (m := w.marks[j]) is not None and m.label is Label.BYLINE and m.rule == rule,
    )


def _in_run(i: int, n: int, alike: Callable[[int], bool]) -> bool:
    """Line ``i`` is one of three lines ``alike``, ``k`` lines apart (a list's items)."""
    return _in_pair_run(i, n, lambda a, b: alike(a) and alike(b))


def _in_pair_run(i: int, n: int, pair: Callable[[int, int], bool]) -> bool:
    """Line ``i`` and two others ``k`` lines apart from it and each other (a list's three
    items), of which ``pair`` holds."""
    for k in range(2, _LIST_ITEM + 1):
        for a, b in ((-2 * k, -k), (-k, k), (k, 2 * k)):
            if 0 <= i + a < n and 0 <= i + b < n and pair(i + a, i + b):
                return True
    return False


#: The fewest items of a menu, and the most words of one.
_MENU_ITEMS = 3


_MENU_WORDS = 2


#: The longest menu item, and the longest line before the menu (a headline is longer).
_MENU_ITEM = 20


_MENU_LINE = 80


#: How many lines under a masthead's day its menu may end (a logo, a login between).
_MENU_SPAN = 8


def _over_menu(w: Work, i: int, at: int) -> bool:
    """Line ``i`` stands over a menu (three short lines of letters in a row), between it
    and line ``at``: a masthead's day (``30.11.2026`` / ``Home`` / ``News`` / ``Sport``),
    where no headline was found near the date."""
    run = 0
    # (a few lines under the date only: each date line over the headline is asked)
    for j in range(i + 1, min(at, i + 1 + _MENU_SPAN)):
        if w.label(j) is Label.FURNITURE:
            continue
        text = w.lines[j].text
        if w.para[j] or len(text) > _MENU_LINE:
            return False  # the prose (or a headline) first: the menu, if any, is a footer's
        words = text.split()
        # (words of letters only: an icon, a count or a date's own label is no menu item)
        short = 0 < len(words) <= _MENU_WORDS and len(text) <= _MENU_ITEM
        short = short and all(word.isalpha() for word in words) and not published_label(text)
        run = run + 1 if short and w.label(j) is None else 0
        if run >= _MENU_ITEMS:
            return True
    return False


def _masthead_day(w: Work, i: int, at: int) -> bool:
    """Date line ``i`` is a masthead's day over a menu: a bare date, since a masthead
    labels none; one labelled as published (``Updated … / Original …``, ``Posted on …``)
    is the article's, whatever short lines (``Print Article``) follow it."""
    mark = w.marks[i]
    if mark is not None and mark.rule == "date.published-and-updated":
        return False
    return not published_label(w.lines[i].text) and _over_menu(w, i, at)


def _date_on_byline_once(w: Work) -> None:
    """The date printed on the dump's one ``By`` line (``Posted by Jane Doe on August 21,
    2019``), taken far from the headline chosen: that line is the article's header."""
    i = byline_once_line(w)
    mark = None if i is None else w.marks[i]
    if i is not None and mark is not None and isinstance(mark.data, Byline) and mark.data.rest:
        date_on_byline(w, i, mark.data.rest, updated_is_date=False)


def _past_prose(w: Work, at: int, hi: int, count: int = _PROSE_BEFORE_DATE_LINE) -> int:
    """The line before ``hi`` where the paragraphs under line ``at`` (the headline, or the
    line over the prose) number ``count``, else ``hi``: a date line from there on is no
    longer the header's (a short article's related items follow it)."""
    paragraphs = 0
    for j in range(at + 1, hi):
        paragraphs += w.para[j]
        if paragraphs >= count:
            return j
    return hi


def _as_mark(w: Work, i: int) -> DateMatch | None:
    mark = w.marks[i]
    return mark.data if mark is not None and isinstance(mark.data, DateMatch) else None


def _labelled_under_title(w: Work, title: int) -> None:
    """The line right under the headline, opening with a publication label, whatever its
    length and shape: ``Posted by BeauHD on Friday December 19, 2025 @08:00PM from the
    jobs dept.``, ``Posted byJane DoeDecember 30, 2024December 30, 2024Posted inNews``.
    Its dates must be of one day (an update's day after it is left to the other rules)."""
    below = w.past_furniture(title, 1)
    if below >= len(w.lines) or not w.free(below):
        return
    text = w.lines[below].text
    if len(text) > _LABELLED_LINE or not published_label(text):
        return
    found = list(find_dates(text, w.profile.tz, day_first=day_first(w, text)))
    if not found or any(day(f.value) != day(found[0].value) for f in found):
        return
    w.mark(below, Label.DATE, "date.labelled-under-title", found[0])
    w.set("date", found[0].value, "date.labelled-under-title", below)


def _date_by_title_copy(w: Work, title: int) -> None:
    """A headline printed twice (a hero block and the article's own header): the date
    next to its other copy when none is next to the one chosen."""
    text = w.lines[title].text
    for j, line in enumerate(w.lines):
        if j == title or line.text != text:
            continue
        lo, hi = _back(w, j, _BEFORE_TITLE), min(_forward(w, j, _AFTER), len(w.lines))
        for i in sorted(range(lo, hi), key=lambda i: (i < j, abs(i - j))):
            mark = w.marks[i]
            if mark is not None and mark.label is Label.DATE and mark.data is not None:
                w.set("date", mark.data.value, "date.by-title-copy", i)
                return


def _labels_above(w: Work, lo: int, hi: int) -> None:
    """A label alone on the line above its value: ``Written by`` / ``Jane Doe``,
    ``Last updated`` / ``Aug 4, 2025``. Read the two lines as one."""
    for i in range(max(lo, 1), hi):
        if w.label(i) is Label.FURNITURE:
            continue  # (and the walk up past furniture stays one per value line)
        above = w.past_furniture(i, -1)
        if above < lo or not w.free(above) or w.words[above] > 3:
            continue
        label = w.lines[above].text.rstrip(" :")
        mark = w.marks[i]
        if mark is not None and mark.label is Label.DATE and mark.data is not None:
            dm = date_line(
                f"{label} {w.lines[i].text}", w.profile.tz, day_first=day_first(w, w.lines[i].text)
            )
            if dm is not None and dm.updated:
                w.mark(above, Label.UPDATED, "date.label-above")
                w.mark(i, Label.UPDATED, "date.label-above", dm)
        elif w.free(i) and not w.para[i] and w.words[i] <= 6:
            byline = labelled_byline(label, w.lines[i].text)
            if (
                byline is not None
                and parse_byline(label, require_prefix=True) is None
                and not (is_author_word(label) and _data_sheet(w, i))
            ):
                w.mark(above, Label.BYLINE, "byline.label-above")
                w.mark(i, Label.BYLINE, "byline.label-above", byline)


#: How many more label / value pairs under an ``Author`` / name pair make a data sheet.
_SHEET_PAIRS = 2


def _data_sheet(w: Work, i: int) -> bool:
    """Whether the ``Author`` / name pair ending at line ``i`` heads a book's or a product's
    data sheet (``Author`` / ``Mary Shelley`` / ``Publisher`` / ``Penguin`` / ``Pages`` /
    ``320``): more short pairs under it, none of them a date (a byline's ``Published`` /
    date pair is one)."""
    k = i
    for _ in range(_SHEET_PAIRS):
        label = w.past_furniture(k, 1)
        value = w.past_furniture(label, 1)
        if value >= len(w.lines) or w.words[label] > 3 or w.words[value] > 6:
            return False
        if w.para[label] or w.para[value]:
            return False
        text = w.lines[value].text
        if date_line(text, w.profile.tz) or date_line(
            f"{w.lines[label].text} {text}", w.profile.tz
        ):
            return False
        k = value
    return True


def _date_in_line(w: Work, lo: int, hi: int, at: int, *, nearer_than: int | None = None) -> None:
    """A date inside a short line of the cluster (``Jane Doe July 3, 2025``).

    ``nearer_than``: the line of the date set, which the date found replaces when its
    line is nearer the headline (and it is no update)."""

    def key(i: int) -> tuple[bool, int]:
        return (i < at, abs(i - at))

    if nearer_than is not None and nearer_than < at:
        # Over the headline, the date line yields only to a line just under it (further
        # down, a related list's line may hold a date).
        hi = min(hi, _forward(w, at, _BEFORE_TITLE))
    # Under the headline, not past two paragraphs: a tweet's or a quote's signature set
    # into the prose (``— Jane Doe (@jane) November 1, 2019``) is not the article's date.
    hi = _past_prose(w, at, hi, _PROSE_BEFORE_DATE)
    for i in sorted(range(lo, hi), key=key):
        if nearer_than is not None and key(i) >= key(nearer_than):
            return
        if not loose_anchor(w, i):
            continue
        text = w.lines[i].text
        found = _shown_date(
            text, list(find_dates(text, w.profile.tz, day_first=day_first(w, text)))
        )
        if _TWEET_SIGNATURE.search(text, 0, found.start):
            continue  # "— Jane Doe (@jane) November 1, 2019": an embedded tweet's date
        dm = _with_prefix(text, found, w) or found
        if nearer_than is not None:
            if dm.updated:
                return
            w.fields.pop("date", None)
        w.mark(i, Label.UPDATED if dm.updated else Label.DATE, "date.in-line", dm)
        w.set("updated" if dm.updated else "date", dm.value, "date.in-line", i)
        return


def _shown_date(text: str, dates: list[DateMatch]) -> DateMatch:
    """The first of a line's ``dates`` (one at least) that is not a machine's stamp,
    where one follows it: ``By Tom | 2024-04-18T13:00:39+00:00 March 22nd, 2024``
    prints a theme's hidden last update before the date it shows."""
    if len(dates) > 1 and STAMP.match(text, dates[0].start):
        return next((dm for dm in dates if not STAMP.match(text, dm.start)), dates[0])
    return dates[0]


def _byline_beside_date(w: Work, lo: int, hi: int, at: int) -> None:
    """The name printed on a cluster's date line: ``By Jane Doe • March 12, 2025``."""
    for i in sorted(range(lo, hi), key=lambda i: (i < at, abs(i - at))):
        mark = w.marks[i]
        if not (loose_anchor(w, i) or (mark is not None and mark.rule == "date.in-line")):
            continue
        text = w.lines[i].text
        if _attribution(w, i):
            continue
        if _list_shaped(w, i):
            if mark is None:  # a related list's byline: the header's, no author
                w.mark(i, Label.BYLINE, "byline.listed")
            continue
        dates = list(find_dates(text, w.profile.tz, day_first=day_first(w, text)))
        if not dates:
            continue
        before = text[: _prefix_start(text, dates[0], w)]
        tail = text[dates[-1].end :]
        # Read in this order, each only if those before it found none. After the date
        # only a "By" line, or a name printed again: a category or a place may follow.
        byline = (
            _whole_line(text, before)
            or _name_part(before)
            or parse_byline(tail.strip(_NAME_SEPARATORS), require_prefix=True)
            or _name_after_date(w, i, tail)
        )
        if byline is not None:
            if mark is None:
                w.mark(i, Label.BYLINE, "byline.beside-date", byline)
            w.set_byline(byline, "byline.beside-date", i)
            return


#: A dash opening a quotation's attribution (``— Jane Roe``), not followed by ``By``.
_ATTRIBUTION_DASH = re.compile(r"(?i)^\s*(?:[—―–]|--?)\s*(?!by\b)\S")


#: The marks that open or close a quotation.
_QUOTES = "\"“”„«»‘’'「」『』"


def _attribution(w: Work, i: int) -> bool:
    """Line ``i`` signs the quotation above it (``"…"`` / ``— Jane Roe on Sunday,
    October 13th, 2019``): a dash opens it and a paragraph or a quotation stands right
    over it. The quoted person is no author."""
    if not _ATTRIBUTION_DASH.match(w.lines[i].text):
        return False
    above = w.past_furniture(i, -1)
    if above < 0:
        return False
    text = w.lines[above].text.strip()
    return w.para[above] or text[:1] in _QUOTES or text[-1:] in _QUOTES


def _name_after_date(w: Work, i: int, after: str) -> Byline | None:
    """``November 20, 2019 Jane Doe``, ``September 29, 2025/Jane Doe``: a name alone
    after the date, read only when the dump prints it again (an author box, ``More
    from Jane Doe``), since a category or a place may follow a date too."""
    part = after.strip(_NAME_SEPARATORS)
    if not part or not name_shaped(part) or word_count(part) > 3:
        return None
    byline = parse_byline(part)
    if byline is None or byline.source or byline.authors != (part,):
        return None
    if common_words(w, byline.authors) or not _named_again(w, i, part):
        return None
    return byline


def _named_again(w: Work, i: int, name: str) -> bool:
    """``name`` alone on a line other than line ``i`` (``Jane Doe`` over a bio), not only
    in the prose or a heading, where a brand's name is printed too."""
    return any(j != i and line.text.strip() == name for j, line in enumerate(w.lines))


def _whole_line(text: str, before: str) -> Byline | None:
    """The line read as a byline with its date after it, where the byline reader cut
    more than the date's words off (``JANE DOELAST UPDATED``: a label glued to the
    name; ``Jane Doe | Senior Writer | July 2, 2025``: a job title), else None."""
    byline = parse_byline(text)
    if byline is None or not byline.rest:
        return None
    cut = before.strip(_NAME_SEPARATORS)
    return byline if len(byline.printed) < len(cut) and cut.startswith(byline.printed) else None


def _name_part(part: str) -> Byline | None:
    """``By Jane Doe ·`` or ``Jane Doe on``: a byline; a connector or label is not."""
    part = _CONNECTOR.sub("", part.strip(_NAME_SEPARATORS)).strip(_NAME_SEPARATORS)
    if not part:
        return None
    byline = parse_byline(part, require_prefix=True)
    if byline is not None:
        return byline
    if not name_shaped(part):
        # "Jane Doe | Senior Writer |": a name and a job title, the byline's as printed.
        byline = parse_byline(part)
        if byline is None or not byline.authors or not is_role(part):
            return None
        return byline if all(map(name_shaped, byline.authors)) else None
    if any(_GLUED.search(x) for x in part.split()):
        return None  # "Jane DoeUpdated": a name glued to a label, which other rules read
    return parse_byline(part)


def _prefix_start(text: str, found: DateMatch, w: Work) -> int:
    """Where the date's own words (``Last updated on``) begin, before ``found``."""
    start = found.start
    cut = found.start
    for _ in range(3):
        if cut <= 0:
            break
        cut = text.rfind(" ", 0, cut - 1)
        if (
            date_line(text[cut + 1 : found.end], w.profile.tz, day_first=day_first(w, text))
            is not None
        ):
            start = cut + 1
    return start


def _with_prefix(text: str, found: DateMatch, w: Work) -> DateMatch | None:
    """The date read with up to three words before it, which may say it is an update.

    ``Jane Doe Last updated on Aug 2, 2025 by Jane``: ``updated on Aug 2, 2025``.
    """
    cut = found.start
    best = None
    for _ in range(3):
        if cut <= 0:
            break
        cut = text.rfind(" ", 0, cut - 1)
        dm = date_line(text[cut + 1 : found.end], w.profile.tz, day_first=day_first(w, text))
        if dm is not None:
            best = dm
    return best


def _cluster_span(w: Work, title: int | None, end: int) -> tuple[int, int]:
    """The lines around the headline (or before the prose) where its byline and date sit."""
    n = len(w.lines)
    if title is not None:
        # The date lines over the headline count as none: the byline may stand over them;
        # nor do the bits of a line (``•``, ``2`` / ``min read``: a reading time's).
        lo = _back_past_bits(w, title, _BEFORE_TITLE)
        # Past the prose start too: a date under the first paragraph (a deck).
        hi = _forward(w, max(title, end - 1), _AFTER)
    else:
        lo = _back(w, end, _BEFORE_PROSE)
        hi = _forward(w, end - 1, _AFTER) if end < n else n
    return lo, min(hi, n)


def _back_past_bits(w: Work, i: int, count: int) -> int:
    """As :func:`_back` skipping the date lines, and the bits of a line (``•``, ``2``)."""
    while count > 0 and i > 0:
        i -= 1
        label = w.label(i)
        if label is Label.FURNITURE or label in _DATE_LABELS:
            continue
        if not _BIT.fullmatch(w.lines[i].text.strip()):
            count -= 1
    return i


#: A bit of a line: a bullet, a number (not a date: a list's ``12/04/2025`` counts).
_BIT = re.compile(r"[^\w\s]|\d{1,3}")


def _back(w: Work, i: int, count: int, *, skip: frozenset[Label] = frozenset()) -> int:
    """The line ``count`` unlabelled or header lines above ``i`` (furniture skipped, and
    the lines of the labels in ``skip``)."""
    while count > 0 and i > 0:
        i -= 1
        label = w.label(i)
        if label is not Label.FURNITURE and label not in skip:
            count -= 1
    return i


def _forward(w: Work, i: int, count: int) -> int:
    n = len(w.lines)
    while count > 0 and i < n - 1:
        i += 1
        if w.label(i) is not Label.FURNITURE:
            count -= 1
    return i + 1


def _unprefixed_bylines(w: Work, lo: int, hi: int, title: int | None) -> None:
    """``Helena Smith in Athens`` next to a date line is a byline without ``By``.

    Only below the headline (or, with none, below a title-like line), so
    that a short headline of capitalised words is not read as a name.
    """
    if any(w.label(i) in (Label.BYLINE, Label.INFO) for i in range(lo, hi)):
        return
    for i in range(lo, hi):
        dated = w.label(i) in (Label.DATE, Label.UPDATED)
        if dated and _name_beside(w, i, (i - 1, i + 1, i - 2, i + 2), lo, hi, title):
            return
    # Then a short line holding a date, which the cluster reads later (``Wednesday 20
    # November 2019 11:42, UK``), with the name over it, when no date line has a name
    # beside it; not a line that is a byline itself (``Jane Doe July 3, 2025``). Read
    # only now: most dumps stop at a date line above.
    for i in range(lo, hi):
        if (
            w.label(i) is None
            and loose_anchor(w, i)
            and parse_byline(w.lines[i].text) is None
            and _name_beside(w, i, _over_loose(w, i, lo), lo, hi, title)
        ):
            return


def _name_beside(
    w: Work, i: int, near: tuple[int, ...], lo: int, hi: int, title: int | None
) -> bool:
    """Read the first of the ``near`` lines that is a name beside date line ``i`` as the
    byline (see :func:`_unprefixed_bylines`); whether one was."""
    for j in near:
        if not (lo <= j < hi and w.free(j)) or w.para[j]:
            continue
        if abs(j - i) == 2 and not _name_with_role(w, j, (i + j) // 2):
            continue
        if _attribution(w, j):
            continue  # "— Jane Roe" under a quotation, over a date line
        if abs(j - i) == 1 and _role_under_name(w, j, 2 * j - i, lo, hi):
            continue  # "Jane Doe" / "Senior Staff Writer" / date: the name, not the job
        if _menu_item(w, j, lo):
            # "ML Tools" under the date, and in the menu: the category, no body text.
            if j > i and title is not None and j > title:
                w.mark(j, Label.FURNITURE, "header.category")
            continue
        if title is None and _prose_lowers(w, j):
            if j < i:
                return False  # the headline over the date: no name over it is the byline
            continue
        if title is not None:
            # Over the headline, a name whose bio the dump prints (``Jane Doe`` /
            # ``Business`` / date / headline, and ``Jane Doe is a staff writer ...``).
            below = j > title or _bio_later(w, j)
        else:
            below = any(w.free(k) and strong_title_line(w, k) for k in range(lo, j))
        if (
            below
            and 2 <= byline_words(w.lines[j].text) <= 8
            and not _prose_words(w, w.lines[j].text)
            and not _told_of(w, j)
            and credit_line(w, j, "byline.next-to-date")
        ):
            return True
    return False


def _prose_lowers(w: Work, j: int) -> bool:
    """A word of the name on line ``j`` is one the prose prints in lower case: with no
    headline found, the line is the headline (``Nutritional Myths Debunked`` over the
    date, ``nutrition myths`` in the prose), not a name."""
    byline = parse_byline(w.lines[j].text)
    return byline is not None and common_words(w, byline.authors)


#: How many paragraphs under a bare name line are read for the names (see `_told_of`).
_TOLD_OF = 5


def _told_of(w: Work, j: int) -> bool:
    """The name on line ``j`` (no "By" before it) and one on a line beside it are
    names the first paragraphs tell of inside a sentence (``Trinity Academy junior Ben
    Patton added ...``): photo captions stacked over the date, of the story's people,
    not its author. (One name alone may be the author's own, ``I'm Jane Doe``.)"""
    prose: list[str] = []
    for k in range(j + 1, len(w.lines)):
        if w.para[k]:
            prose.append(w.lines[k].text)
            if len(prose) == _TOLD_OF:
                break
    return _named_in(w.lines[j].text, prose) and any(
        0 <= k < len(w.lines) and w.free(k) and not w.para[k] and _named_in(w.lines[k].text, prose)
        for k in (j - 1, j + 1, j - 2, j + 2)
    )


def _named_in(line: str, prose: list[str]) -> bool:
    """The line opens with two capitalised words (a name's first two: a caption adds
    more, ``Ben Patton Trinity``) that a paragraph holds past its start."""
    words = line.split()[:2]
    if len(words) < 2 or not all(word[:1].isupper() and word.isalpha() for word in words):
        return False
    name = " ".join(words)
    return any(name in text and not text.startswith(name) for text in prose)


def _menu_item(w: Work, j: int, lo: int) -> bool:
    """Line ``j``'s words alone on a line over the cluster (a menu's item, a category)."""
    text = w.lines[j].text
    return any(w.lines[k].text == text for k in range(lo))


def _bio_later(w: Work, j: int) -> bool:
    """Line ``j`` is a name that a later paragraph opens with and says the job of
    (``Jane Doe is a Staff Writer at ...``): an author's bio."""
    name = w.lines[j].text.strip()
    if not name_shaped(name):
        return False
    for k in range(j + 1, len(w.lines)):
        text = w.lines[k].text
        if w.para[k] and text.startswith(name + " "):
            opening = WORD.findall(text[len(name) :])[:BIO_OPENING]
            if any(map(is_role, opening)):
                return True
    return False


def _over_loose(w: Work, i: int, lo: int) -> tuple[int, ...]:
    """Where a name stands over a short line holding a date: right over it, or over the
    job title right over it (``Jane Doe`` / ``News reporter @jdoe`` / date)."""
    if i - 2 >= lo and w.free(i - 1) and is_role(_HANDLE.sub("", w.lines[i - 1].text)):
        return (i - 1, i - 2)
    if i - 2 >= lo and w.free(i - 1) and w.words[i - 1] == 1:
        return (i - 1, i - 2)  # "Jane Doe" / "Business" (the section) / date
    return (i - 1,)


_HANDLE = re.compile(r"\s*@\w+")


def _name_under_title(w: Work, title: int, hi: int) -> None:
    """A person's name alone under the headline (or its deck), without ``By``.

    Read as the byline only with a sign that it is one: the name is printed
    again elsewhere in the dump (an author box, ``More from Jane Doe``), a job
    title follows it, or it stands right under the headline over the prose.
    """
    seen = 0
    i = title
    deck = dated = False
    while seen < _NAME_LINES:
        nxt = next_free(w, i)
        if nxt is None and _dated(w, w.past_furniture(i, 1)):
            # The date under the headline, then the name (printed twice: a link to the
            # author and the name, under a line or two).
            i, dated = w.past_furniture(i, 1), True
            continue
        if nxt is None or nxt >= hi:
            return
        if w.para[nxt]:
            if seen or deck:
                return
            # A deck the prose test read as a paragraph: the name may stand under it,
            # with its outlet (``JANE DOE  USA TODAY``).
            i, deck = nxt, True
            continue
        i, seen = nxt, seen + 1
        text = w.lines[i].text
        if text == w.lines[title].text:
            continue
        byline = parse_byline(text) if word_count(text) <= 8 else None
        if byline is None or not byline.authors or not all(map(name_shaped, byline.authors)):
            continue
        if byline.source and not (deck and seen == 1):
            continue
        if deck:
            if (
                byline.source or _role_under(w, i) or _dated_and_boxed(w, i, byline.authors)
            ) and not common_words(w, byline.authors):
                w.mark(i, Label.BYLINE, "byline.name-under-deck", byline)
                w.set_byline(byline, "byline.name-under-deck", i)
            return
        if common_words(w, byline.authors):
            continue  # "Key Takeaways": words the prose uses in lower case are no name
        after = w.past_furniture(i, 1)
        below = w.lines[after].text if after < len(w.lines) else ""
        right_under = seen == 1 and after < len(w.lines) and w.free(after) and w.para[after]
        twice = below == text and byline.authors == (text,)
        if dated:
            # Under the date, only the bare name printed twice: a link to the author
            # and the name (not ``Paycom Blog Contributor``, twice).
            if twice:
                w.mark(i, Label.BYLINE, "byline.name-under-title", byline)
                w.set_byline(byline, "byline.name-under-title", i)
                w.mark(after, Label.FURNITURE, "byline.repeat")
                return
            continue
        if (
            right_under
            or is_role(below)
            or (seen == 1 and _role_after(text, byline.authors[0]))
            or _printed_again(w, i, byline.authors[0])
            # A link to the author and the name; further down, the bare name twice.
            or (below == text and (seen == 1 or twice))
        ):
            w.mark(i, Label.BYLINE, "byline.name-under-title", byline)
            w.set_byline(byline, "byline.name-under-title", i)
            if below == text:
                w.mark(after, Label.FURNITURE, "byline.repeat")
            return


def _dated(w: Work, i: int) -> bool:
    """Line ``i`` is a date line."""
    return i < len(w.lines) and w.label(i) in _DATE_LABELS


def _role_under(w: Work, i: int) -> bool:
    """A job title on the line under line ``i`` (``Jane Doe`` / ``TECH WRITER``)."""
    below = w.past_furniture(i, 1)
    return below < len(w.lines) and w.free(below) and is_role(w.lines[below].text)


def _byline_ending_deck(w: Work, title: int, given: frozenset[str]) -> None:
    """``… growth beyond the U.S. By Jane Doe on Dec. 19, 2025``: the deck under the
    headline with its ``By`` line glued after its last sentence (and the date on it)."""
    deck = next_free(w, title)
    if deck is None:
        return
    text = w.lines[deck].text
    # From the last sentence end back: "on Dec. 19, 2025" ends a sentence of its own.
    for end in reversed(list(_SENTENCE_END.finditer(text))):
        tail = text[end.end() :]
        if word_count(tail) > _DECK_BYLINE_WORDS:
            return
        byline = parse_byline(tail, require_prefix=True)
        if byline is not None and byline.authors:
            break
    else:
        return
    w.set_byline(byline, "byline.ending-deck", deck)
    if byline.rest and "date" not in w.fields and "date" not in given:
        date_on_byline(w, deck, byline.rest, updated_is_date=False)


#: How many paragraphs under the headline (or the prose's start) may hold a dated By line.
_BY_PARAGRAPHS = 3


_LOOSE_SPAN = 12


def _by_paragraph(w: Work, title: int, given: frozenset[str], *, loose: bool = False) -> None:
    """``By Jane Doe on Monday, November 18th, 2019 at 11:04 a.m.``: a ``By`` line with
    its date, long enough to read as a paragraph, right under the headline or its deck
    (the line rules read no paragraph). ``loose``: without a headline, among the prose's
    first paragraphs, past the short lines between them (a quote's attribution)."""
    i = title
    seen = 0
    while seen < _BY_PARAGRAPHS:
        nxt = next_free(w, i)
        if nxt is None or not (w.para[nxt] or (loose and nxt - title <= _LOOSE_SPAN)):
            return
        i = nxt
        if not w.para[i]:
            continue
        seen += 1
        byline = parse_byline(w.lines[i].text, require_prefix=True)
        if byline is not None and byline.authors and byline.rest:
            w.mark(i, Label.BYLINE, "byline.by-paragraph", byline)
            w.set_byline(byline, "byline.by-paragraph", i)
            if "date" not in w.fields and "date" not in given:
                date_on_byline(w, i, byline.rest, updated_is_date=False)
            return


def _byline_by_title_copy(w: Work, title: int) -> None:
    """A headline printed twice (a gallery's and the article's header): the byline next
    to its other copy, a ``By`` line or a name beside a date line, when none is next
    to the one chosen."""
    text = w.lines[title].text
    copies = [j for j, line in enumerate(w.lines) if j != title and line.text == text]
    # The first few copies only: a dump of one line printed again and again stays linear.
    for j in copies[:_COPIES]:
        lo, hi = _back(w, j, _BEFORE_TITLE), min(_forward(w, j, _AFTER), len(w.lines))
        for i in sorted(range(lo, hi), key=lambda i: (i < j, abs(i - j))):
            mark = w.marks[i]
            if mark is not None and mark.label is Label.BYLINE and isinstance(mark.data, Byline):
                w.set_byline(mark.data, "byline.by-title-copy", i)
                return
        _unprefixed_bylines(w, lo, hi, j)
        if "byline" in w.fields:
            return


_COPIES = 3


#: ``Jane Doe @janedoe``, ``Jane Doe@janedoe / 2 days``: a name and its handle.
_NAME_HANDLE = re.compile(r"^(?P<name>[^@]{4,48}?)\s*@\w{2,}(?![\w.@])")


def _name_with_handle(w: Work, lo: int, hi: int, at: int) -> None:
    """A short line of the cluster that is a name and its social handle, without
    ``By``: the handle says it is a person's credit."""
    for i in sorted(range(lo, hi), key=lambda i: (i < at, abs(i - at))):
        if not w.free(i) or w.words[i] > _NAME_HANDLE_WORDS:
            continue
        text = w.lines[i].text
        found = _NAME_HANDLE.match(text)
        if found is None or text.count("@") > 1 or not name_shaped(found.group("name")):
            continue  # "Image Copyright @Label @Label": a picture's credit
        if _CREDIT_WORD.search(found.group("name")):
            continue
        byline = parse_byline(w.lines[i].text)
        if byline is not None and len(byline.authors) == 1:
            w.mark(i, Label.BYLINE, "byline.name-with-handle", byline)
            w.set_byline(byline, "byline.name-with-handle", i)
            return


_NAME_HANDLE_WORDS = 8


_CREDIT_WORD = re.compile(
    r"(?i)\b(?:images?|photo\w*|pictures?|copyright|credits?|fotos?|bild|video)\b"
)


def _role_after(text: str, name: str) -> bool:
    """``Jane Doe, Senior Reporter``, ``Jane DoeFounder at Acme``: a job after the name."""
    if not text.startswith(name):
        return False
    rest = text[len(name) :].strip(_NAME_SEPARATORS)
    return bool(rest) and is_role(rest)


def _prose_words(w: Work, text: str) -> bool:
    """Whether every word of ``text`` (``Healthy Eating Tips``, ``Advertiser
    Disclosure``) is printed in lower case in the dump's prose: a heading's or a
    label's words, no one's name (a name may share one word with the prose, ``Tim
    Green``, not all)."""
    words = {x.lower() for x in WORD.findall(text) if len(x) > 2}
    if not words:
        return False
    seen: set[str] = set()
    read = 0
    for i, line in enumerate(w.lines):
        if w.para[i]:
            seen.update(x for x in WORD.findall(line.text) if x in words)
            if len(seen) == len(words):
                return True
            read += 1
            if read >= _PROSE_SCAN:
                break  # (the article's own prose: a huge dump is read once, not per line)
    return False


#: How many paragraphs :func:`_prose_words` reads.
_PROSE_SCAN = 200


def _printed_again(w: Work, i: int, name: str) -> bool:
    """``name`` in another line of the dump than line ``i`` and its copies next to it
    (a layout printing the header twice); a copy under the prose, far from it, is an
    author box's."""
    text = w.lines[i].text
    return any(
        name in line.text
        and (line.text != text or (j >= w.body_start and j - i > _FAR_COPY and _bio(w, j, name)))
        for j, line in enumerate(w.lines)
    )


def _dated_and_boxed(w: Work, i: int, authors: tuple[str, ...]) -> bool:
    """Line ``i``, a name under a deck, stands over a date line, and the dump's author
    box under the prose prints the name alone over a bio naming the person."""
    below = w.past_furniture(i, 1)
    if len(authors) != 1 or below >= len(w.lines) or w.label(below) not in _DATE_LABELS:
        return False
    name = authors[0]
    return any(
        line.text.strip() == name and j - i > _FAR_COPY and _bio(w, _past_box_label(w, j), name)
        for j, line in enumerate(w.lines)
        if j >= w.body_start
    )


def _past_box_label(w: Work, j: int) -> int:
    """Line ``j``, or the short line under it (``About``, ``Online Editor``) that an
    author box prints between the name and the bio."""
    k = w.past_furniture(j, 1)
    if k < len(w.lines) and not w.para[k] and w.words[k] <= _BOX_LABEL_WORDS:
        return k
    return j


#: The most words of the line between an author box's name and its bio.
_BOX_LABEL_WORDS = 3


def _bio(w: Work, j: int, name: str) -> bool:
    """The line under ``j`` is prose naming the person (``Jane is a reporter ...``)."""
    k = w.past_furniture(j, 1)
    if k >= len(w.lines) or not w.para[k]:
        return False
    words = name.split()
    found = set(WORD.findall(w.lines[k].text))
    return words[0] in found or words[-1] in found


def _role_under_name(w: Work, j: int, k: int, lo: int, hi: int) -> bool:
    """Line ``j`` is a job title and line ``k``, past it from the date, a name."""
    return lo <= k < hi and w.free(k) and is_role(w.lines[j].text) and name_shaped(w.lines[k].text)


def _name_with_role(w: Work, j: int, between: int) -> bool:
    """``Jane Doe`` / ``Senior Editor`` (or a bullet) / date: a name two lines from it
    (``Jan de Vries`` too: a name with its particles)."""
    text = w.lines[j].text.strip()
    if not name_shaped(text):
        byline = parse_byline(text) if " " in text else None
        if byline is None or byline.authors != (text,):
            return False
    mark = w.marks[between]
    if mark is not None:
        return mark.label in (Label.FURNITURE, Label.UPDATED, Label.DATE)
    return not w.para[between] and w.words[between] <= 6


def over_cluster(w: Work, i: int) -> bool:
    """The line under ``i`` (past furniture) is a byline, date or info line."""
    below = w.past_furniture(i, 1)
    return below < len(w.lines) and w.label(below) in _ANCHORS
