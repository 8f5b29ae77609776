"""Every public name is documented: a docstring, and an entry in the API reference."""

from __future__ import annotations

import inspect
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
