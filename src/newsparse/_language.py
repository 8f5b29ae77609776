"""A small, cheap language guess: script first, then common words."""

from __future__ import annotations

import re
from collections import Counter
from itertools import filterfalse

from ._normalize import chars

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
_STOPSETS = {lang: frozenset(ws) for lang, ws in _STOPWORDS.items()}
_ALL_STOP = frozenset().union(*_STOPSETS.values())
#: The languages whose stop words include each word.
_LANGS_OF = {w: [lang for lang, ws in _STOPSETS.items() if w in ws] for w in _ALL_STOP}
_WORD = re.compile(r"[^\W\d_]+")


# Runs of each script's characters, counted with chars().
_SCRIPTS = (
    ("ja", re.compile("[\u3040-\u30ff]+")),
    ("ko", re.compile("[\uac00-\ud7af]+")),
    ("zh", re.compile("[\u4e00-\u9fff]+")),
    ("ru", re.compile("[\u0400-\u04ff]+")),
    ("ar", re.compile("[\u0600-\u06ff]+")),
)
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]+")
_NON_LATIN = re.compile("[\u0400-\u06ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")


def guess_language(text: str) -> str | None:
    """An ISO 639-1 code for ``text``, or None when there is too little to tell."""
    sample = text[:2500]
    if sample.isascii() or not _NON_LATIN.search(sample):
        scripts = {"zh": 0}
        best, latin = "zh", 1
    else:
        latin = chars(_LATIN, sample)
        scripts = {code: chars(rx, sample) for code, rx in _SCRIPTS}
        best = max(scripts, key=lambda k: scripts[k])
    if scripts[best] > latin:
        if best == "zh" and scripts.get("ja", 0) > scripts["zh"] * 0.1:
            return "ja"
        return best if scripts[best] >= 10 else None
    # The words are the runs of letters. A token between spaces that is all
    # letters is one run (most are): only the others go through the regex,
    # whose class is slow to test. Order does not matter for counting.
    tokens = sample.lower().split()
    words = Counter(filter(str.isalpha, tokens))
    odd = " ".join(filterfalse(str.isalpha, tokens))
    if odd:
        words.update(_WORD.findall(odd))
    total = sum(words.values())
    if total < 20:
        return None
    # Each stop word found adds its count to its languages (one set intersection).
    scores = dict.fromkeys(_STOPSETS, 0)
    for w in _ALL_STOP.intersection(words):
        n = words[w]
        for code in _LANGS_OF[w]:
            scores[code] += n
    lang = max(scores, key=lambda k: scores[k])
    return lang if scores[lang] >= 0.1 * total else None
