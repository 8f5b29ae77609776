"""Batch benchmark: how `newsparse parse` scales with worker processes.

    python benchmarks/batch.py                     # 5,000 text and 5,000 HTML dumps, -j 1 and 2
    python benchmarks/batch.py --n 2000 --rounds 3 # quicker
    python benchmarks/batch.py --jobs 1,2,4,8,16   # the curve on a bigger machine
    python benchmarks/batch.py --corpus /tmp/c     # generate into (and reuse) a folder

Two corpora are generated from templates with seeded random words: text dumps
(CGTN-style, China Daily-style and generic, 2.7 KB on average) and small HTML
pages (2.2 KB), in folders of 1,000 files. Each run is
`newsparse parse CORPUS -o out.jsonl -j N -q` in a fresh process; the script
checks that every input gave one record, in input order (nothing lost), and
that every job count wrote the same bytes.

Rounds are interleaved (every corpus and job count once per round), so that a
change in the machine's load hits them alike; the figures are the medians.
For each corpus the script prints dumps/s, the speed-up over -j 1 (the
ratio of medians), CPU seconds of the parent and of the workers, and peak
resident memory (ru_maxrss) of the parent and of the largest worker. On a
machine shared with other work the wall-clock ratio understates what idle
cores give; ``cpu-bound`` is the ratio that the CPU seconds predict there:
N x the -j 1 CPU time / the -j N CPU time (parent and workers), capped at N.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
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


TEXT_TEMPLATES = [cgtn, chinadaily, generic]


def generate(root: Path, kind: str, n: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    makers, suffix = (TEXT_TEMPLATES, ".txt") if kind == "text" else ([html], ".html")
    size = 0
    for i in range(n):
        folder = root / f"{i // 1000:04d}"
        if i % 1000 == 0:
            folder.mkdir(parents=True, exist_ok=True)
        data = makers[i % len(makers)](rng, i).encode("utf-8")
        (folder / f"{i:07d}{suffix}").write_bytes(data)
        size += len(data)
    return size


# The workers are children of multiprocessing's fork server, not of the CLI's
# process: stopping the fork server (which reaps them) after the run makes
# their CPU time and peak memory part of RUSAGE_CHILDREN.
RUNNER = """
import json, resource, sys
import multiprocessing.forkserver as forkserver
from newsparse.cli import main
status = main(sys.argv[1:])
me = resource.getrusage(resource.RUSAGE_SELF)
forkserver._forkserver._stop()
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
    return {
        "seconds": seconds,
        "status": info["status"],
        "parent_mb": info["parent_kb"] / 1024,
        "worker_mb": info["worker_kb"] / 1024 if jobs > 1 else 0.0,
        "parent_cpu": info["parent_cpu"],
        "worker_cpu": info["worker_cpu"],
    }


def check_output(out: Path, n: int, reference: bytes | None) -> bytes:
    """The output's bytes, after checking one record per dump, in input order."""
    data = out.read_bytes()
    names = [json.loads(line)["origin"]["path"] for line in data.splitlines()]
    numbers = [int(Path(name).stem) for name in names]
    if numbers != list(range(n)):
        raise SystemExit(f"lost or reordered inputs: {len(numbers)} records for {n} dumps")
    if reference is not None and data != reference:
        raise SystemExit("the output differs between job counts")
    return data


def loadavg() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:  # pragma: no cover - not Unix
        return "?"


def job_counts(text: str, cores: int) -> list[int]:
    jobs: list[int] = []
    for part in text.split(","):
        value = cores if part == "all" else int(part)
        if value not in jobs:
            jobs.append(value)
    return jobs


def prepare(root: Path, kinds: list[str], n: int) -> dict[str, Path]:
    corpora = {}
    for kind in kinds:
        corpus = root / kind
        existing = sum(1 for _ in corpus.rglob("*.*")) if corpus.exists() else 0
        if existing != n:
            shutil.rmtree(corpus, ignore_errors=True)
            size = generate(corpus, kind, n)
            print(f"generated {n:,} {kind} dumps ({size / n / 1000:.1f} KB on average)")
        corpora[kind] = corpus
    return corpora


def report(kind: str, n: int, runs: dict[int, list[dict[str, float]]]) -> None:
    print(f"\n{kind}: {n:,} dumps, median of {len(runs[min(runs)])} rounds")
    print(f"{'jobs':>4} {'seconds':>8} {'dumps/s':>8} {'speed-up':>8} {'cpu-bound':>9} "
          f"{'parent MB':>9} {'worker MB':>9} {'parent CPU s':>12} {'worker CPU s':>12}")  # fmt: skip
    med = {j: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for j, rs in runs.items()}
    base = med[min(med)]
    base_cpu = base["parent_cpu"] + base["worker_cpu"]
    for jobs, m in med.items():
        cpu = m["parent_cpu"] + m["worker_cpu"]
        bound = min(float(jobs), jobs * base_cpu / cpu) if cpu else float("nan")
        worker = f"{m['worker_mb']:9.0f}" if jobs > 1 else f"{'-':>9}"
        print(f"{jobs:>4} {m['seconds']:8.2f} {n / m['seconds']:8.0f} "
              f"{base['seconds'] / m['seconds']:7.2f}x {bound:8.2f}x {m['parent_mb']:9.0f} "
              f"{worker} {m['parent_cpu']:12.2f} {m['worker_cpu']:12.2f}")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=5000, help="dumps per corpus (default 5000)")
    ap.add_argument("--jobs", default="1,2", help="comma-separated job counts (default 1,2)")
    ap.add_argument("--rounds", type=int, default=5, help="rounds; medians are shown (default 5)")
    ap.add_argument("--kinds", default="text,html", help="corpora to run (default text,html)")
    ap.add_argument("--corpus", type=Path, help="generate into (or reuse) this folder")
    args = ap.parse_args()

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    jobs = job_counts(args.jobs, cores or 1)
    kinds = args.kinds.split(",")
    work = Path(tempfile.mkdtemp(prefix="newsparse-bench-"))
    try:
        corpora = prepare(args.corpus or work, kinds, args.n)
        import newsparse

        print(f"newsparse {newsparse.__version__}, Python {sys.version.split()[0]}, "
              f"{cores} cores, load average before: {loadavg()}")  # fmt: skip
        runs: dict[str, dict[int, list[dict[str, float]]]] = {
            k: {j: [] for j in jobs} for k in kinds
        }
        for _ in range(args.rounds):
            for kind in kinds:
                reference = None
                for n in jobs:
                    out = work / f"out-{kind}.jsonl"
                    r = run(corpora[kind], n, out)
                    if r["status"] != 0:
                        raise SystemExit(f"exit status {r['status']} on {kind} with -j {n}")
                    reference = check_output(out, args.n, reference)
                    runs[kind][n].append(r)
        for kind in kinds:
            report(kind, args.n, runs[kind])
        print(f"\nload average after: {loadavg()}")
        if len(jobs) > 1 and min(jobs) == 1:
            second = sorted(jobs)[1]
            for kind in kinds:
                one = statistics.median(r["seconds"] for r in runs[kind][1])
                more = statistics.median(r["seconds"] for r in runs[kind][second])
                print(f"{kind}: -j {second} / -j 1 = {one / more:.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
