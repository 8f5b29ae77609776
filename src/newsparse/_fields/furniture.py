"""Page furniture: lines that belong to the page, not to the article.

Patterns are data, each with the rule name ``explain`` shows. ``LINE``
patterns drop one line wherever it is; ``TAIL`` patterns, once the body
has begun, drop their line and everything after it.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from .furniture_words import BUTTONS, READ_ALSO, RELATED, RIGHTS_NOTICES, Words

__all__ = ["LINE", "TAIL", "Rule", "combine", "match", "matcher"]

#: A rule: its name, its pattern (searched in the line; built-in patterns are
#: anchored with ``^``) and optionally the lower-case keywords of which one
#: must occur for the pattern to be tried.
#: Keywords pay off only for patterns that scan the line (``.*cookie``):
#: anchored patterns are cheaper in the combined regex.
#: A rule may also test words instead of a pattern (:class:`.furniture_words.Words`).
Rule = (
    tuple[str, "re.Pattern[str] | Words"] | tuple[str, "re.Pattern[str] | Words", tuple[str, ...]]
)


def _r(name: str, pattern: str, *keywords: str) -> Rule:
    return name, re.compile(pattern), keywords


LINE: tuple[Rule, ...] = (
    _r(
        "furniture.cookie",
        r"(?i)^(?=.{0,400}$).*\b(?:cookie policy|use of cookies|cookie settings|cookies? preferences|"
        r"privacy statement|accept (?:all )?cookies|we use cookies|uses cookies)\b",
        "cookie",
        "privacy",
    ),
    _r(
        "furniture.button",
        r"(?i)^(?:i agree|i accept|accept|accept all|agree|ok|got it|reject all|decline|"
        r"manage (?:cookies|preferences|settings|options)|more options|continue)\W*$",
    ),
    _r(
        "furniture.copyright",
        # (ⓒ, the circled c, is the copyright sign of Korean pages)
        r"(?i)^(?:(?:copyright\s*(?:[©ⓒ]|\(c\)|\d{4}|by\b)|[©ⓒ]|\(c\)\s*\d{4}).*|.{0,200}\ball rights reserved\W*|"
        # "... may not be published, broadcast ... © 2019 Outlet. All rights reserved. ..."
        r"(?=.{0,400}$).{0,200}(?:[©ⓒ]|\(c\)|copyright)\s*\d{4}.{0,100}\ball rights reserved\b.*|"
        r"(?=.{0,400}$)(?:this|the) material may not be (?:published|reproduced|copied)\b.*)$",
        "copyright",
        "©",
        "ⓒ",
        "(c)",
        "rights reserved",
        "material may not",
    ),
    # The same notice in words (Korean, Chinese, Japanese footers): a short line with a
    # copyright sign, or that ends with the ban (a sentence about reprints does not).
    _r(
        "furniture.copyright",
        r"^(?=.{0,120}$)(?:.*(?:[©ⓒ]|\([cC]\)|[Cc]opyright|COPYRIGHT)|.*(?:금지|금지합니다|转载|轉載"
        r"|版权所有|版權所有|禁じます|禁止します)[\W_]*$)",
        *RIGHTS_NOTICES,
    ),
    # The BBC's stand-in for a video its copy could not play.
    _r(
        "furniture.media-playback",
        r"(?i)^media playback is (?:unsupported|not supported) on your device\W*$",
    ),
    _r("furniture.page-ids", r"^\d{5,}(?:\s+\d{5,})*$"),
    _r("furniture.byline-json", r'^\{\s*"(?:type|value|commentator)"\s*:.*\}\s*$'),
    _r(
        "furniture.read-more",
        r"(?i)^(?:read more|read also|also read|see also|related|recommended|more from|"
        r"click here|watch|listen)\s*[:：>»-].{0,200}$",
    ),
    _r(
        "furniture.share",
        r"(?i)^(?:share|share this(?: article| story| page)?|share on \w+|tweet|e-?mail|print|facebook|"
        r"twitter|x|linkedin|whatsapp|wechat|weibo|telegram|reddit|copy link|link copied|copied|comments?|"
        r"\d+ comments?|advertisement|advertising|advert|ad|sponsored|subscribe(?: now)?|sign up|"
        r"log ?in|log ?out|sign in|register|menu|search|close|back to top|top|next|previous|"
        r"skip to (?:main )?content|listen|listen to this (?:article|story)|listen now|now playing|"
        r"play video|watch video|watch now|follow us(?: on \w+)?|"
        r"download (?:the |our )?app|font size|a\+|a-|more|home|loading\.*|view comments|"
        r"save|bookmark|print this article|newsletter)\W*$",
    ),
    _r(
        "furniture.contribute",
        r"(?i)^\(?\s*if you (?:want|would like|wish|have a specific expertise)\b.{0,300}"
        r"(?:opinions?@|contribut|expertise).{0,300}$",
    ),
    _r(
        "furniture.disclaimer",
        r"(?i)^\(?\s*the views (?:do not|don['’]t|expressed)\b.{0,200}(?:necessarily|reflect).{0,200}$",
    ),
    _r(
        "furniture.contributors",
        r"(?i)^(?:\(?(?:additional )?(?:reporting|writing|editing|compiled|produced)(?: by)?\b.{0,200}"
        r"(?:;|\bediting by\b|\bwriting by\b).{0,200}|(?:reporting|editing) by [^.]{2,120})\)?$",
    ),
    _r(
        "furniture.relative-time",
        r"(?i)^(?:(?:last )?updated|published|posted|modified)?\s*:?\s*(?:\d+|an?|one)\s+(?:seconds?|secs?|"
        r"minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?)\s+ago\W*$|^(?:updated\s+)?(?:just now|yesterday)$",
    ),
    _r(
        "furniture.reading-time",
        r"(?i)^(?:(?:estimated )?reading time|read time|lesezeit|temps de lecture|tiempo de lectura|"
        r"tempo di lettura|leestijd)?\s*:?\s*\d{1,3}\s*(?:-\s*\d{1,3}\s*)?"
        r"(?:min(?:ute)?s?\.?|mins?\.?|m)(?:\s+(?:read|reading|de lecture|lesezeit|de lectura|"
        r"di lettura|leestijd|to read))?$",
    ),
    _r("furniture.duration", r"^(?:\d{1,2}:)?\d{1,2}:\d{2}$"),
    # A video's view count: "1.2K views", "12.345 Aufrufe".
    _r(
        "furniture.views",
        r"(?i)^[\d.,\s]{1,12}\s?(?:[km]|mil|mio\.?|тыс\.?)?\s?(?:views|plays|aufrufe|vues|"
        r"visualizaciones|reproducciones|visualizações|visualizzazioni|weergaven|visningar|"
        r"wyświetle[nń]\w*|zhlédnutí|просмотр\w*|görüntülenme|x ditonton|lượt xem|مشاهدة|"
        r"次观看|次播放|回再生|회 조회|조회수)\W*$",
    ),
    _r(
        "furniture.distance-widget", r"(?i)^[\d,.]+\s?(?:km|miles|mi) (?:to|from) [A-Z][\w ]{1,30}$"
    ),
    _r("furniture.sources", r"(?i)^sources?(?:\(s\))?\s*[:：]\s*[^|]{2,80}$"),
    # An editor's credit on its own line (Chinese pages): never an author, never body.
    _r(
        "furniture.editor",
        r"^[（(【\[]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]\s*[^()（）【】\[\]]{1,30}[)）】\]]?$",
        "编",
        "編",
    ),
    _r(
        "furniture.promo",
        # (after a teaser's short question: "Want more? Subscribe to ...")
        r"(?i)^(?:[^.?!:]{2,40}\?\s+)?(?:sign up|subscribe|download|get (?:the|our) (?:app|newsletter)|"
        r"join our|follow us|click here|tap here|already a subscriber|create (?:a free|an) account|"
        r"suscríbete|abonnez-vous|abonnieren sie|iscriviti|inscreva-se|assine)"
        r"\b.{0,100}$",
    ),
    # A sign-up box, not any line naming a newsletter (a headline may be about one).
    _r(
        "furniture.newsletter",
        r"(?i)^(?=.{0,140}$)(?:.*\b(?:sign ?up|subscribe|join|get|receive|our|free)\b.{0,50}"
        r"\bnewsletters?\b|newsletters?\b.{0,60}$)",
        "newsletter",
    ),
    _r(
        "furniture.follow",
        r"(?i)^\(?\s*follow\b.{0,80}\bon (?:x|twitter|facebook|instagram)\b.{0,200}$",
    ),
    # The same in the other languages of the web, read by words (``furniture_words``).
    ("furniture.read-more", READ_ALSO),
    ("furniture.share", BUTTONS),
)

TAIL: tuple[Rule, ...] = (
    _r(
        "tail.related",
        r"(?i)^(?:related(?: stories| story| articles?| news| content| coverage| reading| posts| links| topics)?|more stories|"
        r"more news|more from [\w .]{1,40}|search trends|you (?:might|may) also like|recommended"
        r"(?: for you| stories| articles)?|most (?:read|popular|viewed|shared)|popular(?: now| stories)?|"
        r"latest(?: news| stories)?|top stories|trending(?: now| stories)?|read next|further reading|"
        r"editor['’]s picks?|what to read next|"
        r"more on this (?:story|topic)|in other news|hot topics?|recommended reading|"
        r"explore more|more (?:articles|posts)|related (?:reads|resources|guides))\W*$",
    ),
    # The boxes under an article: its comments, its author's card, its tags, the next and
    # previous posts. Unlike a list of stories, these are never set into the article.
    _r(
        "tail.comments",
        r"(?i)^(?:leave a (?:comment|reply)|\d* ?comments?|"
        r"about the authors?|the authors?|post navigation|tags|categories)\W*$",
    ),
    ("tail.related", RELATED),
    _r("tail.copyright", r"(?i)^(?:copyright\s*(?:©|\(c\)|\d{4}|by\b)|©|\(c\)\s*\d{4})"),
)


#: A rule tried apart: its name, its test (``match`` or ``search``), its keywords and
#: the longest line it can match (-1: no bound).
_Keyed = tuple[str, Callable[[str], object], tuple[str, ...], int]
# A pattern that opens by bounding the line's length: ``^(?=.{0,400}$)``.
_BOUNDED = re.compile(r"(?:\(\?i\))?\^\(\?=\.\{0,(\d+)\}\$\)")
_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_BACKREF = re.compile(r"\\\d|\(\?P=")


def _combinable(rx: re.Pattern[str]) -> bool:
    """A pattern that keeps its meaning inside a larger alternation."""
    source = rx.pattern.removeprefix("(?i)")
    return not rx.groupindex and not _BACKREF.search(source) and not _GLOBAL_FLAGS.search(source)


@lru_cache(maxsize=64)
def combine(
    rules: tuple[Rule, ...],
) -> tuple[re.Pattern[str], dict[str, str], tuple[_Keyed, ...]]:
    """Prepare rules so that a line costs one regex match, not one per rule.

    Rules without keywords go into one alternation (matched with ``.match``;
    ``m.lastgroup`` maps back to the rule's name). Rules with keywords, and
    patterns that would change meaning inside an alternation (named groups,
    back references, inline flags), are returned apart, to be tried one by
    one (when one of their keywords occurs in the line, if they have any).
    """
    parts, names, apart = _prepare(rules)
    return re.compile("|".join(parts) or "(?!)"), names, apart


@lru_cache(maxsize=64)
def _prepare(
    rules: tuple[Rule, ...],
) -> tuple[tuple[str, ...], dict[str, str], tuple[_Keyed, ...]]:
    """The alternatives of :func:`combine`'s alternation, their names, and the rules apart."""
    parts = []
    names: dict[str, str] = {}
    apart: list[_Keyed] = []
    for k, rule in enumerate(rules):
        name, rx = rule[0], rule[1]
        keywords = rule[2] if len(rule) > 2 else ()
        if isinstance(rx, Words):
            # (Without labels, a line longer than its longest phrase is none of them.)
            apart.append((name, rx.match, (), -1 if rx.labels else rx.longest))
            continue
        if keywords or not _combinable(rx):
            anchored = not keywords and rx.pattern.startswith(("^", "(?i)^"))
            test = rx.match if anchored else rx.search
            apart.append((name, test, tuple(keywords), _longest(rx)))
            continue
        source = rx.pattern
        flags = ""
        if source.startswith("(?i)"):
            source, flags = source[4:], "i"
        if rx.flags & re.IGNORECASE:
            flags = "i"
        if not source.startswith("^"):
            source = ".*?" + source  # a search becomes a match
        group = f"r{k}"
        names[group] = name
        body = f"(?{flags}:{source})" if flags else f"(?:{source})"
        parts.append(f"(?P<{group}>{body})")
    return tuple(parts), names, tuple(apart)


# --- the rules a line's first character allows -------------------------------------
#
# A line's first character rules most alternatives out ("Share" can be neither a page id
# nor a reading time), but the regex engine tries each of them in turn. So the characters
# that can open each alternative are read from its parsed pattern (Python's own parser),
# and a line is matched against the alternatives its first character allows, one by one
# in their order: the same first match, for two thirds of the cost. An alternative whose
# start the reader cannot bound (``.*``, a back reference, an empty match) is always
# tried. (One alternation per set of allowed rules would be faster still, but compiling
# each set costs milliseconds: more than a short batch saves.)

try:  # Python's regex parser: re._parser since 3.11, sre_parse before
    _sre: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _sre = importlib.import_module("sre_parse")

_CATEGORIES = {
    getattr(_sre, name): text
    for name, text in (
        ("CATEGORY_DIGIT", r"\d"),
        ("CATEGORY_NOT_DIGIT", r"\D"),
        ("CATEGORY_SPACE", r"\s"),
        ("CATEGORY_NOT_SPACE", r"\S"),
        ("CATEGORY_WORD", r"\w"),
        ("CATEGORY_NOT_WORD", r"\W"),
    )
    if hasattr(_sre, name)
}
_ZERO_WIDTH = tuple(getattr(_sre, n) for n in ("AT", "ASSERT", "ASSERT_NOT") if hasattr(_sre, n))
_REPEATS = tuple(
    getattr(_sre, n) for n in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") if hasattr(_sre, n)
)
_FIRST_CACHE = 4096  # first characters remembered per matcher (CJK text has thousands)


class _Unbounded(Exception):
    """The start of a pattern that the reader cannot bound: any character may open it."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


def _scoped(fragment: str, flags: int) -> str:
    """``fragment`` under the flags in force where it stands (case, ASCII classes)."""
    letters = ("i" if flags & re.IGNORECASE else "") + ("a" if flags & re.ASCII else "")
    return f"(?{letters}:{fragment})" if letters else fragment


def _class(items: Sequence[tuple[Any, Any]]) -> str:
    parts = []
    for op, av in items:
        if op is _sre.NEGATE:
            parts.append("^")
        elif op is _sre.LITERAL:
            parts.append(_char(av))
        elif op is _sre.RANGE:
            parts.append(f"{_char(av[0])}-{_char(av[1])}")
        elif op is _sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unbounded
    return "[" + "".join(parts) + "]"


def _first(items: Sequence[tuple[Any, Any]], flags: int, out: list[str]) -> bool:
    """Add to ``out`` the classes of the first character a match of ``items`` consumes;
    True when the sequence can match the empty string (what follows may open it then)."""
    for op, av in items:
        if op is _sre.LITERAL:
            out.append(_scoped(_char(av), flags))
        elif op is _sre.NOT_LITERAL:
            out.append(_scoped(f"[^{_char(av)}]", flags))
        elif op is _sre.IN:
            out.append(_scoped(_class(av), flags))
        elif op in _ZERO_WIDTH:
            continue
        elif op is _sre.SUBPATTERN:
            _group, add, remove, sub = av
            if _first(sub, (flags | add) & ~remove, out):
                continue
        elif op is _sre.BRANCH:
            if any([_first(seq, flags, out) for seq in av[1]]):  # every branch's classes
                continue
        elif op in _REPEATS:
            low, _high, sub = av
            if _first(sub, flags, out) or low == 0:
                continue
        elif op is getattr(_sre, "ATOMIC_GROUP", None):
            if _first(av, flags, out):
                continue
        else:  # any character, a back reference, a conditional: no bound
            raise _Unbounded
        return False
    return True


def _first_test(part: str) -> re.Pattern[str] | None:
    """A regex matching every character that can open a match of ``part``; None when
    the reader cannot bound it."""
    out: list[str] = []
    try:
        if _first(_sre.parse(part), 0, out):
            return None  # an empty match: any line
        return re.compile("|".join(dict.fromkeys(out)))
    except (_Unbounded, re.error, TypeError, ValueError, AttributeError):
        return None


# Two characters rule out more than one: "Share" opens with "sh", a paragraph's "The"
# with "th", which no rule of the share buttons opens with ("tweet", "top", ...) though
# some open with a "t". The heads of a pattern are the classes of its first two
# characters, read from the parsed pattern as the first character's are; a line is
# matched against the alternatives whose heads its first two characters fit.

_HEAD = 2  # characters
_MOST_HEADS = 400  # more heads (a product of branches) and the first character decides

#: The classes a match opens with, and whether the match may be exactly those
#: characters (what follows the item then comes next) or goes on unknown (the same
#: classes both ways: unknown, which allows more).
_Heads = list[tuple[tuple[str, ...], bool]]


def _sequence_heads(items: Sequence[tuple[Any, Any]], flags: int) -> _Heads:
    heads: _Heads = [((), True)]
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if all(not exact or len(classes) >= _HEAD for classes, exact in heads):
            break
        item = _item_heads(op, av, flags)
        joined: dict[tuple[str, ...], bool] = {}
        for classes, exact in heads:
            if not exact or len(classes) >= _HEAD:
                joined[classes] = joined.get(classes, True) and exact
                continue
            for more, more_exact in item:
                both = (classes + more)[:_HEAD]
                joined[both] = joined.get(both, True) and more_exact and len(both) < _HEAD
        if len(joined) > _MOST_HEADS:
            raise _Unbounded
        heads = list(joined.items())
    return heads


def _item_heads(op: Any, av: Any, flags: int) -> _Heads:
    if op is _sre.LITERAL:
        return [((_scoped(_char(av), flags),), True)]
    if op is _sre.NOT_LITERAL:
        return [((_scoped(f"[^{_char(av)}]", flags),), True)]
    if op is _sre.IN:
        return [((_scoped(_class(av), flags),), True)]
    if op is _sre.SUBPATTERN:
        _group, add, remove, sub = av
        return _sequence_heads(sub, (flags | add) & ~remove)
    if op is _sre.BRANCH:
        return [head for seq in av[1] for head in _sequence_heads(seq, flags)]
    if op in _REPEATS:
        low, high, sub = av
        once = _sequence_heads(sub, flags)
        if high != 1:  # another round may follow the first: unknown after it
            once = [(classes, False) for classes, _exact in once]
        return [((), True), *once] if low == 0 else once
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        return _sequence_heads(av, flags)
    return [((), False)]  # any character, a back reference, a conditional: unknown


def _head_test(part: str) -> re.Pattern[str] | None:
    """A regex matching every start of a line (its first two characters) that a match
    of ``part`` can open with; :func:`_first_test` (the first character) when the
    heads are too many; None when the reader cannot bound the start."""
    try:
        parsed = _sre.parse(part)
        heads = _sequence_heads(parsed, getattr(getattr(parsed, "state", None), "flags", 0))
    except _Unbounded:
        return _first_test(part)
    except (re.error, TypeError, ValueError, AttributeError):
        return None
    if any(not classes for classes, _exact in heads):
        return None  # an empty start: any line
    return re.compile("|".join(dict.fromkeys("".join(classes) for classes, _ in heads)))


#: The regexes to try on a line, in order, each with the name of its rule (None: the
#: name is the match's ``lastgroup``).
_Tries = tuple[tuple[re.Pattern[str], str | None], ...]


@lru_cache(maxsize=64)
def _by_first_char(parts: tuple[str, ...], names: tuple[str, ...]) -> Callable[[str], _Tries]:
    """The alternatives of ``parts`` that a line opening with given characters needs
    (the first two: see :func:`_head_test`).

    Kept for equal rules given anew (reading the patterns costs milliseconds).
    """
    heads = [_head_test(part) for part in parts]
    firsts = [_first_test(part) for part in parts]
    if all(test is None for test in (*heads, *firsts)):  # every alternative, everywhere
        whole: _Tries = ((re.compile("|".join(parts) or "(?!)"), None),)
        return lambda start: whole
    each = [(re.compile(part), name) for part, name in zip(parts, names, strict=True)]
    chosen: dict[str, _Tries] = {}  # by the first two characters, both ASCII
    chosen_first: dict[str, _Tries] = {}  # by the first character alone

    def allowed(start: str) -> _Tries:
        """The tries of a line opening with ``start`` (its first two characters): read
        by both when they are ASCII, by the first alone otherwise (CJK text has too many
        pairs to remember)."""
        if start.isascii():
            key, tests, cache = start, heads, chosen
        else:
            key, tests, cache = start[:1], firsts, chosen_first
        tries = cache.get(key)
        if tries is None:
            tries = tuple(
                each[k] for k, test in enumerate(tests) if test is None or (key and test.match(key))
            )
            if len(cache) >= _FIRST_CACHE:
                cache.clear()
            cache[key] = tries
        return tries

    return allowed


def _longest(rx: re.Pattern[str]) -> int:
    """The longest line ``rx`` can match, by the bound it opens with; -1 without one.

    Long lines (paragraphs) then skip the rule's keywords and its search.
    """
    bound = _BOUNDED.match(rx.pattern)
    if bound is None or rx.flags & re.MULTILINE:
        return -1
    return int(bound.group(1)) + 1  # ``$`` also matches before a final newline


#: Matchers by the id of their rules (kept with them, so that the id stays theirs):
#: hashing a tuple of rules costs more than a parse needs for a short dump.
_MATCHERS: dict[int, tuple[tuple[Rule, ...], Callable[[str], str | None]]] = {}


def matcher(rules: tuple[Rule, ...]) -> Callable[[str], str | None]:
    """A function giving the name of the first rule that matches a line, or None.

    Build it once per document (or keep it): preparing the rules costs more
    than matching one line.
    """
    hit = _MATCHERS.get(id(rules))
    if hit is not None and hit[0] is rules:
        return hit[1]
    parts, names, keyed = _prepare(rules)
    allowed = _by_first_char(parts, tuple(names.values()))

    def match(text: str) -> str | None:
        if keyed:
            # Substring tests in C; an IGNORECASE regex alternation is ten times slower.
            low = text.lower()
            size = len(text)
            for name, test, keywords, longest in keyed:
                if size > longest >= 0:
                    continue
                if not keywords:
                    if test(text):
                        return name
                    continue
                for k in keywords:
                    if k in low:
                        if test(text):
                            return name
                        break
        for rx, rule in allowed(text[:_HEAD]):
            m = rx.match(text)
            if m:
                return rule or names[m.lastgroup or ""]
        return None

    if len(_MATCHERS) >= 64:
        _MATCHERS.clear()
    _MATCHERS[id(rules)] = (rules, match)
    return match


def match(rules: tuple[Rule, ...], text: str) -> str | None:
    """The name of the first rule that matches ``text``, else None."""
    return matcher(rules)(text)
