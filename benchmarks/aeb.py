"""Body accuracy and speed on the article-extraction benchmark (AEB).

Runs newsparse and trafilatura over the same pages with the same scorer and
prints precision, recall and F1 for both, then pages per second for each.

Scoring follows scrapinghub/article-extraction-benchmark: both texts are
tokenized with ``\\w+``; the multiset overlap of tokens (``--ngram 1``, the
default) or of 4-token shingles (``--ngram 4``, the benchmark's own
evaluate.py) gives TP/FP/FN per page, normalised per page; precision and
recall are averaged over pages and F1 is their harmonic mean. Both n are
printed unless ``--ngram`` picks one.

Usage: python benchmarks/aeb.py [DATA_DIR] [--no-speed] [--show-worst N]
DATA_DIR defaults to ../shared/devdata/aeb relative to the repository root.
trafilatura is a benchmark-only dependency (``pip install trafilatura``).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newsparse  # noqa: E402

_TOKEN = re.compile(r"\w+")


def _ngrams(text: str, n: int) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens)


def tp_fp_fn(true: str, pred: str, n: int) -> tuple[float, float, float]:
    t, p = _ngrams(true, n), _ngrams(pred, n)
    tp = float(sum((t & p).values()))
    fp = float(sum((p - t).values()))
    fn = float(sum((t - p).values()))
    s = tp + fp + fn
    return (tp / s, fp / s, fn / s) if s else (0.0, 0.0, 0.0)


def _precision(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fp == 0 else tp / (tp + fp)


def _recall(tp: float, fp: float, fn: float) -> float:
    if fp == fn == 0:
        return 1.0
    return 0.0 if tp == fn == 0 else tp / (tp + fn)


def score(rows: list[tuple[float, float, float]]) -> tuple[float, float, float]:
    """(precision, recall, F1) averaged over pages, as the AEB's evaluate.py does."""
    p = statistics.mean(_precision(*r) for r in rows if r[0] + r[1] > 0)
    r = statistics.mean(_recall(*r) for r in rows if r[0] + r[2] > 0)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run_newsparse(html: bytes) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return newsparse.parse(html).text


def run_trafilatura(html: bytes) -> str:
    import trafilatura

    return trafilatura.extract(html, with_metadata=True) or ""


_FRONT_MATTER = re.compile(r"\A---\n.*?\n---\n", re.S)


def trafilatura_body(output: str) -> str:
    """The body of ``extract(with_metadata=True)``: its YAML metadata header removed."""
    return _FRONT_MATTER.sub("", output, count=1)


def load(data: Path) -> tuple[dict[str, str], dict[str, bytes]]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {key: gzip.decompress((data / "html" / f"{key}.html.gz").read_bytes()) for key in truth}
    return {k: v.get("articleBody", "") for k, v in truth.items()}, pages


def run_all(
    extractors: dict[str, Callable[[bytes], str]], pages: dict[str, bytes]
) -> tuple[dict[str, dict[str, str]], dict[str, float]]:
    """Every extractor over every page, interleaved page by page so that a busy
    machine slows all of them alike; (outputs, seconds) per extractor."""
    outputs: dict[str, dict[str, str]] = {name: {} for name in extractors}
    seconds = dict.fromkeys(extractors, 0.0)
    for key, html in pages.items():
        for name, fn in extractors.items():
            start = time.perf_counter()
            outputs[name][key] = fn(html)
            seconds[name] += time.perf_counter() - start
    return outputs, seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared/devdata/aeb")
    ap.add_argument("--ngram", type=int, choices=(1, 4), help="score only this n")
    ap.add_argument("--no-trafilatura", action="store_true", help="newsparse only")
    ap.add_argument("--no-speed", action="store_true", help="skip the timing runs")
    ap.add_argument("--repeat", type=int, default=3, help="timing runs (best is kept)")
    ap.add_argument(
        "--show-worst", type=int, default=0, metavar="N", help="list newsparse's N worst pages"
    )
    args = ap.parse_args(argv)

    truth, pages = load(args.data)
    extractors: dict[str, Callable[[bytes], str]] = {"newsparse": run_newsparse}
    if not args.no_trafilatura:
        extractors["trafilatura"] = run_trafilatura
    outputs, _ = run_all(extractors, pages)
    if "trafilatura" in outputs:
        outputs["trafilatura"] = {k: trafilatura_body(v) for k, v in outputs["trafilatura"].items()}

    print(f"AEB: {len(pages)} pages from {args.data}")
    for n in (args.ngram,) if args.ngram else (1, 4):
        what = "tokens" if n == 1 else f"{n}-token shingles (the AEB's evaluate.py)"
        print(f"\nbody accuracy, {what}:")
        for name, out in outputs.items():
            p, r, f = score([tp_fp_fn(truth[k], out[k], n) for k in truth])
            print(f"  {name:<12} precision={p:.4f}  recall={r:.4f}  F1={f:.4f}")

    if args.show_worst:
        rows = []
        for k in truth:
            tp, fp, fn = tp_fp_fn(truth[k], outputs["newsparse"][k], 1)
            rows.append(
                (
                    2 * tp / (2 * tp + fp + fn) if tp else 0.0,
                    _precision(tp, fp, fn),
                    _recall(tp, fp, fn),
                    k,
                )
            )
        print(f"\nnewsparse's {args.show_worst} worst pages (token F1, P, R):")
        for f, p, r, k in sorted(rows)[: args.show_worst]:
            print(f"  {f:.3f} {p:.3f} {r:.3f} {k}")

    if not args.no_speed:
        print(
            f"\nspeed ({len(pages)} pages, parse() vs extract(html, with_metadata=True), "
            f"interleaved, best of {args.repeat}):"
        )
        runs = [run_all(extractors, pages)[1] for _ in range(args.repeat)]
        rates: dict[str, float] = {}
        for name in extractors:
            best = min(run[name] for run in runs)
            rates[name] = len(pages) / best
            print(
                f"  {name:<12} {rates[name]:8.1f} pages/s  ({1000 * best / len(pages):.2f} ms/page)"
            )
        if "trafilatura" in rates:
            print(
                f"  ratio newsparse / trafilatura: {rates['newsparse'] / rates['trafilatura']:.1f}x"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
