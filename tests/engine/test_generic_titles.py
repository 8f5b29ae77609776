"""The generic text header's headline: which line of an unlabelled dump is the title."""

from __future__ import annotations

import datetime as dt

import newsparse
from articles import HEADLINE, PROSE, dump, rule
from newsparse._engine.titles import (
    _doubled,
    _tails,
    _whole_slug,
    next_to_anchor,
    slug_of,
    slug_share,
    slug_words,
    without_site,
)

MENU = ["Home", "News", "Sport", "Business", "Culture", "Travel", "Opinion"]
NOTICE = (
    "We noticed that you are using an old browser which is no longer supported, "
    "so some parts of this page may not work as they should."
)


def title_of(text: str, url: str | None = None) -> str | None:
    article = newsparse.parse(text, url=url)
    assert article.parser == "generic"
    return article.title


# --- the URL's slug ---------------------------------------------------------------


def test_slug_share_splits_words_joined_by_underscores() -> None:
    slug = {"rustc", "codegen", "gcc", "progress", "report"}
    assert slug_share("rustc_codegen_gcc: Progress Report #39", slug) == 1.0
    assert slug_share("Progress Report", slug) == 0.4
    assert slug_share("Anything", set()) == 0.0


def test_headline_ending_like_a_sentence_holding_the_slug() -> None:
    """A headline with a full stop is not title-like, but holding every word of the
    URL's slug it is the page's own headline."""
    title = "One year of making small games."
    text = dump(MENU, title, PROSE)
    url = "https://blog.example.net/posts/one-year-of-making-small-games"
    assert title_of(text, url) == title
    # Without the URL nothing tells it from a short sentence: no title.
    assert title_of(text) is None


def test_headline_opening_in_lower_case_or_a_bracket_holding_the_slug() -> None:
    for title, slug in [
        ("[2025] A list of free courses and badges", "list-of-free-courses-and-badges"),
        ("ssh_config: tips for many hosts", "ssh-config-tips-for-many-hosts"),
    ]:
        text = dump(MENU, "Sign in", title, PROSE)
        assert title_of(text, f"https://example.com/{slug}/") == title


def test_headline_under_a_notice_holding_the_slug_needs_no_byline() -> None:
    """A browser notice reads as the first prose; the headline under it has no byline
    or date, but it holds the slug's words: it is the title and the body starts
    under it."""
    text = dump(MENU, NOTICE, "Dismiss", HEADLINE, PROSE)
    url = "https://news.example.org/city/city-council-approves-forty-kilometres-of-new-bike-lanes"
    article = newsparse.parse(text, url=url)
    assert article.title == HEADLINE
    body = " ".join(b.text for b in article.body)
    assert body.startswith(PROSE[0])
    assert "noticed" not in body
    # No slug, no byline: the line past the first prose is no headline.
    assert title_of(text) is None


def test_subheading_holding_the_slug_does_not_beat_the_headline_above_the_prose() -> None:
    """When a line above the prose holds the slug, a subheading in the article that
    holds it too is no late headline (it has no byline or date next to it)."""
    url = "https://news.example.org/city/new-bike-lanes"
    sub = "Why the city wants new bike lanes"
    text = dump(MENU, "New bike lanes for the city", PROSE[:2], sub, PROSE[2:])
    assert title_of(text, url) == "New bike lanes for the city"


def test_slug_line_ending_with_a_colon_is_no_headline() -> None:
    """``Our new bike lanes:`` leads into a list; the line is a label, not the title."""
    url = "https://news.example.org/city/our-new-bike-lanes"
    text = dump(MENU, "Our new bike lanes:", PROSE)
    assert title_of(text, url) is None


# --- how far above the prose ------------------------------------------------------


def test_headline_over_a_long_list_before_the_prose() -> None:
    """A headline with its byline and date over a table of contents of 45 lines: the
    first run of prose is far below, but the slug and the cluster still name it."""
    contents = [f"Step {k}: check the route number {k}" for k in range(1, 46)]
    text = dump(MENU, HEADLINE, "By Jane Doe", "March 3, 2025", "Contents", contents, PROSE)
    url = "https://news.example.org/city/city-council-approves-forty-kilometres-of-new-bike-lanes"
    article = newsparse.parse(text, url=url)
    assert article.title == HEADLINE
    assert article.authors == ("Jane Doe",)
    assert article.date is not None and article.date.isoformat() == "2025-03-03"


# --- shapes that are no headline ----------------------------------------------------


def test_list_of_tags_next_to_the_prose_is_no_headline() -> None:
    """``Published in Design, Layout, Typography, Colour`` sits between the headline's
    cluster and the prose; short parts between commas are tags, not the headline."""
    tags = "Published in Design, Interaction Design, Layout & Grids, Colour"
    text = dump(MENU, HEADLINE, "March 3, 2025", tags, PROSE)
    assert title_of(text) == HEADLINE


def test_headline_with_commas_in_it_is_no_list() -> None:
    title = "Rain, wind and snow: the week ahead in the mountains"
    text = dump(MENU, title, "March 3, 2025", PROSE)
    assert title_of(text) == title


# --- a headline over another line as long ------------------------------------------


def test_headline_over_its_copy_in_capitals() -> None:
    """The page prints the headline again in capitals under it (a styled copy): the
    upper line, as printed, is the title."""
    title = "Five tips for cycling through the winter"
    text = dump(MENU, title, "Blog", title, title.upper(), "March 3, 2025", PROSE)
    article = newsparse.parse(text)
    assert article.title == title
    assert article.subtitle is None  # the copy is no deck
    assert article.body[0].text == PROSE[0]  # nor the body's first line


def test_headline_over_a_deck_of_as_many_words() -> None:
    """The deck stands nearer the prose and the byline; the headline over it, as long
    as the deck or shorter, wins."""
    title = "Council backs new bike lanes"
    deck = "Forty kilometres by next spring"
    article = newsparse.parse(dump(MENU, title, deck, "By Jane Doe", PROSE))
    assert article.title == title
    assert article.subtitle == deck


def test_first_words_of_the_headline_under_it_are_no_headline() -> None:
    """A section heading (or a short title) that repeats the headline's first words
    stands nearer the prose; the fuller line above it is the headline."""
    title = "Lighting for indoor plants and starting seeds"
    url = "https://garden.example.com/lighting-indoor-plants"
    text = dump(MENU, title, "Jane Doe", "March 3, 2025", "Lighting for indoor plants", PROSE)
    assert title_of(text, url) == title


def test_headline_first_words_under_it_are_no_deck() -> None:
    title = "Forming a limited liability company in New York"
    text = dump(MENU, title, "Forming a limited liability company", "March 3, 2025", PROSE)
    article = newsparse.parse(text)
    assert article.title == title
    assert article.subtitle is None


# --- round 2: the slug of a page named by one word, a menu printed twice ------------------


def test_page_named_by_one_word_has_no_slug() -> None:
    """The section above a page named by one word or an abbreviation is no slug; an
    id or a page file under the slug leaves it the slug."""
    assert slug_words("https://example.edu/garden-guidance/gww/") == []
    assert slug_words("https://example.org/online-degrees/certificate/") == []
    assert slug_words("https://example.in/life/bikes-are-back/articleshow/1234.cms") == [
        "bikes",
        "are",
        "back",
    ]
    assert slug_words("https://example.com/news/bikes-are-back/index.html") == [
        "bikes",
        "are",
        "back",
    ]
    assert slug_words("https://example.com/news/bikes-are-back/98765") == ["bikes", "are", "back"]


def test_section_words_of_the_url_do_not_make_a_menu_line_the_headline() -> None:
    """``/garden-guidance/gww/``: the menu's ``Garden Guidance`` line is no headline;
    the URL tells nothing more than no URL does."""
    title = "Gardening in a warming world"
    text = dump(
        ["Home", "About", "Garden Guidance Toggle the sub-menu", "Events", "Contact"],
        ["Garden Guidance", "Soils", "Lawns", "Pests"],
        "Home > Garden Guidance > Gardening in a warming world",
        title,
        PROSE,
    )
    assert title_of(text) == title
    assert title_of(text, "https://garden.example.edu/garden-guidance/gww/") == title


def test_headline_over_a_lone_by_is_no_name() -> None:
    """A headline of capitalised words over ``By`` / name / date is not the byline's
    name (nor a job title under a name-shaped line)."""
    title = "Best Online Certificate Programs"
    text = dump(
        MENU,
        "Search Programs",
        title,
        "By",
        "Jane Doe",
        "Updated on October 21, 2025",
        PROSE,
    )
    article = newsparse.parse(text)
    assert article.title == title
    assert article.authors == ("Jane Doe",)


STUDENT_MENU = [
    "Student Resources",
    "College Planning",
    "Free Laptops for Students",
    "Career Planning",
    "Financial Aid",
    "Scholarships for Adults",
    "Resources for Low-Income Students",
    "Explore All Student Resources",
]


def test_menu_printed_twice_gives_no_headline() -> None:
    """The menu's last items, printed again over the headline (a mobile and a desktop
    menu), stand in a run of short lines both times: not the headline, though a
    ``By`` line below reaches them."""
    title = "Best Online Certificate Programs"
    text = dump(
        MENU,
        STUDENT_MENU,
        "Learn About Accreditation",
        "What Is Accreditation?",
        "Regional Accreditation",
        "Contact",
        STUDENT_MENU,
        "Search Programs",
        title,
        "By",
        "Jane Doe",
        "Updated on October 21, 2025",
        PROSE,
    )
    assert title_of(text) == title


def test_short_headline_printed_in_a_menu_too_stays_the_headline() -> None:
    """A headline whose copy stands in a menu (a list of the site's pages), with its
    date and prose under it, is still the headline."""
    title = "Internet of Things"
    menu = ["Home", "Cloud", "Internet of Things", "Security", "Data"]
    text = dump(menu, "Share", "Print", title, "March 3, 2025", PROSE)
    assert title_of(text) == title


def test_clean_copys_first_line_over_its_longer_deck_stays_the_headline() -> None:
    title = "Council backs new bike lanes"
    deck = "Forty kilometres of lanes are to be built by next spring"
    article = newsparse.parse(dump(title, deck, "March 3, 2025", PROSE))
    assert article.title == title
    assert article.subtitle == deck


def test_section_printed_in_the_menu_over_the_headline_is_a_kicker() -> None:
    """``Team News`` over the headline is the menu's item printed again as a kicker
    (with a copy of the page's tab above it); the headline under it wins."""
    title = "Mayor opens the new library on the river"
    site_menu = ["Home", "City Hall", "Team News", "Events", "Contact"]
    text = dump(
        site_menu,
        "Team News",
        title,
        "Team News",
        "By Jane Doe",
        "March 3, 2025",
        PROSE,
    )
    assert title_of(text) == title


def test_short_headline_over_its_own_date_is_no_kicker() -> None:
    """A short headline also listed in a menu of recent posts, printed over its own
    date and byline: the headline."""
    title = "Mission accomplished!"
    recent = ["About", "Blog", title, "Workshop with the library", "Digital preservation day"]
    text = dump(recent, MENU, "Blog", title, "March 3, 2025", "Jane Doe", PROSE)
    assert title_of(text) == title


def test_buttons_printed_twice_and_glued_are_no_headline() -> None:
    """``Log in Log in Start free trial Start free trial``: each button printed twice
    (a mobile and a desktop copy) glued into one line over the headline."""
    title = "Eight tools to replace your old customer database in 2026"
    glued = "Log in Log in Start free trial Start free trial"
    text = dump(MENU, glued, title, "By Jane Doe", "March 3, 2025", PROSE)
    assert title_of(text) == title


def test_short_title_over_the_headline_is_no_headline_over_a_deck() -> None:
    """A breadcrumb's last item (the short title) right over the headline that opens
    with its words: the headline wins, though the shorter line stands above it."""
    short = "What is a bike lane?"
    title = "What is a bike lane? The basics explained"
    url = "https://city.example.com/guides/what-is-a-bike-lane/item123"
    text = dump(MENU, "Guides", short, title, PROSE)
    article = newsparse.parse(text, url=url)
    assert article.title == title
    assert article.subtitle is None


def test_headline_over_a_longer_deck_that_does_not_repeat_it() -> None:
    """The deck under the headline shares none of its opening: the headline above wins."""
    title = "Bike lanes for the old town"
    deck = "Forty kilometres of new lanes by next spring"
    url = "https://city.example.com/news/bike-lanes-old-town"
    article = newsparse.parse(dump(MENU, title, deck, PROSE), url=url)
    assert article.title == title
    assert article.subtitle == deck


def test_headline_teased_again_past_the_prose_start_keeps_the_upper_copy() -> None:
    """The headline over its byline and the prose, then a box of the site's posts that
    prints it again in lower case over its byline and a blurb: the upper copy is the
    title, and the body starts at the first paragraph, not under the teaser."""
    teaser = HEADLINE.capitalize()
    more = [p.replace("council", "board") for p in PROSE]
    text = dump(
        MENU, HEADLINE, "By Jane Doe", PROSE[:3], "Perfect your route", "From the blog",
        teaser, "By Jane Doe", PROSE[3:], more, more,
    )  # fmt: skip
    article = newsparse.parse(text)
    assert article.title == HEADLINE
    assert article.body[0].text == PROSE[0]


def test_tags_line_with_parts_of_four_words_is_a_list() -> None:
    """A line of tags between the byline and the prose, one of them four words long:
    a list, not the headline."""
    tags = "Cycling, Road Safety, Councils, Green Transport For All"
    text = dump(MENU, HEADLINE, "By Jane Doe", "March 3, 2025", tags, PROSE)
    assert title_of(text) == HEADLINE


def test_names_with_their_jobs_under_the_headline_are_no_deck() -> None:
    """The authors and reviewers under the headline, each with a job in brackets or
    after a comma: no deck, and not the body's first line either."""
    for first in ("Jane Doe (Senior Editor)", "Anna Schmidt, Redakteurin"):
        text = dump(MENU, HEADLINE, first, "Mark Roe (Data Analyst)", "March 3, 2025", PROSE)
        article = newsparse.parse(text)
        assert article.title == HEADLINE
        assert article.subtitle is None
        assert first not in [block.text for block in article.body]


def test_credit_lines_under_the_headline_are_no_deck() -> None:
    """A ``By`` line no byline rule reads (first names only, a reviewer's label) under
    the headline is the author's credit: no deck, nor the body's first line."""
    for credit in ("By Jane & Mark", "Reviewed by: Jane Doe, DVM", "Von Anna & Jan"):
        text = dump(MENU, HEADLINE, credit, "March 3, 2025", PROSE)
        article = newsparse.parse(text)
        assert article.title == HEADLINE
        assert article.subtitle is None
        assert article.body[0].text == PROSE[0]


def test_deck_with_by_in_its_sentence_stays_the_deck() -> None:
    deck = "Inspired by Japan, a new tea house opens in the old town"
    text = dump(MENU, HEADLINE, deck, "March 3, 2025", PROSE)
    assert newsparse.parse(text).subtitle == deck


# --- the site's name after the headline -------------------------------------------


def test_site_name_after_the_headline_is_left_out() -> None:
    """``Headline – Site``: the site's name, known from the URL's host, is no part of
    the title; the line stays the headline."""
    text = dump(MENU, f"{HEADLINE} – Stadtblatt", "March 3, 2025", "By Jane Doe", PROSE)
    article = newsparse.parse(text, url="https://www.stadtblatt.example/news/bike-lanes")
    assert article.title == HEADLINE


def test_without_site_reads_the_host() -> None:
    cases = [
        ("La réforme des retraites – Le Monde", "https://www.lemonde.fr/a", "La réforme des retraites"),
        ("El Gobierno aprueba el presupuesto | El País", "https://elpais.com/a", "El Gobierno aprueba el presupuesto"),
        ("Der Streit um die Rente - Die Zeit", "https://www.zeit.de/a", "Der Streit um die Rente"),
        ("Checklist for the car | Acme Tires", "https://tires.acme.com/a", "Checklist for the car"),
    ]  # fmt: skip
    for text, url, head in cases:
        assert without_site(text, url) == head
    # Not a site's name: a subtitle, a subdomain's section, a sentence, no URL.
    assert (
        without_site("Best movers in 2025 | Top 19 Companies", "https://movers.example.com/")
        is None
    )
    assert without_site("Paris - Berlin - Rome", "https://rome.example.com/a") is None
    assert without_site("Trains - Rome: the timetable", "https://www.rome.it/a") is None
    assert without_site("Checklist for the car | Acme Tires", None) is None


def test_headline_with_full_stops_holding_the_whole_slug_is_no_sentence() -> None:
    """A headline of two short sentences (``Travel light. A guide.``) holding every word
    of the slug, a few short lines above the prose: the URL vouches for it."""
    title = "Travel light. A starter guide for cyclists."
    url = "https://blog.example.com/travel-light-starter-guide-cyclists"
    chrome = ["Jane Doe", "Marketing Manager", "Remote Work", "Table", "of Contents", "Text"]
    assert title_of(dump(MENU, title, chrome, PROSE), url) == title


# --- a clear lead under the threshold (no URL, no byline, no date) ------------------

_SPANISH_PROSE = [
    "El ayuntamiento aprobó el martes un plan para abrir nuevos carriles bici en el "
    "centro de la ciudad antes del verano, tras meses de debate entre los vecinos.",
    "Los carriles bici unirán las estaciones de tren con los barrios del norte, y el "
    "plan reserva además una partida para aparcamientos vigilados de bicicletas.",
    "Los comerciantes del centro temían perder plazas de aparcamiento, pero el "
    "ayuntamiento prometió abrir un nuevo aparcamiento junto al mercado municipal.",
]
_GERMAN_PROSE = [
    "Der Stadtrat hat am Dienstag beschlossen, die Radwege in der Innenstadt bis zum "
    "Sommer deutlich auszubauen, nachdem Anwohner monatelang darüber gestritten hatten.",
    "Die neuen Radwege sollen die Bahnhöfe mit den nördlichen Stadtteilen verbinden, "
    "und der Plan sieht außerdem bewachte Abstellplätze für Fahrräder vor.",
    "Händler in der Innenstadt fürchteten den Verlust von Parkplätzen, doch der "
    "Stadtrat versprach ein neues Parkhaus neben dem Wochenmarkt.",
]


def test_lone_headline_over_the_prose_leads_by_far_in_any_language() -> None:
    """No byline, date or URL confirms it, but the headline right over the prose,
    echoing its lead, leads every other line of the header by far (a blog's or a
    small outlet's plain header)."""
    cases = [
        (
            ["Inicio", "Noticias", "Deportes", "Cultura"],
            "Más carriles bici en el centro de la ciudad",
            _SPANISH_PROSE,
        ),
        (
            ["Startseite", "Politik", "Sport", "Kultur"],
            "Der Stadtrat baut die Radwege in der Innenstadt aus",
            _GERMAN_PROSE,
        ),
        (MENU, HEADLINE, PROSE),
    ]
    for menu, title, prose in cases:
        assert title_of(dump(menu, title, prose)) == title


def test_lone_line_without_a_headline_shape_is_no_clear_lead() -> None:
    """Two or three words (a section's name), a link's arrow, or a line that does not
    echo the prose: not a headline on its own lead."""
    assert title_of(dump(MENU, "Radwege Innenstadt", _GERMAN_PROSE)) is None
    assert (
        title_of(dump(MENU, "Mehr über die Radwege in der Innenstadt lesen >", _GERMAN_PROSE))
        is None
    )
    assert title_of(dump(MENU, "Unsere Newsletter jeden Morgen im Postfach", _GERMAN_PROSE)) is None


def test_two_headline_shaped_lines_close_in_score_give_no_title() -> None:
    """A related story's headline as strong as the lone one: unsure, no title."""
    text = dump(
        MENU,
        "Der Stadtrat plant neue Radwege für die Innenstadt",
        ["Startseite", "Politik"],
        "Der Stadtrat baut die Radwege in der Innenstadt aus",
        _GERMAN_PROSE,
    )
    assert title_of(text) is None


def test_weaker_line_under_the_headline_costs_it_no_clear_lead() -> None:
    """A label under the headline (a button, a tag, a related link), closer to the prose
    and echoing it, scores near the headline: a line under it is read after the
    headline, so a smaller lead is clear (the chrome that makes a lead doubtful stands
    above the headline; see the test above, where it stays unsure)."""
    cases = [
        (["Startseite", "Politik", "Sport", "Kultur"], _GERMAN_PROSE),
        (["Inicio", "Noticias", "Deportes", "Cultura"], _SPANISH_PROSE),
    ]
    titles = [
        "Der Stadtrat baut die Radwege in der Innenstadt aus",
        "Más carriles bici en el centro de la ciudad",
    ]
    labels = ["Radwege und Parkhaus", "Carriles bici nuevos"]
    for (menu, prose), title, label in zip(cases, titles, labels, strict=True):
        assert title_of(dump(menu, title, label, prose)) == title


def test_headline_under_another_story_and_its_date_line_is_no_deck() -> None:
    """A related story's headline with its own date line right above the headline:
    two stories (a list of them), not a headline over its deck, so the upper one is
    not taken for the headline."""
    text = dump(
        MENU,
        "Train drivers strike again over the holidays",
        "March 3, 2025",
        HEADLINE,
        "By Jane Doe",
        "March 4, 2025",
        PROSE,
    )
    assert title_of(text) == HEADLINE


def test_headline_over_its_own_copy_across_the_byline_and_date() -> None:
    """The headline printed again under its byline and date line (in another letter
    case): the upper copy, as printed over its byline, is the title."""
    title = "City Council Approves Forty Kilometres of New Bike Lanes"
    text = dump(MENU, title, "Photo", title, "By Jane Doe", "March 4, 2025", HEADLINE, PROSE)
    assert title_of(text) == title


# --- round 3: the line over the headline that tells nothing of the story ---------------


def test_call_to_act_over_the_headline_is_no_headline_over_its_deck() -> None:
    """A menu's item or a call to act right over the headline, the headline echoing the
    prose and sharing no word with the line over it: the line over it is chrome, not a
    headline over its deck (it scores as one for standing over an echoing line)."""
    for chrome in ("Talk to an advisor today", "Press ESC to close", "What are you looking for?"):
        text = dump(MENU, chrome, HEADLINE, "By Jane Doe", "March 4, 2025", PROSE)
        assert title_of(text) == HEADLINE, chrome


def test_headline_over_a_deck_sharing_its_subject_is_still_read() -> None:
    """The headline that does not echo the prose, over a deck that does: the two share a
    word of their story (``bike``), so the upper line is still the headline."""
    title = "Bike lanes for every district by 2028"
    deck = "The city council approves forty kilometres of new routes for commuters on bikes"
    text = dump(MENU, title, deck, "By Jane Doe", "March 4, 2025", PROSE)
    article = newsparse.parse(text)
    assert article.title == title
    assert article.subtitle == deck


def test_tags_between_bullets_or_bars_are_a_list() -> None:
    """Four short parts between bullets or bars (``Cycling • City council • Transport``)
    are a line of tags, as between commas, not the headline of a longer line over them."""
    title = "City council approves forty kilometres of new bike lanes across the city by 2028"
    for sep in (" • ", " | ", " · "):
        tags = sep.join(["Bike lanes", "City council", "Transport", "Local news"])
        text = dump(MENU, title, tags, "By Jane Doe", "March 4, 2025", PROSE)
        assert title_of(text) == title, sep


def test_long_headline_over_a_shorter_deck() -> None:
    """A long headline over a shorter deck, both telling the story, the byline under the
    deck: the deck stands nearer the prose, the headline over it is still the title."""
    title = (
        "Daily deals: city council approves forty kilometres of new bike lanes, "
        "parking spaces and a map of the routes"
    )
    deck = "Bike lanes for every district by spring"
    text = dump(MENU, title, deck, "By Jane Doe", "March 4, 2025", PROSE)
    article = newsparse.parse(text)
    assert article.title == title
    assert article.subtitle == deck


_FRENCH_PROSE = [
    "La métropole de Lyon a inauguré mardi trois nouvelles lignes de tramway, qui relient "
    "le centre aux communes de l'est de l'agglomération en moins de vingt minutes.",
    "Les rames passeront toutes les six minutes aux heures de pointe, et le pont Lafayette "
    "a été élargi pour accueillir les voies dans les deux sens.",
    "Les commerçants du quartier craignaient la fin du stationnement, mais la métropole "
    "promet un nouveau parking près de la gare de la Part-Dieu.",
]


def test_line_under_the_headline_and_its_date_is_no_headline() -> None:
    """Headline, date line, then a photo's caption right over the prose: the caption is
    nearer the prose and beside the date too, but only under it, with a headline telling
    the story over the date: the headline heads the cluster, the caption follows it."""
    title = "Lyon ouvre trois nouvelles lignes de tramway vers l'est"
    caption = "Une rame du nouveau tramway sur le pont Lafayette"
    for cluster in (["12 mars 2025"], ["Par Claire Martin", "12 mars 2025"]):
        text = dump(["Accueil", "Politique", "Économie", "Culture"], title, cluster, caption)
        text += dump(_FRENCH_PROSE)
        article = newsparse.parse(text)
        assert article.title == title, cluster
        assert str(article.date) == "2025-03-12"


def test_time_stamp_no_date_rule_reads_anchors_the_headline() -> None:
    """``Monday 5:30PM`` under the author's name, which no date rule reads (no year):
    a time stamp all the same, so the headline over it has its cluster, and the
    counters and labels between it and the prose leave it the title."""
    for stamp in ("Monday 5:30PM", "Tuesday 11:40 am"):
        counters = ["•", "Filed to: Transport", "84.1K", "108"]
        text = dump(MENU, HEADLINE, "Jane Doe", stamp, counters, PROSE)
        assert title_of(text) == HEADLINE, stamp


def test_headline_over_its_deck_without_byline_or_date() -> None:
    """A plain header: the headline over its deck, no byline or date line, both telling
    the prose's story, nothing else near them. Both under the threshold, each a clear
    lead but for the other: the upper one is the headline."""
    deck = "Forty kilometres of protected bike lanes will open over the next three years"
    text = dump(MENU, HEADLINE, deck, PROSE)
    article = newsparse.parse(text)
    assert article.title == HEADLINE
    assert article.subtitle == deck
    # Two lines telling the prose's story that share no word are no headline over its
    # deck (two teasers, a section's blurb): no title.
    other = "Forty kilometres of protected cycling routes over the next three years"
    assert title_of(dump(MENU, "Council votes for new lanes", other, PROSE)) is None


def test_photo_caption_under_the_deck_hides_no_byline() -> None:
    """Headline, a deck that reads as the prose's first sentence, a photo's caption
    ending with its credit, then the byline: the caption (chrome, however long) does not
    part the headline from its byline, which anchors it over the chrome's repeats."""
    more = "Continue reading the main story"
    deck = (
        "The plan adds protected routes between the stations and the northern districts, "
        "officials say."
    )
    cap = "Cyclists wait at a crossing on the harbour road on Monday.Credit...Jane Roe/City Press"
    text = dump(more, MENU, "Supported by", more, HEADLINE, deck, cap, "By Jane Doe", PROSE)
    assert title_of(text) == HEADLINE


def test_menu_line_over_the_headline_is_muted() -> None:
    """A menu's line right over the headline that echoes the prose, printed in the menu
    above too: it shares no word with the headline, so it is chrome beside a headline
    (muted), not a headline over its deck, and its copy above gives it no lead."""
    menu = "Talk to our team today"
    text = dump(MENU, menu, "Log in", "Search", menu, HEADLINE, "By Jane Doe", "March 4, 2025")
    assert title_of(text + dump(PROSE)) == HEADLINE
    # A label of three words under the headline (a column's name) that echoes the prose
    # does not mute the headline over it.
    title = "Small gains, large cities"
    text = dump(MENU, title, "Council Bike Lanes", "By Jane Doe", "March 4, 2025", PROSE)
    assert title_of(text) == title


def test_headline_printed_twice_prefers_the_copy_beside_its_byline() -> None:
    """The headline with its byline and date, a gallery (captions, buttons), then the
    headline again over the prose: the lower copy scores higher (nearer the prose,
    printed above too), but the copy with the byline and date beside it is the
    article's header, so the byline is read (the lower copy has none beside it)."""
    cap = "Cyclists wait at a crossing on the harbour road on Monday, as the first routes open."
    gallery = ["Image 1 of 6", "Caption", "Close", "Image 1 of 6", "Gallery", "Expand"]
    gallery += ["Full screen", "Play", "Pause", cap, "Photo: Jane Roe"]
    header = [HEADLINE, "Jane Doe, Staff Writer", "March 4, 2025", cap, "Photo: Jane Roe"]
    article = newsparse.parse(dump(MENU, header, gallery, HEADLINE, "1 / 6", PROSE))
    assert article.title == HEADLINE
    assert article.authors == ("Jane Doe",)
    assert article.date == dt.date(2025, 3, 4)
    assert article.paragraphs[0] == PROSE[0]


def test_short_headline_under_a_menu_item_shaped_as_a_name_is_no_role() -> None:
    """A short headline telling the prose's story, under a menu's item of two capitalised
    words (the shape of a name) and over its byline: not a job title under a name (a
    job title tells nothing of the story), so the headline, and its byline under it."""
    title = "Council approves new bike lanes"
    article = newsparse.parse(dump(MENU, "Press Room", title, "By Jane Doe", PROSE))
    assert article.title == title
    assert article.authors == ("Jane Doe",)
    # A job title under a name, over the date, is still no headline: the one above.
    text = dump(MENU, HEADLINE, "Jane Doe", "Senior Editor", "March 4, 2025", PROSE)
    assert title_of(text) == HEADLINE
    # A menu's line printed twice is no headline, echoing the prose or not (its two
    # capitalised words over it); the menu's "Search By ZIP Code" under it is no byline
    # (a search facet, issue 12), so the headline over the prose is read.
    menu = ["Home", "Careers", "Shipment Tracking", "New bike lanes", "Search By ZIP Code"]
    title = "What the new bike lanes mean for commuters"
    assert title_of(dump(menu, "Search", "About", menu, "Search", "Blog", title, PROSE)) == title


# --- the chrome beside a headline, told by its neighbours (issue 12) ----------------

ES_PROSE = [
    "El ayuntamiento aprobó el martes ampliar la red de carriles bici protegidos, con "
    "cuarenta kilómetros de nuevas rutas durante los próximos tres años.",
    "Los partidarios dicen que el plan reducirá las muertes en el tráfico, mientras algunos "
    "comerciantes temen perder plazas de aparcamiento en el centro.",
    "Las obras de las primeras rutas empezarán en primavera, cuando se apruebe el "
    "presupuesto y se firmen los contratos de construcción.",
]
ES_HEADLINE = "El ayuntamiento amplía la red de carriles bici con cuarenta kilómetros"


def test_topic_printed_whole_in_the_headline_under_it_is_its_section() -> None:
    """A topic's name of four words over the headline that prints it whole: both echo the
    prose and stand over the byline, the upper one winning the tie before; the topic is
    the headline's section, not the headline."""
    by = ["Por Ana García", "4 de marzo de 2025"]
    article = newsparse.parse(dump(MENU, "Red de carriles bici", ES_HEADLINE, by, ES_PROSE))
    assert article.title == ES_HEADLINE
    assert article.authors == ("Ana García",)
    # A headline over a deck in other words keeps the title (the deck prints it not).
    deck = "Cuarenta kilómetros de rutas protegidas en tres años"
    assert title_of(dump(MENU, ES_HEADLINE, deck, by, ES_PROSE)) == ES_HEADLINE


def test_outlet_under_the_byline_is_no_headline() -> None:
    """``By`` / name / the outlet's name (printed in the masthead too) / an address /
    the date: the outlet's line, next to the byline and date and printed twice, outscored
    the headline over the byline; right under a byline it is the outlet (or the
    author's job), not a headline."""
    for title, byline, outlet, handle, date in [
        (
            "A greener way to work",
            ["By", "Jane Doe"],
            "The City Press Weekly",
            "@janedoe",
            "March 4, 2025",
        ),
        (
            "Ein grüner Weg zur Arbeit",
            ["Von Anna Schmidt"],
            "Die Neue Stadtzeitung am Sonntag",
            "@annaschmidt",
            "4. März 2025",
        ),
    ]:
        text = dump(outlet, MENU, title, byline, outlet, handle, date, PROSE)
        assert title_of(text) == title, title


def test_value_between_two_fields_labels_is_no_headline() -> None:
    """``Author:`` / a desk's name / ``Published:`` / the date: the value of a field, next
    to the date, not the headline over its deck above."""
    deck = "Forty kilometres of protected bike lanes will open over the next three years."
    fields = ["Author:", "City Press Council Desk", "Published:", "March 4, 2025"]
    article = newsparse.parse(dump(MENU, HEADLINE, deck, fields, PROSE))
    assert article.title == HEADLINE
    assert article.date == dt.date(2025, 3, 4)
    # One label alone (a search box's) over the headline leaves it the title.
    text = dump(MENU, "Search for:", HEADLINE, "By Jane Doe", "March 4, 2025", PROSE)
    assert title_of(text) == HEADLINE


def test_tab_title_at_the_top_is_the_headlines_copy() -> None:
    """``Headline – Site`` at the top (a tab title): the headline under it is printed
    above too, not a short title of a longer line, so it leads a related story's line
    right over it that shares its words."""
    teaser = "City council approves new bike lanes in the north"
    by = ["By Jane Doe", "March 4, 2025"]
    text = dump(f"{HEADLINE} – City Press", MENU, teaser, HEADLINE, by, PROSE)
    assert title_of(text) == HEADLINE


def test_line_past_the_prose_start_does_not_beat_a_headline_above_it() -> None:
    """A quoted post's line inside the prose, with its author and date under it, scores
    higher than the headline over the byline above the prose (which the post's echo of
    the prose mutes): a headline above the prose stands, and the article starts there."""
    title = "A greener way to work"
    post = ["Protected bike lanes are coming to forty kilometres of our city roads"]
    post += ["— Jane Roe (@janeroe) March 4, 2025"]
    text = dump(title, MENU, title, "By Jane Doe", PROSE[:2], post, PROSE[2:], PROSE, PROSE)
    article = newsparse.parse(text)
    assert article.title == title
    assert article.paragraphs[0] == PROSE[0]


def test_three_word_headline_under_its_date_leads_alone() -> None:
    """Three words telling the prose's story under the date, the only headline-shaped
    line: a short headline (a label of three words, alone, is none)."""
    text = dump(MENU, "March 4, 2025", "Protected bike lanes", PROSE)
    assert title_of(text) == "Protected bike lanes"
    # Not beside a byline or date line: no title.
    assert title_of(dump(MENU, "Protected bike lanes", PROSE)) is None


def test_line_over_the_headline_sharing_no_word_is_no_headline_over_its_deck() -> None:
    """Another story's teaser right over the headline, neither echoing the prose, both
    over the byline: it shares no word with the headline, so it is no headline over a
    deck; the headline is. (Over a line sharing a word, the upper line is the headline
    over its deck.)"""
    title = "A greener way to work"
    by = ["By Jane Doe", "March 4, 2025"]
    teaser = "Why you should always lock the door at night"
    assert title_of(dump(MENU, teaser, title, by, PROSE)) == title
    deck = "Why you should always leave the car at home for work"
    assert title_of(dump(MENU, title, deck, by, PROSE)) == title


FR_PROSE = [
    "Le conseil municipal a voté mardi l'extension du réseau de pistes cyclables protégées, "
    "avec quarante kilomètres de nouvelles routes sur trois ans.",
    "Les partisans du projet estiment qu'il réduira le nombre de morts sur les routes, tandis "
    "que certains commerçants craignent de perdre des places de stationnement.",
    "Les travaux des premières routes commenceront au printemps, une fois le budget voté et "
    "les contrats de construction signés.",
]
FR_HEADLINE = "Le conseil municipal approuve quarante kilomètres de pistes cyclables"


def test_headline_whose_lede_tells_its_story_leads_under_the_threshold() -> None:
    """A plain header, no byline or date: the headline and, above it, a related story's
    line that echoes the prose's later paragraphs. Too close for a clear lead, but the
    first paragraph prints most of the headline's terms and none of the other line's:
    the lede tells the headline's story, so it is the title."""
    for title, other, more, prose in [
        (HEADLINE, "Shop owners worry about their parking spaces", "Read more", PROSE),
        (
            FR_HEADLINE,
            "Les commerçants craignent de perdre leur stationnement",
            "Lire la suite",
            FR_PROSE,
        ),
    ]:
        assert title_of(dump(MENU, other, more, title, prose)) == title, title
    # The first paragraph telling the other line's story too: no title.
    lede = "Shop owners worry about parking spaces as the council approves new bike lanes."
    text = dump(MENU, "Shop owners worry about their parking spaces", "Read more", HEADLINE)
    assert title_of(text + dump(lede, PROSE[1:])) is None


def test_host_and_count_after_a_shared_storys_headline_are_left_out() -> None:
    """A link aggregator's story: the headline, the host it links to in brackets and its
    count of comments. The title is the headline alone (``title.source-trimmed``); a
    bracket of words (no host) stays."""
    for tail in (" (citypress.example) 87", " (www.city-press.co.uk)"):
        text = dump(MENU, HEADLINE + tail, "By Jane Doe", "March 4, 2025", PROSE)
        article = newsparse.parse(text)
        assert article.title == HEADLINE, tail
        assert rule(article, "title") == "title.source-trimmed"
    title = "Council approves new bike lanes (and a map)"
    assert title_of(dump(MENU, title, "By Jane Doe", "March 4, 2025", PROSE)) == title


def test_tails_are_the_wanted_keys_ending_a_longer_line() -> None:
    # Looked up by length: the same as trying each wanted tail on each line.
    keys = [
        "home cybersecurity best practices",
        "homecybersecurity best practices",
        "cybersecurity best practices",
        "garden news today",
        "a short",
    ]
    wanted = {"cybersecurity best practices", "garden news today", "unprinted tail line"}
    assert _tails(keys, wanted) == {"cybersecurity best practices"}
    assert _tails(keys, set()) == set()
    # A key equal to a wanted tail does not end a longer line.
    assert _tails(["garden news today"], {"garden news today"}) == set()


def test_a_phrase_printed_twice_is_doubled_and_a_line_without_a_repeated_word_is_not() -> None:
    assert _doubled("Log in Log in Try it free Try it free")
    assert _doubled("Sign up now Sign up now")
    assert not _doubled("Bye bye bye")  # one word over and over is no phrase
    assert not _doubled("The cat saw the dog and the bird")  # a word again, no phrase
    assert not _doubled("Flood waters rise across the northern valley")


def test_next_to_anchor_reaches_past_a_deck_and_no_further_than_six_lines() -> None:
    texts = [
        "Headline of the story here",
        "A deck that tells the story in other words",
        "",
        "By Jane Doe",
        "",
        "",
        "",
        "",
        "",
        "",
    ]
    rank = {0: 0, 1: 1}
    assert next_to_anchor(0, {3}, texts, rank)
    assert not next_to_anchor(0, {7}, texts, rank)  # past the six lines read
    assert not next_to_anchor(0, set(), texts, rank)
    assert next_to_anchor(4, {3}, texts, rank)  # right under one
    assert not next_to_anchor(4, {3}, texts, rank, above=False)


# --- round 4: the one line holding the whole slug; the slug's letters (issue 12) ------


def test_the_one_line_holding_the_whole_slug_beats_a_line_by_the_date() -> None:
    """The headline holds every word of the slug but stands far from the prose, past a
    share bar and the menu printed again; a search box's line right over the date,
    holding none of it, outscored it. The one line holding the whole slug is the
    headline, in any language (the slug's letters without their accents)."""
    for title, url, search, date, prose in [
        (
            "Protected Bike Lanes: A Guide for Riders",
            "https://example.com/blog/protected-bike-lanes-guide/",
            "Search our articles about cycling and city life",
            "March 4, 2025",
            PROSE,
        ),
        (
            "Carriles bici protegidos: la guía para ciclistas",
            "https://example.es/blog/carriles-bici-protegidos-guia/",
            "Busca artículos sobre la bici y la vida en la ciudad",
            "4 de marzo de 2025",
            ES_PROSE,
        ),
    ]:
        text = dump(MENU, title, ["Share", "Print"], MENU, search, date, prose)
        assert title_of(text, url) == title, title


def test_a_deck_or_two_lines_holding_the_whole_slug_get_no_more_than_its_share() -> None:
    """The bonus goes to one text only: not to a deck's sentence retelling the headline
    in the slug's words (the headline over it stays the title), nor where two texts
    hold the whole slug (a section's headings, a headline and its deck)."""
    url = "https://example.com/blog/protected-bike-lanes-guide/"
    title = "Protected Bike Lanes: A Guide for Riders"
    deck = "Our guide to the protected bike lanes for every rider in the city."
    by = ["By Jane Doe", "March 4, 2025"]
    article = newsparse.parse(dump(MENU, title, deck, by, PROSE), url=url)
    assert article.title == title
    assert article.subtitle == deck
    texts = [title, deck, "Protected bike lanes: the guide", "Bike lanes"]
    slug = set(slug_words(url))
    assert _whole_slug(texts, [0, 3], slug, 4) == {0}
    assert _whole_slug(texts, [0, 2, 3], slug, 4) == set()  # two texts hold it
    assert _whole_slug(texts, [0, 1, 3], slug, 4) == set()  # the deck's too
    assert _whole_slug(texts, [1, 3], slug, 4) == set()  # a sentence's alone
    assert _whole_slug(texts, [0], slug, 0) == set()  # past the prose start


def test_slug_words_and_lines_are_compared_without_accents() -> None:
    assert slug_words("https://example.es/noticias/ayuntamiento-amplía-red/") == [
        "ayuntamiento",
        "amplia",
        "red",
    ]
    slug = {"ayuntamiento", "amplia", "red", "carriles"}
    assert slug_share("El ayuntamiento amplía la red de carriles", slug) == 1.0
    assert slug_share("Le réseau", {"reseau", "velo"}) == 0.5


def test_clean_copys_headline_over_a_deck_keeps_the_top() -> None:
    """A clean copy: the headline first, telling the story in words the prose does not
    print, over a deck that does. The headline stays the title."""
    title = "A greener way to work"
    deck = "The city council approves forty kilometres of new bike lanes for commuters."
    article = newsparse.parse(dump(title, deck, "By Jane Doe", "March 4, 2025", PROSE))
    assert article.title == title
    assert article.subtitle == deck
    # Nor where the deck is no sentence: a longer first line is a clean copy's headline
    # (a site's name of four words over the headline cannot be told from it).
    deck = deck.rstrip(".")
    article = newsparse.parse(dump(title, deck, "By Jane Doe", "March 4, 2025", PROSE))
    assert article.title == title
    assert article.subtitle == deck


def test_headline_one_step_past_the_close_band_over_its_deck() -> None:
    """A newsletter's header: the headline, its deck, the author, the date, a badge, a
    label and counts over the prose. The deck stands five free lines from the prose
    (``close-to-prose``), the headline six (no distance feature): one line further costs
    it the whole band, not a step, and it is still the headline over its deck."""
    for title, deck, by, date, more, prose in [
        (
            HEADLINE,
            "Forty kilometres of protected routes for commuters in three years",
            "Jane Doe",
            "Mar 04, 2025",
            ["∙ Paid", "Members only", "10", "2", "Share"],
            PROSE,
        ),
        (
            ES_HEADLINE,
            "Cuarenta kilómetros de rutas protegidas para ciclistas en tres años",
            "Ana García",
            "4 mar 2025",
            ["∙ De pago", "12", "3", "Compartir"],
            ES_PROSE,
        ),
    ]:
        article = newsparse.parse(dump("Subscribe", title, deck, by, date, more, prose))
        assert article.title == title
        assert article.subtitle == deck


def test_label_of_two_words_on_the_first_line_is_no_clean_copys_headline() -> None:
    """A section's label of a word or two on the dump's first line (``U.S. news``),
    telling nothing of the prose's story, over the headline that does, with no byline
    or date line under them: the label gets no ``top``, the headline leads alone."""
    # (Headlines that the first paragraph does not retell: no lede's lead.)
    for first, title, prose in [
        ("City news", "Mayor publishes map of routes and district meetings", PROSE),
        ("Noticias locales", "Obras de primavera con presupuesto y contratos firmados", ES_PROSE),
    ]:
        assert title_of(dump(first, title, prose)) == title, first


def test_page_named_by_its_headline_without_separators() -> None:
    """``/article/protectedbikelanes/``: a slug written without separators names the page
    by its headline's words, glued. The line that spells it is the slug's line (three
    words over a menu's item, no byline or date: no title without it)."""
    title = "Protected Bike Lanes"
    text = dump(MENU, title, "Search", PROSE)
    assert title_of(text) is None
    assert title_of(text, "https://example.com/article/protectedbikelanes/") == title
    title = "Carriles bici protegidos"  # accents folded as the URL's letters are
    url = "https://example.es/articulo/carrilesbiciprotegidos/"
    assert title_of(dump(MENU, title, "Buscar", ES_PROSE), url) == title


def test_slug_of_a_glued_page_name_reads_the_line_that_spells_it() -> None:
    texts = ["Home", "Understanding Web Design", "Web design"]
    url = "https://example.com/article/understandingwebdesign/"
    assert slug_of(url, texts, range(3)) == {"understanding", "web", "design"}
    # A section's short name, an id, a page file: no glued slug.
    assert slug_of("https://example.com/topics/coffee/", ["Coffee", "Coffee"], range(2)) == set()
    assert slug_of("https://example.com/p/123456/index.html", texts, range(3)) == set()
    # No line spells it: none.
    assert slug_of("https://example.com/a/understandingwebdesigns/", texts, range(3)) == set()


def test_a_headline_whose_deck_opens_with_it_is_no_section_name() -> None:
    """A section's name printed whole in the headline under it loses to that headline
    (``topic``); a headline whose deck repeats it and goes on is the headline still
    (a property found it left with no title at all)."""
    title = "Officials agreed that the"
    deck = "Officials agreed that the new"
    article = newsparse.parse(dump(title, deck, PROSE))
    assert (article.title, article.subtitle) == (title, deck)
    # A section's name inside the headline under it is still no headline.
    assert title_of(dump(MENU, "Bike Lanes", "Mayor widens the network of bike lanes", PROSE)) == (
        "Mayor widens the network of bike lanes"
    )
