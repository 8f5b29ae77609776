"""Text normalisation: one place that decides what "the same text" means.

NFC; every line ending becomes ``\\n``; NBSP and the other Unicode spaces
become a plain space; zero-width characters, the BOM, control characters
and lone surrogates go; runs of white space in a line become one space.
Quotes and dashes are left as they are.
"""

from __future__ import annotations

import operator
import re
import unicodedata

__all__ = [
    "SENTENCE_MARKS",
    "chars",
    "clean_line",
    "count",
    "normal_lines",
    "normalize_text",
    "script_of",
    "unspaced",
    "word_count",
]

#: The marks that end a sentence, in the scripts that have their own: ``.!?…``, CJK
#: ``。！？``, the danda of Devanagari and Bengali ``।॥``, Arabic and Urdu ``؟۔``,
#: Ethiopic ``።``, Myanmar ``။``, Khmer ``។``, Armenian ``։``.
SENTENCE_MARKS = ".!?。！？…।॥؟۔።။។։"

# Characters that carry nothing visible: zero-width, BOM, soft hyphen, C0/C1 controls.
# (Unicode spaces need no list: ``str.split()`` treats them all as white space.)
_INVISIBLE = "\u200b\u2060\ufeff\u00ad\u180e"
# The zero-width non-joiner and joiner shape the letters of Persian, Arabic and the
# scripts of India (``می‌شود``, ``راه‌آهن``): kept between two of their letters, they
# go elsewhere (a mark inside a Latin word, at a line's end).
_JOINING = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc\u0900-\u0dff"
_STRAY_JOINER = re.compile(f"(?<![{_JOINING}])[\u200c\u200d]|[\u200c\u200d](?![{_JOINING}])")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def normalize_text(text: str) -> str:
    """Normalise a whole dump; lines are kept (stripped), blank lines stay blank."""
    # No space opens or ends a line: scans in C, cheaper than lines for a short text.
    if (
        _plain(text)
        and not (" \n" in text or "\n " in text)
        and text[:1] != " "
        and text[-1:] != " "
    ):
        return text
    return _rebuilt(text)[0]


def normal_lines(text: str) -> tuple[str, list[str]]:
    """:func:`normalize_text` of ``text``, and its lines (the text split on ``\\n``)."""
    if _plain(text):
        lines = text.split("\n")
        # The plain space is then the only white space: str.strip gives back the line
        # itself when none opens or ends it (two scans of a dump for " \n" and "\n "
        # cost six times more than this pass over lines that are needed anyway).
        if all(map(operator.is_, lines, map(str.strip, lines))):
            return text, lines
    return _rebuilt(text)


def _plain(text: str) -> bool:
    """Printable characters and "\\n" only (no control, invisible, surrogate or white
    space but the plain space), already NFC, and no two spaces in a row: normal as it
    is, unless a space opens or ends a line. A few scans in C."""
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        return (
            text.replace("\n", "").isprintable()
            and unicodedata.is_normalized("NFC", text)
            and "  " not in text
        )
    # Latin-1 text (ASCII too) is NFC whatever it holds, and its bytes are its
    # characters: deleting the printable ones and "\n" is one pass, a third of the time
    # of str.isprintable() on a copy without newlines.
    return not data.translate(None, _LATIN1_KEPT) and "  " not in text


#: The Latin-1 characters that str.isprintable() accepts, and "\n", as bytes.
_LATIN1_KEPT = bytes(c for c in range(256) if chr(c).isprintable() or c == 0x0A)


def _rebuilt(text: str) -> tuple[str, list[str]]:
    """The normal text and its lines, made line by line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _CONTROLS.search(text):
        text = _CONTROLS.sub("", text)
    if not text.isascii():
        # U+2028/2029 are line and paragraph separators: treat them as newlines.
        text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
        try:
            text.encode("utf-8")  # fails only on lone surrogates; fast in C
        except UnicodeEncodeError:
            text = _SURROGATES.sub("", text)
        for ch in _INVISIBLE:
            if ch in text:
                text = text.replace(ch, "")
        if "\u200c" in text or "\u200d" in text:
            text = _STRAY_JOINER.sub("", text)
        if not unicodedata.is_normalized("NFC", text):
            text = unicodedata.normalize("NFC", text)
    # split() splits on every Unicode space (NBSP, U+3000 ...): one C call per line.
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(lines), lines


def clean_line(text: str) -> str:
    """Normalise a short piece of text to one stripped line."""
    return " ".join(normalize_text(text).split())


_CJK = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002ffff]"
)
# Scripts that print no space between words: Thai, Lao, Myanmar, Khmer.
_UNSPACED = re.compile("[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")
# Han and kana print no space between words; Hangul does, so its spaces count its words.
_UNSPACED_CJK = re.compile(
    "[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]"
)
# Either kind: a line with neither counts its words by its spaces alone.
_WIDE = re.compile(_UNSPACED_CJK.pattern[:-1] + _UNSPACED.pattern[1:])
#: About how many characters make a word of those scripts (vowel and tone marks included).
_UNSPACED_WORD = 5
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_LETTER = re.compile(r"[^\W\d_]")
_NON_LATIN = re.compile("[^\x00-\u024f\u2000-\u206f]")
# The same classes as runs, for counting characters (see chars()).
_CJK_RUN = re.compile(_CJK.pattern + "+")
_UNSPACED_CJK_RUN = re.compile(_UNSPACED_CJK.pattern + "+")
_UNSPACED_RUN = re.compile(_UNSPACED.pattern + "+")
_LATIN_RUN = re.compile(_LATIN.pattern + "+")
_LETTER_RUN = re.compile(_LETTER.pattern + "+")


def word_count(text: str) -> int:
    """Words in ``text``; each Chinese or Japanese character counts as half a word, a
    Korean word by its spaces like a Latin one, and a Thai, Lao,
    Myanmar or Khmer run (no spaces between words) one word every five characters."""
    if not text:
        return 0
    words = text.count(" ") + 1
    if not text.isascii() and _WIDE.search(text):
        words += chars(_UNSPACED_CJK_RUN, text) // 2
        if _UNSPACED.search(text):  # (rare: a CJK line is not counted twice over)
            words += chars(_UNSPACED_RUN, text) // _UNSPACED_WORD
    return words


def unspaced(text: str) -> bool:
    """Whether ``text`` is in a script that prints no space between words, nor often
    a mark at a sentence's end (Thai, Lao): its prose is told by length alone."""
    return not text.isascii() and _UNSPACED.search(text) is not None


def count(pattern: re.Pattern[str], text: str) -> int:
    """How many times ``pattern`` matches ``text`` (counted in C)."""
    return pattern.subn("", text)[1]


def chars(run: re.Pattern[str], text: str) -> int:
    """How many characters of ``text`` are in the class that ``run`` (``[...]+``) repeats.

    Matching runs rather than single characters: a match per word, not per letter.
    """
    return sum(map(len, run.findall(text)))


def script_of(text: str) -> str:
    """The dominant script of ``text``: ``"latin"``, ``"cjk"``, ``"other"`` or ``""``."""
    if text.isascii() or not _NON_LATIN.search(text):
        return "latin" if _LATIN.search(text) else ""
    letters = chars(_LETTER_RUN, text)
    if not letters:
        return ""
    latin = chars(_LATIN_RUN, text)
    cjk = chars(_CJK_RUN, text) if _CJK.search(text) else 0
    other = letters - latin - cjk
    best = max(latin, cjk, other)
    if best == latin:
        return "latin"
    return "cjk" if best == cjk else "other"
