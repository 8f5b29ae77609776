"""A labelled publication date at the article's foot, over a related list whose
items print the same label (issue 12): the list's dates are items, not rivals."""

from __future__ import annotations

import datetime as dt

import pytest

import newsparse

#: Label, the article's day, the list's three days, per language.
FOOTS = {
    "en": ("Publish date", "15 November 2018", ["17 Jan 2019", "24 Jun 2025", "9 Nov 2023"]),
    "de": (
        "Veröffentlicht am",
        "15. November 2018",
        ["17. Januar 2019", "24. Juni 2025", "9. November 2023"],
    ),
    "fr": ("Publié le", "15 novembre 2018", ["17 janvier 2019", "24 juin 2025", "9 novembre 2023"]),
    "es": (
        "Publicado el",
        "15 de noviembre de 2018",
        ["17 de enero de 2019", "24 de junio de 2025", "9 de noviembre de 2023"],
    ),
    "ru": (
        "Опубликовано",
        "15 ноября 2018",
        ["17 января 2019", "24 июня 2025", "9 ноября 2023"],
    ),
}

PROSE = {
    "en": [
        "Small firms can protect their data with a few habits that cost little and take "
        "an afternoon to set up, the agency said in its guidance this week.",
        "Backing up files to a separate drive, keeping software current and turning on "
        "two-step sign-in stop most of the attacks that reach small offices.",
        "The guide also explains how to spot a forged invoice and whom to call when a "
        "payment has already gone to a fraudster's account.",
    ],
    "de": [
        "Kleine Betriebe können ihre Daten mit wenigen Gewohnheiten schützen, die kaum "
        "etwas kosten und an einem Nachmittag eingerichtet sind, teilte die Behörde mit.",
        "Sicherungen auf einem getrennten Laufwerk, aktuelle Programme und die Anmeldung "
        "in zwei Schritten verhindern die meisten Angriffe auf kleine Büros.",
        "Der Leitfaden erklärt außerdem, wie man eine gefälschte Rechnung erkennt und wen "
        "man anruft, wenn eine Zahlung schon auf dem Konto eines Betrügers liegt.",
    ],
    "fr": [
        "Les petites entreprises peuvent protéger leurs données grâce à quelques habitudes "
        "peu coûteuses, mises en place en un après-midi, selon l'agence.",
        "Sauvegarder ses fichiers sur un disque séparé, tenir ses logiciels à jour et "
        "activer la connexion en deux étapes arrêtent la plupart des attaques.",
        "Le guide explique aussi comment repérer une fausse facture et qui appeler quand "
        "un paiement est déjà parti vers le compte d'un escroc.",
    ],
    "es": [
        "Las pequeñas empresas pueden proteger sus datos con unos pocos hábitos que "
        "cuestan poco y se configuran en una tarde, según la agencia.",
        "Hacer copias en un disco aparte, mantener los programas al día y activar el "
        "acceso en dos pasos frenan la mayoría de los ataques a oficinas pequeñas.",
        "La guía explica además cómo detectar una factura falsa y a quién llamar cuando "
        "un pago ya ha llegado a la cuenta de un estafador.",
    ],
    "ru": [
        "Небольшие компании могут защитить свои данные с помощью нескольких привычек, "
        "которые почти ничего не стоят и настраиваются за один день, сообщило ведомство.",
        "Резервные копии на отдельном диске, свежие версии программ и вход в два шага "
        "останавливают большинство атак на небольшие офисы.",
        "В руководстве также объясняется, как распознать поддельный счёт и куда звонить, "
        "если платёж уже ушёл на счёт мошенника.",
    ],
}

TITLES = [
    "Shopping and paying safely online this winter",
    "Trusting the tech: password managers explained",
    "Bargain hunters warned of scams before the holidays",
]


def _dump(lang: str, *, own: bool = True) -> str:
    label, day, days = FOOTS[lang]
    lines = ["Home", "Guidance", "Menu", "", "Small Business Guide: Cyber Security", ""]
    for p in PROSE[lang]:
        lines += [p, ""]
    lines += ["Topics", "Passwords Phishing"]
    if own:
        lines += [label, day, "Version", "1.0"]
    lines += ["Share", "Copy Link", "Also see"]
    for d, t in zip(days, TITLES, strict=True):
        lines += ["News", label, d, t, "How the new rules change what shops must check."]
    lines += ["Cookies", "Contact us"]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("lang", sorted(FOOTS))
def test_labelled_foot_date_over_a_list_of_labelled_items(lang: str) -> None:
    article = newsparse.parse(_dump(lang))
    assert article.date is not None

    got = article.date.date() if isinstance(article.date, dt.datetime) else article.date
    assert got == dt.date(2018, 11, 15)


@pytest.mark.parametrize("lang", sorted(FOOTS))
def test_a_list_of_labelled_items_alone_gives_no_date(lang: str) -> None:
    assert newsparse.parse(_dump(lang, own=False)).date is None


THAI = """หน้าแรก
ข่าว
การเมือง
เศรษฐกิจ
วันจันทร์ที่ 1 ธันวาคม 2568

เศรษฐกิจ
ธนาคารกลางคงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละ 2.25 ตามที่ตลาดคาดการณ์
คณะกรรมการนโยบายการเงินมีมติเอกฉันท์ให้คงดอกเบี้ย พร้อมส่งสัญญาณติดตามเงินเฟ้อใกล้ชิด
โดย สมชาย ตัวอย่าง · 3 พ.ย. 2568 14:05 น.
แชร์
คณะกรรมการนโยบายการเงินของธนาคารกลางมีมติเป็นเอกฉันท์ให้คงอัตราดอกเบี้ยนโยบายไว้ที่ร้อยละ 2.25 \
ต่อปี โดยให้เหตุผลว่าเศรษฐกิจยังคงขยายตัวได้ต่อเนื่องแม้จะเผชิญกับความไม่แน่นอนจากภายนอก
ผู้ช่วยผู้ว่าการกล่าวว่าอัตราเงินเฟ้อทั่วไปมีแนวโน้มกลับเข้าสู่กรอบเป้าหมายในช่วงกลางปีหน้า \
ขณะที่การบริโภคภาคเอกชนและการท่องเที่ยวยังเป็นแรงขับเคลื่อนสำคัญของเศรษฐกิจไทยในระยะนี้
นักวิเคราะห์หลายสำนักคาดว่าคณะกรรมการจะคงอัตราดอกเบี้ยไว้ที่ระดับเดิมจนถึงสิ้นปีหน้า \
เว้นแต่ราคาพลังงานจะปรับตัวสูงขึ้นอย่างรวดเร็วจนกระทบต่อค่าครองชีพของประชาชน
ข่าวที่เกี่ยวข้อง
ราคาทองคำวันนี้ปรับขึ้น 100 บาท
"""


def test_thai_byline_with_its_time_is_no_paragraph() -> None:
    # ``น.`` (o'clock) ends the line with a point: no sentence's end in Thai.
    article = newsparse.parse(THAI)
    assert article.authors == ("สมชาย ตัวอย่าง",)
    assert article.date is not None
    got = article.date.date() if isinstance(article.date, dt.datetime) else article.date
    assert got == dt.date(2025, 11, 3)  # not the masthead's day over the menu


def test_thai_sentence_ending_in_a_mark_is_still_prose() -> None:
    from newsparse._engine.text import is_paragraph

    assert not is_paragraph("โดย สมชาย ตัวอย่าง · 3 พ.ย. 2568 14:05 น.")
    assert is_paragraph("เขากล่าวว่า ราคาน้ำมันจะปรับขึ้นอีกในสัปดาห์หน้า หากค่าเงินยังอ่อนตัวลง!")
