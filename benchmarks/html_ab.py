"""A/B of the HTML path's speed: this tree's ``newsparse.parse`` against another tree's.

Each round runs one fresh process per tree (the order alternates each round, so
that a busy machine slows both alike); each process parses every AEB page once
after a warm-up and reports its CPU time (``time.process_time``). The figure per
tree is the median over rounds of pages per second; the slow-down is the median of
the rounds' ratios A/B - 1 (positive: this tree is slower). Issue 13 asks that the
HTML path be no more than 10% slower than at commit 76dd72d.

Usage: python benchmarks/html_ab.py OTHER_TREE [DATA_DIR] [--rounds 7] [--tree A_TREE]
OTHER_TREE (B) and A_TREE (A, by default this checkout) are checkouts of newsparse
(each one's ``src`` goes first on the path of its processes); DATA_DIR defaults to
../shared/devdata/aeb.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Run in a child process with the tree's src first on sys.path: prints CPU seconds.
CHILD = """
import gzip, sys, time, warnings
from pathlib import Path
warnings.simplefilter("ignore")
import newsparse
pages = [gzip.decompress(p.read_bytes()) for p in sorted(Path(sys.argv[1]).glob("*.html.gz"))]
for html in pages[:10]:
    newsparse.parse(html)
start = time.process_time()
for html in pages:
    newsparse.parse(html)
print(len(pages), time.process_time() - start)
"""


def one_run(tree: Path, data: Path) -> tuple[int, float]:
    """Pages parsed and CPU seconds, in a fresh process that imports ``tree``'s newsparse."""
    env = dict(os.environ, PYTHONPATH=str(tree / "src"))
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(data / "html")],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=tree,
    ).stdout.split()
    return int(out[0]), float(out[1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("other", type=Path, help="the other newsparse checkout (B)")
    ap.add_argument("--tree", type=Path, default=ROOT, help="the checkout timed as A (this one)")
    ap.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared/devdata/aeb")
    ap.add_argument("--rounds", type=int, default=7, help="rounds (the median is kept)")
    args = ap.parse_args(argv)
    trees = {"A": args.tree.resolve(), "B": args.other.resolve()}
    seconds: dict[str, list[float]] = {name: [] for name in trees}
    count = 0
    for i in range(args.rounds):
        order = list(trees) if i % 2 == 0 else list(reversed(trees))
        for name in order:
            count, spent = one_run(trees[name], args.data)
            seconds[name].append(spent)
    print(f"{count} pages from {args.data}, {args.rounds} rounds, CPU time, medians:")
    for name, tree in trees.items():
        rate = statistics.median(count / s for s in seconds[name])
        print(f"  {name:<3} {rate:8.1f} pages/s  ({1000 / rate:.2f} ms/page)  {tree}")
    ratios = [a / b for a, b in zip(*seconds.values(), strict=True)]
    slower = statistics.median(ratios) - 1
    print(
        f"  A is {slower:+.1%} slower than B (rounds: {', '.join(f'{r - 1:+.1%}' for r in ratios)})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
