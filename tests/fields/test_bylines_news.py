"""Byline forms of news pages (issue 12.2): glued jobs, capital connectors, affiliations."""

from __future__ import annotations

import pytest

from newsparse._fields.bylines import parse_byline


@pytest.mark.parametrize(
    ("text", "authors", "rest"),
    [
        # "On" in capitals between the name and the date, as a magazine prints it.
        (
            "By Jane Holloway On 11/13/19 at 4:00 PM EST",
            ("Jane Holloway",),
            "11/13/19 at 4:00 PM EST",
        ),
        ("BY JANE HOLLOWAY ON 11/13/19", ("Jane Holloway",), "11/13/19"),
        # The weekday before the date is the date's, not the name's.
        (
            "By Paul Marsh on Monday, November 18th, 2019 at 11:04 a.m.",
            ("Paul Marsh",),
            "November 18th, 2019 at 11:04 a.m.",
        ),
        ("Von Anna Keller am Dienstag, 3. März 2025", ("Anna Keller",), "3. März 2025"),
        # A relative date without "ago" ending the line, after a handle.
        ("Carla Wen @carlawen / 2 days", ("Carla Wen",), "2 days"),
        # "Le" is a surname, not the French connector, when capitalised.
        ("By Minh Le, March 3, 2025", ("Minh Le",), "March 3, 2025"),
    ],
)
def test_connectors_and_weekdays_before_the_date(
    text: str, authors: tuple[str, ...], rest: str
) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == authors
    assert byline.rest == rest


@pytest.mark.parametrize(
    ("text", "authors", "source"),
    [
        # A name glued to its job title or, after "By", to its outlet's link.
        ("By Mark HollisBusiness Columnist", ("Mark Hollis",), None),
        ("By Ada PerkinsFOXBusiness", ("Ada Perkins",), None),
        ("By Ada PerkinsReuters", ("Ada Perkins",), "Reuters"),
        # Seniority words before the job are the job's.
        ("Bruno Y. Leal Senior Contributor", ("Bruno Y. Leal",), None),
        ("Eli Marsh Contributing Writer", ("Eli Marsh",), None),
        # The name printed twice side by side (a link's text and the name).
        ("By Sean Morton Sean Morton", ("Sean Morton",), None),
        # An outlet or school after the comma is no second author.
        ("Tara Lindqvist, Business Insider", ("Tara Lindqvist",), None),
        ("Shelly R. Cotter, Clemson University", ("Shelly R. Cotter",), None),
        ("VICTOR TANNER, FUTURISM", ("Victor Tanner",), None),
        ("Jane Doe, Bank of England", ("Jane Doe",), None),
    ],
)
def test_jobs_outlets_and_copies_after_the_name(
    text: str, authors: tuple[str, ...], source: str | None
) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == authors
    assert byline.source == source


@pytest.mark.parametrize(
    "text",
    [
        "Los Angeles, California",  # a place: one word after the comma, not in capitals
        "Senior Environment Correspondent",  # a job alone
    ],
)
def test_still_no_byline(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # An English not-a-name word ("An") is a given name in a Vietnamese name.
        ("Tác giả: Nguyễn Văn An", ("Nguyễn Văn An",)),
        ("Nguyễn Thị An", ("Nguyễn Thị An",)),
        # ... and printed without its marks, after a "By".
        ("By Matt Dunbar, Minh Do on Monday, November 18th, 2019", ("Matt Dunbar", "Minh Do")),
    ],
)
def test_names_of_other_languages_keep_their_words(text: str, authors: tuple[str, ...]) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == authors


def test_english_not_a_name_words_still_refuse_english_lines() -> None:
    assert parse_byline("An Update") is None
    assert parse_byline("By The Way") is None
    assert parse_byline("What To Do") is None


@pytest.mark.parametrize(
    ("text", "authors", "source"),
    [
        # The place after the name and a comma, after a "By" in any language.
        ("Von Anna Scholz, Berlin", ("Anna Scholz",), None),
        ("By Jane Rowe, BBC News, Washington", ("Jane Rowe",), "BBC News"),
        # A reporter's job in French, Spanish.
        ("Par Jean Duval, envoyé spécial à Kiev", ("Jean Duval",), None),
        ("Por Ana Ruiz, enviada especial", ("Ana Ruiz",), None),
        # A name in capitals, then its place in small letters (a Spanish daily's byline).
        ("MARÍA LOZANO Madrid", ("María Lozano",), None),
        # The agency after "with" in several languages; a known paper is an outlet.
        ("Jane Rowe with AP", ("Jane Rowe",), "AP"),
        ("Par Le Monde avec AFP", (), "Le Monde"),
        ("Von Anna Scholz mit dpa", ("Anna Scholz",), "dpa"),
        ("Автор: Иван Орлов, РИА Новости", ("Иван Орлов",), "РИА Новости"),
        # A wire's credits: the reporters and the writer, not the editors.
        (
            "Reporting by Jane Rowe and Ann Lake; Writing by Tom Wu; Editing by John Hale",
            ("Jane Rowe", "Ann Lake", "Tom Wu"),
            None,
        ),
        # The outlet after a particle ("of the Folha").
        ("Por Ana Ruiz, da Folha", ("Ana Ruiz",), "Folha"),
        # More languages' "By".
        ("Kirjoittaja: Matti Laine", ("Matti Laine",), None),
        ("Skrevet av Ola Berg", ("Ola Berg",), None),
        ("Napisał Jan Nowicki", ("Jan Nowicki",), None),
        # "Wrote" in Czech, Slovak, Croatian, Finnish and Hungarian: the verb is no name.
        ("Napsala Jana Nováková", ("Jana Nováková",), None),
        ("Napsal: Jan Novák", ("Jan Novák",), None),
        ("Napísal Peter Horváth", ("Peter Horváth",), None),
        ("Napisao Ivan Horvat", ("Ivan Horvat",), None),
        ("Kirjoittanut Matti Laine", ("Matti Laine",), None),
        ("Írta: Kovács Anna", ("Kovács Anna",), None),
        # Russian "interviewed / prepared / wrote down (by)", Vietnamese "by", Finnish
        # "writer" without its colon.
        ("Беседовала Анна Иванова", ("Анна Иванова",), None),
        ("Подготовила Мария Сидорова", ("Мария Сидорова",), None),
        ("Записал Иван Петров", ("Иван Петров",), None),
        ("Bởi Nguyễn Văn An", ("Nguyễn Văn An",), None),
        ("Kirjoittaja Matti Laine", ("Matti Laine",), None),
        # A blog's credit sentence under the post, with the job after the name.
        ("This post was written by Dana Pell, Head of Marketing", ("Dana Pell",), None),
        (
            "This article was written by Vera Mendez, MD, gastroenterologist.",
            ("Vera Mendez",),
            None,
        ),
    ],
)
def test_news_bylines_of_several_languages(
    text: str, authors: tuple[str, ...], source: str | None
) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == authors
    assert byline.source == source


def test_french_time_with_h_and_the_name_after_the_date() -> None:
    byline = parse_byline("Publié le 03/03/2025 à 10h00 par Jean Duval")
    assert byline is not None
    assert byline.authors == ("Jean Duval",)
    assert byline.rest == "Publié le 03/03/2025 à 10h00"


@pytest.mark.parametrize(
    "text",
    [
        "Jane Rowe with John Hale",  # "with" joins an agency to the names, no person
        "Living with Cancer",
        "This article was written by a human and edited by a machine",
        "Jane Rowe, Washington",  # one word after the comma without a "By": no sign
    ],
)
def test_no_byline_in_these(text: str) -> None:
    assert parse_byline(text) is None


@pytest.mark.parametrize(
    ("text", "rest"),
    [
        # Korean news prints the reporter with an e-mail, a dateline or a date label.
        ("홍길동 기자 hong@example.com", None),
        ("홍길동 기자 = 서울", None),
        ("[서울=뉴스1] 홍길동 기자", None),
        ("입력 2024.03.12 10:30 홍길동 기자", "입력 2024.03.12 10:30"),
    ],
)
def test_korean_reporter_credits(text: str, rest: str | None) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == ("홍길동",)
    assert byline.rest == rest


@pytest.mark.parametrize("text", ["입력 2024.03.12 10:30", "서울시", "홍길동"])
def test_korean_words_alone_are_no_name(text: str) -> None:
    # Two to four syllables alone may be any word: a name needs its label or 기자.
    assert parse_byline(text) is None


def test_korean_name_after_its_label_is_read() -> None:
    byline = parse_byline("글: 홍길동")
    assert byline is not None
    assert byline.authors == ("홍길동",)


@pytest.mark.parametrize(("text", "source"), [("Theo Reuters", "Reuters"), ("Via AP", "AP")])
def test_an_agency_after_one_word_is_the_source_not_a_name(text: str, source: str) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == ()
    assert byline.source == source


@pytest.mark.parametrize(
    ("text", "authors"),
    [
        # Greek bylines open with "of" (the name in the genitive); "και" joins two.
        ("Του Γιώργου Παπαδάκη", ("Γιώργου Παπαδάκη",)),
        ("Των Γιώργου Παπαδάκη και Μαρίας Λάμπρου", ("Γιώργου Παπαδάκη", "Μαρίας Λάμπρου")),
        ("Muhabir: Ahmet Kaya", ("Ahmet Kaya",)),
    ],
)
def test_greek_and_turkish_credits(text: str, authors: tuple[str, ...]) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == authors


def test_greek_article_in_a_sentence_is_no_byline() -> None:
    assert parse_byline("της κυβέρνησης") is None


@pytest.mark.parametrize(
    ("text", "authors", "place"),
    [
        ("记者王小明／北京报道", ("王小明",), "北京"),
        ("本报记者 王小明 上海报道", ("王小明",), "上海"),
        ("記者王小明／台北報導", ("王小明",), "台北"),
        ("本報記者王小明", ("王小明",), None),
    ],
)
def test_a_chinese_reporter_and_the_place_reported_from(
    text: str, authors: tuple[str, ...], place: str | None
) -> None:
    # "Reporting from Beijing" is the place, no second author; traditional 記者 as 记者.
    byline = parse_byline(text)
    assert byline is not None
    assert (byline.authors, byline.place) == (authors, place)


@pytest.mark.parametrize("text", ["记者会见", "記者會見"])
def test_a_press_conference_is_no_reporters_byline(text: str) -> None:
    byline = parse_byline(text, require_prefix=True)
    assert byline is None
