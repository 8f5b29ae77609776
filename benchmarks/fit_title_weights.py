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
        [--folds 0] [--only late,late-far] [--urls with|without|both] [--aeb [DIR]]

``--folds K`` reports K-fold figures instead (fit on K-1 parts, score the
held-out part), to see how much of a gain is the fit's own. ``--only`` fits
some weights and keeps the others: a new feature's weight, say, when a fit
of the whole table does not beat the code's on held-out parts.

``--urls`` says how the dumps are parsed: with the page's URL (``with``, the
default), without (``without``: a user's saved dump, where the slug, the
strongest cue, is missing) or each page both ways (``both``, two pages in the
fit). ``--aeb`` adds the AEB news pages as dumps without a URL, the HTML path's
title as the truth where the dump prints it (``benchmarks/aeb_text_titles.py``);
``--aeb-cache FILE`` keeps those dumps between runs. ``--pages FILE`` keeps the
collected candidates (write them once, fit many times; delete the file when the
features change).

``--leads`` instead replays the winner's choice for other margins of a clear lead
over a line under it (``_LEAD_MARGIN_BELOW``), on wcxb-dev with and without the URL
and the AEB dumps, printing the titles right and wrong for each, on the even and the
odd ids apart (how ``_LEAD_MARGIN_BELOW`` was measured).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
import warnings
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


def collect(data: Path, urls: str = "with") -> list[Page]:
    """Parse every dump, recording the candidates the header strategy scored."""
    ways = {"with": (True,), "without": (False,), "both": (True, False)}[urls]
    with open(data / "truth.jsonl", encoding="utf-8") as f:
        truth = [json.loads(line) for line in f]
    runs = [
        (path.read_text(encoding="utf-8"), row.get("url") if way else None, row["title"])
        for row in truth
        for path in [data / "text" / f"{row['id']}.txt"]
        if path.exists() and row.get("title")
        for way in ways
    ]
    return scored_pages(runs)


def collect_aeb(data: Path, cache: Path | None) -> list[Page]:
    """The AEB pages' dumps without a URL, the HTML path's title as the truth (only
    where the dump prints it as a line)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import aeb_text_titles

    rows = aeb_text_titles.proxy_pages(data, cache)
    return scored_pages(
        [(dump, None, title) for _, dump, title in rows if aeb_text_titles.winnable(dump, title)]
    )


def scored_pages(runs: list[tuple[str, str | None, str]]) -> list[Page]:
    """Parse each (dump, url, title), recording the candidates the header scored."""
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
        for dump, url, title in runs:
            seen.clear()
            texts.clear()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                newsparse.parse(dump, url=url)
            want = loose(title)
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


def recorded_calls(runs: list[tuple[str, str | None, str]]) -> list[tuple[Any, Any, str]]:
    """Each (dump, url, title)'s first call of the header's title choice, with the title."""
    calls: list[tuple[Any, Any]] = []
    kept: list[tuple[Any, Any, str]] = []
    real = titles.best_title

    def spy(*a: Any, **k: Any) -> Any:
        calls.append((a, k))
        return real(*a, **k)

    headers.best_title = spy  # type: ignore[assignment]
    try:
        for dump, url, title in runs:
            calls.clear()
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                newsparse.parse(dump, url=url)
            if calls:
                kept.append((*calls[0], title))
    finally:
        headers.best_title = real  # type: ignore[assignment]
    return kept


def leads(data: Path, aeb_dir: Path, cache: Path | None) -> None:
    """Right and wrong titles for each margin of a clear lead over a line under it."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import aeb_text_titles

    with open(data / "truth.jsonl", encoding="utf-8") as f:
        truth = [json.loads(line) for line in f]
    sets: dict[str, list[tuple[str, str, str | None, str]]] = {"wcxb": [], "wcxb+url": []}
    for row in truth:
        path = data / "text" / f"{row['id']}.txt"
        if path.exists() and row.get("title"):
            text = path.read_text(encoding="utf-8")
            sets["wcxb"].append((row["id"], text, None, row["title"]))
            sets["wcxb+url"].append((row["id"], text, row.get("url"), row["title"]))
    sets["aeb"] = [
        (key, dump, None, title)
        for key, dump, title in aeb_text_titles.proxy_pages(aeb_dir, cache)
        if title and aeb_text_titles.winnable(dump, title)
    ]
    kept = titles._LEAD_MARGIN_BELOW
    try:
        for name, rows in sets.items():
            # (The key's parity travels with the title: a dump with no header is skipped.)
            calls = recorded_calls([(d, u, f"{key}\n{t}") for key, d, u, t in rows])
            for margin in (0.5, 1.0, 1.5, 2.5):
                titles._LEAD_MARGIN_BELOW = margin
                tally = [[0, 0], [0, 0]]  # [parity][right, wrong]
                for a, k, keyed in calls:
                    key, title = keyed.split("\n", 1)
                    parity = int(key[-1], 16) % 2
                    best, _ = titles.best_title(*a, **k)
                    if best is not None:
                        tally[parity][loose(a[0][best.i]) != loose(title)] += 1
                print(f"{name}: margin below {margin}: right/wrong even {tally[0]}, odd {tally[1]}")
    finally:
        titles._LEAD_MARGIN_BELOW = kept


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--cost", type=float, default=1.0, help="penalty per wrong title")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--folds", type=int, default=0)
    ap.add_argument(
        "--urls",
        choices=("with", "without", "both"),
        default="with",
        help="parse the dumps with their URL, without it, or both (each page twice)",
    )
    ap.add_argument(
        "--aeb",
        nargs="?",
        type=Path,
        const=ROOT.parent / "shared" / "devdata" / "aeb",
        help="add the AEB pages' dumps (no URL, the HTML path's title as truth)",
    )
    ap.add_argument("--aeb-cache", type=Path, help="keep the AEB dumps in this file")
    ap.add_argument("--pages", type=Path, help="keep the collected candidates in this file")
    ap.add_argument("--leads", action="store_true", help="replay the margins of a clear lead")
    ap.add_argument(
        "--only", help="fit only these weights (comma-separated; THRESHOLD too), the rest fixed"
    )
    args = ap.parse_args()
    only = args.only.split(",") if args.only else None
    if args.leads:
        leads(args.data, args.aeb or ROOT.parent / "shared" / "devdata" / "aeb", args.aeb_cache)
        return
    if args.pages and args.pages.exists():
        kept = json.loads(args.pages.read_text(encoding="utf-8"))
        pages = [[(v, t, i) for v, t, i in page] for page in kept["pages"]]
        groups = kept["groups"]
    else:
        pages = collect(args.data, args.urls)
        # A page's parses with and without the URL stay in one fold (no held-out leak).
        ways = 2 if args.urls == "both" else 1
        groups = [j // ways for j in range(len(pages))]
        if args.aeb:
            pages += collect_aeb(args.aeb, args.aeb_cache)
            groups += range(len(groups), len(pages))
        if args.pages:
            args.pages.write_text(json.dumps({"pages": pages, "groups": groups}), encoding="utf-8")
    n = len(pages)
    now = dict(titles.WEIGHTS)
    right, wrong = evaluate(pages, now, titles.THRESHOLD)
    print(f"{n} pages; weights in the code: right {right} ({right / n:.1%}), wrong {wrong}")
    if args.folds > 1:
        total_right = total_wrong = 0
        for k in range(args.folds):
            train = [p for j, p in enumerate(pages) if groups[j] % args.folds != k]
            test = [p for j, p in enumerate(pages) if groups[j] % args.folds == k]
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
