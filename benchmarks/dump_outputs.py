"""Dump every output newsparse can produce on the data at hand, to compare across changes.

Parses the golden dumps and seeds in ``tests/data``, the example dumps, and, when
``../shared/devdata`` is beside the repository (or ``$NEWSPARSE_SHARED/devdata``), the AEB pages, the wcxb-dev pages and
text dumps and the two CGTN pages; writes ``{name: article.to_dict()}`` as sorted JSON.

Usage:
    python benchmarks/dump_outputs.py before.json          # dump
    python benchmarks/dump_outputs.py after.json --compare before.json
    python benchmarks/dump_outputs.py full.json --full   # with provenance and warnings

With ``--compare`` it prints each input whose output changed (and which fields) and
exits 1 when any did. A refactor should change nothing; a fix should change only the
inputs it names.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("NEWSPARSE_SHARED", ROOT.parent / "shared")) / "devdata"

import newsparse  # noqa: E402


def _inputs() -> Iterator[tuple[str, bytes, str | None]]:
    folders = sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "tests/data").glob("*/"))
    for folder in (*folders, "examples/dumps"):
        for path in sorted((ROOT / folder).glob("*")):
            if path.is_file() and path.suffix in {".txt", ".htm", ".html"}:
                yield f"{folder}/{path.name}", path.read_bytes(), None
    if not SHARED.is_dir():
        return
    for path in sorted((SHARED / "aeb" / "html").glob("*.html.gz")):
        yield f"aeb/{path.name}", gzip.decompress(path.read_bytes()), None
    urls: dict[str, str | None] = {}
    truth = SHARED / "wcxb-dev" / "truth.jsonl"
    if truth.is_file():
        for line in truth.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            urls[rec["id"]] = rec.get("url")
    for path in sorted((SHARED / "wcxb-dev" / "html").glob("*.html.gz")):
        pid = path.name.split(".")[0]
        yield f"wcxb/html/{pid}", gzip.decompress(path.read_bytes()), urls.get(pid)
    for path in sorted((SHARED / "wcxb-dev" / "text").glob("*.txt")):
        yield f"wcxb/text/{path.stem}", path.read_bytes(), urls.get(path.stem)
    for path in sorted((SHARED / "cgtn-html").glob("*.htm")):
        yield f"cgtn-html/{path.name}", path.read_bytes(), None


def dump(*, full: bool = False) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, data, url in _inputs():
            try:
                out[name] = newsparse.parse(data, url=url).to_dict(full=full)
            except newsparse.NewsparseError as exc:
                out[name] = {"error": f"{type(exc).__name__}: {exc}"}
    return out


def compare(before: dict[str, Any], after: dict[str, Any]) -> int:
    changed = 0
    for name in sorted(set(before) | set(after)):
        old, new = before.get(name), after.get(name)
        if old == new:
            continue
        changed += 1
        if old is None or new is None:
            print(f"{name}: {'new' if old is None else 'gone'}")
            continue
        keys = sorted(k for k in set(old) | set(new) if old.get(k) != new.get(k))
        print(f"{name}: {', '.join(keys)}")
    print(f"{changed} of {len(after)} outputs changed")
    return 1 if changed else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out", help="where to write the JSON dump")
    ap.add_argument("--compare", metavar="BEFORE", help="a previous dump to compare with")
    ap.add_argument(
        "--full", action="store_true", help="add page, warnings and provenance to each output"
    )
    args = ap.parse_args()
    result = dump(full=args.full)
    Path(args.out).write_text(json.dumps(result, sort_keys=True, ensure_ascii=False, indent=1))
    if args.compare:
        return compare(json.loads(Path(args.compare).read_text(encoding="utf-8")), result)
    print(f"{len(result)} outputs written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
