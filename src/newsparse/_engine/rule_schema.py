"""Rules files: the TOML schema, validated and compiled into typed rules.

Every error names the file, the dotted key and the problem
(:class:`~newsparse.RuleError`); patterns go through the guard of
:mod:`.rule_patterns`, selectors through :mod:`.rule_selectors`. A
``text.header`` naming a parser is resolved through the registry.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any

import attrs
from dateutil import tz as _tz

from .._errors import PatternRisk, RuleError, SelectorError
from .._fields import furniture as _furniture
from .._fields.captions import CAPTION_PATTERNS, CaptionPattern
from .._fields.dates import parse_tz
from .headers import generic_header
from .rule_patterns import check_pattern
from .rule_selectors import Selector, compile_selector
from .text import HeaderStrategy

__all__ = [
    "FIELDS",
    "SCHEMA_VERSION",
    "CompiledRules",
    "Cue",
    "DetectRules",
    "HtmlField",
    "HtmlRules",
    "LineRule",
    "TextRules",
    "compile_rules",
]

#: The schema version this newsparse reads (the optional top-level ``newsparse-rules`` key).
SCHEMA_VERSION = 1
FIELDS = ("title", "subtitle", "section", "byline", "source", "date", "updated", "editor_note")
_DATE_FIELDS = ("date", "updated")
_NAME = re.compile(r"^[a-z][a-z0-9_.-]{0,62}$")
_TIME_DIRECTIVES = ("%H", "%I", "%M", "%X", "%c")


class _Checker:
    """Reads a TOML table, raising RuleError with the file and dotted key."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, key: str, problem: str) -> RuleError:
        where = f"{self.source}: {key}: " if key else f"{self.source}: "
        return RuleError(where + problem)

    def table(self, data: Any, key: str) -> Mapping[str, Any]:
        if not isinstance(data, Mapping):
            raise self.fail(key, f"must be a table, not {_kind(data)}")
        return data

    def known(self, data: Mapping[str, Any], key: str, allowed: Sequence[str]) -> None:
        for name in data:
            if name not in allowed:
                full = f"{key}.{name}" if key else name
                raise self.fail(full, f"unknown key (expected one of: {', '.join(allowed)})")

    def string(self, data: Mapping[str, Any], key: str, name: str, default: Any = None) -> Any:
        value = data.get(name, default)
        if value is not default and not isinstance(value, str):
            raise self.fail(f"{key}.{name}", f"must be a string, not {_kind(value)}")
        return value

    def boolean(self, data: Mapping[str, Any], key: str, name: str, default: bool) -> bool:
        value = data.get(name, default)
        if not isinstance(value, bool):
            raise self.fail(f"{key}.{name}", f"must be true or false, not {_kind(value)}")
        return value

    def number(
        self, data: Mapping[str, Any], key: str, name: str, default: float, lo: float, hi: float
    ) -> float:
        value = data.get(name, default)
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(f"{key}.{name}", f"must be a number, not {_kind(value)}")
        if not lo <= value <= hi:
            raise self.fail(f"{key}.{name}", f"must be between {lo:g} and {hi:g}, not {value!r}")
        return float(value)

    def regex(self, pattern: Any, key: str, groups: Sequence[str] = ()) -> re.Pattern[str]:
        if not isinstance(pattern, str):
            raise self.fail(key, f"must be a regular expression string, not {_kind(pattern)}")
        try:
            rx = re.compile(pattern)
        except re.error as exc:
            raise self.fail(key, f"invalid regular expression: {exc}") from None
        except RecursionError:
            raise self.fail(key, "invalid regular expression: nested too deeply") from None
        try:
            check_pattern(pattern)
        except PatternRisk as exc:
            raise self.fail(key, f"refused regular expression: {exc}") from None
        for group in groups:
            if group not in rx.groupindex:
                raise self.fail(key, f"the pattern needs a named group (?P<{group}>...)")
        return rx

    def tz(self, value: Any, key: str) -> dt.tzinfo | None:
        if value is None:
            return None
        if not isinstance(value, str):
            raise self.fail(key, f"must be a string, not {_kind(value)}")
        zone = _zone(value)
        if zone is None:
            raise self.fail(
                key,
                f"unknown time zone {value!r} (use an offset like 'UTC+8' or '+05:30', "
                "an abbreviation like 'GMT' or 'JST', or an IANA name like 'Asia/Shanghai')",
            )
        return zone

    def date_format(self, value: Any, key: str) -> str | None:
        if value is None:
            return None
        if not isinstance(value, str) or "%" not in value:
            raise self.fail(key, "must be a strptime format such as '%Y-%m-%d %H:%M'")
        try:
            dt.datetime.now().strftime(value)
        except ValueError as exc:
            raise self.fail(key, f"invalid format: {exc}") from None
        return value


def _kind(value: Any) -> str:
    return {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "a table",
    }.get(type(value), type(value).__name__)


def _zone(value: str) -> dt.tzinfo | None:
    text = value.strip()
    if re.fullmatch(r"(?i)(?:utc|gmt)?\s*[+-]\d{1,2}(?::?\d{2})?", text):
        zone = parse_tz(text if text[0] not in "+-" else "UTC" + text, None)
        if zone is not None:
            return zone
    if text.upper() in ("UTC", "GMT", "Z"):
        return dt.timezone.utc
    zone = parse_tz(text, None)
    if zone is not None:
        return zone
    if re.fullmatch(r"[A-Za-z_]+(?:/[A-Za-z0-9_+-]+)+", text):
        try:
            return _tz.gettz(text)
        except (ValueError, OSError):  # a file that is not a zone
            return None
    return None


# --- the compiled rules ---------------------------------------------------------


@attrs.frozen
class LineRule:
    """A text line pattern whose named groups are article fields."""

    rule: str
    regex: re.Pattern[str]
    fields: tuple[str, ...]
    date_format: str | None
    tz: dt.tzinfo | None
    anywhere: bool


@attrs.frozen
class Cue:
    """A detection cue: a pattern searched in the text, or a selector; its weight."""

    weight: float
    regex: re.Pattern[str] | None = None
    selector: Selector | None = None


@attrs.frozen
class HtmlField:
    """Where a field is on a page: a selector, maybe an attribute, a date format."""

    rule: str
    selector: Selector
    attribute: str | None
    date_format: str | None
    tz: dt.tzinfo | None


@attrs.frozen
class HtmlRules:
    """The ``[html]`` table: field selectors, body, headings, captions, what to drop."""

    fields: dict[str, HtmlField]
    body: Selector
    headings: Selector | None
    captions: Selector | None
    drop: tuple[Selector, ...]


@attrs.frozen
class DetectRules:
    """The ``[detect]`` table."""

    url: re.Pattern[str] | None
    url_weight: float
    window: int
    cues: tuple[Cue, ...]


@attrs.frozen
class TextRules:
    """The ``[text]`` table: the line rules and the engine's profile settings."""

    tz: dt.tzinfo | None
    header: HeaderStrategy | None
    captions: tuple[CaptionPattern, ...]
    furniture: tuple[_furniture.Rule, ...]
    tail: tuple[_furniture.Rule, ...]
    lines: tuple[LineRule, ...]
    standfirst_before_image: bool
    repeated_lines_are_captions: bool


@attrs.frozen
class CompiledRules:
    """A rules file, validated: everything a RulesParser is made of."""

    name: str
    description: str
    detect: DetectRules
    text: TextRules
    html: HtmlRules | None


def compile_rules(data: Mapping[str, Any], source: str) -> CompiledRules:
    """Validate the TOML data; everything a RulesParser needs."""
    c = _Checker(source)
    c.known(data, "", ("newsparse-rules", "parser", "detect", "text", "html"))
    version = data.get("newsparse-rules", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        raise c.fail("newsparse-rules", f"unsupported version {version!r} (this newsparse reads 1)")
    if "parser" not in data:
        raise c.fail("parser", "missing table (a rules file needs [parser] with a name)")
    meta = c.table(data["parser"], "parser")
    c.known(meta, "parser", ("name", "description"))
    name = c.string(meta, "parser", "name")
    if name is None:
        raise c.fail("parser.name", 'missing (e.g. name = "myoutlet")')
    if not _NAME.match(name):
        raise c.fail(
            "parser.name",
            f"{name!r} is not a valid name (lower-case letters, digits, '_', '-', '.')",
        )
    description = c.string(meta, "parser", "description", "")
    text = _compile_text(c, name, data.get("text", {}))
    return CompiledRules(
        name,
        description,
        _compile_detect(c, data.get("detect", {})),
        text,
        _compile_html(c, name, data.get("html"), text.tz),
    )


def _compile_detect(c: _Checker, data: Any) -> DetectRules:
    table = c.table(data, "detect")
    c.known(table, "detect", ("url", "url_weight", "window", "cues"))
    url = table.get("url")
    url_rx = None if url is None else c.regex(url, "detect.url")
    url_weight = c.number(table, "detect", "url_weight", 0.6, 0.0, 1.0)
    window = int(c.number(table, "detect", "window", 6000, 100, 10_000_000))
    raw = table.get("cues", [])
    if not isinstance(raw, list):
        raise c.fail("detect.cues", f"must be an array of tables, not {_kind(raw)}")
    cues: list[Cue] = []
    for n, item in enumerate(raw):
        key = f"detect.cues[{n}]"
        cue = c.table(item, key)
        c.known(cue, key, ("pattern", "css", "xpath", "weight"))
        weight = c.number(cue, key, "weight", 0.5, -1.0, 1.0)
        given = [k for k in ("pattern", "css", "xpath") if k in cue]
        if len(given) != 1:
            raise c.fail(key, "needs exactly one of pattern, css or xpath")
        kind = given[0]
        if kind == "pattern":
            cues.append(Cue(weight, regex=c.regex(cue[kind], f"{key}.pattern")))
        else:
            cues.append(Cue(weight, selector=_selector(c, kind, cue[kind], f"{key}.{kind}")))
    return DetectRules(url_rx, url_weight, window, tuple(cues))


def _patterns(
    c: _Checker, table: Mapping[str, Any], key: str, prefix: str, groups: Sequence[str] = ()
) -> list[tuple[str, re.Pattern[str]]]:
    """A list of patterns, each a string or a table {name, pattern}."""
    raw = table.get(key.rsplit(".", 1)[-1], [])
    if not isinstance(raw, list):
        raise c.fail(key, f"must be an array, not {_kind(raw)}")
    out = []
    for n, item in enumerate(raw):
        where = f"{key}[{n}]"
        if isinstance(item, str):
            out.append((f"{prefix}.{n + 1}", c.regex(item, where, groups)))
            continue
        entry = c.table(item, where)
        c.known(entry, where, ("name", "pattern"))
        if "pattern" not in entry:
            raise c.fail(f"{where}.pattern", "missing")
        label = c.string(entry, where, "name", str(n + 1))
        out.append((f"{prefix}.{label}", c.regex(entry["pattern"], f"{where}.pattern", groups)))
    return out


def _compile_text(c: _Checker, name: str, data: Any) -> TextRules:
    table = c.table(data, "text")
    allowed = (
        "timezone", "header", "standfirst_before_image", "repeated_lines_are_captions",
        "builtin_captions", "builtin_furniture", "builtin_tail", "captions", "furniture",
        "tail", "lines", *FIELDS,
    )  # fmt: skip
    c.known(table, "text", allowed)
    tz = c.tz(table.get("timezone"), "text.timezone")
    header = _header_strategy(c, c.string(table, "text", "header", "generic"))
    captions = tuple(
        CaptionPattern(rule, rx)
        for rule, rx in _patterns(c, table, "text.captions", f"{name}.caption", ("text", "credit"))
    )
    if c.boolean(table, "text", "builtin_captions", True):
        captions += CAPTION_PATTERNS
    furniture: tuple[_furniture.Rule, ...] = tuple(
        _patterns(c, table, "text.furniture", f"{name}.furniture")
    )
    if c.boolean(table, "text", "builtin_furniture", True):
        furniture += _furniture.LINE
    tail: tuple[_furniture.Rule, ...] = tuple(_patterns(c, table, "text.tail", f"{name}.tail"))
    if c.boolean(table, "text", "builtin_tail", True):
        tail += _furniture.TAIL
    lines: list[LineRule] = []
    for field in FIELDS:
        if field in table:
            lines.extend(_field_rules(c, name, field, table[field], tz))
    raw = table.get("lines", [])
    if not isinstance(raw, list):
        raise c.fail("text.lines", f"must be an array of tables, not {_kind(raw)}")
    for n, item in enumerate(raw):
        lines.append(_line_rule(c, name, f"text.lines[{n}]", item, tz, None, f"line.{n + 1}"))
    return TextRules(
        tz=tz,
        header=header,
        captions=captions,
        furniture=furniture,
        tail=tail,
        lines=tuple(lines),
        standfirst_before_image=c.boolean(table, "text", "standfirst_before_image", False),
        repeated_lines_are_captions=c.boolean(table, "text", "repeated_lines_are_captions", True),
    )


def _header_strategy(c: _Checker, name: str) -> HeaderStrategy | None:
    """The header strategy called ``name``: "none", "generic", or that of an
    installed parser built on a :class:`~newsparse.parsers._base.ProfileParser`
    (found through the registry, so a plugin outlet's strategy can be named too)."""
    if name == "none":
        return None
    if name == "generic":
        return generic_header
    from .._registry import parsers
    from ..parsers._base import ProfileParser

    found = {n: p.profile.header for n, p in parsers().items() if isinstance(p, ProfileParser)}
    if name not in found:
        known = ", ".join(sorted({"none", "generic", *found}))
        raise c.fail("text.header", f"unknown strategy {name!r} (one of: {known})")
    return found[name]


def _field_rules(
    c: _Checker, name: str, field: str, raw: Any, tz: dt.tzinfo | None
) -> list[LineRule]:
    key = f"text.{field}"
    items = raw if isinstance(raw, list) else [raw]
    return [
        _line_rule(c, name, key if len(items) == 1 else f"{key}[{n}]", item, tz, field, field)
        for n, item in enumerate(items)
    ]


def _line_rule(
    c: _Checker,
    name: str,
    key: str,
    item: Any,
    tz: dt.tzinfo | None,
    field: str | None,
    default_rule: str,
) -> LineRule:
    if isinstance(item, str) and field is not None:
        item = {"pattern": item}
    entry = c.table(item, key)
    c.known(entry, key, ("name", "pattern", "format", "timezone", "where"))
    if "pattern" not in entry:
        raise c.fail(f"{key}.pattern", "missing")
    rx = c.regex(entry["pattern"], f"{key}.pattern")
    if field is not None:
        fields: tuple[str, ...] = (field,)
    else:
        fields = tuple(g for g in rx.groupindex if g in FIELDS)
        unknown = [g for g in rx.groupindex if g not in FIELDS]
        if unknown:
            raise c.fail(
                f"{key}.pattern",
                f"unknown group (?P<{unknown[0]}>...) (groups name fields: {', '.join(FIELDS)})",
            )
        if not fields:
            raise c.fail(f"{key}.pattern", "needs at least one named group such as (?P<title>...)")
    date_format = c.date_format(entry.get("format"), f"{key}.format")
    if date_format is not None and not any(f in _DATE_FIELDS for f in fields):
        raise c.fail(f"{key}.format", "only date and updated take a format")
    zone = c.tz(entry.get("timezone"), f"{key}.timezone") if "timezone" in entry else tz
    where = c.string(entry, key, "where", "header")
    if where not in ("header", "anywhere"):
        raise c.fail(f"{key}.where", f"must be 'header' or 'anywhere', not {where!r}")
    rule = c.string(entry, key, "name", default_rule)
    return LineRule(f"{name}.{rule}", rx, fields, date_format, zone, where == "anywhere")


def _selector(c: _Checker, kind: str, expr: Any, key: str) -> Selector:
    if not isinstance(expr, str) or not expr.strip():
        raise c.fail(key, f"must be a non-empty {kind} string")
    try:
        return compile_selector(kind, expr)
    except SelectorError as exc:
        raise c.fail(key, str(exc)) from None


def _selector_spec(c: _Checker, raw: Any, key: str, extra: Sequence[str] = ()) -> Any:
    """A selector given as a CSS string or a table {css|xpath, ...}."""
    if isinstance(raw, str):
        return _selector(c, "css", raw, key), {}
    entry = c.table(raw, key)
    c.known(entry, key, ("css", "xpath", *extra))
    given = [k for k in ("css", "xpath") if k in entry]
    if len(given) != 1:
        raise c.fail(key, "needs exactly one of css or xpath")
    return _selector(c, given[0], entry[given[0]], f"{key}.{given[0]}"), entry


def _compile_html(
    c: _Checker,
    name: str,
    data: Any,
    text_tz: dt.tzinfo | None,
) -> HtmlRules | None:
    if data is None:
        return None
    table = c.table(data, "html")
    c.known(table, "html", ("timezone", "body", "headings", "captions", "drop", *FIELDS))
    tz = c.tz(table["timezone"], "html.timezone") if "timezone" in table else text_tz
    fields: dict[str, HtmlField] = {}
    for field in FIELDS:
        if field not in table:
            continue
        key = f"html.{field}"
        extra = ("attribute", "format", "timezone") if field in _DATE_FIELDS else ("attribute",)
        selector, entry = _selector_spec(c, table[field], key, extra)
        date_format = c.date_format(entry.get("format"), f"{key}.format")
        zone = c.tz(entry.get("timezone"), f"{key}.timezone") if "timezone" in entry else tz
        attribute = c.string(entry, key, "attribute")
        fields[field] = HtmlField(f"{name}.html.{field}", selector, attribute, date_format, zone)
    body = _selector_spec(c, table["body"], "html.body")[0] if "body" in table else None
    headings = (
        _selector_spec(c, table["headings"], "html.headings")[0] if "headings" in table else None
    )
    caption_sel = (
        _selector_spec(c, table["captions"], "html.captions")[0] if "captions" in table else None
    )
    raw_drop = table.get("drop", [])
    items = raw_drop if isinstance(raw_drop, list) else [raw_drop]
    drop = tuple(_selector_spec(c, item, f"html.drop[{n}]")[0] for n, item in enumerate(items))
    if body is None:
        raise c.fail("html.body", "missing (the [html] table needs a body selector)")
    return HtmlRules(fields, body, headings, caption_sel, drop)


# --- parsing with the rules -----------------------------------------------------
