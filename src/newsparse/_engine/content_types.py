"""The values the HTML extractor passes between its parts: a field and the page's content."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import attrs

from .._fields.labels import Label
from .draft import BodyItem, Evidence

__all__ = ["NO_LABEL", "Content", "Field"]


#: A field's value, the rule that found it and the lines it came from.
Field = Evidence
#: What ``Content.dropped.get`` gives for a line that was not dropped.
NO_LABEL: tuple[Label | None, str] = (None, "")


@attrs.define(slots=True)
class Content:
    """The main text of a page and what sits around it."""

    #: Each block's lines are the one line it was read from.
    body: list[BodyItem] = attrs.Factory(list)
    container: Any = None
    start: int = 0  # the container's line range
    end: int = 0
    #: Lines of the container left out of the body: line -> (label, rule).
    dropped: dict[int, tuple[Label, str]] = attrs.Factory(dict)

    def drop(self, no: int, label: Label, rule: str) -> None:
        self.dropped[no] = (label, rule)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text.casefold()).strip()


def _jsonld_value(objs: Iterable[dict[str, Any]], key: str) -> Any:
    for obj in objs:
        value = obj.get(key)
        if value not in (None, "", [], {}):
            return value
    return None
