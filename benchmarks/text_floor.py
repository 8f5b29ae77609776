"""Text-dump parsing speed against its floor, measured in the same process.

The floor is the least any line-based parser must do with a dump: NFC normalisation,
splitting into lines, and one unanchored search per line for a date pattern
(``\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}``, compiled once). The script times the floor and
``newsparse.parse`` on the same dumps, in interleaved rounds (so that a change in the
machine's load hits both alike), and prints the medians of the rounds: dumps/s of each
and the ratio (newsparse / floor, CPU time of this process).

Two sets of dumps:

- ``tests/data``: the seeds and every golden text dump under ``tests/data/*/``;
- ``cgtn-7kb``: CGTN-like dumps of about 7 KB (the seed's header, a caption, the
  tail), their body paragraphs drawn in turn from the seeds' paragraphs.

    python benchmarks/text_floor.py [--rounds 7] [--seconds 0.5] [--profile SET] [--split]

``--split`` also times newsparse without its language identification (py3langid, a
third of a parse, not ours to speed up), in the same rounds: the engine's own ratio.
``--profile SET`` (``tests/data`` or ``cgtn-7kb``) prints a cProfile of newsparse on
that set instead, by cumulative and by own time. ``--stages`` prints instead where a
parse's time goes, stage by stage (µs per dump, CPU time of this process around each
stage, no profiler; on a shared machine the wall clock would count the turns of other
processes too): which files a speed-up has to be looked for in.

The same dumps are parsed in every round: a cache keyed by a dump's content (a line's,
a paragraph's) is warm from the second round on, and its figure here is not that of
unseen dumps. Measure such a change on dumps the process has not parsed (the caches of
the tree as of December 2026 make no difference: cleared before each parse, the
figures move by 2% or less).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import re
import statistics
import sys
import time
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Any
from unittest import mock

import newsparse
from newsparse import _api
from newsparse._engine import draft as draft_module
from newsparse._engine import text as text_module
from newsparse.parsers import _base as base_module

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DATE = re.compile(r"\d{4}[./-]\d{1,2}[./-]\d{1,2}")
TARGET = 7000  # bytes of a CGTN-like dump


def floor(dump: str) -> int:
    """The least a line-based parser does: NFC, lines, one date search per line."""
    search = DATE.search
    return sum(1 for line in unicodedata.normalize("NFC", dump).splitlines() if search(line))


def golden_dumps() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*/*.txt"))]


def seed_paragraphs() -> list[str]:
    """The seeds' lines that read as English paragraphs (25 words or more, ended)."""
    paras = []
    for path in sorted((DATA / "seeds").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if len(line.split()) >= 25 and line.endswith((".", '"', "”")) and line.isascii():
                paras.append(line)
    return paras


def cgtn_dumps(n: int = 20) -> list[str]:
    """``n`` CGTN-like dumps of about 7 KB, each from a different run of paragraphs."""
    paras = seed_paragraphs()
    dumps = []
    for i in range(n):
        day = f"2025.{i % 12 + 1:02d}.{i % 28 + 1:02d}"
        head = [
            ("China", "World", "Opinion", "Business")[i % 4],
            f"{day} {i % 24:02d}:38 GMT+8",
            "",
            f"Analysis: Talks number {i} bring stability to China-U.S. ties",
            "",
            f"Updated {day} 23:38 GMT+8",
            "CGTN",
            "",
        ]
        body: list[str] = []
        k = i * 7
        while len("\n\n".join(body).encode()) < TARGET - 400:
            body.append(paras[k % len(paras)])
            if len(body) == 3:
                body.append(
                    f"Delegates meet in Busan, South Korea, October {i % 28 + 1}, 2025. /Xinhua"
                )
            if len(body) % 6 == 5:
                body.append(f"Dialogue the way forward {k}")
            k += 1
        tail = ["", "(Cover via VCG)", "", "Copyright ©", "", "RELATED STORIES"]
        dumps.append("\n".join(head) + "\n" + "\n\n".join(body) + "\n" + "\n".join(tail))
    return dumps


def rate(fn: Callable[[str], object], dumps: list[str], seconds: float) -> float:
    """Dumps per CPU second of this process, looping for at least ``seconds``."""
    done = 0
    start = time.process_time()
    while True:
        for d in dumps:
            fn(d)
        done += len(dumps)
        elapsed = time.process_time() - start
        if elapsed >= seconds:
            return done / elapsed


def measure(
    dumps: list[str], rounds: int, seconds: float, split: bool = False
) -> tuple[float, float, float, float]:
    """Medians over interleaved rounds: floor dumps/s, newsparse dumps/s, their ratio,
    and with ``split`` the ratio of newsparse without language identification (else 0)."""
    for d in dumps:  # warm up: imports, the language model, compiled patterns
        newsparse.parse(d)
        floor(d)
    floors, ours, ratios, bare = [], [], [], []
    for _ in range(rounds):
        f = rate(floor, dumps, seconds / 4)
        o = rate(newsparse.parse, dumps, seconds)
        floors.append(f)
        ours.append(o)
        ratios.append(o / f)
        if split:  # the language left unidentified
            with mock.patch.object(draft_module, "guess_language", lambda sample: None):
                bare.append(rate(newsparse.parse, dumps, seconds) / f)
    return (
        statistics.median(floors),
        statistics.median(ours),
        statistics.median(ratios),
        statistics.median(bare) if bare else 0.0,
    )


def profile(dumps: list[str], seconds: float) -> None:
    for d in dumps:
        newsparse.parse(d)
    prof = cProfile.Profile()
    prof.enable()
    rate(newsparse.parse, dumps, seconds)
    prof.disable()
    stats = pstats.Stats(prof)
    stats.sort_stats("cumulative").print_stats(30)
    stats.sort_stats("tottime").print_stats(30)


# The stages of a text parse: (name, module, function), each timed where it is called.
# The header strategy is an outlet's (a Profile field): it is what text_draft leaves.
STAGES = (
    ("load (decode, normalise, lines)", _api, "load"),
    ("choose_parser (detect)", _api, "choose_parser"),
    ("furniture", text_module, "mark_furniture"),
    ("captions", text_module, "mark_captions"),
    ("editor's note", text_module, "mark_editor_note"),
    ("body start", text_module, "find_body_start"),
    ("standfirst", text_module, "mark_standfirst"),
    ("body", text_module, "mark_body"),
    ("to_draft", text_module, "to_draft"),
    ("language (py3langid)", draft_module, "guess_language"),
)


@contextmanager
def timed(spent: dict[str, float]) -> Iterator[None]:
    """Every stage, the whole text_draft and build wrapped to add their time to ``spent``."""

    def wrap(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed_call(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] = spent.get(name, 0.0) + time.process_time() - start

        return timed_call

    with ExitStack() as stack:
        for name, module, attr in (
            *STAGES,
            ("text_draft", base_module, "text_draft"),
            ("build", base_module, "build"),
        ):
            stack.enter_context(mock.patch.object(module, attr, wrap(name, getattr(module, attr))))
        yield


def stages(sets: dict[str, list[str]], seconds: float) -> None:
    """µs per dump of each stage, on each set (the best of three runs of ``seconds``)."""
    for name, dumps in sets.items():
        best: dict[str, float] = {}
        for _ in range(3):
            spent: dict[str, float] = {}
            with timed(spent):
                done = 0
                start = time.process_time()
                while time.process_time() - start < seconds:
                    for d in dumps:
                        newsparse.parse(d)
                    done += len(dumps)
                spent["parse"] = time.process_time() - start
            for key, value in spent.items():
                best[key] = min(best.get(key, float("inf")), value / done * 1e6)
        passes = sum(best.get(stage, 0.0) for stage, module, _ in STAGES if module is text_module)
        best["header (the rest of text_draft)"] = best.pop("text_draft", 0.0) - passes
        best["build (but language)"] = best.pop("build", 0.0) - best.get(STAGES[-1][0], 0.0)
        total = best.pop("parse")
        print(f"{name}: {total:.0f} µs a dump")
        for key, value in sorted(best.items(), key=lambda kv: -kv[1]):
            print(f"  {key:<34} {value:7.0f} µs {value / total:6.1%}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=7, help="interleaved rounds (default 7)")
    ap.add_argument(
        "--seconds", type=float, default=0.5, help="newsparse CPU time per round (default 0.5)"
    )
    ap.add_argument("--profile", choices=("tests/data", "cgtn-7kb"), help="profile one set")
    ap.add_argument(
        "--split", action="store_true", help="also the ratio without language identification"
    )
    ap.add_argument("--stages", action="store_true", help="the time of each stage of a parse")
    args = ap.parse_args(argv)
    sets = {"tests/data": golden_dumps(), "cgtn-7kb": cgtn_dumps()}
    if args.profile:
        profile(sets[args.profile], args.seconds * 4)
        return 0
    if args.stages:
        for dumps in sets.values():
            for d in dumps:  # warm up, as measure() does
                newsparse.parse(d)
        stages(sets, args.seconds * 2)
        return 0
    print(f"Python {sys.version.split()[0]}; medians of {args.rounds} interleaved rounds, CPU time")
    extra = f" {'no lang':>7}" if args.split else ""
    print(
        f"{'set':<11} {'dumps':>5} {'mean KB':>7} {'floor/s':>9} {'newsparse/s':>11} {'ratio':>6}"
        + extra
    )
    for name, dumps in sets.items():
        size = sum(len(d.encode("utf-8")) for d in dumps) / len(dumps) / 1000
        f, o, r, bare = measure(dumps, args.rounds, args.seconds, args.split)
        extra = f" {bare:>7.3f}" if args.split else ""
        print(f"{name:<11} {len(dumps):>5} {size:>7.1f} {f:>9.0f} {o:>11.0f} {r:>6.3f}" + extra)
    return 0


if __name__ == "__main__":
    sys.exit(main())
