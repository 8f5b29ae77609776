"""Where a dump prints its byline and date away from the headline, when the
header's cluster shows none: a signature under the prose, a post's meta line, the
one ``By`` line, an author box, the one publication line.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import TypeVar

import attrs

from .._fields.bylines import (
    Byline,
    is_lone_prefix,
    is_outlet,
    is_role,
    lead_dateline,
    parse_byline,
    source_credit,
    written_by_sentence,
)
from .._fields.dates import (
    DateMatch,
    date_line,
    find_dates,
    published_label,
    published_lead,
    published_updated,
    update_label,
)
from .._fields.labels import Label
from .._input.normalize import word_count
from .meta_lines import (
    BIO_OPENING,
    DATES_LINE,
    LEAD_IN,
    STAMP,
    WORD,
    YEAR,
    common_words,
    day,
    labelled_byline,
    later,
    loose_anchor,
)
from .text import (
    _DATE_LABELS,
    Work,
    date_on_byline,
    day_first,
    end_of_article,
)
from .titles import (
    name_shaped,
)

T = TypeVar("T")

__all__ = [
    "about_the_author",
    "author_box",
    "byline_once",
    "date_by_byline_once",
    "dateline_credit",
    "posted_by",
    "published_once",
    "signature",
    "source_under_prose",
]


#: The end of a sentence, where a deck's glued byline may start.
#: "CLI", "PinPoint": a product's name, not a person's ("McInnes", "MacDonald" are).
_ACRONYM = re.compile(r"\b[A-Z]{2,}\b|\b(?!Mac[A-Z])[A-Z]?[a-z]{2,}[A-Z]")


#: How many lines (not furniture) under the last paragraph may hold its signature.
_SIGNATURE = 4


#: An author box: the most words of its name line, of a label under it, and how early
#: in the bio the first name stands.
_BOX_NAME_WORDS = 4


_BOX_LABEL_WORDS = 5


_BIO_SUBJECT = 4


#: A post-meta line under the prose: its most characters, and its most words besides
#: the date (``News, Health · Jane Doe · 6 Comments``).
_META_LINE = 100


_META_WORDS = 5


_WHOLE_STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?")


#: The most words of a ``By`` line read under the prose.
_NAME_WORDS = 12


#: The label of a post's links to the posts before and after it, alone on its line.
_POST_NAV = re.compile(
    r"(?i)[«‹←<\s]*(?:(?:article|artículo|entrada|articolo|beitrag|artikel|post)\s+)?"
    r"(?:previous|next|prev|older|newer|précédent|suivant|anterior|siguiente|próximo"
    r"|vorheriger|nächster|precedente|successivo|vorige|volgende|poprzedni|następny|önceki"
    r"|sonraki|предыдущая|следующая|上一篇|下一篇|前の記事|次の記事|이전\s?글|다음\s?글)"
    r"(?:\s+(?:post|article|story|entry|beitrag|artikel|artículo|entrada|articolo|yazı"
    r"|статья|запись))?[\s»›→>:]*"
)


#: Its longest line; how many lines under it show a neighbour (a title, a meta line);
#: how many lines over the first label the post's meta line may stand (past a share
#: bar), and its longest.
_NAV_LABEL = 30


_NAV_ITEM = 2


_NAV_OVER = 3


_NAV_META_LINE = 160


def signature(w: Work) -> None:
    """The byline and date signed under the article's last paragraph, where the header
    shows none: ``Written by Jane Doe`` (a ``By`` line), and a date next to it or
    labelled as the publication's (``Posted on March 3, 2025``); never a bare date
    alone (a related story's), nor an update's. Without those, the date of a post-meta
    line right under the prose (``_date_under_prose``)."""
    last = max(
        (i for i in range(w.body_start, len(w.lines)) if w.free(i) and w.para[i]), default=-1
    )
    if last < 0:
        return
    _signed(w, last)
    if "byline" not in w.fields:
        _signed_at_cut(w)
    if "date" not in w.fields:
        _date_under_prose(w)
    if "date" not in w.fields:
        _date_over_post_nav(w)


def _signed_at_cut(w: Work) -> None:
    """The dashed signature right under the article's last paragraph that the cut of
    the article's end took for the tail under it (``. . . Jane Doe`` over an address)."""
    i = end_of_article(w, w.body_start)
    if i >= len(w.lines) or not w.free(i):
        return
    last = _prev_text(w, i)
    if last < 0 or not w.para[last]:
        return
    byline = _dash_signature(w, last, w.lines[i].text)
    if byline is not None and byline.authors:
        w.mark(i, Label.BYLINE, "byline.signature", byline)
        w.set_byline(byline, "byline.signature", i)


def _signed(w: Work, last: int) -> None:
    """The signature's byline and date under the last paragraph ``last``."""
    tz = w.profile.tz
    need_byline, need_date = "byline" not in w.fields, "date" not in w.fields
    signed = -1
    i, seen = last, 0
    while seen < _SIGNATURE:
        i = w.past_furniture(i, 1)
        if i >= len(w.lines):
            return
        if not w.free(i):
            if need_date:
                _date_beside_signature(w, i)
            return
        seen += 1
        text = w.lines[i].text
        byline = parse_byline(text, require_prefix=True) if signed < 0 else None
        if byline is None and seen == 1:
            byline = _dash_signature(w, last, text)
        dm = None if byline is not None else date_line(text, tz, day_first=day_first(w, text))
        if byline is not None:
            signed = i
            if need_byline and (not byline.rest or _one_dated_by(w, byline)):
                w.mark(i, Label.BYLINE, "byline.signature", byline)
                w.set_byline(byline, "byline.signature", i)
                need_byline = False
                if byline.rest and need_date:
                    # "Posted by Jane Doe on 2025-12-18 in News": the post's meta line.
                    date_on_byline(w, i, byline.rest, updated_is_date=False)
                    need_date = "date" not in w.fields
        elif (
            dm is not None
            and need_date
            and not dm.updated
            and (published_label(text) or (signed >= 0 and i - signed <= 2))
        ):
            w.mark(i, Label.DATE, "date.signature", dm)
            w.set("date", dm.value, "date.signature", i)
            need_date = False
        if not (need_byline or need_date):
            return


#: A name signed after a dash under the last paragraph: "— Jane Doe", "-- Jana Beispiel",
#: or after an ellipsis, a column's sign-off (". . . Jane Doe", "… Jane Doe").
_DASH_SIGNED = re.compile(r"^\s*(?:[—–―]|--|\.\s?\.\s?\.|…)\s*(?P<name>[^\W\d_].{2,40}?)\s*$")


def _one_person(text: str) -> Byline | None:
    """``text`` read as one person's name and nothing else (no job, no outlet), else None."""
    byline = parse_byline(text)
    if byline is None or byline.source is not None or byline.authors != (text,):
        return None
    return byline


#: Quotation marks that close a quote, whose speaker a dash under it names.
_QUOTE_ENDS = "\"”»“’'「」』"


def _dash_signature(w: Work, last: int, text: str) -> Byline | None:
    """A name alone after a dash right under the last paragraph ``last``: the writer's
    signature, unless the paragraph is a quote (its speaker's attribution) or the prose
    names the person elsewhere (a quoted person, not the writer)."""
    found = _DASH_SIGNED.match(text)
    if found is None:
        return None
    name = found.group("name")
    byline = _one_person(name)
    if byline is None:
        byline = parse_byline(name)  # "— Reuters": the source
        if byline is None or byline.authors or byline.source != name:
            return None
    if w.lines[last].text.rstrip(" .").endswith(tuple(_QUOTE_ENDS)):
        return None
    surname = name.split()[-1]
    prose = (w.lines[k].text for k in range(w.body_start, last + 1) if w.para[k])
    if any(surname in line for line in prose):
        return None
    return byline


def _date_beside_signature(w: Work, i: int) -> None:
    """The date of line ``i`` when it gave the article's byline (``Иван Петров, 3 мая
    2024``, under the last paragraph): the signature's date, when the line has one day
    and no update."""
    found = w.fields.get("byline")
    mark = w.marks[i]
    if found is None or w.lines[i].no not in found.lines or mark is None:
        return
    if mark.label is not Label.BYLINE or update_label(w.lines[i].text):
        return
    text = w.lines[i].text
    dates = list(find_dates(text, w.profile.tz, day_first=day_first(w, text)))
    if dates and all(day(dm.value) == day(dates[0].value) for dm in dates):
        w.set("date", dates[0].value, "date.signature", i)
    elif not dates:
        _dateline_under_signature(w, i)


#: A place before a signature's date: ``Madrid - 03 may 2024 - 17:47 CEST``.
_PLACE_DASH = re.compile(r"^[^\W\d_][^\d|]{0,30}?\s[-–—]\s")


def _dateline_under_signature(w: Work, i: int) -> None:
    """The signature's name alone on line ``i`` and its date on the next line, alone
    or after a place (``Lucía Romero`` / ``Madrid - 03 may 2024 - 17:47 CEST``)."""
    j = i + 1
    if j >= len(w.lines) or w.para[j] or w.label(j) not in (None, Label.FURNITURE):
        return
    text = w.lines[j].text
    place = _PLACE_DASH.match(text)
    rest = text[place.end() :] if place else text
    dm = date_line(rest, w.profile.tz, day_first=day_first(w, text))
    if dm is not None and not dm.updated and not update_label(text):
        w.mark(j, Label.DATE, "date.signature", dm)
        w.set("date", dm.value, "date.signature", j)


#: A post's meta line: ``Posted by Jane Doe on 2025-12-18 in News. Tags: …``.
_POSTED_BY = re.compile(r"(?i)^(?:posted|published|written)\s+by\b")


def posted_by(w: Work, given: frozenset[str]) -> None:
    """The post's meta line under the prose, wherever a theme prints it (past the
    comments' box, in its footer): a dated ``Posted by`` line, the one of the dump
    (a comment's line names another person)."""
    lines = (
        (i, byline)
        for i in range(w.body_start, len(w.lines))
        if word_count(w.lines[i].text) <= 2 * _NAME_WORDS and _POSTED_BY.match(w.lines[i].text)
        for byline in [parse_byline(w.lines[i].text, require_prefix=True)]
        if byline is not None and byline.authors and byline.rest
    )
    one = _only_one(lines, lambda b: b.authors)
    if one is None or not _one_dated_by(w, one[1]):
        return
    i, byline = one
    w.mark(i, Label.BYLINE, "byline.posted-by", byline)
    w.set_byline(byline, "byline.posted-by", i)
    if "date" not in w.fields and "date" not in given and byline.rest:
        date_on_byline(w, i, byline.rest, updated_is_date=False)


def _one_dated_by(w: Work, byline: Byline) -> bool:
    """Whether every dated ``By`` line under the prose's start names the people of
    ``byline``: a post's meta line (``Posted by Jane Doe on 2025-12-18``), where the
    comments' lines (``by John Roe on May 3, 2025``) name others."""
    for i in range(w.body_start, len(w.lines)):
        text = w.lines[i].text
        if w.para[i] and word_count(text) > _NAME_WORDS * 2:
            continue  # (a paragraph too long for a meta line)
        other = parse_byline(text, require_prefix=True)
        if other is not None and other.rest and other.authors != byline.authors:
            return False
    return True


def _date_under_prose(w: Work) -> None:
    """The post's meta line right under a paragraph of the body, where the header
    shows no date: one date and a few words around it (``June 9, 2020 · 6 Comments``,
    a theme's ``NewsJane DoeMarch 3, 2025Comment`` glued). Only when the dump has one
    such day, and every other date of the dump is on or after it (the comments',
    printed under it): an earlier one is a list's, an archive's or another post's,
    and the line may be theirs too."""
    # Two such lines of different days are a list's (a title, its blurb, its date).
    one = _only_one(_meta_lines(w), lambda dm: day(dm.value))
    if one is None:
        return
    i, found = one
    if any(later(found.value, dm.value) for _, dm in _other_dates(w, i)):
        return
    w.mark(i, Label.DATE, "date.under-prose", found)
    w.set("date", found.value, "date.under-prose", i)
    _name_glued_to_date(w, i, _WHOLE_STAMP.sub(" ", w.lines[i].text), found)


def _meta_lines(w: Work) -> Iterator[tuple[int, DateMatch]]:
    """The post-meta lines right under a paragraph of the body (past furniture)."""
    for i in range(w.body_start, len(w.lines)):
        if not w.free(i) or w.para[i]:
            continue
        above = w.past_furniture(i, -1)
        if above >= w.body_start and not w.para[above] and _tag_line(w, above):
            above = w.past_furniture(above, -1)  # ``Tags: a, b`` between the prose and it
        if above < w.body_start or not w.para[above]:
            continue
        found = _meta_date(w, i)
        if found is not None:
            yield i, found


#: A post's labelled list of tags or categories: ``Tags: Helena, smart thermostat``,
#: ``Schlagwörter: Radwege, Stadtrat``, ``标签：骑行``.
_TAG_LINE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)?\s?[:：]\s*[^\W\d_]")

#: The same list after a bar, ending a post-meta line: ``… | Categories: Helena, MT``.
_TAGS_AFTER = re.compile(r"\s[|·•]\s*[^\W\d_]+\s?[:：].*")


def _tag_line(w: Work, i: int) -> bool:
    """Line ``i`` is a post's labelled list of tags (a label, a colon, words): no date."""
    text = w.lines[i].text
    return (
        w.free(i)
        and len(text) <= _META_LINE
        and _TAG_LINE.match(text) is not None
        and YEAR.search(text) is None
    )


def _meta_date(w: Work, i: int) -> DateMatch | None:
    """The one date of line ``i`` when it is a post-meta line: short, a few words
    besides the date (a category, a name, a count of comments), no update."""
    text = w.lines[i].text
    if len(text) > _META_LINE:
        return None
    # A machine's stamp is a theme's hidden last update: alone, it says nothing; beside
    # the date the theme shows (``Tom2024-04-18T13:00:39+00:00March 22nd, 2024|News|``),
    # that date is the publication's.
    text = _WHOLE_STAMP.sub(" ", text)
    dates = list(find_dates(text, w.profile.tz, day_first=day_first(w, text)))
    if len(dates) != 1 or update_label(text):
        return None
    dm = dates[0]
    # (a labelled list after a bar is the theme's: ``… | Categories: Helena, MT, HVAC |``)
    after = _TAGS_AFTER.sub("", text[dm.end :]).rstrip()
    # (a comma before the date is a weekday's or a place's: ``Monday, August 11th, 2025``)
    end = after if after else text[: dm.start].rstrip().rstrip(",，")
    if word_count(text[: dm.start] + " " + after) > _META_WORDS or end.endswith(LEAD_IN):
        return None  # a sentence, or a list's opening: ``As of July 31, 2025, we had:``
    return dm


def _other_dates(w: Work, at: int) -> Iterator[tuple[int, DateMatch]]:
    """The dates of the dump's short lines (not paragraphs) other than line ``at``, and
    other than those of a post navigation's neighbours (other posts', of any day)."""
    tz = w.profile.tz
    neighbours = frozenset(i for _, items in _post_navs(w) for i in items)
    for i, line in enumerate(w.lines):
        if i == at or w.para[i] or len(line.text) > _META_LINE or i in neighbours:
            continue
        text = line.text
        for dm in find_dates(text, tz, day_first=day_first(w, text)):
            yield i, dm


def _date_over_post_nav(w: Work) -> None:
    """The post's meta line right over its navigation to the posts before and after it
    (``NewsJane DoeMarch 3, 2025Comment``, a share bar, then ``Previous`` / a title /
    its meta line, ``Next`` / a title / its meta line), where the header shows no date.
    The neighbours' meta lines show the template: a date each, and this post's day
    lies between theirs (they are the posts published before and after it)."""
    navs = _post_navs(w)
    if not navs:
        return
    first, _ = navs[0]
    tz = w.profile.tz
    around = [
        dm.value
        for _, items in navs
        for i in items
        for dm in find_dates(w.lines[i].text, tz, day_first=day_first(w, w.lines[i].text))
    ]
    for i in range(first - 1, max(first - 1 - _NAV_OVER, -1), -1):
        text = w.lines[i].text
        if w.para[i] or len(text) > _NAV_META_LINE or STAMP.search(text):
            return
        dates = list(find_dates(text, tz, day_first=day_first(w, text)))
        if not dates:
            continue  # a share bar's counts (``Facebook0 Twitter 0 Likes``)
        if len(dates) != 1 or update_label(text) or not _between(dates[0].value, around):
            return
        if w.free(i):
            w.mark(i, Label.DATE, "date.over-post-nav", dates[0])
        w.set("date", dates[0].value, "date.over-post-nav", i)
        _name_glued_to_date(w, i, text, dates[0])
        return


#: Where a theme's spans meet without a space in the copy: a lower-case letter, then a
#: capital (``ParentingAshurina``, ``Parenting, MatrescenceAshurina``).
_SPANS_MEET = re.compile(r"(?<=[a-z\u00df-\u00ff])(?=[A-Z\u00c0-\u00de])")

#: At most this many words in the categories printed before the name.
_CATEGORY_WORDS = 4


def _name_glued_to_date(w: Work, i: int, text: str, dm: DateMatch) -> None:
    """The author on the post's meta line whose date a rule just read, where the spans
    of the theme's line meet without spaces (``lifestyleChristy GammelFebruary 3,
    2026Comment``): the words glued before the date, past the categories glued before
    them, when they read as one person's name (never the prose's words)."""
    head = text[: dm.start]
    if "byline" in w.fields or not head[-1:].isalpha():
        return  # the date is not glued to a name: ``June 9, 2020 · 6 Comments``
    for cut in [0, *(m.start() for m in _SPANS_MEET.finditer(head))]:
        before, name = head[:cut], head[cut:].strip()
        if _DIGITS.search(before) or word_count(before) > _CATEGORY_WORDS:
            continue
        byline = _one_person(name)
        if byline is not None and len(name.split()) >= 2 and not common_words(w, byline.authors):
            w.set_byline(byline, "byline.glued-to-date", i)
            return


_DIGITS = re.compile(r"\d")


def _between(value: dt.date | dt.datetime, around: list[dt.date | dt.datetime]) -> bool:
    """Whether the day ``value`` lies between the neighbours' days (the one's, or the
    two's; with more, the navigation is a list's)."""
    days = sorted({day(v) for v in around})
    return 1 <= len(days) <= 2 and (len(days) == 1 or days[0] <= day(value) <= days[-1])


def _post_navs(w: Work) -> list[tuple[int, range]]:
    """The labels of a post's navigation to its neighbours (``Previous``, ``Next post``),
    each with the lines under it that show a neighbour (its title and meta line)."""
    navs = []
    for i, line in enumerate(w.lines):
        if len(line.text) <= _NAV_LABEL and _POST_NAV.fullmatch(line.text.strip()):
            navs.append((i, range(i + 1, min(i + 1 + _NAV_ITEM, len(w.lines)))))
    return navs


def byline_once(w: Work) -> None:
    """The one ``By`` line of the dump (``Written by Jane Doe`` over an author box, or
    over the prose but far from the headline chosen), where the header shows no
    byline: with two people's (a related list's, the comments'), none."""
    one = _only_one(_by_lines(w), lambda b: b.authors)
    if one is not None:
        i, byline = one
        if w.free(i) and not w.para[i]:  # (a sentence saying who wrote it stays prose)
            w.mark(i, Label.BYLINE, "byline.once", byline)
        w.set_byline(byline, "byline.once", i)


#: How many lines (past blank ones) over or under the one ``By`` line its date may sit.
_BY_DATE_LINES = 2


def byline_once_line(w: Work) -> int | None:
    """The line of the byline ``byline_once`` set, if that rule set it."""
    byline = w.fields.get("byline")
    if byline is None or byline.rule != "byline.once":
        return None
    return next((k for k, line in enumerate(w.lines) if line.no in byline.lines), None)


def date_by_byline_once(w: Work) -> None:
    """Where no headline was found, the date line beside the one ``By`` line
    (``January 5, 2026`` / a section / ``By: Jane Doe``): the header's cluster, found
    from its byline. With two dates there (a list's), or an update's, none."""
    i = byline_once_line(w)
    if "date" in w.fields or i is None:
        return
    tz = w.profile.tz
    near = [j for j in range(i - _BY_DATE_LINES, i + _BY_DATE_LINES + 1) if j != i]
    dates = []
    for j in near:
        if not 0 <= j < len(w.lines) or w.para[j]:
            continue
        text = w.lines[j].text
        if (dm := date_line(text, tz, day_first=day_first(w, text))) is not None:
            dates.append((j, dm))
    if len(dates) != 1 or dates[0][1].updated or update_label(w.lines[dates[0][0]].text):
        return
    j, dm = dates[0]
    if w.free(j):
        w.mark(j, Label.DATE, "date.by-byline-once", dm)
    w.set("date", dm.value, "date.by-byline-once", j)


def _by_lines(w: Work) -> Iterator[tuple[int, Byline]]:
    """The ``By`` lines over the prose's start that the cluster did not take, and the
    short lines under it that read as one."""
    for i in range(len(w.lines)):
        mark = w.marks[i]
        if mark is not None and mark.rule == "byline.prefixed" and isinstance(mark.data, Byline):
            if mark.data.authors and (mark.data.rest or _dated_beside(w, i)):
                yield i, mark.data  # (a menu's "Door & Window Sensors" has no date)
            continue
        if i < w.body_start or not w.free(i):
            continue
        text = w.lines[i].text
        # "This post was written by Jane Doe, Head of Marketing": a paragraph's shape.
        written = written_by_sentence(text)
        if word_count(text) > _NAME_WORDS * (2 if written else 1) or (w.para[i] and not written):
            continue
        if is_lone_prefix(text):  # "Written by" over the name
            below = w.past_furniture(i, 1)
            if below >= len(w.lines) or not w.free(below) or w.para[below]:
                continue
            byline = labelled_byline(text.rstrip(" :："), w.lines[below].text)
        else:
            byline = parse_byline(text, require_prefix=True)
            if byline is None and written:
                # "... by Jane Doe, a freelance writer who covers city hall.": the
                # sentence's name, before the words about the person.
                byline = parse_byline(text.split(",", 1)[0], require_prefix=True)
        if byline is not None and byline.authors:
            yield i, byline


def _dated_beside(w: Work, i: int) -> bool:
    """A short line holding a date right over or under line ``i`` (past furniture)."""
    for j in (w.past_furniture(i, -1), w.past_furniture(i, 1)):
        if not 0 <= j < len(w.lines) or w.para[j]:
            continue
        if w.label(j) in _DATE_LABELS or loose_anchor(w, j):
            return True
    return False


def _only_one(found: Iterator[tuple[int, T]], key: Callable[[T], object]) -> tuple[int, T] | None:
    """The first of ``found`` when all of them share one ``key``; None when two differ
    (read no further) or there is none."""
    first: tuple[int, T] | None = None
    for item in found:
        if first is None:
            first = item
        elif key(item[1]) != key(first[1]):
            return None
    return first


def author_box(w: Work) -> None:
    """A name alone on its line under the prose's start, over its bio: the prose right
    under it (past one short line: ``Author``, ``Senior Editor``) names the person by
    the first name early on (``Jane is a reporter ...``, ``Hi, I'm Jane!``). With boxes
    of two people (a team's page, the comments), none; nor when the prose prints the
    name's words in lower case ("Apple Watch" over "The Apple Watch is ...": a
    subheading)."""
    names = (
        (i, byline)
        for i in range(w.body_start, len(w.lines))
        if w.free(i) and not w.para[i] and word_count(w.lines[i].text) <= _BOX_NAME_WORDS
        for byline in [_box_name(w, i)]
        if byline is not None
    )
    boxes = list(names)
    one = _only_one(iter(boxes), lambda b: b.authors)
    if one is None and _co_author_boxes(w, boxes):
        return
    # Checked once, not for each box: the scan of the prose is the dump's length.
    if one is not None and not common_words(w, one[1].authors):
        i, byline = one
        w.mark(i, Label.BYLINE, "byline.author-box", byline)
        w.set_byline(byline, "byline.author-box", i)
    elif one is None:
        _one_word_box(w)
        if "byline" not in w.fields:
            _name_and_job_box(w)


#: The most words of a box's line that prints the name and the job together.
_NAME_JOB_WORDS = 12


def _name_and_job_box(w: Work) -> None:
    """A name and its job on one line (``Jane Doe UK-based Systems Theorist & Technology
    Writer``) over a bio that opens with the first name (``Jane explores ...``): the
    job line says what the person does, so the bio need not."""
    found = None
    for i in range(w.body_start, len(w.lines)):
        text = w.lines[i].text.strip()
        if not w.free(i) or w.para[i] or not 4 <= word_count(text) <= _NAME_JOB_WORDS:
            continue
        words = text.split()
        if not is_role(words[-1]):
            continue
        k = _next_text(w, i)
        if k >= len(w.lines) or not w.para[k]:
            continue
        for n in (3, 2):
            head = " ".join(words[:n])
            byline = _one_person(head)
            if (
                byline is not None
                and not is_role(words[n - 1])
                and WORD.findall(w.lines[k].text)[:1] == [words[0]]
            ):
                if found is not None:
                    return  # two people's boxes
                found = (i, byline)
                break
    if found is not None and not common_words(w, found[1].authors):
        i, byline = found
        w.mark(i, Label.BYLINE, "byline.author-box", byline)
        w.set_byline(byline, "byline.author-box", i)


#: The most lines from one co-author's box to the next's (its bio, its "Posts by").
_CO_AUTHOR_GAP = 6


def _co_author_boxes(w: Work, boxes: list[tuple[int, Byline]]) -> bool:
    """Two people's boxes one right after the other, whose names a line of the dump
    prints together (``Jane Doe and John Roe``, the header's byline): the co-authors.
    Boxes further apart, or names never printed together, are a team's page or the
    comments'."""
    people = {b.authors for _, b in boxes}
    if len(people) != 2 or any(len(a) != 1 for a in people):
        return False
    (i, first), (j, second) = (
        boxes[0],
        next(x for x in boxes if x[1].authors != boxes[0][1].authors),
    )
    if not 0 < j - i <= _CO_AUTHOR_GAP:
        return False
    a, b = first.authors[0], second.authors[0]
    if not any(a in line.text and b in line.text for line in w.lines):
        return False
    if common_words(w, (a, b)):
        return False
    byline = Byline(printed=f"{a}, {b}", authors=(a, b))
    w.mark(i, Label.BYLINE, "byline.author-box", first)
    w.mark(j, Label.BYLINE, "byline.author-box", second)
    w.set_byline(byline, "byline.author-box", i, j)
    return True


#: A bio's opening after a one-word name: "Regan is a ...", "Regan has ...".
_BIO_VERBS = frozenset({"is", "was", "has", "lives", "writes", "loves", "grew"})

#: A one-word name alone on its line (a blogger's first name or pen name).
_ONE_NAME = re.compile(r"[A-Z][a-z]{2,15}")


def _free_or_tail(w: Work, i: int) -> bool:
    """Line ``i`` is free, or in the tail under the article (where a theme prints the
    author's box, past the share bar and the comments' count)."""
    mark = w.marks[i]
    return mark is None or mark.rule.startswith("tail.")


def _by_one_name(w: Work, text: str, name: str) -> bool:
    """``text`` is a ``By`` line of the one name ``name`` alone or before a date (not
    ``by Regan Smith``)."""
    m = _BY_ONE.match(text)
    if m is None or m.group(1) != name:
        return False
    rest = text[m.end() :].strip(" ,|·•-–—")
    if not rest:
        return True
    dates = list(find_dates(rest, w.profile.tz, day_first=day_first(w, rest)))
    return bool(dates) and dates[0].start == 0


_BY_ONE = re.compile(r"(?i:(?:written|posted)\s+)?(?i:by)\s+([A-Z][a-z]+)\b")


def _one_word_box(w: Work) -> None:
    """A one-word name (a blogger's ``Regan``) alone on its line over a bio that opens
    with it (``Regan is a ...``), when a ``By`` line of the dump names it too (``by
    Regan September 15, 2014``, ``written by Regan``): the two cues together say it is
    the author, where either alone would not (a heading, a word after "by")."""
    found = None
    for i in range(w.body_start, len(w.lines)):
        text = w.lines[i].text.strip()
        if not _free_or_tail(w, i) or w.para[i] or not _ONE_NAME.fullmatch(text):
            continue
        k = _next_text(w, i)
        if k >= len(w.lines) or not w.para[k] or not _free_or_tail(w, k):
            continue
        opening = WORD.findall(w.lines[k].text)[:2]
        if opening[:1] != [text] or opening[1:2] == [] or opening[1] not in _BIO_VERBS:
            continue
        if found is not None and found[1] != text:
            return  # two people's boxes
        found = (i, text)
    if found is None or is_outlet(found[1]):
        return
    i, name = found
    if not any(_by_one_name(w, line.text.strip(), name) for line in w.lines):
        return
    byline = Byline(printed=name, authors=(name,))
    if w.free(i):
        w.mark(i, Label.BYLINE, "byline.author-box", byline)
    w.set_byline(byline, "byline.author-box", i)


#: The heading of an author box, in the languages of the web: "About the author",
#: "Über die Autorin", "À propos de l'auteur", "Sobre la autora", "Об авторе" ...
_ABOUT_AUTHOR = re.compile(
    r"(?i)^(?:about\s+(?:the|our|this)\s+(?:author|writer|reporter|expert|contributor)s?|"
    r"(?:the|article|post|meet\s+the)\s+(?:author|writer)s?|"
    r"über\s+(?:den\s+autor|die\s+autorin|die\s+autor(?:en|innen))|zu[rm]\s+(?:autorin|autor)|"
    r"à\s+propos\s+de\s+l['’]aut(?:eur|rice)e?|"
    r"(?:sobre|acerca\s+d[eo])\s+(?:el|la|o|a)\s+autor[ae]?|sull['’]aut(?:ore|rice)|"
    r"over\s+de\s+(?:auteur|schrijver)|o\s+autor(?:ze|ce)|об\s+авторе|про\s+автора|"
    r"yazar\s+hakkında|tentang\s+penulis|om\s+(?:skribenten|forfatteren|författaren)|"
    r"a\s+szerzőről|despre\s+autor|σχετικά\s+με\s+τον\s+συγγραφέα|"
    r"作者简介|作者簡介|作者介绍|作者介紹|关于作者|關於作者|著者について|著者プロフィール|"
    r"この記事を書いた人|筆者について|저자\s?소개|필자\s?소개|글쓴이\s?소개)\s*[:：]?$"
)


#: A box's label that is only the word for an author ("Author", "Autorin", "Автор"):
#: also a book's or a recipe's data sheet ("Author / Jane Austen / Publisher"), so the
#: name under it must have the bio or the job a box prints.
_AUTHOR_WORD = re.compile(
    r"(?i)^(?:author|authors|writer|autor|autorin|autoren|auteur|auteure|autrice|autore|"
    r"autora|auteurs|автор|автора|yazar|penulis|skribent|forfatter|författare|szerző|"
    r"作者|筆者|著者|執筆者|글쓴이|필자)\s*[:：]?$"
)


#: The longest line read as such a heading; how many short lines (a "Learn more about
#: us" link) may stand between it and the name.
_ABOUT_LEN = 40


_ABOUT_SKIP = 2


def about_the_author(w: Work) -> None:
    """The person an author box's heading (``About the author``, ``Written by``,
    ``Author``, in any language) is over: the first name alone under it (past a short
    link), or the bio's opening (``Jane Doe is a staff writer ...``) where the bio says
    their job. Under the bare word ``Author`` the name must have a job line or a bio;
    with boxes of two people (the comments', a related list's), none."""
    one = _only_one(_about_names(w), lambda b: b.authors)
    if one is None:
        return
    i, byline = one
    if w.free(i):
        w.mark(i, Label.BYLINE, "byline.about-author", byline)
    w.set_byline(byline, "byline.about-author", i)


def _about_names(w: Work) -> Iterator[tuple[int, Byline]]:
    """The names the dump's author box headings are over."""
    lines = w.lines
    for h, line in enumerate(lines):
        text = line.text.strip()
        if len(text) > _ABOUT_LEN or not text:
            continue
        bare = _AUTHOR_WORD.match(text) is not None  # ("Author:" is a lone prefix too)
        strong = not bare and (_ABOUT_AUTHOR.match(text) is not None or is_lone_prefix(text))
        if not strong and not bare:
            continue
        i, skipped = _next_text(w, h), 0
        name = _bio_name(lines[i].text) if i < len(lines) else None
        while name is None and skipped < _ABOUT_SKIP and i < len(lines):
            if word_count(lines[i].text) > _BOX_LABEL_WORDS:
                break  # prose: no box
            i, skipped = _next_text(w, i), skipped + 1
            name = _bio_name(lines[i].text) if i < len(lines) else None
        if name is None:
            continue
        byline, bio = name
        if bio is not None:
            # "Jane Doe is a staff writer ...": the bio says the job.
            if _bio_says_job(byline, bio):
                yield i, byline
            continue
        k = _next_text(w, i)
        under = lines[k].text if k < len(lines) else ""
        if strong or _box_under(w, byline, k, under):
            yield i, byline


def _next_text(w: Work, i: int) -> int:
    """The next line under line ``i`` that holds text."""
    i += 1
    while i < len(w.lines) and not w.lines[i].text.strip():
        i += 1
    return i


def _prev_text(w: Work, i: int) -> int:
    """The nearest line above line ``i`` that holds text (-1: none)."""
    i -= 1
    while i >= 0 and not w.lines[i].text.strip():
        i -= 1
    return i


def is_author_word(text: str) -> bool:
    """A line that is only the word for an author (``Author``, ``Autorin:``, ``作者``)."""
    return _AUTHOR_WORD.match(text.strip()) is not None


def _box_under(w: Work, byline: Byline, k: int, under: str) -> bool:
    """Whether line ``k`` (``under``) under a name alone reads as its box's: a job
    (``Senior Content Manager``) over no other name, or a bio that names the person or
    speaks as them (``Hi, I'm Jane``, ``I'm the founder of ...``). A job word ending with
    a colon is a data sheet's next label (``Publisher:``), no job line."""
    if under.rstrip().endswith((":", "：")):
        return False
    if is_role(under):
        after = _next_text(w, k)
        return after >= len(w.lines) or _bio_name(w.lines[after].text) is None
    return _bio_says_job(byline, under)


#: A bio in the first person: "I'm", "I am", "Hi, I'm", "Ich bin", "Je suis", "Soy" ...
_FIRST_PERSON = re.compile(
    r"(?i)^(?:(?:hi|hello|hey)[,!]?\s+)?(?:i['’]m|i\s+am|i\s+have|i['’]ve|ich\s+bin|je\s+suis|"
    r"soy|sono|sou|ik\s+ben|jestem|я\s+—?)\b"
)


def _bio_says_job(byline: Byline, bio: str) -> bool:
    """A bio that opens with the person (``Jane Doe is a writer``, ``As a reporter,
    Jane ...``) or speaks as them (``I'm the founder of ...``) and says what they do."""
    opening = WORD.findall(bio)[:BIO_OPENING]
    if not any(map(is_role, opening)):
        return False
    first = byline.authors[0].split()[0]
    if first in opening[:_BIO_SUBJECT] or _FIRST_PERSON.match(bio.strip()):
        return True
    # "As Editor-in-Chief of the site, Jane produced ...": the person after the clause.
    clause = bio.split(",", 1)
    return len(clause) == 2 and clause[1].split()[:1] == [first]


def name_run_on(w: Work) -> None:
    """A byline's one name that runs on into the words printed after it (``by Harsh
    Vaibhav Global Commons May 2nd``: a category glued to the name), cut to the shorter
    name the dump's author box prints alone on its line over a bio that opens with it."""
    found = w.fields.get("authors")
    if found is None or len(found.value) != 1:
        return
    words = found.value[0].split()
    if len(words) < 3:
        return
    runs = {" ".join(words[:k]) for k in range(2, len(words))}
    lines = w.lines
    for i in range(len(lines) - 1):
        short = lines[i].text.strip()
        if short in runs and lines[i + 1].text.strip().startswith(short + " "):
            w.fields["authors"] = attrs.evolve(found, value=(short,))
            return


#: A name in Chinese characters alone on its line (under a box's heading).
_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,5}")


def _bio_name(text: str) -> tuple[Byline, str | None] | None:
    """(the name, the bio) of a line that is a name alone (the bio None) or opens with one
    (``Jane Doe is a ...``), else None."""
    words = text.split()
    if len(words) == 1 and _CJK_NAME.fullmatch(words[0]):
        byline = _one_person(words[0])  # "王小明": a Chinese or Japanese name, one word
        return (byline, None) if byline is not None else None
    for k in range(min(4, len(words)), 1, -1):
        head = " ".join(words[:k]).rstrip(",")
        if k < len(words) and words[k][0].isupper():
            continue  # "Practical Horseman Editorial Staff": a credit, not a bio's sentence
        byline = _one_person(head)
        if byline is not None:
            return byline, (text if k < len(words) else None)
    return None


def dateline_credit(w: Work, given: frozenset[str]) -> None:
    """The outlet (and a Korean wire story's reporters) credited in the first
    paragraph's dateline (``Berlin (dpa) - …``, ``(서울=연합뉴스) 홍길동 기자 = …``), where
    no other line gave them: the source, and the byline when it names people (whatever
    line gave the source: a date line's ``来源：新华社`` over ``新华社北京…电（记者张三）``)."""
    first = next((i for i in range(w.body_start, len(w.lines)) if w.free(i) and w.para[i]), None)
    if first is None:
        return
    credit = lead_dateline(w.lines[first].text)
    if credit is None:
        return
    if credit.authors and "byline" not in w.fields and "byline" not in given:
        w.set_byline(credit, "byline.lead-dateline", first)
    elif "source" not in given and "source" not in w.fields:
        w.set("source", credit.source, "source.lead-dateline", first)


def source_under_prose(w: Work, given: frozenset[str]) -> None:
    """The source credited under the article's last paragraph, where no other line
    gave one: a ``Source:`` line's agency (``Fuente: EFE``, ``Theo TTXVN``). (A name
    alone there is not read as the signature: on the dev pages such lines were page
    chrome, ``Submit Feedback``, ``Continue Reading``, as often as a reporter's.)"""
    last = max(
        (i for i in range(w.body_start, len(w.lines)) if w.free(i) and w.para[i]), default=-1
    )
    if last < 0:
        return
    i, seen = last, 0
    while seen < _SIGNATURE and "source" not in w.fields and "source" not in given:
        i = w.past_furniture(i, 1)
        if i >= len(w.lines) or w.para[i]:
            break
        seen += 1
        outlet = source_credit(w.lines[i].text)
        if outlet is not None:
            w.set("source", outlet, "source.under-prose", i)


def _box_name(w: Work, i: int) -> Byline | None:
    """Line ``i`` read as the name over an author's bio, else None."""
    text = w.lines[i].text.strip()
    if not name_shaped(text) or (not text.isupper() and _ACRONYM.search(text)):
        return None  # "Crush CLI": a product's name
    byline = _one_person(text)
    if byline is None:
        return None  # the name alone: no job title, no outlet
    k = w.past_furniture(i, 1)
    if k < len(w.lines) and not w.para[k] and word_count(w.lines[k].text) <= _BOX_LABEL_WORDS:
        k = w.past_furniture(k, 1)  # "Author", "Senior Content Manager"
    if k >= len(w.lines) or not w.para[k]:
        return None
    bio = w.lines[k].text
    if _FIRST_PERSON.match(bio.strip()) and w.copies[w.lines[i].text] > 1:
        return None  # an interview's speaker, over each answer
    # A bio opens with the person and says what they do: "Jane is a writer".
    return byline if _bio_says_job(byline, bio) else None


def published_once(w: Work, *, replace: bool = False) -> None:
    """The one line of the dump that labels a date as the publication's (``Posted on
    March 3, 2025``), wherever it stands (a theme may print it under the article,
    past a box of links): with two or more (a comment's, a list's), none.

    ``replace``: the date found replaces the one set."""
    found = ((i, dm) for i, dm in _published_lines(w) if not _list_item(w, i, dm))
    one = _only_one(found, lambda dm: dm.value)
    if one is not None:
        i, dm = one
        if replace:
            w.fields.pop("date", None)
        w.mark(i, Label.DATE, "date.published-once", dm)
        w.set("date", dm.value, "date.published-once", i)


def _published_lines(w: Work) -> Iterator[tuple[int, DateMatch]]:
    """The lines that label a date as the publication's (not a paragraph's): on the
    line (``Posted on March 3, 2025``, ``Posted on the 15/12/2025 by @jane``), or
    alone on the line above the date (``Publish date`` / ``15 November 2018``)."""
    tz = w.profile.tz
    for i, line in enumerate(w.lines):
        mark = w.marks[i]
        if mark is not None and mark.label is not Label.DATE:
            continue
        text = line.text
        first = day_first(w, text)
        dm = date_line(text, tz, day_first=first)
        if dm is None and w.para[i]:
            # A paragraph's shape, but dates alone: ``Published: Nov. 19, 2019, 6:18 p.m.
            # Updated: Nov. 19, 2019, 7:10 p.m.`` (a sentence that opens with a label
            # and a date is not read).
            labelled = len(text) <= DATES_LINE and published_label(text)
            both = published_updated(text, tz, day_first=first) if labelled else None
            if both is not None and both[0] is not None:
                yield i, both[0]
        elif dm is None:
            lead = published_lead(text, tz, day_first=first)
            if lead is None and len(text) <= DATES_LINE:
                # ``December 3, 2025. Updated: December 7, 2025`` (under an interview, say):
                # the update's label says the date before it is the publication's.
                both = published_updated(text, tz, day_first=first)
                lead = both[0] if both is not None and both[1] is not None else None
            if lead is not None:
                yield i, lead
        elif dm.updated:
            continue
        elif published_label(text) or _label_above(w, i):
            yield i, dm


#: The longest item of a related list, in lines (type, label, date, title, deck).
_LIST_ITEM = 10


def _list_item(w: Work, i: int, dm: DateMatch) -> bool:
    """Date line ``i`` is one of a related list's items (``Publish date`` / a date /
    a title / a deck, item after item): date lines ``k`` lines apart, three times, not
    all of one day. The article's own labelled date is not one of them."""
    n = len(w.lines)
    tz = w.profile.tz

    def dated(j: int) -> dt.date | None:
        if not 0 <= j < n or len(w.lines[j].text) > DATES_LINE:
            return None
        found = date_line(w.lines[j].text, tz, day_first=day_first(w, w.lines[j].text))
        return None if found is None else _day(found.value)

    for k in range(2, _LIST_ITEM + 1):
        for a, b in ((-2 * k, -k), (-k, k), (k, 2 * k)):
            days = {dated(i + a), dated(i + b)}
            if None not in days and days != {_day(dm.value)}:
                return True
    return False


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _label_above(w: Work, i: int) -> bool:
    """A publication label alone on the line above line ``i`` (past furniture)."""
    above = w.past_furniture(i, -1)
    if above < 0 or not w.free(above):
        return False
    text = w.lines[above].text.rstrip(" :：")
    return word_count(text) <= 3 and YEAR.search(text) is None and published_label(text)
