"""Check that the installed plugin is wired into newsparse (run by CI after pip install).

newsparse must list the parser, pick it without being told for every
sample dump, and show its rules at work in ``newsparse explain``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import newsparse

DATA = Path(__file__).parent / "tests" / "data"


def newsparse_cli(*args: str) -> str:
    run = subprocess.run(
        [sys.executable, "-m", "newsparse", *args], capture_output=True, text=True, check=True
    )
    return run.stdout


def main() -> None:
    assert "meridian" in newsparse.parsers(), sorted(newsparse.parsers())
    assert "meridian" in newsparse_cli("parsers").split()
    dumps = sorted(p for p in DATA.iterdir() if p.suffix in (".txt", ".html"))
    assert dumps
    for path in dumps:
        article = newsparse.parse(path)
        assert article.parser == "meridian", (path.name, article.parser)
        assert article.date is not None and article.body, path.name
    out = newsparse_cli("explain", str(DATA / "kelp-forests.txt"))
    assert out.startswith("# parser: meridian"), out.splitlines()[0]
    for rule in ("meridian.date", "meridian.section", "meridian.byline",
                 "meridian.caption.courier-credit", "meridian.furniture.listen",
                 "meridian.tail.elsewhere"):  # fmt: skip
        assert rule in out, f"{rule} missing from explain output"
    out = newsparse_cli("explain", str(DATA / "kelp-forests-page.html"))
    assert "meridian.html.body" in out and "meridian.html.caption" in out
    print(f"newsparse-meridian: installed and working ({len(dumps)} dumps checked)")


if __name__ == "__main__":
    main()
