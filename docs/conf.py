"""Sphinx configuration: MyST Markdown, the furo theme, autodoc and doctests."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))  # document this checkout, not an installed copy

import newsparse  # noqa: E402

project = "newsparse"
author = "The newsparse developers"
copyright = "the newsparse developers"
release = newsparse.__version__
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.viewcode",
]
source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
myst_enable_extensions = ["colon_fence", "deflist", "fieldlist"]
myst_heading_anchors = 3

html_theme = "furo"
html_title = f"newsparse {release}"

autodoc_member_order = "bysource"
autodoc_typehints = "signature"
autodoc_default_options = {"members": True}

# Doctests run from the repository root, so that they can read examples/dumps/.
doctest_global_setup = f"""
import os
os.chdir({str(ROOT)!r})
import newsparse
"""

# Pages other parts of the project write; the toctree names them and this drops
# the ones not written yet, so that the build stays free of warnings.
OPTIONAL_PAGES = ("cli", "batch", "html", "robustness")


def _drop_missing_pages(app: Any, docname: str, source: list[str]) -> None:
    if docname != "index":
        return
    for page in OPTIONAL_PAGES:
        if not any((Path(app.srcdir) / f"{page}{ext}").exists() for ext in (".md", ".rst")):
            source[0] = re.sub(rf"(?m)^{page}\n", "", source[0])


# Public classes live in private modules (newsparse._model, newsparse._batch.sources
# ...); signatures name them as they are imported: newsparse.Article.
_PRIVATE_MODULE = re.compile(r"\bnewsparse\.(?:_\w+\.)+(?:[a-z]\w*\.)*")


def _public_names(
    app: Any, what: str, name: str, obj: Any, options: Any, signature: str | None, ret: str | None
) -> tuple[str | None, str | None]:
    def public(text: str | None) -> str | None:
        return None if text is None else _PRIVATE_MODULE.sub("newsparse.", text)

    return public(signature), public(ret)


def setup(app: Any) -> None:
    app.connect("source-read", _drop_missing_pages)
    app.connect("autodoc-process-signature", _public_names)
