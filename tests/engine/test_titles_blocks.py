"""Titles of dumps without a URL (issue 12): a tab title whose site is named with a
hyphen, and a headline right over its byline under a toolbar's echoing line.

A tab title at the top (``Headline - TV Rio-Niterói``) prints the headline with the
site's name: the headline under it is not a short form of that longer line (a region's
name joins two words with a hyphen). A line far over the headline's block that echoes
the prose (``Never miss an update: follow …`` over a toolbar) does not mute the line
right over the byline and the prose. Names, outlets and stories are made up.
"""

from __future__ import annotations

import time

import pytest

from articles import quiet_parse
from newsparse._engine.titles import _titled_head, without_site


def _dump(*lines: str) -> str:
    return "\n\n".join(lines) + "\n"


# (tab title's site, menu, headline, deck, byline, date, newsletter box, the
# headline's short copy in a teaser, prose)
TABS: dict[str, tuple[str, list[str], str, str, str, str, list[str], str, list[str]]] = {
    "pt": (
        "TV Rio-Niterói",
        ["Início", "Notícias", "Esportes", "Tempo", "Vídeos", "AO VIVO"],
        "Chuva forte deixa bairros de Niterói sem luz por dois dias",
        "Moradores reclamam da demora da companhia elétrica em religar a rede",
        "Por Ana Souza",
        "Publicado em 18/11/2019 às 16h07",
        ["NEWSLETTER", "Receba as notícias da região no seu e-mail"],
        "Chuva forte deixa bairros sem luz",
        [
            "A chuva forte que caiu sobre Niterói na noite de domingo deixou ao menos seis "
            "bairros sem luz por dois dias, segundo a prefeitura, que cobra da companhia "
            "elétrica um plano de emergência.",
            "Moradores do Fonseca e do Barreto dizem que a luz só voltou na tarde de "
            "terça-feira, depois de muitas ligações e de uma longa espera por técnicos nas "
            "ruas alagadas.",
        ],
    ),
    "de": (
        "Radio Nord-Ostsee",
        ["Startseite", "Nachrichten", "Sport", "Wetter", "Videos", "LIVE"],
        "Sturmflut überschwemmt Hafen von Wendersund zum zweiten Mal",
        "Händler klagen über die späte Warnung der Behörden",
        "Von Jonas Berger",
        "Veröffentlicht am 18.11.2019, 16:07 Uhr",
        ["NEWSLETTER", "Die Nachrichten der Region in Ihrem Postfach"],
        "Sturmflut überschwemmt Hafen",
        [
            "Eine Sturmflut hat am Sonntagabend den Hafen von Wendersund zum zweiten Mal in "
            "diesem Monat überschwemmt, teilte die Stadt mit, die nun einen besseren "
            "Deich fordert.",
            "Händler am Kai sagen, das Wasser sei erst am Dienstagnachmittag abgeflossen, nach "
            "vielen Anrufen und langem Warten auf die Pumpen der Feuerwehr.",
        ],
    ),
    "fr": (
        "France Sud Provence-Alpes",
        ["Accueil", "Actualités", "Sports", "Météo", "Vidéos", "EN DIRECT"],
        "Les pluies privent six quartiers de Valmont d'électricité pendant deux jours",
        "Les habitants dénoncent la lenteur du fournisseur à rétablir le courant",
        "Par Claire Martin",
        "Publié le 18/11/2019 à 16h07",
        ["NEWSLETTER", "Recevez l'actualité de la région par e-mail"],
        "Les pluies privent six quartiers",
        [
            "Les fortes pluies tombées sur Valmont dimanche soir ont privé au moins six "
            "quartiers d'électricité pendant deux jours, selon la mairie, qui réclame au "
            "fournisseur un plan d'urgence.",
            "Les habitants du centre disent que le courant n'est revenu que mardi après-midi, "
            "après de nombreux appels et une longue attente des techniciens dans les rues "
            "inondées.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(TABS))
def test_a_headline_under_a_tab_title_with_a_hyphened_site_is_the_title(lang: str) -> None:
    site, menu, headline, deck, byline, date, box, teaser, prose = TABS[lang]
    text = _dump(f"{headline} - {site}", *menu, headline, deck, byline, date, *box, teaser, *prose)
    assert quiet_parse(text).title == headline


@pytest.mark.parametrize("lang", sorted(TABS))
def test_a_longer_line_over_the_headline_that_is_no_tab_title_still_shortens_it(
    lang: str,
) -> None:
    # Near miss: the line over the menu goes on past a dash with a sentence, not a
    # site's name: the headline under it is its short form, as a section's title is, and
    # the deck is read instead (or nothing); never the line with the dash.
    site, menu, headline, deck, byline, date, box, teaser, prose = TABS[lang]
    top = f"{headline} - {site}: 2019, 16:07"
    text = _dump(top, *menu, headline, deck, byline, date, *box, teaser, *prose)
    assert quiet_parse(text).title != top


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Chuva forte deixa bairros sem luz - TV Rio-Niterói", True),
        ("Sturmflut im Hafen | Radio Nord-Ostsee", True),
        ("Les pluies privent six quartiers - France Sud Provence-Alpes", True),
        ("भारी बारिश से शहर में बिजली गुल - दैनिक समाचार", True),
        ("Chuva forte deixa bairros sem luz - TV Rio-", False),
        ("Chuva forte deixa bairros sem luz - Rio: ao vivo", False),
    ],
)
def test_a_tab_titles_site_name_may_join_words_with_a_hyphen(text: str, name: bool) -> None:
    assert (_titled_head(text) is not None) is name


def test_a_site_name_is_read_in_time_linear_in_a_long_word() -> None:
    # (One pattern repeating a word inside the name's repeat took seconds here.)
    start = time.perf_counter()
    assert _titled_head("Some headline here - " + "a" * 60 + ":") is None
    assert without_site("Some headline here - " + "b" * 60 + "!", "https://bbbb.example/x") is None
    assert time.perf_counter() - start < 0.5


# (toolbar over the headline: its "follow us" line echoes the prose's words; then
# buttons, a section's label, the headline, its byline, date line and prose)
TOOLBARS: dict[str, tuple[list[str], str, str, str, list[str]]] = {
    "es": (
        [
            "Portada",
            "Móviles",
            "Portátiles",
            "Análisis",
            "Registrarse",
            "Podcast",
            "No te pierdas ninguna novedad: sigue a TecnoDiario en redes",
            "Sigue a @TecnoDiario",
            "Tamaño de letra",
            "Modo oscuro",
            "Guardar",
            "Escuchar artículo",
            "Análisis",
        ],
        "Probamos el nuevo portátil de 16 pulgadas: el teclado convence por fin",
        "Por Marta Gil y Jorge Ruiz",
        "lunes, 18 de noviembre de 2019, 16:05",
        [
            "Bienvenidos a la gran novedad de la marca. Aunque por fuera parece el de siempre, "
            "cambia lo que más quejas recibía, y quien no se pierde ninguna novedad lo va a "
            "notar en redes.",
            "Hace meses que la marca no renovaba su gama alta, y la espera se ha notado en las "
            "tiendas, donde los modelos anteriores se vendían con descuentos cada vez mayores.",
        ],
    ),
    "en": (
        [
            "Home",
            "Phones",
            "Laptops",
            "Reviews",
            "Register",
            "Podcast",
            "Never miss an update: follow GadgetDesk for every launch",
            "Follow @GadgetDesk",
            "Text size",
            "Dark mode",
            "Reader view",
            "Font",
            "Review",
        ],
        "We tested the 16-inch laptop: its keyboard finally convinces",
        "By Mara Gill and Joel Rudd",
        "Monday, November 18, 2019, 04:05 pm PT",
        [
            "Welcome to the brand's big update. It looks like the one before it, but every "
            "launch fixes what drew the most complaints, and anyone who follows the brand "
            "will see the update at once.",
            "The brand had not renewed its top range for months, and the wait showed in "
            "shops, where older models sold with ever bigger discounts before the launch.",
        ],
    ),
    "id": (
        [
            "Beranda",
            "Ponsel",
            "Laptop",
            "Ulasan",
            "Daftar",
            "Podcast",
            "Jangan lewatkan kabar terbaru: ikuti TeknoKita di media sosial",
            "Ikuti @TeknoKita",
            "Ukuran teks",
            "Mode gelap",
            "Simpan",
            "Dengarkan artikel",
            "Ulasan",
        ],
        "Kami menguji laptop 16 inci: papan ketiknya akhirnya meyakinkan",
        "Oleh Maria Gita dan Joko Rusdi",
        "Senin, 18 November 2019 16:05 WIB",
        [
            "Selamat datang di kabar terbaru dari merek ini. Tampilannya mirip yang lama, "
            "tetapi yang paling banyak dikeluhkan sudah diubah, dan siapa pun yang ikuti kabar "
            "terbaru di media sosial akan melihatnya.",
            "Sudah berbulan-bulan merek ini tidak memperbarui kelas atasnya, dan penantian itu "
            "terasa di toko, tempat model lama dijual dengan potongan harga yang makin besar.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(TOOLBARS))
def test_a_headline_over_its_byline_is_not_muted_by_a_far_echo(lang: str) -> None:
    toolbar, headline, byline, date, prose = TOOLBARS[lang]
    text = _dump(*toolbar, headline, byline, date, *prose)
    assert quiet_parse(text).title == headline


@pytest.mark.parametrize("lang", sorted(TOOLBARS))
def test_a_related_headline_over_the_prose_with_no_byline_stays_muted(lang: str) -> None:
    # Near miss: the line over the prose has no byline or date line under it (a
    # related story's headline over a teaser's text): the far echo still mutes it.
    toolbar, headline, _, _, prose = TOOLBARS[lang]
    assert quiet_parse(_dump(*toolbar, headline, *prose)).title != headline


@pytest.mark.parametrize("lang", sorted(TOOLBARS))
def test_a_near_echo_still_mutes_the_line_over_the_byline(lang: str) -> None:
    # Near miss: the echoing line stands in the headline's block (no toolbar between):
    # it is the headline's copy or deck, and the line over the byline stays muted.
    toolbar, headline, byline, date, prose = TOOLBARS[lang]
    text = _dump(*toolbar[:6], toolbar[6], headline, byline, date, *prose)
    assert quiet_parse(text).title != headline


@pytest.mark.parametrize("lang", sorted(TOOLBARS))
def test_a_far_echo_over_its_own_date_line_still_mutes(lang: str) -> None:
    # Near miss: the far echoing line has a date line under it (the page's headline over
    # a related list whose last item, over its own date, stands over the prose): the
    # list's item stays muted.
    toolbar, headline, _, date, prose = TOOLBARS[lang]
    text = _dump(*toolbar[:7], date, *toolbar[7:], headline, date, *prose)
    assert quiet_parse(text).title != headline
