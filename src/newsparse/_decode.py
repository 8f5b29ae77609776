"""Bytes to text, without ever failing.

Order: a byte-order mark; then strict UTF-8; then the charset the document
declares (``<meta charset>`` or ``http-equiv``); then GB18030 when the bytes
are valid GB18030 and read as mostly CJK; finally Windows-1252 with
undecodable bytes replaced. The chosen encoding is returned for reporting.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["decode_bytes", "decode_bytes_exact", "looks_binary"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]{2,40})""", re.I
)
_XML_DECL = re.compile(rb"""<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_.\-]{2,40})""", re.I)
_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"%PDF", "PDF document"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip data"),
    (b"GIF8", "GIF image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"BZh", "bzip2 data"),
    (b"\x7fELF", "ELF binary"),
)
# Labels that browsers treat as another encoding (WHATWG encoding standard).
_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
    "utf-16": "utf-16-le",
}


def looks_binary(data: bytes) -> str | None:
    """A short description of ``data`` when it is clearly not text, else None."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    head = data[:4096]
    if head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        nuls = head.count(0)
        # UTF-16 without a BOM has NULs in every other byte; binary has them anywhere.
        if nuls and not _utf16_guess(head) and nuls / len(head) > 0.1:
            return "binary data"
    return None


def _utf16_guess(head: bytes) -> str | None:
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    half = max(1, len(head) // 2)
    if odd / half > 0.4 and even / half < 0.05:
        return "utf-16-le"
    if even / half > 0.4 and odd / half < 0.05:
        return "utf-16-be"
    return None


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    label = _ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


# The most frequent characters of Chinese text, simplified and traditional forms.
_COMMON_HAN = frozenset(
    "的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會可也你对對生能而"
    "子那得于於着著下自之年过過发發后後作里裡用道行所然家种種事成方多经經么麼去法学學如都同现現"
    "当當没沒动動面起看定天分还還进進好小部其些主样樣理心她本前开開但因只从從想实實日"
)


def _cjk_ratio(text: str) -> float:
    letters = [ch for ch in text[:20000] if ch.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for ch in letters if "\u4e00" <= ch <= "\u9fff") / len(letters)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data``; returns ``(text, encoding)``. Never raises."""
    text, encoding, _ = decode_bytes_exact(data)
    return text, encoding


def decode_bytes_exact(data: bytes) -> tuple[str, str, bool]:
    """:func:`decode_bytes`, and whether ``data`` is exactly ``text`` in UTF-8
    (then the HTML parser can read ``data`` without encoding ``text`` again)."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom) :].decode(name, errors="replace"), name, False
    guess = _utf16_guess(data[:4096]) if data[:4096].count(0) else None
    if guess:
        return data.decode(guess, errors="replace"), guess, False
    try:
        return data.decode("utf-8"), "utf-8", True
    except UnicodeDecodeError:
        pass
    text, encoding = _decode_other(data)
    return text, encoding, False


def _decode_other(data: bytes) -> tuple[str, str]:
    """Not UTF-8: the declared charset, Chinese sniffing, then a fallback."""
    head = data[:8192]
    match = _META_CHARSET.search(head) or _XML_DECL.search(head)
    if match:
        declared = _codec(match.group(1).decode("ascii", "replace"))
        if declared and declared not in ("utf-8", "utf-16-le", "utf-16-be"):
            try:
                return data.decode(declared), declared
            except UnicodeDecodeError:
                pass
    # Big5 bytes often decode as GB18030 too (and the reverse): keep the reading
    # that gives common Chinese characters rather than rare ones.
    best: tuple[int, str, str] | None = None
    for candidate in ("gb18030", "big5hkscs"):
        try:
            text = data.decode(candidate)
        except UnicodeDecodeError:
            continue
        if _cjk_ratio(text) > 0.2:
            score = sum(1 for ch in text[:20000] if ch in _COMMON_HAN)
            if best is None or score > best[0]:
                best = (score, text, candidate)
    if best is not None:
        return best[1], best[2]
    # Mostly UTF-8 with a few bad bytes beats a Windows-1252 mojibake of it.
    text = data.decode("utf-8", errors="replace")
    if text.count("\ufffd") * 200 < len(text):
        return text, "utf-8"
    return data.decode("cp1252", errors="replace"), "cp1252"
