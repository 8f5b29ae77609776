"""Titles of the AEB pages as text dumps without a URL: right, none or wrong.

Each of the 181 AEB news pages is turned into a copy-paste-like dump
(``as_dump`` of ``benchmarks/aeb_text.py``) and parsed as text with no URL,
as a user's saved dump comes. The proxy truth is the title the HTML path
gives for the same page (mostly its ``og:title`` or ``<h1>``); only pages whose
proxy title is printed as a line of the dump count ("winnable"). A text title
is right when it is that line (case and spacing ignored), wrong when it is
another line, none when the parser gives no title: no title beats a wrong one.

    python benchmarks/aeb_text_titles.py [DATA_DIR] [--show] [--cache FILE.json]

``--show`` lists the wrong (and, with ``--show-none``, the missing) titles;
``--cache`` keeps the dumps and proxy titles in a file, so that a second run
parses only the dumps (the HTML path is slow, and is not what is measured).
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aeb
from aeb_text import as_dump

import newsparse

#: One page: its key, its dump, and the HTML path's title (or None).
Proxy = tuple[str, str, str | None]


def loose(text: str | None) -> str:
    return " ".join((text or "").split()).lower()


def proxy_pages(data: Path, cache: Path | None = None) -> list[Proxy]:
    """Each page's dump and the HTML path's title, from ``cache`` when it exists."""
    if cache is not None and cache.exists():
        return [tuple(row) for row in json.loads(cache.read_text(encoding="utf-8"))]  # type: ignore[misc]
    _, pages = aeb.load(data)
    rows: list[Proxy] = []
    for key, page in sorted(pages.items()):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rows.append((key, as_dump(page), newsparse.parse(page).title))
    if cache is not None:
        cache.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return rows


def winnable(dump: str, title: str | None) -> bool:
    """The proxy title is a line of the dump."""
    return bool(title) and loose(title) in {loose(line) for line in dump.split("\n")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=aeb.ROOT.parent / "shared/devdata/aeb")
    ap.add_argument("--show", action="store_true", help="list the wrong titles")
    ap.add_argument("--show-none", action="store_true", help="list the missing titles too")
    ap.add_argument("--cache", type=Path, help="dumps and proxy titles, kept between runs")
    args = ap.parse_args()
    counts = {"winnable": 0, "not printed": 0, "right": 0, "none": 0, "wrong": 0}
    for key, dump, proxy in proxy_pages(args.data, args.cache):
        if not winnable(dump, proxy):
            counts["not printed"] += 1
            continue
        counts["winnable"] += 1
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = newsparse.parse(dump).title
        if loose(got) == loose(proxy):
            counts["right"] += 1
        elif not got:
            counts["none"] += 1
            if args.show_none:
                print(f"{key}  none   | want {proxy!r}")
        else:
            counts["wrong"] += 1
            if args.show or args.show_none:
                print(f"{key}  WRONG  | want {proxy!r}\n{'':18}| got  {got!r}")
    n = counts["winnable"] or 1
    print(
        f"AEB text dumps, no URL: {counts['winnable']} winnable "
        f"({counts['not printed']} proxy titles not printed); "
        f"right {counts['right']} ({counts['right'] / n:.1%}), none {counts['none']}, "
        f"wrong {counts['wrong']} ({counts['wrong'] / n:.1%})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
