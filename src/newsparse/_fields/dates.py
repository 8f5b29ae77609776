"""Dates as dumps print them, turned into ``date`` or aware ``datetime``.

Rules: a time with a zone (printed, or the outlet's known zone passed as
``default_tz``) gives an aware datetime; a time without any zone gives only
the day, since guessing the zone would invent a fact; a day alone gives a
``date``. Buddhist-era years (2400 and up) are converted.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator

import attrs
from dateutil import tz as _tz

__all__ = ["BEIJING", "DateMatch", "date_line", "find_dates", "parse_tz", "published_updated"]

BEIJING = dt.timezone(dt.timedelta(hours=8))

_MONTHS = {
    # English
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "outubro": 10, "dezembro": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    # Indonesian and Malay
    "maret": 3, "agustus": 8, "desember": 12, "okt": 10, "mac": 3, "ogos": 8, "disember": 12,
    # Turkish
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # Polish (genitive)
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
    "grudnia": 12,
    # Russian (genitive, as dates print them)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
}  # fmt: skip

# Zone abbreviations with one meaning; the ambiguous (CST, IST) are left out.
_ZONES: dict[str, str | float] = {
    "gmt": 0, "utc": 0, "z": 0, "wet": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2,
    "eest": 3, "msk": 3, "est": -5, "edt": -4, "cdt": -5, "mst": -7, "mdt": -6,
    "pst": -8, "pdt": -7, "akst": -9, "hst": -10, "jst": 9, "kst": 9, "hkt": 8,
    "sgt": 8, "bjt": 8, "pht": 8, "wib": 7, "wita": 8, "wit": 9, "ict": 7, "aest": 10, "aedt": 11,
    "nzst": 12, "nzdt": 13,
    "et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver",
    "pt": "America/Los_Angeles",
}  # fmt: skip

_MONTH_RE = "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True))
_TIME = (
    r"(?P<H>\d{1,2})[:.h](?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"(?:\s*(?P<ampm>[ap]\.?\s?m\.?))?"
)
_ZONE = (
    r"(?:\s*\(?(?P<zone>(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|Z\b"
    r"|(?:GMT|UTC|[A-Z]{2,4}T|ET|CT|MT|PT|WIB|WITA|MSK)\b|Beijing [Tt]ime)\)?)?"
)
_SEP = r"(?:\s*(?:,|\bat\b|\bum\b|\bà\b|\ba las\b|\bàs\b|\balle\b|\bom\b|-|\||T|\s)\s*)"

# A month name, in any case, is a run of letters: lookaheads on that spare the long
# case-blind alternation of month names at most places it would be tried.
_LETTERS = r"[^\W\d_]+"

_PATTERNS = [
    # 2025-10-29 23:38 GMT+8, 2025.10.29, 2019/01/16, 2024-03-12T10:30:00Z, 2025年10月29日
    re.compile(
        r"(?<![\d.])(?P<y>\d{4})(?P<d1>[-./]|年\s?)(?P<m>\d{1,2})(?:(?P=d1)|月\s?)(?P<d>\d{1,2})日?"
        rf"(?![\d])(?:{_SEP}?{_TIME})?{_ZONE}"
    ),
    # 10:30 AM EDT, Tue March 12, 2024 (CNN, AP: the time first)
    re.compile(
        rf"(?i)(?<![\d:]){_TIME}{_ZONE},?\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
        rf"(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"
    ),
    # 3:04 PM GMT+1, Sun 12 May 2024
    re.compile(
        rf"(?i)(?<![\d:]){_TIME}{_ZONE},?\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
        rf"(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_RE})\.?,?\s+(?P<y>\d{{4}})\b"
    ),
    # 19:49, 21-Jan-2019 (CGTN 2019)
    re.compile(
        rf"(?<!\d){_TIME}\s*,?\s*(?P<d>\d{{1,2}})-(?P<mon>[A-Za-z]{{3}})-(?P<y>\d{{4}}){_ZONE}"
    ),
    # October 30, 2025 [10:30 a.m. EST]
    re.compile(
        rf"(?i)\b(?={_LETTERS}\.?\s+\d)(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b"
        rf"(?:{_SEP}{_TIME})?{_ZONE}"
    ),
    # 30 October 2025, 12. März 2024, 12 de marzo de 2024
    re.compile(
        rf"(?i)(?<![\d.])(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+)?"
        rf"(?={_LETTERS}\.?,?\s+(?:de\s+|del\s+)?\d{{4}}\b)(?P<mon>{_MONTH_RE})\.?,?"
        rf"\s+(?:de\s+|del\s+)?(?P<y>\d{{4}})\b(?:{_SEP}{_TIME})?{_ZONE}"
    ),
    # 12.03.2024 [10:30] (day first, the only reading of dots)
    re.compile(
        rf"(?<![\d.])(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>\d{{4}})(?![\d])(?:{_SEP}?{_TIME})?{_ZONE}"
    ),
]

_PREFIX = re.compile(
    r"(?i)^(?:(?P<upd>(?:last\s+)?updated?|modified|aktualisiert|mis\s+à\s+jour|actualizado|"
    r"atualizado|aggiornato|bijgewerkt|更新(?:时间)?)|published|posted|publicado|publié|"
    r"veröffentlicht|pubblicato|gepubliceerd|first published|date|dated|time|stand|datum|fecha|"
    r"data|发布时间|发布|时间|日期)"
    r"(?:\s+(?:on|at|le|am|el|em|il|op))?\s*[:：]?\s*"
)
_WEEKDAY = re.compile(
    r"(?i)^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+|^(?:montag|dienstag|mittwoch|donnerstag|"
    r"freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|"
    r"miércoles|jueves|viernes|sábado|domingo),?\s+"
)
_LEFTOVER = re.compile(r"(?i)^[\s|,;:·•—–\-()\[\].]*(?:uhr|hrs?|h)?[\s.]*$")


# Every pattern above needs a four-digit year: a cheap test that spares the seven scans.
_YEAR = re.compile(r"\d{4}")
# The patterns led by a time need one: its hour, separator and minutes.
_TIME_FIRST = re.compile(r"(?i)\d[:.h]\d{2}")
# The patterns led by a month name get a gate: the pattern with the month as any
# run of letters, so no line they match fails it.
_GATES = (
    None,
    _TIME_FIRST,
    _TIME_FIRST,
    _TIME_FIRST,
    re.compile(rf"(?i)\b{_LETTERS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b"),
    re.compile(
        rf"(?i)(?<![\d.])\d{{1,2}}(?:st|nd|rd|th|er|\.|º)?\s*(?:de\s+)?{_LETTERS}\.?,?"
        rf"\s+(?:de\s+|del\s+)?\d{{4}}\b"
    ),
    None,
)

_UPDATED_SPLIT = re.compile(
    r"(?i)\s*(?:[|·•,;]\s*)?(?=\b(?:last\s+)?(?:updated|modified|aktualisiert|mis\s+à\s+jour|"
    r"actualizado|atualizado|aggiornato)\b)"
)


@attrs.frozen(slots=True)
class DateMatch:
    """A date found in text: its value, where it was, and what it was called."""

    value: dt.date | dt.datetime
    start: int
    end: int
    updated: bool = False


def parse_tz(zone: str | None, default: dt.tzinfo | None) -> dt.tzinfo | None:
    """The tzinfo of a printed zone (``GMT+8``, ``+0800``, ``EST``), else ``default``."""
    if not zone:
        return default
    known, tzinfo = _zone(zone)
    return tzinfo if known else default


_OFFSET = re.compile(r"(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?")


@functools.lru_cache(maxsize=512)
def _zone(zone: str) -> tuple[bool, dt.tzinfo | None]:
    """Whether a printed zone is one we know, and its tzinfo (cached: zones repeat)."""
    z = zone.strip().strip("()").replace(" ", "")
    low = z.lower()
    if low == "beijingtime":
        return True, BEIJING
    m = _OFFSET.fullmatch(low)
    if m:
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if hours > 14 or minutes > 59:
            return True, None
        sign = 1 if m.group(1) == "+" else -1
        return True, dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    known = _ZONES.get(low)
    if known is None:
        return False, None
    if isinstance(known, str):
        return True, _tz.gettz(known)
    return True, dt.timezone(dt.timedelta(hours=known))


def _build(m: re.Match[str], default_tz: dt.tzinfo | None) -> dt.date | dt.datetime | None:
    g = m.groupdict()
    try:
        year = int(g["y"])
        month = int(g["m"]) if g.get("m") else _MONTHS[g["mon"].lower().rstrip(".")]
        day = int(g["d"])
    except (KeyError, ValueError):
        return None
    if year >= 2400:  # Buddhist era, seen on China Daily pages
        year -= 543
    if not 1900 <= year <= 2200:
        return None
    try:
        day_value = dt.date(year, month, day)
    except ValueError:
        return None
    if g.get("H") is None:
        return day_value
    hour, minute, second = int(g["H"]), int(g["M"]), int(g.get("S") or 0)
    ampm = (g.get("ampm") or "").replace(".", "").replace(" ", "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return day_value
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return day_value
    zone = parse_tz(g.get("zone"), default_tz)
    if zone is None:
        return day_value
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=zone)


def find_dates(text: str, default_tz: dt.tzinfo | None = None) -> Iterator[DateMatch]:
    """Every date in ``text``, in order of position, without overlaps."""
    if _YEAR.search(text) is None:
        return
    # In order of position and without overlaps, so one pass along it per pattern
    # finds what a match overlaps (a pairwise test is quadratic in a list of dates).
    found: list[DateMatch] = []
    for pattern, gate in zip(_PATTERNS, _GATES, strict=True):
        if gate is not None and gate.search(text) is None:
            continue
        added: list[DateMatch] = []
        k = 0
        for m in pattern.finditer(text):
            while k < len(found) and found[k].end <= m.start():
                k += 1
            if k < len(found) and found[k].start < m.end():
                continue
            value = _build(m, default_tz)
            if value is not None:
                added.append(DateMatch(value, m.start(), m.end()))
        if added:
            found = sorted(found + added, key=lambda f: f.start)
    yield from found


def date_line(text: str, default_tz: dt.tzinfo | None = None) -> DateMatch | None:
    """The date when ``text`` is a date line and nothing more, e.g. ``Updated 2025.10.29``.

    ``updated`` is set when the line says so (``Updated``, ``Modified`` ...).
    """
    if len(text) > 80 or _YEAR.search(text) is None:
        return None
    prefix = _PREFIX.match(text)
    rest = text[prefix.end() :] if prefix else text
    rest = _WEEKDAY.sub("", rest, count=1)
    matches = list(find_dates(rest, default_tz))
    if len(matches) != 1:
        return None
    match = matches[0]
    leftover = rest[: match.start] + rest[match.end :]
    if not _LEFTOVER.match(leftover):
        return None
    updated = bool(prefix and prefix.group("upd"))
    return DateMatch(match.value, match.start, match.end, updated)


def published_updated(
    text: str, default_tz: dt.tzinfo | None = None
) -> tuple[DateMatch | None, DateMatch | None] | None:
    """``Published March 12, 2024 Updated March 13, 2024``: both dates of one line.

    Returns ``(published, updated)`` when the line is made of two date
    lines, the second one saying it is an update; else None.
    """
    if len(text) > 160 or _YEAR.search(text) is None:
        return None
    parts = _UPDATED_SPLIT.split(text, maxsplit=1)
    if len(parts) != 2 or not parts[0].strip():
        return None
    first = date_line(parts[0].strip(" |·•,;"), default_tz)
    second = date_line(parts[1].strip(), default_tz)
    if first is None or first.updated:
        return None
    if second is None:
        # "Updated 2 hours ago": the update time is not printed, the first date stands.
        return (first, None) if len(parts[1]) < 40 and "ago" in parts[1].lower() else None
    return first, second
