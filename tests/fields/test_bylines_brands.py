"""Byline lines read alone: labels without their colon, outlets' brands after the
name, connector words before the date, and what is no name (made-up names)."""

from __future__ import annotations

import pytest

from newsparse._fields.bylines import is_outlet, parse_byline


@pytest.mark.parametrize(
    ("line", "authors", "printed"),
    [
        (
            "Penulis Budi Santoso | Editor Siti Rahma",
            ("Budi Santoso",),
            "Penulis Budi Santoso | Editor Siti Rahma",
        ),
        ("Pewarta Budi Santoso", ("Budi Santoso",), "Pewarta Budi Santoso"),
        ("Wartawan Budi Santoso", ("Budi Santoso",), "Wartawan Budi Santoso"),
        (
            "Penulis Budi Santoso dan Siti Rahma",
            ("Budi Santoso", "Siti Rahma"),
            "Penulis Budi Santoso dan Siti Rahma",
        ),
        ("Yazar Ahmet Yılmaz", ("Ahmet Yılmaz",), "Yazar Ahmet Yılmaz"),
        ("Autor Jan Kowalski", ("Jan Kowalski",), "Autor Jan Kowalski"),
        ("Tác giả Nguyễn Văn An", ("Nguyễn Văn An",), "Tác giả Nguyễn Văn An"),
        ("Pewarta: Budi Santoso", ("Budi Santoso",), "Pewarta: Budi Santoso"),
    ],
)
def test_label_without_its_colon(line: str, authors: tuple[str, ...], printed: str) -> None:
    byline = parse_byline(line, require_prefix=True)
    assert byline is not None
    assert (byline.authors, byline.printed) == (authors, printed)


@pytest.mark.parametrize("line", ["Author Spotlight", "Reporter", "Penulis", "Autor der Woche"])
def test_a_label_over_no_name_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("Jan Novák, iDNES.cz", ("Jan Novák",), "iDNES.cz"),
        ("Budi Santoso - Kompas.com", ("Budi Santoso",), "Kompas.com"),
        ("Budi Santoso - detikFinance", ("Budi Santoso",), "detikFinance"),
        ("Nguyễn Văn An - VnExpress", ("Nguyễn Văn An",), "VnExpress"),
        ("Иван Петров - РБК", ("Иван Петров",), None),
        ("Jan de Vries - NOS", ("Jan de Vries",), None),
        ("Jana Beispiel – Der Tagesspiegel", ("Jana Beispiel",), None),
        ("Maria Rossi - Il Sole 24 Ore", ("Maria Rossi",), None),
        ("By María Ejemplo | Madrid", ("María Ejemplo",), None),
    ],
)
def test_outlet_brand_after_the_name(
    line: str, authors: tuple[str, ...], source: str | None
) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert (byline.authors, byline.source) == (authors, source)


@pytest.mark.parametrize(
    "line",
    [
        # Without a "By", one capitalised word after a dash may be a headline's.
        "Taylor Swift - Reputation",
        "Andrea Valeria - Remote Jobs",
        "Jane Doe - McDonald",
        "Jane Doe - DeShawn",
        "Jane Doe - MacKenzie",
    ],
)
def test_no_byline(line: str) -> None:
    assert parse_byline(line) is None


def test_romanian_de_opens_the_line_not_the_name() -> None:
    # "de" is "by" in Romanian: the line's prefix, never the name's first word; and
    # only where the line's place says it is a byline (never as a required "By").
    byline = parse_byline("de Ion Popescu")
    assert byline is not None
    assert byline.authors == ("Ion Popescu",)
    assert parse_byline("de Ion Popescu", require_prefix=True) is None


@pytest.mark.parametrize(
    ("line", "authors", "rest"),
    [
        (
            "Oleh Budi Santoso pada Senin, 30 Nov 2026 17:47 WIB",
            ("Budi Santoso",),
            "30 Nov 2026 17:47 WIB",
        ),
        ("Autor: Jan Kowalski, dnia 30.11.2026", ("Jan Kowalski",), "30.11.2026"),
        ("Yazar: Ahmet Yılmaz Pazartesi 30.11.2026", ("Ahmet Yılmaz",), "30.11.2026"),
        # The date first, its weekday with a comma, then the name.
        ("Senin, 30 Nov 2026 17:47 WIB Budi Santoso", ("Budi Santoso",), "30 Nov 2026 17:47 WIB"),
        ("Monday, 30 Nov 2026 17:47 GMT Jane Doe", ("Jane Doe",), "30 Nov 2026 17:47 GMT"),
        # A name that is also a weekday's stays a name.
        ("Jan Sobota 30.11.2026", ("Jan Sobota",), "30.11.2026"),
    ],
)
def test_date_after_a_connector(line: str, authors: tuple[str, ...], rest: str) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert (byline.authors, byline.rest) == (authors, rest)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [("iDNES.cz", True), ("Tuoitre.vn", True), ("Onet.pl", True), ("J.R.", False), ("Ph.D", False)],
)
def test_domain_is_an_outlet(text: str, outlet: bool) -> None:
    assert is_outlet(text) is outlet
