"""Authors of blog dumps that print them only away from the headline (issue 12): a
theme's post-meta line whose spans the copy glued together (``lifestyleJane
DoeFebruary 3, 2026Comment``), and a blogger's one-word name in an author box that a
``By`` line names too. Near-misses give no author. Names and pages are made up.
"""

from __future__ import annotations

import warnings

import pytest

import newsparse

PROSE = [
    "These before and after photos of the garden show so much more than a change of "
    "plants, they reflect three years of patient work on poor and stony soil.",
    "For a long time the beds felt overwhelming, between the weather, the children and "
    "everyday life, but a small routine each morning made all the difference.",
    "If you are starting your own garden this spring, let these photos be proof that "
    "steady work pays off, one bed and one season at a time.",
]


def parse(text: str) -> newsparse.Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return newsparse.parse(text)


def blog(under: list[str]) -> str:
    lines = [
        "Home Recipes Lifestyle About",
        "A Garden Transformation Three Years On",
        *PROSE,
        *under,
        "AboutContact",
    ]
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "meta",
    [
        "lifestyleJane DoeFebruary 3, 2026Comment",
        "Garden, HomeJane DoeFebruary 3, 2026",
        "Jane DoeFebruary 3, 2026",
    ],
)
def test_name_glued_to_the_date_under_the_prose(meta: str) -> None:
    article = parse(blog([meta, "Facebook0 Pinterest0 0 Likes"]))
    assert article.authors == ("Jane Doe",)
    assert str(article.date) == "2026-02-03"


def test_name_glued_over_the_post_navigation() -> None:
    article = parse(
        blog(
            [
                "ParentingJane DoeSeptember 12, 2022motherhood, parenting",
                "Facebook0 Twitter LinkedIn0 0 Likes",
                "Previous",
                "The Mental Load of Parenting",
                "ParentingJane DoeSeptember 26, 2022motherhood",
                "Next",
                "How to Talk with Your Kids",
                "ParentingJane DoeAugust 22, 2022motherhood",
            ]
        )
    )
    assert article.authors == ("Jane Doe",)
    assert str(article.date) == "2022-09-12"


@pytest.mark.parametrize(
    "meta",
    [
        "June 9, 2020 · 6 Comments",  # no name
        "lifestyleBefore AfterFebruary 3, 2026",  # the prose's words, not a name
        "lifestyle2026 GardenFebruary 3, 2026",  # a number in the categories
    ],
)
def test_no_name_glued_to_the_date(meta: str) -> None:
    article = parse(blog([meta, "Facebook0 Pinterest0 0 Likes"]))
    assert article.authors == ()


def one_word_box(by: str, bio: str) -> str:
    lines = [
        "Home Family Travel Reviews",
        "Hiking the Flat Irons with a Baby",
        *([by] if by else []),
        *PROSE,
        "1 comment",
        "FacebookTwitterPinterestEmail",
        "Maren",
        bio,
        "previous post",
    ]
    return "\n\n".join(lines) + "\n"


BIO = (
    "Maren is a coastal native now living inland with her husband, two sons and two "
    "cats, and writes about hiking with small children."
)


@pytest.mark.parametrize("by", ["by Maren September 15, 2014", "written by Maren"])
def test_one_word_name_in_a_box_that_a_by_line_names(by: str) -> None:
    assert parse(one_word_box(by, BIO)).authors == ("Maren",)


@pytest.mark.parametrize(
    ("by", "bio"),
    [
        ("", BIO),  # no "By" line names her
        ("by Maren Holt", BIO),  # the "By" line names someone else
        (
            "by Maren",
            "The coast is a fine place for hiking with small children, "
            "whatever the weather brings in the spring and the autumn.",
        ),
    ],
)
def test_one_word_name_needs_both_cues(by: str, bio: str) -> None:
    assert "Maren" not in parse(one_word_box(by, bio)).authors


LONG_PROSE = [
    f"Paragraph {n} of the review compares the sound of the two headphones at length, "
    "their bass, their treble and the way each handles a crowded orchestral recording "
    "played loud on a long train journey through the hills and the valleys."
    for n in range(1, 5)
]

TAIL = [
    "jane@example.org",
    "Previous article",
    "Next article",
    "Share",
    "Subscribe",
    "Contact us",
    "Privacy policy",
    "Terms of use",
]


@pytest.mark.parametrize("sign", [". . . Jane Doe", "… Jane Doe", "— Jane Doe"])
def test_sign_off_over_the_page_chrome(sign: str) -> None:
    lines = ["Reviews Headphones News", "Two Headphones Compared", *LONG_PROSE, sign, *TAIL]
    assert parse("\n\n".join(lines) + "\n").authors == ("Jane Doe",)


def test_an_ellipsis_over_another_name_is_no_sign_off() -> None:
    # The prose names the person: a quoted speaker, not the writer.
    prose = [*LONG_PROSE[:-1], LONG_PROSE[-1] + " Doe said so too."]
    lines = ["Reviews Headphones News", "Two Headphones Compared", *prose, "… Jane Doe", *TAIL]
    assert parse("\n\n".join(lines) + "\n").authors == ()


def job_box(name_line: str, bio: str) -> str:
    lines = [
        "Home Essays About",
        "Notes on Decentralised Cognition",
        *PROSE,
        name_line,
        bio,
        "Subscribe",
    ]
    return "\n\n".join(lines) + "\n"


def test_name_and_job_on_one_line_over_a_bio() -> None:
    article = parse(
        job_box(
            "Jane Doe UK-based Systems Theorist & Independent Technology Writer",
            "Jane explores the intersections of machine learning and ethics, and her work "
            "has been shared widely by independent outlets and readers.",
        )
    )
    assert article.authors == ("Jane Doe",)


@pytest.mark.parametrize(
    ("name_line", "bio"),
    [
        # The bio opens with someone else.
        (
            "Jane Doe UK-based Systems Theorist & Independent Technology Writer",
            "Readers explore the intersections of machine learning and ethics in her work, "
            "shared widely by independent outlets.",
        ),
        # No job at the line's end: a heading.
        (
            "Jane Doe and the Systems of Tomorrow in Our Cities",
            "Jane explores the intersections of machine learning and ethics, and her work "
            "has been shared widely by independent outlets and readers.",
        ),
    ],
)
def test_name_and_job_box_near_misses(name_line: str, bio: str) -> None:
    assert parse(job_box(name_line, bio)).authors == ()


def co_author_page(header: str) -> str:
    lines = [
        "Design Tools Blog",
        "Best Sketching Apps for Designers",
        header,
        *PROSE,
        "I agree to storage of my email according to Privacy Policy.",
        "Jane Doe",
        "Jane is an experienced web designer and developer who helps small shops build "
        "their first online store.",
        "Posts by Jane Doe",
        "John Roe",
        "John is a skilled web designer and email marketer with twenty years of "
        "experience in the trade.",
        "Posts by John Roe",
        "Related Articles",
        "Footer links",
    ]
    return "\n\n".join(lines) + "\n"


def test_two_co_author_boxes_named_together() -> None:
    header = "Website ToolsJane Doe and John Roe • 12 minutes READ"
    assert parse(co_author_page(header)).authors == ("Jane Doe", "John Roe")


def test_two_boxes_never_named_together_give_no_author() -> None:
    assert parse(co_author_page("Website Tools • 12 minutes READ")).authors == ()
