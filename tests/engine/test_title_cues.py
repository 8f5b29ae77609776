"""The chrome cues of the generic headline score, for dumps without a URL."""

from __future__ import annotations

import newsparse
from newsparse._engine.title_cues import (
    _echo_terms,
    _terms,
    anchor_past_share,
    byline_behind,
    chrome_cues,
    echo_share,
    glued_heads,
    lead_stems,
    networks_in,
    shared_terms,
)
from newsparse._engine.titles import words_of
from newsparse._explain import explain


def _cues(lines: list[str], i: int) -> list[str]:
    return list(chrome_cues(i, lines))


def test_networks_are_named_in_any_case_and_spelling() -> None:
    assert networks_in("Share on: Facebook Twitter Reddit Google+") == {
        "facebook",
        "twitter",
        "reddit",
        "google+",
    }
    assert networks_in("Envoyer par E-mail") == {"email"}
    # A word holding a network's name is not the network.
    assert networks_in("Facebooked by friends, emailing nobody") == set()


def test_date_lines_and_time_stamps_are_dated() -> None:
    for line in (
        "Associated Press November 19, 2019, 9:02 AM",
        "Nov.November 18, 2019 12:02 PM",
        "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM",
        "21:17 18.11.2019Get short URL",
    ):
        assert _cues([line], 0) == ["dated"], line


def test_a_headline_with_a_year_or_a_score_is_not_dated() -> None:
    for line in (
        "The Best Tax Prep Software of 2025",
        "Wild beat Sabres 4-1 as Parise scores twice",
        "Trains run until 23:30 on New Year's Eve",
    ):
        assert _cues([line], 0) == [], line


def test_a_byline_behind_a_word_is_a_by_line() -> None:
    assert byline_behind("Analysis by Chris Doe, CNN Editor-at-large")
    assert byline_behind("Tested by Katie Roe and Mary Poe")
    assert byline_behind("Ein Bericht von Anna Schneider")
    assert _cues(["Reviewed by Margaret James"], 0) == ["by-line"]
    # A headline with "by" in it names no one after it.
    assert not byline_behind("Stand by Me turns forty this year")
    assert not byline_behind("Town hit by floods for the second time")


def test_a_share_bar_s_buttons_are_share_lines_and_a_headline_over_it_is_not() -> None:
    lines = [
        "Facebook fined over data leak",
        "Share this:",
        "Click to share on Facebook (Opens in new window)",
        "Click to share on Twitter (Opens in new window)",
        "Click to print (Opens in new window)",
        "Click to email this to a friend (Opens in new window)",
    ]
    assert [_cues(lines, i) for i in range(6)] == [
        [],
        [],
        ["share"],
        ["share"],
        ["share"],
        ["share"],
    ]
    assert _cues(["Share on: Facebook Twitter Reddit"], 0) == ["share"]
    assert _cues(["Share this on Facebook", "Share this on WhatsApp"], 1) == ["share"]
    # Networks named in a headline's words: no bar.
    assert _cues(["Facebook and Twitter ban political ads", "Share on Twitter"], 0) == []


def test_a_headline_over_a_share_bar_reaches_its_byline() -> None:
    lines = [
        "Council approves the harbour bridge",
        "Share this:",
        "Share on Facebook",
        "Share on Twitter",
        "A photo's caption (Photo: Jane Roe)",
        "By Tom Baker",
    ]
    free = {0, 1, 2, 3}  # the caption and the byline are labelled
    assert anchor_past_share(0, {5}, lines, free)
    # Without the bar it is no cue of its own (next_to_anchor reads the plain case).
    assert not anchor_past_share(
        0,
        {5},
        ["Council approves the bridge", "Some prose here that runs on", "By Tom Baker"],
        {0, 1},
    )
    # A line of more words between: the bar is not the headline's.
    lines[3] = "Police seek witnesses after late-night crash"
    assert not anchor_past_share(0, {5}, lines, free)


def test_a_breadcrumb_glued_to_the_headline_is_found() -> None:
    keys = [
        " ".join(words_of(x))
        for x in (
            "Home Holidays Homemade Spiced Honey Pear Jam for the Holidays",
            "Homemade Spiced Honey Pear Jam for the Holidays",
            "Holidays",
        )
    ]
    assert glued_heads(keys, [0, 1, 2], 12) == {0}


def test_echo_is_the_share_of_a_line_s_words_the_lead_prints() -> None:
    lead = lead_stems(
        ["Menu", "The city council voted to rebuild the harbour bridge on Monday."], 1
    )
    assert echo_share("Council rebuilds harbour bridge", lead) == 1.0
    assert echo_share("Council approves harbour bridge", lead) == 0.75
    assert echo_share("Book a Demo Log In", lead) == 0.0
    # Too few words to tell.
    assert echo_share("Bridge", lead) == 0.0


_SHARE_BAR_DUMP = """Skip to content
News
Sports
Breaking News Emails
Council approves plan to rebuild the old harbour bridge
Share this:
Click to share on Facebook (Opens in new window)
Click to share on Twitter (Opens in new window)
Click to email this to a friend (Opens in new window)
Analysis by Tom Baker, Harbour Times senior writer
Nov. 18, 2019 12:02 PM
The city council voted on Monday night to rebuild the old harbour bridge, ending a two-year argument over whether the crossing should be repaired or replaced.
The new bridge will carry two lanes of traffic, a cycle path and a wider walkway, and the council expects the work to take about three years.
Residents who use the bridge every day said they were relieved that the council had finally made up its mind.
"""


def test_without_a_url_the_headline_beats_the_share_bar_byline_and_date() -> None:
    article = newsparse.parse(_SHARE_BAR_DUMP)
    assert article.title == "Council approves plan to rebuild the old harbour bridge"
    # The share bar's first button under the headline is no deck.
    assert article.subtitle is None
    assert article.body[0].text.startswith("The city council voted")


def test_without_a_url_a_date_line_is_never_the_title() -> None:
    dump = (
        "Home\nWorld\nSport\nBusiness\nCulture\nScience\nTravel\nAssociated Press November 19, 2019, 9:02 AM\n"
        "Associated Press November 19, 2019, 9:02 AM\n"
        "MADRID — The hosts won the deciding doubles match on Tuesday to reach the semi-finals "
        "of the tournament in front of a full crowd.\n"
        "The captain said the team had believed in the comeback from the first point.\n"
    )
    assert newsparse.parse(dump).title is None


_BUTTON_DUMP = """Products
Pricing
Resources
Seven ways to keep your garden soil healthy through winter
Book a Demo Log In
March 3, 2025
Healthy garden soil needs care through the winter months, when heavy rain washes nutrients away and bare ground compacts under its own weight.
Covering the soil with mulch or a winter crop keeps it healthy, feeds the worms and stops the rain from washing the topsoil into the drains.
"""


def test_without_a_url_the_headline_echoing_the_lead_beats_a_button_over_the_date() -> None:
    """The buttons stand nearer the date and the prose; the headline's words are the
    lead's (echo), the buttons' are not (mute)."""
    article = newsparse.parse(_BUTTON_DUMP)
    assert article.title == "Seven ways to keep your garden soil healthy through winter"
    assert article.date is not None and article.date.isoformat() == "2025-03-03"
    shown = explain(_BUTTON_DUMP)
    assert "echo +1.00" in shown
    assert "mute -2.00" in shown


def test_a_headline_over_its_echoing_deck_is_not_muted() -> None:
    """A clean copy: the deck under the headline prints the lead's words, the headline
    none; the headline over its deck is no chrome beside an echoing line."""
    prose = " ".join(["Officials met on Monday and agreed the rising costs need a plan."] * 6)
    dump = f"Town hall reaches a budget deal\n\nOfficials agreed the rising costs need a plan\n\n{prose}\n"
    shown = explain(dump)
    assert "mute" not in shown
    assert newsparse.parse(dump).title == "Town hall reaches a budget deal"


def test_caption_ending_with_its_credit_is_a_caption_cue() -> None:
    from newsparse._fields.captions import credit_tail

    for line in (
        "The mayor at the council meeting last week.Credit...Jane Roe/The Daily Courier",
        "The new tram at the depot before its first run. (credit: Max Muster/dpa)",
        "Le maire devant le conseil municipal. Photo : Jeanne Dupont/AFP",
    ):
        assert credit_tail(line), line
        assert _cues([line], 0) == ["caption"]
    # A slash in a headline is no credit: no sentence or bracket before the names.
    for line in (
        "AC/DC announce a farewell tour of Europe",
        "Price war: Netflix vs Disney/Hulu",
        "Stream the final tonight (w/ video)",
    ):
        assert not credit_tail(line), line


def test_captions_credit_neither_wins_nor_mutes_the_headline() -> None:
    """A clean copy opening with the photo's caption, which tells the story as the
    headline does: the headline under it is the title, not muted by the caption's
    echo of the prose."""
    caption = (
        "Workers lay the first kilometre of the new bike lane on Market Street in early "
        "March. (credit: Jane Roe/City Press)"
    )
    headline = "City opens its first protected bike lane"
    prose = [
        "The city opened its first protected bike lane on Market Street on Monday, after "
        "workers finished the kilometre of the new lane in early March.",
        "The bike lane runs from the station to the market and is separated from the "
        "traffic by a low kerb, which the city says keeps cyclists safe.",
    ]
    text = "\n\n".join([caption, headline, "by John Doe", "Monday, March 10, 2025", *prose]) + "\n"
    article = newsparse.parse(text)
    assert article.title == headline
    assert "caption" in explain(text)


def test_echo_reads_pairs_of_characters_in_scripts_without_spaces() -> None:
    lead = lead_stems(["市政府周一宣布在市中心新建自行车道，预计夏天前完工。"], 0)
    assert "自行" in lead and "行车" in lead
    assert echo_share("市中心新建自行车道", lead) == 1.0
    assert echo_share("天气预报：明天有雨", lead) == 0.0


def test_chinese_headline_over_the_prose_echoes_it() -> None:
    """No byline, date or URL: the Chinese headline echoes the prose's lead (read in
    pairs of characters) and leads the menu's lines by far."""
    headline = "市政府宣布在市中心新建自行车道"
    prose = [
        "市政府周一宣布，将在市中心新建十公里自行车道，预计在今年夏天之前完工，"
        "以方便市民骑车出行。",
        "新的自行车道将连接火车站和北部的居民区，市政府还计划在沿线建设有人看管的自行车停车场。",
        "市中心的商户此前担心会失去停车位，但市政府承诺将在市场旁边新建一个停车场。",
    ]
    text = "\n\n".join(["首页", "新闻", "体育", "财经", "登录注册", headline, *prose]) + "\n"
    assert newsparse.parse(text).title == headline


def test_shared_terms_are_stems_of_longer_words_and_han_pairs() -> None:
    assert shared_terms("Kelp forests return", "Divers count more kelp than in 2019") == {"kelp"}
    # Words of three letters or fewer are not read (``Pro``, ``the``).
    assert shared_terms("Mac Pro news", "The MacBook Pro ships") == set()
    # A word's first letters: inflections meet.
    assert shared_terms("Healthy aging", "Your health and mind") == {"healt"}
    assert shared_terms("东京大学", "大学生") == {"大学"}


def test_echo_terms_read_without_a_han_search_match_the_word_by_word_reading() -> None:
    # The one search over all the words finds a run in any word: same terms, same order.
    lines = [
        "Pruning roses in the autumn garden",
        "東京で新しい駅が開業 Tokyo station opens",
        "ア・イ and ウ",  # kana parted by a middle dot: no run of two in any word
        "\U0002f800\U0002f801 compatibility ideographs",  # a run only once NFC-normalised
        "",
    ]
    for line in lines:
        words = words_of(line)
        assert _terms(words) == list(_echo_terms(words))
    assert _terms(words_of("東京で新しい駅")) == ["東京", "京で", "で新", "新し", "しい", "い駅"]
    assert _terms(words_of("The garden pruning guide")) == ["garde", "pruni", "guide"]


def test_networks_in_gives_the_same_answer_read_again() -> None:
    # (Cached: a share bar's line is read for every candidate near it.)
    first = networks_in("Share on WhatsApp and Telegram")
    assert first == {"whatsapp", "telegram"}
    assert networks_in("Share on WhatsApp and Telegram") == first
    assert networks_in("no network here") == frozenset()
