"""A person's name run on into an outlet's name without a separator (``By JANE DOE
Associated Press``, as papers print a wire story): the person is the author and the
outlet the source; an outlet's own name stays the source alone. Names are made up."""

from __future__ import annotations

import pytest

from newsparse._fields.bylines import parse_byline


@pytest.mark.parametrize(
    ("text", "authors", "source"),
    [
        ("By JANE DOE Associated Press", ("Jane Doe",), "Associated Press"),
        ("By Jane Doe The Associated Press", ("Jane Doe",), "The Associated Press"),
        ("By JANE DOE, Associated Press", ("Jane Doe",), "Associated Press"),
        ("By The Associated Press", (), "The Associated Press"),
        ("By Associated Press", (), "Associated Press"),
        ("By Daily Mail Reporter", (), "Daily Mail Reporter"),
    ],
)
def test_name_run_on_into_an_outlet(text: str, authors: tuple[str, ...], source: str) -> None:
    byline = parse_byline(text)
    assert byline is not None
    assert byline.authors == authors
    assert byline.source == source
