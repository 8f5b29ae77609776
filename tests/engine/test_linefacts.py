"""The facts of a dump's lines, computed once per parse and shared by the passes
(issue 15): each fact is what its reader says of the line, asked once."""

from __future__ import annotations

import datetime as dt

import dateutil.tz

import newsparse
from articles import rule
from newsparse._engine.draft import Draft
from newsparse._engine.linefacts import LineFacts
from newsparse._engine.text import Work, is_title_like, text_draft
from newsparse._fields.dates import date_line
from newsparse._input.document import Document
from newsparse._input.normalize import word_count
from newsparse.parsers.generic import GenericParser

GENERIC = GenericParser.profile
LINES = [
    "Inicio | Política | Economía | Deportes",
    "El Gobierno aprueba el nuevo plan de vivienda",
    "03/11/2025",
    "Actualizado 2025.10.29",
    "Por Ana Souza",
    "东京奥运会开幕式今晚举行",
    "ข่าวล่าสุดวันนี้จากกรุงเทพมหานคร",
    "the views expressed are those of the author.",
    "Compartir",
    "...",
    "(Foto: Reuters)",
]


def test_words_are_word_counts() -> None:
    facts = LineFacts(LINES)
    assert facts.words == [word_count(t) for t in LINES]


def test_title_like_is_the_readers_answer() -> None:
    facts = LineFacts(LINES)
    for i, text in enumerate(LINES):
        assert facts.title_like(i) is is_title_like(text), text
    assert facts.title_like(1) and not facts.title_like(7)


def test_date_line_asked_once_per_question() -> None:
    facts = LineFacts(LINES)
    tz = dt.timezone(dt.timedelta(hours=8))
    for i, text in enumerate(LINES):
        assert facts.date_line(i, None) == date_line(text, None)
        assert facts.date_line(i, tz, day_first=True) == date_line(text, tz, day_first=True)
    first = facts.date_line(3, None)
    assert first is not None and first.updated and first.value == dt.date(2025, 10, 29)
    assert facts.date_line(3, None) is first  # the same answer, not read again
    # The order of day and month is part of the question: both readings are kept.
    assert facts.date_line(2, None, day_first=True).value == dt.date(2025, 11, 3)
    assert facts.date_line(2, None) is None  # either order could read it: unread


def test_date_line_in_a_zone_that_cannot_be_hashed() -> None:
    """dateutil's zones (a rules file's IANA zone) have no hash: the facts key the zone
    by its identity."""
    tz = dateutil.tz.gettz("Pacific/Auckland")
    facts = LineFacts(["On 2025-01-10 12:00", "10 January 2025 12:00"])
    for i in (0, 1):
        assert facts.date_line(i, tz) == date_line(facts.texts[i], tz)
    found = facts.date_line(1, tz)
    assert found is not None and found.value.utcoffset() == dt.timedelta(hours=13)
    assert facts.date_line(1, tz) is found
    assert facts.date_line(1, None).value == dt.date(2025, 1, 10)  # no zone: the day alone


def test_work_shares_its_facts() -> None:
    doc = Document.from_text("\n".join(LINES))
    w = Work(doc, GENERIC, [None] * len(doc.lines), Draft(doc))
    assert w.facts.texts == [line.text for line in doc.lines]
    assert w.words is w.facts.words


def test_a_parse_reads_its_fields_through_the_facts() -> None:
    """A Spanish dump with a masthead's menu, a day-first date and a share bar: the
    routed readers give what the readers themselves give."""
    prose = [
        "El Consejo de Ministros aprobó este martes el nuevo plan estatal de vivienda, "
        "que prevé la construcción de cien mil pisos de alquiler asequible en cinco años.",
        "La ministra explicó que las comunidades autónomas recibirán los fondos a partir "
        "de enero y que los ayuntamientos podrán ceder suelo público para las obras.",
        "Las asociaciones de inquilinos celebraron la medida, aunque advirtieron de que "
        "los precios del alquiler siguen subiendo en las grandes ciudades del país.",
    ]
    text = "\n".join(
        [
            "Inicio",
            "Política",
            "Economía",
            "El Gobierno aprueba el nuevo plan estatal de vivienda",
            "Por Ana Souza",
            "03/11/2025",
            "Compartir",
            *prose,
            "Noticias relacionadas",
            "Otra noticia del día",
        ]
    )
    article = newsparse.parse(text)
    assert article.title == "El Gobierno aprueba el nuevo plan estatal de vivienda"
    assert article.authors == ("Ana Souza",)
    assert article.date == dt.date(2025, 11, 3)
    assert rule(article, "date") == "date.line"
    draft = text_draft(Document.from_text(text), GENERIC)
    assert [b.text for b in draft.body] == prose
