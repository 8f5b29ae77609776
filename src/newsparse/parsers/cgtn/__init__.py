"""CGTN (news.cgtn.com): text dumps of the 2019 and 2022+ layouts."""

from __future__ import annotations

import re

from ..._engine.draft import Draft
from ..._engine.text import Profile
from ..._fields.dates import BEIJING
from ..._input.document import Document
from .._base import ProfileParser
from .text import SECTIONS, cgtn_header

__all__ = ["CGTNParser"]


class CGTNParser(ProfileParser):
    """CGTN's pages: section, ``GMT+8`` dates, credit line, ``/Xinhua`` captions."""

    name = "cgtn"
    profile = Profile("cgtn", cgtn_header, tz=BEIJING, sections=SECTIONS)
    url_cue = re.compile(r"(?i)\bcgtn\.com\b")
    cues = (
        (re.compile(r"\d{4}\.\d{2}\.\d{2} \d{2}:\d{2} GMT\+8"), 0.6, "GMT+8"),
        (re.compile(r"(?m)^(?:Updated )?\d{1,2}:\d{2}, \d{1,2}-[A-Z][a-z]{2}-\d{4}$"), 0.6, "-20"),
        (re.compile(r"(?m)^\d{4}-\d{2}-\d{2} \d{2}:\d{2} GMT\+8$"), 0.4, "GMT+8"),
        (re.compile(r"(?m)^CGTN(?:['’]s [A-Z].{2,40})?$"), 0.3, "CGTN"),
        (re.compile(r"opinions@cgtn\.com|\bcgtn\.com\b"), 0.4, "cgtn.com"),
        (re.compile(r"Our Privacy Statement & Cookie Policy"), 0.2, "Cookie Policy"),
        (re.compile(r"(?m) /(?:Xinhua|Reuters|VCG|CFP|CGTN|AP|AFP)(?: Photo)?$"), 0.2, " /"),
        (re.compile(r"(?m)^\(Cover (?:image |photo )?via .{2,40}\)$"), 0.2, "(Cover"),
        (re.compile(r"views of CGTN"), 0.3, "views of CGTN"),
        (re.compile(r'\{"type":\d+,"value":'), 0.4, '{"type"'),
    )
    meta_cues = (
        (re.compile(r"(?i)\bCGTN\b"), 0.4),
        (re.compile(r"(?i)\bcgtn\.com\b"), 0.4),
    )
    html_cues = (
        ("//*[@id='cmsMainContent']", 0.4, ("\ncmsMainContent\n",)),
        (
            "//*[contains(concat(' ', normalize-space(@class), ' '), ' news-title ')]",
            0.2,
            ("news-title",),
        ),
        (
            "//*[contains(concat(' ', normalize-space(@class), ' '), ' news-author ')]",
            0.1,
            ("news-author",),
        ),
    )

    def html_draft(self, doc: Document) -> Draft:
        from .html import cgtn_html

        return cgtn_html(doc)
