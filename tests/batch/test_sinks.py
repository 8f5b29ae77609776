"""The writers: lone surrogates, CSV formulas, Markdown HTML and links, terminal escapes."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import attrs
import pytest

from newsparse import Article, Block, Caption, Origin, Result
from newsparse._batch.sinks import (
    AtomicFile,
    json_text,
    markdown,
    open_sink,
    printable,
    unsurrogate,
)

# A file name that is not UTF-8 (b"caf\xe9.txt") as os.fsdecode() gives it, a
# JSON Lines id holding an escaped lone surrogate, a URL with one too.
NAME = "caf\udce9.txt"
ORIGIN = Origin(f"/data/{NAME}", member="m\udc80.txt", record_id="id-\ud800")
ARTICLE = Article(
    title="A title",
    url="https://example.org/\udcff",
    authors=("Jane \udc81 Doe",),
    body=(Block("paragraph", "Some words."),),
    captions=(Caption("A picture \udc82", None),),
)
RESULT = Result(ORIGIN, ARTICLE)


def write(fmt: str, *results: Result, **kwargs: bool) -> str:
    fh = io.StringIO()
    sink = open_sink(fmt, fh, **kwargs)
    for result in results:
        sink.write(result)
    sink.close()
    text = fh.getvalue()
    text.encode("utf-8")  # what a UTF-8 file takes: no lone surrogate left
    return text


@pytest.mark.parametrize("fmt", ["jsonl", "json"])
def test_json_carries_lone_surrogates_losslessly(fmt: str) -> None:
    text = write(fmt, RESULT)
    assert "\\udce9" in text and "\\ud800" in text
    data = json.loads(text) if fmt == "jsonl" else json.loads(text)[0]
    assert data["origin"] == ORIGIN.to_dict()  # the very same strings back
    assert data["url"] == ARTICLE.url and data["authors"] == list(ARTICLE.authors)
    assert data["captions"][0]["text"] == "A picture \udc82"


def test_csv_and_markdown_escape_lone_surrogates() -> None:
    [row] = list(csv.DictReader(io.StringIO(write("csv", RESULT))))
    assert row["origin_path"] == "/data/caf\\xe9.txt"
    assert row["origin_member"] == "m\\x80.txt"
    assert row["origin_record_id"] == "id-\\ud800"
    assert row["url"] == "https://example.org/\\xff" and row["authors"] == "Jane \\x81 Doe"
    assert json.loads(row["captions"])[0]["text"] == "A picture \udc82"
    text = write("markdown", RESULT)
    assert "- **Input:** /data/caf\\xe9.txt!m\\x80.txt id-\\ud800" in text
    assert "- **URL:** https://example.org/\\xff" in text
    assert "A picture \\x82" in text


def test_parquet_escapes_lone_surrogates(tmp_path: Path) -> None:
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "out.parquet"
    with out.open("wb") as fh:
        sink = open_sink("parquet", fh)
        sink.write(RESULT)
        sink.write(Result(Origin("plain.txt"), attrs.evolve(ARTICLE, url="https://x.org/")))
        sink.close()
    first, second = pq.read_table(out).to_pylist()
    assert first["origin"]["path"] == "/data/caf\\xe9.txt"
    assert first["origin"]["record_id"] == "id-\\ud800"
    assert first["url"] == "https://example.org/\\xff"
    assert first["authors"] == ["Jane \\x81 Doe"]
    assert second["origin"]["path"] == "plain.txt" and second["url"] == "https://x.org/"


def test_unsurrogate_and_printable() -> None:
    assert unsurrogate("plain é 中") == "plain é 中"
    assert unsurrogate("a\udce9b\udbffc") == "a\\xe9b\\udbffc"
    assert printable("ok: é 中") == "ok: é 中"
    assert printable("x\x1b[31mred\x07\nnext\u202egnp.exe\x9b") == (
        "x\\x1b[31mred\\x07\\nnext\\u202egnp.exe\\x9b"
    )
    assert json.loads(json_text({"k": "\udce9"})) == {"k": "\udce9"}


FORMULAS = ['=HYPERLINK("http://x")', "+1+2", "-2+3", "@SUM(A1)", "\t=1+1", "\r=1+1"]
COLUMNS = ("title", "subtitle", "byline", "section", "origin_member", "origin_record_id")


def test_csv_neutralises_formulas() -> None:
    article = Article(
        title=FORMULAS[0],
        subtitle=FORMULAS[1],
        byline=FORMULAS[2],
        section=FORMULAS[3],
        body=(Block("paragraph", "Words = fine in the middle."),),
    )
    origin = Origin("=cmd|' /C calc'!A0", member=FORMULAS[4], record_id=FORMULAS[5])
    result = Result(origin, article)
    [row] = list(csv.DictReader(io.StringIO(write("csv", result))))
    assert [row[k] for k in COLUMNS] == ["'" + f for f in FORMULAS]
    assert row["origin_path"] == "'=cmd|' /C calc'!A0"
    assert row["body"] == "Words = fine in the middle."
    [raw] = list(csv.DictReader(io.StringIO(write("csv", result, csv_raw=True))))
    assert [raw[k] for k in COLUMNS] == FORMULAS


def test_csv_writes_nul() -> None:
    article = Article(title="a\0b", body=(Block("paragraph", "x"),))
    [row] = list(csv.DictReader(io.StringIO(write("csv", Result(Origin("n"), article)))))
    assert row["title"] == "a\\x00b"


def test_markdown_escapes_html_and_drops_unsafe_links() -> None:
    article = Article(
        title="<script>alert(1)</script> & co",
        url="JavaScript:alert(1)",
        body=(
            Block("paragraph", "See [this](javascript:alert(1)) and [that]( data:text/html,x)."),
            Block("paragraph", "An ![image](VBScript:msgbox) and a [fine link](https://x.org/)."),
            Block("paragraph", "[ref]: javascript:alert(1)"),
            Block("paragraph", "<img src=x onerror=alert(1)>"),
        ),
    )
    text = markdown(Result(Origin("x.txt"), article))
    assert text.startswith("# &lt;script&gt;alert(1)&lt;/script&gt; &amp; co\n")
    assert "See this) and that." in text
    assert "An image and a [fine link](https://x.org/)." in text
    assert "\n\\[ref]: javascript:alert(1)\n" in text  # not a link definition
    assert "\n&lt;img src=x onerror=alert(1)&gt;\n" in text
    assert "- **URL:** (a javascript:, vbscript: or data: link, dropped)" in text
    assert "<" not in text


def test_atomic_file_in_place_on_a_device(tmp_path: Path) -> None:
    # Renaming over /dev/null (as root) would replace the device with a file.
    target = AtomicFile("/dev/null")
    target.fh.write("x")
    assert target.commit() == "/dev/null"
    assert Path("/dev/null").is_char_device()
    kept = AtomicFile(str(tmp_path / "a.txt"))
    kept.fh.write("x")
    kept.discard()
    assert list(tmp_path.iterdir()) == []


def test_csv_quotes_a_carriage_return() -> None:
    result = Result(Origin("a\rb.txt"), Article(title="T", body=(Block("paragraph", "x"),)))
    text = write("csv", result, Result(Origin("c.txt"), Article(title="U")))
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["origin_path"] for r in rows] == ["a\rb.txt", "c.txt"]
    assert [r["title"] for r in rows] == ["T", "U"]


def test_atomic_file_writes_dev_paths_in_place(tmp_path: Path) -> None:
    # /dev/fd/N names an open file: renaming beside it is impossible, or wrong.
    target = tmp_path / "real.txt"
    with target.open("w") as fh:
        path = f"/dev/fd/{fh.fileno()}"
        if not os.path.exists(path):
            pytest.skip("no /dev/fd")
        out = AtomicFile(path)
        out.fh.write("through the descriptor")
        assert out.commit() == path
    assert target.read_text() == "through the descriptor"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["real.txt"]


PAGE_ARTICLE = Article(
    title="Rivers rise",
    url="https://news.example/rivers?utm=feed",
    body=(Block("paragraph", "Some words."),),
    captions=(Caption("Flooded fields.", "Jane Roe", "https://cdn.example/a.jpg"),),
    site_name="The Valley Gazette",
    description="Rivers rose to a decade high.",
    image="https://cdn.example/lead.jpg",
    tags=("Floods", "=Weather"),
    canonical_url="https://news.example/rivers",
)


def test_csv_has_the_page_columns_tags_joined() -> None:
    text = write("csv", Result(Origin("p.html"), PAGE_ARTICLE))
    [row] = list(csv.DictReader(io.StringIO(text)))
    assert list(row)[-5:] == ["site_name", "description", "image", "tags", "canonical_url"]
    assert row["tags"] == "Floods; =Weather"  # joined like authors; not a formula: starts "F"
    assert (row["site_name"], row["image"], row["canonical_url"]) == (
        "The Valley Gazette",
        "https://cdn.example/lead.jpg",
        "https://news.example/rivers",
    )
    assert json.loads(row["captions"])[0]["image"] == "https://cdn.example/a.jpg"
    [empty] = list(csv.DictReader(io.StringIO(write("csv", RESULT))))
    assert (empty["tags"], empty["site_name"], empty["canonical_url"]) == ("", "", "")


def test_json_has_the_page_fields() -> None:
    data = json.loads(write("jsonl", Result(Origin("p.html"), PAGE_ARTICLE)))
    assert data["tags"] == ["Floods", "=Weather"]
    assert data["description"] == "Rivers rose to a decade high."
    assert data["captions"][0]["image"] == "https://cdn.example/a.jpg"


def test_markdown_shows_the_page_fields() -> None:
    text = markdown(Result(Origin("p.html"), PAGE_ARTICLE))
    assert "- **Site:** The Valley Gazette\n" in text
    assert "- **Tags:** Floods, =Weather\n" in text
    assert "- **Canonical URL:** https://news.example/rivers\n" in text
    assert "- **Image:** https://cdn.example/lead.jpg\n" in text
    assert "- **Description:** Rivers rose to a decade high.\n" in text
    # A canonical URL that is the URL shown already is not repeated.
    same = attrs.evolve(PAGE_ARTICLE, canonical_url=PAGE_ARTICLE.url)
    assert "Canonical URL" not in markdown(Result(Origin("p.html"), same))
    unsafe = attrs.evolve(PAGE_ARTICLE, image="javascript:alert(1)")
    assert "- **Image:** (a javascript:, vbscript: or data: link, dropped)" in markdown(
        Result(Origin("p.html"), unsafe)
    )
