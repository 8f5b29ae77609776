"""Bylines of a name (or a job, or a wire) and a place right under the headline, as
news sites of many languages print them: ``Name, City`` in a script without capitals
(Hindi, Arabic), ``City (Agency)`` (Spanish wires); and a wire story's reporters in its
first paragraph's dateline when a date line above credits the agency. The name is the
author, never the headline; the city and the agency are no author. Names, places and
pages are made up for these tests.
"""

from __future__ import annotations

import time

import pytest

from articles import quiet_parse as parse
from newsparse._engine.name_place import _name_and_place

HI_TITLE = "रिज़र्व बैंक ने रेपो दर में कोई बदलाव नहीं किया"
HI_PROSE = [
    "भारतीय रिज़र्व बैंक की मौद्रिक नीति समिति ने शुक्रवार को रेपो दर को साढ़े छह प्रतिशत "
    "पर स्थिर रखने का फैसला किया।",
    "गवर्नर ने कहा कि खाद्य पदार्थों की कीमतों में गिरावट से महंगाई कम हुई है, लेकिन वैश्विक अनिश्चितता बनी हुई है।",
]
AR_TITLE = "البنك المركزي يبقي أسعار الفائدة دون تغيير"
AR_PROSE = [
    "قرر البنك المركزي يوم الخميس الإبقاء على أسعار الفائدة الرئيسية دون تغيير للمرة "
    "الثالثة على التوالي.",
    "وقال البنك في بيان إن معدلات التضخم تراجعت خلال الأشهر الماضية لكنها لا تزال مرتفعة.",
]
ES_TITLE = "La ONU pide un alto el fuego inmediato en la región"
ES_PROSE = [
    "El secretario general de las Naciones Unidas pidió este lunes un alto el fuego "
    "inmediato y el acceso sin restricciones de la ayuda humanitaria.",
    "En una comparecencia ante la prensa, el diplomático advirtió de que la situación es "
    "cada vez más grave para la población civil.",
]


def page(menu: list[str], title: str, byline: str, date: str, prose: list[str]) -> str:
    return "\n".join([*menu, title, byline, date, *prose]) + "\n"


def hindi(byline: str) -> str:
    return page(["होम", "व्यापार"], HI_TITLE, byline, "30 नवंबर 2026", HI_PROSE)


def test_hindi_name_and_city_is_the_byline_not_the_title() -> None:
    article = parse(hindi("राहुल शर्मा, नई दिल्ली"))
    assert article.title == HI_TITLE
    assert article.subtitle is None
    assert article.byline == "राहुल शर्मा, नई दिल्ली"
    assert article.authors == ("राहुल शर्मा",)
    assert article.source is None
    assert str(article.date) == "2026-11-30"


def test_hindi_name_and_city_under_the_deck() -> None:
    deck = "महंगाई में नरमी के बावजूद केंद्रीय बैंक ने सतर्क रुख अपनाया"
    text = page(
        ["होम", "व्यापार"], HI_TITLE, f"{deck}\nराहुल शर्मा, नई दिल्ली", "30 नवंबर 2026", HI_PROSE
    )
    article = parse(text)
    assert article.title == HI_TITLE
    assert article.subtitle == deck
    assert article.authors == ("राहुल शर्मा",)


def test_hindi_job_and_city_is_a_byline_without_author() -> None:
    article = parse(hindi("विशेष संवाददाता, नई दिल्ली"))
    assert article.title == HI_TITLE
    assert article.subtitle is None
    assert article.byline == "विशेष संवाददाता, नई दिल्ली"
    assert article.authors == ()


def test_hindi_agency_and_city_stays_the_source() -> None:
    article = parse(hindi("एजेंसी, नई दिल्ली"))
    assert article.title == HI_TITLE
    assert article.authors == ()
    assert article.source == "एजेंसी"


def test_arabic_name_and_city() -> None:
    text = page(["الرئيسية", "اقتصاد"], AR_TITLE, "أحمد محمد، القاهرة", "30 نوفمبر 2026", AR_PROSE)
    article = parse(text)
    assert article.title == AR_TITLE
    assert article.authors == ("أحمد محمد",)


def test_name_and_city_without_date_line_gives_no_author() -> None:
    # (No date line under it: its place tells nothing; no name is guessed.)
    text = "\n".join(["होम", "व्यापार", HI_TITLE, "राहुल शर्मा, नई दिल्ली", *HI_PROSE]) + "\n"
    assert parse(text).authors == ()


@pytest.mark.parametrize(
    "line",
    [
        "राहुल शर्मा, नई दिल्ली, भारत",  # three parts
        "राहुल, नई दिल्ली",  # a one-word name
        "राहुल कुमार शर्मा जी, दिल्ली",  # four words
        "राहुल शर्मा, 30 नवंबर",  # a date, not a city
        "Jane Doe, New Delhi",  # a cased script: the byline readers' own
        "张三, 北京",  # a script without spaces
        "नई दिल्ली, नई दिल्ली",  # one phrase twice
    ],
)
def test_not_name_and_place(line: str) -> None:
    assert _name_and_place(line) is None


def test_name_and_place_long_line_is_fast() -> None:
    line = "क " * 50_000 + ", ख"
    start = time.perf_counter()
    assert _name_and_place(line) is None
    assert _name_and_place("क," * 50_000) is None
    assert time.perf_counter() - start < 0.5


@pytest.mark.parametrize("place", ["Nueva York", "Madrid", "Nuevo Laredo"])
def test_place_and_agency_under_headline(place: str) -> None:
    text = page(
        ["Portada", "Internacional"], ES_TITLE, f"{place} (EFE)", "30/11/2026 - 14:05", ES_PROSE
    )
    article = parse(text)
    assert article.title == ES_TITLE
    assert article.byline == f"{place} (EFE)"
    assert article.authors == ()
    assert article.source == "EFE"
    assert article.captions == ()


def test_two_word_city_read_from_the_dateline_under_it() -> None:
    # "Buenos Aires" reads as a name; the first paragraph's dateline opens with it.
    lead = "BUENOS AIRES, 30 nov (EFE).- " + ES_PROSE[0]
    text = page(["Portada"], ES_TITLE, "Buenos Aires (EFE)", "30/11/2026", [lead, ES_PROSE[1]])
    article = parse(text)
    assert article.authors == ()
    assert article.source == "EFE"
    assert article.byline == "Buenos Aires (EFE)"


def test_person_and_agency_under_headline_keeps_the_author() -> None:
    text = page(
        ["Portada", "Internacional"], ES_TITLE, "Ana García (EFE)", "30/11/2026 - 14:05", ES_PROSE
    )
    article = parse(text)
    assert article.authors == ("Ana García",)
    assert article.source == "EFE"


ZH_TITLE = "央行宣布下调存款准备金率0.5个百分点"
ZH_LEAD = "新华社北京11月30日电（记者张三、李四）中国人民银行30日宣布，决定于12月5日下调金融机构存款准备金率0.5个百分点。"
ZH_NEXT = "央行有关负责人表示，此次降准将释放长期流动性约1万亿元，有助于保持流动性合理充裕，支持实体经济发展。"


def test_wire_reporters_read_when_date_line_gave_the_source() -> None:
    text = "\n".join([ZH_TITLE, "2026-11-30 14:05　来源：新华社", ZH_LEAD, ZH_NEXT]) + "\n"
    article = parse(text)
    assert article.title == ZH_TITLE
    assert article.authors == ("张三", "李四")
    assert article.source == "新华社"
    assert article.byline == "新华社北京11月30日电（记者张三、李四）"


def test_wire_reporters_not_over_a_byline_set() -> None:
    text = (
        "\n".join([ZH_TITLE, "2026-11-30 14:05　来源：新华社　作者：王五", ZH_LEAD, ZH_NEXT]) + "\n"
    )
    article = parse(text)
    assert article.authors == ("王五",)
    assert article.source == "新华社"
