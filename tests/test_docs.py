"""Every public name is documented: a docstring, and an entry in the API reference."""

from __future__ import annotations

import inspect
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

import newsparse
import newsparse.rules

API_PAGE = Path(__file__).parent.parent / "docs" / "api.md"
CONSTANTS = {"__version__", "DEFAULT_MAX_BYTES"}


def public(module: ModuleType) -> list[tuple[str, object]]:
    return [(f"{module.__name__}.{n}", getattr(module, n)) for n in module.__all__]


NAMES = public(newsparse) + public(newsparse.rules)


def own_doc(obj: object) -> str:
    if inspect.isclass(obj):
        return (obj.__dict__.get("__doc__") or "").strip()
    return (getattr(obj, "__doc__", None) or "").strip()


@pytest.mark.parametrize(("name", "obj"), NAMES, ids=[n for n, _ in NAMES])
def test_public_name_has_a_docstring(name: str, obj: object) -> None:
    if name.rsplit(".", 1)[-1] in CONSTANTS:
        return
    assert own_doc(obj), f"{name} has no docstring"
    if inspect.isclass(obj) and not issubclass(obj, BaseException):
        for attr, value in vars(obj).items():
            if attr.startswith("_") or not callable(getattr(obj, attr)):
                continue
            if isinstance(value, (staticmethod, classmethod)):
                value = value.__func__
            assert (value.__doc__ or "").strip(), f"{name}.{attr} has no docstring"


@pytest.mark.skipif(not API_PAGE.exists(), reason="docs/ is not in this tree")
def test_api_reference_lists_every_public_name() -> None:
    page = API_PAGE.read_text(encoding="utf-8")
    missing = [
        name
        for name, _ in NAMES
        if name not in page and name != "newsparse.rules" and name != "newsparse.rules.RuleError"
    ]
    assert not missing, f"docs/api.md does not document: {', '.join(missing)}"


# ---------------------------------------------------------------- the docs' other claims

ROOT = Path(__file__).parent.parent
DOCS = ROOT / "docs"
README = ROOT / "README.md"
needs_docs = pytest.mark.skipif(not DOCS.is_dir(), reason="docs/ is not in this tree")
FENCE = re.compile(r"^\s*(`{3,}|~{3,})(.*)$")


def code_blocks(text: str) -> Iterator[tuple[int, str, list[str]]]:
    """The fenced blocks of a Markdown page: first line number, info string, lines."""
    fence, info, start, lines = "", "", 0, []
    for number, line in enumerate(text.splitlines(), 1):
        match = FENCE.match(line)
        if not fence:
            if match:
                fence, info, start, lines = match.group(1), match.group(2).strip(), number, []
            continue
        marker, rest = match.groups() if match else ("", "x")
        if marker[:1] == fence[0] and len(marker) >= len(fence) and not rest.strip():
            yield start, info, lines
            fence = ""
        else:
            lines.append(line)


def pages() -> list[Path]:
    return [README, *sorted(DOCS.glob("*.md"))]


@needs_docs
@pytest.mark.parametrize("page", pages(), ids=lambda p: p.name)
def test_code_blocks_fit_a_normal_width(page: Path) -> None:
    long = [
        f"{page.name}:{start + i + 1}: {len(line)} characters"
        for start, _, lines in code_blocks(page.read_text(encoding="utf-8"))
        for i, line in enumerate(lines)
        if len(line) > 88
    ]
    assert not long, "code block lines over 88 characters:\n" + "\n".join(long)


def test_code_blocks_finds_blocks() -> None:
    text = "a\n```python\nx = 1\n```\nb\n````md\n```\ninner\n```\n````\n~~~\ny\n~~~\n"
    assert list(code_blocks(text)) == [
        (2, "python", ["x = 1"]),
        (6, "md", ["```", "inner", "```"]),
        (11, "", ["y"]),
    ]


@needs_docs
def test_every_cli_flag_is_documented() -> None:
    import argparse

    from newsparse.cli import _build_parser

    page = (DOCS / "cli.md").read_text(encoding="utf-8")
    top = _build_parser()
    commands = next(a for a in top._actions if isinstance(a, argparse._SubParsersAction))
    missing = []
    for name, sub in [("newsparse", top), *commands.choices.items()]:
        if name != "newsparse":
            assert f"## `newsparse {name}`" in page, f"no section for {name}"
        for action in sub._actions:
            for flag in action.option_strings:
                if f"`{flag}" not in page and f"[{flag}" not in page:
                    missing.append(f"{name} {flag}")
    assert not missing, f"docs/cli.md does not document: {', '.join(missing)}"


def test_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    section = README.read_text(encoding="utf-8").split("## Use it from Python", 1)[1]
    _, info, lines = next(code_blocks(section))
    assert info == "python"
    code = "\n".join(lines)
    assert 'newsparse.parse(Path("dump.txt"))' in code  # a path, not a str: a str is a dump
    seed = ROOT / "tests" / "data" / "seeds" / "000_30fd85d0f1613148.txt"
    (tmp_path / "dump.txt").write_bytes(seed.read_bytes())
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    exec(compile(code, "README.md", "exec"), namespace)
    assert namespace["article"] == newsparse.parse(seed)


def test_python_versions_claimed_are_those_tested() -> None:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover
        import tomli as tomllib
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    prefix = "Programming Language :: Python :: 3."
    minors = sorted(int(c[len(prefix) :]) for c in project["classifiers"] if c.startswith(prefix))
    claim = re.search(r"Python 3\.(\d+) to 3\.(\d+)", README.read_text(encoding="utf-8"))
    assert claim, "README.md does not say which Python versions"
    assert minors == list(range(int(claim[1]), int(claim[2]) + 1))
    assert project["requires-python"] == f">=3.{minors[0]}"
    tox = (ROOT / "tox.ini").read_text(encoding="utf-8")
    env_list = re.search(r"env_list = (.*)", tox)
    assert env_list and {f"py3{m}" for m in minors} <= set(env_list[1].replace(" ", "").split(","))
