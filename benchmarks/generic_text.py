"""Generic parser on text dumps: newsparse against trafilatura on wcxb-dev.

wcxb-dev (``../shared/devdata/wcxb-dev``, see its README.md) holds 647 pages of
outlets newsparse has no specific parser for; 588 of them also come as a
browser copy-paste dump (``text/<id>.txt``, ``document.body.innerText``). Each
dump is parsed with ``newsparse.parse(text, url=url)``; in the same run
trafilatura gets the same dump as a minimal HTML page and is called as
``trafilatura.bare_extraction(page, with_metadata=True, url=url)``.

How trafilatura gets plain text: one ``<p>`` per non-blank line, HTML-escaped,
in ``<html><body>`` (``as_html`` of ``benchmarks/text_speed.py``, also what
``benchmarks/aeb_text.py`` does). In these dumps a line is one rendered block
(a menu item, a heading, a paragraph), so a ``<p>`` per line hands trafilatura
the same block boundaries the browser had, and nothing more; splitting on blank
lines instead would glue whole menus into one paragraph. The page has no
``<title>``, no ``<h1>`` and no metadata, since the dump has none: trafilatura
can only find a title, author or date in the text itself or the URL, as
newsparse must. Its body is the ``text`` field (comments left out).

Scoring is that of the data set's ``score.py``, imported from DATA_DIR at run
time so that the figures agree with ``score.py --kind text``: title exact after
NFC and whitespace normalisation (and loose: case, quotes and punctuation
ignored); authors as the same set of names; date as the same day; body as
lowercase ``\\w+`` token precision/recall/F1 summed over pages. Added here:
author-name P/R/F1 (normalised names as multisets, summed over the pages that
label authors), and for title, authors and date how often the extractor gives
a non-empty value on the labelled pages ("given": a miss is either no answer or
a wrong one). Each figure counts only pages whose truth has the field; a
page that raises counts as an empty prediction. Both extractors run once,
interleaved page by page (a busy machine slows both alike); pages/s is the
time inside the extractor calls only.

    python benchmarks/generic_text.py [DATA_DIR] [--no-speed] [--show-worst N]
        [--misses title|authors|date] [--save FILE.jsonl] [--limit N] [--no-trafilatura]
        [--no-url]

DATA_DIR defaults to ../shared/devdata/wcxb-dev relative to the repository
root (works from the main checkout and from a worktree whose parent has a
``shared`` link). ``--save`` writes every page's truth and predictions, one
JSON object a line, for analysis without re-running. trafilatura is a
benchmark-only dependency (``pip install trafilatura``). ``--no-url`` hands
neither extractor the page's URL, as for a dump saved to a file by a user
(its slug is the strongest title cue, and users' dumps mostly come without).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
import warnings
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from text_speed import as_html  # noqa: E402

import newsparse  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "devdata" / "wcxb-dev"
FIELDS = ("title", "authors", "date")


@dataclass
class Prediction:
    """The fields both extractors are scored on."""

    title: str = ""
    authors: list[str] = field(default_factory=list)
    date: str = ""
    body: str = ""
    error: str = ""


# An extractor takes the page (text or bytes) and its URL.
Extractor = Callable[[Any, "str | None"], Prediction]


def load_scorer(data: Path) -> ModuleType:
    """The data set's own score.py, so that norm/loose/tokens are the same."""
    spec = importlib.util.spec_from_file_location("wcxb_score", data / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot import {data / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_truth(data: Path) -> list[dict[str, Any]]:
    with open(data / "truth.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def read_text(path: Path) -> str:
    with open(path, encoding="utf-8", newline="") as f:  # as score.py reads it
        return f.read()


def pages_of(data: Path, kind: str, limit: int | None) -> Iterator[tuple[dict[str, Any], Path]]:
    """(truth, path) of every page that has a file of this kind, in id order."""
    folder, ext = {"text": ("text", ".txt"), "html": ("html", ".html.gz")}[kind]
    found = 0
    for truth in load_truth(data):
        path = data / folder / f"{truth['id']}{ext}"
        if path.exists() and (limit is None or found < limit):
            found += 1
            yield truth, path


def newsparse_prediction(article: newsparse.Article) -> Prediction:
    d = article.to_dict()
    return Prediction(
        title=d.get("title") or "",
        authors=list(d.get("authors") or []),
        date=str(d.get("date") or "")[:10],
        body=" ".join(b.get("text") or "" for b in d.get("body") or []),
    )


def run_newsparse(data: Any, url: str | None) -> Prediction:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = newsparse.parse(data, url=url)
    return newsparse_prediction(article)


def trafilatura_prediction(doc: Any) -> Prediction:
    if doc is None:
        return Prediction()
    # trafilatura joins several authors with "; ".
    authors = [a.strip() for a in (doc.author or "").split(";") if a.strip()]
    return Prediction(
        title=doc.title or "", authors=authors, date=(doc.date or "")[:10], body=doc.text or ""
    )


def run_trafilatura_text(dump: str, url: str | None) -> Prediction:
    import trafilatura

    return trafilatura_prediction(
        trafilatura.bare_extraction(as_html(dump), with_metadata=True, url=url)
    )


@dataclass
class Tally:
    """Running figures of one extractor."""

    hits: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    errors: int = 0

    def add(self, scorer: ModuleType, truth: dict[str, Any], pred: Prediction) -> dict[str, bool]:
        """Counts one page; returns, per labelled field, whether it matched."""
        ok: dict[str, bool] = {}
        if "title" in truth:
            ok["title"] = scorer.norm(truth["title"]) == scorer.norm(pred.title)
            self.hits["titleL"] += scorer.loose(truth["title"]) == scorer.loose(pred.title)
        if "authors" in truth:
            want = Counter(map(scorer.norm, truth["authors"]))
            got = Counter(map(scorer.norm, pred.authors))
            ok["authors"] = want == got
            self.hits["names_tp"] += sum((want & got).values())
            self.hits["names_pred"] += sum(got.values())
            self.hits["names_truth"] += sum(want.values())
        if "date" in truth:
            ok["date"] = truth["date"][:10] == pred.date[:10]
        for key, hit in ok.items():
            self.hits[key] += hit
            self.hits[key + "/n"] += 1
            # How often it answers at all: a miss may be an empty field or a wrong one.
            self.hits[key + "/given"] += bool(getattr(pred, key))
        if "body" in truth:
            want_t = scorer.tokens(truth["body"][0]["text"])
            got_t = scorer.tokens(pred.body)
            self.hits["body_tp"] += sum((want_t & got_t).values())
            self.hits["body_pred"] += sum(got_t.values())
            self.hits["body_truth"] += sum(want_t.values())
        return ok

    def rate(self, key: str, n_key: str = "") -> str:
        n = self.hits[n_key or key + "/n"]
        return f"{100 * self.hits[key] / n:5.1f}%" if n else "    -"

    def prf(self, prefix: str) -> tuple[float, float, float]:
        tp = self.hits[prefix + "_tp"]
        p = tp / self.hits[prefix + "_pred"] if self.hits[prefix + "_pred"] else 0.0
        r = tp / self.hits[prefix + "_truth"] if self.hits[prefix + "_truth"] else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def call(fn: Extractor, data: Any, url: str | None, tally: Tally) -> Prediction:
    start = time.perf_counter()
    try:
        pred = fn(data, url)
    except Exception as e:  # a page that raises scores as empty
        tally.errors += 1
        pred = Prediction(error=f"{type(e).__name__}: {e}")
    tally.seconds += time.perf_counter() - start
    return pred


def page_f1(scorer: ModuleType, truth: dict[str, Any], pred: Prediction) -> tuple[float, float]:
    want, got = scorer.tokens(truth["body"][0]["text"]), scorer.tokens(pred.body)
    tp = sum((want & got).values())
    p = tp / sum(got.values()) if got else 0.0
    r = tp / sum(want.values()) if want else 0.0
    return p, r


def print_table(label: str, n_pages: int, tallies: dict[str, Tally], speed: bool) -> None:
    names = list(tallies)
    first = next(iter(tallies.values()))
    print(f"{label}: {n_pages} pages")
    print(f"  {'':<24}" + "".join(f"{name:>14}" for name in names))

    def row(what: str, cells: list[str]) -> None:
        print(f"  {what:<24}" + "".join(f"{c:>14}" for c in cells))

    row(f"title exact (n={first.hits['title/n']})", [t.rate("title") for t in tallies.values()])
    row("title loose", [t.rate("titleL", "title/n") for t in tallies.values()])
    row("title given", [t.rate("title/given", "title/n") for t in tallies.values()])
    row(f"authors set (n={first.hits['authors/n']})", [t.rate("authors") for t in tallies.values()])
    row("authors given", [t.rate("authors/given", "authors/n") for t in tallies.values()])
    for i, what in enumerate(("author names P", "author names R", "author names F1")):
        row(what, [f"{100 * t.prf('names')[i]:5.1f}" for t in tallies.values()])
    row(f"date day (n={first.hits['date/n']})", [t.rate("date") for t in tallies.values()])
    row("date given", [t.rate("date/given", "date/n") for t in tallies.values()])
    for i, what in enumerate(("body tokens P", "body tokens R", "body tokens F1")):
        row(what, [f"{100 * t.prf('body')[i]:5.1f}" for t in tallies.values()])
    row("errors", [str(t.errors) for t in tallies.values()])
    if speed:
        row(
            "pages/s",
            [f"{n_pages / t.seconds:.1f}" if t.seconds else "-" for t in tallies.values()],
        )


def benchmark(
    kind: str,
    description: str,
    read: Callable[[Path], Any],
    extractors: dict[str, Extractor],
    argv: list[str] | None = None,
) -> int:
    """Runs ``extractors`` over the wcxb-dev pages of ``kind`` and prints the figures."""
    ap = argparse.ArgumentParser(
        description=description, formatter_class=argparse.RawTextHelpFormatter
    )
    ap.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA, help="wcxb-dev folder")
    ap.add_argument("--no-trafilatura", action="store_true", help="newsparse only")
    ap.add_argument("--no-speed", action="store_true", help="do not print pages/s")
    ap.add_argument(
        "--show-worst", type=int, default=0, metavar="N", help="newsparse's N worst bodies"
    )
    ap.add_argument("--misses", choices=FIELDS, help="list newsparse's misses on this field")
    ap.add_argument("--save", type=Path, metavar="FILE", help="write per-page predictions (JSONL)")
    ap.add_argument("--limit", type=int, help="first N pages only")
    ap.add_argument("--no-url", action="store_true", help="parse without the page's URL")
    args = ap.parse_args(argv)

    if args.no_trafilatura:
        extractors = {k: v for k, v in extractors.items() if k != "trafilatura"}
    else:
        try:
            import trafilatura  # noqa: F401
        except ImportError:
            print("trafilatura is not installed: newsparse only", file=sys.stderr)
            extractors = {k: v for k, v in extractors.items() if k != "trafilatura"}
    scorer = load_scorer(args.data)
    tallies = {name: Tally() for name in extractors}
    worst: list[tuple[float, float, float, str]] = []
    save = open(args.save, "w", encoding="utf-8") if args.save else None  # noqa: SIM115
    n_pages = 0
    for truth, path in pages_of(args.data, kind, args.limit):
        n_pages += 1
        data = read(path)
        url = None if args.no_url else truth.get("url")
        preds = {name: call(fn, data, url, tallies[name]) for name, fn in extractors.items()}
        ok = {name: tallies[name].add(scorer, truth, pred) for name, pred in preds.items()}
        if args.misses and not ok["newsparse"].get(args.misses, True):
            others = "  ".join(
                f"{name}={getattr(p, args.misses)!r}"
                for name, p in preds.items()
                if name != "newsparse"
            )
            print(
                f"{truth['id']}  truth={truth[args.misses]!r}  newsparse={getattr(preds['newsparse'], args.misses)!r}  {others}"
            )
        p, r = page_f1(scorer, truth, preds["newsparse"])
        worst.append(((2 * p * r / (p + r) if p + r else 0.0), p, r, truth["id"]))
        if save:
            record = {"id": truth["id"], "url": truth.get("url")}
            record["truth"] = {k: truth[k] for k in (*FIELDS, "body") if k in truth}
            record.update({name: asdict(pred) | {"ok": ok[name]} for name, pred in preds.items()})
            save.write(json.dumps(record, ensure_ascii=False) + "\n")
    if save:
        save.close()
    if args.misses:
        print()
    print_table(f"wcxb-dev {kind} ({args.data})", n_pages, tallies, not args.no_speed)
    if args.show_worst:
        print(f"\nnewsparse's {args.show_worst} worst bodies (token F1, P, R, id):")
        for f1, p, r, key in sorted(worst)[: args.show_worst]:
            print(f"  {f1:.3f} {p:.3f} {r:.3f} {key}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return benchmark(
        "text",
        __doc__ or "",
        read_text,
        {"newsparse": run_newsparse, "trafilatura": run_trafilatura_text},
        argv,
    )


if __name__ == "__main__":
    raise SystemExit(main())
