"""Cues that a title-like line is the page's chrome, not its headline.

Without the page's URL (a dump a user saved to a file) the slug no longer
lifts the headline over the lines around it, so the lines that only look
like headlines must be told apart by their own shape: a date line (``Nov 18,
2019 12:02 PM``, ``Associated Press November 19, 2019``), a byline behind a
word (``Analysis by Jane Doe``, ``Reviewed by Jane Doe``), a share bar's
button (``Share on: Facebook Twitter``, ``Share this on WhatsApp`` among
``Share this on Facebook``). Each is read from the line and its neighbours,
with the date and byline readers every other part uses, and the networks'
names, which no language translates.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Container, Iterator, Sequence

from .._fields.bylines import parse_byline
from .._fields.captions import credit_tail
from .._fields.dates import find_dates
from .._input.normalize import word_count

__all__ = [
    "MARKED_WORD",
    "anchor_past_share",
    "byline_behind",
    "chrome_cues",
    "dated",
    "echo_share",
    "glued_heads",
    "lead_counts",
    "lead_stems",
    "networks_in",
    "share_button",
    "shared_terms",
]

#: A clock time with its half of the day (``9:41 AM``): a time stamp, language-neutral
#: enough (24-hour times need a date next to them to count, see ``dated``).
_CLOCK_HALF = re.compile(r"(?i)\b\d{1,2}[:.]\d{2}\s*[ap]\.?m\b")
#: The social networks and sharing channels a share bar names; brand names, which
#: every language prints as they are.
_NETWORKS = re.compile(
    r"(?i)(?<![\w.@/])(facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram|tumblr|"
    r"google\+|e-?mail|viber|vkontakte|odnoklassniki|xing|weibo|wechat|"
    r"flipboard|mastodon|bluesky)(?![\w+])"
)
#: The most words of a share bar's line, and how many lines around it are read.
_SHARE_WORDS = 12
_SHARE_SIDE = 3
#: How far under a headline a share bar may push its byline or date line, in lines, and
#: the most words of a bar's line that names no network (``Share this:``, ``More``).
_BAR_REACH = 16
_BAR_WORDS = 3
#: How many last words two buttons of one bar share (``(Opens in new window)``).
_ENDING = 3
_OPENING = 2
_WORD = re.compile(r"\w+")
#: A name's word: letters and digits with the marks between them (``\w`` alone parts the
#: vowel signs of Devanagari, Bengali, Thai... from their letters: ``दैनिक``).
_MARKS = "".join(ch for ch in map(chr, range(0x300, 0x2000)) if unicodedata.category(ch)[0] == "M")
MARKED_WORD = re.compile(rf"(?:\w|[{_MARKS}])+")
#: The scripts whose characters are syllables, read in pairs: Han, hiragana, katakana
#: (written without spaces) and Hangul (whose words of one to three syllables, a
#: particle glued to each, are shorter than ``_ECHO_LETTERS``: ``열차``, ``열차를``).
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7a3]{2,}")
#: The prose's lead read for a headline's words, the shortest word read, and a stem's
#: length.
_LEAD_WORDS = 400
_ECHO_LETTERS = 4
_STEM = 5
_ECHO_WORDS = 2
#: How many words may stand before a byline's ``by`` on the line (``Analysis by``).
_BY_LEAD = 2
#: The most words of a line read as a byline behind a word.
_BY_WORDS = 14


# A share bar's lines are read once for each candidate near them: a cache spares the
# re-reading (the search runs at every position of the line).
@functools.lru_cache(maxsize=1024)
def networks_in(text: str) -> frozenset[str]:
    """The social networks ``text`` names, in lower case (``E-mail`` is ``email``)."""
    return frozenset(m.group(1).lower().replace("-", "") for m in _NETWORKS.finditer(text))


def chrome_cues(
    i: int, texts: Sequence[str], stamped: Container[int] | None = None
) -> Iterator[str]:
    """The names of the chrome features (``WEIGHTS`` keys) that line ``i`` shows;
    ``stamped``, when given, are the lines already known to be :func:`dated`."""
    text = texts[i]
    if (i in stamped) if stamped is not None else dated(text):
        yield "dated"
    if byline_behind(text):
        yield "by-line"
    if share_button(i, texts):
        yield "share"
    if credit_tail(text):
        yield "caption"


def glued_heads(keys: Sequence[str], candidates: Sequence[int], shortest: int) -> set[int]:
    """The candidates that end with another candidate's words, after words of their own
    (``Home Holidays Pear Jam for the Holidays`` over ``Pear Jam for the Holidays``): a
    breadcrumb glued to the headline by the copy. ``keys`` are the lines' loose words;
    tails shorter than ``shortest`` characters are not read (a word or two ends many
    lines)."""
    tails = {keys[i] for i in candidates if len(keys[i]) >= shortest}
    found: set[int] = set()
    for i in candidates:
        key = keys[i]
        # Each word boundary of the line: a bounded number of set look-ups.
        for k, ch in enumerate(key):
            if ch == " " and key[k + 1 :] in tails:
                found.add(i)
                break
    return found


def anchor_past_share(
    i: int, anchors: set[int], texts: Sequence[str], free: Container[int]
) -> bool:
    """A share bar right under line ``i`` (its buttons, each naming a network, and short
    labels: ``Share this:``, ``More``), then a byline or date line: the headline over its
    share bar and cluster (a photo's caption, not free, may stand between)."""
    reach = range(i + 1, min(i + _BAR_REACH, len(texts)))
    if anchors.isdisjoint(reach):
        return False  # (no anchor to reach: the bar's lines need no reading)
    networks = False
    last = ""
    for j in reach:
        if j in anchors:
            return networks
        if j not in free or not texts[j].strip():
            continue
        if networks_in(texts[j]) and word_count(texts[j]) <= _SHARE_WORDS:
            networks = True
        elif word_count(texts[j]) > _BAR_WORDS and not (networks and _same_ending(texts[j], last)):
            return False
        last = texts[j]
    return False


def _same_ending(a: str, b: str) -> bool:
    """The same last words (``… (Opens in new window)``): two buttons of one bar."""
    ends = a.lower().split()[-_ENDING:], b.lower().split()[-_ENDING:]
    return len(ends[0]) == _ENDING and ends[0] == ends[1]


def _bar_mates(a: str, b: str) -> bool:
    """Two buttons of one bar: the same first words (``Share this on …``) or last words,
    and short."""
    if word_count(a) > _SHARE_WORDS or word_count(b) > _SHARE_WORDS:
        return False
    starts = a.lower().split()[:_OPENING], b.lower().split()[:_OPENING]
    if (len(starts[0]) == _OPENING and starts[0] == starts[1]) or _same_ending(a, b):
        return True
    # The same words around a network's name (``Auf Facebook teilen``, ``Auf Twitter
    # teilen``): a button's label in a language that names the network mid-line.
    return _NETWORKS.sub("{}", a.lower()) == _NETWORKS.sub("{}", b.lower()) != a.lower()


def lead_stems(texts: Sequence[str], start: int) -> set[str]:
    """The stems of the words of the prose's first ``_LEAD_WORDS`` words from line ``start``."""
    return set(lead_counts(texts, start)[0])


def lead_counts(texts: Sequence[str], start: int) -> tuple[dict[str, int], int]:
    """The stems of the prose's lead (see :func:`lead_stems`), each with how many of its
    lines print it, and the line after the last one read."""
    counts: dict[str, int] = {}
    count = 0
    stop = start
    for text in texts[start:]:
        stop += 1
        words = words_of(text)
        terms = _terms(words)
        for term in set(terms):
            counts[term] = counts.get(term, 0) + 1
        # (A Han or kana "word" is a clause: its pairs count, not the one word.)
        count += max(len(words), len(terms))
        if count >= _LEAD_WORDS:
            break
    return counts, stop


def echo_share(text: str, lead: Container[str], *, within: dict[str, int] | None = None) -> float:
    """The share of the line's words (of ``_ECHO_LETTERS`` letters or more) that the
    prose's lead prints too: a headline names what its article is about, a button or
    a menu's item does not. 0 for a line with fewer than two of them in the lead.
    ``within``: the lead's counts (see :func:`lead_counts`) for a line the lead holds,
    whose words count only where another of its lines prints them (no line echoes
    itself: a byline read past a deck that ends like a sentence)."""
    stems = set(_terms(words_of(text)))
    # One word in common is chance (a small word, the outlet's name): two at least.
    if within is None:
        found = sum(1 for s in stems if s in lead)
    else:
        found = sum(1 for s in stems if within.get(s, 0) > 1)
    return found / len(stems) if found >= _ECHO_WORDS else 0.0


def shared_terms(a: str, b: str) -> set[str]:
    """The echo's terms (stems of longer words, pairs of Han or kana characters) that
    two lines share."""
    return set(_terms(words_of(a))) & set(_terms(words_of(b)))


def words_of(text: str) -> list[str]:
    """Lower-case words (as :func:`.titles.words_of` reads them, which imports this)."""
    text = unicodedata.normalize("NFC", text).lower().replace("'", "").replace("’", "")
    return _WORD.findall(text)


def _terms(words: list[str]) -> list[str]:
    """The echo's terms of ``words`` (see ``_echo_terms``), with one search for a Han or
    kana run over them all (a space parts no run): most lines hold none."""
    if _UNSPACED.search(" ".join(words)) is None:
        return [_stem(word) for word in words if len(word) >= _ECHO_LETTERS]
    return list(_echo_terms(words))


def _echo_terms(words: Sequence[str]) -> Iterator[str]:
    """The terms an echo is read on: the stems of the words of ``_ECHO_LETTERS``
    letters or more, and in a run of Han or kana characters (a script written without
    spaces, where a "word" is a whole clause) its pairs of characters."""
    for word in words:
        if _UNSPACED.search(word):
            for run in _UNSPACED.findall(word):
                yield from (run[k : k + 2] for k in range(len(run) - 1))
        elif len(word) >= _ECHO_LETTERS:
            yield _stem(word)


def _stem(word: str) -> str:
    """The word's first letters: ``pruning`` and ``prune``'s plural meet, in most
    languages' inflections, without a language's stemmer."""
    return word[:_STEM]


def dated(text: str) -> bool:
    """A full date (day, month and year: ``November 19, 2019``, ``18.11.2019``) or a
    clock time with its AM/PM: a date line or a time stamp, however it is labelled."""
    if _CLOCK_HALF.search(text):
        return True
    return next(find_dates(text), None) is not None


# Read of each free header line for the cluster, then again of each candidate's line.
@functools.lru_cache(maxsize=1024)
def byline_behind(text: str) -> bool:
    """One or two words, then a byline with its prefix: ``Analysis by Jane Doe``,
    ``Reviewed by Jane Doe``, ``Tested by Jane Doe and John Roe``."""
    words = text.split()
    if len(words) > _BY_WORDS:
        return False
    for lead in range(1, min(_BY_LEAD, len(words) - 1) + 1):
        byline = parse_byline(" ".join(words[lead:]), require_prefix=True)
        if byline is not None and byline.authors:
            return True
    return False


def share_button(i: int, texts: Sequence[str]) -> bool:
    """A short line that is mostly networks' names (``Share on: Facebook Twitter``), or
    a line shaped as a line near it that names a network (``Share this on WhatsApp``
    by ``Share this on Facebook``; ``Click to print (Opens in new window)``): a share
    bar's buttons. A headline naming a network over the bar is shaped as none of them."""
    text = texts[i]
    if word_count(text) > _SHARE_WORDS:
        return False
    mine = networks_in(text)
    if len(mine) >= 2 and len(_NETWORKS.sub(" ", text).split()) <= len(mine):
        return True
    return any(
        not networks_in(texts[j]) <= mine and _bar_mates(texts[j], text)
        for j in _around(i, texts, _SHARE_SIDE)
    )


def _around(i: int, texts: Sequence[str], side: int) -> Iterator[int]:
    """The ``side`` lines that are not blank on each side of line ``i``."""
    for step in (-1, 1):
        j, found = i, 0
        while found < side:
            j += step
            if not 0 <= j < len(texts):
                break
            if texts[j].strip():
                found += 1
                yield j
