"""Titles of dumps without a URL (issue 12): the lines a list's lead-in heads, and the
headline under a menu.

A lead-in ending with a colon (``Create an account and benefit from:``, ``Set your
location:``) heads a list's items or a form's prompt: none of them is a headline, but
for the run's last line right over the prose, where the headline stands under the list.
The first longer line under a menu's run of short items leads the site's lines over the
menu (a motto, the site's name) by less than it must lead others. Names, outlets and
stories are made up for these tests.
"""

from __future__ import annotations

import pytest

from articles import HEADLINE, PROSE, quiet_parse
from newsparse._engine.titles import _after_menu, _led_in

Page = tuple[list[str], str, str, list[str]]


def _dump(*lines: str) -> str:
    return "\n".join(lines) + "\n"


# A sign-in form, a lead-in and its list of benefits, the headline, a share button and
# the prose. The list's last item shares the prose's words (the service the site sells):
# without the cue it ties with the headline, or wins over it.
SIGN_IN: dict[str, Page] = {
    "en": (
        [
            "Email address *",
            "Your password *",
            "Forgot password?",
            "Create an account and enjoy:",
            "Free garden planner",
            "Saved seed lists",
            "Simple contact with our gardeners",
        ],
        "Seven easy steps to a kitchen garden that lasts",
        "Share",
        [
            "A kitchen garden that lasts starts with good soil, and our gardeners say seven easy "
            "steps will get any beginner through the first season with fewer weeds and more "
            "vegetables.",
            "The first step is to pick a sunny spot close to the house, where you will see the "
            "beds every day and water them before the soil dries out in the summer.",
        ],
    ),
    "de": (
        [
            "E-Mail-Adresse *",
            "Ihr Passwort *",
            "Passwort vergessen?",
            "Erstellen Sie ein Konto und profitieren Sie von:",
            "Kostenloser Gartenplaner",
            "Gespeicherte Saatgutlisten",
            "Direkter Kontakt mit unseren Gärtnern",
        ],
        "Sieben einfache Schritte zum dauerhaften Küchengarten",
        "Teilen",
        [
            "Ein dauerhafter Küchengarten beginnt mit gutem Boden, und unsere Gärtner sagen, dass "
            "sieben einfache Schritte jeden Anfänger mit weniger Unkraut durch die erste Saison "
            "bringen.",
            "Der erste Schritt ist ein sonniger Platz nahe am Haus, wo man die Beete jeden Tag "
            "sieht und sie gießt, bevor der Boden im Sommer austrocknet.",
        ],
    ),
    "es": (
        [
            "Correo electrónico *",
            "Tu contraseña *",
            "¿Olvidaste tu contraseña?",
            "Crea una cuenta y disfruta de:",
            "Planificador de huerto gratuito",
            "Listas de semillas guardadas",
            "Contacto directo con nuestros jardineros",
        ],
        "Siete pasos sencillos para un huerto casero duradero",
        "Compartir",
        [
            "Un huerto casero duradero empieza con un buen suelo, y nuestros jardineros dicen que "
            "siete pasos sencillos bastan para que cualquier principiante pase la primera "
            "temporada con menos malas hierbas.",
            "El primer paso es elegir un lugar soleado cerca de la casa, donde veas los bancales "
            "cada día y los riegues antes de que la tierra se seque en verano.",
        ],
    ),
    "fr": (
        [
            "Adresse e-mail *",
            "Votre mot de passe *",
            "Mot de passe oublié ?",
            "Créez un compte et profitez de :",
            "Planificateur de potager gratuit",
            "Listes de semences enregistrées",
            "Contact direct avec nos jardiniers",
        ],
        "Sept étapes simples pour un potager durable",
        "Partager",
        [
            "Un potager durable commence par un bon sol, et nos jardiniers assurent que sept "
            "étapes simples suffisent à tout débutant pour passer la première saison avec moins "
            "de mauvaises herbes.",
            "La première étape consiste à choisir un endroit ensoleillé près de la maison, où "
            "l'on voit les planches chaque jour et où on les arrose avant que la terre ne sèche.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(SIGN_IN))
def test_the_headline_under_a_lead_ins_list_is_the_title(lang: str) -> None:
    top, headline, share, prose = SIGN_IN[lang]
    text = _dump(*top, headline, share, "", *(f"{p}\n" for p in prose))
    assert quiet_parse(text).title == headline


# A weather box's form over the prose: its label, then its prompt, which names the
# prose's words (a story about postal codes).
PROMPTS: dict[str, list[str]] = {
    "en": [
        "Home",
        "Weather",
        "Set your location:",
        "Enter your city or postal code",
        "",
        "Every postal code in the northern districts of the city will change next year, "
        "the post office said on Monday, as the city grows past its old borders.\n",
        "Letters sent to the old codes will still arrive for two years, and residents will "
        "get a card with their new postal code in the spring.\n",
    ],
    "de": [
        "Startseite",
        "Wetter",
        "Legen Sie Ihren Standort fest:",
        "Stadt oder Postleitzahl eingeben",
        "",
        "Jede Postleitzahl in den nördlichen Bezirken der Stadt ändert sich im nächsten "
        "Jahr, teilte die Post am Montag mit, weil die Stadt über ihre alten Grenzen "
        "wächst.\n",
        "Briefe an die alten Postleitzahlen kommen noch zwei Jahre lang an, und die "
        "Bewohner bekommen im Frühjahr eine Karte mit ihrer neuen Postleitzahl.\n",
    ],
    "es": [
        "Inicio",
        "El tiempo",
        "Configura tu ubicación:",
        "Introduce tu ciudad o código postal",
        "",
        "Todos los códigos postales de los distritos del norte de la ciudad cambiarán el "
        "próximo año, informó el lunes el servicio de correos, porque la ciudad crece más "
        "allá de sus antiguos límites.\n",
        "Las cartas enviadas a los códigos antiguos seguirán llegando durante dos años, y "
        "los vecinos recibirán en primavera una tarjeta con su nuevo código postal.\n",
    ],
}


@pytest.mark.parametrize("lang", sorted(PROMPTS))
def test_a_forms_prompt_under_its_label_is_no_title(lang: str) -> None:
    # The page prints no headline: no title rather than the prompt.
    assert quiet_parse(_dump(*PROMPTS[lang])).title is None


def test_the_headline_past_a_form_keeps_its_title() -> None:
    lines = [
        "Home",
        "News",
        "Weather",
        "Customize your weather",
        "Set your location:",
        "Enter city and state or zip code",
        "Congratulations!",
        "Your weather is set. You can change the location at any time.",
        "Current",
        "Tonight",
        "Tomorrow",
        "Local news",
        HEADLINE,
        "By Jane Roe",
        "November 30, 2026",
        *(f"{p}\n" for p in PROSE),
    ]
    assert quiet_parse(_dump(*lines)).title == HEADLINE


def test_a_headline_over_its_byline_under_a_lead_ins_list_keeps_its_title() -> None:
    # The list ends over the headline: its byline and date stand under it.
    headline = "Sei lezioni imparate a caro prezzo da una startup"
    lines = [
        "Home",
        "Blog",
        "Scopri i nostri prodotti:",
        "Software contabile",
        "Software paghe",
        "Prova gratuita",
        headline,
        "Marco Rossi 18 maggio 2026",
        "Riassumi questo articolo con:",
        "ChatGPT Perplexity Claude",
        "",
        "Chi fonda una startup impara molte lezioni a caro prezzo: ecco le sei che ci "
        "hanno raccontato i fondatori che abbiamo incontrato quest'anno a Milano.\n",
        "La prima lezione riguarda i soldi: quasi tutti hanno speso troppo presto per "
        "uffici e personale, prima di sapere se il prodotto avrebbe venduto.\n",
    ]
    assert quiet_parse(_dump(*lines)).title == headline


def test_a_kicker_of_two_words_with_a_colon_keeps_the_headline_under_it() -> None:
    # ``Opinion:`` is a label, not a lead-in: the headline under it is no list's item.
    text = _dump("Home", "News", "Opinion:", HEADLINE, "", *(f"{p}\n" for p in PROSE))
    assert quiet_parse(text).title == HEADLINE


@pytest.mark.parametrize(
    ("lines", "i", "items"),
    [
        (["Set your location:", "Enter city and state or zip code"], 1, 0),
        (
            ["Créez un compte et profitez de :", "Planificateur gratuit", "Listes enregistrées"],
            2,
            1,
        ),
        (["Crea una cuenta y disfruta de:", "", "Planificador", "", "Listas guardadas"], 4, 1),
        # A field's label (two words or fewer) heads no list; a sentence ends the run.
        (["Author:", "Jane Roe"], 1, None),
        (["Follow us on:", "The council met on Tuesday. It voted.", "Bike lanes"], 2, None),
    ],
)
def test_lead_in_shapes(lines: list[str], i: int, items: int | None) -> None:
    assert _led_in(i, lines) == items


# A podcast's site: its name (which names the show's subject, so it echoes the prose, in
# words of its own), the menu's short items, then the episode's headline over the prose.
MENUS: dict[str, Page] = {
    "en": (
        [
            "Talking Home Gardens with the Garden Maven",
            "",
            "Menu",
            "Home",
            "Episodes",
            "Transcripts",
            "Be a Guest",
            "Press",
            "Media Kit",
        ],
        "Rain gardens and the city's new drainage rules",
        "",
        [
            "Now that the city has new drainage rules, is it time to dig a rain garden? This "
            "week's guest explains how rain gardens take the water from a roof and what the "
            "city's rules ask of each home.",
            "She has planted more than two hundred of them in the last ten years, most of them "
            "in small front yards, and she says a weekend is enough for the work.",
        ],
    ),
    "de": (
        [
            "Gespräche über Dach und Wasser im Garten",
            "",
            "Menü",
            "Startseite",
            "Folgen",
            "Abschriften",
            "Zu Gast sein",
            "Presse",
            "Mediadaten",
        ],
        "Regengärten und die neuen Entwässerungsregeln der Stadt",
        "",
        [
            "Seit die Stadt neue Entwässerungsregeln hat, fragen sich viele, ob sie einen "
            "Regengarten anlegen sollen. Unser Gast erklärt, wie Regengärten das Wasser vom "
            "Dach aufnehmen und was die Regeln verlangen.",
            "Sie hat in den letzten zehn Jahren mehr als zweihundert davon angelegt, die meisten "
            "in kleinen Vorgärten, und sagt, ein Wochenende reiche für die Arbeit.",
        ],
    ),
    "pt": (
        [
            "Conversas sobre telhado, água e solo",
            "",
            "Menu",
            "Início",
            "Episódios",
            "Transcrições",
            "Seja convidado",
            "Imprensa",
            "Kit de mídia",
        ],
        "Jardins de chuva e as novas regras de drenagem da cidade",
        "",
        [
            "Agora que a cidade tem novas regras de drenagem, vale a pena fazer um jardim de "
            "chuva? A convidada desta semana explica como os jardins de chuva recebem a água do "
            "telhado e o que as regras pedem.",
            "Ela plantou mais de duzentos nos últimos dez anos, a maioria em pequenos quintais, "
            "e diz que um fim de semana basta para o trabalho se o solo drenar bem.",
        ],
    ),
    "id": (
        [
            "Tamu pekan ini bicara soal atap",
            "",
            "Menu",
            "Beranda",
            "Episode",
            "Transkrip",
            "Jadi Tamu",
            "Pers",
            "Kit Media",
        ],
        "Taman hujan dan aturan drainase baru di kota",
        "",
        [
            "Kini kota punya aturan drainase baru, apakah sudah saatnya membuat taman hujan? "
            "Tamu pekan ini menjelaskan bagaimana taman hujan menampung air dari atap dan apa "
            "yang diminta aturan drainase itu.",
            "Ia sudah menanam lebih dari dua ratus taman seperti itu dalam sepuluh tahun "
            "terakhir, kebanyakan di halaman depan yang kecil.",
        ],
    ),
}


@pytest.mark.parametrize("lang", sorted(MENUS))
def test_the_first_longer_line_under_a_menu_leads_the_sites_name(lang: str) -> None:
    # The site's name echoes the prose too: without the menu's cue, the headline leads
    # it by less than a clear lead over a line above, and no title is given.
    top, headline, _, prose = MENUS[lang]
    text = _dump(*top, headline, "", *(f"{p}\n" for p in prose))
    assert quiet_parse(text).title == headline


def test_a_table_of_contents_last_entry_is_no_title() -> None:
    # The article's header (a headline over its byline and date) over its table of
    # contents: the contents' last entry, over the prose, ends a menu's run too.
    headline = "Twelve bike lanes that changed how a city moves"
    lines = [
        "Home",
        "Blog",
        "Cycling",
        headline,
        "By Jane Roe",
        "Nov 30, 2026",
        "Go to...",
        "Why bike lanes",
        "The first routes",
        "Parking",
        "Shops",
        "Schools",
        "Costs",
        "So which bike lane plan works best?",
        "",
        "Twelve bike lanes changed how our city moves, and the council voted on Tuesday to "
        "add forty kilometres of new routes over the next three years.\n",
        *(f"{p}\n" for p in PROSE[1:]),
    ]
    assert quiet_parse(_dump(*lines)).title == headline


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (["Home", "Episodes", "Press", "Media Kit", "Rain gardens and drainage rules"], True),
        (["Home", "", "Episodes", "", "Press", "", "Media Kit", "", "A long line"], True),
        # Three items only, or a longer line among them: no menu's run.
        (["Episodes", "Press", "Media Kit", "Rain gardens and drainage rules"], False),
        (
            [
                "Home",
                "Episodes",
                "Our guests this week talk about rain",
                "Press",
                "Rain gardens and drainage rules",
            ],
            False,
        ),
    ],
)
def test_after_menu_shapes(lines: list[str], found: bool) -> None:
    assert _after_menu(len(lines) - 1, lines) is found
