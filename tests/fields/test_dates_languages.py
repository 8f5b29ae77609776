"""Printed dates of many languages, their connectors, zones and labels (issue 12.3).

The forms the issue names and those seen on real pages; the values are what a
reader of the line would write down (most were read wrong, or not at all, before).
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse._fields.dates import (
    BEIJING,
    date_line,
    day_first_language,
    find_dates,
    parse_tz,
    published_lead,
    published_updated,
)


def tz(hours: float) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours))


def check(found: object, value: dt.date) -> None:
    assert found is not None
    got = found.value  # type: ignore[attr-defined]
    assert got == value
    assert type(got) is type(value)
    if isinstance(value, dt.datetime):
        assert got.utcoffset() == value.utcoffset()


def expect(found: object, value: dt.date | None) -> None:
    """``found`` reads as ``value``; nothing is found where ``value`` is None."""
    if value is None:
        assert found is None
    else:
        check(found, value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # French: "le", "à", hours written 14h05
        ("le 3 novembre 2025 à 14h05", dt.date(2025, 11, 3)),
        ("3 novembre 2025 à 14h05 CET", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(1))),
        # Russian: genitive month, "г.", МСК
        ("3 ноября 2025, 14:05 МСК", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(3))),
        (
            "Опубликовано: 3 ноября 2025 г., 14:05 МСК",
            dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(3)),
        ),
        ("3 ноября 2025 года в 14:05", dt.date(2025, 11, 3)),
        # Portuguese
        ("3 de novembro de 2025 às 14h05", dt.date(2025, 11, 3)),
        # Italian
        ("3 novembre 2025 alle ore 14:05", dt.date(2025, 11, 3)),
        ("Pubblicato il 3 nov 2025", dt.date(2025, 11, 3)),
        # Dutch
        ("Gepubliceerd op 3 nov. 2025 om 14:05", dt.date(2025, 11, 3)),
        # Polish: "r.", "godz."
        ("3 listopada 2025 r., godz. 14:05", dt.date(2025, 11, 3)),
        # Turkish, also in capitals (str.lower() drops the dotless i)
        ("3 Kasım 2025, 14:05", dt.date(2025, 11, 3)),
        ("3 KASIM 2025", dt.date(2025, 11, 3)),
        # Swedish, Norwegian, Danish: "kl.", hours with a dot
        ("3 november 2025 kl. 14.05", dt.date(2025, 11, 3)),
        ("Publisert 3. nov. 2025 kl. 14.05", dt.date(2025, 11, 3)),
        ("3 maj 2025", dt.date(2025, 5, 3)),
        # Finnish, Czech, Ukrainian
        ("3 lokakuuta 2025 klo 14.05", dt.date(2025, 10, 3)),
        ("3. října 2025", dt.date(2025, 10, 3)),
        ("3 листопада 2025", dt.date(2025, 11, 3)),
        # Spanish abbreviation with dashes, and a time with seconds
        ("04-ago-2021 5:11:10", dt.date(2021, 8, 4)),
        # German: "Uhr" between the time and its zone
        (
            "Veröffentlicht am 3. Mai 2024, 17:47 Uhr MESZ",
            dt.datetime(2024, 5, 3, 17, 47, tzinfo=tz(2)),
        ),
        ("4. November 2025, 09:12 Uhr MEZ", dt.datetime(2025, 11, 4, 9, 12, tzinfo=tz(1))),
        # Chinese, Japanese, Korean
        ("2025年11月3日（星期一）下午2时5分", dt.date(2025, 11, 3)),
        ("2025年11月3日 下午2:05", dt.date(2025, 11, 3)),
        ("2025年11月3日(月) 14時05分 JST", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(9))),
        ("2025年11月3日 午後2時05分 JST", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(9))),
        ("2025년 11월 3일 오후 2:05 KST", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(9))),
        ("2025. 11. 3. 14:05 KST", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(9))),
        ("入力 2025.11.03 14:05", None),  # not a Korean label: the line is not a date line
        ("입력 2025.11.03 14:05", dt.date(2025, 11, 3)),
        ("公開日：2025年11月3日", dt.date(2025, 11, 3)),
        ("北京时间2025年11月3日 14:05", dt.datetime(2025, 11, 3, 14, 5, tzinfo=BEIJING)),
        ("2025-11-03 14:05 北京时间", dt.datetime(2025, 11, 3, 14, 5, tzinfo=BEIJING)),
        ("2025-11-03 14:05（北京时间）", dt.datetime(2025, 11, 3, 14, 5, tzinfo=BEIJING)),
        # English forms of the issue
        (
            "Page last modified Jan. 17, 2025 @ 01:39 PM EST",
            dt.datetime(2025, 1, 17, 13, 39, tzinfo=tz(-5)),
        ),
        ("Updated: Dec 17, 2025, 21:47 IST", dt.datetime(2025, 12, 17, 21, 47, tzinfo=tz(5.5))),
        ("October 23, 2025 5:50 pm CET", dt.datetime(2025, 10, 23, 17, 50, tzinfo=tz(1))),
        ("Mon, 03 Nov 2025 14:05:00 +0000", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(0))),
        ("3 November 2025 14:05 AEDT", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(11))),
        ("3 November 2025 14:05 UTC+05:30", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(5.5))),
        ("12/Mar/2024:10:30:00 +0000", dt.datetime(2024, 3, 12, 10, 30, tzinfo=tz(0))),
        # Hungarian (year, month, day), Romanian, Greek, Arabic (also its digits)
        ("2025. november 3. 14:05", dt.date(2025, 11, 3)),
        ("Frissítve: 2025. nov. 4.", dt.date(2025, 11, 4)),
        ("3 noiembrie 2025, 14:05", dt.date(2025, 11, 3)),
        ("3 Νοεμβρίου 2025", dt.date(2025, 11, 3)),
        ("3 نوفمبر 2025", dt.date(2025, 11, 3)),
        ("٣ نوفمبر ٢٠٢٥", dt.date(2025, 11, 3)),
        # Vietnamese numbered months, Polish and Turkish abbreviations
        ("ngày 3 tháng 11 năm 2025", dt.date(2025, 11, 3)),
        ("3 tháng 11, 2025", dt.date(2025, 11, 3)),
        ("3 lis 2025", dt.date(2025, 11, 3)),
        ("3 Kas 2025", dt.date(2025, 11, 3)),
        # Swahili, either order
        ("29 Novemba 2026", dt.date(2026, 11, 29)),
        ("Novemba 29, 2026", dt.date(2026, 11, 29)),
        ("3 Machi 2025", dt.date(2025, 3, 3)),
        ("Agosti 8, 2024", dt.date(2024, 8, 8)),
    ],
)
def test_languages_and_connectors(text: str, value: dt.date | None) -> None:
    expect(date_line(text), value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Nov 08, 2025 7 min read", dt.date(2025, 11, 8)),
        ("Jun 08, 2023 • 11 Minute Read", dt.date(2023, 6, 8)),
        ("February 4, 2025 - 11 minutes", dt.date(2025, 2, 4)),
        ("3. Mai 2024 · 4 Min. Lesezeit", dt.date(2024, 5, 3)),
        ("3 mars 2025 · Lecture 4 min", dt.date(2025, 3, 3)),
        ("December 9, 2024 0 Comments", dt.date(2024, 12, 9)),
        ("February 2, 2024 · 58 Comments", dt.date(2024, 2, 2)),
        ("05 Nov 2025. 8 minutes read", dt.date(2025, 11, 5)),
        ("February 4 2026 - Average reading time: 12 min", dt.date(2026, 2, 4)),
    ],
)
def test_reading_time_and_comment_count_after_the_date(text: str, value: dt.date) -> None:
    check(date_line(text), value)


def test_a_tail_is_only_allowed_after_the_date() -> None:
    assert date_line("7 min read Nov 08, 2025") is None
    assert date_line("Nov 08, 2025 7 min read more") is None


def test_the_same_date_twice_is_one_date() -> None:
    found = date_line("30 January 2025 / 23:07 GMT30 January 2025 / 23:07 GMT")
    check(found, dt.datetime(2025, 1, 30, 23, 7, tzinfo=tz(0)))
    assert date_line("February 22, 2026February 22, 2026") is not None
    assert date_line("February 22, 2026February 23, 2026") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("23.07.2025", dt.date(2025, 7, 23)),  # dots: day first
        ("03.04.2025", dt.date(2025, 4, 3)),  # dots: day first, even when both fit
        ("06.18.2025", dt.date(2025, 6, 18)),  # month first only when the day cannot be
        ("25/09/2025", dt.date(2025, 9, 25)),
        ("09/25/2025", dt.date(2025, 9, 25)),
        ("05/05/2025", dt.date(2025, 5, 5)),  # both readings are the same day
        ("25/09/2025 14:05 CEST", dt.datetime(2025, 9, 25, 14, 5, tzinfo=tz(2))),
        ("03/04/2025", None),  # 3 April or March 4: left unread
        ("03/01/2017", None),
        ("13/13/2025", None),
        ("14.11.24", None),  # a two-digit year is not read
    ],
)
def test_numeric_orders(text: str, value: dt.date | None) -> None:
    expect(date_line(text), value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # The label or weekday is of a language that writes the day first
        ("Atualizado em 04/11/2025 às 09h12", dt.date(2025, 11, 4)),
        ("Publicado el 03/11/2025", dt.date(2025, 11, 3)),
        ("le 03/11/2025 à 14h05", dt.date(2025, 11, 3)),
        ("Montag, 03/11/2025", dt.date(2025, 11, 3)),
        ("Data: 03/11/2025", dt.date(2025, 11, 3)),
        ("Thứ hai, 3/11/2025, 14:05 (GMT+7)", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(7))),
        # English, or no words: either order could be meant
        ("Updated 03/11/2025", None),
        ("Monday, 03/11/2025", None),
        ("On 03/11/2025", None),
        ("更新日：03/11/2025", None),
    ],
)
def test_slashes_in_a_day_first_language(text: str, value: dt.date | None) -> None:
    expect(date_line(text), value)


def test_find_dates_day_first() -> None:
    assert list(find_dates("03/04/2025")) == []
    assert [m.value for m in find_dates("03/04/2025", day_first=True)] == [dt.date(2025, 4, 3)]
    # A reading that cannot be day first is still read.
    assert [m.value for m in find_dates("04/25/2025", day_first=True)] == [dt.date(2025, 4, 25)]


@pytest.mark.parametrize(
    "text",
    [
        "2 hours ago",
        "vor 3 Stunden",
        "il y a 2 heures",
        "hace 5 minutos",
        "Yesterday",
        "Gestern, 14:05",
        "Hier à 14h05",
        "3小时前",
        "Last Updated: June 2022",  # a month, not a day: no day is invented
    ],
)
def test_relative_and_partial_dates_are_not_made_absolute(text: str) -> None:
    assert date_line(text) is None
    assert list(find_dates(text)) == []


@pytest.mark.parametrize(
    "text",
    [
        "Last updated:Sep 4, 2025",
        "Aktualisiert am 4. November 2025",
        "Mis à jour le 4 novembre 2025",
        "Actualizado el 4 de noviembre de 2025",
        "Atualizado em 4 de novembro de 2025",
        "Aggiornato il 4 nov 2025",
        "Bijgewerkt op 4 nov. 2025",
        "Uppdaterad 4 nov. 2025",
        "Oppdatert 4. november 2025",
        "Zaktualizowano: 4 listopada 2025",
        "Güncelleme: 04.11.2025 09:12",
        "Обновлено: 4 ноября 2025",
        "更新日：2025年11月4日",
        "更新时间：2025-11-04 09:12",
        "Page last modified Nov. 4, 2025",
        "Updated Dec 18, 2025 · 12 min read",
        "UPDATED 16:47 EST / NOVEMBER 4 2025",
        "Dernière mise à jour : 4 novembre 2025",
        "Mise à jour le 4 novembre 2025",
        "Última actualización: 4 de noviembre de 2025",
        "Ultimo aggiornamento 4 novembre 2025",
        "Last update: Nov 4, 2025",
    ],
)
def test_updated_labels(text: str) -> None:
    found = date_line(text)
    assert found is not None and found.updated
    day = found.value.date() if isinstance(found.value, dt.datetime) else found.value
    assert day in (dt.date(2025, 11, 4), dt.date(2025, 9, 4), dt.date(2025, 12, 18))


@pytest.mark.parametrize(
    "text",
    [
        "Published Jun 4, 2025",
        "Posted on Thursday, October 30, 2025",
        "Publié le 3 novembre 2025",
        "Veröffentlicht am Montag, 3. November 2025",
        "Publicado el lunes, 3 de noviembre de 2025",
        "On January 12, 2025",
        "· Posted: Aug 08, 2024",
        "发布时间：2025-11-03",
        "Опубликовано 3 ноября 2025",
        "[Submitted on 18 Dec 2025]",
        "Created on Jul 11, 2025",
        "Published Date: June 11, 2025",
    ],
)
def test_published_labels(text: str) -> None:
    found = date_line(text)
    assert found is not None and not found.updated


def test_a_label_glued_to_its_date() -> None:
    # As a byline prints it after a name: "ByRhonda Krause UpdatedJanuary 25, 2026".
    for text in ("UpdatedJanuary 25, 2026", "UPDATEDJANUARY 25, 2026"):
        found = date_line(text)
        assert found is not None and found.updated and found.value == dt.date(2026, 1, 25)
    # A longer word is not the label.
    assert date_line("Updates January 25, 2026") is None
    assert date_line("Dateline January 25, 2026") is None


def test_a_french_et_after_a_time_is_not_a_zone() -> None:
    # "et" (and) once read as ET, the US Eastern zone.
    found = list(find_dates("le 3 novembre 2025 à 14h05 et le 4 novembre"))
    assert [f.value for f in found] == [dt.date(2025, 11, 3)]


@pytest.mark.parametrize(
    ("text", "published", "updated"),
    [
        (
            "· Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: Aug 09, 2024 5:00 AM EDT",
            dt.datetime(2024, 8, 8, 4, 0, tzinfo=tz(-4)),
            dt.datetime(2024, 8, 9, 5, 0, tzinfo=tz(-4)),
        ),
        (
            "Published Aug 28, 2024 • Last updated Aug 29, 2024",
            dt.date(2024, 8, 28),
            dt.date(2024, 8, 29),
        ),
        (
            "Publié le 3 novembre 2025 à 14h05, mis à jour le 4 novembre 2025 à 09h12",
            dt.date(2025, 11, 3),
            dt.date(2025, 11, 4),
        ),
        (
            "3 listopada 2025 | Aktualizacja: 4 listopada 2025",
            dt.date(2025, 11, 3),
            dt.date(2025, 11, 4),
        ),
        ("Posted on June 29, 2020November 12, 2021", dt.date(2020, 6, 29), dt.date(2021, 11, 12)),
        (
            "2025. november 3. | Frissítve: 2025. november 4.",
            dt.date(2025, 11, 3),
            dt.date(2025, 11, 4),
        ),
        (
            "Thứ hai, 3/11/2025, 14:05 (GMT+7) - Cập nhật: 4/11/2025",
            dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(7)),
            dt.date(2025, 11, 4),
        ),
        (
            "Publicado em 03/11/2025 - Atualizado em 04/11/2025",
            dt.date(2025, 11, 3),
            dt.date(2025, 11, 4),
        ),
        ("August 16, 2019 - Updated July 9, 2025", dt.date(2019, 8, 16), dt.date(2025, 7, 9)),
        ("Publié le 3 mars 2025, mis à jour il y a 2 heures", dt.date(2025, 3, 3), None),
        ("Veröffentlicht am 3. März 2025, aktualisiert vor 2 Stunden", dt.date(2025, 3, 3), None),
        ("Published Aug 28, 2024 • Last updated …", dt.date(2024, 8, 28), None),
        (
            "3 de noviembre de 2025 | Última actualización: 4 de noviembre de 2025",
            dt.date(2025, 11, 3),
            dt.date(2025, 11, 4),
        ),
    ],
)
def test_published_and_updated(text: str, published: dt.date, updated: dt.date | None) -> None:
    both = published_updated(text)
    assert both is not None
    first, second = both
    check(first, published)
    if updated is None:
        assert second is None
    else:
        assert second is not None and second.updated
        check(second, updated)


def test_an_update_label_with_other_words_is_not_a_date_line() -> None:
    assert published_updated("Published Aug 28, 2024 • Last updated by Jane Doe") is None
    assert published_updated("Weekly update | March 3, 2025") is None


@pytest.mark.parametrize(
    "text",
    [
        "June 29, 2020November 12, 2021",
        "November 12, 2021June 29, 2020",  # some themes print the last version first
        "Posted onJune 29, 2020November 12, 2021",
        "June 29, 2020November 12, 2021 Updated onNovember 12, 2021",
    ],
)
def test_glued_dates_the_earlier_is_published(text: str) -> None:
    both = published_updated(text)
    assert both is not None
    first, second = both
    assert first is not None and first.value == dt.date(2020, 6, 29) and not first.updated
    assert second is not None and second.value == dt.date(2021, 11, 12) and second.updated


def test_glued_dates_under_an_update_label_are_not_split() -> None:
    assert published_updated("Updated June 29, 2020November 12, 2021") is None


@pytest.mark.parametrize(
    ("zone", "offset"),
    [
        ("MEZ", 1),
        ("MESZ", 2),
        ("МСК", 3),
        ("MSK", 3),
        ("BST", 1),
        ("IST", 5.5),
        ("AEST", 10),
        ("AEDT", 11),
        ("北京时间", 8),
        ("UTC+05:30", 5.5),
        ("GMT+8", 8),
        ("（北京时间）", 8),
    ],
)
def test_more_zone_names(zone: str, offset: float) -> None:
    found = parse_tz(zone, None)
    assert found is not None and found.utcoffset(None) == dt.timedelta(hours=offset)


@pytest.mark.parametrize("zone", ["CST", "AST", "GST", "XYZT"])
def test_ambiguous_zones_stay_unmapped(zone: str) -> None:
    assert parse_tz(zone, None) is None
    found = date_line(f"3 November 2025 14:05 {zone}")
    assert found is not None and found.value == dt.date(2025, 11, 3)


def test_default_zone_applies_only_to_times_without_one() -> None:
    found = date_line("2025年11月03日 14:05", BEIJING)
    check(found, dt.datetime(2025, 11, 3, 14, 5, tzinfo=BEIJING))
    found = date_line("2025年11月03日 14:05")
    check(found, dt.date(2025, 11, 3))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Hindi and Thai month names hold vowel signs (combining marks, not letters)
        ("3 नवंबर 2025", dt.date(2025, 11, 3)),
        ("3 नवम्बर, 2025 14:05 IST", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(5.5))),
        ("प्रकाशित: 3 सितंबर 2025", dt.date(2025, 9, 3)),
        ("सोमवार, 3 नवंबर 2025", dt.date(2025, 11, 3)),
        ("3 พฤศจิกายน 2568", dt.date(2025, 11, 3)),  # a year of the Buddhist era
        # Arabic: the Levant's two-word names, Morocco's, and a weekday before the day
        ("3 تشرين الثاني 2025", dt.date(2025, 11, 3)),
        ("15 شباط 2025", dt.date(2025, 2, 15)),
        ("3 نونبر 2025", dt.date(2025, 11, 3)),
        ("الاثنين 3 نوفمبر 2025 14:05", dt.date(2025, 11, 3)),
        # Hebrew: the month with its "in" prefix
        ("3 בנובמבר 2025", dt.date(2025, 11, 3)),
        # A weekday after the day: Korean, Japanese, Turkish, French
        ("2025.11.03(월) 14:05", dt.date(2025, 11, 3)),
        ("2025/11/03（月）14:05 JST", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(9))),
        ("03 Kasım 2025 Pazartesi 14:05", dt.date(2025, 11, 3)),
        ("03 Kasım 2025 Pazartesi", dt.date(2025, 11, 3)),
        # Korean and Chinese: am/pm before a time of digits
        ("입력 2025.11.03 오후 2:05", dt.date(2025, 11, 3)),
        ("2025.11.03 오후 2:05 KST", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(9))),
        ("2025-11-03 下午2:05 北京时间", dt.datetime(2025, 11, 3, 14, 5, tzinfo=BEIJING)),
        # Short weekdays, with their dot or comma (or a digit after)
        ("Di., 04.11.2025, 10:12 Uhr", dt.date(2025, 11, 4)),
        ("Di 04.11.2025 - 10:12 Uhr", dt.date(2025, 11, 4)),
        ("lun. 3 nov. 2025", dt.date(2025, 11, 3)),
        ("sáb, 1 nov 2025", dt.date(2025, 11, 1)),
        ("Mar. 3, 2025", dt.date(2025, 3, 3)),  # "Mar." is March here, not Tuesday
        # Numbers with dashes: either order, only when one part cannot be a month
        ("Published: 10-30-2025", dt.date(2025, 10, 30)),
        ("30-10-2025 14:05", dt.date(2025, 10, 30)),
        ("03-04-2025", None),
    ],
)
def test_more_printed_forms(text: str, value: dt.date | None) -> None:
    expect(date_line(text), value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Published on 01/25/26", dt.date(2026, 1, 25)),
        ("Stand: 03.11.25, 14:05 Uhr", dt.date(2025, 11, 3)),
        ("Publicado: 03/04/25", dt.date(2025, 4, 3)),  # a day-first label
        ("Updated 12.05.98", dt.date(1998, 5, 12)),  # from 69 on, the 1900s
        ("Posted 01/25/26 by Jane Doe", None),
        ("Updated 03/04/25", None),  # an English label: either order
        ("14.11.24", None),  # no label: a version, a score?
        ("Posted 1.2.25", None),  # one digit: a version
    ],
)
def test_a_two_digit_year_after_a_label(text: str, value: dt.date | None) -> None:
    expect(date_line(text), value)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A time after it: a date, whatever label it has or lacks (US month first when
        # the day cannot be a month; dots day first)
        ("11/13/19 at 4:00 PM EST", dt.datetime(2019, 11, 13, 16, 0, tzinfo=tz(-5))),
        ("On 11/13/19 at 4:00 PM EST", dt.datetime(2019, 11, 13, 16, 0, tzinfo=tz(-5))),
        ("11/20/19 6:38 AM", dt.date(2019, 11, 20)),  # no zone: the day alone
        ("1/5/24 3:00 PM", None),  # 5 January or 1 May: left unread
        ("03.11.25 14:05", dt.date(2025, 11, 3)),
        ("03.11.25, 14:05 Uhr", dt.date(2025, 11, 3)),
        ("05/06/19 10:00 AM", None),  # either order
        ("Version 1.2.25 12:00", None),  # one-digit parts with dots: a version
        ("14.11.24 Final score", None),  # no time: a version, a score?
    ],
)
def test_a_two_digit_year_with_a_time_after_it(text: str, value: dt.date | None) -> None:
    expect(date_line(text), value)


def test_a_two_digit_year_with_a_time_inside_a_byline() -> None:
    found = list(find_dates("By Jane Doe On 11/13/19 at 4:00 PM EST"))
    assert [f.value for f in found] == [dt.datetime(2019, 11, 13, 16, 0, tzinfo=tz(-5))]
    assert list(find_dates("Tickets 12/14/19 for 25 dollars")) == []


@pytest.mark.parametrize(
    ("text", "published", "updated"),
    [
        (
            "Publié le 3 novembre 2025 à 14h05, modifié le 4 novembre 2025 à 09h12",
            dt.date(2025, 11, 3),
            dt.date(2025, 11, 4),
        ),
        (
            "입력 2025.11.03 오후 2:05 수정 2025.11.04 오전 9:12",
            dt.date(2025, 11, 3),
            dt.date(2025, 11, 4),
        ),
        (
            "Opublikowano: 03.11.2025, zmieniono: 04.11.2025",
            dt.date(2025, 11, 3),
            dt.date(2025, 11, 4),
        ),
        (
            "Gepubliceerd op 3 november 2025, gewijzigd op 4 november 2025",
            dt.date(2025, 11, 3),
            dt.date(2025, 11, 4),
        ),
        (
            "3 novembre 2025 (modifica il 4 novembre 2025 | 09:12)",
            dt.date(2025, 11, 3),
            dt.date(2025, 11, 4),
        ),
        (
            "14:05 03.11.2025 (обновлено: 15:10 04.11.2025)",
            dt.date(2025, 11, 3),
            dt.date(2025, 11, 4),
        ),
    ],
)
def test_more_update_labels(text: str, published: dt.date, updated: dt.date) -> None:
    both = published_updated(text)
    assert both is not None
    check(both[0], published)
    assert both[1] is not None and both[1].updated
    check(both[1], updated)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Posted on the 15/12/2025 at 19:00 by @jane", dt.date(2025, 12, 15)),
        ("Posted on March 3, 2025March 9, 2025 in News, Health, Science", dt.date(2025, 3, 3)),
        ("Publié le 3 novembre 2025 dans Politique", dt.date(2025, 11, 3)),
        ("Published in 2025, the report of March 3, 2025", None),  # no date after the label
        ("Updated on March 3, 2025 in News", None),  # an update is not the publication
        ("Date: March 3, 2025 in News", None),  # a bare "Date" may be anything's
        ("We posted on March 3, 2025 in News", None),  # no label opens the line
    ],
)
def test_published_lead(text: str, value: dt.date | None) -> None:
    found = published_lead(text)
    if value is None:
        assert found is None
    else:
        check(found, value)


def test_an_update_label_says_the_date_before_it_is_day_first() -> None:
    both = published_updated("03/11/2025 14h05 Atualizado em 04/11/2025 09h12")
    assert both is not None
    check(both[0], dt.date(2025, 11, 3))
    assert both[1] is not None
    check(both[1], dt.date(2025, 11, 4))
    # An English update label says nothing of the order.
    assert published_updated("03/11/2025 Updated 04/11/2025") is None


def test_day_first_from_the_caller() -> None:
    assert date_line("03/11/2025 à 14h05") is None
    check(date_line("03/11/2025 à 14h05", day_first=True), dt.date(2025, 11, 3))
    # A reading that cannot be day first is still read.
    check(date_line("11/25/2025", day_first=True), dt.date(2025, 11, 25))


@pytest.mark.parametrize(
    ("prose", "first"),
    [
        (
            "A Câmara Municipal aprovou na noite de segunda-feira, por ampla maioria, um "
            "plano que prevê quarenta quilômetros de novas ciclovias no centro da cidade.",
            True,
        ),
        (
            "Le conseil municipal a adopté lundi soir, à une large majorité, un plan qui "
            "prévoit quarante kilomètres de nouvelles pistes cyclables dans le centre.",
            True,
        ),
        (
            "The city council voted on Tuesday to expand the network of protected bike "
            "lanes, adding forty kilometres of new routes over the next three years.",
            False,
        ),
        ("市议会周一晚间以多数票通过了一项计划，将在市中心新建四十公里受保护的自行车道。", False),
        ("", False),
    ],
)
def test_day_first_language(prose: str, first: bool) -> None:
    assert day_first_language(prose) is first


@pytest.mark.parametrize(
    ("text", "published", "updated"),
    [
        # The update glued to the date before it (no space after the year)
        (
            "Nov. 20, 2019Updated: Nov. 20, 2019 1:35 a.m. EST",
            dt.date(2019, 11, 20),
            dt.datetime(2019, 11, 20, 1, 35, tzinfo=tz(-5)),
        ),
        # The update first, then the publication under its own label
        (
            "Updated Nov. 19, 2019 8:21 am EST / Original Nov. 19, 2019 8:02 am EST",
            dt.datetime(2019, 11, 19, 8, 2, tzinfo=tz(-5)),
            dt.datetime(2019, 11, 19, 8, 21, tzinfo=tz(-5)),
        ),
        ("Updated: 4 Nov 2025 | Published: 3 Nov 2025", dt.date(2025, 11, 3), dt.date(2025, 11, 4)),
        (
            "Aktualisiert am 4. November 2025, veröffentlicht am 3. November 2025",
            dt.date(2025, 11, 3),
            dt.date(2025, 11, 4),
        ),
    ],
)
def test_update_glued_or_first(text: str, published: dt.date, updated: dt.date) -> None:
    both = published_updated(text)
    assert both is not None
    check(both[0], published)
    assert both[1] is not None and both[1].updated
    check(both[1], updated)


def test_an_update_first_without_a_publication_label_is_not_split() -> None:
    assert published_updated("Updated 4 Nov 2025 by Jane Doe, 3 Nov 2025") is None
    assert published_updated("Updated 4 Nov 2025 / Updated 5 Nov 2025") is None


@pytest.mark.parametrize(
    ("text", "value", "updated"),
    [
        # Month abbreviations between dots (Brazilian papers)
        ("3.nov.2025 às 14h05", dt.date(2025, 11, 3), False),
        ("Atualizado: 3.nov.2025 às 15h10", dt.date(2025, 11, 3), True),
        # The time first, then the day of numbers (Russian agencies)
        ("14:05 03.11.2025", dt.date(2025, 11, 3), False),
        ("14:05 MSK 03.11.2025", dt.datetime(2025, 11, 3, 14, 5, tzinfo=tz(3)), False),
        ("14:05 25/11/2025", dt.date(2025, 11, 25), False),
        ("14:05, 03/11/2025", None, False),  # either order: unread
        # More labels
        ("Data utworzenia: 3 listopada 2025, 14:05", dt.date(2025, 11, 3), False),
        ("Data aktualizacji: 4 listopada 2025", dt.date(2025, 11, 4), True),
        ("Aangepast: 4 november 2025, 15:10", dt.date(2025, 11, 4), True),
        ("نُشر في 3 نوفمبر 2025", dt.date(2025, 11, 3), False),
        ("Dernière modification : 4 novembre 2025", dt.date(2025, 11, 4), True),
    ],
)
def test_news_forms(text: str, value: dt.date | None, updated: bool) -> None:
    found = date_line(text)
    expect(found, value)
    if value is not None:
        assert found is not None and found.updated is updated


def test_the_month_printed_short_then_in_full() -> None:
    """``Nov.November 18, 2019``: a page's two versions of the month (small and large
    screens), both in the copy; another month before the date is not the same date."""
    check(
        date_line("Nov.November 18, 2019 12:02 PM EST"),
        dt.datetime(2019, 11, 18, 12, 2, tzinfo=tz(-5)),
    )
    assert date_line("Dec.November 18, 2019") is None
    assert date_line("Hello November 18, 2019") is None


def test_a_time_glued_to_the_year() -> None:
    """``Nov 20 20194:29 AM EST``: the copy glued the time to the year."""
    check(date_line("Nov 20 20194:29 AM EST"), dt.datetime(2019, 11, 20, 4, 29, tzinfo=tz(-5)))
    check(date_line("May 3, 202510:30"), dt.date(2025, 5, 3))  # no zone: the day


def test_an_update_label_glued_to_the_zone() -> None:
    both = published_updated(
        "Published Tue, Nov 19 20197:05 AM ESTUpdated Tue, Nov 19 20197:16 AM EST"
    )
    assert both is not None and both[0] is not None and both[1] is not None
    assert both[0].value == dt.datetime(2019, 11, 19, 7, 5, tzinfo=tz(-5))
    assert both[1].value == dt.datetime(2019, 11, 19, 7, 16, tzinfo=tz(-5))
    glued = published_updated("November 19, 2019 7:05 pmUpdated November 20, 2019 7:16 pm")
    assert glued is not None and glued[0] is not None and glued[1] is not None
    assert (glued[0].value, glued[1].value) == (dt.date(2019, 11, 19), dt.date(2019, 11, 20))
    relative = published_updated("Published Wed, Nov 20 20194:29 AM ESTUpdated an hour ago")
    assert relative is not None and relative[0] is not None and relative[1] is None
    assert relative[0].value == dt.datetime(2019, 11, 20, 4, 29, tzinfo=tz(-5))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Catalan
        ("15 de gener de 2025", dt.date(2025, 1, 15)),
        ("dilluns, 12 de gener de 2026, 14:05", dt.date(2026, 1, 12)),
        ("12 de març de 2024", dt.date(2024, 3, 12)),
        # Croatian: its October after a day with its dot, Polish November without
        ("3. studenoga 2025.", dt.date(2025, 11, 3)),
        ("15. siječnja 2025.", dt.date(2025, 1, 15)),
        ("3. listopada 2025.", dt.date(2025, 10, 3)),
        ("3 listopada 2025", dt.date(2025, 11, 3)),
        ("Ponedjeljak, 3. studenoga 2025. 14:05", dt.date(2025, 11, 3)),
        ("Objavljeno: 3. 11. 2025. u 14:05", dt.date(2025, 11, 3)),
        # Serbian, Bosnian, Slovak, Slovenian, Bulgarian, Estonian, Swahili, Filipino
        ("3. novembar 2025.", dt.date(2025, 11, 3)),
        ("15. januara 2025.", dt.date(2025, 1, 15)),
        ("Publikované 3. novembra 2025", dt.date(2025, 11, 3)),
        ("15. januarja 2025", dt.date(2025, 1, 15)),
        ("понеделник, 3 ноември 2025", dt.date(2025, 11, 3)),
        ("15 януари 2025 г.", dt.date(2025, 1, 15)),
        ("3. jaanuar 2025", dt.date(2025, 1, 3)),
        ("3 Novemba 2025", dt.date(2025, 11, 3)),
        ("Nobyembre 3, 2025", dt.date(2025, 11, 3)),
        # Lithuanian and Latvian: the year first
        ("2025 m. lapkričio 3 d.", dt.date(2025, 11, 3)),
        ("Paskelbta 2025 m. lapkričio 3 d. 14:05", dt.date(2025, 11, 3)),
        ("2025. gada 3. novembrī", dt.date(2025, 11, 3)),
        ("2025. gada 3. novembris", dt.date(2025, 11, 3)),
        # Czech and Greek with their weekdays; dots with spaces
        ("Pondělí 3. listopadu 2025", dt.date(2025, 11, 3)),
        ("Πέμπτη 3 Νοεμβρίου 2025", dt.date(2025, 11, 3)),
        ("3. 11. 2025 14:05", dt.date(2025, 11, 3)),
        ("3. 11.2025", None),  # the spaces differ: no date of one hand
    ],
)
def test_more_languages(text: str, value: dt.date | None) -> None:
    expect(date_line(text), value)


def test_croatian_published_and_updated() -> None:
    both = published_updated("Objavljeno: 03.11.2025. 14:05, ažurirano: 04.11.2025. 09:12")
    assert both is not None and both[0] is not None and both[1] is not None
    assert (both[0].value, both[1].value) == (dt.date(2025, 11, 3), dt.date(2025, 11, 4))
    assert both[1].updated


def test_an_update_printed_without_its_year_leaves_the_date() -> None:
    both = published_updated("November 18, 2019 at 2:26 PM HST - Updated November 18 at 4:46 PM")
    assert both is not None and both[0] is not None and both[1] is None
    assert both[0].value == dt.datetime(2019, 11, 18, 14, 26, tzinfo=tz(-10))
    # Without a time, the words after an update label may be a headline's.
    assert published_updated("May 3, 2025 - Update on the case") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Arabic's am and pm after the time
        ("18 نوفمبر 2019 03:04 م EET", dt.datetime(2019, 11, 18, 15, 4, tzinfo=tz(2))),
        ("18 نوفمبر 2019 09:15 ص EET", dt.datetime(2019, 11, 18, 9, 15, tzinfo=tz(2))),
        ("الإثنين 18 نوفمبر 2019 03:04 م", dt.date(2019, 11, 18)),
        # Thai's short months (dots inside), Greek's short months
        ("18 พ.ย. 2562 15:04 น.", dt.date(2019, 11, 18)),
        ("18 มี.ค. 2567", dt.date(2024, 3, 18)),
        ("18 Νοε 2019", dt.date(2019, 11, 18)),
        ("18 Μαΐ 2019", dt.date(2019, 5, 18)),
        # Korean, Czech and Danish labels; Vietnamese "lúc" (at) and "ngày" (day)
        ("기사입력 2019.11.18. 오후 3:04", dt.date(2019, 11, 18)),
        ("Zveřejněno: 18. listopadu 2019", dt.date(2019, 11, 18)),
        ("Udgivet 18. november 2019", dt.date(2019, 11, 18)),
        ("15:04 ngày 18/11/2019", dt.date(2019, 11, 18)),
    ],
)
def test_more_forms_of_news_pages(text: str, value: dt.date) -> None:
    expect(date_line(text), value)


@pytest.mark.parametrize(
    "text", ["최종수정 2019.11.18. 오후 3:04", "Cập nhật lúc 15:04 ngày 18/11/2019"]
)
def test_more_update_labels_of_news_pages(text: str) -> None:
    found = date_line(text)
    assert found is not None and found.updated
    assert found.value == dt.date(2019, 11, 18)
