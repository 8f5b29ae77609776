"""Where no headline is chosen (issue 12): the date line under a headline-shaped line
and its writer's name alone (``Title`` / ``Jane Doe, Staff Writer`` / ``•`` / the date),
a table of contents between it and the prose, is the article's."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

#: Menu, headline, name line, date line, table of contents, prose, per language.
DUMPS = {
    "en": (
        ["Home", "Services", "Industries", "Blog", "Machine learning"],
        "How Machine Learning is Shaping Online Retail – Benefits and Use Cases",
        "Ravi Kumar, Technology Writer",
        "Friday, November 14, 2025",
        "TABLE OF CONTENTS",
        [
            "Online shops have come a long way from simple storefronts and basic "
            "transactions, and machine learning now sorts most of what shoppers see.",
            "Retailers use it to set prices, to forecast stock and to spot fraudulent "
            "orders before they ship, a survey of two hundred firms found this year.",
            "The same survey found that smaller shops lag behind, mostly because the "
            "data they hold is too thin to train a model on their own.",
        ],
    ),
    "de": (
        ["Startseite", "Leistungen", "Branchen", "Blog", "Maschinelles Lernen"],
        "Wie maschinelles Lernen den Onlinehandel verändert – Nutzen und Beispiele",
        "Anna Schmidt, Redakteurin",
        "Freitag, 14. November 2025",
        "INHALTSVERZEICHNIS",
        [
            "Onlineshops haben sich von einfachen Schaufenstern weit entfernt, und "
            "maschinelles Lernen bestimmt heute fast alles, was Kunden zu sehen bekommen.",
            "Händler setzen es ein, um Preise festzulegen, Bestände vorherzusagen und "
            "betrügerische Bestellungen zu erkennen, ergab eine Umfrage unter Firmen.",
            "Kleinere Geschäfte hinken hinterher, vor allem weil ihre Daten zu dünn sind, "
            "um allein ein eigenes Modell damit zu trainieren.",
        ],
    ),
    "es": (
        ["Inicio", "Servicios", "Sectores", "Blog", "Aprendizaje automático"],
        "Cómo el aprendizaje automático transforma el comercio electrónico – Ventajas",
        "Lucía Fernández, Redactora",
        "viernes, 14 de noviembre de 2025",
        "ÍNDICE",
        [
            "Las tiendas en línea han recorrido un largo camino desde los escaparates "
            "sencillos, y el aprendizaje automático decide hoy casi todo lo que se ve.",
            "Los comercios lo usan para fijar precios, prever existencias y detectar "
            "pedidos fraudulentos antes del envío, según una encuesta de este año.",
            "Las tiendas pequeñas van por detrás, sobre todo porque sus datos son "
            "demasiado escasos para entrenar un modelo propio.",
        ],
    ),
}

TOC = [
    "Brief Overview",
    "Dynamic Pricing",
    "Search Functionality",
    "Customer Segmentation",
    "Churn Prediction",
    "Inventory Management",
    "Fraud Detection",
    "Trend Analysis",
    "Best Practices",
    "Set Clear Objectives",
    "Gather Good Data",
    "Select Appropriate Models",
    "Future Innovations",
    "Challenges and Solutions",
    "FAQs",
    "Share this article",
]


def _dump(lang: str) -> str:
    menu, title, name, day, toc, prose = DUMPS[lang]
    lines = [*menu, title, name, "•", day, "•", toc, *TOC, ""]
    for p in prose:
        lines += [p, ""]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("lang", sorted(DUMPS))
def test_date_under_headline_and_name_without_a_headline(lang: str) -> None:
    article = newsparse.parse(_dump(lang))
    got = article.date.date() if isinstance(article.date, dt.datetime) else article.date
    assert got == dt.date(2025, 11, 14)


def test_a_list_of_titles_names_and_dates_gives_no_date() -> None:
    # Teasers over the prose (headline / writer / day, item after item): the first
    # item's day has the next item's under it, not the prose.
    menu, _, _, _, _, prose = DUMPS["en"]
    items = [
        ("Retail chains test cashier-free checkouts in three cities", "Mia Long", "May 2, 2025"),
        ("Parcel lockers spread to suburban train stations", "Omar Haddad", "April 28, 2025"),
        ("Why returns cost online shops more every year", "Ines Duarte", "April 21, 2025"),
    ]
    lines = [*menu]
    for title, name, day in items:
        lines += [title, name, day]
    lines += [*TOC, ""]
    for p in prose:
        lines += [p, ""]
    assert newsparse.parse("\n".join(lines) + "\n").date is None


def test_a_name_alone_needs_a_headline_over_it() -> None:
    # ``Jane Doe`` / the date right under the menu: no headline-shaped line over the name.
    menu, _, name, day, toc, prose = DUMPS["en"]
    lines = [*menu, name, day, toc, *TOC, ""]
    for p in prose:
        lines += [p, ""]
    assert newsparse.parse("\n".join(lines) + "\n").date is None
