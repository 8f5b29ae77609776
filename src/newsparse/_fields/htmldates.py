"""Dates from markup: ISO 8601 and RFC 2822 values of meta tags, JSON-LD and ``<time>``.

A value with a time and a zone gives an aware datetime; a time without a zone
gives only the day (the zone would be a guess); a day gives a date. Printed
dates (``November 19, 2019``) go through :func:`newsparse._fields.dates.find_dates`.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
import urllib.parse

from .dates import find_dates, parse_tz

__all__ = ["date_from_url", "parse_date_value"]

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})-?(?P<m>\d{2})-?(?P<d>\d{2})"
    r"(?:[T\s_]+(?P<H>\d{1,2}):?(?P<M>\d{2})(?::?(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<zone>Z|[+-]\d{2}(?::?\d{2})?|(?:GMT|UTC)(?:\s?[+-]\d{1,2}(?::?\d{2})?)?)?)?\s*$",
    re.I,
)
_NO_ZONE = re.compile(r"-0000\s*$")
_DRUPAL = re.compile(
    r"^[A-Za-z]{3}, (?P<m>\d{2})/(?P<d>\d{2})/(?P<y>\d{4}) - (?P<H>\d{2}):(?P<M>\d{2})$"
)
_URL_DATE = re.compile(r"(?<!\d)(?P<y>\d{4})(?P<sep>[/_-]?)(?P<m>\d{2})(?P=sep)(?P<d>\d{2})(?!\d)")
_URL_DATE_SLASH = re.compile(r"/(?P<y>\d{4})[/-](?P<m>\d{1,2})[/-](?P<d>\d{1,2})(?:/|\b)")
# The web's news begins about 1995; a date after next year in a path is an id.
_URL_FIRST_YEAR = 1995


def _year_ok(year: int) -> bool:
    return 1900 <= year <= 2200


def parse_date_value(
    value: str | None, default_tz: dt.tzinfo | None = None
) -> dt.date | dt.datetime | None:
    """A date from a machine-readable value; None when it is not one."""
    if not value:
        return None
    value = value.strip()
    if len(value) > 80:
        return None
    if value.isdigit() and len(value) in (10, 13):  # Unix time, seconds or milliseconds
        try:
            seconds = int(value) / (1000 if len(value) == 13 else 1)
            stamp = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
        except (OverflowError, OSError, ValueError):
            return None
        return stamp if _year_ok(stamp.year) else None
    m = _ISO.match(value)
    if m:
        year, month, day = int(m["y"]), int(m["m"]), int(m["d"])
        if year >= 2400:  # Buddhist era
            year -= 543
        try:
            day_value = dt.date(year, month, day)
        except ValueError:
            return None
        if not _year_ok(year):
            return None
        if m["H"] is None:
            return day_value
        zone = parse_tz(m["zone"], default_tz) if m["zone"] else default_tz
        hour, minute, second = int(m["H"]), int(m["M"]), int(m["S"] or 0)
        if zone is None or hour > 23 or minute > 59 or second > 59:
            return day_value
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=zone)
    m = _DRUPAL.match(value)
    if m:  # Drupal's default "medium" format is month first: Thu, 09/25/2025 - 11:38
        return _day_time(m, default_tz)
    naive_day: dt.date | None = None
    if "," in value or value[:3].isalpha():
        try:
            parsed = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            parsed = None
        if parsed is not None and _year_ok(parsed.year):
            if parsed.tzinfo is not None:
                return parsed
            if _NO_ZONE.search(value):  # RFC 2822: -0000 says the zone is not known
                return parsed.date()
            naive_day = parsed.date()  # unless the printed forms below find its zone
    for found in find_dates(value, default_tz):
        return found.value
    return naive_day


def _day_time(m: re.Match[str], default_tz: dt.tzinfo | None) -> dt.date | dt.datetime | None:
    try:
        day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
    except ValueError:
        return None
    hour, minute = int(m["H"]), int(m["M"])
    if not _year_ok(day.year) or default_tz is None or hour > 23 or minute > 59:
        return day if _year_ok(day.year) else None
    return dt.datetime(day.year, day.month, day.day, hour, minute, tzinfo=default_tz)


def date_from_url(url: str | None) -> dt.date | None:
    """The day a URL's path names (``/2019/11/19/``, ``-20191119-``), if any.

    Only a plausible day: a real date, from 1995 to next year (a path's longer
    digit runs and ids are not dates).
    """
    if not url:
        return None
    try:
        # Unquoted first: some pages quote the slashes of their og:url (%2F).
        path = urllib.parse.urlsplit(urllib.parse.unquote(url)).path
    except ValueError:  # a malformed IPv6 host
        return None
    last_year = dt.date.today().year + 1
    for rx in (_URL_DATE_SLASH, _URL_DATE):
        for m in rx.finditer(path):
            year = int(m["y"])
            if not _URL_FIRST_YEAR <= year <= last_year:
                continue
            try:
                return dt.date(year, int(m["m"]), int(m["d"]))
            except ValueError:
                continue
    return None
