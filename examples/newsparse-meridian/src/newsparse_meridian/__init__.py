"""A newsparse parser for The Meridian Courier (meridiancourier.example).

The outlet is described by rules (``meridian.toml``, shipped in this
package); the class below is what the ``newsparse.parsers`` entry point
names, so that newsparse finds it once the package is installed.
"""

from __future__ import annotations

import re
from importlib.resources import files

import attrs

from newsparse import Article, Document
from newsparse.rules import RulesParser

__all__ = ["MeridianParser"]

RULES = files(__name__) / "meridian.toml"
# "Page 2 of 3" under a long story; the rules drop the line as furniture.
_PAGE = re.compile(r"(?m)^Page (\d{1,3}) of \d{1,3}$")


class MeridianParser(RulesParser):
    """The Meridian Courier: section line, 'Published' dates on NZ time, credited captions."""

    def __init__(self) -> None:
        super().__init__(RULES)

    def parse(self, doc: Document) -> Article:
        article = super().parse(doc)
        # Rules set text fields; which page of a long story this is takes code.
        m = _PAGE.search(doc.text)
        if m is not None and int(m.group(1)) >= 1:
            article = attrs.evolve(article, page=int(m.group(1)))
        return article
