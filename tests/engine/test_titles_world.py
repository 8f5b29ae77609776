"""Titles of news pages in many languages (issue 12): a browser copy of an article page
in each language's usual layouts (menu, section label, headline, deck, date, prose,
footer; the headline over its byline; the date above the headline; a byline naming its
outlet; a breadcrumb; no deck). Names, outlets and stories are made up for these tests.

The headline is the title whatever the script, the case of its letters or its words;
the deck, the byline (``Name - Outlet``), the date and the menu never are.
"""

from __future__ import annotations

import warnings

import pytest

import newsparse
from multilingual import PARAGRAPHS
from newsparse._engine.title_cues import echo_share, lead_stems, shared_terms
from newsparse._engine.titles import _name_and_outlet

# Each language's page: menu, section label, headline, deck, date line, byline, the
# author's name, an outlet and the footer's lines.
Page = tuple[list[str], str, str, str, str, str, str, str, list[str]]
PAGES: dict[str, Page] = {
    "de": (['Startseite', 'Politik', 'Wirtschaft', 'Sport', 'Kultur'], 'Wirtschaft',
           'Bahn streicht im Winter hunderte Regionalzüge in Bayern',
           'Fahrgastverbände kritisieren die Pläne scharf. Der Konzern verweist auf fehlendes Personal.',
           '30.11.2026, 14:05 Uhr', 'Von Lena Beispiel', 'Lena Beispiel', 'Süddeutsche Rundschau',
           ['Impressum', 'Datenschutz', 'Kontakt']),
    "fr": (['Accueil', 'International', 'Politique', 'Économie', 'Culture'], 'Économie',
           'La SNCF supprime des centaines de trains régionaux cet hiver',
           "Les associations d'usagers dénoncent un choix brutal. L'entreprise invoque le manque de conducteurs.",
           'Publié le 30 novembre 2026 à 14h05', 'Par Claire Exemple', 'Claire Exemple', 'Le Courrier du Sud',
           ['Mentions légales', 'Nous contacter', 'Plan du site']),
    "es": (['Portada', 'España', 'Internacional', 'Economía', 'Deportes'], 'Economía',
           'Renfe suprime cientos de trenes regionales durante el invierno',
           'Las asociaciones de usuarios critican la medida. La empresa alega falta de maquinistas.',
           '30 de noviembre de 2026 - 14:05', 'Por Lucía Ejemplo', 'Lucía Ejemplo', 'Diario del Norte',
           ['Aviso legal', 'Política de privacidad', 'Contacto']),
    "pt": (['Início', 'Brasil', 'Mundo', 'Economia', 'Esportes'], 'Economia',
           'Governo anuncia corte de tarifas no transporte intermunicipal',
           'Medida vale a partir de janeiro e beneficia cerca de dois milhões de passageiros.',
           '30/11/2026 14h05', 'Por Maria Silva', 'Maria Silva', 'Agência Brasil',
           ['Termos de uso', 'Política de privacidade', 'Fale conosco']),
    "it": (['Home', 'Cronaca', 'Politica', 'Economia', 'Sport'], 'Economia',
           "Trenitalia taglia centinaia di treni regionali per l'inverno",
           "Le associazioni dei pendolari protestano. L'azienda parla di carenza di personale.",
           '30 novembre 2026', 'di Giulia Esempio', 'Giulia Esempio', 'Corriere del Lago',
           ['Note legali', 'Privacy', 'Contatti']),
    "nl": (['Home', 'Binnenland', 'Buitenland', 'Economie', 'Sport'], 'Economie',
           'NS schrapt deze winter honderden regionale treinen',
           'Reizigersorganisaties zijn boos. Het bedrijf wijst op een tekort aan machinisten.',
           '30 november 2026, 14:05', 'Door Sanne de Vries', 'Sanne de Vries', 'Dagblad van het Noorden',
           ['Contact', 'Privacy', 'Adverteren']),
    "pl": (['Strona główna', 'Kraj', 'Świat', 'Biznes', 'Sport'], 'Biznes',
           'PKP odwołuje setki pociągów regionalnych na zimę',
           'Stowarzyszenia pasażerów protestują. Spółka tłumaczy się brakiem maszynistów.',
           '30 listopada 2026, 14:05', 'Autor: Anna Kowalska', 'Anna Kowalska', 'Gazeta Pomorska',
           ['Regulamin', 'Polityka prywatności', 'Kontakt']),
    "ru": (['Главная', 'Политика', 'Экономика', 'Общество', 'Спорт'], 'Общество',
           'РЖД отменяют сотни пригородных поездов на зиму',
           'Пассажирские организации недовольны. В компании ссылаются на нехватку машинистов.',
           '30 ноября 2026, 14:05', 'Автор: Ольга Смирнова', 'Ольга Смирнова', 'Северные вести',
           ['О проекте', 'Реклама', 'Контакты']),
    "uk": (['Головна', 'Новини', 'Політика', 'Економіка', 'Спорт'], 'Економіка',
           'Укрзалізниця скасовує сотні приміських поїздів на зиму',
           'Пасажири обурені. У компанії пояснюють рішення браком машиністів.',
           '30 листопада 2026, 14:05', 'Автор: Олена Коваленко', 'Олена Коваленко', 'Укрінформ',
           ['Про нас', 'Реклама', 'Контакти']),
    "tr": (['Ana Sayfa', 'Gündem', 'Ekonomi', 'Dünya', 'Spor'], 'Ekonomi',
           'TCDD kış boyunca yüzlerce bölgesel treni iptal ediyor',
           'Yolcu dernekleri karara tepki gösterdi. Şirket makinist eksikliğini gerekçe gösteriyor.',
           '30 Kasım 2026 14:05', 'Muhabir: Ayşe Yılmaz', 'Ayşe Yılmaz', 'Anadolu Ajansı',
           ['Künye', 'Gizlilik Politikası', 'İletişim']),
    "ar": (['الرئيسية', 'أخبار', 'سياسة', 'اقتصاد', 'رياضة'], 'اقتصاد',
           'هيئة السكك الحديدية تلغي مئات الرحلات الإقليمية خلال الشتاء',
           'جمعيات الركاب تنتقد القرار، والهيئة تتحدث عن نقص في السائقين.',
           '30 نوفمبر 2026', 'بقلم: سارة أحمد', 'سارة أحمد', 'وكالة الأنباء',
           ['من نحن', 'سياسة الخصوصية', 'اتصل بنا']),
    "fa": (['صفحه اصلی', 'سیاسی', 'اقتصادی', 'ورزشی', 'فرهنگی'], 'اقتصادی',
           'راه آهن صدها قطار منطقه ای را در زمستان لغو می کند',
           'انجمن\u200cهای مسافران از این تصمیم انتقاد کردند و شرکت کمبود راننده را دلیل آن می\u200cداند.',
           '۳۰ نوامبر ۲۰۲۶ - ۱۴:۰۵', 'نویسنده: مریم رضایی', 'مریم رضایی', 'خبرگزاری ایرنا',
           ['درباره ما', 'تماس با ما', 'تبلیغات']),
    "he": (['ראשי', 'חדשות', 'כלכלה', 'ספורט', 'תרבות'], 'כלכלה',
           'רכבת ישראל מבטלת מאות נסיעות אזוריות בחורף',
           'ארגוני הנוסעים זועמים, והחברה טוענת למחסור בנהגים.',
           '30.11.2026 14:05', 'מאת נועה לוי', 'נועה לוי', 'חדשות הצפון',
           ['אודות', 'צור קשר', 'מדיניות פרטיות']),
    "hi": (['होम', 'देश', 'दुनिया', 'व्यापार', 'खेल'], 'व्यापार',
           'रेलवे ने सर्दियों में सैकड़ों क्षेत्रीय ट्रेनें रद्द कीं',
           'यात्री संगठनों ने फैसले की आलोचना की, रेलवे ने चालकों की कमी को वजह बताया।',
           '30 नवंबर 2026', 'लेखक: प्रिया शर्मा', 'प्रिया शर्मा', 'दैनिक समाचार',
           ['हमारे बारे में', 'गोपनीयता नीति', 'संपर्क करें']),
    "zh": (['首页', '国内', '国际', '财经', '体育'], '财经',
           '铁路部门冬季停运数百趟城际列车',
           '乘客团体批评这一决定，铁路公司称司机短缺。',
           '2026-11-30 14:05', '记者 王芳', '王芳', '北方日报',
           ['关于我们', '联系我们', '版权声明']),
    "ja": (['トップ', '政治', '経済', '国際', 'スポーツ'], '経済',
           'JR、冬季に地方列車数百本を運休へ',
           '利用者団体は反発、会社側は運転士不足を理由に挙げる。',
           '2026年11月30日 14時05分', '佐藤花子 記者', '佐藤花子', '北日本新聞',
           ['利用規約', 'プライバシーポリシー', 'お問い合わせ']),
    "ko": (['홈', '정치', '경제', '사회', '국제'], '경제',
           '코레일, 겨울철 지역 열차 수백 편 운행 중단',
           '승객 단체 반발…회사 측은 기관사 부족을 이유로 들어',
           '입력 2026.11.30 14:05', '김민지 기자', '김민지', '한빛일보',
           ['회사소개', '개인정보처리방침', '고객센터']),
    "vi": (['Trang chủ', 'Thời sự', 'Thế giới', 'Kinh doanh', 'Thể thao'], 'Kinh doanh',
           'Đường sắt cắt giảm hàng trăm chuyến tàu địa phương trong mùa đông',
           'Các hội hành khách phản đối, công ty cho biết thiếu lái tàu.',
           '30/11/2026 14:05', 'Tác giả: Trần Thị Mai', 'Trần Thị Mai', 'Báo Tin Tức',
           ['Giới thiệu', 'Liên hệ', 'Quảng cáo']),
    "id": (['Beranda', 'Nasional', 'Internasional', 'Ekonomi', 'Olahraga'], 'Ekonomi',
           'KAI batalkan ratusan perjalanan kereta lokal selama musim hujan',
           'Asosiasi penumpang memprotes keputusan itu. Perusahaan beralasan kekurangan masinis.',
           '30 November 2026, 14:05 WIB', 'Oleh Budi Santoso', 'Budi Santoso', 'detikNews',
           ['Tentang Kami', 'Pedoman Media Siber', 'Kontak']),
    "th": (['หน้าแรก', 'การเมือง', 'เศรษฐกิจ', 'ต่างประเทศ', 'กีฬา'], 'เศรษฐกิจ',
           'การรถไฟยกเลิกขบวนรถท้องถิ่นหลายร้อยเที่ยวในฤดูหนาว',
           'กลุ่มผู้โดยสารคัดค้าน ขณะที่การรถไฟอ้างว่าขาดแคลนพนักงานขับรถ',
           '30 พ.ย. 2569 14:05 น.', 'โดย สมชาย ใจดี', 'สมชาย ใจดี', 'ข่าวเหนือ',
           ['เกี่ยวกับเรา', 'ติดต่อเรา', 'นโยบายความเป็นส่วนตัว']),
    "el": (['Αρχική', 'Πολιτική', 'Οικονομία', 'Κόσμος', 'Αθλητισμός'], 'Οικονομία',
           'Ο ΟΣΕ καταργεί εκατοντάδες περιφερειακά δρομολόγια τον χειμώνα',
           'Οι σύλλογοι επιβατών αντιδρούν. Η εταιρεία επικαλείται έλλειψη μηχανοδηγών.',
           '30 Νοεμβρίου 2026', 'Της Μαρίας Παπαδοπούλου', 'Μαρία Παπαδοπούλου', 'Νέα της Βορείου',
           ['Όροι χρήσης', 'Επικοινωνία', 'Ταυτότητα']),
    "cs": (['Zprávy', 'Domácí', 'Zahraniční', 'Ekonomika', 'Sport'], 'Ekonomika',
           'České dráhy v zimě zruší stovky regionálních vlaků',
           'Sdružení cestujících protestují. Dopravce se odvolává na nedostatek strojvedoucích.',
           '30. listopadu 2026', 'Autor: Petra Nováková', 'Petra Nováková', 'Deník Sever',
           ['Kontakty', 'Ochrana soukromí', 'Reklama']),
    "sv": (['Nyheter', 'Sverige', 'Världen', 'Ekonomi', 'Sport'], 'Ekonomi',
           'SJ ställer in hundratals regionaltåg under vintern',
           'Resenärsföreningar protesterar. Bolaget hänvisar till brist på lokförare.',
           '30 november 2026 14.05', 'Av Karin Andersson', 'Karin Andersson', 'Norrlandsposten',
           ['Kontakta oss', 'Integritetspolicy', 'Om oss']),
    "en": (['Home', 'World', 'Business', 'Politics', 'Sport'], 'Business',
           'Rail operator cuts hundreds of regional trains this winter',
           'Passenger groups criticise the plan. The company blames a shortage of drivers.',
           'November 30, 2026', 'By Jane Example', 'Jane Example', 'The Northern Herald',
           ['About us', 'Privacy policy', 'Contact']),
}  # fmt: skip

# The first paragraph of each page's story: it tells what the headline does.
LEADS: dict[str, str] = {
    "de": 'Die Bahn streicht in diesem Winter hunderte Regionalzüge in Bayern. Betroffen sind vor allem Strecken auf dem Land, teilte der Konzern am Montag mit.',
    "fr": "La SNCF va supprimer des centaines de trains régionaux cet hiver, a annoncé l'entreprise lundi. Les lignes rurales sont les plus touchées.",
    "es": 'Renfe suprimirá cientos de trenes regionales durante el invierno, según anunció la empresa este lunes. Las líneas rurales serán las más afectadas.',
    "pt": 'O governo anunciou nesta segunda-feira um corte nas tarifas do transporte intermunicipal. A redução vale para todas as linhas do estado.',
    "it": "Trenitalia taglierà centinaia di treni regionali durante l'inverno, ha annunciato l'azienda lunedì. Le linee rurali saranno le più colpite.",
    "nl": 'NS schrapt deze winter honderden regionale treinen, maakte het bedrijf maandag bekend. Vooral lijnen op het platteland worden getroffen.',
    "pl": 'PKP odwołuje na zimę setki pociągów regionalnych, poinformowała w poniedziałek spółka. Najbardziej ucierpią linie wiejskie.',
    "ru": 'РЖД отменяют на зиму сотни пригородных поездов, сообщила компания в понедельник. Больше всего пострадают сельские направления.',
    "uk": 'Укрзалізниця скасовує на зиму сотні приміських поїздів, повідомила компанія в понеділок. Найбільше постраждають сільські напрямки.',
    "tr": 'TCDD, kış boyunca yüzlerce bölgesel treni iptal edeceğini pazartesi günü duyurdu. En çok kırsal hatlar etkilenecek.',
    "ar": 'أعلنت هيئة السكك الحديدية يوم الاثنين أنها ستلغي مئات الرحلات الإقليمية خلال الشتاء. وستتأثر الخطوط الريفية أكثر من غيرها.',
    "fa": 'راه آهن روز دوشنبه اعلام کرد که صدها قطار منطقه ای را در زمستان لغو می کند. خطوط روستایی بیشتر از همه آسیب می بینند.',
    "he": 'רכבת ישראל הודיעה ביום שני כי תבטל מאות נסיעות אזוריות בחורף. הקווים בפריפריה ייפגעו יותר מכול.',
    "hi": 'रेलवे ने सोमवार को घोषणा की कि सर्दियों में सैकड़ों क्षेत्रीय ट्रेनें रद्द रहेंगी। ग्रामीण रूटों पर सबसे ज्यादा असर पड़ेगा।',
    "zh": '铁路部门周一宣布，今年冬季将停运数百趟城际列车。农村线路受影响最大。',
    "ja": 'JRは30日、冬季に地方列車数百本を運休すると発表した。特に地方路線への影響が大きい。',
    "ko": '코레일은 30일 겨울철 지역 열차 수백 편의 운행을 중단한다고 밝혔다. 농촌 노선이 가장 큰 영향을 받는다.',
    "vi": 'Đường sắt cho biết sẽ cắt giảm hàng trăm chuyến tàu địa phương trong mùa đông. Các tuyến nông thôn bị ảnh hưởng nhiều nhất.',
    "id": 'KAI membatalkan ratusan perjalanan kereta lokal selama musim hujan, kata perusahaan itu pada Senin. Jalur pedesaan paling terdampak.',
    "th": 'การรถไฟประกาศเมื่อวันจันทร์ว่าจะยกเลิกขบวนรถท้องถิ่นหลายร้อยเที่ยวในฤดูหนาว เส้นทางชนบทได้รับผลกระทบมากที่สุด',
    "el": 'Ο ΟΣΕ θα καταργήσει εκατοντάδες περιφερειακά δρομολόγια τον χειμώνα, ανακοίνωσε τη Δευτέρα. Οι αγροτικές γραμμές πλήττονται περισσότερο.',
    "cs": 'České dráhy v zimě zruší stovky regionálních vlaků, oznámil v pondělí dopravce. Nejvíce budou postiženy venkovské tratě.',
    "sv": 'SJ ställer in hundratals regionaltåg under vintern, meddelade bolaget på måndagen. Landsbygdens linjer drabbas hårdast.',
    "en": 'The national rail operator will cut hundreds of regional trains this winter, it said on Monday. Rural lines will be hit hardest.',
}  # fmt: skip


def layouts(language: str, lead: str) -> dict[str, list[str]]:
    """The page's lines in each layout, its prose opening with ``lead``."""
    menu, section, headline, deck, date, byline, name, outlet, footer = PAGES[language]
    prose = [lead, PARAGRAPHS[language][1]]
    return {
        "section-deck-date": [*menu, section, headline, deck, date, *prose, *footer],
        "byline-date": [headline, byline, date, *prose],
        "date-above": [*menu, date, headline, deck, *prose, *footer],
        "name-dash-outlet": [*menu, headline, deck, f"{name} - {outlet}", date, *prose, *footer],
        "name-comma-outlet": [*menu, section, headline, deck, f"{name}, {outlet}", date, *prose],
        "breadcrumb": [*menu, f"{menu[0]} > {section}", headline, date, *prose, *footer],
        "no-deck": [*menu, section, headline, date, *prose, *footer],
    }


LAYOUTS = list(layouts("en", LEADS["en"]))
CASES = [(language, layout) for language in PAGES for layout in LAYOUTS]


def title(lines: list[str]) -> str | None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return newsparse.parse("\n\n".join(lines) + "\n").title


@pytest.mark.parametrize(("language", "layout"), CASES, ids=[f"{x}-{y}" for x, y in CASES])
def test_the_headline_is_the_title(language: str, layout: str) -> None:
    lines = layouts(language, LEADS[language])[layout]
    assert title(lines) == PAGES[language][2]


OUTLET_LAYOUTS = ("name-dash-outlet", "name-comma-outlet")
OUTLET_CASES = [(language, layout) for language in PAGES for layout in OUTLET_LAYOUTS]


@pytest.mark.parametrize(
    ("language", "layout"), OUTLET_CASES, ids=[f"{x}-{y}" for x, y in OUTLET_CASES]
)
def test_a_name_and_its_outlet_over_the_date_is_no_headline(language: str, layout: str) -> None:
    # Prose that does not repeat the headline's words (a pun, a quote): the page's
    # structure alone tells the headline from the byline under its deck.
    lines = layouts(language, PARAGRAPHS[language][0])[layout]
    assert title(lines) == PAGES[language][2]


def test_korean_words_echo_with_their_particles() -> None:
    # ``열차`` (train) and ``열차를`` (train + object particle): one word to the echo.
    lead = lead_stems(["코레일은 겨울철 지역 열차 수백 편의 운행을 중단한다고 밝혔다."], 0)
    assert echo_share("코레일, 겨울철 지역 열차 수백 편 운행 중단", lead) == 1.0
    assert shared_terms("열차 운행 중단", "열차를 운행한다") == {"열차", "운행"}
    # A menu's words are not the story's.
    assert echo_share("회사소개 고객센터", lead) == 0.0


def _credit(lines: list[str], anchors: set[int]) -> list[int]:
    """The lines read as a name with its outlet or job, each line free but the anchors."""
    free = [i for i in range(len(lines)) if i not in anchors]
    rank = {i: k for k, i in enumerate(free)}
    return [i for i in free if _name_and_outlet(i, anchors, lines, rank)]


def test_a_name_with_its_outlet_or_job_is_read_in_any_script() -> None:
    for line in (
        "Maria Silva - Repórter da Agência Brasil",
        "Budi Santoso - detikNews",
        "Sanne de Vries, Dagblad van het Noorden",
        "王芳 - 北方日报",
        "김민지, 한빛일보",
        "سارة أحمد - وكالة الأنباء",
    ):
        assert _credit(["Headline of the story here", line, "30.11.2026"], {2}) == [1], line


def test_a_name_and_outlet_shape_elsewhere_is_no_credit() -> None:
    headline = "Headline of the story here"
    # A site's name and motto (one word in both) over a date.
    lines = [
        headline,
        "Knitting Blog | Knitting Pattern and Yarn Reviews",
        "May 3, 2026",
    ]
    assert _credit(lines, {2}) == []
    # The same shape over a byline: a byline is not over another one.
    assert _credit([headline, "Jane Example - The Herald", "By Jane Doe"], {2}) == []
    # The first free line, no date under it, a sentence, words in lower case.
    assert _credit(["Jane Example - The Herald", "30.11.2026"], {1}) == []
    assert _credit([headline, "Jane Example - The Herald", "Prose."], set()) == []
    assert _credit([headline, "Jane Example - live updates", "30.11.2026"], {2}) == []
    assert _credit([headline, "Votes counted, results due tonight", "30.11.2026"], {2}) == []


@pytest.mark.parametrize("language", list(PAGES))
def test_a_section_s_label_stands_over_the_headline_not_the_deck(language: str) -> None:
    # A deck with no full stop reads as a headline too, one line nearer the prose; with
    # prose that repeats neither, the section's label (a menu item's copy) right over
    # the upper one tells the headline.
    menu, section, headline, deck, date, *_, footer = PAGES[language]
    lines = [*menu, section, headline, deck.rstrip(".。।"), date, *PARAGRAPHS[language], *footer]
    assert title(lines) == headline
