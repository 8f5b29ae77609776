"""Authors and publication day of the AEB pages as text dumps, against the HTML path.

Each of the 181 AEB news pages is turned into a copy-paste-like dump (``as_dump`` of
``benchmarks/aeb_text.py``) and parsed as text with no URL. The proxy truth is what the
HTML path reads from the same page (bylines, JSON-LD, meta tags); a page counts for a
field only when the HTML path gives it. The text value is *same* when it equals the
proxy (authors compared as sets of case-folded names, dates by their day), *none* when
the text parser gives nothing, *other* otherwise. *Extra* counts text values where the
HTML path has none: not scored, since the page's metadata may simply lack them.

    python benchmarks/aeb_text_agree.py [DATA_DIR] [--show FIELD] [--cache FILE.json]

``--show authors`` (or ``day``) lists the pages whose text value is not the proxy;
``--cache`` keeps the dumps and proxy values in a file, so a second run parses only the
dumps.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aeb
from aeb_text import as_dump

import newsparse

FIELDS = ("authors", "day")


def values(article: newsparse.Article) -> dict[str, object]:
    """The compared fields of ``article`` as plain, comparable values."""
    authors = sorted(" ".join(a.split()).casefold() for a in article.authors)
    when = article.date
    day = (when.date() if isinstance(when, dt.datetime) else when).isoformat() if when else None
    return {"authors": authors or None, "day": day}


def proxy_pages(data: Path, cache: Path | None) -> list[tuple[str, str, dict[str, object]]]:
    """Each page's key, its dump and the HTML path's values, from ``cache`` when it exists."""
    if cache is not None and cache.exists():
        return [tuple(row) for row in json.loads(cache.read_text(encoding="utf-8"))]  # type: ignore[misc]
    _, pages = aeb.load(data)
    rows = []
    for key, page in sorted(pages.items()):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            rows.append((key, as_dump(page), values(newsparse.parse(page))))
    if cache is not None:
        cache.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", type=Path, default=aeb.ROOT.parent / "shared/devdata/aeb")
    ap.add_argument(
        "--show", choices=FIELDS, action="append", default=[], help="list the disagreements"
    )
    ap.add_argument("--cache", type=Path, help="dumps and proxy values, kept between runs")
    args = ap.parse_args()
    counts = {
        field: dict.fromkeys(("proxy", "same", "none", "other", "extra"), 0) for field in FIELDS
    }
    for key, dump, proxy in proxy_pages(args.data, args.cache):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            got = values(newsparse.parse(dump))
        for field in FIELDS:
            want, have = proxy[field], got[field]
            tally = counts[field]
            if want is None:
                tally["extra"] += have is not None
                continue
            tally["proxy"] += 1
            verdict = "same" if have == want else "none" if have is None else "other"
            tally[verdict] += 1
            if verdict != "same" and field in args.show:
                print(f"{key}  {field:7} {verdict:5} | html {want!r}\n{'':25}| text {have!r}")
    for field, tally in counts.items():
        n = tally["proxy"] or 1
        print(
            f"AEB text dumps, no URL, {field}: same as the HTML path {tally['same']} of "
            f"{tally['proxy']} ({tally['same'] / n:.1%}), none {tally['none']}, "
            f"other {tally['other']}; {tally['extra']} where the HTML path has none"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
