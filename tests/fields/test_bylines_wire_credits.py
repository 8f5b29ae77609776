"""Bylines of news pages in many languages that credit a wire beside, or instead of, the
people: ``(avec AFP)``, ``mit Material von dpa``, ``EFE | Madrid``, ``القاهرة - رويترز``,
``共同``; the reporters a paper names by its house's words (``Door onze redacteur``) or
joins with a dash (Vietnamese); and the datelines that open a wire story's first
paragraph (``新华社北京11月30日电（记者张三、李四）``, ``【ワシントン＝山田太郎】``,
``МОСКВА, 30 ноя — РИА Новости.``). Agencies go to ``source``, never to ``authors``.
Names and places are made up for these tests.
"""

from __future__ import annotations

import time

import pytest

from newsparse._fields.bylines import lead_dateline, parse_byline, source_credit

# (line, authors, source)
CREDITS: list[tuple[str, tuple[str, ...], str | None]] = [
    # A wire credited in words beside the names, in brackets or after a comma.
    ("Par Jeanne Exemple et Louis Martin (avec AFP)", ("Jeanne Exemple", "Louis Martin"), "AFP"),
    ("Par Jeanne Exemple avec l'AFP", ("Jeanne Exemple",), "AFP"),
    ("Por Juan Pérez, con información de EFE", ("Juan Pérez",), "EFE"),
    ("Por Ana Souza, com informações da Agência Brasil", ("Ana Souza",), "Agência Brasil"),
    ("Von Jana Beispiel, mit Material von dpa", ("Jana Beispiel",), "dpa"),
    ("Mit Material von dpa", (), "dpa"),
    # The agency and the city it files from, no person.
    ("EFE | Madrid", (), "EFE"),
    ("Agencia EFE | Madrid", (), "Agencia EFE"),
    ("Madrid (EFE)", (), "EFE"),
    ("Berlin – dpa", (), "dpa"),
    ("İstanbul / AA", (), "AA"),
    ("القاهرة - رويترز", (), "رويترز"),
    ("تهران - ایرنا", (), "ایرنا"),
    ("Москва - ТАСС", (), "ТАСС"),
    ("एजेंसी, नई दिल्ली", (), "एजेंसी"),
    # The short credit lines of the Japanese wires.
    ("共同", (), "共同通信"),
    ("時事", (), "時事通信"),
    ("ロイター", (), "ロイター"),
    # A paper's own reporter, by the house's words.
    ("Door onze redacteur Jan de Vries", ("Jan de Vries",), None),
    ("Van onze correspondente Marit Bakker", ("Marit Bakker",), None),
    ("Von unserer Redakteurin Jana Beispiel", ("Jana Beispiel",), None),
    ("Par notre journaliste Jeanne Exemple", ("Jeanne Exemple",), None),
    ("Por nuestra redactora Ana García", ("Ana García",), None),
    # Vietnamese papers join their reporters' full names with a dash.
    ("Nguyễn Văn An - Trần Thị Bình", ("Nguyễn Văn An", "Trần Thị Bình"), None),
    ("NGUYỄN VĂN AN - TRẦN THỊ BÌNH", ("Nguyễn Văn An", "Trần Thị Bình"), None),
    # A job title after the name, in more languages, with its wire.
    ("Ahmet Yılmaz, Ankara Muhabiri", ("Ahmet Yılmaz",), None),
    ("Ahmet Yılmaz / Muhabir", ("Ahmet Yılmaz",), None),
    ("Jan Kowalski, korespondent PAP", ("Jan Kowalski",), "PAP"),
    ("Иван Петров, редактор", ("Иван Петров",), None),
    # The photographer is no author: "text by" one, "picture by" the other.
    ("文/张三 图/李四", ("张三",), None),
    ("文/张三 摄/李四", ("张三",), None),
    ("글·사진 홍길동 기자", ("홍길동",), None),
    ("وكالات", (), "وكالات"),
    # Still a person and an agency, as before.
    ("Jane Doe - Reuters", ("Jane Doe",), "Reuters"),
    ("Jane Doe, AP", ("Jane Doe",), "AP"),
    ("Ana García (EFE)", ("Ana García",), "EFE"),
]


@pytest.mark.parametrize(("line", "authors", "source"), CREDITS)
def test_wire_credits(line: str, authors: tuple[str, ...], source: str | None) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert (byline.authors, byline.source) == (authors, source)


@pytest.mark.parametrize(
    "line",
    [
        "Jane Doe with John Roe",  # "with" a person: no byline's shape
        "With Ana Souza",
        "Material von Jana",
        "Read more - AP",  # a link's words, not a city
        "Read more (AP)",
        "Nguyễn Văn An - Hà Nội",  # a name and a place: the dash's second part is no name
        "Door onze redacteuren",
    ],
)
def test_not_wire_credits(line: str) -> None:
    assert parse_byline(line) is None


# (first paragraph's start, authors, source)
LEADS: list[tuple[str, tuple[str, ...], str | None]] = [
    ("新华社北京11月30日电（记者张三、李四）中国人民银行30日宣布，", ("张三", "李四"), "新华社"),
    ("中新社上海11月30日电 （记者 张三 李四）上海市政府", ("张三", "李四"), "中新社"),
    ("新华社北京电（记者张三）国务院", ("张三",), "新华社"),
    ("本报北京11月30日电（记者 王小明）国务院", ("王小明",), None),  # this paper: no source
    ("【ワシントン＝山田太郎】米政府は三十日、", ("山田太郎",), None),
    ("【北京＝佐藤一郎、鈴木花子】中国政府は", ("佐藤一郎", "鈴木花子"), None),
    ("【ロンドン＝共同】英政府は", (), "共同通信"),
    ("МОСКВА, 30 ноя — РИА Новости. Правительство утвердило", (), "РИА Новости"),
    ("Madrid, 30 nov - EFE. El Gobierno aprobó", (), "EFE"),
    ("МОСКВА, 30 ноября. /ТАСС/. Правительство утвердило", (), "ТАСС"),
    ("به گزارش ایرنا، بانک مرکزی اعلام کرد", (), "ایرنا"),
    ("به گزارش خبرگزاری مهر، مجلس", (), "خبرگزاری مهر"),
]


@pytest.mark.parametrize(("text", "authors", "source"), LEADS)
def test_lead_datelines(text: str, authors: tuple[str, ...], source: str | None) -> None:
    byline = lead_dateline(text)
    assert byline is not None
    assert (byline.authors, byline.source) == (authors, source)


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京11月30日电 中国人民银行30日宣布",  # no reporters in brackets
        "他们说北京11月30日电（记者张三）",  # no agency opens it
        "【独自】政府が",  # a label, no city and reporter
        "ROMA, 30 NOV - Il governo. Sì",  # no agency after the dash
        "به گزارش خبرنگار اقتصادی، بانک مرکزی",  # "our economic reporter": no outlet
    ],
)
def test_not_lead_datelines(text: str) -> None:
    assert lead_dateline(text) is None


# (a line under the article's last paragraph, the agency it credits)
SOURCES: list[tuple[str, str | None]] = [
    ("mit Material von dpa", "dpa"),
    ("Mit Material von dpa und AFP", "dpa"),
    ("(mit dpa)", "dpa"),
    ("(Con información de EFE)", "EFE"),
    ("Com Agência Brasil", "Agência Brasil"),
    ("jb/dpa", "dpa"),
    ("dpa/AFP/mkr", "dpa"),
    ("ที่มา: รอยเตอร์", "รอยเตอร์"),
    ("and/or", None),
    ("km/h", None),
    ("(con Ana Souza)", None),
    ("Mit Material von Jana", None),
]


@pytest.mark.parametrize(("line", "source"), SOURCES)
def test_sources_under_the_article(line: str, source: str | None) -> None:
    assert source_credit(line) == source


@pytest.mark.parametrize(
    "text",
    [
        "新华社北京11月30日电（记者张三" + " " * 100_000 + "x",
        "新华社北京" + " " * 100_000 + "x",
        "【ワシントン＝" + " " * 100_000,
        "МОСКВА, 30 ноя — " + " " * 100_000,
        "МОСКВА, 30 ноября. /" + "x" * 100_000,
        "به گزارش " + " " * 100_000,
        "Madrid" + " -Madrid" * 15_000,
    ],
)
def test_lead_datelines_are_linear(text: str) -> None:
    start = time.perf_counter()
    lead_dateline(text)
    assert time.perf_counter() - start < 0.5


def test_credit_words_are_linear() -> None:
    start = time.perf_counter()
    for text in ("Par X (" + "avec " * 30 + ")", "Mit " + "Material " * 20, "A - " * 40):
        parse_byline(text)
    assert time.perf_counter() - start < 0.5
