"""Publication and update labels of more languages, Italian's ``1°`` and Vietnamese ``thg``.

A date line opened by ``Fecha de publicación:``, ``Публикация:``, ``Publicat la`` or
``Diperbarui pada`` is read as one (the update labels set ``updated``); the label says
which order a numeric date has, as the other labels of its language do.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

import newsparse
from newsparse._fields.dates import date_line, find_dates, published_label, update_label

DAY = dt.date(2026, 4, 7)


@pytest.mark.parametrize(
    "label",
    [
        "Publication date:",
        "Fecha de publicación:",
        "Data de publicação:",
        "Data di pubblicazione:",
        "Date de publication :",
        "Erstveröffentlichung:",
        "Publiziert am",
        "Publicerat:",
        "Публикация:",
        "Diunggah:",
        "Dirilis:",
        "Terbit:",
        "Tayang:",
        "Oluşturulma:",
        "شائع:",
        "প্রকাশিত:",
        "Inilathala:",
        "Publicat la",
        "Objavljeno dne",
    ],
)
def test_published_labels(label: str) -> None:
    found = date_line(f"{label} 07.04.2026 16:20")
    assert found is not None and found.value == DAY and not found.updated
    assert published_label(f"{label} 07.04.2026")


@pytest.mark.parametrize(
    "label",
    [
        "Actualisé le",
        "Актуализирано:",
        "Дата обновления:",
        "Na-update:",
        "আপডেট:",
        "تم التحديث:",
        "Diperbarui pada",
    ],
)
def test_update_labels(label: str) -> None:
    found = date_line(f"{label} 07.04.2026")
    assert found is not None and found.value == DAY and found.updated
    assert update_label(f"{label} 07.04.2026")


def test_a_bare_date_label_is_no_publication_label() -> None:
    # ``Дата:`` is ``Date:``: it opens a date line, but says nothing of publication.
    found = date_line("Дата: 07.04.2026")
    assert found is not None and found.value == DAY
    assert not published_label("Дата: 07.04.2026")


def test_label_of_a_day_first_language_orders_the_numbers() -> None:
    # 03/04: the 3rd of April after a Spanish label, as after ``Publicado``.
    found = date_line("Fecha de publicación: 03/04/2026")
    assert found is not None and found.value == dt.date(2026, 4, 3)


def test_filipino_label_leaves_the_order_open() -> None:
    # The Philippines write the month first, as English does: 11/04 stays unread, as
    # after ``Published``; 11/24 can only be month first.
    assert date_line("Inilathala: 11/04/2026") is None
    found = date_line("Inilathala: 11/24/2026")
    assert found is not None and found.value == dt.date(2026, 11, 24)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1° aprile 2026", dt.date(2026, 4, 1)),
        ("Pubblicato il 1° aprile 2026 alle 16:20", dt.date(2026, 4, 1)),
        ("1° de abril de 2026", dt.date(2026, 4, 1)),
        ("1º de abril de 2026", dt.date(2026, 4, 1)),
        ("7 thg 4, 2026", DAY),
        ("7 tháng 4, 2026", DAY),
    ],
)
def test_ordinal_degree_sign_and_short_vietnamese_month(text: str, expected: dt.date) -> None:
    found = date_line(text)
    assert found is not None and found.value == expected


def test_degree_sign_of_a_temperature_is_no_date() -> None:
    assert list(find_dates("Max 21° in Roma, 2026")) == []


PROSE = (
    "Il consiglio comunale ha approvato martedì il nuovo bilancio dopo un lungo dibattito "
    "sul costo delle riparazioni del vecchio ponte e delle scuole della città.",
    "I lavori cominceranno in primavera e dureranno circa due anni, con le strade chiuse "
    "di notte mentre gli operai sostituiscono la struttura del ponte.",
    "I residenti intervenuti alla riunione hanno chiesto più autobus durante le chiusure, "
    "e il sindaco ha detto che l'ufficio dei trasporti pubblicherà un piano.",
)


def test_article_dated_by_a_first_of_the_month() -> None:
    dump = (
        "Home\nCronaca\n\nIl consiglio approva il bilancio per il ponte\n\n"
        "Pubblicato il 1° aprile 2026\n\n" + "\n\n".join(PROSE) + "\n"
    )
    article = newsparse.parse(dump)
    assert len(article.body) == 3
    assert article.date == dt.date(2026, 4, 1)
    assert article.updated is None


def test_article_updated_under_a_bulgarian_label() -> None:
    prose = (
        "Общинският съвет одобри във вторник новия бюджет след дълъг спор за ремонта на "
        "стария мост и на училищата в града.",
        "Работата ще започне през пролетта и ще продължи около две години, а пътищата ще "
        "бъдат затваряни през нощта.",
        "Жителите поискаха повече автобуси по време на ремонта, а кметът обеща план от "
        "транспортната служба.",
    )
    dump = (
        "Начало\nНовини\n\nСъветът одобри бюджета за моста\n\n"
        "Публикувано: 07.04.2026\nАктуализирано: 08.04.2026\n\n" + "\n\n".join(prose) + "\n"
    )
    article = newsparse.parse(dump)
    assert len(article.body) == 3
    assert article.date == DAY
    assert article.updated == dt.date(2026, 4, 8)


@pytest.mark.parametrize(
    "text",
    [
        "1" + "°" * 100_000 + " aprile 2026",
        "Publicat" + " la" * 30_000 + " 07.04.2026",
        "7 thg" * 20_000,
    ],
)
def test_long_lines_stay_fast(text: str) -> None:
    start = time.perf_counter()
    list(find_dates(text))
    date_line(text[:80])
    assert time.perf_counter() - start < 5


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("7 de abril de 2026, 16:20 ART", -3),
        ("7 de abril de 2026 16:20 COT", -5),
        # (a Spanish label: the day first)
        ("Actualizado el 07/04/2026 16:20 PET", -5),
        ("07.04.2026 16:20 CLT", -4),
        ("7 abr 2026 16:20 UYT", -3),
        ("7 апреля 2026 16:20 (мск)", 3),
    ],
)
def test_more_named_zones(text: str, hours: int) -> None:
    found = date_line(text)
    zone = dt.timezone(dt.timedelta(hours=hours))
    assert found is not None and found.value == dt.datetime(2026, 4, 7, 16, 20, tzinfo=zone)


def test_unknown_zone_stays_day_only() -> None:
    # A zone name newsparse does not know (here an invented one) gives the day alone.
    found = date_line("7 April 2026 16:20 QQT")
    assert found is not None and found.value == DAY


def test_byline_with_a_german_publication_label() -> None:
    # ``publiziert am`` after the name: the line is the byline and the date.
    prose = (
        "Der Stadtrat hat am Dienstag nach langer Debatte den neuen Haushalt für die "
        "Reparatur der alten Brücke und der Schulen beschlossen.",
        "Die Arbeiten sollen im Frühjahr beginnen und etwa zwei Jahre dauern, wobei die "
        "Straßen nachts gesperrt werden.",
        "Anwohner forderten bei der Sitzung mehr Busse während der Sperrungen, und der "
        "Bürgermeister versprach einen Plan.",
    )
    dump = (
        "Zurück zur Übersicht\n\nVon Anna Schneider publiziert am 7. April 2026\n\n"
        "Stadtrat beschließt Haushalt für die Brücke\n\n" + "\n\n".join(prose) + "\n"
    )
    article = newsparse.parse(dump)
    assert article.authors == ("Anna Schneider",)
    assert article.date == DAY
