"""Bytes to text (newsparse._decode): every route of decode_bytes and looks_binary."""

from __future__ import annotations

import codecs

import pytest

from newsparse._decode import decode_bytes, looks_binary

ENGLISH = "The meeting was a critical moment for the world, experts said. " * 5
CHINESE = "习近平同法国总统马克龙会谈，双方就中法关系和共同关心的问题深入交换意见。" * 5


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32-le"),
        (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32-be"),
    ],
)
def test_byte_order_marks(bom: bytes, codec: str, name: str) -> None:
    assert decode_bytes(bom + ENGLISH.encode(codec)) == (ENGLISH, name)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(codec: str) -> None:
    data = ENGLISH.encode(codec)
    assert looks_binary(data) is None
    assert decode_bytes(data) == (ENGLISH, codec)


def test_utf8_first() -> None:
    assert decode_bytes(CHINESE.encode("utf-8")) == (CHINESE, "utf-8")


def test_declared_charset_in_html() -> None:
    page = f'<html><head><meta charset="gb2312"></head><body>{CHINESE}</body></html>'
    text, encoding = decode_bytes(page.encode("gb18030"))
    assert (text, encoding) == (page, "gb18030")
    page = (
        '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
        "<p>café crème à la française</p>"
    )
    assert decode_bytes(page.encode("cp1252")) == (page, "cp1252")


def test_xml_declaration() -> None:
    page = "<?xml version='1.0' encoding='big5'?><html><body>中華民國</body></html>"
    text, encoding = decode_bytes(page.encode("big5"))
    assert text == page and encoding == "big5hkscs"


def test_wrong_or_unknown_declared_charset_falls_through() -> None:
    page = f'<meta charset="klingon"><p>{CHINESE}</p>'
    assert decode_bytes(page.encode("gb18030")) == (page, "gb18030")
    # Declared ASCII, but the bytes are GB18030: the declaration cannot be right.
    page = f'<meta charset="shift_jis"><p>{CHINESE}</p>'
    text, encoding = decode_bytes(page.encode("gb18030"))
    assert text == page and encoding == "gb18030"


def test_gb18030_and_big5_sniffing() -> None:
    assert decode_bytes(CHINESE.encode("gb18030")) == (CHINESE, "gb18030")
    # Undeclared Big5 is always valid GB18030 too, so it cannot be told apart (and is
    # read as GB18030); declared Big5 is read right (test_xml_declaration).


def test_mostly_utf8_with_a_few_bad_bytes() -> None:
    data = ENGLISH.encode() + b"\xff" + ENGLISH.encode()
    text, encoding = decode_bytes(data)
    assert encoding == "utf-8" and text == ENGLISH + "\ufffd" + ENGLISH


def test_windows_1252_last() -> None:
    text = "Café – “quoted” — naïve résumé " * 3
    assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_never_raises_on_any_byte() -> None:
    data = bytes(range(256)) * 4
    text, encoding = decode_bytes(data)
    assert isinstance(text, str) and encoding


@pytest.mark.parametrize(
    ("data", "what"),
    [
        (b"\x89PNG\r\n", "PNG image"),
        (b"GIF89a", "GIF image"),
        (b"BZh91AY", "bzip2 data"),
        (b"\x00\x01\x02\x00\x00\x07" * 100, "binary data"),
    ],
)
def test_looks_binary(data: bytes, what: str) -> None:
    assert looks_binary(data) == what


def test_text_is_not_binary() -> None:
    assert looks_binary(b"") is None
    assert looks_binary(ENGLISH.encode()) is None
    assert looks_binary(codecs.BOM_UTF16_LE + ENGLISH.encode("utf-16-le")) is None
