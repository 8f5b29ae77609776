"""Imported by the fork server that starts the workers of a batch run.

newsparse loads some things on first use: the language identifier's model
(numpy and most of a second of CPU time), lxml's parser, the parsers'
compiled rules. Parsing a small text dump and a small HTML page here loads
them once, in the fork server, before any worker is forked from it: the
workers then share them (copy-on-write) instead of each loading its own.
"""

from __future__ import annotations

import warnings

from .._api import parse

_WORDS = "The ministry said on Monday that trade talks would continue next week. " * 4
TEXT = f"Talks to continue next week\n\nBy Jane Doe\n\n{_WORDS}\n\n{_WORDS}\n"
HTML = (
    "<html><head><title>Talks to continue</title></head><body><article>"
    f"<h1>Talks to continue</h1><p>By Jane Doe</p><p>{_WORDS}</p><p>{_WORDS}</p>"
    "</article></body></html>"
)


def warm() -> None:
    """Parse a text dump and an HTML page; nothing here may stop the fork server."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for dump in (TEXT, HTML):
            try:
                parse(dump)
            except Exception:  # a worker that needs it loads it itself
                continue


warm()
