"""Fit the weights of the generic headline score on wcxb-dev's text dumps.

The generic text parser scores every title-like line of a dump's header
(``newsparse/_engine/titles.py``: ``WEIGHTS`` and ``THRESHOLD``). This script
parses each dump once, recording each candidate's features, then searches
the weights by coordinate descent on a coarse grid: the objective counts
pages whose winner is the truth's title (loosely compared) and subtracts
``--cost`` per page given a wrong title, so that no title is preferred to a
wrong one. It prints the fitted table and its figures next to those of the
weights in the code; copy the table into ``titles.py`` by hand, after
checking that the change generalises (the data are mostly English blogs).

    python benchmarks/fit_title_weights.py [DATA_DIR] [--cost 1.0] [--rounds 3]
        [--folds 0] [--only late,late-far] [--urls with|without|both]

``--urls without`` parses the dumps without their URL (no slug: a dump pasted alone),
``--urls both`` each page both ways, so that the weights suit either.
``--folds K`` reports K-fold figures instead (fit on K-1 parts, score the
held-out part), to see how much of a gain is the fit's own. ``--only`` fits
some weights and keeps the others: a new feature's weight, say, when a fit
of the whole table does not beat the code's on held-out parts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import newsparse  # noqa: E402
from newsparse._engine import headers, titles  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "devdata" / "wcxb-dev"
STEP = 0.25
LIMIT = 6.0

#: One page: each candidate's features (name -> value) and whether it is the title.
Page = list[tuple[dict[str, float], bool, int]]


def loose(text: str | None) -> str:
    text = unicodedata.normalize("NFC", text or "").lower()
    text = text.translate(str.maketrans("\u2018\u2019\u201c\u201d", "''\"\""))
    return re.sub(r"[\W_]+", " ", text).strip()


def collect(data: Path, urls: bool = True) -> list[Page]:
    """Parse every dump, recording the candidates the header strategy scored (without
    the page's URL when ``urls`` is false: a dump pasted alone)."""
    seen: list[list[titles.Candidate]] = []
    texts: list[list[str]] = []
    real = titles.best_title

    def spy(lines: Any, *args: Any, **kwargs: Any) -> Any:
        best, scored = real(lines, *args, **kwargs)
        seen.append(scored)
        texts.append(list(lines))
        return best, scored

    headers.best_title = spy  # type: ignore[assignment]
    pages: list[Page] = []
    try:
        with open(data / "truth.jsonl", encoding="utf-8") as f:
            truth = [json.loads(line) for line in f]
        for row in truth:
            path = data / "text" / f"{row['id']}.txt"
            if not path.exists() or not row.get("title"):
                continue
            seen.clear()
            texts.clear()
            url = row.get("url") if urls else None
            newsparse.parse(path.read_text(encoding="utf-8"), url=url)
            want = loose(row["title"])
            scored = seen[0] if seen else []
            lines = texts[0] if texts else []
            pages.append([(dict(c.values), loose(lines[c.i]) == want, c.i) for c in scored])
    finally:
        headers.best_title = real  # type: ignore[assignment]
    return pages


def evaluate(pages: list[Page], weights: dict[str, float], threshold: float) -> tuple[int, int]:
    """(right, wrong): pages whose winner is the title, and pages given another line."""
    right = wrong = 0
    for page in pages:
        best: tuple[float, int] | None = None
        ok = False
        for values, is_title, i in page:
            score = sum(weights[k] * v for k, v in values.items())
            if best is None or (score, -i) > best:
                best, ok = (score, -i), is_title
        if best is None or best[0] < threshold:
            continue
        right += ok
        wrong += not ok
    return right, wrong


def fit(
    pages: list[Page],
    start: dict[str, float],
    threshold: float,
    cost: float,
    rounds: int,
    only: list[str] | None = None,
) -> tuple[dict[str, float], float]:
    weights = dict(start)
    names = only or [*weights, "THRESHOLD"]

    def objective(w: dict[str, float], t: float) -> float:
        right, wrong = evaluate(pages, w, t)
        return right - cost * wrong

    best = objective(weights, threshold)
    grid = [round(-LIMIT + STEP * k, 2) for k in range(int(2 * LIMIT / STEP) + 1)]
    for _ in range(rounds):
        improved = False
        for name in names:
            for value in grid:
                trial = dict(weights)
                t = threshold
                if name == "THRESHOLD":
                    t = value
                else:
                    trial[name] = value
                score = objective(trial, t)
                if score > best + 1e-9:
                    best, weights, threshold, improved = score, trial, t, True
        if not improved:
            break
    return weights, threshold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cost", type=float, default=1.0, help="penalty per wrong title")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--folds", type=int, default=0)
    ap.add_argument(
        "--only", help="fit only these weights (comma-separated; THRESHOLD too), the rest fixed"
    )
    ap.add_argument(
        "--urls",
        choices=("with", "without", "both"),
        default="with",
        help="parse the dumps with their URL, without it, or both (each page twice)",
    )
    args = ap.parse_args()
    only = args.only.split(",") if args.only else None
    pages = []
    if args.urls in ("with", "both"):
        pages += collect(args.data)
    if args.urls in ("without", "both"):
        pages += collect(args.data, urls=False)
    size = len(pages) // 2 if args.urls == "both" else len(pages)
    n = len(pages)
    now = dict(titles.WEIGHTS)
    right, wrong = evaluate(pages, now, titles.THRESHOLD)
    print(f"{n} pages; weights in the code: right {right} ({right / n:.1%}), wrong {wrong}")
    if args.folds > 1:
        total_right = total_wrong = 0
        for k in range(args.folds):
            # (A page parsed both ways falls in one part: its two readings are alike.)
            train = [p for j, p in enumerate(pages) if j % size % args.folds != k]
            test = [p for j, p in enumerate(pages) if j % size % args.folds == k]
            w, t = fit(train, now, titles.THRESHOLD, args.cost, args.rounds, only)
            r, x = evaluate(test, w, t)
            r0, x0 = evaluate(test, now, titles.THRESHOLD)
            print(f"fold {k}: held out {len(test)}: fitted right {r} wrong {x}; code {r0} / {x0}")
            total_right, total_wrong = total_right + r, total_wrong + x
        print(f"held-out total: right {total_right} ({total_right / n:.1%}), wrong {total_wrong}")
        return
    w, t = fit(pages, now, titles.THRESHOLD, args.cost, args.rounds, only)
    right, wrong = evaluate(pages, w, t)
    print(f"fitted: right {right} ({right / n:.1%}), wrong {wrong}; THRESHOLD = {t}")
    for name, value in w.items():
        mark = "" if value == now[name] else f"   (was {now[name]})"
        print(f'    "{name}": {value},{mark}')


if __name__ == "__main__":
    main()
