"""CGTN article pages: both 2019 templates (see docs/outlets.md); the newer site keeps the names.

Template A prints the body as ``#cmsMainContent p.text`` with ``p.subtitle``
subheadings and ``.cmsImage .imageCaption .title`` captions. Template B keeps
the body only as HTML-escaped JSON in ``#cmsMainContent[data-json]``: items
with ``contentType`` 1 are text, 4 an image with ``img.caption``. Dates are
Beijing time; the credit line is parsed like a text dump's.
"""

from __future__ import annotations

import html
import json
import re
from typing import Any

from lxml import etree

from ..._engine.content import (
    Field,
    _furniture_rule,
    extract_content,
    generic_html,
    html_draft,
    metadata,
    split_caption,
    title_field,
)
from ..._engine.draft import BodyItem, CaptionItem, Draft
from ..._engine.html import Page, line_for, text_of
from ..._engine.metadata import elements, fast_clean
from ..._engine.pages import page_number
from ..._fields.bylines import parse_byline
from ..._fields.captions import match_caption
from ..._fields.dates import BEIJING, date_line
from ..._input.document import Document
from ..._model import BlockKind, Caption

__all__ = ["cgtn_html"]

_CLASS = "//*[contains(concat(' ', normalize-space(@class), ' '), ' {} ')]"
_X = {
    name: etree.XPath(xpath)
    for name, xpath in {
        "title": _CLASS.format("news-title"),
        "section": f"{_CLASS.format('news-section-date')}//*[contains(@class,'section')]"
        f" | {_CLASS.format('news-section')}",
        "date": f"{_CLASS.format('news-section-date')}//*[contains(@class,'date')]"
        f" | {_CLASS.format('news-date')}",
        "updated": _CLASS.format("updatetime"),
        "author": _CLASS.format("news-author"),
        "main": "//*[@id='cmsMainContent']",
    }.items()
}
_TAGS = re.compile(r"<[^>]+>")
_READ_MORE = re.compile(r"(?i)^(?:read more|related|also read|see also)\s*[:：]?$")
_SKIP = re.compile(r"(?i)\b(?:cmsMap|relatedStories|moreFrom|sourceTextDiv|video|audio)\b")


def _first_text(page: Page, name: str) -> tuple[str, int | None] | None:
    line_of = _lines_of(page)
    for el in elements(_X[name], page.root):
        text = fast_clean(text_of(el))
        if text:
            return text, line_for(el, line_of)
    return None


def _lines_of(page: Page) -> dict[Any, int]:
    cached = getattr(page, "_line_of", None)
    if cached is None:
        cached = {}
        for h in page.lines:
            cached.setdefault(h.el, h.no)
    return cached


def _nos(no: int | None) -> tuple[int, ...]:
    return () if no is None else (no,)


def _json_items(main: Any) -> list[dict[str, Any]] | None:
    raw = main.get("data-json")
    if not raw:
        return None
    try:
        data = json.loads(raw, strict=False)
    except (ValueError, RecursionError):  # nested past the recursion limit: no JSON body
        return None
    return [item for item in data if isinstance(item, dict)] if isinstance(data, list) else None


def _markup_text(value: str) -> str:
    return fast_clean(html.unescape(_TAGS.sub(" ", value)))


def _is_bold_only(value: str) -> bool:
    return bool(re.fullmatch(r"(?is)\s*<(strong|b)>[^<]{1,150}</\1>\s*", value))


def cgtn_html(doc: Document) -> Draft:
    page = doc.page
    if page is None:
        return Draft(doc)
    mains = elements(_X["main"], page.root)
    if not mains:
        return generic_html(doc, tz=BEIJING)
    main = mains[0]
    fields: dict[str, Field] = {}
    found = _first_text(page, "title")
    title = (
        Field(found[0], "title.cgtn-html", _nos(found[1]))
        if found
        else title_field(page, page.meta)
    )
    if title is not None:
        fields["title"] = title
    found = _first_text(page, "section")
    if found:
        fields["section"] = Field(found[0], "section.cgtn-html", _nos(found[1]))
    for key, rule in (("date", "date.cgtn-html"), ("updated", "updated.cgtn-html")):
        found = _first_text(page, key)
        dm = date_line(found[0], BEIJING) if found else None
        if found and dm is not None:
            fields[key] = Field(dm.value, rule, _nos(found[1]))
    found = _first_text(page, "author")
    byline = parse_byline(found[0]) if found else None
    if found and byline is not None:
        nos = _nos(found[1])
        fields["byline"] = Field(byline.printed, "byline.cgtn-html", nos)
        fields["authors"] = Field(byline.authors, "byline.cgtn-html", nos)
        if byline.source:
            fields["source"] = Field(byline.source, "byline.cgtn-html", nos)
    body: list[BodyItem] = []
    captions: list[CaptionItem] = []
    items = _json_items(main)
    if items is not None:
        _body_from_json(items, body, captions)
    else:
        _body_from_markup(page, main, body, captions)
    _top_media(page, captions)
    # What the markup does not say comes from the page's metadata.
    content = extract_content(page, title=title.value if title is not None else None)
    for key, field in metadata(page, content, tz=BEIJING, title=title).items():
        if key not in fields and key not in ("byline", "authors", "source", "subtitle"):
            fields[key] = field
    page_no, notes = page_number(doc, page)
    return html_draft(doc, fields, body, captions, page_no=page_no, warnings=notes)


def _body_from_json(
    items: list[dict[str, Any]],
    body: list[BodyItem],
    captions: list[CaptionItem],
) -> None:
    for item in items:
        kind = item.get("contentType")
        if kind == 1 and isinstance(item.get("content"), str):
            raw = item["content"]
            text = _markup_text(raw)
            if not text or _furniture_rule(text, bool(body)) is not None:
                continue
            block: BlockKind = "heading" if _is_bold_only(raw) else "paragraph"
            body.append(BodyItem(block, text, "body.cgtn-json"))
        elif kind == 4 and isinstance(item.get("img"), dict):
            value = item["img"].get("caption")
            caption = split_caption(_markup_text(value)) if isinstance(value, str) else None
            if caption is not None:
                captions.append(CaptionItem(caption, "caption.cgtn-json"))


def _body_from_markup(
    page: Page,
    main: Any,
    body: list[BodyItem],
    captions: list[CaptionItem],
) -> None:
    line_of = _lines_of(page)
    skip_links = False
    for el in main.iter("p", "div"):
        names = el.get("class") or ""
        if any(_SKIP.search(a.get("class") or "") for a in (el, *el.iterancestors())):
            continue
        if el.tag == "div":
            if "cmsImage" in names.split():
                for cap in elements(
                    ".//*[contains(@class,'imageCaption')]//*[contains(@class,'title')]", el
                ):
                    caption = split_caption(text_of(cap))
                    if caption is not None:
                        captions.append(
                            CaptionItem(caption, "caption.cgtn-html", _nos(line_of.get(cap)))
                        )
            continue
        if any("cmsImage" in (a.get("class") or "").split() for a in el.iterancestors()):
            continue
        text = fast_clean(text_of(el))
        if not text:
            continue
        if _READ_MORE.match(text):
            skip_links = True
            continue
        linked = sum(len(text_of(a)) for a in el.iter("a"))
        if skip_links and linked * 2 >= len(text):
            continue  # the linked stories under "Read more:"
        skip_links = False
        if _furniture_rule(text, bool(body)) is not None:
            continue
        found = match_caption(text)
        if found is not None and found.rule in ("caption.slash-credit", "caption.paren-credit"):
            caption = Caption(found.text, found.credit)
            captions.append(CaptionItem(caption, "caption.cgtn-html", _nos(line_of.get(el))))
            continue
        kind: BlockKind = "heading" if "subtitle" in names.split() else "paragraph"
        body.append(BodyItem(kind, text, f"body.cgtn-html-{kind}", _nos(line_of.get(el))))


def _top_media(page: Page, captions: list[CaptionItem]) -> None:
    for el in elements("//*[@id='top-media'][@image-source]", page.root):
        try:
            data = json.loads(el.get("image-source") or "[]", strict=False)
        except (ValueError, RecursionError):  # nested past the recursion limit
            continue
        for item in data if isinstance(data, list) else []:
            value = item.get("caption") if isinstance(item, dict) else None
            caption = split_caption(_markup_text(value)) if isinstance(value, str) else None
            if caption is not None:
                captions.insert(0, CaptionItem(caption, "caption.cgtn-top-media"))
