"""The comments under an article in a text dump: cut from their heading on, in any length.

A heading such as ``Comments`` ends the body only below enough of the article when the
page goes on long after it (a tagline may say "Comments"); with comment entries right
under it (a short line with its date or a time ago, over the comment) it ends the body
however long the comments run.
"""

from __future__ import annotations

import pytest

import newsparse
from articles import HEADLINE, PROSE, dump

HEADER = [HEADLINE, "By Jane Doe", "March 3, 2025"]
#: Long comments: more words under the heading than the article holds above it.
LONG = (
    "I have cycled to work on these roads for twelve years and I can say that every "
    "single one of the junctions on the list has seen a crash in that time, some of "
    "them more than one, so anything the council does is welcome, even if it takes "
    "years to build and costs the shops some of their parking (comment {})."
)


def thread(heading: str, entries: list[list[str]], comment: str = LONG) -> list[str]:
    """The heading, then each entry's head lines over two paragraphs of comment."""
    lines = [heading]
    for n, head in enumerate(entries):
        lines += [*head, comment.format(2 * n), comment.format(2 * n + 1)]
    return lines


def body_of(text: str) -> list[str]:
    return [b.text for b in newsparse.parse(text).body]


@pytest.mark.parametrize(
    ("heading", "heads"),
    [
        ("Comments", [["Milan Roe on March 4, 2025 at 4:47 pm said:"]] * 3),
        ("[ 167 comments ]", [["Woyzeck", "2 days ago at 07:52 am"]] * 3),
        ("Top Rated Comments", [["harbourfan", "3 hours ago"]] * 3),
        (
            "4 thoughts on “City council approves new bike lanes”",
            [["March 4, 2025 at 6:34 am"]] * 3,
        ),
        ("12 responses to “New bike lanes”", [["cyclist42 says: March 4, 2025"]] * 3),
    ],
)
def test_a_long_english_thread_is_cut_at_its_heading(heading: str, heads: list[list[str]]) -> None:
    article = newsparse.parse(dump(HEADER, PROSE, thread(heading, heads)))
    assert [b.text for b in article.body] == PROSE
    assert article.captions == ()
    assert article.authors == ("Jane Doe",)


WORLD = {
    "de": (
        [
            "Der Stadtrat hat am Dienstag beschlossen, das Netz der geschützten Radwege in den "
            "kommenden drei Jahren um vierzig Kilometer zu erweitern.",
            "Befürworter sagen, der Plan werde die Zahl der Verkehrstoten senken, während "
            "manche Ladenbesitzer den Verlust von Parkplätzen fürchten und Einspruch erheben.",
            "Die Arbeiten an den ersten Strecken sollen im Frühjahr beginnen, sobald der "
            "Haushalt genehmigt und die Verträge unterschrieben sind.",
        ],
        "Kommentare (3)",
        ["Max Muster", "vor 2 Stunden"],
    ),
    "es": (
        [
            "El ayuntamiento aprobó el martes ampliar la red de carriles bici protegidos, "
            "con cuarenta kilómetros de nuevas rutas en los próximos tres años.",
            "Sus defensores dicen que el plan reducirá las muertes en la carretera, mientras "
            "algunos comerciantes temen perder plazas de aparcamiento frente a sus tiendas.",
            "Las obras de las primeras rutas empezarán en primavera, cuando se apruebe el "
            "presupuesto y se firmen los contratos de construcción.",
        ],
        "Comentarios",
        ["Lucía Gómez", "hace 3 horas"],
    ),
    "fr": (
        [
            "Le conseil municipal a voté mardi l'extension du réseau de pistes cyclables "
            "protégées, avec quarante kilomètres de nouveaux itinéraires en trois ans.",
            "Ses partisans estiment que le plan réduira le nombre de morts sur la route, "
            "tandis que certains commerçants craignent la perte de places de stationnement.",
            "Les travaux des premiers itinéraires doivent commencer au printemps, une fois "
            "le budget voté et les contrats de construction signés.",
        ],
        "12 commentaires",
        ["Marie Dupont, le 4 mars 2025 à 14h05"],
    ),
    "ru": (
        [
            "Городской совет во вторник проголосовал за расширение сети защищённых "
            "велосипедных дорожек на сорок километров в ближайшие три года.",
            "Сторонники плана говорят, что он снизит число погибших на дорогах, а некоторые "
            "владельцы магазинов опасаются потерять парковочные места у своих дверей.",
            "Работы на первых маршрутах начнутся весной, когда будет утверждён бюджет и "
            "подписаны контракты на строительство новых дорожек.",
        ],
        "Комментарии",
        ["Иван Петров", "3 часа назад"],
    ),
}


@pytest.mark.parametrize("lang", sorted(WORLD))
def test_a_long_thread_is_cut_in_other_languages(lang: str) -> None:
    prose, heading, heads = WORLD[lang]
    # The comments in the article's language, longer than the article.
    comment = " ".join(prose) + " ({})"
    text = dump(HEADLINE, prose, thread(heading, [heads] * 3, comment))
    article = newsparse.parse(text)
    assert [b.text for b in article.body] == prose
    cut = [p.rule for p in article.provenance if p.field == "furniture"]
    assert cut[:1] == ["tail.comments-thread"]


def test_a_comments_heading_without_entries_under_it_is_no_cut() -> None:
    # "Comments" over more prose (a section of a piece about comment moderation).
    comments = [LONG.format(n) for n in range(4)]
    texts = body_of(dump(HEADER, PROSE[:2], "Comments", comments, PROSE[2:]))
    assert texts == PROSE[:2] + comments + PROSE[2:]


def test_a_comments_link_above_the_article_is_no_cut() -> None:
    # A post's meta line over its prose: no article words above it yet.
    head = "Milan Roe on March 4, 2025 at 4:47 pm said:"
    texts = body_of(dump(HEADLINE, "Comments", head, PROSE, thread("Comments", [[head]] * 3)))
    assert texts == PROSE


def test_entries_far_below_the_heading_are_not_its_comments() -> None:
    # The heading's first entry must stand right under it.
    far = ["Comments", *(LONG.format(n) for n in range(5))]
    far += ["Milan Roe on March 4, 2025 at 4:47 pm said:", LONG.format(5)] * 2
    texts = body_of(dump(HEADER, PROSE, far))
    assert texts[: len(PROSE) + 5] == PROSE + far[1:6]


def test_a_comments_button_in_a_share_bar_over_dated_captions_is_no_cut() -> None:
    # "Comments" among Print and Share buttons, then photos whose captions print a
    # date: no thread (found by Hypothesis).
    caption = "The mayor at the opening of the new lane on {}. (Photo: Xinhua)"
    lines = [
        *PROSE[:1],
        "Print",
        "Share",
        "Comments",
        PROSE[1],
        "Advertisement",
        caption.format("January 23, 2022"),
        PROSE[2],
        caption.format("November 2, 2024"),
        PROSE[3],
    ]
    article = newsparse.parse(dump(HEADER, lines))
    assert [b.text for b in article.body] == PROSE
    assert [c.credit for c in article.captions] == ["Xinhua", "Xinhua"]
