"""The language identifier's walk read further, not again (newsparse._fields.language)."""

from __future__ import annotations

import functools
from typing import Any

import pytest

from multilingual import PARAGRAPHS
from newsparse._fields.language import _EARLY, _SURE, _identifier, _Reader, guess_language


@functools.cache
def _stock() -> Any:
    """py3langid's own object, its tables as loaded (float16 weights, lists)."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _samples() -> list[bytes]:
    texts = [p for paragraphs in PARAGRAPHS.values() for p in paragraphs]
    texts.append(" ".join(p[0][:40] for p in PARAGRAPHS.values()))  # mixed scripts
    return [t[:400].lower().encode("utf-8") for t in texts]


def test_a_resumed_walk_scores_as_a_walk_from_the_start() -> None:
    # The first bytes, then more: the counts walked on give the very probabilities that
    # py3langid's own _decide gives the longer bytes walked from the start (the same
    # float32 weights as ours, so the same floats).
    import numpy as np

    ours = _identifier()
    for data in _samples():
        reader = _Reader()
        # 7 and 101 cut a character of a non-Latin script: trimmed, then walked on.
        for cut in (7, _EARLY, 101, 200, len(data)):
            assert np.array_equal(reader._decide(data[:cut]), ours._decide(data[:cut]))
        assert reader.classify(data) == ours.classify(data)
        assert reader.rank(data) == ours.rank(data)


def test_a_reader_gives_py3langids_labels_and_ranking() -> None:
    # Against the stock object (float16 weights): the same top label and ranking order.
    stock = _stock()
    for data in _samples():
        assert _Reader().classify(data)[0] == stock.classify(data)[0]
        assert [label for label, _ in _Reader().rank(data)][:5] == [
            label for label, _ in stock.rank(data)
        ][:5]


def test_bytes_not_a_continuation_start_the_walk_again() -> None:
    import numpy as np

    reader = _Reader()
    english, french = (PARAGRAPHS[c][0].lower().encode("utf-8") for c in ("en", "fr"))
    reader._decide(english[:150])
    assert np.array_equal(reader._decide(french[:150]), _identifier()._decide(french[:150]))
    assert reader.classify(b"") == _identifier().classify(b"")  # no feature: the fill


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_a_sure_early_start_names_the_whole_samples_code(code: str) -> None:
    # When the first _EARLY bytes are sure, guess_language stops there: the answer must be
    # the one of reading on (here py3langid's summed ranking of the whole sample).
    from newsparse._fields.language import _MACRO, _THRESHOLD, SAMPLE

    stock = _stock()
    for text in PARAGRAPHS[code]:
        data = text[:SAMPLE].lower().encode("utf-8")
        label, probability = stock.classify(data[:_EARLY])
        scores: dict[str, float] = {}
        for name, p in stock.rank(data):
            scores[_MACRO.get(name, name)] = scores.get(_MACRO.get(name, name), 0.0) + p
        whole = max(scores, key=scores.__getitem__)
        if probability >= _SURE:
            assert _MACRO.get(label, label) == whole
        expected = whole if len(whole) == 2 and scores[whole] >= _THRESHOLD else None
        assert guess_language(text) == expected


def test_a_py3langid_without_the_inner_parts_is_asked_through_its_public_api(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Another py3langid version may rename what the resumed walk reads: the answers
    # then come from its public classify and rank, the same languages.
    from newsparse._fields import language

    texts = [p for paragraphs in PARAGRAPHS.values() for p in paragraphs]
    resumed = [guess_language(t) for t in texts]
    monkeypatch.setattr(language, "_resumable", lambda identifier: False)
    reader = _Reader()
    data = texts[0][:300].encode("utf-8")
    assert reader.classify(data) == _identifier().classify(data)
    assert [label for label, _ in reader.rank(data)][:3] == [
        label for label, _ in _identifier().rank(data)
    ][:3]
    assert [guess_language(t) for t in texts] == resumed
    assert "en" in resumed and "zh" in resumed
