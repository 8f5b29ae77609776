"""Example user code, type-checked against newsparse's public API with mypy --strict.

``tox -e type`` runs mypy on this file (and tests/test_typing.py runs it too,
when mypy is installed). Each ``type: ignore[...]`` marks a call the API must
refuse: mypy's ``warn_unused_ignores`` (part of --strict) fails if it
stops refusing it. The functions also run, in tests/test_typing.py.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import newsparse
import newsparse.rules
from newsparse import Article, Block, Caption, Document, Parser


def headline_and_when(path: Path) -> tuple[str | None, dt.date | None]:
    article: Article = newsparse.parse(path, url="https://example.com/a", max_bytes=None)
    when: dt.date | dt.datetime | None = article.date
    day = when.date() if isinstance(when, dt.datetime) else when
    return article.title, day


def paragraphs(text: str) -> list[str]:
    article = newsparse.parse(text, parser="generic")
    blocks: tuple[Block, ...] = article.body
    credits: list[str | None] = [c.credit for c in article.captions]
    assert all(isinstance(c, Caption) for c in article.captions) and credits is not None
    return [b.text for b in blocks if b.kind == "paragraph"]


def scores(data: bytes) -> dict[str, float]:
    doc: Document = newsparse.load(data)
    parser, found = newsparse.choose_parser(doc)
    name: str = parser.name
    return {name: found[name], **found}


class Shouting:
    """A plugin-style parser, satisfying the Parser protocol structurally."""

    name = "shouting"

    def detect(self, doc: Document) -> float:
        return 1.0 if doc.text.isupper() else 0.0

    def parse(self, doc: Document) -> Article:
        return Article(body=[Block("paragraph", doc.text.strip())], parser=self.name)


def register_both(rules_file: Path) -> list[str]:
    registered: Parser = newsparse.register(Shouting())
    ruled: newsparse.rules.RulesParser = newsparse.rules.load(rules_file)
    newsparse.register(ruled)
    names = [registered.name, ruled.name]
    for name in names:
        newsparse.unregister(name)
    return names


def as_json(article: Article) -> str:
    data: dict[str, object] = article.to_dict(full=True)
    assert "provenance" in data
    return article.to_json(indent=2)


def handled(path: Path) -> str:
    try:
        return newsparse.parse(path).parser or ""
    except newsparse.UnreadableInputError as exc:
        return str(exc)
    except newsparse.NewsparseError as exc:
        return type(exc).__name__


def refused() -> None:
    newsparse.parse(3)  # type: ignore[arg-type]
    newsparse.parse("x", parser=1)  # type: ignore[arg-type]
    Block("quote", "text")  # type: ignore[arg-type]
    Article(title=3)  # type: ignore[arg-type]
    newsparse.parse("x").title = "new"  # type: ignore[misc]
    newsparse.rules.load(42)  # type: ignore[arg-type]
