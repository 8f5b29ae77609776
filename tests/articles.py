"""English article text shared by the engine tests: four paragraphs and their headline,
and the helpers that make dumps of them."""

from __future__ import annotations

import warnings

import newsparse

PROSE = [
    "The city council voted on Tuesday to expand the network of protected bike lanes, "
    "adding forty kilometres of new routes over the next three years.",
    "Supporters said the plan would cut traffic deaths and make cycling a real option for "
    "commuters, while some shop owners worried about the loss of parking spaces.",
    "Work on the first routes is due to begin in the spring, once the budget has been "
    "approved and the contracts for the construction have been signed.",
    "The mayor said the council would publish a map of the new routes next month and hold "
    "public meetings in every district before the work begins.",
]
HEADLINE = "City council approves forty kilometres of new bike lanes"


def dump(*parts: str | list[str], gap: str = "\n") -> str:
    """A text dump of lines, and of lists of lines, in order, ``gap`` between lines."""
    lines: list[str] = []
    for part in parts:
        lines.extend([part] if isinstance(part, str) else part)
    return gap.join(lines) + "\n"


def quiet_parse(text: str | bytes) -> newsparse.Article:
    """:func:`newsparse.parse` without its warnings (an empty body's, a guessed charset's)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return newsparse.parse(text)


def rule(article: newsparse.Article, field: str) -> str | None:
    """The rule that set ``field``, or None."""
    return next((p.rule for p in article.provenance if p.field == field), None)
