from __future__ import annotations

import datetime as dt
import json
from typing import Any

import attrs
import pytest

from newsparse import Article, Block, Caption, Provenance
from newsparse._model import make_block, make_provenance

BEIJING = dt.timezone(dt.timedelta(hours=8))


def full_article() -> Article:
    return Article(
        title="A title",
        subtitle="A deck",
        byline="By Jane Doe",
        authors=("Jane Doe",),
        date=dt.datetime(2025, 10, 29, 23, 38, tzinfo=BEIJING),
        updated=dt.date(2025, 10, 30),
        section="World",
        source="Xinhua",
        editor_note="A note.",
        body=(Block("paragraph", "One."), Block("heading", "Two")),
        captions=(
            Caption("A picture.", "Xinhua", "https://example.com/a.jpg"),
            Caption(None, "VCG"),
        ),
        parser="generic",
        url="https://example.com/a",
        language="en",
        site_name="Example News",
        description="What the story is about.",
        image="https://example.com/lead.jpg",
        tags=("World", "Rivers"),
        canonical_url="https://example.com/a-canonical",
        provenance=(Provenance("title", "title.generic", (0,)),),
    )


def test_to_dict_keys_are_exact() -> None:
    assert list(full_article().to_dict()) == [
        "title", "subtitle", "byline", "authors", "date", "updated", "section", "source",
        "editor_note", "body", "captions", "parser", "url", "language", "site_name",
        "description", "image", "tags", "canonical_url",
    ]  # fmt: skip


def test_new_fields_render() -> None:
    data = full_article().to_dict()
    assert data["tags"] == ["World", "Rivers"]
    assert data["captions"] == [
        {"text": "A picture.", "credit": "Xinhua", "image": "https://example.com/a.jpg"},
        {"text": None, "credit": "VCG", "image": None},
    ]
    assert (data["site_name"], data["canonical_url"]) == (
        "Example News",
        "https://example.com/a-canonical",
    )


def test_old_dicts_without_the_new_keys_load() -> None:
    data = full_article().to_dict()
    for key in ("site_name", "description", "image", "tags", "canonical_url"):
        del data[key]
    for caption in data["captions"]:
        del caption["image"]
    article = Article.from_dict(data)
    assert article.title == "A title" and article.authors == ("Jane Doe",)
    assert (article.site_name, article.description, article.image) == (None, None, None)
    assert article.tags == () and article.canonical_url is None
    assert article.captions == (Caption("A picture.", "Xinhua"), Caption(None, "VCG"))


def test_dates_render_as_iso_8601() -> None:
    data = full_article().to_dict()
    assert data["date"] == "2025-10-29T23:38:00+08:00"
    assert data["updated"] == "2025-10-30"


def test_json_round_trip() -> None:
    article = full_article()
    again = Article.from_dict(json.loads(json.dumps(article.to_dict())))
    assert again == article
    assert Article.from_json(article.to_json()) == article


def test_full_dict_keeps_provenance() -> None:
    article = full_article()
    data = article.to_dict(full=True)
    assert data["provenance"] == [{"field": "title", "rule": "title.generic", "lines": [0]}]
    assert Article.from_dict(data).provenance == article.provenance


def test_text_joins_body_with_blank_lines() -> None:
    assert full_article().text == "One.\n\nTwo"
    assert full_article().paragraphs == ("One.",)


def test_frozen() -> None:
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        full_article().title = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"title": ""},
        {"title": " padded "},
        {"title": 3},
        {"date": dt.datetime(2025, 1, 1, 10, 0)},
        {"date": "2025-01-01"},
        {"authors": ("",)},
        {"tags": (" padded ",)},
        {"tags": ("",)},
        {"site_name": ""},
        {"canonical_url": " https://example.com/ "},
        {"image": 3},
        {"body": ("text",)},
        {"page": 0},
    ],
)
def test_validation(kwargs: dict[str, object]) -> None:
    with pytest.raises((TypeError, ValueError)):
        Article(**kwargs)  # type: ignore[arg-type]


def test_caption_needs_something() -> None:
    with pytest.raises(ValueError):
        Caption(None, None)
    with pytest.raises(ValueError):
        Caption(None, None, "https://example.com/a.jpg")  # an image alone is no caption
    with pytest.raises(ValueError):
        Caption("A picture.", None, "")


def test_block_kind_is_checked() -> None:
    with pytest.raises(ValueError):
        Block("quote", "x")  # type: ignore[arg-type]


def test_from_dict_rejects_unknown_keys() -> None:
    with pytest.raises(ValueError, match="unknown Article keys: bogus"):
        Article.from_dict({"bogus": 1})


def test_provenance_of() -> None:
    assert full_article().provenance_of("title") == Provenance("title", "title.generic", (0,))
    assert full_article().provenance_of("subtitle") is None


def test_make_block_is_a_block() -> None:
    # build()'s constructor without attrs' __init__: the same object in every respect.
    made = make_block("heading", "Two")
    assert type(made) is Block
    assert made == Block("heading", "Two") and hash(made) == hash(Block("heading", "Two"))
    assert (made.kind, made.text, repr(made)) == (
        "heading",
        "Two",
        "Block(kind='heading', text='Two')",
    )
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.text = "Three"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kind", "text", "error"),
    [
        ("quote", "x", ValueError),
        ("paragraph", " x", ValueError),
        ("paragraph", "x\n", ValueError),
        ("paragraph", "", ValueError),
        ("paragraph", 3, TypeError),
    ],
)
def test_make_block_checks_as_block_does(kind: Any, text: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        make_block(kind, text)


def test_make_provenance_is_a_provenance() -> None:
    made = make_provenance("body[0]", "body.paragraph", (3, 4))
    assert type(made) is Provenance
    assert made == Provenance("body[0]", "body.paragraph", (3, 4))
    assert hash(made) == hash(Provenance("body[0]", "body.paragraph", (3, 4)))
    assert attrs.asdict(made) == {"field": "body[0]", "rule": "body.paragraph", "lines": (3, 4)}
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        made.rule = "x"  # type: ignore[misc]
