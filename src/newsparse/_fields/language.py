"""Language identification with py3langid, loaded on first use."""

from __future__ import annotations

import array
import contextlib
import math
import unicodedata
from collections import Counter
from functools import cache
from itertools import islice
from operator import itemgetter
from typing import Any

__all__ = ["SAMPLE", "guess_language"]

#: The most text read. Reading 2,500 changed no guess on the development data.
SAMPLE = 400
#: The bytes read first: when they give one code a probability of _SURE or more, the
#: rest of the sample is not read. On the development data and the test paragraphs
#: (1,547 samples) 96% stop there, and the answer of the whole sample is the same for
#: every one; the surest first answer that the whole sample changes scores 0.31.
_FIRST = 200
_SURE = 0.99
#: The bytes read before _FIRST: 70% of the development samples are sure there, every
#: one with the answer of the whole sample (the walk goes on from there for the rest).
_EARLY = 100
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
# The codes that several labels give (their probabilities are summed).
_GROUPED = frozenset(_MACRO.values())


# Tried and left out (December 2026): remembering the walk a word at a time, by the
# automaton's state and the word (the same counts), found 28% of the words of unseen
# articles remembered and made a call slower; it only pays on dumps parsed again, as
# benchmarks/text_floor.py parses them. Nor does a script settle the answer: random
# Hangul samples of 10 to 400 letters are 'ko' or unsure (None), not always 'ko'.
@cache
def _identifier() -> Any:
    # numpy and the model take most of a second to load: only when first needed.
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    # The model's feature weights are stored as float16: numpy multiplies them by the
    # float32 counts without BLAS, some 30 µs a call; as float32 (the same values,
    # some 30 MB more) the product is one BLAS call of 3 µs, with the same sums.
    table = identifier.nb_ptc
    if getattr(table, "dtype", None) == np.float16:
        identifier.nb_ptc = table.astype(np.float32)
    # The byte automaton's row offsets and outputs are lists of 104,583 ints, each an
    # object of its own somewhere in memory: a step of the walk reads the list, then the
    # int. As arrays of C ints (the same values) it reads one place, and within a parse,
    # whose other work pushes the tables out of the caches, a call takes some 10% less.
    for name in ("_rowbase", "tk_output"):
        values = getattr(identifier, name, None)
        if isinstance(values, list):
            with contextlib.suppress(OverflowError, TypeError):
                setattr(identifier, name, array.array("i", values))
    # Its table of moves (39 MB) is read at random, a place a byte: numpy asks the kernel
    # for huge pages for a buffer that large, which spares most of the page-table walks
    # (the same values, read through a memoryview as from the array; some 10% off a
    # call within a parse).
    moves = getattr(identifier, "tk_nextmove", None)
    if isinstance(moves, array.array) and moves.typecode == "I":
        identifier.tk_nextmove = np.array(moves, dtype=np.uint32).data
    return identifier


class _Reader:
    """One sample's walk of py3langid's byte automaton, resumed as more bytes are read.

    py3langid walks its automaton over the bytes it is given from the start at every
    call; the first bytes of a sample, then more of it, would be walked again. The
    reader keeps the walk's state and feature counts, and walks on from where it
    stopped when the bytes asked are the ones walked and more (else it starts again).
    The scores are py3langid's own: the same counts in the same order (a Counter fed
    in the walk's order), then its ``_decide`` (checked by the tests against it).
    """

    __slots__ = ("counts", "done", "identifier", "state")

    def __init__(self) -> None:
        self.identifier = _identifier()
        self.done = b""
        self.state = 0
        self.counts: Counter[int] = Counter()

    def _walk(self, data: bytes) -> bytes:
        text: bytes = self.identifier._encode(data)
        if not text.startswith(self.done):
            self.done, self.state, self.counts = b"", 0, Counter()
        ident = self.identifier
        moves, rows, outputs = ident.tk_nextmove, ident._rowbase, ident.tk_output
        state = self.state
        found: list[int] = []
        append = found.append
        for letter in text[len(self.done) :]:  # py3langid's visit_counts, resumed
            state = moves[rows[state] + letter]
            feature = outputs[state]
            if feature >= 0:
                append(feature)
        self.counts.update(found)
        self.done, self.state = text, state
        return text

    def _decide(self, data: bytes) -> Any:
        """py3langid's ``_decide`` (normalised probabilities) of ``data``."""
        import numpy as np

        text = self._walk(data)
        ident = self.identifier
        if self.counts:
            scores = ident._sparse_score(self.counts, ident.nb_ptc)
        else:  # no feature: py3langid's fill, a uniform guess
            scores = np.zeros(len(ident.nb_classes), dtype=np.float32)
        scores *= 1.0 / math.sqrt(len(text) or 1)
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
        for i, j in ident._alias_pairs:
            scores[i] += scores[j]
            scores[j] = 0.0
        return scores

    def classify(self, data: bytes) -> tuple[str, float]:
        """py3langid's ``classify``: the top label and its probability."""
        if not _resumable(self.identifier):
            label, probability = self.identifier.classify(data)
            return label, float(probability)
        scores = self._decide(data)
        i = int(scores.argmax())
        return self.identifier.nb_classes[i], float(scores[i])

    def rank(self, data: bytes) -> list[tuple[str, float]]:
        """py3langid's ``rank``: every label, likeliest first."""
        if not _resumable(self.identifier):
            return [(label, float(p)) for label, p in self.identifier.rank(data)]
        merged: dict[str, float] = {}
        scores = self._decide(data).tolist()
        for label, score in zip(self.identifier.nb_classes, scores, strict=True):
            merged.setdefault(label, score)
        return sorted(merged.items(), key=itemgetter(1), reverse=True)


#: The parts of py3langid's identifier that _Reader reads (not its public API).
_INNER = (
    "_encode",
    "tk_nextmove",
    "_rowbase",
    "tk_output",
    "_sparse_score",
    "nb_ptc",
    "_alias_pairs",
    "nb_classes",
)


@cache
def _resumable(identifier: Any) -> bool:
    """Whether this py3langid has the parts the resumed walk reads; another version
    without them is asked through its public ``classify`` and ``rank`` (slower, the
    same answers)."""
    return all(hasattr(identifier, name) for name in _INNER)


def _best(data: bytes, reader: _Reader | None = None) -> tuple[str, float]:
    """The likeliest ISO code for ``data`` and its probability, labels of one code summed."""
    scores: dict[str, float] = {}
    for label, probability in (reader or _Reader()).rank(data):
        code = _MACRO.get(label, label)
        scores[code] = scores.get(code, 0.0) + probability
    code = max(scores, key=scores.__getitem__)
    return code, scores[code]


def _first(data: bytes, more: bool, reader: _Reader | None = None) -> tuple[str, float]:
    """:func:`_best` for the first bytes, through the top label alone when it is sure.

    Most samples are told at once (see _FIRST), and the top label alone is cheaper than
    the ranking of every label. A top label of _SURE or more names the code of
    :func:`_best` too, whose sum is _SURE or more as well: every other code holds at
    most what is left (1 - _SURE). Below that, the labels of one code are summed.

    With ``more`` bytes to read when no code is sure, the sums are not needed unless
    the top label's code has several labels: its sum is then the label's probability
    (under _SURE), and any other code's is at most three labels' (none above the top
    one's) out of what the top one leaves, min(3p, 1 - p) <= 0.75. No code is sure.
    """
    reader = reader or _Reader()
    label, probability = reader.classify(data)
    code = _MACRO.get(label, label)
    if probability >= _SURE or (more and code not in _GROUPED):
        return code, probability
    return _best(data, reader)


def guess_language(text: str) -> str | None:
    """An ISO 639-1 code for ``text``, or None when it is too short or the guess unsure."""
    # Lower case: title-case lists (menus, product names) are read far more surely.
    sample = text[:SAMPLE].lower()
    if next(islice(filter(str.isalpha, sample), _MIN_LETTERS - 1, None), None) is None:
        return None  # fewer than _MIN_LETTERS letters (counting stops at the last one)
    # The identifier reads bytes; a cut inside a character is trimmed by it.
    data = unicodedata.normalize("NFC", sample).encode("utf-8", "surrogatepass")
    reader = _Reader()  # one walk, read further at each step
    code, probability = "", 0.0
    if len(data) > _EARLY:
        label, probability = reader.classify(data[:_EARLY])
        code = _MACRO.get(label, label)  # a sure top label names its code (see _first)
    if probability < _SURE:
        code, probability = _first(data[:_FIRST], len(data) > _FIRST, reader)
    if len(data) > _FIRST and probability < _SURE:
        code, probability = _best(data, reader)
    # Labels of three letters have no ISO 639-1 code (Konkani, Ancient Greek, ...).
    if len(code) != 2 or probability < _THRESHOLD:
        return None
    return code
