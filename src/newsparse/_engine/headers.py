"""The generic header strategy, and helpers for the outlets' own.

A strategy labels the lines before the body (``Work.body_start``) and sets
``Work.header_end``, where the body pass begins. Outlets keep theirs in
their own module under :mod:`newsparse.parsers`.
"""

from __future__ import annotations

import re

from .._fields.bylines import is_lone_prefix, parse_byline
from .._fields.dates import (
    published_updated,
)
from .._fields.labels import Label
from .._input.normalize import word_count
from .cluster import (
    _ANCHORS,
    byline_behind_word,
    cluster,
    cluster_line,
    next_free,
    over_cluster,
    split_byline,
)
from .draft import Contender
from .meta_lines import LEAD_IN, YEAR, loose_anchor
from .text import (
    Work,
    mark_dates_and_bylines,
    mark_title,
)
from .title_cues import share_button
from .titles import (
    Candidate,
    author_line,
    best_title,
    next_to_anchor,
    slug_of,
    slug_share,
    without_owner,
    without_site,
    without_source,
    words_of,
)

__all__ = ["finish_header", "free_before", "generic_header", "next_free"]

#: How many free lines before the prose may hold the headline (a table of contents or
#: a list may stand between the headline's cluster and the first run of prose).
_ZONE = 80
#: How many lines past the first prose a headline may stand (under a notice or
#: the blurbs of a menu), and its most words there.
_LATE = 120
_LATE_WORDS = 25
#: How much of the prose under a late headline the prose it skips may be, at most.
_SKIPPED_SHARE = 2
#: The least share of the URL slug's words that makes any short line a candidate
#: (one that ends like a sentence or opens in lower case or a bracket), and a line
#: past the prose start one without a byline or date next to it.
_SLUG_SHARE = 1.0
_HALF = 0.5
#: A headline's fewest and most words, read as a paragraph over its byline or date line;
#: and the most words of a ``By`` line read as a paragraph.
_HEADLINE_WORDS = (4, 20)
_BYLINE_WORDS = 20
#: The most words of a line crediting the author behind a ``By`` that no rule reads.
_CREDIT_WORDS = 12
#: A full stop, a question or an exclamation inside a line, and the next word's first letter.
_INNER_STOP = re.compile(r"[.!?]\s+[\"“‘'«(]?(\w)")
#: How many title candidates ``explain`` shows.
_SHOWN = 5


def free_before(w: Work, end: int) -> list[int]:
    return [i for i in range(end) if w.free(i)]


def finish_header(w: Work) -> None:
    """The header ends after the last line it labelled."""
    labelled = [
        i
        for i in range(min(w.body_start, len(w.lines)))
        if w.marks[i] is not None and w.label(i) not in (Label.FURNITURE, Label.CAPTION)
    ]
    w.header_end = max(labelled) + 1 if labelled else 0


def generic_header(w: Work) -> None:
    """The headline among the chrome before the prose, its deck, byline and date.

    Candidates are the title-like lines of the last stretch before the prose
    (see :mod:`.titles` for how they are scored); the deck is the line under
    the headline when it reads as one. The date and byline are those printed
    next to the headline, not a masthead's, a menu's or a related list's.
    """
    end = w.body_start
    # Fields a rules file's line rules set before this fallback stand.
    given = frozenset(w.fields)
    mark_dates_and_bylines(w, end)
    texts = [line.text for line in w.lines]
    free = free_before(w, end)
    zone = free[-_ZONE:]
    anchors = [i for i in range(end) if _anchor(w, texts, i)]
    slug = slug_of(w.doc.url, texts, zone)
    title_like = w.facts.title_like
    candidates = [i for i in zone if title_like(i) or _slug_line(texts[i], slug)]
    anchors += _credit_lines(texts, candidates, set(anchors))
    late, late_anchors = _late_lines(w, texts, end)
    late_anchors += _bylines_read_as_prose(w, texts, late)
    anchors += late_anchors
    zone += late
    rank = {i: k for k, i in enumerate(zone)}
    set_of_anchors = set(anchors)
    prose = _prose_before(w)
    # A headline under the prose start without a byline or date next to it: only
    # where no line above the prose holds the slug (else it is a subheading).
    bare = not any(_slug_line(texts[i], slug, _HALF) for i in candidates)
    candidates += [
        i
        for i in late
        if i not in set_of_anchors
        and w.words[i] <= _LATE_WORDS
        and (
            title_like(i)
            or _slug_line(texts[i], slug)
            or _headline_read_as_prose(w, i, late_anchors)
        )
        # Past a notice or a menu's blurbs, not past the article: less prose above it
        # than under it (a promotion's headline under the article is no headline).
        and (prose[i] - prose[end]) * _SKIPPED_SHARE < prose[-1] - prose[i]
        and (
            next_to_anchor(i, set_of_anchors, texts, rank) or (bare and _slug_line(texts[i], slug))
        )
    ]
    first = w.past_furniture(-1, 1)
    paragraphs = frozenset(i for i in zone if w.para[i])
    best, scored = best_title(texts, zone, candidates, anchors, end, w.doc.url, first, paragraphs)
    title = None if best is None else best.i
    _title_contenders(w, scored, title)
    if title is not None and title >= end:
        # A headline under a notice or a menu's blurbs: the article starts below it.
        start, end = end, _prose_after(w, title)
        w.body_start = end
        mark_dates_and_bylines(w, end, start=start)
    if title is not None:
        # (Set first: the first value of a field stands, and mark_title sets the line's.)
        w.set("title", without_site(texts[title], w.doc.url), "title.site-trimmed", title)
        w.set("title", without_owner(texts[title], texts), "title.site-trimmed", title)
        w.set("title", without_source(texts[title]), "title.source-trimmed", title)
        mark_title(w, title, "title.generic")
        _copy_under(w, title)
    cluster(w, title, end, given)
    deck = None if title is None else _deck(w, title, end)
    below = None if title is None else next_free(w, title)
    if deck is None and below is not None and below < end and author_line(texts[below]):
        # The author under the headline, read by no byline rule: neither deck nor body.
        w.mark(below, Label.FURNITURE, "header.author-line")
    if deck is not None:
        w.mark(deck, Label.SUBTITLE, "subtitle.deck")
        w.set("subtitle", w.lines[deck].text, "subtitle.deck", deck)
    finish_header(w)
    if title is None:
        # No headline to start from: the body starts at the prose, not in the chrome.
        w.header_end = max(w.header_end, end)


def _anchor(w: Work, texts: list[str], i: int) -> bool:
    """A byline, date or info line, a reading time, or a free line shaped as one of
    them (the shapes are read of free lines only: a labelled line is what its label says)."""
    if not w.free(i):
        return w.label(i) in _ANCHORS or cluster_line(w, i)
    return loose_anchor(w, i) or split_byline(w, texts, i) or byline_behind_word(w, texts, i)


def _copy_under(w: Work, title: int) -> None:
    """The headline printed again right under it in other letter case (a styled copy
    in capitals): a repeat, neither the deck nor the body's first line."""
    below = next_free(w, title)
    if below is not None and words_of(w.lines[below].text) == words_of(w.lines[title].text):
        w.mark(below, Label.FURNITURE, "title.repeat")


def _slug_line(text: str, slug: set[str], share: float = _SLUG_SHARE) -> bool:
    """A short line holding most of the URL slug's words: the page's own headline,
    whatever its shape (``Go ahead. Start here.``, ``[2025] List of ...``)."""
    if not slug or word_count(text) > _LATE_WORDS or text.endswith(LEAD_IN):
        return False
    return slug_share(text, slug) >= share


def _late_lines(w: Work, texts: list[str], end: int) -> tuple[list[int], list[int]]:
    """The free lines just past the prose start, and those of them shaped as an
    anchor (a date, an info or a ``By`` line), read without labelling them."""
    late = [i for i in range(end, min(end + _LATE, len(w.lines))) if w.free(i)]
    anchors = [i for i in late if not w.para[i] and _anchor_shape(w, texts, i)]
    return late, anchors


def _credit_lines(texts: list[str], candidates: list[int], anchors: set[int]) -> list[int]:
    """The candidates that credit the author behind a ``By`` though no byline rule reads
    the name (``By Jane Doe with John Roe``, ``By Acme Team• 4 mins read``): the
    headline's cluster, as a byline line is."""
    return [i for i in candidates if i not in anchors and _by_credit(texts[i])]


def _by_credit(text: str) -> bool:
    """A ``By`` (``Von``, ``Par``...) opening a short line, over a capital."""
    words = text.split(maxsplit=3)
    # (Two words or more after it: ``By State``, ``By Style`` are a menu's sorting.)
    return (
        len(words) > 2
        and word_count(text) <= _CREDIT_WORDS
        and is_lone_prefix(words[0])
        and words[1][:1].isupper()
    )


def _bylines_read_as_prose(w: Work, texts: list[str], late: list[int]) -> list[int]:
    """The ``By`` lines past the prose start that the prose test read as paragraphs
    (``By Jane Doe , John Roe on Monday, November 18th, 2019 at 11:08 a.m.``: the full
    stop of a time's ``a.m.``), short enough for a byline and its date."""
    return [
        i
        for i in late
        if w.para[i]
        and w.words[i] <= _BYLINE_WORDS
        and parse_byline(texts[i], require_prefix=True) is not None
    ]


def _headline_read_as_prose(w: Work, i: int, anchors: list[int]) -> bool:
    """A short paragraph right over a byline or date line: a headline that ends like a
    sentence or opens with a bracket (``Things to Know Before You Go.``, ``[Review]
    Title``), which the prose test read as the article's first paragraph."""
    text = w.lines[i].text
    if not w.para[i] or not _HEADLINE_WORDS[0] <= w.words[i] <= _HEADLINE_WORDS[1]:
        return False
    if text[:1].islower() or text.endswith(LEAD_IN) or _two_sentences(text):
        return False  # (two sentences are a blurb: ``Get alerts. The news that matters.``)
    below = next_free(w, i)
    return below is not None and below in anchors


def _two_sentences(text: str) -> bool:
    """A sentence's end inside the line, a capital opening the next one."""
    return any(m.group(1).isupper() for m in _INNER_STOP.finditer(text))


def _anchor_shape(w: Work, texts: list[str], i: int) -> bool:
    text = texts[i]
    tz = w.profile.tz
    # Every date the finders read has a four-digit year: a line without one has none.
    if YEAR.search(text) and (
        w.facts.date_line(i, tz) is not None
        or published_updated(text, tz) is not None
        or loose_anchor(w, i)
    ):
        return True
    return parse_byline(text, require_prefix=True) is not None or split_byline(w, texts, i)


def _prose_before(w: Work) -> list[int]:
    """``[k]``: how many words the free paragraphs above line ``k`` hold (``k`` up to n)."""
    sums = [0]
    for i, words in enumerate(w.para_words):
        sums.append(sums[-1] + (words if w.free(i) else 0))
    return sums


def _prose_after(w: Work, title: int) -> int:
    """The first paragraph under a late headline (its cluster lies between)."""
    for i in range(title + 1, len(w.lines)):
        if w.free(i) and w.para[i] and w.lines[i].text != w.lines[title].text:
            return i
    return len(w.lines)


def _title_contenders(w: Work, scored: list[Candidate], title: int | None) -> None:
    """The best-scored title candidates (and the winner), for ``explain``."""
    ranked = sorted(scored, key=lambda c: (-c.score, c.i))[:_SHOWN]
    if title is not None and all(c.i != title for c in ranked):
        ranked += [c for c in scored if c.i == title]
    for c in ranked:
        no = w.lines[c.i].no
        w.draft.contenders.append(Contender("title", no, c.score, c.described(), c.i == title))


def _deck(w: Work, title: int, end: int) -> int | None:
    """The line under the headline, when it reads as a deck."""
    following = next_free(w, title)
    if following is None or following > end or (following == end and not over_cluster(w, end)):
        return None  # the first paragraph, unless the byline or date stands under it
    text = w.lines[following].text
    if loose_anchor(w, following) or parse_byline(text, require_prefix=True) is not None:
        return None  # a byline or date line the cluster did not take
    if share_button(following, [line.text for line in w.lines]):
        return None  # the share bar under the headline
    words, headline = words_of(text), words_of(w.lines[title].text)
    if headline[: len(words)] == words:
        return None  # the headline's first words again: a short title or a section
    if author_line(text):
        return None  # "Jane Doe (Senior Editor)", "By Cai & Inka": the author, not a deck
    if w.words[following] >= 4 and (
        w.facts.title_like(following) or text.endswith((".", "!", "?"))
    ):
        return following
    return None
