"""Multi-page articles: which page of the article a dump is.

Evidence, strongest first: a pager in the page (links to ``..._2.html``,
``?page=2``, the current page printed without a link), ``<link rel=prev|next>``,
then the page's own URL (``..._2.html``, ``?page=2``, ``/page/2/``), which counts
only when a pager or a prev/next link says the article has pages.
"""

from __future__ import annotations

import re
from typing import Any

from ._document import Document
from ._html import Page

__all__ = ["page_number"]

_URL_PAGE = (
    re.compile(r"_(?P<n>\d{1,2})\.s?html?$"),
    re.compile(r"[?&](?:page|pg|p|pagina|seite)=(?P<n>\d{1,3})(?:&|$)"),
    re.compile(r"/(?:page|seite|pagina)/(?P<n>\d{1,3})/?$"),
)
_PAGER = re.compile(
    r"(?i)(?:^|[\s_-])(?:pager|pagination|paging|pages|page-?numbers?|page-?nav\w*|currpage|"
    r"page-?list|page-?links|multi-?page)(?:$|[\s_-])"
)
_CURRENT = re.compile(r"(?i)\b(?:current|active|selected|on|cur)\b")


def _url_page(url: str | None) -> int | None:
    if not url:
        return None
    path = url.split("#", 1)[0]
    for rx in _URL_PAGE:
        m = rx.search(path)
        if m:
            return int(m.group("n"))
    return None


def _pager(root: Any) -> tuple[bool, int | None]:
    """(the page has a pager, the page number it marks as current)."""
    found = False
    for el in root.xpath(
        "//*[contains(@class,'page') or contains(@id,'page') or contains(@class,'Page')"
        " or contains(@id,'Page')]"
    ):
        names = f"{el.get('class') or ''} {el.get('id') or ''}"
        if not _PAGER.search(names) or len(el.text_content()) > 400:
            continue
        numbered = [
            a for a in el.iter("a") if (a.text_content() or "").strip().isdigit()
        ]
        if not numbered:
            continue
        found = True
        for node in el.iter():
            if node is el or node.tag == "a":
                continue
            text = (node.text or "").strip()
            in_link = any(a.tag == "a" for a in node.iterancestors())
            if text.isdigit() and not in_link:
                return True, int(text)
        for a in numbered:
            if _CURRENT.search(a.get("class") or "") or a.get("aria-current"):
                return True, int(a.text_content().strip())
    return found, None


def page_number(doc: Document, page: Page, *, trust_url: bool = False) -> tuple[int | None, list[str]]:
    """(page number or None, warnings) for a dump of a multi-page article.

    ``trust_url``: the outlet is known to number pages in its URLs (China Daily).
    """
    meta = page.meta
    has_pager, current = _pager(page.root)
    has_links = bool(meta.metas.get("link:prev") or meta.metas.get("link:next"))
    number = current
    if number is None and (has_pager or has_links or trust_url):
        for url in (doc.url, meta.canonical, meta.first("og:url")):
            number = _url_page(url)
            if number is not None:
                break
    if number is None and meta.metas.get("link:prev"):
        number = None  # a later page, but which one is not said
        return None, ["this dump is a later page of a multi-page article"]
    if number is None:
        if has_pager or meta.metas.get("link:next"):
            return 1, ["page 1 of a multi-page article; the other pages are not in this dump"]
        return None, []
    if number <= 1:
        if has_pager or has_links:
            return 1, ["page 1 of a multi-page article; the other pages are not in this dump"]
        return None, []
    return number, [f"page {number} of a multi-page article; the other pages are not in this dump"]
