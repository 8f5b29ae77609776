"""Multi-page articles: which page of the article a dump is.

Evidence, strongest first: a pager in the page (links to ``..._2.html``,
``?page=2``, the current page printed without a link), ``<link rel=prev|next>``,
then the page's own URL (``..._2.html``, ``?page=2``, ``/page/2/``), which counts
only when a pager or a prev/next link says the article has pages.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree

from .._input.document import Document
from .html import Page, text_of

__all__ = ["page_number"]

_URL_PAGE = (
    re.compile(r"_(?P<n>\d{1,2})\.s?html?$"),
    re.compile(r"[?&](?:page|pg|p|pagina|seite)=(?P<n>\d{1,3})(?:&|$)"),
    re.compile(r"/(?:page|seite|pagina)/(?P<n>\d{1,3})/?$"),
)
# A pager line: up to three words, 2 to 31 numbers of one or two digits, up to three
# words. Numbers may run together ("123" is 1 2 3: adjacent links with no space), so the
# pattern reads runs of digits, with a separator required between runs, and
# _small_numbers counts them: a pattern that split the runs itself would try every split.
_PAGER_TEXT = re.compile(
    r"^(?:[^\d\s]{1,12}\s+){0,3}(?P<numbers>\d+(?:(?:\s*[|·,]\s*|\s+)\d+)*)"
    r"(?:\s+[^\d\s]{1,12}){0,3}$"
)
_DIGITS = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")  # a pager line has numbers: a cheap test before _PAGER_TEXT
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


def _small_numbers(numbers: str) -> bool:
    """Whether the digit runs in ``numbers`` read as 2 to 31 numbers of 1 or 2 digits.

    A run of n digits reads as anything from ceil(n / 2) to n such numbers.
    """
    runs = [len(run) for run in _DIGITS.findall(numbers)]
    return sum(runs) >= 2 and sum((n + 1) // 2 for n in runs) <= 31


def _pager(page: Page) -> tuple[bool, int | None]:
    """(the page has a pager, the page number it marks as current).

    A pager prints as a short line of small numbers (``« 1 2 3 Next »``); its
    block must link to at least one of them, and the number it does not link
    is the current page.
    """
    digit, pager = _DIGIT.search, _PAGER_TEXT.match
    # Elements known to hold no numbered link (see _numbered_links).
    barren: set[Any] = set()
    for h in page.lines:
        text = h.text
        # A short line of small numbers (tested inline: most lines fail the first tests).
        if len(text) > 120 or not digit(text):
            continue
        m = pager(text)
        if m is None or not _small_numbers(m.group("numbers")):
            continue
        for el in (h.el, h.el.getparent()):
            if el is None:
                continue
            numbered = _numbered_links(el, barren)
            if not numbered:
                continue
            current = _unlinked_number(el)
            if current is not None:
                return True, current
            for a in numbered:
                if _CURRENT.search(a.get("class") or "") or a.get("aria-current"):
                    return True, int(text_of(a).strip())
            return True, None
    return False, None


def _numbered_links(el: Any, barren: set[Any]) -> list[Any]:
    """The links in ``el`` (itself included) whose text is a number, in document order.

    Where there is none, ``el`` and every element in it join ``barren``, and scans
    skip what is in ``barren``: the number lines of a long list (or of nested
    blocks) share their ancestors, and scanning those again for each line made a
    page quadratic. So each element is scanned once for all the page's lines.
    """
    found: list[Any] = []
    seen: list[Any] = []
    walk = etree.iterwalk(el, events=("start",))
    for _, node in walk:
        if node in barren:
            walk.skip_subtree()
            continue
        seen.append(node)
        if node.tag == "a" and text_of(node).strip().isdigit():
            found.append(node)
    if not found:
        barren.update(seen)
    return found


def _unlinked_number(el: Any) -> int | None:
    """The first number in ``el`` that no link holds: the text of an element in it
    (not ``el`` itself, nor a link) with no link around it, in the page."""
    if any(node.tag == "a" for node in el.iterancestors()):
        return None  # everything in el is inside a link
    links = 0  # links open around the element met (counted on the way down, not up)
    for event, node in etree.iterwalk(el, events=("start", "end")):
        is_link = node.tag == "a"
        if event == "end":
            links -= is_link
            continue
        if node is not el and not is_link and not links:
            value = (node.text or "").strip()
            if value.isdigit():
                return int(value)
        links += is_link
    return None


def page_number(
    doc: Document, page: Page, *, trust_url: bool = False
) -> tuple[int | None, list[str]]:
    """(page number or None, warnings) for a dump of a multi-page article.

    ``trust_url``: the outlet is known to number pages in its URLs (``_2.html``).
    """
    meta = page.meta
    has_pager, current = _pager(page)
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
