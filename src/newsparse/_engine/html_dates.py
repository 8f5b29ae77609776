"""The publication and update dates of any outlet's HTML page.

JSON-LD, ``<meta>`` names and microdata first, then a ``<time datetime>`` near the
article, then a printed date line near it, then a date in the URL.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from lxml import etree

from .._fields.dates import date_line, published_updated
from .._fields.htmldates import date_from_url, parse_date_value
from .._input.normalize import clean_line
from .content_types import Content, Field, _jsonld_value
from .html import FIG, HIDDEN, NAV, Page, text_of
from .metadata import PageMeta, elements
from .selectors import DATE_META, MODIFIED_META

__all__ = ["date_fields"]

_TIMES = etree.XPath(".//time[@datetime]")


def date_fields(
    page: Page, meta: PageMeta, content: Content, tz: dt.tzinfo | None
) -> dict[str, Field]:
    out: dict[str, Field] = {}
    articles = meta.articles or meta.jsonld
    found = _first_date(
        [
            ("date.jsonld", _jsonld_value(articles, "datePublished")),
            ("date.jsonld-created", _jsonld_value(articles, "dateCreated")),
            *((f"date.meta-{n}", meta.first(n)) for n in DATE_META),
            *(
                ("date.itemprop", _itemprop_value(el))
                for el in meta.itemprops.get("datepublished", ())
            ),
        ],
        tz,
    )
    if found is None:
        found = _time_element(page, content, tz)
    if found is None:
        found = _date_line_near(page, content, tz)
    if found is None:
        day = date_from_url(meta.url or None)
        if day is not None:
            found = Field(day, "date.url")
    if found is not None:
        out["date"] = found
    updated = _first_date(
        [
            ("updated.jsonld", _jsonld_value(articles, "dateModified")),
            *((f"updated.meta-{n}", meta.first(n)) for n in MODIFIED_META),
            *(
                ("updated.itemprop", _itemprop_value(el))
                for el in meta.itemprops.get("datemodified", ())
            ),
        ],
        tz,
    )
    if updated is None and "date" in out and out["date"].rule == "date.html-line":
        updated = _date_line_near(page, content, tz, updated=True)
    if updated is not None:
        out["updated"] = updated
    return out


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
    scope = content.container
    root = page.root
    times: list[Any] = []
    if scope is not None:
        # The article's own header is usually just before or at the top of the container.
        parent = scope.getparent()
        times = elements(_TIMES, parent if parent is not None else scope)
    if not times:
        times = elements(_TIMES, root)[:3]
    for el in times:
        value = parse_date_value(el.get("datetime"), tz)
        if value is not None:
            return Field(value, "date.html-time")
    return None


def _date_line_near(
    page: Page, content: Content, tz: dt.tzinfo | None, *, updated: bool = False
) -> Field | None:
    """The first printed date line near the article (or its "Updated ..." line)."""
    lines = page.lines
    if content.container is None:
        return None
    lo = max(0, content.start - 30)
    for h in lines[lo : min(len(lines), content.start + 15)]:
        if h.flags & (NAV | HIDDEN | FIG):
            continue
        both = published_updated(h.text, tz)
        if both is not None:
            dm = both[1] if updated else both[0]
            if dm is not None:
                return Field(dm.value, f"{'updated' if updated else 'date'}.html-line", (h.no,))
            continue
        dm = date_line(h.text, tz)
        if dm is not None and dm.updated == updated:
            return Field(dm.value, f"{'updated' if updated else 'date'}.html-line", (h.no,))
    return None
