"""Declarative outlet rules: newsparse.rules."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsparse
from newsparse import RuleError, rules
from newsparse._explain import explain
from newsparse.cli import main
from newsparse.parsers._zh import is_chinese

DATA = Path(__file__).parents[1] / "data"
TEXT_DUMPS = sorted(DATA.glob("*/*.txt"))
NZ = "Pacific/Auckland"

GAZETTE = """
newsparse-rules = 1

[parser]
name = "gazette"
description = "The Gazette (gazette.example)."

[detect]
url = 'gazette\\.example'

[[detect.cues]]
pattern = '(?m)^THE GAZETTE$'
weight = 0.7

[[detect.cues]]
css = 'meta[name="publisher"][content="Gazette"]'
weight = 0.5

[text]
timezone = "UTC+2"
section = '^Section: (?P<section>.+)$'
byline = '^(?P<byline>By .+?)(?:, staff)?$'
editor_note = { pattern = '^NB: (?P<editor_note>.+)$', where = "anywhere" }

[text.date]
pattern = '^Posted (?P<date>\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2})$'
format = "%d/%m/%Y %H:%M"

[text.updated]
pattern = '^Changed (?P<updated>.+)$'

[[text.captions]]
name = "pic"
pattern = '^(?P<text>.+?)\\s+PIC: (?P<credit>.+)$'

[[text.furniture]]
name = "masthead"
pattern = '^THE GAZETTE$'

[[text.tail]]
name = "more"
pattern = '^MORE GAZETTE$'
"""

PARA = "The council met on Monday and agreed to rebuild the old harbour wall before winter. "
GAZETTE_DUMP = f"""THE GAZETTE
Section: Local
Harbour wall will be rebuilt before winter
By Mia Stone, staff
Posted 04/11/2025 18:15
{PARA * 2}
Workers on the wall last spring. PIC: Joe Bloggs
{PARA}
NB: This story was corrected on Tuesday.
MORE GAZETTE
Another story entirely that should never be read as body text at all, no.
"""


def gazette() -> rules.RulesParser:
    return rules.loads(GAZETTE, source="gazette.toml")


# --- the China Daily parser, as rules -------------------------------------------


def test_bundled_rules_are_listed() -> None:
    assert "chinadaily" in rules.bundled()
    with pytest.raises(RuleError, match="no bundled rules named 'nope'"):
        rules.load_bundled("nope")


def test_there_are_china_daily_dumps_to_compare() -> None:
    builtin = newsparse.get_parser("chinadaily")
    chosen = [p for p in TEXT_DUMPS if newsparse.choose_parser(newsparse.load(p))[0] is builtin]
    assert len(chosen) >= 1


# The rules file describes China Daily's English pages; its Chinese-language pages go
# to the built-in parser's Chinese reader (parsers/_zh.py), which no rules file has.
ENGLISH_DUMPS = [p for p in TEXT_DUMPS if not is_chinese(p.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("path", ENGLISH_DUMPS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_chinadaily_rules_match_the_builtin_parser(path: Path) -> None:
    as_rules = rules.load_bundled("chinadaily")
    builtin = newsparse.get_parser("chinadaily")
    for url in (None, "https://www.chinadaily.com.cn/a/202510/31/WS0.html"):
        doc = newsparse.load(path, url=url)
        assert as_rules.detect(doc) == builtin.detect(doc)
        assert as_rules.parse(doc) == builtin.parse(doc)


# --- text rules -----------------------------------------------------------------


def test_line_rules_set_fields() -> None:
    article = gazette().parse(newsparse.load(GAZETTE_DUMP))
    assert article.parser == "gazette"
    assert article.section == "Local"
    assert article.title == "Harbour wall will be rebuilt before winter"
    assert article.byline == "By Mia Stone"
    assert article.authors == ("Mia Stone",)
    assert article.date == dt.datetime(
        2025, 11, 4, 18, 15, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )
    assert article.editor_note == "This story was corrected on Tuesday."
    assert article.captions == (
        newsparse.Caption("Workers on the wall last spring.", "Joe Bloggs"),
    )
    assert [b.text for b in article.body] == [f"{PARA * 2}".strip(), PARA.strip()]
    assert article.updated is None


def test_rules_show_in_provenance() -> None:
    article = gazette().parse(newsparse.load(GAZETTE_DUMP))
    rules_used = {p.rule for p in article.provenance}
    assert {"gazette.section", "gazette.byline", "gazette.date", "gazette.editor_note",
            "gazette.caption.pic", "gazette.furniture.masthead", "gazette.tail.more"} <= rules_used  # fmt: skip
    assert article.provenance_of("date") == newsparse.Provenance("date", "gazette.date", (4,))


def test_date_without_format_uses_the_date_reader() -> None:
    dump = GAZETTE_DUMP.replace("NB:", "Changed 5 November 2025, 09:30\nNB:")
    dump = dump.replace(
        "Posted 04/11/2025 18:15\n", "Posted 04/11/2025 18:15\nChanged 5 November 2025, 09:30\n"
    )
    article = gazette().parse(newsparse.load(dump))
    assert article.updated == dt.datetime(
        2025, 11, 5, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=2))
    )


@pytest.mark.parametrize(
    ("fmt", "zone", "printed", "expected"),
    [
        ("%Y-%m-%d", None, "2025-11-04", dt.date(2025, 11, 4)),
        ("%Y-%m-%d %H:%M", None, "2025-11-04 18:15", dt.date(2025, 11, 4)),  # no zone: the day
        ("%Y-%m-%d %H:%M", "UTC", "2025-11-04 18:15", dt.datetime(2025, 11, 4, 18, 15, tzinfo=dt.timezone.utc)),
        ("%Y-%m-%dT%H:%M%z", "UTC+8", "2025-11-04T18:15-0500",
         dt.datetime(2025, 11, 4, 18, 15, tzinfo=dt.timezone(dt.timedelta(hours=-5)))),
        ("%d.%m.%Y", None, "31.02.2025", None),  # not a date: the field stays empty
    ],
)  # fmt: skip
def test_date_formats_and_zones(
    fmt: str, zone: str | None, printed: str, expected: dt.date | None
) -> None:
    tz_line = f'timezone = "{zone}"\n' if zone else ""
    parser = rules.loads(
        f"""[parser]\nname = "d"\n[text]\n{tz_line}[text.date]\npattern = '^On (?P<date>.+)$'\nformat = "{fmt}"\n"""
    )
    doc = newsparse.load(f"A headline for the date test\n\nOn {printed}\n\n{PARA * 2}")
    assert parser.parse(doc).date == expected


def test_iana_zone_follows_daylight_saving() -> None:
    parser = rules.loads(
        f"""[parser]\nname = "nz"\n[text]\ntimezone = "{NZ}"\n"""
        """date = { pattern = '^On (?P<date>.+)$', format = "%Y-%m-%d %H:%M" }\n"""
    )
    summer = parser.parse(
        newsparse.load(f"A title for the zones\n\nOn 2025-01-10 12:00\n\n{PARA * 2}")
    )
    winter = parser.parse(
        newsparse.load(f"A title for the zones\n\nOn 2025-07-10 12:00\n\n{PARA * 2}")
    )
    assert isinstance(summer.date, dt.datetime) and isinstance(winter.date, dt.datetime)
    assert summer.date.utcoffset() == dt.timedelta(hours=13)
    assert winter.date.utcoffset() == dt.timedelta(hours=12)


def test_multi_field_line_rule() -> None:
    parser = rules.loads(
        """
[parser]
name = "info"
[text]
timezone = "+08:00"
[[text.lines]]
name = "info-line"
pattern = '^(?P<byline>By .+?) \\| (?P<source>.+?) \\| (?P<date>\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})$'
format = "%Y-%m-%d %H:%M"
"""
    )
    doc = newsparse.load(
        f"A title for the info line\n\nBy Li Wei | Wire Daily | 2025-03-01 08:00\n\n{PARA * 2}"
    )
    article = parser.parse(doc)
    assert (article.byline, article.authors, article.source) == (
        "By Li Wei",
        ("Li Wei",),
        "Wire Daily",
    )
    assert article.date == dt.datetime(2025, 3, 1, 8, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    assert article.provenance_of("source") == newsparse.Provenance("source", "info.info-line", (2,))


def test_builtin_patterns_can_be_switched_off() -> None:
    text = (
        f"A title for the switches\n\n{PARA * 2}\n\nA harbour at dawn. /Xinhua\n\nShare\n\n{PARA}"
    )
    on = rules.loads('[parser]\nname = "on"\n').parse(newsparse.load(text))
    off = rules.loads(
        '[parser]\nname = "off"\n[text]\nbuiltin_captions = false\nbuiltin_furniture = false\n'
        "builtin_tail = false\n"
    ).parse(newsparse.load(text))
    assert on.captions == (newsparse.Caption("A harbour at dawn.", "Xinhua"),)
    assert off.captions == ()
    assert "Share" not in on.text


def test_header_none_uses_only_the_rules() -> None:
    text = f"A title nobody marked\n\nBy Jo Bloggs\n\n{PARA * 2}"
    generic = rules.loads('[parser]\nname = "g"\n').parse(newsparse.load(text))
    none = rules.loads('[parser]\nname = "n"\n[text]\nheader = "none"\n').parse(
        newsparse.load(text)
    )
    assert generic.title == "A title nobody marked" and generic.byline == "By Jo Bloggs"
    assert none.title is None and none.byline is None


def test_title_rule_drops_the_repeated_title() -> None:
    parser = rules.loads("[parser]\nname = \"t\"\n[text]\ntitle = '^Headline: (?P<title>.+)$'\n")
    text = f"Headline: Rain at last\n\nHeadline: Rain at last\n\n{PARA * 2}"
    article = parser.parse(newsparse.load(text))
    assert article.title == "Rain at last"
    assert article.body == (newsparse.Block("paragraph", (PARA * 2).strip()),)


# --- detection and registration ---------------------------------------------------


def test_detect_scores() -> None:
    parser = gazette()
    assert parser.detect(newsparse.load(GAZETTE_DUMP)) == pytest.approx(0.7)
    assert parser.detect(newsparse.load(PARA, url="https://gazette.example/a")) == pytest.approx(
        0.6
    )
    assert parser.detect(newsparse.load(GAZETTE_DUMP, url="https://gazette.example/a")) == 1.0
    assert parser.detect(newsparse.load(PARA)) == 0.0
    page = f'<html><head><meta name="publisher" content="Gazette"></head><body><p>{PARA}</p></body></html>'
    assert parser.detect(newsparse.load(page)) == pytest.approx(0.5)


def test_negative_weights_are_clipped() -> None:
    parser = rules.loads(
        "[parser]\nname = \"neg\"\n[[detect.cues]]\npattern = 'council'\nweight = -0.5\n"
    )
    assert parser.detect(newsparse.load(PARA)) == 0.0


def test_registered_rules_are_detected() -> None:
    assert isinstance(gazette(), newsparse.Parser)
    newsparse.register(gazette())
    try:
        assert "gazette" in newsparse.parsers()
        assert newsparse.parse(GAZETTE_DUMP).parser == "gazette"
        assert newsparse.parse(PARA * 3).parser == "generic"
    finally:
        newsparse.unregister("gazette")
    assert newsparse.parse(GAZETTE_DUMP).parser == "generic"


@given(st.text(max_size=400))
def test_rules_parser_never_crashes(text: str) -> None:
    parser = gazette()
    doc = newsparse.load(text + "\n" + GAZETTE_DUMP[: len(text) % 300])
    assert parser.parse(doc).parser == "gazette"
    assert 0.0 <= parser.detect(doc) <= 1.0


# --- HTML selectors ---------------------------------------------------------------

PAGE_RULES = """
[parser]
name = "page"
[html]
timezone = "UTC"
title = "h1.headline"
subtitle = { xpath = "//p[@class='deck']" }
section = { xpath = "//meta[@name='section']/@content" }
byline = ".byline"
date = { css = "time.pub", attribute = "datetime", format = "%Y-%m-%dT%H:%M" }
body = "div.body > p, div.body > h2, div.body > .box"
headings = ".box"
captions = "div.body figcaption"
drop = [".ad", { xpath = "//aside" }]
"""

PAGE = f"""<!DOCTYPE html>
<html><head><title>t</title><meta name="section" content="Science"></head>
<body><nav><a href="/">Home</a></nav>
<h1 class="headline">Rain returns to the <em>dry</em> valley</h1>
<p class="deck">Farmers cheer as the drought breaks</p>
<p class="byline">By Ana Lima</p>
<time class="pub" datetime="2025-03-02T07:45">2 March</time>
<div class="body">
<p>{PARA}<span class="ad">BUY NOW</span></p>
<figure><figcaption>Clouds over the valley. Photo: Ana Lima</figcaption></figure>
<h2>What comes next</h2>
<div class="box">A boxed heading</div>
<aside><p>Related: something else entirely</p></aside>
<p>Second <b>para</b>graph of the story, with <a href="#">a link</a> in it.</p>
<script>var x = 1;</script>
</div></body></html>"""


def test_html_selectors() -> None:
    article = rules.loads(PAGE_RULES).parse(newsparse.load(PAGE, url="https://x.example/a"))
    assert article.title == "Rain returns to the dry valley"
    assert article.subtitle == "Farmers cheer as the drought breaks"
    assert article.section == "Science"
    assert (article.byline, article.authors) == ("By Ana Lima", ("Ana Lima",))
    assert article.date == dt.datetime(2025, 3, 2, 7, 45, tzinfo=dt.timezone.utc)
    assert [(b.kind, b.text) for b in article.body] == [
        ("paragraph", PARA.strip()),
        ("heading", "What comes next"),
        ("heading", "A boxed heading"),
        ("paragraph", "Second paragraph of the story, with a link in it."),
    ]
    assert article.captions == (newsparse.Caption("Clouds over the valley.", "Ana Lima"),)
    assert article.parser == "page" and article.url == "https://x.example/a"
    assert article.language == "en"


def test_html_provenance_points_at_lines_for_explain() -> None:
    parser = rules.loads(PAGE_RULES)
    newsparse.register(parser)
    try:
        out = explain(PAGE, parser="page")
    finally:
        newsparse.unregister("page")
    assert "page.html.title" in out and "page.html.body" in out and "page.html.heading" in out
    assert "page.html.not-selected" in out and "unlabelled" not in out


def test_html_without_body_matches_falls_back_to_text_rules() -> None:
    page = PAGE.replace('class="body"', 'class="other"')
    article = rules.loads(PAGE_RULES).parse(newsparse.load(page))
    assert article.body
    assert any("[html] body selector matched nothing" in w for w in article.warnings)


def test_html_without_html_rules_uses_text_rules() -> None:
    article = gazette().parse(newsparse.load(PAGE))
    assert article.parser == "gazette" and article.body


# --- invalid rules files ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[parser\nname = 1", "bad.toml: invalid TOML: "),
        ("", "bad.toml: parser: missing table"),
        ("parser = 3", "bad.toml: parser: must be a table, not an integer"),
        ("[parser]\n", "bad.toml: parser.name: missing"),
        ('[parser]\nname = "Bad Name"', "bad.toml: parser.name: 'Bad Name' is not a valid name"),
        ('[parser]\nname = "x"\nnmae = 1', "bad.toml: parser.nmae: unknown key"),
        ('newsparse-rules = 2\n[parser]\nname = "x"', "bad.toml: newsparse-rules: unsupported version 2"),
        ('[parser]\nname = "x"\n[txt]', "bad.toml: txt: unknown key"),
        ('[parser]\nname = "x"\n[text]\ntitle = "(unclosed"',
         "bad.toml: text.title.pattern: invalid regular expression: missing ), unterminated subpattern"),
        ('[parser]\nname = "x"\n[text]\ntimezone = "Mars/Olympus"', "bad.toml: text.timezone: unknown time zone 'Mars/Olympus'"),
        ('[parser]\nname = "x"\n[text]\nheader = "fancy"', "bad.toml: text.header: unknown strategy 'fancy'"),
        ('[parser]\nname = "x"\n[text.date]\npattern = "x"\nformat = "YYYY"', "bad.toml: text.date.format: must be a strptime format"),
        ('[parser]\nname = "x"\n[text.title]\npattern = "x"\nformat = "%Y"', "bad.toml: text.title.format: only date and updated take a format"),
        ('[parser]\nname = "x"\n[text.title]\nformat = "%Y"', "bad.toml: text.title.pattern: missing"),
        ('[parser]\nname = "x"\n[text.title]\npattern = "x"\nwhere = "footer"', "bad.toml: text.title.where: must be 'header' or 'anywhere'"),
        ('[parser]\nname = "x"\n[[text.lines]]\npattern = "(?P<author>x)"', "bad.toml: text.lines[0].pattern: unknown group (?P<author>...)"),
        ('[parser]\nname = "x"\n[[text.lines]]\npattern = "x"', "bad.toml: text.lines[0].pattern: needs at least one named group"),
        ('[parser]\nname = "x"\n[[text.captions]]\npattern = "(?P<text>.+)"', "bad.toml: text.captions[0].pattern: the pattern needs a named group (?P<credit>...)"),
        ('[parser]\nname = "x"\n[text]\nfurniture = "x"', "bad.toml: text.furniture: must be an array, not a string"),
        ('[parser]\nname = "x"\n[text]\nbuiltin_tail = "no"', "bad.toml: text.builtin_tail: must be true or false, not a string"),
        ('[parser]\nname = "x"\n[[detect.cues]]\npattern = "x"\nweight = 2', "bad.toml: detect.cues[0].weight: must be between -1 and 1, not 2"),
        ('[parser]\nname = "x"\n[[detect.cues]]\nweight = 0.2', "bad.toml: detect.cues[0]: needs exactly one of pattern, css or xpath"),
        ('[parser]\nname = "x"\n[[detect.cues]]\ncss = "p[["', "bad.toml: detect.cues[0].css: invalid CSS selector 'p[['"),
        ('[parser]\nname = "x"\n[html]\nbody = { xpath = "//p[" }', "bad.toml: html.body.xpath: invalid XPath '//p['"),
        ('[parser]\nname = "x"\n[html]\ntitle = "h1"', "bad.toml: html.body: missing"),
        ('[parser]\nname = "x"\n[html]\nbody = "p"\ntitle = { css = "h1", xpath = "//h1" }', "bad.toml: html.title: needs exactly one of css or xpath"),
        ('[parser]\nname = "x"\n[html]\nbody = "p"\ntitle = { css = "h1", format = "%Y" }', "bad.toml: html.title.format: unknown key"),
    ],
)  # fmt: skip
def test_invalid_rules_name_file_key_and_problem(text: str, message: str) -> None:
    with pytest.raises(RuleError) as info:
        rules.loads(text, source="bad.toml")
    assert str(info.value).startswith(message), str(info.value)


def test_load_from_path_and_resource(tmp_path: Path) -> None:
    path = tmp_path / "gazette.toml"
    path.write_text(GAZETTE, encoding="utf-8")
    assert rules.load(path).name == "gazette"
    assert rules.load(str(path)).source == str(path)
    resource = resources.files("newsparse") / "rulesets" / "chinadaily.toml"
    assert rules.load(resource).name == "chinadaily"


def test_unreadable_or_undecodable_files(tmp_path: Path) -> None:
    with pytest.raises(RuleError, match=r"missing\.toml: cannot read rules file"):
        rules.load(tmp_path / "missing.toml")
    bad = tmp_path / "latin1.toml"
    bad.write_bytes(b'[parser]\nname = "caf\xe9"\n')
    with pytest.raises(RuleError, match=r"latin1\.toml: rules files must be UTF-8"):
        rules.load(bad)
    broken = tmp_path / "broken.toml"
    broken.write_text("[parser\n", encoding="utf-8")
    with pytest.raises(RuleError, match=r"broken\.toml: invalid TOML"):
        rules.load(broken)


# --- the command line --------------------------------------------------------------


def test_cli_rules_option(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "gazette.toml"
    path.write_text(GAZETTE, encoding="utf-8")
    dump = tmp_path / "dump.txt"
    dump.write_text(GAZETTE_DUMP, encoding="utf-8")
    assert main(["parse", str(dump), "--rules", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["parser"] == "gazette"
    assert main(["explain", str(dump), "--rules", str(path)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("# parser: gazette") and "gazette.date" in out
    assert main(["parsers", "--rules", str(path)]) == 0
    assert "gazette        The Gazette (gazette.example)." in capsys.readouterr().out
    # Registered for the command only.
    assert "gazette" not in newsparse.parsers()


def test_cli_invalid_rules_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.toml"
    path.write_text('[parser]\nname = "x"\n[text]\ntimezone = 8\n', encoding="utf-8")
    assert (
        main(["parse", str(DATA / "seeds" / "000_30fd85d0f1613148.txt"), "--rules", str(path)]) == 2
    )
    err = capsys.readouterr().err
    assert "bad.toml: text.timezone: must be a string, not an integer" in err


def test_rules_parser_pickles() -> None:
    import pickle

    parser = rules.loads(PAGE_RULES, source="page.toml")
    again = pickle.loads(pickle.dumps(parser))
    assert again.name == "page" and again.source == "page.toml"
    doc = newsparse.load(PAGE)
    assert again.parse(doc) == parser.parse(doc)


def test_date_rule_that_does_not_read_labels_nothing() -> None:
    parser = rules.loads(
        '[parser]\nname = "d"\n[text.date]\npattern = \'^On (?P<date>.+)$\'\nformat = "%Y-%m-%d"\n'
    )
    text = f"A headline for the date test\n\nOn Monday\n\nOn 2025-01-02\n\n{PARA * 2}"
    article = parser.parse(newsparse.load(text))
    assert article.date == dt.date(2025, 1, 2)
    assert article.provenance_of("date") == newsparse.Provenance("date", "d.date", (4,))


# --- the pattern guard ----------------------------------------------------------------


def _with_title(pattern: str) -> str:
    return f'[parser]\nname = "x"\n[text]\ntitle = {json.dumps(pattern)}\n'


@pytest.mark.parametrize(
    ("pattern", "reason"),
    [
        (r"(a+)+x", "a quantifier inside a repeated group"),
        (r"(a*)*x", "a quantifier inside a repeated group"),
        (r"^(?P<title>(\w+\s?)*)$", "a quantifier inside a repeated group"),
        (r"(?:.+?,)*x", "a quantifier inside a repeated group"),
        (r"(?:\w+(?:-\w+)*\s?)+$", "a quantifier inside a repeated group"),
        (r"(a+){5}x", "a quantifier inside a repeated group"),
        (r"(?=(a+)+x)", "a quantifier inside a repeated group"),
        (r"(?i)(?:[a-z]+[A-Z]?)+$", "a quantifier inside a repeated group"),
        (r"(a|a)*x", "a repeated alternation has branches that can match the same text"),
        (r"(a|aa)*x", "a repeated alternation has branches that can match the same text"),
        (r"(?:x|x\w)*y", "a repeated alternation has branches that can match the same text"),
        (r"\w+\w+x", "two unbounded quantifiers over overlapping characters"),
        (r"\d+\s*\d+$", "two unbounded quantifiers over overlapping characters"),
        (r"By (?P<title>.*?)\s*\|", "two unbounded quantifiers over overlapping characters"),
        ("x" * 1001, "the pattern is 1001 characters long; the limit is 1000"),
    ],
)
def test_catastrophic_patterns_are_refused(pattern: str, reason: str) -> None:
    with pytest.raises(RuleError) as info:
        rules.loads(_with_title(pattern), source="slow.toml")
    message = str(info.value)
    assert message.startswith("slow.toml: text.title.pattern: "), message
    assert reason in message, message


@pytest.mark.parametrize(
    "where",
    [
        '[detect]\nurl = "(a+)+$"',
        '[[detect.cues]]\npattern = "(a+)+$"',
        '[text]\nfurniture = ["(a+)+$"]',
        '[[text.captions]]\npattern = "(?P<text>(a+)+)(?P<credit>x)"',
        '[[text.lines]]\npattern = "(?P<title>(a+)+)$"',
    ],
)
def test_every_pattern_key_is_guarded(where: str) -> None:
    with pytest.raises(RuleError, match="refused regular expression: a quantifier"):
        rules.loads(f'[parser]\nname = "x"\n{where}\n', source="slow.toml")


@pytest.mark.parametrize(
    "pattern",
    [
        r"(\w|\d)+x",  # re merges one-character branches into one class: nothing to try
        r"(\w+\s)*x",
        r"^\d{5,}(?:\s+\d{5,})*$",
        r"(?m)^[A-Z][\w &'-]{1,30} > (?:[\w &'-]{1,30} >)*\s*$",
        r"^(?P<title>.*?)\s*\[",  # anchored: the overlap costs a line at most once
        r"^(?P<title>(?:[A-Z][a-z]+ ?)+)$",
        r"(?:\d{1,2}/)+\d{4}",
        pytest.param(
            r"a*+(?>\w+)\w+x",
            marks=pytest.mark.skipif(sys.version_info < (3, 11), reason="possessive: 3.11+"),
        ),
        r"\w+\w+",
        r"^(?P<byline>By .+?) \| (?P<source>.+?) \| (?P<date>\d{4}-\d{2}-\d{2})$",
    ],
)
def test_safe_patterns_are_accepted(pattern: str) -> None:
    assert rules.loads(_with_title(pattern)).name == "x"


def test_accepted_near_misses_stay_fast() -> None:
    # Inputs that would take hours on the refused shapes take milliseconds here.
    start = time.monotonic()
    for pattern, line in (
        (r"(\w+\s)*x", "a " * 5000),
        (r"(?m)^[A-Z][\w &'-]{1,30} > (?:[\w &'-]{1,30} >)*\s*$", "A > " + "b >" * 5000 + "!"),
        (r"^(?P<title>(?:[A-Z][a-z]+ ?)+)$", "Ab" * 5000 + "!"),
    ):
        rules.loads(_with_title(pattern))
        assert re.search(pattern, line) is None
    assert time.monotonic() - start < 10


def test_bundled_rules_pass_the_guard() -> None:
    for name in rules.bundled():
        assert rules.load_bundled(name).name == name


def test_rules_nested_too_deeply_or_named_with_nul() -> None:
    with pytest.raises(
        RuleError, match=r"deep\.toml: invalid TOML: arrays or tables nested too deeply"
    ):
        rules.loads("a = " + "[" * 100_000 + "]" * 100_000, source="deep.toml")
    with pytest.raises(RuleError, match="cannot read rules file: embedded null byte"):
        rules.load("a\x00b.toml")


def test_rules_files_over_the_limit_are_refused(tmp_path: Path) -> None:
    big = tmp_path / "big.toml"
    big.write_text(GAZETTE + "#" * rules.MAX_RULES_BYTES + "\n", encoding="utf-8")
    with pytest.raises(
        RuleError, match=r"big\.toml: rules file is over the limit of 1000000 bytes"
    ):
        rules.load(big)
    if Path("/dev/zero").exists():
        with pytest.raises(RuleError, match="over the limit"):
            rules.load("/dev/zero")
