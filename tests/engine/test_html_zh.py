"""Chinese news pages of outlets without a parser: info lines, zones, mastheads, credits."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse
from newsparse._engine.content import split_caption
from newsparse._fields.zhlabels import lead_credit, read_info

BEIJING = dt.timezone(dt.timedelta(hours=8))

PARAGRAPHS = (
    "<p>　　11月16日，临河区召开秋冬季森林防火工作推进会，安排部署当前和今后一个时期的森林防火工作。"
    "区委常委、副区长王建国出席会议并讲话。</p>"
    "<p>　　会议指出，今年入秋以来，全区降水偏少，气温偏高，林区可燃物积累较多，森林火险等级持续偏高，"
    "防火形势十分严峻。各有关部门要切实增强责任感和使命感。</p>"
    "<p>　　会议要求，要压紧压实责任，严格落实森林防火行政首长负责制，层层签订责任书，确保责任落实到人。"
    "要加强野外火源管控，严防火种进山。</p>"
)


def _page(
    info: str,
    *,
    head: str = "",
    top: str = "",
    body: str = PARAGRAPHS,
    after: str = "",
    footer: str = "版权所有：河畔新闻网",
) -> str:
    return (
        f'<html><head><meta charset="utf-8"><title>临河区召开森林防火工作推进会</title>{head}'
        f'</head><body><div class="top">{top}<a href="/">首页</a> <a href="/bd/">本地新闻</a></div>'
        f'<div class="main"><h1>临河区召开森林防火工作推进会</h1><div class="info">{info}</div>'
        f'<div id="zoom">{body}</div>{after}</div><div class="footer">{footer}</div></body></html>'
    )


def test_info_line_gives_date_source_and_author_never_the_editor() -> None:
    article = newsparse.parse(
        _page(
            "发布时间：2023-11-17 14:05　来源：河畔日报　作者：张晓明　责任编辑：王丽　【字号：大 中 小】"
        )
    )
    assert article.authors == ("张晓明",)
    assert article.byline == "作者：张晓明"
    assert article.source == "河畔日报"
    # No sign that the page is in China's zone: the day only.
    assert article.date == dt.date(2023, 11, 17)


def test_an_editor_alone_is_no_author() -> None:
    article = newsparse.parse(_page("2023年11月17日 14:05　来源：河畔日报　编辑：王丽"))
    assert article.authors == ()
    assert article.source == "河畔日报"


@pytest.mark.parametrize(
    ("head", "footer"),
    [
        ('<link rel="canonical" href="http://www.hepan.gov.cn/bd/202311/t20231117_1.html">', ""),
        ('<meta name="SiteDomain" content="www.hepan.gov.cn">', ""),
        ("", '版权所有：河畔新闻网 <a href="https://beian.miit.gov.cn/">冀ICP备12345678号</a>'),
        ("", "冀公网安备 13010002000001号"),
    ],
)
def test_beijing_time_when_the_page_is_known_to_be_in_china(head: str, footer: str) -> None:
    article = newsparse.parse(
        _page("发布时间：2023-11-17 14:05　来源：河畔日报", head=head, footer=footer)
    )
    assert article.date == dt.datetime(2023, 11, 17, 14, 5, tzinfo=BEIJING)


def test_printed_beijing_time_gives_the_zone_anywhere() -> None:
    article = newsparse.parse(_page("北京时间 2023年11月17日 14:05　来源：河畔日报"))
    assert article.date == dt.datetime(2023, 11, 17, 14, 5, tzinfo=BEIJING)


def test_a_com_page_without_zone_cues_keeps_the_day() -> None:
    head = '<link rel="canonical" href="https://www.hepannews.com/bd/1117.html">'
    article = newsparse.parse(_page("2023年11月17日09:32　来源：河畔日报", head=head))
    assert article.date == dt.date(2023, 11, 17)


def test_the_masthead_today_above_the_headline_never_wins() -> None:
    top = '<span class="date">今天是2023年11月20日 星期一 农历十月初八</span>'
    article = newsparse.parse(_page("2023年11月17日09:32　来源：河畔日报", top=top))
    assert article.date == dt.date(2023, 11, 17)


def test_reporters_credited_at_the_head_of_the_story() -> None:
    body = PARAGRAPHS.replace("<p>　　11月16日", "<p>（记者 陈晨 通讯员 刘洋）11月16日", 1)
    article = newsparse.parse(_page("2023-11-17　来源：河畔日报", body=body))
    assert article.authors == ("陈晨", "刘洋")
    assert article.byline == "记者 陈晨 通讯员 刘洋"
    assert article.source == "河畔日报"


def test_an_organisation_in_the_author_meta_is_no_author() -> None:
    head = '<meta name="author" content="市交通运输局">'
    article = newsparse.parse(
        _page("信息来源：市交通运输局发布日期：2023-11-17浏览次数：0", head=head)
    )
    assert article.authors == ()
    assert article.source == "市交通运输局"
    assert article.date == dt.date(2023, 11, 17)


def test_credited_caption_lines_in_the_text_are_captions_not_body() -> None:
    body = (
        PARAGRAPHS
        + '<p style="text-align:center"><img src="/up/fh01.jpg"></p>'
        + '<p style="text-align:center">会议现场（记者 李文 摄）</p>'
        + PARAGRAPHS.replace("11月16日", "11月17日")
    )
    article = newsparse.parse(_page("2023-11-17　来源：河畔日报", body=body))
    assert [(c.text, c.credit, c.image) for c in article.captions] == [
        ("会议现场", "记者 李文", "/up/fh01.jpg")
    ]
    assert all("摄" not in b.text for b in article.body)


@pytest.mark.parametrize(
    ("line", "date", "source", "authors", "editor"),
    [
        (
            "2023-11-17 14:05 来源：河畔日报 作者：张晓明 责任编辑：王丽",
            dt.date(2023, 11, 17),
            "河畔日报",
            ("张晓明",),
            "王丽",
        ),
        (
            "信息来源：市交通运输局发布日期：2023-11-17浏览次数：0【打印本页】【关闭窗口】",
            dt.date(2023, 11, 17),
            "市交通运输局",
            (),
            None,
        ),
        ("【字号：大 中 小】 來源：河畔日報 記者 張曉明", None, "河畔日報", ("張曉明",), None),
        (
            "发布时间：2023-11-17 14:05（北京时间） 来源：河畔日报",
            dt.datetime(2023, 11, 17, 14, 5, tzinfo=BEIJING),
            "河畔日报",
            (),
            None,
        ),
    ],
)
def test_read_info_forms(
    line: str,
    date: object,
    source: str | None,
    authors: tuple[str, ...],
    editor: str | None,
) -> None:
    info = read_info(line, None)
    assert info is not None
    assert (info.date, info.source, info.authors, info.editor) == (date, source, authors, editor)


def test_read_info_leaves_running_text() -> None:
    assert read_info("据本报记者了解，保护区今年新修复了湿地。", None) is None
    assert lead_credit("记者从会上获悉，主要指标保持稳定增长。") is None


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        ("(Credit: Joseph Maldonado)", None, "Joseph Maldonado"),
        ("Image Credit: Avis", None, "Avis"),
        ("留学生在活动中猜灯谜。（图片来源：主办方）", "留学生在活动中猜灯谜。", "主办方"),
        ("环卫工人在早餐车前领取早餐。陈晨 摄", "环卫工人在早餐车前领取早餐。", "陈晨"),
    ],
)
def test_caption_lines_split_their_credit(line: str, text: str | None, credit: str) -> None:
    caption = split_caption(line)
    assert caption is not None and (caption.text, caption.credit) == (text, credit)


def test_a_marked_credit_loses_its_label_words() -> None:
    caption = split_caption("A wood tray. Source: The Home Index", "Source: The Home Index")
    assert caption is not None and (caption.text, caption.credit) == (
        "A wood tray",
        "The Home Index",
    )
    caption = split_caption(
        "The harbour at dawn. Image credit: © Jane Doe", "Image credit: © Jane Doe"
    )
    assert caption is not None and caption.credit == "Jane Doe"


def test_the_today_line_under_a_logo_h1_never_wins() -> None:
    page = _page("2023年11月17日 14:05　来源：河畔日报").replace(
        '<div class="top">',
        '<div class="top"><h1 class="logo">河畔新闻网</h1><div>2023年11月20日 星期一 晴 3℃</div>'
        + "".join(f'<a href="/c/{k}">栏目{k}</a> ' for k in range(12)),
    )
    page = page.replace(
        "<h1>临河区召开森林防火工作推进会</h1>",
        '<div class="tit">临河区召开森林防火工作推进会</div>',
    )
    article = newsparse.parse(page)
    assert article.date == dt.date(2023, 11, 17)


def test_a_labelled_date_when_the_text_is_not_found() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>通知</title></head><body>'
        '<div class="nav"><a href="/">首页</a> <a href="/tz/">通知公告</a></div>'
        "<div class='tit'>关于开展安全检查的通知</div>"
        "<div class='info'>发布日期：2023-11-17　浏览次数：12</div>"
        "<div class='zw'><a href='/f/1.pdf'>附件：检查表.pdf</a></div></body></html>"
    )
    article = newsparse.parse(page)
    assert article.date == dt.date(2023, 11, 17)


def test_chinese_publication_meta_names() -> None:
    head = '<meta name="firstpublishedtime" content="2023-11-17-14:05:30">'
    head += '<link rel="canonical" href="http://www.hepan.cn/2023-11/17/c_1.htm">'
    article = newsparse.parse(_page("", head=head))
    assert article.date == dt.datetime(2023, 11, 17, 14, 5, 30, tzinfo=BEIJING)


@pytest.mark.parametrize(
    ("line", "authors", "byline"),
    [
        ("作者：本报记者 张三", ("张三",), "作者：本报记者 张三"),
        (
            "时间：2023-11-17 来源：河畔日报 作者：河畔日报记者 张三",
            ("张三",),
            "作者：河畔日报记者 张三",
        ),
        ("作者：佚名 来源：本站原创", (), None),
        ("来源：河畔发布 | 编辑：王五 | 审核：赵六", (), None),
    ],
)
def test_author_labels_that_name_an_outlet_or_nobody(
    line: str, authors: tuple[str, ...], byline: str | None
) -> None:
    info = read_info(line, None)
    assert info is not None and (info.authors, info.byline) == (authors, byline)
    assert info.editor in (None, "王五")


@pytest.mark.parametrize("line", ["(责编：孙悦、周涛)", "责任编辑：王芳", "【编辑：李明】"])
def test_an_editors_line_in_the_article_is_neither_body_nor_author(line: str) -> None:
    page = newsparse.parse(_page("来源：河畔日报", body=PARAGRAPHS + f"<p>{line}</p>"))
    assert all("编" not in b.text for b in page.body) and len(page.body) == 3
    assert page.authors == ()
    text = "临河区召开森林防火工作推进会\n" + PARAGRAPHS.replace("<p>", "").replace("</p>", "\n")
    dump = newsparse.parse(text + line + "\n")
    assert all("编" not in b.text for b in dump.body) and len(dump.body) == 3
    assert dump.authors == ()
