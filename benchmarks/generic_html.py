"""Generic parser on HTML pages: newsparse against trafilatura on wcxb-dev.

Every page of wcxb-dev (``html/<id>.html.gz``, 647 pages of outlets newsparse
has no specific parser for) is given, as the crawled bytes, to
``newsparse.parse(page, url=url)`` and to
``trafilatura.bare_extraction(page, with_metadata=True, url=url)`` (trafilatura's
default settings; its body is the ``text`` field, comments left out; several
authors are split on its ``;``). Both run once, interleaved page by page.

Figures and scoring are those of ``benchmarks/generic_text.py`` (the data set's
``score.py`` imported at run time, so they agree with ``score.py --kind html``):
title exact and loose, authors as a set and as name P/R/F1, date as the same
day, body token P/R/F1 summed over pages, errors, pages/s (extractor time only).

A third column is htmldate, the date finder trafilatura uses, called alone as
``htmldate.find_date(page, url=url, original_date=True, outputformat="%Y-%m-%d")``
(the publication date, not the last update): only its date rows mean
something (it finds nothing else, so its other rows read zero). htmldate comes with trafilatura; both are
benchmark-only dependencies (``pip install trafilatura htmldate``).

    python benchmarks/generic_html.py [DATA_DIR] [--no-speed] [--show-worst N]
        [--misses title|authors|date] [--save FILE.jsonl] [--limit N] [--no-trafilatura]
        [--no-htmldate]

DATA_DIR defaults to ../shared/devdata/wcxb-dev relative to the repository
root. Body accuracy on the hand-labelled AEB pages is ``benchmarks/aeb.py``.
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generic_text import Prediction, benchmark, run_newsparse, trafilatura_prediction


def read_html(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes())


def run_trafilatura_html(page: bytes, url: str | None) -> Prediction:
    import trafilatura

    return trafilatura_prediction(trafilatura.bare_extraction(page, with_metadata=True, url=url))


def run_htmldate(page: bytes, url: str | None) -> Prediction:
    import htmldate

    found = htmldate.find_date(page, url=url, original_date=True, outputformat="%Y-%m-%d")
    return Prediction(date=found or "")


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    extractors = {"newsparse": run_newsparse, "trafilatura": run_trafilatura_html}
    if "--no-htmldate" in args:
        args.remove("--no-htmldate")
    else:
        try:
            import htmldate  # noqa: F401
        except ImportError:
            print("htmldate is not installed: no htmldate column", file=sys.stderr)
        else:
            extractors["htmldate"] = run_htmldate
    return benchmark("html", __doc__ or "", read_html, extractors, args)


if __name__ == "__main__":
    raise SystemExit(main())
