"""Python's own regex parser and its opcodes, for tests that read patterns: ``re._parser``
and ``re._constants`` since 3.11, ``sre_parse`` and ``sre_constants`` before."""

from __future__ import annotations

import importlib
from typing import Any

try:
    PARSER: Any = importlib.import_module("re._parser")
    CODES: Any = importlib.import_module("re._constants")
except ImportError:  # Python 3.10
    PARSER = importlib.import_module("sre_parse")
    CODES = importlib.import_module("sre_constants")
