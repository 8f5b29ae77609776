"""Bytes to text (newsparse._input.decode): every route of decode_bytes and looks_binary."""

from __future__ import annotations

import codecs
import encodings.aliases
import warnings

import pytest

import newsparse
from multilingual import PARAGRAPHS, page
from newsparse import EncodingGuessedWarning, NewsparseError
from newsparse._input.decode import decode_bytes, looks_binary

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
    html = f'<meta charset="klingon"><p>{CHINESE}</p>'
    with pytest.warns(EncodingGuessedWarning, match="gb18030"):
        assert decode_bytes(html.encode("gb18030")) == (html, "gb18030")
    # Declared Shift-JIS, but the bytes are GB18030: the declaration cannot be right.
    html = f'<meta charset="shift_jis"><p>{CHINESE}</p>'
    with pytest.warns(EncodingGuessedWarning):
        text, encoding = decode_bytes(html.encode("gb18030"))
    assert text == html and encoding == "gb18030"


def test_gb18030_and_big5_sniffing() -> None:
    with pytest.warns(EncodingGuessedWarning):
        assert decode_bytes(CHINESE.encode("gb18030")) == (CHINESE, "gb18030")
    # Big5 bytes are valid GB18030 too (the hand-written sniffing read them so).
    traditional = page("zh-Hant")
    with pytest.warns(EncodingGuessedWarning):
        assert decode_bytes(traditional.encode("big5")) == (traditional, "big5hkscs")


def test_mostly_utf8_with_a_few_bad_bytes() -> None:
    text = "Café crème, naïve résumé. " * 4
    data = text.encode() + b"\xff" + text.encode()
    with warnings.catch_warnings():
        warnings.simplefilter("error", EncodingGuessedWarning)
        assert decode_bytes(data) == (text + "\ufffd" + text, "utf-8")


def test_a_few_legacy_letters_in_ascii_are_not_utf8() -> None:
    # Before: fewer than 1 bad byte in 200 made it "mostly UTF-8", and each letter U+FFFD.
    html = "<html><body>" + "<div class='x'>menu</div>" * 200 + f"<p>{PARAGRAPHS['pl'][1]}</p>"
    with pytest.warns(EncodingGuessedWarning):
        assert decode_bytes(html.encode("cp1250")) == (html, "cp1250")


def test_windows_1252() -> None:
    text = "Café – “quoted” — naïve résumé " * 3
    with pytest.warns(EncodingGuessedWarning, match="cp1252"):
        assert decode_bytes(text.encode("cp1252")) == (text, "cp1252")


def test_unreadable_bytes_fall_back_to_windows_1252() -> None:
    data = bytes(range(0x80, 0x100)) * 3
    with pytest.warns(EncodingGuessedWarning):
        text, encoding = decode_bytes(data)
    assert len(text) == len(data) and encoding


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


# Pages in a legacy encoding that declare none: (language, encoding, HTML or plain text).
LEGACY = [
    ("ja", "shift_jis", "html"),
    ("ja", "euc_jp", "text"),
    ("ko", "euc_kr", "html"),
    ("zh", "gbk", "html"),
    ("zh", "gb18030", "text"),
    ("zh-Hant", "big5", "html"),
    ("ru", "cp1251", "html"),
    ("ru", "koi8_r", "text"),
    ("uk", "cp1251", "text"),
    ("el", "cp1253", "html"),
    ("el", "iso8859_7", "text"),
    ("ar", "cp1256", "html"),
    ("he", "cp1255", "html"),
    ("tr", "cp1254", "text"),
    ("pl", "cp1250", "html"),
    ("cs", "iso8859_2", "text"),
    ("th", "cp874", "html"),
    ("th", "tis_620", "text"),
    ("fr", "cp1252", "html"),
    ("de", "cp1252", "text"),
    # More of the same kinds.
    ("bg", "cp1251", "html"),
    ("uk", "koi8_u", "html"),
    ("pl", "iso8859_2", "text"),
    ("cs", "cp1250", "html"),
    ("hu", "iso8859_2", "html"),
    ("es", "cp1252", "text"),
    ("sv", "cp1252", "html"),
    ("he", "iso8859_8", "text"),
    ("ko", "cp949", "text"),
    ("ar", "iso8859_6", "text"),
]


def legacy_page(code: str, kind: str) -> str:
    story = page(code)
    if kind == "text":
        return story
    headline, *paragraphs = story.split("\n\n")
    body = "".join(f"<p>{p}</p>\n" for p in paragraphs)
    return (
        f"<!DOCTYPE html>\n<html><head><title>{headline}</title>"
        '<link rel="stylesheet" href="/site.css"><script>var page = {id: 42};</script></head>\n'
        '<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>\n'
        f"<article><h1>{headline}</h1>\n{body}</article><footer>(c) 2024</footer></body></html>"
    )


@pytest.mark.parametrize(("code", "encoding", "kind"), LEGACY)
def test_legacy_encoding_without_a_charset(code: str, encoding: str, kind: str) -> None:
    # Before: 5 of the first 20 right; Shift-JIS and EUC-KR came back as Chinese, the rest
    # as Windows-1252 mojibake.
    text = legacy_page(code, kind)
    with pytest.warns(EncodingGuessedWarning, match="the encoding was guessed"):
        decoded, guessed = decode_bytes(text.encode(encoding))
    assert decoded == text
    assert codecs.lookup(guessed).name  # a codec name that Python knows


@pytest.mark.parametrize("code", ["ja", "ru", "pl", "el"])
def test_parse_reads_legacy_bytes(code: str) -> None:
    encoding = {"ja": "shift_jis", "ru": "koi8_r", "pl": "iso8859_2", "el": "cp1253"}[code]
    data = legacy_page(code, "html").encode(encoding)
    with pytest.warns(EncodingGuessedWarning):
        article = newsparse.parse(data)
    assert [b.text for b in article.body] == PARAGRAPHS[code]
    assert article.language == code


def test_the_sample_skips_markup_and_ascii() -> None:
    # 300 kB of script before the text: the guess reads the lines with non-ASCII bytes.
    script = "<script>" + "var a = 1;\n" * 30_000 + "</script>"
    html = f"<html><head>{script}</head><body><p>{page('ru')}</p></body></html>"
    with pytest.warns(EncodingGuessedWarning):
        assert decode_bytes(html.encode("cp1251")) == (html, "cp1251")


def test_non_ascii_only_inside_tags() -> None:
    html = '<html><body><img alt="Zażółć gęślą jaźń, Łódź"><p>No accents here.</p></body></html>'
    # Before the fallback to whole lines, the sample was empty and read as UTF-8.
    with pytest.warns(EncodingGuessedWarning):
        assert decode_bytes(html.encode("cp1250")) == (html, "cp1250")


def test_a_long_page_without_spaces_is_cut_whole() -> None:
    text = "".join(PARAGRAPHS["zh"]) * 400  # some 80 kB in GBK, no ASCII at all
    with pytest.warns(EncodingGuessedWarning):
        assert decode_bytes(text.encode("gbk")) == (text, "gb18030")


def test_fast_paths_do_not_guess() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error", EncodingGuessedWarning)
        assert decode_bytes(page("ru").encode("utf-8"))[1] == "utf-8"
        assert decode_bytes(codecs.BOM_UTF8 + b"abc") == ("abc", "utf-8")
        html = f'<meta charset="koi8-r"><p>{page("ru")}</p>'
        assert decode_bytes(html.encode("koi8_r")) == (html, "koi8-r")


# Labels Python knows that name no character set: before, a <meta charset> or XML
# declaration with one raised LookupError, UnicodeError, or read \\u escapes.
NOT_CHARSETS = [
    "hex",
    "base64",
    "bz2",
    "zlib",
    "uu",
    "rot13",
    "quopri",
    "undefined",
    "unicode_escape",
    "raw_unicode_escape",
    "idna",
    "punycode",
    "utf-7",
    "charmap",
]


@pytest.mark.parametrize("label", NOT_CHARSETS)
@pytest.mark.parametrize("where", ["meta", "xml"])
def test_a_declared_codec_that_is_no_charset_is_ignored(label: str, where: str) -> None:
    declaration = (
        f'<meta charset="{label}">'
        if where == "meta"
        else f'<?xml version="1.0" encoding="{label}"?>'
    )
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS["fr"])
    html = f"{declaration}<html><body>{paragraphs}<p>\\u0041 +AGEA- xn--caf-dma</p></body></html>"
    with pytest.warns(EncodingGuessedWarning, match="cp1252"):
        assert decode_bytes(html.encode("cp1252")) == (html, "cp1252")
    with pytest.warns(EncodingGuessedWarning):
        article = newsparse.parse(html.encode("cp1252"))
    assert [b.text for b in article.body][:2] == PARAGRAPHS["fr"]


def test_no_declared_label_raises() -> None:
    labels = set(encodings.aliases.aliases) | set(encodings.aliases.aliases.values())
    body = f"<p>{page('de')}</p>".encode("cp1252")
    for label in sorted(labels | set(NOT_CHARSETS)):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", EncodingGuessedWarning)
            try:
                text, encoding = decode_bytes(f'<meta charset="{label}">'.encode() + body)
            except NewsparseError:  # pragma: no cover - decode_bytes never raises
                raise
        assert isinstance(text, str) and codecs.lookup(encoding)._is_text_encoding, label
