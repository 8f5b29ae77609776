"""parse() raises only NewsparseError: special files, odd paths, deep JSON, plugins that exit."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
import time
import warnings
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import (
    EmptyArticleWarning,
    InputTooLargeError,
    NewsparseError,
    ParserFailedError,
    PluginWarning,
    UnreadableInputError,
    _registry,
)

CGTN = Path(__file__).parent / "data" / "cgtn"
CGTN_B = CGTN / "cgtn_2019_template_b_json.htm"
TEXT = "Harbour reopens after the storm\n\n" + "Ships sail again in the bay today. " * 6 + "\n"
DEEP = 100_000
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs and /dev/zero")


def _in_child(code: str, timeout: float = 60) -> str:
    """Run ``code`` in a fresh interpreter with 2 GiB of address space; its output."""
    prelude = (
        "import resource\n"
        "resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))\n"
        "import warnings, newsparse\n"
        "from pathlib import Path\n"
        "warnings.simplefilter('ignore')\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", prelude + textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


# --- special files and the size limit ---------------------------------------------


@posix_only
def test_dev_zero_stops_at_the_size_limit() -> None:
    # Its stat size is 0: the limit holds only if the read itself is bounded.
    out = _in_child(
        """
        try:
            newsparse.parse(Path("/dev/zero"), max_bytes=1000)
        except newsparse.InputTooLargeError as exc:
            print(exc.size, exc.limit)
        """
    )
    assert out == "1001 1000"


@posix_only
def test_fifo_without_a_writer_reads_as_empty(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    # In a child: opening a FIFO the old way waits for a writer for ever.
    out = _in_child(
        f"""
        article = newsparse.parse(Path({str(fifo)!r}))
        print(repr(article.body))
        """
    )
    assert out == "()"
    with pytest.warns(EmptyArticleWarning):
        assert newsparse.parse(fifo).body == ()


@posix_only
def test_fifo_with_a_writer_is_read_and_limited(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for data, limit in ((TEXT, None), ("x" * 5000, 100)):
        keep = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # lets the writer open
        try:
            writer = os.open(fifo, os.O_WRONLY)
            os.write(writer, data.encode())
            os.close(writer)
            if limit is None:
                assert newsparse.parse(fifo) == newsparse.parse(TEXT)
            else:
                with pytest.raises(InputTooLargeError) as info:
                    newsparse.parse(fifo, max_bytes=limit)
                assert (info.value.size, info.value.limit) == (limit + 1, limit)
        finally:
            os.close(keep)


@posix_only
def test_dev_null_is_empty() -> None:
    with pytest.warns(EmptyArticleWarning):
        assert newsparse.parse(Path("/dev/null")).body == ()


def test_a_regular_file_over_the_limit_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("x" * 5000)
    with pytest.raises(InputTooLargeError) as info:
        newsparse.parse(path, max_bytes=100)
    assert (info.value.size, info.value.limit) == (5000, 100)


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts open files in /proc")
def test_a_directory_is_unreadable_and_leaves_no_file_open(tmp_path: Path) -> None:
    before = len(os.listdir("/proc/self/fd"))
    for _ in range(20):
        with pytest.raises(UnreadableInputError, match="Is a directory"):
            newsparse.parse(tmp_path)
    assert len(os.listdir("/proc/self/fd")) == before


# --- paths that the OS cannot take ------------------------------------------------


@pytest.mark.parametrize("name", ["a\x00b", "\ud800.txt"])
def test_a_path_the_os_cannot_take_is_unreadable_input(name: str) -> None:
    with pytest.raises(UnreadableInputError, match="cannot read") as info:
        newsparse.parse(Path(name))
    assert isinstance(info.value.__cause__, ValueError)
    with pytest.raises(UnreadableInputError):
        newsparse.load(Path(name))


def test_a_str_with_nul_is_text_not_a_path() -> None:
    assert newsparse.parse("tests\x00data").body == ()


# --- JSON nested past the recursion limit ----------------------------------------


def _cgtn_page() -> bytes:
    return CGTN_B.read_bytes()


def test_deep_top_media_json_keeps_the_cgtn_page() -> None:
    page = _cgtn_page()
    deep = b'<div id="top-media" image-source="' + b"[" * DEEP + b"]" * DEEP + b'"></div>'
    marker = b'<div class="content" id="cmsMainContent"'
    assert marker in page
    article = newsparse.parse(page.replace(marker, deep + marker, 1))
    expected = newsparse.parse(page)
    assert article.parser == "cgtn"
    assert article.body == expected.body
    assert article.captions == expected.captions
    assert len(article.captions) == 3


def test_deep_data_json_keeps_the_rest_of_the_cgtn_page() -> None:
    page = _cgtn_page()
    deep = b'data-json="' + b"[" * DEEP + b"]" * DEEP + b'"'
    article = newsparse.parse(re.sub(rb'data-json="[^"]*"', lambda _: deep, page))
    expected = newsparse.parse(page)
    assert article.parser == "cgtn"
    assert (article.title, article.date) == (expected.title, expected.date)
    assert article.title and article.date is not None


def test_deep_json_ld_keeps_the_page() -> None:
    page = _cgtn_page()
    deep = b'<script type="application/ld+json">' + b"[" * DEEP + b"]" * DEEP + b"</script>"
    article = newsparse.parse(page.replace(b"</head>", deep + b"</head>", 1))
    assert article == newsparse.parse(page)


def test_deep_json_byline_line_in_text() -> None:
    line = '{"type": ' + "[" * DEEP + "]" * DEEP + "}"
    article = newsparse.parse(TEXT.replace("\n\n", f"\n\n{line}\n\n", 1))
    assert article.parser == "generic"
    assert article.body == newsparse.parse(TEXT).body


# --- plugins that raise SystemExit or KeyboardInterrupt ---------------------------


class _Raising:
    """A parser whose detect() or parse() raises what it is given."""

    def __init__(self, name: str, where: str, error: BaseException) -> None:
        self.name = name
        self.where = where
        self.error = error

    def detect(self, doc: newsparse.Document) -> float:
        if self.where == "detect":
            raise self.error
        return 1.0

    def parse(self, doc: newsparse.Document) -> newsparse.Article:
        if self.where == "parse":
            raise self.error
        return newsparse.Article(title="never", parser=self.name)


@pytest.fixture
def registered() -> Iterator[list[str]]:
    names: list[str] = []
    yield names
    for name in names:
        newsparse.unregister(name)


def _register(names: list[str], where: str, error: BaseException) -> str:
    name = f"raising-{where}-{type(error).__name__.lower()}"
    newsparse.register(_Raising(name, where, error))
    names.append(name)
    return name


def _sigint(handler: Any) -> Iterator[None]:
    old = signal.signal(signal.SIGINT, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, old)


@pytest.fixture
def sigint_ignored() -> Iterator[None]:
    yield from _sigint(signal.SIG_IGN)


@pytest.fixture
def sigint_raises() -> Iterator[None]:
    # As in any Python program started with SIGINT not ignored (a shell's
    # background job starts with it ignored, and so would these tests).
    yield from _sigint(signal.default_int_handler)


def test_system_exit_in_parse_is_parser_failed(registered: list[str]) -> None:
    name = _register(registered, "parse", SystemExit(3))
    with pytest.raises(ParserFailedError, match=f"parser '{name}' failed: SystemExit") as info:
        newsparse.parse(TEXT)
    assert isinstance(info.value.__cause__, SystemExit)
    assert info.value.__cause__.code == 3


@pytest.mark.parametrize("error", [SystemExit(1), KeyboardInterrupt()])
def test_exiting_detect_scores_zero(
    registered: list[str], sigint_ignored: None, error: BaseException
) -> None:
    name = _register(registered, "detect", error)
    doc = newsparse.load(TEXT)
    parser, scores = newsparse.choose_parser(doc)
    assert scores[name] == 0.0
    assert parser.name == "generic"
    assert newsparse.parse(TEXT) == newsparse.parse(TEXT, parser="generic")


def test_keyboard_interrupt_in_parse_goes_on_up_while_ctrl_c_can_raise_it(
    registered: list[str], sigint_raises: None
) -> None:
    _register(registered, "parse", KeyboardInterrupt())
    with pytest.raises(KeyboardInterrupt):
        newsparse.parse(TEXT)


def test_keyboard_interrupt_in_parse_is_contained_when_sigint_is_ignored(
    registered: list[str], sigint_ignored: None
) -> None:
    name = _register(registered, "parse", KeyboardInterrupt())
    with pytest.raises(ParserFailedError, match=f"parser '{name}' failed: KeyboardInterrupt"):
        newsparse.parse(TEXT)


class _SlowParser:
    """A parser that is interrupted by a real SIGINT while it works."""

    name = "slow"

    def detect(self, doc: newsparse.Document) -> float:
        return 1.0

    def parse(self, doc: newsparse.Document) -> newsparse.Article:
        os.kill(os.getpid(), signal.SIGINT)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            time.sleep(0.01)
        return newsparse.Article(title="not interrupted", parser=self.name)


@pytest.mark.skipif(sys.platform == "win32", reason="os.kill(SIGINT) is POSIX")
def test_a_real_ctrl_c_still_stops_parse(registered: list[str], sigint_raises: None) -> None:
    newsparse.register(_SlowParser)
    registered.append("slow")
    start = time.monotonic()
    with pytest.raises(KeyboardInterrupt):
        newsparse.parse(TEXT)
    assert time.monotonic() - start < 10


class Interrupting:
    """Raises KeyboardInterrupt from parse(); module level so that workers can import it."""

    name = "interrupting"

    def detect(self, doc: newsparse.Document) -> float:
        return 0.0

    def parse(self, doc: newsparse.Document) -> newsparse.Article:
        raise KeyboardInterrupt


def test_keyboard_interrupt_in_a_batch_worker_fails_one_input(tmp_path: Path) -> None:
    # Workers ignore SIGINT, so any KeyboardInterrupt there was raised by code.
    paths = []
    for n in range(3):
        path = tmp_path / f"{n}.txt"
        path.write_text(TEXT)
        paths.append(path)
    newsparse.register(Interrupting)
    try:
        results = list(newsparse.parse_many(paths, jobs=2, chunk_size=1, parser="interrupting"))
    finally:
        newsparse.unregister("interrupting")
    assert [r.error for r in results] == ["ParserFailedError"] * 3
    assert all("KeyboardInterrupt" in (r.message or "") for r in results)


class _EntryPoints:
    """importlib.metadata.entry_points, plus plugins from ``tmp_path`` modules."""

    def __init__(self, real: Any, extra: list[metadata.EntryPoint]) -> None:
        self.real = real
        self.extra = extra

    def __call__(self, *, group: str) -> list[metadata.EntryPoint]:
        return [*self.real(group=group), *self.extra]


@pytest.fixture
def exiting_plugins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    (tmp_path / "np_plugin_exits.py").write_text("raise SystemExit(2)\n")
    (tmp_path / "np_plugin_interrupts.py").write_text("raise KeyboardInterrupt\n")
    (tmp_path / "np_plugin_init_exits.py").write_text(
        "class Parser:\n"
        "    name = 'init-exits'\n"
        "    def __init__(self):\n"
        "        raise SystemExit('no')\n"
        "    def detect(self, doc): return 1.0\n"
        "    def parse(self, doc): return None\n"
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    group = _registry.GROUP
    extra = [
        metadata.EntryPoint("exits", "np_plugin_exits:Parser", group),
        metadata.EntryPoint("interrupts", "np_plugin_interrupts:Parser", group),
        metadata.EntryPoint("init-exits", "np_plugin_init_exits:Parser", group),
    ]
    monkeypatch.setattr(
        _registry.metadata, "entry_points", _EntryPoints(metadata.entry_points, extra)
    )
    _registry.reload()
    yield
    monkeypatch.undo()
    _registry.reload()


def test_plugins_exiting_at_import_are_skipped_with_a_warning(exiting_plugins: None) -> None:
    with warnings.catch_warnings(record=True) as record:
        warnings.simplefilter("always")
        found = newsparse.parsers()
        article = newsparse.parse(TEXT)
    messages = [str(w.message) for w in record if issubclass(w.category, PluginWarning)]
    for name, error in (
        ("exits", "SystemExit(2)"),
        ("interrupts", "KeyboardInterrupt()"),
        ("init-exits", "SystemExit('no')"),
    ):
        assert any(f"plugin {name!r}" in m and error in m for m in messages), (name, messages)
    assert set(found) == {"cgtn", "chinadaily", "generic"}
    assert article.parser == "generic"


# --- one property over all of the above ---------------------------------------------


def test_parse_raises_only_newsparse_errors_on_hostile_paths(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    if hasattr(os, "mkfifo"):
        os.mkfifo(fifo)
    for path in (Path("a\x00b"), Path("\ud800"), tmp_path, tmp_path / "missing", fifo):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                newsparse.parse(path, max_bytes=1000)
        except NewsparseError:
            pass


def test_explain_contains_a_failing_parser_like_parse(registered: list[str]) -> None:
    from newsparse._explain import explain

    name = _register(registered, "parse", SystemExit(3))
    with pytest.raises(ParserFailedError, match=f"parser '{name}' failed: SystemExit"):
        explain(TEXT)
