"""Exceptions and warnings raised by newsparse.

The hierarchy::

    NewsparseError
    ├── UnknownParserError      a parser name that no installed parser has
    ├── ParserFailedError       a parser (usually a plugin) raised unexpectedly
    ├── ParseTimeoutError       one input of a batch run went over its time limit
    ├── InputError              input that cannot be turned into text at all
    │   ├── UnreadableInputError    a path that cannot be opened or read
    │   └── InputTooLargeError      input over the configured size limit
    └── RuleError               an invalid declarative rules file

    NewsparseWarning (UserWarning)
    ├── PluginWarning           a plugin entry point failed to load
    ├── EmptyArticleWarning     the input holds no article text
    └── EncodingGuessedWarning  bytes with no usable charset: the encoding was guessed

Nothing else escapes :func:`newsparse.parse`.
"""

from __future__ import annotations

__all__ = [
    "EmptyArticleWarning",
    "EncodingGuessedWarning",
    "InputError",
    "InputTooLargeError",
    "NewsparseError",
    "NewsparseWarning",
    "ParseTimeoutError",
    "ParserFailedError",
    "PluginWarning",
    "RuleError",
    "UnknownParserError",
    "UnreadableInputError",
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


class NewsparseWarning(UserWarning):
    """Base class of newsparse's warnings."""


class PluginWarning(NewsparseWarning):
    """A parser plugin failed to load and was skipped."""


class EmptyArticleWarning(NewsparseWarning):
    """The input holds no article text; an empty Article was returned."""


class EncodingGuessedWarning(NewsparseWarning):
    """Bytes declared no usable charset and were not UTF-8: the encoding was guessed."""
