"""Titles of text dumps saved without their URL (issue 12): no slug lifts the headline,
so the page's structure must. A share bar's buttons between the headline and its prose
(each network's button, as a news site prints a dozen) do not push the headline away
from the prose; a clean copy's first line stays the headline over its deck. Names,
outlets and stories are made up for these tests.
"""

from __future__ import annotations

import warnings

import pytest

import newsparse
from newsparse._engine.title_cues import share_button
from newsparse._engine.titles import Candidate, _over_deck


def _parse(lines: list[str]) -> newsparse.Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return newsparse.parse("\n".join(lines) + "\n")


# Each language: the headline, its date line, a share button's words around a network's
# name, "copy the link", and the prose's first paragraphs.
SHARED: dict[str, tuple[str, str, str, str, list[str]]] = {
    "de": (
        "Stadtrat beschließt neue Radwege entlang des Flusses",
        "14. März 2026",
        "Auf {} teilen",
        "Link kopieren",
        [
            "Der Stadtrat hat am Dienstag den Bau neuer Radwege entlang des Flusses "
            "beschlossen. Die Arbeiten sollen im Sommer beginnen und zwei Jahre dauern.",
            "Anwohner hatten seit Jahren sichere Wege für Radfahrer gefordert. Die Kosten "
            "von zwölf Millionen Euro trägt zur Hälfte das Land.",
            "Kritik kam von den Händlern der Altstadt, die um Parkplätze fürchten. Der "
            "Bürgermeister versprach neue Stellplätze am Bahnhof.",
        ],
    ),
    "es": (
        "El ayuntamiento aprueba nuevos carriles bici junto al río",
        "14 de marzo de 2026",
        "Compartir en {}",
        "Copiar enlace",
        [
            "El pleno del ayuntamiento aprobó el martes la construcción de nuevos carriles "
            "bici junto al río. Las obras empezarán en verano y durarán dos años.",
            "Los vecinos reclamaban desde hace años caminos seguros para los ciclistas. El "
            "coste de doce millones de euros lo paga a medias la comunidad.",
            "Los comerciantes del casco antiguo criticaron la medida por la pérdida de "
            "aparcamientos. El alcalde prometió nuevas plazas junto a la estación.",
        ],
    ),
    "pl": (
        "Rada miasta zatwierdza nowe ścieżki rowerowe wzdłuż rzeki",
        "14 marca 2026",
        "Udostępnij na {}",
        "Kopiuj link",
        [
            "Rada miasta zatwierdziła we wtorek budowę nowych ścieżek rowerowych wzdłuż "
            "rzeki. Prace ruszą latem i potrwają dwa lata.",
            "Mieszkańcy od lat domagali się bezpiecznych dróg dla rowerzystów. Koszt "
            "dwunastu milionów złotych w połowie pokryje województwo.",
            "Kupcy ze starego miasta skrytykowali decyzję, obawiając się utraty miejsc "
            "parkingowych. Burmistrz obiecał nowe miejsca przy dworcu.",
        ],
    ),
}
NETWORKS = ["Facebook", "Messenger", "Twitter", "WhatsApp", "LinkedIn", "Pinterest", "Email"]


@pytest.mark.parametrize("lang", sorted(SHARED))
def test_share_bar_between_headline_and_prose_keeps_the_headline_near(lang: str) -> None:
    """Headline, date, a share bar printed twice (its icons' buttons, then a menu of
    the same buttons) and a line or two of the bar's own: the prose starts some twenty
    lines under the headline, all of them buttons. The headline is the title."""
    headline, date, button, copy, prose = SHARED[lang]
    bar = [button.format(name) for name in NETWORKS]
    lines = [
        "Menu",
        "Nachrichten" if lang == "de" else "Noticias" if lang == "es" else "Wiadomości",
        "Region",
        "Region",
        headline,
        date,
        *bar,
        *bar,
        copy,
        *prose,
    ]
    assert _parse(lines).title == headline


def test_clean_copys_short_headline_over_a_longer_deck_keeps_the_top() -> None:
    """A clean copy's first line in words of its own over a longer deck that tells the
    story: still the headline (a deck is longer than its headline)."""
    headline = "Ein Fluss für alle"
    deck = "Der Stadtrat beschließt neue Radwege entlang des Flusses und sperrt das Ufer für Autos"
    prose = SHARED["de"][4]
    article = _parse([headline, deck, "Von Jonas Beispiel", "14. März 2026", *prose])
    assert article.title == headline
    # A deck of as many words as its headline, echoing the prose where the headline
    # echoes less: the first line stays the headline.
    headline = "Radwege am Fluss kommen endlich nach langem Streit"
    deck = "Der Stadtrat beschließt neue Radwege entlang des Flusses"
    article = _parse([headline, deck, *prose])
    assert (article.title, article.subtitle) == (headline, deck)


def _candidate(i: int, *features: str) -> Candidate:
    c = Candidate(i)
    for name in features:
        c.add(name)
    return c


def test_over_deck_spares_the_step_only_between_bands() -> None:
    """A line over the winner takes its place as a headline over its deck when it is
    behind by the step of distance it stands further from the prose; in the same band
    of distance, a line behind for its own shape (it reads as a person's name) is not."""
    best = _candidate(9, "headline-length", "echo", "near-prose", "anchor")
    same_band = _candidate(8, "headline-length", "echo", "near-prose", "anchor", "person")
    assert not _over_deck(same_band, best)
    further = _candidate(8, "headline-length", "echo", "close-to-prose", "anchor")
    assert _over_deck(further, best)


def test_buttons_naming_their_network_mid_line_are_a_share_bar() -> None:
    """``Auf Facebook teilen`` by ``Auf Twitter teilen``: the same words around each
    network's name, a share bar's buttons; a headline naming one network is none."""
    lines = ["Auf Facebook teilen", "Auf Twitter teilen", "Auf WhatsApp teilen"]
    assert all(share_button(i, lines) for i in range(len(lines)))
    lines = ["Facebook verliert junge Nutzer an neue Netzwerke", "14. März 2026"]
    assert not share_button(0, lines)
