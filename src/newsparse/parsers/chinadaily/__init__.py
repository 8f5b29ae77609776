"""China Daily (www/global/usa/europe.chinadaily.com.cn): text dumps."""

from __future__ import annotations

import re

from ..._engine.text import Profile
from ..._fields import furniture as _furniture
from ..._fields.captions import CAPTION_PATTERNS, CaptionPattern
from ..._fields.dates import BEIJING
from ..._input.document import Document
from ..._model import Article
from .._base import ProfileParser
from .text import chinadaily_header

__all__ = ["CHINADAILY_CAPTIONS", "CHINADAILY_CLOSING", "CHINADAILY_FURNITURE", "ChinaDailyParser"]

#: Page furniture of China Daily's dumps, on top of the common patterns.
CHINADAILY_FURNITURE: tuple[_furniture.Rule, ...] = (
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

#: Credit-only image lines with a bar: "ZHOU LIN | China Daily".
CHINADAILY_CAPTIONS: tuple[CaptionPattern, ...] = (
    *CAPTION_PATTERNS,
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
#: contact line, a bare e-mail address.
CHINADAILY_CLOSING = re.compile(
    r"(?i)^(?:the (?:authors?|writers?) (?:is|are|was|were)\b.*"
    r"|(?:contact|e-?mail|write to|reach) (?:the )?(?:writers?|authors?|reporters?|"
    r"correspondents?|him|her|them)\b.{0,80}@[\w-]+(?:\.[\w-]+)+\W?"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?:\s*(?:[,;/]|and)\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+)*\.?)$"
)


class ChinaDailyParser(ProfileParser):
    """China Daily's pages: breadcrumb, info line, ``[Photo/...]`` captions."""

    name = "chinadaily"
    profile = Profile(
        "chinadaily",
        chinadaily_header,
        tz=BEIJING,
        captions=CHINADAILY_CAPTIONS,
        furniture=_furniture.LINE + CHINADAILY_FURNITURE,
        closing=CHINADAILY_CLOSING,
        credit_text_adjacent_only=True,
    )
    url_cue = re.compile(r"(?i)\bchinadaily\.com\.cn\b")
    cues = (
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
    meta_cues = ((re.compile(r"(?i)chinadaily\.com\.cn|\bChina Daily\b"), 0.6),)
    html_cues = (
        ("//*[contains(concat(' ', normalize-space(@class), ' '), ' info_l ')]", 0.4, ("info_l",)),
        (
            "//*[@id='lft-art'] | //div[contains(@class,'lft_art') or contains(@class,'main_art')]",
            0.3,
            ("\nlft-art\n", "lft_art", "main_art"),
        ),
        ("//*[@id='Content']", 0.1, ("\nContent\n",)),
    )

    def parse_html(self, doc: Document) -> Article:
        from .html import chinadaily_html

        return chinadaily_html(doc, self.name)
