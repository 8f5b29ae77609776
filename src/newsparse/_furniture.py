"""Page furniture: lines that belong to the page, not to the article.

Patterns are data, each with the rule name ``explain`` shows. ``LINE``
patterns drop one line wherever it is; ``TAIL`` patterns, once the body
has begun, drop their line and everything after it.
"""

from __future__ import annotations

import re

__all__ = ["LINE", "TAIL", "Rule"]

Rule = tuple[str, "re.Pattern[str]"]


def _r(name: str, pattern: str) -> Rule:
    return name, re.compile(pattern)


LINE: tuple[Rule, ...] = (
    _r(
        "furniture.cookie",
        r"(?i)^(?=.{0,400}$).*\b(?:cookie policy|use of cookies|cookie settings|cookies? preferences|"
        r"privacy statement|accept (?:all )?cookies|we use cookies|uses cookies)\b",
    ),
    _r(
        "furniture.button",
        r"(?i)^(?:i agree|i accept|accept|accept all|agree|ok|got it|reject all|decline|"
        r"manage (?:cookies|preferences|settings|options)|more options|continue)\W*$",
    ),
    _r(
        "furniture.copyright",
        r"(?i)^(?:copyright\b|©|\(c\)\s*\d{4}).{0,300}$|all rights reserved\W*$",
    ),
    _r("furniture.page-ids", r"^\d{5,}(?:\s+\d{5,})*$"),
    _r("furniture.byline-json", r'^\{\s*"(?:type|value|commentator)"\s*:.*\}\s*$'),
    _r(
        "furniture.read-more",
        r"(?i)^(?:read more|read also|also read|see also|related|recommended|more from|"
        r"click here|watch|listen)\s*[:：>»-].{0,200}$",
    ),
    _r(
        "furniture.share",
        r"(?i)^(?:share|share this(?: article| story| page)?|share on \w+|tweet|e-?mail|print|facebook|"
        r"twitter|x|linkedin|whatsapp|wechat|weibo|telegram|reddit|copy link|link copied|comments?|"
        r"\d+ comments?|advertisement|advertising|advert|ad|sponsored|subscribe(?: now)?|sign up|"
        r"log ?in|log ?out|sign in|register|menu|search|close|back to top|top|next|previous|"
        r"skip to (?:main )?content|listen|listen to this article|follow us(?: on \w+)?|"
        r"download (?:the |our )?app|font size|a\+|a-|more|home|loading\.*|view comments|"
        r"save|bookmark|print this article|newsletter)\W*$",
    ),
    _r(
        "furniture.contribute",
        r"(?i)^\(?\s*if you (?:want|would like|wish|have a specific expertise)\b.{0,300}"
        r"(?:opinions?@|contribut|expertise).{0,300}$",
    ),
    _r(
        "furniture.disclaimer",
        r"(?i)^\(?\s*the views (?:do not|don['’]t|expressed)\b.{0,200}(?:necessarily|reflect).{0,200}$",
    ),
    _r(
        "furniture.follow",
        r"(?i)^\(?\s*follow\b.{0,80}\bon (?:x|twitter|facebook|instagram)\b.{0,200}$",
    ),
)

TAIL: tuple[Rule, ...] = (
    _r(
        "tail.related",
        r"(?i)^(?:related(?: stories| articles| news| content| coverage| reading)?|more stories|"
        r"more news|more from [\w .]{1,40}|search trends|you (?:might|may) also like|recommended"
        r"(?: for you| stories| articles)?|most (?:read|popular|viewed|shared)|popular(?: now| stories)?|"
        r"latest(?: news| stories)?|top stories|trending(?: now| stories)?|read next|further reading|"
        r"leave a (?:comment|reply)|\d* ?comments?|editor['’]s picks?|what to read next|"
        r"more on this (?:story|topic)|in other news|hot topics?)\W*$",
    ),
    _r("tail.copyright", r"(?i)^(?:copyright\b|©).{0,300}$"),
)
