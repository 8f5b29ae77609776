"""Bylines of text dumps by class (issue 12): a quotation's attribution is no byline,
a Japanese name is one person, a search facet is no "By" line."""

from __future__ import annotations

import warnings

import newsparse
from articles import HEADLINE, PROSE, dump

MENU = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Opinion"]
QUOTE = '"We will not stop until every street is safe for children to ride on."'
JA_TITLE = "政府、新たな経済対策を発表へ 物価高に対応"
JA_PROSE = [
    "政府は３日、物価高に対応するための新たな経済対策を発表する方針を固めた。"
    "関係者によると、対策の規模は数兆円になる見通しだという。",
    "首相は記者会見で、国民の生活を守るために全力を尽くすと述べた。"
    "与党内では追加の財政出動を求める声も強まっている。",
]
ZH_TITLE = "城市议会批准新建四十公里自行车道"
ZH_PROSE = [
    "市议会周二投票决定扩建受保护的自行车道网络，在未来三年内增加四十公里的新路线。",
    "支持者表示，该计划将减少交通死亡事故，让骑车成为通勤者的真正选择。",
]


def parse(*parts: str | list[str]) -> newsparse.Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return newsparse.parse(dump(*parts, gap="\n\n"))


def test_dated_quote_attribution_in_the_prose_is_no_byline() -> None:
    article = parse(
        MENU, HEADLINE, PROSE[0], QUOTE, "— Jane Roe on Sunday, October 13th, 2019", PROSE[1:]
    )
    assert article.authors == ()
    assert article.byline is None


def test_dated_quote_attribution_without_a_headline_is_no_byline() -> None:
    article = parse(PROSE[0], QUOTE, "— Jane Roe on Sunday, October 13th, 2019", PROSE[1:])
    assert article.authors == ()


def test_pull_quote_signature_over_a_date_line_is_no_byline() -> None:
    article = parse(MENU, HEADLINE, QUOTE, "— Jane Roe", "March 3, 2025", PROSE)
    assert article.authors == ()
    assert article.byline is None


def test_dashed_byline_under_the_headline_is_still_read() -> None:
    # The dash opens the byline's line, with no quotation over it.
    article = parse(MENU, HEADLINE, "– Jane Roe, March 3, 2025", PROSE)
    assert article.authors == ("Jane Roe",)
    article = parse(MENU, HEADLINE, "— By Jane Roe, March 3, 2025", PROSE)
    assert article.authors == ("Jane Roe",)


def test_search_facet_under_the_headline_is_no_byline() -> None:
    article = parse(MENU, HEADLINE, "By ZIP Code", "March 3, 2025", PROSE)
    assert article.authors == ()
    assert article.byline is None


def test_japanese_name_with_a_space_is_one_author() -> None:
    for byline in ("記者：山田 太郎", "山田 太郎 記者"):
        article = parse(MENU, JA_TITLE, byline, "2025年3月3日", JA_PROSE)
        assert article.language == "ja"
        assert article.authors == ("山田 太郎",)


def test_chinese_names_with_a_space_are_two_authors() -> None:
    article = parse(MENU, ZH_TITLE, "记者 张三 李四", "2025年3月3日", ZH_PROSE)
    assert article.language == "zh"
    assert article.authors == ("张三", "李四")


COMMENTS = ["Comments", "Load comments", "You need JavaScript to view the comments."]


def test_posted_by_line_past_the_comments_box_gives_the_byline_and_date() -> None:
    # A blog theme prints the post's meta line under the comments' box, long enough to
    # read as a sentence.
    meta = "Posted by Jane Roe on 2025-12-18 in transport. Tags: bikes, council, city."
    article = parse(MENU, HEADLINE, PROSE, COMMENTS, meta, "Categories", "Archives")
    assert article.authors == ("Jane Roe",)
    assert article.byline == "Posted by Jane Roe"
    assert article.provenance_of("byline").rule == "byline.posted-by"
    assert str(article.date) == "2025-12-18"


def test_posted_by_lines_of_two_people_give_no_byline() -> None:
    # Comments' lines under the prose name other people: none is the post's.
    first = "Posted by Jane Roe on 2025-12-18 in transport."
    second = "Posted by John Poe on 2025-12-19 in transport."
    article = parse(MENU, HEADLINE, PROSE, COMMENTS, first, "Great piece!", second)
    assert article.authors == ()


def test_heading_of_prose_words_under_the_date_is_no_byline() -> None:
    # "Bike Lane Plans" under the date: the prose prints each of its words in lower case.
    prose = [PROSE[0] + " The plans for each bike lane are online.", *PROSE[1:]]
    article = parse(MENU, HEADLINE, "March 1, 2024", "Bike Lane Plans", prose)
    assert article.authors == ()
    assert article.byline is None


def test_name_under_the_date_sharing_one_word_with_the_prose_is_read() -> None:
    # "green" is in the prose; "Tim" is not: a name.
    prose = [PROSE[0] + " The routes will be painted green.", *PROSE[1:]]
    article = parse(MENU, HEADLINE, "March 1, 2024", "Tim Green", prose)
    assert article.authors == ("Tim Green",)


def test_section_heading_under_the_headline_is_no_author() -> None:
    article = parse(MENU, HEADLINE, "Key Takeaways", PROSE)
    assert article.authors == ()
    article = parse(MENU, HEADLINE, "Advertiser Disclosure", "March 1, 2024", PROSE)
    assert article.authors == ()


def test_company_signing_its_blog_is_the_source() -> None:
    article = parse(MENU, HEADLINE, "By Block Renovation", "March 1, 2024", PROSE)
    assert article.authors == ()
    assert article.source == "Block Renovation"
