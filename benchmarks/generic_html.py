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

    python benchmarks/generic_html.py [DATA_DIR] [--no-speed] [--show-worst N]
        [--misses title|authors|date] [--save FILE.jsonl] [--limit N] [--no-trafilatura]

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


def main(argv: list[str] | None = None) -> int:
    return benchmark(
        "html",
        __doc__ or "",
        read_html,
        {"newsparse": run_newsparse, "trafilatura": run_trafilatura_html},
        argv,
    )


if __name__ == "__main__":
    raise SystemExit(main())
