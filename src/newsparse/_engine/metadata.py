"""What a page says about itself outside its visible text.

``<meta>`` tags (name, property, itemprop, http-equiv), JSON-LD objects
(``@graph`` and nesting flattened), microdata ``itemprop`` values, the
``<title>``, the canonical URL and the declared language. Read once, before
the page's scripts are dropped.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from typing import Any

import attrs
from lxml import etree

from .._input.normalize import clean_line
from .selectors import ARTICLE_TYPES

__all__ = ["PageMeta", "elements", "fast_clean", "jsonld_objects", "read_meta"]


def elements(xpath: Any, node: Any) -> list[Any]:
    """The elements an XPath (compiled, or a string) finds under ``node``."""
    found = xpath(node) if isinstance(xpath, etree.XPath) else node.xpath(xpath)
    return [e for e in found if isinstance(e, etree._Element)] if isinstance(found, list) else []


_ASCII_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Characters that clean_line changes or that str.split() reads differently.
_SPECIAL = re.compile(
    "[\x00-\x08\x0e-\x1f\x7f\x85\u00a0\u00ad\u1680\u180e\u2000-\u200d\u2028\u2029"
    "\u202f\u205f\u2060\u3000\ufeff\ud800-\udfff]"
)
_HTML_SPACE = re.compile(r"[\t\n\r\x0b\x0c]+")


def fast_clean(text: str) -> str:
    """:func:`clean_line` for HTML text, with a fast path that gives the same result."""
    if text.isascii():
        # A control character that split() does not take for a space survives the
        # join (then the slow path); \x1c-\x1f are spaces to clean_line too.
        joined = " ".join(text.split())
        if joined.isprintable():
            return joined
    elif not _SPECIAL.search(text) and unicodedata.is_normalized("NFC", text):
        return " ".join(text.split())
    if not text.strip():
        return ""
    # In HTML every ASCII white space is a space (clean_line drops tabs).
    return clean_line(_HTML_SPACE.sub(" ", text))


_ITEMPROP_XPATH = etree.XPath("//*[@itemprop]")
_TRAILING_COMMA = re.compile(r",\s*([\]}])")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")
#: itemprop values worth keeping from microdata.
_ITEMPROPS = frozenset(
    ["headline", "name", "author", "datepublished", "datemodified", "datecreated", "articlesection"]
)


@attrs.define(slots=True, eq=False)
class PageMeta:
    """The page's metadata, as found (nothing is interpreted here)."""

    title: str | None = None
    metas: dict[str, list[str]] = attrs.Factory(dict)
    jsonld: list[dict[str, Any]] = attrs.Factory(list)
    itemprops: dict[str, list[Any]] = attrs.Factory(dict)
    canonical: str | None = None
    lang: str | None = None

    def first(self, *names: str) -> str | None:
        """The first non-empty content among the meta ``names``, in that order."""
        for name in names:
            for value in self.metas.get(name, ()):
                if value:
                    return value
        return None

    @property
    def url(self) -> str | None:
        return self.canonical or self.first("og:url", "twitter:url")

    @property
    def articles(self) -> list[dict[str, Any]]:
        """JSON-LD objects of an article type (NewsArticle and kin), outermost first."""
        return [obj for obj in self.jsonld if _types(obj) & ARTICLE_TYPES]

    def summary(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.title:
            out["title"] = self.title
        if self.url:
            out["canonical"] = self.url
        site = self.first("og:site_name", "application-name")
        if site:
            out["site_name"] = site
        if self.lang:
            out["lang"] = self.lang
        return out


def _types(obj: dict[str, Any]) -> frozenset[str]:
    kind = obj.get("@type")
    if isinstance(kind, str):
        return frozenset([kind.rsplit("/", 1)[-1].lower()])
    if isinstance(kind, list):
        return frozenset(k.rsplit("/", 1)[-1].lower() for k in kind if isinstance(k, str))
    return frozenset()


def _load_json(text: str) -> Any:
    text = _CDATA.sub("", text.strip()).strip().rstrip(";")
    if not text:
        return None
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", text)):
        try:
            return json.loads(attempt, strict=False)
        except (ValueError, RecursionError):
            continue
    return None


def jsonld_objects(data: Any) -> Iterator[dict[str, Any]]:
    """Every object with an ``@type`` in ``data``, outer before inner (iteratively)."""
    stack = [data]
    seen = 0
    while stack and seen < 5000:
        item = stack.pop(0) if len(stack) < 64 else stack.pop()
        seen += 1
        if isinstance(item, dict):
            if "@type" in item:
                yield item
            for value in item.values():
                if isinstance(value, (dict, list)):
                    stack.append(value)
        elif isinstance(item, list):
            stack.extend(v for v in item if isinstance(v, (dict, list)))


def read_meta(root: Any) -> PageMeta:
    """Everything the page says about itself, in one pass over the tree."""
    meta = PageMeta()
    metas = meta.metas
    for el in root.iter("meta", "script", "link", "title", "html"):
        tag = el.tag
        if tag == "meta":
            content = el.get("content")
            if content is None:
                continue
            content = fast_clean(content)
            for attr in ("name", "property", "itemprop", "http-equiv"):
                key = el.get(attr)
                if key:
                    for k in key.lower().split():
                        metas.setdefault(k, []).append(content)
        elif tag == "script":
            kind = (el.get("type") or "").strip().lower()
            if kind == "application/ld+json" and el.text:
                data = _load_json(el.text)
                if data is not None:
                    meta.jsonld.extend(jsonld_objects(data))
        elif tag == "link":
            rel = (el.get("rel") or "").lower().split()
            href = (el.get("href") or "").strip()
            if "canonical" in rel and href and meta.canonical is None:
                meta.canonical = href
            for kind in ("prev", "next"):
                if kind in rel and href:
                    metas.setdefault(f"link:{kind}", []).append(href)
        elif tag == "title":
            if meta.title is None:
                meta.title = clean_line("".join(el.itertext())) or None
        elif meta.lang is None:
            lang = el.get("lang") or el.get("xml:lang")
            meta.lang = lang.strip() if lang and lang.strip() else None
    for el in elements(_ITEMPROP_XPATH, root):
        for key in el.get("itemprop", "").lower().split():
            if key in _ITEMPROPS:
                meta.itemprops.setdefault(key, []).append(el)
    return meta
