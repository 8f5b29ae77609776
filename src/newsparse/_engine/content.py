"""Any outlet's HTML page: the main text, its captions, and the metadata.

Main text: every line of visible text gets a value (running text counts
for its unlinked characters, menus and link lists against), values add up
the tree, and the element with the highest total is the article's
container: the smallest subtree that holds the text and little else. Inside
it, furniture goes by tag (nav, aside, footer, header, form), by class
(share, related, comments, newsletter ...), by link density and by the text
rules of the dump parsers; figures and caption-like blocks become captions.

Metadata: JSON-LD (NewsArticle and kin, ``@graph`` included), OpenGraph and
other ``<meta>`` tags, microdata, then what the page prints (``h1``,
bylines, date lines), then the URL; each field records where it came from.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator
import re
from collections.abc import Iterator, Sequence
from itertools import accumulate
from typing import Any

import attrs
from lxml import etree

from .._fields import furniture as _furniture
from .._fields.bylines import is_outlet, parse_byline
from .._fields.captions import clean_credit, match_caption
from .._fields.dates import date_line
from .._fields.labels import Label
from .._fields.zhlabels import split_zh_caption
from .._input.document import Document
from .._input.normalize import SENTENCE_MARKS, clean_line
from .._model import BlockKind, Caption
from .content_types import NO_LABEL, Content, Field, _jsonld_value, _norm
from .draft import FIELD_LABELS, BodyItem, CaptionItem, Draft
from .html import FIG, HIDDEN, NAV, HtmlLine, Page, descend, inherited, text_of
from .html_authors import byline_fields
from .html_dates import date_fields
from .metadata import PageMeta, elements, page_base, page_fields, plain_text, resolve_url
from .selectors import (
    BOILER,
    BOILER_OK,
    CAPTION_CLASS,
    CREDIT_CLASS,
    DECK_CLASS,
    HEADING_TAGS,
    SECTION_META,
    TITLE_META,
)

__all__ = [
    "Content",
    "Field",
    "add_page_fields",
    "extract_content",
    "generic_html",
    "html_draft",
    "metadata",
]

_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_SENTENCE = re.compile(
    f'[{re.escape(SENTENCE_MARKS)}:;"”’»)]\\s|[{re.escape(SENTENCE_MARKS)}"”’»)]$'
)
_END_PUNCT = tuple(SENTENCE_MARKS + '"”’»)』」:')
_TITLE_SEP = re.compile(r"\s+[|–—\-:·»•/]{1,2}\s+")

# Classes that describe a post rather than a block (WordPress's post_class and kin).
_STATE_CLASS = re.compile(
    r"(?i)(?:^|\s)(?:has|tag|tags|category|categories|format|status|type|post|postid|single|"
    r"author(?![-_]?(?:bio|box|info|card|details)\b)|term|hentry|entry-tag|with|no|is|layout|"
    r"template|page-template|section)[-_]\S*"
)

_COOKIE = re.compile(
    r"(?i)\bcookies?\b.{0,200}\b(?:brows|experience|consent|accept|agree|website|site|privacy)"
    r"|\b(?:we|this (?:web)?site) uses? cookies\b"
)

# Figures and caption blocks: what find_captions reads (see _caption_candidates).
_CAPTION_XPATH = etree.XPath(
    ".//figure | .//figcaption[not(ancestor::figure)] | "
    ".//*[contains(translate(@class,'CAPTION','caption'),'caption')"
    " and not(ancestor::figure) and not(ancestor::figcaption)]"
)
_FIGURE_XPATH = etree.XPath(".//figure | .//figcaption[not(ancestor::figure)]")

# A table's rows and cells: their classes name a record or a column ("player-2020-712"
# in a team's roster), not a block; the table itself is judged by its own.
_TABLE_PARTS = frozenset(["tr", "td", "th", "tbody", "thead", "tfoot"])
# A table's cells: text of the article even in a <figure> (block editors set tables in one).
_CELL_TAGS = frozenset(["td", "th"])

# What an element inside the container is, for the body.
# _WEAK: a page builder's block ("widget") or an <article> inside the article: the
# article's own when it holds its text, furniture otherwise (see _weak_verdict).
# _KEEP is 0: the state html.descend() starts from above the container.
_KEEP, _DROP, _CAPTION, _WEAK = 0, 1, 2, 3
# Running text that keeps an <article> inside the article: two paragraphs and this many
# characters (an item of a list); a teaser card holds a line of summary at most.
_ITEM_KEEPS = 250
# Characters of running text that keep a page builder's block: a paragraph, not a promo line.
_BLOCK_KEEPS = 120
# Class words of page builders' blocks, the article's text among others ("widget_text").
_LAYOUT_WORD = re.compile(r"(?i)widget\w*")


_CJK_RUN = re.compile(f"{_CJK.pattern}+")


def _cjk_count(text: str) -> int:
    """How many CJK characters ``text`` holds: counted by runs (a Chinese paragraph is
    a few runs, not hundreds of one-character matches), after a cheap search."""
    if text.isascii() or _CJK.search(text) is None:
        return 0
    return sum(map(len, _CJK_RUN.findall(text)))


def words(text: str) -> int:
    """Words in ``text``; CJK characters count as half a word (fast)."""
    return len(text.split()) + _cjk_count(text) // 2


def _line_words(text: str) -> int:
    """:func:`words` for a page line, whose words are cleaned to single spaces:
    counting the spaces gives ``len(text.split())`` without building the list."""
    return (text.count(" ") + 1 if text else 0) + _cjk_count(text) // 2


def is_running_text(h: HtmlLine) -> bool:
    """A line that reads as a paragraph of the article (a linked lead-in allowed)."""
    if h.link_chars * 2 > h.chars:
        return False
    n = _line_words(h.text)
    if h.link_chars:
        n = n * (h.chars - h.link_chars) // h.chars
    return n >= 20 or (n >= 7 and _SENTENCE.search(h.text) is not None)


# Lines in nav/aside/footer/menu or hidden elements: furniture, unless the page has
# no article anywhere else (content that scripts reveal or move, markup left open).
_OFF_PAGE = NAV | HIDDEN


def _value(h: HtmlLine, unseen: int = _OFF_PAGE) -> float:
    if h.flags & unseen:
        return -float(min(h.chars, 300))
    if h.tag in HEADING_TAGS or h.flags & FIG:
        return 0.0  # captions are not the article's text: a figure is no container
    if is_running_text(h):
        if _may_name_cookies(h.text) and _COOKIE.search(h.text):
            return -float(h.chars)
        return h.chars - 1.5 * h.link_chars
    if h.link_chars * 2 > h.chars:
        return -(12.0 + 0.6 * min(h.link_chars, 150))
    # Short unlinked lines (list items, short paragraphs) weigh little either way.
    return -3.0 - 0.3 * h.link_chars


def _may_name_cookies(text: str) -> bool:
    """A necessary condition for ``_COOKIE``, cheap on long paragraphs: its
    case-blind "cookie" as Python lower-cases it; U+0130 and U+0131 are the
    only letters that the regex takes for an "i" and ``lower()`` does not."""
    return "cookie" in text.lower() or "\u0130" in text or "\u0131" in text


def _values(lines: Sequence[HtmlLine], unseen: int = _OFF_PAGE) -> list[float]:
    """Each line's value; a lone paragraph in a card beside a headline link is a teaser."""
    values = []
    running: dict[Any, int] = {}
    linky: dict[Any, int] = {}
    parents = []
    for h in lines:
        value = _value(h, unseen)
        values.append(value)
        parent = h.el.getparent()
        parents.append(parent)
        if value > 0:
            running[parent] = running.get(parent, 0) + 1
        elif h.link_chars * 2 > h.chars:
            linky[parent] = linky.get(parent, 0) + 1
    for i, (value, parent) in enumerate(zip(values, parents, strict=True)):
        if value > 0 and running[parent] == 1 and linky.get(parent, 0):
            values[i] = value * 0.2
    return values


def _choose_container(
    page: Page,
    good: dict[Any, float] | None = None,
    unseen: int = _OFF_PAGE,
    paras: dict[Any, int] | None = None,
) -> tuple[Any, int, int]:
    """The element whose lines add up to the most: (element, first line, end line).

    ``good`` receives, per element, the characters of running text below it, and
    ``paras`` its lines of running text; lines with an ``unseen`` flag count against.
    """
    lines = page.lines
    if not lines:
        return None, 0, 0
    values = _values(lines, unseen)
    # Running sums (in C): the lines from a to b add up to total[b] - total[a].
    total = list(accumulate(values, initial=0.0))
    plus = list(accumulate([value if value > 0 else 0.0 for value in values], initial=0.0))
    count = list(accumulate([int(value > 0) for value in values], initial=0))
    where: dict[Any, tuple[int, int]] = {}
    score: dict[Any, float] = {}
    if good is None:
        good = {}
    if paras is None:
        paras = {}
    if page.spans:
        # The sums of each span's lines, by C-level maps (a page has hundreds of spans);
        # dict(zip()) and update() keep the spans' order, as assignments one by one do.
        els, starts, ends = zip(*page.spans, strict=True)
        where = dict(zip(els, zip(starts, ends, strict=True), strict=True))
        score = dict(zip(els, _span_sums(total, starts, ends), strict=True))
        good.update(zip(els, _span_sums(plus, starts, ends), strict=True))
        paras.update(zip(els, _span_sums(count, starts, ends), strict=True))
    if not score:
        return None, 0, 0
    top = max(score.values())
    if top <= 0:
        return None, 0, 0
    # Markup hints break near-ties: itemprop=articleBody and article-body classes
    # for, footer/comment/related classes against.
    best, best_value = None, 0.0
    verdicts: dict[Any, int] = {}
    for el, value in score.items():
        if value < 0.3 * top:
            continue
        value *= _hint_factor(el, score, verdicts, good, 0.8 * plus[-1])
        if value >= best_value:  # a tie goes to the ancestor (spans come children first)
            best, best_value = el, value
    if best is None:
        return None, 0, 0
    # A story of one paragraph: its container is the paragraph's parent, not the <p>
    # (nor a <p> left open over a box, which the parse put inside it).
    if where[best][1] - where[best][0] == 1 or (best.tag == "p" and paras[best] == 1):
        parent = best.getparent()
        if parent is not None and parent in where and parent.tag != "html":
            best = parent
    best = _whole_text(best, where, good)
    a, b = where[best]
    return best, a, b


def _span_sums(sums: list[Any], starts: Sequence[int], ends: Sequence[int]) -> Iterator[Any]:
    """``sums[b] - sums[a]`` for each span (a, b), in C: running sums turned into each
    span's own."""
    return map(operator.sub, map(sums.__getitem__, ends), map(sums.__getitem__, starts))


def _whole_text(best: Any, where: dict[Any, tuple[int, int]], good: dict[Any, float]) -> Any:
    """The parent of ``best`` when the text goes on in siblings of its kind (an article
    in ``<div class="sect1">`` blocks, each section's lists of links weighing against
    it): siblings with the same tag and class that hold as much running text as it does."""
    parent = best.getparent()
    if parent is None or parent not in where or parent.tag in ("body", "html"):
        return best
    kind = best.get("class")
    more = sum(
        good.get(c, 0.0)
        for c in parent
        if c is not best and c.tag == best.tag and c.get("class") == kind
    )
    if more >= good.get(best, 0.0):
        return parent
    return best


def _hint_factor(
    el: Any, score: dict[Any, float], verdicts: dict[Any, int], good: dict[Any, float], frame: float
) -> float:
    """How the markup speaks for or against ``el`` as the container.

    Wrappers holding ``frame`` characters of running text or more are the page's
    frame: their classes (``and-w-sidebar``) describe layout, not furniture.
    """
    if el.get("itemprop") == "articleBody":
        return 1.6
    names = f"{el.get('class') or ''} {el.get('id') or ''}"
    if BOILER_OK.search(names):
        return 1.3
    # Furniture by tag or class, itself or in a close wrapper (a cookie dialog's body).
    limit = 1.5 * score[el]
    node = el
    while node is not None and node.tag not in ("body", "html") and score.get(node, 0.0) <= limit:
        verdict = verdicts.get(node)
        if verdict is None:
            wrapper = good.get(node, 0.0) >= frame
            verdict = verdicts[node] = _KEEP if wrapper else _own_verdict(node)
        if verdict in (_DROP, _WEAK):
            return 0.3
        node = node.getparent()
    return 1.0


def _classify(
    el: Any,
    container: Any,
    cache: dict[Any, int],
    big: dict[Any, float],
    floor: float,
    by_class: bool = True,
    headed: frozenset[Any] | set[Any] = frozenset(),
    paras: dict[Any, int] | None = None,
) -> int:
    """_KEEP, _DROP or _CAPTION for an element below ``container`` (ancestors included).

    An element that holds ``floor`` characters of running text or more is part of
    the article whatever its tag or class say (``<form>`` around a whole page,
    ``class="post tag-ads has-sidebar"`` on the article itself). ``headed``: the
    elements that hold a heading line, ``paras`` each element's lines of running text.
    """

    def step(verdict: int, node: Any) -> int:
        # A verdict sticks to descendants; only a kept element without much prose is read.
        if verdict == _KEEP and big.get(node, 0.0) < floor:
            verdict = _own_verdict(node, by_class)
            if verdict == _WEAK:
                n = paras.get(node, 0) if paras is not None else 0
                verdict = _weak_verdict(node, big.get(node, 0.0), n, headed)
        return verdict

    return descend(el, cache, step, stop=container)


def _weak_verdict(el: Any, prose: float, paras: int, headed: frozenset[Any] | set[Any]) -> int:
    """An <article> inside the article is one of its items when it holds paragraphs
    (``paras`` lines, ``prose`` characters of running text), a teaser when not; a page
    builder's block is text when it holds a paragraph or a heading (builders put each
    paragraph and each subheading in a "widget" of its own)."""
    if el.tag == "article":
        return _KEEP if paras >= 2 and prose >= _ITEM_KEEPS else _DROP
    return _KEEP if prose >= _BLOCK_KEEPS or el in headed else _DROP


def _heading_holders(lines: Sequence[HtmlLine], container: Any) -> set[Any]:
    """The elements below ``container`` that hold an ``h1``-``h6`` line (each looked at once)."""
    held: set[Any] = set()
    for h in lines:
        if h.tag not in HEADING_TAGS:
            continue
        node = h.el
        while node is not None and node is not container and node not in held:
            held.add(node)
            node = node.getparent()
    return held


def _own_verdict(el: Any, by_class: bool = True) -> int:
    """What ``el``'s tag, then (``by_class``) its class and id, make of it."""
    tag = el.tag
    if tag in ("nav", "aside", "footer", "menu", "header", "form"):
        return _DROP
    if tag in ("figure", "figcaption"):
        return _CAPTION
    # An <article> inside another: a teaser of another story, or one item of a list.
    nested = tag == "article" and any(a.tag == "article" for a in el.iterancestors())
    names = el.get("class") or ""
    if names and ("-" in names or "_" in names):
        names = _STATE_CLASS.sub(" ", names)
    ident = el.get("id")
    if ident:
        names = f"{names} {ident}"
    if not by_class or not names.strip() or tag in _TABLE_PARTS:
        return _WEAK if nested else _KEEP
    if CAPTION_CLASS.search(names) and not BOILER_OK.search(names):
        return _CAPTION
    if BOILER.search(names) and not BOILER_OK.search(names):
        names = _cue_names(el, names)
        if not BOILER.search(names):
            return _WEAK if nested else _KEEP
        if "idget" in names and not BOILER.search(_LAYOUT_WORD.sub(" ", names)):
            return _WEAK
        return _DROP
    return _WEAK if nested else _KEEP


# A utility class of a CSS framework names a style, not a block: Tailwind's variants
# ("sm:font-utility-3"), typography classes ("font-utility", "leading-tight") and colour or size
# scales ("text-utility-200", "bg-sidebar-50"). A colour named for a role without
# a scale ("text-meta") may still speak of the block.
_UTILITY = re.compile(
    r"(?i)[\w-]+:\S+|!?-?(?:font|leading|tracking)-\S+|"
    r"!?-?(?:text|bg|border)-[\w-]*?-?\d+(?:-\w+)?"
)
# A class that aligns or places a named part ("kt-pane-header-alignment-left"): the
# element holds that part, it is not that part. (Not colours: "footer-background"
# is the footer's own wrapper as often as not.)
_STYLE_SETTING = re.compile(
    r"(?i)\S*[-_](?:align(?:ment)?|position|side|placement)[-_]"
    r"(?:left|right|cent(?:er|re)|top|bottom|middle|start|end|justify)"
)
# A slug id or class: four words or more joined by "-" or "_" ("1-heading-how-popular-are").
_SLUG = re.compile(r"[^\W_]+(?:[-_][^\W_]+){3,}")
_SLUG_PART = re.compile(r"[^\W\d_]{2,}")
# Characters of an element's text that a slug of its heading is looked for in.
_SLUG_TEXT = 300


def _cue_names(el: Any, names: str) -> str:
    """``names`` less the classes and ids that say nothing of what the block is: CSS
    utility classes, and slugs made of the element's own text (a heading anchor's
    ``how-popular-are-vaccines`` is no "popular" box)."""
    kept = []
    text: str | None = None
    for name in names.split():
        if _UTILITY.fullmatch(name) or _STYLE_SETTING.fullmatch(name):
            continue
        if _SLUG.fullmatch(name):
            if text is None:
                text = _start_of_text(el)
            parts = _SLUG_PART.findall(name.lower())
            if len(parts) >= 3 and 3 * sum(f" {p} " in text for p in parts) >= 2 * len(parts):
                continue
        kept.append(name)
    return " ".join(kept)


def _start_of_text(el: Any) -> str:
    """The first :data:`_SLUG_TEXT` characters of ``el``'s text, lower case, its words
    each between spaces."""
    pieces: list[str] = []
    size = 0
    for piece in el.itertext():
        pieces.append(piece)
        size += len(piece)
        if size >= _SLUG_TEXT:
            break
    words = re.findall(r"[^\W_]+", " ".join(pieces)[: 2 * _SLUG_TEXT].lower())
    return " " + " ".join(words) + " "


def _is_strong_heading(el: Any, text: str) -> bool:
    """``<p><strong>Subheading</strong></p>``: a paragraph that is all bold and short."""
    if len(el) != 1 or (el.text or "").strip():
        return False
    child = el[0]
    if child.tag not in ("strong", "b") or (child.tail or "").strip():
        return False
    return _line_words(text) <= 15 and not text.endswith((".", ",", ";", ":", "。"))


def extract_content(page: Page, *, title: str | None = None) -> Content:
    """The body and captions of the page's main article.

    When the markup's furniture signs leave (next to) no paragraph, they are wrong
    about this page (an article inside an unclosed ``<nav>``, hidden until a
    script runs, or in blocks that a page builder classes ``widget``): the page
    is read again with the flags and class words set aside, tags still counting.
    """
    page = _streamed_shown(page)
    content = _extract(page, title, lenient=False)
    prose = _prose(content, page)
    if prose >= _SHORT_STORY or _set_aside(page, content) < max(2 * prose, 1):
        return content  # nothing the lenient reading could add: no second pass
    second = _extract(page, title, lenient=True)
    # Beside a short article, what the lenient reading adds from a <footer> or an
    # <aside> (a disclaimer) does not count. (Only beside one: a popup's <aside> or a
    # menu's <nav> left open by broken markup may hold the whole page.)
    if _prose(second, page, outside=bool(prose)) < max(3 * prose, 1):
        return content
    return second


# React's streamed segments (``<div hidden id="S:0">``): server-rendered content that
# the page's script moves into place as it loads (Next.js pages hold their article so).
_SEGMENT_ID = re.compile(r"S:\d+")
_HIDING_STYLE = re.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
# What hides an element: nothing, only streamed segments, something else.
_SHOWN, _STREAMED, _HIDDEN = 0, 1, 2


def _streamed_shown(page: Page) -> Page:
    """``page`` with the lines that only React's streamed segments hide flagged as seen."""
    if page.names is not None and "\nS:" not in page.names:
        return page
    cache: dict[Any, int] = {}
    lines = page.lines
    shown: list[HtmlLine] | None = None
    for i, h in enumerate(lines):
        if h.flags & HIDDEN and inherited(h.el, cache, _hides) == _STREAMED:
            if shown is None:
                shown = list(lines)
            shown[i] = attrs.evolve(h, flags=h.flags & ~HIDDEN)
    return page if shown is None else attrs.evolve(page, lines=shown)


def _hides(el: Any) -> int:
    if el.get("hidden") is not None:
        streamed = el.tag == "div" and _SEGMENT_ID.fullmatch(el.get("id") or "")
        return _STREAMED if streamed else _HIDDEN
    style = el.get("style")
    if style and _HIDING_STYLE.search(style):
        return _HIDDEN
    return _SHOWN


# A body with less running text than this may be a teaser that the real article's
# wrong markup left standing: the lenient reading is tried, and wins when it finds
# three times as much.
_SHORT_STORY = 1000


def _set_aside(page: Page, content: Content) -> int:
    """Characters of running text that the strict reading set aside by flag (nav,
    hidden) or by class: all that the lenient reading can add (the container moves
    only with the flags' values)."""
    flagged = sum(h.chars for h in page.lines if h.flags & _OFF_PAGE and is_running_text(h))
    lines = page.lines
    classed = sum(
        lines[no].chars
        for no, (_, rule) in content.dropped.items()
        if rule == "furniture.html-block" and is_running_text(lines[no])
    )
    return flagged + classed


def _prose(content: Content, page: Page, *, outside: bool = False) -> int:
    """Characters of running text in the body (``outside``: of lines outside any
    ``<footer>`` or ``<aside>``)."""
    cache: dict[Any, int] = {}
    return sum(
        len(item.text)
        for item in content.body
        if item.rule == "body.html-paragraph"
        and not (outside and inherited(page.lines[item.lines[0]].el, cache, _page_end))
    )


def _page_end(el: Any) -> int:
    return el.tag in ("footer", "aside")


def _extract(page: Page, title: str | None, *, lenient: bool) -> Content:
    lines = page.lines
    content = Content()
    good: dict[Any, float] = {}
    paras: dict[Any, int] = {}
    unseen = 0 if lenient else _OFF_PAGE
    container, start, end = _choose_container(page, good, unseen, paras)
    if container is None:
        return content
    content.container, content.start, content.end = container, start, end
    cache: dict[Any, int] = {}
    headed = _heading_holders(lines[start:end], container)
    floor = 0.5 * good.get(container, 0.0)
    kept: list[tuple[HtmlLine, BlockKind, str]] = []
    seen: set[str] = set()
    started = False
    # Two lines or more that are a clock time alone: a live blog's entry times.
    live = sum(1 for h in lines[start:end] if _is_clock(h.text)) >= 2
    # A tail line ends the text. A "Related" line does not when two paragraphs follow
    # in the elements that hold the text's paragraphs: it heads a box set into the
    # article; the lines up to the next of those paragraphs are the box.
    prose_parents: set[Any] = set()
    skipped: list[int] | None = None
    boxes = 0
    for h in lines[start:end]:
        text = h.text
        verdict = _classify(h.el, container, cache, good, floor, not lenient, headed, paras)
        if skipped is not None:
            if verdict != _KEEP or h.el.getparent() not in prose_parents or not is_running_text(h):
                skipped.append(h.no)
                continue
            for no in skipped:
                content.drop(no, Label.FURNITURE, "tail.html-box")
            skipped = None
        if (verdict == _CAPTION or h.flags & FIG) and h.tag not in _CELL_TAGS:
            content.drop(h.no, Label.CAPTION, "caption.html")
            continue
        if verdict == _DROP or h.flags & unseen:
            content.drop(h.no, Label.FURNITURE, "furniture.html-block")
            continue
        tag = h.tag
        if tag == "h1" or (title is not None and text == title):
            content.drop(h.no, Label.TITLE, "title.html")
            continue
        if _is_clock(text) and (live or (started and _has_time_child(h.el))):
            kept.append((h, "heading", "body.html-time-heading"))
            continue
        if _inline_credit(text):
            content.drop(h.no, Label.CAPTION, "caption.html-inline-credit")
            continue
        rule = _furniture_rule(text, started)
        if rule is not None and rule.startswith("tail."):
            content.drop(h.no, Label.FURNITURE, "tail.html")
            if (
                rule != "tail.related"
                or boxes == _BOXED_TAILS
                or not _text_goes_on(lines, h.no, end, prose_parents)
            ):
                break
            boxes += 1
            skipped = []
            continue
        if rule is not None:
            content.drop(h.no, Label.FURNITURE, rule)
            continue
        running = is_running_text(h)
        if not running:
            if h.link_chars * 2 > h.chars:
                content.drop(h.no, Label.FURNITURE, "furniture.links")
                continue
            if date_line(text) is not None:
                content.drop(h.no, Label.DATE, "date.html-line")
                continue
            if not started and parse_byline(text, require_prefix=True) is not None:
                content.drop(h.no, Label.BYLINE, "byline.html-line")
                continue
        if len(text) > 40 and text in seen:
            content.drop(h.no, Label.FURNITURE, "furniture.repeat")
            continue
        seen.add(text)
        if running:
            started = True
            prose_parents.add(h.el.getparent())
        if tag in HEADING_TAGS:
            kind: BlockKind = "heading"
            why = "body.html-heading"
        elif _is_strong_heading(h.el, text):
            kind, why = "heading", "body.html-strong-heading"
        elif started and not running and _is_caps_heading(text):
            kind, why = "heading", "body.html-caps-heading"
        else:
            kind = "paragraph"
            why = "body.html-paragraph" if running else "body.html-short"
        kept.append((h, kind, why))
    kept = _trim(kept, content)
    content.body = [BodyItem(kind, h.text, why, (h.no,)) for h, kind, why in kept]
    return content


# A clock time alone: "10:32", "9.05am", "14:20 GMT", "3:15 p.m. ET".
_CLOCK = re.compile(
    r"(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?(?:\s(?:[A-Z]{2,4}|(?:GMT|UTC)[+-]\d{1,2}))?"
)
# A photo credit printed on the caption's own line, as a label or in brackets:
# "... (Image: Getty)", "Photo: Jane Doe/Reuters", "Foto: dpa", "Bildrechte: ..."; the
# label opens the line, a bracket or a sentence ("the picture: grim" is prose).
_CREDIT_LINE = re.compile(
    r"(?:^|(?<=[.!?”\"])\s|[(\[])(?:(?i:photos?|photograph|image|picture|foto|bild|bildrechte|bildquelle|"
    r"fotos?|crédit photo|credito|crédito|photo credit|image credit)|Credit)\s?[:：]\s?[^:：]{2,80}[)\]]?$"
)


def _is_clock(text: str) -> bool:
    return len(text) <= 20 and _CLOCK.fullmatch(text) is not None


def _has_time_child(el: Any) -> bool:
    """``<div><time>10:32</time>...``: the line's own text is a ``<time>``."""
    return any(child.tag == "time" for child in el)


# Read twice for a page's lines (the body, then its captions): a cache spares the second.
@functools.lru_cache(maxsize=4096)
def _inline_credit(text: str) -> bool:
    """A caption line: short, its photo credit after a label at its end (``(Image:
    Getty)``, ``Foto: dpa``), or a Chinese credit (``（记者 李文 摄）``, ``（图片来源：…）``)."""
    if len(text) > 400:
        return False
    # Cheap necessary conditions first: the credit's label ends in a colon, and a
    # Chinese credit names a photo in CJK characters.
    tail = text[-120:]
    if (":" in tail or "\uff1a" in tail) and _CREDIT_LINE.search(tail) is not None:
        return True
    return not text.isascii() and split_zh_caption(text) is not None


def _is_caps_heading(text: str) -> bool:
    """``WHAT HAPPENS NEXT``: a short line of two words or more, every letter a
    capital (not a script without case), no sentence, no bracketed credit, and not
    a dateline (``BAAR, SWITZERLAND``)."""
    n = _line_words(text)
    return (
        2 <= n <= 12
        and text.isupper()
        and all(c.isupper() for c in text if c.isalpha())
        and sum(c.isalpha() for c in text) >= 4
        and not text.endswith((".", ",", ";", "/"))
        and text[0] not in "[("
        and not (n <= 4 and "," in text)
    )


_LINE_RULE = _furniture.matcher(_furniture.LINE)
# In a page, "© Photographer" is a credit, not the page's footer.
_TAIL_RULE = _furniture.matcher(tuple(r for r in _furniture.TAIL if r[0] != "tail.copyright"))


# Lines come back: a site's menus and share rows on each of its pages, a page's lines
# again when its strict reading is followed by a lenient one.
@functools.lru_cache(maxsize=4096)
def _furniture_rule(text: str, started: bool) -> str | None:
    """The furniture rule a line matches: a tail rule's name (``tail.related``) once the
    text has started, else a line rule's; None for the article's lines."""
    if len(text) > 400:
        return None
    if started:
        tail = _TAIL_RULE(text)
        if tail is not None:
            return tail
    return _LINE_RULE(text)


# Tail lines after which the article may go on: a box of links set into it.
_BOXED_TAILS = 3


def _text_goes_on(lines: Sequence[HtmlLine], after: int, end: int, parents: set[Any]) -> bool:
    """Two paragraphs or more after line ``after`` (up to ``end``) in the elements that
    hold the article's paragraphs so far: a "Related" line was a box inside the text."""
    n = 0
    for h in lines[after + 1 : end]:
        if h.el.getparent() in parents and is_running_text(h):
            n += 1
            if n >= 2:
                return True
    return False


def _paragraph_like(h: HtmlLine) -> bool:
    """Prose or a list item of the article, where the page's furniture would be short links."""
    if h.link_chars * 3 > h.chars:
        return False
    n = _line_words(h.text)
    return (n >= 4 and h.text.endswith(_END_PUNCT)) or (h.tag == "li" and n >= 3)


def _trim(
    kept: list[tuple[HtmlLine, BlockKind, str]], content: Content
) -> list[tuple[HtmlLine, BlockKind, str]]:
    """Short lines before the first paragraph and after the last are page furniture."""
    running = [i for i, (h, kind, why) in enumerate(kept) if why == "body.html-paragraph"]
    if not running:
        return kept
    lo, hi = running[0], running[-1]
    out = []
    for i, item in enumerate(kept):
        h, kind, _ = item
        if i < lo and not (kind == "heading" or _paragraph_like(h)):
            content.drop(h.no, Label.FURNITURE, "header.html-unused")
            continue
        if i > hi:
            if _paragraph_like(h) and all(_paragraph_like(x[0]) for x in kept[hi + 1 : i]):
                out.append(item)
            else:
                content.drop(h.no, Label.FURNITURE, "body.html-after-last-paragraph")
            continue
        out.append(item)
    return out


# --- captions -------------------------------------------------------------------------


def _text_of(el: Any) -> str:
    return clean_line(text_of(el))


def split_caption(text: str, credit: str | None = None) -> Caption | None:
    """A caption from its text and, when the markup marks it, its credit.

    Without a marked credit, a credit printed at the caption's end is split off
    (``… (Image: Getty)``, ``…（记者 李文 摄）``); a line that is a credit alone
    in brackets (``(Credit: Jane Doe)``) has no text.
    """
    text = clean_line(text)
    if credit:
        credit = clean_line(credit)
        if credit and text.endswith(credit):
            text = text[: -len(credit)].rstrip(" .,;|-–—/")
        found = match_caption(credit)
        credit = ((found.credit if found and found.credit else clean_credit(credit)) or "").strip(
            " ()[]"
        )
        text = text.strip()
        if text or credit:
            return Caption(text or None, credit or None)
        return None
    if not text:
        return None
    inner = _IN_BRACKETS.fullmatch(text)
    found = match_caption(inner.group(1) if inner else text)
    if found is not None:
        words = _photo_words_only(found.text)
        return Caption(None if words else found.text, found.credit)
    zh = split_zh_caption(text)
    if zh is not None:
        return zh
    return Caption(text, None)


_IN_BRACKETS = re.compile(r"[(\[]([^()\[\]]*)[)\]]")


def _photo_words_only(text: str | None) -> bool:
    """``Image`` left of ``Image Credit: Avis``: a label, not a caption's text."""
    return text is not None and _PHOTO_LABEL.fullmatch(text) is not None


_PHOTO_LABEL = re.compile(r"(?i)(?:photo(?:graph)?s?|images?|pictures?|credits?|fotos?|bild)")


def _caption_of(el: Any) -> Caption | None:
    """The caption of a figure or caption-like element, with its image's URL."""
    image = _image_of(el)
    if el.tag == "figure":
        cap = el.find(".//figcaption")
        if cap is None:
            cands = [c for c in el.iter() if CAPTION_CLASS.search(c.get("class") or "")]
            cap = cands[0] if cands else None
        if cap is None:
            return None
        el = cap
    credit_el = None
    for child in el.iter():
        if child is el:
            continue
        if CREDIT_CLASS.search(child.get("class") or "") or child.tag in ("cite", "small"):
            credit_el = child
            break
    text = _text_of(el)
    if credit_el is not None:
        credit = _text_of(credit_el)
        body = text.replace(credit, " ", 1) if credit else text
        caption = split_caption(body, credit)
    else:
        caption = split_caption(text)
    return attrs.evolve(caption, image=image) if caption is not None and image else caption


def _image_of(el: Any) -> str | None:
    """The URL of the image a caption element goes with, as the page writes it.

    The image inside the figure (or caption block); for a caption outside any
    figure, the image just before it (``<img><p class="caption">``).
    """
    imgs = [e for e in el.iter("img", "source") if e.tag == "img" or _in_picture(e)]
    if not imgs and el.tag != "figure":
        before = el.getprevious()
        while before is not None and not isinstance(before.tag, str):
            before = before.getprevious()
        if before is not None:
            imgs = [e for e in before.iter("img") if isinstance(e.tag, str)]
            if len(imgs) != 1:
                return None
    # <img> before <source>: a <picture>'s <img> is its fallback, in every browser.
    for img in sorted(imgs, key=lambda e: e.tag != "img"):
        for name in _IMAGE_ATTRS:
            value = (img.get(name) or "").strip()
            if name.endswith("srcset") and value:
                value = value.split()[0].rstrip(",")  # the first candidate's URL
            url = resolve_url(value, None)
            if url and not _placeholder(img, url):
                return url
    return None


def _in_picture(source: Any) -> bool:
    parent = source.getparent()
    return parent is not None and parent.tag == "picture"  # not a <video>'s <source>


# Lazy loading keeps the real URL in a data- attribute and a placeholder in src.
_IMAGE_ATTRS = ("data-src", "data-lazy-src", "data-original", "src", "srcset", "data-srcset")
# A file named as a placeholder, or a bare blank.gif / spacer.png / 1x1.gif (not a
# photo of a Google Pixel: the other words only as the whole name).
_PLACEHOLDER = re.compile(
    r"(?i)(?:^|/)(?:[^/?#]*placeholder[^/?#]*|(?:blank|spacer|transparent|pixel|1x1|empty|clear)"
    r"(?:[-_.@]?\d+x\d*)?\.(?:gif|png|svg))(?:[?#].*)?$"
)


def _placeholder(img: Any, url: str) -> bool:
    """A stand-in image: named as one, or the value of a ``placeholder`` attribute."""
    if url.startswith("data:") or _PLACEHOLDER.search(url):
        return True
    return any("placeholder" in name and value.strip() == url for name, value in img.items())


def find_captions(page: Page, scope: Any, container: Any) -> list[CaptionItem]:
    """Figures and caption blocks in ``scope``, each image once."""
    if scope is None:
        return []
    out: list[CaptionItem] = []
    seen: set[tuple[str | None, str | None]] = set()
    taken: set[Any] = set()
    line_of = {h.el: h.no for h in page.lines}
    classed = page.names is None or "caption" in page.names.lower()
    if page.figures is False and not classed:
        # No figure, and no class with "caption" in any case: the XPath finds nothing.
        candidates = []
    else:
        candidates = _caption_candidates(scope, classed)
    drop_cache: dict[Any, int] = {}
    for el in candidates:
        if el in taken or any(a in taken for a in el.iterancestors()):
            continue
        if el.tag not in ("figure", "figcaption") and not CAPTION_CLASS.search(
            el.get("class") or ""
        ):
            continue
        if _in_furniture(el, scope, drop_cache):
            continue
        taken.add(el)
        caption = _caption_of(el)
        if caption is None:
            continue
        key = (caption.text, caption.credit)
        if key in seen or (caption.text and len(caption.text) > 1000):
            continue
        seen.add(key)
        nos = tuple(sorted({line_of[e] for e in el.iter() if e in line_of}))
        out.append(CaptionItem(caption, "caption.html-figure", nos))
    used = {no for item in out for no in item.lines}
    for item in _credit_lines(page, container, line_of, used, drop_cache):
        key = (item.caption.text, item.caption.credit)
        if key not in seen:
            seen.add(key)
            # In the page's order, among the figures' captions.
            at = next(
                (k for k, o in enumerate(out) if o.lines and o.lines[0] > item.lines[0]), len(out)
            )
            out.insert(at, item)
    return out


def _caption_candidates(scope: Any, classed: bool) -> list[Any]:
    """What ``_CAPTION_XPATH`` finds under ``scope``, in document order, found faster.

    ``classed``: whether a class may hold "caption" (else only the figures are looked
    for). XPath reads every element's class attribute slowly; here one scan in C, then
    the figure ancestors of the few hits, each element looked at once.
    """
    if not classed:
        return elements(_FIGURE_XPATH, scope)
    hits = []
    for el in scope.iter(etree.Element):
        tag = el.tag
        if tag == "figure" or tag == "figcaption":
            hits.append(el)
        else:
            cls = el.get("class")
            # As XPath's translate(@class, 'CAPTION', 'caption') reads it: lower() maps
            # only those seven capitals to letters of "caption" (and U+0130 to an "i"
            # with a dot after it, which "caption" cannot go on from), and it is faster.
            if cls and "caption" in cls.lower():
                hits.append(el)
    out = []
    above: dict[Any, int] = {}
    for el in hits:
        tag = el.tag
        if el is scope:
            continue  # ".//": below the scope only
        if tag == "figure":
            out.append(el)
            continue
        in_figure, in_figcaption = _figure_above(el, above)
        if not in_figure and (tag == "figcaption" or not in_figcaption):
            out.append(el)
    return out


def _figure_above(el: Any, cache: dict[Any, int]) -> tuple[bool, bool]:
    """Whether an ancestor of ``el`` is a ``<figure>``, and whether one is a
    ``<figcaption>`` (``cache``: each element's answer for itself and its ancestors)."""
    parent = el.getparent()
    bits = 0 if parent is None else inherited(parent, cache, _figure_bits, operator.or_)
    return bool(bits & _FIGURE), bool(bits & _FIGCAPTION)


_FIGURE, _FIGCAPTION = 1, 2


def _figure_bits(el: Any) -> int:
    tag = el.tag
    return _FIGURE if tag == "figure" else _FIGCAPTION if tag == "figcaption" else 0


def _credit_lines(
    page: Page, container: Any, line_of: dict[Any, int], used: set[int], cache: dict[Any, int]
) -> list[CaptionItem]:
    """Caption lines in the article's text that carry their photo credit, outside any
    figure: ``Rescuers at the scene. (Image: Getty)``, ``会议现场（记者 李文 摄）``."""
    # The container's lines are one run of the page's lines (spans come inner first).
    span = next(((a, b) for el, a, b in page.spans if el is container), None)
    if span is None:
        return []
    out: list[CaptionItem] = []
    for h in page.lines[span[0] : span[1]]:
        no, el, text = h.no, h.el, h.text
        if no in used or h.flags & (NAV | HIDDEN) or line_of.get(el) != no:
            continue
        if not _inline_credit(text) or _in_furniture(el, container, cache):
            continue
        caption = split_caption(text)
        if caption is not None and caption.credit:
            image = _image_of(el)
            caption = attrs.evolve(caption, image=image) if image else caption
            out.append(CaptionItem(caption, "caption.html-inline-credit", (no,)))
    return out


def _in_furniture(el: Any, scope: Any, cache: dict[Any, int]) -> bool:
    node = el.getparent()
    while node is not None and node is not scope:
        verdict = cache.get(node)
        if verdict is None:
            own = _own_verdict(node)
            verdict = _DROP if own in (_DROP, _WEAK) and node.tag != "header" else _KEEP
            cache[node] = verdict
        if verdict == _DROP:
            return True
        node = node.getparent()
    return False


# --- metadata ---------------------------------------------------------------------------


def _strip_site(title: str, site_names: Sequence[str]) -> str:
    """``Headline | Site`` -> ``Headline``."""
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return title
    sites = {_norm(s) for s in site_names if s}
    while len(parts) > 1 and (
        _norm(parts[-1]) in sites or _looks_like_site(parts[-1]) or _site_like(parts[-1], sites)
    ):
        parts.pop()
    while len(parts) > 1 and _norm(parts[0]) in sites:
        parts.pop(0)
    cut = title
    # Rebuild with the original separators: take the prefix up to the last kept part.
    if parts:
        idx = title.find(parts[-1])
        if idx >= 0:
            start = title.find(parts[0])
            cut = title[max(0, start) : idx + len(parts[-1])]
    return cut.strip() or title


#: The fewest letters a site's name and a title's last part share to be one name.
_SITE_LETTERS = 4


def _site_like(part: str, sites: set[str]) -> bool:
    """A title's last part that names the site another way: one holds the other, spaces
    and case aside (``Koia`` and ``Drink Koia Online``, ``DianaHR`` and getdianahr.com,
    ``Bridgestone Tires`` and tires.bridgestone.com), or its initials (``WFA``, World
    Future Awards)."""
    if len(part.split()) > 4:
        return False
    squeezed = _norm(part).replace(" ", "")
    for site in sites:
        name = site.replace(" ", "")
        if min(len(name), len(squeezed)) >= _SITE_LETTERS and (
            squeezed in name or name in squeezed
        ):
            return True
        words = site.split()
        if len(words) >= 2 and part.isupper() and squeezed == "".join(w[0] for w in words):
            return True
    return False


def _looks_like_site(part: str) -> bool:
    part = part.strip()
    return bool(re.search(r"(?i)\.(?:com|net|org|co\.\w\w|\w\w)$", part)) or (
        is_outlet(part) and (len(part.split()) <= 4)
    )


def title_field(page: Page, meta: PageMeta, url: str | None = None) -> Field | None:
    """The headline, from the page's metadata and ``<h1>`` (``url``: the address the
    caller gave, whose host may name the site)."""
    articles = meta.articles
    headline = _jsonld_value(articles, "headline") or _jsonld_value(articles, "name")
    metas: list[tuple[str, str]] = []
    # (JSON-LD written from HTML keeps its entities: ``Full &#038; Part Time``)
    if isinstance(headline, str) and (text := clean_line(plain_text(headline))):
        metas.append((text, "title.jsonld"))
    for name in TITLE_META:
        value = meta.first(name)
        if value:  # (escaped twice by the page: ``Mountaineering&amp;#39;s``)
            metas.append((plain_text(value), f"title.meta-{name}"))
    for el in meta.itemprops.get("headline", ()):
        value = clean_line(el.get("content") or text_of(el))
        if value:
            metas.append((value, "title.itemprop"))
    if meta.title:
        metas.append((meta.title, "title.html-title"))
    sites = [
        meta.first("og:site_name", "application-name", "twitter:site") or "",
        *(_site_from_url(meta.url) or ()),
        *(_site_from_url(url) or ()),
    ]
    h1s = [h for h in page.h1_lines(0, len(page.lines)) if not h.flags & (HIDDEN | NAV)]
    # An <h1> printed in a title is the headline, unless it is the site's name there
    # (a logo's <h1>: ``Houstonia Magazine`` in ``Best Trails | Houstonia Magazine``).
    normed = [_norm(v) for v, _ in metas]
    headlines = [_norm(_strip_site(v, sites)) for v, _ in metas]
    for h in h1s:
        n = _norm(h.text)
        if len(n) < 4:
            continue
        if any(n == m for m in normed) or any(len(n) >= 15 and n in m for m in headlines):
            return Field(h.text, "title.h1", (h.no,))
    for value, rule in metas:
        if rule == "title.jsonld" and not value.endswith(("...", "…")):
            return Field(_strip_site(value, sites), rule)
    for value, rule in metas:
        if rule != "title.html-title":
            stripped = _strip_site(value, sites)
            if stripped:
                return Field(stripped, rule)
    printed = _printed_start(page, meta.title) if meta.title else None
    if printed is not None:
        return Field(printed.text, "title.html-title-printed", (printed.no,))
    if h1s:
        return Field(h1s[0].text, "title.h1-first", (h1s[0].no,))
    if meta.title:
        return Field(_strip_site(meta.title, sites), "title.html-title")
    return None


# What follows a headline in a <title>: a site's name or a section after a separator,
# with or without spaces (Chinese pages write ``标题_栏目_站名`` and ``标题-站名``).
_AFTER_HEADLINE = re.compile(r"\s*[|｜_–—\-:·»•/]")


def _printed_start(page: Page, title: str) -> HtmlLine | None:
    """The page's visible line that the ``<title>`` opens with, before a separator: the
    headline as printed when it is in no ``<h1>`` (``Headline_Section_Site``)."""
    wanted = clean_line(title)
    best: HtmlLine | None = None
    for h in page.lines:
        text = h.text
        if h.flags & (HIDDEN | NAV) or len(text) >= len(wanted) or not wanted.startswith(text):
            continue
        # Enough to be a headline: four CJK characters or three words.
        if len(_CJK.findall(text)) < 4 and len(text.split()) < 3:
            continue
        if _AFTER_HEADLINE.match(wanted, len(text)) and (
            best is None or len(text) > len(best.text)
        ):
            best = h
    return best


#: Second-level labels under a country's domain: co.uk, com.au, org.br ...
_SECOND_LEVEL = frozenset(("co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go"))


def _site_from_url(url: str | None) -> list[str] | None:
    if not url:
        return None
    m = re.match(r"(?i)^(?:https?:)?//(?:www\.)?([^/:]+)", url)
    if not m:
        return None
    host = m.group(1)
    labels = host.split(".")
    # The registered name too: ``vanguard`` of investor.vanguard.com, ``bbc`` of
    # news.bbc.co.uk.
    if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL:
        name = labels[-3]
    else:
        name = labels[-2] if len(labels) >= 2 else labels[0]
    return [host, labels[0], name]


def section_field(meta: PageMeta) -> Field | None:
    value = _jsonld_value(meta.articles, "articleSection")
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str) and v.strip()), None)
    if isinstance(value, str) and (text := clean_line(plain_text(value))):
        return Field(text, "section.jsonld")
    for name in SECTION_META:
        value = meta.first(name)
        if value:
            return Field(value, f"section.meta-{name}")
    return None


def deck_field(page: Page, content: Content, title_line: int | None) -> Field | None:
    """A deck printed under the title, marked as such by its class."""
    if title_line is None:
        return None
    lines = page.lines
    # An <h2> straight under the <h1>, before the article text starts: a deck.
    following = lines[title_line + 1] if title_line + 1 < len(lines) else None
    if (
        following is not None
        and following.tag == "h2"
        and lines[title_line].tag == "h1"
        and not following.flags & (NAV | HIDDEN)
        and not any(following.no in b.lines for b in content.body[1:])
        and 3 <= _line_words(following.text) <= 80
        and not following.text.endswith(":")
    ):
        return Field(following.text, "subtitle.html-h2", (following.no,))
    for h in lines[title_line + 1 : min(len(lines), title_line + 6)]:
        if h.no >= content.start and any(h.no in b.lines for b in content.body):
            return None
        names = f"{h.el.get('class') or ''} {h.el.get('id') or ''}"
        parent = h.el.getparent()
        if parent is not None:
            names += f" {parent.get('class') or ''}"
        if DECK_CLASS.search(names) and 3 <= _line_words(h.text) <= 80:
            return Field(h.text, "subtitle.html-deck", (h.no,))
    return None


def metadata(
    page: Page,
    content: Content,
    *,
    tz: dt.tzinfo | None = None,
    title: Field | None = None,
    url: str | None = None,
) -> dict[str, Field]:
    """Every metadata field the page gives, each with its rule and lines (``url``: the
    address the caller gave, for a date in it when the page names no address)."""
    meta = page.meta
    fields: dict[str, Field] = {}
    if title is None:
        title = title_field(page, meta, url)
    if title is not None:
        fields["title"] = title
        deck = deck_field(page, content, title.lines[0] if title.lines else None)
        if deck is not None:
            fields["subtitle"] = deck
    site = meta.first("og:site_name", "application-name")
    fields.update(byline_fields(page, meta, content, content.container, site))
    fields.update(date_fields(page, meta, content, tz, url))
    section = section_field(meta)
    if section is not None:
        fields["section"] = section
    return fields


# --- assembly ---------------------------------------------------------------------------


def html_draft(
    doc: Document,
    fields: dict[str, Field],
    body: Sequence[BodyItem],
    captions: Sequence[CaptionItem],
    *,
    dropped: dict[int, tuple[Label, str]] | None = None,
    page_no: int | None = None,
    warnings: Sequence[str] = (),
) -> Draft:
    """The draft of an HTML page's Article: its fields, body blocks, captions and labels."""
    draft = Draft(doc, page=page_no, warnings=list(warnings))
    meta = page_meta(doc)
    if meta is not None:
        draft.url, draft.language_hint = meta.url or None, meta.lang or None
    draft.body.extend(body)
    draft.captions.extend(captions)
    for no, (label, rule) in sorted((dropped or {}).items()):
        draft.label(no, label, rule)
    draft.fields.update(fields)
    add_page_fields(draft)
    # A line left out of the body that gave a field is that field's line, not furniture.
    for name, found in fields.items():
        named = FIELD_LABELS.get(name)
        if named is None:
            continue
        for no in found.lines:
            if draft.labels.get(no, NO_LABEL)[0] in (None, Label.FURNITURE):
                draft.labels[no] = (named, found.rule)
    return draft


def add_page_fields(draft: Draft) -> None:
    """What the page says of itself (site name, lead image, tags ...), where the parser
    set none, and the captions' image URLs made absolute against the page's address."""
    meta = page_meta(draft.doc)
    if meta is None:
        return
    for name, (value, rule) in page_fields(meta, draft.doc.url).items():
        draft.set(name, value, rule)
    base = page_base(meta, draft.doc.url)
    for item in draft.captions:
        if item.caption.image:
            item.caption = attrs.evolve(item.caption, image=resolve_url(item.caption.image, base))


def page_meta(doc: Document) -> PageMeta | None:
    page = doc.page
    return page.meta if page is not None else None


def _scope(content: Content, title: Field | None, page: Page) -> Any:
    """Where the article's figures are: the container, widened to take in its title."""
    container = content.container
    if container is None:
        return None
    # The story's own <article> holds its figures, even when the text is in a part of it.
    story = next((a for a in container.iterancestors() if a.tag == "article"), None)
    if story is not None:
        container = story
    if title is None or not title.lines:
        return container
    h1 = page.lines[title.lines[0]].el
    ancestors = set(container.iterancestors())
    ancestors.add(container)
    node = h1
    while node is not None and node not in ancestors:
        node = node.getparent()
    if node is None or node.tag in ("body", "html"):
        return container
    return node


def _jsonld_body(meta: PageMeta) -> list[str]:
    value = _jsonld_value(meta.articles, "articleBody")
    if not isinstance(value, str):
        return []
    parts = [clean_line(p) for p in re.split(r"\n\s*\n|\r\n|\n", value)]
    return [p for p in parts if p]


def generic_html(doc: Document, *, tz: dt.tzinfo | None = None) -> Draft:
    """The draft of an HTML page of any outlet."""
    page = doc.page
    if page is None:
        return Draft(doc)
    title = title_field(page, page.meta, doc.url)
    content = extract_content(page, title=title.value if title is not None else None)
    fields = metadata(page, content, tz=tz, title=title, url=doc.url)
    body = list(content.body)
    deck = fields.get("subtitle")
    if deck is not None and body and deck.lines and body[0].lines[:1] == deck.lines[:1]:
        del body[0]  # the deck, read as the article's first heading
    ld_body = _jsonld_body(page.meta)
    body_chars = sum(len(b.text) for b in body)
    if ld_body and sum(map(len, ld_body)) > max(400, 2 * body_chars):
        body = [BodyItem("paragraph", p, "body.jsonld-articleBody") for p in ld_body]
    scope = _scope(content, fields.get("title"), page)
    captions = find_captions(page, scope, content.container)
    from .pages import page_number

    page_no, notes = page_number(doc, page)
    return html_draft(
        doc,
        fields,
        body,
        captions,
        dropped=content.dropped,
        page_no=page_no,
        warnings=notes,
    )
