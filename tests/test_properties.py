"""Properties of parse() over composed dumps (tests/strategies.py) and arbitrary input.

Each property is its own test. The profile (``dev`` or ``ci``) comes from
NEWSPARSE_HYPOTHESIS_PROFILE (see conftest.py).
"""

from __future__ import annotations

import concurrent.futures
import json
import multiprocessing
import random
import re
import unicodedata
import warnings
from typing import Any

import attrs
from hypothesis import given, note, settings
from hypothesis import strategies as st

import newsparse
import strategies as S
from newsparse import Article
from newsparse._model import DICT_KEYS

FIELDS = (
    "title",
    "subtitle",
    "byline",
    "authors",
    "date",
    "updated",
    "section",
    "source",
    "editor_note",
    "body",
    "captions",
)

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e"))
# C0 and C1 controls go; \x1c-\x1f and NEL (\x85) are white space to Python.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ud800-\udfff]")
_SPACE = re.compile(r"\s+")


def norm(text: str) -> str:
    """What "the same text" means (seeds/README.md), written independently of newsparse."""
    text = _CONTROL.sub("", text.translate(_INVISIBLE))
    text = unicodedata.normalize("NFC", text)
    return _SPACE.sub(" ", text).strip()


def quiet_parse(data: str | bytes, **kwargs: Any) -> Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", newsparse.NewsparseWarning)
        return newsparse.parse(data, **kwargs)


#: What an HTML page's metadata alone gives (never a text dump).
PAGE_FIELDS = ("site_name", "description", "image", "tags", "canonical_url")


def fields(article: Article) -> dict[str, Any]:
    """The fields a composed dump states; caption images are checked apart (a page's
    ``<img src>``, not part of the dump)."""
    got = article.to_dict()
    out = {k: got[k] for k in FIELDS}
    out["captions"] = [{"text": c["text"], "credit": c["credit"]} for c in got["captions"]]
    return out


def assert_no_page_fields(article: Article) -> None:
    """A text dump has no site name, description, image, tags or canonical URL."""
    data = article.to_dict()
    assert all(not data[name] for name in PAGE_FIELDS), data
    assert all(c.image is None for c in article.captions)


def output_strings(article: Article) -> list[tuple[str, str, bool]]:
    """(field, text, case-sensitive) for every string the article holds."""
    out: list[tuple[str, str, bool]] = []
    for name in ("title", "subtitle", "byline", "section", "editor_note"):
        value = getattr(article, name)
        if value is not None:
            out.append((name, value, True))
    # Display case ("YANG RAN" -> "Yang Ran") and canonical outlet names differ in case only.
    out += [("authors", a, False) for a in article.authors]
    if article.source is not None:
        out.append(("source", article.source, False))
    out += [("body", b.text, True) for b in article.body]
    for c in article.captions:
        if c.text is not None:
            out.append(("caption", c.text, True))
        if c.credit is not None:
            out.append(("credit", c.credit, False))
    return out


def assert_nothing_invented(article: Article, source_text: str) -> None:
    haystack = norm(source_text)
    folded = haystack.casefold()
    for name, text, exact in output_strings(article):
        needle = norm(text)
        assert needle, (name, text)
        if exact:
            assert needle in haystack, f"{name} {text!r} is not in the input"
        else:
            assert needle.casefold() in folded, f"{name} {text!r} is not in the input"
    for name in ("date", "updated"):
        value = getattr(article, name)
        if value is not None:
            years = {str(value.year), str(value.year + 543)}  # Buddhist era
            assert any(y in haystack for y in years), f"{name} {value} is not in the input"


def assert_round_trip(article: Article) -> None:
    attrs.validate(article)
    data = article.to_dict()
    assert tuple(data) == DICT_KEYS
    assert Article.from_dict(data) == article
    full = Article.from_dict(article.to_dict(full=True))
    assert full == article
    assert full.provenance == article.provenance
    assert full.warnings == article.warnings
    assert Article.from_json(article.to_json()) == article
    assert json.loads(article.to_json(full=True)) == json.loads(
        json.dumps(article.to_dict(full=True))
    )


# --- recovery -------------------------------------------------------------------


@given(S.dumps(), S.layouts())
def test_recovery(dump: S.Dump, layout: S.Layout) -> None:
    """A composed dump gives back exactly the parts it was built from."""
    text = S.render_text(dump, layout)
    note(text)
    article = quiet_parse(text)
    assert fields(article) == dump.expected
    assert article.parser == dump.style
    assert_no_page_fields(article)


@given(S.dumps(), S.layouts())
def test_recovery_from_bytes(dump: S.Dump, layout: S.Layout) -> None:
    text = S.render_text(dump, layout)
    # Encodings that say what they are (BOM) or cannot be mistaken (UTF-8). GB18030 is
    # covered by tests/input/test_decode.py: for English text it is a guess, not a contract.
    encoding = random.Random(layout.noise).choice(["utf-8", "utf-16", "utf-32", "utf-8-sig"])
    article = quiet_parse(text.encode(encoding))
    assert fields(article) == dump.expected


@given(S.chrome_dumps(), S.layouts())
def test_recovery_among_page_chrome(dump: S.Dump, layout: S.Layout) -> None:
    """Menus, share bars, sign-up boxes and lists of other stories change
    nothing: the article is the one the dump was built from."""
    text = S.render_text(dump, layout)
    note(text)
    article = quiet_parse(text)
    assert fields(article) == dump.expected
    assert article.parser == "generic"


# --- metamorphic ---------------------------------------------------------------


@given(S.dumps(), st.data())
def test_adding_furniture_changes_nothing(dump: S.Dump, data: st.DataObject) -> None:
    lines = data.draw(st.lists(S.furniture_lines(dump.style), min_size=1, max_size=6))
    seed = data.draw(st.integers(0, 2**32))
    more = S.with_furniture(dump, random.Random(seed), lines)
    note(S.render_text(more))
    assert quiet_parse(S.render_text(more)) == quiet_parse(S.render_text(dump))


@given(S.dumps(), st.lists(st.integers(1, 3), min_size=1, max_size=4))
def test_repeating_captions_changes_nothing(dump: S.Dump, times: list[int]) -> None:
    again = S.with_repeated_captions(dump, times)
    note(S.render_text(again))
    assert quiet_parse(S.render_text(again)) == quiet_parse(S.render_text(dump))


@given(S.dumps(), S.layouts())
def test_newlines_and_white_space_change_nothing(dump: S.Dump, layout: S.Layout) -> None:
    noisy = S.render_text(dump, layout)
    note(repr(noisy))
    assert quiet_parse(noisy) == quiet_parse(S.render_text(dump))


# --- nothing invented, no leaks -----------------------------------------------------


@given(S.dumps(), S.layouts())
def test_nothing_invented_in_composed_dumps(dump: S.Dump, layout: S.Layout) -> None:
    text = S.render_text(dump, layout)
    assert_nothing_invented(quiet_parse(text), text)


@given(S.line_soup())
def test_nothing_invented_in_line_soup(text: str) -> None:
    assert_nothing_invented(quiet_parse(text), text)


@given(st.text())
def test_nothing_invented_in_arbitrary_text(text: str) -> None:
    assert_nothing_invented(quiet_parse(text), text)


def _not_body(dump: S.Dump) -> set[str]:
    leaks = {norm(p.text) for p in dump.parts if p.kind in ("caption", "furniture", "tail")}
    for c in dump.expected["captions"]:
        leaks |= {norm(c[k]) for k in ("text", "credit") if c[k]}
    return leaks


@given(S.dumps(), S.layouts())
def test_no_caption_credit_or_furniture_in_body(dump: S.Dump, layout: S.Layout) -> None:
    article = quiet_parse(S.render_text(dump, layout))
    leaks = _not_body(dump)
    for block in article.body:
        text = norm(block.text)
        assert text not in leaks
        for leak in leaks:
            if len(leak) >= 12:
                assert leak not in text, (leak, text)


@given(S.line_soup())
def test_captions_never_also_in_body(text: str) -> None:
    article = quiet_parse(text)
    body = {b.text for b in article.body}
    for caption in article.captions:
        assert caption.text not in body
        line = " ".join(x for x in (caption.text, caption.credit) if x)
        assert line not in body


# --- validity, round trip, determinism ------------------------------------------------


@given(S.dumps(), S.layouts())
def test_composed_articles_validate_and_round_trip(dump: S.Dump, layout: S.Layout) -> None:
    assert_round_trip(quiet_parse(S.render_text(dump, layout)))


@given(S.arbitrary_inputs())
def test_any_article_validates_and_round_trips(data: str | bytes) -> None:
    try:
        article = quiet_parse(data)
    except newsparse.NewsparseError:
        return
    assert_round_trip(article)


@given(st.lists(S.dumps().map(S.render_text), min_size=2, max_size=5), st.randoms())
def test_same_input_same_output_in_any_order(texts: list[str], rnd: random.Random) -> None:
    first = [quiet_parse(t).to_json(full=True) for t in texts]
    order = list(range(len(texts)))
    rnd.shuffle(order)
    again = {i: quiet_parse(texts[i]).to_json(full=True) for i in order}
    assert [again[i] for i in range(len(texts))] == first


# --- never raises --------------------------------------------------------------------


@given(S.arbitrary_inputs())
def test_parse_never_raises_on_arbitrary_input(data: str | bytes) -> None:
    try:
        article = quiet_parse(data)
    except newsparse.NewsparseError:
        return
    assert isinstance(article, Article)


@given(st.binary(max_size=4096))
def test_parse_never_raises_on_arbitrary_bytes(data: bytes) -> None:
    assert isinstance(quiet_parse(data), Article)


@given(st.text(max_size=4096), st.sampled_from(["cgtn", "chinadaily", "generic"]))
def test_every_parser_takes_any_text(text: str, parser: str) -> None:
    assert quiet_parse(text, parser=parser).parser == parser


def _parse_all(texts: list[str]) -> list[str]:
    return [quiet_parse(t).to_json(full=True) for t in texts]


@given(st.lists(S.dumps().map(S.render_text), min_size=3, max_size=6))
@settings(max_examples=3)
def test_same_output_in_another_process(texts: list[str]) -> None:
    """Another interpreter (another hash seed, fresh caches) gives the same articles."""
    ctx = multiprocessing.get_context("spawn")
    with concurrent.futures.ProcessPoolExecutor(1, mp_context=ctx) as pool:
        theirs = pool.submit(_parse_all, texts[::-1]).result(timeout=120)
    assert theirs[::-1] == _parse_all(texts)


# --- shapes that used to hang (issue 10) --------------------------------------------


def _body(article: Article) -> list[str]:
    return [block.text for block in article.body]


@given(S.hostile_lines())
def test_hostile_lines_alone(line: str) -> None:
    article = quiet_parse(line)
    assert_round_trip(article)
    assert_nothing_invented(article, line)


@given(S.dumps(style="generic", furniture=False), S.hostile_lines())
def test_hostile_line_after_the_article(dump: S.Dump, line: str) -> None:
    """A pager lookalike, a digit run or a long "By" line costs its length, no more."""
    text = f"{S.render_text(dump)}\n{line}\n"
    note(text)
    article = quiet_parse(text)
    assert_round_trip(article)
    body = _body(article)
    for block in dump.expected["body"]:
        assert block["text"] in body
