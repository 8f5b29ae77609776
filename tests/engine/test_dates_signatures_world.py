"""The date on the signature line under an article, in many languages (issue 12).

Some outlets print no date in the header and sign the article under its last
paragraph with the author's name and the day on one line (``Иван Петров, 3 мая 2024,
17:47``). The line gives the byline; its date (one day, no update) is the article's.
The pages are those of tests/engine/test_dates_world.py, the signature moved under
the prose.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_dates_world import CHROME, prose

from articles import quiet_parse as parse

#: A date form of each language's outlets, and the day it prints.
STAMPS = {
    "cs": "3. května 2024 17:47",
    "de": "3. Mai 2024, 17:47 Uhr",
    "el": "03 Μαΐου 2024, 17:47",
    "fr": "Le 3 mai 2024 à 17:47",
    "hu": "2024. május 3. 17:47",
    "id": "Jumat, 03 Mei 2024 17:47 WIB",
    "it": "3 maggio 2024",
    "nl": "3 mei 2024, 17:47",
    "pl": "3 maja 2024, 17:47",
    "pt": "3.mai.2024 às 17h47",
    "ro": "3 mai 2024, 17:47",
    "ru": "3 мая 2024, 17:47",
    "sv": "Publicerad 3 maj 2024 kl. 17.47",
    "tr": "3 Mayıs 2024 Cuma 17:47",
    "uk": "3 травня 2024, 17:47",
    "vi": "Thứ Sáu, 3/5/2024, 17:47 (GMT+7)",
}
DAY = dt.date(2024, 5, 3)


def day(value: dt.date | dt.datetime | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


def page(code: str, signature: str) -> str:
    menu, section, headline, deck, _, footer = CHROME[code]
    return "\n".join([*menu, section, headline, deck, *prose(code), signature, *footer]) + "\n"


@pytest.mark.parametrize("code", sorted(STAMPS))
def test_name_and_date_signed_under_the_prose(code: str) -> None:
    name = CHROME[code][4]
    article = parse(page(code, f"{name}, {STAMPS[code]}"))
    assert day(article.date) == DAY
    assert article.updated is None


@pytest.mark.parametrize("code", ["de", "fr", "ru"])
def test_a_signed_update_is_no_date(code: str) -> None:
    """``Anna Schmidt, aktualisiert am 4. Mai 2024``: the update, never the date."""
    updates = {
        "de": "aktualisiert am 4. Mai 2024",
        "fr": "mis à jour le 4 mai 2024",
        "ru": "обновлено 4 мая 2024",
    }
    article = parse(page(code, f"{CHROME[code][4]}, {updates[code]}"))
    assert article.date is None
