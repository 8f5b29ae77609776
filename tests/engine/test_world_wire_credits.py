"""Whole dumps of news pages whose wire is credited by the first paragraph's dateline
(``МОСКВА, 30 ноября. /ТАСС/.``, ``به گزارش ایرنا،``, ``【ワシントン＝山田太郎】``) or by a
line under the last paragraph (``mkr/dpa``, ``(Con información de EFE)``): the agency
goes to ``source``, a reporter the dateline names to ``authors``. Texts written for these
tests."""

from __future__ import annotations

import pytest

from articles import dump
from articles import quiet_parse as parse

# (menu, headline, date line, paragraphs, lines under the article, authors, source)
CASES: list[tuple[list[str], str, str, list[str], list[str], tuple[str, ...], str | None]] = [
    (
        ["Главная", "Экономика"],
        "Правительство утвердило программу поддержки малого бизнеса",
        "30.11.2026, 14:05",
        [
            "МОСКВА, 30 ноября. /ТАСС/. Правительство утвердило программу поддержки малого и "
            "среднего бизнеса на ближайшие три года, сообщил премьер-министр.",
            "По его словам, предприниматели смогут получить льготные кредиты и налоговые "
            "каникулы, а регионы получат дополнительные средства.",
        ],
        ["О проекте"],
        (),
        "ТАСС",
    ),
    (
        ["صفحه اصلی", "اقتصادی"],
        "بانک مرکزی نرخ سود بین بانکی را ثابت نگه داشت",
        "۹ آذر ۱۴۰۵",
        [
            "به گزارش ایرنا، بانک مرکزی روز سه‌شنبه اعلام کرد که نرخ سود در بازار بین بانکی "
            "را در سطح فعلی حفظ خواهد کرد تا از افزایش نقدینگی جلوگیری شود.",
            "به گفته رئیس کل بانک مرکزی، سیاست‌های پولی در ماه‌های گذشته به کاهش تدریجی نرخ "
            "تورم کمک کرده است.",
        ],
        ["درباره ما"],
        (),
        "ایرنا",
    ),
    (
        ["トップ", "国際"],
        "米政府、半導体の輸出規制を強化へ",
        "2026年11月30日 14時05分",
        [
            "【ワシントン＝山田太郎】米政府は三十日、先端半導体の製造装置を対象とした輸出規制を"
            "強化する方針を発表した。同盟国にも同様の措置を取るよう求める。",
            "商務省の高官は記者団に対し、安全保障上の懸念が高まっていると説明した。",
        ],
        ["利用規約"],
        ("山田太郎",),
        None,
    ),
    (
        ["Startseite", "Politik"],
        "Bundestag beschließt Reform der Schuldenbremse",
        "30.11.2026, 14:05 Uhr",
        [
            "Der Bundestag hat am Donnerstag mit der nötigen Mehrheit eine Reform der "
            "Schuldenbremse beschlossen, die dem Bund mehr Spielraum geben soll.",
            "Die Koalition sprach von einem historischen Schritt, während die Opposition eine "
            "Klage vor dem Bundesverfassungsgericht ankündigte.",
        ],
        ["mkr/dpa", "Impressum"],
        (),
        "dpa",
    ),
    (
        ["Portada", "Internacional"],
        "La ONU pide un alto el fuego inmediato en la región",
        "30 de noviembre de 2026",
        [
            "El secretario general de las Naciones Unidas pidió este lunes un alto el fuego "
            "inmediato y el acceso sin restricciones de la ayuda humanitaria.",
            "En una comparecencia ante la prensa en Ginebra, el diplomático advirtió de que la "
            "situación es cada vez más grave.",
        ],
        ["(Con información de EFE)", "Aviso legal"],
        (),
        "EFE",
    ),
]


@pytest.mark.parametrize(("menu", "title", "date", "first", "tail", "authors", "source"), CASES)
def test_wire_credits_of_whole_dumps(
    menu: list[str],
    title: str,
    date: str,
    first: list[str],
    tail: list[str],
    authors: tuple[str, ...],
    source: str | None,
) -> None:
    article = parse(dump(menu, title, date, first, tail))
    assert article.title == title
    assert article.date is not None and article.date.isoformat()[:10] == "2026-11-30"
    assert (article.authors, article.source) == (authors, source)
