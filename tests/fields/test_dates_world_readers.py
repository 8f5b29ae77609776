"""The date readers on the forms of tests/engine/test_dates_world.py that they missed
(issue 12): update labels led by the word for "last", labels after a second date, the
Solar Hijri calendar, a reading time given as about so long."""

from __future__ import annotations

import datetime as dt

import pytest

from newsparse._fields.dates import date_line, find_dates, published_updated, update_label

P, U = dt.date(2024, 5, 3), dt.date(2024, 5, 4)


def days(
    both: tuple[object, object] | None,
) -> tuple[dt.date | None, dt.date | None] | None:
    if both is None:
        return None
    out = []
    for found in both:
        value = getattr(found, "value", None)
        out.append(value.date() if isinstance(value, dt.datetime) else value)
    return out[0], out[1]


@pytest.mark.parametrize(
    "text",
    [
        "03 Mayıs 2024 17:47 Son Güncelleme: 04 Mayıs 2024 08:10",
        "Giriş: 03.05.2024 17:47 Güncelleme: 04.05.2024 08:10",
        "Publisert 03.05.2024 17:47 Sist oppdatert 04.05.2024 08:10",
        "Publicerad 2024-05-03 17:47 Senast uppdaterad 2024-05-04 08:10",
        "Veröffentlicht am 03.05.2024 zuletzt aktualisiert 04.05.2024",
        "發布時間：2024/05/03 17:47 最後更新時間：2024/05/04 08:10",
        "发布时间：2024-05-03 17:47 最后更新时间：2024-05-04 08:10",
        "03/05/2024 17:47 Actualizado a 04/05/2024 08:10",
        "เผยแพร่: 3 พ.ค. 2567 17:47 ปรับปรุง: 4 พ.ค. 2567 08:10",
        "Publikováno: 3. 5. 2024 17:47 Aktualizováno: 4. 5. 2024 8:10",
        "입력 2024.05.03 17:47 업데이트 2024.05.04 08:10",
        "Pubblicato il 03/05/2024 Ultima modifica il 04/05/2024 alle ore 08:10",
        "نشر في: 03/05/2024 - 17:47 | آخر تحديث: 04/05/2024 - 08:10",
        "Publiceret 3. maj 2024 kl. 17.47 Sidst opdateret 4. maj 2024 kl. 08.10",
    ],
)
def test_published_and_updated_in_one_line(text: str) -> None:
    """Each gave None: the word before the label ("Son", "Sist", "最後") was left on the
    publication's side, or the label was not known as an update's."""
    assert days(published_updated(text, day_first=True)) == (P, U)


@pytest.mark.parametrize(
    "text",
    [
        "2024年5月3日 17時47分 (2024年5月4日 8時10分更新)",
        "2024年5月3日 17時47分（2024年5月4日 8時10分更新）",
        "2024/05/03 17:47公開 2024/05/04 08:10更新",
    ],
)
def test_the_update_label_after_the_second_date(text: str) -> None:
    both = published_updated(text)
    assert days(both) == (P, U)
    assert both is not None and both[1] is not None and both[1].updated


@pytest.mark.parametrize(
    "text",
    [
        # words before the first date
        "記事 2024/05/03 17:47 (2024/05/04 08:10更新)",
        # three dates
        "2024/05/02 2024/05/03 (2024/05/04 更新)",
    ],
)
def test_the_update_label_after_the_second_date_needs_a_plain_pair(text: str) -> None:
    both = published_updated(text)
    assert both is None or days(both) != (P, U)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Son Güncelleme: 04.05.2024", True),
        ("Sist oppdatert 04.05.2024", True),
        ("最後更新時間：2024/05/04", True),
        ("ปรับปรุง: 4 พ.ค. 2567", True),
        ("Jackson 04.05.2024", False),
        ("Sonia 04.05.2024", False),
    ],
)
def test_update_labels(text: str, label: bool) -> None:
    assert update_label(text) is label


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Stand: 03.05.2024, 17:47 Uhr | Lesezeit: ca. 3 Min.", P),
        ("03.05.2024 | Lesedauer: 3 Minuten", P),
        ("Giriş: 03.05.2024", P),
        ("Actualizado a 04/05/2024", U),
        ("تاریخ انتشار: ۱۴ اردیبهشت ۱۴۰۳", P),
        ("جمعه ۱۴ اردیبهشت ۱۴۰۳ - ۱۷:۴۷", P),
        ("سه‌شنبه ۱۱ اردیبهشت ۱۴۰۳", dt.date(2024, 4, 30)),
        ("یکشنبه ۹ اردیبهشت ۱۴۰۳", dt.date(2024, 4, 28)),
        ("14 اردیبهشت 1403", P),
        # the Arabic yeh
        ("14 ارديبهشت 1403", P),
        # a Solar Hijri month with a Gregorian year (Arabic "مهر" is a word too)
        ("5 مهر 2024", None),
        # a day the month does not have
        ("31 مهر 1403", None),
    ],
)
def test_date_lines(text: str, value: dt.date | None) -> None:
    found = date_line(text, day_first=True)
    got = None if found is None else found.value
    assert (got.date() if isinstance(got, dt.datetime) else got) == value
    if found is not None and text.startswith("Actualizado"):
        assert found.updated


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1403, 1, 1), dt.date(2024, 3, 20)),
        ((1403, 2, 14), dt.date(2024, 5, 3)),
        ((1403, 7, 1), dt.date(2024, 9, 22)),
        ((1403, 12, 30), dt.date(2025, 3, 20)),  # a leap year's last day
        ((1404, 1, 1), dt.date(2025, 3, 21)),
        ((1402, 12, 29), dt.date(2024, 3, 19)),
        ((1399, 1, 1), dt.date(2020, 3, 20)),
        ((1396, 1, 1), dt.date(2017, 3, 21)),
        ((1375, 1, 1), dt.date(1996, 3, 20)),
        ((1357, 11, 22), dt.date(1979, 2, 11)),
    ],
)
def test_solar_hijri_days(solar: tuple[int, int, int], gregorian: dt.date) -> None:
    names = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان"]
    names += ["آذر", "دی", "بهمن", "اسفند"]
    year, month, day = solar
    found = list(find_dates(f"{day} {names[month - 1]} {year}"))
    assert [f.value for f in found] == [gregorian]


def test_solar_hijri_with_its_time_and_zone() -> None:
    found = date_line("۱۴ اردیبهشت ۱۴۰۳، ۱۷:۴۷ GMT+3:30")
    assert found is not None
    assert found.value == dt.datetime(
        2024, 5, 3, 17, 47, tzinfo=dt.timezone(dt.timedelta(hours=3, minutes=30))
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # Argentina's and Uruguay's hours
        ("03 de Mayo de 2024 - 17:47 hs", P),
        ("03/05/2024 17:47 hs", P),
        # Ukrainian: "at" before the time, the year's word
        ("3 травня 2024 о 17:47", P),
        ("3 травня 2024 р.", P),
        ("3 травня 2024 року", P),
        # Arabic's evening and morning in full
        ("الجمعة 3 مايو 2024 05:47 مساءً", P),
        ("الجمعة 3 مايو 2024 08:10 صباحًا", P),
        # Thai and Swedish weekdays, short; Portuguese ones without "-feira"
        ("ศุกร์ 3 พฤษภาคม 2567", P),
        ("fre 3 maj 2024 17.47", P),
        ("Quinta, 2 Mai 2024 17:47", dt.date(2024, 5, 2)),
        # Romanian and Persian words for "at" (the hour)
        ("3 mai 2024, ora 17:47", P),
        ("03.05.2024 ora 17:47", P),
        ("۱۴ اردیبهشت ۱۴۰۳ ساعت ۱۷:۴۷", P),
        # a Hungarian weekday after the day
        ("2024. május 3., péntek 17:47", P),
        # a Korean agency's "sent" after the date
        ("2024-05-03 17:47 송고", P),
    ],
)
def test_more_date_lines(text: str, value: dt.date) -> None:
    found = date_line(text, day_first=True)
    assert found is not None
    got = found.value
    assert (got.date() if isinstance(got, dt.datetime) else got) == value


def test_arabic_evening_is_after_noon() -> None:
    found = date_line("3 مايو 2024 05:47 مساءً GMT+3")
    assert found is not None
    assert found.value == dt.datetime(2024, 5, 3, 17, 47, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    found = date_line("3 مايو 2024 05:47 صباحًا GMT+3")
    assert found is not None
    assert found.value == dt.datetime(2024, 5, 3, 5, 47, tzinfo=dt.timezone(dt.timedelta(hours=3)))
