"""Exceptions and warnings raised by newsparse.

The hierarchy::

    NewsparseError
    ├── UnknownParserError      a parser name that no installed parser has
    ├── ParserFailedError       a parser (usually a plugin) raised unexpectedly
    ├── ParseTimeoutError       one input of a batch run went over its time limit
    ├── WorkerCrashedError      a batch worker process died while parsing one input
    ├── MissingDependency (ImportError)
    │                           an optional extra is needed for this input or output
    ├── InputError              input that cannot be turned into text at all
    │   ├── UnreadableInputError    a path that cannot be opened or read
    │   └── InputTooLargeError      input over the configured size limit
    └── RuleError               an invalid declarative rules file

    NewsparseWarning (UserWarning)
    ├── PluginWarning           a plugin entry point failed to load
    ├── EmptyArticleWarning     the input holds no article text
    └── EncodingGuessedWarning  bytes with no usable charset: the encoding was guessed

    Internal, turned into RuleError before a user sees them:
    PatternRisk (ValueError)    a rules pattern that can backtrack catastrophically
    SelectorError (ValueError)  a rules selector that does not compile

Nothing else escapes :func:`newsparse.parse`. Two private signals live beside the
code that raises and catches them: ``newsparse._batch.pool._Alarm`` (a worker's time
limit, a ``BaseException`` so that a parser's ``except Exception`` cannot swallow it)
and ``newsparse.cli._OutputError`` (a failed write, told apart from a failed read).
"""

from __future__ import annotations

__all__ = [
    "EmptyArticleWarning",
    "EncodingGuessedWarning",
    "InputError",
    "InputTooLargeError",
    "MissingDependency",
    "NewsparseError",
    "NewsparseWarning",
    "ParseTimeoutError",
    "ParserFailedError",
    "PatternRisk",
    "PluginWarning",
    "RuleError",
    "SelectorError",
    "UnknownParserError",
    "UnreadableInputError",
    "WorkerCrashedError",
]


class NewsparseError(Exception):
    """Base class of every error newsparse raises on purpose."""


class UnknownParserError(NewsparseError, LookupError):
    """A parser was asked for by a name that no installed parser has."""

    def __init__(self, name: str, known: list[str]) -> None:
        self.name = name
        self.known = known
        super().__init__(
            f"unknown parser {name!r}; installed parsers: {', '.join(known) or 'none'}"
        )


class ParserFailedError(NewsparseError, RuntimeError):
    """A parser raised an unexpected exception; the original is ``__cause__``."""

    def __init__(self, parser: str, error: BaseException) -> None:
        self.parser = parser
        super().__init__(f"parser {parser!r} failed: {type(error).__name__}: {error}")


class ParseTimeoutError(NewsparseError):
    """Parsing one input of a batch run took longer than its time limit.

    Only :func:`newsparse.parse_many` and the command line set time limits;
    the failed :class:`~newsparse.Result` has ``error == "ParseTimeoutError"``.
    """

    def __init__(self, limit: float) -> None:
        self.limit = limit
        super().__init__(
            f"gave up after {limit:g} s, the time limit for this input "
            "(raise it with timeout=..., or --timeout on the command line)"
        )

    def __reduce__(self) -> tuple[type[ParseTimeoutError], tuple[float]]:
        return type(self), (self.limit,)


class WorkerCrashedError(NewsparseError):
    """A worker process died (a crash in native code, or killed) on this input."""


class MissingDependency(NewsparseError, ImportError):
    """An optional dependency is needed for this input or output."""

    def __init__(self, what: str, extra: str) -> None:
        self.extra = extra
        super().__init__(f"{what} need the {extra!r} extra: pip install 'newsparse[{extra}]'")


class InputError(NewsparseError, ValueError):
    """The input cannot be turned into text."""


class UnreadableInputError(InputError):
    """A path given as input cannot be opened or read."""


class InputTooLargeError(InputError):
    """The input is larger than the configured limit (see ``max_bytes``)."""

    def __init__(self, size: int, limit: int) -> None:
        self.size = size
        self.limit = limit
        super().__init__(
            f"input of {size} bytes is over the limit of {limit} bytes "
            "(raise it with max_bytes=..., or --max-bytes on the command line)"
        )


class RuleError(NewsparseError, ValueError):
    """A declarative rules file is invalid; the message names the file and key."""


class PatternRisk(ValueError):
    """A pattern that can backtrack catastrophically; the message says why."""


class SelectorError(ValueError):
    """A selector that does not compile."""


class NewsparseWarning(UserWarning):
    """Base class of newsparse's warnings."""


class PluginWarning(NewsparseWarning):
    """A parser plugin failed to load and was skipped."""


class EmptyArticleWarning(NewsparseWarning):
    """The input holds no article text; an empty Article was returned."""


class EncodingGuessedWarning(NewsparseWarning):
    """Bytes declared no usable charset and were not UTF-8: the encoding was guessed."""
