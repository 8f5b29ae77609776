"""A place whose first word says "new" (``Nueva York``, ``Nuevo Laredo``, ``Nouvelle
Orléans``) before a wire's credit is the dateline's city, never an author: the word for
"new" stands in no person's name, as ``New`` does not in English. Places and names are
made up or common for these tests.
"""

from __future__ import annotations

import pytest

from newsparse._fields.bylines import parse_byline


@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("Nueva York (EFE)", "EFE"),
        ("Nuevo Laredo (EFE)", "EFE"),
        ("Nueva Delhi - EFE", "EFE"),
        ("Nuova Delhi (ANSA)", "ANSA"),
    ],
)
def test_new_place_and_agency(line: str, source: str) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == ()
    assert byline.source == source


@pytest.mark.parametrize(
    ("line", "authors", "source"),
    [
        ("Ana García (EFE)", ("Ana García",), "EFE"),
        ("Por Juan Pérez (EFE)", ("Juan Pérez",), "EFE"),
    ],
)
def test_person_and_agency_still_read(line: str, authors: tuple[str, ...], source: str) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == authors
    assert byline.source == source
