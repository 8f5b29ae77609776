"""The fallback parser for any other outlet."""

from __future__ import annotations

from .._engine.headers import generic_header
from .._engine.text import Profile
from .._input.document import Document
from ._base import ProfileParser

__all__ = ["GenericParser"]


class GenericParser(ProfileParser):
    """Any outlet: title and deck, ``By`` lines, dates, credited captions.

    HTML pages go to the markup-aware extractor (JSON-LD, meta tags, main
    text by link density and tags); text dumps to the line engine.
    """

    name = "generic"
    profile = Profile("generic", generic_header, standfirst_before_image=True, lone_crumb=False)

    def detect(self, doc: Document) -> float:
        # Always a candidate, never ahead of a parser that recognises its outlet.
        return 0.1
