"""The line-classification engine shared by the text parsers.

Data flows one way: lines -> marks (label, rule, data) -> a
:class:`~newsparse._engine.draft.Draft` -> ``build()``. Each pass only labels
lines that are still unlabelled, in this order: furniture and tail,
captions, editor's notes, the header (site-specific: see :class:`Profile`),
then the body. Every label records the rule that set it, which becomes the
article's provenance and what ``explain`` prints.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import json
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

import attrs

from .._fields import furniture as _furniture
from .._fields.bylines import Byline, is_lone_prefix, is_outlet, parse_byline
from .._fields.captions import (
    CAPTION_PATTERNS,
    CaptionMatch,
    CaptionPattern,
    full_of_truncated,
    is_credit_label,
    is_gallery_position,
    is_wire_caption_date,
    match_caption,
    wire_credit_alone,
)
from .._fields.dates import (
    DateMatch,
    date_line,
    day_first_language,
    find_dates,
    published_lead,
    published_updated,
    short_year_line,
)
from .._fields.furniture_words import COMMENTS, CONTINUE_READING, READ_ALSO
from .._fields.htmldates import date_from_url
from .._fields.labels import Label
from .._fields.language import guess_language
from .._input.document import Document, Line
from .._input.normalize import SENTENCE_MARKS, script_of, unspaced, word_count
from .._model import Article, Caption
from .draft import EDITOR_NOTE, BodyItem, Draft, Evidence, build
from .layout import SENTENCE_END, prose_start
from .linefacts import NO_HEADING_END, LineFacts, title_shaped

__all__ = ["Mark", "Profile", "Work", "run", "text_draft"]

_END_PUNCT = tuple(SENTENCE_MARKS + '"”’»)』」')
# Credit lines that sit under their caption (not a cover credit, which stands alone).
_CREDIT_LINE_RULES = frozenset(
    (
        "caption.label-credit",
        "caption.agency-end",
        "caption.agency-first",
        "caption.photo-by",
        "caption.name-agency",
        "caption.label-alone",
    )
)
# The most lines of links a "Related" box set into an article holds (two boxes
# in a row included: "Related", two links, "Related", two more).
_BOX_LINES = 8
_BULLETS = frozenset("•·▪●◦‣-–—*")
_HAS_PUNCT = re.compile(r"[.,;:!?。，；！？、،؛।؟]")
# A "Read more:" line alone: the link it introduces is on the next line (``Lee también``,
# ``Lesen Sie auch``: the same labels in the other languages of the web; not a "continue
# reading" button, the last line of a teaser).
_READ_MORE = frozenset(
    ("read more", "read also", "also read", "see also", "related", "more from")
) | (READ_ALSO.lines - CONTINUE_READING)
_EDITOR_NOTE_FIRST = frozenset("(eE")
_BREADCRUMB = re.compile(
    r"^(?P<first>[^>»|]{1,40}?)\s*[>»](?:\s*[^>»|]{1,40}?\s*[>»])*\s*(?:[^>»|]{1,40})?$"
)
_INFO_SPLIT = re.compile(r"\s+\|\s+|\s*｜\s*")
# "2024年03月12日 10:30 来源：新华网 作者：张三": a source label, and a Chinese author's
# or editor's, starts a new part of an info line.
_SOURCE_LABEL = re.compile(
    r"(?<=\S)\s+(?=(?:来源|來源|Source|Quelle|Fuente|Fonte|作者|记者|記者|责任编辑|責任編輯"
    r"|编辑|編輯|责编|責編)\s*[:：])"
)
_SOURCE_PREFIX = re.compile(r"(?i)^(?:source|from|来源|來源)\s*[:：]\s*")
# "责任编辑：王五": the page's editor, no author (the byline reader takes no editor).
_INFO_EDITOR = re.compile(r"^(?:责任编辑|責任編輯|编辑|編輯|责编|責編)\s*[:：]")
# "109 Comments", "5 min read": chrome among an info line's parts, in any order.
_INFO_CHROME = re.compile(
    r"(?i)^\d[\d,.]*\s*(?:comments?|kommentare?|commentaires?|comentarios?|comentários?"
    r"|commenti|reacties|replies|responses?|views?|min(?:ute)?s?\.?(?:\s+read)?)$"
)
# A breadcrumb's first crumb, the site's front page, in the languages of the web.
_HOME = re.compile(
    r"(?i)^(?:home|home ?page|front ?page|news|首页|首頁|startseite|accueil|inicio|portada|"
    r"in[ií]cio|página inicial|pagina iniziale|главная|головна|strona główna|ana ?sayfa|"
    r"beranda|trang chủ|etusivu|forside|hjem|startsida|hem|kezdőlap|úvod|domů|αρχική|"
    r"الرئيسية|صفحه اصلی|홈|ホーム|トップ|หน้าแรก|होम|मुख्य पृष्ठ)$"
)


@attrs.define
class Mark:
    """A line's label, the rule that set it, and what the rule read from it."""

    label: Label
    rule: str
    data: Any = None


HeaderStrategy = Callable[["Work"], None]


@attrs.frozen
class Profile:
    """What a text parser knows of its outlets: patterns and a header strategy.

    ``tz`` is the zone of printed times without one, when the outlet is known
    to print its local time (Beijing time, say); ``None`` means such times give
    only the day.
    """

    name: str
    header: HeaderStrategy
    tz: dt.tzinfo | None = None
    captions: tuple[CaptionPattern, ...] = CAPTION_PATTERNS
    furniture: tuple[_furniture.Rule, ...] = _furniture.LINE
    tail: tuple[_furniture.Rule, ...] = _furniture.TAIL
    sections: frozenset[str] = frozenset()
    standfirst_before_image: bool = False
    repeated_lines_are_captions: bool = True
    #: Whether one crumb and its arrow (``Opinion >``) names the section: an outlet's
    #: habit; on an unknown page it is as often a menu's item over its submenu.
    lone_crumb: bool = True


@attrs.define
class Work:
    """The mutable state of one parse: the lines, their marks, and the draft."""

    doc: Document
    profile: Profile
    marks: list[Mark | None]
    draft: Draft
    body_start: int = 0
    header_end: int = 0
    #: Which lines read as running text (computed once; shapes never change).
    para: list[bool] = attrs.Factory(list)
    #: The words of each line that reads as running text, 0 for the others.
    para_words: list[int] = attrs.Factory(list)
    #: The words of each line (:func:`word_count`, counted once per parse).
    words: list[int] = attrs.Factory(list)
    #: How often each line's text is printed in the dump (computed once).
    copies: Counter[str] = attrs.Factory(Counter)
    byline_json: list[tuple[int, str]] = attrs.Factory(list)
    #: The facts of each line that several passes read (its ``words`` are :attr:`words`).
    facts: LineFacts = attrs.field(
        default=attrs.Factory(lambda w: LineFacts([x.text for x in w.doc.lines]), takes_self=True)
    )
    #: The document's lines (an attribute, not a property: the passes read it thousands
    #: of times a parse).
    lines: tuple[Line, ...] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        self.lines = self.doc.lines
        if not self.words:
            self.words = self.facts.words

    @property
    def fields(self) -> dict[str, Evidence]:
        """The fields set so far (the draft's)."""
        return self.draft.fields

    def mark(self, i: int, label: Label, rule: str, data: Any = None) -> None:
        self.marks[i] = Mark(label, rule, data)

    def free(self, i: int) -> bool:
        return self.marks[i] is None

    def past_furniture(self, i: int, by: int) -> int:
        """The next line from ``i`` in direction ``by`` (1 or -1) that is not furniture.

        May be out of range (``-1`` or ``len(lines)``) when only furniture is left.
        """
        i += by
        lines = self.doc.lines
        while 0 <= i < len(lines) and self.label(i) is Label.FURNITURE:
            i += by
        return i

    def label(self, i: int) -> Label | None:
        mark = self.marks[i]
        return None if mark is None else mark.label

    def set(self, field: str, value: Any, rule: str, *lines: int) -> None:
        """Set an article field once; the first rule to set it wins."""
        if value is not None:
            self.draft.set(field, value, rule, tuple(self.lines[i].no for i in lines))

    def set_byline(self, byline: Byline, rule: str, *lines: int) -> None:
        """The byline, its authors and its source, unless a byline is set."""
        self.draft.set_byline(byline, rule, tuple(self.lines[i].no for i in lines))

    def labelled(self, label: Label) -> list[int]:
        return [i for i, m in enumerate(self.marks) if m is not None and m.label is label]


# --- line shapes ------------------------------------------------------------


def is_paragraph(text: str) -> bool:
    """A line that reads as running text."""
    return _is_paragraph(text, word_count(text))


def _is_paragraph(text: str, words: int) -> bool:
    """:func:`is_paragraph` of a line of ``words`` words (counted once per parse)."""
    if words >= 25:
        if text.endswith(_END_PUNCT):
            return True
        # A long unfinished line of capitalised words is a list of links or places.
        tokens = text.split()
        capitals = sum(1 for t in tokens if t[0].isupper())
        marked = _HAS_PUNCT.search(text) is not None or unspaced(text)
        return marked and capitals < 0.6 * len(tokens)
    # A shorter line is a sentence only if it ends like one (not ``Apps (tested)``), not
    # with an abbreviation's point: Thai and Lao end no sentence with one, so ``โดย สมชาย
    # · 3 พ.ย. 2568 14:05 น.`` is a byline and its time (``น.``: o'clock), not prose.
    return (
        words >= 8
        and SENTENCE_END.search(text) is not None
        and (not unspaced(text) or _ABBREVIATED.search(text) is None)
    )


#: A line ending in one letter of a script printed without spaces and a point.
_ABBREVIATED = re.compile(r"(?:^|[\s.])[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]\.$")


def is_title_like(text: str) -> bool:
    """A short line that could be a title, a deck or a subheading."""
    return title_shaped(text, word_count(text))


#: The most words of a subheading.
_HEADING_WORDS = 15


def is_heading(text: str) -> bool:
    """A subheading: title-like and short."""
    return is_title_like(text) and word_count(text) <= _HEADING_WORDS


def is_breadcrumb(text: str) -> str | None:
    """The first useful crumb of ``Opinion > Latest >``, else None."""
    if ">" not in text and "»" not in text:
        return None
    m = _BREADCRUMB.match(text)
    if not m:
        return None
    crumbs = [c.strip() for c in re.split(r"[>»]", text) if c.strip()]
    crumbs = [c for c in crumbs if not _HOME.match(c)]
    if not crumbs or any(word_count(c) > 5 or not _CRUMB.match(c) for c in crumbs):
        return None
    return crumbs[0]


#: A crumb is words: code (``1...10 => "small"``, ``identity<T>(arg: T)``), a tag
#: (``<br>``) or a number (``Churn by > 90%``) printed with an arrow are none.
_CRUMB = re.compile(r"^(?=.*[^\W\d_])[^=(){}<\"\\;]*$")
#: One crumb and its arrow (``Opinion >``; a menu's ``Solutions >`` too).
_LONE_CRUMB = re.compile(r"^[^>»]*[>»]\s*$")


def header_breadcrumb(w: Work, i: int) -> str | None:
    """The section a breadcrumb on line ``i`` names, above the article's prose (a line
    of the article with an arrow is code or a comparison)."""
    text = w.lines[i].text
    if i >= w.body_start or (not w.profile.lone_crumb and _LONE_CRUMB.match(text)):
        return None
    return is_breadcrumb(text)


def info_line(
    text: str, tz: dt.tzinfo | None, *, day_first: bool = False
) -> tuple[Byline | None, str | None, list[DateMatch]] | None:
    """``By X | Outlet | Updated: 2023-08-06 15:09`` split into its parts."""
    if len(text) > 200 or not ("|" in text or "｜" in text or ":" in text or "：" in text):
        return None  # one part at most: no separator, and no source label to split at
    parts = [p.strip() for p in _INFO_SPLIT.split(_SOURCE_LABEL.sub(" | ", text)) if p.strip()]
    if len(parts) < 2 or len(text) > 200:
        return None
    byline: Byline | None = None
    source: str | None = None
    dates: list[DateMatch] = []
    for part in parts:
        dm = date_line(part, tz, day_first=day_first)
        if dm is not None:
            dates.append(dm)
            continue
        # "November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM"
        both = published_updated(part, tz, day_first=day_first)
        if both is not None and both[0] is not None:
            dates += [both[0], *([] if both[1] is None else [both[1]])]
            continue
        if _INFO_CHROME.match(part) or _INFO_EDITOR.match(part):
            continue
        stripped = _SOURCE_PREFIX.sub("", part)
        if stripped != part or (is_outlet(part) and not part.lower().startswith("by ")):
            source = source or stripped
            continue
        b = parse_byline(part)
        if b is None and _desk_credit(part):
            continue  # "By HNN Staff": a credit, but no person's
        if b is None:
            return None
        byline = byline or b
        source = source or b.source
        # "By Jane Doe · Posted: Aug 8, 2024 | Last Updated: …": the date on the byline's part
        on_byline = date_line(b.rest, tz, day_first=day_first) if b.rest else None
        if on_byline is not None:
            dates.append(on_byline)
    if not dates and not (byline and source):
        return None
    return byline, source, dates


def _desk_credit(part: str) -> bool:
    """``By HNN Staff``: a short ``By`` credit of a desk or a team, which the byline
    reader does not take (no person), and which leaves the info line's date standing."""
    words = part.split()
    return (
        2 <= len(words) <= _DESK_WORDS
        and is_lone_prefix(words[0])
        and _DESK.search(part) is not None
    )


_DESK_WORDS = 5
_DESK = re.compile(
    r"(?i)(?<![^\W\d_])(?:staff|team|desk|bureau|newsroom|editors|reporters|redaktion"
    r"|redacción|rédaction|redazione|redactie|redação|redakcja|редакция)(?![^\W\d_])"
)


# --- passes -----------------------------------------------------------------


def mark_furniture(w: Work) -> None:
    profile = w.profile
    # The dump's script, read only for a line that is not ASCII (most dumps hold none).
    doc_script: str | None = None
    tail_rule = _furniture.matcher(profile.tail)
    line_rule = _furniture.matcher(profile.furniture)
    # A tail cuts the rest only below enough article text: a tagline above the menus
    # is not the article, and a "Comments" link in a share bar over it is no tail.
    para_words = w.para_words
    words_after = sum(para_words)
    words_before = 0
    seen_paragraph = False
    follows_read_more = False
    skip_to = 0
    for i, line in enumerate(w.lines):
        text = line.text
        words_after -= para_words[i]
        if i < skip_to:
            continue  # a box of links set into the article, marked already
        name = tail_rule(text) if seen_paragraph else None
        # A box of links set into the article, wherever it stands, is no tail.
        if name == "tail.related" and (box_end := _box_in_article(w, i, line_rule, tail_rule)):
            for j in range(i, box_end):
                w.mark(j, Label.FURNITURE, "furniture.related-box")
            skip_to = box_end
            continue
        if (
            name is not None
            and (
                words_before >= min(300, words_after)
                or (words_before >= 50 and 2 * words_before >= words_after)
            )
            and not _in_share_bar(w, i, line_rule)
        ):
            for j in range(i, len(w.lines)):
                w.mark(j, Label.FURNITURE, name if j == i else "tail.after")
            return
        if (
            seen_paragraph
            and words_before >= _THREAD_ARTICLE_WORDS
            and _comments_thread(w, i)
            and not _in_share_bar(w, i, line_rule)
        ):
            for j in range(i, len(w.lines)):
                w.mark(j, Label.FURNITURE, "tail.comments-thread" if j == i else "tail.after")
            return
        name = line_rule(text)
        if name is None and follows_read_more and not w.para[i]:
            name = "furniture.read-more-link"
        # (A box set into the article stands under its prose: above it, the line under
        # such a label may be the headline.)
        follows_read_more = (
            seen_paragraph
            and name == "furniture.read-more"
            and text.rstrip(" :：>»-").lower() in _READ_MORE
        )
        if name is not None:
            w.mark(i, Label.FURNITURE, name)
            if name == "furniture.byline-json":
                value = _json_value(text)
                if value:
                    w.byline_json.append((i, value))
            continue
        other = False
        if len(text) < 300 and not text.isascii():  # an ASCII line's script is Latin or none
            if doc_script is None:
                doc_script = w.doc.script
            other = doc_script == "latin" and script_of(text) not in ("latin", "")
        if other:
            w.mark(i, Label.FURNITURE, "furniture.other-script")
        elif w.para[i]:
            seen_paragraph = True
            words_before += para_words[i]


#: The comments under an article: their heading (``Comments``, ``[ 167 comments ]``,
#: ``Top Rated Comments``, ``Kommentare (3)``, ``5 thoughts on “…”``), then entries that
#: each open with a short line holding a date or a time ago (``Jane on May 3, 2025 at
#: 4:47 pm said:``, a name over ``2 days ago at 07:52 am``).
_THREAD_HEAD = re.compile(
    r"(?i)^[\[(]?\s*(?:\d[\d,.]*\s+)?(?:(?:top[- ]rated|recent|reader|readers['’]?|latest"
    r"|all|show|view|newest|oldest)\s+)?(?:comments?|"
    + "|".join(re.escape(word) for word in COMMENTS)
    + r")\s*(?:[\[(]\s*\d[\d,.]*\s*[\])])?\s*[\])]?\s*:?$"
    r"|^\d[\d,.]*\s+(?:responses?|replies|thoughts)\s+(?:to|on)\s+\S.{0,200}$"
)
_TIME_AGO = re.compile(
    r"(?i)\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
    r"\s+ago\b|\bvor\s+\d+\s+\w+|\bil\s+y\s+a\s+\d+|\bhace\s+\d+\s+\w+"
    r"|\d+\s+\w+\s+(?:fa|geleden|sedan|siden|temu|önce|назад)\b|\d+\s*(?:分钟|小時|小时|天|日|時間|分|시간|분|일)\s*前"
)
#: The article's words above a comments heading (a page's tagline may say "Comments").
_THREAD_ARTICLE_WORDS = 50
#: The first entry stands within _THREAD_FIRST lines under the heading, a second one
#: within _THREAD_SPAN lines of it.
_THREAD_FIRST = 4
_THREAD_SPAN = 40
_THREAD_HEAD_WORDS = 20


def _comments_thread(w: Work, i: int) -> bool:
    """Line ``i`` heads the comments under the article: comment entries follow it."""
    text = w.lines[i].text
    if len(text) > 250 or _THREAD_HEAD.match(text) is None:
        return False
    first = None
    for j in range(i + 1, min(len(w.lines), i + 1 + _THREAD_SPAN)):
        if first is None and j > i + _THREAD_FIRST:
            return False
        if _entry_head(w, j):
            if first is not None:
                return True
            first = j
    return False


def _entry_head(w: Work, j: int) -> bool:
    """A comment's head: a short line, no paragraph, holding its date or a time ago
    (not a dated caption's sentence, which ends with its full stop or its credit)."""
    if w.para[j] or not 1 <= w.words[j] <= _THREAD_HEAD_WORDS:
        return False
    text = w.lines[j].text
    if text.endswith((".", ")", "。", "）")):
        return False
    return (
        _TIME_AGO.search(text) is not None or next(find_dates(text, w.profile.tz), None) is not None
    )


def _box_in_article(
    w: Work,
    i: int,
    line_rule: Callable[[str], str | None],
    tail_rule: Callable[[str], str | None],
) -> int:
    """The end of a "Related" box set into the article at ``i``, else 0 (a real tail).

    A box of one to eight links (no dates, no furniture but a second box's
    label), after which the article goes on (:func:`_article_resumes`). Teasers of other
    stories alternate a headline and a summary, so one paragraph does not say that the
    article resumes, and a label right above paragraphs heads a list of teasers.
    """
    lines = w.lines
    n = len(lines)
    j = i + 1
    while j < n and j <= i + _BOX_LINES and not w.para[j]:
        text = lines[j].text
        if w.facts.date_line(j, w.profile.tz) is not None:
            return 0
        if line_rule(text) is not None and tail_rule(text) != "tail.related":
            return 0  # (a second box's label over its own links is the same box)
        j += 1
    if j == i + 1 or j == i + 1 + _BOX_LINES or j + 1 >= n:
        return 0  # no links (a heading over teasers), or more than a box holds
    return j if _article_resumes(w, j, line_rule) else 0


#: The article's own sign-off under its last paragraph: its editor, its desk's credits.
_SIGN_OFFS = frozenset(("furniture.editor", "furniture.contributors"))


def _article_resumes(w: Work, j: int, line_rule: Callable[[str], str | None]) -> bool:
    """Whether the article's prose goes on at ``j``, under a box's links.

    Two full paragraphs in a row; or, as a short article ends (its sentences
    shorter in Korean, Turkish, Japanese), a paragraph over another sentence or over
    the article's sign-off (``责任编辑：…``). A teaser's summary stands alone under its
    headline, with the next teaser's headline under it.
    """
    first, second = w.lines[j].text, w.lines[j + 1].text
    if _resumes(first, w.para[j]) and _resumes(second, w.para[j + 1]):
        return True
    if not (w.para[j] and _statement(first)):
        return False
    return (_statement(second) and w.words[j + 1] >= 3) or line_rule(second) in _SIGN_OFFS


def _resumes(text: str, para: bool) -> bool:
    """A paragraph of the article, not a teaser's question or one-line summary."""
    return para and word_count(text) >= 15 and not text.endswith(("?", "？"))


def _statement(text: str) -> bool:
    """A sentence that is no question (a teaser's summary often asks one)."""
    return SENTENCE_END.search(text) is not None and not text.endswith(("?", "？"))


def _in_share_bar(w: Work, i: int, line_rule: Callable[[str], str | None]) -> bool:
    """A "Comments" link among Facebook, Twitter, Print ... buttons: no tail."""
    lines = w.lines
    for j in (i - 1, i + 1):
        if 0 <= j < len(lines) and line_rule(lines[j].text) == "furniture.share":
            return True
    return False


def _json_value(text: str) -> str | None:
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):  # a line of brackets nested past the limit
        return None
    value = data.get("value") if isinstance(data, dict) else None
    return value.strip() if isinstance(value, str) and value.strip() else None


# Credit lines alone that sit under their caption's text, besides _CREDIT_LINE_RULES.
_CREDIT_UNDER_TEXT = _CREDIT_LINE_RULES | {"caption.via-agency"}


# A list's numbered item ("9. Spotlight On Washington, D.C."): a heading over its photo.
_NUMBERED_ITEM = re.compile(r"\d{1,3}[.)]\s")


def _credit_under_text(rule: str, text: str) -> bool:
    """A credit alone on its line that credits the line above it.

    ``(Image credit: NASA)`` does; a cover's credit, ``(Cover via VCG)``, stands alone.
    """
    if rule == "caption.paren-credit":
        return not text[1:6].lower().startswith("cover")
    return rule in _CREDIT_UNDER_TEXT


def mark_captions(w: Work) -> None:
    lines = w.lines
    texts = [line.text for line in lines]
    counts = w.copies
    marks = w.marks  # read directly: this loop visits every line
    patterns = w.profile.captions
    repeated = w.profile.repeated_lines_are_captions
    for i, text in enumerate(texts):
        if marks[i] is not None:
            continue
        found = match_caption(text, patterns)
        if found is not None:
            w.mark(i, Label.CAPTION, found.rule, found)
        elif (
            is_credit_label(text)
            and i + 1 < len(texts)
            and w.words[i + 1] <= 8
            and not w.para[i + 1]
        ):
            # "Credit:" alone, the credit on the next line: both are the credit line.
            found = CaptionMatch(None, texts[i + 1], "caption.label-alone")
            w.mark(i + 1, Label.CAPTION, found.rule, found)
            w.mark(i, Label.CAPTION, found.rule, found)
        elif (
            repeated
            and counts[text] > 1
            and _repeated_nearby(texts, i)
            and not w.facts.title_like(i)
        ):
            w.mark(
                i, Label.CAPTION, "caption.repeated", CaptionMatch(text, None, "caption.repeated")
            )
    # "Photo: Reuters" under a short line: that line is the caption's text.
    for i, mark in enumerate(w.marks):
        if (
            mark is not None
            and mark.label is Label.CAPTION
            and mark.data.text is None
            and _credit_under_text(mark.rule, w.lines[i].text)
            and i > 0
            and w.free(i - 1)
            and _may_be_text_above(w.lines[i - 1].text)
            and not w.facts.title_like(i - 1)
            and not _NUMBERED_ITEM.match(w.lines[i - 1].text)
        ):
            found = CaptionMatch(w.lines[i - 1].text, mark.data.credit, "caption.text-above-credit")
            w.mark(i - 1, Label.CAPTION, found.rule, found)
            w.mark(i, Label.CAPTION, mark.rule, found)
            if mark.rule == "caption.label-alone":  # and the credit's own line
                w.mark(i + 1, Label.CAPTION, mark.rule, found)
    _mark_wire_captions(w)
    _join_source_and_caption(w)
    _mark_collapsed_captions(w)
    _mark_gallery_captions(w)
    _mark_photo_counts(w)
    # A copy of a credited caption printed without its credit is the same image.
    texts_of_captions = {
        m.data.text for m in w.marks if m is not None and m.label is Label.CAPTION and m.data.text
    }
    if texts_of_captions:
        for i, line in enumerate(w.lines):
            if w.free(i) and line.text in texts_of_captions:
                w.mark(
                    i, Label.CAPTION, "caption.copy", CaptionMatch(line.text, None, "caption.copy")
                )


# A sentence's end inside a line: its mark, then a capital or a bracket or quote opening
# the next (``Corp., Ceres`` goes on; ``counseling. Rather, ...`` is a second sentence).
_SENTENCE_INSIDE = re.compile(r"[.!?]['\"”’)]?\s+[\"“‘(]?[^\W\d_a-zß-ÿа-я]")
#: Past this many words, a line of two sentences over a credit is a paragraph.
_CAPTION_SENTENCE_WORDS = 30


def _may_be_text_above(text: str) -> bool:
    """A line short enough to be the caption over a credit; a wire photo's caption, which
    dates its scene in full, may run longer (a paragraph that long is rarely credited).

    A caption is one sentence, or two short ones: a long line of two sentences or more is
    the paragraph over an image that the dump prints with its credit alone.
    """
    n = word_count(text)
    if n > _CAPTION_SENTENCE_WORDS and _SENTENCE_INSIDE.search(text) is not None:
        return False
    return n <= 40 or (n <= 90 and is_wire_caption_date(text))


def _mark_wire_captions(w: Work) -> None:
    """``Jane Doe, AP`` under a wire photo's caption (see :func:`is_wire_caption_date`):
    the caption and its credit, which alone would read as a byline."""
    lines = w.lines
    for i in range(1, len(lines)):
        if not (w.free(i) and w.free(i - 1) and w.words[i] <= 8):
            continue
        credit = wire_credit_alone(lines[i].text)
        above = lines[i - 1].text
        if credit is None or w.words[i - 1] > 90 or not is_wire_caption_date(above):
            continue
        found = CaptionMatch(above, credit, "caption.wire-caption")
        w.mark(i - 1, Label.CAPTION, found.rule, found)
        w.mark(i, Label.CAPTION, found.rule, found)


def _join_source_and_caption(w: Work) -> None:
    """``Image source, Getty Images`` over ``Image caption, ...``: one image's credit and text."""
    marks = w.marks
    for i in range(len(marks) - 1):
        credit, text = marks[i], marks[i + 1]
        if (
            credit is not None
            and text is not None
            and credit.rule == "caption.source-label"
            and text.rule == "caption.caption-label"
            and text.data.credit is None
        ):
            found = CaptionMatch(text.data.text, credit.data.credit, "caption.caption-label")
            w.mark(i, Label.CAPTION, "caption.source-label", found)
            w.mark(i + 1, Label.CAPTION, "caption.caption-label", found)


def _mark_collapsed_captions(w: Work) -> None:
    """A caption printed whole and cut short (``... more``) on the next line: one image."""
    lines = w.lines
    for i in range(len(lines) - 1):
        a, b = lines[i].text, lines[i + 1].text
        if not (_cut_short(a) or _cut_short(b)):  # cheap: no "... more" at either end
            continue
        full = full_of_truncated(b, a) or full_of_truncated(a, b)
        if full is None:
            continue
        marks = (w.marks[i], w.marks[i + 1])
        if any(m is not None and m.label is not Label.CAPTION for m in marks):
            continue
        # The credit under the pair is the image's, alone or read with the cut copy above it.
        under = w.marks[i + 2] if i + 2 < len(lines) else None
        if under is not None and (
            under.label is not Label.CAPTION or under.data.text not in (None, a, b)
        ):
            under = None
        credits = [m.data.credit for m in (*marks, under) if m is not None and m.data.credit]
        # The whole caption may end in its own credit: "... won 5-4. (AP Photo/Jane Doe)".
        inline = match_caption(full, w.profile.captions)
        if inline is not None and inline.text and inline.credit:
            full = inline.text
            credits.append(inline.credit)
        found = CaptionMatch(full, credits[0] if credits else None, "caption.collapsed-copy")
        w.mark(i, Label.CAPTION, found.rule, found)
        w.mark(i + 1, Label.CAPTION, found.rule, found)
        if under is not None and under.data.credit:
            w.mark(i + 2, Label.CAPTION, under.rule, found)


def _cut_short(text: str) -> bool:
    end = text[-16:]
    return "…" in end or "..." in end


def _mark_gallery_captions(w: Work) -> None:
    """``Image 3 of 8`` over a line: that line is the slide's caption."""
    lines = w.lines
    for i in range(len(lines) - 1):
        text = lines[i].text
        if not (text[-1].isdigit() and is_gallery_position(text)):
            continue
        under = w.marks[i + 1]
        if under is not None and under.label is Label.CAPTION:
            if w.free(i):  # a slide whose caption another rule read: its counter too
                w.mark(i, Label.CAPTION, under.rule, under.data)
            continue
        if under is None and w.words[i + 1] == 1:
            # One word under the counter ("Caption", "Close"): the box's button.
            w.mark(i + 1, Label.FURNITURE, "furniture.gallery-button")
            if w.free(i):
                w.mark(i, Label.FURNITURE, "furniture.gallery-button")
            continue
        caption = lines[i + 1].text
        if under is None and w.words[i + 1] <= 80 and not is_gallery_position(caption):
            found = CaptionMatch(caption, None, "caption.gallery-slide")
            w.mark(i + 1, Label.CAPTION, found.rule, found)
            if w.free(i):  # the counter is part of the slide's caption box
                w.mark(i, Label.CAPTION, found.rule, found)


def _mark_photo_counts(w: Work) -> None:
    """A number alone over a caption: the count of a gallery's photos, printed on its
    first image ("6" over each caption of a gallery), no line of the article."""
    lines = w.lines
    for i in range(len(lines) - 1):
        text = lines[i].text
        if len(text) > 3 or not text.isdigit() or not w.free(i):
            continue
        under = w.marks[i + 1]
        if under is not None and under.label is Label.CAPTION and under.data.text:
            w.mark(i, Label.FURNITURE, "furniture.gallery-count")


def _repeated_nearby(texts: Sequence[str], i: int) -> bool:
    """Browsers print an image's caption up to three times in a row."""
    lo, hi = max(0, i - 3), min(len(texts), i + 4)
    return any(texts[j] == texts[i] for j in range(lo, hi) if j != i)


def mark_editor_note(w: Work) -> None:
    marks = w.marks
    for i, line in enumerate(w.lines):
        if marks[i] is not None:
            continue
        # The pattern opens with "(", white space or "editor" (in any case).
        first = line.text[:1]
        if first not in _EDITOR_NOTE_FIRST and not first.isspace():
            continue
        m = EDITOR_NOTE.match(line.text)
        if not m:
            continue
        text = m.group("text").strip()
        lines = [i]
        if not text and i + 1 < len(w.lines) and w.free(i + 1):
            text, lines = w.lines[i + 1].text, [i, i + 1]
        for j in lines:
            w.mark(j, Label.EDITOR_NOTE, "editor-note.prefix")
        if text:
            w.set("editor_note", text, "editor-note.prefix", *lines)


def find_body_start(w: Work) -> int:
    """The first line of the article's first run of prose (see :func:`prose_start`)."""
    lines = w.lines
    free = [i for i in range(len(lines)) if w.free(i)]
    # A question alone ("Why does it matter?") is a heading's shape, not a paragraph's.
    words = [w.para_words[i] if not lines[i].text.endswith("?") else 0 for i in free]
    start = prose_start(words, free, len(lines))
    # A paragraph above the run with only a subheading between them is the article's
    # first: subheadings stand between paragraphs of the article, never over it.
    if start >= len(lines):
        return start
    k = bisect.bisect_left(free, start)
    while True:
        if (
            k >= 2
            and words[k - 2]
            and not words[k - 1]
            and is_heading(lines[free[k - 1]].text)
            and _only_furniture_between(w, free[k - 2], free[k])
        ):
            k -= 2
        elif (
            k >= 1
            and words[k - 1]
            and free[k] > free[k - 1] + 1
            and _only_furniture_between(w, free[k - 1], free[k])
        ):
            # A paragraph over an ad: the article began above it.
            k -= 1
        else:
            return free[k]


#: What may stand between two pieces of the article: page furniture (an ad, a share bar)
#: and captions of the article's photos.
_BETWEEN_PARAGRAPHS = frozenset({Label.FURNITURE, Label.CAPTION})


def _only_furniture_between(w: Work, a: int, b: int) -> bool:
    """Whether every labelled line between ``a`` and ``b`` is furniture or a caption."""
    return all((m := w.marks[i]) is None or m.label in _BETWEEN_PARAGRAPHS for i in range(a + 1, b))


#: The longest line ``_dates_alone`` lets the date readers try past the body's start.
_DATES_ALONE = 160
_YEAR_DIGITS = re.compile(r"\d{4}")
#: How much of the prose tells its language (for the order of numeric dates), and in
#: how many lines from the body's start it is looked for.
_PROSE_SAMPLE = 400
_PROSE_LINES = 40
#: Numbers that either order of day and month could read (slashes or dashes).
_EITHER_ORDER = re.compile(r"\d[/-]\d{1,2}[/-]\d{2}")


def day_first(w: Work, text: str) -> bool:
    """Whether ``text`` is to be read with numeric dates day first: it holds one that
    either order could read (``03/11/2025``), and the article's prose is of a language
    that writes the day first (then it is 3 November; in English it is left unread)."""
    if _EITHER_ORDER.search(text) is None:
        return False  # (the language is only guessed where it matters)
    sample = prose_sample(w)
    return bool(sample) and day_first_language(sample)


def prose_sample(w: Work) -> str:
    """The article's first paragraphs, enough to tell their language ('' if none)."""
    sample: list[str] = []
    size = 0
    # A bounded look (the callers ask once per line): the prose starts at body_start.
    for i in range(w.body_start, min(w.body_start + _PROSE_LINES, len(w.lines))):
        if w.para[i]:
            sample.append(w.lines[i].text)
            size += len(sample[-1])
            if size >= _PROSE_SAMPLE:
                break
    return " ".join(sample)[:_PROSE_SAMPLE]


def _dates_alone(text: str) -> bool:
    """A line short enough to be a date line, opening with a label or a date's digits
    or month (the cheap test before the date readers; they decide)."""
    return len(text) <= _DATES_ALONE and _YEAR_DIGITS.search(text) is not None


def _outlet_and_date(text: str, tz: dt.tzinfo | None, first: bool) -> Byline | None:
    """An agency's or outlet's name, then a date and nothing more: a credit line."""
    if _YEAR_DIGITS.search(text) is None:
        return None
    byline = parse_byline(text)
    if byline is None or byline.authors or not byline.rest or not byline.source:
        return None
    if not is_outlet(byline.printed) or date_line(byline.rest, tz, day_first=first) is None:
        return None
    return byline


def mark_dates_and_bylines(
    w: Work, end: int, *, updated_is_date: bool = False, start: int = 0
) -> None:
    """Label date, info, breadcrumb and ``By`` lines from ``start`` to ``end``.

    Past the body's start only lines that are not paragraphs (a date under
    the lead paragraph), never the prose itself; but a line made of dates alone
    is no prose, whatever its shape (``Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m.``
    ends like a sentence).
    """
    tz = w.profile.tz
    for i in range(start, end):
        if not w.free(i):
            continue
        text = w.lines[i].text
        prose = i >= w.body_start and w.para[i]
        if prose and not _dates_alone(text):
            continue
        first = day_first(w, text)
        dm = w.facts.date_line(i, tz, day_first=first)
        if dm is None and not prose:
            # ``03.05.24``: in the order of the prose's language; the cluster's rules
            # (a list's, a masthead's date) apply to it as to any date line.
            dm = short_year_line(text, lambda: guess_language(prose_sample(w)), tz)
        if dm is not None:
            if dm.updated and not updated_is_date:
                w.mark(i, Label.UPDATED, "date.updated-line", dm)
                w.set("updated", dm.value, "date.updated-line", i)
            else:
                w.mark(i, Label.DATE, "date.line", dm)
                if "date" in w.fields and not updated_is_date:
                    w.set("updated", dm.value, "date.second-line", i)
                w.set("date", dm.value, "date.line", i)
            continue
        both = published_updated(text, tz, day_first=first)
        if both is not None:
            published, second = both
            w.mark(i, Label.DATE, "date.published-and-updated", published)
            w.set("date", published.value if published else None, "date.published-and-updated", i)
            if second is not None and not updated_is_date:
                w.set("updated", second.value, "date.published-and-updated", i)
            continue
        if prose:
            continue
        info = info_line(text, tz, day_first=first)
        if info is not None:
            w.mark(i, Label.INFO, "info.line", info)
            set_info(w, i, info, updated_is_date=updated_is_date)
            continue
        crumb = header_breadcrumb(w, i)
        if crumb is not None:
            w.mark(i, Label.SECTION, "section.breadcrumb")
            w.set("section", crumb, "section.breadcrumb", i)
            continue
        byline = parse_byline(text, require_prefix=True)
        if byline is not None:
            w.mark(i, Label.BYLINE, "byline.prefixed", byline)
            w.set_byline(byline, "byline.prefixed", i)
            if byline.rest:  # "By X • 20 Dec 2025", "Last updated on ... by X"
                date_on_byline(w, i, byline.rest, updated_is_date=updated_is_date)
            continue
        credit = _outlet_and_date(text, tz, first)
        if credit is not None:  # "Associated Press November 19, 2019, 9:02 AM"
            w.mark(i, Label.BYLINE, "byline.outlet-and-date", credit)
            w.set_byline(credit, "byline.outlet-and-date", i)
            date_on_byline(w, i, credit.rest or "", updated_is_date=updated_is_date)
            continue
        # "Posted on March 3, 2025 in News, Health": a theme's date line with the
        # categories (or a handle) after the date.
        lead = published_lead(text, tz, day_first=first)
        if lead is not None:
            w.mark(i, Label.DATE, "date.published-lead", lead)
            w.set("date", lead.value, "date.published-lead", i)


def set_info(
    w: Work,
    i: int,
    info: tuple[Byline | None, str | None, list[DateMatch]],
    *,
    updated_is_date: bool = False,
) -> None:
    """The fields an info line gives: byline, source, the date and a second (updated).

    A first date labelled as an update is the update (unless the outlet prints its
    update as the date, ``updated_is_date``)."""
    byline, source, dates = info
    if byline is not None:
        w.set_byline(byline, "info.byline", i)
    w.set("source", source, "info.source", i)
    if dates and dates[0].updated and not updated_is_date:
        # "Jane Doe | Last Updated: March 11, 2019": the update, not the publication.
        w.set("updated", dates[0].value, "info.date", i)
        rest = [d for d in dates[1:] if not d.updated]
        if rest:
            w.set("date", rest[0].value, "info.date", i)
    elif dates:
        w.set("date", dates[0].value, "info.date", i)
        if len(dates) > 1:
            w.set("updated", dates[1].value, "info.date", i)


def date_on_byline(w: Work, i: int, rest: str, *, updated_is_date: bool) -> None:
    """The date printed on a byline's line (``Byline.rest``): the date, or ``updated``."""
    tz = w.profile.tz
    first = day_first(w, rest)
    dm = date_line(rest, tz, day_first=first)
    if dm is None:
        # "July 13, 2024October 10, 2020 by Jane Doe": a theme's first and last version.
        both = published_updated(rest, tz, day_first=first)
        if both is not None and both[0] is not None:
            w.set("date", both[0].value, "date.on-byline", i)
            if both[1] is not None and not updated_is_date:
                w.set("updated", both[1].value, "date.on-byline", i)
            return
        dm = next(find_dates(rest, tz, day_first=first), None)
    if dm is None:
        return
    if dm.updated and not updated_is_date:
        w.set("updated", dm.value, "date.on-byline", i)
    else:
        w.set("date", dm.value, "date.on-byline", i)


# Caption rules whose credit a byline shares: ``Redacción / EFE``, ``Maria Rossi (ANSA)``,
# ``Текст: Мария Иванова / Фото: Иван Петров`` (not a wire first, ``REUTERS/Ann Wang``).
_BYLINE_SHAPED_CREDITS = frozenset(
    {"caption.agency-end", "caption.paren-agency", "caption.label-credit"}
)
# Credits that name a picture library or say what kind of photo it is: never a byline.
_PHOTO_ONLY = re.compile(
    r"Getty|Shutterstock|Alamy|Unsplash|Imaginechina|Visual China|\b(?:VCG|CFP|IC|Pool|"
    r"Handout|File|Screenshot)\b"
)
_HEADER_ANCHORS = frozenset({Label.TITLE, Label.SUBTITLE, Label.DATE, Label.UPDATED})
# What ends a byline's first credit before the photographer's: ``Text: X / Photo: Y``.
_CREDIT_SEPARATORS = tuple("/|·•,;")


def reclaim_header_credit(w: Work) -> None:
    """A credit-shaped line the caption rules took, that stands right by the headline,
    the deck or the date line with no byline found: the article's byline."""
    if "byline" in w.fields:
        return
    for i in range(min(w.body_start, len(w.marks))):
        mark = w.marks[i]
        if mark is None or mark.label is not Label.CAPTION:
            continue
        text = w.lines[i].text
        # A credit printed again down the page, or in print capitals (``SHI YU/CHINA
        # DAILY``), is a photo's.
        if w.copies[text] > 1 or (text.isupper() and "/" in text):
            continue
        if mark.rule not in _BYLINE_SHAPED_CREDITS or not _beside_header(w, i):
            continue
        byline = _credit_as_byline(mark.rule, mark.data, text)
        if byline is not None:
            w.mark(i, Label.BYLINE, "byline.header-credit", byline)
            w.set_byline(byline, "byline.header-credit", i)
            return


def mark_wire_credit_under_caption(w: Work) -> None:
    """``Jane Doe, AP`` under a short line without a sentence's end, over a paragraph,
    once the byline stands elsewhere: a photo's credit under its caption (a name and a
    place, say), which alone would read as a second byline."""
    if "byline" not in w.fields:
        return
    lines = w.lines
    for i in range(max(1, w.header_end), len(lines) - 1):
        if not (w.free(i) and w.words[i] <= 8 and w.free(i - 1) and w.words[i - 1] <= 20):
            continue
        credit = wire_credit_alone(lines[i].text)
        above = lines[i - 1].text
        if credit is None or above.endswith(_END_PUNCT) or not w.facts.title_like(i - 1):
            continue
        nxt = w.past_furniture(i, 1)
        if nxt >= len(lines) or not (w.free(nxt) and w.para[nxt]):
            continue
        found = CaptionMatch(above, credit, "caption.wire-credit-under-caption")
        w.mark(i - 1, Label.CAPTION, found.rule, found)
        w.mark(i, Label.CAPTION, found.rule, found)


def _beside_header(w: Work, i: int) -> bool:
    """Whether the line next to ``i`` (past furniture), above or below, is the
    headline, the deck or a date line."""
    for by in (-1, 1):
        j = w.past_furniture(i, by)
        if 0 <= j < len(w.marks) and w.label(j) in _HEADER_ANCHORS:
            return True
    return False


def _credit_as_byline(rule: str, found: CaptionMatch, text: str) -> Byline | None:
    """The byline a caption's credit line reads as, when its caption text is none
    (or a person's name, or a first credit ending at a separator)."""
    credit = found.credit or ""
    if _PHOTO_ONLY.search(credit) or (found.text is None and rule == "caption.label-credit"):
        return None  # "Photo: Reuters" alone is the photo's credit
    if found.text is not None:
        before = found.text
        if rule == "caption.label-credit" and not before.endswith(_CREDIT_SEPARATORS):
            return None
        lead = parse_byline(before.rstrip("".join(_CREDIT_SEPARATORS) + " "))
        if lead is None or not lead.authors:
            return None
        if rule == "caption.label-credit":  # the photographer's credit is no author
            return attrs.evolve(lead, printed=text)
    byline = parse_byline(text)
    if byline is None or not (byline.authors or byline.source):
        return None
    return byline


#: A bar or a dash alone between a byline's parts (``Jane Doe | Senior Reporter``).
_PART_MARKS = re.compile(r"(?<= )[|｜•·/\-–—](?= )")


def byline_words(text: str) -> int:
    """The words of a byline line, not counting the marks between its parts."""
    return word_count(text) - len(_PART_MARKS.findall(text))


def credit_line(w: Work, i: int, rule: str) -> bool:
    """Read line ``i`` as a credit line (an outlet, people, or both)."""
    text = w.lines[i].text
    if byline_words(text) > 8 or text.endswith(NO_HEADING_END):
        return False
    byline = parse_byline(text)
    if byline is None:
        return False
    w.mark(i, Label.BYLINE, rule, byline)
    w.set_byline(byline, rule, i)
    return True


def mark_title(w: Work, i: int, rule: str) -> None:
    w.mark(i, Label.TITLE, rule)
    w.set("title", w.lines[i].text, rule, i)
    title = w.lines[i].text
    for j, line in enumerate(w.lines):
        if j != i and line.text == title and w.marks[j] is None:
            w.mark(j, Label.FURNITURE, "title.repeat")


def mark_standfirst(w: Work) -> None:
    """Text above the lead image, before any other paragraph, is the standfirst."""
    if "subtitle" in w.fields:
        return
    p = w.body_start
    if p >= len(w.lines) or not w.free(p) or w.words[p] > 80:
        return
    if any(w.marks[i] is None for i in range(w.header_end, p)):
        return
    nxt = w.past_furniture(p, 1)
    mark = w.marks[nxt] if nxt < len(w.lines) else None
    if mark is not None and mark.label is Label.CAPTION:
        w.mark(p, Label.SUBTITLE, "subtitle.standfirst-before-image")
        w.set("subtitle", w.lines[p].text, "subtitle.standfirst-before-image", p)


def mark_body(w: Work, start: int) -> None:
    lines = w.lines
    marks = w.marks  # read directly: this loop visits every line
    words = w.words
    n = len(lines)
    mark_dated_entries(w, max(start, w.body_start))
    mark_after_article(w, max(start, w.body_start))
    para = [m is None and p for m, p in zip(marks, w.para, strict=True)]
    last_para = max((i for i in range(n) if para[i]), default=-1)
    # Short closing sentences ("He declined to comment.") still belong to the body.
    j = last_para + 1
    while last_para >= 0 and j < n:
        mark = marks[j]
        if mark is not None:
            if mark.label is Label.FURNITURE:
                break
            j += 1
            continue
        if not _closing_sentence(lines[j].text, words[j]):
            break
        para[j] = True
        last_para = j
        j += 1
    # The next line that is not a caption or furniture, computed backwards once.
    following: list[int | None] = [None] * n
    nxt: int | None = None
    for i in range(n - 1, -1, -1):
        following[i] = nxt
        mark = marks[i]
        if mark is None or mark.label not in (Label.CAPTION, Label.FURNITURE):
            nxt = i
    for i in range(start, n):
        if marks[i] is not None:
            continue
        if para[i]:
            w.mark(i, Label.PARAGRAPH, "body.paragraph")
            continue
        text = lines[i].text
        if i < last_para and text[0] in _BULLETS and words[i] >= 3:
            w.mark(i, Label.PARAGRAPH, "body.list-item")
            continue
        if i > last_para:
            w.mark(i, Label.FURNITURE, "body.after-last-paragraph")
            continue
        after = following[i]
        if _video_title(w, i):
            w.mark(i, Label.FURNITURE, "body.video-title")
        elif (
            words[i] <= _HEADING_WORDS
            and w.facts.title_like(i)
            and after is not None
            and para[after]
        ):
            w.mark(i, Label.HEADING, "body.heading")
        elif text.endswith(_END_PUNCT) and words[i] >= 3:
            w.mark(i, Label.PARAGRAPH, "body.short-paragraph")
        else:
            w.mark(i, Label.FURNITURE, "body.stray-line")
    keep_runs_between_paragraphs(w, start, last_para)
    for i in range(min(start, n)):
        if marks[i] is None:
            w.mark(i, Label.FURNITURE, "header.unused")


def _closing_sentence(text: str, words: int) -> bool:
    """A line under the article's last paragraph that goes on with its prose: a sentence;
    in a script that ends none with a mark (Thai, Lao), a line longer than a heading."""
    if text.endswith(_END_PUNCT):
        return words >= 3
    return words > _HEADING_WORDS and unspaced(text)


def _video_title(w: Work, i: int) -> bool:
    """An embedded video's title: a line that is no sentence over the video's duration.

    (A live blog's time stands under its previous entry's paragraph or closing sentence.)
    """
    mark = w.marks[i + 1] if i + 1 < len(w.lines) else None
    return (
        mark is not None
        and mark.rule == "furniture.duration"
        and not w.lines[i].text.endswith(_END_PUNCT)
    )


#: A list of comments or of other stories under the article: at least _ENTRIES
#: entries, each with its own date, no more than _ENTRY_GAP lines apart, below at
#: least _ARTICLE_WORDS words of the article's paragraphs.
_ENTRIES = 3
_ENTRY_GAP = 12
_ARTICLE_WORDS = 80
#: The longest name or headline line over an entry's date.
_ENTRY_HEAD_WORDS = 20
# The header pass may have read the first entry's date as the article's (or its update).
_DATE_LABELS = frozenset({Label.DATE, Label.UPDATED})


def mark_dated_entries(w: Work, start: int) -> None:
    """Cut a list of comments or of other stories under the article."""
    for i in range(dated_entries(w, start), len(w.lines)):
        if w.marks[i] is None:
            w.mark(i, Label.FURNITURE, "body.dated-entries")


def dated_entries(w: Work, start: int) -> int:
    """The first line of a list of dated entries below the article, else the dump's end.

    Comments print their author's name over a date; teasers of other stories
    a headline and an author over one; either repeats entry after entry. A
    timeline's dates stand right under the previous entry's paragraph, and a
    live blog's times are no dates, so neither reads as such a list; nor do
    entries right under the headline (the page is the list).
    """
    found: list[int] = []
    words = 0  # the words of the paragraphs above the line
    words_above = 0  # ... above the first entry found
    for i in range(start, len(w.lines)):
        mark = w.marks[i]
        if mark is not None and mark.label not in _DATE_LABELS:
            continue
        words += w.para_words[i]
        if w.para[i] or not _entry_date(w, i):
            continue
        if not found or i - found[-1] > _ENTRY_GAP:
            found = []
            words_above = words
        found.append(i)
        if len(found) == _ENTRIES:
            break
    if len(found) < _ENTRIES or words_above < _ARTICLE_WORDS:
        return len(w.lines)
    # From the first entry's head over its date (the lines above it that are no
    # paragraph fall after the article's last paragraph: mark_body cuts them).
    return found[0] - 1


def _entry_date(w: Work, i: int) -> bool:
    """A comment's or a teaser's date: a date alone on its line, under a short head line."""
    above = i - 1
    return (
        above >= 0
        and w.marks[above] is None
        and not w.para[above]
        and 1 <= w.words[above] <= _ENTRY_HEAD_WORDS
        and w.facts.date_line(i, w.profile.tz) is not None
    )


#: The article's end: a run of at least _GAP lines that are no paragraph, with page
#: furniture (a share bar, a sign-up box) and other lines among them, below at least _BEFORE_GAP words
#: of the article, after which fewer than two paragraphs and _RESUME_WORDS words stand
#: in the next _RESUME_LINES lines.
_GAP = 4
_BEFORE_GAP = 150
_RESUME_LINES = 8
_RESUME_WORDS = 40
#: The most closing sentences kept under the last paragraph above the chrome.
_CLOSING_LINES = 2
_STATEMENT_END = re.compile(r"[.。।]['\"’”»)]?$")


def mark_after_article(w: Work, start: int) -> None:
    """Cut what follows the article's end (see :func:`end_of_article`)."""
    for i in range(end_of_article(w, start), len(w.lines)):
        if w.marks[i] is None:
            w.mark(i, Label.FURNITURE, "body.after-article")


def end_of_article(w: Work, start: int) -> int:
    """The first line of the page's chrome under the article, else the dump's end.

    Under its last paragraph the page goes on with its chrome: share buttons
    or a sign-up box among lines of links, with a promotion's sentence or a
    teaser's summary here and there. A box set into the article may be as
    long, but the article's prose resumes under it, or it is all furniture (a
    share bar over the closing paragraph); a table or a list of the article
    holds no page furniture.
    """
    n = len(w.lines)
    words = 0
    gap = 0
    gap_start = start
    furniture = links = False
    for i in range(start, n):
        mark = w.marks[i]
        if mark is not None and mark.label is Label.CAPTION:
            continue  # an image's caption stands anywhere in the article
        if mark is None and w.para[i]:
            if (
                gap >= _GAP
                and furniture
                and links
                and words >= _BEFORE_GAP
                and not _prose_resumes(w, i)
            ):
                return _past_closing_lines(w, gap_start, i)
            words += w.para_words[i]
            gap = 0
            continue
        if gap == 0:
            gap_start = i
            furniture = links = False
        if mark is None:
            links = True
        # (A line in another script may be an item of the article's list.)
        elif mark.label is Label.FURNITURE and mark.rule != "furniture.other-script":
            if furniture:
                continue  # the run's furniture counts once: more ads change nothing
            furniture = True
        gap += 1
    return n


def _past_closing_lines(w: Work, start: int, end: int) -> int:
    """The chrome's start past the article's closing sentences right under its prose.

    A short last sentence ("He declined to comment.") under the last paragraph
    is no paragraph by its length, so it opens the run of chrome; mark_body keeps
    it as the article's close. Up to _CLOSING_LINES of them, each a statement: a
    promotion's question or call ("Want more?", "Talk to us!") and a label's line
    ("Subjects: ...") are the chrome's.
    """
    i = start
    while i < min(end, start + _CLOSING_LINES) and w.marks[i] is None:
        text = w.lines[i].text
        if not (
            _STATEMENT_END.search(text)
            and w.words[i] >= 3
            and text[0].isupper()
            and ":" not in text
            and not text.isupper()
        ):
            break
        i += 1
    return i


def _prose_resumes(w: Work, i: int) -> bool:
    """Whether the lines from ``i`` on read as the article's prose, not a lone sentence."""
    words = 0
    paras = 0
    for j in range(i, min(i + _RESUME_LINES, len(w.lines))):
        if w.marks[j] is None and w.para[j]:
            words += w.para_words[j]
            paras += 1
    return paras >= 2 and words >= _RESUME_WORDS


def keep_runs_between_paragraphs(w: Work, start: int, end: int) -> None:
    """Stray lines between two paragraphs are the article's tables and lists.

    A run of lines that are not paragraphs, between one body paragraph and
    the next, is part of the article (a table, a list, a heading over a list)
    up to a line of page furniture (a share bar, a "Read more" link, a sign-up
    box), a date or a byline, or a line that marks a list of stories: from
    there on the run is a box set into the article, and its stray lines stay out.
    """
    marks = w.marks
    counts = w.copies
    tz = w.profile.tz
    run: list[int] = []
    clean = -1  # the length of the run's clean start while a line spoils it, else -1
    seen_paragraph = False
    for i in range(start, min(end + 1, len(marks))):
        mark = marks[i]
        if mark is None:
            continue
        if mark.label is Label.PARAGRAPH:
            if seen_paragraph and run:  # (no line between the two: nothing to settle)
                _settle_run(w, run, clean, counts)
            seen_paragraph = True
            run = []
            clean = -1
        elif mark.rule in ("body.stray-line", "body.heading"):
            if clean < 0 and _list_of_stories_line(w.lines[i].text, counts, tz):
                clean = len(run)
            run.append(i)
        elif mark.label is not Label.CAPTION:
            if clean < 0:
                clean = len(run)  # furniture, or a date or byline of a teaser
            run.append(i)


def _settle_run(w: Work, run: list[int], clean: int, counts: Counter[str]) -> None:
    """Keep a run's stray lines up to its first box line (all of a clean run's, ``-1``).

    In a box, drop a heading printed again elsewhere.
    """
    kept = run if clean < 0 else run[:clean]
    strays = [j for j in kept if (m := w.marks[j]) is not None and m.rule == "body.stray-line"]
    # One short line alone between paragraphs is most often an image's caption.
    if len(strays) > 1 or (strays and w.lines[strays[0]].text.endswith((":", "："))):
        for j in strays:
            w.mark(j, Label.PARAGRAPH, "body.between-paragraphs")
        # The last row of a table of figures reads as a subheading over the next paragraph.
        stray_set = set(strays)
        for a, b in itertools.pairwise(kept):
            if (
                (m := w.marks[b]) is not None
                and m.rule == "body.heading"
                and b == a + 1
                and a in stray_set
                and _has_digit(w.lines[a].text)
                and _has_digit(w.lines[b].text)
            ):
                w.mark(b, Label.PARAGRAPH, "body.between-paragraphs")
    if clean < 0:
        return
    # A line printed again elsewhere is a teaser's kicker or author, not a subheading.
    # (A furniture line alone says nothing of a heading: an ad may stand anywhere.)
    for j in run:
        mark = w.marks[j]
        if mark is not None and mark.rule == "body.heading":
            text = w.lines[j].text
            if counts[text] > 1 and word_count(text) >= 2:
                w.mark(j, Label.FURNITURE, "body.box-heading")


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _list_of_stories_line(text: str, counts: Counter[str], tz: dt.tzinfo | None) -> bool:
    """A line that marks a run as a list of other stories or of comments, not the article's.

    A date (each story's or comment's), or a line of two words or more printed
    again elsewhere on the page (a kicker, an author's name under each teaser).
    """
    if counts[text] > 1 and word_count(text) >= 2:
        return True
    return len(text) <= 80 and date_line(text, tz) is not None


# --- the draft ----------------------------------------------------------------


def to_draft(w: Work) -> Draft:
    """The marks as the draft's body, captions and line labels."""
    draft = w.draft
    lines = w.lines
    caption_at: dict[tuple[str, str | None], int] = {}
    repeats: dict[int, list[int]] = {}
    add_block = draft.body.append
    new = tuple.__new__  # skips the named tuple's Python-level __new__ (the hot loop)
    for i, mark in enumerate(w.marks):
        if mark is None:
            continue
        line = lines[i]
        label = mark.label
        if label is Label.PARAGRAPH:
            add_block(new(BodyItem, ("paragraph", line.text, mark.rule, (line.no,))))
        elif label is Label.HEADING:
            add_block(new(BodyItem, ("heading", line.text, mark.rule, (line.no,))))
        elif label is Label.CAPTION:
            no = line.no
            found: CaptionMatch = mark.data
            # One image, however often the dump prints it (with or without its credit).
            key = ("text", found.text) if found.text else ("credit", found.credit)
            k = caption_at.get(key)
            if k is None:
                caption_at[key] = len(draft.captions)
                draft.add_caption(Caption(found.text, found.credit), mark.rule, (no,))
                continue
            item = draft.captions[k]
            if item.caption.credit is None and found.credit is not None:
                item.caption = Caption(found.text, found.credit)
            # Collected, not appended to the tuple: a caption printed n times is linear.
            repeats.setdefault(k, [*item.lines]).append(no)
        else:
            # Lines of blocks and captions are labelled by them (Draft.line_labels).
            draft.labels.setdefault(line.no, (label, mark.rule))
    for k, nos in repeats.items():
        draft.captions[k].lines = tuple(nos)
    return draft


def text_draft(doc: Document, profile: Profile) -> Draft:
    """Every pass over ``doc`` with ``profile``: the draft of its Article."""
    texts = [x.text for x in doc.lines]
    facts = LineFacts(texts)
    words = facts.words
    para = [_is_paragraph(t, n) for t, n in zip(texts, words, strict=True)]
    w = Work(
        doc,
        profile,
        [None] * len(texts),
        Draft(doc),
        para=para,
        para_words=[n if p else 0 for n, p in zip(words, para, strict=True)],
        words=words,
        copies=Counter(texts),
        facts=facts,
    )
    mark_furniture(w)
    mark_captions(w)
    mark_editor_note(w)
    w.body_start = find_body_start(w)
    profile.header(w)
    reclaim_header_credit(w)
    mark_wire_credit_under_caption(w)
    if profile.standfirst_before_image:
        mark_standfirst(w)
    mark_body(w, w.header_end)
    # The day the URL's path names (``/2025/06/20/``), when the dump prints no date: a
    # last resort, as on the HTML path (an address's day is its publication's).
    w.set("date", date_from_url(doc.url), "date.url")
    return to_draft(w)


def run(doc: Document, profile: Profile) -> Article:
    """Parse ``doc`` with ``profile``: every pass, then the Article."""
    return build(text_draft(doc, profile), profile.name)
