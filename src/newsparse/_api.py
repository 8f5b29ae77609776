"""``newsparse.parse``: any input to an Article."""

from __future__ import annotations

import os
import signal
import warnings
from collections.abc import Callable
from typing import TypeVar

from ._engine.html import document_from_html, looks_like_html
from ._errors import (
    EmptyArticleWarning,
    InputTooLargeError,
    NewsparseError,
    NewsparseWarning,
    ParserFailedError,
)
from ._input.decode import decode_bytes_exact, looks_binary
from ._input.document import Document, clean_url
from ._input.read import read_path
from ._model import Article
from ._registry import get_parser, parsers
from .parsers._base import Parser

_T = TypeVar("_T")

__all__ = ["DEFAULT_MAX_BYTES", "Input", "choose_parser", "load", "parse"]

#: Inputs larger than this raise InputTooLargeError unless ``max_bytes`` says otherwise.
DEFAULT_MAX_BYTES = 20_000_000

Input = str | bytes | os.PathLike[str]


def _is_file(text: str) -> bool:
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):
        return False


def load(
    data: Input, *, url: str | None = None, max_bytes: int | None = DEFAULT_MAX_BYTES
) -> Document:
    """Turn ``data`` into a :class:`Document` (text or HTML), without parsing it.

    ``str`` is the dump itself; ``bytes`` are decoded (BOM, UTF-8, declared
    charset, then a guess by charset-normalizer that warns with
    :class:`EncodingGuessedWarning`); an
    :class:`os.PathLike` is read from disk.
    """
    url = clean_url(url)
    encoding = None
    utf8: bytes | None = None  # the input, when it is exactly the text in UTF-8
    if isinstance(data, os.PathLike):
        data = read_path(data, max_bytes)
    if isinstance(data, (bytes, bytearray, memoryview)):
        raw = bytes(data)
        if max_bytes is not None and len(raw) > max_bytes:
            raise InputTooLargeError(len(raw), max_bytes)
        binary = looks_binary(raw)
        if binary is not None:
            return Document("text", "", (), url=url, encoding=None, meta={"binary": binary})
        text, encoding, exact = decode_bytes_exact(raw)
        if exact:
            utf8 = raw
    elif isinstance(data, str):
        if max_bytes is not None and len(data) > max_bytes:
            raise InputTooLargeError(len(data), max_bytes)
        text = data
        if len(text) < 512 and "\n" not in text and _is_file(text):
            warnings.warn(
                f"parse() reads a str as the dump itself, not as a path: {text!r} names a file; "
                "pass pathlib.Path(...) to read it",
                NewsparseWarning,
                stacklevel=3,
            )
    else:
        raise TypeError(f"parse() takes str, bytes or a path, not {type(data).__name__}")
    if looks_like_html(text):
        return document_from_html(text, url=url, encoding=encoding, utf8=utf8)
    return Document.from_text(text, url=url, encoding=encoding)


def _interrupt_may_be_real() -> bool:
    """Whether a KeyboardInterrupt here may be a real Ctrl-C rather than code raising it.

    When SIGINT is ignored (as in batch workers) or kills the process outright,
    no Ctrl-C arrives as an exception, so a KeyboardInterrupt was raised by code.
    """
    try:
        handler = signal.getsignal(signal.SIGINT)
    except (AttributeError, ValueError):  # pragma: no cover - no SIGINT on this platform
        return True
    return handler not in (signal.SIG_IGN, signal.SIG_DFL)


def _stops(exc: BaseException) -> bool:
    """A BaseException from a parser that must go on up: a Ctrl-C, or not ours to judge."""
    if isinstance(exc, KeyboardInterrupt):
        return _interrupt_may_be_real()
    return not isinstance(exc, (Exception, SystemExit))


def contained(name: str, call: Callable[[Document], _T], doc: Document) -> _T:
    """``call(doc)`` for parser ``name``, its unexpected errors as :class:`ParserFailedError`."""
    try:
        return call(doc)
    except NewsparseError:
        raise
    except BaseException as exc:  # SystemExit too: a plugin must not end the program
        if _stops(exc):
            raise
        raise ParserFailedError(name, exc) from exc


def run_parser(parser: Parser, doc: Document) -> Article:
    """``parser.parse(doc)``, its unexpected errors as :class:`ParserFailedError` (see parse())."""
    return contained(parser.name, parser.parse, doc)


def choose_parser(doc: Document) -> tuple[Parser, dict[str, float]]:
    """The parser with the highest ``detect()`` score, and every score."""
    scores: dict[str, float] = {}
    best: Parser | None = None
    best_score = -1.0
    for name, parser in parsers().items():
        try:
            score = float(parser.detect(doc))
        except BaseException as exc:  # a plugin's broken detect() must not stop parsing
            if _stops(exc):
                raise
            score = 0.0
        if score != score:  # NaN
            score = 0.0
        scores[name] = score
        # Ties go to the non-generic parser, then to the name, for determinism.
        if score > best_score or (
            score == best_score and best is not None and best.name == "generic"
        ):
            best, best_score = parser, score
    if best is None or best_score <= 0.0:
        best = get_parser("generic")
    return best, scores


def parse(
    data: Input,
    *,
    url: str | None = None,
    parser: str | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
) -> Article:
    """Parse one news dump into an :class:`Article`.

    ``data`` is the dump as ``str``, as ``bytes`` (decoded for you), or an
    :class:`os.PathLike` to read. ``parser`` forces a parser by name;
    otherwise the installed parser whose ``detect()`` scores highest is
    used, ``generic`` being the fallback. Raises only
    :class:`NewsparseError` subclasses; input with no article text gives an
    empty Article and an :class:`EmptyArticleWarning`.

    A parser that raises ``SystemExit`` fails with :class:`ParserFailedError`
    like any other error. ``KeyboardInterrupt`` goes on up while Ctrl-C can
    raise it (SIGINT handled by Python, as in an interactive session), so that
    Ctrl-C still stops a loop of ``parse()`` calls; where SIGINT is ignored (as
    in batch workers) it can only come from the parser, and fails the same way.
    """
    chosen = get_parser(parser) if parser is not None else None
    doc = load(data, url=url, max_bytes=max_bytes)
    if chosen is None:
        chosen, _ = choose_parser(doc)
    article = run_parser(chosen, doc)
    if not article.body:
        reason = doc.meta.get("binary")
        what = f"input looks like {reason}" if reason else "no article text found"
        warnings.warn(f"{what}; returning an empty body", EmptyArticleWarning, stacklevel=2)
    return article
