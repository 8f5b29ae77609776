"""Any outlet's HTML page: the body's structure (issue 13, item 3).

A "Related" box set into the article does not end it; tables that block editors
put in a ``<figure>`` are text; lines after "About the author" and comments still end it.
"""

from __future__ import annotations

import newsparse
from newsparse._api import load
from newsparse._engine.content import Content, extract_content


def _para(i: int) -> str:
    return (
        f"<p>The council voted on day {i} to approve part {i} of the new budget for the coming "
        "year, after a debate in the chamber that lasted well into the night.</p>"
    )


def _paragraphs(start: int, stop: int) -> str:
    return "".join(_para(i) for i in range(start, stop))


def _content(inner: str, after: str = "") -> Content:
    html = (
        "<!doctype html><html><head><title>Budget passes</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<main><article><h1>Budget passes</h1><div class='text'>{inner}</div></article>"
        f"{after}</main><footer><p>Example News. All rights reserved.</p></footer></body></html>"
    )
    page = load(html).page
    assert page is not None
    return extract_content(page, title="Budget passes")


def _texts(content: Content) -> list[str]:
    return [text for _, text, _, _ in content.body]


_BOX = (
    "<p><strong>Related</strong></p><ul class='links'>"
    "<li><a href='/a'>Mayor opens the new bridge over the river</a></li>"
    "<li><a href='/b'>School budget: what the vote means for parents</a></li></ul>"
)


def test_a_related_box_inside_the_text_does_not_end_it() -> None:
    content = _content(_paragraphs(0, 3) + _BOX + _paragraphs(3, 6))
    assert _texts(content) == [_para(i)[3:-4] for i in range(6)]
    rules = sorted(rule for _, rule in content.dropped.values())
    assert rules.count("tail.html") == 1  # the "Related" line
    assert rules.count("tail.html-box") == 2  # its two links


def test_a_related_box_after_the_text_still_ends_it() -> None:
    teasers = "".join(
        f"<div class='card'><p>Another story number {i} that the site would like you to read "
        "next, with a summary that runs to a sentence.</p></div>"
        for i in range(3)
    )
    content = _content(_paragraphs(0, 3) + "<h2>Related stories</h2>" + teasers)
    assert _texts(content) == [_para(i)[3:-4] for i in range(3)]


def test_one_paragraph_after_a_related_line_is_not_the_text_going_on() -> None:
    blurb = (
        "<p>Example News is a nonprofit newsroom with over eighty reporters across the "
        "region, and it is funded by its readers.</p>"
    )
    content = _content(_paragraphs(0, 3) + "<h2>More from Example News</h2>" + blurb)
    assert _texts(content) == [_para(i)[3:-4] for i in range(3)]


def test_paragraphs_after_about_the_author_still_end_the_text() -> None:
    bio = (
        "<p>Jane Doe has covered the city council for ten years, and before that she "
        "reported on schools and courts for a weekly paper.</p>"
        "<p>She lives in the city with her family and two dogs, and she writes a newsletter "
        "about local politics on weekends.</p>"
    )
    content = _content(_paragraphs(0, 3) + "<h2>About the author</h2>" + bio)
    assert _texts(content) == [_para(i)[3:-4] for i in range(3)]


def test_a_table_in_a_figure_is_text_and_its_caption_a_caption() -> None:
    table = (
        "<figure class='wp-block-table'><table><thead><tr><th>Year</th><th>Budget</th></tr>"
        "</thead><tbody><tr><td>2023</td><td>$4.1 million</td></tr><tr><td>2024</td>"
        "<td>$4.6 million</td></tr></tbody></table>"
        "<figcaption>Source: city finance office</figcaption></figure>"
    )
    content = _content(_paragraphs(0, 2) + table + _paragraphs(2, 4))
    texts = _texts(content)
    assert texts[2:8] == ["Year", "Budget", "2023", "$4.1 million", "2024", "$4.6 million"]
    assert "Source: city finance office" not in texts
    assert [rule for _, rule in content.dropped.values()].count("caption.html") == 1


def _item(i: int) -> tuple[str, str]:
    return (
        f"Step {i} of the plan sets the money aside for the roads and the bridges, and the "
        "council will see a report on how it was spent every quarter of the coming year, "
        "with the names of the firms that did the work.",
        f"The mayor said that step {i} was the one that residents had asked for most at the "
        "meetings held in the spring, in every district of the city, young and old alike, "
        "and that work on it would start before the summer.",
    )


def test_articles_that_are_items_of_a_list_are_text() -> None:
    items = "".join(
        f"<article class='list-item'><h2>Step {i}</h2><p>{_item(i)[0]}</p><p>{_item(i)[1]}</p>"
        "</article>"
        for i in range(3)
    )
    content = _content(_para(0) + items)
    assert _texts(content)[1:] == [x for i in range(3) for x in (f"Step {i}", *_item(i))]


def test_an_article_card_of_one_summary_is_still_a_teaser() -> None:
    cards = "".join(
        f"<article class='card'><h3><a href='/s{i}'>Another story {i}</a></h3><p>A summary "
        f"of story {i} that runs on for a sentence or two, long enough to read as a paragraph "
        "of prose on its own, and to count as one.</p></article>"
        for i in range(3)
    )
    content = _content(_paragraphs(0, 4) + cards)
    assert _texts(content) == [_para(i)[3:-4] for i in range(4)]


def test_a_page_builders_blocks_are_text() -> None:
    # Every paragraph and subheading in a block of its own, classed "widget".
    blocks = "".join(
        f"<div class='builder-widget-wrap'><div class='builder-widget widget-heading'>"
        f"<h2>Part {i}</h2></div><div class='builder-widget widget-text-editor'>"
        f"<div class='builder-widget-container'>{_para(i)}</div></div></div>"
        for i in range(4)
    )
    content = _content(_paragraphs(10, 13) + blocks)
    texts = _texts(content)
    assert texts[3:] == [x for i in range(4) for x in (f"Part {i}", _para(i)[3:-4])]


def test_a_call_to_action_box_is_furniture() -> None:
    box = (
        "<div class='support-cta'><p>A word to our readers: support independent journalism "
        "today and make a difference for readers everywhere with a small gift.</p></div>"
    )
    content = _content(_paragraphs(0, 2) + box + _paragraphs(2, 4))
    assert _texts(content) == [_para(i)[3:-4] for i in range(4)]


def test_an_article_in_sections_of_one_kind_is_read_whole() -> None:
    # Each section's list of linked changes weighs against it: alone, the section with
    # the most prose would be the article.
    def section(i: int, links: int) -> str:
        items = "".join(
            f"<li><a href='/c{i}{k}'>change {i}.{k}: fix the parser</a></li>" for k in range(links)
        )
        return f"<div class='sect'><h2>Part {i}</h2>{_para(i)}<ul>{items}</ul></div>"

    content = _content(section(0, 12) + section(1, 0) + section(2, 12))
    texts = _texts(content)
    assert [t for t in texts if t.startswith("The council")] == [_para(i)[3:-4] for i in range(3)]
    assert [t for t in texts if t.startswith("Part ")] == ["Part 0", "Part 1", "Part 2"]


def test_an_author_box_is_furniture_whatever_the_post_classes() -> None:
    # "author-bio" is an author box; "author-jane" on a post is only a state class.
    bio = (
        "<div class='author-bio'><p>Jane Doe has covered the city council for ten years, and "
        "before that she reported on schools for a weekly paper.</p></div>"
    )
    content = _content(_paragraphs(0, 3) + bio)
    assert _texts(content) == [_para(i)[3:-4] for i in range(3)]
    html = (
        "<!doctype html><html><head><title>Budget passes</title></head><body>"
        f"<div class='post author-jane'><h1>Budget passes</h1>{_paragraphs(0, 3)}</div></body></html>"
    )
    page = load(html).page
    assert page is not None
    assert len(extract_content(page, title="Budget passes").body) == 3


def _section(anchor: str, heading: str, i: int) -> str:
    return f"<div id='{anchor}'><h2 id='{anchor[2:]}'>{heading}</h2>{_para(i)}</div>"


def test_a_heading_anchors_slug_id_is_no_furniture_word() -> None:
    # "popular" and "tools" are furniture words; here they are words of the heading.
    section = _section("1-how-popular-are-the-new-tools", "How popular are the new tools?", 9)
    content = _content(_paragraphs(0, 4) + section + _paragraphs(4, 8))
    texts = _texts(content)
    assert "How popular are the new tools?" in texts
    assert _para(9)[3:-4] in texts
    assert len(texts) == 10


def test_a_slug_id_that_is_not_the_blocks_text_still_names_furniture() -> None:
    box = (
        "<div id='most-popular-stories-this-week'><p>The weather service warned of storms "
        "over the weekend, and the river is expected to rise by two metres.</p></div>"
    )
    content = _content(_paragraphs(0, 4) + box + _paragraphs(4, 8))
    assert _texts(content) == [_para(i)[3:-4] for i in range(8)]


def test_css_utility_classes_are_no_furniture_words() -> None:
    # Typography and colour-scale classes of a design system ("utility", "sidebar" in them).
    styled = (
        "<p class='font-utility-2 leading-tight'>The mayor said that the budget would be "
        "published in full on the city's website before the end of the month.</p>"
        "<p class='text-sidebar-200 sm:font-utility-3'>Opposition members said they would "
        "study the figures and bring amendments to the next session.</p>"
    )
    content = _content(_paragraphs(0, 4) + styled + _paragraphs(4, 8))
    texts = _texts(content)
    assert len(texts) == 10
    assert texts[4].startswith("The mayor said")
    assert texts[5].startswith("Opposition members said")


def test_a_colour_named_for_a_role_still_names_furniture() -> None:
    # "text-meta" (no scale) names what the block is; so does Bootstrap's "d-print-none".
    extra = (
        "<div class='text-meta'><p>Filed under the city desk, with reporting from the "
        "council chamber and the town hall press office staff.</p></div>"
        "<div class='d-print-none'><p>Share this story with your friends and family on all "
        "of the social networks where you like to read the news.</p></div>"
    )
    content = _content(_paragraphs(0, 4) + extra + _paragraphs(4, 8))
    assert _texts(content) == [_para(i)[3:-4] for i in range(8)]


def _streamed_page(segment: str) -> Content:
    """A page whose article arrives in a hidden segment after a comment and a "More
    from" line, the way React streams a Suspense boundary; ``segment`` is the segment's
    attributes."""
    comments = (
        "<div class='comments'><p>What a thoughtful piece about the council and its budget, "
        "I agree with nearly all of it and will share it.</p>"
        "<h3>More from Example News</h3></div>"
    )
    html = (
        "<!doctype html><html><head><title>Budget passes</title></head><body>"
        "<header><a href='/'>Example News</a></header>"
        f"<div id='main'><template id='B:1'></template>{comments}</div>"
        f"<div {segment}><article>{_paragraphs(0, 6)}</article></div>"
        "<script>$RC('B:1','S:1')</script></body></html>"
    )
    page = load(html).page
    assert page is not None
    return extract_content(page, title="Budget passes")


def test_a_react_streamed_segment_is_the_visible_article() -> None:
    content = _streamed_page("hidden id='S:1'")
    assert _texts(content) == [_para(i)[3:-4] for i in range(6)]


def test_other_hidden_blocks_stay_hidden() -> None:
    content = _streamed_page("hidden id='draft'")
    assert _para(0)[3:-4] not in _texts(content)


def test_a_class_that_styles_a_part_is_not_that_part() -> None:
    # The accordion aligns its panes' headers; it is no header.
    faq = (
        "<div class='faq-wrap faq-pane-header-alignment-left'>"
        f"<h3>Will the budget raise taxes?</h3>{_para(20)}"
        f"<h3>When does it take effect?</h3>{_para(21)}</div>"
    )
    content = _content(_paragraphs(0, 6) + faq)
    texts = _texts(content)
    assert texts[6:] == [
        "Will the budget raise taxes?",
        _para(20)[3:-4],
        "When does it take effect?",
        _para(21)[3:-4],
    ]


def test_a_part_named_with_its_style_is_still_that_part() -> None:
    box = (
        "<div class='site-header header-dark'><p>Example News is the city's oldest daily "
        "paper, with reporting from the council and the courts since 1901.</p></div>"
    )
    content = _content(_paragraphs(0, 4) + box + _paragraphs(4, 8))
    assert _texts(content) == [_para(i)[3:-4] for i in range(8)]


def test_a_tables_rows_are_not_judged_by_their_classes() -> None:
    # A roster: each row classed for its record, with the furniture word "player".
    rows = "".join(
        f"<tr class='player player-2024-{i}'><td>Player {i}</td><td>{10 + i} points</td></tr>"
        for i in range(3)
    )
    table = f"<table class='roster'><tbody>{rows}</tbody></table>"
    content = _content(_paragraphs(0, 4) + table + _paragraphs(4, 6))
    cells = [text for i in range(3) for text in (f"Player {i}", f"{10 + i} points")]
    paragraphs = [_para(i)[3:-4] for i in range(6)]
    assert _texts(content) == paragraphs[:4] + cells + paragraphs[4:]


def test_a_table_classed_as_furniture_still_goes() -> None:
    table = "<table class='sidebar-scores'><tr><td>Home 2</td><td>Away 1</td></tr></table>"
    content = _content(_paragraphs(0, 4) + table + _paragraphs(4, 6))
    assert _texts(content) == [_para(i)[3:-4] for i in range(6)]


def test_a_paragraph_left_open_over_a_box_is_no_container() -> None:
    # The long first <p> is not closed: the parse puts the ad box inside it, so the <p>
    # holds two lines and most of the prose; the article is its parent's, with the
    # short paragraphs after it (found by Hypothesis).
    first = " ".join(["The council met on Tuesday to vote on the new budget."] * 8)
    html = (
        "<!doctype html><html><head><title>Budget passes</title></head><body>"
        "<aside class='related'>Menu</aside><h1>Budget passes</h1>"
        f"<p>{first}\n<aside class='related'>Advertisement</aside>"
        "<p>The mayor said the vote was close.</p>"
        "<aside class='related'>Read more: Another story</aside>"
        "<p>The budget takes effect in January."
        "<aside class='related'>Read more: Another story</aside></body></html>"
    )
    article = newsparse.parse(html.encode())
    assert [b.text for b in article.body] == [
        first,
        "The mayor said the vote was close.",
        "The budget takes effect in January.",
    ]
