"""China Daily's and CGTN's Chinese-language pages: labels, dates, captions, encodings."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse.parsers._zh import read_meta, split_zh_caption, zh_date, zh_names

BEIJING = dt.timezone(dt.timedelta(hours=8))

BODY = (
    "入冬以来，黄河三角洲国家级自然保护区迎来大批越冬候鸟，监测人员记录到的鸟类数量明显增加。\n"
    "保护区工作人员介绍，今年新修复的湿地面积超过三千公顷，为候鸟提供了更充足的食物。\n"
)


def _dump(*header: str, body: str = BODY) -> str:
    return "\n".join(("首页 > 资讯 > 国内", "黄河流域湿地候鸟数量创新高", *header)) + "\n" + body


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2023-11-17 14:05", dt.datetime(2023, 11, 17, 14, 5, tzinfo=BEIJING)),
        ("2023年11月17日 14:05", dt.datetime(2023, 11, 17, 14, 5, tzinfo=BEIJING)),
        ("2023年11月17日 14:05:09", dt.datetime(2023, 11, 17, 14, 5, 9, tzinfo=BEIJING)),
        ("2023年11月17日 星期五 14:05", dt.datetime(2023, 11, 17, 14, 5, tzinfo=BEIJING)),
        ("2023年11月17日", dt.date(2023, 11, 17)),
        ("2023-02-30 10:00", None),
    ],
)
def test_zh_date_forms_in_beijing_time(text: str, value: object) -> None:
    found = zh_date(text)
    assert (found[0] if found else None) == value


def test_names_are_cjk_of_two_to_four_characters() -> None:
    assert zh_names("周宁 陈思远、欧阳明月") == ("周宁", "陈思远", "欧阳明月")
    assert zh_names("某某某某某") == ()


def test_meta_line_parts() -> None:
    meta = read_meta("来源：中国日报网 2023-11-17 14:05")
    assert meta is not None
    assert (meta.source, meta.authors, meta.editor) == ("中国日报网", (), None)
    assert meta.date == dt.datetime(2023, 11, 17, 14, 5, tzinfo=BEIJING)
    meta = read_meta("作者：李明远  责任编辑：王晓")
    assert meta is not None
    assert (meta.authors, meta.byline, meta.editor) == (("李明远",), "作者：李明远", "王晓")
    meta = read_meta("【责任编辑：王晓】")
    assert meta is not None and (meta.authors, meta.editor) == ((), "王晓")
    # Running text that mentions a reporter is no header line.
    assert read_meta("据本报记者了解，保护区今年新修复了湿地。") is None


@pytest.mark.parametrize(
    ("text", "caption", "credit"),
    [
        ("一群白鹤在保护区内觅食。（图片来源：视觉中国）", "一群白鹤在保护区内觅食。", "视觉中国"),
        (
            "与会嘉宾在论坛现场交流。（新华社记者 刘洋 摄）",
            "与会嘉宾在论坛现场交流。",
            "新华社记者 刘洋",
        ),
        (
            "与会嘉宾在论坛现场交流。新华社记者 刘洋 摄",
            "与会嘉宾在论坛现场交流。",
            "新华社记者 刘洋",
        ),
        ("图片来源：视觉中国", None, "视觉中国"),
    ],
)
def test_caption_credit_forms(text: str, caption: str | None, credit: str) -> None:
    found = split_zh_caption(text)
    assert found is not None and (found.text, found.credit) == (caption, credit)


def test_paragraph_is_no_caption() -> None:
    assert split_zh_caption("保护区工作人员介绍，今年新修复的湿地面积超过三千公顷。") is None


def test_china_daily_text_dump_source_author_editor_date() -> None:
    article = newsparse.parse(
        _dump("来源：中国日报网 2023-11-17 14:05", "作者：李明远  责任编辑：王晓")
        + "【责任编辑：王晓】\n"
    )
    assert article.parser == "chinadaily"
    assert article.title == "黄河流域湿地候鸟数量创新高"
    assert article.source == "中国日报网"
    assert article.authors == ("李明远",)
    assert article.date == dt.datetime(2023, 11, 17, 14, 5, tzinfo=BEIJING)
    assert article.section == "资讯"
    assert [b.text for b in article.body] == BODY.split()
    records = {p.field: p.rule for p in article.provenance}
    assert records["furniture"] == "furniture.zh-editor"


def test_editor_alone_is_never_an_author() -> None:
    article = newsparse.parse(
        _dump("来源：中国日报网 2023年11月17日 星期五 14:05:09", "编辑：王晓")
    )
    assert article.authors == ()
    assert article.byline is None
    assert article.date == dt.datetime(2023, 11, 17, 14, 5, 9, tzinfo=BEIJING)


def test_reporters_and_wen_forms() -> None:
    article = newsparse.parse(_dump("来源：中国日报网 2023-11-17", "记者 周宁 陈思远"))
    assert article.authors == ("周宁", "陈思远")
    assert article.date == dt.date(2023, 11, 17)
    article = newsparse.parse(_dump("来源：中国日报网 2023-11-17", "文／周宁"))
    assert (article.byline, article.authors) == ("文／周宁", ("周宁",))


def test_cgtn_named_in_the_source_line() -> None:
    article = newsparse.parse(_dump("来源：CGTN 2023-11-17 14:05"))
    assert article.parser == "cgtn"
    assert article.source == "CGTN"
    assert article.date == dt.datetime(2023, 11, 17, 14, 5, tzinfo=BEIJING)


def test_short_lines_heading_between_paragraphs_furniture_after() -> None:
    body = BODY + "生态修复见成效\n据了解，保护区近年来持续开展退耕还湿工程。\n分享到：\n扫码关注\n"
    article = newsparse.parse(_dump("来源：中国日报网 2023-11-17 14:05", body=body))
    assert [(b.kind, b.text) for b in article.body][2:] == [
        ("heading", "生态修复见成效"),
        ("paragraph", "据了解，保护区近年来持续开展退耕还湿工程。"),
    ]


def test_caption_line_is_not_body() -> None:
    body = BODY + "11月15日，一群白鹤在保护区内觅食。（图片来源：视觉中国）\n"
    article = newsparse.parse(_dump("来源：中国日报网 2023-11-17 14:05", body=body))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("11月15日，一群白鹤在保护区内觅食。", "视觉中国")
    ]
    assert all("白鹤" not in b.text for b in article.body)


def test_english_china_daily_dump_unchanged_route() -> None:
    text = (
        "China > Society >\nWetland birds return in record numbers\n"
        "By LI MING | chinadaily.com.cn | Updated: 2023-11-17 14:05\n"
        "Record numbers of migrating birds have arrived at the Yellow River delta this winter, "
        "wardens said on Friday, after years of wetland restoration.\n"
    )
    article = newsparse.parse(text)
    assert article.parser == "chinadaily"
    assert article.authors == ("Li Ming",)


PAGE = """<!DOCTYPE html><html><head>{charset}<title>多国代表齐聚上海共商全球供应链合作_CGTN</title>
<link rel="canonical" href="https://news.cgtn.com/news/2023-11-17/zh/index.html"></head><body>
<h1 class="news-title">多国代表齐聚上海共商全球供应链合作</h1>
<div class="news-author">记者 周宁 陈思远</div><div class="news-date">2023年11月17日 14:05</div>
<div id="cmsMainContent">
<p>第三届全球供应链合作论坛17日在上海开幕，来自四十多个国家和地区的代表参加了会议。</p>
<p>与会代表认为，保持产业链供应链稳定畅通对各国都至关重要，多家企业表示将扩大投资。</p>
<p>责任编辑：王海燕</p></div></body></html>"""


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
@pytest.mark.parametrize("declared", [True, False])
def test_gbk_pages_decode_with_and_without_charset(encoding: str, declared: bool) -> None:
    charset = f'<meta charset="{encoding}">' if declared else ""
    raw = PAGE.format(charset=charset).encode(encoding)
    article = newsparse.parse(raw)
    assert article.parser == "cgtn"
    assert article.title == "多国代表齐聚上海共商全球供应链合作"
    assert article.authors == ("周宁", "陈思远")
    assert article.date == dt.datetime(2023, 11, 17, 14, 5, tzinfo=BEIJING)
    assert [b.text[:6] for b in article.body] == ["第三届全球供", "与会代表认为"]


def test_html_editor_line_is_neither_body_nor_author() -> None:
    page = PAGE.format(charset='<meta charset="utf-8"><meta name="author" content="王海燕">')
    page = page.replace('<div class="news-author">记者 周宁 陈思远</div>', "")
    article = newsparse.parse(page)
    assert article.authors == ()
    assert "王海燕" not in " ".join(b.text for b in article.body)


def test_huge_chinese_line_parses_quickly() -> None:
    import time

    line = "保护区工作人员介绍（图片来源" * 20000 + "。"
    start = time.monotonic()
    article = newsparse.parse(_dump("来源：中国日报网 2023-11-17 14:05", body=line + "\n"))
    assert time.monotonic() - start < 10
    assert article.body[0].text == line


def test_trailing_reporter_line_sets_authors_when_header_has_none() -> None:
    article = newsparse.parse(_dump("来源：中国日报网 2023-11-17 14:05") + "（记者 周宁）\n")
    assert article.authors == ("周宁",)
    assert [b.text for b in article.body] == BODY.split()


BIG5_PAGE = """<!DOCTYPE html><html><head><meta charset="big5">
<title>多國代表齊聚上海共商全球供應鏈合作</title></head><body>
<h1 class="news-title">多國代表齊聚上海共商全球供應鏈合作</h1>
<div class="news-author">記者 周寧 陳思遠</div>
<div class="news-date">2023年11月17日 14:05　來源：中國國際電視台</div>
<div id="cmsMainContent">
<p>第三屆全球供應鏈合作論壇17日在上海開幕，來自四十多個國家和地區的代表參加了會議。</p>
<p>與會嘉賓在論壇現場交流。（新華社記者 劉洋 攝）</p>
<p>與會代表認為，保持產業鏈供應鏈穩定暢通對各國都至關重要，多家企業表示將擴大投資。</p>
<p>責任編輯：王海燕</p></div></body></html>"""


def test_traditional_big5_page_of_cgtn() -> None:
    article = newsparse.parse(BIG5_PAGE.encode("big5"), url="https://big5.cgtn.com/news/1.html")
    assert article.parser == "cgtn"
    assert article.authors == ("周寧", "陳思遠")
    assert article.source == "中國國際電視台"
    assert article.date == dt.datetime(2023, 11, 17, 14, 5, tzinfo=BEIJING)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("與會嘉賓在論壇現場交流。", "新華社記者 劉洋")
    ]
    assert [b.text[:4] for b in article.body] == ["第三屆全", "與會代表"]


def test_unlabelled_source_and_date_line() -> None:
    meta = read_meta("中国日报网 2023-11-17 14:05")
    assert meta is not None
    assert (meta.source, meta.date) == (
        "中国日报网",
        dt.datetime(2023, 11, 17, 14, 5, tzinfo=BEIJING),
    )
    assert read_meta("我们 2023年11月17日去了公园，看到许多候鸟在湖边觅食") is None


def test_correspondent_is_a_label_not_a_name() -> None:
    meta = read_meta("记者 张三 通讯员 李四")
    assert meta is not None and meta.authors == ("张三", "李四")
    meta = read_meta("2023-11-17 14:05:09 | 来源：新华网 | 作者：张三")
    assert meta is not None and (meta.source, meta.authors) == ("新华网", ("张三",))


def test_site_suffix_leaves_the_page_title_but_not_a_hyphen_inside() -> None:
    from newsparse.parsers._zh import _clean_title

    assert (
        _clean_title("黄河流域湿地候鸟数量创新高 - 资讯 - 中国日报网")
        == "黄河流域湿地候鸟数量创新高"
    )
    assert _clean_title("中欧班列开行-运量双增长_CGTN") == "中欧班列开行-运量双增长"
    assert _clean_title("中欧班列开行运量双增长") == "中欧班列开行运量双增长"


def test_japanese_is_not_chinese() -> None:
    from newsparse.parsers._zh import is_chinese

    assert is_chinese(BODY)
    assert not is_chinese("東京都は十七日、新しい防災計画を発表しました。" * 3)
    assert not is_chinese("Record numbers of migrating birds have arrived this winter. " * 5)
