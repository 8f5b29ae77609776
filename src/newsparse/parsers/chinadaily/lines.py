"""China Daily's own line rules: share bar, related links, credits alone, the story's end.

They run first in China Daily's header strategy rather than through its
:class:`~newsparse._engine.text.Profile`, so that a rules file naming the
strategy (``header = "chinadaily"``, as the bundled ``chinadaily.toml``
does) labels these lines as the built-in parser does.
"""

from __future__ import annotations

import re

from ..._engine.text import Mark, Work
from ..._fields import furniture as _furniture
from ..._fields.captions import CaptionMatch, CaptionPattern, match_caption
from ..._fields.labels import Label

__all__ = ["CLOSING", "CREDITS", "FURNITURE", "mark_lines"]

#: Page furniture of China Daily's dumps, on top of the common patterns.
FURNITURE: tuple[_furniture.Rule, ...] = (
    # The share bar: "Share - WeChat", "Share - Weibo", ...
    (
        "furniture.share-to",
        re.compile(
            r"(?i)^share\s*[-–—:]\s*(?:wechat|weibo|facebook|twitter|x|linkedin|whatsapp|"
            r"telegram|e-?mail|qq|qzone|reddit|more)\W*$"
        ),
    ),
    # Links to other stories under or after the story: "- Villages turn to e-commerce".
    # A headline: 3 words or more, a capital or a digit first, no final full stop or
    # comma, no second sentence (a list item of the story reads as sentences).
    (
        "furniture.related-link",
        re.compile(
            r"^- (?=.{0,200}$)(?=[A-Z0-9\"“‘'])(?=(?:\S+\s+){2}\S)(?!.*[.!?] [A-Z])"
            r".*(?:\.\.\.|…|[^.,;:\s])$"
        ),
    ),
)

#: Credit-only image lines with a bar: "ZHOU LIN | China Daily" (never a byline).
CREDITS: tuple[CaptionPattern, ...] = (
    CaptionPattern(
        "caption.bar-credit",
        re.compile(
            r"^(?P<text>.*?[.!?”\"])?\s*(?P<credit>(?!By )(?:[A-Z][\w.'’-]+ ){0,3}[A-Z][\w.'’-]+"
            r" ?\| ?(?i:(?:for |provided to )?(?:China Daily|Xinhua)))$"
        ),
        re.compile(r"(?i)\|\s?(?:for |provided to )?(?:china daily|xinhua)$"),
    ),
)

#: The story's last lines, body whatever their shape: "The author is ...", a
#: contact line for the writer, a bare e-mail address.
CLOSING = re.compile(
    r"(?i)^(?:the (?:authors?|writers?) (?:is|are|was|were)\b.*"
    r"|(?:contact|e-?mail|write to|reach) (?:the )?(?:writers?|authors?|reporters?|"
    r"correspondents?|him|her|them)\b.{0,80}@[\w-]+(?:\.[\w-]+)+\W?"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*(?:[,;/]|and)\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)*\.?)$"
)

# Credit lines that the common caption pass reads with the short line above them.
_CREDIT_RULES = frozenset(("caption.label-credit", "caption.agency-end", "caption.agency-first"))


def mark_lines(w: Work) -> None:
    """Label the lines only China Daily prints (see the module's docstring)."""
    furniture = _furniture.matcher(FURNITURE)
    for i, line in enumerate(w.lines):
        mark = w.marks[i]
        # A related link printed twice reads as a repeated caption to the common pass.
        if mark is not None and mark.rule != "caption.repeated":
            continue
        name = furniture(line.text)
        if name is not None:
            w.mark(i, Label.FURNITURE, name)
        elif mark is None:
            found = match_caption(line.text, CREDITS)
            if found is not None:
                w.mark(i, Label.CAPTION, found.rule, found)
            elif i > w.body_start and CLOSING.match(line.text):  # under the first paragraph
                w.mark(i, Label.PARAGRAPH, "body.closing-line")
    _credits_alone(w)


def _credits_alone(w: Work) -> None:
    """``SHI YU/CHINA DAILY`` after a blank line is an image of its own.

    China Daily prints a caption and its credit on one line; a credit line
    alone (an op-ed's illustration) does not caption the paragraph above it,
    which the common caption pass takes as its text. Only a line printed
    right above it, in a dump that parts paragraphs with blank lines, is
    kept as its caption.
    """
    lines, marks = w.lines, w.marks
    blank_lines = any(line.blank_before for line in lines)
    freed: set[str] = set()
    for i in range(1, len(lines)):
        mark, above = marks[i], marks[i - 1]
        if (
            mark is not None
            and above is not None
            and above.rule == "caption.text-above-credit"
            and mark.rule in _CREDIT_RULES
            and (lines[i].blank_before or not blank_lines)
        ):
            marks[i - 1] = None
            marks[i] = Mark(
                Label.CAPTION, mark.rule, CaptionMatch(None, mark.data.credit, mark.rule)
            )
            freed.add(lines[i - 1].text)
    if not freed:
        return
    kept = {
        m.data.text
        for m in marks
        if m is not None and m.label is Label.CAPTION and m.rule != "caption.copy"
    }
    for i, mark in enumerate(marks):
        # Copies of a freed line were read as copies of a caption.
        if mark is not None and mark.rule == "caption.copy" and lines[i].text not in kept:
            marks[i] = None
