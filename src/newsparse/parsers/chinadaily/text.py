"""China Daily's text dumps: breadcrumb, title (maybe twice), deck, info line, ``By`` line."""

from __future__ import annotations

import re

from ..._engine.headers import finish_header, free_before, next_free
from ..._engine.text import (
    Work,
    find_body_start,
    is_title_like,
    mark_dates_and_bylines,
    mark_title,
)
from ..._fields.bylines import Byline, parse_byline
from ..._fields.captions import CaptionMatch
from ..._fields.labels import Label
from ..._input.normalize import word_count
from .lines import mark_lines

__all__ = ["chinadaily_header", "title_like"]

# "iPhone", "eBay", "mRNA", "e-CNY": a brand or term that starts in lower case.
_LOWER_BRAND = re.compile(r"^[a-z]{1,3}-?[A-Z]")


def title_like(text: str) -> bool:
    """A title-like line, also when it opens with a lower-case brand (``iPhone sales ...``)."""
    if _LOWER_BRAND.match(text):
        text = text[0].upper() + text[1:]
    return is_title_like(text)


def chinadaily_header(w: Work) -> None:
    """Breadcrumb, title (maybe twice), deck, info line, ``By`` line (China Daily)."""
    mark_lines(w)
    w.body_start = end = find_body_start(w)
    mark_dates_and_bylines(w, end, updated_is_date=True)
    info = next(
        (i for i in range(end) if w.label(i) in (Label.INFO, Label.DATE)),
        None,
    )
    crumb = next(
        (i for i in range(end) if w.label(i) is Label.SECTION),
        -1,
    )
    free = [i for i in free_before(w, end) if i > crumb]
    if info is not None and any(i < info for i in free):
        zone = [i for i in free if i < info]
    else:
        zone = free
    title = next((i for i in zone if title_like(w.lines[i].text)), None)
    if title is not None:
        mark_title(w, title, "title.chinadaily")
        rest = [i for i in zone if i > title and w.free(i)]
        if rest and (info is None or rest[0] < info) and rest[0] == next_free(w, title):
            deck = rest[0]
            if info is not None or title_like(w.lines[deck].text):
                w.mark(deck, Label.SUBTITLE, "subtitle.deck")
                w.set("subtitle", w.lines[deck].text, "subtitle.deck", deck)
    _byline_under_captions(w)
    finish_header(w)


def _byline_under_captions(w: Work) -> None:
    """``By YANG RAN`` under the lead images: the lines above it are their captions.

    A print story repeats its byline at the top of the text, under the images;
    a caption printed without its credit reads as a paragraph and would start
    the body above the byline (which would then be lost, or read as a heading).
    """
    above: list[int] = []
    for i in range(w.body_start, len(w.lines)):
        if not w.free(i):
            continue
        byline = parse_byline(w.lines[i].text, require_prefix=True)
        if byline is not None:
            if above:
                _mark_byline(w, i, byline, above)
            return
        if len(above) == 2 or word_count(w.lines[i].text) > 60:
            return
        above.append(i)


def _mark_byline(w: Work, i: int, byline: Byline, captions: list[int]) -> None:
    rule = "caption.above-byline"
    texts = {w.lines[j].text for j in captions}
    for j in captions:
        w.mark(j, Label.CAPTION, rule, CaptionMatch(w.lines[j].text, None, rule))
    # The same caption printed again further down is that image again, not body.
    for j, line in enumerate(w.lines):
        if line.text in texts and w.free(j):
            w.mark(j, Label.CAPTION, "caption.copy", CaptionMatch(line.text, None, "caption.copy"))
    rule = "byline.under-captions"
    w.mark(i, Label.BYLINE, rule, byline)
    w.set_byline(byline, rule, i)
    w.body_start = find_body_start(w)
