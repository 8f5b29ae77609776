"""Short news paragraphs in 28 languages, written for these tests (no real articles).

``PARAGRAPHS[code]`` is a list of paragraphs of two or three sentences each, in the
language whose ISO 639-1 code is ``code`` ("zh-Hant" is Chinese in traditional
characters; its language is "zh"). tests/fields/test_language.py identifies each paragraph;
tests/input/test_decode.py encodes some of them in legacy encodings and decodes them back.
"""

from __future__ import annotations

PARAGRAPHS: dict[str, list[str]] = {
    "en": [
        "The city council approved a new budget on Tuesday that raises spending on public "
        "transport by nine percent. Officials said the money would pay for more frequent "
        "buses on the busiest routes and for repairs to two ageing bridges. Opposition "
        "members argued that the plan relies on optimistic forecasts of tax revenue.",
        "Heavy rain flooded several roads in the north of the county overnight, and police "
        "asked drivers to avoid the area until the water recedes. No injuries were reported.",
    ],
    "zh": [
        "国家统计局周三公布的数据显示，今年前三个季度全国规模以上工业增加值同比增长百分之五点八。"
        "分析人士认为，制造业投资回暖和出口韧性是主要支撑因素。"
        "不过，房地产市场仍处于调整期，消费需求恢复的速度有待观察。",
        "与此同时，多地政府出台措施支持中小企业发展，包括减免部分税费和扩大信贷投放。"
        "一位经济学家在接受记者采访时表示，明年的政策重点可能会转向稳定就业和提振居民收入。",
    ],
    "zh-Hant": [
        "行政院週四通過明年度中央政府總預算案，總額較今年增加約百分之三。"
        "主計總處表示，新增經費將優先用於長期照顧、國防與公共建設。"
        "立法院預計下個月開始審查，朝野對部分項目仍有不同意見。",
        "另外，氣象署發布豪雨特報，提醒民眾注意山區可能發生的土石流與落石。"
        "多個縣市已宣布停班停課，交通部門也呼籲用路人減少不必要的外出。",
    ],
    "ja": [
        "政府は十五日、物価高対策を盛り込んだ総合経済対策を閣議決定した。"
        "低所得世帯への給付金や電気・ガス料金の負担軽減策が柱となる。"
        "首相は記者団に対し、「賃上げの流れを地方にも広げたい」と述べた。",
        "一方、野党側は財源の裏付けが不十分だと批判しており、国会での審議は難航する可能性がある。"
        "専門家の間では、効果が一時的にとどまるとの見方も出ている。",
    ],
    "ko": [
        "정부는 14일 내년도 예산안을 발표하고 저출산 대책과 청년 일자리 지원에 중점을 두겠다고 "
        "밝혔다. 기획재정부 관계자는 재정 건전성을 유지하면서도 민생 안정에 필요한 지출은 "
        "늘리겠다고 설명했다. 야당은 세수 부족 상황에서 구체적인 재원 마련 방안이 빠졌다고 지적했다.",
        "한편 서울 지역 아파트 가격은 석 달 연속 상승세를 이어갔다. 전문가들은 금리 인하 "
        "기대감이 매수 심리를 자극하고 있다고 분석했다.",
    ],
    "ru": [
        "Правительство России утвердило новую программу поддержки малого бизнеса, "
        "рассчитанную на три года. По словам министра экономического развития, "
        "предприниматели смогут получить льготные кредиты и налоговые вычеты. Эксперты "
        "отмечают, что эффект от мер во многом будет зависеть от доступности финансирования "
        "в регионах.",
        "Тем временем в Москве завершился международный форум, посвящённый развитию "
        "транспортной инфраструктуры. Участники обсудили строительство новых железнодорожных "
        "линий и модернизацию аэропортов.",
    ],
    "uk": [
        "Уряд України схвалив проєкт державного бюджету на наступний рік, у якому значну "
        "частину видатків спрямовано на оборону. Міністр фінансів зазначив, що країна й надалі "
        "розраховує на підтримку міжнародних партнерів. Депутати мають розглянути документ у "
        "першому читанні до кінця місяця.",
        "Крім того, у Львові відкрили новий центр реабілітації для ветеранів, де працюватимуть "
        "психологи та фізичні терапевти. Місцева влада сподівається, що заклад прийматиме "
        "щонайменше двісті пацієнтів щомісяця.",
    ],
    "bg": [
        "Народното събрание прие на първо четене промените в Закона за енергетиката. Според "
        "вносителите те ще облекчат присъединяването на малки соларни централи към мрежата. "
        "Опозицията поиска повече време за обсъждане с браншовите организации.",
        "Междувременно в София започна ремонтът на един от най-натоварените булеварди. "
        "Общината призова шофьорите да използват обходните маршрути през следващите два месеца.",
    ],
    "ar": [
        "أعلنت وزارة الصحة يوم الأحد عن إطلاق حملة وطنية للتطعيم ضد الإنفلونزا الموسمية تستمر "
        "شهرين. وقال المتحدث باسم الوزارة إن اللقاحات ستكون متاحة مجاناً في جميع المراكز الصحية. "
        "ودعت الوزارة كبار السن والأطفال إلى الإسراع في أخذ الجرعة قبل حلول فصل الشتاء.",
        "وفي سياق آخر، ارتفعت أسعار المواد الغذائية في الأسواق المحلية بنسبة ملحوظة خلال الشهر "
        "الماضي. ويرى خبراء اقتصاديون أن تراجع قيمة العملة وارتفاع تكاليف الشحن من أبرز الأسباب.",
    ],
    "fa": [
        "وزارت نیرو روز دوشنبه اعلام کرد که به دلیل کاهش بارندگی، برنامه مدیریت مصرف آب در "
        "تهران از هفته آینده اجرا می‌شود. سخنگوی این وزارتخانه از شهروندان خواست در مصرف آب "
        "صرفه‌جویی کنند. به گفته کارشناسان، ذخایر سدهای اطراف پایتخت به پایین‌ترین سطح در دهه "
        "اخیر رسیده است.",
        "در همین حال، قیمت خودرو در بازار تهران طی یک ماه گذشته افزایش چشمگیری داشته است. "
        "فعالان بازار می‌گویند کمبود عرضه و نوسان نرخ ارز دلیل اصلی این افزایش است.",
    ],
    "ur": [
        "وفاقی حکومت نے آئندہ مالی سال کے بجٹ میں تعلیم اور صحت کے شعبوں کے لیے اضافی فنڈز "
        "مختص کرنے کا اعلان کیا ہے۔ وزیر خزانہ نے قومی اسمبلی میں تقریر کرتے ہوئے کہا کہ مہنگائی "
        "پر قابو پانا حکومت کی اولین ترجیح ہے۔ اپوزیشن جماعتوں نے بجٹ کو عوام دشمن قرار دے دیا۔",
        "دوسری جانب کراچی میں شدید گرمی کے باعث بجلی کی طلب میں غیر معمولی اضافہ ہوا ہے۔ "
        "شہریوں نے طویل لوڈشیڈنگ کے خلاف کئی علاقوں میں احتجاج کیا۔",
    ],
    "he": [
        "הממשלה אישרה ביום ראשון תוכנית חדשה להרחבת התחבורה הציבורית בערים הגדולות. לפי "
        "התוכנית, יופעלו קווי אוטובוס נוספים בשעות הלילה ויוקמו נתיבים ייעודיים. שר התחבורה "
        "אמר כי העבודות הראשונות יחלו כבר בחודש הבא.",
        "במקביל, בנק ישראל הודיע על השארת הריבית ללא שינוי, בשל אי הוודאות בשווקים. כלכלנים "
        "מעריכים כי הורדת ריבית אפשרית רק בשנה הבאה.",
    ],
    "el": [
        "Η κυβέρνηση ανακοίνωσε την Τρίτη νέα μέτρα στήριξης για τα νοικοκυριά που πλήττονται "
        "από την ακρίβεια. Σύμφωνα με τον υπουργό Οικονομικών, το πρόγραμμα θα χρηματοδοτηθεί "
        "από την αύξηση των φορολογικών εσόδων. Η αντιπολίτευση χαρακτήρισε τα μέτρα ανεπαρκή "
        "και καθυστερημένα.",
        "Παράλληλα, στην Αθήνα συνεχίζονται οι εργασίες για την επέκταση του μετρό προς τα "
        "δυτικά προάστια. Οι νέοι σταθμοί αναμένεται να λειτουργήσουν μέσα στα επόμενα δύο χρόνια.",
    ],
    "tr": [
        "Merkez Bankası, perşembe günü yaptığı açıklamada politika faizini yüzde elli "
        "seviyesinde sabit tuttuğunu duyurdu. Banka, enflasyondaki düşüş eğiliminin sürmesi "
        "için sıkı para politikasının devam edeceğini belirtti. Ekonomistler, faiz indiriminin "
        "yılın son çeyreğinde gündeme gelebileceğini öngörüyor.",
        "Öte yandan İstanbul'da yeni metro hattının açılışı ertelendi. Belediye yetkilileri, "
        "güvenlik testlerinin tamamlanmasının ardından hattın hizmete gireceğini söyledi.",
    ],
    "pl": [
        "Sejm przyjął w piątek ustawę o wsparciu dla rodzin, które ucierpiały w wyniku "
        "wrześniowej powodzi. Rząd zapowiada, że pierwsze wypłaty trafią do poszkodowanych "
        "jeszcze przed końcem miesiąca. Według opozycji przewidziane środki są jednak zbyt małe "
        "w stosunku do rzeczywistych strat.",
        "Tymczasem w Krakowie rozpoczęła się budowa nowej linii tramwajowej, która połączy "
        "centrum miasta z osiedlami na południu. Prace mają potrwać około dwóch lat, a ich "
        "koszt szacuje się na ponad pół miliarda złotych.",
    ],
    "cs": [
        "Vláda ve středu schválila návrh státního rozpočtu na příští rok se schodkem nižším než "
        "letos. Ministr financí uvedl, že úspory se dotknou především provozních výdajů "
        "ministerstev. Opozice však varuje, že škrty mohou ohrozit investice do dopravní "
        "infrastruktury.",
        "Mezitím v Brně začala rekonstrukce hlavního nádraží, která podle odhadů potrvá čtyři "
        "roky. Cestující musí počítat s omezeními a náhradní autobusovou dopravou.",
    ],
    "pt": [
        "O governo anunciou nesta segunda-feira um novo pacote de medidas para conter a alta "
        "dos preços dos alimentos. Segundo o ministro da Fazenda, as ações incluem a redução de "
        "impostos sobre produtos da cesta básica. Economistas avaliam que o impacto sobre a "
        "inflação deve ser sentido apenas no próximo trimestre.",
        "Em São Paulo, a prefeitura inaugurou dois novos hospitais na zona leste da cidade. "
        "As unidades devem atender cerca de trinta mil pacientes por mês.",
    ],
    "es": [
        "El Gobierno aprobó este martes un plan de ayudas para los agricultores afectados por "
        "la sequía, que ha reducido las cosechas en varias regiones del sur. La ministra de "
        "Agricultura explicó que las subvenciones llegarán antes de final de año. Las "
        "organizaciones del sector consideran que la cuantía es insuficiente.",
        "Mientras tanto, el Ayuntamiento de Madrid ampliará el horario del metro durante las "
        "fiestas navideñas. La medida, según el alcalde, busca reducir el uso del coche privado.",
    ],
    "fr": [
        "Le gouvernement a présenté mercredi un projet de loi visant à accélérer la "
        "construction de logements sociaux dans les grandes villes. Selon le ministre du "
        "Logement, les procédures administratives seront simplifiées pour réduire les délais. "
        "Les associations de locataires saluent l'initiative mais demandent davantage de moyens.",
        "Par ailleurs, la grève des contrôleurs aériens a entraîné l'annulation de centaines de "
        "vols à Paris et à Marseille. Les compagnies conseillent aux voyageurs de vérifier "
        "l'état de leur réservation avant de se rendre à l'aéroport.",
    ],
    "de": [
        "Die Bundesregierung hat am Mittwoch ein Gesetz zur Beschleunigung von "
        "Genehmigungsverfahren für Windkraftanlagen beschlossen. Nach Angaben des "
        "Wirtschaftsministeriums sollen Anträge künftig innerhalb von sechs Monaten bearbeitet "
        "werden. Umweltverbände begrüßten den Schritt, mahnten aber einen besseren Schutz von "
        "Vogelarten an.",
        "In München hat die Polizei am Wochenende mehr als zweihundert Fahrräder "
        "sichergestellt, die offenbar gestohlen worden waren. Die Ermittlungen dauern an.",
    ],
    "it": [
        "Il Consiglio dei ministri ha approvato giovedì un decreto che stanzia nuovi fondi per "
        "la ricostruzione delle zone colpite dall'alluvione. Secondo il presidente della "
        "Regione, i lavori più urgenti riguarderanno strade e argini dei fiumi. I sindaci dei "
        "comuni interessati chiedono tempi certi per l'arrivo delle risorse.",
        "A Milano, intanto, è stata inaugurata una nuova linea di autobus elettrici che "
        "collega la stazione centrale con l'aeroporto. Il servizio sarà attivo tutti i giorni.",
    ],
    "nl": [
        "Het kabinet heeft dinsdag een wetsvoorstel gepresenteerd om de bouw van betaalbare "
        "huurwoningen te versnellen. Volgens de minister moeten gemeenten sneller vergunningen "
        "verlenen en meer bouwgrond beschikbaar stellen. Woningcorporaties noemen het plan een "
        "stap in de goede richting, maar vrezen een tekort aan bouwvakkers.",
        "In Rotterdam is woensdag een nieuwe brug over de Maas geopend. De gemeente verwacht "
        "dat de doorstroming in het centrum daardoor flink zal verbeteren.",
    ],
    "sv": [
        "Regeringen presenterade på torsdagen ett förslag om sänkt skatt på bensin och diesel "
        "från och med nästa år. Finansministern sade att hushållen på landsbygden påverkas mest "
        "av de höga bränslepriserna. Miljöpartiet kritiserade förslaget och menade att det går "
        "emot landets klimatmål.",
        "I Göteborg har kommunen beslutat att bygga en ny simhall i stadsdelen Angered. "
        "Arbetet väntas starta under våren och pågå i två år.",
    ],
    "vi": [
        "Chính phủ vừa phê duyệt kế hoạch đầu tư xây dựng tuyến đường sắt tốc độ cao nối Hà Nội "
        "với Thành phố Hồ Chí Minh. Theo Bộ Giao thông Vận tải, dự án dự kiến khởi công vào năm "
        "2027 và hoàn thành trong khoảng mười năm. Nhiều chuyên gia cho rằng nguồn vốn là thách "
        "thức lớn nhất đối với dự án.",
        "Trong khi đó, giá xăng trong nước tiếp tục giảm lần thứ ba liên tiếp. Người dân và "
        "doanh nghiệp vận tải được hưởng lợi từ đợt điều chỉnh này.",
    ],
    "th": [
        "รัฐบาลประกาศมาตรการกระตุ้นเศรษฐกิจชุดใหม่ เพื่อช่วยเหลือประชาชนที่ได้รับผลกระทบจากค่าครองชีพที่สูงขึ้น "
        "โฆษกรัฐบาลระบุว่าโครงการนี้จะเริ่มดำเนินการในเดือนหน้า และคาดว่าจะมีผู้ได้รับประโยชน์กว่าสิบล้านคน "
        "นักวิชาการบางส่วนเห็นว่ามาตรการดังกล่าวอาจช่วยได้เพียงระยะสั้น",
        "ขณะเดียวกัน กรมอุตุนิยมวิทยาเตือนให้ประชาชนในภาคเหนือระวังอันตรายจากฝนตกหนักและน้ำป่าไหลหลาก "
        "ในช่วงสามวันข้างหน้า",
    ],
    "hi": [
        "केंद्र सरकार ने बुधवार को किसानों के लिए एक नई बीमा योजना की घोषणा की, जिसके तहत फसल "
        "खराब होने पर तुरंत मुआवजा दिया जाएगा। कृषि मंत्री ने कहा कि इस योजना से देश के करोड़ों "
        "छोटे किसानों को लाभ मिलेगा। विपक्ष ने सरकार से योजना के लिए आवंटित राशि बढ़ाने की मांग "
        "की है।",
        "इस बीच, दिल्ली में वायु प्रदूषण का स्तर एक बार फिर खतरनाक श्रेणी में पहुंच गया है। "
        "प्रशासन ने निर्माण कार्यों पर अस्थायी रोक लगा दी है।",
    ],
    "id": [
        "Pemerintah mengumumkan rencana pembangunan jalan tol baru yang akan menghubungkan "
        "beberapa kota di Sumatra bagian selatan. Menurut Menteri Pekerjaan Umum, proyek "
        "tersebut diharapkan dapat mengurangi biaya logistik secara signifikan. Pembangunan "
        "tahap pertama dijadwalkan dimulai pada awal tahun depan.",
        "Sementara itu, harga beras di sejumlah pasar tradisional di Jakarta mulai turun "
        "setelah panen raya. Para pedagang berharap harga tetap stabil hingga akhir bulan.",
    ],
    "ro": [
        "Guvernul a adoptat joi o ordonanță de urgență privind majorarea salariului minim pe "
        "economie începând cu luna ianuarie. Ministrul Muncii a declarat că măsura va afecta "
        "aproximativ un milion și jumătate de angajați. Reprezentanții mediului de afaceri "
        "avertizează însă că firmele mici ar putea avea dificultăți.",
        "La Cluj, primăria a anunțat extinderea rețelei de piste pentru biciclete cu încă "
        "douăzeci de kilometri până la sfârșitul anului viitor.",
    ],
    "hu": [
        "A kormány szerdán bejelentette, hogy jövőre jelentősen növeli az egészségügyi "
        "dolgozók bérét. A pénzügyminiszter szerint a költségvetés hiánya ennek ellenére a "
        "tervezett szinten marad. Az ellenzéki pártok szerint az intézkedés nem elegendő a "
        "kórházi ellátás javításához.",
        "Budapesten közben megkezdődött a Lánchíd környékének felújítása. A munkálatok miatt "
        "több buszjárat útvonala is megváltozik a következő hetekben.",
    ],
}


def language_of(code: str) -> str:
    """The ISO 639-1 code of a key of :data:`PARAGRAPHS`."""
    return code.split("-")[0]


def page(code: str) -> str:
    """A short news story in ``code``'s language: a headline and every paragraph."""
    paragraphs = PARAGRAPHS[code]
    headline = paragraphs[0].split(".")[0].split("。")[0][:60]
    return "\n\n".join([headline, *paragraphs])
