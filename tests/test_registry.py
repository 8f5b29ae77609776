from __future__ import annotations

import math
import pkgutil
import warnings
from importlib import metadata
from typing import Any

import pytest

import newsparse
from newsparse import Document, PluginWarning, _registry


class _FakeEntryPoints:
    """Entry points as importlib.metadata would list them, plus a broken plugin."""

    def __init__(self, real: Any) -> None:
        self.real = real

    def __call__(self, *, group: str) -> list[metadata.EntryPoint]:
        points = list(self.real(group=group))
        points.append(metadata.EntryPoint("broken", "newsparse_no_such_module:Parser", group))
        points.append(metadata.EntryPoint("notaparser", "builtins:object", group))
        return points


@pytest.fixture
def broken_plugin(monkeypatch: pytest.MonkeyPatch) -> Any:
    monkeypatch.setattr(_registry.metadata, "entry_points", _FakeEntryPoints(metadata.entry_points))
    _registry.reload()
    yield
    monkeypatch.undo()
    _registry.reload()


def test_builtins_come_from_the_entry_point_group() -> None:
    names = {ep.name for ep in metadata.entry_points(group="newsparse.parsers")}
    assert {"cgtn", "chinadaily", "generic"} <= names


def test_broken_plugin_warns_and_is_skipped(broken_plugin: Any) -> None:
    with pytest.warns(newsparse.PluginWarning, match="'broken'") as record:
        found = newsparse.parsers()
    assert any("notaparser" in str(w.message) for w in record)
    assert "broken" not in found and "notaparser" not in found
    assert {"cgtn", "chinadaily", "generic"} <= set(found)


def test_register_and_unregister() -> None:
    class Mine:
        name = "mine"

        def detect(self, doc: newsparse.Document) -> float:
            return 1.0 if "MINE" in doc.text else 0.0

        def parse(self, doc: newsparse.Document) -> newsparse.Article:
            return newsparse.Article(title="Mine", parser=self.name)

    newsparse.register(Mine)
    try:
        assert newsparse.parse("MINE\n\nSome text.").parser == "mine"
        assert newsparse.get_parser("mine").name == "mine"
    finally:
        newsparse.unregister("mine")
    assert "mine" not in newsparse.parsers()


def test_register_rejects_non_parsers() -> None:
    with pytest.raises(TypeError, match="does not provide"):
        newsparse.register(object())


def test_choose_parser_reports_every_score() -> None:
    doc = newsparse.load(
        "2025.10.29 23:38 GMT+8\n\nA title here\n\nCGTN\n\n" + "Words and more. " * 10
    )
    parser, scores = newsparse.choose_parser(doc)
    assert parser.name == "cgtn"
    assert set(scores) >= {"cgtn", "chinadaily", "generic"}
    assert all(0.0 <= s <= 1.0 for s in scores.values())


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
    shipped = _registry._builtin_points()
    broken = metadata.EntryPoint("broken", "newsparse.no_such_module:Parser", _registry.GROUP)
    monkeypatch.setattr(_registry, "_builtin_points", lambda: [*shipped, broken])
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


def test_the_shipped_parsers_are_found_by_walking_the_package() -> None:
    points = {p.name: p.value for p in _registry._builtin_points()}
    assert points == {
        "cgtn": "newsparse.parsers.cgtn:CGTNParser",
        "chinadaily": "newsparse.parsers.chinadaily:ChinaDailyParser",
        "generic": "newsparse.parsers.generic:GenericParser",
    }


def test_a_shipped_parser_that_fails_to_import_is_a_broken_plugin(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real = pkgutil.iter_modules

    def with_broken(path: Any) -> list[pkgutil.ModuleInfo]:
        found = list(real(path))
        return [*found, pkgutil.ModuleInfo(found[0].module_finder, "zzbroken", False)]

    monkeypatch.setattr(pkgutil, "iter_modules", with_broken)
    points = {p.name: p.value for p in _registry._builtin_points()}
    assert points["zzbroken"] == "newsparse.parsers.zzbroken:?"
    _registry.reload()
    try:
        with pytest.warns(PluginWarning, match="'zzbroken'"):
            names = set(newsparse.parsers())
        assert "zzbroken" not in names and {"cgtn", "chinadaily", "generic"} <= names
    finally:
        monkeypatch.undo()
        _registry.reload()
