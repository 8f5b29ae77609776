"""Parse time must grow linearly with input size: 10x the input, at most ~12x the time.

Not a test (timings vary by machine): run ``python benchmarks/linear.py`` (or
``tox -e bench``). For each input family it parses a small and a 10x larger
input, takes the best of a few runs, and prints the time ratio; the exit status
is 1 when a ratio is over the limit (``--limit``, default 12).

The families are realistic text and HTML dumps, and adversarial inputs: long
runs of candidate caption, byline, date, breadcrumb and repeated lines (where a
backtracking regex or a pairwise comparison would show up as quadratic), single
very long lines and deeply nested HTML, and the shapes that used to hang (issue
10): pager lookalikes, long lines without spaces, tag floods after deep nesting,
elements with many attributes.

``--scale 100 --only "text dump"`` times text dumps of 5.6 and 56 MB (issue 15: linear
up to 50 MB); ``--repeat 1`` keeps that to a minute or so.
"""

from __future__ import annotations

import argparse
import sys
import time
import warnings
from collections.abc import Callable

import newsparse

PARA = (
    "Officials agreed on Tuesday that the new plan would help local farmers and small "
    "firms grow during the next year, while experts warned about rising costs."
)
CAPTION = "Visitors walk past lanterns in Beijing, October 30, 2025. /Xinhua"


def text_dump(n: int) -> str:
    head = "China\n2025.10.29 23:38 GMT+8\n\nA title about farmers and firms\n\nCGTN\n\n"
    parts = []
    for i in range(n):
        parts.append(f"{PARA} Number {i}.")
        if i % 5 == 0:
            parts.append(f"A caption of picture {i} in Beijing, October 30, 2025. /Xinhua")
        if i % 7 == 3:
            parts.append(f"Subheading number {i}")
    return head + "\n\n".join(parts) + "\n\nRELATED STORIES\n"


def html_page(n: int) -> str:
    body = "".join(
        f"<div class='c{i % 9}'><p>{PARA} Number {i}.</p>"
        f"<figure><img src='{i}.jpg'><figcaption>Picture {i}. [Photo/Xinhua]</figcaption>"
        "</figure></div>"
        for i in range(n)
    )
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>T</title></head><body>"
        f"<h1>A title about farmers and firms</h1><p>By Jane Doe</p>{body}</body></html>"
    )


PAGER_BAIT = " ".join(str(i) for i in range(10, 22)) + " next page please go"
DEEP = "<html><body>" + "<div>" * 3000 + f"<p>{PARA}</p>"


def html_paragraphs(n: int, text: str) -> str:
    body = "".join(f"<p>{text}</p><p>{PARA} Number {i}.</p>" for i in range(n))
    return f"<html><body><article>{body}</article></body></html>"


FAMILIES: dict[str, tuple[Callable[[int], str | bytes], int]] = {
    # name: (input of size n, the small n)
    "text dump": (text_dump, 300),
    "text dump as bytes (GB18030)": (lambda n: text_dump(n).encode("gb18030"), 300),
    "html page": (html_page, 300),
    "caption lines": (lambda n: "\n".join(f"{CAPTION} {i}" for i in range(n)), 2000),
    "uncredited repeated captions": (lambda n: "A man walks in a park.\n" * n, 3000),
    # Numbered from 100,000: every line the same shape at both sizes. (Numbered from 0, a
    # line under 1,000 cost 0.4 of one from 1,000 on, a number that may be a year: half
    # the small input's lines and a twentieth of the large one's, a ratio of 13.)
    "byline lines": (
        lambda n: "\n".join(f"By Jane Doe and John Smith {100_000 + i}" for i in range(n)),
        2000,
    ),
    "date lines": (
        lambda n: "\n".join(f"Updated 2025.10.29 23:{i % 60:02d} GMT+8" for i in range(n)),
        2000,
    ),
    "breadcrumb lines": (lambda n: "Opinion > Latest > World >\n" * n, 3000),
    "info lines": (lambda n: "By LI WEI | China Daily | Updated: 2023-08-06 15:09\n" * n, 2000),
    # From 100,000 too: lines of up to four digits cost 0.8 of the longer ones (12.2, now 9.8).
    "tiny lines": (lambda n: "".join(f"w{100_000 + i}\n" for i in range(n)), 10_000),
    # One short line repeated (a rule that looks past copies of a line must stop), and a
    # line of separators only (a look-ahead to the line's end at each one).
    "one repeated CJK line": (lambda n: "中\n" * n, 2000),
    "one long separator line": (lambda n: "| " * n, 5000),
    "one long line": (lambda n: "word " * n, 20_000),
    "one long slash line": (lambda n: "a /" * n, 20_000),
    "one long bracket line": (lambda n: "x [Photo/" * n, 10_000),
    "nested html": (lambda n: "<html><body>" + "<div>" * n + PARA + "</div>" * n, 1000),
    # Each of these took minutes or hours before (issue 10): numbers then words that
    # a pager pattern may split many ways, a long "By" line without spaces, floods of
    # unclosed or stray tags after nesting too deep for libxml2, an element crowded
    # with attributes.
    "pager lookalike paragraphs": (lambda n: html_paragraphs(n, PAGER_BAIT), 200),
    "digit run paragraphs": (lambda n: html_paragraphs(n, "1" * 40 + " paginationlinks"), 200),
    "one long byline line": (lambda n: "By " + "x" * n + "\n\n" + PARA, 40_000),
    "unclosed tags, deep nesting": (lambda n: DEEP + "<a x" * n, 2000),
    "stray close tags, deep nesting": (lambda n: "<div>" * n + PARA + "</x>" * n, 3000),
    "attributes on one element": (
        lambda n: "<html><body><p " + " ".join(f"a{i}='v'" for i in range(n)) + f">{PARA}",
        30_000,
    ),
}


def best_time(data: str | bytes, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()  # CPU time: the machine may be shared
        newsparse.parse(data, max_bytes=None)
        best = min(best, time.process_time() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=float, default=12.0, help="the largest allowed ratio")
    ap.add_argument("--repeat", type=int, default=3, help="runs per size (best is kept)")
    ap.add_argument("--factor", type=int, default=10, help="how much larger the large input is")
    ap.add_argument("--only", help="run the families whose name contains this")
    ap.add_argument(
        "--scale",
        type=int,
        default=1,
        help="multiply each family's small size (100 with --only 'text dump': 5.6 and 56 MB)",
    )
    args = ap.parse_args(argv)
    warnings.simplefilter("ignore", newsparse.NewsparseWarning)
    failed = []
    print(f"{'family':<32} {'small':>9} {'large':>9} {'ratio':>6}  (x{args.factor} input)")
    for name, (make, n) in FAMILIES.items():
        if args.only and args.only not in name:
            continue
        n *= args.scale
        small, large = make(n), make(n * args.factor)
        best_time(small, 1)  # warm caches (regex compilation, imports)
        t1, t2 = best_time(small, args.repeat), best_time(large, args.repeat)
        ratio = t2 / t1 if t1 > 0 else float("inf")
        flag = "" if ratio <= args.limit else "  <-- over the limit"
        print(f"{name:<32} {t1:9.4f} {t2:9.4f} {ratio:6.1f}{flag}")
        if flag:
            failed.append(name)
    if failed:
        print(f"not linear: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
