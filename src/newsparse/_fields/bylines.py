"""Bylines: who wrote the piece (people) and which outlet is credited.

Outlet names go to ``source`` and never to ``authors``; names printed in
capitals are put in display case; ``By X in City`` loses the city.
A byline that holds anything but names and outlets is refused (``None``),
so a sentence is never read as a list of authors.
"""

from __future__ import annotations

import re

import attrs

__all__ = ["Byline", "display_case", "is_outlet", "parse_byline"]

_OUTLETS = {
    name.lower(): name
    for name in (
        "CGTN", "CCTV", "CGTN Radio", "China Daily", "China Daily Global", "chinadaily.com.cn",
        "China Daily Asia", "China Daily Hong Kong", "Xinhua", "Xinhua News Agency", "Global Times",
        "People's Daily", "People's Daily Online", "China News Service", "ECNS", "China.org.cn",
        "CRI", "China Radio International", "Guangming Daily", "Beijing Review",
        "China Youth Daily", "Agencies", "Reuters", "AP", "Associated Press", "AFP",
        "Agence France-Presse", "Bloomberg", "BBC", "BBC News", "CNN", "NPR", "ABC News",
        "CBS News", "NBC News", "Fox News", "Al Jazeera", "The Guardian", "The New York Times",
        "The Washington Post", "Financial Times", "The Economist", "Kyodo", "Kyodo News",
        "Yonhap", "TASS", "RIA Novosti", "Sputnik", "dpa", "EFE", "ANSA", "IANS", "PTI",
        "Bernama", "Antara", "Anadolu Agency", "VCG", "CFP", "IC", "Getty Images", "EPA",
        "Xinhua/VCG", "Sina", "Caixin", "South China Morning Post", "SCMP", "Nikkei",
        "Nikkei Asia", "Deutsche Welle", "DW", "Euronews", "France 24", "RT", "Politico",
        "Axios", "CNBC", "Newsweek", "Time", "USA Today", "The Hill", "Yahoo News",
    )
}  # fmt: skip
_OUTLET_WORD = re.compile(
    r"(?i)(?:\b(?:news|times|daily|post|press|agency|gazette|herald|tribune|journal|radio|"
    r"television|network|broadcasting|online|media|magazine|wire|newsroom|chronicle)\b|"
    r"\.(?:com|cn|org|net|co\.uk|de|fr)\b)"
)
_PREFIX = re.compile(
    r"(?i)^(?:(?:written|words|reporting|reported|story|text)\s+by|by|von|par|"
    r"por|di|door|av|af|przez|author|authors|reporter|reporters|writer|autor|auteur|автор|"
    r"作者|记者|文)\b\s*[:：]?\s*|^(?:作者|记者|文)\s*[:：|｜]\s*"
)
_PLACE = re.compile(r"\s+in\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*$")
_POSSESSIVE = re.compile(r"^(?P<outlet>.+?)['’]s\s+(?P<rest>.+)$")
_SPLIT = re.compile(r"\s*(?:,\s*and\s+|\band\b|\bund\b|\bet\b|\by\b|\be\b|&|/|,|;|\||、|，)\s*")
_PARTICLES = frozenset(
    [
        "de",
        "da",
        "das",
        "do",
        "dos",
        "du",
        "van",
        "von",
        "der",
        "den",
        "ter",
        "la",
        "le",
        "el",
        "al",
        "bin",
        "binti",
        "ibn",
        "del",
        "della",
        "di",
        "mc",
        "st.",
    ]
)
# "Staff Writer", "Senior Political Correspondent": a job, not a name.
_ROLE = re.compile(
    r"(?i)(?:^|\s)(?:staff|correspondents?|reporters?|writers?|editors?|contributors?|columnists?|"
    r"journalists?|producers?|photographers?|analysts?|commentators?|team|desk|bureau|"
    r"editorial board|news service)$"
)
_CREDENTIAL = re.compile(
    r"^(?:[A-Z]{2,5}|Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?|MBA|MPH|Esq\.?|II|III|IV)$"
)
# "@handle" and "name@host.tld", with the white space before them. Each attempt starts
# at the start of a white-space run, a word or an "@" part (the look-behinds), so a long
# line without spaces is read once, not once from each of its characters.
_HANDLES = re.compile(r"(?<!\s)\s*(?:@\w+|(?<![^\s@])[^\s@]+@[^\s@]+\.\w+)")
# The longest body read as a byline (after handles and prefix are gone), and the longest
# line handed to _HANDLES: handles never make up hundreds of characters of a byline.
_MAX_BODY = 120
_MAX_LINE = 400
# A capitalised word in any alphabet (Latin, Cyrillic, Greek ...), or an initial.
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w.'’\-]*$")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,5}$")
_CJK_NAMES = re.compile(r"^[\u4e00-\u9fff·]{2,5}(?: [\u4e00-\u9fff·]{2,5})+$")


@attrs.frozen(slots=True)
class Byline:
    """A parsed byline."""

    printed: str
    authors: tuple[str, ...] = ()
    source: str | None = None
    place: str | None = None


def is_outlet(text: str) -> bool:
    """True when ``text`` names a news outlet or agency rather than a person."""
    low = text.strip().lower()
    return low in _OUTLETS or bool(_OUTLET_WORD.search(text))


def _outlet_name(text: str) -> str:
    return _OUTLETS.get(text.strip().lower(), text.strip())


def _trailing_outlet(piece: str) -> tuple[str, str | None]:
    """``Kevin McCoy USA TODAY`` -> (``Kevin McCoy``, ``USA Today``)."""
    words = piece.split()
    for k in range(min(4, len(words) - 2), 0, -1):
        tail = " ".join(words[-k:])
        if tail.lower() in _OUTLETS:
            return " ".join(words[:-k]), _OUTLETS[tail.lower()]
    return piece, None


def display_case(name: str) -> str:
    """``OUYANG SHIJIA`` -> ``Ouyang Shijia``; mixed case is left as printed."""

    def fix(token: str) -> str:
        letters = [c for c in token if c.isalpha()]
        if len(letters) > 1 and all(c.isupper() for c in letters):
            return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), token)
        return token

    return " ".join(fix(t) for t in name.split())


_NOT_NAMES = frozenset(
    [
        "the",
        "of",
        "and",
        "in",
        "on",
        "for",
        "to",
        "a",
        "an",
        "with",
        "at",
        "from",
        "by",
        "as",
        "is",
        "are",
        "was",
        "new",
        "how",
        "why",
        "what",
        "who",
        "when",
        "where",
        "this",
        "that",
        "news",
        "world",
        "china",
        "opinion",
        "business",
        "home",
        "video",
        "live",
        "photos",
        "sports",
        "analysis",
        "review",
        "update",
        "breaking",
        "exclusive",
    ]
)


def _is_name(text: str) -> bool:
    if _CJK_NAME.match(text):
        return True
    tokens = text.split()
    if any(t.lower() in _NOT_NAMES for t in tokens):
        return False
    if not 1 <= len(tokens) <= 5 or len(text) > 48:
        return False
    capitals = 0
    for token in tokens:
        if token.lower() in _PARTICLES:
            continue
        if not (_NAME_TOKEN.match(token) and token[0].isupper()) or any(c.isdigit() for c in token):
            return False
        capitals += 1
    # One word alone is a name only in capitals-and-lower form, e.g. "Khalid".
    return capitals >= 1 and (len(tokens) > 1 or len(text) > 2)


def parse_byline(text: str, *, require_prefix: bool = False) -> Byline | None:
    """Read ``text`` as a byline; None when it is not one.

    ``require_prefix``: accept only bylines that open with "By" (or its
    equivalent), for lines whose position says nothing.
    """
    printed = text.strip()
    body = printed
    prefix = _PREFIX.match(body)
    if prefix:
        body = body[prefix.end() :]
    elif require_prefix:
        return None
    if len(body) > _MAX_LINE:
        return None
    body = _HANDLES.sub("", body).strip(" .,:;|-–—")
    if not body or len(body) > _MAX_BODY:
        return None
    place = None
    m = _PLACE.search(body)
    if m:
        place, body = m.group("place"), body[: m.start()]
    source = None
    authors: list[str] = []
    m = _POSSESSIVE.match(body)
    if m and is_outlet(m.group("outlet")):
        source = _outlet_name(m.group("outlet"))
        body = m.group("rest")
    # The whole byline is an outlet only when it is one name ("JANE DOE, Associated
    # Press" is a person and an outlet).
    if body.strip().lower() in _OUTLETS or (is_outlet(body) and len(_SPLIT.split(body)) == 1):
        return Byline(printed, (), source or _outlet_name(body), place)
    pieces = _SPLIT.split(body)
    # Chinese bylines list names with spaces: "记者 张三 李四".
    pieces = [
        p for piece in pieces for p in (piece.split() if _CJK_NAMES.match(piece) else [piece])
    ]
    for piece in pieces:
        piece = piece.strip(" .")
        if not piece or _ROLE.search(piece):
            continue
        if authors and _CREDENTIAL.match(piece) and not is_outlet(piece):
            continue  # "Jane Doe, MS, RDN": degrees after a name
        piece, outlet = _trailing_outlet(piece)
        if outlet is not None:
            source = source or outlet
        if is_outlet(piece):
            source = source or _outlet_name(piece)
        elif _is_name(piece) and (prefix or len(piece.split()) > 1):
            name = display_case(piece)
            if name not in authors:
                authors.append(name)
        else:
            return None
    if not authors and source is None:
        return None
    return Byline(printed, tuple(authors), source, place)
