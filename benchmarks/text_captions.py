"""Caption texts inside the body of text dumps: newsparse against trafilatura.

A caption printed in a dump (a photo's description, often with its credit) is
not part of the article; a reader skips it. This script takes each page's
caption texts from its HTML (``<figcaption>`` and elements whose class names a
caption, innermost only), keeps those that the dump prints and that the hand-made
body does not contain, and counts how many of them end up in the body each
extractor gives for the text dump. A caption is "in the body" when a line of
the dump that is part of the caption (at least four words; the caption's text
without its credit line, say) is a line of the extracted body.

Two sets: wcxb-dev (``text/<id>.txt``, real browser dumps, mostly blogs) and
the AEB news pages turned into dumps the way ``benchmarks/aeb_text.py`` does.

    python benchmarks/text_captions.py [--wcxb DIR] [--aeb DIR] [--no-trafilatura]
        [--show N] [--limit N]

The captions whose text ends with a printed credit (``Photo: ...``, ``© ...``,
``Name/Agency``, ``Getty Images`` ...) are also counted apart: those are the ones
a text dump lets a reader, and newsparse, recognise as captions.

``--show N`` prints up to N captions that newsparse left in the body, with
their page id (``C`` marks a credited one) and the rule that kept the line in the body,
and how many such captions each rule kept. trafilatura is a benchmark-only dependency.

Cues tried for captions printed without a credit (issue 12), measured on the body lines
of both sets as caption lines against lines of the true body: a scene with a place and a
date at its end (2 against 3), a line that repeats the start of the next or the last
line (0 against 120), a short sentence between two long paragraphs (9 against 234), a
line right above the first paragraph (6 against 124), a line printed again elsewhere (3
against 835), a ``Figure 1:``/``Above:`` label (11 against 14). None is precise enough
to take a line out of the body; what a text dump shows of such a caption is a line among
the paragraphs.

Measured again line by line (caption lines newly out of the body against lines of the true
body, both sets): a figure's number alone (``Figure 2:``, ``Image 3.``; 9 against 1, that
one a figure's caption the truth keeps) is taken, while ``Above:``/``Pictured:``/``Left:``
labels are not (2 against 30: "Below, we ...", and pages whose truth keeps "Pictured: X"),
nor a ``Source: X`` after the caption's sentence (3 against 4), nor camera settings
(``ISO 100, f/11``: 9 against 21), nor lines sharing their last words (12 against 733).
Taken as well, each with no true body line against it: an artwork's ``©`` credit after a
year or a name (7), a ``Credit:`` glued to its caption (6, one page), a ``Courtesy of ...``
line alone (11; the line above it is not taken as its text: 1 true line against none), the
line under ``Image 3 of 8``, and a caption printed whole beside its collapsed copy
(``... less`` / ``... more``; an event's description cut short beside its whole text has
no toggle after the whole, and stays).

Measured for news pages (caption lines newly out of the body against lines of the true body,
both sets): lines opened by words that say what the photo shows (``Above:``, ``Left:``,
``Im Bild:``, ``На фото:``, ``图为``... with three words or more after them; 12 against
none) are taken, as are credits in the words of news pages in more languages (``Ảnh:``,
``写真：``, ``사진=``, ``... 摄``: the Korean pages' ``[사진=...]``), a print credit with the
wire in capitals (``Jane Doe, ASSOCIATED PRESS``) and ``Jane Doe, Outlet/Agency`` (none
against), and a wire then a person alone (``Getty Images / Jane Doe``: ten on one page, and
one list's numbered heading over them taken as a caption's text until a numbered item was
kept out of it). Not taken: a credit alone that names a wire in any case (``Al Goldis, Associated
Press``: a byline under the headline reads the same), a caption of more than 40 words
over a credit alone (1 against 12: pages print an image's credit under the paragraph over
it), ``Source: X`` after a caption's sentence (10 against 4), ``Pictured:`` and ``Video:``
(20 lines of the true body: product names and camera specifications so labelled).
Captions printed twice are read already: of the captions left in the body, one is printed
twice. The figcaptions counted on a page of live coverage are the titles of its embedded
videos (``<figure class="embed--type-video"><figcaption>``): captions of a medium that the
true body leaves out, counted rightly.

Measured for wire photos (issue 12; caption lines newly out of the body against lines of the
true body, both sets): a caption that dates its scene the wires' way (``..., Tuesday, Nov.
19, 2019, ...``: a weekday, the month abbreviated, the day and the year inside the sentence;
2 captions, no true line, where prose writes ``November`` or no weekday) is read over a
``Jane Doe, AP`` alone (a byline's shape otherwise) and over a credit past 40 words; a
gallery's count glued to its caption (``1of4Grass Valley's ...``), a number alone over a
caption (a tabloid's "6" on each image), and a credit printed as a caption's text (``Photo
illustration by X. Photo by Y.``: the line above is the caption). Credits in the styles of
outlets the sets lack were added with no true body line against them (``Jane Doe/CNN``
after a sentence, ``(ABC News: Jane Doe)``, ``(PTI Photo)``, ``... 撮影``, ``/뉴스1``,
``(رويترز)``, ``(foto LaPresse)``, ``IMAGO/Jane Doe``); one true line is a caption the truth
keeps (a Wirecutter figcaption, ``... to date. Lauren Dragan/NYT Wirecutter``).

Measured for a credit alone under the line above it (issue 12; lines of the true body against
captions, both sets): of 55 lines taken as the caption over a credit, 10 were true body lines,
the paragraph over an image printed with its credit alone; a line past 30 words with a second
sentence inside (6 of them, no caption) stays in the body. A ``Jane Doe, AP`` under a short
line with no sentence's end, over a paragraph, once the byline stands elsewhere, is the photo's
credit (the AEB page whose caption is a name and a role). Credits in more languages' words
(``ΦΩΤΟ:``, ``Снимка:``, ``ছবি:``, ``फोटो साभार:``, ``Gambar:``, ``Picha:``, ``ภาพ:``,
``عدسة:``, ``[시청 제공]``, ``Nuotr.``, ``ANTARA FOTO/...`` unbracketed) changed no output
of either set. Left: a caption with a bare name under it (``Ecological Economics``), video
titles under a live page's numbered headings, and blogs' uncredited captions, which a dump
prints as headings and short paragraphs with no sign apart from them (tried again: file-name
lines occur in one dump, and a ``Source:`` label opens one of the 273 captions left).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parent))

import aeb
from aeb_text import as_dump
from generic_text import DEFAULT_DATA, as_html

import newsparse

_CAPTION_CLASS = re.compile(r"(?i)caption|credit|wp-caption-text|image-desc")
_NON_WORD = re.compile(r"\W+")
# A caption that prints its credit at its end, by words any outlet uses (written apart
# from newsparse's own patterns, so that the figure does not grade itself).
_CREDIT_WORDS = re.compile(
    # "... a landscape photo by adding a filter" is a sentence: a credit's name follows "by".
    r"(?i)(?:\b(?:photo|photograph|image|picture|foto|bild)s?(?: credits?)?\s*"
    r"(?:(?:by|via|:|：)(?-i:(?!\s*[a-z]))|courtesy)"
    r"|\bcredits?\s*[:：]|©|\bcourtesy\b|\b(?:submitted|file) photo|getty images|associated press"
    r"|\breuters\b|\bafp\b|shutterstock|unsplash)"
)
_CREDIT_SLASH = re.compile(r"\b[A-Z][\w.-]*\s?/\s?[A-Z][\w. -]*\)?$")


def credited(caption: str) -> bool:
    end = caption[-80:]
    return _CREDIT_WORDS.search(end) is not None or _CREDIT_SLASH.search(end) is not None


def norm(text: str) -> str:
    """Lower case, words only, one space between them."""
    return _NON_WORD.sub(" ", text.lower()).strip()


def captions_of(page: bytes) -> list[str]:
    """The caption texts of an HTML page: figcaptions and caption-classed elements."""
    try:
        tree = lxml.html.fromstring(page)
    except (ValueError, lxml.etree.ParserError):
        return []
    found: list[str] = []
    for el in tree.iter("figcaption", "p", "div", "span", "small", "cite"):
        if el.tag != "figcaption" and not _CAPTION_CLASS.search(el.get("class") or ""):
            continue
        # Innermost only: a caption box holding a caption text is counted once.
        if any(
            d.tag == "figcaption" or _CAPTION_CLASS.search(d.get("class") or "")
            for d in el.iterdescendants()
            if isinstance(d.tag, str)
        ):
            continue
        # A story card's "caption" is a link to another article, not an image's caption.
        if any(a.tag == "a" for a in el.iterancestors()) or _all_link(el):
            continue
        text = " ".join(el.text_content().split())
        if len(text.split()) >= 4:
            found.append(text)
    return list(dict.fromkeys(found))


def _all_link(el: lxml.html.HtmlElement) -> bool:
    text = el.text_content().strip()
    links = "".join(a.text_content() for a in el.iter("a")).strip()
    return bool(text) and len(links) >= 0.9 * len(text)


@dataclass
class Tally:
    captions: int = 0
    in_body: dict[str, int] = field(default_factory=dict)
    credited: int = 0
    credited_in_body: dict[str, int] = field(default_factory=dict)
    examples: list[tuple[str, str, str]] = field(default_factory=list)
    #: How many captions left in newsparse's body each body rule kept there.
    rules: dict[str, int] = field(default_factory=dict)


def caption_lines(caption: str, dump_lines: list[str]) -> list[str]:
    """The dump's lines (normalised) that are the caption or a part of it."""
    want = norm(caption)
    return [x for x in dump_lines if len(x.split()) >= 4 and x in want]


def count(
    tally: Tally,
    key: str,
    dump: str,
    captions: list[str],
    truth_body: str,
    bodies: dict[str, list[str]],
    rules: dict[str, str] | None = None,
) -> None:
    dump_lines = [norm(x) for x in dump.splitlines() if x.strip()]
    whole = " ".join(dump_lines)
    truth = norm(truth_body)
    body_sets = {name: {norm(x) for x in lines} for name, lines in bodies.items()}
    for caption in captions:
        c = norm(caption)
        parts = caption_lines(caption, dump_lines)
        # Counted only when the dump prints it and the article's truth does not hold it.
        if not parts or c not in whole or any(p in truth for p in parts):
            continue
        tally.captions += 1
        has_credit = credited(caption)
        tally.credited += has_credit
        for name, body in body_sets.items():
            if any(p in body for p in parts):
                tally.in_body[name] = tally.in_body.get(name, 0) + 1
                if has_credit:
                    tally.credited_in_body[name] = tally.credited_in_body.get(name, 0) + 1
                if name == "newsparse":
                    rule = next((r for x, r in (rules or {}).items() if norm(x) in parts), "?")
                    tally.rules[rule] = tally.rules.get(rule, 0) + 1
                    tally.examples.append((key, caption, rule))


# The rule behind each body line of newsparse's last parse (for --show).
_LAST_RULES: dict[str, str] = {}


def newsparse_lines(dump: str, url: str | None = None) -> list[str]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = newsparse.parse(dump, url=url)
    rule_of = {p.field: p.rule for p in article.provenance if p.field.startswith("body[")}
    _LAST_RULES.clear()
    _LAST_RULES.update((b.text, rule_of.get(f"body[{i}]", "?")) for i, b in enumerate(article.body))
    return [b.text for b in article.body]


def trafilatura_lines(dump: str, url: str | None = None) -> list[str]:
    import trafilatura

    text = trafilatura.extract(as_html(dump), url=url) or ""
    return text.splitlines()


Extractor = Callable[[str, "str | None"], list[str]]


def wcxb_pages(data: Path, limit: int | None) -> Iterator[tuple[str, str, str, str, bytes]]:
    with open(data / "truth.jsonl", encoding="utf-8") as f:
        truths = [json.loads(line) for line in f]
    n = 0
    for truth in truths:
        text = data / "text" / f"{truth['id']}.txt"
        if not text.exists() or (limit is not None and n >= limit):
            continue
        n += 1
        page = gzip.decompress((data / "html" / f"{truth['id']}.html.gz").read_bytes())
        body = " ".join(b["text"] for b in truth.get("body", []))
        dump = text.read_text(encoding="utf-8")
        yield truth["id"], truth.get("url") or "", dump, body, page


def aeb_pages(data: Path, limit: int | None) -> Iterator[tuple[str, str, str, str, bytes]]:
    truth, pages = aeb.load(data)
    for n, (key, page) in enumerate(pages.items()):
        if limit is not None and n >= limit:
            break
        yield key, "", as_dump(page), truth[key], page


def run(
    name: str,
    pages: Iterator[tuple[str, str, str, str, bytes]],
    extractors: dict[str, Extractor],
    show: int,
) -> None:
    tally = Tally()
    n = 0
    for key, url, dump, body, page in pages:
        n += 1
        captions = captions_of(page)
        if not captions:
            continue
        bodies = {k: fn(dump, url or None) for k, fn in extractors.items()}
        count(tally, key, dump, captions, body, bodies, dict(_LAST_RULES))
    print(f"{name}: {n} pages, {tally.captions} caption texts printed in the dumps")
    for k in extractors:
        hits = tally.in_body.get(k, 0)
        share = 100 * hits / tally.captions if tally.captions else 0.0
        print(f"  {k:<12} caption texts inside the body: {hits:4d}  ({share:5.1f}%)")
    print(f"  of them with a printed credit: {tally.credited}")
    for k in extractors:
        hits = tally.credited_in_body.get(k, 0)
        share = 100 * hits / tally.credited if tally.credited else 0.0
        print(f"  {k:<12} credited captions inside the body: {hits:4d}  ({share:5.1f}%)")
    if show:
        kept = ", ".join(f"{r} {n}" for r, n in sorted(tally.rules.items(), key=lambda x: -x[1]))
        print(f"  kept in newsparse's body by: {kept}")
    for key, caption, rule in tally.examples[:show]:
        mark = "C" if credited(caption) else " "
        print(f"    {mark} {key} [{rule}]: {caption[:150]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--wcxb", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--aeb", type=Path, default=aeb.ROOT.parent / "shared/devdata/aeb")
    ap.add_argument("--no-trafilatura", action="store_true")
    ap.add_argument("--show", type=int, default=0, metavar="N")
    ap.add_argument("--limit", type=int)
    args = ap.parse_args(argv)
    extractors: dict[str, Extractor] = {"newsparse": newsparse_lines}
    if not args.no_trafilatura:
        try:
            import trafilatura  # noqa: F401

            extractors["trafilatura"] = trafilatura_lines
        except ImportError:
            print("trafilatura is not installed: newsparse only", file=sys.stderr)
    run("wcxb-dev text dumps", wcxb_pages(args.wcxb, args.limit), extractors, args.show)
    run("AEB pages as text dumps", aeb_pages(args.aeb, args.limit), extractors, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
