"""What a page says about itself: site name, description, lead image, tags, canonical URL,
and the image of each caption. Read from the page, never guessed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from newsparse import Article, Caption
from newsparse._engine.html import parse_tree
from newsparse._engine.metadata import page_fields, read_meta, resolve_url
from newsparse._explain import explain

DATA = Path(__file__).parents[1] / "data"
NEW = ("site_name", "description", "image", "tags", "canonical_url")

STORY = (
    "<article><h1>Rivers rise after a week of rain</h1>"
    "<p>Rivers across the region rose to their highest level in a decade on Tuesday after"
    " a week of heavy rain, officials said.</p>{figure}"
    "<p>Hundreds of homes were evacuated and schools in three towns were closed as a"
    " precaution, the local council said.</p>"
    "</article>"
)


def page(head: str = "", figure: str = "") -> str:
    return (
        f'<!doctype html><html><head><meta charset="utf-8"><title>Rivers rise</title>{head}'
        f"</head><body>{STORY.format(figure=figure)}</body></html>"
    )


def jsonld(obj: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(obj)}</script>'


def fields(head: str, url: str | None = "https://news.example/world/rivers") -> dict[str, object]:
    meta = read_meta(parse_tree(page(head)))
    return {name: value for name, (value, _rule) in page_fields(meta, url).items()}


def rules(article: Article) -> dict[str, str]:
    return {p.field: p.rule for p in article.provenance if p.field in NEW}


# --- site name -------------------------------------------------------------------------


def test_site_name_from_og_then_application_name_then_jsonld_publisher() -> None:
    og = '<meta property="og:site_name" content="The Valley Gazette">'
    app = '<meta name="application-name" content="Gazette App">'
    ld = jsonld({"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "VG"}})
    assert fields(og + app + ld)["site_name"] == "The Valley Gazette"
    assert fields(app + ld)["site_name"] == "Gazette App"
    assert fields(ld)["site_name"] == "VG"
    site = jsonld({"@type": "WebSite", "name": "Valley Gazette Online"})
    assert fields(site)["site_name"] == "Valley Gazette Online"


def test_site_name_is_not_an_author() -> None:
    head = (
        '<meta property="og:site_name" content="The Valley Gazette">'
        '<meta name="author" content="The Valley Gazette">'
    )
    article = newsparse.parse(page(head))
    assert article.site_name == "The Valley Gazette"
    assert article.authors == ()


# --- description -----------------------------------------------------------------------


def test_description_from_meta_og_then_jsonld() -> None:
    meta = '<meta name="description" content="Rivers rose  to a decade high.">'
    og = '<meta property="og:description" content="OG words.">'
    ld = jsonld({"@type": "NewsArticle", "description": "LD words."})
    assert fields(meta + og + ld)["description"] == "Rivers rose to a decade high."
    assert fields(og + ld)["description"] == "OG words."
    assert fields(ld)["description"] == "LD words."


def test_description_escaped_twice_reads_as_text() -> None:
    # The page escaped its entities twice; "<Title>" as printed is kept.
    head = '<meta name="description" content="Council&amp;#039;s plan for &lt;Rivers&gt;">'
    assert fields(head)["description"] == "Council's plan for <Rivers>"


def test_the_description_of_a_website_object_is_not_the_articles() -> None:
    head = jsonld({"@type": "WebSite", "name": "VG", "description": "News from the valley"})
    assert "description" not in fields(head)


# --- image -----------------------------------------------------------------------------


def test_og_image_is_resolved_against_the_page_url() -> None:
    head = '<meta property="og:image" content="/img/rivers.jpg">'
    assert fields(head)["image"] == "https://news.example/img/rivers.jpg"
    # No address known: the image as the page gives it.
    assert fields(head, url=None)["image"] == "/img/rivers.jpg"


def test_twitter_image_when_there_is_no_og_image() -> None:
    head = '<meta name="twitter:image" content="https://cdn.example/t.jpg">'
    assert fields(head)["image"] == "https://cdn.example/t.jpg"


@pytest.mark.parametrize(
    "value",
    [
        "https://cdn.example/ld.jpg",
        {"@type": "ImageObject", "url": "https://cdn.example/ld.jpg", "width": 800},
        {"@type": "ImageObject", "contentUrl": "https://cdn.example/ld.jpg"},
        ["https://cdn.example/ld.jpg", "https://cdn.example/other.jpg"],
        [{"@type": "ImageObject", "url": "https://cdn.example/ld.jpg"}],
    ],
    ids=["string", "object-url", "object-contentUrl", "array", "array-of-objects"],
)
def test_jsonld_image_in_each_form(value: object) -> None:
    head = jsonld({"@type": "NewsArticle", "headline": "Rivers rise", "image": value})
    assert fields(head)["image"] == "https://cdn.example/ld.jpg"


def test_an_image_that_is_no_address_is_skipped() -> None:
    head = (
        '<meta property="og:image" content="data:image/png;base64,AAAA">'
        '<meta name="twitter:image" content="javascript:alert(1)">'
        + jsonld({"@type": "NewsArticle", "image": "https://cdn.example/real.jpg"})
    )
    assert fields(head)["image"] == "https://cdn.example/real.jpg"


def test_base_href_is_honoured() -> None:
    head = '<base href="https://static.example/assets/"><meta property="og:image" content="a.jpg">'
    assert fields(head)["image"] == "https://static.example/assets/a.jpg"


def test_without_a_url_the_pages_own_canonical_is_the_base() -> None:
    head = (
        '<link rel="canonical" href="https://news.example/world/rivers">'
        '<meta property="og:image" content="/img/r.jpg">'
    )
    assert fields(head, url=None)["image"] == "https://news.example/img/r.jpg"


def test_resolve_url() -> None:
    assert resolve_url("//cdn.example/a.jpg", "https://x.example/p") == "https://cdn.example/a.jpg"
    assert (
        resolve_url("my photo.jpg", "https://x.example/p/") == "https://x.example/p/my%20photo.jpg"
    )
    assert resolve_url("mailto:a@b.example", "https://x.example/") is None
    assert resolve_url("", "https://x.example/") is None
    assert resolve_url("a\nb.jpg", None) is None


@pytest.mark.parametrize("space", ["\t", "\x0b", "\x1f", "\x85", "\u00a0", "\u2003", "\u3000"])
def test_white_space_other_than_a_space_is_no_url(space: str) -> None:
    assert resolve_url(f"https://x.example/a{space}b.jpg", None) is None
    assert resolve_url(f"/a{space}b.jpg", "https://x.example/") is None


def test_non_ascii_urls_are_kept() -> None:
    assert (
        resolve_url("/fotos/ação.jpg", "https://x.example/") == "https://x.example/fotos/ação.jpg"
    )
    assert resolve_url("https://x.example/图片.jpg", None) == "https://x.example/图片.jpg"


# --- tags ------------------------------------------------------------------------------


def test_article_tags_several_in_order_each_once() -> None:
    head = "".join(
        f'<meta property="article:tag" content="{t}">'
        for t in ("Floods", "Weather", "floods", "Local news")
    )
    head += '<meta name="keywords" content="site, wide, words">'
    assert fields(head)["tags"] == ("Floods", "Weather", "Local news")


def test_keywords_are_split_on_commas() -> None:
    head = '<meta name="keywords" content="floods, weather ,, rivers,weather">'
    assert fields(head)["tags"] == ("floods", "weather", "rivers")
    assert fields('<meta name="keywords" content="洪水，天气">')["tags"] == ("洪水", "天气")


@pytest.mark.parametrize(
    ("value", "tags"),
    [
        ("floods, weather", ("floods", "weather")),
        (["floods", "weather, rain"], ("floods", "weather, rain")),
    ],
    ids=["string", "array"],
)
def test_jsonld_keywords(value: object, tags: tuple[str, ...]) -> None:
    head = jsonld({"@type": "NewsArticle", "keywords": value})
    assert fields(head)["tags"] == tags


# --- canonical URL -----------------------------------------------------------------------


def test_canonical_is_kept_apart_from_the_url_given() -> None:
    head = '<link rel="canonical" href="/world/rivers-rise"><meta property="og:url" content="https://o.example/x">'
    article = newsparse.parse(page(head), url="https://news.example/world/rivers?utm=feed")
    assert article.url == "https://news.example/world/rivers?utm=feed"
    assert article.canonical_url == "https://news.example/world/rivers-rise"
    assert rules(article)["canonical_url"] == "canonical.link"


def test_og_url_when_there_is_no_canonical_link() -> None:
    head = '<meta property="og:url" content="https://news.example/world/rivers">'
    assert fields(head, url=None)["canonical_url"] == "https://news.example/world/rivers"


# --- the Article -----------------------------------------------------------------------


def test_an_article_gets_every_field_with_its_rule() -> None:
    head = (
        '<meta property="og:site_name" content="The Valley Gazette">'
        '<meta property="og:description" content="Rivers rose to a decade high.">'
        '<meta property="og:image" content="https://cdn.example/rivers.jpg">'
        '<meta property="article:tag" content="Floods">'
        '<link rel="canonical" href="https://news.example/world/rivers">'
    )
    article = newsparse.parse(page(head))
    assert (article.site_name, article.description, article.image) == (
        "The Valley Gazette",
        "Rivers rose to a decade high.",
        "https://cdn.example/rivers.jpg",
    )
    assert article.tags == ("Floods",)
    assert article.canonical_url == "https://news.example/world/rivers"
    assert rules(article) == {
        "site_name": "site-name.meta-og:site_name",
        "description": "description.meta-og:description",
        "image": "image.meta-og:image",
        "tags": "tags.meta-article:tag",
        "canonical_url": "canonical.link",
    }
    explained = [line.split() for line in explain(page(head)).splitlines()]
    for name, rule in rules(article).items():
        assert ["-", name, rule, "|", "(from", "markup", "or", "metadata)"] in explained


def test_nothing_is_invented_for_a_bare_page() -> None:
    article = newsparse.parse(page())
    assert [getattr(article, n) for n in NEW] == [None, None, None, (), None]
    assert article.body  # the page did parse


def test_text_dumps_leave_the_fields_empty() -> None:
    text = (
        "Rivers rise after a week of rain\n\nBy Jane Doe\n\n"
        "Rivers across the region rose to their highest level in a decade on Tuesday after a"
        " week of heavy rain, officials said.\n"
    )
    article = newsparse.parse(text, url="https://news.example/world/rivers")
    assert [getattr(article, n) for n in NEW] == [None, None, None, (), None]


def test_outlet_parsers_get_the_fields_too() -> None:
    cgtn = newsparse.parse(DATA / "cgtn" / "cgtn_2019_template_a.htm")
    assert cgtn.parser == "cgtn"
    assert cgtn.image is not None and cgtn.image.startswith("https://news.cgtn.com/news/")
    assert cgtn.description is not None and cgtn.description.startswith("Chinese President")
    daily = newsparse.parse(DATA / "chinadaily" / "chinadaily_article.html")
    assert daily.parser == "chinadaily"
    assert daily.tags == ("grain", "harvest", "agriculture")
    assert daily.canonical_url is not None and daily.canonical_url.endswith(".html")


# --- caption images --------------------------------------------------------------------


def caption_of(figure: str, url: str | None = "https://news.example/world/rivers") -> Caption:
    article = newsparse.parse(page(figure=figure), url=url)
    assert len(article.captions) == 1, article.captions
    return article.captions[0]


def test_caption_image_from_src_resolved() -> None:
    cap = caption_of(
        '<figure><img src="pics/a.jpg"><figcaption>Flooded fields.</figcaption></figure>'
    )
    assert cap == Caption("Flooded fields.", None, "https://news.example/world/pics/a.jpg")


def test_caption_image_without_a_url_stays_as_printed() -> None:
    cap = caption_of(
        '<figure><img src="pics/a.jpg"><figcaption>Flooded.</figcaption></figure>', None
    )
    assert cap.image == "pics/a.jpg"


def test_lazy_image_data_src_beats_a_placeholder_src() -> None:
    figure = (
        '<figure><img src="data:image/gif;base64,R0lGOD" data-src="https://cdn.example/b.jpg">'
        "<figcaption>Flooded fields.</figcaption></figure>"
    )
    assert caption_of(figure).image == "https://cdn.example/b.jpg"


@pytest.mark.parametrize(
    ("src", "image"),
    [
        ("/plugins/lazy-load/images/lazy_placeholder.gif", None),
        ("/img/blank.gif", None),
        ("/img/1x1.gif?v=2", None),
        (
            "/2025/11/google-pixel-watch-4.jpg",
            "https://news.example/2025/11/google-pixel-watch-4.jpg",
        ),
        ("/2025/11/empty-shelves.png", "https://news.example/2025/11/empty-shelves.png"),
    ],
)
def test_a_placeholder_src_alone_gives_no_image(src: str, image: str | None) -> None:
    figure = f'<figure><img src="{src}"><figcaption>Flooded fields.</figcaption></figure>'
    assert caption_of(figure).image == image


def test_a_src_that_repeats_a_placeholder_attribute_is_a_placeholder() -> None:
    figure = (
        '<figure><img src="https://cdn.example/stock.cms" placeholdersrc="https://cdn.example/stock.cms">'
        "<figcaption>Flooded fields.</figcaption></figure>"
    )
    assert caption_of(figure).image is None


def test_first_srcset_candidate() -> None:
    figure = (
        '<figure><picture><source srcset="https://cdn.example/c-480.webp 480w,'
        ' https://cdn.example/c-960.webp 960w"><img srcset="/c-480.jpg 480w, /c-960.jpg 960w">'
        "</picture><figcaption>Flooded fields.</figcaption></figure>"
    )
    assert caption_of(figure).image == "https://news.example/c-480.jpg"


def test_caption_block_after_its_image() -> None:
    figure = (
        '<div class="photo"><img src="https://cdn.example/d.jpg"></div>'
        '<p class="caption">Flooded fields. Photo: Jane Roe</p>'
    )
    assert caption_of(figure) == Caption("Flooded fields.", "Jane Roe", "https://cdn.example/d.jpg")


def test_caption_without_an_image_has_none() -> None:
    assert caption_of("<figure><figcaption>Flooded fields.</figcaption></figure>").image is None


def test_a_videos_source_is_no_image() -> None:
    figure = (
        '<figure><video><source src="https://cdn.example/v.mp4" type="video/mp4"></video>'
        "<figcaption>Flooded fields.</figcaption></figure>"
    )
    assert caption_of(figure).image is None


def test_article_objects_follow_the_json_ld_read_so_far() -> None:
    # PageMeta.articles is kept between reads: objects added later still count, and a
    # caller that changes the list it gets changes nothing kept.
    from newsparse._engine.metadata import PageMeta

    meta = PageMeta()
    assert meta.articles == []
    meta.jsonld.append({"@type": "NewsArticle", "headline": "One"})
    got = meta.articles
    assert [o["headline"] for o in got] == ["One"]
    got.clear()
    meta.jsonld.extend(
        [{"@type": "WebPage"}, {"@type": ["Thing", "BlogPosting"], "headline": "Two"}]
    )
    assert [o["headline"] for o in meta.articles] == ["One", "Two"]
