"""Selectors for declarative HTML rules: CSS (via cssselect) or XPath on ``Document.root``."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from lxml import etree

from .._errors import SelectorError
from .._input.normalize import clean_line

__all__ = ["Selector", "compile_selector", "element_text", "select"]

#: A compiled selector: called with the root element, returns elements or strings.
Selector = Callable[[Any], Any]

_SKIP = frozenset(["script", "style", "noscript", "template", "svg", "iframe", "head"])
_INLINE = frozenset(
    ["a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
     "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var"]
)  # fmt: skip


def compile_selector(kind: str, expr: str) -> Selector:
    """Compile a CSS selector or an XPath expression; SelectorError if invalid."""
    if kind == "xpath":
        try:
            return etree.XPath(expr, smart_strings=False)
        except etree.XPathSyntaxError as exc:
            raise SelectorError(f"invalid XPath {expr!r}: {exc}") from None
    try:
        from cssselect import SelectorError as CSSError
        from lxml.cssselect import CSSSelector
    except ImportError:  # pragma: no cover - cssselect is a dependency
        raise SelectorError(
            "CSS selectors need the cssselect package (pip install cssselect), "
            "or write the selector as XPath"
        ) from None
    try:
        return CSSSelector(expr, translator="html")
    except CSSError as exc:
        raise SelectorError(f"invalid CSS selector {expr!r}: {exc}") from None


def select(selector: Selector, root: Any, dropped: frozenset[Any] = frozenset()) -> list[Any]:
    """The selector's results on ``root``, less elements inside ``dropped`` ones."""
    try:
        found = selector(root)
    except (etree.XPathError, TypeError, ValueError):
        return []
    if not isinstance(found, list):
        # XPath can give a number, a boolean or a string: a string is a value.
        return [found] if isinstance(found, str) else []
    out: list[Any] = []
    for item in found:
        if isinstance(item, str) or (
            isinstance(item, etree._Element) and not _inside(item, dropped)
        ):
            out.append(item)
    return out


def _inside(el: Any, dropped: frozenset[Any]) -> bool:
    if not dropped:
        return False
    return el in dropped or any(a in dropped for a in el.iterancestors())


def element_text(el: Any, dropped: Iterable[Any] = ()) -> str:
    """The visible text of ``el`` on one line, without scripts or dropped parts."""
    if isinstance(el, str):
        return clean_line(el)
    skip = set(dropped)
    out: list[str] = []
    # Iterative walk: deeply nested pages must not hit the recursion limit.
    stack: list[tuple[Any, bool]] = [(el, False)]
    while stack:
        node, closing = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        if closing:
            if tag not in _INLINE:
                out.append(" ")
            if node is not el and node.tail:
                out.append(node.tail)
            continue
        if not tag or tag in _SKIP or node in skip:
            if node is not el and node.tail:
                out.append(node.tail)
            continue
        if tag not in _INLINE:
            out.append(" ")
        if node.text:
            out.append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return clean_line("".join(out))
