"""Where the article sits in a dump: line shapes and the start of its prose.

Helpers of the text engine that read only line texts and flags (no
:class:`~newsparse._engine.text.Work`), so that every pass can call them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .._input.normalize import SENTENCE_MARKS

__all__ = ["SENTENCE_END", "prose_start"]

#: A sentence's end, closing quotes and brackets allowed after it: a headline
#: such as ``Best Apps (tested by experts)`` ends with a bracket, not a sentence.
SENTENCE_END = re.compile(f'[{re.escape(SENTENCE_MARKS)}]["”’»)』」]*$')

#: How many free lines after a paragraph make its window, and what the window
#: must hold for the paragraph to open the article: a lone paragraph among
#: menus (a cookie notice, a site's tagline) is chrome.
_WINDOW = 6
_MIN_PARAGRAPHS = 2
_MIN_WORDS = 60
_NEXT = 3


def prose_start(words: Sequence[int], candidates: Sequence[int], n: int) -> int:
    """The first line of the first run of prose, else the first paragraph, else ``n``.

    ``candidates`` are the indexes of the lines still unlabelled, in order;
    ``words[k]`` is the word count of ``candidates[k]`` when it reads as a
    paragraph, else 0. A run is a paragraph whose next few free lines hold
    at least another paragraph and enough words.
    """
    first = n
    total = 0
    count = 0
    # A sliding window over the candidates: the sums of the next _WINDOW ones.
    for k in range(min(_WINDOW, len(words))):
        total += words[k]
        count += words[k] > 0
    for k, i in enumerate(candidates):
        if words[k]:
            if first == n:
                first = i
            # The next paragraph close by: a notice, a headline, then the prose is no run.
            close = any(words[k + 1 : k + 1 + _NEXT])
            if close and count >= _MIN_PARAGRAPHS and total >= _MIN_WORDS:
                return i
        total -= words[k]
        count -= words[k] > 0
        if k + _WINDOW < len(words):
            total += words[k + _WINDOW]
            count += words[k + _WINDOW] > 0
    return first
