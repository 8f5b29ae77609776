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
from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from ._engine.content import add_page_fields
from ._engine.draft import FIELD_LABELS, Draft, Evidence, build
from ._engine.headers import finish_header
from ._engine.rule_schema import HtmlField, HtmlRules, LineRule, compile_rules
from ._engine.rule_selectors import element_text, select
from ._engine.text import HeaderStrategy, Profile, Work, text_draft
from ._errors import RuleError
from ._fields.bylines import parse_byline
from ._fields.captions import CaptionMatch, match_caption
from ._fields.dates import date_line, find_dates
from ._fields.labels import Label
from ._input.document import Document
from ._model import Article, Caption
from .parsers._base import ProfileParser

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = ["RuleError", "RulesParser", "bundled", "load", "load_bundled", "loads"]

#: Rules files larger than this are refused (a real one is a few kilobytes).
MAX_RULES_BYTES = 1_000_000
_DATE_FIELDS = ("date", "updated")
_SPACES = re.compile(r"\s+")
_TIME_DIRECTIVES = ("%H", "%I", "%M", "%X", "%c")


class _Readable(Protocol):
    """A file-like resource: a :class:`pathlib.Path` or an ``importlib.resources`` file."""

    @property
    def name(self) -> str: ...

    def read_bytes(self) -> bytes: ...


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


def _line_values(m: re.Match[str], rule: LineRule) -> dict[str, Any]:
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
        w.set("byline", value, rule, i)  # as the rule's group gives it
        if byline is not None:
            w.set("authors", byline.authors, rule, i)
            w.set("source", byline.source, rule, i)
    else:
        w.set(field, value, rule, i)


def _apply_lines(w: Work, rules: tuple[LineRule, ...]) -> None:
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
            label = FIELD_LABELS[rule.fields[0]] if len(rule.fields) == 1 else Label.INFO
            w.mark(i, label, rule.rule)
            for field, value in values.items():
                _set_field(w, field, value, rule.rule, i)
            if "title" in values:
                # The title printed again further down (as some outlets do) is not body.
                for j, line in enumerate(w.lines):
                    if j != i and w.free(j) and line.text == w.lines[i].text:
                        w.mark(j, Label.FURNITURE, "title.repeat")
            break


def _header(lines: tuple[LineRule, ...], fallback: HeaderStrategy | None) -> HeaderStrategy:
    def header(w: Work) -> None:
        _apply_lines(w, lines)
        if fallback is not None:
            fallback(w)
        else:
            finish_header(w)

    return header


class RulesParser(ProfileParser):
    """A parser defined by a rules file (see :mod:`newsparse.rules`).

    Build one with :func:`load` or :func:`loads`, or subclass it and pass the
    rules to ``__init__``: a path, an ``importlib.resources`` file, or the
    TOML data already read into a mapping (then ``source`` names it in error
    messages). ``name`` and ``description`` come from the file's ``[parser]``
    table. It is the class of the built-in outlets, made from data: the same
    detection, the same text engine, the same ``build()``.
    """

    description: str
    source: str
    #: Rules files' text cues are searched in HTML pages' text too.
    text_cues_in_html = True

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
        compiled = compile_rules(data, source)
        self._data = data
        self.source = source
        self.name = compiled.name
        self.description = compiled.description
        detect, text = compiled.detect, compiled.text
        self.url_cue, self.url_weight, self.window = detect.url, detect.url_weight, detect.window
        self.cues = tuple((cue.regex, cue.weight) for cue in detect.cues if cue.regex is not None)
        self.html_cues = tuple(
            (cue.selector, cue.weight) for cue in detect.cues if cue.selector is not None
        )
        self._html = compiled.html
        self._captions = text.captions
        self.profile = Profile(
            self.name,
            _header(text.lines, text.header),
            tz=text.tz,
            captions=text.captions,
            furniture=text.furniture,
            tail=text.tail,
            standfirst_before_image=text.standfirst_before_image,
            repeated_lines_are_captions=text.repeated_lines_are_captions,
        )

    def parse(self, doc: Document) -> Article:
        """Parse ``doc``: HTML selectors for pages when ``[html]`` is given, else line rules."""
        return build(self.draft(doc), self.name)

    def draft(self, doc: Document) -> Draft:
        """What the rules find in ``doc``, labelled (what ``explain`` shows)."""
        if doc.kind == "html" and doc.root is not None and self._html is not None:
            found = self._html_draft(doc, self._html)
            if found is not None:
                return found
            fallback = text_draft(doc, self.profile)
            fallback.warnings.append(
                "the [html] body selector matched nothing; the text rules were used"
            )
            return fallback
        return text_draft(doc, self.profile)

    def _html_draft(self, doc: Document, rules: HtmlRules) -> Draft | None:
        root = doc.root
        dropped = frozenset(el for sel in rules.drop for el in select(sel, root))
        caption_els = [] if rules.captions is None else select(rules.captions, root, dropped)
        caption_set = frozenset(el for el in caption_els if not isinstance(el, str))
        heading_set = (
            frozenset() if rules.headings is None else frozenset(select(rules.headings, root))
        )
        line_of = _LineIndex(doc)
        draft = Draft(doc)
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
            draft.add_body("heading" if heading else "paragraph", text, rule, line_of(text))
        if not draft.body:
            return None
        for field, spec in rules.fields.items():
            for el in select(spec.selector, root, dropped):
                if spec.attribute is not None and not isinstance(el, str):
                    raw = el.get(spec.attribute) or ""
                else:
                    raw = element_text(el, dropped)
                shown = raw if isinstance(el, str) else element_text(el, dropped)
                if self._html_value(draft, field, raw.strip(), spec, line_of(shown.strip())):
                    break
        captions: list[Caption] = []
        for el in caption_els:
            text = element_text(el, dropped)
            if not text:
                continue
            found = match_caption(text, self._captions) or CaptionMatch(text, None, "")
            caption = Caption(found.text, found.credit)
            if caption not in captions:
                captions.append(caption)
                draft.add_caption(caption, f"{self.name}.html.caption", line_of(text))
        add_page_fields(draft)
        # Every other line of the page was left out by the selectors: explain shows it so.
        used = {no for block in draft.body for no in block.lines}
        used.update(no for cap in draft.captions for no in cap.lines)
        used.update(no for found_field in draft.fields.values() for no in found_field.lines)
        for line in doc.lines:
            if line.no not in used:
                draft.label(line.no, Label.FURNITURE, f"{self.name}.html.not-selected")
        return draft

    @staticmethod
    def _html_value(
        draft: Draft, field: str, raw: str, spec: HtmlField, lines: tuple[int, ...]
    ) -> bool:
        """Set the field read from ``raw``; False when ``raw`` gives nothing."""
        if not raw:
            return False
        if field in _DATE_FIELDS:
            when = _date_value(raw, spec.date_format, spec.tz)
            if when is None:
                return False
            draft.fields[field] = Evidence(when, spec.rule, lines)
            return True
        # The field's own selector wins over what a byline credited (its source).
        draft.fields[field] = Evidence(raw, spec.rule, lines)
        if field == "byline":
            byline = parse_byline(raw)
            if byline is not None:
                draft.set("authors", byline.authors, spec.rule, lines)
                draft.set("source", byline.source, spec.rule, lines)
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
