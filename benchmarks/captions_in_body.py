"""Caption text left in the body: newsparse against trafilatura on saved pages.

A caption is the text of a ``<figcaption>``, or of an element whose class
names a caption (``wp-caption-text``, ``image-caption`` ...) outside any
figure, of four words or more (ten characters or more in a script without
spaces). It is "in the body" when its words, in order, are in the extracted
body (lowercase ``\\w+`` tokens, so spacing and punctuation do not matter).
Printed: the share of captions in the body, over all captions and over the
captions that carry an inline credit (``Photo: …``, ``(Image: Getty)``,
``…（记者 李文 摄）``), for each extractor.

    python benchmarks/captions_in_body.py [DIR ...] [--no-trafilatura]

DIRs default to ../shared/devdata/wcxb-dev/html and ../shared/devdata/aeb/html
(``*.html.gz``). trafilatura is a benchmark-only dependency.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import lxml.html  # noqa: E402

import newsparse  # noqa: E402
from newsparse._fields.captions import match_caption  # noqa: E402

DEFAULT_DIRS = [
    ROOT.parent / "shared" / "devdata" / "wcxb-dev" / "html",
    ROOT.parent / "shared" / "devdata" / "aeb" / "html",
]
_TOKEN = re.compile(r"\w+")
_CAPTIONS = (
    "//figcaption | //*[contains(translate(@class,'CAPTION','caption'),'caption')"
    " and not(ancestor::figure) and not(ancestor::figcaption)"
    " and not(descendant::figcaption)]"
)


def captions_of(page: bytes) -> list[str]:
    """The caption texts of a page, each once."""
    try:
        root = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return []
    out: list[str] = []
    for el in root.xpath(_CAPTIONS):
        if el.getparent() is None:
            continue
        text = " ".join(el.text_content().split())
        words = len(text.split())
        if (words >= 4 or (len(text) >= 10 and not text.isascii())) and text not in out:
            out.append(text)
    return out


_ZH_CREDIT = re.compile(r"摄[）)]?$|[（(](?:图片来源|图源|图片|图)[:：]")


def credited(caption: str) -> bool:
    """Whether a caption carries its photo credit on its own line."""
    return match_caption(caption) is not None or _ZH_CREDIT.search(caption) is not None


def _tokens(text: str) -> str:
    return " " + " ".join(_TOKEN.findall(text.lower())) + " "


def in_body(caption: str, body: str) -> bool:
    return _tokens(caption) in body


def run_newsparse(page: bytes) -> str:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return newsparse.parse(page).text


def run_trafilatura(page: bytes) -> str:
    import trafilatura

    return trafilatura.extract(page) or ""


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    ap.add_argument("--no-trafilatura", action="store_true")
    args = ap.parse_args(argv)
    extractors: dict[str, Callable[[bytes], str]] = {"newsparse": run_newsparse}
    if not args.no_trafilatura:
        extractors["trafilatura"] = run_trafilatura
    counts: dict[str, Counter[str]] = {name: Counter() for name in extractors}
    pages = 0
    for folder in args.dirs:
        for path in sorted(folder.glob("*.html.gz")):
            page = gzip.decompress(path.read_bytes())
            captions = captions_of(page)
            if not captions:
                continue
            pages += 1
            for name, fn in extractors.items():
                try:
                    body = _tokens(fn(page))
                except Exception:  # a page that raises has no body
                    body = " "
                tally = counts[name]
                for caption in captions:
                    has_credit = credited(caption)
                    found = in_body(caption, body)
                    tally["all"] += 1
                    tally["all_in"] += found
                    tally["credited"] += has_credit
                    tally["credited_in"] += found and has_credit
    print(f"captions in the body ({pages} pages with captions)")
    print(f"  {'':<28}" + "".join(f"{name:>14}" for name in extractors))
    for key, what in (("all", "all captions"), ("credited", "with an inline credit")):
        n = next(iter(counts.values()))[key]
        cells = [f"{100 * c[key + '_in'] / n:5.1f}%" if n else "-" for c in counts.values()]
        print(f"  {what + f' (n={n})':<28}" + "".join(f"{c:>14}" for c in cells))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
