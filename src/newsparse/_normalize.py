"""Text normalisation: one place that decides what "the same text" means.

NFC; every line ending becomes ``\\n``; NBSP and the other Unicode spaces
become a plain space; zero-width characters, the BOM, control characters
and lone surrogates go; runs of white space in a line become one space.
Quotes and dashes are left as they are.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean_line", "normalize_text", "script_of", "word_count"]

# Spaces that become U+0020 (tab included: pasted tables and indents).
_SPACES = "\t\x0b\x0c\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Characters that carry nothing visible.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2028\u2029"
# Tabs and form feeds are spaces (above), not control characters to drop.
_CONTROL = "".join(chr(c) for c in range(0x20) if chr(c) not in "\n" + _SPACES) + "\x7f"
_TABLE = str.maketrans({**dict.fromkeys(_SPACES, " "), **dict.fromkeys(_INVISIBLE + _CONTROL)})
_RUNS = re.compile(r" {2,}")
_SURROGATES = re.compile("[\ud800-\udfff]")


def normalize_text(text: str) -> str:
    """Normalise a whole dump; lines are kept (stripped), blank lines stay blank."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # U+2028/2029 are line and paragraph separators: treat them as newlines.
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    if _SURROGATES.search(text):
        text = _SURROGATES.sub("", text)
    text = unicodedata.normalize("NFC", text.translate(_TABLE))
    return "\n".join(_RUNS.sub(" ", line).strip() for line in text.split("\n"))


def clean_line(text: str) -> str:
    """Normalise a short piece of text to one stripped line."""
    return _RUNS.sub(" ", normalize_text(text).replace("\n", " ")).strip()


def word_count(text: str) -> int:
    """Words in ``text``; each CJK character counts as half a word."""
    # A regex, not a per-character loop: this runs on every line, several times.
    cjk = len(_CJK.findall(text)) if not text.isascii() else 0
    if cjk:
        return len(text.split()) + cjk // 2
    return text.count(" ") + 1 if text else 0


_CJK = re.compile(
    "[\u4e00-\u9fff\u3400-\u4dbf\u3040-\u30ff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff]"
)


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (
        0x4E00 <= o <= 0x9FFF
        or 0x3400 <= o <= 0x4DBF
        or 0x3040 <= o <= 0x30FF
        or 0xAC00 <= o <= 0xD7AF
        or 0xF900 <= o <= 0xFAFF
        or 0x20000 <= o <= 0x2FFFF
    )


def script_of(text: str) -> str:
    """The dominant script of ``text``: ``"latin"``, ``"cjk"``, ``"other"`` or ``""``."""
    latin = cjk = other = 0
    for ch in text:
        if ch.isascii():
            if ch.isalpha():
                latin += 1
        elif _is_cjk(ch):
            cjk += 1
        elif ch.isalpha():
            if ord(ch) < 0x250:
                latin += 1
            else:
                other += 1
    best = max(latin, cjk, other)
    if best == 0:
        return ""
    if best == latin:
        return "latin"
    return "cjk" if best == cjk else "other"
