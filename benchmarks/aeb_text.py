"""Text-dump accuracy on the AEB pages: each page turned into a copy-paste-like dump.

A browser's copy of a whole page is roughly its visible blocks of text, one per
line, menus and footers included. This script makes such a dump from each of the
181 AEB pages (the visible block texts newsparse's HTML reader finds, blank lines
between), parses it as text with ``newsparse.parse`` and hands trafilatura the
same dump with each line wrapped in ``<p>``; both bodies are scored against the
hand-made body with the same token scorer as ``benchmarks/aeb.py``.

    python benchmarks/aeb_text.py [DATA_DIR] [--show-worst N]

It measures the generic text parser on many outlets' layouts; the dumps are an
approximation (no CSS, so hidden-by-stylesheet text is kept).
"""

from __future__ import annotations

import argparse
import html
import sys
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aeb

import newsparse
from newsparse._engine.html import HIDDEN


def as_dump(page: bytes) -> str:
    """The page's visible blocks of text, one per paragraph: a copy-paste stand-in."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = newsparse.load(page)
    parsed = doc.page
    if parsed is None:
        return ""
    return "\n\n".join(h.text for h in parsed.lines if not h.flags & HIDDEN)


def run_newsparse(dump: str) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return newsparse.parse(dump).text


def run_trafilatura(dump: str) -> str:
    import trafilatura

    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in dump.split("\n\n"))
    return trafilatura.extract(f"<html><body>{paragraphs}</body></html>") or ""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data", nargs="?", default=str(aeb.ROOT.parent / "shared/devdata/aeb"))
    ap.add_argument("--show-worst", type=int, default=0, metavar="N")
    args = ap.parse_args()
    truth, pages = aeb.load(Path(args.data))
    extractors = {"newsparse": run_newsparse}
    try:
        import trafilatura  # noqa: F401

        extractors["trafilatura"] = run_trafilatura
    except ImportError:
        print("trafilatura is not installed: newsparse only", file=sys.stderr)
    rows: dict[str, list[tuple[float, float, float]]] = {name: [] for name in extractors}
    per_page = []
    for key, page in pages.items():
        dump = as_dump(page)
        for name, fn in extractors.items():
            rows[name].append(aeb.tp_fp_fn(truth[key], fn(dump), 1))
        row = rows["newsparse"][-1]
        per_page.append((aeb._precision(*row), aeb._recall(*row), key))
    print(f"AEB as text dumps: {len(pages)} pages; body accuracy, tokens:")
    for name, r in rows.items():
        p, rc, f1 = aeb.score(r)
        print(f"  {name:<12} precision={p:.4f}  recall={rc:.4f}  F1={f1:.4f}")
    for p, rc, key in sorted(per_page, key=lambda t: t[0] + t[1])[: args.show_worst]:
        print(f"  worst: {key}  precision={p:.3f}  recall={rc:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
