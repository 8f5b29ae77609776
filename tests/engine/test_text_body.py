"""The body of a text dump: what lies between the article's paragraphs stays or goes."""

from __future__ import annotations

import newsparse
from articles import HEADLINE, PROSE


def parse(*parts: str | list[str]) -> newsparse.Article:
    lines: list[str] = []
    for part in parts:
        lines.extend([part] if isinstance(part, str) else part)
    return newsparse.parse("\n".join(lines) + "\n")


def test_a_table_between_paragraphs_stays_in_the_body() -> None:
    table = ["District Kilometres Opening", "North 12 2026", "Harbour 9 2027", "Old Town 6 2027"]
    article = parse(HEADLINE, PROSE[:2], table, PROSE[2:])
    texts = [b.text for b in article.body]
    assert texts == [*PROSE[:2], *table, *PROSE[2:]]


def test_a_list_under_a_heading_between_paragraphs_stays() -> None:
    items = ["Protected lanes on main roads", "Bike parking at stations", "Lower speed limits"]
    article = parse(HEADLINE, PROSE[:2], "What the plan includes", items, PROSE[2:])
    texts = [b.text for b in article.body]
    assert texts == [*PROSE[:2], "What the plan includes", *items, *PROSE[2:]]


def test_a_box_with_page_furniture_between_paragraphs_is_cut() -> None:
    box = [
        "Share",
        "Council to vote on the new parking rules",
        "Tram fares to rise",
        "Advertisement",
    ]
    article = parse(HEADLINE, PROSE[:2], box, PROSE[2:])
    texts = [b.text for b in article.body]
    assert "Council to vote on the new parking rules" not in texts
    assert texts[:2] == PROSE[:2]
    assert texts[-2:] == PROSE[2:]


def test_a_list_of_other_stories_with_dates_between_paragraphs_is_cut() -> None:
    stories = [
        "Harbour bridge to close for repairs in the summer",
        "March 3, 2025",
        "New tram line opens to the airport",
        "March 2, 2025",
    ]
    article = parse(HEADLINE, PROSE[:2], stories, PROSE[2:])
    assert [b.text for b in article.body] == PROSE


def test_teasers_with_a_repeated_kicker_between_paragraphs_are_cut() -> None:
    teasers = [
        "CITY NEWS",
        "Harbour bridge to close for repairs in the summer",
        "CITY NEWS",
        "New tram line opens to the airport",
        "CITY NEWS",
    ]
    article = parse(HEADLINE, PROSE[:2], teasers, PROSE[2:])
    assert [b.text for b in article.body] == PROSE


def test_one_line_alone_between_paragraphs_stays_out_as_a_caption() -> None:
    caption = "cyclists on the new lane along the harbour during the opening ride in March 2025"
    article = parse(HEADLINE, PROSE[:2], caption, PROSE[2:])
    assert [b.text for b in article.body] == PROSE
    article = parse(HEADLINE, PROSE[:2], "the plan has three parts:", PROSE[2:])
    assert [b.text for b in article.body][2] == "the plan has three parts:"


LONG = [
    p + " " + q
    for p, q in zip(PROSE, [*PROSE[1:], PROSE[0]], strict=True)  # two sentences a paragraph
]


def test_the_article_goes_on_past_a_related_box_set_into_it() -> None:
    box = ["Related Stories", "Council to vote on the new parking rules", "Tram fares to rise"]
    article = parse(HEADLINE, LONG[:2], box, LONG[2:])
    assert [b.text for b in article.body] == LONG


def test_a_related_label_over_teasers_after_the_article_is_its_tail() -> None:
    teasers = [
        "Related Stories",
        "Council to vote on the new parking rules",
        "Tram fares to rise",
        "Why are the city's tram fares rising again this year, and who will pay more for them?",
    ]
    article = parse(HEADLINE, LONG, teasers, LONG[:2])
    assert [b.text for b in article.body] == LONG
    # No links in the box: a label right above paragraphs heads a list of teasers.
    article = parse(HEADLINE, LONG, "Related Stories", LONG[:2])
    assert [b.text for b in article.body] == LONG


def test_a_related_box_early_in_the_article_is_cut_and_the_article_goes_on() -> None:
    box = ["Related Stories", "Council to vote on the new parking rules", "Tram fares to rise"]
    article = parse(HEADLINE, LONG[:1], box, LONG[1:], LONG[:3])
    assert [b.text for b in article.body] == [*LONG, *LONG[:3]]


def test_a_first_paragraph_over_a_subheading_opens_the_body() -> None:
    # Found by the recovery property (a CGTN-style dump): the first run of prose began
    # at the second paragraph, and the first one was read as the headline.
    first = "The talks ended on Friday with a joint statement on trade, climate and health!"
    rest = [
        "Steering committee",
        "Officials from both sides said they had agreed on the main points of the plan.",
        "Next steps",
        "Both sides said the work would go on. A new round is due in the spring.",
        "What comes next",
        "Trade ministers will meet again next month. They will review the first results.",
        "The plan covers ports, railways and power lines across the region. It will run for "
        "five years, and both sides will report on it to their parliaments every year.",
    ]
    text = "\n\n".join(
        [
            "Our Privacy Statement & Cookie Policy",
            "I agree",
            "China",
            "19:32, 22-Jul-2025",
            "Leaders agree on a five-year plan for trade and climate",
            "Updated 19:32, 22-Jul-2025",
            "Pan Deng",
            first,
            *rest,
        ]
    )
    article = newsparse.parse(text + "\n")
    assert article.parser == "cgtn"
    assert article.title == "Leaders agree on a five-year plan for trade and climate"
    assert article.authors == ("Pan Deng",)
    assert article.body[0].text == first
    assert [b.text for b in article.body] == [first, *rest]


def test_a_first_paragraph_over_an_ad_and_a_subheading_opens_the_body() -> None:
    # The CGTN-style dump of test_recovery_from_bytes (fuzz profile): the byline
    # "CGTN" and the first paragraph were lost when an ad stood under that paragraph.
    eight = "Officials from both sides met again on Friday"
    first = eight + "!"
    rest = [
        "Steering committee",
        eight + ".",
        eight + " morning.",
        f"{eight}. {eight}.",
        f"{eight}. {eight} morning.",
        f"{eight}. {eight}. {eight}.",
    ]
    lines = ["2015.01.01 00:00 GMT+8", "Leaders agree on plan", "CGTN", first, "Advertisement"]
    lines += [rest[0], rest[1], "Advertisement", rest[2], "Advertisement", *rest[3:]]
    article = newsparse.parse("\n\n".join(lines) + "\n")
    assert article.parser == "cgtn"
    assert (article.title, article.byline) == ("Leaders agree on plan", "CGTN")
    assert [b.text for b in article.body] == [first, *rest]


def test_a_table_right_above_a_box_stays_and_the_box_goes() -> None:
    table = ["Plant Hours Pot", "Tomatoes 8 30", "Peppers 6 20", "Mint 3 5"]
    box = ["Advertisement", "Share", "Facebook"]
    article = parse(HEADLINE, PROSE[:2], table, box, PROSE[2:])
    assert [(b.kind, b.text) for b in article.body] == [
        *(("paragraph", p) for p in PROSE[:2]),
        *(("paragraph", row) for row in table),
        *(("paragraph", p) for p in PROSE[2:]),
    ]


def test_a_first_paragraph_over_an_ad_opens_the_body() -> None:
    # Another dump of the same kind (test_recovery_from_bytes, dev profile): the first
    # run of prose began under the ad, and the paragraph above it was lost.
    eight = "Officials from both sides met again on Friday"
    first = eight + "!"
    body = [
        eight + ".",
        eight + " morning.",
        "Steering committee",
        f"{eight}. {eight}.",
        f"{eight}. {eight} morning.",
        f"{eight}. {eight}. {eight}.",
    ]
    lines = ["2015.01.01 00:00 GMT+8", "Leaders agree on plan", "CGTN", first, "Advertisement"]
    lines += [*body[:4], "Advertisement", body[4], "Advertisement", body[5]]
    article = newsparse.parse("\n".join(lines) + "\n")
    assert article.parser == "cgtn"
    assert (article.title, article.byline) == ("Leaders agree on plan", "CGTN")
    assert [b.text for b in article.body] == [first, *body]


def test_a_first_paragraph_over_captions_and_a_subheading_opens_the_body() -> None:
    # A third of the kind (test_recovery_from_bytes): photos' captions, not only an ad,
    # stood between the first paragraph and the subheading, and the paragraph became
    # the title.
    seven = " ".join(["Officials"] + ["officials"] * 6)
    first = seven + " plan!"
    captions = [
        "Delegates arrive for the talks in Busan, South Korea, January 1, 2015. /Xinhua",
        "Workers load containers at Tianjin Port in north China, January 1, 2015. /Xinhua",
    ]
    rest = [
        "Steering steering",
        seven + " the!",
        seven + " officials officials officials.",
        seven + " officials officials officials officials.",
        seven + " officials officials.",
    ]
    # The first run of prose: the two long paragraphs at the end.
    long = [" ".join([seven + " officials."] * n) for n in (4, 3)]
    lines = ["2015.01.01 00:00 GMT+8", "Officials agreed that the", "CGTN", first]
    lines += ["Advertisement", *captions, rest[0], rest[1]]
    for paragraph in rest[2:]:
        lines += ["Advertisement", paragraph]
    lines += long
    rest += long
    article = newsparse.parse("\n".join(lines))
    assert article.parser == "cgtn"
    assert (article.title, article.byline) == ("Officials agreed that the", "CGTN")
    assert [b.text for b in article.body] == [first, *rest]
    assert [c.credit for c in article.captions] == ["Xinhua", "Xinhua"]


def captions_of(article: newsparse.Article) -> list[tuple[str | None, str | None]]:
    return [(c.text, c.credit) for c in article.captions]


def test_a_credit_line_under_a_caption_between_paragraphs_takes_the_caption_out() -> None:
    caption = "Cyclists ride along the harbour lane on the opening day."
    for credit_line, credit in [
        ("Sam Lee/City Herald/Getty Images", "Sam Lee/City Herald/Getty Images"),
        ("City Transport Office via AP", "City Transport Office via AP"),
        ("(Image credit: City Transport Office)", "City Transport Office"),
        ("(Foto: Stadtwerke)", "Stadtwerke"),
    ]:
        article = parse(HEADLINE, PROSE[:2], caption, credit_line, PROSE[2:])
        assert [b.text for b in article.body] == PROSE
        assert captions_of(article) == [(caption, credit)]


def test_a_cover_credit_alone_does_not_take_the_line_above() -> None:
    article = parse(HEADLINE, PROSE[:2], "(Cover via VCG)", PROSE[2:])
    assert [b.text for b in article.body] == PROSE
    assert captions_of(article) == [(None, "VCG")]


def test_a_labelled_caption_under_its_source_line_is_one_captioned_image() -> None:
    article = parse(
        HEADLINE,
        PROSE[:2],
        "Image source, Getty Images",
        "Image caption, Cyclists ride along the harbour lane",
        PROSE[2:],
        "Media captionWho is the new transport chief?",
        PROSE[:1],
    )
    assert [b.text for b in article.body] == [*PROSE, *PROSE[:1]]
    assert captions_of(article) == [
        ("Cyclists ride along the harbour lane", "Getty Images"),
        ("Who is the new transport chief?", None),
    ]
