"""Hypothesis strategies that compose realistic news dumps from known parts.

A :class:`Dump` is a list of :class:`Part` (each one printed line, with what it
is) for one outlet style (``cgtn``, ``chinadaily``, ``generic``; see
``docs/outlets.md``) and the article that parsing it must give
(:attr:`Dump.expected`, in :meth:`newsparse.Article.to_dict` form). Rendering
is separate: :func:`render_text` prints the parts as a text dump under a
:class:`Layout` (newline style, blank lines, NBSP, zero-width characters, BOM,
tabs, trailing spaces), and :func:`render_html` as an HTML page (random
nesting, unclosed tags, entities, charsets).

Generated text avoids only what would make the expected article ambiguous to
a human reader too (e.g. two identical paragraphs, or a subheading as the
last line); everything else is what real dumps print.
"""

from __future__ import annotations

import datetime as dt
import html
import random
import re
from collections.abc import Callable, Sequence
from typing import Any

import attrs
from hypothesis import strategies as st

__all__ = [
    "Dump",
    "Hostile",
    "Layout",
    "Part",
    "arbitrary_inputs",
    "dumps",
    "furniture_lines",
    "hostile",
    "hostile_lines",
    "html_pages",
    "layouts",
    "line_soup",
    "render_hostile_html",
    "render_html",
    "render_text",
]

STYLES = ("cgtn", "chinadaily", "generic")

# --- vocabulary -------------------------------------------------------------
# Plain words only: no month names, outlet words ("news", "daily", "post" ...),
# furniture words ("share", "more") or credit words ("photo", "via"), so that a
# generated sentence is only ever a sentence.
WORDS = [
    "officials",
    "agreed",
    "that",
    "the",
    "new",
    "plan",
    "would",
    "help",
    "local",
    "farmers",
    "and",
    "small",
    "firms",
    "grow",
    "during",
    "next",
    "year",
    "while",
    "experts",
    "warned",
    "about",
    "rising",
    "costs",
    "across",
    "several",
    "regions",
    "trade",
    "talks",
    "between",
    "both",
    "sides",
    "continued",
    "after",
    "long",
    "weeks",
    "of",
    "careful",
    "preparation",
    "leaders",
    "discussed",
    "energy",
    "water",
    "climate",
    "science",
    "education",
    "health",
    "roads",
    "ports",
    "markets",
    "prices",
    "workers",
    "families",
    "students",
    "cities",
    "villages",
    "bridges",
    "railways",
    "schools",
    "many",
    "few",
    "most",
    "some",
    "other",
    "important",
    "steady",
    "gradual",
    "strong",
    "modest",
    "clear",
    "broad",
    "said",
    "noted",
    "added",
    "stressed",
    "expected",
    "planned",
    "reported",
    "announced",
    "promised",
    "visited",
    "with",
    "from",
    "into",
    "over",
    "under",
    "about",
    "against",
    "among",
    "through",
    "toward",
    "without",
    "within",
    "bilateral",
    "economic",
    "regional",
    "global",
    "public",
    "private",
    "digital",
    "green",
    "rural",
    "urban",
]
PROPER = [
    "Beijing",
    "Geneva",
    "Busan",
    "Nairobi",
    "Lima",
    "Oslo",
    "Hanoi",
    "Kazan",
    "Tianjin",
    "Madrid",
    "Jakarta",
    "Lagos",
    "Wang",
    "Zhang",
    "Lopez",
    "Okafor",
    "Hufbauer",
    "Bessent",
    "Greer",
    "Xie",
]
HEADING_WORDS = [
    "steering",
    "ties",
    "dialogue",
    "forward",
    "path",
    "trade",
    "partnership",
    "stability",
    "outlook",
    "growth",
    "cooperation",
    "challenges",
    "lessons",
    "next",
    "steps",
    "road",
    "ahead",
    "shared",
    "future",
    "bridges",
]
PEOPLE = (
    "Pan Deng", "Imran Khalid", "Zhao Yuanzhen", "Jane Doe", "Maria Lopez", "Ahmed Hassan",
    "Liu Xin", "Anna Schmidt", "Kwame Mensah", "Olga Petrova", "Chen Meiling", "Ravi Menon",
)  # fmt: skip
PEOPLE_CAPS = ("YANG RAN", "OUYANG SHIJIA", "ZHOU LANXU", "LI WEI", "MA SI", "WANG QIAN")
CITIES = ("Hong Kong", "Beijing", "Shanghai", "Brussels", "New York", "Washington")
CD_SOURCES = ("China Daily", "chinadaily.com.cn", "Xinhua", "China Daily Global", "CGTN")
GENERIC_OUTLETS = ("Reuters", "Xinhua", "AFP", "Bloomberg")
SECTIONS_CGTN = ("China", "World", "Opinion", "Business", "Sports", "Tech", "Culture")
CRUMBS_CD = (
    ("Opinion", "Latest"), ("China", "Society"), ("World", "Asia-Pacific"),
    ("Business", "Companies"), ("Culture", "Art"),
)  # fmt: skip
SUBJECTS = (
    "Chinese President Xi Jinping meets with U.S. President Donald Trump",
    "A cargo ship docks at a container terminal",
    "Visitors walk past a row of lanterns",
    "Farmers harvest rice in a field",
    "Workers assemble electric cars at a plant",
    "Children play football on a beach",
    "A train crosses a bridge over a river",
    "Delegates attend the opening session of a forum",
)
PLACES = (
    "in Busan, South Korea", "of Tianjin Port in north China's Tianjin",
    "in Geneva, Switzerland", "in Hangzhou, east China's Zhejiang Province",
    "in Lima, Peru", "in Nairobi, Kenya",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
MON3 = tuple(m[:3] for m in MONTHS)
TICKERS = ("习近平同法国总统马克龙会谈", "国务院常务会议部署经济工作", "中国日报网评论员文章")


@attrs.frozen
class Part:
    """One printed line of a dump and what it is.

    ``kind``: ``furniture``, ``tail`` (furniture that ends the article),
    ``section``, ``date``, ``updated``, ``title``, ``subtitle``, ``byline``,
    ``info``, ``editor_note``, ``caption``, ``paragraph`` or ``heading``.
    """

    kind: str
    text: str


@attrs.frozen
class Dump:
    """A composed dump: its parts, its outlet style and the article it must give."""

    style: str
    parts: tuple[Part, ...]
    expected: dict[str, Any] = attrs.field(eq=False)

    def lines(self, kind: str) -> list[str]:
        return [p.text for p in self.parts if p.kind == kind]

    def with_parts(self, parts: Sequence[Part]) -> Dump:
        return attrs.evolve(self, parts=tuple(parts))


@attrs.frozen
class Layout:
    """How a dump is printed: none of this may change the parsed article."""

    newline: str = "\n"
    gap: str = "\n"  # between parts, after the newline: "" (single newline) or more
    bom: bool = False
    noise: int = 0  # seed for per-line white-space noise; 0 means none
    final_newline: bool = True


PLAIN = Layout()


# --- small pieces -----------------------------------------------------------


@st.composite
def sentences(draw: st.DrawFn, min_words: int = 8, max_words: int = 16) -> str:
    n = draw(st.integers(min_words, max_words))
    words = [draw(st.sampled_from(WORDS + PROPER)) for _ in range(n)]
    words[0] = words[0][0].upper() + words[0][1:]
    return " ".join(words) + draw(st.sampled_from(".....!"))


@st.composite
def paragraphs(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(sentences(), min_size=1, max_size=4)))


@st.composite
def headings(draw: st.DrawFn) -> str:
    n = draw(st.integers(2, 6))
    # Their own vocabulary: a subheading never repeats the title or a deck.
    words = [draw(st.sampled_from(HEADING_WORDS)) for _ in range(n)]
    return words[0].capitalize() + " " + " ".join(words[1:])


def _headline_words(n: int) -> st.SearchStrategy[list[str]]:
    """``n`` different words: a line that repeats its words ("officials officials", a
    phrase printed twice) reads as a menu or a button bar copied twice, no headline."""
    return st.lists(st.sampled_from(WORDS + PROPER), min_size=n, max_size=n, unique_by=str.lower)


@st.composite
def titles(draw: st.DrawFn) -> str:
    n = draw(st.integers(4, 12))
    words = draw(_headline_words(n))
    text = words[0][0].upper() + words[0][1:] + " " + " ".join(words[1:])
    prefix = draw(st.sampled_from(("", "", "", "Analysis: ", "Opinion: ")))
    return prefix + text


@st.composite
def decks(draw: st.DrawFn) -> str:
    n = draw(st.integers(5, 14))
    words = draw(_headline_words(n))
    return words[0].capitalize() + " " + " ".join(words[1:])


def _opens(title: str, deck: str) -> bool:
    """Whether ``deck``'s words are the first or the last words of ``title`` (or all of
    it): such a line under a headline is the headline again (a short title, a section;
    the headline under its copy glued to a kicker or breadcrumb, ``Analysis: X`` over
    ``X``), never a deck."""
    words = re.findall(r"\w+", deck.lower())
    head = re.findall(r"\w+", title.lower())
    return head[: len(words)] == words or head[-len(words) :] == words


def _date(draw: st.DrawFn, lo: int = 2015, hi: int = 2026) -> dt.date:
    return draw(st.dates(dt.date(lo, 1, 1), dt.date(hi, 12, 31)))


def _time(draw: st.DrawFn) -> dt.time:
    return dt.time(draw(st.integers(0, 23)), draw(st.integers(0, 59)))


def _at(day: dt.date, time: dt.time, offset_hours: float) -> str:
    tz = dt.timezone(dt.timedelta(hours=offset_hours))
    return dt.datetime.combine(day, time, tzinfo=tz).isoformat()


@st.composite
def caption_texts(draw: st.DrawFn) -> str:
    day = _date(draw)
    return (
        f"{draw(st.sampled_from(SUBJECTS))} {draw(st.sampled_from(PLACES))}, "
        f"{MONTHS[day.month - 1]} {day.day}, {day.year}."
    )


@st.composite
def captions(draw: st.DrawFn, style: str) -> tuple[str, dict[str, str | None]]:
    """A caption line and its expected ``{"text", "credit"}``."""
    text = draw(caption_texts())
    if style == "cgtn":
        agency = draw(st.sampled_from(("Xinhua", "Reuters", "VCG", "CFP", "AFP", "CGTN")))
        suffix = draw(st.sampled_from(("", " Photo"))) if agency != "CFP" else ""
        return f"{text} /{agency}{suffix}", {"text": text, "credit": agency}
    if style == "chinadaily":
        kind = draw(st.integers(0, 2))
        if kind == 0:
            agency = draw(st.sampled_from(("Xinhua", "Agencies", "VCG", "China Daily")))
            return f"{text} [Photo/{agency}]", {"text": text, "credit": agency}
        if kind == 1:
            return f"{text} [Photo provided to China Daily]", {
                "text": text,
                "credit": "Photo provided to China Daily",
            }
        who = draw(st.sampled_from(PEOPLE))
        return f"{text} [Photo by {who}/China Daily]", {
            "text": text,
            "credit": f"{who}/China Daily",
        }
    kind = draw(st.integers(0, 4))
    agency = draw(st.sampled_from(("Xinhua", "Reuters", "AFP", "AP")))
    who = draw(st.sampled_from(PEOPLE))
    printed, credit = [
        (f"{text} (Photo: {agency})", agency),
        (f"{text} ({agency}/{who})", f"{agency}/{who}"),
        (f"{text} Photo: {agency}", agency),
        (f"{text} {who}/Getty Images", f"{who}/Getty Images"),
        (f"{text} Getty Images", "Getty Images"),
    ][kind]
    return printed, {"text": text, "credit": credit}


def furniture_lines(style: str) -> st.SearchStrategy[str]:
    """Furniture that may stand on any line of a ``style`` dump."""
    common = [
        "Advertisement",
        "Share",
        "Share this article",
        "Subscribe now",
        "Back to top",
        "Read more: " + "A story about something else entirely",
    ]
    if style == "cgtn":
        common += ["Read more:  Xi meets Trump in Busan", "Search", "Font size"]
    if style == "chinadaily":
        common += list(TICKERS)
    else:
        common += [TICKERS[0]]
    return st.sampled_from(common)


def top_furniture(style: str) -> list[str]:
    if style == "cgtn":
        return [
            "Our Privacy Statement & Cookie Policy",
            "By continuing to browse our site you agree to our use of cookies, revised Privacy "
            "Policy and Terms of Use. You can change your cookie settings through your browser.",
            "I agree",
        ]
    if style == "chinadaily":
        return [TICKERS[0]]
    return ["Skip to main content", "Menu", "Search"]


def tail_lines(style: str) -> st.SearchStrategy[list[str]]:
    if style == "cgtn":
        options = [
            "(If you want to contribute and have specific expertise, please contact us at "
            "opinions@cgtn.com. Follow @thouse_opinions on X to discover the latest "
            "commentaries in the CGTN Opinion Section.)",
            "Copyright © 2025 CGTN. Beijing ICP prepared NO.16065310-3",
            "RELATED STORIES",
            "Search Trends",
        ]
    elif style == "chinadaily":
        options = [
            "The views don't necessarily reflect those of China Daily.",
            "If you have a specific expertise, or would like to share your thought about our "
            "stories, then send us your writings at opinion@chinadaily.com.cn, and "
            "comment@chinadaily.com.cn.",
            TICKERS[1],
            "8013950 8014031",
        ]
    else:
        options = [
            "Related stories",
            "Most read",
            "Copyright © 2025 Example Media Group. All rights reserved.",
        ]
    return st.lists(st.sampled_from(options), unique=True, max_size=len(options)).map(
        lambda picked: [o for o in options if o in picked]
    )


# --- header parts per style -------------------------------------------------


@st.composite
def _cgtn_header(draw: st.DrawFn, exp: dict[str, Any]) -> list[Part]:
    parts: list[Part] = []
    day, time = _date(draw), _time(draw)
    old = draw(st.booleans())
    if old:
        printed = f"{time:%H:%M}, {day.day:02d}-{MON3[day.month - 1]}-{day.year}"
        printed = draw(st.sampled_from((printed, f"{day:%Y-%m-%d} {time:%H:%M} GMT+8")))
    else:
        printed = f"{day:%Y.%m.%d} {time:%H:%M} GMT+8"
    if draw(st.booleans()):
        section = draw(st.sampled_from(SECTIONS_CGTN))
        parts.append(Part("section", section))
        exp["section"] = section
    parts.append(Part("date", printed))
    exp["date"] = _at(day, time, 8)
    title = draw(titles())
    parts.append(Part("title", title))
    exp["title"] = title
    if draw(st.booleans()):
        later = draw(st.integers(0, 600))
        moment = dt.datetime.combine(day, time) + dt.timedelta(minutes=later)
        if old:
            upd = f"Updated {moment:%H:%M}, {moment.day:02d}-{MON3[moment.month - 1]}-{moment.year}"
        else:
            upd = f"Updated {moment:%Y.%m.%d %H:%M} GMT+8"
        parts.append(Part("updated", upd))
        exp["updated"] = _at(moment.date(), moment.time(), 8)
    credit = draw(st.integers(0, 3))
    if credit == 0:
        parts.append(Part("byline", "CGTN"))
        exp.update(byline="CGTN", source="CGTN")
    elif credit == 1:
        who = draw(st.sampled_from(PEOPLE))
        parts.append(Part("byline", who))
        exp.update(byline=who, authors=[who])
    elif credit == 2:
        who = draw(st.sampled_from(PEOPLE))
        parts.append(Part("byline", f"CGTN's {who}"))
        exp.update(byline=f"CGTN's {who}", authors=[who], source="CGTN")
    else:
        # The byline JSON that sometimes leaks into the text.
        parts.append(
            Part("furniture", '{"type":2,"value":"CGTN","commentator":[],"author":"CGTN"}')
        )
        exp.update(byline="CGTN", source="CGTN")
    return parts


@st.composite
def _chinadaily_header(draw: st.DrawFn, exp: dict[str, Any]) -> list[Part]:
    parts: list[Part] = []
    first, second = draw(st.sampled_from(CRUMBS_CD))
    parts.append(Part("section", draw(st.sampled_from((f"{first} > {second} >", f"{first} >")))))
    exp["section"] = first
    title = draw(titles())
    parts.append(Part("title", title))
    exp["title"] = title
    if draw(st.booleans()):
        parts.append(Part("furniture", title))  # printed twice
    if draw(st.booleans()):
        deck = draw(decks().filter(lambda d: not _opens(title, d)))
        parts.append(Part("subtitle", deck))
        exp["subtitle"] = deck
    day, time = _date(draw), _time(draw)
    year = day.year + 543 if draw(st.integers(0, 9)) == 0 else day.year  # Buddhist era
    stamp = f"{year:04d}-{day:%m-%d} {time:%H:%M}"
    source = draw(st.sampled_from(CD_SOURCES))
    kind = draw(st.integers(0, 2))
    by_alone = None
    if kind == 0:
        if draw(st.booleans()):
            names = draw(
                st.lists(st.sampled_from(PEOPLE_CAPS), min_size=1, max_size=2, unique=True)
            )
            printed = "By " + "/".join(names)
            authors = [" ".join(w.capitalize() for w in n.split()) for n in names]
        else:
            who = draw(st.sampled_from(PEOPLE))
            printed, authors = f"By {who}", [who]
        if draw(st.booleans()):
            printed += f" in {draw(st.sampled_from(CITIES))}"
        parts.append(Part("info", f"{printed} | {source} | Updated: {stamp}"))
        exp.update(byline=printed, authors=authors, source=source, date=_at(day, time, 8))
    elif kind == 1:
        parts.append(Part("info", f"{source} | Updated: {stamp}"))
        exp.update(source=source, date=_at(day, time, 8))
    else:
        parts.append(Part("info", f"Source: {source} | {year:04d}-{day:%m-%d}"))
        exp.update(source=source, date=day.isoformat())
    if kind != 0 and draw(st.booleans()):
        who = draw(st.sampled_from(PEOPLE + PEOPLE_CAPS))
        by_alone = f"By {who}"
        exp.update(byline=by_alone, authors=[" ".join(w.capitalize() for w in who.split())])
    return [*parts, *([Part("byline", by_alone)] if by_alone else [])]


_ZONES = (("GMT", 0), ("UTC", 0), ("EST", -5), ("EDT", -4), ("PST", -8), ("CET", 1),
          ("CEST", 2), ("JST", 9), ("GMT+1", 1), ("UTC-3", -3), ("+05:30", 5.5),
          ("-0700", -7), ("GMT+5:45", 5.75))  # fmt: skip


@st.composite
def generic_dates(draw: st.DrawFn) -> tuple[str, str]:
    """A generic date as printed, in every format and zone, and its ISO value."""
    day, time = _date(draw), _time(draw)
    zone, offset = draw(st.sampled_from(_ZONES))
    month = MONTHS[day.month - 1]
    kind = draw(st.integers(0, 6))
    hour12 = f"{(time.hour % 12) or 12}:{time.minute:02d} {'p.m.' if time.hour >= 12 else 'a.m.'}"
    if kind == 0:
        return f"{month} {day.day}, {day.year}", day.isoformat()
    if kind == 1:
        return f"{day.day} {month} {day.year}", day.isoformat()
    if kind == 2:
        return f"{month} {day.day}, {day.year} {hour12} {zone}", _at(day, time, offset)
    if kind == 3:
        return f"{day.day} {month} {day.year}, {time:%H:%M} {zone}", _at(day, time, offset)
    if kind == 4:
        stamp = dt.datetime.combine(day, time, tzinfo=dt.timezone.utc)
        return f"{stamp:%Y-%m-%dT%H:%M:%S}Z", stamp.isoformat()
    if kind == 5:
        # A time with no zone gives only the day: guessing the zone would invent it.
        return f"{day:%Y-%m-%d} {time:%H:%M}", day.isoformat()
    weekday = f"{day:%A}"
    return f"{weekday}, {month} {day.day}, {day.year}", day.isoformat()


@st.composite
def _generic_header(draw: st.DrawFn, exp: dict[str, Any]) -> list[Part]:
    parts: list[Part] = []
    if not draw(st.integers(0, 5)):
        return parts  # no header at all: the dump opens with the text
    title = draw(titles())
    parts.append(Part("title", title))
    exp["title"] = title
    if draw(st.booleans()):
        deck = draw(decks().filter(lambda d: not _opens(title, d)))
        parts.append(Part("subtitle", deck))
        exp["subtitle"] = deck
    anchors: list[Part] = []
    if draw(st.booleans()):
        names = draw(st.lists(st.sampled_from(PEOPLE), min_size=1, max_size=3, unique=True))
        printed = "By " + (
            names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        )
        exp.update(authors=list(names))
        if draw(st.booleans()):
            outlet = draw(st.sampled_from(GENERIC_OUTLETS))
            printed += f", {outlet}"
            exp["source"] = outlet
        exp["byline"] = printed
        anchors.append(Part("byline", printed))
    if draw(st.booleans()):
        printed, value = draw(generic_dates())
        prefix = draw(st.sampled_from(("", "Published ", "Published: ", "Posted on ")))
        anchors.append(Part("date", prefix + printed))
        exp["date"] = value
        if draw(st.booleans()):
            printed, value = draw(generic_dates())
            anchors.append(
                Part("updated", draw(st.sampled_from(("Updated ", "Updated: "))) + printed)
            )
            exp["updated"] = value
    return parts + anchors


# --- whole dumps ----------------------------------------------------------------


def _empty_expected() -> dict[str, Any]:
    return {
        "title": None,
        "subtitle": None,
        "byline": None,
        "authors": [],
        "date": None,
        "updated": None,
        "section": None,
        "source": None,
        "editor_note": None,
        "body": [],
        "captions": [],
    }


@st.composite
def dumps(
    draw: st.DrawFn, style: str | None = None, furniture: bool = True, min_paragraphs: int = 1
) -> Dump:
    """A realistic dump of ``style`` (any when None) and the article it must give."""
    style = style or draw(st.sampled_from(STYLES))
    exp = _empty_expected()
    parts: list[Part] = []
    if furniture and draw(st.booleans()):
        parts += [Part("furniture", t) for t in top_furniture(style)]
    header = {"cgtn": _cgtn_header, "chinadaily": _chinadaily_header, "generic": _generic_header}
    parts += draw(header[style](exp))

    caption_list = draw(st.lists(captions(style), max_size=3, unique_by=lambda c: c[1]["text"]))
    repeats = draw(
        st.lists(st.integers(1, 3), min_size=len(caption_list), max_size=len(caption_list))
    )

    def caption_parts(k: int) -> list[Part]:
        printed, _ = caption_list[k]
        return [Part("caption", printed)] * repeats[k]

    texts = draw(
        st.lists(
            paragraphs(), min_size=min_paragraphs, max_size=max(8, min_paragraphs), unique=True
        )
    )
    # Captions after a paragraph; in generic dumps not right after the first one,
    # since text right above the lead image is read as the standfirst there.
    places = list(range(1 if style == "generic" else 0, len(texts)))
    lead_all = bool(caption_list) and not places
    lead = lead_all or (bool(caption_list) and draw(st.booleans()))
    lead_count = len(caption_list) if lead_all else int(lead)
    for k in range(lead_count):
        parts += caption_parts(k)
    if style == "cgtn" and draw(st.booleans()):
        who = draw(st.sampled_from(PEOPLE))
        note = (
            f"{who}, a special commentator for CGTN, is a freelance columnist on international "
            "affairs. The article reflects the author's opinions and not necessarily the views "
            "of CGTN."
        )
        parts.append(Part("editor_note", f"Editor's note: {note}"))
        exp["editor_note"] = note

    if style == "chinadaily" and draw(st.booleans()):
        texts[0] = f"{draw(st.sampled_from(('BEIJING', 'TOKYO', 'ROME')))} -- {texts[0]}"
    if style == "generic":
        # A generic article opens with a run of prose: one short sentence alone under a
        # headline reads as its deck, and alone among menus as chrome (a tagline).
        texts[0] = " ".join(draw(st.lists(sentences(), min_size=8, max_size=10)))
    heads = draw(st.lists(headings(), max_size=max(0, len(texts) - 1), unique=True))
    # Subheadings go between paragraphs: never first, never last, never two in a row.
    slots = sorted(draw(st.permutations(range(1, len(texts))))[: len(heads)])
    heading_at = dict(zip(slots, heads, strict=False))
    caption_after: dict[int, list[int]] = {}
    for k in range(lead_count, len(caption_list)):
        caption_after.setdefault(draw(st.sampled_from(places)), []).append(k)
    body: list[dict[str, str]] = []
    for i, text in enumerate(texts):
        if i in heading_at:
            parts.append(Part("heading", heading_at[i]))
            body.append({"kind": "heading", "text": heading_at[i]})
        parts.append(Part("paragraph", text))
        body.append({"kind": "paragraph", "text": text})
        if furniture and draw(st.integers(0, 4)) == 0:
            parts.append(Part("furniture", draw(furniture_lines(style))))
        for k in caption_after.get(i, []):
            parts += caption_parts(k)
    if style == "cgtn" and draw(st.booleans()):
        cover = draw(st.sampled_from(("VCG", "Xinhua", "CFP")))
        printed = f"(Cover {draw(st.sampled_from(('', 'image ')))}via {cover})"
        parts.append(Part("caption", printed))
        caption_list.append((printed, {"text": None, "credit": cover}))
    if furniture:
        parts += [Part("tail", t) for t in draw(tail_lines(style))]
    exp["body"] = body
    # Captions are listed in the order they are printed, each image once.
    value_of = dict(caption_list)
    printed = dict.fromkeys(p.text for p in parts if p.kind == "caption")
    exp["captions"] = [value_of[text] for text in printed]
    return Dump(style, tuple(parts), exp)


# --- page chrome around and inside a generic article ---------------------------------

MENU_ITEMS = (
    "Home",
    "News",
    "World",
    "Politics",
    "Business",
    "Tech",
    "Science",
    "Health",
    "Sport",
    "Culture",
    "Travel",
    "Opinion",
    "Video",
    "Podcasts",
    "Newsletters",
)
SHARE_BARS = (
    ("Share", "Facebook", "Twitter", "Email"),
    ("Share this article", "WhatsApp", "LinkedIn", "Copy link"),
    ("Print", "Share", "Comments"),
)
NEWSLETTER_BOXES = (
    ("Sign up for our newsletter", "Subscribe"),
    ("Get our free newsletter", "Sign up"),
    ("Newsletter", "Subscribe now"),
)
STORY_HEADLINES = (
    "Harbour bridge to close for repairs in the summer",
    "New tram line opens to the airport",
    "Council to vote on the new parking rules",
    "Ferry timetable changes from Monday",
    "Museum reopens after two years of work",
)


@st.composite
def menus(draw: st.DrawFn) -> list[str]:
    """A navigation menu, one item a line, maybe under "Skip to content"."""
    items = draw(st.lists(st.sampled_from(MENU_ITEMS), min_size=3, max_size=8, unique=True))
    return (["Skip to content"] if draw(st.booleans()) else []) + items


@st.composite
def related_lists(draw: st.DrawFn) -> list[str]:
    label = draw(st.sampled_from(("Related stories", "Most read", "More stories", "Read next")))
    picked = draw(st.lists(st.sampled_from(STORY_HEADLINES), min_size=2, max_size=4, unique=True))
    return [label, *picked]


def chrome_before(expected: dict[str, Any]) -> st.SearchStrategy[list[str]]:
    """Chrome that opens a page: a menu, maybe under "Skip to content", and a section.

    Only over a headline with a byline under it and no deck: below a menu the
    generic header does not yet tell a headline from its deck, nor find a
    headline with neither byline nor date. No masthead date either: it is read
    as the article's date (or its update) today.
    """
    if not expected["byline"] or expected["subtitle"]:
        return st.just([])
    # A section label may stand between the menu and the headline.
    label = st.sampled_from(("", "POLITICS", "World", "Business"))
    return st.tuples(menus(), label).map(lambda m: m[0] + ([m[1]] if m[1] else []))


def chrome_inside() -> st.SearchStrategy[list[str]]:
    """Boxes set between two paragraphs: a share bar, a newsletter sign-up, an ad."""
    return st.one_of(
        st.sampled_from(SHARE_BARS).map(list),
        st.sampled_from(NEWSLETTER_BOXES).map(list),
        st.just(["Advertisement"]),
    )


def chrome_after() -> st.SearchStrategy[list[str]]:
    """Chrome under an article: a share bar, a list of other stories, a sign-up box."""
    return st.one_of(
        related_lists(),
        st.sampled_from(SHARE_BARS).map(list),
        st.sampled_from(NEWSLETTER_BOXES).map(list),
    )


def _full(parts: Sequence[Part], at: int) -> bool:
    """A paragraph of at least 15 words at ``at``, not a question."""
    if at >= len(parts) or parts[at].kind != "paragraph":
        return False
    text = parts[at].text
    return len(text.split()) >= 15 and not text.endswith("?")


@st.composite
def chrome_dumps(draw: st.DrawFn) -> Dump:
    """A generic dump with page chrome before, inside and after the article.

    The chrome must change nothing: the expected article is the plain dump's.
    Inside boxes go between two paragraphs (never between a subheading and its
    paragraph, nor between a caption and its repeats); the chrome after the
    article goes between its last paragraph (or caption) and its tail.
    """
    dump = draw(dumps(style="generic", min_paragraphs=2))
    parts = list(dump.parts)
    paragraphs_at = [i for i, p in enumerate(parts) if p.kind == "paragraph"]
    after_last = paragraphs_at[-1] + 1
    while after_last < len(parts) and parts[after_last].kind in ("caption", "furniture"):
        after_last += 1
    after = draw(chrome_after()) if draw(st.booleans()) else []
    parts[after_last:after_last] = [Part("furniture", t) for t in after]
    # Between paragraph k and the next part when that part is a paragraph.
    slots = [i + 1 for i in paragraphs_at[:-1] if parts[i + 1].kind == "paragraph"]
    inside = draw(st.lists(st.sampled_from(slots), max_size=2, unique=True)) if slots else []
    for at in sorted(inside, reverse=True):
        box = draw(chrome_inside())
        # A list of other stories set into the article, where two full paragraphs follow
        # it (else it reads as the article's tail, which is what a reader takes it for).
        if _full(parts, at) and _full(parts, at + 1) and draw(st.booleans()):
            box = draw(related_lists())[:4]
        parts[at:at] = [Part("furniture", t) for t in box]
    before = draw(chrome_before(dump.expected)) if draw(st.booleans()) else []
    start = next((i for i, p in enumerate(parts) if p.kind != "furniture"), len(parts))
    parts[start:start] = [Part("furniture", t) for t in before]
    return dump.with_parts(parts)


# --- rendering ----------------------------------------------------------------


@st.composite
def layouts(draw: st.DrawFn) -> Layout:
    return Layout(
        newline=draw(st.sampled_from(("\n", "\r\n", "\r"))),
        gap=draw(st.sampled_from(("", "\n", "\n\n"))),
        bom=draw(st.booleans()),
        noise=draw(st.integers(0, 2**32)),
        final_newline=draw(st.booleans()),
    )


_NOISE: tuple[Callable[[str, random.Random], str], ...] = (
    lambda s, r: s.replace(" ", "\u00a0", r.randint(0, 3)),
    lambda s, r: s.replace(" ", "\t", r.randint(0, 1)),
    lambda s, r: s + " " * r.randint(1, 3),
    lambda s, r: "\t" * r.randint(1, 2) + s,
    lambda s, r: s.replace(" ", "  ", r.randint(0, 2)),
    lambda s, r: _insert(s, r, r.choice("\u200b\u200c\u200d\u2060\ufeff")),
    lambda s, r: s + r.choice(("\u00a0", "\u3000", "\u2009")),
)


def _insert(s: str, r: random.Random, ch: str) -> str:
    at = r.randint(0, len(s))
    return s[:at] + ch + s[at:]


def _noisy(line: str, rng: random.Random) -> str:
    for _ in range(rng.randint(0, 2)):
        line = rng.choice(_NOISE)(line, rng)
    return line


def render_text(dump: Dump, layout: Layout = PLAIN) -> str:
    """The dump as a pasted text dump."""
    rng = random.Random(layout.noise)
    out: list[str] = []
    prev: Part | None = None
    for part in dump.parts:
        line = _noisy(part.text, rng) if layout.noise else part.text
        # Repeated captions are printed on consecutive lines, like the browser does.
        same = prev is not None and prev == part and part.kind == "caption"
        if out and not same:
            out.append(layout.gap)
        out.append(line + "\n")
        prev = part
    text = "".join(out)
    if not layout.final_newline:
        text = text.rstrip("\n")
    text = text.replace("\n", layout.newline)
    return ("\ufeff" if layout.bom else "") + text


def with_furniture(dump: Dump, rng: random.Random, lines: Sequence[str]) -> Dump:
    """``dump`` with furniture ``lines`` inserted at random places before its tail."""
    parts = list(dump.parts)
    end = next((i for i, p in enumerate(parts) if p.kind == "tail"), len(parts))
    for line in lines:
        at = rng.randint(0, end)
        # Never split a caption from its repeats: the browser prints them together.
        while (
            0 < at < len(parts) and parts[at - 1].kind == "caption" and parts[at] == parts[at - 1]
        ):
            at += 1
        parts.insert(at, Part("furniture", line))
        end += 1
    return dump.with_parts(parts)


def with_repeated_captions(dump: Dump, times: Sequence[int]) -> Dump:
    """``dump`` with each caption printed ``times[k]`` (1 to 3) times in a row."""
    parts: list[Part] = []
    k = 0
    prev: Part | None = None
    for part in dump.parts:
        if part.kind == "caption" and part == prev:
            continue
        prev = part
        parts.append(part)
        if part.kind == "caption" and not part.text.startswith("(Cover"):
            parts += [part] * (times[k % len(times)] - 1)
            k += 1
    return dump.with_parts(parts)


# --- HTML -----------------------------------------------------------------------

# Nested <article> elements are teaser cards on real pages; one wraps the story.
_WRAPPERS = ("div", "section", "div")
_MARKED = {
    "furniture": ("aside", "related"),
    "tail": ("footer", "site-footer"),
    "byline": ("div", "byline"),
    "date": ("div", "date"),
    "updated": ("div", "date"),
    "info": ("div", "info"),
    "section": ("div", "breadcrumb"),
}
_ENTITY = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&#8217;", '"': "&quot;"}


def _escape(text: str, rng: random.Random) -> str:
    out = html.escape(text, quote=False)
    if rng.random() < 0.5:
        out = out.replace(" ", "&nbsp;", rng.randint(0, 2))
    if rng.random() < 0.3:
        out = out.replace("'", "&#39;").replace("’", "&rsquo;")
    return out


def render_html(dump: Dump, seed: int, charset: str = "utf-8", *, nest: bool = True) -> bytes:
    """The dump as a saved HTML page: random nesting (``nest``), unclosed tags, entities."""
    rng = random.Random(seed)
    tags = {
        "title": "h1",
        "subtitle": "h2",
        "heading": "h3",
        "paragraph": "p",
        "caption": "figcaption",
    }
    body: list[str] = []
    depth = 0
    prev: Part | None = None
    for part in dump.parts:
        if part.kind == "caption" and part == prev:
            continue  # a page holds each image once
        prev = part
        # Wrappers open at random and close at the end (with mismatched end tags):
        # the story stays in one subtree, as on real pages.
        if nest and rng.random() < 0.2:
            body.append(f'<{rng.choice(_WRAPPERS)} class="w{rng.randint(0, 9)}">')
            depth += 1
        tag = tags.get(part.kind, "p" if rng.random() < 0.7 else "div")
        text = _escape(part.text, rng)
        if part.kind in _MARKED:
            # Real pages mark these parts up: furniture in nav, aside or footer
            # elements, bylines and dates in classed blocks.
            element, cls = _MARKED[part.kind]
            body.append(f'<{element} class="{cls}">{text}</{element}>')
        elif part.kind == "caption":
            body.append(f'<figure><img src="x{rng.randint(0, 99)}.jpg" alt="">')
            body.append(f"<figcaption>{text}</figcaption></figure>")
        elif tag == "p" and rng.random() < 0.3:
            body.append(f"<p>{text}")  # unclosed, as real pages have them
        else:
            body.append(f"<{tag}>{text}</{tag}>")
    body.append("</div>" * depth)
    if rng.random() < 0.5:
        body = [f"<{rng.choice(('article', 'main'))}>", *body]
    head = (
        f'<meta charset="{charset}">'
        if rng.random() < 0.5
        else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    )
    titles = [p.text for p in dump.parts if p.kind == "title"]
    title = f"<title>{_escape(titles[0], rng)}</title>" if titles else ""
    page = (
        f"<!DOCTYPE html>\n<html><head>{head}{title}"
        "<script>var x = '<p>not text</p>';</script><style>p{}</style></head>\n<body>\n"
        + "\n".join(body)
        + "\n</body></html>\n"
    )
    return page.encode(charset, errors="xmlcharrefreplace")


@st.composite
def html_pages(
    draw: st.DrawFn, style: str | None = None, min_paragraphs: int = 1, nest: bool = True
) -> tuple[Dump, bytes]:
    dump = draw(dumps(style=style, min_paragraphs=min_paragraphs))
    charset = draw(st.sampled_from(("utf-8", "gb18030", "gbk", "windows-1252", "utf-8")))
    return dump, render_html(dump, draw(st.integers(0, 2**32)), charset, nest=nest)


# --- arbitrary and semi-structured input ----------------------------------------


@st.composite
def realistic_lines(draw: st.DrawFn) -> str:
    """One line of any kind that a dump prints."""
    style = draw(st.sampled_from(STYLES))
    dump = draw(dumps(style=style))
    return draw(st.sampled_from([p.text for p in dump.parts]))


@st.composite
def line_soup(draw: st.DrawFn) -> str:
    """Realistic lines and random text in any order: structure without a plan."""
    pieces = draw(
        st.lists(
            st.one_of(
                paragraphs(),
                headings(),
                titles(),
                caption_texts(),
                st.builds(lambda s: s[0], captions("cgtn")),
                st.builds(lambda s: s[0], captions("chinadaily")),
                st.builds(lambda s: s[0], captions("generic")),
                st.builds(lambda s: s[0], generic_dates()),
                furniture_lines("cgtn"),
                furniture_lines("chinadaily"),
                st.sampled_from(PEOPLE).map(lambda p: f"By {p}"),
                st.sampled_from(CD_SOURCES).map(lambda s: f"{s} | Updated: 2023-08-06 15:09"),
                st.text(max_size=80),
            ),
            max_size=30,
        )
    )
    sep = draw(st.sampled_from(("\n", "\n\n", "\r\n", "\r")))
    return sep.join(pieces)


def arbitrary_inputs() -> st.SearchStrategy[str | bytes]:
    """Anything at all: text, bytes, markup fragments, realistic soup."""
    tag = st.sampled_from(("<p>", "</p>", "<div>", "<html>", "<body>", "<br>", "<h1>", "<!--"))
    markup = st.lists(st.one_of(tag, st.text(max_size=20)), max_size=40).map("".join)
    return st.one_of(
        st.text(),
        st.binary(),
        line_soup(),
        markup,
        line_soup().map(lambda s: s.encode("utf-8")),
        line_soup().map(lambda s: s.encode("utf-16")),
        line_soup().map(lambda s: s.encode("gb18030", "replace")),
    )


# --- shapes that used to hang the parser (issue 10) ------------------------------


@st.composite
def pager_lookalikes(draw: st.DrawFn) -> str:
    """Small numbers, with or without separators, between words: a pager or nearly.

    Up to 40 numbers (a pager has at most 31) and words of up to 20 letters (a
    pager's have at most 12): the cases where a backtracking pattern tries every
    way to split the numbers before it fails.
    """
    numbers = draw(st.lists(st.integers(0, 99), min_size=1, max_size=40))
    seps = draw(
        st.lists(
            st.sampled_from(("", " ", " | ", ", ", "·", "  ")),
            min_size=len(numbers),
            max_size=len(numbers),
        )
    )
    body = "".join(f"{sep}{n}" for sep, n in zip(seps, numbers, strict=False)).strip()
    word = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyz«»"), min_size=1, max_size=20)
    before = draw(st.lists(word, max_size=3))
    after = draw(st.lists(word, max_size=5))
    return " ".join([*before, body, *after])


@st.composite
def digit_runs(draw: st.DrawFn) -> str:
    """A long run of digits, then a word."""
    digit = draw(st.sampled_from("0123456789"))
    word = draw(st.text(st.sampled_from("abcxyz"), min_size=1, max_size=20))
    return digit * draw(st.integers(20, 200)) + " " + word


@st.composite
def spaceless_bylines(draw: st.DrawFn) -> str:
    """A "By" line of thousands of characters without a space (handles and emails in it)."""
    piece = draw(st.sampled_from(("x", "@jane", "jane@", ".com", "a.b", "@")))
    return "By " + piece * draw(st.integers(100, 5000))


def hostile_lines() -> st.SearchStrategy[str]:
    return st.one_of(pager_lookalikes(), digit_runs(), spaceless_bylines())


@attrs.frozen
class Hostile:
    """How to make an HTML page hostile; each field 0 (or empty) leaves it alone."""

    lines: tuple[str, ...] = ()  # paragraphs after the article (pager lookalikes ...)
    attributes: int = 0  # attributes on the article's first paragraph
    depth: int = 0  # nesting around the page's body, past libxml2's limit when large
    flood: str = ""  # an unclosed or stray tag repeated after the article
    repeats: int = 0


@st.composite
def hostile(draw: st.DrawFn) -> Hostile:
    deep = draw(st.booleans())
    return Hostile(
        lines=tuple(draw(st.lists(st.one_of(pager_lookalikes(), digit_runs()), max_size=3))),
        attributes=draw(st.sampled_from((0, 3, 300, 2000))),
        # Past 2048 levels the page is flattened and read again.
        depth=draw(st.integers(2100, 2600)) if deep else draw(st.integers(0, 50)),
        flood=draw(st.sampled_from(("", "<a x", "</x>", "<p class='q", "<div>"))),
        repeats=draw(st.integers(0, 3000)),
    )


def render_hostile_html(dump: Dump, how: Hostile) -> str:
    """The dump as a plain page (one <article>), made hostile as ``how`` says."""
    crowd = " ".join(f"data-x{i}='{i}'" for i in range(how.attributes))
    body: list[str] = []
    for part in dump.parts:
        text = html.escape(part.text, quote=False)
        if part.kind == "title":
            body.append(f"<h1>{text}</h1>")
        elif part.kind == "caption":
            body.append(f"<figure><img src='x.jpg'><figcaption>{text}</figcaption></figure>")
        else:
            attributes = f" {crowd}" if crowd and part.kind == "paragraph" else ""
            crowd = "" if attributes else crowd
            body.append(f"<p{attributes}>{text}</p>")
    tail = "".join(f"<p>{html.escape(line, quote=False)}</p>" for line in how.lines)
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
        + "<div>" * how.depth
        + f"<article>{''.join(body)}</article>{tail}"
        + how.flood * how.repeats
    )
