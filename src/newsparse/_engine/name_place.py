"""Bylines of a name and a place right under the headline: ``Name, City`` in a script
without capitals, and ``City (Agency)``.

Hindi, Arabic, Persian, Urdu... papers print the reporter's name, a comma and the city
the story is filed from (``राहुल शर्मा, नई दिल्ली``, ``أحمد محمد، القاهرة``) between the
headline and the date. No byline rule reads a name of such a script without a ``By``
(no capital tells a name from a phrase there), so the line's place tells instead: the
first line under the headline, over the date line, two parts of a few bare words.
"""

from __future__ import annotations

import re

import attrs

from .._fields.bylines import Byline, is_outlet, is_role, parse_byline
from .._fields.labels import Label
from .text import _DATE_LABELS, Work
from .title_cues import MARKED_WORD
from .titles import cased

__all__ = ["name_comma_place", "place_agency"]

#: How many lines under the headline a wire's ``City (Agency)`` may stand (past a deck).
_AGENCY_REACH = 3
#: The caption rule that takes ``Madrid (EFE)``: a text, then an agency in brackets.
_PAREN_AGENCY = "caption.paren-agency"
_BESIDE = frozenset({Label.TITLE, Label.SUBTITLE, Label.DATE, Label.UPDATED})

#: How far under the headline the line may stand: right under it, or under its deck.
_UNDER = 2
#: The comma between the name and the city (Latin, Arabic).
_COMMA = re.compile(r"\s*[,،]\s*")
#: A name's words (two or three: a given name and a family name), the city's (one to three).
_NAME_WORDS = (2, 3)
_PLACE_WORDS = (1, 3)
#: The longest such line, in characters.
_MOST = 60
#: Letters of the scripts written without spaces (Han, kana, Hangul): their bylines have
#: their own readers.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3]")


def name_comma_place(w: Work, title: int, hi: int) -> None:
    """Read the line under the headline (or under its deck), over the date line, as the
    byline when it is ``Name, City`` in a script without capitals (see the module's doc)."""
    i = title
    for _ in range(_UNDER):
        i = w.past_furniture(i, 1)
        if i >= min(hi, len(w.lines)) or not w.free(i):
            return
        k = w.past_furniture(i, 1)
        if k < len(w.lines) and w.label(k) in _DATE_LABELS:
            break
    else:
        return
    byline = None if w.para[i] else _name_and_place(w.lines[i].text.strip())
    if byline is not None:
        w.mark(i, Label.BYLINE, "byline.name-comma-place", byline)
        w.set_byline(byline, "byline.name-comma-place", i)


def _name_and_place(text: str) -> Byline | None:
    """``राहुल शर्मा, नई दिल्ली`` -> the name as the author, the city as the place."""
    if len(text) > _MOST or _UNSPACED.search(text) or cased(text):
        return None
    parts = _COMMA.split(text)
    if len(parts) != 2:
        return None
    name, place = parts
    if not (_bare_words(name, _NAME_WORDS) and _bare_words(place, _PLACE_WORDS)):
        return None
    if set(name.split()) & set(place.split()):
        return None  # one phrase said twice: a site's name and its motto
    if is_outlet(name) or parse_byline(text) is not None:
        return None  # "एजेंसी, नई दिल्ली": the byline readers' own
    # "विशेष संवाददाता, नई दिल्ली": a job, then the city: the byline, no author.
    authors = () if is_role(name) else (name,)
    return Byline(text, authors, None, place, None)


def _bare_words(text: str, most: tuple[int, int]) -> bool:
    """``text`` is so many words of letters alone (with their vowel signs)."""
    words = text.split()
    return (
        most[0] <= len(words) <= most[1]
        and all(MARKED_WORD.fullmatch(x) for x in words)
        and (not any(ch.isdigit() for ch in text))
    )


def place_agency(w: Work, title: int) -> None:
    """``Nueva York (EFE)`` under the headline, beside the headline, the deck or the date
    line: the wire's credit with the city it files from, which the caption rules took
    (its text one to three capitalised words, no photo's caption). The agency is the
    source; the city no author."""
    for i in range(title + 1, min(title + 1 + _AGENCY_REACH, len(w.lines))):
        mark = w.marks[i]
        if mark is None or mark.label is not Label.CAPTION or mark.rule != _PAREN_AGENCY:
            continue
        text = w.lines[i].text.strip()
        if w.copies[w.lines[i].text] > 1 or not _beside(w, i):
            continue
        byline = parse_byline(text)
        if byline is None or byline.source is None:
            continue
        if len(byline.authors) == 1 and _dateline_opens_with(w, byline.authors[0]):
            # "Buenos Aires (EFE)" over "BUENOS AIRES, 30 nov (EFE).- ...": the city.
            byline = attrs.evolve(byline, authors=())
        if not byline.authors:
            w.mark(i, Label.BYLINE, "byline.place-agency", byline)
            w.set_byline(byline, "byline.place-agency", i)
            return


def _beside(w: Work, i: int) -> bool:
    """The line above or under line ``i`` (past furniture) is the headline, the deck or
    a date line."""
    for by in (-1, 1):
        j = w.past_furniture(i, by)
        if 0 <= j < len(w.lines) and w.label(j) in _BESIDE:
            return True
    return False


def _dateline_opens_with(w: Work, words: str) -> bool:
    """The article's first paragraph opens with ``words`` (in any case), then a comma or
    a bracket: the dateline's city (``BUENOS AIRES, 30 nov (EFE).-``)."""
    first = next((i for i in range(w.body_start, len(w.lines)) if w.free(i) and w.para[i]), None)
    if first is None:
        return False
    text = w.lines[first].text.lstrip()
    after = text[len(words) : len(words) + 2].lstrip()  # a space at most, then the mark
    return text[: len(words)].casefold() == words.casefold() and after[:1] in (",", "(")
