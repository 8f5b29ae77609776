"""HTML input: detect markup and turn a page into a :class:`Document`.

The page becomes one line per block of visible text (the browser's
``innerText``, roughly), each with its tag and class hints.
"""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

from ._document import Document, Line
from ._normalize import clean_line

__all__ = ["document_from_html", "looks_like_html"]

_HTML_START = re.compile(
    r"(?is)^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b"
)
_TAGS = re.compile(
    r"(?i)</?(?:p|div|span|a|br|h[1-6]|article|section|table|li|ul|img|script)\b[^>]*>"
)
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "td",
        "th",
        "tr",
        "ul",
        "br",
    ]
)
_DROP = frozenset(
    ["script", "style", "noscript", "template", "svg", "iframe", "object", "embed", "head"]
)


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup rather than a text dump."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return len(_TAGS.findall(head)) >= 5


def parse_tree(text: str) -> etree._Element | None:
    parser = lxml_html.HTMLParser(
        recover=True, huge_tree=True, remove_comments=True, remove_pis=True
    )
    try:
        root = lxml_html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError):
        return None
    return root


def _lines(root: etree._Element) -> list[tuple[str, str, str]]:
    """(text, tag, hint) per block of visible text, in document order."""
    out: list[tuple[str, str, str]] = []
    buf: list[str] = []
    owner: list[tuple[str, str]] = [("", "")]

    def flush() -> None:
        text = clean_line(" ".join(buf))
        buf.clear()
        if text:
            tag, hint = owner[-1]
            out.append((text, tag, hint))

    # Iterative walk: deeply nested pages must not hit the recursion limit.
    stack: list[tuple[etree._Element, bool]] = [(root, False)]
    while stack:
        el, closing = stack.pop()
        tag = el.tag if isinstance(el.tag, str) else ""
        if closing:
            if tag in _BLOCKS:
                flush()
            if el.tail:
                buf.append(el.tail)
            continue
        if tag in _DROP or not isinstance(el.tag, str):
            if el.tail:
                buf.append(el.tail)
            continue
        if tag in _BLOCKS:
            flush()
            owner.append((tag, f"{el.get('class', '')} {el.get('id', '')}".strip()))
            owner[:] = owner[-64:]
        if el.text:
            buf.append(el.text)
        stack.append((el, True))
        for child in reversed(el):
            stack.append((child, False))
    flush()
    return out


def document_from_html(
    text: str, *, url: str | None = None, encoding: str | None = None
) -> Document:
    """Read an HTML page into a Document (``kind == "html"``)."""
    root = parse_tree(text)
    if root is None:
        return Document("html", "", (), url=url, encoding=encoding)
    lines = []
    texts = []
    for no, (line, tag, hint) in enumerate(_lines(root)):
        lines.append(Line(no, line, False, tag, hint))
        texts.append(line)
    return Document("html", "\n".join(texts), tuple(lines), url=url, root=root, encoding=encoding)
