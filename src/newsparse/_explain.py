"""``newsparse explain``: every input line with its label and the rule behind it."""

from __future__ import annotations

from ._api import Input, choose_parser, load, run_parser
from ._model import Article
from ._registry import get_parser

__all__ = ["explain", "line_labels"]

_FIELD_LABELS = {
    "title": "title",
    "subtitle": "subtitle",
    "byline": "byline",
    "authors": "byline",
    "source": "source",
    "date": "date",
    "updated": "updated",
    "section": "section",
    "editor_note": "editor_note",
}


def line_labels(article: Article) -> dict[int, tuple[str, str]]:
    """Line number -> (label, rule), from the article's provenance."""
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
            label = _FIELD_LABELS.get(field, field)
        for line in record.lines:
            # The first field to claim a line names it (title before source, ...).
            labels.setdefault(line, (label, record.rule))
    return labels


def explain(
    data: Input, *, parser: str | None = None, url: str | None = None, width: int = 100
) -> str:
    """The dump, one line per input line, labelled; a summary on top."""
    doc = load(data, url=url)
    chosen, scores = choose_parser(doc)
    if parser is not None:
        chosen = get_parser(parser)
    article = run_parser(chosen, doc)
    labels = line_labels(article)
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
    extra = [r for r in article.provenance if not r.lines and r.field != "furniture"]
    for record in extra:
        out.append(f"    - {record.field:<11} {record.rule:<32} | (from markup or metadata)")
    return "\n".join(out) + "\n"
