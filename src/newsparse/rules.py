"""Declarative outlet rules: add an outlet with a TOML file instead of code.

A rules file describes one outlet: how to recognise its dumps (``[detect]``),
line patterns for text dumps (``[text]``: title, byline, dates with their
format and time zone, caption credits, furniture to drop) and selectors for
saved HTML pages (``[html]``). :func:`load` turns it into a
:class:`RulesParser`, which satisfies the :class:`~newsparse.Parser` protocol:

>>> import newsparse, newsparse.rules
>>> parser = newsparse.rules.loads('''
... [parser]
... name = "gazette"
... [detect]
... url = 'gazette\\.example'
... [text]
... byline = '^Words: (?P<byline>.+)$'
... ''')
>>> doc = newsparse.load("Harbour reopens after the storm\\n\\nWords: Ana Lima\\n\\n" + "Ships sail again. " * 9)
>>> article = parser.parse(doc)
>>> article.parser, article.title, article.byline, article.authors
('gazette', 'Harbour reopens after the storm', 'Ana Lima', ('Ana Lima',))

Register it with :func:`newsparse.register` (or pass ``--rules FILE`` on the
command line) and :func:`newsparse.parse` detects it like any other parser.
Invalid files raise :class:`~newsparse.RuleError`, whose message names the
file, the key and the problem. The file format is documented in
``docs/rules.md``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

import attrs
from dateutil import tz as _tz

from ._engine.headers import generic_header
from ._engine.rule_patterns import check_pattern
from ._engine.rule_selectors import Selector, compile_selector, element_text, select
from ._engine.text import Profile, Work
from ._engine.text import run as run_engine
from ._errors import PatternRisk, RuleError, SelectorError
from ._fields import furniture as _furniture
from ._fields.bylines import parse_byline
from ._fields.captions import CAPTION_PATTERNS, CaptionMatch, CaptionPattern, match_caption
from ._fields.dates import date_line, find_dates, parse_tz
from ._fields.labels import Label
from ._fields.language import guess_language
from ._input.document import Document
from ._model import Article, Block, Caption, Provenance
from .parsers._base import ProfileParser

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = ["RuleError", "RulesParser", "bundled", "load", "load_bundled", "loads"]

#: The schema version this newsparse reads (the optional top-level ``newsparse-rules`` key).
SCHEMA_VERSION = 1
#: Rules files larger than this are refused (a real one is a few kilobytes).
MAX_RULES_BYTES = 1_000_000

FIELDS = ("title", "subtitle", "section", "byline", "source", "date", "updated", "editor_note")
_DATE_FIELDS = ("date", "updated")
_LABELS = {
    "title": Label.TITLE,
    "subtitle": Label.SUBTITLE,
    "section": Label.SECTION,
    "byline": Label.BYLINE,
    "source": Label.INFO,
    "date": Label.DATE,
    "updated": Label.UPDATED,
    "editor_note": Label.EDITOR_NOTE,
}
_NAME = re.compile(r"^[a-z][a-z0-9_.-]{0,62}$")
_SPACES = re.compile(r"\s+")
_TIME_DIRECTIVES = ("%H", "%I", "%M", "%X", "%c")


class _Readable(Protocol):
    """A file-like resource: a :class:`pathlib.Path` or an ``importlib.resources`` file."""

    @property
    def name(self) -> str: ...

    def read_bytes(self) -> bytes: ...


# --- validation helpers -------------------------------------------------------


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
class _LineRule:
    """A text line pattern whose named groups are article fields."""

    rule: str
    regex: re.Pattern[str]
    fields: tuple[str, ...]
    date_format: str | None
    tz: dt.tzinfo | None
    anywhere: bool


@attrs.frozen
class _Cue:
    weight: float
    regex: re.Pattern[str] | None = None
    selector: Selector | None = None


@attrs.frozen
class _HtmlField:
    rule: str
    selector: Selector
    attribute: str | None
    date_format: str | None
    tz: dt.tzinfo | None


@attrs.frozen
class _HtmlRules:
    fields: dict[str, _HtmlField]
    body: Selector
    headings: Selector | None
    captions: Selector | None
    drop: tuple[Selector, ...]


def _compile(data: Mapping[str, Any], source: str) -> dict[str, Any]:
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
    out: dict[str, Any] = {"name": name, "description": description}
    out.update(_compile_detect(c, data.get("detect", {})))
    out.update(_compile_text(c, name, data.get("text", {})))
    out["html"] = _compile_html(c, name, data.get("html"), out["tz"])
    return out


def _compile_detect(c: _Checker, data: Any) -> dict[str, Any]:
    table = c.table(data, "detect")
    c.known(table, "detect", ("url", "url_weight", "window", "cues"))
    url = table.get("url")
    url_rx = None if url is None else c.regex(url, "detect.url")
    url_weight = c.number(table, "detect", "url_weight", 0.6, 0.0, 1.0)
    window = int(c.number(table, "detect", "window", 6000, 100, 10_000_000))
    raw = table.get("cues", [])
    if not isinstance(raw, list):
        raise c.fail("detect.cues", f"must be an array of tables, not {_kind(raw)}")
    cues: list[_Cue] = []
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
            cues.append(_Cue(weight, regex=c.regex(cue[kind], f"{key}.pattern")))
        else:
            cues.append(_Cue(weight, selector=_selector(c, kind, cue[kind], f"{key}.{kind}")))
    return {"url": url_rx, "url_weight": url_weight, "window": window, "cues": tuple(cues)}


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


def _compile_text(c: _Checker, name: str, data: Any) -> dict[str, Any]:
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
    lines: list[_LineRule] = []
    for field in FIELDS:
        if field in table:
            lines.extend(_field_rules(c, name, field, table[field], tz))
    raw = table.get("lines", [])
    if not isinstance(raw, list):
        raise c.fail("text.lines", f"must be an array of tables, not {_kind(raw)}")
    for n, item in enumerate(raw):
        lines.append(_line_rule(c, name, f"text.lines[{n}]", item, tz, None, f"line.{n + 1}"))
    return {
        "tz": tz,
        "header": header,
        "captions": captions,
        "furniture": furniture,
        "tail": tail,
        "lines": tuple(lines),
        "standfirst_before_image": c.boolean(table, "text", "standfirst_before_image", False),
        "repeated_lines_are_captions": c.boolean(
            table, "text", "repeated_lines_are_captions", True
        ),
    }


def _header_strategy(c: _Checker, name: str) -> Callable[[Work], None] | None:
    """The header strategy called ``name``: "none", "generic", or that of an
    installed parser built on a :class:`~newsparse.parsers._base.ProfileParser`
    (found through the registry, so a plugin outlet's strategy can be named too)."""
    if name == "none":
        return None
    if name == "generic":
        return generic_header
    from ._registry import parsers

    found = {n: p.profile.header for n, p in parsers().items() if isinstance(p, ProfileParser)}
    if name not in found:
        known = ", ".join(sorted({"none", "generic", *found}))
        raise c.fail("text.header", f"unknown strategy {name!r} (one of: {known})")
    return found[name]


def _field_rules(
    c: _Checker, name: str, field: str, raw: Any, tz: dt.tzinfo | None
) -> list[_LineRule]:
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
) -> _LineRule:
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
    return _LineRule(f"{name}.{rule}", rx, fields, date_format, zone, where == "anywhere")


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
) -> _HtmlRules | None:
    if data is None:
        return None
    table = c.table(data, "html")
    c.known(table, "html", ("timezone", "body", "headings", "captions", "drop", *FIELDS))
    tz = c.tz(table["timezone"], "html.timezone") if "timezone" in table else text_tz
    fields: dict[str, _HtmlField] = {}
    for field in FIELDS:
        if field not in table:
            continue
        key = f"html.{field}"
        extra = ("attribute", "format", "timezone") if field in _DATE_FIELDS else ("attribute",)
        selector, entry = _selector_spec(c, table[field], key, extra)
        date_format = c.date_format(entry.get("format"), f"{key}.format")
        zone = c.tz(entry.get("timezone"), f"{key}.timezone") if "timezone" in entry else tz
        attribute = c.string(entry, key, "attribute")
        fields[field] = _HtmlField(f"{name}.html.{field}", selector, attribute, date_format, zone)
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
    return _HtmlRules(fields, body, headings, caption_sel, drop)


# --- parsing with the rules -----------------------------------------------------


def _date_value(
    text: str, date_format: str | None, zone: dt.tzinfo | None
) -> dt.date | dt.datetime | None:
    """A printed date read with ``date_format`` (strptime) or newsparse's date reader."""
    text = text.strip()
    if date_format is None:
        found = date_line(text, zone)
        if found is None:
            found = next(find_dates(text, zone), None)
        return None if found is None else found.value
    try:
        value = dt.datetime.strptime(text, date_format)
    except ValueError:
        return None
    if value.tzinfo is not None:
        return value
    if not any(d in date_format for d in _TIME_DIRECTIVES):
        return value.date()
    # A time without a zone gives only the day: guessing the zone would invent a fact.
    return value.replace(tzinfo=zone) if zone is not None else value.date()


def _line_values(m: re.Match[str], rule: _LineRule) -> dict[str, Any]:
    """The fields a match gives, dates read; empty when it gives none."""
    values: dict[str, Any] = {}
    for field in rule.fields:
        raw = m.group(field) if field in rule.regex.groupindex else m.group(0)
        text = raw.strip() if raw else ""
        if not text:
            continue
        if field in _DATE_FIELDS:
            when = _date_value(text, rule.date_format, rule.tz)
            if when is not None:
                values[field] = when
        else:
            values[field] = text
    return values


def _set_field(w: Work, field: str, value: Any, rule: str, i: int) -> None:
    if field == "byline":
        if "byline" in w.fields:
            return
        byline = parse_byline(value)
        w.set("byline", value, rule, i)
        if byline is not None:
            w.set("authors", byline.authors, rule, i)
            w.set("source", byline.source, rule, i)
    else:
        w.set(field, value, rule, i)


def _apply_lines(w: Work, rules: tuple[_LineRule, ...]) -> None:
    """Each line rule labels the first free line it matches and sets its fields."""
    for rule in rules:
        end = len(w.lines) if rule.anywhere else w.body_start
        for i in range(end):
            if not w.free(i):
                continue
            m = rule.regex.search(w.lines[i].text)
            # A match that gives no value (say, a date that does not read) is no match.
            values = {} if m is None else _line_values(m, rule)
            if not values:
                continue
            label = _LABELS[rule.fields[0]] if len(rule.fields) == 1 else Label.INFO
            w.mark(i, label, rule.rule)
            for field, value in values.items():
                _set_field(w, field, value, rule.rule, i)
            if "title" in values:
                # The title printed again further down (as China Daily does) is not body.
                for j, line in enumerate(w.lines):
                    if j != i and w.free(j) and line.text == w.lines[i].text:
                        w.mark(j, Label.FURNITURE, "title.repeat")
            break


def _finish(w: Work) -> None:
    labelled = [
        i
        for i in range(min(w.body_start, len(w.lines)))
        if w.marks[i] is not None and w.label(i) not in (Label.FURNITURE, Label.CAPTION)
    ]
    w.header_end = max(labelled) + 1 if labelled else 0


def _header(
    lines: tuple[_LineRule, ...], fallback: Callable[[Work], None] | None
) -> Callable[[Work], None]:
    def header(w: Work) -> None:
        _apply_lines(w, lines)
        if fallback is not None:
            fallback(w)
        else:
            _finish(w)

    return header


class RulesParser:
    """A parser defined by a rules file (see :mod:`newsparse.rules`).

    Build one with :func:`load` or :func:`loads`, or subclass it and pass the
    rules to ``__init__``: a path, an ``importlib.resources`` file, or the
    TOML data already read into a mapping (then ``source`` names it in error
    messages). ``name`` and ``description``
    come from the file's ``[parser]`` table.
    """

    name: str
    description: str
    source: str
    profile: Profile

    def __init__(
        self,
        rules: str | os.PathLike[str] | _Readable | Mapping[str, Any],
        *,
        source: str | None = None,
    ) -> None:
        if isinstance(rules, Mapping):
            data, source = rules, source or "<rules>"
        else:
            data, source = _read(rules)
        compiled = _compile(data, source)
        self._data = data
        self.source = source
        self.name = compiled["name"]
        self.description = compiled["description"]
        self._url: re.Pattern[str] | None = compiled["url"]
        self._url_weight: float = compiled["url_weight"]
        self._window: int = compiled["window"]
        self._cues: tuple[_Cue, ...] = compiled["cues"]
        self._html: _HtmlRules | None = compiled["html"]
        self._captions: tuple[CaptionPattern, ...] = compiled["captions"]
        self.profile = Profile(
            self.name,
            _header(compiled["lines"], compiled["header"]),
            tz=compiled["tz"],
            captions=compiled["captions"],
            furniture=compiled["furniture"],
            tail=compiled["tail"],
            standfirst_before_image=compiled["standfirst_before_image"],
            repeated_lines_are_captions=compiled["repeated_lines_are_captions"],
        )

    def detect(self, doc: Document) -> float:
        """The sum of the weights of the cues found (and the URL's), clipped to [0, 1]."""
        text = doc.text
        if len(text) > 2 * self._window:
            text = text[: self._window] + "\n" + text[-self._window :]
        score = 0.0
        for cue in self._cues:
            if cue.regex is not None:
                if cue.regex.search(text):
                    score += cue.weight
            elif (
                cue.selector is not None and doc.root is not None and select(cue.selector, doc.root)
            ):
                score += cue.weight
        if self._url is not None and doc.url and self._url.search(doc.url):
            score += self._url_weight
        return max(0.0, min(1.0, score))

    def parse(self, doc: Document) -> Article:
        """Parse ``doc``: HTML selectors for pages when ``[html]`` is given, else line rules."""
        if doc.kind == "html" and doc.root is not None and self._html is not None:
            article = self._parse_html(doc, self._html)
            if article is not None:
                return article
            fallback = run_engine(doc, self.profile)
            note = "the [html] body selector matched nothing; the text rules were used"
            return attrs.evolve(fallback, warnings=(*fallback.warnings, note))
        return run_engine(doc, self.profile)

    def _parse_html(self, doc: Document, rules: _HtmlRules) -> Article | None:
        root = doc.root
        dropped = frozenset(el for sel in rules.drop for el in select(sel, root))
        caption_els = [] if rules.captions is None else select(rules.captions, root, dropped)
        caption_set = frozenset(el for el in caption_els if not isinstance(el, str))
        heading_set = (
            frozenset() if rules.headings is None else frozenset(select(rules.headings, root))
        )
        line_of = _LineIndex(doc)
        prov: list[Provenance] = []
        body: list[Block] = []
        seen: set[Any] = set()
        for el in select(rules.body, root, dropped | caption_set):
            if not isinstance(el, str):
                if any(a in seen for a in el.iterancestors()):
                    continue  # already read as part of an enclosing match
                seen.add(el)
                heading = el in heading_set or el.tag in ("h1", "h2", "h3", "h4", "h5", "h6")
            else:
                heading = False
            text = element_text(el, dropped)
            if not text:
                continue
            rule = f"{self.name}.html.{'heading' if heading else 'body'}"
            prov.append(Provenance(f"body[{len(body)}]", rule, line_of(text)))
            body.append(Block("heading" if heading else "paragraph", text))
        if not body:
            return None
        values: dict[str, Any] = {}
        for field, spec in rules.fields.items():
            for el in select(spec.selector, root, dropped):
                if spec.attribute is not None and not isinstance(el, str):
                    raw = el.get(spec.attribute) or ""
                else:
                    raw = element_text(el, dropped)
                value = self._html_value(field, raw.strip(), spec, values)
                if value:
                    shown = raw if isinstance(el, str) else element_text(el, dropped)
                    prov.append(Provenance(field, spec.rule, line_of(shown.strip())))
                    break
        captions: list[Caption] = []
        caption_lines: list[tuple[int, ...]] = []
        for el in caption_els:
            text = element_text(el, dropped)
            if not text:
                continue
            found = match_caption(text, self._captions) or CaptionMatch(text, None, "")
            caption = Caption(found.text, found.credit)
            if caption not in captions:
                captions.append(caption)
                caption_lines.append(line_of(text))
        for k, where in enumerate(caption_lines):
            prov.append(Provenance(f"captions[{k}]", f"{self.name}.html.caption", where))
        # Every other line of the page was left out by the selectors: explain shows it so.
        used = {no for record in prov for no in record.lines}
        for line in doc.lines:
            if line.no not in used:
                prov.append(Provenance("furniture", f"{self.name}.html.not-selected", (line.no,)))
        language = guess_language(" ".join(b.text for b in body[:20]))
        return Article.from_fields(
            values,
            authors=values.get("authors", ()),
            body=tuple(body),
            captions=tuple(captions),
            parser=self.name,
            url=doc.url,
            language=language,
            provenance=tuple(prov),
        )

    @staticmethod
    def _html_value(field: str, raw: str, spec: _HtmlField, values: dict[str, Any]) -> bool:
        """Store the field read from ``raw``; False when ``raw`` gives nothing."""
        if not raw:
            return False
        if field in _DATE_FIELDS:
            when = _date_value(raw, spec.date_format, spec.tz)
            if when is None:
                return False
            values[field] = when
            return True
        values[field] = raw
        if field == "byline":
            byline = parse_byline(raw)
            if byline is not None:
                values["authors"] = byline.authors
                if byline.source is not None:
                    values.setdefault("source", byline.source)
        return True

    def __reduce__(self) -> tuple[Any, ...]:
        # Compiled selectors do not pickle: rebuild from the rules (for process pools).
        return _rebuild, (type(self), self._data, self.source)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r} from {self.source}>"


def _rebuild(cls: type[RulesParser], data: Mapping[str, Any], source: str) -> RulesParser:
    parser = cls.__new__(cls)
    RulesParser.__init__(parser, data, source=source)
    return parser


class _LineIndex:
    """Finds the document line that shows a text, for explain (white space aside)."""

    def __init__(self, doc: Document) -> None:
        self._lines: dict[str, int] = {}
        for line in doc.lines:
            self._lines.setdefault(_SPACES.sub("", line.text), line.no)

    def __call__(self, text: str) -> tuple[int, ...]:
        no = self._lines.get(_SPACES.sub("", text))
        return () if no is None else (no,)


# --- reading files ----------------------------------------------------------------


def _parse_toml(text: str, source: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(f"{source}: invalid TOML: {exc}") from None
    except RecursionError:
        raise RuleError(f"{source}: invalid TOML: arrays or tables nested too deeply") from None


def _read(rules: str | os.PathLike[str] | _Readable) -> tuple[Mapping[str, Any], str]:
    if isinstance(rules, (str, os.PathLike)):
        source = os.fspath(rules)
        try:
            with Path(source).open("rb") as fh:
                raw = fh.read(MAX_RULES_BYTES + 1)  # bounded: the path may be /dev/zero
        except OSError as exc:
            raise RuleError(f"{source}: cannot read rules file: {exc.strerror or exc}") from None
        except ValueError as exc:  # a NUL or an unencodable character in the name
            raise RuleError(f"{source!r}: cannot read rules file: {exc}") from None
    else:
        source = str(rules)
        try:
            raw = rules.read_bytes()
        except OSError as exc:
            raise RuleError(f"{source}: cannot read rules file: {exc.strerror or exc}") from None
    if len(raw) > MAX_RULES_BYTES:
        raise RuleError(f"{source}: rules file is over the limit of {MAX_RULES_BYTES} bytes")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RuleError(f"{source}: rules files must be UTF-8") from None
    return _parse_toml(text, source), source


def load(path: str | os.PathLike[str] | _Readable) -> RulesParser:
    """Read a rules file (TOML) into a parser; :class:`RuleError` if it is invalid.

    ``path`` is a file path or an ``importlib.resources`` file, which is how
    a plugin loads the rules it ships.
    """
    return RulesParser(path)


def loads(text: str, *, source: str = "<string>") -> RulesParser:
    """Read rules from TOML text; ``source`` names it in error messages."""
    return RulesParser(_parse_toml(text, source), source=source)


def bundled() -> tuple[str, ...]:
    """The names of the rules files shipped with newsparse (see :func:`load_bundled`)."""
    folder = resources.files("newsparse") / "rulesets"
    return tuple(sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".toml")))


def load_bundled(name: str) -> RulesParser:
    """A rules file shipped with newsparse, e.g. ``load_bundled("chinadaily")``.

    ``chinadaily`` reproduces the built-in China Daily text parser as data;
    it is an example, not registered by default.
    """
    if name not in bundled():
        raise RuleError(f"no bundled rules named {name!r} (bundled: {', '.join(bundled())})")
    return load(resources.files("newsparse") / "rulesets" / f"{name}.toml")
