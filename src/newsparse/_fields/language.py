"""Language identification with py3langid, loaded on first use."""

from __future__ import annotations

from functools import cache
from typing import Any

__all__ = ["SAMPLE", "guess_language"]

#: The most text read. The identifier walks it byte by byte in Python (some 0.2 ms for
#: 400 characters); reading 2,500 changed no guess on the development data.
SAMPLE = 400
#: Below this many letters there is too little to tell.
_MIN_LETTERS = 10
#: The least probability (normalised over the identifier's languages) that is trusted.
#: On tests/fields/test_language.py every paragraph scores 0.82 or more, every wrong guess on a
#: shorter piece of one (2 to 16 words, 10 letters or more) 0.56 or less.
_THRESHOLD = 0.7
# Labels of py3langid that ISO 639-1 codes a macrolanguage for: Wu and Cantonese
# Chinese, Moroccan and Egyptian Arabic, Southern Uzbek, Southern Kurdish,
# Paraguayan Guarani, Nigerian Fulfulde.
_MACRO = {
    "wuu": "zh",
    "yue": "zh",
    "ary": "ar",
    "arz": "ar",
    "uzs": "uz",
    "sdh": "ku",
    "gug": "gn",
    "fuv": "ff",
}


@cache
def _identifier() -> Any:
    # numpy and the model take most of a second to load: only when first needed.
    from py3langid.langid import (
        MODEL_FILE,
        LanguageIdentifier,
    )

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def guess_language(text: str) -> str | None:
    """An ISO 639-1 code for ``text``, or None when it is too short or the guess unsure."""
    # Lower case: title-case lists (menus, product names) are read far more surely.
    sample = text[:SAMPLE].lower()
    if sum(map(str.isalpha, sample)) < _MIN_LETTERS:
        return None
    scores: dict[str, float] = {}
    for label, probability in _identifier().rank(sample):
        code = _MACRO.get(label, label)
        scores[code] = scores.get(code, 0.0) + probability
    code = max(scores, key=scores.__getitem__)
    # Labels of three letters have no ISO 639-1 code (Konkani, Ancient Greek, ...).
    if len(code) != 2 or scores[code] < _THRESHOLD:
        return None
    return code
