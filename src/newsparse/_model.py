"""The Article model: frozen, slotted, validated attrs classes."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from typing import Any, Literal

import attrs

__all__ = ["Article", "Block", "BlockKind", "Caption", "Provenance"]

BlockKind = Literal["paragraph", "heading"]
_KINDS = ("paragraph", "heading")

#: The keys of :meth:`Article.to_dict`, in order.
DICT_KEYS = (
    "title",
    "subtitle",
    "byline",
    "authors",
    "date",
    "updated",
    "section",
    "source",
    "editor_note",
    "body",
    "captions",
    "parser",
    "url",
    "language",
    "site_name",
    "description",
    "image",
    "tags",
    "canonical_url",
)


#: The fields that parsers fill one by one from what they find.
_FIELD_NAMES = (
    "title", "subtitle", "byline", "date", "updated", "section", "source", "editor_note",
    "site_name", "description", "image", "canonical_url",
)  # fmt: skip


def _clean_text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A text field holds a non-empty, stripped string."""
    if not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str, not {type(value).__name__}")
    if not value or value != value.strip():
        raise ValueError(f"{attribute.name} must be non-empty and stripped: {value!r}")


def _optional_text(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None:
        _clean_text(inst, attribute, value)


def _when(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A date field is None, a date, or an aware datetime."""
    if value is None:
        return
    if isinstance(value, dt.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"{attribute.name} must be time-zone aware: {value!r}")
        return
    if not isinstance(value, dt.date):
        raise TypeError(f"{attribute.name} must be a date or datetime, not {type(value).__name__}")


def _strs(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(items)


def _blocks(items: Iterable[Block]) -> tuple[Block, ...]:
    return tuple(items)


def _captions(items: Iterable[Caption]) -> tuple[Caption, ...]:
    return tuple(items)


def _provenance(items: Iterable[Provenance]) -> tuple[Provenance, ...]:
    return tuple(items)


def _tuple_of(kind: type) -> Any:
    full = attrs.validators.deep_iterable(
        member_validator=attrs.validators.instance_of(kind),
        iterable_validator=attrs.validators.instance_of(tuple),
    )

    def check(inst: object, attribute: attrs.Attribute[Any], value: Any) -> None:
        # The common, valid case without a validator call per item; attrs'
        # validator for the rest (it raises the error).
        if value.__class__ is tuple and all(isinstance(item, kind) for item in value):
            return
        full(inst, attribute, value)

    return check


@attrs.frozen(slots=True)
class Block:
    """One piece of the body: a paragraph or a subheading."""

    kind: BlockKind = attrs.field(validator=attrs.validators.in_(_KINDS))
    text: str = attrs.field(validator=_clean_text)

    def to_dict(self) -> dict[str, str]:
        """``{"kind": ..., "text": ...}``, as in :meth:`Article.to_dict`."""
        return {"kind": self.kind, "text": self.text}


@attrs.frozen(slots=True)
class Caption:
    """An image caption and its photo credit; either may be None, not both.

    ``image`` is the URL of the image captioned, when the page gives it
    (absolute when the page's address is known); None otherwise.
    """

    text: str | None = attrs.field(default=None, validator=_optional_text)
    credit: str | None = attrs.field(default=None, validator=_optional_text)
    image: str | None = attrs.field(default=None, validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        if self.text is None and self.credit is None:
            raise ValueError("a Caption needs a text, a credit or both")

    def to_dict(self) -> dict[str, str | None]:
        """``{"text": ..., "credit": ..., "image": ...}``, as in :meth:`Article.to_dict`."""
        return {"text": self.text, "credit": self.credit, "image": self.image}


@attrs.frozen(slots=True)
class Provenance:
    """Which rule set a field, and from which input lines (0-based)."""

    field: str
    rule: str
    lines: tuple[int, ...] = ()


# --- construction on the engine's own paths ---------------------------------------
#
# build() makes a Block per paragraph and a Provenance per line it labels: attrs' frozen
# __init__ (a setattr helper per object, then the validators) is most of their cost.
# These make the same objects (class, slots, equality) by setting the slots directly,
# and hand any value the validators would refuse to the checked constructor (which
# raises as it always did).

_new = object.__new__
_SET_KIND, _SET_TEXT = (getattr(Block, name).__set__ for name in ("kind", "text"))
_SET_FIELD, _SET_RULE, _SET_LINES = (
    getattr(Provenance, name).__set__ for name in ("field", "rule", "lines")
)


def make_block(kind: BlockKind, text: str) -> Block:
    """``Block(kind, text)``, without the frozen __init__ when the value is valid."""
    if text.__class__ is not str or kind not in _KINDS or not text or text != text.strip():
        return Block(kind, text)
    block = _new(Block)
    _SET_KIND(block, kind)
    _SET_TEXT(block, text)
    return block


def make_provenance(field: str, rule: str, lines: tuple[int, ...]) -> Provenance:
    """``Provenance(field, rule, lines)`` (no validators), without the frozen __init__."""
    record = _new(Provenance)
    _SET_FIELD(record, field)
    _SET_RULE(record, rule)
    _SET_LINES(record, lines)
    return record


def _to_when(value: object) -> dt.date | dt.datetime | None:
    if value is None or isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        if "T" in value:
            return dt.datetime.fromisoformat(value)
        return dt.date.fromisoformat(value)
    raise TypeError(f"cannot read a date from {value!r}")


@attrs.frozen(slots=True)
class Article:
    """A parsed news article.

    Every field the dump does not show is ``None`` (or an empty tuple).
    ``date`` and ``updated`` are a :class:`datetime.date` when only the day is
    known and a time-zone aware :class:`datetime.datetime` otherwise.

    ``site_name``, ``description``, ``image`` (the lead image's URL),
    ``tags`` and ``canonical_url`` come from an HTML page's own metadata
    and are never guessed: text dumps leave them empty. ``url`` stays the
    address the caller gave (or, without one, the page's canonical URL);
    ``canonical_url`` is the one the page names.

    ``provenance``, ``page`` and ``warnings`` describe how the article was
    made; they take no part in equality and appear in :meth:`to_dict` only
    with ``full=True``.
    """

    title: str | None = attrs.field(default=None, validator=_optional_text)
    subtitle: str | None = attrs.field(default=None, validator=_optional_text)
    byline: str | None = attrs.field(default=None, validator=_optional_text)
    authors: tuple[str, ...] = attrs.field(default=(), converter=_strs, validator=_tuple_of(str))
    date: dt.date | dt.datetime | None = attrs.field(default=None, validator=_when)
    updated: dt.date | dt.datetime | None = attrs.field(default=None, validator=_when)
    section: str | None = attrs.field(default=None, validator=_optional_text)
    source: str | None = attrs.field(default=None, validator=_optional_text)
    editor_note: str | None = attrs.field(default=None, validator=_optional_text)
    body: tuple[Block, ...] = attrs.field(default=(), converter=_blocks, validator=_tuple_of(Block))
    captions: tuple[Caption, ...] = attrs.field(
        default=(), converter=_captions, validator=_tuple_of(Caption)
    )
    parser: str | None = attrs.field(default=None, validator=_optional_text)
    url: str | None = attrs.field(default=None, validator=_optional_text)
    language: str | None = attrs.field(default=None, validator=_optional_text)
    site_name: str | None = attrs.field(default=None, validator=_optional_text)
    description: str | None = attrs.field(default=None, validator=_optional_text)
    image: str | None = attrs.field(default=None, validator=_optional_text)
    tags: tuple[str, ...] = attrs.field(default=(), converter=_strs, validator=_tuple_of(str))
    canonical_url: str | None = attrs.field(default=None, validator=_optional_text)
    page: int | None = attrs.field(default=None, eq=False)
    warnings: tuple[str, ...] = attrs.field(default=(), converter=_strs, eq=False)
    provenance: tuple[Provenance, ...] = attrs.field(
        default=(), converter=_provenance, eq=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        for name in ("authors", "tags"):
            for item in getattr(self, name):
                if not item or item != item.strip():
                    raise ValueError(f"{name} entries must be non-empty and stripped: {item!r}")
        if self.page is not None and (not isinstance(self.page, int) or self.page < 1):
            raise ValueError(f"page must be a positive int: {self.page!r}")

    @property
    def text(self) -> str:
        """The body as plain text, blocks joined by blank lines."""
        return "\n\n".join(block.text for block in self.body)

    @property
    def paragraphs(self) -> tuple[str, ...]:
        """The texts of the body's paragraphs (headings left out)."""
        return tuple(b.text for b in self.body if b.kind == "paragraph")

    def provenance_of(self, field: str) -> Provenance | None:
        """The provenance record of ``field`` (e.g. ``"title"``, ``"body[2]"``)."""
        for record in self.provenance:
            if record.field == field:
                return record
        return None

    def to_dict(self, *, full: bool = False) -> dict[str, Any]:
        """The article as JSON-ready data; dates as ISO 8601 strings.

        The keys are exactly :data:`DICT_KEYS`; ``full=True`` adds ``page``,
        ``warnings`` and ``provenance``.
        """
        data: dict[str, Any] = {
            "title": self.title,
            "subtitle": self.subtitle,
            "byline": self.byline,
            "authors": list(self.authors),
            "date": None if self.date is None else self.date.isoformat(),
            "updated": None if self.updated is None else self.updated.isoformat(),
            "section": self.section,
            "source": self.source,
            "editor_note": self.editor_note,
            "body": [b.to_dict() for b in self.body],
            "captions": [c.to_dict() for c in self.captions],
            "parser": self.parser,
            "url": self.url,
            "language": self.language,
            "site_name": self.site_name,
            "description": self.description,
            "image": self.image,
            "tags": list(self.tags),
            "canonical_url": self.canonical_url,
        }
        if full:
            data["page"] = self.page
            data["warnings"] = list(self.warnings)
            data["provenance"] = [
                {"field": p.field, "rule": p.rule, "lines": list(p.lines)} for p in self.provenance
            ]
        return data

    @classmethod
    def from_fields(cls, fields: Mapping[str, Any], **rest: Any) -> Article:
        """An Article from a parser's field values (title, byline, date ...).

        ``fields`` may hold any of the text and date fields, missing ones
        being None; ``rest`` gives the others (authors, tags, body, captions,
        parser ...).
        """
        values: dict[str, Any] = {name: fields.get(name) for name in _FIELD_NAMES}
        return cls(**values, **rest)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Article:
        """Rebuild an Article from :meth:`to_dict` output (unknown keys are an error).

        Keys that older versions did not write (``tags``, ``site_name``, a
        caption's ``image`` ...) may be missing: they are empty then.
        """
        known = set(DICT_KEYS) | {"page", "warnings", "provenance"}
        extra = set(data) - known
        if extra:
            raise ValueError(f"unknown Article keys: {', '.join(sorted(extra))}")
        fields: dict[str, Any] = {k: v for k, v in data.items() if k in known}
        fields["date"] = _to_when(data.get("date"))
        fields["updated"] = _to_when(data.get("updated"))
        fields["authors"] = tuple(data.get("authors") or ())
        fields["tags"] = tuple(data.get("tags") or ())
        fields["body"] = tuple(Block(b["kind"], b["text"]) for b in data.get("body") or ())
        fields["captions"] = tuple(
            Caption(c.get("text"), c.get("credit"), c.get("image"))
            for c in data.get("captions") or ()
        )
        fields["warnings"] = tuple(data.get("warnings") or ())
        fields["provenance"] = tuple(
            Provenance(p["field"], p["rule"], tuple(p.get("lines", ())))
            for p in data.get("provenance") or ()
        )
        return cls(**fields)

    def to_json(self, *, full: bool = False, indent: int | None = None) -> str:
        """The article as a JSON string (see :meth:`to_dict`)."""
        return json.dumps(self.to_dict(full=full), ensure_ascii=False, indent=indent)

    @classmethod
    def from_json(cls, text: str) -> Article:
        """Rebuild an Article from :meth:`to_json` output."""
        return cls.from_dict(json.loads(text))
