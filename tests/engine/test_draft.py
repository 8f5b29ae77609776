"""The draft of labelled evidence and the one build() every parser goes through."""

from __future__ import annotations

import datetime as dt

import newsparse
from newsparse import Caption
from newsparse._engine.draft import Draft, Evidence, build
from newsparse._fields.bylines import parse_byline
from newsparse._fields.labels import Label

PARA = "Officials agreed that the new plan would help local farmers and small firms grow."


def _draft(text: str = "Title\nBody", url: str | None = None) -> Draft:
    return Draft(newsparse.load(text, url=url))


def test_the_first_rule_to_set_a_field_wins() -> None:
    draft = _draft()
    assert draft.set("title", "First", "rule.a", (0,))
    assert not draft.set("title", "Second", "rule.b", (1,))
    assert not draft.set("subtitle", None, "rule.c")
    assert draft.fields == {"title": Evidence("First", "rule.a", (0,))}


def test_set_byline_sets_the_byline_its_authors_and_source_once() -> None:
    draft = _draft()
    byline = parse_byline("By Jane Doe and John Roe, Reuters")
    assert byline is not None
    draft.set_byline(byline, "byline.x", (3,))
    other = parse_byline("By Someone Else")
    assert other is not None
    draft.set_byline(other, "byline.y", (4,))
    article = build(draft, "test")
    assert article.authors == ("Jane Doe", "John Roe")
    assert article.source == "Reuters"
    assert article.provenance_of("byline") == newsparse.Provenance("byline", "byline.x", (3,))


def test_build_cleans_values_and_drops_empty_ones() -> None:
    draft = _draft()
    draft.set("title", "  A   title \u200b", "t")
    draft.set("section", "   ", "s")
    draft.set("authors", (), "a")
    article = build(draft, "test")
    assert article.title == "A title"
    assert article.section is None and article.authors == ()
    assert [p.field for p in article.provenance] == ["title"]


def test_build_reads_an_editors_note_opening_the_body() -> None:
    draft = _draft()
    draft.add_body("paragraph", "Editor's note, May 2: This story was updated.", "b", (4,))
    draft.add_body("paragraph", PARA, "b", (5,))
    article = build(draft, "test")
    assert article.editor_note == "May 2: This story was updated."
    assert [b.text for b in article.body] == [PARA]
    assert article.provenance_of("editor_note") == newsparse.Provenance(
        "editor_note", "editor-note.first-block", (4,)
    )
    assert article.provenance_of("body[0]") == newsparse.Provenance("body[0]", "b", (5,))


def test_an_editors_note_later_in_the_body_stays_body() -> None:
    draft = _draft()
    draft.add_body("paragraph", PARA, "b", (1,))
    draft.add_body("paragraph", "Editor's note: later.", "b", (2,))
    article = build(draft, "test")
    assert article.editor_note is None and len(article.body) == 2


def test_blocks_without_lines_are_cleaned_and_empty_ones_dropped() -> None:
    draft = _draft()
    draft.add_body("paragraph", "  from   metadata  ", "body.jsonld")
    draft.add_body("paragraph", " \u200b ", "body.jsonld")
    article = build(draft, "test")
    assert [b.text for b in article.body] == ["from metadata"]


def test_no_body_is_a_warning_after_the_parsers_own() -> None:
    draft = _draft()
    draft.warnings.append("page 2 of 3")
    article = build(draft, "test")
    assert article.warnings == ("page 2 of 3", "no article body found")


def test_language_from_the_body_then_the_pages_hint() -> None:
    draft = _draft("x")
    draft.add_body("paragraph", " ".join([PARA] * 2), "b", (0,))
    assert build(draft, "t").language == "en"
    hinted = _draft("12345")
    hinted.language_hint = "pt-BR"
    assert build(hinted, "t").language == "pt"


def test_the_callers_url_wins_over_the_pages_own() -> None:
    draft = _draft(url="https://example.org/a")
    draft.url = "https://example.org/canonical"
    assert build(draft, "t").url == "https://example.org/a"
    page_only = _draft()
    page_only.url = "https://example.org/canonical"
    assert build(page_only, "t").url == "https://example.org/canonical"


def test_provenance_body_captions_fields_then_line_labels() -> None:
    draft = _draft()
    draft.label(0, Label.TITLE, "title.x")
    draft.label(0, Label.FURNITURE, "ignored: the first label stays")
    draft.label(7, Label.FURNITURE, "furniture.menu")
    draft.label(2, Label.PARAGRAPH, "body.p")
    draft.set("title", "T", "title.x", (0,))
    draft.add_body("paragraph", "Body", "body.p", (2,))
    draft.add_caption(Caption("A cap", "AP"), "caption.c", (3,))
    draft.page = 2
    article = build(draft, "test")
    assert [(p.field, p.rule, p.lines) for p in article.provenance] == [
        ("body[0]", "body.p", (2,)),
        ("captions[0]", "caption.c", (3,)),
        ("title", "title.x", (0,)),
        ("label:title", "title.x", (0,)),
        ("furniture", "furniture.menu", (7,)),
    ]
    assert article.page == 2 and article.parser == "test"
    assert article.captions == (Caption("A cap", "AP"),)


def test_line_labels_fill_in_blocks_captions_and_fields() -> None:
    draft = _draft()
    draft.label(5, Label.FURNITURE, "furniture.x")
    draft.add_body("heading", "H", "body.h", (1,))
    draft.add_caption(Caption("C", None), "caption.c", (2,))
    draft.set("date", dt.date(2025, 3, 3), "date.line", (3,))
    draft.set("source", "AP", "info.source", (4, 5))
    assert draft.line_labels() == {
        1: (Label.HEADING, "body.h"),
        2: (Label.CAPTION, "caption.c"),
        3: (Label.DATE, "date.line"),
        4: (Label.INFO, "info.source"),
        5: (Label.FURNITURE, "furniture.x"),
    }


def test_every_builtin_parser_parses_through_its_draft() -> None:
    text = f"A headline about farmers\n\nBy Jane Doe\n\n{PARA} {PARA} {PARA}\n"
    for name in ("generic", "cgtn", "chinadaily"):
        parser = newsparse.get_parser(name)
        doc = newsparse.load(text)
        assert parser.parse(doc) == build(parser.draft(doc), name)  # type: ignore[attr-defined]
