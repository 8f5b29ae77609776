"""Batch benchmark: throughput and peak memory of `newsparse parse` on many dumps.

    python benchmarks/batch.py                 # 100,000 generated dumps, 1, 2 and all cores
    python benchmarks/batch.py --n 5000        # a quick run
    python benchmarks/batch.py --jobs 1,4 --corpus /tmp/corpus   # reuse a generated corpus

Dumps are generated from templates (CGTN-style, China Daily-style, generic
text and small HTML pages) with seeded random words, into folders of 1,000
files. Each run is `newsparse parse CORPUS -o out.jsonl -j N -q` in a fresh
process; the script checks that every input gave one record (nothing lost)
and reports inputs per second, the speed-up over one core, and peak
resident memory (ru_maxrss) of the parent and of the largest worker.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TEXT = (
    "the government said on monday that trade talks between the two countries would "
    "continue next week as officials seek to ease tensions over tariffs technology and "
    "investment while analysts expect markets to remain cautious until a deal is signed "
    "according to people familiar with the matter who asked not to be named because the "
    "discussions are private the ministry added that growth in the third quarter was "
    "stronger than expected driven by exports consumer spending and new energy vehicles"
)
WORDS = TEXT.split(" ")
NAMES = ["Li Wei", "Zhang Min", "Sarah Cole", "Wang Fang", "David Lin", "Chen Jie"]
SECTIONS = ["World", "China", "Business", "Opinion", "Sci-Tech", "Sports"]


def sentence(rng: random.Random, n: int) -> str:
    words = rng.choices(WORDS, k=n)
    return " ".join(words).capitalize() + "."


def paragraph(rng: random.Random) -> str:
    return " ".join(sentence(rng, rng.randint(12, 24)) for _ in range(rng.randint(2, 4)))


def title(rng: random.Random) -> str:
    return sentence(rng, rng.randint(6, 11))[:-1]


def body(rng: random.Random, k: int) -> list[str]:
    return [paragraph(rng) for _ in range(k)]


def cgtn(rng: random.Random, i: int) -> str:
    day = f"2025.{rng.randint(1, 12):02d}.{rng.randint(1, 28):02d}"
    parts = [
        rng.choice(SECTIONS),
        f"{day} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d} GMT+8",
        "",
        title(rng),
        "",
        f"Updated {day} 23:38 GMT+8",
        rng.choice(NAMES),
        "",
        *"\n\n".join(body(rng, rng.randint(5, 9))).split("\n"),
        "",
        "(Cover via VCG)",
        "",
        "RELATED STORIES",
    ]
    return "\n".join(parts)


def chinadaily(rng: random.Random, i: int) -> str:
    t = title(rng)
    day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    parts = [
        f"{rng.choice(SECTIONS)} > Latest >",
        "",
        t,
        "",
        f"By {rng.choice(NAMES)} | chinadaily.com.cn | Updated: {day} 09:{rng.randint(10, 59)}",
        t,
        "",
        f"{sentence(rng, 12)} [Photo/Xinhua]",
        "",
        *"\n\n".join(body(rng, rng.randint(5, 9))).split("\n"),
    ]
    return "\n".join(parts)


def generic(rng: random.Random, i: int) -> str:
    return "\n".join([title(rng), f"By {rng.choice(NAMES)}", *body(rng, rng.randint(4, 8))])


def html(rng: random.Random, i: int) -> str:
    paras = "".join(f"<p>{p}</p>\n" for p in body(rng, rng.randint(4, 8)))
    return (
        f"<!DOCTYPE html><html><head><title>{title(rng)}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{title(rng)}</h1>"
        f"<p class='byline'>By {rng.choice(NAMES)}</p>\n{paras}</article>"
        "<footer>Copyright</footer></body></html>"
    )


TEMPLATES = [(cgtn, ".txt"), (chinadaily, ".txt"), (generic, ".txt"), (html, ".html")]


def generate(root: Path, n: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    size = 0
    for i in range(n):
        folder = root / f"{i // 1000:04d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        make, suffix = TEMPLATES[i % len(TEMPLATES)]
        data = make(rng, i).encode("utf-8")
        (folder / f"{i:07d}{suffix}").write_bytes(data)
        size += len(data)
    return size


RUNNER = """
import json, resource, sys
from newsparse.cli import main
status = main(sys.argv[1:])
me = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print(json.dumps({"status": status, "parent_kb": me.ru_maxrss, "worker_kb": kids.ru_maxrss,
                  "parent_cpu": me.ru_utime + me.ru_stime,
                  "worker_cpu": kids.ru_utime + kids.ru_stime}))
"""


def run(corpus: Path, jobs: int, out: Path) -> dict[str, float]:
    argv = ["parse", str(corpus), "-o", str(out), "-j", str(jobs), "-q"]
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", RUNNER, *argv], capture_output=True, text=True, check=True
    )
    seconds = time.perf_counter() - started
    info = json.loads(proc.stdout.strip().splitlines()[-1])
    with out.open("rb") as fh:
        records = sum(1 for _ in fh)
    return {
        "seconds": seconds,
        "records": records,
        "status": info["status"],
        "parent_mb": info["parent_kb"] / 1024,
        "worker_mb": info["worker_kb"] / 1024 if jobs > 1 else 0.0,
        "parent_cpu": info["parent_cpu"],
        "worker_cpu": info["worker_cpu"],
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=100_000, help="dumps to generate (default 100000)")
    ap.add_argument(
        "--jobs", default="1,2,all", help="comma-separated job counts (default 1,2,all)"
    )
    ap.add_argument("--corpus", type=Path, help="generate into (or reuse) this folder")
    args = ap.parse_args()

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    jobs = []
    for part in args.jobs.split(","):
        value = cores or 1 if part == "all" else int(part)
        if value not in jobs:
            jobs.append(value)

    work = Path(tempfile.mkdtemp(prefix="newsparse-bench-"))
    corpus = args.corpus or work / "corpus"
    try:
        existing = sum(1 for _ in corpus.rglob("*.*")) if corpus.exists() else 0
        if existing != args.n:
            shutil.rmtree(corpus, ignore_errors=True)
            started = time.perf_counter()
            size = generate(corpus, args.n)
            print(
                f"generated {args.n:,} dumps ({size / 1e6:.0f} MB) "
                f"in {time.perf_counter() - started:.1f} s"
            )
        import newsparse

        print(f"newsparse {newsparse.__version__}, Python {sys.version.split()[0]}, {cores} cores")
        print(f"{'jobs':>4} {'seconds':>8} {'dumps/s':>8} {'speed-up':>8} "
              f"{'parent MB':>9} {'worker MB':>9} {'parent CPU s':>12} {'worker CPU s':>12}")  # fmt: skip
        base = None
        for n in jobs:
            r = run(corpus, n, work / "out.jsonl")
            if r["records"] != args.n or r["status"] != 0:
                raise SystemExit(f"lost inputs: {r['records']} records for {args.n} dumps")
            rate = args.n / r["seconds"]
            base = base or rate
            worker = f"{r['worker_mb']:9.0f}" if n > 1 else f"{'-':>9}"
            print(f"{n:>4} {r['seconds']:8.1f} {rate:8.0f} {rate / base:7.2f}x "
                  f"{r['parent_mb']:9.0f} {worker} {r['parent_cpu']:12.1f} "
                  f"{r['worker_cpu']:12.1f}")  # fmt: skip
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
