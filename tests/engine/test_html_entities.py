"""Entities left in a page's metadata (JSON-LD written from HTML, a meta content
escaped twice) are resolved, as the page shows them to readers."""

from __future__ import annotations

import json

import newsparse

_BODY = "<p>" + "The council voted on Monday to approve the plan for the new lanes. " * 4 + "</p>"


def _page(head: str) -> str:
    return f"<html><head>{head}</head><body><article>{_BODY * 3}</article></body></html>"


def _jsonld(**fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", **fields}
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_json_ld_headline_section_and_author_resolve_their_entities() -> None:
    article = newsparse.parse(
        _page(
            _jsonld(
                headline="Rankings: Full &#038; Part Time Programs",
                articleSection="Health &amp; Fitness",
                author={"@type": "Person", "name": "Siobhan O&#039;Brien"},
            )
        )
    )
    assert article.title == "Rankings: Full & Part Time Programs"
    assert article.section == "Health & Fitness"
    assert article.authors == ("Siobhan O'Brien",)


def test_a_meta_title_escaped_twice_reads_as_shown() -> None:
    head = '<meta property="og:title" content="Saving Mountaineering&amp;#39;s Soul">'
    assert newsparse.parse(_page(head)).title == "Saving Mountaineering's Soul"


def test_an_ampersand_that_is_no_entity_stays() -> None:
    head = '<meta property="og:title" content="Salt &amp; Pepper &amp; more; R&amp;D">'
    assert newsparse.parse(_page(head)).title == "Salt & Pepper & more; R&D"
