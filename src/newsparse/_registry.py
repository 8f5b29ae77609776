"""The parser registry, fed by the ``newsparse.parsers`` entry-point group.

The built-in parsers are registered through that group too, exactly as a
plugin would be. A plugin that fails to load (any exception, SystemExit and
KeyboardInterrupt included) is skipped with a :class:`~newsparse.PluginWarning`
naming it.
"""

from __future__ import annotations

import importlib
import pkgutil
import threading
import warnings
from importlib import metadata
from typing import Any

from ._errors import PluginWarning, UnknownParserError
from .parsers._base import Parser

__all__ = ["get_parser", "parsers", "register", "unregister"]

GROUP = "newsparse.parsers"
_lock = threading.Lock()
_loaded: dict[str, Parser] | None = None
_extra: dict[str, Parser] = {}


def _instantiate(obj: Any) -> Parser:
    parser = obj() if isinstance(obj, type) else obj
    if not isinstance(parser, Parser):
        raise TypeError(f"{obj!r} does not provide name, detect() and parse()")
    return parser


def _builtin_points() -> list[metadata.EntryPoint]:
    """The parsers shipped in :mod:`newsparse.parsers`, found by walking the package:
    each public module is named after its parser and exports its parser class."""
    package = importlib.import_module(f"{__package__}.parsers")
    points = []
    for info in pkgutil.iter_modules(package.__path__):
        if info.name.startswith("_"):
            continue
        where = f"{package.__name__}.{info.name}"
        try:
            module = importlib.import_module(where)
            names = [n for n in module.__all__ if _is_parser_class(getattr(module, n, None))]
        except Exception:  # loading it again reports the error as a broken plugin's
            names = ["?"]
        if names:
            points.append(metadata.EntryPoint(info.name, f"{where}:{names[0]}", GROUP))
    return points


def _is_parser_class(obj: Any) -> bool:
    return isinstance(obj, type) and callable(getattr(obj, "detect", None)) and hasattr(obj, "name")


def _load() -> dict[str, Parser]:
    found: dict[str, Parser] = {}
    points = list(metadata.entry_points(group=GROUP))
    names = {ep.name for ep in points}
    # Running from a source tree without installed metadata: the built-ins still count.
    for point in _builtin_points():
        if point.name not in names:
            points.append(point)
    for ep in points:
        if ep.name in found:
            continue
        try:
            parser = _instantiate(ep.load())
        # A broken plugin must not break newsparse, nor end the program: SystemExit
        # and KeyboardInterrupt raised while it loads skip it like any other error.
        except (Exception, SystemExit, KeyboardInterrupt) as exc:
            warnings.warn(
                f"newsparse parser plugin {ep.name!r} ({ep.value}) failed to load: {exc!r}",
                PluginWarning,
                stacklevel=3,
            )
            continue
        found[ep.name] = parser
    return found


def _all() -> dict[str, Parser]:
    global _loaded
    with _lock:
        if _loaded is None:
            _loaded = _load()
        return {**_loaded, **_extra}


def parsers() -> dict[str, Parser]:
    """The installed parsers by name: built-ins, plugins and registered ones."""
    return dict(sorted(_all().items()))


def get_parser(name: str) -> Parser:
    """The parser called ``name``; :class:`UnknownParserError` if none is."""
    found = _all()
    try:
        return found[name]
    except KeyError:
        raise UnknownParserError(name, sorted(found)) from None


def register(parser: Any, *, name: str | None = None) -> Parser:
    """Register a parser (class or instance) at run time, e.g. from rules files."""
    instance = _instantiate(parser)
    _extra[name or instance.name] = instance
    return instance


def unregister(name: str) -> None:
    """Remove a parser registered with :func:`register`."""
    _extra.pop(name, None)


def reload() -> None:
    """Forget loaded entry points so that the next call reads them again."""
    global _loaded
    with _lock:
        _loaded = None
