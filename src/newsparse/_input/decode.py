"""Bytes to text, without ever failing.

Order: a byte-order mark; UTF-16 without one; strict UTF-8; the charset the
document declares (``<meta charset>``, ``http-equiv`` or the XML declaration),
when it names a text encoding and the bytes are valid in it; UTF-8 with a few
bad bytes; then a guess by charset-normalizer over the text of the page,
which raises :class:`~newsparse.EncodingGuessedWarning`. The chosen encoding
is returned for reporting.
"""

from __future__ import annotations

import codecs
import re
import warnings

from .._errors import EncodingGuessedWarning

__all__ = ["codec_for", "decode_bytes", "decode_bytes_exact", "looks_binary"]

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
# Labels that browsers know and Python does not.
_LABELS = {
    "x-gbk": "gbk",
    "x-sjis": "shift_jis",
    "windows-874": "cp874",
    "x-mac-cyrillic": "mac-cyrillic",
}
# Encodings that browsers read as a superset (WHATWG encoding standard), by codec name.
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "big5": "big5hkscs",
    "shift_jis": "cp932",
    "euc_kr": "cp949",
    "tis-620": "cp874",
    "iso8859-11": "cp874",
    "iso8859-9": "cp1254",
    "utf-16": "utf-16-le",
}


# What charset-normalizer may answer: the legacy encodings of the web (WHATWG).
_WEB_ENCODINGS = (
    *(f"cp{n}" for n in range(1250, 1259)),
    *(f"iso8859_{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)),
    "cp874",
    "cp866",
    "koi8_r",
    "koi8_u",
    "mac_cyrillic",
    "shift_jis",
    "cp932",
    "euc_jp",
    "euc_kr",
    "cp949",
    "gb2312",
    "gbk",
    "gb18030",
    "big5",
    "big5hkscs",
)
# How much worse (charset-normalizer's "chaos", 0 to 1) a reading may be and still tie.
_NEAR = 0.1
# Languages written in the Latin script, whose legacy encodings differ in a few letters
# only (Polish ą is 0xB9 in cp1250 and š in ISO-8859-2): the letters beyond ASCII that
# each uses, and the HTML standard's default encoding for its locale. By the language
# names of charset-normalizer.
_LATIN = {
    "Polish": ("cp1250", "ąćęłńóśźż"),
    "Czech": ("cp1250", "áčďéěíňóřšťúůýž"),
    "Slovak": ("cp1250", "áäčďéíĺľňóôŕšťúýž"),
    "Hungarian": ("cp1250", "áéíóöőúüű"),
    "Slovene": ("cp1250", "čšž"),
    "Croatian": ("cp1250", "čćđšž"),
    "Romanian": ("cp1250", "ăâîșțşţ"),
    "Turkish": ("cp1254", "âçğıîöşü"),
    "Lithuanian": ("cp1257", "ąčęėįšųūž"),
    "Estonian": ("cp1257", "äõöšüž"),
    "English": ("cp1252", ""),
    "Indonesian": ("cp1252", ""),
    "German": ("cp1252", "äöüß"),
    "French": ("cp1252", "àâæçèéêëîïôùûüÿœ"),
    "Spanish": ("cp1252", "áéíñóúü"),
    "Portuguese": ("cp1252", "àáâãçéêíóôõú"),
    "Italian": ("cp1252", "àèéìíîòóùú"),
    "Dutch": ("cp1252", "éëïóöü"),
    "Swedish": ("cp1252", "äåéö"),
    "Norwegian": ("cp1252", "åæéø"),
    "Danish": ("cp1252", "åæéø"),
    "Finnish": ("cp1252", "äåö"),
}
# ISO 8859 twins of Windows code pages whose letters differ.
_ISO_TWIN = {"cp1250": "iso8859_2", "cp1257": "iso8859_13"}
_TAG = re.compile(rb"<[^<>]{0,2000}>")
_SCAN = 1 << 20
_SAMPLE = 1 << 15
_SAFE_CUTS = (b"\n", b" ", b",", b".")


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


# Text codecs that are no character set: they turn escapes or host names into text.
_NOT_CHARSETS = frozenset(
    ["undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode", "utf-7", "charmap"]
)


def codec_for(label: str) -> str | None:
    """The Python codec for a charset label, or None for no character set."""
    label = label.strip().lower()
    try:
        info = codecs.lookup(_LABELS.get(label, label))
    except LookupError:
        return None
    # hex, base64, bz2, zlib, uu, rot13, quopri: bytes-to-bytes or str-to-str codecs.
    if not info._is_text_encoding or info.name in _NOT_CHARSETS:
        return None
    return _SUPERSETS.get(info.name, info.name)


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
    declared = _declared(data[:8192])
    if declared:
        try:
            return data.decode(declared), declared, False
        except (UnicodeError, LookupError):
            pass
    text = data.decode("utf-8", errors="replace")
    if _mostly_utf8(text):
        return text, "utf-8", False
    encoding = _detect(data) or "cp1252"
    # decode_bytes_exact < load < parse < the caller.
    warnings.warn(
        f"no usable charset declared; the encoding was guessed: {encoding}",
        EncodingGuessedWarning,
        stacklevel=4,
    )
    return data.decode(encoding, errors="replace"), encoding, False


def _declared(head: bytes) -> str | None:
    """The codec of the charset ``head`` declares, unless UTF-8/16 (already tried)."""
    match = _META_CHARSET.search(head) or _XML_DECL.search(head)
    if not match:
        return None
    declared = codec_for(match.group(1).decode("ascii", "replace"))
    if declared in ("utf-8", "utf-16-le", "utf-16-be"):
        return None
    return declared


def _mostly_utf8(text: str) -> bool:
    """UTF-8 with a few bad bytes: the valid multi-byte sequences outweigh them.

    Text in a legacy encoding seldom forms valid UTF-8 sequences: read as
    UTF-8, its non-ASCII letters are (almost) all U+FFFD."""
    bad = text.count("\ufffd")
    # Bytes past the first of each multi-byte character; U+FFFD (3 bytes) adds 2.
    valid = len(text.encode("utf-8")) - len(text) - 2 * bad
    return valid > bad


def _detect(data: bytes) -> str | None:
    """The encoding charset-normalizer finds for the text of ``data``, or None."""
    # Imported on the first guess: most input is UTF-8 and never needs it.
    from charset_normalizer import from_bytes

    sample = _text_sample(data)
    try:
        matches = list(
            from_bytes(sample, cp_isolation=list(_WEB_ENCODINGS), preemptive_behaviour=False)
        )
    except Exception:  # decoding never fails: a detector's bug must not stop a batch
        return None
    if not matches:
        return None
    best = matches[0]
    latin = _LATIN.get(best.language or "")
    if latin is None:
        return codec_for(best.encoding) or "cp1252"
    # Close readings of Latin-script text tie on charset-normalizer's measures, which may
    # also skip the right one: take the reading with the most letters of the language,
    # then the locale's encoding (Windows-1252 when no reading has any: the language
    # was a guess too).
    default, letters = latin
    readings = [(m.could_be_from_charset, str(m)) for m in matches if m.chaos <= best.chaos + _NEAR]
    for encoding in (default, _ISO_TWIN.get(default)):
        if encoding and not any(encoding in names for names, _ in readings):
            readings.append(([encoding], sample.decode(encoding, errors="replace")))
    counts = [sum(map(text.lower().count, letters)) for _, text in readings]
    top = max(counts)
    if top == 0:
        default = "cp1252"
    tied = [names for (names, _), n in zip(readings, counts, strict=True) if n == top]
    names = next((names for names in tied if default in names), tied[0])
    return codec_for(default if default in names else names[0]) or "cp1252"


def _text_sample(data: bytes) -> bytes:
    """The lines of ``data`` that hold non-ASCII bytes, tags left out, at most _SAMPLE bytes.

    In every encoding tried, bytes below 0x40 other than digits are never part
    of a multi-byte character, so cutting after one keeps characters whole."""
    lines = _TAG.sub(b"\n", data[:_SCAN]).split(b"\n")
    sample = b"\n".join(line for line in lines if not line.isascii())
    if not sample:  # non-ASCII only inside tags (alt="...")
        sample = b"\n".join(line for line in data[:_SCAN].split(b"\n") if not line.isascii())
    if len(sample) <= _SAMPLE:
        return sample
    cut = max(sample.rfind(b, 0, _SAMPLE) for b in _SAFE_CUTS)
    return sample[: cut + 1] if cut > 0 else sample[:_SAMPLE]
