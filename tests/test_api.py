from __future__ import annotations

import codecs
import warnings
from pathlib import Path

import pytest

import newsparse
from newsparse import (
    EmptyArticleWarning,
    InputTooLargeError,
    UnknownParserError,
    UnreadableInputError,
)

SEED = Path(__file__).parent / "data" / "seeds" / "000_30fd85d0f1613148.txt"


def test_public_api_is_pinned() -> None:
    assert sorted(newsparse.__all__) == sorted(
        [
            "DEFAULT_MAX_BYTES", "Article", "Block", "Caption", "Document", "Dump",
            "EmptyArticleWarning", "EncodingGuessedWarning", "InputError", "InputTooLargeError",
            "Line", "NewsparseError",
            "NewsparseWarning", "Origin", "Parser", "ParserFailedError", "PluginWarning",
            "Provenance", "Result", "RuleError", "UnknownParserError", "UnreadableInputError",
            # the exceptions users meet in failed batch Results, exported in issue 11
            "MissingDependency", "ParseTimeoutError", "WorkerCrashedError",
            "__version__", "choose_parser", "get_parser", "load", "parse", "parse_many",
            "parsers", "register", "rules", "unregister",
        ]
    )  # fmt: skip
    for name in newsparse.__all__:
        assert hasattr(newsparse, name), name


def test_errors_share_one_base() -> None:
    for name in ("InputError", "InputTooLargeError", "UnknownParserError", "UnreadableInputError",
                 "ParserFailedError", "RuleError", "MissingDependency", "ParseTimeoutError",
                 "WorkerCrashedError"):  # fmt: skip
        assert issubclass(getattr(newsparse, name), newsparse.NewsparseError)


def test_every_error_and_warning_lives_in_errors_and_is_exported() -> None:
    import inspect

    import newsparse._errors as errors

    classes = {
        name: cls
        for name, cls in vars(errors).items()
        if inspect.isclass(cls) and issubclass(cls, BaseException)
    }
    assert set(errors.__all__) == set(classes)
    for name, cls in classes.items():
        assert cls.__module__ == "newsparse._errors", name
        if issubclass(cls, (newsparse.NewsparseError, newsparse.NewsparseWarning)):
            assert getattr(newsparse, name) is cls, name
            assert name in newsparse.__all__, name
            assert name in (errors.__doc__ or ""), name  # drawn in the tree
    # the old home of a public name still works
    assert newsparse.rules.RuleError is newsparse.RuleError


def test_no_public_exception_class_is_defined_outside_errors() -> None:
    import ast

    package = Path(newsparse.__file__).parent
    stray = []
    for path in sorted(package.rglob("*.py")):
        if path.name == "_errors.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
                bases = {ast.unparse(base) for base in node.bases}
                if any(b.endswith(("Error", "Exception", "Warning")) for b in bases):
                    stray.append(f"{path.name}:{node.name}")
    assert stray == []


def test_str_bytes_and_path_agree() -> None:
    text = SEED.read_text(encoding="utf-8")
    from_str = newsparse.parse(text)
    assert newsparse.parse(SEED) == from_str
    assert newsparse.parse(text.encode("utf-8")) == from_str
    assert newsparse.parse(codecs.BOM_UTF8 + text.encode("utf-8")) == from_str
    assert newsparse.parse(codecs.BOM_UTF16_LE + text.encode("utf-16-le")) == from_str
    assert newsparse.parse(text.replace("\n", "\r\n")) == from_str
    assert newsparse.parse(text.replace("\n", "\r")) == from_str


def test_forced_parser() -> None:
    article = newsparse.parse(SEED, parser="generic")
    assert article.parser == "generic"


def test_unknown_parser() -> None:
    with pytest.raises(UnknownParserError, match="installed parsers: cgtn, chinadaily, generic"):
        newsparse.parse("text", parser="nope")


def test_unreadable_path(tmp_path: Path) -> None:
    with pytest.raises(UnreadableInputError, match="cannot read"):
        newsparse.parse(tmp_path / "missing.txt")
    with pytest.raises(UnreadableInputError):
        newsparse.parse(tmp_path)


def test_size_limit() -> None:
    with pytest.raises(InputTooLargeError, match="over the limit of 10 bytes"):
        newsparse.parse("x" * 11, max_bytes=10)
    assert newsparse.parse("x" * 11, max_bytes=None).parser == "generic"


def test_url_is_kept() -> None:
    article = newsparse.parse(SEED, url="https://news.cgtn.com/news/x.html")
    assert article.url == "https://news.cgtn.com/news/x.html"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        "",
        "   \n\t \r\n",
        b"\x89PNG\r\n\x1a\n" + bytes(range(256)),
        b"%PDF-1.7\n%\xe2\xe3",
        b"\x00" * 100,
    ],
)
def test_empty_or_binary_gives_empty_article_and_warning(data: str | bytes) -> None:
    with pytest.warns(EmptyArticleWarning):
        article = newsparse.parse(data)
    assert article.body == ()
    assert article.title is None


def test_wrong_type() -> None:
    with pytest.raises(TypeError):
        newsparse.parse(3)  # type: ignore[arg-type]


def test_parsers_lists_builtins() -> None:
    assert {"cgtn", "chinadaily", "generic"} <= set(newsparse.parsers())


def test_failing_parser_is_wrapped() -> None:
    class Broken:
        name = "broken"

        def detect(self, doc: newsparse.Document) -> float:
            return 1.0

        def parse(self, doc: newsparse.Document) -> newsparse.Article:
            raise KeyError("oops")

    newsparse.register(Broken)
    try:
        with pytest.raises(newsparse.ParserFailedError, match="parser 'broken' failed: KeyError"):
            newsparse.parse("Some text here.")
    finally:
        newsparse.unregister("broken")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert newsparse.parse(SEED).parser == "cgtn"


def test_a_str_naming_a_file_warns() -> None:
    with pytest.warns(newsparse.NewsparseWarning, match="pass pathlib.Path"):
        newsparse.parse(str(SEED))


@pytest.mark.parametrize(
    ("given", "kept"),
    [
        ("  https://example.org/a  ", "https://example.org/a"),
        ("\thttps://x.org/\n", "https://x.org/"),
    ],
)
def test_a_url_with_white_space_around_it_is_stripped(given: str, kept: str) -> None:
    article = newsparse.parse(_URL_DUMP, url=given)
    assert article.url == kept
    assert article.title == "A headline about farmers"


@pytest.mark.parametrize("given", ["", "   ", "\n"])
def test_an_empty_url_is_dropped_with_a_warning_never_the_article(given: str) -> None:
    with pytest.warns(newsparse.NewsparseWarning, match="empty url"):
        article = newsparse.parse(_URL_DUMP, url=given)
    assert article.url is None
    assert article.title == "A headline about farmers"
    assert article.body


_URL_DUMP = (
    "A headline about farmers\n\n"
    "Officials agreed on Tuesday that the new plan would help local farmers and small firms "
    "grow during the next year, while experts warned about rising costs.\n"
)


def test_the_package_shows_its_flow_in_folders() -> None:
    package = Path(newsparse.__file__).parent
    top = sorted(p.name for p in package.glob("*.py"))
    assert len(top) <= 14, top
    for folder in ("_input", "_fields", "_engine", "_batch", "parsers"):
        assert (package / folder / "__init__.py").is_file(), folder
    # an outlet's HTML extractor lives beside its parser
    for outlet in ("cgtn", "chinadaily"):
        assert (package / "parsers" / outlet / "html.py").is_file(), outlet
