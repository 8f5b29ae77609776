"""The publication day of whole dumps in many languages (issue 12): a masthead with
today's date over a menu, the headline, the byline and the date line as each language
prints them, share buttons, a short article, then a related list with its own dates.

The article's day is read; with no date line under the headline, none is (neither the
masthead's nor a related item's). A short article's related dates, past its first
paragraphs, are never the header's, even where the header prints only an update. A
byline's part of an info line keeps its date (``By Jane Doe · Posted: … | Last
Updated: …``), as does the dump's one ``By`` line (``Posted by Jane Doe on …``). A bare
two-digit-year date under the headline is read in the order of the prose's language,
with one-digit days and months (``3.5.24``) and dashes (``03-11-25``) too.
"""

from __future__ import annotations

import datetime as dt

import pytest
from test_dates_by_byline_once import page

from articles import quiet_parse as parse
from articles import rule

# (code, masthead's today, menu, headline, byline, date line, its day, a sentence,
# the related list's label and its items' date)
PAGES = [
    ("de", "Montag, 1. Dezember 2025", "Politik|Wirtschaft|Sport|Kultur",
     "Stadtrat beschließt neuen Haushalt für das kommende Jahr", "Von Anna Beispiel",
     "3. Mai 2024, 17:47 Uhr", dt.date(2024, 5, 3),
     "Der Stadtrat hat am Abend nach langer Debatte den Haushalt beschlossen, der viele "
     "Investitionen in Schulen und Straßen vorsieht.", "Mehr zum Thema", "28.04.2024"),
    ("fr", "Lundi 1 décembre 2025", "Politique|Économie|Sport|Culture",
     "Le conseil municipal adopte un nouveau budget pour l'année prochaine",
     "Par Jeanne Exemple", "le 3 novembre 2025 à 14h05", dt.date(2025, 11, 3),
     "Le conseil municipal a adopté mardi soir, après un long débat, un budget qui "
     "prévoit de nombreux investissements dans les écoles.", "À lire aussi",
     "28 octobre 2025"),
    ("ru", "1 декабря 2025", "Политика|Экономика|Спорт|Культура",
     "Городской совет утвердил новый бюджет на следующий год", "Анна Примерова",
     "3 ноября 2025, 14:05 МСК", dt.date(2025, 11, 3),
     "Городской совет после долгих споров утвердил бюджет, который предусматривает "
     "крупные вложения в школы и дороги города.", "Читайте также", "28 октября 2025"),
    ("zh", "2025年12月1日 星期一", "首页|国内|国际|财经", "市议会通过明年新预算方案",
     "记者 王小明", "2025年11月03日 14:05", dt.date(2025, 11, 3),
     "市议会经过长时间讨论，于周二晚间通过了明年的预算方案，其中包括对学校和道路的大量投资，"
     "预计将惠及全市居民。", "相关新闻", "2025年10月28日"),
    ("en", "Monday, December 1, 2025", "News|Sports|Business|Opinion",
     "City council approves new budget for next year", "By Jane Example",
     "Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: Aug 09, 2024", dt.date(2024, 8, 8),
     "The city council approved the budget on Tuesday night after a long debate, with "
     "large investments in schools and roads planned.", "Related stories", "Aug 01, 2024"),
    ("ar", "الاثنين 1 ديسمبر 2025", "سياسة|اقتصاد|رياضة|ثقافة",
     "المجلس البلدي يقر ميزانية جديدة للعام المقبل", "بقلم سارة مثال",
     "نشر في 3 نوفمبر 2025 - 14:05", dt.date(2025, 11, 3),
     "أقر المجلس البلدي مساء الثلاثاء بعد نقاش طويل ميزانية تتضمن استثمارات كبيرة في "
     "المدارس والطرق في جميع أنحاء المدينة.", "اقرأ أيضا", "28 أكتوبر 2025"),
    ("hi", "सोमवार, 1 दिसंबर 2025", "देश|विदेश|खेल|मनोरंजन",
     "नगर परिषद ने अगले साल के लिए नया बजट मंजूर किया", "लेखक: राहुल उदाहरण",
     "प्रकाशित: 3 नवंबर 2025, 14:05 IST", dt.date(2025, 11, 3),
     "नगर परिषद ने मंगलवार रात लंबी बहस के बाद बजट को मंजूरी दी, जिसमें स्कूलों और "
     "सड़कों में बड़े निवेश की योजना है।", "ये भी पढ़ें", "28 अक्टूबर 2025"),
    ("tr", "1 Aralık 2025 Pazartesi", "Gündem|Ekonomi|Spor|Kültür",
     "Belediye meclisi gelecek yılın yeni bütçesini onayladı", "Ayşe Örnek",
     "Yayınlanma: 3 Kasım 2025 14:05", dt.date(2025, 11, 3),
     "Belediye meclisi salı akşamı uzun bir tartışmanın ardından okullara ve yollara "
     "büyük yatırımlar öngören bütçeyi onayladı.", "İlgili Haberler", "28 Ekim 2025"),
    ("id", "Senin, 1 Desember 2025", "Berita|Ekonomi|Olahraga|Hiburan",
     "DPRD setujui anggaran baru untuk tahun depan", "Penulis: Budi Contoh",
     "Senin, 03 Nov 2025 14:05 WIB", dt.date(2025, 11, 3),
     "DPRD menyetujui anggaran pada Selasa malam setelah perdebatan panjang, dengan "
     "investasi besar untuk sekolah dan jalan di seluruh kota.", "Baca Juga", "28 Okt 2025"),
    ("vi", "Thứ hai, 1/12/2025", "Thời sự|Kinh doanh|Thể thao|Giải trí",
     "Hội đồng thành phố thông qua ngân sách mới cho năm tới", "Nguyễn Văn Mẫu",
     "Thứ hai, 3/11/2025, 14:05 (GMT+7)", dt.date(2025, 11, 3),
     "Hội đồng thành phố đã thông qua ngân sách vào tối thứ ba sau một cuộc tranh luận "
     "dài, với các khoản đầu tư lớn vào trường học và đường sá.", "Tin liên quan",
     "28/10/2025"),
    ("pl", "Poniedziałek, 1 grudnia 2025", "Kraj|Świat|Sport|Kultura",
     "Rada miasta przyjęła nowy budżet na przyszły rok", "Anna Przykładowa",
     "Opublikowano: 03.11.2025 14:05", dt.date(2025, 11, 3),
     "Rada miasta przyjęła we wtorek wieczorem po długiej debacie budżet, który "
     "przewiduje duże inwestycje w szkoły i drogi w całym mieście.", "Czytaj także",
     "28.10.2025"),
    ("ko", "2025년 12월 1일 월요일", "정치|경제|사회|스포츠", "시의회, 내년도 새 예산안 통과",
     "김예시 기자", "기사입력 2025-11-03 14:05 | 최종수정 2025-11-04 09:00",
     dt.date(2025, 11, 3),
     "시의회는 화요일 밤 긴 논쟁 끝에 학교와 도로에 대한 대규모 투자를 담은 예산안을 "
     "통과시켰으며 시민들의 관심이 집중되고 있다.", "관련 기사", "2025.10.28"),
    ("ja", "2025年12月1日(月)", "国内|国際|経済|スポーツ", "市議会、来年度の新予算案を可決",
     "山田 例子", "2025年11月3日 14時05分", dt.date(2025, 11, 3),
     "市議会は火曜日の夜、長い議論の末に学校や道路への大規模な投資を盛り込んだ予算案を"
     "可決し、市民の関心が高まっている。", "関連記事", "2025年10月28日"),
    ("es", "Lunes, 1 de diciembre de 2025", "Política|Economía|Deportes|Cultura",
     "El ayuntamiento aprueba un nuevo presupuesto para el próximo año",
     "Por Juana Ejemplo", "03 nov 2025 - 14:05 CET", dt.date(2025, 11, 3),
     "El ayuntamiento aprobó el martes por la noche, tras un largo debate, un presupuesto "
     "con grandes inversiones en escuelas y carreteras.", "Te puede interesar", "28 oct 2025"),
    ("pt", "Segunda-feira, 1 de dezembro de 2025", "Política|Economia|Esportes|Cultura",
     "Câmara municipal aprova novo orçamento para o próximo ano", "Por Joana Exemplo",
     "Publicado em 3 de novembro de 2025 às 14:05", dt.date(2025, 11, 3),
     "A câmara municipal aprovou na terça-feira à noite, após um longo debate, um "
     "orçamento com grandes investimentos em escolas e estradas.", "Leia também",
     "28 de outubro de 2025"),
    ("it", "Lunedì 1 dicembre 2025", "Politica|Economia|Sport|Cultura",
     "Il consiglio comunale approva il nuovo bilancio per il prossimo anno",
     "di Giulia Esempio", "3 novembre 2025 ore 14:05", dt.date(2025, 11, 3),
     "Il consiglio comunale ha approvato martedì sera, dopo un lungo dibattito, un "
     "bilancio con grandi investimenti nelle scuole e nelle strade.", "Leggi anche",
     "28 ottobre 2025"),
    ("nl", "maandag 1 december 2025", "Nieuws|Economie|Sport|Cultuur",
     "Gemeenteraad keurt nieuwe begroting voor volgend jaar goed", "Door Anna Voorbeeld",
     "3 nov 2025 om 14:05", dt.date(2025, 11, 3),
     "De gemeenteraad keurde dinsdagavond na een lang debat een begroting goed met grote "
     "investeringen in scholen en wegen in de hele stad.", "Lees ook", "28 okt 2025"),
    ("uk", "1 грудня 2025", "Політика|Економіка|Спорт|Культура",
     "Міська рада ухвалила новий бюджет на наступний рік", "Анна Прикладна",
     "3 листопада 2025, 14:05", dt.date(2025, 11, 3),
     "Міська рада після тривалих дебатів ухвалила бюджет, який передбачає великі "
     "інвестиції у школи та дороги по всьому місту.", "Читайте також", "28 жовтня 2025"),
    ("th", "1 ธันวาคม 2568", "ข่าว|เศรษฐกิจ|กีฬา|บันเทิง", "สภาเมืองอนุมัติงบประมาณใหม่สำหรับปีหน้า",
     "โดย สมชาย ตัวอย่าง", "3 พ.ย. 2568 14:05 น.", dt.date(2025, 11, 3),
     "สภาเมืองอนุมัติงบประมาณเมื่อคืนวันอังคารหลังจากการอภิปรายยาวนาน "
     "โดยมีการลงทุนจำนวนมากในโรงเรียนและถนนทั่วทั้งเมือง", "ข่าวที่เกี่ยวข้อง", "28 ต.ค. 2568"),
    ("fa", "دوشنبه ۱۰ آذر ۱۴۰۴", "سیاسی|اقتصادی|ورزشی|فرهنگی",
     "شورای شهر بودجه جدید سال آینده را تصویب کرد", "سارا نمونه", "۱۲ آبان ۱۴۰۴ - ۱۴:۰۵",
     dt.date(2025, 11, 3),
     "شورای شهر سه‌شنبه شب پس از بحث طولانی بودجه‌ای را تصویب کرد که سرمایه‌گذاری‌های "
     "بزرگی در مدارس و جاده‌ها را در بر دارد.", "بیشتر بخوانید", "۶ آبان ۱۴۰۴"),
    ("sv", "måndag 1 december 2025", "Nyheter|Ekonomi|Sport|Kultur",
     "Kommunfullmäktige godkänner ny budget för nästa år", "Anna Exempel",
     "Publicerad 3 november 2025 kl. 14.05", dt.date(2025, 11, 3),
     "Kommunfullmäktige godkände på tisdagskvällen efter en lång debatt en budget med "
     "stora investeringar i skolor och vägar i hela staden.", "Läs också", "28 oktober 2025"),
    ("cs", "pondělí 1. prosince 2025", "Domácí|Zahraničí|Sport|Kultura",
     "Zastupitelstvo schválilo nový rozpočet na příští rok", "Anna Příkladová",
     "3. listopadu 2025 14:05", dt.date(2025, 11, 3),
     "Zastupitelstvo v úterý večer po dlouhé debatě schválilo rozpočet, který počítá s "
     "velkými investicemi do škol a silnic v celém městě.", "Související články",
     "28. října 2025"),
    ("el", "Δευτέρα 1 Δεκεμβρίου 2025", "Πολιτική|Οικονομία|Αθλητισμός|Πολιτισμός",
     "Το δημοτικό συμβούλιο ενέκρινε νέο προϋπολογισμό για το επόμενο έτος",
     "Μαρία Παράδειγμα", "03.11.2025 • 14:05", dt.date(2025, 11, 3),
     "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη το βράδυ, μετά από μακρά συζήτηση, "
     "προϋπολογισμό με μεγάλες επενδύσεις σε σχολεία και δρόμους.", "Διαβάστε επίσης",
     "28.10.2025"),
    ("hu", "2025. december 1., hétfő", "Belföld|Külföld|Sport|Kultúra",
     "A képviselő-testület elfogadta a jövő évi új költségvetést", "Példa Anna",
     "2025. november 3. 14:05", dt.date(2025, 11, 3),
     "A képviselő-testület kedd este hosszú vita után elfogadta a költségvetést, amely "
     "nagy beruházásokat tartalmaz az iskolákba és utakba.", "Kapcsolódó cikkek",
     "2025. október 28."),
]  # fmt: skip

CODES = [p[0] for p in PAGES]
BY_CODE = {p[0]: p for p in PAGES}


def prose(sentence: str) -> list[str]:
    """Five paragraphs of the sentence, each its words turned round (one blank between)."""
    spaced = " " in sentence
    parts = sentence.split() if spaced else list(sentence)
    glue = " " if spaced else ""
    out: list[str] = []
    for k in range(5):
        turned = glue.join(parts[k * 3 :] + parts[: k * 3])
        out += [turned + ("" if k % 2 else glue + sentence), ""]
    return out


def world_dump(code: str, *, header: list[str] | None = None, date_line: str | None = None,
               masthead: bool = True) -> str:  # fmt: skip
    _, today, menu, title, by, line, _, sentence, related, when = BY_CODE[code]
    items = menu.split("|")
    if header is None:
        header = [by, line if date_line is None else date_line]
    lines = ([today] if masthead else []) + ["Logo", *items, "", items[0], "", title, ""]
    lines += [*header, "", "Share", "Facebook", "X", "", *prose(sentence)]
    lines += [related, "", f"{title[:20]} — {sentence[:40]}", when, "", sentence[5:50], when]
    return "\n".join([*lines, "", "© 2025"]) + "\n"


def day(value: dt.date | dt.datetime | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


@pytest.mark.parametrize("masthead", [True, False])
@pytest.mark.parametrize("code", CODES)
def test_the_article_day_under_the_headline(code: str, masthead: bool) -> None:
    article = parse(world_dump(code, masthead=masthead))
    assert day(article.date) == BY_CODE[code][6]
    assert article.title == BY_CODE[code][3]


@pytest.mark.parametrize("code", CODES)
def test_no_date_line_gives_no_day(code: str) -> None:
    # the masthead's today over the menu, and the related items' dates, are not the article's
    article = parse(world_dump(code, header=[BY_CODE[code][4]]))
    assert article.date is None


@pytest.mark.parametrize(
    ("code", "update", "when"),
    [
        ("en", "Last Updated: Nov 3, 2025", dt.date(2025, 11, 3)),
        ("hi", "अपडेटेड: 3 नवंबर 2025, 14:05 IST", dt.date(2025, 11, 3)),
        ("es", "Actualizado 03/11/2025 14:05", dt.date(2025, 11, 3)),
    ],
)
def test_an_update_alone_leaves_the_related_dates_unread(
    code: str, update: str, when: dt.date
) -> None:
    # The short article's related items (past its paragraphs) are not its header.
    article = parse(world_dump(code, date_line=update))
    assert article.date is None
    assert day(article.updated) == when


@pytest.mark.parametrize(
    ("code", "line", "published", "updated"),
    [
        ("en", "By Jane Example · Posted: Aug 08, 2024 4:00 AM EDT | Last Updated: Aug 09, "
         "2024", dt.date(2024, 8, 8), dt.date(2024, 8, 9)),
        ("ko", "김예시 기자 · 기사입력 2025-11-03 14:05 | 최종수정 2025-11-04 09:00",
         dt.date(2025, 11, 3), dt.date(2025, 11, 4)),
    ],
)  # fmt: skip
def test_the_date_on_an_info_lines_byline(
    code: str, line: str, published: dt.date, updated: dt.date
) -> None:
    article = parse(world_dump(code, header=[line]))
    assert day(article.date) == published
    assert day(article.updated) == updated
    assert article.authors


def test_the_date_on_the_one_by_line() -> None:
    # No headline found (a mega menu reads as prose): the one By line and its own date.
    article = parse(page("Posted by Jane Doe on August 21, 2019"))
    assert article.date == dt.date(2019, 8, 21)
    assert rule(article, "date") == "date.on-byline"
    assert article.authors == ("Jane Doe",)


def test_an_update_on_the_one_by_line_is_no_date() -> None:
    article = parse(page("By Jane Doe, last updated on August 21, 2019"))
    assert article.date is None


@pytest.mark.parametrize(
    ("code", "stamp", "want"),
    [
        ("de", "3.5.24", dt.date(2024, 5, 3)),
        ("de", "3.5.24, 17:47 Uhr", dt.date(2024, 5, 3)),
        ("nl", "03-11-25, 14:05", dt.date(2025, 11, 3)),
        ("pl", "3.11.25", dt.date(2025, 11, 3)),
        ("en", "3.5.24", None),  # dots: no order of English's
        ("en", "3/5/24", None),  # either order
        ("de", "1.2.3", None),  # a version: no two-digit year
    ],
)
def test_a_bare_short_year_under_the_headline(code: str, stamp: str, want: dt.date | None) -> None:
    article = parse(world_dump(code, header=[BY_CODE[code][4], stamp]))
    assert day(article.date) == want


@pytest.mark.parametrize("code", CODES)
def test_a_dated_list_over_the_headline_gives_no_day(code: str) -> None:
    # "Most read" over the article: three items, each over its date, two of one day.
    # The first item may be taken for the headline; its date is a list's all the same.
    _, today, menu, title, by, _, _, sentence, label, when = BY_CODE[code]
    items = menu.split("|")
    listed = [label, sentence[:30], when, sentence[10:45], "27.10.2025", sentence[20:60], when]
    lines = [today, "Logo", *items, "", *listed, "", items[0], "", title, "", by, ""]
    article = parse("\n".join([*lines, "Share", "", *prose(sentence), "© 2025"]) + "\n")
    assert article.date is None
