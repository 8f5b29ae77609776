"""Page furniture in the languages of the web beside English: share and print
buttons, advertisement labels, comment heads, "read also" labels, related lists."""

from __future__ import annotations

import pytest

from newsparse._fields import furniture
from newsparse._fields.furniture_words import BUTTONS, READ_ALSO, RELATED, Words

line = furniture.matcher(furniture.LINE)
tail = furniture.matcher(furniture.TAIL)


@pytest.mark.parametrize(
    "text",
    [
        "Teilen",
        "Partager",
        "Compartir en Twitter",
        "Condividi su Facebook",
        "Udostępnij",
        "Поделиться",
        "Paylaş",
        "Bagikan",
        "Chia sẻ",
        "مشاركة",
        "分享到：",
        "공유하기",
        "Anzeige",
        "Publicidad",
        "Реклама",
        "广告",
        "Kommentare (12)",
        "Bình luận",
        "댓글",
        "Сподели",
        "শেয়ার করুন",
        "Kongsi",
        "Shiriki",
        "שיתוף",
        "Dengarkan berita",
        "Lees voor",
        "इस खबर को सुनें",
        "Kuuntele artikkeli",
    ],
)
def test_buttons_and_labels_alone_on_their_line_are_furniture(text: str) -> None:
    assert line(text) == "furniture.share"


@pytest.mark.parametrize(
    "text",
    [
        "Baca juga: Rupiah menguat tipis pada perdagangan sore ini",
        "Lesen Sie auch: Die Bahn erhöht die Preise",
        "Leia também: O que muda no imposto de renda",
        "Читайте также: Курс рубля снизился",
        "اقرأ أيضا: ارتفاع أسعار النفط",
        "यह भी पढ़ें: मौसम विभाग का अलर्ट",
        "相关阅读：多地出台新政",
    ],
)
def test_a_read_also_label_before_its_colon_is_furniture(text: str) -> None:
    assert line(text) == "furniture.read-more"


@pytest.mark.parametrize(
    "text",
    [
        "Noticias relacionadas",
        "Ähnliche Artikel",
        "İlgili Haberler",
        "Berita Terkait",
        "相关新闻",
        # "You may also like" over other stories.
        "Você pode gostar...",
        "Das könnte Sie auch interessieren",
        "Vous aimerez aussi :",
        "Te puede interesar",
        "Вам может понравиться",
        "قد يعجبك أيضا",
        "你可能感兴趣",
    ],
)
def test_the_head_of_a_related_list_is_a_tail(text: str) -> None:
    assert tail(text) == "tail.related"


@pytest.mark.parametrize(
    "text",
    [
        # A sentence that opens with a button's word, or names one, is prose.
        "Teilen Sie diesen Artikel mit Ihren Freunden, wenn er Ihnen gefallen hat.",
        "Compartir en familia es lo más importante, dijo la ministra.",
        # A label without its colon, or whose colon stands far into the line.
        "Baca juga berita lainnya di halaman kami",
        "Die Regierung erklärte am Abend in einer Mitteilung: Lesen Sie auch",
        # A button's word and two more words is no button.
        "Compartir en la familia",
    ],
)
def test_prose_holding_furniture_words_is_not_furniture(text: str) -> None:
    assert line(text) is None
    assert tail(text) is None


def test_words_compare_lines_without_case_and_closing_marks() -> None:
    words = Words(lines=frozenset({"teilen"}), before_name=frozenset({"teilen auf"}))
    assert words.match("TEILEN »")
    assert words.match("Teilen auf Facebook")
    assert not words.match("Teilen auf dem Marktplatz")
    assert not words.match("Teilen" + " " * 60)  # (longer than a button's line)


def test_a_label_matches_before_a_colon_in_either_width() -> None:
    labels = Words(labels=frozenset({"baca juga", "相关阅读"}))
    assert labels.match("Baca juga : Harga emas turun")
    assert labels.match("相关阅读：新政")
    assert not labels.match("Baca juga")  # (no colon: a box's head, left to the body rules)


def test_the_built_in_word_rules_hold_lower_case_words_only() -> None:
    for words in (BUTTONS, READ_ALSO, RELATED):
        for word in words.lines | words.before_name | words.labels:
            assert word == word.lower(), word
