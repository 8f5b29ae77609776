"""Class-word patterns: grouped by first letter for speed, the same words found."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from newsparse._engine.selectors import BOILER, _by_first_letter, _top_level, _words

# Alternatives as the class-word lists write them: words, optional letters, \w*, groups.
_ALTERNATIVES = [
    "ads?",
    "adv",
    "advert\\w*",
    "ad(?:slot|unit)",
    "more-?(?:from|on)",
    "(?:article|post)-?cards?",
    "s?kip",
    "a",
    "cta",
    "caption\\w*",
    "x[|)]y",
]


def _plain(alternatives: str) -> re.Pattern[str]:
    return re.compile(rf"(?:^|[\s_-]|(?<=[a-z])(?=[A-Z]))(?i:{alternatives})(?=$|[\s_\d-]|[A-Z])")


def test_alternatives_are_split_at_the_top_level_only() -> None:
    assert _top_level("ab|c(?:d|e)|f[|)]g|h\\|i|j") == ["ab", "c(?:d|e)", "f[|)]g", "h\\|i", "j"]
    assert _top_level("[]|]x|y") == ["[]|]x", "y"]


def test_words_of_one_first_letter_share_a_branch() -> None:
    assert _by_first_letter("ads?|cta|adv|Ab") == "a(?:ds?|dv|b)|c(?:ta)"
    # A quantified or escaped first element, or a group, stays as it is.
    assert _by_first_letter("s?kip|\\w+x|(?:a|b)c|sea") == "s?kip|\\w+x|(?:a|b)c|s(?:ea)"


@given(
    st.lists(st.sampled_from(_ALTERNATIVES), min_size=1, max_size=6),
    st.lists(
        st.sampled_from(
            ["ads", "AD", "advert", "adslot", "more", "from", "post", "cards", "skip", "kip",
             "a", "Cta", "caption", "x|y", "x)y", "-", "_", " ", "1", "K", "\u017f", "Ad"]
        ),
        max_size=8,
    ).map("".join),
)  # fmt: skip
def test_grouped_words_are_found_where_the_plain_alternation_finds_them(
    alternatives: list[str], name: str
) -> None:
    joined = "|".join(alternatives)
    assert (_words(joined).search(name) is None) == (_plain(joined).search(name) is None)


def test_furniture_class_words() -> None:
    assert BOILER.search("post-share-buttons") is not None
    assert BOILER.search("relatedStories") is not None
    assert BOILER.search("AdSlot") is not None
    assert BOILER.search("article-body") is None
    assert BOILER.search("shadow") is None  # "ad" only as a whole part
