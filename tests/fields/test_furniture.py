"""The furniture matchers (newsparse._fields.furniture)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsparse._fields import furniture
from newsparse._input.document import Document
from newsparse.parsers.cgtn import CGTN_FURNITURE
from newsparse.parsers.chinadaily.lines import FURNITURE as CHINADAILY_FURNITURE

DATA = Path(__file__).resolve().parent.parent / "data"
RULE_SETS = {
    "line": furniture.LINE,
    "tail": furniture.TAIL,
    "cgtn": furniture.LINE + CGTN_FURNITURE,
    "chinadaily": CHINADAILY_FURNITURE,
}
EXTRA = [
    "We use cookies to improve your experience.",
    "ACCEPT ALL COOKIES",
    "Copyright © 2024 Example. All rights reserved.",
    "(C) 2023 Outlet",
    "（责编：王伟）",
    "Sign up for our free newsletter",
    "ΣΟΦΟΣ newsletter ΣΑΣ",  # a final sigma lower-cases by its context
    "İstanbul COOKIE POLICY",  # İ lower-cases to two characters
    "Share",
    "A headline about newsletters and cookies in 2024",
]


def _texts() -> list[list[str]]:
    dumps = [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*/*.txt"))]
    dumps.append("\n".join(EXTRA))
    dumps += EXTRA  # each alone: the other keywords are absent
    return [[line.text for line in Document.from_text(d).lines] for d in dumps]


@pytest.mark.parametrize("name", sorted(RULE_SETS))
def test_text_matcher_gives_what_matcher_gives(name: str) -> None:
    # The matcher of one text leaves out the rules whose keywords the text lacks:
    # on each of its lines it must name the same rule as the matcher of every rule.
    rules = RULE_SETS[name]
    every = furniture.matcher(rules)
    named = 0
    for texts in _texts():
        mine = furniture.text_matcher(rules, texts)
        for text in texts:
            assert mine(text) == every(text), text
            named += every(text) is not None
    assert named > 5


def test_text_matcher_drops_rules_whose_keywords_are_absent() -> None:
    # The cookie rule is tried only on the lines holding "cookie" or "privacy".
    line = "We use cookies to improve your experience."
    assert furniture.matcher(furniture.LINE)(line) == "furniture.cookie"
    assert furniture.text_matcher(furniture.LINE, [line])(line) == "furniture.cookie"
    other = ["A text about nothing", line]
    assert furniture.text_matcher(furniture.LINE, other)(line) == "furniture.cookie"
    # Called on a line of another text, the rule is not tried: it is for its own lines.
    assert furniture.text_matcher(furniture.LINE, ["A text about nothing"])(line) is None
