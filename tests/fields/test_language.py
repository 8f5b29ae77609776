"""Language identification (newsparse._fields.language) and Article.language."""

from __future__ import annotations

import functools
import subprocess
import sys
import warnings
from typing import Any

import pytest

import newsparse
from multilingual import PARAGRAPHS, language_of, page
from newsparse._fields.language import guess_language

CASES = [(code, k) for code, paragraphs in PARAGRAPHS.items() for k in range(len(paragraphs))]


@pytest.mark.parametrize(("code", "k"), CASES)
def test_each_paragraph(code: str, k: int) -> None:
    # Before: 25 of these 58 right, 13 wrong (Persian and Urdu as Arabic, Ukrainian and
    # Bulgarian as Russian, Polish, Czech, Romanian, Hungarian as Portuguese or Spanish).
    assert guess_language(PARAGRAPHS[code][k]) == language_of(code)


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_article_language(code: str) -> None:
    # (The Thai and Urdu dumps give no body, having no "." to end sentences: the
    # language then comes from the whole dump.)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newsparse.EmptyArticleWarning)
        article = newsparse.parse(page(code))
    assert article.language == language_of(code)


def test_html_page_language() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS["uk"])
    html = f"<html lang='ru'><body><article><h1>Новини</h1>{paragraphs}</article></body></html>"
    assert newsparse.parse(html).language == "uk"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "OK",
        "Reuters",
        "Photo: AP",
        "2024-05-01 12:00",
        "http://example.com/a/b",  # 16 letters, "no language" (zxx) first
        "一方、野",  # Japanese or Chinese: too few letters to tell
        "Heavy rain",  # English, but Malagasy scores higher
        "Sementara itu, harga beras",  # Indonesian read as Malay at 0.54
        "Тем временем в Москве",  # Russian at 0.47, Bulgarian 0.32
    ],
)
def test_unsure_is_none(text: str) -> None:
    assert guess_language(text) is None


def test_title_case_lists() -> None:
    # Menus and product names in Title Case: read as is, English scores 0.31 and 0.62;
    # lowercased, 0.96 and 0.93.
    assert (
        guess_language(
            "What Is In-Bond? New To Buying In-Bond? Why Buy En Primeur? "
            "The Ultimate Guide To Wine Gifts And Hampers"
        )
        == "en"
    )
    assert (
        guess_language(
            "Light Duty Slides (Up to 100 Lbs.) Medium Duty Slides (Up To 130 Lbs.) "
            "Heavy Duty Slides (Up To 300 Lbs.) Extra Heavy Duty Slides (Up to 500 Lbs.) "
            "Locking Slides and Accessories"
        )
        == "en"
    )


def test_macrolanguages_fold_into_their_code() -> None:
    # py3langid tells Wu and Cantonese from Mandarin; ISO 639-1 has "zh" for all three.
    assert guess_language(PARAGRAPHS["zh-Hant"][0]) == "zh"


def test_only_the_start_is_read() -> None:
    german = " ".join(PARAGRAPHS["de"] * 2)  # over the 400 characters read
    assert guess_language(german + " " + " ".join(PARAGRAPHS["en"]) * 50) == "de"
    assert guess_language(" ".join(PARAGRAPHS["en"]) * 50 + german) == "en"


def test_import_loads_no_identifier() -> None:
    code = (
        "import sys, newsparse; "
        "print(sorted(m for m in ('numpy', 'py3langid', 'charset_normalizer') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "The meeting was held in the city and the leaders said that it was good for all " * 3,
            "en",
        ),
        ("Der Präsident und die Minister haben sich nicht mit dem Plan für die Stadt " * 3, "de"),
        (
            "Le président et les ministres ont dit que la réunion est une étape pour le pays " * 3,
            "fr",
        ),
        ("El presidente y los ministros dijeron que la reunión es un paso para el país " * 3, "es"),
        ("习近平同法国总统马克龙会谈，双方就中法关系深入交换意见。", "zh"),
        ("東京でサミットが開かれ、首脳たちは協力について話し合いました。", "ja"),
        ("서울에서 정상회담이 열렸고 두 정상은 협력에 대해 논의했습니다", "ko"),
        ("Президент и министры заявили, что встреча стала важным шагом", "ru"),
        ("قال الرئيس إن الاجتماع كان خطوة مهمة للبلاد والمنطقة كلها", "ar"),
        ("too short", None),
        ("", None),
        ("zzz qqq " * 20, None),
    ],
)
def test_guess_language(text: str, language: str | None) -> None:
    assert guess_language(text) == language


@functools.cache
def _py3langid() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _py3langid_answer(text: str) -> tuple[str | None, float]:
    """What py3langid's own ``rank`` says of the sample guess_language reads."""
    from newsparse._fields.language import _MACRO, _THRESHOLD, SAMPLE

    ranked = _py3langid().rank(text[:SAMPLE].lower())
    scores: dict[str, float] = {}
    for label, probability in ranked:
        code = _MACRO.get(label, label)
        scores[code] = scores.get(code, 0.0) + probability
    code = max(scores, key=scores.__getitem__)
    return (code if len(code) == 2 and scores[code] >= _THRESHOLD else None), scores[code]


@pytest.mark.parametrize("code", sorted(PARAGRAPHS))
def test_a_sure_start_gives_the_whole_samples_answer(code: str) -> None:
    # The first 200 bytes decide when they are sure (0.99): the same answer as all 400.
    for text in (*PARAGRAPHS[code], " ".join(PARAGRAPHS[code])):
        assert guess_language(text) == _py3langid_answer(text)[0]


def test_the_top_label_shortcut_is_the_rankings_answer() -> None:
    # _first asks py3langid for its top label alone; when that is sure it must name the
    # code the summed ranking names, and be sure there too (else it falls back to it).
    from newsparse._fields.language import _FIRST, _SURE, _best, _first

    sure = 0
    for paragraphs in PARAGRAPHS.values():
        for text in (*paragraphs, " ".join(paragraphs), paragraphs[0][:60]):
            data = text[:400].lower().encode("utf-8")[:_FIRST]
            fast, slow = _first(data, more=False), _best(data)
            assert fast[0] == slow[0]
            assert (fast[1] >= _SURE) == (slow[1] >= _SURE)
            sure += fast[1] >= _SURE
    assert sure >= 20  # the shortcut is taken (most often, on the whole)


def test_the_recast_tables_give_py3langids_own_scores() -> None:
    # The identifier holds the model's float16 weights as float32 (a BLAS product, ten
    # times faster), its automaton's row offsets and outputs as arrays of C ints (one
    # read a step, not a list's and an int object's) and its moves in a numpy buffer:
    # the same values, so the very scores py3langid's own object gives.
    import array

    import numpy as np

    from newsparse._fields.language import _identifier

    ours, stock = _identifier(), _py3langid()
    assert ours.nb_ptc.dtype == np.float32
    assert stock.nb_ptc.dtype == np.float16
    for name in ("_rowbase", "tk_output"):
        assert isinstance(getattr(ours, name), array.array)
        assert isinstance(getattr(stock, name), list)
        assert getattr(ours, name).tolist() == getattr(stock, name)
    # The moves in a numpy buffer (huge pages), read through a memoryview.
    assert isinstance(ours.tk_nextmove, memoryview) and ours.tk_nextmove.format == "I"
    assert isinstance(stock.tk_nextmove, array.array)
    assert np.array_equal(np.asarray(ours.tk_nextmove), np.asarray(stock.tk_nextmove))
    for paragraphs in PARAGRAPHS.values():
        for text in (*paragraphs, paragraphs[0][:60]):
            data = text[:400].lower().encode("utf-8")
            for part in (data[:200], data):
                assert ours.classify(part) == stock.classify(part)
                assert ours.rank(part) == stock.rank(part)


def test_no_sums_when_more_is_read() -> None:
    # With more bytes to read, _first leaves the labels unsummed when the top label's
    # code has no other label: no code can then be sure, so the whole sample is read,
    # as it is after summing. Mixed starts give unsure top labels of both kinds.
    from newsparse._fields.language import _FIRST, _SURE, _best, _first

    starts = [" ".join(p[0][:k] for p in PARAGRAPHS.values()) for k in (20, 40, 80)]
    for paragraphs in PARAGRAPHS.values():
        starts += [*paragraphs, paragraphs[0][:60], paragraphs[0][:30] + " " + starts[0]]
    from newsparse._fields.language import _GROUPED, _MACRO, _identifier

    unsummed = summed = 0
    for text in starts:
        data = text[:400].lower().encode("utf-8")[:_FIRST]
        label, probability = _identifier().classify(data)
        code = _MACRO.get(label, label)
        fast, slow = _first(data, more=True), _best(data)
        if probability >= _SURE:
            assert fast == (code, probability)
            assert slow[0] == code
        elif code in _GROUPED:
            summed += 1
            assert fast == slow
        else:
            unsummed += 1
            assert fast == (code, probability)
            assert slow[1] < _SURE  # the sums would have read on as well
    assert unsummed >= 5
    assert summed >= 1  # a Chinese start, say: its labels are summed
