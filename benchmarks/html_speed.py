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

Usage: python benchmarks/html_speed.py [DATA_DIR] [--rounds 5] [--profile N] [--stages]
DATA_DIR defaults to ../shared/devdata/aeb. resiliparse is a benchmark-only
dependency (``pip install resiliparse``). ``--profile N`` prints cProfile's top N
functions of newsparse (by own time, then cumulative) instead of timing;
``--stages`` prints the CPU milliseconds per page of each stage of ``parse()``
(nested stages are indented and counted in their parent too).
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


# (module, function, depth): the stages --stages times, each where its caller looks it up.
STAGES = [
    ("newsparse._api", "looks_binary", 1),
    ("newsparse._api", "decode_bytes_exact", 1),
    ("newsparse._api", "document_from_html", 1),
    ("newsparse._engine.html", "parse_tree", 2),
    ("newsparse._engine.html", "_trim_attributes", 3),
    ("newsparse._engine.html", "_walk", 2),
    ("newsparse._api", "choose_parser", 1),
    ("newsparse._api", "run_parser", 1),
    ("newsparse._engine.content", "title_field", 2),
    ("newsparse._engine.content", "extract_content", 2),
    ("newsparse._engine.content", "metadata", 2),
    ("newsparse._engine.content", "byline_fields", 3),
    ("newsparse._engine.content", "date_fields", 3),
    ("newsparse._engine.content", "find_captions", 2),
    ("newsparse._engine.pages", "page_number", 2),
    ("newsparse._engine.content", "html_draft", 2),
    ("newsparse.parsers._base", "build", 2),
    ("newsparse._engine.draft", "guess_language", 3),
]


def stages(pages: list[bytes], rounds: int) -> None:
    """CPU milliseconds per page spent in each stage of parse() (median of rounds)."""
    import importlib

    spent: dict[str, float] = {}

    def timed(key: str, fn: Callable[..., object]) -> Callable[..., object]:
        def run(*args: object, **kwargs: object) -> object:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[key] += time.process_time() - start

        return run

    spent.update((f"{m}.{n}", 0.0) for m, n, _ in STAGES)
    for module, name, _ in STAGES:
        mod = importlib.import_module(module)
        setattr(mod, name, timed(f"{module}.{name}", getattr(mod, name)))
    for html in pages[:10]:
        run_newsparse(html)
    per_round: list[dict[str, float]] = []
    for _ in range(rounds):
        spent.clear()
        spent.update((f"{m}.{n}", 0.0) for m, n, _ in STAGES)
        start = time.process_time()
        for html in pages:
            run_newsparse(html)
        spent["total"] = time.process_time() - start
        per_round.append({k: 1000 * v / len(pages) for k, v in spent.items()})
    total = statistics.median(r["total"] for r in per_round)
    print(f"parse(): {total:.2f} ms/page (CPU), by stage (median of {rounds} rounds):")
    for module, name, depth in STAGES:
        ms = statistics.median(r[f"{module}.{name}"] for r in per_round)
        print(f"  {'  ' * (depth - 1)}{name:<{24 - 2 * depth}} {ms:6.2f} ms  {ms / total:6.1%}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared/devdata/aeb")
    ap.add_argument("--rounds", type=int, default=5, help="timed rounds (the median is kept)")
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="profile newsparse")
    ap.add_argument("--stages", action="store_true", help="time each stage of parse()")
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore")
    pages = load(args.data)
    if not pages:
        ap.error(f"no *.html.gz pages in {args.data / 'html'}")
    if args.profile:
        profile(pages, args.profile)
        return 0
    if args.stages:
        stages(pages, args.rounds)
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
