"""CGTN (news.cgtn.com): text dumps of the 2019 and 2022+ layouts."""

from __future__ import annotations

import re

from ..._engine.draft import Draft
from ..._engine.text import Profile
from ..._fields import furniture as _furniture
from ..._fields.dates import BEIJING
from ..._input.document import Document
from .._base import ProfileParser
from .._zh import ChinesePages
from .text import SECTIONS, cgtn_header

__all__ = ["CGTN_FURNITURE", "CGTNParser"]

#: Page furniture of CGTN's dumps, on top of the common patterns.
CGTN_FURNITURE: tuple[_furniture.Rule, ...] = (
    # Related stories' data: lists of credit objects, or pieces of them, cut anywhere.
    (
        "furniture.story-json",
        re.compile(r'^[\[,]*\s*\{\s*"(?:type|value|commentator|editor)"\s*:'),
    ),
    # The machine-translation widget: its status and the service's disclaimer.
    (
        "furniture.translation",
        re.compile(
            r"(?i)^(?:translating\W*|translat(?:ed|ion) (?:by|powered by) [\w .-]{2,40}|"
            r"powered by [\w .-]{2,30} translat\w*|show original|original text|"
            r"rate this translation)$"
        ),
    ),
    # The service's disclaimer: a machine translation, for reference, no liability.
    (
        "furniture.translation-disclaimer",
        re.compile(
            r"(?i)^(?=.{0,400}$)(?=.*\btranslat)"
            r"(?=.*\b(?:machine|automatic\w*|third-party|AI|Google|Microsoft|DeepL|Bing)\b)"
            r"(?=.*(?:\bfor reference only\b|\bdisclaim|\b(?:not|no|cannot|can't)\b.{0,40}"
            r"\b(?:guarantee|responsib|liab|accura)))"
        ),
        ("translat",),
    ),
    # The video player when it fails: "Error loading player: No playable sources found".
    (
        "furniture.player-error",
        re.compile(
            r"(?i)^(?:error loading (?:player|media|video)\b.*|"
            r"this video (?:file )?cannot be played\W.*|error code: ?\d+)$"
        ),
    ),
)


class CGTNParser(ChinesePages, ProfileParser):
    """CGTN's pages: section, ``GMT+8`` dates, credit line, ``/Xinhua`` captions."""

    name = "cgtn"
    profile = Profile(
        "cgtn",
        cgtn_header,
        tz=BEIJING,
        sections=SECTIONS,
        furniture=_furniture.LINE + CGTN_FURNITURE,
    )
    url_cue = re.compile(r"(?i)\bcgtn\.com\b")
    cues = (
        # The Chinese sites: CGTN named in the source line.
        (re.compile(r"[来來]源\s*[:：]\s*(?:CGTN|中[国國][国國][际際][电電][视視]台)"), 0.6, "源"),
        (re.compile(r"中[国國][国國][际際][电電][视視]台"), 0.3, "台"),
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
        # Under the story: its sources, and the distance widget ("8150km to Beijing").
        (re.compile(r"(?m)^Source\(s\): \S"), 0.3, "Source(s)"),
        (re.compile(r"(?m)^[\d,]{2,6} ?km to Beijing$"), 0.3, "km to Beijing"),
    )
    meta_cues = (
        (re.compile(r"中[国國][国國][际際][电電][视視]台"), 0.6),
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
