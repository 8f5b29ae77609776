"""Captions of news dumps: wire photos' captions, gallery counters glued by the copy, and
credits in the print styles of more languages (newsparse._fields.captions, and the text
engine's use of them)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._fields.captions import is_wire_caption_date, match_caption, wire_credit_alone


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        # Arabic: the wire in brackets after the caption
        ("متظاهرون في ساحة المدينة القديمة (رويترز)", "متظاهرون في ساحة المدينة القديمة", "رويترز"),
        ("رجال الإطفاء قرب الميناء (أ ف ب)", "رجال الإطفاء قرب الميناء", "أ ف ب"),
        # Japanese: place and time after "＝", then the photographer or the wire
        (
            "会見する市長＝北町市役所で2026年3月2日、山川花子撮影",
            "会見する市長＝北町市役所で2026年3月2日",
            "山川花子",
        ),
        ("記者会見する知事（2日、県庁）＝共同", "記者会見する知事（2日、県庁）", "共同"),
        # Korean: the wire or the paper after a slash, the day before it or not
        (
            "시장이 2일 시청에서 발언하고 있다. 2026.3.2/뉴스1",
            "시장이 2일 시청에서 발언하고 있다.",
            "뉴스1",
        ),
        ("시민들이 광장에 모여 있다. /연합뉴스", "시민들이 광장에 모여 있다.", "연합뉴스"),
        # Italian and Spanish print style, no colon
        (
            "Il sindaco in piazza Garibaldi. (foto LaPresse)",
            "Il sindaco in piazza Garibaldi.",
            "LaPresse",
        ),
        ("Il sindaco in piazza (Foto di Marta Neri)", "Il sindaco in piazza", "Marta Neri"),
        # A European photo wire, then the photographer
        (
            "Polizisten am Hafen von Nordstadt. IMAGO/Jana Kern",
            "Polizisten am Hafen von Nordstadt.",
            "IMAGO/Jana Kern",
        ),
        (
            "Demonstranten in de binnenstad. ANP/Piet Smit",
            "Demonstranten in de binnenstad.",
            "ANP/Piet Smit",
        ),
        # A paper's photo handed out by a wire, in brackets after the caption
        (
            "A shopper looks at extension cords at a hardware store. (Ed Moss/The Valley Times via AP)",
            "A shopper looks at extension cords at a hardware store.",
            "Ed Moss/The Valley Times via AP",
        ),
    ],
)
def test_credits_in_the_print_styles_of_more_languages(line: str, text: str, credit: str) -> None:
    found = match_caption(line)
    assert found is not None
    assert (found.text, found.credit) == (text, credit)


@pytest.mark.parametrize(
    "line",
    [
        # A story's dateline holds its wire at its start; a paragraph ends with its wire.
        "القاهرة (رويترز) - قال مسؤولون إن المحادثات ستستأنف الأسبوع المقبل",
        "知事は記者会見で計画を説明した（共同）",
        "시장은 이날 기자회견에서 계획을 설명했다.",
        "Die Zahl der Fälle stieg im März (Quelle: Landesamt)",
        "Il sindaco ha mostrato le foto (vedi sotto)",
        # A wire alone in brackets ends a wire story's paragraph, never a caption's credit.
        "The minister said talks would resume next week. (AAP)",
        "The number 1 of 4 voters said they had not decided.",
    ],
)
def test_look_alikes_are_no_caption(line: str) -> None:
    assert match_caption(line) is None


def test_a_gallery_counter_glued_to_its_caption_is_left_out_of_the_text() -> None:
    found = match_caption("2of6Volunteers fill sandbags outside the town hall")
    assert found is not None
    assert (found.text, found.credit) == ("Volunteers fill sandbags outside the town hall", None)


def test_a_credit_printed_as_a_captions_text_is_a_credit() -> None:
    # Two credits on one line: the caption's text is the line above.
    found = match_caption("Photo illustration by Northside. Photo by Lena Park.")
    assert found is not None
    assert found.text is None
    assert found.credit == "Lena Park"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Teachers rally at the Statehouse in Midtown, Tuesday, Nov. 19, 2019, for pay.", True),
        ("Fans cheer at the stadium in Lakeside, on Sunday, Sept. 8, 2024.", True),
        # Prose dates a day in full without the wires' abbreviation, or starts with it.
        ("My story begins on Friday, November 7, 2025, when the update went out.", False),
        ("Tuesday, Nov. 19, 2019", False),
        ("The council met on Tuesday to vote on the plan.", False),
    ],
)
def test_a_wire_captions_date(line: str, expected: bool) -> None:
    assert is_wire_caption_date(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Maria Lopez, AP", True),
        ("Tom Reed, Associated Press", True),
        ("Anna Berg / Reuters", True),
        ("By Maria Lopez, AP", False),
        ("The council said on Monday, AP", False),
    ],
)
def test_a_wire_credit_alone(line: str, expected: bool) -> None:
    assert (wire_credit_alone(line) is not None) is expected


_INTRO = (
    "Several thousand teachers surrounded the capitol on Tuesday to call for better pay and "
    "more respect from the lawmakers who run the state's schools budget."
)
_PROSE = (
    "The union said the rally was the largest of its kind in the state, and organisers "
    "counted buses from more than forty districts parked around the square."
)
_PROSE2 = (
    "Lawmakers said a raise was already planned for next year, though the union called "
    "the figure too small to keep young teachers in the classroom."
)
_WIRE_CAPTION = (
    "Teachers wearing red carry signs as they rally at the capitol in Midtown, Tuesday, "
    "Nov. 19, 2019, calling for higher pay amid a wave of protests across the country."
)


def _dump(*lines: str) -> str:
    return "\n\n".join(["Teachers rally for better pay", *lines]) + "\n"


def test_a_wire_caption_over_a_name_and_a_wire_leaves_the_body() -> None:
    article = newsparse.parse(_dump(_INTRO, _PROSE, _WIRE_CAPTION, "Maria Lopez, AP", _PROSE2))
    assert [(c.text, c.credit) for c in article.captions] == [(_WIRE_CAPTION, "Maria Lopez, AP")]
    assert [b.text for b in article.body] == [_INTRO, _PROSE, _PROSE2]


def test_a_long_wire_caption_over_a_credit_leaves_the_body() -> None:
    # Over forty words: a wire caption dates its scene, which lets it run long.
    caption = _WIRE_CAPTION.replace(
        "across the country.",
        "across the country, where teachers in several states have walked out of their "
        "classrooms over the past two years.",
    )
    assert len(caption.split()) > 40
    article = newsparse.parse(
        _dump(_INTRO, _PROSE, caption, "Maria Lopez | Bloomberg | Getty Images", _PROSE2)
    )
    assert [c.text for c in article.captions] == [caption]
    assert [b.text for b in article.body] == [_INTRO, _PROSE, _PROSE2]


def test_a_name_and_a_wire_under_prose_is_no_caption() -> None:
    # Without a wire caption's date above it, "Name, AP" reads as a byline as well.
    article = newsparse.parse(_dump(_INTRO, _PROSE, "Maria Lopez, AP", _PROSE2))
    assert article.captions == ()
    assert _PROSE in [b.text for b in article.body]


def test_a_prose_line_with_a_full_date_stays_in_the_body() -> None:
    sentence = (
        "The union first called the strike on Friday, Nov. 8, 2019, after talks with the "
        "governor's office broke down over the size of the raise."
    )
    article = newsparse.parse(_dump(_INTRO, sentence, _PROSE, _PROSE2))
    assert [b.text for b in article.body] == [_INTRO, sentence, _PROSE, _PROSE2]
    assert article.captions == ()


def test_glued_gallery_slides_leave_the_body() -> None:
    slides = [
        "1of3Volunteers fill sandbags outside the town hall. (Ed Moss/The Valley Times via AP)",
        "2of3A shopper looks at extension cords. (Ed Moss/The Valley Times via AP)",
        "3of3Water covers the road near the old mill. (Ed Moss/The Valley Times via AP)",
    ]
    article = newsparse.parse(_dump(*slides, _INTRO, _PROSE, _PROSE2))
    assert [c.text for c in article.captions] == [
        "Volunteers fill sandbags outside the town hall.",
        "A shopper looks at extension cords.",
        "Water covers the road near the old mill.",
    ]
    assert [b.text for b in article.body] == [_INTRO, _PROSE, _PROSE2]


def test_the_line_over_two_credits_is_the_caption() -> None:
    article = newsparse.parse(
        _dump(
            _INTRO,
            _PROSE,
            "The author in 1987.",
            "Photo illustration by Northside. Photo by Lena Park.",
            _PROSE2,
        )
    )
    assert [(c.text, c.credit) for c in article.captions] == [("The author in 1987.", "Lena Park")]
    assert [b.text for b in article.body] == [_INTRO, _PROSE, _PROSE2]


_DUMPS = {
    "ar": (
        "الرئيسية\nأخبار\nاقتصاد\nرياضة\n\nالحكومة تعلن خطة جديدة لدعم الموانئ\n\n"
        "أعلنت الحكومة اليوم خطة جديدة لدعم الموانئ الصغيرة على الساحل، تشمل تمويلا لتوسيع "
        "الأرصفة وتحديث معدات الشحن خلال السنوات الثلاث المقبلة.\n\n"
        "عمال في ميناء المدينة القديمة (رويترز)\n\n"
        "وقال وزير النقل إن الخطة ستوفر آلاف الوظائف الجديدة في المناطق الساحلية، وإن "
        "العمل سيبدأ في الربيع المقبل بعد موافقة البرلمان على الميزانية.\n",
        "عمال في ميناء المدينة القديمة",
        "رويترز",
    ),
    "ja": (
        "ニュース\n政治\n経済\n\n北町市、新しい防潮堤の建設を決定\n\n"
        "北町市は2日、沿岸部に新しい防潮堤を建設する計画を正式に決定した。総事業費は約"
        "120億円で、2030年度の完成を目指す。市によると、過去10年で3回の高潮被害が出ていた。\n\n"
        "会見する市長＝北町市役所で2026年3月2日、山川花子撮影\n\n"
        "市長は記者会見で「住民の安全を最優先に考えた」と述べた。工事は来年春に始まる予定で、"
        "地元の漁業関係者との協議も続けるという。\n",
        "会見する市長＝北町市役所で2026年3月2日",
        "山川花子",
    ),
    "ko": (
        "뉴스\n정치\n경제\n\n북도시, 새 방파제 건설 확정\n\n"
        "북도시는 2일 해안 지역에 새 방파제를 건설하는 계획을 확정했다고 밝혔다. 총사업비는 약 "
        "1200억원으로 2030년 완공을 목표로 한다.\n\n"
        "시장이 2일 시청에서 발언하고 있다. 2026.3.2/뉴스1\n\n"
        "시장은 이날 기자회견에서 주민의 안전을 최우선으로 고려했다고 말했다. 공사는 내년 봄에 "
        "시작될 예정이며 지역 어민들과의 협의도 계속할 방침이다.\n",
        "시장이 2일 시청에서 발언하고 있다.",
        "뉴스1",
    ),
    "it": (
        "Home\nCronaca\nPolitica\n\nNordporto, via libera alla nuova diga\n\n"
        "Il consiglio comunale di Nordporto ha approvato ieri sera il progetto della nuova diga "
        "foranea, attesa da oltre dieci anni dai pescatori e dagli abitanti del quartiere.\n\n"
        "Il sindaco in piazza Garibaldi dopo il voto. (foto LaPresse)\n\n"
        "I lavori dovrebbero cominciare in primavera e durare tre anni, secondo la giunta, che "
        "ha già chiesto i fondi alla regione per la prima parte dell'opera.\n",
        "Il sindaco in piazza Garibaldi dopo il voto.",
        "LaPresse",
    ),
    "de": (
        "Startseite\nPolitik\nWirtschaft\n\nNordstadt baut neuen Deich\n\n"
        "Der Stadtrat von Nordstadt hat am Montag den Bau eines neuen Deichs beschlossen. Die "
        "Kosten liegen nach Angaben der Verwaltung bei rund 120 Millionen Euro.\n\n"
        "Arbeiter am Hafen von Nordstadt. IMAGO/Jana Kern\n\n"
        "Die Bauarbeiten sollen im Frühjahr beginnen und drei Jahre dauern, teilte die Stadt "
        "mit. Anwohner hatten seit Jahren einen besseren Schutz gefordert.\n",
        "Arbeiter am Hafen von Nordstadt.",
        "IMAGO/Jana Kern",
    ),
}


@pytest.mark.parametrize("lang", sorted(_DUMPS))
def test_a_credited_caption_leaves_a_news_dumps_body(lang: str) -> None:
    dump, text, credit = _DUMPS[lang]
    article = newsparse.parse(dump)
    assert [(c.text, c.credit) for c in article.captions] == [(text, credit)]
    body = [b.text for b in article.body]
    assert not any(text in b for b in body)
    # The paragraph under the caption is the article's (the first may be read as its dek).
    assert body[-1] == dump.strip().splitlines()[-1]


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Crowds gather outside the court on Tuesday. Jane Doe/CNN", "Jane Doe/CNN"),
        ("Crowds gather outside the court on Tuesday. | Jane Doe/POLITICO", "Jane Doe/POLITICO"),
        ("Crowds gather outside the court on Tuesday. (ABC News: Jane Doe)", "ABC News: Jane Doe"),
        ("Crowds gather outside the court on Tuesday. (Supplied)", "Supplied"),
        ("Crowds gather outside the court on Tuesday. (PTI Photo)", "PTI"),
        ("Crowds gather outside the court on Tuesday. ANI Photo", "ANI"),
        (
            "Crowds gather outside the court on Tuesday. Express Photo by Jane Doe",
            "Express Photo by Jane Doe",
        ),
        ("Crowds gather outside the court on Tuesday. REUTERS", "REUTERS"),
        ("Crowds gather outside the court on Tuesday. Getty", "Getty"),
    ],
)
def test_credits_of_english_language_outlets(line: str, credit: str) -> None:
    found = match_caption(line)
    assert found is not None
    assert (found.text, found.credit) == ("Crowds gather outside the court on Tuesday.", credit)


@pytest.mark.parametrize(
    "line",
    [
        # A list's numbered item, a source or a person's role in brackets: no credit.
        "21. Safety Lockout/Tagout Kit",
        "3.1. Raw Request/Response Capture",
        "The report lists the cost of each item. (Source: National Bureau)",
        "Craig Fowler – Harbour Fish Co. (Instructor: Anna Villa)",
        "We took the photo from the hill. Our Photo",
    ],
)
def test_look_alikes_of_english_credits_are_no_caption(line: str) -> None:
    assert match_caption(line) is None


def test_a_gallery_count_over_a_caption_leaves_the_body() -> None:
    # A tabloid prints its gallery's size on each image: "6" over every caption.
    caption = "Water covers the road near the old mill after the stormCredit: Ed Moss"
    article = newsparse.parse(_dump(_INTRO, _PROSE, "6", caption, _PROSE2))
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Water covers the road near the old mill after the storm", "Ed Moss")
    ]
    assert "6" not in [b.text for b in article.body]
    assert _PROSE2 in [b.text for b in article.body]


def test_a_number_alone_over_prose_stays() -> None:
    # A number over a paragraph is no gallery's count (here a list's item's number).
    article = newsparse.parse(_dump(_INTRO, _PROSE, "6", _PROSE2))
    assert article.captions == ()
