"""The labels the text engine gives each line."""

from __future__ import annotations

from newsparse._fields.labels import Label


def test_label_str() -> None:
    assert str(Label.PARAGRAPH) == "body"
