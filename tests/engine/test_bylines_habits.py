"""Bylines of news pages in more of each language's habits (issue 12): a label without
its colon, a name then its outlet's brand after a dash or a bar, a name with its job and
its outlet, two names with particles, the date after a connector word, and the author box
under the article. Names, outlets and pages are made up for these tests.
"""

from __future__ import annotations

import pytest
from test_bylines_world import page, parse

# (language, lines between the deck and the prose, authors, source)
CASES: list[tuple[str, list[str], tuple[str, ...], str | None]] = [
    # A label printed without its colon, an editor's credit after a bar.
    ("id", ["Penulis Budi Santoso | Editor Siti Rahma", "Senin, 30 Nov 2026 17:47 WIB"],
     ("Budi Santoso",), None),
    ("id", ["Pewarta Budi Santoso", "30 November 2026, 14:05 WIB"], ("Budi Santoso",), None),
    ("tr", ["Yazar Ahmet Yılmaz", "30 Kasım 2026 14:05"], ("Ahmet Yılmaz",), None),
    ("pl", ["Autor Jan Kowalski", "30 listopada 2026, 14:05"], ("Jan Kowalski",), None),
    ("vi", ["Tác giả Nguyễn Văn An", "30/11/2026 14:05"], ("Nguyễn Văn An",), None),
    # The date after a connector and a weekday on the byline's line.
    ("id", ["Oleh Budi Santoso pada Senin, 30 Nov 2026 17:47 WIB"], ("Budi Santoso",), None),
    # A name, then the outlet's brand: a domain, a glued word, capitals, an article.
    ("cs", ["Jan Novák, iDNES.cz", "30. listopadu 2026 14:05"], ("Jan Novák",), "iDNES.cz"),
    ("id", ["Budi Santoso - Kompas.com", "30/11/2026, 17:47 WIB"], ("Budi Santoso",), "Kompas.com"),
    ("id", ["Budi Santoso - detikFinance", "Senin, 30 Nov 2026 17:47 WIB"],
     ("Budi Santoso",), "detikFinance"),
    ("ru", ["Иван Петров - РБК", "30 ноября 2026, 14:05"], ("Иван Петров",), None),
    ("de", ["Jana Beispiel – Der Tagesspiegel", "30.11.2026"], ("Jana Beispiel",), None),
    ("it", ["Maria Rossi - Il Sole 24 Ore", "30 novembre 2026"], ("Maria Rossi",), None),
    # After a "By", the place after a bar.
    ("es", ["Por María Ejemplo | Madrid", "30 de noviembre de 2026"], ("María Ejemplo",), None),
    # A name, a job and the outlet, between bars.
    ("en", ["Jane Doe | Senior Reporter | The Daily Beacon", "November 30, 2026"],
     ("Jane Doe",), "The Daily Beacon"),
    # Two names with particles: a byline over its date, not the headline.
    ("nl", ["Jan de Vries en Piet van Dam", "30 november 2026"], ("Jan de Vries", "Piet van Dam"), None),
    ("nl", ["Door Jan de Vries, Piet van Dam en Els Bakker", "30 november 2026"],
     ("Jan de Vries", "Piet van Dam", "Els Bakker"), None),
    ("pt", ["Por Ana Souza, Pedro Lima e João Dias", "30/11/2026 14h05"],
     ("Ana Souza", "Pedro Lima", "João Dias"), None),
    ("hu", ["Kovács Anna és Nagy Péter", "2026. november 30. 14:05"], ("Kovács Anna", "Nagy Péter"), None),
    ("el", ["Γιώργος Παπαδόπουλος και Μαρία Νικολάου", "30 Νοεμβρίου 2026"],
     ("Γιώργος Παπαδόπουλος", "Μαρία Νικολάου"), None),
    # Photo credits near the byline give no author.
    ("fr", ["Par Jeanne Exemple", "Publié le 30 novembre 2026 à 14h05", "Écouter cet article",
            "Partager", "Photo : Marc Martin / AFP"], ("Jeanne Exemple",), None),
    ("de", ["30.11.2026, 14:05 Uhr", "Lesezeit: 3 Min.", "Von Jana Beispiel und Max Muster",
            "Foto: dpa"], ("Jana Beispiel", "Max Muster"), None),
    ("en", ["By Ahmad bin Ismail", "November 30, 2026", "Photo: Ali al-Rashid / AFP"],
     ("Ahmad bin Ismail",), None),
    # The outlet between the label and the name, as Indonesian papers print it.
    ("id", ["Laporan Wartawan Tribunnews.com, Budi Santoso", "30/11/2026 17:47 WIB"],
     ("Budi Santoso",), "Tribunnews.com"),
    # More labels: Serbian, Polish ("compiled by"), Vietnamese ("text and photos", "reporter").
    ("ru", ["Аутор: Марко Петровић", "30 ноября 2026"], ("Марко Петровић",), None),
    ("pl", ["Opracowanie: Jan Kowalski", "30.11.2026, 14:05"], ("Jan Kowalski",), None),
    ("vi", ["Bài và ảnh: Nguyễn Văn An", "30/11/2026 14:05"], ("Nguyễn Văn An",), None),
    ("vi", ["PV Nguyễn Văn An", "30/11/2026 14:05"], ("Nguyễn Văn An",), None),
    # Hebrew glues its "and" to the next name.
    ("he", ["מאת דנה כהן ויוסי לוי", "30.11.2026"], ("דנה כהן", "יוסי לוי"), None),
    # The outlet after "of" ("da Folha").
    ("pt", ["Por Ana Souza, da Folha", "30/11/2026 14h05"], ("Ana Souza",), "Folha"),
    # "From our correspondent" in the languages of the web.
    ("it", ["dal nostro inviato Luca Bianchi", "30 novembre 2026"], ("Luca Bianchi",), None),
    ("de", ["Von unserem Korrespondenten Max Muster", "30.11.2026"], ("Max Muster",), None),
    ("en", ["From our correspondent John Roe in Paris", "November 30, 2026"], ("John Roe",), None),
    ("fr", ["De notre envoyée spéciale Jeanne Exemple", "Publié le 30 novembre 2026"],
     ("Jeanne Exemple",), None),
    # A name with particles, its job under it, then the date.
    ("nl", ["Jan de Vries", "Verslaggever", "30 november 2026"], ("Jan de Vries",), None),
    ("pl", ["Jan Kowalski", "Dziennikarz", "30 listopada 2026"], ("Jan Kowalski",), None),
    # Romanian "de" ("by") opens a byline line (as Swahili "Na"), never a name.
    ("ro", ["de Ion Popescu și Maria Ionescu", "30 noiembrie 2026"],
     ("Ion Popescu", "Maria Ionescu"), None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "meta", "authors", "source"),
    CASES,
    ids=[f"{case[0]}-{case[1][0][:24]}" for case in CASES],
)
def test_byline_habit(
    language: str, meta: list[str], authors: tuple[str, ...], source: str | None
) -> None:
    article = parse(page(language, meta))
    assert article.authors == authors
    assert article.source == source


def test_two_names_over_the_date_are_not_the_headline() -> None:
    article = parse(page("nl", ["Jan de Vries en Piet van Dam", "30 november 2026"]))
    assert article.title == "Gemeenteraad keurt nieuwe begroting voor openbaar vervoer goed"


# (language, lines under the prose, authors): an author box's heading, then the name
# (alone or opening the bio), and a bio that says the person's job.
BOXES: list[tuple[str, tuple[str, ...], tuple[str, ...]]] = [
    ("en", ("About the author", "Jane Doe is a staff writer who covers city hall."), ("Jane Doe",)),
    ("de", ("Über die Autorin", "Jana Beispiel ist Redakteurin im Ressort Politik."),
     ("Jana Beispiel",)),
    ("de", ("Über die Autorin", "Jana Beispiel", "Jana Beispiel ist Redakteurin im Ressort Politik."),
     ("Jana Beispiel",)),
    ("fr", ("À propos de l'auteur", "Jeanne Exemple est journaliste au service Politique."),
     ("Jeanne Exemple",)),
    ("es", ("Sobre la autora", "María Ejemplo es periodista especializada en economía."),
     ("María Ejemplo",)),
    ("ru", ("Об авторе", "Иван Петров — обозреватель отдела политики."), ("Иван Петров",)),
    # No name opening the bio, or a bio that says no job: no author.
    ("en", ("About the author", "The author is a staff writer."), ()),
    ("en", ("About the author", "Jane Doe loves hiking in the hills."), ()),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "end", "authors"), BOXES, ids=[f"{b[0]}-{b[1][1][:20]}" for b in BOXES]
)
def test_about_the_author_box(
    language: str, end: tuple[str, ...], authors: tuple[str, ...]
) -> None:
    article = parse(page(language, ["30.11.2026"], end=end))
    assert article.authors == authors
    if authors:
        assert article.provenance_of("authors").rule == "byline.about-author"


def test_two_author_boxes_give_no_author() -> None:
    end = (
        "About the author",
        "Jane Doe is a staff writer who covers city hall.",
        "About the author",
        "John Roe is a columnist who writes about sport.",
    )
    assert parse(page("en", ["30.11.2026"], end=end)).authors == ()
