"""Captions of news dumps in many languages, as a reader copies a whole page: each
language's way of crediting a photo (``Foto: Name/dpa``, ``(Photo : AFP)``, ``Ảnh: TTXVN``,
``사진=연합뉴스``, ``ছবি: ...``), on the caption's line or the next, becomes a caption with
its credit, and the article's paragraphs and subheadings stay in the body. The dumps are
written for these tests (invented towns and names), with each site's menus, share
buttons and related lists around the article (newsparse._fields.captions and the text
engine's use of it)."""

from __future__ import annotations

import warnings

import pytest

import newsparse
from newsparse._fields.captions import match_caption

Captions = list[tuple[str | None, str | None]]

# language: (dump, its captions as (text, credit), its subheading)
DUMPS: dict[str, tuple[str, Captions, str]] = {
    "ar": (
        """\
الرئيسية
أخبار
اقتصاد
رياضة
الجمعة 21 نوفمبر 2025

أخبار
بلدية المدينة الشمالية تفتتح جسرا جديدا فوق النهر
كلف المشروع 50 مليون دولار واستغرق بناؤه ثلاث سنوات
محمد العلي
21 نوفمبر 2025
شارك
استمع إلى المقال
سيارات تعبر الجسر الجديد في المدينة الشمالية صباح الخميس (رويترز)
افتتحت بلدية المدينة الشمالية يوم الخميس جسرا جديدا فوق النهر، في مشروع انتظره السكان أكثر من عشر سنوات.
وقال رئيس البلدية إن الجسر سيخفف الازدحام في وسط المدينة ويختصر زمن التنقل بين ضفتي النهر.
ردود فعل السكان
عبر كثير من السكان عن ارتياحهم للمشروع، بينما طالب آخرون بتوفير مواقف للسيارات قرب الجسر.
رئيس البلدية خلال حفل الافتتاح. عدسة: أحمد حسن
ومن المقرر إغلاق الجسر القديم للصيانة بداية العام المقبل.
اقرأ أيضا
خط حافلات جديد في المدينة الشمالية
""",
        [
            ("سيارات تعبر الجسر الجديد في المدينة الشمالية صباح الخميس", "رويترز"),
            ("رئيس البلدية خلال حفل الافتتاح.", "أحمد حسن"),
        ],
        "ردود فعل السكان",
    ),
    "bg": (
        """\
Начало
България
Свят
Икономика
Петък, 21 ноември 2025

България
Откриха нов мост над реката в Северен град
Строителството продължи три години и струва 100 млн. лева
Иван Георгиев
21 ноември 2025, 11:40
Сподели
Автомобили минават по новия мост в Северен град. Снимка: БГНЕС
Новият мост над реката в Северен град беше открит за движение в четвъртък. Той свързва двете части на града, които досега имаха само един стар мост.
Кметът заяви, че мостът ще намали значително задръстванията в центъра. Опозицията разкритикува забавянията.
Доволни жители
Много жители приветстваха откриването, но някои искат повече места за паркиране край моста.
Кметът по време на церемонията. Снимка: Петър Иванов
Старият мост ще бъде затворен за ремонт от следващия месец.
Още по темата
Нова автобусна линия в Северен град
""",
        [
            ("Автомобили минават по новия мост в Северен град.", "БГНЕС"),
            ("Кметът по време на церемонията.", "Петър Иванов"),
        ],
        "Доволни жители",
    ),
    "bn": (
        """\
প্রচ্ছদ
বাংলাদেশ
আন্তর্জাতিক
খেলা
শুক্রবার, ২১ নভেম্বর ২০২৫

বাংলাদেশ
উত্তরনগরে নদীর ওপর নতুন সেতু উদ্বোধন
তিন বছরে নির্মিত সেতুটির ব্যয় ৫০০ কোটি টাকা
রহিম উদ্দিন
২১ নভেম্বর ২০২৫, ১১:৪০
শেয়ার করুন
উত্তরনগরে নতুন সেতু দিয়ে যানবাহন চলাচল করছে। ছবি: সংগৃহীত
উত্তরনগরে বৃহস্পতিবার নদীর ওপর নির্মিত নতুন সেতুর উদ্বোধন করা হয়েছে। সেতুটি চালু হওয়ায় শহরের দুই অংশের মধ্যে যাতায়াত সহজ হবে।
মেয়র বলেন, সেতুটি শহরের কেন্দ্রে যানজট অনেকটাই কমাবে। বিরোধী দল নির্মাণে দেরির সমালোচনা করেছে।
স্থানীয়দের প্রতিক্রিয়া
অনেক স্থানীয় বাসিন্দা সেতু উদ্বোধনে খুশি, তবে কেউ কেউ পার্কিং সুবিধার দাবি জানিয়েছেন।
উদ্বোধন অনুষ্ঠানে মেয়র। ছবি: প্রথম আলো
পুরোনো সেতুটি আগামী মাস থেকে সংস্কারের জন্য বন্ধ থাকবে।
আরও পড়ুন
উত্তরনগরে নতুন বাস সেবা চালু
""",
        [("উত্তরনগরে নতুন সেতু দিয়ে যানবাহন চলাচল করছে।", "সংগৃহীত"), ("উদ্বোধন অনুষ্ঠানে মেয়র।", "প্রথম আলো")],
        "স্থানীয়দের প্রতিক্রিয়া",
    ),
    "cs": (
        """\
Úvod
Domácí
Zahraničí
Ekonomika
Pátek 21. listopadu 2025

Domácí
V Severním Městě otevřeli nový most přes řeku
Stavba trvala tři roky a stála dvě miliardy korun
Jan Novák
21. listopadu 2025 11:40
Sdílet
Poslechněte si článek
Auta projíždějí po novém mostě v Severním Městě. Foto: ČTK/Petr Svoboda
Nový most přes řeku v Severním Městě byl ve čtvrtek otevřen pro dopravu. Spojuje dvě části města, které dosud spojoval jen starý most.
Podle primátora most výrazně sníží zácpy v centru. Opozice kritizovala zpoždění stavby.
Obyvatelé jsou spokojení
Mnoho obyvatel otevření vítá, někteří však žádají více parkovacích míst v okolí mostu.
Primátor při slavnostním otevření.
Foto: Martin Dvořák, MAFRA
Starý most bude od příštího měsíce uzavřen kvůli opravě.
Související články
Nová autobusová linka v Severním Městě
""",
        [
            ("Auta projíždějí po novém mostě v Severním Městě.", "ČTK/Petr Svoboda"),
            ("Primátor při slavnostním otevření.", "Martin Dvořák, MAFRA"),
        ],
        "Obyvatelé jsou spokojení",
    ),
    "de": (
        """\
Startseite
Politik
Wirtschaft
Sport
Montag, 17. November 2025

Politik
Stadtrat beschließt neuen Hafenplan für Nordstadt
Die Erweiterung soll bis 2030 fertig sein und tausend Arbeitsplätze schaffen
Von Jana Kern
17.11.2025, 14:32 Uhr
Teilen
Artikel anhören
Der Hafen von Nordstadt im Morgenlicht.
Foto: Lars Brandt/dpa
Der Stadtrat von Nordstadt hat am Montag mit großer Mehrheit einen neuen Plan für den Ausbau des Hafens beschlossen. Die Kosten werden auf rund 400 Millionen Euro geschätzt.
Bürgermeisterin Eva Lang sprach von einem historischen Tag für die Stadt. Die Opposition kritisierte dagegen, dass die Finanzierung noch nicht vollständig gesichert sei.
Kritik von Umweltverbänden
Umweltverbände befürchten, dass die Baggerarbeiten den Fluss belasten werden. Sie kündigten an, den Plan rechtlich prüfen zu lassen.
Demonstranten vor dem Rathaus am Montagmorgen. Bild: Keystone/Tom Weber
Die Stadt will die Arbeiten im kommenden Frühjahr beginnen. Zunächst soll ein neuer Kai für Containerschiffe entstehen, danach folgen Lagerhallen und eine Bahnanbindung.
Mehr zum Thema
Nordstadt: Neue Buslinie ab Dezember
Hafenarbeiter streiken für höhere Löhne
Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.
""",
        [
            ("Der Hafen von Nordstadt im Morgenlicht.", "Lars Brandt/dpa"),
            ("Demonstranten vor dem Rathaus am Montagmorgen.", "Keystone/Tom Weber"),
        ],
        "Kritik von Umweltverbänden",
    ),
    "el": (
        """\
Αρχική
Πολιτική
Οικονομία
Κοινωνία
Παρασκευή 21 Νοεμβρίου 2025

Κοινωνία
Νέα γέφυρα στη Βόρεια Πόλη παραδόθηκε στην κυκλοφορία
Το έργο κόστισε 50 εκατ. ευρώ και ολοκληρώθηκε σε τρία χρόνια
Γιώργος Παπαδόπουλος
21.11.2025 • 11:40
Κοινοποίηση
Οχήματα περνούν από τη νέα γέφυρα της Βόρειας Πόλης. (ΦΩΤΟ: EUROKINISSI/ΝΙΚΟΣ ΚΑΡΑΝΙΚΟΛΑΣ)
Στην κυκλοφορία παραδόθηκε την Πέμπτη η νέα γέφυρα της Βόρειας Πόλης, ένα έργο που περίμεναν οι κάτοικοι της περιοχής για πάνω από μία δεκαετία.
Ο δήμαρχος Νίκος Αλεξίου δήλωσε ότι η γέφυρα θα μειώσει σημαντικά την κίνηση στο κέντρο. Η αντιπολίτευση επέκρινε τις καθυστερήσεις του έργου.
Οι αντιδράσεις των κατοίκων
Πολλοί κάτοικοι εξέφρασαν την ικανοποίησή τους, ενώ άλλοι ζητούν περισσότερες θέσεις στάθμευσης κοντά στη γέφυρα.
Ο δήμαρχος Νίκος Αλεξίου στα εγκαίνια. Φωτογραφία: Γιάννης Μαρκάκης
Η παλιά γέφυρα θα κλείσει για επισκευές από τον Ιανουάριο.
Διαβάστε επίσης
Νέα γραμμή λεωφορείων στη Βόρεια Πόλη
""",
        [
            (
                "Οχήματα περνούν από τη νέα γέφυρα της Βόρειας Πόλης.",
                "EUROKINISSI/ΝΙΚΟΣ ΚΑΡΑΝΙΚΟΛΑΣ",
            ),
            ("Ο δήμαρχος Νίκος Αλεξίου στα εγκαίνια.", "Γιάννης Μαρκάκης"),
        ],
        "Οι αντιδράσεις των κατοίκων",
    ),
    "es": (
        """\
Portada
Nacional
Internacional
Deportes
Miércoles, 19 de noviembre de 2025

Nacional
El Ayuntamiento de Valdeluna aprueba un plan de vivienda
La medida prevé construir 3.000 pisos de alquiler asequible en cinco años
Por Lucía Ortega
19 nov 2025 - 12:40 CET
Compartir
Escuchar noticia
Vecinos de Valdeluna protestan frente al Ayuntamiento, este martes. EFE/Juan Pérez
El pleno del Ayuntamiento de Valdeluna aprobó este martes un plan de vivienda que prevé la construcción de 3.000 pisos de alquiler asequible en los próximos cinco años.
La alcaldesa, Marta Ruiz, defendió que la medida ayudará a los jóvenes a emanciparse. La oposición votó en contra y criticó la falta de detalles sobre la financiación.
Críticas de los promotores
Las asociaciones de promotores consideran que los plazos son poco realistas y piden más suelo público para poder cumplir los objetivos.
La alcaldesa, durante el pleno municipal.
Foto: Europa Press
El plan se financiará con fondos europeos y con un préstamo del banco público regional, según el documento aprobado.
Más noticias
Valdeluna estrena nuevo carril bici
""",
        [
            (
                "Vecinos de Valdeluna protestan frente al Ayuntamiento, este martes.",
                "EFE/Juan Pérez",
            ),
            ("La alcaldesa, durante el pleno municipal.", "Europa Press"),
        ],
        "Críticas de los promotores",
    ),
    "fa": (
        """\
صفحه اصلی
سیاسی
اقتصادی
ورزشی
جمعه ۳۰ آبان ۱۴۰۴

اجتماعی
پل جدید شهر شمالی افتتاح شد
ساخت این پل سه سال طول کشید
علی رضایی
۳۰ آبان ۱۴۰۴
اشتراک گذاری
خودروها از پل جدید شهر شمالی عبور می‌کنند. عکس: ایرنا
پل جدید شهر شمالی روز پنجشنبه با حضور شهردار و جمعی از مسئولان افتتاح شد و به روی خودروها باز شد.
شهردار گفت این پل ترافیک مرکز شهر را به میزان زیادی کاهش خواهد داد و زمان سفر را کوتاه می‌کند.
واکنش شهروندان
بسیاری از شهروندان از افتتاح این پل استقبال کردند، اما برخی خواستار پارکینگ بیشتر در اطراف آن شدند.
شهردار در مراسم افتتاح پل.
عکس: مهدی احمدی
پل قدیمی از ماه آینده برای تعمیرات بسته خواهد شد.
بیشتر بخوانید
خط جدید اتوبوس در شهر شمالی
""",
        [
            ("خودروها از پل جدید شهر شمالی عبور می\u200cکنند.", "ایرنا"),
            ("شهردار در مراسم افتتاح پل.", "مهدی احمدی"),
        ],
        "واکنش شهروندان",
    ),
    "fi": (
        """\
Etusivu
Kotimaa
Ulkomaat
Talous
Perjantai 21.11.2025

Kotimaa
Pohjoiskaupungin uusi silta avattiin liikenteelle
Rakentaminen kesti kolme vuotta ja maksoi 80 miljoonaa euroa
Matti Virtanen
21.11.2025 11:40
Jaa
Kuuntele artikkeli
Autoja uudella sillalla Pohjoiskaupungissa torstaina. KUVA: LAURA NIEMI / LEHTIKUVA
Pohjoiskaupungin uusi silta avattiin liikenteelle torstaina. Silta yhdistää kaupungin kaksi osaa, joita on tähän asti yhdistänyt vain vanha silta.
Pormestarin mukaan silta vähentää ruuhkia keskustassa merkittävästi. Oppositio on arvostellut viivästyksiä.
Asukkaat tyytyväisiä
Monet asukkaat iloitsevat sillan avaamisesta, mutta osa toivoo lisää pysäköintipaikkoja.
Pormestari avajaisissa. Kuva: Pekka Korhonen
Vanha silta suljetaan korjausta varten ensi kuusta alkaen.
Lue myös
Uusi bussilinja Pohjoiskaupunkiin
""",
        [
            ("Autoja uudella sillalla Pohjoiskaupungissa torstaina.", "LAURA NIEMI / LEHTIKUVA"),
            ("Pormestari avajaisissa.", "Pekka Korhonen"),
        ],
        "Asukkaat tyytyväisiä",
    ),
    "fr": (
        """\
Accueil
International
Politique
Économie
Culture
Mardi 18 novembre 2025

Politique
La mairie de Villeneuve adopte un plan pour ses écoles
Le projet prévoit la rénovation de douze établissements d'ici à 2028.
Par Claire Morel
Publié le 18 novembre 2025 à 10h15
Partager
Écouter cet article
Des élèves dans la cour de l'école Jean-Moulin, à Villeneuve, lundi. (Photo : Paul Girard / AFP)
Le conseil municipal de Villeneuve a adopté lundi soir un plan de rénovation de ses écoles, estimé à 60 millions d'euros. Le vote a eu lieu après plus de quatre heures de débat.
Le maire, Henri Blanc, a salué « un investissement pour les vingt prochaines années ». L'opposition a dénoncé un calendrier trop serré et réclamé une étude indépendante.
Des parents inquiets
Plusieurs associations de parents d'élèves craignent que les travaux ne perturbent les cours pendant l'année scolaire. La mairie promet des classes provisoires.
L'adjointe à l'éducation, lors de la séance du conseil, lundi.
PHOTO LUC MARTIN / AFP
Les premiers chantiers doivent commencer au printemps, en commençant par les deux écoles les plus anciennes de la commune.
À lire aussi
Villeneuve : la cantine passe au bio
Accepter les cookies
""",
        [
            (
                "Des élèves dans la cour de l'école Jean-Moulin, à Villeneuve, lundi.",
                "Paul Girard / AFP",
            ),
            ("L'adjointe à l'éducation, lors de la séance du conseil, lundi.", "LUC MARTIN / AFP"),
        ],
        "Des parents inquiets",
    ),
    "he": (
        """\
ראשי
חדשות
כלכלה
ספורט
יום שישי, 21 בנובמבר 2025

חדשות
גשר חדש נפתח לתנועה בעיר הצפונית
הפרויקט עלה 200 מיליון שקל ונמשך שלוש שנים
דנה כהן
21.11.2025 | 11:40
שיתוף
מכוניות חוצות את הגשר החדש בעיר הצפונית (צילום: יוסי לוי, פלאש 90)
הגשר החדש בעיר הצפונית נפתח לתנועה ביום חמישי, לאחר שלוש שנות עבודה ועיכובים רבים.
ראש העירייה אמר כי הגשר יקל על הפקקים במרכז העיר ויקצר את זמן הנסיעה בין שני חלקי העיר.
תגובות התושבים
רבים מהתושבים בירכו על הפתיחה, אך אחרים דרשו חניות נוספות סמוך לגשר.
ראש העירייה בטקס הפתיחה. צילום: רויטרס
הגשר הישן ייסגר לשיפוצים בתחילת השנה הבאה.
כתבות נוספות
קו אוטובוס חדש בעיר הצפונית
""",
        [
            ("מכוניות חוצות את הגשר החדש בעיר הצפונית", "יוסי לוי, פלאש 90"),
            ("ראש העירייה בטקס הפתיחה.", "רויטרס"),
        ],
        "תגובות התושבים",
    ),
    "hi": (
        """\
होम
देश
विदेश
खेल
शुक्रवार, 21 नवंबर 2025

देश
उत्तरनगर में नदी पर नए पुल का उद्घाटन
तीन साल में बनकर तैयार हुआ पुल, 300 करोड़ रुपये की लागत
राहुल शर्मा
21 नवंबर 2025, 11:40 AM
शेयर करें
इस खबर को सुनें
उत्तरनगर में नए पुल से गुजरते वाहन। (फोटो: पीटीआई)
उत्तरनगर में गुरुवार को नदी पर बने नए पुल का उद्घाटन किया गया। इस पुल के बनने से शहर के दोनों हिस्सों के बीच आवाजाही आसान हो जाएगी।
महापौर ने कहा कि पुल से शहर के केंद्र में जाम की समस्या काफी कम होगी। विपक्ष ने निर्माण में देरी को लेकर सवाल उठाए।
लोगों ने जताई खुशी
कई स्थानीय लोगों ने पुल के उद्घाटन पर खुशी जताई, जबकि कुछ ने पार्किंग की मांग की।
उद्घाटन समारोह में महापौर। फोटो साभार: एएनआई
पुराने पुल को अगले महीने से मरम्मत के लिए बंद किया जाएगा।
यह भी पढ़ें
उत्तरनगर में नई बस सेवा शुरू
""",
        [("उत्तरनगर में नए पुल से गुजरते वाहन।", "पीटीआई"), ("उद्घाटन समारोह में महापौर।", "एएनआई")],
        "लोगों ने जताई खुशी",
    ),
    "hu": (
        """\
Címlap
Belföld
Külföld
Gazdaság
2025. november 21., péntek

Belföld
Átadták az új hidat Északváros folyója felett
Az építkezés három évig tartott és 40 milliárd forintba került
Kovács Péter
2025.11.21. 11:40
Megosztás
Autók haladnak át az új hídon Északvárosban. Fotó: MTI/Szabó Attila
Csütörtökön átadták a forgalomnak az új hidat Északvárosban. A híd a város két részét köti össze, amelyeket eddig csak egy régi híd kötött össze.
A polgármester szerint a híd jelentősen csökkenti a dugókat a belvárosban. Az ellenzék bírálta a késéseket.
Elégedettek a lakók
Sok lakó örül az átadásnak, bár néhányan több parkolóhelyet kérnek a híd közelében.
A polgármester az átadási ünnepségen.
Fotó: Nagy Gábor
A régi hidat a jövő hónaptól felújítás miatt lezárják.
Kapcsolódó cikkek
Új buszjárat indul Északvárosban
""",
        [
            ("Autók haladnak át az új hídon Északvárosban.", "MTI/Szabó Attila"),
            ("A polgármester az átadási ünnepségen.", "Nagy Gábor"),
        ],
        "Elégedettek a lakók",
    ),
    "id": (
        """\
Beranda
Nasional
Internasional
Ekonomi
Jumat, 21 November 2025

Nasional
Pemkot Kota Utara resmikan jembatan baru di atas sungai
Pembangunan jembatan memakan waktu tiga tahun dengan biaya Rp 500 miliar
Budi Santoso
Jumat, 21 Nov 2025 11:40 WIB
Bagikan
Dengarkan berita
Kendaraan melintas di jembatan baru Kota Utara, Kamis (20/11/2025). ANTARA FOTO/Andi Wijaya/foc.
Pemerintah Kota Utara meresmikan jembatan baru di atas sungai pada Kamis. Jembatan ini menghubungkan dua bagian kota yang selama ini hanya dilayani satu jembatan tua.
Wali kota mengatakan jembatan tersebut akan mengurangi kemacetan di pusat kota secara signifikan. Sejumlah anggota dewan mengkritik keterlambatan proyek.
Warga menyambut gembira
Banyak warga menyambut baik peresmian jembatan, meski sebagian meminta tambahan lahan parkir di sekitarnya.
Wali kota saat meresmikan jembatan. (Foto: Istimewa)
Jembatan lama akan ditutup untuk perbaikan mulai bulan depan.
Baca juga
Kota Utara luncurkan layanan bus baru
""",
        [
            (
                "Kendaraan melintas di jembatan baru Kota Utara, Kamis (20/11/2025).",
                "ANTARA FOTO/Andi Wijaya/foc",
            ),
            ("Wali kota saat meresmikan jembatan.", "Istimewa"),
        ],
        "Warga menyambut gembira",
    ),
    "it": (
        """\
Home
Cronaca
Politica
Economia
Giovedì 20 novembre 2025

Cronaca
Il Comune di Valverde approva il nuovo piano traffico
Zone a traffico limitato estese a tutto il centro storico dal prossimo anno
di Marco Rossi
20 novembre 2025 ore 11:20
Condividi
Ascolta l'articolo
Auto in coda in via Garibaldi a Valverde. (foto Ansa)
Il consiglio comunale di Valverde ha approvato ieri sera il nuovo piano del traffico, che estende la zona a traffico limitato a tutto il centro storico a partire da gennaio.
Il sindaco Paolo Conti ha parlato di una scelta necessaria per ridurre lo smog. I commercianti temono invece un calo dei clienti nei negozi del centro.
Le proteste dei commercianti
Una delegazione di negozianti ha incontrato l'assessore alla mobilità chiedendo parcheggi gratuiti ai margini della zona limitata.
Il sindaco Paolo Conti in consiglio comunale. ANSA/GIULIO VERDI
Il piano entrerà in vigore il primo gennaio, con un periodo di prova di sei mesi senza multe.
Leggi anche
Valverde, nuova pista ciclabile sul lungofiume
""",
        [
            ("Auto in coda in via Garibaldi a Valverde.", "Ansa"),
            ("Il sindaco Paolo Conti in consiglio comunale.", "ANSA/GIULIO VERDI"),
        ],
        "Le proteste dei commercianti",
    ),
    "ja": (
        """\
トップ
国内
国際
経済
2025年11月21日（金）

社会
北市に新しい橋　3年かけ完成
総事業費200億円、市中心部の渋滞緩和に期待
山田太郎
2025年11月21日 11時40分
シェア
記事を聞く
開通した新しい橋を渡る車＝北市で2025年11月20日、佐藤花子撮影
北市で20日、川に架かる新しい橋が開通した。市の南北を結び、中心部の渋滞緩和が期待される。
市長は開通式で「市民の長年の願いがかなった」と述べた。一方、工事の遅れを批判する声もある。
住民から喜びの声
多くの住民が開通を歓迎したが、橋の近くに駐車場を求める声も上がっている。
開通式でテープカットする市長ら（写真：共同通信）
古い橋は来月から補修のため通行止めとなる。
関連記事
北市で新たなバス路線
""",
        [
            ("開通した新しい橋を渡る車＝北市で2025年11月20日", "佐藤花子"),
            ("開通式でテープカットする市長ら", "共同通信"),
        ],
        "住民から喜びの声",
    ),
    "ko": (
        """\
홈
정치
경제
사회
2025년 11월 21일 금요일

사회
북시, 강 위에 새 다리 개통
3년 공사 끝에 완공…총사업비 2000억원
김민수 기자
입력 2025.11.21 11:40
공유하기
기사 듣기
20일 북시 새 다리 위로 차량들이 지나가고 있다. 2025.11.20/뉴스1
북시는 20일 강 위에 새 다리를 개통했다고 밝혔다. 새 다리는 도시의 남북을 잇는 것으로 도심 교통 체증 완화가 기대된다.
시장은 개통식에서 시민들의 오랜 바람이 이뤄졌다고 말했다. 일부에서는 공사 지연을 비판하는 목소리도 나왔다.
시민들 반응
많은 시민들이 개통을 반겼지만 다리 근처에 주차장을 늘려 달라는 요구도 있었다.
개통식에서 테이프를 자르는 시장. [북시 제공]
옛 다리는 다음 달부터 보수 공사를 위해 통행이 금지된다.
관련 기사
북시 새 버스 노선 개통
""",
        [
            ("20일 북시 새 다리 위로 차량들이 지나가고 있다.", "뉴스1"),
            ("개통식에서 테이프를 자르는 시장.", "북시"),
        ],
        "시민들 반응",
    ),
    "ms": (
        """\
Utama
Nasional
Dunia
Sukan
Jumaat, 21 November 2025

Nasional
Jambatan baharu di Bandar Utara dibuka kepada orang ramai
Projek itu menelan belanja RM300 juta dan siap dalam tempoh tiga tahun
Ahmad Zaki
21 November 2025, 11:40 pagi
Kongsi
Kenderaan melalui jambatan baharu di Bandar Utara semalam. Gambar: Bernama
Jambatan baharu di Bandar Utara dibuka kepada orang ramai semalam selepas tiga tahun kerja pembinaan yang mengalami beberapa kelewatan.
Datuk Bandar berkata jambatan itu akan mengurangkan kesesakan lalu lintas di pusat bandar dan memendekkan masa perjalanan penduduk.
Reaksi penduduk
Ramai penduduk menyambut baik pembukaan jambatan itu, namun ada yang meminta lebih banyak tempat letak kereta.
Datuk Bandar ketika merasmikan jambatan. Foto: Hafiz Ismail
Jambatan lama akan ditutup untuk kerja-kerja pembaikan mulai bulan depan.
Berita berkaitan
Perkhidmatan bas baharu di Bandar Utara
""",
        [
            ("Kenderaan melalui jambatan baharu di Bandar Utara semalam.", "Bernama"),
            ("Datuk Bandar ketika merasmikan jambatan.", "Hafiz Ismail"),
        ],
        "Reaksi penduduk",
    ),
    "nl": (
        """\
Home
Binnenland
Buitenland
Economie
Vrijdag 21 november 2025

Binnenland
Gemeente Noordhaven bouwt nieuwe brug over de rivier
De brug moet in 2028 klaar zijn en kost ruim 90 miljoen euro
Door Pieter de Vries
21 nov. 2025 om 09:10
Delen
Lees voor
Fietsers op de oude brug in Noordhaven. Beeld ANP / Kees Bakker
De gemeenteraad van Noordhaven heeft donderdagavond ingestemd met de bouw van een nieuwe brug over de rivier. De huidige brug is ruim zestig jaar oud en moet worden vervangen.
Wethouder Sanne Jansen noemde het besluit een belangrijke stap voor de bereikbaarheid van de stad. De oppositie vindt de kosten te hoog.
Zorgen over de bouw
Omwonenden vrezen jarenlange overlast tijdens de bouw. De gemeente belooft een tijdelijke pont voor voetgangers en fietsers.
Wethouder Sanne Jansen tijdens de raadsvergadering. Foto: Jan Smit
De bouw begint naar verwachting in het najaar van volgend jaar.
Lees ook
Noordhaven krijgt nieuw station
""",
        [
            ("Fietsers op de oude brug in Noordhaven.", "ANP / Kees Bakker"),
            ("Wethouder Sanne Jansen tijdens de raadsvergadering.", "Jan Smit"),
        ],
        "Zorgen over de bouw",
    ),
    "pl": (
        """\
Strona główna
Kraj
Świat
Sport
Piątek, 21 listopada 2025

Kraj
Nowy most w Północnym Mieście otwarty dla ruchu
Budowa trwała trzy lata i kosztowała 400 mln zł
Anna Nowak
21 listopada 2025, 11:40
Udostępnij
Posłuchaj artykułu
Samochody przejeżdżają przez nowy most w Północnym Mieście.
Fot. PAP/Tomasz Wójcik
Nowy most przez rzekę w Północnym Mieście został w czwartek otwarty dla ruchu. Łączy on dwie części miasta, które dotąd obsługiwał jeden stary most.
Prezydent miasta powiedział, że most znacznie zmniejszy korki w centrum. Opozycja krytykowała opóźnienia budowy.
Mieszkańcy zadowoleni
Wielu mieszkańców cieszy się z otwarcia mostu, choć część domaga się dodatkowych miejsc parkingowych.
Prezydent miasta podczas uroczystości otwarcia. Fot. Jan Kowalski / Agencja Gazeta
Stary most zostanie zamknięty do remontu od przyszłego miesiąca.
Czytaj także
Nowa linia autobusowa w Północnym Mieście
""",
        [
            ("Samochody przejeżdżają przez nowy most w Północnym Mieście.", "PAP/Tomasz Wójcik"),
            ("Prezydent miasta podczas uroczystości otwarcia.", "Jan Kowalski / Agencja Gazeta"),
        ],
        "Mieszkańcy zadowoleni",
    ),
    "pt": (
        """\
Início
Brasil
Mundo
Economia
Quinta-feira, 20 de novembro de 2025

Economia
Prefeitura de Serra Azul anuncia investimento em transporte
Plano prevê novas linhas de ônibus e ciclovias até 2027
Por Ana Souza
20/11/2025 08h30 Atualizado há 2 horas
Compartilhe
Ouvir matéria
Passageiros aguardam ônibus no centro de Serra Azul — Foto: Pedro Lima/Agência Estado
A prefeitura de Serra Azul anunciou nesta quarta-feira um investimento de R$ 200 milhões em transporte público, com novas linhas de ônibus e 40 quilômetros de ciclovias.
Segundo o prefeito, João Mendes, as obras devem começar no início do próximo ano. Vereadores da oposição pediram mais transparência nos contratos.
Moradores aprovam
Em entrevista, moradores da periferia disseram que o tempo de viagem até o centro chega a duas horas nos horários de pico.
O prefeito João Mendes durante o anúncio, nesta quarta-feira. Imagem: Divulgação/Prefeitura de Serra Azul
O projeto ainda precisa ser aprovado pela Câmara Municipal, o que deve ocorrer até o fim de dezembro.
Leia também
Serra Azul terá nova rodoviária
""",
        [
            ("Passageiros aguardam ônibus no centro de Serra Azul", "Pedro Lima/Agência Estado"),
            (
                "O prefeito João Mendes durante o anúncio, nesta quarta-feira.",
                "Divulgação/Prefeitura de Serra Azul",
            ),
        ],
        "Moradores aprovam",
    ),
    "ru": (
        """\
Главная
Политика
Экономика
Общество
Спорт
20 ноября 2025

Общество
В Северогорске открыли новый мост через реку
Строительство заняло три года и обошлось в 4 млрд рублей
Иван Петров
20 ноября 2025, 12:45
Поделиться
Слушать статью
Мост через реку Северку в день открытия.
Фото: Алексей Смирнов / ТАСС
В Северогорске в четверг открыли новый автомобильный мост через реку Северку. По словам мэра, он позволит разгрузить центр города и сократить пробки.
Строительство моста заняло три года и обошлось бюджету в 4 млрд рублей. Первые автомобили проехали по нему сразу после торжественной церемонии.
Жители ждали мост десять лет
Горожане давно жаловались на заторы на старом мосту, который не ремонтировался с 1980-х годов.
Мэр Северогорска на церемонии открытия. © РИА Новости / Ольга Кузнецова
В ближайшие месяцы старый мост закроют на капитальный ремонт.
Читайте также
В Северогорске запустят новый трамвай
""",
        [
            ("Мост через реку Северку в день открытия.", "Алексей Смирнов / ТАСС"),
            ("Мэр Северогорска на церемонии открытия.", "РИА Новости / Ольга Кузнецова"),
        ],
        "Жители ждали мост десять лет",
    ),
    "sv": (
        """\
Start
Inrikes
Utrikes
Ekonomi
Fredag 21 november 2025

Inrikes
Ny bro över älven invigd i Norrstad
Bygget tog tre år och kostade 900 miljoner kronor
Erik Lindqvist
Publicerad 21 november 2025 kl. 11.40
Dela
Lyssna på artikeln
Bilar kör över den nya bron i Norrstad på torsdagen. Foto: Jonas Berg/TT
Den nya bron över älven i Norrstad invigdes på torsdagen. Bron binder samman stadens två delar, som hittills bara haft en gammal bro.
Kommunstyrelsens ordförande säger att bron kommer att minska köerna i centrum. Oppositionen kritiserar förseningarna.
Invånarna är nöjda
Många invånare välkomnar bron, men en del vill ha fler parkeringsplatser i närheten.
Kommunstyrelsens ordförande vid invigningen.
Bild: Anna Holm
Den gamla bron stängs för renovering från nästa månad.
Läs också
Ny busslinje i Norrstad
""",
        [
            ("Bilar kör över den nya bron i Norrstad på torsdagen.", "Jonas Berg/TT"),
            ("Kommunstyrelsens ordförande vid invigningen.", "Anna Holm"),
        ],
        "Invånarna är nöjda",
    ),
    "sw": (
        """\
Mwanzo
Habari
Biashara
Michezo
Ijumaa, Novemba 21, 2025

Habari
Daraja jipya lafunguliwa katika Jiji la Kaskazini
Mradi huo uligharimu shilingi bilioni 50 na ulichukua miaka mitatu
Na Amina Juma
Novemba 21, 2025
Shiriki
Magari yakipita kwenye daraja jipya katika Jiji la Kaskazini. Picha: Maktaba
Daraja jipya katika Jiji la Kaskazini limefunguliwa rasmi Alhamisi baada ya kazi ya ujenzi iliyochukua miaka mitatu.
Meya wa jiji alisema daraja hilo litapunguza msongamano wa magari katikati ya jiji na kufupisha muda wa safari.
Maoni ya wananchi
Wananchi wengi walifurahia kufunguliwa kwa daraja hilo, lakini wengine waliomba maegesho zaidi karibu nalo.
Meya akizungumza wakati wa ufunguzi. (PICHA: IKULU)
Daraja la zamani litafungwa kwa matengenezo kuanzia mwezi ujao.
Habari Zaidi
Huduma mpya ya mabasi Jiji la Kaskazini
""",
        [
            ("Magari yakipita kwenye daraja jipya katika Jiji la Kaskazini.", "Maktaba"),
            ("Meya akizungumza wakati wa ufunguzi.", "IKULU"),
        ],
        "Maoni ya wananchi",
    ),
    "tr": (
        """\
Ana Sayfa
Gündem
Ekonomi
Spor
21 Kasım 2025 Cuma

Gündem
Kuzeykent Belediyesi yeni metro hattı için düğmeye bastı
Hattın 2029 yılında hizmete girmesi planlanıyor
Ayşe Yılmaz
21.11.2025 - 10:30
Paylaş
Haberi dinle
Kuzeykent'te metro inşaatının başladığı alan. (Fotoğraf: Mehmet Kaya/AA)
Kuzeykent Belediyesi, kentin doğusunu merkeze bağlayacak yeni metro hattının temelini perşembe günü düzenlenen törenle attı.
Belediye Başkanı Ali Demir, hattın günde 300 bin yolcu taşıyacağını söyledi. Muhalefet ise projenin maliyetinin çok yüksek olduğunu savundu.
Trafik sorunu çözülecek mi?
Uzmanlar, yeni hattın kentin trafik sorununu kısmen hafifletebileceğini ancak otobüs ağının da yenilenmesi gerektiğini belirtiyor.
Belediye Başkanı Ali Demir temel atma töreninde konuştu. Fotoğraf: DHA
İnşaatın ilk etabının iki yıl içinde tamamlanması bekleniyor.
İlgili Haberler
Kuzeykent'e yeni tramvay hattı
""",
        [
            ("Kuzeykent'te metro inşaatının başladığı alan.", "Mehmet Kaya/AA"),
            ("Belediye Başkanı Ali Demir temel atma töreninde konuştu.", "DHA"),
        ],
        "Trafik sorunu çözülecek mi?",
    ),
    "vi": (
        """\
Trang chủ
Thời sự
Thế giới
Kinh doanh
Thứ Sáu, 21/11/2025

Thời sự
Khánh thành cầu mới bắc qua sông tại thành phố Bắc Hà
Công trình có tổng vốn đầu tư 1.200 tỷ đồng, thi công trong ba năm
Nguyễn Văn An
21/11/2025 11:40 GMT+7
Chia sẻ
Nghe bài viết
Xe cộ lưu thông trên cầu mới tại thành phố Bắc Hà sáng 20/11. Ảnh: TTXVN
Sáng 20/11, thành phố Bắc Hà tổ chức lễ khánh thành cầu mới bắc qua sông, kết nối hai khu vực đông dân cư của thành phố.
Chủ tịch UBND thành phố cho biết cây cầu sẽ giúp giảm đáng kể tình trạng ùn tắc giao thông ở khu vực trung tâm.
Người dân phấn khởi
Nhiều người dân bày tỏ vui mừng khi cầu mới được đưa vào sử dụng, song một số người đề nghị bố trí thêm bãi đỗ xe.
Lãnh đạo thành phố cắt băng khánh thành cây cầu.
(Ảnh: Minh Đức/Vietnam+)
Cây cầu cũ sẽ được đóng cửa để sửa chữa từ tháng tới.
Tin liên quan
Bắc Hà mở thêm tuyến xe buýt mới
""",
        [
            ("Xe cộ lưu thông trên cầu mới tại thành phố Bắc Hà sáng 20/11.", "TTXVN"),
            ("Lãnh đạo thành phố cắt băng khánh thành cây cầu.", "Minh Đức/Vietnam+"),
        ],
        "Người dân phấn khởi",
    ),
    "zh": (
        """\
首页
国内
国际
财经
2025年11月21日 星期五

国内
北城新大桥正式通车
大桥历时三年建成，总投资20亿元
记者 王明
2025-11-21 11:40 来源：北城日报
分享
车辆在北城新大桥上行驶。新华社记者 李强 摄
北城新大桥20日正式通车。大桥连接城市南北两岸，将大大缓解市中心的交通压力。
市长在通车仪式上表示，大桥建成后，两岸之间的通行时间将缩短一半以上。
市民反响热烈
不少市民对大桥通车表示欢迎，也有市民希望在桥头增设停车场。
通车仪式现场。图/视觉中国
旧桥将于下月起封闭维修。
相关新闻
北城开通新公交线路
""",
        [("车辆在北城新大桥上行驶。", "新华社记者 李强"), ("通车仪式现场。", "视觉中国")],
        "市民反响热烈",
    ),
}


_SENTENCE_MARKS = tuple(".!?。！？।")


def _parse(dump: str) -> newsparse.Article:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return newsparse.parse(dump)


@pytest.mark.parametrize("lang", sorted(DUMPS))
def test_captions_of_news_dumps_in_many_languages(lang: str) -> None:
    dump, captions, subheading = DUMPS[lang]
    article = _parse(dump)
    assert [(c.text, c.credit) for c in article.captions] == captions
    body = [b.text for b in article.body]
    # No caption's text nor credit line is left in the body ...
    for text, credit in captions:
        assert not any(text and text in b for b in body)
        assert not any(credit and b.endswith(credit) for b in body)
    # ... and the article's subheading and paragraphs below the first image are all in it.
    assert (subheading, "heading") in [(b.text, b.kind) for b in article.body]
    lines = dump.splitlines()
    first = next(i for i, x in enumerate(lines) if str(captions[0][1]) in x)
    for line in lines[first + 1 :]:
        if (
            len(line) >= 30
            and line.endswith(_SENTENCE_MARKS)
            and not any((t and t in line) or (c and line.endswith(c)) for t, c in captions)
        ):
            assert line in body


THAI = """\
หน้าแรก
การเมือง
เศรษฐกิจ
กีฬา
วันศุกร์ที่ 21 พฤศจิกายน 2568

ในประเทศ
เปิดสะพานใหม่ข้ามแม่น้ำในเมืองเหนือ
โครงการใช้งบประมาณ 2,000 ล้านบาท ใช้เวลาก่อสร้างสามปี
สมชาย ใจดี
21 พ.ย. 2568 11:40 น.
แชร์
รถยนต์แล่นผ่านสะพานใหม่ในเมืองเหนือเมื่อวันพฤหัสบดี ภาพ: รอยเตอร์
เมืองเหนือจัดพิธีเปิดสะพานใหม่ข้ามแม่น้ำเมื่อวันพฤหัสบดี สะพานแห่งนี้เชื่อมสองฝั่งของเมืองที่มีประชากรหนาแน่น
นายกเทศมนตรีกล่าวว่าสะพานจะช่วยลดปัญหาการจราจรติดขัดในใจกลางเมืองได้อย่างมาก
เสียงจากประชาชน
ประชาชนจำนวนมากแสดงความยินดีกับการเปิดสะพาน แต่บางส่วนเรียกร้องให้มีที่จอดรถเพิ่มขึ้น
นายกเทศมนตรีในพิธีเปิดสะพาน (ภาพ: สำนักข่าวไทย)
สะพานเก่าจะปิดซ่อมแซมตั้งแต่เดือนหน้า
ข่าวที่เกี่ยวข้อง
เมืองเหนือเปิดเส้นทางรถเมล์ใหม่
"""


def test_thai_captions_and_their_credits() -> None:
    # Thai prints no space between words; its credits follow a space: "... ภาพ: รอยเตอร์".
    article = _parse(THAI)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("รถยนต์แล่นผ่านสะพานใหม่ในเมืองเหนือเมื่อวันพฤหัสบดี", "รอยเตอร์"),
        ("นายกเทศมนตรีในพิธีเปิดสะพาน", "สำนักข่าวไทย"),
    ]


@pytest.mark.parametrize(
    ("line", "text", "credit"),
    [
        (
            "Οι πυροσβέστες στο λιμάνι. (ΦΩΤΟ: EUROKINISSI)",
            "Οι πυροσβέστες στο λιμάνι.",
            "EUROKINISSI",
        ),
        ("Пожарникари край пристанището. Снимка: БГНЕС", "Пожарникари край пристанището.", "БГНЕС"),
        ("রাজধানীতে বৃষ্টির পর জলাবদ্ধতা। ছবি: সংগৃহীত", "রাজধানীতে বৃষ্টির পর জলাবদ্ধতা।", "সংগৃহীত"),
        ("बाजार में खरीदारी करते लोग। फोटो साभार: पीटीआई", "बाजार में खरीदारी करते लोग।", "पीटीआई"),
        ("Orang ramai di pasar malam. Gambar: Bernama", "Orang ramai di pasar malam.", "Bernama"),
        ("Wananchi sokoni Arusha. (PICHA: MAKTABA)", "Wananchi sokoni Arusha.", "MAKTABA"),
        (
            "Asukkaita torilla. KUVA: MIKKO LAINE / LEHTIKUVA",
            "Asukkaita torilla.",
            "MIKKO LAINE / LEHTIKUVA",
        ),
        ("ผู้คนที่ตลาดน้ำ ภาพ: รอยเตอร์", "ผู้คนที่ตลาดน้ำ", "รอยเตอร์"),
        ("المتظاهرون في الساحة. عدسة: محمد علي", "المتظاهرون في الساحة.", "محمد علي"),
        ("시민들이 광장을 걷고 있다. [시청 제공]", "시민들이 광장을 걷고 있다.", "시청"),
        (
            "시민들이 광장을 걷고 있다. [시청 제공. 재판매 및 DB 금지]",
            "시민들이 광장을 걷고 있다.",
            "시청",
        ),
        (
            "Warga di Pasar Baru, Senin (3/3/2025). ANTARA FOTO/Rina Sari/foc.",
            "Warga di Pasar Baru, Senin (3/3/2025).",
            "ANTARA FOTO/Rina Sari/foc",
        ),
        ("Gyventojai aikštėje. Nuotr. Jono Petraičio", "Gyventojai aikštėje.", "Jono Petraičio"),
        # Globo's dash between the caption and its credit is neither's.
        ("Moradores na praça — Foto: Ana Lima/g1", "Moradores na praça", "Ana Lima/g1"),
    ],
)
def test_credits_in_the_words_of_more_languages(line: str, text: str, credit: str) -> None:
    found = match_caption(line)
    assert found is not None
    assert (found.text, found.credit) == (text, credit)


@pytest.mark.parametrize(
    "line",
    [
        # Lithuanian "nuotr." in lower case inside a sentence; a wire's service named in one.
        "Jis sakė, kad nuotr. buvo gera.",
        "Ji dirbo su ANTARA FOTO/Reuters ir kitais.",
        # "제공" ends Korean sentences ("provided"), outside brackets.
        "시청은 시민들에게 무료 우산을 제공",
        "Gambar di dinding itu dilukis oleh pelajar sekolah.",
    ],
)
def test_look_alikes_in_more_languages_are_no_caption(line: str) -> None:
    assert match_caption(line) is None


PARAGRAPH_OVER_CREDIT = """\
How to pick a paint colour

Choosing a paint colour for a small room starts with the light it gets during the day.

If neutral shades are what you like, which ones should you try first? White, grey and taupe all work. Then think about the undertones you want, cool or warm, and test them on the wall.

Photo: Shutterstock

Buy sample pots before you commit, and look at them in the morning and at night.

The lobby of the Harbour Hotel after its renovation.

Photo: Shutterstock

Paint the ceiling last so that drips do not spoil the walls you have finished.
"""


def test_a_long_paragraph_of_two_sentences_over_a_credit_stays_in_the_body() -> None:
    article = _parse(PARAGRAPH_OVER_CREDIT)
    body = [b.text for b in article.body]
    assert any(b.startswith("If neutral shades") for b in body)
    # A caption's one sentence over the same credit is the caption.
    assert ("The lobby of the Harbour Hotel after its renovation.", "Shutterstock") in [
        (c.text, c.credit) for c in article.captions
    ]


WIRE_CREDIT_UNDER_CAPTION = """\
Welcome to The Lakeside Courier's EUROPEAN UNION EXPERIENCE

Learn More

Tuesday's college football: Lakeside routs Hillview to become bowl eligible

Lakeside Courier wire services

Published 11:11 PM EST Nov 19, 2025

Lakeside quarterback Tom Berry

Ann Kessler, Associated Press

Hillview, Ohio — Tom Berry threw for three touchdowns and ran for another as Lakeside rolled past Hillview 45-17 on Tuesday night.

The Eagles snapped an eleven-game losing streak against the Huskies and ended their title hopes with one league game remaining.

Lakeside also became bowl-eligible for the second straight season, a first for the program.

Published 11:11 PM EST Nov 19, 2025

Terms of Service Privacy Notice
"""


def test_a_wire_credit_under_a_caption_after_the_byline_is_the_photos() -> None:
    article = _parse(WIRE_CREDIT_UNDER_CAPTION)
    assert article.byline == "Lakeside Courier wire services"
    assert [(c.text, c.credit) for c in article.captions] == [
        ("Lakeside quarterback Tom Berry", "Ann Kessler, Associated Press")
    ]
    assert article.body[0].text.startswith("Hillview, Ohio")
