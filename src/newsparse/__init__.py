"""newsparse: turn news dumps (pasted text or saved HTML) into structured articles.

>>> import newsparse
>>> article = newsparse.parse("Title of the story\\n\\nBy Jane Doe\\n\\n" + "Some words here. " * 10)
>>> article.title, article.authors
('Title of the story', ('Jane Doe',))
"""

from __future__ import annotations

from . import rules
from ._api import DEFAULT_MAX_BYTES, choose_parser, load, parse
from ._batch.pool import parse_many
from ._batch.sources import Dump, Origin, Result
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
from ._input.document import Document, Line
from ._model import Article, Block, Caption, Provenance
from ._registry import get_parser, parsers, register, unregister
from ._version import __version__
from .parsers._base import Parser

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
