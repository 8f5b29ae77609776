"""Names of a text dump's own story, the bare name printed twice, Romanian 'de' (issue 12).

Pages written for these tests in many languages (invented names): photo captions
stacked over the date name people the prose tells of, no author; an author's bare name
printed twice under the date (a link and the name) is the byline; Romanian "de" opens
a byline line.
"""

from __future__ import annotations

import pytest

from articles import quiet_parse as parse
from multilingual import PARAGRAPHS

MENU = ["Home", "News", "Sport", "Culture", "Contact"]
FOOTER = ["Privacy", "Terms", "About us"]

# (language, headline, date line, a sentence that names two people, in the language)
PAGES: list[tuple[str, str, str, str]] = [
    ("en", "State swimming finals end with three new records", "November 30, 2026",
     "Senior {a} won the relay, and {b} took the diving title."),
    ("de", "Landesmeisterschaft im Schwimmen endet mit drei Rekorden", "30.11.2026",
     "Die Schülerin {a} gewann die Staffel, und {b} siegte im Springen."),
    ("fr", "Les finales régionales de natation s'achèvent sur trois records", "30 novembre 2026",
     "La nageuse {a} a remporté le relais, et {b} a gagné le plongeon."),
    ("es", "La final estatal de natación termina con tres récords", "30 de noviembre de 2026",
     "La nadadora {a} ganó el relevo y {b} se llevó el salto."),
    ("it", "Le finali regionali di nuoto si chiudono con tre record", "30 novembre 2026",
     "La nuotatrice {a} ha vinto la staffetta e {b} i tuffi."),
    ("pt", "Final estadual de natação termina com três recordes", "30 de novembro de 2026",
     "A nadadora {a} venceu o revezamento e {b} ganhou os saltos."),
    ("nl", "Zwemkampioenschap eindigt met drie nieuwe records", "30 november 2026",
     "Zwemster {a} won de estafette en {b} het schoonspringen."),
    ("pl", "Finały pływackie zakończone trzema rekordami", "30 listopada 2026",
     "Zawodniczka {a} wygrała sztafetę, a {b} skoki do wody."),
    ("ro", "Finala națională de înot se încheie cu trei recorduri", "30 noiembrie 2026",
     "Sportiva {a} a câștigat ștafeta, iar {b} săriturile."),
    ("sv", "Simfinalen slutade med tre nya rekord", "30 november 2026",
     "Simmaren {a} vann lagkappen och {b} vann simhoppet."),
    ("cs", "Plavecké finále skončilo třemi rekordy", "30. listopadu 2026",
     "Plavkyně {a} vyhrála štafetu a {b} skoky do vody."),
    ("tr", "Yüzme finali üç yeni rekorla sona erdi", "30 Kasım 2026",
     "Yüzücü {a} bayrak yarışını, {b} ise atlama yarışını kazandı."),
    ("id", "Final renang nasional ditutup dengan tiga rekor", "30 November 2026",
     "Perenang {a} menjuarai estafet, sedangkan {b} menang di loncat indah."),
    ("hu", "Három új csúccsal zárult az úszódöntő", "2026. november 30.",
     "A váltót {a} nyerte, a műugrást pedig {b}."),
    ("ru", "Финал по плаванию завершился тремя рекордами", "30 ноября 2026",
     "Пловчиха {a} выиграла эстафету, а {b} победила в прыжках."),
]  # fmt: skip

NAMES = {
    "ru": ("Анна Петрова", "Мария Смирнова", "Ольга Иванова"),
}
LATIN = ("Lena Marvik", "Tomas Brandel", "Sara Quintel")


def dump(headline: str, meta: list[str], prose: list[str]) -> str:
    lines = [*MENU, headline, *meta, *prose, *FOOTER]
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("language", "headline", "date", "sentence"), PAGES, ids=[p[0] for p in PAGES]
)
def test_stacked_captions_of_the_story_s_people_are_no_byline(
    language: str, headline: str, date: str, sentence: str
) -> None:
    a, b, _ = NAMES.get(language, LATIN)
    club = "Спартак" if language == "ru" else "Nordvik"
    prose = [sentence.format(a=a, b=b), *PARAGRAPHS[language]]
    # Two photo captions over the date: each a name and the swimmer's club.
    article = parse(dump(headline, [f"{b} {club}", f"{a} {club}", date], prose))
    assert article.authors == ()


@pytest.mark.parametrize(
    ("language", "headline", "date", "sentence"), PAGES, ids=[p[0] for p in PAGES]
)
def test_the_author_over_the_date_stays_when_the_prose_names_others(
    language: str, headline: str, date: str, sentence: str
) -> None:
    a, b, author = NAMES.get(language, LATIN)
    prose = [sentence.format(a=a, b=b), *PARAGRAPHS[language]]
    article = parse(dump(headline, [author, date], prose))
    assert article.authors == (author,)


@pytest.mark.parametrize(
    ("language", "headline", "date", "sentence"), PAGES, ids=[p[0] for p in PAGES]
)
def test_the_author_s_bare_name_twice_under_the_date(
    language: str, headline: str, date: str, sentence: str
) -> None:
    a, b, author = NAMES.get(language, LATIN)
    prose = [sentence.format(a=a, b=b), *PARAGRAPHS[language]]
    # The author's link and name under the date.
    meta = [date, author, author, "Share"]
    article = parse(dump(headline, meta, prose))
    assert article.authors == (author,)


def test_one_name_the_prose_tells_of_is_still_the_author() -> None:
    # "I'm Lena Marvik": the author introduces herself; no caption stands beside her name.
    prose = ["Welcome to the letter. I'm Lena Marvik, a reporter of ten years.", *PARAGRAPHS["en"]]
    article = parse(dump(PAGES[0][1], ["Lena Marvik", "November 30, 2026"], prose))
    assert article.authors == ("Lena Marvik",)


@pytest.mark.parametrize(
    "meta",
    [
        ["de Andrei Popescu", "30 noiembrie 2026"],
        ["30 noiembrie 2026, 14:05", "de Andrei Popescu"],
        ["de Andrei Popescu | 30 noiembrie 2026"],
        ["de Ana-Maria Ionescu și Ion Pop", "30 noiembrie 2026"],
    ],
)
def test_romanian_de_opens_a_byline(meta: list[str]) -> None:
    article = parse(dump(PAGES[8][1], meta, PARAGRAPHS["ro"]))
    assert article.authors in (("Andrei Popescu",), ("Ana-Maria Ionescu", "Ion Pop"))
    assert article.date is not None


@pytest.mark.parametrize("line", ["de Fórmula 1", "Jogos de Fórmula 1", "de la Redacție"])
def test_de_before_no_name_is_no_byline(line: str) -> None:
    article = parse(dump(PAGES[8][1], [line, "30 noiembrie 2026"], PARAGRAPHS["ro"]))
    assert article.authors == ()


# (headline in title case, date line, prose that uses the headline's words in lower case)
TITLE_CASE: list[tuple[str, str, str]] = [
    ("Nutrition Myths Debunked", "Posted on November 25, 2026 in Health",
     "Many nutrition myths spread faster than the studies that debunk them."),
    ("Mitos Alimentarios Desmentidos", "Publicado el 25 de noviembre de 2026",
     "Muchos mitos alimentarios circulan más rápido que los estudios que los desmienten."),
    ("Mitos Alimentares Desmentidos", "Publicado em 25 de novembro de 2026",
     "Muitos mitos alimentares circulam mais rápido do que os estudos que os desmentem."),
    ("Mitos Gizi Terbantahkan", "Diterbitkan 25 November 2026",
     "Banyak mitos gizi menyebar lebih cepat daripada penelitian yang membantahnya."),
    ("Voedingsmythes Ontkracht Vandaag", "Gepubliceerd op 25 november 2026",
     "Veel voedingsmythes worden vandaag nog ontkracht door nieuw onderzoek."),
]  # fmt: skip


@pytest.mark.parametrize(("headline", "date", "prose"), TITLE_CASE, ids=[t[0] for t in TITLE_CASE])
def test_a_title_case_headline_over_the_date_is_no_name(
    headline: str, date: str, prose: str
) -> None:
    # No headline is found over the date (the line is name-shaped), and the prose
    # prints its words in lower case: the headline, not an author.
    lines = ["Skip to content", *MENU, "Campus Tours Today", headline, date, prose]
    article = parse("\n\n".join([*lines, *PARAGRAPHS["en"]]) + "\n")
    assert article.authors == ()


def test_a_name_over_the_date_stays_when_the_prose_does_not_use_its_words() -> None:
    article = parse(
        dump("Campus Tours Today", ["Sara Quintel", "November 25, 2026"], PARAGRAPHS["en"])
    )
    assert article.authors == ("Sara Quintel",)
