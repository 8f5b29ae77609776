"""Reads of byline and date lines that the header's cluster (``cluster.py``) and the
places away from it (``elsewhere.py``) share."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from .._fields.bylines import Byline, is_lone_prefix, parse_byline
from .._fields.dates import (
    find_dates,
)
from .text import (
    Work,
    day_first,
)

WORD = re.compile(r"\w+")


BIO_OPENING = 20


#: A machine's timestamp (ISO 8601), which a theme prints bare for its hidden update.
STAMP = re.compile(r"\d{4}-\d\d-\d\dT\d")


#: The longest line of two dates (``Published: … Updated: …``) read as one.
DATES_LINE = 160


YEAR = re.compile(r"\d{4}")


#: A line ending so leads into the next one (a label, a list's opening).
LEAD_IN = tuple(":,;：，；")


def loose_anchor(w: Work, i: int) -> bool:
    """A short free line holding a date (``Jane Doe July 3, 2025``): a byline cluster."""
    if not w.free(i) or w.para[i] or w.words[i] > 14:
        return False
    return (
        next(find_dates(w.lines[i].text, day_first=day_first(w, w.lines[i].text)), None) is not None
    )


def later(a: dt.date | dt.datetime, b: dt.date | dt.datetime) -> bool:
    """Whether ``a`` is after ``b``: the later instant, or the later day when either
    has no time (or no zone)."""
    if isinstance(a, dt.datetime) and isinstance(b, dt.datetime):
        return a > b
    day_a = a.date() if isinstance(a, dt.datetime) else a
    day_b = b.date() if isinstance(b, dt.datetime) else b
    return day_a > day_b


def day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def labelled_byline(label: str, name: str) -> Byline | None:
    """The label over a name read as one ``By`` line: ``Written by Jane Doe``. A label
    alone on its line is one with its colon or without (``Author`` / ``Jane Doe``);
    the byline is then the name as printed, without the label."""
    if is_lone_prefix(label):
        return parse_byline(f"{label} {name}", require_prefix=True)
    byline = parse_byline(f"{label}: {name}", require_prefix=True)
    return None if byline is None else attrs.evolve(byline, printed=name)


def common_words(w: Work, names: tuple[str, ...]) -> bool:
    """Whether a word of the names is printed in lower case in the dump's prose."""
    words = {x.lower() for name in names for x in name.split() if len(x) > 2}
    for i, line in enumerate(w.lines):
        if w.para[i] and any(x in words for x in WORD.findall(line.text)):
            return True
    return False
