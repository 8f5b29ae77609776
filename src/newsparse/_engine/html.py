"""HTML input: detect markup and turn a page into a :class:`Document`.

The page becomes one line per block of visible text (the browser's
``innerText``, roughly), each with its tag and class hints; the page's
metadata (``<meta>`` tags, JSON-LD, ``<title>``, canonical link) goes to
``Document.meta``, and a :class:`Page` with the tree and per-line markup
statistics to ``Document.page``, for the HTML parsers.

Everything here is iterative: a page nested 10,000 levels deep must not hit
Python's recursion limit.
"""

from __future__ import annotations

import itertools
import re
import sys
from bisect import bisect_left
from collections.abc import Callable
from typing import Any

import attrs
from lxml import etree

from .._input.document import Document, Line
from .metadata import META_TAGS, PageMeta, add_itemprop, fast_clean, read_element, read_subtree
from .selectors import BLOCK_TAGS, DROP_TAGS, NAV_TAGS

__all__ = [
    "DATA_AUTHOR_ATTRIBUTES",
    "FIG",
    "HIDDEN",
    "LINK",
    "NAV",
    "HtmlLine",
    "Page",
    "document_from_html",
    "inherited",
    "line_for",
    "looks_like_html",
    "parse_tree",
    "text_of",
]

_HTML_START = re.compile(
    r"(?is)^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title)\b"
)
_TAGS = re.compile(
    r"(?i)</?(?:p|div|span|a|br|h[1-6]|article|section|table|li|ul|img|script)\b[^>]*>"
)
_HIDDEN_STYLE = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")

# Line flags: where in the page a line's text sits.
LINK = 1  # inside <a> (only for text pieces; a line keeps link_chars instead)
NAV = 2  # inside nav/aside/footer/menu
FIG = 4  # inside figure/figcaption
HIDDEN = 8  # inside an element hidden by style or the hidden attribute
_HEADER = 16  # inside <header>
_SPECIAL_TAGS = {
    "a": LINK,
    **dict.fromkeys(NAV_TAGS, NAV),
    "figure": FIG,
    "figcaption": FIG,
    "header": _HEADER,
}


@attrs.define(slots=True, eq=False)
class HtmlLine:
    """A line of visible text with what the markup says about it."""

    no: int
    text: str
    el: Any  # the block element that owns the text
    flags: int
    chars: int
    link_chars: int
    #: The owner block's tag, read once by the walk (scoring asks it of every line).
    tag: str

    @property
    def link_ratio(self) -> float:
        return self.link_chars / self.chars if self.chars else 0.0


@attrs.define(slots=True, eq=False)
class Page:
    """A parsed HTML page: the tree, its text lines and its metadata."""

    root: Any
    lines: list[HtmlLine]
    meta: PageMeta
    #: (element, first line, end line) of every element holding lines, inner first.
    spans: list[tuple[Any, int, int]] = attrs.Factory(list)
    #: Every class and id value in the tree, each on a line of its own ("\n" first
    #: and last, so that "\nvalue\n" finds a whole value); None: not collected.
    names: str | None = None
    #: Whether the tree holds a <figure> or <figcaption> (None: not known).
    figures: bool | None = None
    #: Every <time> element of the tree, in document order (None: not collected).
    times: list[Any] | None = None
    #: Whether an element of the tree has one of DATA_AUTHOR_ATTRIBUTES (None: not known).
    data_authors: bool | None = None
    #: The numbers of the lines whose block is an <h1>, ascending (None: not collected).
    h1: list[int] | None = None

    def h1_lines(self, lo: int, hi: int) -> list[HtmlLine]:
        """The lines of ``self.lines[lo:hi]`` (``lo`` below 0 read as 0) whose block is an
        ``<h1>``, in order: from the walk's list when it has one, not a scan of the lines."""
        lines = self.lines
        nos = self.h1
        lo = max(0, lo)
        if nos is None:
            return [h for h in lines[lo:hi] if h.tag == "h1"]
        return [lines[no] for no in nos[bisect_left(nos, lo) : bisect_left(nos, hi)]]


def looks_like_html(text: str) -> bool:
    """True when ``text`` is markup rather than a text dump."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    return len(_TAGS.findall(head)) >= 5


# libxml2 adds each attribute at the end of the element's list, walking it: an element
# with 100,000 attributes takes minutes. Elements keep their first _MAX_ATTRIBUTES.
# Start tags are read as HTML5 reads them: the tag name, then attributes, each after
# white space or "/" (or straight after a quoted value), up to a ">" that is not in a
# quoted value; white space is HTML's (not \s, which also takes a no-break space). Atomic
# groups keep the name and the count from backtracking into another reading of the same
# tag: (?>X) where Python has them (3.11), else (?=(?P<aN>X))(?P=aN), the same match.
# Comments and the text of raw-text elements (script, style, title, textarea...) are
# skipped whole, as libxml2 reads them: markup there is text, and a quote there must not
# hide a crowded tag after it (nor a "<" comparison in a script read as one).
_MAX_ATTRIBUTES = 256
_WS = r"\t\n\f\r "
_ATTRIBUTE = (
    rf"""(?:[{_WS}/]+|(?<=["']))(?:=[^{_WS}/>=]*|[^{_WS}/>=]+)"""
    rf"""(?:[{_WS}]*=[{_WS}]*(?:"[^"]*"|'[^']*'|[^{_WS}>]*))?"""
)


_GROUPS = itertools.count()


def _atomic(pattern: str) -> str:
    """``pattern`` as an atomic group (it needs no capturing group of its own)."""
    if sys.version_info >= (3, 11):
        return f"(?>{pattern})"
    name = f"a{next(_GROUPS)}"
    return f"(?=(?P<{name}>{pattern}))(?P={name})"


_NAME = _atomic(f"[^{_WS}/>]*")


def _few_attributes() -> str:
    """After a tag's name: its attributes, up to _MAX_ATTRIBUTES, and no more of them
    (a new group name on each call, for patterns that hold it twice)."""
    return rf"{_atomic(f'(?:{_ATTRIBUTE}){{0,{_MAX_ATTRIBUTES}}}')}(?!{_ATTRIBUTE})"


_SHORT_TAG = rf"<[A-Za-z]{_NAME}{_few_attributes()}"
# A comment, to "-->" (or "--!>", or the end of the text; "<!-->" is empty), and a
# raw-text element's start tag with its text, to its end tag (or the end of the text).
_COMMENT = r"<!--(?:-?>|[^-]*(?:-(?!-!?>)[^-]*)*(?:--!?>|\Z))"
_RAW_TEXT = (
    rf"<(?=(?i:[instx]))(?P<raw>(?i:script|style|title|textarea|xmp|iframe|noembed|noframes))"
    rf"(?![^{_WS}/>])"
    rf"{_few_attributes()}[{_WS}/]*>"
    rf"[^<]*(?:<(?!/(?i:(?P=raw))(?![^{_WS}/>]))[^<]*)*"
)
# Most start tags, read faster: a name, then up to _MAX_ATTRIBUTES of ' name="value"',
# then ">". Where it matches, _SHORT_TAG reads the same attributes (and no more). Its
# quantifiers are possessive where Python has them (3.11): each stops where the next
# part cannot start, so no shorter reading can match, and a tag that is no plain one
# (a quote of the other kind, a value unquoted) fails without trying them.
_P = "+" if sys.version_info >= (3, 11) else ""
_PLAIN_TAG = (
    rf"""<[A-Za-z][^{_WS}/>"'=]*{_P}(?:[{_WS}]+{_P}[^{_WS}/>"'=]+{_P}="[^"]*{_P}")"""
    rf"{{0,{_MAX_ATTRIBUTES}}}{_P}[{_WS}]*{_P}>"
)
# Text and start tags with few attributes, up to the next crowded start tag (a
# bounded count of pieces per call keeps the regex engine's own stack small). The
# cheap tests go first: "</" (an end tag's start, read on as text) is no comment nor
# start tag, and a raw-text element's name starts with one of a few letters. The text
# after an end tag or a plain start tag is read in the same piece (fewer pieces; only
# [^<]+ could read it in the next one).
_ORDINARY = re.compile(
    rf"(?:[^<]+|</[^<]*|{_COMMENT}|<(?![A-Za-z])|{_RAW_TEXT}|{_PLAIN_TAG}[^<]*|{_SHORT_TAG})"
    r"{0,10000}"
)
_CROWDED_HEAD = re.compile(rf"<[A-Za-z]{_NAME}{_atomic(f'(?:{_ATTRIBUTE}){{{_MAX_ATTRIBUTES}}}')}")
# Greedy and followed by nothing: it never backtracks. Read in slices, as _ORDINARY.
_MORE_ATTRIBUTES = re.compile(rf"(?:{_ATTRIBUTE}){{0,10000}}")


def _end(rx: re.Pattern[str], text: str, pos: int) -> int:
    m = rx.match(text, pos)
    return m.end() if m else pos


def _trim_attributes(text: str) -> str:
    """``text`` with every start tag cut to its first ``_MAX_ATTRIBUTES`` attributes."""
    out: list[str] = []
    start = pos = 0
    while pos < len(text):
        end = _end(_ORDINARY, text, pos)
        if end > pos:
            pos = end
            continue
        # A crowded start tag (_ORDINARY stops nowhere else): keep its head, drop the
        # other attributes.
        head = _CROWDED_HEAD.match(text, pos)
        if head is None:  # pragma: no cover - _ORDINARY stopped before a crowded tag
            break
        out.append(text[start : head.end()])
        pos = head.end()
        while (end := _end(_MORE_ATTRIBUTES, text, pos)) > pos:
            pos = end
        start = pos
    if not out:
        return text
    out.append(text[start:])
    return "".join(out)


def parse_tree(text: str, utf8: bytes | None = None) -> Any:
    """The lxml root of ``text``, or None when nothing can be read from it.

    ``utf8``: ``text`` encoded in UTF-8, when the caller has it already.
    """
    trimmed = _trim_attributes(text)
    if trimmed is not text:
        text, utf8 = trimmed, None
    # Bytes in a known encoding: a <meta charset> in the page must not make
    # libxml2 decode the text a second time.
    data = utf8 if utf8 is not None else text.encode("utf-8", errors="replace")
    # collect_ids=False: no table of the page's ids (nothing here looks one up), so no
    # "ID already defined" errors for the depth test below to read through either.
    parser = etree.HTMLParser(
        recover=True,
        huge_tree=True,
        remove_comments=True,
        remove_pis=True,
        encoding="utf-8",
        collect_ids=False,
    )
    try:
        root = etree.fromstring(data, parser=parser)
        if any("depth" in str(e.message).lower() for e in parser.error_log):
            # libxml2 stops at 2048 levels (huge_tree or not): flatten and read again.
            data = _flatten(text).encode("utf-8", errors="replace")
            root = etree.fromstring(data, parser=parser)
    except (etree.ParserError, ValueError, etree.XMLSyntaxError):
        return None
    if root is None or not isinstance(root.tag, str):
        return None
    _adopt_trailing(root)
    return root


def _adopt_trailing(root: Any) -> None:
    """Content after ``</html>`` goes into the page's body, as a browser puts it
    (libxml2 makes a second ``<html>`` beside the root, which no walk reads)."""
    extra = root.getnext()
    while extra is not None:
        if extra.tag == "html":
            body = root.find("body")
            (body if body is not None else root).extend(list(extra))
        extra = extra.getnext()


def _opens_page(button: Any) -> bool:
    """Whether ``button`` holds a paragraph (or a ``<main>``, an ``<article>``): then it is
    one libxml2 left open (``<button><div></button>``: the close tag is ignored while the
    ``<div>`` is open), and what follows is the page, not the button's label. Such a
    button becomes a plain ``<div>``, and so does every button between it and the first
    paragraph it holds.

    The walk asks this of each button it meets: one scan below it, to its first
    paragraph, and the buttons on the way up from there are no buttons any more when
    the walk meets them; a button without a paragraph is skipped whole. So each
    element is scanned at most twice however the buttons nest: linear.
    """
    first = next(button.iter("p", "main", "article"), None)
    if first is None:
        return False
    node = first.getparent()
    while node is not None:
        if node.tag == "button":
            node.tag = "div"
        if node is button:
            break
        node = node.getparent()
    return True


# A tag: name, then attributes up to ">"; a quoted value may hold ">" and "<". No
# attempt reads past the next "<" outside a quoted value, so an unclosed "<a x" costs
# its own length, not the rest of the page.
_TAG = re.compile(
    r"<(/?)([A-Za-z][\w:-]*)\b"
    r"""(?:[^<>"'=/]|/(?!>)|=\s*"[^"]*"|=\s*'[^']*'|=(?!\s*["'])|["'])*"""
    r"(/?)>"
)
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
    ]
)


def _pop_to(
    stack: list[tuple[str, int]], k: int, below: dict[int, int], open_at: dict[str, list[int]]
) -> None:
    """Close ``stack[k:]``, each passing its deepest level on to its parent."""
    while len(stack) > k:
        name, j = stack.pop()
        open_at[name].pop()
        if stack:
            parent = stack[-1][1]
            if below[parent] < below[j]:
                below[parent] = below[j]


def _flatten(text: str, keep: int = 500) -> str:
    """``text`` with the middle of overly deep nesting removed (all text kept).

    Of every chain of nested elements, the outer ``keep`` levels and the inner
    ``keep`` levels stay: the page's frame and the article's own markup.
    """
    matches = list(_TAG.finditer(text))
    depth_of: dict[int, int] = {}
    below: dict[int, int] = {}  # deepest level inside each element
    closes: dict[int, int] = {}  # close tag index -> its open tag index
    stack: list[tuple[str, int]] = []
    # Stack levels of the open elements of each name: a close tag finds its element
    # without searching the stack (thousands of stray close tags under deep nesting).
    open_at: dict[str, list[int]] = {}
    for i, m in enumerate(matches):
        closing, name, selfclosing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or selfclosing:
            continue
        if not closing:
            depth_of[i] = below[i] = len(stack)
            open_at.setdefault(name, []).append(len(stack))
            stack.append((name, i))
            continue
        levels = open_at.get(name)
        if levels:
            k = levels[-1]
            closes[i] = stack[k][1]
            _pop_to(stack, k, below, open_at)
    _pop_to(stack, 0, below, open_at)
    out: list[str] = []
    pos = 0
    for i, m in enumerate(matches):
        out.append(text[pos : m.start()])
        pos = m.end()
        j = closes.get(i, i)
        if j in depth_of and keep <= depth_of[j] < below[j] - keep:
            continue
        out.append(m.group(0))
    out.append(text[pos:])
    return "".join(out)


# What the walk does at an element, by tag (bits beside the line flags above).
_BLOCK = 32  # starts a new line
_DROP = 64  # never visible: skipped, then stripped (its metadata is read first)
_META = 128  # read by read_element
_HEAD = 256  # <head>: metadata and names only, no lines
_FIGURE = 512  # <figure> or <figcaption>
_SKIPPED = 1024  # on the walk's stack only: the <head>, read on its own
_TIME = 2048  # <time>: kept in Page.times
_KIND: dict[Any, int] = {}
for _tag, _bit in [
    *((t, _BLOCK) for t in BLOCK_TAGS),
    *((t, _DROP) for t in DROP_TAGS),
    *((t, _META) for t in META_TAGS),
    *_SPECIAL_TAGS.items(),
    ("head", _HEAD),
    ("figure", _FIGURE),
    ("figcaption", _FIGURE),
    ("time", _TIME),
]:
    _KIND[_tag] = _KIND.get(_tag, 0) | _bit
# A dropped element is only dropped: neither a block nor anything else.
_KIND.update(dict.fromkeys(DROP_TAGS, _DROP))
_FLAG_BITS = LINK | NAV | FIG | HIDDEN | _HEADER
# The kinds that need more than a push at an element's start.
_RARE = _DROP | _HEAD | _META | _FIGURE | _TIME
# The attributes the walk reads, each as a small number (one dict look-up per attribute).
_CLASS, _ID, _STYLE, _HIDDEN_ATTRIBUTE, _ITEMPROP, _DATA_AUTHOR = range(1, 7)
#: Attributes where a script keeps the names it prints as the byline (read by
#: html_authors only when some element has one: Page.data_authors).
DATA_AUTHOR_ATTRIBUTES = ("data-author", "data-authors", "data-author-name", "data-byline")
_ATTRIBUTE_KINDS = {
    "class": _CLASS,
    "id": _ID,
    "style": _STYLE,
    "hidden": _HIDDEN_ATTRIBUTE,
    "itemprop": _ITEMPROP,
    **dict.fromkeys(DATA_AUTHOR_ATTRIBUTES, _DATA_AUTHOR),
}


class _Walk:
    """What one walk over the page collects besides its lines."""

    def __init__(self) -> None:
        self.meta = PageMeta()
        self.spans: list[tuple[Any, int, int]] = []
        #: Every class and id value of the elements kept.
        self.names: list[str] = []
        self.figures = False
        #: The <time> elements kept, in document order.
        self.times: list[Any] = []
        #: The Document's line for each line of text (tag and class hint).
        self.lines: list[Line] = []
        #: The outermost never-visible elements, stripped after the walk.
        self.dropped: list[Any] = []
        #: Whether an element kept has one of DATA_AUTHOR_ATTRIBUTES.
        self.data_authors = False
        #: The lines whose block is an <h1>.
        self.h1: list[int] = []

    def read_hidden(self, el: Any) -> None:
        """Metadata inside a never-visible element (JSON-LD, microdata in <noscript>)."""
        if len(el):
            read_subtree(self.meta, el)
            return
        # Most are leaves (a <script>, an <input>): read_subtree's reading of one element.
        if el.tag in META_TAGS:
            read_element(self.meta, el)
        prop = el.get("itemprop")
        if prop:
            add_itemprop(self.meta, el, prop)

    def read_head(self, head: Any) -> None:
        """The <head>: its metadata, class and id names; no line of text."""
        meta, names = self.meta, self.names
        attribute_kind = _ATTRIBUTE_KINDS.get
        walk = etree.iterwalk(head, events=("start",))
        for _, el in walk:
            tag = el.tag
            kind = _KIND.get(tag, 0)
            if kind & _DROP:
                self.dropped.append(el)
                self.read_hidden(el)
                walk.skip_subtree()
                continue
            if kind & _META:
                read_element(meta, el)
            if kind & _FIGURE:
                self.figures = True
            if kind & _TIME:
                self.times.append(el)
            # The names only (a <link>'s href, a <meta>'s content are not decoded here).
            for key in el.keys():  # noqa: SIM118 - an element's keys (iter() gives children)
                read = attribute_kind(key)
                if read is None or read in (_STYLE, _HIDDEN_ATTRIBUTE):
                    continue
                if read == _DATA_AUTHOR:
                    self.data_authors = True
                    continue
                value = el.get(key)
                if not value:
                    continue
                if read == _ITEMPROP:
                    add_itemprop(meta, el, value)
                else:  # class or id
                    names.append(value)


def _walk(root: Any, found: _Walk) -> list[HtmlLine]:
    """Lines of visible text in document order, each with its owner block.

    One pass over the tree also reads the page's metadata and fills ``found``:
    ``spans`` receives ``(element, first line, end line)`` for every element
    that holds lines, children before parents; ``names`` every class and id
    value met; ``dropped`` the never-visible elements (their subtrees are
    skipped, their metadata read); the <head> gives metadata and names only.
    """
    out: list[HtmlLine] = []
    buf: list[str] = []
    total = linked = 0  # characters in buf, and of them inside links
    inked = False  # buf holds more than white space
    # The block elements open, innermost last: (element, flags, tag, class, id).
    owners: list[tuple[Any, int, str, str | None, str | None]] = [
        (root, 0, root.tag, root.get("class"), root.get("id"))
    ]
    lines = found.lines
    flags = 0  # of the element whose content is being read
    # One entry per open element: (its parent's flags, lines before it, its kind).
    stack: list[tuple[int, int, int]] = []
    kinds = _KIND
    hidden_style = _HIDDEN_STYLE.search
    meta = found.meta
    head = next(root.iterchildren("head"), None)
    push, pop, add, span, name = (
        stack.append,
        stack.pop,
        buf.append,
        found.spans.append,
        found.names.append,
    )
    drop = found.dropped.append
    h1 = found.h1.append
    new = tuple.__new__  # skips the named tuple's Python-level __new__ (same object)

    def flush(no: int) -> int:
        """Line ``no`` from the text in ``buf``, if it shows any: the lines then made (0 or 1)."""
        text = fast_clean("".join(buf))
        if not text:
            return 0
        el, flags, tag, cls, ident = owners[-1]
        # Counts are of the raw text; scale them to the cleaned line.
        size = len(text)
        link = size if linked >= total else round(size * linked / total) if linked else 0
        out.append(HtmlLine(no, text, el, flags, size, link, tag))
        hint = (f"{cls} #{ident}" if cls else f"#{ident}") if ident else cls or ""
        lines.append(new(Line, (no, text, False, tag, hint)))
        if tag == "h1":
            h1(no)
        return 1

    n = 0  # lines so far (len(out), kept at hand)
    attribute_kind = _ATTRIBUTE_KINDS.get
    # iterwalk is iterative (C): 10,000 levels of nesting are fine.
    walk = etree.iterwalk(root, events=("start", "end"))
    skip = walk.skip_subtree
    for event, el in walk:
        if event == "start":
            tag = el.tag
            kind = kinds.get(tag, 0)
            if kind:
                if kind & _RARE and kind & _DROP and tag == "button" and _opens_page(el):
                    tag = el.tag  # a <div> now
                    kind = kinds.get(tag, 0)
                if kind & _RARE:  # one test for most elements (a block, a link)
                    if kind & _DROP:
                        drop(el)
                        found.read_hidden(el)
                        skip()
                        # Its end comes next: only its tail is read then.
                        push((flags, n, _DROP))
                        continue
                    if kind & _HEAD and el is head:
                        found.read_head(el)
                        skip()
                        push((flags, n, _SKIPPED))
                        continue
                    if kind & _META:
                        read_element(meta, el)
                    if kind & _FIGURE:
                        found.figures = True
                    if kind & _TIME:
                        found.times.append(el)
                push((flags, n, kind))
                flags |= kind & _FLAG_BITS
            else:
                push((flags, n, 0))
            # The attribute names in one call (most elements have none or one), and the
            # values of those read here only: an href, a srcset is never decoded.
            keys = el.keys()
            cls = ident = None  # the element's class and id, for its lines' hint
            if keys:
                for key in keys:
                    # One look-up passes over the attributes not read here (href, src ...).
                    read = attribute_kind(key)
                    if read is None:
                        continue
                    value = el.get(key)
                    if read == _CLASS:
                        if value:
                            name(value)
                            cls = value
                    elif read == _ID:
                        if value:
                            name(value)
                            ident = value
                    elif read == _STYLE:
                        # Hidden by style: the substring tests spare the regex.
                        if ("none" in value or "hidden" in value) and hidden_style(value):
                            flags |= HIDDEN
                    elif read == _HIDDEN_ATTRIBUTE:
                        flags |= HIDDEN
                    elif read == _DATA_AUTHOR:
                        found.data_authors = True
                    elif value:  # itemprop
                        add_itemprop(meta, el, value)
            if kind & _BLOCK:
                if inked:
                    n += flush(n)
                    inked = False
                if buf:
                    buf.clear()
                total = linked = 0
                owners.append((el, flags & ~LINK, tag, cls, ident))
            text = el.text
            if text and tag.__class__ is str:
                add(text)
                total += len(text)
                if flags & LINK:
                    linked += len(text)
                if not inked and not text.isspace():
                    inked = True
        else:
            # The kind pushed at the start spares reading the tag again.
            flags, first, kind = pop()
            if kind:
                if kind & _SKIPPED:
                    continue  # the <head>: no lines, and its tail goes with it (as before)
                if kind & _BLOCK:
                    if inked:
                        n += flush(n)
                        inked = False
                    if buf:
                        buf.clear()
                    total = linked = 0
                    owners.pop()
            if n > first:
                span((el, first, n))
            tail = el.tail
            if tail:
                add(tail)
                total += len(tail)
                if flags & LINK:
                    linked += len(tail)
                if not inked and not tail.isspace():
                    inked = True
    if inked:
        flush(n)
    return out


def document_from_html(
    text: str, *, url: str | None = None, encoding: str | None = None, utf8: bytes | None = None
) -> Document:
    """Read an HTML page into a Document (``kind == "html"``).

    ``utf8``: ``text`` encoded in UTF-8 (the input bytes), to spare encoding it.
    """
    root = parse_tree(text, utf8)
    if root is None:
        return Document("html", "", (), url=url, encoding=encoding)
    # One walk: the lines, the metadata (JSON-LD included, read before the scripts
    # go), the class names; what is never visible is skipped, then stripped.
    found = _Walk()
    html_lines = _walk(root, found)
    _remove(root, found.dropped)
    meta = found.meta
    lines = tuple(found.lines)
    names = found.names
    page = Page(
        root,
        html_lines,
        meta,
        found.spans,
        "\n".join(["", *names, ""]),
        found.figures,
        found.times,
        found.data_authors,
        found.h1,
    )
    return Document(
        "html",
        "\n".join([h.text for h in html_lines]),
        lines,
        url=url,
        root=root,
        meta=meta.summary(),
        encoding=encoding,
        page=page,
    )


def _remove(root: Any, dropped: list[Any]) -> None:
    """Take ``dropped`` (in document order, none inside another) out of the tree, each
    one's tail kept in its place: what ``strip_elements(root, *DROP_TAGS,
    with_tail=False)`` does, without a second scan of the whole tree.

    The tails of a run of dropped siblings are joined once, at the end: adding them
    one by one would copy the text grown so far each time (quadratic). Text that
    lxml will not set (control characters libxml2 kept) leaves it to strip_elements.
    """
    if not dropped:
        return
    if not _settable(dropped):
        etree.strip_elements(root, *DROP_TAGS, with_tail=False)
        return
    grown: dict[tuple[Any, bool], list[str]] = {}
    for el in dropped:
        parent = el.getparent()
        if parent is None:
            continue
        tail = el.tail
        if tail:
            # The kept sibling before it (those dropped before it are gone): its
            # tail, else the parent's text, receives this tail.
            prev = el.getprevious()
            key = (prev, True) if prev is not None else (parent, False)
            grown.setdefault(key, []).append(tail)
        parent.remove(el)
    for (node, is_tail), tails in grown.items():
        if is_tail:
            node.tail = (node.tail or "") + "".join(tails)
        else:
            node.text = (node.text or "") + "".join(tails)


# What lxml refuses to set as an element's text or tail.
_NOT_XML_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _settable(dropped: list[Any]) -> bool:
    """Whether every text _remove would set is one lxml accepts: the tails, and the
    text each run of dropped siblings joins (each read once: linear)."""
    gone = set(dropped)
    bad = _NOT_XML_TEXT.search
    for el in dropped:
        tail = el.tail
        if tail and bad(tail):
            return False
        prev = el.getprevious()
        if prev is None:
            parent = el.getparent()
            joined = parent.text if parent is not None else None
        elif prev in gone:
            continue  # the same run as the one before: its text is read already
        else:
            joined = prev.tail
        if joined and bad(joined):
            return False
    return True


def text_of(el: Any) -> str:
    """The text inside ``el`` (raw, not normalised)."""
    return "".join(t for t in el.itertext() if isinstance(t, str))


def line_for(el: Any, line_of: dict[Any, int]) -> int | None:
    """The line that shows ``el``'s text: its own, or its nearest block ancestor's."""
    node = el
    while node is not None:
        no = line_of.get(node)
        if no is not None:
            return no
        node = node.getparent()
    return None


def inherited(
    el: Any,
    cache: dict[Any, int],
    own: Callable[[Any], int],
    fold: Callable[[int, int], int] = max,
) -> int:
    """The largest ``own`` value of ``el`` and of its ancestors, or their ``fold`` (each
    element looked at once across calls that share ``cache``)."""
    return descend(el, cache, lambda state, node: fold(state, own(node)))


def descend(
    el: Any,
    cache: dict[Any, int],
    step: Callable[[int, Any], int],
    stop: Any = None,
) -> int:
    """The state ``step`` carries from the top ancestor below ``stop`` (0 there) down to
    ``el``; each element's state is kept in ``cache``, so calls that share it walk every
    element once whatever order they come in."""
    path = []
    node = el
    state = 0
    while node is not None and node is not stop:
        known = cache.get(node)
        if known is not None:
            state = known
            break
        path.append(node)
        node = node.getparent()
    for node in reversed(path):
        state = step(state, node)
        cache[node] = state
    return state
