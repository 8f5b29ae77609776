"""parse_byline on the byline habits of news sites in many languages (issue 12): the
kind of piece before "by", agencies and desks in other languages, "and" in other
languages, particles glued to names, and the photographer's credit after the names."""

from __future__ import annotations

import pytest

from newsparse._fields.bylines import (
    is_lone_prefix,
    is_outlet,
    lead_dateline,
    parse_byline,
    source_credit,
)

# (line, authors, source): each line a byline, read without a position's help.
PREFIXED = [
    ("Ein Kommentar von Jana Beispiel", ("Jana Beispiel",), None),
    ("Eine Analyse von Jana Beispiel und Max Muster", ("Jana Beispiel", "Max Muster"), None),
    ("Ein Gastbeitrag von Jana Beispiel", ("Jana Beispiel",), None),
    ("Propos recueillis par Jeanne Exemple", ("Jeanne Exemple",), None),
    ("Entretien réalisé par Jeanne Exemple", ("Jeanne Exemple",), None),
    ("Une analyse de Jeanne Exemple", ("Jeanne Exemple",), None),
    ("Análisis de María Ejemplo", ("María Ejemplo",), None),
    ("Un commento di Maria Rossi", ("Maria Rossi",), None),
    ("a cura di Maria Rossi", ("Maria Rossi",), None),
    ("Analysis by Tom Baker", ("Tom Baker",), None),
    ("Γράφει ο Γιώργος Παπαδόπουλος", ("Γιώργος Παπαδόπουλος",), None),
    ("Γράφει η Μαρία Παππά", ("Μαρία Παππά",), None),
    ("كتب - محمد علي", ("محمد علي",), None),
    ("Haber: Ahmet Yılmaz", ("Ahmet Yılmaz",), None),
    ("Autorka: Anna Nowak", ("Anna Nowak",), None),
    ("Piše: Ivan Horvat", ("Ivan Horvat",), None),
    ("Wartawan: Budi Santoso", ("Budi Santoso",), None),
    ("خبرنگار: علی رضایی", ("علی رضایی",), None),
    ("نویسنده: علی رضایی و مریم احمدی", ("علی رضایی", "مریم احمدی"), None),
    ("लेखक: राहुल शर्मा और प्रिया सिंह", ("राहुल शर्मा", "प्रिया सिंह"), None),
    ("Autor: ČTK", (), "ČTK"),
    ("Текст: Мария Иванова / Фото: Иван Петров", ("Мария Иванова",), None),
    ("Text: Jana Beispiel | Fotos: Max Muster", ("Jana Beispiel",), None),
    ("Por Maria Silva - Repórter da Agência Brasil", ("Maria Silva",), "Agência Brasil"),
    ("By Ahmad bin Ismail and Omar al-Rashid", ("Ahmad bin Ismail", "Omar al-Rashid"), None),
    ("By Jean-Luc d'Arcy and Maria dell'Olio", ("Jean-Luc d'Arcy", "Maria dell'Olio"), None),
    ("By Ahmed el-Sayed", ("Ahmed el-Sayed",), None),
]

# Lines read as bylines by their position (no "By"): names joined by another
# language's "and", and a name with its agency.
BARE = [
    ("Jan Novák a Petr Svoboda", ("Jan Novák", "Petr Svoboda"), None),
    ("Олена Коваленко та Іван Шевченко", ("Олена Коваленко", "Іван Шевченко"), None),
    ("Ion Popescu și Maria Ionescu", ("Ion Popescu", "Maria Ionescu"), None),
    ("Kovács Anna és Nagy Péter", ("Kovács Anna", "Nagy Péter"), None),
    ("Nguyễn Văn An và Trần Thị Bình", ("Nguyễn Văn An", "Trần Thị Bình"), None),
    ("Matti Virtanen ja Liisa Korhonen", ("Matti Virtanen", "Liisa Korhonen"), None),
    ("Jan Novák, ČTK", ("Jan Novák",), "ČTK"),
    ("Олена Коваленко, Укрінформ", ("Олена Коваленко",), "Укрінформ"),
    ("Jane Doe, Correspondent of Reuters", ("Jane Doe",), "Reuters"),
    ("Budi Santoso - detikNews", ("Budi Santoso",), "detikNews"),
    ("Budi Santoso, SINDOnews", ("Budi Santoso",), "SINDOnews"),
    # An outlet's job title is no desk of the outlet: no source, no author.
    ("Jane Roe, CNN Editor-at-large", ("Jane Roe",), None),
    # Agencies and outlets alone: a source, no person.
    ("Agência Lusa", (), "Agência Lusa"),
    ("Anadolu Ajansı", (), "Anadolu Ajansı"),
    ("Estadão Conteúdo", (), "Estadão Conteúdo"),
    ("共同通信", (), "共同通信"),
    ("朝日新聞", (), "朝日新聞"),
    ("Theo TTXVN", (), "TTXVN"),
    ("خبرگزاری ایرنا", (), "خبرگزاری ایرنا"),
]


@pytest.mark.parametrize(("line", "authors", "source"), PREFIXED)
def test_prefixed_byline(line: str, authors: tuple[str, ...], source: str | None) -> None:
    for require_prefix in (True, False):
        byline = parse_byline(line, require_prefix=require_prefix)
        assert byline is not None
        assert (byline.authors, byline.source) == (authors, source)


@pytest.mark.parametrize(("line", "authors", "source"), BARE)
def test_byline_without_prefix(line: str, authors: tuple[str, ...], source: str | None) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert (byline.authors, byline.source) == (authors, source)


@pytest.mark.parametrize(
    "line",
    [
        "Da Redação",  # "from the newsroom": a desk, no person
        "Haber Merkezi",  # Turkish "news centre"
        "Redakcja",
        "Tim Redaksi",
        "Kontributor Bandung, Budi Santoso",  # a job and a place, then a name: unsure
    ],
)
def test_desk_credit_gives_no_author(line: str) -> None:
    byline = parse_byline(line)
    assert byline is None or byline.authors == ()


@pytest.mark.parametrize(
    "text",
    [
        "Agência Brasil",
        "Agenzia Nova",
        "Agence Anadolu",
        "Anadolu Ajansı",
        "وكالة الأنباء السعودية",
    ],
)
def test_agency_in_another_language_is_an_outlet(text: str) -> None:
    assert is_outlet(text)


@pytest.mark.parametrize(
    "line",
    [
        "de Castro",  # a surname alone after the Romanian "de": no name of two words
        "De Niro Smith",  # "De" in capitals opens a surname, it is no "by"
        "Eine Analyse von Daten",
        "Analysis by Region",
    ],
)
def test_no_byline_from_the_new_prefixes(line: str) -> None:
    byline = parse_byline(line, require_prefix=True)
    assert byline is None


@pytest.mark.parametrize(
    ("text", "authors", "source"),
    [
        ("(서울=연합뉴스) 홍길동 기자 = 정부는 14일 발표했다.", ("홍길동",), "연합뉴스"),
        ("[서울=뉴시스] 홍길동·김철수 특파원 = 정부는", ("홍길동", "김철수"), "뉴시스"),
        ("Berlin (dpa) - Der Stadtrat hat", (), "dpa"),
        ("WASHINGTON (AP) — The Senate voted", (), "AP"),
        ("Madrid, 30 nov (EFE).- El Gobierno", (), "EFE"),
        ("JAKARTA, KOMPAS.com - Pemerintah", (), "KOMPAS.com"),
    ],
)
def test_lead_dateline_credits(text: str, authors: tuple[str, ...], source: str) -> None:
    credit = lead_dateline(text)
    assert credit is not None
    assert (credit.authors, credit.source) == (authors, source)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor (left) - said the plan was ready.",
        "London, England - The council voted",  # a place, no outlet
        "Berlin (Reuters Breakingviews analysis of) the market",  # no dash after it
        "Il sindaco (di Roma) - ha detto",
    ],
)
def test_no_credit_from_other_openings(text: str) -> None:
    assert lead_dateline(text) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Fuente: EFE", "EFE"),
        ("Kaynak: AA", "AA"),
        ("Źródło: PAP", "PAP"),
        ("Theo TTXVN", "TTXVN"),
        ("*Com informações da Agência Brasil", "Agência Brasil"),
        ("With files from The Canadian Press", "The Canadian Press"),
        ("来源：新华社", "新华社"),
        ("（共同）", "共同通信"),
        ("(EFE)", "EFE"),
        ("المصدر: رويترز", "رويترز"),
        ("(Jane Doe)", None),
        ("（山田太郎）", None),
        ("Source: Jane Doe", None),  # a person is no source
        ("Source: the World Bank", None),
        ("Theo Nguyễn Văn An", None),
    ],
)
def test_source_credit(text: str, source: str | None) -> None:
    assert source_credit(text) == source


@pytest.mark.parametrize("line", ["Coluna de Adauto Exemplo", "Kolumne von Jana Beispiel"])
def test_a_column_s_link_is_no_byline(line: str) -> None:
    # Menus link to their columnists so: the page is the column's, not theirs.
    assert parse_byline(line, require_prefix=True) is None


def test_of_is_no_by() -> None:
    # "de" is "of" in the Romance languages: a line "Jogos de Fórmula 1" credits no one.
    assert not is_lone_prefix("de")
    assert parse_byline("Jogos de Fórmula Uno", require_prefix=True) is None


@pytest.mark.parametrize(
    ("text", "author", "outlet"),
    [
        ("Lena Beispiel, Süddeutsche Rundschau", "Lena Beispiel", "Süddeutsche Rundschau"),
        ("Por María López, Diario del Sur", "María López", "Diario del Sur"),
        ("Di Maria Rossi, Corriere del Nord", "Maria Rossi", "Corriere del Nord"),
        ("Anna Kowalska, Dziennik Północny", "Anna Kowalska", "Dziennik Północny"),
        ("Nguyễn Văn An, Báo Tuổi Trẻ", "Nguyễn Văn An", "Báo Tuổi Trẻ"),
    ],
)
def test_a_newspaper_after_the_name_is_the_source_not_an_author(
    text: str, author: str, outlet: str
) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.authors, byline.source) == ((author,), outlet)


def test_a_family_name_that_means_news_is_still_a_name() -> None:
    # Haber is Turkish for "news" and a German family name: no outlet word.
    byline = parse_byline("Von Fritz Haber und Jana Beispiel")
    assert byline is not None
    assert byline.authors == ("Fritz Haber", "Jana Beispiel")


@pytest.mark.parametrize(
    ("line", "author"),
    [
        # The date's label on the byline's line, in its language, is no part of the name.
        ("كتب: أحمد علي نشر في 12 نوفمبر 2024", "أحمد علي"),
        ("โดย สมชาย ใจดี เผยแพร่: 12 พ.ย. 2567", "สมชาย ใจดี"),
        ("Autor: Jan Novák publikováno 12. 11. 2024", "Jan Novák"),
        ("Oleh Budi Santoso diterbitkan 12 November 2024", "Budi Santoso"),
        ("Yazan: Ayşe Yılmaz güncellendi 12.11.2024", "Ayşe Yılmaz"),
        ("Av Anna Berg publicerad 12 november 2024", "Anna Berg"),
        ("Av Kari Nordmann publisert 12. november 2024", "Kari Nordmann"),
    ],
)
def test_a_date_label_after_the_name_is_cut(line: str, author: str) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == (author,)
