"""Dates of two-digit years under the headline, and a signature's date on the line under
the name, in many languages (issue 12).

``03.05.24`` alone under the headline is read in the order the prose's language
writes: the day first in German or Turkish, the year first in Korean (``24.05.03``);
in English only when one order gives a day at all (``05/13/24``). Over the headline
(a masthead's today), under the prose (a related list's), or where the order is open
(``03/05/24`` in English), it stays unread. The pages are those of
tests/engine/test_dates_world.py.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_dates_world import CHROME, dump, prose

from articles import HEADLINE, PROSE
from articles import quiet_parse as parse

DAY = dt.date(2024, 5, 3)

DAY_FIRST = ["cs", "de", "el", "es", "fr", "he", "id", "it", "nl", "pl", "pt", "ro"]
DAY_FIRST += ["ru", "sv", "tr", "uk", "vi"]


def day(value: dt.date | dt.datetime | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


@pytest.mark.parametrize("code", DAY_FIRST)
@pytest.mark.parametrize("stamp", ["03.05.24", "03.05.24 17:47", "03/05/24"])
def test_day_first_languages_read_the_day_first(code: str, stamp: str) -> None:
    article = parse(dump(code, ["BY", stamp]))
    assert day(article.date) == DAY


@pytest.mark.parametrize("code", ["ja", "ko", "zh"])
def test_year_first_languages_read_the_year_first(code: str) -> None:
    article = parse(dump(code, ["BY", "24.05.03"]))
    assert day(article.date) == DAY


def english(meta: list[str], *, under: tuple[str, ...] = ()) -> str:
    return "\n".join(["Home", "News", "World", HEADLINE, *meta, *PROSE, *under, "About us"])


@pytest.mark.parametrize(
    ("stamp", "want"),
    [
        ("05/13/24", dt.date(2024, 5, 13)),  # only month first gives a day
        ("13/05/24", None),  # 13 May 2024, or 24 May 2013 year first
        ("03/05/24", None),  # either order: English prints both
        ("03.05.24", None),  # dots: no order of English's
        ("05/13/24 5:47 PM", dt.date(2024, 5, 13)),
    ],
)
def test_english_reads_only_one_possible_order(stamp: str, want: dt.date | None) -> None:
    article = parse(english(["By Jane Doe", stamp]))
    assert day(article.date) == want


def test_hungarian_short_year_unread() -> None:
    # Hungarian puts the year first with four digits; two are left unread.
    assert parse(dump("hu", ["BY", "03.05.24"])).date is None


@pytest.mark.parametrize("code", ["de", "fr", "ko"])
def test_masthead_day_over_the_headline_unread(code: str) -> None:
    menu, section, headline, deck, byline, footer = CHROME[code]
    text = "\n".join(["03.05.24", *menu, section, headline, deck, byline, *prose(code), *footer])
    assert parse(text).date is None


def test_related_list_dates_under_the_prose_unread() -> None:
    related = ["Related", "Council delays the vote on parking fees again", "03/15/24"]
    related += ["Bus drivers call off the strike after a late offer", "02/28/24"]
    assert parse(english(["By Jane Doe"], under=tuple(related))).date is None


def test_version_in_a_line_is_no_date() -> None:
    assert parse(english(["By Jane Doe", "Version 10.12.13 notes"])).date is None


#: A place and the day as Spanish and other outlets sign under the last paragraph.
SIGNED = {
    "cs": "Praha - 3. května 2024 17:47",
    "de": "Berlin - 3. Mai 2024, 17:47 Uhr",
    "el": "Αθήνα - 03 Μαΐου 2024, 17:47",
    "es": "Madrid - 03 may 2024 - 17:47 CEST",
    "fr": "Paris - 3 mai 2024 à 17:47",
    "id": "Jakarta - Jumat, 03 Mei 2024 17:47 WIB",
    "it": "Roma - 3 maggio 2024",
    "nl": "Amsterdam - 3 mei 2024, 17:47",
    "pl": "Warszawa - 3 maja 2024, 17:47",
    "pt": "Lisboa - 3 de maio de 2024",
    "ro": "București - 3 mai 2024, 17:47",
    "ru": "Москва - 3 мая 2024, 17:47",
    "tr": "İstanbul - 3 Mayıs 2024 Cuma 17:47",
    "uk": "Київ - 3 травня 2024, 17:47",
    "sv": "Stockholm - 3 maj 2024 17:47",
    "hu": "Budapest - 2024. május 3. 17:47",
}


def signed_page(code: str, lines: list[str]) -> str:
    menu, section, headline, deck, _, footer = CHROME[code]
    return "\n".join([*menu, section, headline, deck, *prose(code), *lines, *footer]) + "\n"


@pytest.mark.parametrize("code", sorted(SIGNED))
def test_signature_date_on_the_line_under_the_name(code: str) -> None:
    name = CHROME[code][4].split(" ", 1)[-1] if code in ("de", "fr", "nl") else CHROME[code][4]
    article = parse(signed_page(code, [name, SIGNED[code]]))
    assert day(article.date) == DAY


def test_signature_update_under_the_name_unread() -> None:
    article = parse(signed_page("es", ["Carlos García", "Actualizado: 04/05/2024 08:10"]))
    assert day(article.date) != dt.date(2024, 5, 4)


#: A related list between the header and the prose: a category, a title, its date.
DATED_LIST = [
    "MORE STORIES LIKE THIS ONE", "CITY NEWS", "Harbour ferry adds a night service",
    "May 15, 2017", "REVIEWS", "Testing the new tram seats", "January 22, 2018", "CITY NEWS",
    "Parking fees rise again downtown", "January 12, 2016", "FEATURES",
    "A walk along the old canal", "June 18, 2013",
]  # fmt: skip


@pytest.mark.parametrize(
    ("meta", "want"),
    [
        (["Jane Doe"], None),  # the list's dates are its items', none the article's
        (["Jane Doe November 20, 2019 12:32"], dt.date(2019, 11, 20)),
        (["By Jane Doe", "November 20, 2019"], dt.date(2019, 11, 20)),
        (["November 20, 2019", "By Jane Doe"], dt.date(2019, 11, 20)),
    ],
)
def test_dated_list_items_give_no_date(meta: list[str], want: dt.date | None) -> None:
    text = "\n".join(["Home", "News", "World", HEADLINE, *meta, *DATED_LIST, *PROSE, "About"])
    assert day(parse(text).date) == want


@pytest.mark.parametrize(
    ("stamp", "want"),
    [
        ("12/19 — 2025", dt.date(2025, 12, 19)),  # only month first gives a day
        ("19/12 – 2025", dt.date(2025, 12, 19)),
        ("03/05 — 2025", None),  # either order: English prints both
        ("Page 12/19 — 2025", None),
    ],
)
def test_day_and_month_over_a_dash_and_the_year(stamp: str, want: dt.date | None) -> None:
    assert day(parse(english(["by ibby", stamp])).date) == want


@pytest.mark.parametrize("code", ["de", "es", "fr", "it", "pl", "pt", "ru", "tr"])
def test_day_and_month_over_the_year_day_first(code: str) -> None:
    assert day(parse(dump(code, ["BY", "03/05 — 2024"])).date) == DAY
