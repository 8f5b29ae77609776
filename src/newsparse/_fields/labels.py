"""Labels that the text engine puts on lines (shown by ``newsparse explain``)."""

from __future__ import annotations

import enum

__all__ = ["Label"]


class Label(str, enum.Enum):
    """What a line of the input is."""

    TITLE = "title"
    SUBTITLE = "subtitle"
    SECTION = "section"
    DATE = "date"
    UPDATED = "updated"
    BYLINE = "byline"
    INFO = "info"
    EDITOR_NOTE = "editor_note"
    CAPTION = "caption"
    HEADING = "heading"
    PARAGRAPH = "body"
    FURNITURE = "furniture"

    def __str__(self) -> str:
        return self.value
