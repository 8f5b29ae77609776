"""Speed of text-dump parsing: newsparse against trafilatura on the same dumps.

Reads every text dump shipped under tests/data (the seeds and the test dumps),
parses each with ``newsparse.parse`` and, in the same run, hands trafilatura the
same dump with each line wrapped in ``<p>`` (``trafilatura.extract`` with
metadata). Prints dumps per second on one core, the ratio, and peak memory.

    python benchmarks/text_speed.py [--seconds 5] [--no-trafilatura]

trafilatura is a benchmark-only dependency (``pip install trafilatura``).
"""

from __future__ import annotations

import argparse
import html
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import newsparse

ROOT = Path(__file__).resolve().parent.parent


def load_dumps() -> list[str]:
    paths = sorted((ROOT / "tests" / "data").glob("*/*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def as_html(dump: str) -> str:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in dump.splitlines() if line.strip())
    return f"<html><body>{body}</body></html>"


def rate(fn: Callable[[str], object], inputs: list[str], seconds: float) -> float:
    """Inputs per second, looping over ``inputs`` for at least ``seconds``."""
    for x in inputs[:3]:  # warm up caches and imports
        fn(x)
    done = 0
    start = time.perf_counter()
    while True:
        for x in inputs:
            fn(x)
        done += len(inputs)
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return done / elapsed


def peak_memory(fn: Callable[[str], object], inputs: list[str]) -> int:
    tracemalloc.start()
    for x in inputs:
        fn(x)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seconds", type=float, default=5.0, help="time per measurement (default 5)")
    ap.add_argument("--no-trafilatura", action="store_true", help="measure newsparse only")
    args = ap.parse_args(argv)

    dumps = load_dumps()
    size = sum(len(d.encode("utf-8")) for d in dumps) / len(dumps)
    print(
        f"{len(dumps)} text dumps, mean size {size / 1000:.1f} KB, Python {sys.version.split()[0]}"
    )

    ours = rate(newsparse.parse, dumps, args.seconds)
    peak = peak_memory(newsparse.parse, dumps)
    print(f"newsparse    {ours:9.0f} dumps/s  (one core)  peak traced memory {peak / 1e6:.1f} MB")

    if not args.no_trafilatura:
        try:
            import trafilatura
        except ImportError:
            print("trafilatura is not installed: pip install trafilatura")
            return 0
        pages = [as_html(d) for d in dumps]

        def extract(page: str) -> object:
            return trafilatura.extract(page, with_metadata=True)

        theirs = rate(extract, pages, args.seconds)
        print(f"trafilatura  {theirs:9.0f} dumps/s  (same dumps, each line wrapped in <p>)")
        print(f"ratio        {ours / theirs:9.1f}x")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process peak RSS {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
