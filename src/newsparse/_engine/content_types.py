"""The values the HTML extractor passes between its parts: a field and the page's content."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import attrs

from .._model import BlockKind, Caption

__all__ = ["Content", "Field"]


@attrs.define(slots=True)
class Field:
    """A field's value, the rule that found it and the lines it came from."""

    value: Any
    rule: str
    lines: tuple[int, ...] = ()


@attrs.define(slots=True)
class Content:
    """The main text of a page and what sits around it."""

    body: list[tuple[BlockKind, str, str, int]] = attrs.Factory(list)
    captions: list[tuple[Caption, str, tuple[int, ...]]] = attrs.Factory(list)
    container: Any = None
    start: int = 0  # the container's line range
    end: int = 0
    dropped: dict[int, str] = attrs.Factory(dict)  # line -> rule


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _jsonld_value(objs: Iterable[dict[str, Any]], key: str) -> Any:
    for obj in objs:
        value = obj.get(key)
        if value not in (None, "", [], {}):
            return value
    return None
