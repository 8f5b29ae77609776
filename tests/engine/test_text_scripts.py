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


BENGALI = """প্রচ্ছদ
জাতীয়
খেলা
রাজধানীতে টানা বৃষ্টিতে জলাবদ্ধতা, ভোগান্তিতে নগরবাসী
প্রকাশ: ০৩ মে ২০২৪, ১৭:৪৭
রাজধানীতে শুক্রবার সকাল থেকে টানা বৃষ্টিতে বিভিন্ন এলাকায় জলাবদ্ধতার সৃষ্টি হয়েছে। এতে সাধারণ নগরবাসী চরম ভোগান্তিতে পড়েন।
সিটি করপোরেশনের পক্ষ থেকে জানানো হয়েছে, পানি নিষ্কাশনের কাজ চলছে এবং দ্রুত পরিস্থিতি স্বাভাবিক হবে।
আরও পড়ুন
যোগাযোগ
"""

TAMIL = """முகப்பு
செய்திகள்
விளையாட்டு
சென்னையில் கனமழை: பள்ளிகளுக்கு இன்று விடுமுறை
வெளியிடப்பட்டது: 03 மே 2024 17:47
சென்னை மற்றும் சுற்றுவட்டார பகுதிகளில் நேற்று இரவு முதல் கனமழை பெய்து வருவதால் பள்ளிகளுக்கு இன்று விடுமுறை அறிவிக்கப்பட்டுள்ளது.
தாழ்வான பகுதிகளில் மழைநீர் தேங்கியுள்ளதால் பொதுமக்கள் கடும் அவதிக்குள்ளாகியுள்ளனர் என்று அதிகாரிகள் தெரிவித்தனர்.
தொடர்பு கொள்ள
"""


@pytest.mark.parametrize("dump", [BENGALI, TAMIL], ids=["bengali", "tamil"])
def test_the_date_line_in_its_own_script_anchors_the_headline_over_it(dump: str) -> None:
    # Without the month's name in its script the date line is no anchor, and the
    # headline over it stays under the threshold: no title at all.
    article = newsparse.parse(dump)
    assert article.title == dump.splitlines()[3]
    assert str(article.date) == "2024-05-03"
    assert _paragraphs(dump) == dump.splitlines()[5:7]


KOREAN = """본문 바로가기
뉴스
정치
경제
사회
로그인
정치
정부, 내년부터 청년 주거 지원 예산 두 배로 늘리기로 결정하고 세부 시행 계획은 다음 달 초 발표하기로
박지훈 기자
입력 2025.03.14 09:12
정부가 내년부터 청년층의 주거 부담을 덜기 위해 관련 예산을 올해의 두 배 수준으로 늘리기로 했다. 기획재정부는 14일 이런 내용을 담은 예산안 편성 지침을 발표했다.
지침에 따르면 청년 전세자금 대출 이자 지원 대상이 확대되고, 월세 지원 기간도 기존 12개월에서 24개월로 늘어난다.
기획재정부는 다음 달 세부 계획을 발표할 예정이다.
많이 본 뉴스
"""


def test_a_long_korean_headline_is_counted_by_its_words_not_its_syllables() -> None:
    # Counted half a word a syllable on top of its spaces, this 17-word headline
    # weighed 37: too long for a headline, and the section label over it won.
    article = newsparse.parse(KOREAN)
    assert article.title == KOREAN.splitlines()[7]
    assert article.authors == ("박지훈",)
    assert str(article.date) == "2025-03-14"
    assert _paragraphs(KOREAN) == KOREAN.splitlines()[10:13]


KOREAN_COMMA = """뉴스
연예
칼럼
시장-의회 예산 갈등, 시민이 지켜봐야 하는 이유
기사입력 : 2025-03-14 09:12
시장과 의회의 싸움인가, 시민의 선택인가
시장과 의회의 예산 갈등이 한 달째 이어지고 있다. 시민이 이 싸움을 지켜봐야 하는 이유는 내년도 복지 예산이 걸려 있기 때문이다.
시민단체들은 예산 처리가 늦어지면 복지 사업이 멈출 수 있다며 조속한 합의를 촉구했다.
의회는 다음 주 본회의에서 예산안을 다시 논의할 예정이다.
"""


def test_a_korean_headline_with_a_comma_is_no_name_and_outlet() -> None:
    # Three spaced Korean words before a comma are a phrase, not a name (one word, two
    # with 기자): the headline is not a credit line over the date.
    article = newsparse.parse(KOREAN_COMMA)
    assert article.title == KOREAN_COMMA.splitlines()[3]
    assert str(article.date) == "2025-03-14"
