"""Language identification with py3langid's model, loaded on first use."""

from __future__ import annotations

import math
import unicodedata
from array import array
from collections import Counter
from functools import cache
from itertools import islice
from typing import Any, NamedTuple

__all__ = ["SAMPLE", "guess_language"]

#: The most text read. Reading 2,500 changed no guess on the development data.
SAMPLE = 400
#: The bytes read first: when they give one code a probability of _SURE or more, the
#: rest of the sample is not read. On the development data and the test paragraphs
#: (1,547 samples) 96% stop there, and the answer of the whole sample is the same for
#: every one; the surest first answer that the whole sample changes scores 0.31.
_FIRST = 200
_SURE = 0.99
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


class _Model(NamedTuple):
    """py3langid's model, read by :func:`guess_language` directly.

    ``LanguageIdentifier.rank`` multiplies half-precision weights in NumPy's slow
    mixed-precision loop and sorts every language. This walks the same automaton over
    the same bytes, multiplies the same weights in single precision (a copy: 57 MB
    instead of 28) and sums the probabilities of each ISO 639-1 code (``column`` maps
    a label's column to its code in ``codes``): the library's probabilities, and the
    walk can stop part-way and go on.
    """

    nextmove: Any  # array.array: the automaton's transitions, row by row
    rowbase: array[int]  # the offset of each state's row in ``nextmove``
    output: array[int]  # the feature each state emits, or -1
    weights: Any  # numpy float32 (features x labels): log P(feature | label)
    prior: Any  # numpy float32 (labels): log P(label)
    column: Any  # numpy intp (labels): the index of each label's code in ``codes``
    codes: tuple[str, ...]


@cache
def _identifier() -> _Model:
    # numpy and the model take most of a second to load: only when first needed.
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE)
    codes: dict[str, int] = {}
    column = [codes.setdefault(_MACRO.get(c, c), len(codes)) for c in ident.nb_classes]
    return _Model(
        ident.tk_nextmove,
        array("I", [r << 8 for r in ident.tk_row]),
        array("i", ident.tk_output),
        ident.nb_ptc.astype(np.float32),  # NumPy multiplies float16 slowly
        ident.nb_pc,
        np.asarray(column, dtype=np.intp),
        tuple(codes),
    )


def _walk(model: _Model, data: bytes, state: int, counts: Counter[int]) -> int:
    """Count the model's byte n-grams in ``data`` from ``state``; the state at its end."""
    nextmove, rowbase, output = model.nextmove, model.rowbase, model.output
    found = []
    for byte in data:
        state = nextmove[rowbase[state] + byte]
        feature = output[state]
        if feature >= 0:
            found.append(feature)
    counts.update(found)
    return state


def _probabilities(model: _Model, counts: Counter[int], size: int) -> Any:
    """The probability of each code given the n-grams of ``size`` bytes (py3langid's
    naive Bayes scores, normalised)."""
    import numpy as np

    if counts:
        rows = np.fromiter(counts.keys(), dtype=np.intp, count=len(counts))
        seen = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        scores = np.log1p(seen) @ model.weights[rows] + model.prior
        # A temperature of sqrt(bytes) keeps the softmax calibrated across lengths.
        scores *= np.float32(1.0 / math.sqrt(size))
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
    else:
        scores = np.full(len(model.column), 1.0 / len(model.column), dtype=np.float32)
    return np.bincount(model.column, weights=scores, minlength=len(model.codes))


def guess_language(text: str) -> str | None:
    """An ISO 639-1 code for ``text``, or None when it is too short or the guess unsure."""
    # Lower case: title-case lists (menus, product names) are read far more surely.
    sample = text[:SAMPLE].lower()
    if next(islice(filter(str.isalpha, sample), _MIN_LETTERS - 1, None), None) is None:
        return None  # fewer than _MIN_LETTERS letters (counting stops at the last one)
    if not sample.isascii():
        sample = unicodedata.normalize("NFC", sample)
    data = sample.encode("utf-8", "surrogatepass")
    model = _identifier()
    counts: Counter[int] = Counter()
    state = _walk(model, data[:_FIRST], 0, counts)
    probabilities = _probabilities(model, counts, min(len(data), _FIRST))
    if len(data) > _FIRST and probabilities.max() < _SURE:
        _walk(model, data[_FIRST:], state, counts)  # the same walk as over all of it
        probabilities = _probabilities(model, counts, len(data))
    best = int(probabilities.argmax())
    code = model.codes[best]
    # Labels of three letters have no ISO 639-1 code (Konkani, Ancient Greek, ...).
    if len(code) != 2 or probabilities[best] < _THRESHOLD:
        return None
    return code
