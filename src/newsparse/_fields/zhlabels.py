"""The labelled lines of Chinese news pages: source, authors, editor, date, credits.

Chinese news pages, of any outlet, print an info line under the headline:
``发布时间：2023-11-17 14:05　来源：河畔日报　作者：张三``, or ``记者 张三 李四``,
``（记者 张三 通讯员 李四）`` at the head of the story, and ``责任编辑：王五`` (the
editor: never an author). Captions end with a credit (``（图片来源：视觉中国）``,
``（张三 摄）``, ``…。张三 摄``). Dates are read by :func:`.dates.find_dates`; the
zone is the caller's (Beijing time only where the page is known to be in China).
Labels are matched on a simplified copy of the line (same length), so traditional
pages read alike.
"""

from __future__ import annotations

import datetime as dt
import re

from .._input.normalize import clean_line
from .._model import Caption
from .bylines import is_outlet, parse_byline
from .dates import BEIJING, find_dates

__all__ = [
    "InfoLine",
    "lead_credit",
    "read_info",
    "simplified",
    "split_zh_caption",
    "zh_date",
    "zh_names",
]

# Traditional forms of the characters of the labels and furniture (big5 pages), one
# for one: patterns match the simplified copy of a line, values come from the line.
_TO_SIMPLIFIED = str.maketrans(
    "來責編輯發佈時間記報華網國圖攝訊員關閉閱讀頁聞視電際臺薦熱點掃糾錯號頂權說錄冊論讚週",
    "来责编辑发布时间记报华网国图摄讯员关闭阅读页闻视电际台荐热点扫纠错号顶权说录册论赞周",
)


def simplified(text: str) -> str:
    """``text`` with the traditional characters of labels in simplified form (same length)."""
    return text.translate(_TO_SIMPLIFIED)


#: A label that starts a part of an info line: ``来源：``, ``作者：``, ``记者``, ``文／``.
_LABEL = re.compile(
    r"(?P<label>(?:信息|文章|稿件|新闻)?来源|作者|责任编辑|编辑|责编|(?:发布|发表)(?:时间|日期)"
    r"|时间|日期|撰文|审核|审校|校对|监制|终审|初审|复审)\s*[:：]\s*"
    r"|(?P<reporter>(?:(?:本报|本台|新华社|中新社|中国日报网?)?记者)|通讯员|文|图)\s*[:：／/]?\s*"
    r"(?=[\u3400-\u9fff])"
)
_ROLE = {
    "作者": "author",
    "撰文": "author",
    "责任编辑": "editor",
    "编辑": "editor",
    "责编": "editor",
}
# Words in a name's place that name nobody: "anonymous", "this site".
_NO_NAME = frozenset(["佚名", "匿名", "本站", "本网", "网友", "admin"])
# ``中国日报网 2023-11-17 14:05``: an outlet's name and the date, without a label.
_SOURCE_DATE = re.compile(
    r"^(?P<source>[\u3400-\u9fffA-Za-z]{2,12}(?:网|網|报|報|社|台|频道|頻道|新闻|新聞|CGTN))"
    r"\s+(?P<date>(?:19|20)\d{2}\s*[-/.年].{3,30})$"
)
_BRACKETS = re.compile(r"^[【\[（(](?P<inner>.*)[】\]）)]$")
_NAME_SPLIT = re.compile(r"[\s、，,;；|｜/／]+")
_CJK_NAME = re.compile(r"^[\u3400-\u9fff·]{2,4}$")
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3}$")
# What a page prints on its info line besides the labelled parts: a view count, the
# font-size switch, print and close buttons (``【字号：大 中 小】``, ``浏览次数：12``).
_CHROME = re.compile(
    r"[【\[][^【】\[\]]{0,12}[】\]]"
    r"|(?:字号|字体|浏览(?:次数|量)?|点击(?:数|量|率)?|阅读(?:数|量|次数)?|访问量|人气)\s*[:：]\s*\S{0,12}"
)

_CREDIT_CHAR = re.compile(r"[摄攝图圖]")
_BEIJING_TIME = re.compile(r"[(（]?北京[时時]间[)）]?\s*[:：]?")

# Captions: a trailing credit in brackets, or ``…。新华社记者 张三 摄``.
_CAPTION_SOURCE = re.compile(
    r"^(?P<text>.*?)\s*[（(](?:图片来源|图片|图源|摄影|图)\s*[:：／/]\s*"
    r"(?P<credit>[^（）()]{1,40})[）)]$"
)
_CAPTION_SHOT = re.compile(
    r"^(?P<text>.*?)(?:[（(]\s*(?P<c1>[^（）()]{2,30}?)\s*摄[）)]"
    r"|(?:(?<=[。！？\s])|^)\s*(?P<c2>[^。！？（）()\s][^。！？（）()]{1,29}?)\s+摄)$"
)
_CREDIT_ONLY = re.compile(
    r"^[（(]?(?:图片来源|图源|摄影)\s*[:：]\s*(?P<credit>[^（）()]{1,40})[）)]?$"
)
# ``（记者 张三 通讯员 李四）清晨六点……``: the reporters, in brackets, at the head of the story.
_LEAD_CREDIT = re.compile(r"^[（(](?P<inner>(?:本报|本台)?记者[^（）()]{2,40})[）)]")


def zh_date(
    text: str, tz: dt.tzinfo | None = BEIJING
) -> tuple[dt.date | dt.datetime, int, int] | None:
    """The first date in ``text`` and its span; a printed time is in ``tz``."""
    for m in find_dates(text, tz):
        return m.value, m.start, m.end
    return None


def zh_names(text: str) -> tuple[str, ...]:
    """The names of a ``作者：`` or ``记者`` part: CJK names of 2-4 characters, or Latin ones."""
    names: list[str] = []
    for part in _NAME_SPLIT.split(text.strip()):
        if (_CJK_NAME.match(part) or _LATIN_NAME.match(part)) and part not in names:
            names.append(part)
    return tuple(names)


class InfoLine:
    """What one info line says: source, authors (as printed), editor, date."""

    __slots__ = ("authors", "byline", "date", "editor", "source")

    def __init__(self) -> None:
        self.source: str | None = None
        self.authors: tuple[str, ...] = ()
        self.byline: str | None = None
        self.editor: str | None = None
        self.date: dt.date | dt.datetime | None = None


def read_info(text: str, tz: dt.tzinfo | None = BEIJING) -> InfoLine | None:
    """The parts of a labelled info line, or None when the line is not one.

    The line is labels and their values only, maybe after a date
    (``2023-11-17 14:05 来源：新华网``) and with the page's buttons
    (``【打印】``, ``浏览次数：12``); in brackets (``【责任编辑：王五】``) too.
    """
    text = clean_line(text)
    if not text or len(text) > 160:
        return None
    inner = _BRACKETS.match(text)
    if inner is not None:
        text = inner["inner"].strip()
    if _BEIJING_TIME.search(text):  # "北京时间 2023-11-17 14:05": the zone is printed
        text, tz = _BEIJING_TIME.sub(" ", text).strip(), BEIJING
    key = simplified(text)
    labels = list(_LABEL.finditer(key))
    info = InfoLine()
    # Before the first label: a date, or the page's buttons (``【字号：大 中 小】``).
    head = _CHROME.sub(" ", text[: labels[0].start()]) if labels else text
    if not labels:
        unlabelled = _SOURCE_DATE.match(text)
        if unlabelled is not None:
            found = zh_date(unlabelled["date"], tz)
            if found is not None:
                info.source, info.date = unlabelled["source"], found[0]
                return info
    if head.strip():
        found = zh_date(head, tz)
        # Only a date may stand before the first label (or alone on the line).
        if found is None or head[: found[1]].strip() or len(head[found[2] :].strip()) > 2:
            return None
        info.date = found[0]
    elif not labels:
        return None
    byline_from = -1
    for k, m in enumerate(labels):
        end = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        value = _CHROME.sub(" ", text[m.end() : end]).strip(" |｜")
        found = zh_date(value, tz)
        if found is not None:
            info.date = info.date or found[0]
            value = (value[: found[1]] + " " + value[found[2] :]).strip(" |｜")
        if m["reporter"] == "图":
            continue  # the photographer: a credit, not the story's author
        label = m["label"] or ""
        role = "author" if m["reporter"] else _ROLE.get(label, "")
        if label.endswith("来源") and value:
            info.source = info.source or value.split()[0]
        elif role == "author":
            names = _names(text[m.start() : m.end()], value)
            skip = not names and (
                (not value and k + 1 < len(labels) and labels[k + 1]["reporter"])
                or value in _NO_NAME
                or is_outlet(value)
            )
            if skip:  # "作者：本报记者 张三", "作者：佚名", "河畔日报记者 张三": no one named here
                byline_from = m.start() if byline_from < 0 else byline_from
                continue
            if not names:
                return None
            # The byline as printed: from the first author's label to the last's names.
            byline_from = m.start() if byline_from < 0 else byline_from
            info.byline = _CHROME.sub(" ", text[byline_from:end]).strip(" |｜")
            info.authors += tuple(n for n in names if n not in info.authors)
        elif role == "editor" and value:
            info.editor = value
    return info


def _names(label: str, value: str) -> tuple[str, ...]:
    """The names after an author's label (2-4 character names, else those the shared
    byline reader finds); an outlet (``河畔日报记者 张三``) or "anonymous" is no name."""
    names = zh_names(value)
    if not names:
        byline = parse_byline(f"{label}{value}", require_prefix=True)
        names = tuple(a for a in byline.authors if _CJK_NAME.match(a)) if byline else ()
    return tuple(n for n in names if n not in _NO_NAME and not is_outlet(n))


def lead_credit(text: str) -> InfoLine | None:
    """The reporters credited in brackets at the head of a story:
    ``（记者 张三 通讯员 李四）清晨六点……``."""
    m = _LEAD_CREDIT.match(clean_line(text))
    if m is None:
        return None
    return read_info(m["inner"], None)


def split_zh_caption(text: str) -> Caption | None:
    """A caption with its credit: ``…（图片来源：视觉中国）``, ``…（张三 摄）``, ``…。张三 摄``."""
    if len(text) > 300 or _CREDIT_CHAR.search(text) is None:
        return None  # captions are short and name a photo; other lines are not tried
    text = clean_line(text)
    if len(text) > 240:
        return None
    key = simplified(text)
    m = _CREDIT_ONLY.match(key)
    if m is not None:
        return Caption(None, text[m.start("credit") : m.end("credit")].strip())
    m = _CAPTION_SOURCE.match(key) or _CAPTION_SHOT.match(key)
    if m is None:
        return None
    name = next((g for g in ("credit", "c1", "c2") if m.groupdict().get(g)), None)
    credit = text[m.start(name) : m.end(name)].strip() if name else ""
    body = text[: m.end("text")].strip() or None
    if not credit or (body is not None and len(body) > 200):
        return None
    return Caption(body, credit)
