"""The publication and update dates of any outlet's HTML page.

JSON-LD, ``<meta>`` names and microdata first, then a ``<time datetime>`` near the
article, then a printed date line near it, then a date in the URL.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any

from lxml import etree

from .._fields.dates import BEIJING, DateMatch, date_line, find_dates, published_updated
from .._fields.htmldates import date_from_url, parse_date_value
from .._fields.zhlabels import read_info
from .._input.normalize import clean_line
from .content_types import Content, Field, _jsonld_value, _norm
from .html import FIG, HIDDEN, NAV, HtmlLine, Page, inherited, text_of
from .metadata import PageMeta, elements
from .selectors import DATE_META, ELSEWHERE_CLASS, HEADING_TAGS, MODIFIED_META

__all__ = ["date_fields", "headline_line", "meta_line_date"]

_TIMES = etree.XPath(".//time[@datetime]")
# Rules of a printed publication date: the page's printed update date goes with them.
_PRINTED = frozenset(
    [
        "date.html-line",
        "date.html-meta-line",
        "date.html-posted",
        "date.html-updated-only",
        "date.html-published-line",
    ]
)


def date_fields(
    page: Page,
    meta: PageMeta,
    content: Content,
    tz: dt.tzinfo | None,
    url: str | None = None,
) -> dict[str, Field]:
    """The publication date (``date``) and the update date (``updated``), each kept apart.

    The cascade: JSON-LD, ``<meta>`` names and microdata; a ``<time datetime>``
    near the article; a printed date line near the headline or the article's
    start; a date inside a short byline or meta line there (``By Jane Doe ·
    March 12, 2025``, ``Oct 11, 2023 · 2 min read``); a ``Posted on`` line just
    after the article; the URL's date; and last, when the page prints only an
    update date, that date (the reader's only date for the article).
    """
    out: dict[str, Field] = {}
    articles = meta.articles or meta.jsonld
    if tz is None and in_china(page, meta):
        tz = BEIJING
    header = _header_lines(page, content)
    # Each candidate is read only when those before it give no date.
    found = _first_date(_metadata_dates(meta, articles), tz)
    if found is None:
        found = _first_date(
            ((f"date.meta-{n}", meta.first(n)) for n in meta.metas if _PUBLISHED_NAME.search(n)),
            tz,
        )
    if found is not None:
        found = _printed_original(found, header, tz)
    if found is None:
        found = _time_element(page, content, tz)
    if found is None:
        found = _date_line_near(page, content, tz, header)
    if found is None:
        found = _date_line_near(page, content, tz, _header_lines(page, content, hidden=True))
    if found is None:
        found = _labelled_anywhere(page, tz)
    if found is None:
        day = date_from_url(meta.url or url or None)  # the page's own address first
        if day is not None:
            found = Field(day, "date.url")
    updated = _first_date(_metadata_updates(meta, articles), tz)
    printed_update: Field | None = None
    if updated is None or found is None:
        printed_update = _date_line_near(page, content, tz, header, updated=True)
    if found is None and printed_update is None:
        printed_update = _tail_update(page, content, tz)
    if found is None and printed_update is not None:
        found = Field(printed_update.value, "date.html-updated-only", printed_update.lines)
    if updated is None and found is not None and found.rule in _PRINTED:
        updated = printed_update
    if found is not None:
        found.value = _with_page_offset(found.value, page, meta, header, tz)
        out["date"] = found
    if updated is not None:
        published = found.value if found is not None else None
        updated.value = _with_page_offset(
            updated.value, page, meta, header, tz, printed=_same_minute(updated.value, published)
        )
        out["updated"] = updated
    return out


def _metadata_dates(meta: PageMeta, articles: list[dict[str, Any]]) -> Iterator[tuple[str, Any]]:
    """(rule, raw value) of the publication date in the page's metadata, surest first."""
    yield "date.jsonld", _jsonld_value(articles, "datePublished")
    yield "date.jsonld-created", _jsonld_value(articles, "dateCreated")
    for name in (*DATE_META, *_MORE_DATE_META):
        yield f"date.meta-{name}", meta.first(name)
    for el in meta.itemprops.get("datepublished", ()):
        yield "date.itemprop", _itemprop_value(el)


def _metadata_updates(meta: PageMeta, articles: list[dict[str, Any]]) -> Iterator[tuple[str, Any]]:
    """(rule, raw value) of the update date in the page's metadata, surest first."""
    yield "updated.jsonld", _jsonld_value(articles, "dateModified")
    for name in (*MODIFIED_META, *_MORE_MODIFIED_META):
        yield f"updated.meta-{name}", meta.first(name)
    for el in meta.itemprops.get("datemodified", ()):
        yield "updated.itemprop", _itemprop_value(el)


def _printed_original(found: Field, header: list[HtmlLine], tz: dt.tzinfo | None) -> Field:
    """The metadata's publication date, unless the page prints an earlier one under a
    publication label near the headline (``Published Apr 26, 2023``): a site moved to
    a new system dates its old articles by the move."""
    for h in header[:40]:
        if len(h.text) > 200 or not _POSTED.search(h.text):
            continue
        dm = date_line(h.text, tz) if _POSTED.match(h.text) else None
        dm = dm or _labelled_part(h.text, tz)
        if dm is None or dm.updated:
            continue
        if _day(dm.value) < _day(found.value) - dt.timedelta(days=1):
            return Field(dm.value, "date.html-published-line", (h.no,))
        return found
    return found


# A meta name of a site's own that says "published date" (``w-published-date``), not
# "publisher" or a modified date.
_PUBLISHED_NAME = re.compile(
    r"(?i)(?<![a-z])(?:first[-_.:]?)?publish(?:ed)?[-_.:]?(?:date|time|at|on)(?![a-z])"
)

#: Publication and update dates in the meta tags of Chinese news sites (``2023-11-17-14:05:30``).
_MORE_DATE_META = ("firstpublishedtime", "publishtime", "publish_time", "pubtime")
_MORE_MODIFIED_META = ("lastmodifiedtime",)


def _labelled_anywhere(page: Page, tz: dt.tzinfo | None) -> Field | None:
    """The first date on the page under a publication label (``发布时间：2023-11-17``,
    ``Published: March 3, 2024``) outside menus, lists and comments: for a page whose
    article text was not found, or whose date line sits far from it."""
    cache: dict[Any, bool] = {}
    for h in page.lines[:3000]:
        text = h.text
        if h.flags & (NAV | HIDDEN | FIG) or len(text) > 160 or not _YEAR.search(text):
            continue
        value: dt.date | dt.datetime | None = None
        if _POSTED.match(text):
            dm = date_line(text, tz)
            value = dm.value if dm is not None and not dm.updated else None
        elif _ZH_PUBLISHED.search(text):
            info = read_info(text, tz)
            value = info.date if info is not None else None
        if value is not None and not _elsewhere(h.el, cache):
            return Field(value, "date.html-labelled", (h.no,))
    return None


_YEAR = re.compile(r"\d{4}")
_ZH_PUBLISHED = re.compile(r"[发發][布佈表](?:[时時]间|日期)|[时時]间[:：]|日期[:：]")


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def in_china(page: Page, meta: PageMeta) -> bool:
    """Whether the page is known to be published in China's zone: its address (or the
    domain its metadata names) is under ``.cn``, or its footer shows a mainland
    registration number (``京ICP备12345678号``, ``公网安备``), which only sites
    hosted in mainland China carry."""
    for url in (meta.url, meta.first("sitedomain", "url")):
        m = _HOST.match(url or "")
        if m is not None and m.group(1).lower().rstrip(".").endswith(".cn"):
            return True
    lines = page.lines
    return any(_REGISTRATION.search(h.text) for h in lines[max(0, len(lines) - 40) :])


_HOST = re.compile(r"(?i)^\s*(?:https?:)?(?://)?([a-z0-9.-]+\.[a-z]{2,})(?=[/:?#]|\s*$)")
_REGISTRATION = re.compile(r"ICP[备證证]|公网安备")


def _itemprop_value(el: Any) -> str | None:
    value = el.get("content") or el.get("datetime")
    if value:
        return str(value)
    return clean_line(text_of(el)) or None


def _first_date(cands: Iterable[tuple[str, Any]], tz: dt.tzinfo | None) -> Field | None:
    for rule, raw in cands:
        if isinstance(raw, list):
            raw = raw[0] if raw else None
        if not isinstance(raw, str):
            continue
        value = parse_date_value(raw, tz)
        if value is not None:
            return Field(value, rule)
    return None


def _time_element(page: Page, content: Content, tz: dt.tzinfo | None) -> Field | None:
    """A ``<time datetime>`` of the article: around its container, not in a related
    list, a teaser card or the comments."""
    scope = content.container
    root = page.root
    times: list[Any] = []
    if page.times is not None and not any(t.get("datetime") is not None for t in page.times):
        return None  # no <time datetime> in the tree: no scan of it for one
    if scope is not None:
        # The article's own header is usually just before or at the top of the container.
        parent = scope.getparent()
        times = _times_below(page, parent if parent is not None else scope)
    if not times:
        times = _times_below(page, root)[:3]
    cache: dict[Any, bool] = {}
    for el in times:
        if _elsewhere(el, cache):
            continue
        value = parse_date_value(el.get("datetime"), tz)
        if value is not None:
            return Field(value, "date.html-time")
    return None


def _times_below(page: Page, node: Any) -> list[Any]:
    """The ``<time datetime>`` elements below ``node``, in document order: what
    ``_TIMES`` finds, read from the walk's list of the page's <time> elements rather
    than by a scan of the tree (each ancestor looked at once: linear)."""
    if page.times is None:
        return elements(_TIMES, node)
    cache: dict[Any, int] = {}

    def is_node(el: Any) -> int:
        return int(el is node)

    return [
        el
        for el in page.times
        if el.get("datetime") is not None and inherited(el.getparent(), cache, is_node)
    ]


def _elsewhere(el: Any, cache: dict[Any, bool]) -> bool:
    """Whether ``el`` is or sits in a related list, a teaser card or the comments (not
    ``<aside>`` or ``<footer>``: many pages print the article's date there)."""
    path: list[Any] = []
    node = el
    verdict = False
    for _ in range(8):
        if node is None or node.tag in ("body", "html"):
            break
        known = cache.get(node)
        if known is not None:
            verdict = known
            break
        path.append(node)
        cls, ident = node.get("class"), node.get("id")
        if (cls or ident) and ELSEWHERE_CLASS.search(f"{cls or ''} {ident or ''}"):
            verdict = True
            break
        node = node.getparent()
    for node in path:
        cache[node] = verdict
    return verdict


def headline_line(page: Page, content: Content) -> int | None:
    """The line of the article's headline: the last visible ``<h1>`` shortly before
    the article's text starts, else the first one in it."""
    best = None
    for h in page.h1_lines(max(0, content.start - 80), max(content.end, content.start + 1)):
        if not h.flags & (NAV | HIDDEN):
            if h.no > content.start + 5:
                return best if best is not None else h.no
            best = h.no
    if best is None and content.start > 80:
        return _far_headline(page, content)
    return best


def _far_headline(page: Page, content: Content) -> int | None:
    """The page's one visible ``<h1>``, far above the article's text, when the page's
    ``<title>`` holds it (a hero block, then much furniture before the text)."""
    title = _norm(page.meta.title or "")
    cut = content.start - 80  # > 0 here
    found = [h for h in page.h1_lines(0, cut) if not h.flags & (NAV | HIDDEN)]
    if len(found) != 1 or page.h1_lines(cut, len(page.lines)):
        return None
    head = _norm(found[0].text)
    return found[0].no if len(head) >= 15 and head in title else None


def _header_lines(page: Page, content: Content, *, hidden: bool = False) -> list[HtmlLine]:
    """The lines where an article prints its date, nearest the headline first.

    ``hidden``: only the lines that a style hides there (a theme's copy of its
    meta line for another screen size), read when the visible ones give no date.

    Just around the headline, then the lines before and at the top of the
    article's text. A weekday-led date far above the headline is the
    masthead's "today" and is left out, and so are related lists, teaser cards
    and comments; a "today" line before the text (``2023年11月20日 星期一 农历十月初八``)
    comes last.
    """
    lines = page.lines
    if content.container is None:
        return []
    head = headline_line(page, content)
    out: list[HtmlLine] = []
    seen: set[int] = set()
    if head is not None:
        for h in lines[max(0, head - 4) : min(len(lines), head + 16)]:
            out.append(h)
            seen.add(h.no)
    lo = max(0, content.start - 30)
    for h in lines[lo : min(len(lines), content.start + 15)]:
        if h.no in seen:
            continue
        if head is not None and h.no < head - 4 and _WEEKDAY_FIRST.match(h.text):
            continue
        out.append(h)
    # A masthead's "today" before the text (under a logo in an h1, too) is tried last:
    # it is the article's date only on a page that prints no other (an e-paper's issue).
    today = {h.no for h in out if h.no < content.start and _masthead_today(h.text)}
    if today:
        out = [h for h in out if h.no not in today] + [h for h in out if h.no in today]
    cache: dict[Any, bool] = {}
    below = range(head + 1, head + 9) if head is not None else range(0)
    kept = []
    for h in out:
        # An <aside> or <footer> just under the headline often holds the article's date.
        skip = h.flags & (HIDDEN | FIG) or (h.flags & NAV and h.no not in below)
        if hidden:
            skip = not h.flags & HIDDEN or h.flags & FIG or h.link_chars * 2 > h.chars
        if not skip and not _elsewhere(h.el, cache):
            kept.append(h)
    return kept


def _masthead_today(text: str) -> bool:
    if text.isascii() and "today" not in text.lower():
        return False  # in ASCII, _TODAY can only read "today is" (in any case)
    return _TODAY.search(text) is not None and _ZH_LABEL.search(text) is None


def _date_line_near(
    page: Page,
    content: Content,
    tz: dt.tzinfo | None,
    header: list[HtmlLine],
    *,
    updated: bool = False,
) -> Field | None:
    """The printed date nearest the headline (or its "Updated ..." date): a date
    line, else a date inside a short byline or meta line; then a ``Posted on ...``
    line just after the article's text."""
    kind = "updated" if updated else "date"
    for h in header:
        text = _GLUED.sub(r"\1 ", h.text)  # "April 26, 2024Updated on: ..."
        both = published_updated(text, tz)
        if both is not None:
            dm = both[1] if updated else both[0]
            if dm is not None:
                return Field(dm.value, f"{kind}.html-line", (h.no,))
            continue
        dm = date_line(text, tz)
        rule = f"{kind}.html-line"
        if dm is None and not updated and _ZH_LABEL.search(text):
            info = read_info(text, tz)
            if info is not None and info.date is not None:
                return Field(info.date, "date.html-zh-info", (h.no,))
        if dm is None and _meta_line_tag(h) and h.link_chars * 2 <= h.chars:
            dm = meta_line_date(text, tz) or _labelled_part(text, tz)
            rule = f"{kind}.html-meta-line"
        if dm is not None and dm.updated == updated:
            return Field(dm.value, rule, (h.no,))
    if updated:
        return None
    lines = page.lines
    after_byline = False
    for h in lines[max(content.start, content.end - 15) : min(len(lines), content.end + 4)]:
        if h.flags & (NAV | HIDDEN | FIG):
            after_byline = False
            continue
        if _POSTED.match(h.text):
            dm = meta_line_date(h.text, tz)
            if dm is not None and not dm.updated:
                return Field(dm.value, "date.html-posted", (h.no,))
        elif after_byline and h.no >= content.end - 2:
            # An author box after the text: "Written by Jane Doe", then the date alone.
            dm = date_line(h.text, tz)
            if dm is not None and not dm.updated:
                return Field(dm.value, "date.html-posted", (h.no,))
        after_byline = _WRITTEN_BY.match(h.text) is not None and len(h.text) <= 80
    return None


def _tail_update(page: Page, content: Content, tz: dt.tzinfo | None) -> Field | None:
    """``Last updated: November 13, 2025`` alone on a line at the end of the article's
    text (for a page that prints no other date)."""
    lines = page.lines
    for h in lines[max(content.start, content.end - 12) : min(len(lines), content.end + 2)]:
        if h.flags & (NAV | HIDDEN | FIG):
            continue
        dm = date_line(h.text, tz)
        if dm is not None and dm.updated:
            return Field(dm.value, "updated.html-line", (h.no,))
    return None


def _meta_line_tag(h: HtmlLine) -> bool:
    """Whether a line's tag allows a meta line: not a heading, but for a minor heading
    made of parts (``<h3>blog | February 01, 2022</h3>``)."""
    tag = h.tag
    return tag not in HEADING_TAGS or (
        tag not in ("h1", "h2") and _PARTS.search(h.text) is not None
    )


def _labelled_part(text: str, tz: dt.tzinfo | None) -> DateMatch | None:
    """A labelled date that is one part of a meta line of tags: ``Essay - Published:
    2025.12.17 | artificial-intelligence | programming``; ``Published on 01/25/26`` (a
    two-digit year, only when day and month cannot be swapped)."""
    if len(text) > 200:
        return None
    for part in _PARTS.split(text):
        part = part.strip()
        label = _POSTED.match(part) or _UPDATE_WORD.match(part)
        if label is None:
            continue
        dm = date_line(part, tz)
        if dm is None:
            dm = _short_year(part[label.end() :])
        if dm is not None:
            return DateMatch(dm.value, dm.start, dm.end, _UPDATE_WORD.match(part) is not None)
    return None


def _short_year(text: str) -> DateMatch | None:
    m = _SHORT_YEAR.fullmatch(text.strip())
    if m is None:
        return None
    a, b, year = int(m["a"]), int(m["b"]), 2000 + int(m["y"])
    if a > 12 >= b:
        a, b = b, a  # day first
    elif not b > 12 >= a:
        return None  # 03/04/25: either reading could be the right one
    if year > dt.date.today().year + 1:
        return None
    try:
        return DateMatch(dt.date(year, a, b), m.start(), m.end())
    except ValueError:
        return None


_PARTS = re.compile(r"\s[|•·—–-]\s|\s?[|•·]\s?")
_SHORT_YEAR = re.compile(r"(?:on|:)?\s*(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{2})")
_WRITTEN_BY = re.compile(r"(?i)^\s*(?:written|posted|published)\s+by\b")


def meta_line_date(text: str, tz: dt.tzinfo | None = None) -> DateMatch | None:
    """The one date of a short byline or meta line, e.g. ``By Jane Doe · March 12,
    2025``, ``Oct 11, 2023 · 2 min read``, ``blog | February 01, 2022``.

    None for a sentence that happens to hold a date, or a line with several.
    ``updated`` is set when the words before the date say so.
    """
    if len(text) > 120:
        return None
    text = _GLUED.sub(r"\1 ", text)  # "April 26, 2024Updated on: ..."
    matches = list(find_dates(text, tz))
    if len(matches) != 1:
        return None
    m = matches[0]
    before, after = text[: m.start], text[m.end :]
    rest = _READ_TIME.sub(" ", f"{before} {after}")
    words = _PUNCT.sub(" ", rest).split()
    if len(words) > 8 or (text.rstrip().endswith((".", "?", "!")) and len(words) >= 5):
        return None
    if sum(1 for w in words if w.islower() and w not in _META_WORDS) >= 2:
        return None
    updated = _UPDATE_WORD.search(before) is not None
    return DateMatch(m.value, m.start, m.end, updated)


_GLUED = re.compile(r"(\d)(?=[A-Z][a-z])")
# A masthead's "today" above the headline: a date with its weekday after it, the
# lunar calendar's date, or "today is" (``今天是2023年11月20日 星期一 农历十月初八``).
_TODAY = re.compile(r"(?i)\d\s*日\s*[(（]?\s*(?:星期|周|週)|农历|農曆|今天是|今日是|\btoday\s+is\b")
_WEEKDAY_FIRST = re.compile(
    r"(?i)^\s*(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?,?"
)
_POSTED = re.compile(
    r"(?i)^\s*(?:posted|published|first published|publication date|publié|publicado|"
    r"pubblicato|veröffentlicht|gepubliceerd|опубликовано|发布|發布)"
)
# The labels of a Chinese info line (``发布时间：… 来源：… 作者：…``), simplified or not.
_ZH_LABEL = re.compile(r"来源|來源|[发發][布佈表][时時日]|[时時]间|日期|作者|[记記]者")
_READ_TIME = re.compile(
    r"(?i)\b\d+\s*(?:min(?:ute)?s?|hrs?|hours?)\.?(?:\s+(?:read|reading|listen|watch))?\b"
    r"|\b(?:reading|read) time\b"
)
_PUNCT = re.compile(r"[|•·—–\-,:;/()\[\]]+")
_UPDATE_WORD = re.compile(
    r"(?i)(?:updated?|modified|revised|reviewed|aktualisiert|actualizado|atualizado|"
    r"aggiornato|bijgewerkt|mis à jour|обновлено)\b|更新"
)
#: Small words a meta line has besides names and its date.
_META_WORDS = frozenset(
    [
        "by", "on", "at", "in", "and", "the", "of", "posted", "published", "updated", "last",
        "modified", "reviewed", "written", "read", "min", "mins", "minutes", "date", "blog",
        "news", "article", "story",
        # the same in other languages: von am um par le la el por de del il di da op door em
        "von", "am", "um", "veröffentlicht", "aktualisiert", "stand", "par", "le", "la",
        "publié", "mis", "à", "jour", "el", "por", "de", "del", "publicado", "actualizado",
        "atualizado", "em", "il", "di", "da", "pubblicato", "aggiornato", "op", "door",
        "gepubliceerd", "bijgewerkt", "lesezeit", "lecture", "lectura", "leitura", "lettura",
    ]
)  # fmt: skip


def _with_page_offset(
    value: dt.date | dt.datetime,
    page: Page,
    meta: PageMeta,
    header: list[HtmlLine],
    tz: dt.tzinfo | None,
    *,
    printed: bool = True,
) -> dt.date | dt.datetime:
    """A UTC instant shown with the page's own offset, when it can be known: the page
    gives the same instant with an offset elsewhere (a ``<time datetime>``, another
    meta or JSON-LD value), or (``printed``) prints it as a local time near the headline.

    An update's instant is read against the printed time only when it is the
    publication's too (to the minute, as times are printed): that time is the
    publication's, and says nothing of another one (an update an hour later would take
    it for an offset of an hour)."""
    if not isinstance(value, dt.datetime) or value.utcoffset() != dt.timedelta(0):
        return value
    for raw in _machine_dates(page, meta):
        other = parse_date_value(raw, tz)
        if (
            isinstance(other, dt.datetime)
            and other.utcoffset() not in (None, dt.timedelta(0))
            and other == value
        ):
            return value.astimezone(other.tzinfo)
    offset = _printed_offset(value, header) if printed else None
    return value.astimezone(offset) if offset is not None else value


def _same_minute(a: dt.date | dt.datetime | None, b: dt.date | dt.datetime | None) -> bool:
    """Whether ``a`` and ``b`` are instants of the same minute (seconds aside)."""
    if not isinstance(a, dt.datetime) or not isinstance(b, dt.datetime):
        return False
    if a.utcoffset() is None or b.utcoffset() is None:
        return False
    utc = dt.timezone.utc
    return a.astimezone(utc).replace(second=0, microsecond=0) == b.astimezone(utc).replace(
        second=0, microsecond=0
    )


def _printed_offset(value: dt.datetime, header: list[HtmlLine]) -> dt.tzinfo | None:
    """The offset that makes the first time printed near the headline (not an
    update's) the same instant as ``value``: whole quarter hours, at most 14 hours."""
    instant = value.astimezone(dt.timezone.utc).replace(tzinfo=None, second=0, microsecond=0)
    for h in header[:40]:
        if len(h.text) > 160 or not _CLOCK.search(h.text):
            continue
        for m in find_dates(h.text, dt.timezone.utc):
            if not isinstance(m.value, dt.datetime) or _UPDATE_WORD.search(h.text[: m.start]):
                continue
            delta = m.value.replace(tzinfo=None) - instant
            if delta == dt.timedelta(0) or abs(delta) > dt.timedelta(hours=14):
                return None
            if delta % dt.timedelta(minutes=15):
                return None
            return dt.timezone(delta)
    return None


_CLOCK = re.compile(r"\d[:.h]\d{2}")


def _machine_dates(page: Page, meta: PageMeta) -> Iterator[str]:
    """Every machine-readable date value of the page (a bounded number)."""
    objs = meta.jsonld[:20]
    for key in ("datePublished", "dateCreated", "dateModified"):
        for obj in objs:
            value = obj.get(key)
            if isinstance(value, str):
                yield value
    for name in (*DATE_META, *MODIFIED_META):
        yield from meta.metas.get(name, ())[:3]
    every = page.root.iter("time") if page.times is None else page.times
    for _, el in zip(range(20), every, strict=False):
        value = el.get("datetime")
        if value:
            yield value
