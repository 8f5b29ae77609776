"""HTML speed on the AEB pages: newsparse against resiliparse and lxml, in one run.

Per page, in turn (the order rotates each round, so that a busy machine slows all
of them alike), it times:

- ``resiliparse``: ``extract_plain_text(HTMLTree.parse(html), main_content=True)``,
  the main text only (the reference);
- ``lxml``: the bare parse, ``etree.fromstring(html, HTMLParser())``, for context;
- ``newsparse``: ``newsparse.parse(html)``, every field (body, title, authors,
  dates, captions, metadata ...).

Each figure is pages per second of CPU time (``time.process_time``), the median
over ``--rounds`` rounds; the ratio newsparse / resiliparse is the median of the
rounds' ratios. The goal of issue 15 is a ratio of 0.5 or more.

Usage: python benchmarks/html_speed.py [DATA_DIR] [--rounds 5] [--profile N]
DATA_DIR defaults to ../shared/devdata/aeb. resiliparse is a benchmark-only
dependency (``pip install resiliparse``). ``--profile N`` prints cProfile's top N
functions of newsparse (by own time, then cumulative) instead of timing.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import pstats
import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from lxml import etree  # noqa: E402

import newsparse  # noqa: E402


def run_newsparse(html: bytes) -> object:
    return newsparse.parse(html)


def run_lxml(html: bytes) -> object:
    return etree.fromstring(html, etree.HTMLParser())


def run_resiliparse(html: bytes) -> object:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree

    return extract_plain_text(HTMLTree.parse(html.decode("utf-8", "replace")), main_content=True)


EXTRACTORS: dict[str, Callable[[bytes], object]] = {
    "resiliparse": run_resiliparse,
    "lxml": run_lxml,
    "newsparse": run_newsparse,
}


def load(data: Path) -> list[bytes]:
    return [gzip.decompress(p.read_bytes()) for p in sorted((data / "html").glob("*.html.gz"))]


def one_round(pages: list[bytes], order: list[str]) -> dict[str, float]:
    """CPU seconds per extractor over every page, interleaved page by page."""
    seconds = dict.fromkeys(order, 0.0)
    clock = time.process_time
    for html in pages:
        for name in order:
            fn = EXTRACTORS[name]
            start = clock()
            fn(html)
            seconds[name] += clock() - start
    return seconds


def profile(pages: list[bytes], top: int) -> None:
    for html in pages[:10]:  # warm the caches first
        run_newsparse(html)
    prof = cProfile.Profile()
    prof.enable()
    for html in pages:
        run_newsparse(html)
    prof.disable()
    stats = pstats.Stats(prof)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared/devdata/aeb")
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds (the median is kept)")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="profile newsparse")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    pages = load(args.data)
    if args.profile:
        profile(pages, args.profile)
        return 0
    names = list(EXTRACTORS)
    one_round(pages[:10], names)  # warm-up: imports, compiled patterns
    rounds = []
    for i in range(args.rounds):
        order = names[i % len(names) :] + names[: i % len(names)]
        rounds.append(one_round(pages, order))
    size = sum(map(len, pages)) / len(pages) / 1000
    print(f"AEB: {len(pages)} pages ({size:.0f} KB each on average), {args.rounds} rounds")
    print("pages per second of CPU time, median of the rounds:")
    for name in names:
        rate = statistics.median(len(pages) / r[name] for r in rounds)
        print(f"  {name:<12} {rate:8.1f} pages/s  ({1000 / rate:.2f} ms/page)")
    ratio = statistics.median(r["resiliparse"] / r["newsparse"] for r in rounds)
    of_lxml = statistics.median(r["lxml"] / r["newsparse"] for r in rounds)
    print(f"  ratio newsparse / resiliparse: {ratio:.2f} (goal: 0.50 or more)")
    print(f"  ratio newsparse / lxml parse:  {of_lxml:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
