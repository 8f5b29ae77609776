"""Which line of a dump's header is the headline.

Every title-like line before the article's prose is a candidate, scored on
the structure of the page rather than on any outlet's words: how close it
sits to the start of the prose, whether a byline or date line is next to
it, whether the page prints it twice (a tab or breadcrumb and the
headline), how many of its words the URL's slug holds, and its shape (a
one-word menu item, an all-capitals kicker, a sentence). The weights are
data (``WEIGHTS``); the best candidate wins only above ``THRESHOLD``, so a
dump with no clear headline gets no title rather than a wrong one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from urllib.parse import unquote, urlsplit

from .._fields.bylines import is_lone_prefix, parse_byline
from .._fields.captions import credit_tail
from .._input.normalize import word_count
from .layout import SENTENCE_END
from .title_cues import (
    MARKED_WORD,
    anchor_past_share,
    chrome_cues,
    dated,
    echo_share,
    glued_heads,
    lead_counts,
    share_button,
    shared_terms,
)

__all__ = [
    "THRESHOLD",
    "WEIGHTS",
    "Candidate",
    "after_by",
    "author_line",
    "best_title",
    "cased",
    "name_shaped",
    "next_to_anchor",
    "slug_of",
    "slug_share",
    "slug_words",
    "without_owner",
    "without_site",
    "without_source",
    "words_of",
]

#: What one more free line between a candidate and the prose costs it (next -> near).
_DISTANCE_STEP = 0.5

WEIGHTS: dict[str, float] = {
    "next-to-prose": 2.0,  # no free line between it and the prose
    "near-prose": 1.5,  # one or two free lines between
    "close-to-prose": 1.25,  # up to five (fitted with --urls both)
    "far-from-prose": -1.5,  # more than twelve
    "anchor": 2.5,  # a byline, date or info line under it (past a deck and short lines)
    "after-anchor": 2.0,  # only under a byline or date line, with a headline over them
    "repeated": 1.5,  # printed above too (a tab title, a breadcrumb's end)
    "slug": 4.0,  # times the share of the slug's words it holds
    "whole-slug": 3.0,  # the one line above the prose holding every word of the slug
    "one-word": -3.0,
    "two-words": -1.5,
    "headline-length": 0.5,  # 4 to 20 words
    "long": -1.0,  # over 20 words
    "sentence": -1.5,  # ends like a sentence: a deck or a teaser
    "capitals": -1.5,  # all capitals, three words or fewer: a kicker or section
    "menu": -2.0,  # short lines on both sides: a menu item
    "name": -3.0,  # a name over a date line: the byline
    "link": -3.0,  # opens or ends with an arrow: a link or a button
    "crumbs": -2.0,  # "Blog / Topics / Marketing", "Guides > Title": a breadcrumb
    "role": -3.0,  # under a name, over a date: the author's job title
    "top": 2.5,  # the dump's first line that is not furniture, near the prose (a clean copy)
    # Past the first prose: a notice or a menu's blurbs read as prose above the headline.
    "late": -1.0,  # up to twelve lines past it
    "late-far": -2.5,  # further
    "person": -0.5,  # reads as one person's name (``Jane Doe``, ``Jane Doe, MD``)
    "after-by": -3.0,  # under a lone ``By`` (or ``Von``, ``Par``...): the byline's name
    "list": -3.0,  # four or more short parts between commas or bars: tags, names, categories
    "shortened": -3.0,  # the first words of a candidate above: a section or a short title
    "menu-copy": -3.0,  # in a run of short lines, as its copy is: a menu printed twice
    "doubled": -3.0,  # a phrase printed twice in a row (``Log in Log in``): buttons glued
    "kicker": -2.0,  # three words or fewer, printed again in a menu: a section over the headline
    "credit": -3.0,  # a ``By`` line no byline rule read, a name with its job: the author
    # The chrome's own shapes (see .title_cues), which the slug outweighs when a URL is given.
    "dated": -4.0,  # holds a full date or an AM/PM time: a date line, a time stamp
    "by-line": -4.0,  # a byline behind a word or two: ``Analysis by Jane Doe``
    "share": -4.0,  # names networks, as its neighbours do: a share bar's button
    "caption": -4.0,  # ends with a photo's credit (``Name/Agency``): a caption
    "glued": -1.0,  # ends with another candidate's words: a breadcrumb glued to the headline
    "three-words": -1.75,  # three words: a button, a label, a section's name, or a short headline
    "echo": 1.0,  # half its words or more are printed in the prose's lead
    "mute": -2.0,  # no echo, where another candidate echoes the lead: chrome beside a headline
    "topic": -2.0,  # four words or fewer, printed whole in the longer line under it: its section
    "under-byline": -3.0,  # right under a byline, over a date line: the outlet or the author's job
    "cta": -3.0,  # a call to action: ``Get a free quote``, ``Start your trial now``, ``… Click here``
    "field": -3.0,  # a field's value (``Author:`` / it / ``Date:``): a label's, not a headline
    "after-menu": 0.0,  # the first longer line under a menu's run of short items (a lead's)
    "lead-in": -3.0,  # under ``… benefit from:`` / ``Set your location:``: a list's item, a prompt
}
THRESHOLD = 4.0
#: The distances of a line right over the prose or its cluster (no more than two lines).
_CLOSE = frozenset({"next-to-prose", "near-prose"})
#: The cues of a line with a byline or date line beside it.
_ANCHORED = frozenset({"anchor", "after-anchor"})
#: Under the threshold, the least score of a candidate that leads every other one by
#: ``_LEAD_MARGIN`` or more (see ``_clear_lead``): by ``_LEAD_MARGIN_BELOW`` only for a line
#: under it (a deck, a subheading, a related story's line: read after the headline), as
#: the chrome that makes a headline doubtful stands above it (a menu, a site's motto).
#: Measured with ``benchmarks/fit_title_weights.py --leads`` (wcxb-dev with and without
#: URL, AEB): from 2.5 to 0.5, 11 titles more for 3 wrong ones (even ids 5 and 1, odd 6 and 2;
#: AEB unchanged); 1.0 or 1.5 gain less at the same cost.
_LEAD_FLOOR = 2.5
_LEAD_MARGIN = 2.5
_LEAD_MARGIN_BELOW = 0.5
#: The margin over a line above, for the first longer line under a menu's run of short
#: items (``after-menu``): the lines over a menu are its site's, not the story's.
_LEAD_MARGIN_MENU = 1.5
#: How many of the first paragraph's terms another candidate may share with it, fewer
#: than this, for a headline to lead by its lede alone (see ``_lede_lead``).
_LEDE_TERMS = 2
#: The least share of a line's words the prose's lead prints for an echo.
_ECHO = 0.4
#: The shortest line (in characters of its words) whose copy at a line's end counts.
_MIN_TAIL = 12
_TOP = 50
_NEAR = 200
#: How many lines past the prose start a late headline stands before it is far.
_LATE_NEAR = 12
#: A menu around a line's copy: how many short lines on each side, of how many words at most.
_MENU_SIDE = 2
_MENU_WORDS = 5
#: How many of a line's first words are read for a doubled phrase (bounds the cost).
_DOUBLED_WORDS = 30
#: The shortest text (in characters) whose glued copy counts as ``doubled``.
_GLUED_HALF = 4
#: A menu glued into one line: how many items glued at a capital, or how many words,
#: every one capitalised.
_GLUED_ITEMS = 3
_MENU_ROW_WORDS = 8
#: The most words of a kicker (a section's name printed over the headline).
_KICKER_WORDS = 3
#: A credit line: its most words, how many words may stand before its ``By``
#: (``Reviewed by: Jane Doe``), and the most words of a job after a name.
_CREDIT_WORDS = 12
_CREDIT_AT = 3
_JOB_WORDS = 5
_NAME_SEPARATORS = " \t·•|-–—,:;/()"
#: Between a name and its outlet or job: ``Jane Doe - Outlet``, ``Jane Doe, Outlet``.
_NAME_TAIL = re.compile(r"\s+[-–—|]\s+|,\s+|،\s*|，|、")
#: The most words of a name in a script without capitals (one to three, as ``王芳``),
#: and in one with them, its particles (``de``, ``van``, ``da``) of so many letters at most.
_CASELESS_NAME_WORDS = 3
_HANGUL_NAME_WORDS = 2
_HANGUL = re.compile("[\uac00-\ud7af]")
_PARTICLED_WORDS = 5
_PARTICLE = 3
#: How many free lines may stand between the first line and the prose for it to be "top".
_TOP_GAP = 5
#: The most unlabelled lines between a clean copy's first line and the prose start (its
#: deck, a subheading): more is a site's chrome (a menu, a motto read as a paragraph).
_TOP_LINES = 4
#: The most words of a section's name over the headline that names it (``topic``).
_TOPIC_WORDS = 4
#: The most words of an outlet's name or a job under a byline (``under-byline``).
_UNDER_BYLINE_WORDS = 8
#: A field's label: its most words, and how many lines under a value the next label
#: may stand.
_LABEL_WORDS = 2
#: The most words of a section's label on the first line, over the headline (no ``top``).
_MASTHEAD_WORDS = 2
_FIELD_REACH = 3
#: A list's lead-in (``… benefit from:``): its fewest words (``Author:`` is a field's
#: label), and the most items read under it and words of each.
_LEAD_IN_WORDS = 3
_LEAD_IN_ITEMS = 6
_ITEM_WORDS = 6
#: A menu over the headline: how many of its items, of how many words at most.
_AFTER_MENU_RUN = 4
_MENU_ITEM_WORDS = 3

_CRUMBS = re.compile(r"\S \S*[>»/›] \S")
# "Read the guide >", "← Back": an arrow set apart (not a quotation's guillemets).
_LINK = re.compile(r"^[^«]*\s[>›→»]$|^[<‹←]\s|[>›→]$")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
#: What parts a list: commas, and the bullets and bars between tags (``Asia | Japan``).
_COMMAS = re.compile(r"[,、，•·|]")
#: A list's least number of parts, and the most words of each.
_LIST_PARTS = 4
_PART_WORDS = 4
#: The last separator of a line, before a site's name: `` | ``, `` – ``, `` - ``, `` · ``.
_SITE_SEPARATOR = re.compile(r"\s+[|–—\-·•]\s+(?!.*\s[|–—\-·•]\s)")
#: The longest line read as ``Headline | Site`` (the separator's look-ahead reads to the
#: line's end at each separator: a line of thousands of them would cost their square).
_TAB_TITLE_CHARS = 400
#: A site's name: its most words, and the fewest letters of a host's label that count.
_SITE_WORDS = 4
#: A site's name is words, dots, ``&`` and apostrophes: no sentence's colon or comma.
_WORD = re.compile(r"\w+")
#: What stands between a site name's words (``Fox & Friends``, ``Example.com``).
_NAME_GAPS = re.compile(r"[&.'’ ]+")
_SITE_CHARS = 4
#: A copyright line (``© Acme 2025``, ``Copyright 2025 Acme``), and the most characters
#: of it and of the headline it trims.
_COPYRIGHT = re.compile(r"(?i)[©ⓒ]|\(c\)|\bcopyright\b")
_OWNER_CHARS = 200
#: A host in brackets ending a line (``(example.co.uk)``), then a count or not.
_SOURCE = re.compile(r"\s+\((?:www\.)?(?:[a-z0-9-]+\.)+[a-z]{2,}\)(?:\s+\d+)?$", re.IGNORECASE)
_SLUG_SPLIT = re.compile(r"[-_+.\s]+")
#: The fewest letters of a page's one-word name read as a slug without separators
#: (``understandingwebdesign``): a section's name (``/coffee/``) is shorter.
_GLUED_LETTERS = 12
#: A page file's names, which name no article (``/blog/index.html``).
_PAGE_NAMES = frozenset({"index", "default", "article", "post", "story"})
_EXTENSION = re.compile(r"(?i)\.(?:s?html?|php|aspx?|jsp|cms)$")


def words_of(text: str) -> list[str]:
    """Lower-case words, accents kept, apostrophes dropped (``don't`` -> ``dont``)."""
    return _WORD.findall(_lowered(text))


def _lowered(text: str) -> str:
    """``text`` in NFC and lower case, apostrophes dropped: as words are compared."""
    return unicodedata.normalize("NFC", text).lower().replace("'", "").replace("’", "")


def slug_words(url: str | None) -> list[str]:
    """The words of the URL path's last segment of two words or more; [] when none.

    The article's slug ends the path but for an id or a page name (``/123``,
    ``index.html``, ``articleshow/123.cms``); the segments above it name
    sections. A page named by one word or an abbreviation (``/garden-guidance/gww/``)
    has no slug: its section's words are not its title's. Numbers and ids
    (``cm945``) are left out, ``WhatToExpect`` is three words, and accents are folded
    (``/ayuntamiento-amplía-red``: ``amplia``).
    """
    if not url:
        return []
    try:
        path = urlsplit(url).path
    except ValueError:
        return []
    last = True  # no id nor page file under this segment yet
    for segment in reversed(path.split("/")):
        page = _EXTENSION.search(segment) is not None
        segment = _CAMEL.sub(" ", _EXTENSION.sub("", unquote(segment)))
        words = [
            _folded(x)
            for x in _SLUG_SPLIT.split(segment.lower())
            if x and not any(c.isdigit() for c in x)
        ]
        if len(words) >= 2:
            return words
        if words and last and not page:
            return []
        if segment.strip():
            last = False
    return []


def slug_of(url: str | None, texts: Sequence[str], lines: Iterable[int]) -> set[str]:
    """The slug's words (:func:`slug_words`), or where the page is named by one long
    word (``/understandingwebdesign/``: a slug written without separators), the words
    of the first of ``lines`` that spell it, glued (``Understanding Web Design``)."""
    words = slug_words(url)
    if words:
        return set(words)
    glued = _glued_slug(url)
    if glued is None:
        return set()
    for i in lines:
        found = words_of(texts[i])
        if len(found) >= 2 and "".join(_folded(x) for x in found) == glued:
            return set(found)
    return set()


def _glued_slug(url: str | None) -> str | None:
    """The URL path's last segment (past an id or a page file) when it is one word of
    ``_GLUED_LETTERS`` letters or more, accents folded; None else."""
    if not url:
        return None
    try:
        path = urlsplit(url).path
    except ValueError:
        return None
    for segment in reversed(path.split("/")):
        segment = _EXTENSION.sub("", unquote(segment)).lower()
        if not segment or segment.isdigit() or segment in _PAGE_NAMES:
            continue
        word = _folded(segment)
        return word if word.isalpha() and len(word) >= _GLUED_LETTERS else None
    return None


def _site_name(text: str) -> bool:
    """A site's name in any script (``दैनिक समाचार``, ``ข่าวเหนือ``), a word joining two
    with a hyphen as a region's name does (``NBC 5 Dallas-Fort Worth``). (Read word by
    word: one pattern nesting a word's repeat in the name's backtracks exponentially
    on a long word before a colon.)"""
    words = [x for x in _NAME_GAPS.split(text) if x]
    return bool(words) and all(
        MARKED_WORD.fullmatch(part) for word in words for part in word.split("-")
    )


def without_site(text: str, url: str | None) -> str | None:
    """``text`` less a site's name that ends it after a separator (``Headline | Acme
    Tires``, ``Headline – Acme``), the name known from the URL's host
    (``tires.acme.com``); None when it ends with none."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    parts = host.lower().split(".")
    if len(parts) >= 3:  # a subdomain ("rome.example.com") names a section, not the site
        parts = parts[1:]
    labels = {x.replace("-", "") for x in parts if len(x) >= _SITE_CHARS}
    found = _site_after(text, _TAB_TITLE_CHARS) if labels else None
    if found is None:
        return None
    head, site = found
    # The whole name (``Le Monde``: lemonde.fr), or its first or last word (``Acme
    # Tires``: tires.acme.com; ``Die Zeit``: zeit.de).
    ends = {x for x in (site[0], site[-1]) if len(x) >= _SITE_CHARS}
    if "".join(site) in labels or ends & labels:
        return head
    return None


def without_owner(text: str, texts: Sequence[str]) -> str | None:
    """``text`` less a site's name that ends it after a separator (``Headline – Acme``),
    where a copyright line of the dump names it (``© Acme 2025``): the site's own name,
    read without the URL; None when no such line names it. (A headline's length only:
    the separator's pattern reads the rest of the line at each separator.)"""
    found = _site_after(text, _OWNER_CHARS)
    if found is None:
        return None
    head, site = found
    name = f" {' '.join(site)} "
    owners = (x for x in texts if len(x) <= _OWNER_CHARS and _COPYRIGHT.search(x))
    if any(name in f" {' '.join(_folded(x) for x in words_of(line))} " for line in owners):
        return head
    return None


def _site_after(text: str, most: int) -> tuple[str, list[str]] | None:
    """(the headline, the site name's folded words) of ``Headline – Site Name``: a
    headline of two words or more, a name of ``_SITE_WORDS`` words or fewer after the
    last separator; None otherwise, or for a line over ``most`` characters."""
    found = _SITE_SEPARATOR.search(text) if len(text) <= most else None
    if found is None:
        return None
    head, rest = text[: found.start()].rstrip(), text[found.end() :]
    site = [_folded(x) for x in words_of(rest)]
    if word_count(head) < 2 or not site or len(site) > _SITE_WORDS or not _site_name(rest):
        return None
    return head, site


def without_source(text: str) -> str | None:
    """``text`` less the host a link aggregator prints after a shared story's headline,
    in brackets, and the count after it (``Headline (example.com) 87``: its comments or
    points); None when it ends with none."""
    found = _SOURCE.search(text)
    if found is None or word_count(text[: found.start()]) < 2:
        return None
    return text[: found.start()]


def _folded(word: str) -> str:
    """``país`` -> ``pais``: a host's letters carry no accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def slug_share(text: str, slug: set[str]) -> float:
    """The share of the slug's words that ``text`` holds (``rustc_codegen_gcc`` is
    three words, as its slug ``rustc-codegen-gcc`` is); 0 without a slug. Accents are
    folded, as a slug's letters mostly are (``amplía`` for ``amplia``)."""
    if not slug:
        return 0.0
    words = {_folded(part) for word in words_of(text) for part in word.split("_") if part}
    return len(slug & words) / len(slug)


class Candidate:
    """A title-like line and the features that score it."""

    __slots__ = ("features", "i", "score", "values")

    def __init__(self, i: int) -> None:
        self.i = i
        self.features: list[str] = []
        #: How much of each feature it has (1, or the slug's share): what a fit reads.
        self.values: dict[str, float] = {}
        self.score = 0.0

    def add(self, feature: str, times: float = 1.0) -> None:
        self.features.append(feature)
        self.values[feature] = times
        self.score += WEIGHTS[feature] * times

    def described(self) -> tuple[str, ...]:
        """Each feature with what it added: ``anchor +2.50``."""
        return tuple(f"{name} {WEIGHTS[name] * self.values[name]:+.2f}" for name in self.features)


# A call to action: a button's verb and what it offers (``Get Demo — start free trial``,
# ``Book a free consultation``), or "click here" in any of a few languages. ("Your" is
# left out: a how-to headline opens the same way, ``Build Your Own Website``.)
_CTA = re.compile(
    r"(?i)\b(?:click here|hier klicken|cliquez ici|haga clic aquí|haz clic aquí|clique aqui|"
    r"clicca qui|klik hier|kliknij tutaj|нажмите здесь|buraya tıklayın|klik di sini)\b"
    r"|^(?:get|join|book|call|contact|subscribe|sign up|download|try|start|claim|request|"
    r"register|search|shop|buy|create|build|share)\b.{0,60}\b(?:free|now|today|trial|"
    r"estimate|demo|quote|consultation|here)\b"
)


def _shape(c: Candidate, text: str, *, sentence: bool = True) -> None:
    words = word_count(text)
    if words == 1:
        c.add("one-word")
    elif words == 2:
        c.add("two-words")
    elif 4 <= words <= 20:
        c.add("headline-length")
    elif words > 20:
        c.add("long")
    end = SENTENCE_END.search(text)
    if sentence and end is not None and text[end.start()] in ".。" and not text.endswith("..."):
        c.add("sentence")
    if words <= 3 and text.isupper():
        c.add("capitals")
    if _CTA.search(text):
        c.add("cta")
    if _LINK.search(text):
        c.add("link")
    if _CRUMBS.search(text):
        c.add("crumbs")
    if _listed(text):
        c.add("list")
    if _doubled(text) or _glued_copy(text):
        c.add("doubled")


def _more_shape(
    c: Candidate,
    i: int,
    text: str,
    glued: set[int],
    echoes: set[int],
    over: set[int],
    captions: set[int],
) -> None:
    """The shapes read where the slug may be missing (see .title_cues); ``over`` are the
    lines over their deck, not muted; ``captions`` the photos' captions, whose echo of
    the prose mutes no other line (a caption tells the story as its headline does)."""
    if i in glued:
        c.add("glued")
    if word_count(text) == 3:
        c.add("three-words")
    # (Yes or no: a deck under the headline echoes the prose as much or more.)
    if i in echoes:
        c.add("echo")
    elif echoes - captions and i not in over:
        c.add("mute")


def _doubled(text: str) -> bool:
    """A phrase of two different words or more printed twice in a row (``Log in Log in
    Try it free Try it free``): a copy of buttons, each printed twice, glued into one
    line. (One word over and over is no phrase: ``Bye bye bye``.)"""
    words = words_of(text)[:_DOUBLED_WORDS]
    if len(set(words)) == len(words):
        return False  # (a phrase printed twice prints its first word twice: most lines don't)
    return any(
        words[i : i + k] == words[i + k : i + 2 * k] and len(set(words[i : i + k])) > 1
        for k in range(2, len(words) // 2 + 1)
        for i in range(len(words) - 2 * k + 1)
    )


def _glued_copy(text: str) -> bool:
    """A text printed twice with nothing between (``Heat pumpsHeat pumps``, a teaser's
    headline and its hover copy): a card's or a button's, glued by the copy."""
    text = text.strip()
    half = len(text) // 2
    return half >= _GLUED_HALF and text[:half] == text[half:]


def _listed(text: str) -> bool:
    """``Drama, Comedy, Film, Music``, ``Jane Doe, MD, RD``, ``Asia | Japan | Tips | Food``:
    short parts between commas, bullets or bars."""
    parts = _COMMAS.split(text)
    # (Stripped: ``word_count`` counts the spaces, and a part after a comma opens with one.)
    return len(parts) >= _LIST_PARTS and all(word_count(x.strip()) <= _PART_WORDS for x in parts)


def _distance(c: Candidate, gap: int) -> None:
    if gap == 0:
        c.add("next-to-prose")
    elif gap <= 2:
        c.add("near-prose")
    elif gap <= 5:
        c.add("close-to-prose")
    elif gap > 12:
        c.add("far-from-prose")


def best_title(
    texts: Sequence[str],
    free: Sequence[int],
    candidates: Sequence[int],
    anchors: Sequence[int],
    end: int,
    url: str | None,
    first: int = 0,
    paragraphs: frozenset[int] = frozenset(),
) -> tuple[Candidate | None, list[Candidate]]:
    """The winning candidate (or None) and every candidate scored.

    ``texts`` are all lines; ``free`` the unlabelled ones before ``end`` (the
    prose start), in order; ``candidates`` those of them that are title-like;
    ``anchors`` the byline, date and info lines; ``first`` the first line
    that is not furniture; ``paragraphs`` the free lines that read as prose
    (a lead paragraph before a table of contents ends a headline's block too,
    so distances are counted to the next one). ``free`` and ``candidates`` may
    go past ``end``: a headline under a notice that reads as prose, which
    must have a byline or date line next to it (see :func:`next_to_anchor`).
    """
    slug = slug_of(url, texts, candidates)
    stamped = {i for i in candidates if dated(texts[i])}
    # A line holding a full date or a time stamp that no date rule labelled (``Jane Doe
    # - 12/03/2026``, ``Monday 5:30PM``) is a headline's cluster all the same.
    anchor_set = set(anchors) | stamped
    rank = {i: k for k, i in enumerate(free)}
    keys = [_loose(t) for t in texts[: max(end, *(i + 1 for i in candidates), 0)]]
    # Candidates whose words end a longer line (a breadcrumb ``Home > Blog > Title``).
    tails = _tails(keys, {keys[i] for i in candidates if len(keys[i]) >= _MIN_TAIL})
    # A share bar's buttons between a headline and its prose are no story's lines: they
    # push the headline no further from the prose than its date line does.
    buttons = {i for i in free if i < end and share_button(i, texts)}
    gaps = _gaps_to_prose(texts, free, anchor_set | buttons, paragraphs)
    # The lines whose text was printed above them (a tab title, a breadcrumb).
    seen: set[str] = set()
    before: set[int] = set()
    where: dict[str, list[int]] = {}
    for i in range(len(keys)):
        if keys[i] in seen:
            before.add(i)
        seen.add(keys[i])
        where.setdefault(keys[i], []).append(i)
    # A tab title at the top (``Headline – Site``) prints the headline above too.
    tabs = {_loose(h): j for j in range(min(_TOP, len(keys))) if (h := _titled_head(texts[j]))}
    before |= {i for i in candidates if tabs.get(keys[i], i) < i}
    shortened = _shortened(texts, candidates)
    glued = glued_heads(keys, candidates, _MIN_TAIL)
    counts, lead_end = lead_counts(texts, end)
    lead = counts.keys()
    # A name with its outlet over the date (``Jane Doe - The Daily Planet``) is the
    # byline, whose echo is chance (or its own, under a deck read as prose): it mutes no
    # other line.
    credits = {i for i in candidates if _name_and_outlet(i, anchor_set, texts, rank)}
    # (A line past the prose's start is in the lead: its own words are no echo.)
    echoes = {
        i
        for i in candidates
        if i not in credits
        and echo_share(texts[i], lead, within=counts if end <= i < lead_end else None) >= _ECHO
    }
    captions = {i for i in echoes if credit_tail(texts[i])}
    # Not muted: the line right over an echoing one (a headline over its deck, which
    # echoes the prose more often than the headline does), where the two share a word
    # (a menu's line over the headline tells nothing of its story), where the echoing
    # line is a label of three words or fewer (a team's or a column's name, no deck), or
    # over a clean copy's first line (a headline over a deck in other words).
    over = {
        free[rank[j] - 1]
        for j in echoes
        if rank[j] > 0
        and (
            word_count(texts[j]) <= 3
            or free[rank[j] - 1] == first
            or shared_terms(texts[free[rank[j] - 1]], texts[j])
        )
    }
    # Nor, for a line right over its byline or date line and the prose, the echo of a
    # line far over them (a "Follow us" line over a toolbar, a menu's item): that line
    # heads the story's own block.
    # (Not a line with a byline or date line beside it, which heads a cluster of its own:
    # the headline over a related list, whose items stand over their dates too.)
    far = {
        j
        for j in echoes
        if gaps[rank[j]] > _TOP_GAP
        and j - 1 not in anchor_set
        and not next_to_anchor(j, anchor_set, texts, rank, above=False)
        and not anchor_past_share(j, anchor_set, texts, rank.keys())
    }
    ctx = _Context(texts, free, set(candidates), anchor_set, rank)
    whole = _whole_slug(texts, candidates, slug, end)
    scored: list[Candidate] = []
    for i in candidates:
        c = Candidate(i)
        text = texts[i]
        share = slug_share(text, slug)
        # (A line holding the whole slug is the page's own headline, full stop or not.)
        _shape(c, text, sentence=share < 1.0)
        for cue in chrome_cues(i, texts, stamped):
            c.add(cue)
        heads = gaps[rank[i]] == 0 and _line_under(i, texts) in anchor_set
        _more_shape(c, i, text, glued, echoes, over, captions | far if heads else captions)
        _distance(c, gaps[rank[i]])
        if i > end:  # (the prose "starts" at a headline that ends like a sentence)
            c.add("late" if i - end <= _LATE_NEAR else "late-far")
        if share >= 0.5:
            c.add("slug", share)
        if i in whole:
            c.add("whole-slug")
        if next_to_anchor(i, anchor_set, texts, rank, above=False) or anchor_past_share(
            i, anchor_set, texts, rank.keys()
        ):
            c.add("anchor")
            # A name's words are not the slug's (a headline's are).
            if share < 0.5 and _name_over_date(i, anchor_set, texts, rank):
                c.add("name")
            # (A job title tells nothing of the story: a line echoing the prose is none,
            # unless printed above too, as a menu's line is.)
            elif (
                share < 0.5
                and (i not in echoes or i in before)
                and _role_under_name(i, anchor_set, texts, rank)
            ):
                c.add("role")
            elif share < 0.5 and _under_byline(i, anchor_set, texts):
                c.add("under-byline")
            elif share < 0.5 and i in credits:
                c.add("credit")
        elif i - 1 in anchor_set:
            # Only under a byline or date line: a headline under its date, unless a line
            # over the cluster tells the story (the headline over it: this line is what
            # the cluster heads, a photo's caption, a subheading).
            c.add("after-anchor" if _over_cluster(i, anchor_set, rank, echoes) else "anchor")
        if i in before or keys[i] in tails:
            c.add("repeated")
        if i in shortened:
            c.add("shortened")
        # (Not a line holding the slug: a headline printed in a breadcrumb's run.)
        if (
            share < 0.5
            and word_count(text) <= _MENU_WORDS
            and _in_menu_elsewhere(i, keys, where[keys[i]], anchor_set)
        ):
            c.add("menu-copy")
        elif (
            share < 0.5
            and word_count(text) <= _KICKER_WORDS
            and _over_candidate(i, keys, ctx)
            and _copy_in_menu(i, keys, where[keys[i]], anchor_set)
        ):
            c.add("kicker")
        # A clean copy's first line, with the prose under it (not a "Skip to content").
        if (
            i == first
            and gaps[rank[i]] <= _TOP_GAP
            and _lines_to_prose(i, end, texts, free) <= _TOP_LINES
            and not _masthead(i, texts, echoes, ctx)
        ):
            c.add("top")
        # (Read only where it may change the winner: a penalty, and a costly reading.)
        if c.score >= THRESHOLD and _person(text):
            c.add("person")
        if after_by(i, texts):
            c.add("after-by")
        elif _field_value(i, texts):
            c.add("field")
        # A list's item or a form's prompt under a lead-in; not the run's last line over
        # the prose, where a headline stands under a list (of any length, in any words).
        # (Nor a line over its byline or date line: the list ended over the headline.)
        elif (items := _led_in(i, texts)) is not None and (
            items == 0 or (gaps[rank[i]] > 0 and not _ANCHORED & c.values.keys())
        ):
            c.add("lead-in")
        if word_count(text) >= 4 and _after_menu(i, texts):
            c.add("after-menu")
        if share < 0.5 and c.score >= THRESHOLD and author_line(text):
            c.add("credit")  # (read, as a person's name, only where it may change the winner)
        if word_count(text) <= 3 and _menu_around(i, texts, rank, free, anchor_set):
            c.add("menu")
        if share < 0.5 and _topic_over(i, keys, ctx):
            c.add("topic")
        scored.append(c)
    # On a tie the upper line: a headline over its deck.
    best = max(scored, key=lambda c: (c.score, -c.i), default=None)
    if best is None:
        return None, scored
    best = _earlier_copy(best, scored, keys, end)
    best = _early_over_late(best, scored, end)
    best = _anchored_copy(best, scored, keys)
    # (A menu glued into one line over the headline is no headline over its deck.)
    under_menu = _under_glued_menu(best, scored, texts, anchor_set)
    if under_menu is not None:
        return under_menu, scored
    # A candidate right above, behind only by the step of distance it stands further
    # from the prose, is the headline over its deck, longer or shorter (or over its own copy
    # printed again in capitals); not with a byline or date line between them, but for
    # its own copy: two stories of a list, each over its own.
    by_line = {c.i: c for c in scored}
    upper = _above(best, free, rank, by_line)
    if (
        upper is not None
        and _over_deck(upper, best)
        and not _starts(texts[best.i], texts[upper.i])
        and (
            _echoes_as(upper, best, texts)
            or (not best.values.get("echo") and _under_kicker(upper, free, rank, by_line))
        )
        and (keys[upper.i] == keys[best.i] or not any(upper.i < j < best.i for j in anchor_set))
    ):
        # (Also over a deck under the threshold: muted only for the deck's echo.)
        return upper, scored
    if best.score < THRESHOLD and upper is not None and _pair_lead(upper, best, scored, texts):
        return upper, scored
    if (
        best.score < THRESHOLD
        and not _clear_lead(best, scored, texts)
        and not _lede_lead(best, scored, texts, end)
        and not _late_lead(best, scored)
    ):
        return None, scored
    return best, scored


def _whole_slug(
    texts: Sequence[str], candidates: Sequence[int], slug: set[str], end: int
) -> set[int]:
    """The lines above the prose holding every word of the slug (two or more), where
    they are one text (printed once or more): the page's own headline, however far from
    the prose or short it stands. Not a line ending like a sentence (``.`` or ``!``): a
    deck or a teaser's summary retells the headline in the slug's words."""
    if len(slug) < 2:
        return set()
    found = [i for i in candidates if i < end and slug_share(texts[i], slug) == 1.0]
    if len({_loose(texts[i]) for i in found}) != 1:
        return set()
    text = texts[found[0]].rstrip()
    if text.endswith((".", "!")) and not text.endswith("..."):
        return set()
    return set(found)


def _under_glued_menu(
    best: Candidate, scored: Sequence[Candidate], texts: Sequence[str], anchors: set[int]
) -> Candidate | None:
    """The headline right over its date line, where ``best`` is it or the line right over
    it, and that line is a menu glued into one line that echoes nothing of the prose: not
    a headline over its deck. (A plain line, a site's or a column's name over the
    headline, cannot be told from a headline over a deck that does not end like a
    sentence, and is left to the score.)"""
    by_line = {c.i: c for c in scored}
    above = _line_above(best.i, texts)
    for upper, lower in (
        (None if above is None else by_line.get(above), best),
        (best, by_line.get(_line_under(best.i, texts))),
    ):
        if (
            upper is not None
            and lower is not None
            and _glued_menu_over(upper, lower, texts, anchors)
        ):
            return lower
    return None


def _glued_menu_over(
    upper: Candidate, lower: Candidate, texts: Sequence[str], anchors: set[int]
) -> bool:
    """``upper`` right over ``lower``, a glued menu over the headline (see
    ``_under_glued_menu``)."""
    if upper.values.keys() & {"echo", "repeated", "slug"} or not _glued_menu(texts[upper.i]):
        return False
    # (A word in common: a headline over its deck, which tells the same story.)
    if shared_terms(texts[upper.i], texts[lower.i]):
        return False
    # (A date line: a deck stands over the byline as often as the headline does.)
    under = _line_under(lower.i, texts)
    if lower.score < THRESHOLD or under not in anchors or not dated(texts[under]):
        return False
    shaped = "headline-length" in lower.values and "echo" in lower.values
    return shaped and not any(WEIGHTS[x] < 0 for x in lower.values)


def _lines_to_prose(i: int, end: int, texts: Sequence[str], free: Sequence[int]) -> int:
    """How many unlabelled lines that are not blank stand between line ``i`` and the
    prose start ``end`` (a paragraph above the prose, a motto, counts as one)."""
    return sum(1 for j in free if i < j < end and texts[j].strip())


def _glued_menu(text: str) -> bool:
    """A menu's items glued into one line: words glued at a capital three times or more
    (``NewsSportWeather``), or eight words or more, every one capitalised (``Home About
    Guides Shop Contact Us ...``: a headline in title case has short words in lower case,
    or echoes the prose)."""
    if len(_CAMEL.findall(text)) >= _GLUED_ITEMS:
        return True
    words = text.split()
    return len(words) >= _MENU_ROW_WORDS and all(x[0].isupper() or x[0].isdigit() for x in words)


def _line_under(i: int, texts: Sequence[str]) -> int:
    """The first line under line ``i`` that is not blank (or ``len(texts)``)."""
    j = i + 1
    while j < len(texts) and not texts[j].strip():
        j += 1
    return j


def _pair_lead(
    upper: Candidate, best: Candidate, scored: Sequence[Candidate], texts: Sequence[str]
) -> bool:
    """Under the threshold, a headline right over its deck with no byline or date line
    beside them: both lines clear leads (see ``_clear_lead``) but for each other, one
    step of distance apart, telling one story (a word in common)."""
    if _unechoed(upper) < _unechoed(best) - _DISTANCE_STEP:
        return False
    if not shared_terms(texts[upper.i], texts[best.i]):
        return False
    others = [c for c in scored if c is not upper]
    rest = [c for c in scored if c is not best]
    return _clear_lead(upper, rest, texts) and _clear_lead(best, others, texts)


def _clear_lead(best: Candidate, scored: Sequence[Candidate], texts: Sequence[str]) -> bool:
    """Under the threshold, a candidate that echoes the prose's lead, well ahead of
    every other candidate: the only headline-shaped line of a plain header (a page
    whose headline has no byline or date line beside it), where the chrome around it
    scores low."""
    if best.score < _LEAD_FLOOR or not best.values.get("echo"):
        return False
    # A headline's length (a label of two or three words, alone, is a section's name;
    # three words over a byline or date line are a short headline), and no shape of the
    # chrome (a link's arrow, a date, a share button).
    short = "three-words" in best.values and bool(_ANCHORED & best.values.keys())
    if not (short or "headline-length" in best.values):
        return False
    if any(WEIGHTS[x] < 0 for x in best.values if x != "three-words"):
        return False
    return all(c is best or c.score <= best.score - _margin(best, c, texts) for c in scored)


def _lede_lead(
    best: Candidate, scored: Sequence[Candidate], texts: Sequence[str], end: int
) -> bool:
    """Under the threshold, a headline-shaped line over the prose, echoing it, with no
    shape of the chrome, half of whose terms or more the first paragraph prints (a lede
    tells its headline's story again), where no other candidate shares two terms with
    that paragraph: a plain header's headline, the chrome around it telling another
    story. (Not a line the paragraph prints whole: a form's label, a breadcrumb.)"""
    if best.score < _LEAD_FLOOR or best.i >= end or end >= len(texts):
        return False
    if not best.values.get("echo") or "headline-length" not in best.values:
        return False
    if any(WEIGHTS[x] < 0 for x in best.values):
        return False
    lede, text = texts[end], texts[best.i]
    if f" {_loose(text)} " in f" {_loose(lede)} ":
        return False
    terms = shared_terms(text, text)  # (its own terms)
    if len(shared_terms(text, lede)) * 2 < len(terms):
        return False
    return not any(
        c is not best and len(shared_terms(texts[c.i], lede)) >= _LEDE_TERMS for c in scored
    )


def _late_lead(best: Candidate, scored: Sequence[Candidate]) -> bool:
    """Under the threshold, a headline far past the first prose (a menu's blurbs or a
    notice read as prose above it) with the whole shape of an article's header: a byline
    or date line under it, the prose right under them, an echo of that prose, a
    headline's length and no other shape of the chrome, ahead of every other candidate
    by ``_LEAD_MARGIN_BELOW``: the penalty for standing late is the chrome's own doing."""
    values = best.values
    if best.score < _LEAD_FLOOR or "late-far" not in values or "anchor" not in values:
        return False
    if not values.keys() & _CLOSE or not values.get("echo") or "headline-length" not in values:
        return False
    if any(WEIGHTS[x] < 0 for x in values if x != "late-far"):
        return False
    return all(c is best or c.score <= best.score - _LEAD_MARGIN_BELOW for c in scored)


def _margin(best: Candidate, other: Candidate, texts: Sequence[str]) -> float:
    """How far ``other`` must stand behind ``best`` for a clear lead. Less for a line
    over a menu's run that ``best`` ends (``after-menu``): the site's lines (its name,
    its motto), not the story's; unless a byline or date line stands by it (the
    article's header over its table of contents, whose last entry ``best`` is), or it
    tells ``best``'s story (two terms in common: a rival headline)."""
    if other.i > best.i:
        return _LEAD_MARGIN_BELOW
    if (
        "after-menu" in best.values
        and not _ANCHORED & other.values.keys()
        and len(shared_terms(texts[best.i], texts[other.i])) < _LEDE_TERMS
    ):
        return _LEAD_MARGIN_MENU
    return _LEAD_MARGIN


def _echoes_as(upper: Candidate, best: Candidate, texts: Sequence[str]) -> bool:
    """``upper`` echoes the prose's lead, or the two share a word (a headline and its
    deck tell one story): a line that names nothing the article tells (a menu's item,
    a section, a call to act, another story's teaser) is no headline over a line under
    it, whether that line echoes the prose or not (two teasers of a list, where neither
    does)."""
    if upper.values.get("echo"):
        return True
    return bool(shared_terms(texts[upper.i], texts[best.i]))


def _under_kicker(
    c: Candidate, free: Sequence[int], rank: dict[int, int], by_line: dict[int, Candidate]
) -> bool:
    """Right under a section's name printed in the menu too (``kicker``, or short and
    ``repeated``): a section's label stands over its story's headline, not over the deck
    (read where neither line echoes the prose: a headline that does not share its words)."""
    upper = _above(c, free, rank, by_line)
    return upper is not None and ("kicker" in upper.values or _short_copy(upper))


def _short_copy(c: Candidate) -> bool:
    """A line of a menu's length printed above too: a section's name in the menu."""
    return "repeated" in c.values and not c.values.keys() & {"headline-length", "long"}


def _above(
    c: Candidate, free: Sequence[int], rank: dict[int, int], by_line: dict[int, Candidate]
) -> Candidate | None:
    """The candidate on the free line right above ``c``, if that line is one."""
    k = rank[c.i]
    return by_line.get(free[k - 1]) if k > 0 else None


def _earlier_copy(
    best: Candidate, scored: Sequence[Candidate], keys: Sequence[str], end: int
) -> Candidate:
    """A headline past the prose start whose copy (in any letter case) above the prose
    reads as a headline too: the upper copy, where the article starts (the lower one
    is a teaser of it in a box or a list)."""
    if best.i <= end:
        return best
    return next(
        (c for c in scored if c.i < end and keys[c.i] == keys[best.i] and c.score >= THRESHOLD),
        best,
    )


def _early_over_late(best: Candidate, scored: Sequence[Candidate], end: int) -> Candidate:
    """A winner past the prose start (a quoted post's or a teaser's line with a date beside
    it), where a line above the prose reads as a headline too: the one above, where the
    article starts (a late headline is for a header under a notice that reads as prose,
    where no line above does). Not where the winner holds the URL's slug."""
    if best.i <= end or "slug" in best.values:
        return best
    early = [c for c in scored if c.i < end and c.score >= THRESHOLD]
    return max(early, key=lambda c: (c.score, -c.i), default=best)


def _masthead(i: int, texts: Sequence[str], echoes: set[int], ctx: _Context) -> bool:
    """The first line is a label of a word or two (``U.S. news``, ``0 results``) telling
    nothing of the prose's story, over a candidate that does: a section's label over
    the headline, not a clean copy's headline. (A longer first line that does not echo
    stays a clean copy's headline over its deck, which echoes the prose more.)"""
    k = ctx.rank[i] + 1
    if i in echoes or k >= len(ctx.free) or word_count(texts[i]) > _MASTHEAD_WORDS:
        return False
    j = ctx.free[k]
    return j in echoes and j in ctx.candidates and not texts[j].rstrip().endswith(".")


def _topic_over(i: int, keys: Sequence[str], ctx: _Context) -> bool:
    """Line ``i`` (``_TOPIC_WORDS`` words or fewer) is printed whole, as a phrase, in the
    longer candidate right under it: a section's or a topic's name over the headline
    that names it (``Dancing With the Stars`` over ``Jane Doe leaves 'Dancing With the
    Stars'``), not a headline over its deck, which tells the story in other words."""
    words = keys[i].split()
    k = ctx.rank[i] + 1
    if not words or len(words) > _TOPIC_WORDS or k >= len(ctx.free):
        return False
    j = ctx.free[k]
    if j not in ctx.candidates or j >= len(keys):
        return False
    below = keys[j]
    # (Not the opening words of the line under it, whose sentence goes on: a headline
    # over a deck that repeats it and adds a word.)
    return len(below.split()) > len(words) and f" {keys[i]} " in f" {below[len(keys[i]) :]} "


def _anchored_copy(best: Candidate, scored: Sequence[Candidate], keys: Sequence[str]) -> Candidate:
    """A headline printed twice (the article's header and a gallery's or a hero's copy):
    the copy with a byline or date line beside it, where the article's header is, when
    the winner has none and that copy reads as a headline too."""
    if _ANCHORED & best.values.keys():
        return best
    return next(
        (
            c
            for c in scored
            if c.i != best.i
            and keys[c.i] == keys[best.i]
            and _ANCHORED & c.values.keys()
            and c.score >= THRESHOLD
        ),
        best,
    )


def _starts(text: str, upper: str) -> bool:
    """``upper``'s words (fewer) begin ``text``: a short title or a breadcrumb's last
    item over the headline, not a headline over its deck."""
    words, first = words_of(text), words_of(upper)
    return len(first) < len(words) and words[: len(first)] == first


_DISTANCES = frozenset({"next-to-prose", "near-prose", "close-to-prose", "far-from-prose"})


def _over_deck(upper: Candidate, best: Candidate) -> bool:
    """``upper`` scores as ``best`` but for the step of distance it stands further from
    the prose (the echo not read: a deck echoes more), and reaches the threshold: a
    headline over its deck. Where ``best`` stands at the close band's edge and
    ``upper`` one step past it, the step costs the whole band, not ``_DISTANCE_STEP``
    (a headline over its deck, author, date and counts: ``close-to-prose`` for the
    deck alone)."""
    own = _unechoed(upper)
    if "close-to-prose" in best.values and _DISTANCES.isdisjoint(upper.values):
        own += WEIGHTS["close-to-prose"]
    # (No step where both stand in one band: the upper line is behind for its own shape.)
    same_band = best.values.keys() & _DISTANCES == upper.values.keys() & _DISTANCES
    return own >= max(THRESHOLD, _unechoed(best) - (0.0 if same_band else _DISTANCE_STEP))


def _unechoed(c: Candidate) -> float:
    """The score but for the echo (and its lack), which a deck has as often as its
    headline, or more."""
    return c.score - sum(WEIGHTS[x] * c.values.get(x, 0.0) for x in ("echo", "mute"))


class _Context:
    """The lines and where the candidates and anchors are, for the features that
    look at a candidate's neighbours."""

    __slots__ = ("anchors", "candidates", "free", "rank", "texts")

    def __init__(
        self,
        texts: Sequence[str],
        free: Sequence[int],
        candidates: set[int],
        anchors: set[int],
        rank: dict[int, int],
    ) -> None:
        self.texts = texts
        self.free = free
        self.candidates = candidates
        self.anchors = anchors
        self.rank = rank


def _in_menu_elsewhere(
    i: int, keys: Sequence[str], copies: Sequence[int], anchors: set[int]
) -> bool:
    """Line ``i`` and a copy of it away from it both stand inside a run of short
    lines: a menu printed twice (a mobile and a desktop copy), not a headline,
    whose neighbours are its deck, byline or prose."""
    return _menu_run(i, keys, anchors) and _copy_in_menu(i, keys, copies, anchors)


def _over_candidate(i: int, keys: Sequence[str], ctx: _Context) -> bool:
    """The next free line that is not a copy of line ``i`` is another candidate, with
    no byline or date line before it: line ``i`` stands over a headline (a kicker),
    not over its own byline or date."""
    for j in range(i + 1, len(keys)):
        if j in ctx.anchors:
            return False
        if j in ctx.rank and keys[j] != keys[i]:
            return j in ctx.candidates
    return False


def _copy_in_menu(i: int, keys: Sequence[str], copies: Sequence[int], anchors: set[int]) -> bool:
    """A copy of line ``i``, away from it, stands inside a run of short lines."""
    return any(abs(j - i) > _MENU_SIDE and _menu_run(j, keys, anchors) for j in copies)


def _menu_run(j: int, keys: Sequence[str], anchors: set[int]) -> bool:
    """``_MENU_SIDE`` short lines (blank ones skipped) on each side of line ``j``, none
    of them a byline or date line (a headline's cluster is no menu)."""
    for step in (-1, 1):
        k, found = j, 0
        while found < _MENU_SIDE:
            k += step
            if not 0 <= k < len(keys):
                return False
            if not keys[k]:
                continue
            if keys[k] == keys[j] or k in anchors or len(keys[k].split()) > _MENU_WORDS:
                return False
            found += 1
    return True


def _shortened(texts: Sequence[str], candidates: Sequence[int]) -> set[int]:
    """The candidates whose words (two or more) begin a longer candidate above them:
    ``Lighting for indoor plants`` under ``Lighting for indoor plants and seeds``."""
    starts: set[tuple[str, ...]] = set()
    titled: set[tuple[str, ...]] = set()
    found: set[int] = set()
    for i in sorted(candidates):
        words = tuple(words_of(texts[i]))
        if len(words) >= 2 and words in starts and words not in titled:
            found.add(i)
        starts.update(words[:k] for k in range(2, len(words)))
        head = _titled_head(texts[i])
        if head:
            titled.add(tuple(words_of(head)))
    return found


def _titled_head(text: str) -> str | None:
    """``Headline – Site``, ``Headline | Site``: a tab title, the headline and a name of
    ``_SITE_WORDS`` words or fewer after the last separator; the headline, or None."""
    found = _SITE_SEPARATOR.search(text) if len(text) <= _TAB_TITLE_CHARS else None
    if found is None:
        return None
    head, rest = text[: found.start()], text[found.end() :]
    if word_count(head) < 2 or word_count(rest) > _SITE_WORDS or not _site_name(rest):
        return None
    return head


def _gaps_to_prose(
    texts: Sequence[str], free: Sequence[int], anchors: set[int], paragraphs: frozenset[int]
) -> list[int]:
    """For each free line, how many free lines (not anchors) stand before the next prose."""
    gaps = [0] * len(free)
    gap = 0
    for k in range(len(free) - 1, -1, -1):
        gaps[k] = gap
        i = free[k]
        if i in paragraphs:
            gap = 0
        elif i not in anchors:
            gap += 1
    return gaps


def _loose(text: str) -> str:
    return " ".join(words_of(text))


def _tails(keys: Sequence[str], wanted: set[str]) -> set[str]:
    """Those of ``wanted`` that end a longer line (``homecybersecurity best practices``
    ends with ``cybersecurity best practices``: crumbs glued by the copy).

    Only the top of the page (a tab title) and the lines near the headline are
    read, so that the cost stays bounded whatever the header's length.
    """
    found: set[str] = set()
    if not wanted:
        return found
    n = len(keys)
    near = range(max(_TOP, n - _NEAR), n)
    # A line's ending of each wanted length, looked up: not each wanted tail tried.
    lengths = sorted({len(tail) for tail in wanted})
    for j in (*range(min(_TOP, n)), *near):
        key = keys[j]
        for size in lengths:
            if size >= len(key):
                break
            if key[-size:] in wanted:
                found.add(key[-size:])
    return found


def next_to_anchor(
    i: int, anchors: set[int], texts: Sequence[str], rank: dict[int, int], *, above: bool = True
) -> bool:
    """A byline/date line just before ``i`` (unless not ``above``), or below it past a
    deck and short lines (a photo's caption ending with its credit not counted)."""
    if above and i - 1 in anchors:
        return True
    reach = range(i + 1, min(i + 7, len(texts)))
    if anchors.isdisjoint(reach):
        return False  # (no anchor to reach: the lines between need no reading)
    seen = 0
    for j in reach:
        if j in anchors:
            return True
        if j in rank and not credit_tail(texts[j]):  # the deck, then a name or a label
            seen += 1
            if seen > 3 or (seen > 1 and word_count(texts[j]) > 12):
                return False
    return False


def _over_cluster(i: int, anchors: set[int], rank: dict[int, int], echoes: set[int]) -> bool:
    """The free line over the byline and date lines right above line ``i`` echoes the
    prose's lead: a headline over its cluster, with line ``i`` under both."""
    j = i - 1
    while j >= 0 and (j in anchors or j not in rank):
        j -= 1
    return j in echoes


def _name_over_date(i: int, anchors: set[int], texts: Sequence[str], rank: dict[int, int]) -> bool:
    """A short name line right above a date, under a title-like line: a byline."""
    k = rank[i]
    words = word_count(texts[i])
    if i + 1 not in anchors or k == 0 or words > 9:
        return False
    if is_lone_prefix(texts[i + 1]):
        return False  # over a lone ``By``: the headline over its byline, not a name
    if any(ch.isdigit() or ch in ":?!" for ch in texts[i]):
        return False
    byline = parse_byline(texts[i])
    # Up to five words a name, more for two names with their particles ("Jan de Vries
    # en Piet van Dam").
    return byline is not None and (words <= 5 or len(byline.authors) >= 2)


def _person(text: str) -> bool:
    """One person's name, with credentials or not: ``Jane Doe``, ``Jane Doe, MD``."""
    if word_count(text) > 8 or not name_shaped(text.split(",")[0]):
        return False
    byline = parse_byline(text)
    return (
        byline is not None
        and len(byline.authors) == 1
        and byline.source is None
        and name_shaped(byline.authors[0])
    )


#: The most copies of a line that ``after_by`` looks past (a name printed twice or
#: three times; bounded, or a dump of one repeated line costs its square).
_COPIES = 3


def after_by(i: int, texts: Sequence[str]) -> bool:
    """Under a line that is only a byline's prefix (past copies of the line itself)."""
    j = i - 1
    while j >= max(0, i - _COPIES) and texts[j] == texts[i]:
        j -= 1
    if j < 0 or not is_lone_prefix(texts[j]):
        return False
    return parse_byline(f"{texts[j]} {texts[i]}", require_prefix=True) is not None


def author_line(text: str) -> bool:
    """A line that credits the author, whether or not a byline rule could read the
    name: a name with its job, or a ``By`` (``Von``, ``Par``...) over a capital within
    its first words (``By Cai & Inka``, ``Reviewed by: Jane Doe, DVM``)."""
    if _name_with_job(text):
        return True
    words = text.split()
    if len(words) > _CREDIT_WORDS:
        return False
    # Past the first word, only in a line of names (``Recipe by PJ Hamel``), not in a
    # sentence (``Inspired by Japan, a new tea house opens``).
    lower = sum(1 for x in words if x[0].islower())
    return any(
        is_lone_prefix(words[k])
        and words[k + 1][:1].isupper()
        and (k == 0 or words[k].endswith((":", "：")) or lower <= 1)
        for k in range(min(_CREDIT_AT, len(words) - 1))
    )


def _name_and_outlet(i: int, anchors: set[int], texts: Sequence[str], rank: dict[int, int]) -> bool:
    """``Jane Doe - The Daily Planet`` / date, under another free line: a name, a
    separator, then an outlet or a job, over the date line (the caller has found an anchor
    under it). No byline rule need read it: the line's shape and place tell, in any script."""
    j = _line_below(i, texts)
    if j is None or j not in anchors or rank[i] == 0:
        return False
    parts = _NAME_TAIL.split(texts[i].strip(), maxsplit=1)
    if len(parts) != 2:
        return False
    head, tail = parts
    if _marked_words(head) & _marked_words(tail):
        return False  # ``Sewing Blog | Sewing Patterns``: a site's name and motto
    if any(ch.isdigit() or ch in ":?!" for ch in texts[i]) or SENTENCE_END.search(tail):
        return False
    if not 1 <= word_count(tail) <= _JOB_WORDS:
        return False
    if not cased(head):  # (Han, Hangul, Arabic, Devanagari...: a name of one to three words)
        # (A Korean name is one spaced word, two with ``기자``: three are a phrase.)
        most = _HANGUL_NAME_WORDS if _HANGUL.search(head) else _CASELESS_NAME_WORDS
        shaped = word_count(head) <= most
    else:
        # A cased script: a name's capitals (``Sanne de Vries``), and the outlet's or job's
        # first word holds one too (``detikNews``, ``Repórter da ...``; not ``live updates``).
        shaped = _particled_name(head) and any(ch.isupper() for ch in tail.split()[0])
    # Not over a byline: a byline stands over the date, not over another byline. (Read
    # last: the full reading of a line costs more than the shape tests together.)
    return shaped and parse_byline(texts[j]) is None


def _marked_words(text: str) -> set[str]:
    """The words of ``text`` as :func:`words_of` reads them, with their vowel signs
    (``\\w`` alone parts ``राहुल`` and ``दिल्ली`` into letters the two share)."""
    return set(MARKED_WORD.findall(_lowered(text)))


def cased(text: str) -> bool:
    """The text has a letter of a script with capitals (Latin, Cyrillic, Greek...)."""
    return any(ch.isupper() or (ch.islower() and ch.upper() != ch) for ch in text)


def _particled_name(text: str) -> bool:
    """A person's name in a cased script, with its short lower-case particles between
    capitalised words: ``Jane Doe``, ``Sanne de Vries``, ``Ana de la Cruz``."""
    words = text.split()
    if not 2 <= len(words) <= _PARTICLED_WORDS:
        return False
    ends = (words[0], words[-1])
    inner = words[1:-1]
    return all(_name_word(x) for x in ends) and all(
        _name_word(x) or (x.isalpha() and x.islower() and len(x) <= _PARTICLE) for x in inner
    )


def _line_below(i: int, texts: Sequence[str]) -> int | None:
    """The first line under ``i`` that is not blank, or None."""
    j = i + 1
    while j < len(texts) and not texts[j].strip():
        j += 1
    return j if j < len(texts) else None


def _name_with_job(text: str) -> bool:
    """A person's name opening the line, then at most a few words of a job or a title
    after a comma or in brackets: ``Jane Doe, Shipping Expert``, ``Jane Doe (Editor)``."""
    if "," not in text and "(" not in text:
        return False  # (no job's mark: the costly reading cannot find one)
    byline = parse_byline(text)
    if byline is None or len(byline.authors) != 1 or not name_shaped(byline.authors[0]):
        return False
    name = byline.authors[0]
    if not text.startswith(name):
        return False
    rest = text[len(name) :].lstrip()
    return rest[:1] in (",", "(") and word_count(rest.strip(_NAME_SEPARATORS)) <= _JOB_WORDS


def name_shaped(text: str) -> bool:
    """Two to four capitalised words or initials: the shape of a person's name."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(_name_word(x) for x in words)


def _name_word(word: str) -> bool:
    """``Jane``, ``O'Neil``, ``J.``, ``Émile``, ``Анна``: capitalised letters."""
    return word[0].isupper() and all(ch.isalpha() or ch in "'’.-" for ch in word)


def _role_under_name(i: int, anchors: set[int], texts: Sequence[str], rank: dict[int, int]) -> bool:
    """``Jane Doe`` / ``Senior Editor`` / date: the line under a name, over the date."""
    if i + 1 not in anchors or i - 1 not in rank or word_count(texts[i]) > 6:
        return False
    if is_lone_prefix(texts[i + 1]):
        return False  # over a lone ``By``: the headline over its byline
    return name_shaped(texts[i - 1])


def _under_byline(i: int, anchors: set[int], texts: Sequence[str]) -> bool:
    """The line right above (blank lines skipped) is a byline the anchors hold, with no
    date on it, and line ``i`` is short: ``By Jane Doe`` / ``The Daily Planet`` / date,
    the outlet or the job under the author's name, over the date line (the caller has
    found an anchor under it). A headline stands over its byline, not under it."""
    j = _line_above(i, texts)
    if j is None or j not in anchors or word_count(texts[i]) > _UNDER_BYLINE_WORDS:
        return False
    byline = parse_byline(texts[j])
    return byline is not None and bool(byline.authors) and not dated(texts[j])


def _field_value(i: int, texts: Sequence[str]) -> bool:
    """Line ``i`` stands between two fields' labels (``Author:`` over it, ``Publish
    date:`` a few lines under): a label's value in a list of fields, in any language.
    (One label alone may be a form's, as a search box's ``Search for:`` over the
    headline is.)"""
    j = _line_above(i, texts)
    if j is None or not _field_label(texts[j]):
        return False
    return any(_field_label(texts[k]) for k in range(i + 1, min(i + 1 + _FIELD_REACH, len(texts))))


def _after_menu(i: int, texts: Sequence[str]) -> bool:
    """The ``_AFTER_MENU_RUN`` lines right above line ``i`` (blank ones skipped) are a
    menu's items, of ``_MENU_ITEM_WORDS`` words or fewer each."""
    j: int | None = i
    for _ in range(_AFTER_MENU_RUN):
        j = _line_above(j, texts) if j is not None else None
        if j is None or word_count(texts[j]) > _MENU_ITEM_WORDS:
            return False
    return True


def _led_in(i: int, texts: Sequence[str]) -> int | None:
    """How many short lines stand between line ``i`` and a lead-in of ``_LEAD_IN_WORDS``
    words or more ending with a colon (``Create an account and benefit from:``, ``Set
    your location:``) right above them: 0 for a form's prompt or a list's first item,
    more for the items under it; None where no lead-in heads line ``i``."""
    items = 0
    j = _line_above(i, texts)
    while j is not None and items <= _LEAD_IN_ITEMS:
        text = texts[j].rstrip()
        words = word_count(text)
        if text.endswith((":", "：")):
            return items if _LEAD_IN_WORDS <= words <= _CREDIT_WORDS else None
        if words > _ITEM_WORDS or SENTENCE_END.search(text):
            return None
        items += 1
        j = _line_above(j, texts)
    return None


def _field_label(text: str) -> bool:
    """A field's label: two words or fewer ending with a colon (``Author:``, ``Fecha:``)."""
    return word_count(text) <= _LABEL_WORDS and text.rstrip().endswith((":", "："))


def _line_above(i: int, texts: Sequence[str]) -> int | None:
    """The first line above ``i`` that is not blank, or None."""
    j = i - 1
    while j >= 0 and not texts[j].strip():
        j -= 1
    return j if j >= 0 else None


def _menu_around(
    i: int, texts: Sequence[str], rank: dict[int, int], free: Sequence[int], anchors: set[int]
) -> bool:
    """Short free lines on both sides: an item of a menu."""
    k = rank[i]
    if k == 0 or k + 1 >= len(free):
        return False
    before, after = free[k - 1], free[k + 1]
    if after in anchors or any(a in anchors for a in range(i + 1, after)):
        return False
    return word_count(texts[before]) <= 3 and word_count(texts[after]) <= 3
