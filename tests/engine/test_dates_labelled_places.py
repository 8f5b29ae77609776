"""Labelled publication dates where the cluster's rules do not look (issue 12).

A date line that labels itself (``Updated … / Original …``, ``Posted on …``) is never a
masthead's day, whatever short lines (``Print Article``, ``Text size``) follow it; and a
line of a date and its update (``3 décembre 2025. Mis à jour : 7 décembre 2025``) under
the article says which date is the publication's, wherever it stands.
"""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from articles import rule

#: Headline, prose and the foot's publication/update line, per language.
ARTICLES = {
    "fr": (
        "Le conseil municipal adopte quarante kilomètres de pistes cyclables",
        [
            "Le conseil municipal a voté mardi l'extension du réseau de pistes cyclables "
            "protégées, avec quarante kilomètres de nouveaux itinéraires en trois ans.",
            "Les partisans du projet estiment qu'il réduira le nombre de morts sur les routes, "
            "tandis que certains commerçants s'inquiètent de la perte de places de parking.",
            "Les travaux des premiers itinéraires doivent commencer au printemps, une fois le "
            "budget approuvé et les contrats de construction signés par la ville.",
        ],
        "Entretien réalisé par Claire Martin",
        "3 décembre 2025. Mis à jour : 7 décembre 2025",
        dt.date(2025, 12, 3),
    ),
    "de": (
        "Stadtrat beschließt vierzig Kilometer neue Radwege",
        [
            "Der Stadtrat hat am Dienstag beschlossen, das Netz geschützter Radwege um "
            "vierzig Kilometer neuer Strecken in den nächsten drei Jahren zu erweitern.",
            "Befürworter sagen, der Plan werde die Zahl der Verkehrstoten senken, während "
            "einige Ladenbesitzer den Verlust von Parkplätzen vor ihren Geschäften fürchten.",
            "Die Arbeiten an den ersten Strecken sollen im Frühjahr beginnen, sobald der "
            "Haushalt genehmigt und die Bauverträge unterschrieben worden sind.",
        ],
        "Das Gespräch führte Anna Schmidt",
        "3. Dezember 2025, aktualisiert am 7. Dezember 2025",
        dt.date(2025, 12, 3),
    ),
    "es": (
        "El ayuntamiento aprueba cuarenta kilómetros de nuevos carriles bici",
        [
            "El pleno del ayuntamiento votó el martes ampliar la red de carriles bici "
            "protegidos, con cuarenta kilómetros de nuevas rutas en los próximos tres años.",
            "Los partidarios del plan dicen que reducirá las muertes en las calles, mientras "
            "que algunos comerciantes temen la pérdida de plazas de aparcamiento.",
            "Las obras de las primeras rutas comenzarán en primavera, una vez aprobado el "
            "presupuesto y firmados los contratos de construcción con las empresas.",
        ],
        "Entrevista de Lucía Romero",
        "14 de marzo de 2024 | Actualizado: 18 de marzo de 2024",
        dt.date(2024, 3, 14),
    ),
    "ru": (
        "Городской совет одобрил сорок километров новых велодорожек",
        [
            "Городской совет во вторник проголосовал за расширение сети защищённых "
            "велодорожек: за три года появятся сорок километров новых маршрутов.",
            "Сторонники плана говорят, что он сократит число погибших на дорогах, а "
            "некоторые владельцы магазинов опасаются потери парковочных мест.",
            "Работы на первых маршрутах начнутся весной, после утверждения бюджета и "
            "подписания контрактов на строительство с подрядчиками.",
        ],
        "Беседовала Ольга Иванова",
        "9 апреля 2025. Обновлено: 11 апреля 2025",
        dt.date(2025, 4, 9),
    ),
    "en": (
        "City council approves forty kilometres of new bike lanes",
        [
            "The city council voted on Tuesday to expand the network of protected bike lanes, "
            "adding forty kilometres of new routes over the next three years.",
            "Supporters said the plan would cut traffic deaths and make cycling a real option "
            "for commuters, while some shop owners worried about the loss of parking spaces.",
            "Work on the first routes is due to begin in the spring, once the budget has been "
            "approved and the contracts for the construction have been signed.",
        ],
        "Interview by Jane Doe",
        "December 3, 2025. Updated: December 7, 2025",
        dt.date(2025, 12, 3),
    ),
}
MENU = ["Home", "News", "Sport", "Culture", "Travel"]
FOOTER = ["About us", "Contact", "Privacy"]


def day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def long(prose: list[str]) -> list[str]:
    """Nine paragraphs of three: the foot's lines stand past the header's reach."""
    pairs = list(zip(prose, prose[1:] + prose[:1], strict=True))
    return prose + [f"{a} {b}" for a, b in pairs] + [f"{b} {a}" for a, b in pairs]


def lines(*parts: str | list[str]) -> str:
    out: list[str] = []
    for part in parts:
        out.extend([part] if isinstance(part, str) else part)
    return "\n\n".join(out) + "\n"


@pytest.mark.parametrize("language", sorted(ARTICLES))
def test_date_and_update_under_the_article(language: str) -> None:
    """No date in the header: the foot's line of a date and its update gives the date."""
    headline, prose, signed, stamp, published = ARTICLES[language]
    article = newsparse.parse(lines(MENU, headline, long(prose), signed, stamp, FOOTER))
    assert article.title == headline
    assert article.date == published
    assert rule(article, "date") == "date.published-once"


def test_two_such_lines_give_none() -> None:
    """Two lines of a date and its update, of different days: a list's; no date."""
    headline, prose, signed, stamp, _ = ARTICLES["en"]
    other = "May 2, 2024. Updated: May 9, 2024"
    article = newsparse.parse(lines(MENU, headline, long(prose), signed, stamp, other, FOOTER))
    assert article.date is None


def test_a_bare_pair_of_dates_is_not_read_as_one() -> None:
    """A line of two dates and no update's label says nothing of which is the article's."""
    headline, prose, signed, _, _ = ARTICLES["en"]
    article = newsparse.parse(
        lines(MENU, headline, long(prose), signed, "December 3, 2025 - December 7, 2025", FOOTER)
    )
    assert article.date is None


#: Short lines under the header's date: a toolbar's, not a menu under a masthead's day.
TOOLS = ["Order Reprints", "Print Article", "Text size"]
#: A notice and a headline of two sentences, which no headline rule takes: the header's
#: date stands over the prose with only the toolbar between.
NOTICE = (
    "This copy is for your personal, non-commercial use only. To order presentation-ready "
    "copies for distribution to your colleagues, clients or customers, visit our reprints page."
)
SENTENCES = "Harbour Freight Shares Slip After the Results. Why Investors Should Stay Calm."


def toolbar_dump(stamp: str) -> str:
    prose = ARTICLES["en"][1]
    return lines(
        NOTICE, "Markets", "Earnings Report", SENTENCES, "By", "Al Root", stamp, TOOLS, long(prose)
    )


@pytest.mark.parametrize(
    ("stamp", "published", "updated"),
    [
        (
            "Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET",
            dt.datetime(2019, 11, 19, 8, 2, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
            dt.datetime(2019, 11, 19, 8, 21, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        ),
        ("Posted on March 4, 2024", dt.date(2024, 3, 4), None),
        ("Publié le 4 mars 2024", dt.date(2024, 3, 4), None),
        ("Veröffentlicht am 4. März 2024", dt.date(2024, 3, 4), None),
    ],
)
def test_labelled_date_over_a_toolbar(
    stamp: str, published: dt.date, updated: dt.datetime | None
) -> None:
    """A labelled date over short lines (a toolbar's) is the article's, not a masthead's."""
    article = newsparse.parse(toolbar_dump(stamp))
    assert article.date == published
    assert article.updated == updated


def test_bare_date_over_a_toolbar_stays_unread() -> None:
    """A bare date over three short lines may be a masthead's day over its menu: not read."""
    assert newsparse.parse(toolbar_dump("March 4, 2024")).date is None


@pytest.mark.parametrize(
    ("tags", "meta", "published"),
    [
        (
            "Tags: bike lanes, council",
            "Monday, August 11th, 2025 at 11:00 am | Categories: City, Transport |",
            dt.date(2025, 8, 11),
        ),
        (
            "Schlagwörter: Radwege, Stadtrat",
            "Montag, 11. August 2025 | Kategorien: Stadt, Verkehr",
            dt.date(2025, 8, 11),
        ),
        (
            "Etiquetas: carriles bici, ayuntamiento",
            "11 de agosto de 2025 · Categorías: Ciudad, Transporte",
            dt.date(2025, 8, 11),
        ),
    ],
)
def test_post_meta_line_under_the_tags(tags: str, meta: str, published: dt.date) -> None:
    """A theme's tag line between the last paragraph and the post's meta line."""
    headline, prose, _, _, _ = ARTICLES["en"]
    article = newsparse.parse(lines(MENU, headline, long(prose), tags, meta, FOOTER))
    assert article.date == published
    assert rule(article, "date") == "date.under-prose"


def test_meta_line_opening_a_list_is_not_read() -> None:
    """``As of May 3, 2025, we had:`` under the tags opens a list: no post-meta line."""
    headline, prose, _, _, _ = ARTICLES["en"]
    text = lines(MENU, headline, long(prose), "Tags: council", "As of May 3, 2025, we had:", FOOTER)
    assert newsparse.parse(text).date is None


def _news_list(dates: list[str]) -> list[str]:
    titles = ["Council names two members to the transport board", "Help shape the bus routes"]
    return ["Recent News"] + [x for pair in zip(titles, dates, strict=True) for x in pair]


@pytest.mark.parametrize(
    ("listed", "published"),
    [
        (["12/17/2025", "12/16/2025"], dt.date(2017, 3, 1)),  # the site puts the month first
        (["17/12/2025", "16/12/2025"], None),  # the day first: 03/01 is not read so
    ],
)
def test_numeric_date_opening_a_by_line(listed: list[str], published: dt.date | None) -> None:
    """``03/01/2017 by Jane Doe, Staff Writer`` under the headline: either order could
    read the date; the dump's other dates say which."""
    headline, prose, _, _, _ = ARTICLES["en"]
    by = "03/01/2017 by Jane Doe, Staff Writer for the Transport Committee"
    article = newsparse.parse(lines(MENU, _news_list(listed), headline, by, long(prose), FOOTER))
    assert article.title == headline
    assert article.date == published
