"""Authors of blog and magazine dumps printed only under the article (issue 12): an
author box's heading over a name (``Written by``, ``The authors``, ``Autorin``, in each
language's words), a name over a one-line job or a first-person bio, and a sentence
saying who wrote the post. Near-misses give no author: a book's data sheet, a comment's
author, an interview's speaker, a reviewer, a related story's byline. Names and pages
are made up for these tests.
"""

from __future__ import annotations

import pytest
from test_bylines_world import page, parse

from newsparse._fields.bylines import parse_byline

# (language, lines under the prose, authors, rule; None where an earlier rule reads it)
BOXES: list[tuple[str, tuple[str, ...], tuple[str, ...], str | None]] = [
    # A strong heading over the name alone: nothing more is needed.
    ("en", ("Leave a Reply", "Written by", "Jane Doe", "RECENT POSTS"), ("Jane Doe",),
     "byline.about-author"),
    ("en", ("About the author", "Jane Doe", "Subscribe to updates from this author"),
     ("Jane Doe",), "byline.about-author"),
    ("ru", ("Об авторе", "Иван Петров", "Все материалы автора"), ("Иван Петров",),
     "byline.about-author"),
    ("zh", ("作者简介", "王小明", "资深财经记者，长期关注宏观经济。"), ("王小明",),
     "byline.about-author"),
    ("ja", ("この記事を書いた人", "山田太郎", "経済部の記者。"), ("山田太郎",), "byline.about-author"),
    # A short link between the heading and the name; the first of the boxes.
    ("en", ("The authors", "Learn more about us", "Jane Doe", "Senior Content Manager",
            "Hi, I'm Jane! I spent years in agency land before I joined the team."),
     ("Jane Doe",), "byline.about-author"),
    ("en", ("About Our Expert", "John Roe", "Writer, Hardware"), ("John Roe",),
     "byline.about-author"),
    # The bare word for "author": the name's job line or a bio must follow.
    ("de", ("Autorin", "Jana Beispiel", "Redakteurin Politik"), ("Jana Beispiel",), None),
    ("fr", ("Auteur", "Jeanne Exemple",
            "Je suis journaliste au service Politique depuis dix ans."),
     ("Jeanne Exemple",), None),
    ("es", ("Autor", "Carlos Ejemplo", "Carlos es periodista especializado en economía."),
     ("Carlos Ejemplo",), None),
    ("en", ("Leave a Reply", "AUTHOR", "Jane Doe", "Senior Content Manager"), ("Jane Doe",),
     "byline.about-author"),
    # No heading: a name alone over a bio in the first person, or a bio whose person
    # comes after its opening clause.
    ("en", ("Jane Doe", "I'm the founder of Example Academy and a certified HR consultant."),
     ("Jane Doe",), "byline.author-box"),
    ("en", ("John Roe", "As editor of the finance site, John wrote about retirement."),
     ("John Roe",), "byline.author-box"),
    # A sentence that says who wrote the post.
    ("en", ("This post was written by Jane Doe, Head of Marketing and Community Development",),
     ("Jane Doe",), None),
    ("fr", ("Cet article a été rédigé par Jeanne Exemple, journaliste indépendante.",),
     ("Jeanne Exemple",), "byline.once"),
    ("es", ("Este artículo fue escrito por María Ejemplo, periodista de economía.",),
     ("María Ejemplo",), "byline.once"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "end", "authors", "rule"),
    BOXES,
    ids=[f"{b[0]}-{b[1][0][:16]}-{b[1][1][:12] if len(b[1]) > 1 else ''}" for b in BOXES],
)
def test_author_box(
    language: str, end: tuple[str, ...], authors: tuple[str, ...], rule: str | None
) -> None:
    article = parse(page(language, ["30.11.2026"], end=end))
    assert article.authors == authors
    if rule is not None:
        assert article.provenance_of("authors").rule == rule


NEAR_MISSES: list[tuple[str, tuple[str, ...]]] = [
    # The bare word over a name and a bio that says no job, past the comments' heading
    # (where no header rule reads a label over a name).
    ("en", ("Leave a Reply", "Author", "Jane Doe", "Jane loves hiking in the hills with her dog.")),
    # The bare word over a credits list (a job line over another name), over a data sheet.
    ("en", ("Leave a Reply", "Author", "Mary Shelley", "Editor", "John Roe")),
    ("en", ("Leave a Reply", "Author", "Mary Shelley", "Publisher", "Example Books")),
    # A desk's credit under the label: no person ("Editorial Staff" is no bio).
    ("en", ("Leave a Reply", "Author:", "Example Rider Editorial Staff")),
    # A reviewer is not the author.
    ("en", ("Medically reviewed by", "Dr. Jane Doe")),
    ("en", ("Reviewed by Jane Doe, MD",)),
    # A related story's byline.
    ("en", ("Related: by Jane Doe",)),
    # Two boxes under one heading each: the comments', a team's.
    ("en", ("About the author", "Jane Doe", "About the author", "John Roe")),
    # An interview's speaker over each answer in the first person.
    ("en", ("Jane Doe", "I'm the founder of Example Labs, and we started in a garage.",
            "John Roe", "What came next?",
            "Jane Doe", "I'm a chemist by training, so we built the lab first.")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "end"), NEAR_MISSES, ids=[f"{b[0]}-{'-'.join(b[1])[:30]}" for b in NEAR_MISSES]
)
def test_no_author_from_a_near_miss(language: str, end: tuple[str, ...]) -> None:
    assert parse(page(language, ["30.11.2026"], end=end)).authors == ()


def test_a_sentence_naming_the_writer_stays_in_the_body() -> None:
    sentence = "This post was written by Jane Doe, a freelance writer who covers city hall."
    article = parse(page("en", ["30.11.2026"], lead="", end=(sentence,)))
    assert article.authors == ("Jane Doe",)
    assert any(sentence in block.text for block in article.body)


def test_a_box_of_a_quoted_person_under_the_prose_needs_its_heading() -> None:
    # A name alone over a third person's bio that says no job: not an author box.
    end = ("Mary Shelley", "Mary Shelley was born in London in 1797 and died in 1851.")
    assert parse(page("en", ["30.11.2026"], end=end)).authors == ()


# (language, the line under the last paragraph, authors, source): a signature after a dash.
SIGNED: list[tuple[str, str, tuple[str, ...], str | None]] = [
    ("en", "— Jane Doe", ("Jane Doe",), None),
    ("de", "– Jana Beispiel", ("Jana Beispiel",), None),
    ("fr", "-- Jeanne Exemple", ("Jeanne Exemple",), None),
    ("en", "— Reuters", (), "Reuters"),
    ("en", "— Home", (), None),
]  # fmt: skip


@pytest.mark.parametrize(("language", "line", "authors", "source"), SIGNED)
def test_dash_signature(
    language: str, line: str, authors: tuple[str, ...], source: str | None
) -> None:
    article = parse(page(language, ["30.11.2026"], end=(line,)))
    assert (article.authors, article.source) == (authors, source)


def test_dash_under_a_quote_names_its_speaker() -> None:
    end = ("“We will build the line before the next winter, whatever the cost.”", "— John Roe")
    assert parse(page("en", ["30.11.2026"], end=end)).authors == ()


def test_dash_under_the_prose_naming_a_quoted_person_is_no_signature() -> None:
    lead = "Jane Doe, the head of the transport office, welcomed the vote. "
    assert parse(page("en", ["30.11.2026"], lead=lead, end=("— Jane Doe",))).authors == ()


# A post's meta line: the name, then the post's category ("Posted by X in Category").
POSTED: list[tuple[str, str, tuple[str, ...]]] = [
    ("en", "Posted by Jane Doe in Travel, Food", ("Jane Doe",)),
    ("fr", "Publié par Jeanne Exemple dans Politique", ("Jeanne Exemple",)),
    ("de", "Veröffentlicht von Jana Beispiel in Politik", ("Jana Beispiel",)),
    ("es", "Publicado por María Ejemplo en Economía", ("María Ejemplo",)),
]  # fmt: skip


@pytest.mark.parametrize(("language", "line", "authors"), POSTED)
def test_posted_by_in_a_category(language: str, line: str, authors: tuple[str, ...]) -> None:
    assert parse(page(language, [], end=(line,))).authors == authors


def test_a_category_after_a_name_is_no_name() -> None:
    byline = parse_byline("Publié par Jeanne Exemple dans Politique", require_prefix=True)
    assert byline is not None
    assert (byline.authors, byline.rest) == (("Jeanne Exemple",), "dans Politique")
