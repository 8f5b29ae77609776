"""The date readers' speed and answers against those of another commit, in one process.

Records every call that parses of text dumps make to the date readers of
``newsparse._fields.dates`` (``date_line``, ``find_dates``, ``published_lead``,
``published_updated``), then replays them on the working tree's module and on the
module of ``--base`` (a git commit, loaded from ``git show``), in interleaved rounds,
and prints the least µs (of the rounds: the machine is shared) a call of each and their ratio. ``--check`` also compares
the two modules' answers: on the recorded calls, on every line of the dumps (each
reader, with and without ``day_first``/``month_first``), and on lines made of date
pieces at random (seeded): it prints each difference and exits 1 on any.

    python benchmarks/date_readers.py [--base 3748e94] [--rounds 5] [--check] [DIR ...]

``DIR``: folders of text dumps (``*.txt``) read besides tests/data (the dev dumps).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from types import ModuleType
from typing import Any

import newsparse
from newsparse._fields import dates

ROOT = Path(__file__).resolve().parent.parent
READERS = ("date_line", "find_dates", "published_lead", "published_updated")
Call = tuple[str, tuple[Any, ...], dict[str, Any]]


def base_module(rev: str) -> ModuleType:
    """The dates module of commit ``rev``, as a module of the installed package."""
    source = subprocess.run(
        ["git", "-C", str(ROOT), "show", f"{rev}:src/newsparse/_fields/dates.py"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    path = Path(tempfile.mkdtemp()) / "dates_base.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("newsparse._fields._dates_base", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def dumps(folders: Iterable[Path]) -> list[str]:
    found = sorted((ROOT / "tests" / "data").rglob("*.txt"))
    for folder in folders:
        found += sorted(folder.rglob("*.txt"))
    return [p.read_text(encoding="utf-8", errors="replace") for p in found]


def record(texts: list[str]) -> list[Call]:
    """Every call the parses of ``texts`` make to the readers (patched where imported)."""
    calls: list[Call] = []
    originals = {name: getattr(dates, name) for name in READERS}

    def recorder(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            calls.append((name, args, kwargs))
            return fn(*args, **kwargs)

        return call

    patched: list[tuple[ModuleType, str, Any]] = []
    for module in list(sys.modules.values()):
        if not getattr(module, "__name__", "").startswith("newsparse"):
            continue
        for name, fn in originals.items():
            if getattr(module, name, None) is fn:
                patched.append((module, name, fn))
                setattr(module, name, recorder(name, fn))
    try:
        for text in texts:
            with contextlib.suppress(newsparse.NewsparseError):
                newsparse.parse(text)
    finally:
        for module, name, fn in patched:
            setattr(module, name, fn)
    return calls


def answer(module: ModuleType, call: Call) -> object:
    name, args, kwargs = call
    result = getattr(module, name)(*args, **kwargs)
    if name == "find_dates":
        result = list(result)
    return plain(result)


def plain(result: object) -> object:
    """Answers of two modules made comparable (their DateMatch classes differ)."""
    if isinstance(result, list | tuple):
        return [plain(r) for r in result]
    if result is None:
        return None
    return (repr(result.value), result.start, result.end, result.updated)  # type: ignore[attr-defined]


PIECES = (
    "2025", "1999", "11", "3", "03", "25", "12", "2569", "19", ".", "/", "-", " ", ", ", ":",
    "14:05", "4:00 PM", "a.m.", "EST", "GMT+8", "UTC", "年", "月", "日", "년", "월", "일",
    "November", "Nov.", "März", "noviembre", "ноября", "listopada", "Kasım", "พ.ย.", "ngày",
    "tháng", "Updated", "Published on", "Posted", "Stand:", "Aktualisiert am", "Mon,",
    "lundi", "Di.", "(月)", "T", "Z", "at", "um", "de", "m.", "gada", "d.", "5 min read",
    "12 comments", "更新", "By Jane Doe", "Photo", "|", "•", "th", "st", "h", "Uhr",
)  # fmt: skip


def random_lines(count: int, seed: int = 15) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12))) for _ in range(count)]


def line_calls(texts: list[str]) -> list[Call]:
    """Each reader on each line, with each of the flags."""
    calls: list[Call] = []
    lines = {line.strip() for text in texts for line in text.splitlines() if line.strip()}
    for line in sorted(lines):
        for flags in ({}, {"day_first": True}, {"month_first": True}):
            calls.append(("date_line", (line,), flags))
            calls.append(("find_dates", (line,), flags))
        calls.append(("published_lead", (line,), {}))
        calls.append(("published_updated", (line,), {}))
    return calls


def check(base: ModuleType, calls: list[Call]) -> int:
    differ = 0
    for call in calls:
        old, new = answer(base, call), answer(dates, call)
        if old != new:
            differ += 1
            if differ <= 20:
                print(f"DIFFER {call[0]}{call[1]!r} {call[2]}: {old} -> {new}")
    print(f"{len(calls)} calls compared, {differ} differ")
    return differ


def replay(module: ModuleType, calls: list[Call]) -> dict[str, float]:
    """Seconds spent in each reader over ``calls``."""
    spent = dict.fromkeys(READERS, 0.0)
    for name, args, kwargs in calls:
        fn = getattr(module, name)
        start = time.perf_counter()
        result = fn(*args, **kwargs)
        if name == "find_dates":
            list(result)
        spent[name] += time.perf_counter() - start
    return spent


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="*", type=Path, help="folders of text dumps")
    ap.add_argument("--base", default="3748e94", help="the commit to compare with")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--check", action="store_true", help="compare the answers too")
    args = ap.parse_args()
    base = base_module(args.base)
    texts = dumps(args.folders)
    calls = record(texts)
    counts = {name: sum(1 for c in calls if c[0] == name) for name in READERS}
    print(f"{len(texts)} dumps, recorded calls: {counts}")
    if args.check:
        every = calls + line_calls(texts) + line_calls(random_lines(20000))
        if check(base, every):
            sys.exit(1)
    times: dict[str, dict[str, list[float]]] = {"base": {}, "new": {}}
    for _ in range(args.rounds):
        for label, module in (("base", base), ("new", dates)):
            for name, value in replay(module, calls).items():
                times[label].setdefault(name, []).append(value)
    for name in READERS:
        if not counts[name]:
            continue
        old = min(times["base"][name]) / counts[name] * 1e6
        new = min(times["new"][name]) / counts[name] * 1e6
        print(f"{name:<18} base {old:7.2f} µs  new {new:7.2f} µs  new/base {new / old:.2f}")
    old_all = sum(min(v) for v in times["base"].values())
    new_all = sum(min(v) for v in times["new"].values())
    print(
        f"{'all':<18} base {old_all * 1e3:7.1f} ms new {new_all * 1e3:7.1f} ms  {new_all / old_all:.2f}"
    )


if __name__ == "__main__":
    main()
