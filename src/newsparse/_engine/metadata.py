"""What a page says about itself outside its visible text.

``<meta>`` tags (name, property, itemprop, http-equiv), JSON-LD objects
(``@graph`` and nesting flattened), microdata ``itemprop`` values, the
``<title>``, the canonical URL and the declared language. Read once, before
the page's scripts are dropped.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import attrs
from lxml import etree

from .._input.normalize import clean_line
from .content_types import _jsonld_value
from .selectors import ARTICLE_TYPES

__all__ = [
    "META_TAGS",
    "PageMeta",
    "add_itemprop",
    "elements",
    "fast_clean",
    "jsonld_objects",
    "page_fields",
    "read_element",
    "read_meta",
    "read_subtree",
    "resolve_url",
]


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
    #: The first ``<base href>``: relative URLs of the page are relative to it.
    base: str | None = None
    #: ``articles`` as last computed, and the count of JSON-LD objects then (the list
    #: only grows, as the page is read): a page's fields ask for them a few times.
    _articles: tuple[int, list[dict[str, Any]]] | None = attrs.field(
        default=None, init=False, repr=False
    )

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
        known = self._articles
        if known is None or known[0] != len(self.jsonld):
            found = [obj for obj in self.jsonld if _types(obj) & ARTICLE_TYPES]
            known = self._articles = (len(self.jsonld), found)
        return list(known[1])

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
    text = text.strip()
    # Each regex reads the whole text: only where it can change it (the CDATA markers),
    # and only when the text as it is fails (trailing commas).
    if "<![CDATA[" in text or "]]>" in text:
        text = _CDATA.sub("", text)
    text = text.strip().rstrip(";")
    if not text:
        return None
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        pass
    try:
        return json.loads(_TRAILING_COMMA.sub(r"\1", text), strict=False)
    except (ValueError, RecursionError):
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
    """Everything the page says about itself, in one pass over the tree.

    (The HTML walk reads the same while it collects the page's lines:
    :func:`read_element` and :func:`add_itemprop` for each element.)
    """
    meta = PageMeta()
    read_subtree(meta, root)
    return meta


def read_subtree(meta: PageMeta, top: Any) -> None:
    """Add to ``meta`` what ``top`` and the elements under it say of the page."""
    for el in top.iter():
        if el.tag in META_TAGS:
            read_element(meta, el)
        prop = el.get("itemprop")
        if prop:
            add_itemprop(meta, el, prop)


_META_NAMES = frozenset(["name", "property", "itemprop", "http-equiv"])
#: The tags :func:`read_element` reads.
META_TAGS = frozenset(["meta", "script", "link", "title", "html", "base"])


def read_element(meta: PageMeta, el: Any) -> None:
    """Add what ``el`` (one of :data:`META_TAGS`) says about the page to ``meta``."""
    tag = el.tag
    metas = meta.metas
    if tag == "meta":
        content = el.get("content")
        if content is None:
            return
        content = fast_clean(content)
        # Every name the tag gives its content (one element's order does not
        # matter: each name gets the same content).
        for attr, key in el.items():
            if key and attr in _META_NAMES:
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
    elif tag == "base":
        href = (el.get("href") or "").strip()
        if href and meta.base is None:
            meta.base = href
    elif tag == "title":
        if meta.title is None:
            meta.title = clean_line("".join(el.itertext())) or None
    elif tag == "html" and meta.lang is None:
        lang = el.get("lang") or el.get("xml:lang")
        meta.lang = lang.strip() if lang and lang.strip() else None


def add_itemprop(meta: PageMeta, el: Any, value: str) -> None:
    """Keep ``el`` under each of its ``itemprop`` names worth keeping (``value``)."""
    for key in value.lower().split():
        if key in _ITEMPROPS:
            meta.itemprops.setdefault(key, []).append(el)


# --- what the page says about itself, for the Article -----------------------------------

#: The most tags kept (a page can list thousands of keywords).
_MAX_TAGS = 100
#: Longer "URLs" are data, not addresses.
_MAX_URL = 4096
_PAGE_TYPES = frozenset(["webpage", "itempage"])
_TAG_SPLIT = re.compile(r"[,，、;；]")
_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*):")


def _absolute(url: str | None) -> bool:
    return bool(url) and urlsplit(url or "").scheme in ("http", "https")


def resolve_url(value: str | None, base: str | None) -> str | None:
    """``value`` as an http(s) URL, joined to ``base`` when that is known.

    None for what is no address of a resource: empty, over-long, or of
    another scheme (``data:``, ``javascript:``, ``mailto:``). A relative URL
    stays relative when there is no base to join it to.
    """
    if not value:
        return None
    value = value.strip()
    if not value or len(value) > _MAX_URL:
        return None
    # A space inside a URL is sent as %20 (what browsers do); other white space is no URL.
    value = value.replace(" ", "%20")
    # (In ASCII, every white space but the space is unprintable: one test in C.)
    if not value.isprintable() or (not value.isascii() and any(c.isspace() for c in value)):
        return None
    scheme = _SCHEME.match(value)
    if scheme is not None and scheme.group(1).lower() not in ("http", "https"):
        return None
    if base:
        try:
            value = urljoin(base, value)
        except ValueError:  # a malformed IPv6 host, say
            return None
    return value


def page_base(meta: PageMeta, url: str | None) -> str | None:
    """The address relative URLs of the page are read against.

    The address given for the page, else the page's own absolute canonical or
    ``og:url``; a ``<base href>`` is joined to it.
    """
    base = url if _absolute(url) else None
    if base is None:
        base = next((u for u in (meta.canonical, meta.first("og:url")) if _absolute(u)), None)
    if meta.base:
        joined = resolve_url(meta.base, base)
        if _absolute(joined):
            base = joined
    return base


# Markup and entities left in a meta value (escaped twice by the page, or JSON-LD
# written from HTML): the tags of running text only, not "<Title>" as some print it.
_INLINE_TAG = re.compile(r"(?i)</?(?:p|br|b|i|em|strong|a|span|div)(?:\s[^<>]*)?/?>")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,8});")


def plain_text(value: str) -> str:
    """A metadata text as shown to readers: stray inline tags and entities resolved."""
    if "&" in value and _ENTITY.search(value):
        value = html.unescape(value)
    if "<" in value:
        value = _INLINE_TAG.sub(" ", value)
    return fast_clean(value)


def _text(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if not isinstance(value, str):
        return None
    return plain_text(value) or None


def _jsonld_name(value: Any) -> str | None:
    """The ``name`` of a JSON-LD object (or of the first in a list that has one)."""
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        if isinstance(item, dict):
            name = _text(item.get("name"))
            if name:
                return name
    return None


def _image_url(value: Any) -> str | None:
    """A JSON-LD ``image``: a URL, an ImageObject (``url``/``contentUrl``), or a list."""
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        if isinstance(item, dict):
            item = item.get("url") or item.get("contentUrl")
            if isinstance(item, list):
                item = next((u for u in item if isinstance(u, str)), None)
        if isinstance(item, str) and item.strip():
            return item.strip()
    return None


def _tag_list(values: Iterable[Any], *, split: bool) -> tuple[str, ...]:
    """Tags as printed, blanks dropped, each once (the first spelling kept)."""
    out: list[str] = []
    seen: set[str] = set()
    for value in values:
        if not isinstance(value, str):
            continue
        for part in _TAG_SPLIT.split(value) if split else (value,):
            tag = plain_text(part)
            key = tag.casefold()
            if tag and key not in seen:
                seen.add(key)
                out.append(tag)
                if len(out) >= _MAX_TAGS:
                    return tuple(out)
    return tuple(out)


def _site_name(meta: PageMeta, articles: list[dict[str, Any]]) -> tuple[str, str] | None:
    for name in ("og:site_name", "application-name"):
        value = _text(meta.first(name))
        if value:
            return value, f"site-name.meta-{name}"
    value = _jsonld_name(_jsonld_value(articles, "publisher"))
    if value:
        return value, "site-name.jsonld-publisher"
    value = _jsonld_name([obj for obj in meta.jsonld if "website" in _types(obj)])
    if value:
        return value, "site-name.jsonld-website"
    return None


def _description(meta: PageMeta, articles: list[dict[str, Any]]) -> tuple[str, str] | None:
    for name in ("description", "og:description", "twitter:description"):
        value = _text(meta.first(name))
        if value:
            return value, f"description.meta-{name}"
    value = _text(_jsonld_value(articles, "description"))
    if value:
        return value, "description.jsonld"
    return None


def _image(
    meta: PageMeta, articles: list[dict[str, Any]], base: str | None
) -> tuple[str, str] | None:
    cands: list[tuple[str, str | None]] = [
        (f"image.meta-{name}", meta.first(name))
        for name in ("og:image", "og:image:url", "og:image:secure_url")
    ]
    cands += [
        (f"image.meta-{name}", meta.first(name)) for name in ("twitter:image", "twitter:image:src")
    ]
    cands.append(("image.jsonld", _image_url(_jsonld_value(articles, "image"))))
    for rule, raw in cands:
        url = resolve_url(raw, base)
        if url:
            return url, rule
    return None


def _tags(meta: PageMeta, articles: list[dict[str, Any]]) -> tuple[tuple[str, ...], str] | None:
    # The article's own tags first; a keywords meta is often the site's.
    tags = _tag_list(meta.metas.get("article:tag", ()), split=False)
    if tags:
        return tags, "tags.meta-article:tag"
    value = _jsonld_value(articles, "keywords")
    if value is not None:
        items = value if isinstance(value, list) else [value]
        tags = _tag_list(items, split=isinstance(value, str))
        if tags:
            return tags, "tags.jsonld-keywords"
    for name in ("keywords", "news_keywords"):
        tags = _tag_list(meta.metas.get(name, ())[:1], split=True)
        if tags:
            return tags, f"tags.meta-{name}"
    return None


def _canonical(meta: PageMeta, base: str | None) -> tuple[str, str] | None:
    for raw, rule in (
        (meta.canonical, "canonical.link"),
        (meta.first("og:url"), "canonical.meta-og:url"),
    ):
        url = resolve_url(raw, base)
        if url:
            return url, rule
    return None


def page_fields(meta: PageMeta, url: str | None) -> dict[str, tuple[Any, str]]:
    """The page's site name, description, lead image, tags and canonical URL.

    Each as ``(value, rule)``, only those the page gives; URLs resolved
    against ``url`` (the page's address, when known; see :func:`page_base`).
    """
    # The article's JSON-LD, then the page's (a WebSite's or an Organization's
    # description and logo are not the article's).
    articles = meta.articles + [obj for obj in meta.jsonld if _types(obj) & _PAGE_TYPES]
    base = page_base(meta, url)
    found = {
        "site_name": _site_name(meta, articles),
        "description": _description(meta, articles),
        "image": _image(meta, articles, base),
        "tags": _tags(meta, articles),
        "canonical_url": _canonical(meta, base),
    }
    return {name: pair for name, pair in found.items() if pair is not None}
