"""Where one field's rules took another's line (issue 12): a byline read as a photo
credit, a Chinese info line's source running into its author, a headline ending in an
abbreviation read as a repeated caption."""

from __future__ import annotations

import warnings

import pytest

import newsparse
from articles import PROSE, rule
from multilingual import PARAGRAPHS


def parse(lines: list[str]) -> newsparse.Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = newsparse.parse("\n".join(lines) + "\n")
    assert article.parser == "generic"
    return article


# --- 1. a byline by the headline or the date line is no photo credit ----------------


@pytest.mark.parametrize(
    ("lang", "head", "authors", "source"),
    [
        # the desk and the wire, the credit's shape "Name / AGENCY"
        ("es", ["El Congreso aprueba los nuevos presupuestos", "Redacción / EFE",
                "30 de noviembre de 2026"], (), "EFE"),
        # the byline under the date line
        ("es", ["El Congreso aprueba los nuevos presupuestos", "30 de noviembre de 2026",
                "Redacción / EFE"], (), "EFE"),
        # a name and the wire in brackets
        ("it", ["Il consiglio approva il nuovo bilancio comunale", "Maria Rossi (ANSA)",
                "30 novembre 2026"], ("Maria Rossi",), "ANSA"),
        # the writer and the photographer on one line: the photographer is no author
        ("ru", ["Совет утвердил новый бюджет города",
                "Текст: Мария Иванова / Фото: Иван Петров", "30 ноября 2026"],
         ("Мария Иванова",), None),
    ],
)  # fmt: skip
def test_byline_shaped_credit_by_the_header_is_the_byline(
    lang: str, head: list[str], authors: tuple[str, ...], source: str | None
) -> None:
    article = parse([*head, *PARAGRAPHS[lang]])
    assert article.title == head[0]
    assert (article.authors, article.source) == (authors, source)
    assert rule(article, "byline") == "byline.header-credit"
    assert article.captions == ()
    assert article.date is not None and article.date.isoformat() == "2026-11-30"


@pytest.mark.parametrize(
    "credit",
    [
        "REUTERS/Ann Wang",  # a wire first, then the photographer
        "Jane Doe/Getty Images",  # a picture library
        "Photo: Reuters",  # a photo's label
    ],
)
def test_photo_credit_by_the_headline_stays_a_caption(credit: str) -> None:
    headline = "City council approves forty kilometres of new bike lanes"
    article = parse([headline, credit, "November 30, 2026", *PROSE])
    assert article.authors == ()
    assert article.byline is None
    assert len(article.captions) == 1 and article.captions[0].text is None


def test_credit_away_from_the_header_stays_a_caption() -> None:
    headline = "City council approves forty kilometres of new bike lanes"
    article = parse([headline, "November 30, 2026", *PROSE[:2], "Maria Rossi (ANSA)", *PROSE[2:]])
    assert article.authors == ()
    assert [(c.text, c.credit) for c in article.captions] == [("Maria Rossi", "ANSA")]


# --- 2. a Chinese info line is split at each label ---------------------------------


def test_chinese_info_line_splits_source_and_author() -> None:
    head = ["国家统计局发布前三季度工业数据", "2026-11-30 来源：人民网 作者：张三"]
    article = parse([*head, *PARAGRAPHS["zh"]])
    assert article.source == "人民网"
    assert article.authors == ("张三",)
    assert rule(article, "authors") == "info.byline"
    assert article.date is not None and article.date.isoformat() == "2026-11-30"


def test_chinese_info_line_s_editor_is_no_author() -> None:
    head = ["國家統計局發布前三季度工業數據", "2026-11-30 來源：人民網 責任編輯：李四"]
    article = parse([*head, *PARAGRAPHS["zh-Hant"]])
    assert article.source == "人民網"
    assert article.authors == ()
    assert article.date is not None and article.date.isoformat() == "2026-11-30"


# --- 3. a headline ending in an abbreviation ---------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "The Hottest Housing Markets in the U.S.",
        "Housing markets cool down across the U.S.",
        "Regulators fine the lender Acme Corp.",
    ],
)
def test_headline_printed_twice_ending_in_an_abbreviation(headline: str) -> None:
    article = parse(["Home", "News", headline, headline, "Updated Nov 6, 2025", *PROSE])
    assert article.title == headline
    assert article.captions == ()


def test_repeated_sentence_by_the_prose_is_still_a_caption() -> None:
    caption = "The mayor shows the map of the new routes to the council."
    article = parse(["City council approves new bike lanes", *PROSE[:2], caption, caption,
                     *PROSE[2:]])  # fmt: skip
    assert [(c.text, c.credit) for c in article.captions] == [(caption, None)]
