"""Smaller paths of the API, registry, CLI, explain and language guess."""

from __future__ import annotations

import math
import runpy
import sys
import warnings
from pathlib import Path

import pytest

import newsparse
from newsparse import Document, PluginWarning, _registry
from newsparse._explain import explain
from newsparse._fields.labels import Label
from newsparse._fields.language import guess_language
from newsparse.cli import main

SEED = Path(__file__).parent / "data" / "seeds" / "002_b8bd21e240404a83.txt"
PARA = "Officials agreed that the new plan would help local farmers and small firms grow. "


def test_path_over_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(PARA * 10, encoding="utf-8")
    with pytest.raises(newsparse.InputTooLargeError):
        newsparse.parse(path, max_bytes=10)


def test_load_gives_documents() -> None:
    doc = newsparse.load("<html><body><h1>Title here</h1><p>" + PARA + "</p></body></html>")
    assert doc.kind == "html" and doc.lines[0].tag == "h1"
    doc = newsparse.load(b"\x89PNG\r\n\x1a\n")
    assert doc.kind == "text" and doc.lines == () and doc.meta["binary"] == "PNG image"
    assert newsparse.load(bytearray(b"Hello")).text == "Hello"
    assert newsparse.load(memoryview(b"Hello")).text == "Hello"
    assert Document.from_text("a\n\nb").joined() == "a\n\nb"


class _Scored:
    def __init__(self, name: str, score: object) -> None:
        self.name = name
        self.score = score

    def detect(self, doc: Document) -> float:
        if isinstance(self.score, Exception):
            raise self.score
        return self.score  # type: ignore[return-value]

    def parse(self, doc: Document) -> newsparse.Article:
        return newsparse.Article(parser=self.name)


def test_choose_parser_survives_broken_detect() -> None:
    newsparse.register(_Scored("zz-raises", RuntimeError("boom")))
    newsparse.register(_Scored("zz-nan", math.nan))
    try:
        doc = newsparse.load("Just some words without any outlet cues at all.")
        chosen, scores = newsparse.choose_parser(doc)
        assert chosen.name == "generic"
        assert scores["zz-raises"] == 0.0 and scores["zz-nan"] == 0.0
    finally:
        newsparse.unregister("zz-raises")
        newsparse.unregister("zz-nan")


def test_register_refuses_non_parsers() -> None:
    with pytest.raises(TypeError, match="does not provide"):
        newsparse.register(object())


def test_broken_plugin_is_skipped_with_a_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(_registry._BUILTINS, "broken", "newsparse.no_such_module:Parser")
    _registry.reload()
    try:
        with pytest.warns(PluginWarning, match="'broken'"):
            names = set(newsparse.parsers())
        assert "broken" not in names and {"cgtn", "chinadaily", "generic"} <= names
    finally:
        monkeypatch.undo()
        _registry.reload()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert "generic" in newsparse.parsers()


def test_cli_full_records_and_max_bytes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "--full"]) == 0
    out = capsys.readouterr().out
    assert '"provenance"' in out and '"warnings"' in out
    assert main(["parse", str(SEED), "--max-bytes", "10"]) == 1
    assert "over the limit of 10 bytes" in capsys.readouterr().err


def test_cli_explain_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", str(tmp_path / "missing.txt")]) == 1
    assert "cannot read" in capsys.readouterr().err
    assert main(["explain", str(SEED), "--parser", "nope"]) == 2
    assert main(["explain", str(SEED), "--parser", "generic", "--width", "20"]) == 0
    assert capsys.readouterr().out.startswith("# parser: generic\n")


def test_cli_cannot_write_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", str(SEED), "-o", str(tmp_path / "no" / "such" / "dir.jsonl")]) == 2
    assert "cannot write" in capsys.readouterr().err


def test_python_dash_m(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "argv", ["newsparse", "parsers"])
    with pytest.raises(SystemExit) as info:
        runpy.run_module("newsparse", run_name="__main__")
    assert info.value.code == 0
    assert "generic" in capsys.readouterr().out


def test_explain_html_and_metadata_lines() -> None:
    page = (
        "<html><body><h1>A title about farmers and firms</h1><p>By Jane Doe</p>"
        f"<p>{PARA * 3}</p></body></html>"
    )
    out = explain(page)
    assert "# input: HTML" in out
    assert "title" in out and "byline" in out


def test_label_str() -> None:
    assert str(Label.PARAGRAPH) == "body"


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
