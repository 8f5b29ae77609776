"""The body of news dumps in other languages: a "read also" label alone on its line and
the story it links, a related box set into a short article, and the paragraphs of a script
that ends no sentence with a mark (Thai)."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._fields import furniture

HEAD = ["Startseite", "Wirtschaft", "Neue Regeln für Mieter in den Städten", "30.11.2026"]
GERMAN = [
    "Der Bundestag hat am Donnerstag neue Regeln für Mieter beschlossen, die in den großen Städten ab dem kommenden Jahr gelten sollen.",
    "Vermieter dürfen die Miete dann nur noch um höchstens zehn Prozent über der ortsüblichen Vergleichsmiete anheben.",
    "Die Opposition kritisierte das Gesetz als zu zaghaft, während die Verbände der Vermieter vor weniger Neubau warnten.",
    "Der Bundesrat soll sich noch vor dem Jahresende mit dem Gesetz befassen.",
]
LINK = "Wohnungsbau bricht im dritten Quartal ein"
FOOT = ["Impressum", "Datenschutz"]


def body(lines: list[str]) -> list[str]:
    return [b.text for b in newsparse.parse("\n".join(lines) + "\n").body]


@pytest.mark.parametrize(
    "label",
    [
        "Lesen Sie auch",
        "Lee también",
        "Lire aussi",
        "Leggi anche",
        "Leia também",
        "Lees ook",
        "Czytaj także",
        "Читайте также",
        "Читайте також",
        "Xem thêm",
        "اقرأ أيضا",
        "بیشتر بخوانید",
        "यह भी पढ़ें",
        "あわせて読みたい",
        "Lesen Sie auch:",
    ],
)
def test_a_read_also_label_alone_takes_the_linked_headline_under_it_out(label: str) -> None:
    lines = [*HEAD, *GERMAN[:2], label, LINK, *GERMAN[2:], *FOOT]
    assert body(lines) == GERMAN


def test_a_read_also_label_alone_is_furniture_and_a_sentence_naming_it_is_not() -> None:
    line = furniture.matcher(furniture.LINE)
    tail = furniture.matcher(furniture.TAIL)
    assert line("Lee también") == "furniture.read-more"
    # The head of a box of "read also" links is no tail (the article goes on).
    assert tail("Lesen Sie auch") is None
    assert line("Czytaj także »") == "furniture.read-more"
    assert line("Lee también lo que dijo el ministro sobre el plan.") is None


def test_a_paragraph_under_a_read_also_label_stays_in_the_body() -> None:
    # (The label's link is a short line; a paragraph under the label is the article's.)
    lines = [*HEAD, *GERMAN[:2], "Lesen Sie auch", *GERMAN[2:], *FOOT]
    assert body(lines) == GERMAN


KOREAN = [
    "홈",
    "경제",
    "한은, 기준금리 연 3.0%로 동결",
    "입력 2026.11.30 14:05",
    "한국은행 금융통화위원회는 30일 통화정책방향 회의를 열고 기준금리를 현재의 연 3.0%로 유지하기로 했다.",
    "관련기사",
    "원·달러 환율 1400원 돌파",
    "전문가들은 내년 상반기 중 금리 인하가 이뤄질 가능성이 높다고 내다봤다.",
    "금융시장은 이번 결정에 대체로 차분한 반응을 보였다.",
    "회사소개",
]
TURKISH = [
    "Ana Sayfa",
    "Merkez Bankası faizi sabit tuttu",
    "30.11.2026 14:05",
    "Merkez Bankası Para Politikası Kurulu, politika faizini yüzde kırk beş seviyesinde sabit tutma kararı aldı.",
    "İlgili Haberler",
    "Dolar güne yükselişle başladı",
    "Ekonomistler, faiz indiriminin önümüzdeki yılın ilk çeyreğinde başlayabileceğini tahmin ediyor.",
    "Piyasalarda karar sonrasında sınırlı bir hareketlilik gözlendi.",
    "Künye",
]
JAPANESE = [
    "トップ",
    "日銀、金融政策の現状維持を決定",
    "2026年11月30日 14時05分",
    "日本銀行は三十日まで開いた金融政策決定会合で、短期金利の誘導目標を据え置くことを決めた。",
    "関連記事",
    "円相場、一時１ドル＝１５０円台に",
    "市場では、追加利上げの時期は早くても来年春以降になるとの見方が広がっている。",
    "政府内には、景気への影響を懸念する声もある。",
    "利用規約",
]
# The article's one paragraph under the box, over its editor's sign-off.
CHINESE = [
    "首页",
    "央行宣布下调存款准备金率0.5个百分点",
    "2026-11-30 14:05",
    "中国人民银行30日宣布，决定于12月5日下调金融机构存款准备金率0.5个百分点。",
    "央行有关负责人表示，此次降准将释放长期流动性约1万亿元，有助于保持流动性合理充裕。",
    "相关阅读",
    "前十个月全国财政收入同比增长",
    "分析人士认为，此举体现了稳健货币政策灵活适度的要求，有利于降低银行资金成本。",
    "责任编辑：赵六",
    "关于我们",
]


@pytest.mark.parametrize(
    ("dump", "paragraphs"),
    [(KOREAN, [4, 7, 8]), (TURKISH, [3, 6, 7]), (JAPANESE, [3, 6, 7]), (CHINESE, [3, 4, 7])],
    ids=["korean", "turkish", "japanese", "chinese"],
)
def test_a_related_box_inside_a_short_article_does_not_end_it(
    dump: list[str], paragraphs: list[int]
) -> None:
    assert body(dump) == [dump[k] for k in paragraphs]


def test_a_related_label_over_one_teaser_after_a_short_article_is_its_tail() -> None:
    # A headline and its one-line summary: no prose of the article goes on under them.
    dump = [*KOREAN[:6], "원·달러 환율 1400원 돌파", KOREAN[7], "회사소개"]
    assert body(dump) == [KOREAN[4]]
    # Teasers alternate a headline and a summary.
    dump = [*KOREAN[:6], KOREAN[6], KOREAN[7], "코스피 2500선 회복", KOREAN[8], "회사소개"]
    assert body(dump) == [KOREAN[4]]


def test_a_related_label_over_a_teasers_question_is_a_tail() -> None:
    question = "금리는 언제쯤 내려갈까? 전문가들의 전망은 엇갈린다?"
    dump = [*KOREAN[:7], question, KOREAN[8], "회사소개"]
    assert body(dump) == [KOREAN[4]]


THAI = [
    "หน้าแรก",
    "เศรษฐกิจ",
    "ธนาคารแห่งประเทศไทยคงอัตราดอกเบี้ยนโยบาย",
    "30 พ.ย. 2569 14:05 น.",
    "คณะกรรมการนโยบายการเงินมีมติเป็นเอกฉันท์ให้คงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละสองจุดห้าต่อปี เนื่องจากเศรษฐกิจยังฟื้นตัวอย่างต่อเนื่อง",
    "ผู้ว่าการธนาคารแห่งประเทศไทยกล่าวว่าอัตราเงินเฟ้อมีแนวโน้มปรับตัวสูงขึ้นในปีหน้า แต่ยังอยู่ในกรอบเป้าหมาย",
]


def test_a_thai_paragraph_without_a_closing_mark_under_the_last_one_is_the_body() -> None:
    assert body(THAI) == THAI[4:6]


def test_a_thai_line_as_short_as_a_headline_under_the_article_stays_out() -> None:
    dump = [*THAI[:5], "ค่าเงินบาทแข็งค่าขึ้นเมื่อเทียบกับดอลลาร์", "ติดต่อเรา"]
    assert body(dump) == [THAI[4]]


def test_a_read_also_label_above_the_headline_leaves_it_the_title() -> None:
    # Above the article's prose, the line under the label may be the headline.
    lines = [HEAD[0], "Mieten steigen weiter", "Lesen Sie auch", *HEAD[2:], *GERMAN, *FOOT]
    article = newsparse.parse("\n".join(lines) + "\n")
    assert article.title == HEAD[2]
    assert [b.text for b in article.body] == GERMAN


def test_a_continue_reading_button_heads_no_link() -> None:
    # "Weiterlesen" closes a teaser: the short line under it is not its link.
    heading = "Was sich für Vermieter ändert"
    lines = [*HEAD, *GERMAN[:2], "Weiterlesen", heading, *GERMAN[2:], *FOOT]
    assert body(lines) == [*GERMAN[:2], heading, *GERMAN[2:]]
