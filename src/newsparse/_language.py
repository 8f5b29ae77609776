"""A small, cheap language guess: script first, then common words."""

from __future__ import annotations

import re

__all__ = ["guess_language"]

_STOPWORDS = {
    "en": [
        "the",
        "and",
        "of",
        "to",
        "in",
        "is",
        "that",
        "for",
        "was",
        "with",
        "on",
        "said",
        "as",
        "by",
        "are",
        "have",
        "from",
        "it",
        "has",
    ],
    "de": [
        "der",
        "die",
        "und",
        "das",
        "ist",
        "nicht",
        "den",
        "mit",
        "von",
        "sich",
        "des",
        "ein",
        "eine",
        "auf",
        "für",
        "dem",
        "im",
        "zu",
    ],
    "fr": [
        "le",
        "la",
        "les",
        "et",
        "des",
        "est",
        "une",
        "dans",
        "pour",
        "que",
        "qui",
        "pas",
        "sur",
        "du",
        "au",
        "ne",
        "avec",
        "il",
    ],
    "es": [
        "el",
        "la",
        "los",
        "las",
        "y",
        "de",
        "que",
        "en",
        "por",
        "una",
        "con",
        "para",
        "del",
        "se",
        "es",
        "su",
        "al",
        "lo",
    ],
    "it": [
        "il",
        "di",
        "che",
        "è",
        "la",
        "per",
        "una",
        "sono",
        "con",
        "non",
        "del",
        "della",
        "gli",
        "le",
        "nel",
        "anche",
    ],
    "pt": [
        "o",
        "a",
        "os",
        "as",
        "e",
        "de",
        "que",
        "em",
        "um",
        "uma",
        "para",
        "com",
        "não",
        "do",
        "da",
        "no",
        "na",
        "se",
    ],
    "nl": [
        "de",
        "het",
        "een",
        "en",
        "van",
        "is",
        "dat",
        "op",
        "te",
        "in",
        "voor",
        "niet",
        "met",
        "zijn",
        "er",
    ],
}
_WORD = re.compile(r"[^\W\d_]+")


def guess_language(text: str) -> str | None:
    """An ISO 639-1 code for ``text``, or None when there is too little to tell."""
    sample = text[:5000]
    kana = hangul = han = cyrillic = arabic = latin = 0
    for ch in sample:
        o = ord(ch)
        if 0x3040 <= o <= 0x30FF:
            kana += 1
        elif 0xAC00 <= o <= 0xD7AF:
            hangul += 1
        elif 0x4E00 <= o <= 0x9FFF:
            han += 1
        elif 0x0400 <= o <= 0x04FF:
            cyrillic += 1
        elif 0x0600 <= o <= 0x06FF:
            arabic += 1
        elif ch.isalpha() and o < 0x250:
            latin += 1
    counts = {"ja": kana, "ko": hangul, "zh": han, "ru": cyrillic, "ar": arabic}
    best = max(counts, key=lambda k: counts[k])
    if counts[best] > latin:
        if best == "zh" and kana > han * 0.1:
            return "ja"
        return best if counts[best] >= 10 else None
    words = _WORD.findall(sample.lower())
    if len(words) < 20:
        return None
    scores = {lang: 0 for lang in _STOPWORDS}
    sets = {lang: frozenset(ws) for lang, ws in _STOPWORDS.items()}
    for word in words:
        for lang, ws in sets.items():
            if word in ws:
                scores[lang] += 1
    lang = max(scores, key=lambda k: scores[k])
    return lang if scores[lang] >= 0.1 * len(words) else None
