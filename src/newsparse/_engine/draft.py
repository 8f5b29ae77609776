"""The draft of labelled evidence that every parser fills, and the one ``build()``.

A parser reads a :class:`~newsparse._input.document.Document` and records what
it found on a :class:`Draft`: field values (each with the rule that found it
and the input lines it came from), body blocks, captions, and a typed
:class:`~newsparse._fields.labels.Label` for the input lines it used or left
out. :func:`build` turns any draft into an :class:`~newsparse.Article` the same
way for text dumps, HTML pages and rules files: cleaning, the editor's note,
language, warnings and provenance are decided here and nowhere else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any, NamedTuple

import attrs

from .._fields.bylines import Byline, japanese_names
from .._fields.labels import Label
from .._fields.language import SAMPLE as LANGUAGE_SAMPLE
from .._fields.language import guess_language
from .._input.document import Document
from .._input.normalize import clean_line
from .._model import Article, Block, BlockKind, Caption, Provenance, make_block, make_provenance

__all__ = [
    "EDITOR_NOTE",
    "FIELD_LABELS",
    "BodyItem",
    "CaptionItem",
    "Contender",
    "Draft",
    "Evidence",
    "build",
]

#: ``Editor's note: ...`` (or in brackets); the text after the label is the note.
EDITOR_NOTE = re.compile(r"(?i)^\(?\s*editor['’]?s['’]?\s+note\s*[:：,\-–—]?\s*(?P<text>.*?)\)?$")

# The field each label of a line names in provenance (``label:<value>``; furniture is
# "furniture"); None for the labels of body blocks and captions, which have their own.
_LINE_RECORD: dict[Label, str | None] = {
    label: "furniture" if label is Label.FURNITURE else f"label:{label.value}" for label in Label
}
_LINE_RECORD.update(dict.fromkeys((Label.PARAGRAPH, Label.HEADING, Label.CAPTION)))

#: The label of a line that gave a field's value.
FIELD_LABELS: dict[str, Label] = {
    "title": Label.TITLE,
    "subtitle": Label.SUBTITLE,
    "byline": Label.BYLINE,
    "authors": Label.BYLINE,
    "source": Label.INFO,
    "date": Label.DATE,
    "updated": Label.UPDATED,
    "section": Label.SECTION,
    "editor_note": Label.EDITOR_NOTE,
}


@attrs.define(slots=True)
class Evidence:
    """A field's value, the rule that found it and the input lines it came from."""

    value: Any
    rule: str
    lines: tuple[int, ...] = ()


class BodyItem(NamedTuple):
    """A block of the article's body, the rule that kept it and its input lines.

    A named tuple: a draft holds one per paragraph, and tuples are cheap to make.
    """

    kind: BlockKind
    text: str
    rule: str
    lines: tuple[int, ...] = ()


class Contender(NamedTuple):
    """A line that competed for a field (the generic header's title, byline, date).

    ``score`` ranks the contenders of one field (the highest wins); ``features``
    are what gave the score, as printed by ``newsparse explain`` (``anchor +2.50``,
    ``below the headline, 1 line``).
    """

    field: str
    line: int
    score: float
    features: tuple[str, ...]
    won: bool


@attrs.define(slots=True)
class CaptionItem:
    """An image caption, the rule that found it and its input lines."""

    caption: Caption
    rule: str
    lines: tuple[int, ...] = ()


@attrs.define(slots=True)
class Draft:
    """What a parser found in one document, before it becomes an Article.

    ``labels`` maps an input line to its label and the rule that set it; the
    first rule to label a line names it. ``url`` is the page's own address,
    used when the caller gave none.
    """

    doc: Document
    fields: dict[str, Evidence] = attrs.Factory(dict)
    body: list[BodyItem] = attrs.Factory(list)
    captions: list[CaptionItem] = attrs.Factory(list)
    labels: dict[int, tuple[Label, str]] = attrs.Factory(dict)
    #: The lines that competed for a field, when a rule ranked several (for ``explain``).
    contenders: list[Contender] = attrs.Factory(list)
    warnings: list[str] = attrs.Factory(list)
    page: int | None = None
    url: str | None = None
    language_hint: str | None = None

    def set(self, field: str, value: Any, rule: str, lines: Iterable[int] = ()) -> bool:
        """Set a field once: the first rule to give a value wins. True when it was set."""
        if value is None or value == () or field in self.fields:
            return False
        self.fields[field] = Evidence(value, rule, tuple(lines))
        return True

    def set_byline(self, byline: Byline, rule: str, lines: Iterable[int] = ()) -> None:
        """The byline as printed, its authors and its credited source, from one line."""
        if "byline" in self.fields:
            return
        where = tuple(lines)
        self.set("byline", byline.printed, rule, where)
        self.set("authors", byline.authors, rule, where)
        self.set("source", byline.source, rule, where)

    def label(self, line: int, label: Label, rule: str) -> None:
        """Label an input line, unless a rule labelled it already."""
        self.labels.setdefault(line, (label, rule))

    def add_body(self, kind: BlockKind, text: str, rule: str, lines: Iterable[int] = ()) -> None:
        self.body.append(BodyItem(kind, text, rule, tuple(lines)))

    def add_caption(self, caption: Caption, rule: str, lines: Iterable[int] = ()) -> None:
        self.captions.append(CaptionItem(caption, rule, tuple(lines)))

    def line_labels(self) -> dict[int, tuple[Label, str]]:
        """Every line the draft knows of, with its label and rule.

        A line's own label comes first; then the lines of body blocks, captions and
        fields are labelled by what they gave.
        """
        labels = dict(self.labels)
        for block in self.body:
            label = Label.HEADING if block.kind == "heading" else Label.PARAGRAPH
            for no in block.lines:
                labels.setdefault(no, (label, block.rule))
        for cap in self.captions:
            for no in cap.lines:
                labels.setdefault(no, (Label.CAPTION, cap.rule))
        for name, found in self.fields.items():
            named = FIELD_LABELS.get(name)
            if named is not None:
                for no in found.lines:
                    labels.setdefault(no, (named, found.rule))
        return labels


def build(draft: Draft, parser: str) -> Article:
    """The Article a draft describes, with its provenance: the same for every parser."""
    prov: list[Provenance] = []
    blocks: list[Block] = []
    note = draft.fields.get("editor_note")
    for item in draft.body:
        text = item.text if item.lines else clean_line(item.text)  # lines are clean already
        if not text:
            continue
        if not blocks and note is None:
            m = EDITOR_NOTE.match(text)
            if m is not None and m.group("text").strip():
                note = Evidence(m.group("text").strip(), "editor-note.first-block", item.lines)
                draft.fields["editor_note"] = note
                for no in item.lines:
                    draft.labels[no] = (Label.EDITOR_NOTE, note.rule)
                continue
        prov.append(make_provenance(f"body[{len(blocks)}]", item.rule, item.lines))
        blocks.append(make_block(item.kind, text))
    captions: list[Caption] = []
    for k, cap in enumerate(draft.captions):
        prov.append(make_provenance(f"captions[{k}]", cap.rule, cap.lines))
        captions.append(cap.caption)
    values: dict[str, Any] = {}
    for name, found in draft.fields.items():
        value = found.value
        if isinstance(value, str):
            value = clean_line(value) or None
        if value is None or value == ():
            continue
        values[name] = value
        prov.append(make_provenance(name, found.rule, found.lines))
    # The lines that fed no field, block or caption: furniture, and the header's labels.
    labels = draft.labels
    for no in sorted(labels):
        label, rule = labels[no]
        record = _LINE_RECORD[label]
        if record is not None:
            prov.append(make_provenance(record, rule, (no,)))
    # The first blocks, up to what the identifier reads; the dump's top when no body.
    sample = " ".join(b.text[:LANGUAGE_SAMPLE] for b in blocks[:6])[:LANGUAGE_SAMPLE]
    sample = sample or draft.doc.text[:LANGUAGE_SAMPLE]
    language = guess_language(sample) if sample else None
    if language is None and draft.language_hint:
        language = draft.language_hint.split("-")[0].lower() or None
    if language == "ja" and "authors" in values:
        # Known only now: a Japanese name's two parts are one person's.
        values["authors"] = japanese_names(tuple(values["authors"]), values.get("byline", ""))
    warnings = list(draft.warnings)
    if not blocks:
        warnings.append("no article body found")
    # The caller's URL is clean already (and kept as given); the page's own is not.
    url = draft.doc.url or (clean_line(draft.url) or None if draft.url else None)
    return Article.from_fields(
        values,
        authors=tuple(values.get("authors", ())),
        tags=tuple(values.get("tags", ())),
        body=tuple(blocks),
        captions=tuple(captions),
        parser=parser,
        url=url,
        language=language,
        page=draft.page,
        warnings=tuple(warnings),
        provenance=tuple(prov),
    )
