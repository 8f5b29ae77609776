"""Furniture rules by words on lines longer than any of their phrases (issue 15): a
rule without labels is not tried on them, a rule with labels still is. The answers are
those of the full test."""

from __future__ import annotations

from unittest import mock

from newsparse._fields import furniture
from newsparse._fields.furniture_words import BUTTONS, READ_ALSO, RELATED, Words


def test_a_paragraph_is_no_button_and_the_words_test_is_not_tried() -> None:
    paragraph = "Teilen " + "Die Bahn streicht im Winter hunderte Regionalzüge. " * 3
    assert len(paragraph) > BUTTONS.longest
    with mock.patch.object(Words, "match", autospec=True, side_effect=Words.match) as test:
        # (built inside: the matcher keeps the rule's test it finds)
        match = furniture.matcher((("furniture.share", BUTTONS),))
        assert match(paragraph) is None
        assert test.call_count == 0
        assert match("Teilen") == "furniture.share"
        assert match("Compartir en Twitter") == "furniture.share"
        assert test.call_count == 2


def test_a_label_opens_a_line_of_any_length() -> None:
    match = furniture.matcher((("furniture.read-more", READ_ALSO),))
    long_link = "Lesen Sie auch: " + "Warum die Bahn im Winter so viele Züge streicht " * 3
    assert len(long_link) > READ_ALSO.longest
    assert match(long_link) == "furniture.read-more"


def test_a_related_list_s_head_ends_the_article_only_alone_on_its_line() -> None:
    tail = furniture.matcher((("tail.related", RELATED),))
    assert tail("Artículos relacionados") == "tail.related"
    assert tail("Artículos relacionados " + "con la huelga de trenes en el norte " * 3) is None
