"""Text normalisation (newsparse._input.normalize)."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsparse._input.normalize import (
    _plain,
    clean_line,
    normalize_text,
    script_of,
    unspaced,
    word_count,
)


def test_line_endings_and_separators() -> None:
    assert normalize_text("a\r\nb\rc\nd\u2028e\u2029f") == "a\nb\nc\nd\ne\n\nf"


@pytest.mark.parametrize("space", ["\t", "\x0b", "\x0c", "\u00a0", "\u2009", "\u3000", "\u202f"])
def test_every_space_is_a_space(space: str) -> None:
    assert normalize_text(f"China{space}Daily") == "China Daily"


def test_invisible_and_control_characters_go() -> None:
    assert normalize_text("\ufeffA\u200bB\u00adC\x00DE\x7fF") == "ABCDEF"
    # Python counts the information separators (\\x1c-\\x1f) as white space; so do we.
    assert normalize_text("D\x1fE") == "D E"


def test_surrogates_go_and_nfc() -> None:
    assert normalize_text("x\ud800y") == "xy"
    assert normalize_text("Cafe\u0301") == "Café"


def test_runs_and_ends() -> None:
    assert normalize_text("  a   b  \n\n  c ") == "a b\n\nc"
    assert clean_line(" a \n b\t\tc ") == "a b c"


def test_quotes_and_dashes_stay() -> None:
    text = "“Yes” – ‘no’ — «maybe»"
    assert normalize_text(text) == text


def test_word_count() -> None:
    assert word_count("") == 0
    assert word_count("one two three") == 3
    assert word_count("习近平同法国总统马克龙会谈") == 7  # 13 characters, half a word each
    assert word_count("Xi 会谈 today") == 4
    # Korean spaces its words: its syllables are not half words on top of them.
    assert word_count("정부, 내년부터 청년 주거 지원 예산") == 6


def test_word_count_of_scripts_without_spaces_between_words() -> None:
    # Thai, Lao, Myanmar and Khmer print a space between phrases only: a word every
    # five characters, so that a paragraph counts as long as its English twin.
    assert word_count("ธนาคารกลางคงอัตราดอกเบี้ย") == 1 + 25 // 5
    assert word_count("ธนาคารกลาง คงอัตราดอกเบี้ย") == 2 + 25 // 5
    assert not unspaced("Привет мир")
    assert unspaced("ธนาคารกลาง")


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("Hello world", "latin"),
        ("Ça va, señor", "latin"),
        ("习近平会谈", "cjk"),
        ("Привет мир", "other"),
        ("123 !?", ""),
        ("", ""),
    ],
)
def test_script_of(text: str, script: str) -> None:
    assert script_of(text) == script


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nBody line one.\nBody line two.",  # normal already: the fast path
        "Título\n\nCafé ©",  # not ASCII, NFC
        " Title\nBody",  # a space opens the text
        "Title\nBody ",  # a space ends it
        "Title \nBody",  # a space ends a line
        "Title\n Body",  # a space opens a line
        "Title\n\n \nBody",  # a line of spaces
        "Two  spaces\nBody",
        "Tab\tand\u00a0NBSP\r\nBody",
        "Cafe\u0301\n",
        "",
        "\n\n",
    ],
)
def test_normal_lines_are_the_normal_texts_lines(text: str) -> None:
    from newsparse._input.normalize import normal_lines

    normal, lines = normal_lines(text)
    assert normal == normalize_text(text)
    assert lines == normal.split("\n")
    assert all(line == line.strip() and "  " not in line for line in lines)


def test_a_str_subclass_is_normalised_as_a_str() -> None:
    from newsparse._input.normalize import normal_lines

    class Dump(str):
        pass

    normal, lines = normal_lines(Dump("Title\n\nBody "))
    assert (normal, lines) == ("Title\n\nBody", ["Title", "", "Body"])


def _plain_by_str(text: str) -> bool:
    """What _plain says, by str methods alone (its test before the Latin-1 pass)."""
    return (
        text.replace("\n", "").isprintable()
        and (text.isascii() or unicodedata.is_normalized("NFC", text))
        and "  " not in text
    )


def test_latin1_text_is_nfc() -> None:
    # What the Latin-1 pass of _plain relies on: no pair of Latin-1 characters changes
    # under NFC (none is a combining mark, none composes with the one before it).
    latin1 = [chr(c) for c in range(256)]
    assert all(unicodedata.combining(c) == 0 for c in latin1)
    assert all(unicodedata.is_normalized("NFC", a + b) for a in latin1 for b in latin1)


@pytest.mark.parametrize("code", range(256))
def test_plain_reads_each_latin1_character_as_str_does(code: int) -> None:
    for text in (f"a{chr(code)}b", chr(code), f"a\n{chr(code)}", f"{chr(code)} {chr(code)}"):
        assert _plain(text) == _plain_by_str(text), text


@settings(max_examples=1000, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from("ab \n\t\x00\x85\xa0\xad\xe9e\u0301\u2028\u0416\ud800\U0001f600")
    )
)
def test_plain_is_what_str_says(text: str) -> None:
    assert _plain(text) == _plain_by_str(text)


def test_joiners_stay_between_the_letters_they_shape() -> None:
    # Persian writes them inside words (می‌شود, "becomes"); Devanagari's conjuncts too.
    assert normalize_text("راه\u200cآهن می\u200cشود") == "راه\u200cآهن می\u200cشود"
    assert normalize_text("क्\u200dष") == "क्\u200dष"
    # Elsewhere they are marks that carry nothing: inside a Latin word, at an end.
    assert normalize_text("Face\u200cbook \u200cnews\u200d") == "Facebook news"
    assert normalize_text("راه\u200c") == "راه"
