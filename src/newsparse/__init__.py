"""newsparse: turn news dumps (pasted text or saved HTML) into structured articles.

>>> import newsparse
>>> article = newsparse.parse("Title of the story\\n\\nBy Jane Doe\\n\\n" + "Some words here. " * 10)
>>> article.title, article.authors
('Title of the story', ('Jane Doe',))
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._errors import (
    EmptyArticleWarning,
    EncodingGuessedWarning,
    InputError,
    InputTooLargeError,
    MissingDependency,
    NewsparseError,
    NewsparseWarning,
    ParserFailedError,
    ParseTimeoutError,
    PluginWarning,
    RuleError,
    UnknownParserError,
    UnreadableInputError,
    WorkerCrashedError,
)
from ._version import __version__

# The parsers subpackage (an empty __init__) is loaded now, and its name taken
# back: loading it later, lazily, would bind it over the function parsers().
importlib.import_module(".parsers", __name__)
globals().pop("parsers", None)

if TYPE_CHECKING:
    from . import rules
    from ._api import DEFAULT_MAX_BYTES, choose_parser, load, parse
    from ._batch.pool import parse_many
    from ._batch.sources import Dump, Origin, Result
    from ._input.document import Document, Line
    from ._model import Article, Block, Caption, Provenance
    from ._registry import get_parser, parsers, register, unregister
    from .parsers._base import Parser

# Imported on first use (PEP 562), so that `import newsparse` stays fast: the
# parsers bring lxml, attrs, dateutil and their rules with them.
_LAZY = {
    "rules": "",
    "DEFAULT_MAX_BYTES": "._api",
    "choose_parser": "._api",
    "load": "._api",
    "parse": "._api",
    "parse_many": "._batch.pool",
    "Dump": "._batch.sources",
    "Origin": "._batch.sources",
    "Result": "._batch.sources",
    "Document": "._input.document",
    "Line": "._input.document",
    "Article": "._model",
    "Block": "._model",
    "Caption": "._model",
    "Provenance": "._model",
    "get_parser": "._registry",
    "parsers": "._registry",
    "register": "._registry",
    "unregister": "._registry",
    "Parser": ".parsers._base",
}


def __getattr__(name: str) -> Any:
    where = _LAZY.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    if where == "":  # a submodule
        value: Any = importlib.import_module(f".{name}", __name__)
    else:
        value = getattr(importlib.import_module(where, __name__), name)
    globals()[name] = value  # found in the module's namespace from now on
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "DEFAULT_MAX_BYTES",
    "Article",
    "Block",
    "Caption",
    "Document",
    "Dump",
    "EmptyArticleWarning",
    "EncodingGuessedWarning",
    "InputError",
    "InputTooLargeError",
    "Line",
    "MissingDependency",
    "NewsparseError",
    "NewsparseWarning",
    "Origin",
    "ParseTimeoutError",
    "Parser",
    "ParserFailedError",
    "PluginWarning",
    "Provenance",
    "Result",
    "RuleError",
    "UnknownParserError",
    "UnreadableInputError",
    "WorkerCrashedError",
    "__version__",
    "choose_parser",
    "get_parser",
    "load",
    "parse",
    "parse_many",
    "parsers",
    "register",
    "rules",
    "unregister",
]
