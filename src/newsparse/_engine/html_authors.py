"""The authors, printed byline and credited source of any outlet's HTML page.

JSON-LD authors first, then ``<meta>`` author names, then a printed byline near
the article; the site's own name is never an author.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .._fields.bylines import Byline, display_case, is_outlet, parse_byline
from .._input.normalize import clean_line
from .content_types import Content, Field, _jsonld_value, _norm
from .html import HIDDEN, NAV, Page
from .metadata import PageMeta
from .selectors import AUTHOR_META, BYLINE_CLASS

__all__ = ["byline_fields"]

_URLISH = re.compile(r"(?i)^(?:https?:|www\.|/)|@|\.(?:com|html?|php)\b")


def _names_from(value: Any) -> tuple[list[str], list[str]]:
    """(people, outlets) named by a JSON-LD author value."""
    people: list[str] = []
    outlets: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        kind = ""
        if isinstance(item, dict):
            kind = str(item.get("@type") or "").lower()
            name = item.get("name")
            if isinstance(name, list):
                name = " ".join(str(n) for n in name)
            if not isinstance(name, str):
                given, family = item.get("givenName"), item.get("familyName")
                name = (
                    f"{given} {family}"
                    if isinstance(given, str) and isinstance(family, str)
                    else None
                )
            if name is None:
                continue
        elif isinstance(item, str):
            name = item
        else:
            continue
        name = clean_line(name)
        if not name or _URLISH.search(name):
            continue
        if "organization" in kind or "organisation" in kind or is_outlet(name):
            outlets.append(name)
            continue
        found = _people(name)
        if found is None:
            continue
        people.extend(found[0])
        outlets.extend(found[1])
    return _dedupe(people), _dedupe(outlets)


def _people(text: str) -> tuple[list[str], list[str]] | None:
    """Names in an author string: ``Jane Doe``, ``By Jane Doe and John Roe``, ``DOE, JANE``."""
    byline = parse_byline(text)
    if byline is not None:
        return list(byline.authors), [byline.source] if byline.source else []
    tokens = text.split()
    if (
        1 <= len(tokens) <= 4
        and len(text) <= 48
        and not any(c.isdigit() for c in text)
        and (all(t[:1].isupper() or not t[:1].isalpha() for t in tokens) or not text.isascii())
    ):
        return [display_case(text)], []
    return None


def _dedupe(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item and item not in out:
            out.append(item)
    return out


def byline_fields(
    page: Page, meta: PageMeta, content: Content, scope: Any, site: str | None
) -> dict[str, Field]:
    out: dict[str, Field] = {}
    people: list[str] = []
    outlets: list[str] = []
    rule = ""
    value = _jsonld_value(meta.articles, "author") or _jsonld_value(meta.articles, "creator")
    if value is not None:
        people, outlets = _names_from(value)
        rule = "authors.jsonld"
    if not people:
        # Several author tags: a full name beats a one-word brand ("Beachbody").
        found: list[tuple[list[str], str]] = []
        for name in AUTHOR_META:
            for raw in meta.metas.get(name, ()):
                if not raw or _URLISH.search(raw):
                    continue
                p, o = _names_from(raw)
                outlets = outlets or o
                if p:
                    found.append((p, f"authors.meta-{name}"))
        if found:
            people, rule = next((f for f in found if any(" " in n for n in f[0])), found[0])
    visible = _visible_byline(page, content, scope)
    if visible is not None:
        byline, line = visible
        out["byline"] = Field(byline.printed, "byline.html", (line,))
        if not people and byline.authors:
            people, rule = list(byline.authors), "authors.html-byline"
            out["authors"] = Field(tuple(people), rule, (line,))
        if byline.source:
            outlets.insert(0, byline.source)
    if people and "authors" not in out:
        out["authors"] = Field(tuple(p for p in people if not _same(p, site)), rule)
    outlets = [o for o in outlets if not _same(o, site)] or outlets
    if outlets and (people or visible is not None or "jsonld" in rule or outlets):
        src = outlets[0]
        out["source"] = Field(src, "source.credited")
    return out


def _same(a: str, b: str | None) -> bool:
    return bool(b) and _norm(a) == _norm(b or "")


def _visible_byline(page: Page, content: Content, scope: Any) -> tuple[Byline, int] | None:
    """A printed byline near the article: a byline-classed block or a ``By`` line."""
    lines = page.lines
    lo = max(0, content.start - 40)
    hi = min(len(lines), content.start + 30) if content.container is not None else len(lines)
    cache: dict[Any, bool | None] = {}
    for h in lines[lo:hi]:
        if h.flags & (NAV | HIDDEN) or len(h.text) > 160:
            continue
        if content.dropped.get(h.no) == "byline.html-line" or _byline_classed(
            h.el, content.container, cache
        ):
            byline = parse_byline(h.text, require_prefix=True) or parse_byline(h.text)
            if byline is not None and (byline.authors or byline.source):
                return byline, h.no
    # A bare "By ..." line just above the article text (no class to go by).
    for h in lines[max(0, content.start - 4) : content.start]:
        if h.flags & (NAV | HIDDEN) or len(h.text) > 120 or h.link_chars * 2 > h.chars:
            continue
        byline = parse_byline(h.text, require_prefix=True)
        if byline is not None and byline.authors:
            return byline, h.no
    return None


def _byline_classed(el: Any, stop: Any, cache: dict[Any, bool | None] | None = None) -> bool:
    node = el
    for _ in range(4):  # the element and its three nearest ancestors
        if node is None:
            break
        if node is stop:
            return False
        # What the node's own markup says (None: nothing); nearby lines share ancestors.
        verdict = cache.get(node, _UNSEEN) if cache is not None else _UNSEEN
        if verdict is _UNSEEN:
            verdict = _byline_markup(node)
            if cache is not None:
                cache[node] = verdict
        if verdict is not None:
            return bool(verdict)
        node = node.getparent()
    return False


_UNSEEN: Any = object()


def _byline_markup(node: Any) -> bool | None:
    names = f"{node.get('class') or ''} {node.get('id') or ''} {node.get('rel') or ''}"
    if BYLINE_CLASS.search(names) or node.get("itemprop") == "author":
        return not re.search(r"(?i)bio|about|more-by|box", names)
    return None
