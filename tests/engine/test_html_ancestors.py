"""html.inherited() and html.descend(): states carried down a page's element tree."""

from __future__ import annotations

import operator

from lxml import etree

from newsparse._engine.html import descend, inherited

_PAGE = etree.fromstring(
    "<html><body><div id='a' data-n='1'><section id='b' data-n='4'>"
    "<p id='c' data-n='2'>x</p><p id='d'>y</p></section></div></body></html>"
)


def _el(id_: str) -> etree._Element:
    (el,) = _PAGE.xpath(f"//*[@id='{id_}']")
    return el


def _n(el: etree._Element) -> int:
    return int(el.get("data-n", "0"))


def test_inherited_takes_the_largest_value_of_the_element_and_its_ancestors() -> None:
    cache: dict[object, int] = {}
    assert inherited(_el("c"), cache, _n) == 4
    assert inherited(_el("a"), cache, _n) == 1
    assert inherited(_el("d"), {}, _n, operator.or_) == 1 | 4


def test_inherited_reads_each_element_once_across_calls() -> None:
    seen: list[str] = []

    def own(el: etree._Element) -> int:
        seen.append(el.tag)
        return _n(el)

    cache: dict[object, int] = {}
    inherited(_el("c"), cache, own)
    inherited(_el("d"), cache, own)
    assert seen.count("section") == 1
    assert seen.count("p") == 2


def test_descend_starts_below_stop_and_sticks_once_set() -> None:
    # The first non-zero value sticks to descendants, as a drop verdict does.
    def step(state: int, el: etree._Element) -> int:
        return state or _n(el)

    assert descend(_el("c"), {}, step) == 1
    assert descend(_el("c"), {}, step, stop=_el("a")) == 4
    assert descend(_el("a"), {}, step, stop=_el("a")) == 0
