"""The Chinese-language pages of China Daily and CGTN, as text dumps and as HTML.

cn.chinadaily.com.cn, china.chinadaily.com.cn and CGTN's Chinese sites print a
breadcrumb (``首页 > 资讯 > 国内``), the title, then labelled lines:
``来源：中国日报网 2023-11-17 14:05``, ``作者：张三`` or ``记者 张三 李四`` or
``文／张三``, and ``责任编辑：王五`` (the editor: never an author). Captions end
with a credit (``（图片来源：视觉中国）``, ``（张三 摄）``). A paragraph ends with
full-width punctuation; a short line without it is a heading or furniture.

The labelled lines and credited captions are read by ``_fields/zhlabels.py``
(shared with the generic reader of any outlet's Chinese pages), with Beijing
time: right for these two outlets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .._engine.draft import Draft, Evidence
from .._engine.html import HtmlLine, Page
from .._engine.metadata import page_base, resolve_url
from .._engine.text import is_breadcrumb
from .._fields.labels import Label
from .._fields.zhlabels import InfoLine as Meta
from .._fields.zhlabels import read_info as read_meta
from .._fields.zhlabels import simplified, split_zh_caption, zh_date, zh_names
from .._input.document import Document
from .._model import Caption

__all__ = [
    "Meta",
    "is_chinese",
    "read_meta",
    "simplified",
    "split_zh_caption",
    "zh_date",
    "zh_html_fix",
    "zh_names",
    "zh_text_draft",
]

_CJK = re.compile(r"[\u3400-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")

#: Full-width (and closing) punctuation that ends a paragraph.
_ZH_END = tuple("。！？…”」』）)!?.")
_FURNITURE = re.compile(
    r"^(?:分享到\S*|分享|扫一扫.*|打印|关闭|关闭窗口|【?纠错】?|字号.*|返回顶部|"
    r"(?:上|下)一篇.*|登录|注册|微信|微博|QQ|收藏|评论\S*|点赞|"
    r".*版权(?:所有|说明).*|.*Copyright.*|.*All rights reserved.*|"
    r"(?:相关新闻|相关阅读|延伸阅读|相关文章|推荐阅读|热点推荐)[:：]?)$"
)
_RELATED = re.compile(r"^(?:相关新闻|相关阅读|延伸阅读|相关文章|推荐阅读|热点推荐)[:：]?$")
_SITE_PART = re.compile(
    r"中[国國]日[报報]|中[国國][国國][际際][电電][视視]台|CGTN|央[视視]|新[华華][网網]|人民[网網]|China Daily",
    re.I,
)
# A hyphen splits only with spaces round it: ``A-B`` inside a headline stays.
_TITLE_SPLIT = re.compile(r"\s+[-—]+\s+|\s*[_|｜]+\s*")


def is_chinese(text: str) -> bool:
    """Is the top of ``text`` Chinese (more CJK characters than Latin words, many)?"""
    sample = text[:3000]
    cjk = len(_CJK.findall(sample))
    if cjk < 20:
        return False  # too few to be Chinese: spares counting the kana and the words
    # Japanese writes kanji too; its kana tell it apart.
    if len(_KANA.findall(sample)) * 10 > cjk:
        return False
    return cjk >= 20 and cjk > 2 * len(_LATIN_WORD.findall(sample))


def _is_paragraph(text: str) -> bool:
    return text.endswith(_ZH_END) or len(text) >= 60


# --- text dumps --------------------------------------------------------------------


def zh_text_draft(doc: Document) -> Draft:
    """The draft of a Chinese text dump: header lines, then body, captions and furniture."""
    draft = Draft(doc)
    lines = [(line.no, line.text) for line in doc.lines]
    first_meta = next((k for k, (_, t) in enumerate(lines) if read_meta(t) is not None), None)
    title_at = _text_title(draft, lines, first_meta)
    start = title_at + 1 if title_at is not None else 0
    header_done = False
    pending: list[tuple[int, str]] = []  # short lines: headings when a paragraph follows
    related = False
    for no, text in lines[start:]:
        meta = read_meta(text)
        if meta is not None:
            _use_meta(draft, meta, no, in_header=not header_done)
            continue
        if _FURNITURE.match(simplified(text)):
            draft.label(no, Label.FURNITURE, "furniture.zh-line")
            related = related or bool(_RELATED.match(simplified(text)))
            continue
        caption = split_zh_caption(text)
        if caption is not None:
            draft.add_caption(caption, "caption.zh-credit", (no,))
            continue
        if related and not text.endswith(_ZH_END):
            draft.label(no, Label.FURNITURE, "furniture.zh-related")
            continue
        if _is_paragraph(text):
            header_done = True
            for p_no, p_text in pending:
                draft.add_body("heading", p_text, "body.zh-heading", (p_no,))
            pending = []
            draft.add_body("paragraph", text, "body.zh-paragraph", (no,))
        elif header_done and len(text) <= 30:
            pending.append((no, text))
        else:
            draft.label(no, Label.FURNITURE, "furniture.zh-short-line")
    for p_no, _ in pending:
        draft.label(p_no, Label.FURNITURE, "furniture.zh-short-line")
    return draft


def _text_title(draft: Draft, lines: list[tuple[int, str]], first_meta: int | None) -> int | None:
    """The title: the last plain line above the first header line (past the breadcrumb)."""
    stop = first_meta if first_meta is not None else min(len(lines), 6)
    title: int | None = None
    for k in range(stop):
        no, text = lines[k]
        crumb = is_breadcrumb(text.replace("＞", ">"))
        if crumb is not None:
            draft.set("section", crumb, "section.zh-breadcrumb", (no,))
            draft.label(no, Label.SECTION, "section.zh-breadcrumb")
            continue
        if (
            _FURNITURE.match(simplified(text))
            or len(text) > 80
            or (first_meta is None and text.endswith("。"))
        ):
            continue
        title = k
        if first_meta is None:
            break
    if title is None:
        return None
    for k in range(title):
        draft.label(lines[k][0], Label.FURNITURE, "header.unused")
    draft.set("title", lines[title][1], "title.zh", (lines[title][0],))
    return title


def _use_meta(draft: Draft, meta: Meta, no: int, *, in_header: bool) -> None:
    """Set what a header line gives; an editor's line is furniture, never a byline."""
    used = False
    if meta.authors and meta.byline is not None and (in_header or "authors" not in draft.fields):
        draft.set("byline", meta.byline, "byline.zh-label", (no,))
        used = draft.set("authors", meta.authors, "byline.zh-label", (no,)) or used
    if meta.source and in_header:
        used = draft.set("source", meta.source, "source.zh-label", (no,)) or used
    if meta.date is not None and in_header:
        used = draft.set("date", meta.date, "date.zh-label", (no,)) or used
    if not used:
        rule = "furniture.zh-editor" if meta.editor else "furniture.zh-label"
        draft.label(no, Label.FURNITURE, rule)


# --- HTML pages ----------------------------------------------------------------------


def _editor_names(text: str) -> tuple[str, ...]:
    if "编辑" not in simplified(text):
        return ()
    meta = read_meta(text)
    return zh_names(meta.editor) if meta is not None and meta.editor else ()


def _clean_title(title: str) -> str:
    """``黄河… - 中国日报网``: the site's name after the headline is not the title."""
    parts = _TITLE_SPLIT.split(title)
    if len(parts) > 1:
        kept = [p for p in parts if not _SITE_PART.search(p)]
        if kept and len(kept) < len(parts):
            return " ".join(kept[:1])
    return title


def zh_html_fix(draft: Draft, site_sources: Sequence[str] = ()) -> Draft:
    """An outlet's HTML draft of a Chinese page, with the Chinese header lines read.

    The outlet's (or the generic) reader finds the body; the labelled lines near
    the title set source, authors and date, and are taken out of the body with the
    editor's line; body lines that are captions with their credit become captions.
    """
    page = draft.doc.page
    if page is None:
        return draft
    title = draft.fields.get("title")
    if title is not None and isinstance(title.value, str):
        cleaned = _clean_title(title.value)
        if cleaned != title.value:
            lines = tuple(h.no for h in page.lines if h.text == cleaned)[:1]
            draft.fields["title"] = Evidence(cleaned, "title.zh-html", lines or title.lines)
    title = draft.fields.get("title")
    title_no = title.lines[0] if title is not None and title.lines else -1
    body_lines = {no for item in draft.body for no in item.lines}
    first_body = min(body_lines) if body_lines else len(page.lines)
    last_body = max(body_lines) if body_lines else len(page.lines)
    found: dict[str, Evidence] = {}
    for h in page.lines:
        if h.no <= title_no and title_no >= 0:
            continue
        meta = read_meta(h.text)
        if meta is None:
            continue
        # Under the title, or in the story when the header had none (``（记者 张三）``).
        in_header = h.no < first_body or (h.no <= last_body and not found)
        if meta.editor and not meta.authors:
            draft.labels[h.no] = (Label.FURNITURE, "furniture.zh-editor")
            continue
        if not in_header:
            draft.labels[h.no] = (Label.FURNITURE, "furniture.zh-label")
            continue
        if meta.authors and "authors" not in found:
            found["authors"] = Evidence(meta.authors, "byline.zh-label", (h.no,))
            found["byline"] = Evidence(meta.byline, "byline.zh-label", (h.no,))
        if meta.source and "source" not in found:
            found["source"] = Evidence(meta.source, "source.zh-label", (h.no,))
        if meta.date is not None and "date" not in found:
            found["date"] = Evidence(meta.date, "date.zh-label", (h.no,))
    editors = {n for h in page.lines for n in _editor_names(h.text)}
    if "authors" in found:
        for key in ("byline", "authors"):
            draft.fields.pop(key, None)
    else:
        # The editor's name is never an author, wherever the generic reader found it.
        authors = draft.fields.get("authors")
        if authors is not None and any(a in editors for a in authors.value):
            kept = tuple(a for a in authors.value if a not in editors)
            draft.fields.pop("byline", None)
            draft.fields.pop("authors")
            if kept:
                draft.fields["authors"] = Evidence(kept, authors.rule, authors.lines)
    draft.fields.update(found)
    body = []
    for item in draft.body:
        if read_meta(item.text) is not None or _FURNITURE.match(simplified(item.text)):
            for no in item.lines:
                draft.labels[no] = (Label.FURNITURE, "furniture.zh-label")
            continue
        caption = split_zh_caption(item.text) if item.kind == "paragraph" else None
        if caption is not None:
            draft.add_caption(caption, "caption.zh-credit", item.lines)
            continue
        body.append(item)
    draft.body = body
    _between_paragraphs(draft, page.lines)
    section = draft.fields.get("section")
    if section is None and title_no > 0:
        for h in page.lines[max(0, title_no - 4) : title_no]:
            crumb = is_breadcrumb(h.text.replace("＞", ">"))
            if crumb is not None:
                draft.fields["section"] = Evidence(crumb, "section.zh-breadcrumb", (h.no,))
    for cap in draft.captions:
        if cap.caption.credit is None and cap.caption.text:
            split = split_zh_caption(cap.caption.text)
            if split is not None:
                cap.caption = Caption(split.text, split.credit, cap.caption.image)
    _caption_images(draft, page)
    return draft


def _caption_images(draft: Draft, page: Page) -> None:
    """The image a caption goes with: the one image of its figure or block, or just before."""
    base = page_base(page.meta, draft.doc.url)
    for cap in draft.captions:
        if cap.caption.image is not None or not cap.lines or cap.lines[0] >= len(page.lines):
            continue
        src = _image_near(page.lines[cap.lines[0]].el)
        url = resolve_url(src, base) if src else None
        if url:
            cap.caption = Caption(cap.caption.text, cap.caption.credit, url)


def _image_near(el: Any) -> str | None:
    before = el.getprevious()
    scopes = [before] if before is not None and before.tag == "img" else []
    parent = el.getparent()
    if parent is not None and parent.tag not in ("body", "html"):
        scopes.append(parent)
    for scope in scopes:
        imgs = [scope] if scope.tag == "img" else list(scope.iter("img"))
        if len(imgs) == 1:
            src = imgs[0].get("data-src") or imgs[0].get("src")
            return str(src).strip() if src and not str(src).startswith("data:") else None
    return None


def _between_paragraphs(draft: Draft, lines: Sequence[HtmlLine]) -> None:
    """Lines the outlet's reader passed over inside the story: captions and headings.

    Between the first and the last paragraph, a caption with its credit
    (``（新华社记者 张三 摄）``) is a caption, and a short ``h2``-``h4`` a heading.
    """
    used = {no for item in draft.body for no in item.lines}
    used |= {no for cap in draft.captions for no in cap.lines}
    if not used or not draft.body:
        return
    first = min(no for item in draft.body for no in item.lines)
    last = max(no for item in draft.body for no in item.lines)
    added = False
    for h in lines:
        if not first < h.no < last or h.no in used or h.no in draft.labels:
            continue
        caption = split_zh_caption(h.text)
        if caption is not None:
            draft.add_caption(caption, "caption.zh-credit", (h.no,))
        elif (
            h.tag in ("h2", "h3", "h4")
            and len(h.text) <= 30
            and not _FURNITURE.match(simplified(h.text))
        ):
            draft.add_body("heading", h.text, "body.zh-heading", (h.no,))
            added = True
    if added:
        draft.body.sort(key=lambda item: item.lines[0] if item.lines else last)


class ChinesePages:
    """For an outlet with Chinese-language sites: those pages go to the Chinese reader.

    Mixed into a :class:`~newsparse.parsers._base.ProfileParser` subclass, before it.
    """

    def draft(self, doc: Document) -> Draft:
        """A Chinese-language page goes to the Chinese reader; others as before."""
        base: Any = super()
        if not is_chinese(doc.text):
            return base.draft(doc)  # type: ignore[no-any-return]
        if doc.kind == "html":
            return zh_html_fix(base.html_draft(doc))
        return zh_text_draft(doc)
