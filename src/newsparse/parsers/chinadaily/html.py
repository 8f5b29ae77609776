"""China Daily article pages (their layout is described in docs/outlets.md).

Title from the article's own heading (``#lft-art h1``, ``div.lft_art``,
``div.main_art``), never the hidden ``<div style="display:none"><h1>`` at the
top of ``<body>``; the ``span.info_l`` line split like a text dump's info line
(byline, source, Beijing-time date); ``#Content p`` paragraphs with
``<p><strong>`` subheadings; ``figure > figcaption`` captions with their
bracketed credit; ``<meta>`` tags (``publishdate``, ``author``, ``source``) as
the fallback; the page number of a multi-page article.
"""

from __future__ import annotations

from typing import Any

from lxml import etree

from ..._engine.content import (
    Field,
    _furniture_rule,
    _is_strong_heading,
    extract_content,
    generic_html,
    html_draft,
    metadata,
    split_caption,
    title_field,
)
from ..._engine.draft import BodyItem, CaptionItem, Draft
from ..._engine.html import HIDDEN, line_for, text_of
from ..._engine.metadata import elements, fast_clean
from ..._engine.pages import page_number
from ..._engine.text import info_line, is_breadcrumb
from ..._fields.bylines import is_outlet, parse_byline
from ..._fields.captions import match_caption
from ..._fields.dates import BEIJING, date_line
from ..._fields.htmldates import parse_date_value
from ..._input.document import Document
from ..._model import Caption

__all__ = ["chinadaily_html"]

_ARTICLE = etree.XPath(
    "//*[@id='lft-art'] | //div[contains(concat(' ', normalize-space(@class), ' '), ' lft_art ')]"
    " | //div[contains(concat(' ', normalize-space(@class), ' '), ' main_art ')]"
)
_INFO = etree.XPath("//*[contains(concat(' ', normalize-space(@class), ' '), ' info_l ')]")
_CONTENT = etree.XPath("//*[@id='Content']")


def chinadaily_html(doc: Document) -> Draft:
    page = doc.page
    if page is None:
        return Draft(doc)
    root = page.root
    contents = elements(_CONTENT, root)
    articles = elements(_ARTICLE, root)
    if not contents and not articles:
        return generic_html(doc, tz=BEIJING)
    line_of: dict[Any, int] = {}
    hidden: set[Any] = set()
    for h in page.lines:
        line_of.setdefault(h.el, h.no)
        if h.flags & HIDDEN:
            hidden.add(h.el)
    fields: dict[str, Field] = {}

    # Title: the article's own h1, visible.
    for scope in articles or [root]:
        for h1 in scope.iter("h1"):
            if h1 in hidden or h1 not in line_of:
                continue
            text = fast_clean(text_of(h1))
            if text:
                fields["title"] = Field(text, "title.chinadaily-html", (line_of[h1],))
                break
        if "title" in fields:
            break
    if "title" not in fields:
        title = title_field(page, page.meta)
        if title is not None:
            fields["title"] = title

    # The breadcrumb (China > Society >) names the section.
    title_no = fields["title"].lines[0] if "title" in fields and fields["title"].lines else None
    if title_no is not None:
        for h in page.lines[max(0, title_no - 4) : title_no]:
            crumb = is_breadcrumb(h.text)
            if crumb is not None and not h.flags & HIDDEN:
                fields["section"] = Field(crumb, "section.chinadaily-breadcrumb", (h.no,))

    # The info line: By NAME | SOURCE | Updated: 2023-08-06 15:09
    for el in elements(_INFO, root):
        text = fast_clean(text_of(el))
        info = info_line(text, BEIJING) if text else None
        found_no = line_for(el, line_of)
        nos = () if found_no is None else (found_no,)
        if info is None:
            dm = date_line(text, BEIJING) if text else None
            if dm is not None:
                fields["date"] = Field(dm.value, "date.chinadaily-info", nos)
            continue
        byline, source, dates = info
        if byline is not None:
            fields["byline"] = Field(byline.printed, "byline.chinadaily-info", nos)
            fields["authors"] = Field(byline.authors, "byline.chinadaily-info", nos)
            source = source or byline.source
        if source:
            fields["source"] = Field(source, "source.chinadaily-info", nos)
        if dates:
            # The single Updated time is the article's date (docs/outlets.md).
            fields["date"] = Field(dates[0].value, "date.chinadaily-info", nos)
            if len(dates) > 1:
                fields["updated"] = Field(dates[1].value, "updated.chinadaily-info", nos)
        break

    body: list[BodyItem] = []
    captions: list[CaptionItem] = []
    content = contents[0] if contents else articles[0]
    for el in content.iter("p", "figcaption", "h2", "h3", "h4"):
        if el in hidden:
            continue
        text = fast_clean(text_of(el))
        if not text:
            continue
        no = line_of.get(el)
        lines = () if no is None else (no,)
        in_figure = el.tag == "figcaption" or any(a.tag == "figure" for a in el.iterancestors())
        if in_figure:
            if el.tag == "figcaption" or not any(a.tag == "figcaption" for a in el.iterancestors()):
                caption = split_caption(text)
                if caption is not None and caption not in (c.caption for c in captions):
                    captions.append(CaptionItem(caption, "caption.chinadaily-figure", lines))
            continue
        if any(a.tag == "figcaption" for a in el.iterancestors()):
            continue
        found = match_caption(text)
        if found is not None and found.rule == "caption.bracket-credit":
            caption = Caption(found.text, found.credit)
            captions.append(CaptionItem(caption, "caption.chinadaily-bracket", lines))
            continue
        if _furniture_rule(text, bool(body)) is not None:
            continue
        if el.tag in ("h2", "h3", "h4") or _is_strong_heading(el, text):
            body.append(BodyItem("heading", text, "body.chinadaily-strong-heading", lines))
        else:
            body.append(BodyItem("paragraph", text, "body.chinadaily-paragraph", lines))

    # <meta> tags fill what the page does not print.
    meta = page.meta
    if "date" not in fields:
        value = parse_date_value(meta.first("publishdate"), BEIJING)
        if value is not None:
            fields["date"] = Field(value, "date.chinadaily-meta")
    if "authors" not in fields:
        raw = meta.first("author")
        byline = parse_byline(raw) if raw else None
        if byline is not None and byline.authors:
            fields["authors"] = Field(byline.authors, "authors.chinadaily-meta")
    if "source" not in fields:
        raw = meta.first("source")
        if raw and is_outlet(raw):
            fields["source"] = Field(raw, "source.chinadaily-meta")
    title = fields.get("title")
    generic = metadata(page, extract_content(page), tz=BEIJING, title=title)
    for key in ("date", "section"):
        if key not in fields and key in generic and not generic[key].rule.startswith("date.url"):
            fields[key] = generic[key]
    page_no, notes = page_number(doc, page, trust_url=True)
    return html_draft(doc, fields, body, captions, page_no=page_no, warnings=notes)
