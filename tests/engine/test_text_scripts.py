"""Prose in scripts that end sentences with marks of their own (the danda of Hindi,
Urdu's full stop) or with none (Thai): their paragraphs are the article's body."""

from __future__ import annotations

import pytest

import newsparse
from newsparse._engine.text import is_paragraph

HINDI = """होम
देश
विदेश
खेल
संसद में नए विधेयक पर तीखी बहस, विपक्ष ने किया वॉकआउट
प्रकाशित: 3 मई 2024
लेखक: राहुल शर्मा
संसद में शुक्रवार को नए विधेयक पर चर्चा के दौरान सत्ता पक्ष और विपक्ष के बीच तीखी बहस हुई। विपक्षी दलों ने सरकार पर जल्दबाजी का आरोप लगाया।
सरकार की ओर से कहा गया कि विधेयक पर व्यापक विचार विमर्श किया गया है और इससे आम लोगों को लाभ मिलेगा।
बहस के अंत में विपक्ष के सदस्यों ने सदन से बाहर जाकर अपना विरोध दर्ज कराया।
यह भी पढ़ें
संपर्क करें
"""

URDU = """صفحہ اول
پاکستان
کھیل
شہر میں بارش کے بعد سڑکوں پر پانی جمع ہو گیا
شہر میں رات بھر جاری رہنے والی بارش کے بعد کئی علاقوں میں سڑکوں پر پانی جمع ہو گیا اور ٹریفک کی روانی متاثر ہوئی۔
انتظامیہ کا کہنا ہے کہ نکاسی آب کا کام جاری ہے اور شام تک صورتحال معمول پر آنے کی توقع ہے۔
شہریوں نے شکایت کی کہ ہر سال یہی مسئلہ پیش آتا ہے مگر کوئی مستقل حل نہیں نکالا جاتا۔
رابطہ کریں
"""

THAI = """หน้าแรก
ข่าว
เศรษฐกิจ
กีฬา
ธนาคารกลางคงอัตราดอกเบี้ยนโยบาย
3 พฤษภาคม 2567 17:47 น.
คณะกรรมการนโยบายการเงินมีมติเป็นเอกฉันท์ให้คงอัตราดอกเบี้ยนโยบายไว้ที่ระดับเดิม โดยประเมินว่าเศรษฐกิจมีแนวโน้มขยายตัวต่อเนื่อง แม้จะยังมีความเสี่ยงจากภายนอกอยู่บ้าง
นักวิเคราะห์หลายสำนักคาดการณ์ไว้ก่อนหน้านี้ว่าธนาคารกลางจะคงดอกเบี้ยไว้ที่ระดับเดิม เนื่องจากอัตราเงินเฟ้อยังอยู่ในระดับต่ำกว่ากรอบเป้าหมายที่กำหนดไว้
ข่าวที่เกี่ยวข้อง
ติดต่อเรา
"""


@pytest.mark.parametrize(
    "text",
    [
        "बहस के अंत में विपक्ष के सदस्यों ने सदन से बाहर जाकर अपना विरोध दर्ज कराया।",
        "انتظامیہ کا کہنا ہے کہ نکاسی آب کا کام جاری ہے اور شام تک صورتحال معمول پر آنے کی توقع ہے۔",
        "هل يمكن أن يتغير الوضع قبل نهاية العام الجاري في ظل هذه الظروف الصعبة؟",
    ],
    ids=["hindi-danda", "urdu-full-stop", "arabic-question-mark"],
)
def test_a_sentence_ending_with_its_scripts_mark_is_a_paragraph(text: str) -> None:
    assert is_paragraph(text)


def test_a_long_thai_line_is_a_paragraph_and_a_short_one_is_not() -> None:
    assert is_paragraph(THAI.splitlines()[6])
    assert not is_paragraph("ธนาคารกลางคงอัตราดอกเบี้ยนโยบาย")


def _paragraphs(dump: str) -> list[str]:
    return [block.text for block in newsparse.parse(dump).body if block.kind == "paragraph"]


def test_hindi_paragraphs_ending_with_a_danda_are_the_body() -> None:
    article = newsparse.parse(HINDI)
    assert article.title == "संसद में नए विधेयक पर तीखी बहस, विपक्ष ने किया वॉकआउट"
    assert article.authors == ("राहुल शर्मा",)
    assert _paragraphs(HINDI) == HINDI.splitlines()[7:10]


def test_urdu_paragraphs_ending_with_its_full_stop_are_the_body() -> None:
    article = newsparse.parse(URDU)
    assert article.title == "شہر میں بارش کے بعد سڑکوں پر پانی جمع ہو گیا"
    assert _paragraphs(URDU) == URDU.splitlines()[4:7]


def test_thai_prose_without_sentence_marks_is_the_body_under_its_headline() -> None:
    article = newsparse.parse(THAI)
    assert article.title == "ธนาคารกลางคงอัตราดอกเบี้ยนโยบาย"
    assert str(article.date) == "2024-05-03"
    assert _paragraphs(THAI) == THAI.splitlines()[6:8]
