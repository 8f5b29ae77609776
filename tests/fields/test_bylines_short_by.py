"""Swahili "Na" and Filipino "Ni" ("by") before a name, "written by" in both, and the
job titles of more languages after a name (issue 12): the "by" word is never read as
part of the name, and never as the "By" a line elsewhere in the dump must have."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._fields.bylines import parse_byline

SHORT_BY = [
    ("Na Juma Hassan", ("Juma Hassan",)),
    ("NA JUMA HASSAN", ("Juma Hassan",)),
    ("Ni Maria Santos", ("Maria Santos",)),
    ("Ni Jose Dela Cruz", ("Jose Dela Cruz",)),
    ("Imeandikwa na Juma Hassan", ("Juma Hassan",)),
    ("Isinulat ni Maria Santos", ("Maria Santos",)),
]


@pytest.mark.parametrize(("line", "authors"), SHORT_BY)
def test_short_by_word_is_the_prefix(line: str, authors: tuple[str, ...]) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == authors
    assert byline.printed == line


@pytest.mark.parametrize("line", ["Na Juma Hassan", "Ni Maria Santos"])
def test_short_by_word_is_no_prefix_elsewhere(line: str) -> None:
    # "na" is also a preposition of the Slavic languages: only a line placed as a
    # byline reads it as "by".
    assert parse_byline(line, require_prefix=True) is None


@pytest.mark.parametrize("line", ["Isinulat ni Maria Santos", "Imeandikwa na Juma Hassan"])
def test_written_by_is_a_prefix_anywhere(line: str) -> None:
    byline = parse_byline(line, require_prefix=True)
    assert byline is not None and len(byline.authors) == 1


@pytest.mark.parametrize("line", ["Na Young-seok", "Na Kyung-min", "Ni Yuchen"])
def test_one_word_after_is_a_name_not_a_prefix(line: str) -> None:
    # A Korean or Chinese surname (Na, Ni) before a one-word given name: no "by".
    byline = parse_byline(line)
    assert byline is None or byline.authors != (line.split()[1],)


ROLES = [
    ("Marta Przykład, dziennikarka", "Marta Przykład"),
    ("Marta Przykład, publicystka", "Marta Przykład"),
    ("Ana Horvat, novinarka", "Ana Horvat"),
    ("Ivan Horvat, dopisnik", "Ivan Horvat"),
    ("Liisa Esimerkki, toimittaja", "Liisa Esimerkki"),
    ("Ayşe Örnek, gazeteci", "Ayşe Örnek"),
    ("Juma Hassan, Mwandishi", "Juma Hassan"),
    ("Анна Иванова, журналистка", "Анна Иванова"),
]


@pytest.mark.parametrize(("line", "name"), ROLES)
def test_job_title_after_the_name(line: str, name: str) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == (name,)


def test_job_title_alone_is_no_byline() -> None:
    assert parse_byline("Dziennikarka Polska") is None


FILIPINO = """Balita | Palakasan | Negosyo | Libangan
Lunes, Nobyembre 30, 2026
Presyo ng Bigas sa mga Pamilihan, Tumaas Muli Ngayong Linggo
Ni Maria Santos
Nobyembre 29, 2026
Tumaas muli ang presyo ng bigas sa iba't ibang pamilihan sa Kamaynilaan ngayong \
linggo, ayon sa pinakahuling datos ng Kagawaran ng Agrikultura.
Sinabi ng mga nagtitinda na ang pagtaas ay dulot ng kakulangan ng suplay mula sa mga \
probinsya at ng mataas na gastos sa transportasyon ng mga produkto.
Nangako ang pamahalaan na magpapalabas ng karagdagang bigas mula sa imbakan upang \
mapababa ang presyo sa mga susunod na araw at linggo.
Ibahagi: Facebook Twitter
"""

POLISH = """Wiadomości | Sport | Biznes | Kultura
poniedziałek, 30 listopada 2026
Rolnicy protestują przeciwko niskim cenom zboża w całym kraju
Marta Przykład, dziennikarka
Rolnicy z kilku województw wyjechali w sobotę na drogi, protestując przeciwko niskim \
cenom zboża i rosnącym kosztom nawozów oraz paliwa.
Przedstawiciele związków rolniczych zapowiedzieli, że protesty będą kontynuowane, \
dopóki rząd nie przedstawi konkretnych propozycji wsparcia dla gospodarstw.
Ministerstwo rolnictwa poinformowało, że trwają rozmowy z przedstawicielami \
protestujących i że pierwsze decyzje zapadną w przyszłym tygodniu.
Udostępnij: Facebook Twitter
"""


def test_filipino_dump_author_without_ni() -> None:
    article = newsparse.parse(FILIPINO)
    assert article.authors == ("Maria Santos",)


def test_polish_dump_author_with_job_title() -> None:
    article = newsparse.parse(POLISH)
    assert article.authors == ("Marta Przykład",)
    assert article.title == "Rolnicy protestują przeciwko niskim cenom zboża w całym kraju"


SWAHILI = """Habari
Michezo
Biashara
Siasa
Serikali yaongeza bajeti ya elimu kwa mwaka ujao
Na Juma Hassan
Novemba 29, 2026
Serikali imetangaza kuongeza bajeti ya elimu kwa asilimia kumi katika mwaka ujao wa fedha, hatua inayolenga kuboresha madarasa na kuajiri walimu wapya.
Waziri wa Fedha alisema fedha hizo zitatumika pia kununua vitabu na vifaa vya maabara kwa shule za sekondari katika mikoa yote.
Wadau wa elimu wamepongeza uamuzi huo lakini wameitaka serikali kuhakikisha fedha zinafika shuleni kwa wakati.
Habari Zinazohusiana
Wasiliana nasi
"""


def test_swahili_dump_author_and_date() -> None:
    # ``Na`` (by) over the date in Swahili's month names: the author without ``Na``.
    article = newsparse.parse(SWAHILI)
    assert article.title == "Serikali yaongeza bajeti ya elimu kwa mwaka ujao"
    assert article.authors == ("Juma Hassan",)
    assert str(article.date) == "2026-11-29"
    assert len(article.body) == 3
