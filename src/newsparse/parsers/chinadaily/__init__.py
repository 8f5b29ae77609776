"""China Daily (www/global/usa/europe.chinadaily.com.cn): text dumps."""

from __future__ import annotations

import re

from ..._engine.draft import Draft
from ..._engine.text import Profile
from ..._fields.dates import BEIJING
from ..._input.document import Document
from .._base import ProfileParser
from .._zh import ChinesePages
from .text import chinadaily_header

__all__ = ["ChinaDailyParser"]


class ChinaDailyParser(ChinesePages, ProfileParser):
    """China Daily's pages: breadcrumb, info line, ``[Photo/...]`` captions."""

    name = "chinadaily"
    # China Daily's own line rules run in its header strategy (see .lines).
    profile = Profile("chinadaily", chinadaily_header, tz=BEIJING)
    url_cue = re.compile(r"(?i)\bchinadaily\.com\.cn\b")
    cues = (
        # The Chinese site: its name in the source line or the page's furniture.
        (re.compile(r"[来來]源\s*[:：]\s*中[国國]日[报報]"), 0.6, "源"),
        (re.compile(r"中[国國]日[报報][网網]"), 0.3, "日"),
        (re.compile(r"(?m)^[A-Z][\w &'-]{1,30} > (?:[\w &'-]{1,30} >)*\s*$"), 0.4, " >"),
        (re.compile(r"\| Updated: \d{4}-\d{2}-\d{2} \d{2}:\d{2}"), 0.6, "| Updated:"),
        (re.compile(r"(?m)^Source: [^|\n]{2,40} \| \d{4}-\d{2}-\d{2}$"), 0.5, "Source:"),
        (re.compile(r"\[Photo(?:/| by | provided)"), 0.3, "[Photo"),
        (re.compile(r"chinadaily\.com\.cn"), 0.4, "chinadaily.com.cn"),
        (re.compile(r"(?m)^\d{7,}(?: \d{7,})+$"), 0.3),
        (
            re.compile(r"The views don't necessarily reflect those of China Daily"),
            0.4,
            "The views don't",
        ),
    )
    meta_cues = (
        (re.compile(r"中[国國]日[报報]"), 0.6),
        (re.compile(r"(?i)chinadaily\.com\.cn|\bChina Daily\b"), 0.6),
    )
    html_cues = (
        ("//*[contains(concat(' ', normalize-space(@class), ' '), ' info_l ')]", 0.4, ("info_l",)),
        (
            "//*[@id='lft-art'] | //div[contains(@class,'lft_art') or contains(@class,'main_art')]",
            0.3,
            ("\nlft-art\n", "lft_art", "main_art"),
        ),
        ("//*[@id='Content']", 0.1, ("\nContent\n",)),
    )

    def html_draft(self, doc: Document) -> Draft:
        from .html import chinadaily_html

        return chinadaily_html(doc)
