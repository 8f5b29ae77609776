"""Atheris fuzz target: ``newsparse.parse()`` over arbitrary bytes and text.

Run it through tox (``tox -e fuzz``) or directly::

    python fuzz/fuzz_parse.py fuzz/corpus -max_total_time=600

A finding is any exception other than a :class:`newsparse.NewsparseError`,
or an Article that does not survive ``to_dict``/``from_dict``/JSON. Every
finding becomes a regression test in ``tests/test_hostile.py``.
"""

from __future__ import annotations

import sys
import warnings

import atheris

with atheris.instrument_imports():
    import newsparse

# Small enough that every input is parsed, large enough for whole dumps.
MAX_BYTES = 1 << 20


def check(article: newsparse.Article) -> None:
    again = newsparse.Article.from_dict(article.to_dict(full=True))
    if again != article or newsparse.Article.from_json(article.to_json()) != article:
        raise AssertionError(f"round trip changed the article: {article!r}")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    mode = fdp.ConsumeIntInRange(0, 3)
    rest = fdp.ConsumeBytes(fdp.remaining_bytes())
    inputs: list[str | bytes]
    if mode == 0:
        inputs = [rest]
    elif mode == 1:
        inputs = [rest.decode("utf-8", "surrogateescape")]
    elif mode == 2:
        inputs = [rest.decode("latin-1")]
    else:
        # Wrap the bytes as an HTML page so that the markup path is reached often.
        inputs = [b"<!DOCTYPE html><html><body>" + rest]
    for item in inputs:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                article = newsparse.parse(item, max_bytes=MAX_BYTES)
            except newsparse.NewsparseError:
                continue
        check(article)


def main() -> None:
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
