"""``newsparse explain``: every input line with its label and the rule behind it."""

from __future__ import annotations

from ._api import Input, choose_parser, contained, load, run_parser
from ._engine.draft import FIELD_LABELS, Contender, Draft
from ._fields.labels import Label
from ._input.document import Document
from ._model import Article
from ._registry import get_parser
from .parsers._base import Parser

__all__ = ["explain", "line_labels"]

#: What an HTML page's line is when no rule looked at it: outside the article.
_OUTSIDE = (Label.FURNITURE, "furniture.outside-article")


def line_labels(article: Article) -> dict[int, tuple[str, str]]:
    """Line number -> (label, rule), read from an article's provenance.

    For parsers that give no draft (plugins implementing only ``parse``): the
    built-in and rules parsers are explained from their typed draft instead.
    """
    labels: dict[int, tuple[str, str]] = {}
    # Line labels first: a line that fed several fields keeps its own label.
    records = sorted(article.provenance, key=lambda r: not r.field.startswith("label:"))
    for record in records:
        field = record.field
        if field.startswith("body["):
            index = int(field[5:-1])
            label = "heading" if article.body[index].kind == "heading" else "body"
        elif field.startswith("captions["):
            label = "caption"
        elif field == "furniture":
            label = "furniture"
        elif field.startswith("label:"):
            label = field[6:]
        else:
            label = str(FIELD_LABELS.get(field, field))
        for line in record.lines:
            # The first field to claim a line names it (title before source, ...).
            labels.setdefault(line, (label, record.rule))
    return labels


def _draft(parser: Parser, doc: Document) -> Draft | None:
    """The parser's draft of ``doc`` when it can give one (errors contained as in parse())."""
    make = getattr(parser, "draft", None)
    if not callable(make):
        return None
    found = contained(parser.name, make, doc)
    return found if isinstance(found, Draft) else None


def explain(
    data: Input, *, parser: str | None = None, url: str | None = None, width: int = 100
) -> str:
    """The dump, one line per input line, labelled; a summary on top."""
    doc = load(data, url=url)
    chosen, scores = choose_parser(doc)
    if parser is not None:
        chosen = get_parser(parser)
    draft = _draft(chosen, doc)
    labels: dict[int, tuple[str, str]]
    if draft is not None:
        typed = draft.line_labels()
        if doc.kind == "html":
            for line in doc.lines:
                typed.setdefault(line.no, _OUTSIDE)
        labels = {no: (label.value, rule) for no, (label, rule) in typed.items()}
        extra = [(name, found.rule) for name, found in draft.fields.items() if not found.lines]
    else:
        article = run_parser(chosen, doc)
        labels = line_labels(article)
        extra = [(r.field, r.rule) for r in article.provenance if not r.lines]
        extra = [(name, rule) for name, rule in extra if name != "furniture"]
    ranked = ", ".join(
        f"{name} {score:.2f}" for name, score in sorted(scores.items(), key=lambda kv: -kv[1])
    )
    out = [f"# parser: {chosen.name}" + ("" if parser else f" (detect scores: {ranked})")]
    if doc.kind == "html":
        out.append("# input: HTML; lines are the page's blocks of visible text")
    for no, text in enumerate(doc.text.split("\n")):
        if not text:
            out.append(f"{no + 1:5d}")
            continue
        label, rule = labels.get(no, ("?", "unlabelled"))
        shown = text if len(text) <= width else text[: width - 1] + "…"
        out.append(f"{no + 1:5d} {label:<11} {rule:<32} | {shown}")
    for name, rule in extra:
        out.append(f"    - {name:<11} {rule:<32} | (from markup or metadata)")
    if draft is not None and draft.contenders:
        out.extend(_contenders(draft.contenders))
    return "\n".join(out) + "\n"


def _contenders(contenders: list[Contender]) -> list[str]:
    """The ``# candidates`` section: the lines that competed for a field, best first."""
    out = ["# candidates: field, line, score, won, the features that gave the score"]
    fields = list(dict.fromkeys(c.field for c in contenders))
    for field in fields:
        ranked = sorted(
            (c for c in contenders if c.field == field), key=lambda c: (-c.score, c.line)
        )
        for c in ranked:
            score = "never" if c.score == float("-inf") else f"{c.score:.2f}"
            won = "won" if c.won else "-"
            out.append(
                f"#   {field:<8} {c.line + 1:5d} {score:>6} {won:<4} {', '.join(c.features)}"
            )
    return out
