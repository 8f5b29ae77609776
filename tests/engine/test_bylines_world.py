"""Bylines of news pages in many languages (issue 12): a browser copy of an article page,
menu, section, headline, deck, the byline in the habit of the language's news sites, a
date, the paragraphs and a footer. Names, outlets and pages are made up for these tests.

People go to ``authors``; news agencies and outlets to ``source``, never to ``authors``;
a line that only credits an editor or a desk gives no author.
"""

from __future__ import annotations

import pytest

from articles import quiet_parse as parse
from multilingual import PARAGRAPHS

# Menu, section label and footer lines of a page in each language.
CHROME: dict[str, tuple[list[str], str, list[str]]] = {
    "de": (["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur"], "Politik",
           ["Impressum", "Datenschutz", "Kontakt"]),
    "fr": (["Accueil", "International", "Politique", "Économie", "Culture"], "Politique",
           ["Mentions légales", "Nous contacter", "Plan du site"]),
    "es": (["Portada", "España", "Internacional", "Economía", "Deportes"], "Economía",
           ["Aviso legal", "Política de privacidad", "Contacto"]),
    "pt": (["Início", "Brasil", "Mundo", "Economia", "Esportes"], "Economia",
           ["Termos de uso", "Política de privacidade", "Fale conosco"]),
    "it": (["Home", "Cronaca", "Politica", "Economia", "Sport"], "Politica",
           ["Note legali", "Privacy", "Contatti"]),
    "nl": (["Home", "Binnenland", "Buitenland", "Economie", "Sport"], "Binnenland",
           ["Contact", "Privacy", "Adverteren"]),
    "sv": (["Nyheter", "Sverige", "Världen", "Ekonomi", "Sport"], "Sverige",
           ["Kontakta oss", "Integritetspolicy", "Om oss"]),
    "pl": (["Strona główna", "Kraj", "Świat", "Biznes", "Sport"], "Kraj",
           ["Regulamin", "Polityka prywatności", "Kontakt"]),
    "ru": (["Главная", "Политика", "Экономика", "Общество", "Спорт"], "Экономика",
           ["О проекте", "Реклама", "Контакты"]),
    "uk": (["Головна", "Новини", "Політика", "Економіка", "Спорт"], "Політика",
           ["Про нас", "Реклама", "Контакти"]),
    "tr": (["Ana Sayfa", "Gündem", "Ekonomi", "Dünya", "Spor"], "Gündem",
           ["Künye", "Gizlilik Politikası", "İletişim"]),
    "zh": (["首页", "国内", "国际", "财经", "体育"], "财经",
           ["关于我们", "联系我们", "版权声明"]),
    "ja": (["トップ", "政治", "経済", "国際", "スポーツ"], "政治",
           ["利用規約", "プライバシーポリシー", "お問い合わせ"]),
    "ko": (["홈", "정치", "경제", "사회", "국제"], "경제",
           ["회사소개", "개인정보처리방침", "고객센터"]),
    "ar": (["الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة"], "أخبار",
           ["من نحن", "سياسة الخصوصية", "اتصل بنا"]),
    "hi": (["होम", "देश", "दुनिया", "व्यापार", "खेल"], "देश",
           ["हमारे बारे में", "गोपनीयता नीति", "संपर्क करें"]),
    "id": (["Beranda", "Nasional", "Internasional", "Ekonomi", "Olahraga"], "Nasional",
           ["Tentang Kami", "Pedoman Media Siber", "Kontak"]),
    "vi": (["Trang chủ", "Thời sự", "Thế giới", "Kinh doanh", "Thể thao"], "Thời sự",
           ["Giới thiệu", "Liên hệ", "Quảng cáo"]),
    "fa": (["صفحه اصلی", "سیاسی", "اقتصادی", "ورزشی", "فرهنگی"], "اقتصادی",
           ["درباره ما", "تماس با ما", "تبلیغات"]),
    "el": (["Αρχική", "Πολιτική", "Οικονομία", "Κόσμος", "Αθλητισμός"], "Πολιτική",
           ["Όροι χρήσης", "Επικοινωνία", "Ταυτότητα"]),
    "cs": (["Zprávy", "Domácí", "Zahraniční", "Ekonomika", "Sport"], "Domácí",
           ["Kontakty", "Ochrana soukromí", "Reklama"]),
    "he": (["ראשי", "חדשות", "כלכלה", "ספורט", "תרבות"], "חדשות",
           ["אודות", "צור קשר", "מדיניות פרטיות"]),
    "hu": (["Címlap", "Belföld", "Külföld", "Gazdaság", "Sport"], "Belföld",
           ["Impresszum", "Adatvédelem", "Kapcsolat"]),
    "ro": (["Acasă", "Actualitate", "Politică", "Economie", "Sport"], "Politică",
           ["Despre noi", "Contact", "Confidențialitate"]),
    "en": (["Home", "World", "Business", "Politics", "Sport"], "World",
           ["About us", "Privacy policy", "Contact"]),
}  # fmt: skip

HEADLINES: dict[str, tuple[str, str]] = {
    "de": ("Stadtrat beschließt neues Budget für den Nahverkehr",
           "Mehr Busse auf den vollen Linien, zwei Brücken werden saniert"),
    "fr": ("Le conseil municipal adopte un budget pour les transports",
           "Plus de bus sur les lignes chargées et deux ponts rénovés"),
    "es": ("El ayuntamiento aprueba un nuevo presupuesto para el transporte",
           "Más autobuses en las rutas más concurridas y obras en dos puentes"),
    "pt": ("Câmara aprova novo orçamento para o transporte público",
           "Mais ônibus nas linhas cheias e reforma de duas pontes"),
    "it": ("Il consiglio comunale approva il bilancio dei trasporti",
           "Più autobus sulle linee affollate e lavori su due ponti"),
    "nl": ("Gemeenteraad keurt nieuwe begroting voor openbaar vervoer goed",
           "Meer bussen op drukke lijnen en herstel van twee bruggen"),
    "sv": ("Kommunfullmäktige klubbar ny budget för kollektivtrafiken",
           "Fler bussar på de tätaste linjerna och två broar renoveras"),
    "pl": ("Rada miasta przyjęła nowy budżet na transport publiczny",
           "Więcej autobusów na zatłoczonych liniach i remont dwóch mostów"),
    "ru": ("Правительство утвердило программу поддержки малого бизнеса",
           "Предприниматели смогут получить льготные кредиты"),
    "uk": ("Уряд схвалив проєкт державного бюджету на наступний рік",
           "Значну частину видатків спрямують на оборону"),
    "tr": ("Belediye meclisi ulaşım için yeni bütçeyi onayladı",
           "Yoğun hatlara daha fazla otobüs, iki köprüye bakım"),
    "zh": ("前三季度全国规模以上工业增加值同比增长5.8%", "制造业投资回暖和出口韧性是主要支撑"),
    "ja": ("政府、物価高対策の総合経済対策を閣議決定", "低所得世帯への給付金が柱"),
    "ko": ("정부, 내년도 예산안 발표…저출산·청년 일자리에 중점", "재정 건전성 유지하며 민생 지출 확대"),
    "ar": ("وزارة الصحة تطلق حملة وطنية للتطعيم ضد الإنفلونزا", "اللقاحات متاحة مجاناً في جميع المراكز الصحية"),
    "hi": ("सरकार ने ग्रामीण सड़कों के लिए नई योजना को मंजूरी दी", "तीन साल में बीस हज़ार किलोमीटर सड़कें बनेंगी"),
    "id": ("Pemerintah umumkan anggaran baru untuk transportasi publik",
           "Lebih banyak bus di jalur padat dan perbaikan dua jembatan"),
    "vi": ("Chính phủ phê duyệt kế hoạch phát triển giao thông công cộng",
           "Thêm xe buýt trên các tuyến đông đúc và sửa chữa hai cây cầu"),
    "fa": ("وزارت نیرو برنامه مدیریت مصرف آب را اعلام کرد", "ذخایر سدهای اطراف پایتخت کاهش یافته است"),
    "el": ("Το δημοτικό συμβούλιο ενέκρινε νέο προϋπολογισμό για τις συγκοινωνίες",
           "Περισσότερα λεωφορεία στις γεμάτες γραμμές"),
    "cs": ("Zastupitelstvo schválilo nový rozpočet na městskou dopravu",
           "Více autobusů na vytížených linkách a oprava dvou mostů"),
    "he": ("הממשלה אישרה תוכנית להרחבת התחבורה הציבורית", "קווי אוטובוס נוספים יופעלו בשעות הלילה"),
    "hu": ("A közgyűlés elfogadta a közlekedés új költségvetését",
           "Több busz a zsúfolt vonalakon, két híd felújítása"),
    "ro": ("Consiliul local a aprobat un nou buget pentru transportul public",
           "Mai multe autobuze pe liniile aglomerate"),
    "en": ("City council approves a new budget for public transport",
           "More buses on the busiest routes and repairs to two bridges"),
}  # fmt: skip

# (language, lines between the deck and the prose, authors, source)
CASES: list[tuple[str, list[str], tuple[str, ...], str | None]] = [
    ("de", ["Von Jana Beispiel und Max Muster", "30.11.2026, 14:05 Uhr"],
     ("Jana Beispiel", "Max Muster"), None),
    ("de", ["Ein Kommentar von Jana Beispiel", "30.11.2026, 14:05 Uhr"], ("Jana Beispiel",), None),
    ("de", ["Jana Beispiel, dpa", "30.11.2026, 14:05 Uhr"], ("Jana Beispiel",), "dpa"),
    ("de", ["Von Karl-Heinz van der Berg", "30. November 2026"], ("Karl-Heinz van der Berg",), None),
    ("fr", ["Par Jeanne Exemple", "Publié le 30 novembre 2026 à 14h05"], ("Jeanne Exemple",), None),
    ("fr", ["Propos recueillis par Jeanne Exemple", "Publié le 30 novembre 2026 à 14h05"],
     ("Jeanne Exemple",), None),
    ("fr", ["Par Jeanne Exemple avec AFP", "Publié le 30 novembre 2026 à 14h05"],
     ("Jeanne Exemple",), "AFP"),
    ("fr", ["Par Louis de la Fontaine et Marie Exemple", "Publié le 30 novembre 2026"],
     ("Louis de la Fontaine", "Marie Exemple"), None),
    ("es", ["Por María Ejemplo", "30 de noviembre de 2026 - 14:05"], ("María Ejemplo",), None),
    ("es", ["Por Juan Pérez y Ana García", "30 de noviembre de 2026 - 14:05"],
     ("Juan Pérez", "Ana García"), None),
    ("es", ["Redacción", "30 de noviembre de 2026 - 14:05"], (), None),
    ("es", ["Agencia EFE", "30 de noviembre de 2026 - 14:05"], (), "Agencia EFE"),
    ("pt", ["Por João Exemplo", "30/11/2026 14h05"], ("João Exemplo",), None),
    ("pt", ["Da Redação", "30/11/2026 14h05"], (), None),
    ("pt", ["Por Maria Silva - Repórter da Agência Brasil", "Publicado em 30/11/2026 - 14:05"],
     ("Maria Silva",), "Agência Brasil"),
    ("pt", ["Estadão Conteúdo", "30/11/2026 14h05"], (), "Estadão Conteúdo"),
    ("pt", ["Agência Lusa", "30/11/2026 14h05"], (), "Agência Lusa"),
    ("pt", ["Por Ana Souza e Pedro Lima", "30/11/2026 14h05"], ("Ana Souza", "Pedro Lima"), None),
    ("it", ["di Maria Rossi", "30 novembre 2026"], ("Maria Rossi",), None),
    ("it", ["di Maria Rossi e Luca Bianchi", "30 novembre 2026"], ("Maria Rossi", "Luca Bianchi"), None),
    ("nl", ["Door Jan de Vries", "30 november 2026, 14:05"], ("Jan de Vries",), None),
    ("sv", ["Av Anna Andersson", "30 november 2026 14.05"], ("Anna Andersson",), None),
    ("sv", ["Av Ola Nordmann och Kari Nordmann", "30 november 2026 14.05"],
     ("Ola Nordmann", "Kari Nordmann"), None),
    ("pl", ["Autor: Jan Kowalski", "30 listopada 2026, 14:05"], ("Jan Kowalski",), None),
    ("pl", ["Jan Kowalski, PAP", "30 listopada 2026, 14:05"], ("Jan Kowalski",), "PAP"),
    ("ru", ["Автор: Иван Петров", "30 ноября 2026, 14:05"], ("Иван Петров",), None),
    ("ru", ["Текст: Мария Иванова", "30 ноября 2026, 14:05"], ("Мария Иванова",), None),
    ("ru", ["РИА Новости", "30 ноября 2026, 14:05"], (), "РИА Новости"),
    ("uk", ["Автор: Олена Коваленко", "30 листопада 2026, 14:05"], ("Олена Коваленко",), None),
    ("tr", ["Muhabir: Ahmet Yılmaz", "30 Kasım 2026 14:05"], ("Ahmet Yılmaz",), None),
    ("tr", ["Haber Merkezi", "30 Kasım 2026 14:05"], (), None),
    ("zh", ["记者 张三", "2026-11-30 14:05"], ("张三",), None),
    ("zh", ["2026-11-30 14:05", "（记者 张三 李四）"], ("张三", "李四"), None),
    ("zh", ["新华社记者 张三", "2026-11-30 14:05"], ("张三",), "新华社"),
    ("ja", ["山田太郎 記者", "2026年11月30日 14時05分"], ("山田太郎",), None),
    ("ko", ["홍길동 기자", "입력 2026.11.30 14:05"], ("홍길동",), None),
    ("ar", ["بقلم: أحمد محمد", "30 نوفمبر 2026"], ("أحمد محمد",), None),
    ("ar", ["كتب: محمد علي", "30 نوفمبر 2026"], ("محمد علي",), None),
    ("hi", ["लेखक: राहुल शर्मा", "30 नवंबर 2026"], ("राहुल शर्मा",), None),
    ("id", ["Penulis: Budi Santoso", "Editor: Siti Rahma", "30 November 2026, 14:05 WIB"],
     ("Budi Santoso",), None),
    ("id", ["Oleh Budi Santoso", "30 November 2026, 14:05 WIB"], ("Budi Santoso",), None),
    ("vi", ["Tác giả: Nguyễn Văn An", "30/11/2026 14:05"], ("Nguyễn Văn An",), None),
    ("fa", ["نویسنده: علی رضایی", "2026-11-30"], ("علی رضایی",), None),
    ("el", ["Του Γιώργου Παπαδόπουλου", "30 Νοεμβρίου 2026"], ("Γιώργου Παπαδόπουλου",), None),
    ("cs", ["Autor: Jan Novák", "30. listopadu 2026"], ("Jan Novák",), None),
    ("cs", ["Jan Novák, ČTK", "30. listopadu 2026"], ("Jan Novák",), "ČTK"),
    ("he", ["מאת דנה כהן", "30.11.2026"], ("דנה כהן",), None),
    ("hu", ["Szerző: Kovács Anna", "2026. november 30."], ("Kovács Anna",), None),
    ("en", ["By Ahmad bin Ismail and Omar al-Rashid", "November 30, 2026"],
     ("Ahmad bin Ismail", "Omar al-Rashid"), None),
    ("en", ["By J. R. Smith", "November 30, 2026"], ("J. R. Smith",), None),
    ("en", ["By Jean-Luc d'Arcy and Maria dell'Olio", "November 30, 2026"],
     ("Jean-Luc d'Arcy", "Maria dell'Olio"), None),
    ("en", ["By Pieter van den Broek and Ana de la Cruz", "November 30, 2026"],
     ("Pieter van den Broek", "Ana de la Cruz"), None),
    ("de", ["Eine Analyse von Jana Beispiel", "30.11.2026"], ("Jana Beispiel",), None),
    ("de", ["Ein Gastbeitrag von Jana Beispiel", "30.11.2026"], ("Jana Beispiel",), None),
    ("de", ["Quelle: dpa", "30.11.2026"], (), "dpa"),
    ("fr", ["Entretien réalisé par Jeanne Exemple", "Publié le 30 novembre 2026"],
     ("Jeanne Exemple",), None),
    ("fr", ["La rédaction avec AFP", "Publié le 30 novembre 2026"], (), "AFP"),
    ("it", ["Redazione ANSA", "30 novembre 2026"], (), "ANSA"),
    ("nl", ["Door Jan de Vries en Piet van Dam", "30 november 2026"],
     ("Jan de Vries", "Piet van Dam"), None),
    ("nl", ["Door ANP", "30 november 2026"], (), "ANP"),
    ("sv", ["Ola Nordmann, NTB", "30 november 2026"], ("Ola Nordmann",), "NTB"),
    ("sv", ["Af Mette Hansen og Lars Jensen", "30 november 2026"],
     ("Mette Hansen", "Lars Jensen"), None),
    ("uk", ["Олена Коваленко, Укрінформ", "30 листопада 2026"], ("Олена Коваленко",), "Укрінформ"),
    ("uk", ["Олена Коваленко та Іван Шевченко", "30 листопада 2026"],
     ("Олена Коваленко", "Іван Шевченко"), None),
    ("tr", ["Haber: Ahmet Yılmaz", "30 Kasım 2026"], ("Ahmet Yılmaz",), None),
    ("tr", ["Anadolu Ajansı", "30 Kasım 2026"], (), "Anadolu Ajansı"),
    ("zh", ["作者：张三", "2026-11-30"], ("张三",), None),
    ("zh", ["本报记者 张三", "2026-11-30"], ("张三",), None),
    ("ja", ["共同通信", "2026年11月30日"], (), "共同通信"),
    ("ko", ["입력 2026.11.30 14:05", "홍길동·김철수 기자"], ("홍길동", "김철수"), None),
    ("ar", ["كتب - محمد علي", "30 نوفمبر 2026"], ("محمد علي",), None),
    ("ar", ["بقلم أحمد محمد وعلي حسن", "30 نوفمبر 2026"], ("أحمد محمد", "علي حسن"), None),
    ("id", ["Kontributor Bandung, Budi Santoso", "30 November 2026"], (), None),
    ("id", ["Penulis: Budi Santoso dan Siti Rahma", "30 November 2026"],
     ("Budi Santoso", "Siti Rahma"), None),
    ("vi", ["Theo TTXVN", "30/11/2026"], (), "TTXVN"),
    ("fa", ["خبرگزاری ایرنا", "2026-11-30"], (), "خبرگزاری ایرنا"),
    ("el", ["Γράφει ο Γιώργος Παπαδόπουλος", "30 Νοεμβρίου 2026"], ("Γιώργος Παπαδόπουλος",), None),
    ("cs", ["Jan Novák a Petr Svoboda", "30. listopadu 2026"], ("Jan Novák", "Petr Svoboda"), None),
    ("cs", ["Autor: ČTK", "30. listopadu 2026"], (), "ČTK"),
    ("ro", ["Autor: Ion Popescu", "30 noiembrie 2026"], ("Ion Popescu",), None),
]  # fmt: skip


def page(language: str, meta: list[str], lead: str = "", end: tuple[str, ...] = ()) -> str:
    """A page in ``language``: ``meta`` under its deck, ``lead`` opening its prose and
    ``end`` under it."""
    menu, section, footer = CHROME[language]
    headline, deck = HEADLINES[language]
    prose = [lead + PARAGRAPHS[language][0], *PARAGRAPHS[language][1:]]
    lines = [*menu, section, headline, deck, *meta, *prose, *end, *footer]
    return "\n\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("language", "meta", "authors", "source"),
    CASES,
    ids=[f"{case[0]}-{case[1][0][:24]}" for case in CASES],
)
def test_byline_of_a_news_page(
    language: str, meta: list[str], authors: tuple[str, ...], source: str | None
) -> None:
    article = parse(page(language, meta))
    assert article.authors == authors
    assert article.source == source


# (language, date line, the first paragraph's opening, authors, source): the wire
# story's dateline credits the agency (and, in Korean, the reporters).
DATELINES: list[tuple[str, str, str, tuple[str, ...], str | None]] = [
    ("ko", "입력 2026.11.30 14:05", "(서울=연합뉴스) 홍길동 기자 = ", ("홍길동",), "연합뉴스"),
    ("ko", "입력 2026.11.30 14:05", "(부산=뉴스1) 홍길동·김철수 기자 = ", ("홍길동", "김철수"), "뉴스1"),
    ("de", "30.11.2026, 14:05 Uhr", "Berlin (dpa) - ", (), "dpa"),
    ("fr", "Publié le 30 novembre 2026", "Paris (AFP) - ", (), "AFP"),
    ("it", "30 novembre 2026", "(ANSA) - ROMA, 30 NOV - ", (), "ANSA"),
    ("es", "30 de noviembre de 2026", "Madrid, 30 nov (EFE).- ", (), "EFE"),
    ("id", "30 November 2026, 14:05 WIB", "Jakarta, CNN Indonesia -- ", (), "CNN Indonesia"),
    ("en", "November 30, 2026", "WASHINGTON (Reuters) - ", (), "Reuters"),
    # A bracket that names no agency credits no one.
    ("en", "November 30, 2026", "The mayor (left) - ", (), None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "date", "lead", "authors", "source"),
    DATELINES,
    ids=[f"{case[0]}-{case[2][:16]}" for case in DATELINES],
)
def test_credit_in_the_lead_s_dateline(
    language: str, date: str, lead: str, authors: tuple[str, ...], source: str | None
) -> None:
    article = parse(page(language, [date], lead))
    assert (article.authors, article.source) == (authors, source)
    if source is not None:
        rule = "byline.lead-dateline" if authors else "source.lead-dateline"
        assert article.provenance_of("source").rule == rule


def test_the_byline_s_outlet_beats_the_dateline_s() -> None:
    article = parse(page("de", ["Jana Beispiel, AFP", "30.11.2026, 14:05 Uhr"], "Berlin (dpa) - "))
    assert (article.authors, article.source) == (("Jana Beispiel",), "AFP")


# (language, date line, the lines under the prose, source): the agency that many news
# sites credit at the article's end.
UNDER_PROSE: list[tuple[str, str, tuple[str, ...], str | None]] = [
    ("es", "30 de noviembre de 2026", ("Fuente: EFE",), "EFE"),
    ("tr", "30.11.2026 14:05", ("Kaynak: AA",), "AA"),
    ("pl", "30.11.2026 14:05", ("Źródło: PAP",), "PAP"),
    ("nl", "30 november 2026", ("Bron: ANP",), "ANP"),
    ("vi", "30/11/2026 14:05", ("Theo TTXVN",), "TTXVN"),
    ("vi", "30/11/2026 14:05", ("Nguyễn Văn An", "Theo TTXVN"), "TTXVN"),
    ("pt", "30/11/2026 14h05", ("*Com informações da Agência Brasil",), "Agência Brasil"),
    ("ja", "2026年11月30日 14時05分", ("（共同）",), "共同通信"),
    ("ar", "30 نوفمبر 2026", ("المصدر: رويترز",), "رويترز"),
    # A source that names no outlet credits none.
    ("es", "30 de noviembre de 2026", ("Fuente: María Ejemplo",), None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "date", "end", "source"),
    UNDER_PROSE,
    ids=[f"{case[0]}-{'/'.join(case[2])[:24]}" for case in UNDER_PROSE],
)
def test_source_under_the_prose(
    language: str, date: str, end: tuple[str, ...], source: str | None
) -> None:
    article = parse(page(language, [date], end=end))
    # A name alone under the prose is no signature: such lines are as often chrome.
    assert (article.authors, article.source) == ((), source)
    if source is not None:
        assert article.provenance_of("source").rule == "source.under-prose"


def test_the_byline_s_outlet_beats_the_source_line() -> None:
    article = parse(
        page(
            "es",
            ["Por María Ejemplo | EFE", "30 de noviembre de 2026"],
            end=("Fuente: Europa Press",),
        )
    )
    assert (article.authors, article.source) == (("María Ejemplo",), "EFE")
