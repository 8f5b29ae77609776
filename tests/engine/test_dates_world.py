"""Publication dates of text dumps in many languages (issue 12).

Each dump is written for this test as a browser copy of a news article page: the
menu, a section label, the headline, a deck, the byline, the date line(s) of the
outlets' habits in that language, the prose (tests/multilingual.py) and a footer.
``date`` and ``updated`` must be the days printed (a zone printed beside a time gives
an aware datetime with its offset); a date line that does not say which it is stays
what it says. The cases marked ``# fixed`` gave no date or no update before (issue 12); the
others of this change's forms were read on another path, as the dump is laid out here.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings

import pytest

import newsparse
from articles import HEADLINE, PROSE
from articles import dump as english
from multilingual import PARAGRAPHS

# fmt: off
CHROME: dict[str, tuple[list[str], str, str, str, str, list[str]]] = {
 "de": (["Startseite", "Politik", "Wirtschaft", "Sport"], "Politik", "Stadtrat beschließt neuen Haushalt für den Nahverkehr", "Mehr Busse, neue Brücken: Die Opposition kritisiert die Pläne als zu optimistisch.", "Von Anna Schmidt", ["Impressum", "Datenschutz", "Kontakt"]),
 "fr": (["Accueil", "Politique", "Économie", "Sport"], "Politique", "Le conseil municipal adopte un nouveau budget pour les transports", "Plus de bus et deux ponts rénovés, mais l'opposition doute des prévisions.", "Par Marie Dubois", ["Mentions légales", "Contact", "Cookies"]),
 "es": (["Portada", "España", "Economía", "Deportes"], "España", "El ayuntamiento aprueba un nuevo presupuesto para el transporte", "Más autobuses y dos puentes reparados, aunque la oposición duda de las previsiones.", "Carlos García", ["Aviso legal", "Contacto", "Política de cookies"]),
 "pt": (["Início", "Política", "Economia", "Esporte"], "Política", "Câmara aprova novo orçamento para o transporte público", "Mais ônibus e duas pontes reformadas; oposição questiona as previsões.", "Ana Souza", ["Termos de uso", "Fale conosco", "Privacidade"]),
 "it": (["Home", "Politica", "Economia", "Sport"], "Politica", "Il consiglio comunale approva il nuovo bilancio dei trasporti", "Più autobus e due ponti riparati, ma l'opposizione contesta le previsioni.", "di Marco Rossi", ["Chi siamo", "Contatti", "Privacy"]),
 "ru": (["Главная", "Политика", "Экономика", "Спорт"], "Экономика", "Правительство утвердило программу поддержки малого бизнеса", "Предприниматели смогут получить льготные кредиты и налоговые вычеты.", "Иван Петров", ["О проекте", "Контакты", "Реклама"]),
 "pl": (["Strona główna", "Kraj", "Gospodarka", "Sport"], "Kraj", "Rada miasta przyjęła nowy budżet na transport publiczny", "Więcej autobusów i remont dwóch mostów, ale opozycja krytykuje prognozy.", "Jan Kowalski", ["Regulamin", "Kontakt", "Polityka prywatności"]),
 "nl": (["Home", "Binnenland", "Economie", "Sport"], "Binnenland", "Gemeenteraad keurt nieuwe begroting voor openbaar vervoer goed", "Meer bussen en twee gerenoveerde bruggen, maar de oppositie twijfelt.", "Door Pieter de Vries", ["Colofon", "Contact", "Privacy"]),
 "tr": (["Anasayfa", "Gündem", "Ekonomi", "Spor"], "Gündem", "Belediye meclisi toplu taşıma için yeni bütçeyi onayladı", "Daha fazla otobüs ve iki köprünün onarımı planlanıyor.", "Ayşe Yılmaz", ["Künye", "İletişim", "Gizlilik"]),
 "zh": (["首页", "国内", "国际", "财经"], "财经", "前三季度全国规模以上工业增加值同比增长百分之五点八", "制造业投资回暖和出口韧性是主要支撑因素", "记者 王伟", ["关于我们", "联系我们", "版权声明"]),
 "ja": (["トップ", "政治", "経済", "国際"], "政治", "政府が総合経済対策を閣議決定　物価高対策が柱に", "低所得世帯への給付金や電気・ガス料金の負担軽減策", "山田太郎", ["利用規約", "お問い合わせ", "プライバシーポリシー"]),
 "ko": (["홈", "정치", "경제", "사회"], "경제", "정부, 내년도 예산안 발표…저출산 대책에 중점", "청년 일자리 지원도 확대하기로", "김민수 기자", ["회사소개", "제휴문의", "개인정보처리방침"]),
 "ar": (["الرئيسية", "أخبار", "اقتصاد", "رياضة"], "أخبار", "وزارة الصحة تطلق حملة وطنية للتطعيم ضد الإنفلونزا", "اللقاحات متاحة مجاناً في جميع المراكز الصحية", "أحمد محمود", ["من نحن", "اتصل بنا", "سياسة الخصوصية"]),
 "hi": (["होम", "देश", "दुनिया", "खेल"], "देश", "सरकार ने नई स्वास्थ्य योजना की घोषणा की", "ग्रामीण इलाकों में नए अस्पताल खोले जाएंगे", "राहुल शर्मा", ["हमारे बारे में", "संपर्क करें", "गोपनीयता नीति"]),
 "id": (["Beranda", "Nasional", "Ekonomi", "Olahraga"], "Nasional", "Pemerintah umumkan program bantuan untuk usaha kecil", "Pelaku usaha bisa mendapat kredit dengan bunga rendah.", "Budi Santoso", ["Tentang Kami", "Kontak", "Kebijakan Privasi"]),
 "vi": (["Trang chủ", "Thời sự", "Kinh tế", "Thể thao"], "Thời sự", "Chính phủ công bố gói hỗ trợ doanh nghiệp nhỏ", "Doanh nghiệp có thể vay vốn với lãi suất ưu đãi.", "Nguyễn Văn An", ["Giới thiệu", "Liên hệ", "Chính sách bảo mật"]),
 "th": (["หน้าแรก", "การเมือง", "เศรษฐกิจ", "กีฬา"], "เศรษฐกิจ", "รัฐบาลประกาศมาตรการช่วยเหลือธุรกิจขนาดเล็ก", "ผู้ประกอบการสามารถกู้เงินดอกเบี้ยต่ำได้", "สมชาย ใจดี", ["เกี่ยวกับเรา", "ติดต่อเรา", "นโยบายความเป็นส่วนตัว"]),
 "uk": (["Головна", "Політика", "Економіка", "Спорт"], "Політика", "Уряд схвалив проєкт державного бюджету на наступний рік", "Значну частину видатків спрямовано на оборону.", "Олена Коваленко", ["Про нас", "Контакти", "Реклама"]),
 "el": (["Αρχική", "Πολιτική", "Οικονομία", "Αθλητισμός"], "Πολιτική", "Η κυβέρνηση ανακοίνωσε νέο πρόγραμμα στήριξης", "Χαμηλότοκα δάνεια για μικρές επιχειρήσεις.", "Γιώργος Παπαδόπουλος", ["Ποιοι είμαστε", "Επικοινωνία", "Όροι χρήσης"]),
 "sv": (["Start", "Nyheter", "Ekonomi", "Sport"], "Nyheter", "Kommunen satsar på fler bussar i innerstaden", "Oppositionen kritiserar de optimistiska prognoserna.", "Erik Andersson", ["Om oss", "Kontakt", "Integritetspolicy"]),
 "cs": (["Domů", "Domácí", "Ekonomika", "Sport"], "Domácí", "Vláda schválila nový program podpory malých podniků", "Podnikatelé mohou získat zvýhodněné úvěry.", "Petr Novák", ["O nás", "Kontakty", "Ochrana soukromí"]),
 "he": (["ראשי", "חדשות", "כלכלה", "ספורט"], "חדשות", "הממשלה אישרה תוכנית חדשה לעסקים קטנים", "העסקים יוכלו לקבל הלוואות בריבית נמוכה", "דנה לוי", ["אודות", "צור קשר", "מדיניות פרטיות"]),
 "fa": (["خانه", "سیاسی", "اقتصادی", "ورزشی"], "اقتصادی", "دولت برنامه جدید حمایت از کسب و کارهای کوچک را تصویب کرد", "وام‌های کم‌بهره برای کارآفرینان", "علی رضایی", ["درباره ما", "تماس با ما", "حریم خصوصی"]),
 "ro": (["Acasă", "Politică", "Economie", "Sport"], "Economie", "Guvernul a aprobat un nou program pentru firmele mici", "Antreprenorii pot obține credite avantajoase.", "Andrei Popescu", ["Despre noi", "Contact", "Confidențialitate"]),
 "hu": (["Címlap", "Belföld", "Gazdaság", "Sport"], "Belföld", "A kormány új programot fogadott el a kisvállalkozásoknak", "A vállalkozók kedvezményes hitelt kaphatnak.", "Kovács Péter", ["Impresszum", "Kapcsolat", "Adatvédelem"]),
}
# fmt: on

P, U = dt.date(2024, 5, 3), dt.date(2024, 5, 4)
N = None

CASES: list[tuple[str, list[str], dt.date | None, dt.date | None, float | None]] = [
    ("de", ["BY", "03.05.2024, 17.47 Uhr"], P, N, N),
    ("de", ["BY", "Stand: 03.05.2024 17:47 Uhr"], P, N, N),
    ("de", ["BY", "Veröffentlicht am 03.05.2024 um 17:47 Uhr"], P, N, N),
    ("de", ["BY", "Fr., 03.05.2024, 17:47 Uhr"], P, N, N),
    ("de", ["BY", "3. Mai 2024, 17:47 Uhr"], P, N, N),
    ("de", ["BY", "Aktualisiert am 04.05.2024, 08:10 Uhr"], N, U, N),
    ("de", ["Von Anna Schmidt | 03.05.2024, 17:47 Uhr"], P, N, N),
    ("de", ["BY", "03.05.2024, 17:47 Uhr", "Aktualisiert: 04.05.2024, 08:10 Uhr"], P, U, N),
    ("de", ["BY", "Freitag, 03.05.2024, 17:47 Uhr"], P, N, N),
    ("de", ["BY", "03.05.2024 | Lesezeit: 3 Min."], P, N, N),
    ("fr", ["BY", "Publié le 3 mai 2024 à 17h47, modifié le 4 mai 2024 à 08h10"], P, U, N),
    ("fr", ["BY", "Publié le 03/05/2024 à 17h47 Mis à jour le 04/05/2024 à 08h10"], P, U, N),
    ("fr", ["BY", "Le 3 mai 2024 à 17:47"], P, N, N),
    ("fr", ["BY", "vendredi 3 mai 2024"], P, N, N),
    ("fr", ["BY", "Publié le 03/05/2024 à 17:47", "Mis à jour le 04/05/2024 à 08:10"], P, U, N),
    ("fr", ["BY", "Publié le vendredi 3 mai 2024 à 17h47"], P, N, N),
    ("fr", ["BY", "3 mai 2024 à 17h47 - Mis à jour le 4 mai 2024 à 08h10"], P, U, N),
    ("es", ["BY", "Madrid - 03 may 2024 - 17:47 CEST"], P, N, 2),
    ("es", ["BY", "03 may 2024 - 17:47 CEST Actualizado: 04 may 2024 - 08:10 CEST"], P, U, 2),
    ("es", ["BY", "3 de mayo de 2024, 17:47"], P, N, N),
    ("es", ["BY", "Actualizado 04/05/2024 08:10"], N, U, N),
    ("es", ["BY", "Viernes, 3 de mayo de 2024, 17:47"], P, N, N),
    ("es", ["BY", "03/05/2024 - 17:47h"], P, N, N),
    ("es", ["BY", "Publicado el 3 may. 2024"], P, N, N),
    ("pt", ["BY", "3.mai.2024 às 17h47"], P, N, N),
    ("pt", ["BY", "3.mai.2024 às 17h47", "Atualizado: 4.mai.2024 às 8h10"], P, U, N),
    ("pt", ["BY", "03/05/2024 17h47 Atualizado há 2 horas"], P, N, N),
    ("pt", ["BY", "3 de maio de 2024"], P, N, N),
    ("pt", ["BY", "Publicado em 03/05/2024 - 17:47 Atualizado em 04/05/2024 - 08:10"], P, U, N),
    ("pt", ["BY", "sexta-feira, 3 de maio de 2024"], P, N, N),
    ("it", ["BY", "3 maggio 2024 (modifica il 4 maggio 2024 | 08:10)"], P, U, N),
    ("it", ["BY", "Pubblicato il: 03/05/2024 17:47"], P, N, N),
    ("it", ["BY", "03 maggio 2024 17:47"], P, N, N),
    ("it", ["BY", "venerdì 3 maggio 2024"], P, N, N),
    ("it", ["BY", "3 mag 2024 - 17:47"], P, N, N),
    ("ru", ["BY", "3 мая 2024, 17:47"], P, N, N),
    ("ru", ["BY", "3 мая 2024, 17:47", "Обновлено 4 мая 2024, 08:10"], P, U, N),
    ("ru", ["BY", "03.05.2024 17:47 МСК"], P, N, 3),
    ("ru", ["BY", "3 мая 2024 года"], P, N, N),
    ("ru", ["BY", "17:47, 3 мая 2024"], P, N, N),
    ("ru", ["BY", "Опубликовано: 03.05.2024, 17:47"], P, N, N),
    ("pl", ["BY", "3 maja 2024, 17:47"], P, N, N),
    ("pl", ["BY", "Opublikowano: 03.05.2024, 17:47", "Aktualizacja: 04.05.2024 08:10"], P, U, N),
    ("pl", ["BY", "Aktualizacja: 04.05.2024 08:10"], N, U, N),
    ("pl", ["BY", "piątek, 3 maja 2024 17:47"], P, N, N),
    ("pl", ["BY", "03.05.2024, 17:47"], P, N, N),
    ("nl", ["BY", "3 mei 2024, 17:47"], P, N, N),
    ("nl", ["BY", "3 mei 2024, 17:47", "Bijgewerkt 4 mei 2024, 08:10"], P, U, N),
    ("nl", ["BY", "vr 3 mei 2024 om 17:47"], P, N, N),
    ("nl", ["BY", "vrijdag 3 mei 2024, 17:47"], P, N, N),
    ("tr", ["BY", "Güncelleme: 03.05.2024 17:47"], N, P, N),
    ("tr", ["BY", "03.05.2024 - 17:47 | Güncelleme: 04.05.2024 - 08:10"], P, U, N),
    ("tr", ["BY", "3 Mayıs 2024 Cuma 17:47"], P, N, N),
    ("tr", ["BY", "Yayınlanma: 03.05.2024 17:47"], P, N, N),
    ("tr", ["BY", "03 Mayıs 2024, 17:47"], P, N, N),
    ("zh", ["2024-05-03 17:47 来源：新华社", "BY"], P, N, N),
    ("zh", ["BY", "2024年5月3日 17:47"], P, N, N),
    ("zh", ["发布时间：2024-05-03 17:47:00", "BY"], P, N, N),
    ("zh", ["2024-05-03 17:47:00 来源: 人民网-财经频道", "BY"], P, N, N),
    ("zh", ["2024年05月03日 17:47 来源：央视新闻客户端"], P, N, N),
    ("zh-Hant", ["2024/05/03 17:47"], P, N, N),
    ("ja", ["BY", "2024年5月3日 17時47分"], P, N, N),
    ("ja", ["BY", "2024年5月3日 17時47分 更新"], N, P, N),
    ("ja", ["BY", "2024/05/03 17:47"], P, N, N),
    ("ja", ["BY", "2024年5月3日(金) 17:47配信"], P, N, N),
    ("ja", ["BY", "2024年5月3日 17時47分 (2024年5月4日 8時10分更新)"], P, U, N),  # fixed
    ("ko", ["BY", "입력 2024.05.03 17:47 수정 2024.05.04 08:10"], P, U, N),
    ("ko", ["BY", "기사입력 2024-05-03 17:47"], P, N, N),
    ("ko", ["BY", "입력 2024.05.03. 오후 5:47"], P, N, N),
    ("ko", ["BY", "승인 2024.05.03 17:47"], P, N, N),
    ("ko", ["BY", "등록 2024-05-03 17:47:00 | 수정 2024-05-04 08:10:00"], P, U, N),
    ("ar", ["BY", "نشر في: 03 مايو 2024"], P, N, N),
    ("ar", ["BY", "٣ مايو ٢٠٢٤"], P, N, N),
    ("ar", ["BY", "الجمعة 03 مايو 2024 - 17:47"], P, N, N),
    ("ar", ["BY", "الجمعة، 03 مايو 2024 05:47 م"], P, N, N),
    (
        "ar",
        ["BY", "نشر في: الجمعة 03 مايو 2024 - 05:47 م | آخر تحديث: السبت 04 مايو 2024 - 08:10 ص"],
        P,
        U,
        N,
    ),
    ("ar", ["BY", "٠٣/٠٥/٢٠٢٤"], P, N, N),
    ("hi", ["BY", "प्रकाशित: 3 मई 2024"], P, N, N),
    ("hi", ["BY", "Updated: 03 May 2024, 5:47 PM IST"], N, P, 5.5),
    ("hi", ["BY", "3 मई 2024, 17:47 IST"], P, N, 5.5),
    ("hi", ["BY", "Published: 03 May 2024, 17:47 IST"], P, N, 5.5),
    ("hi", ["BY", "अपडेटेड: 4 मई 2024, 08:10 AM (IST)"], N, U, 5.5),
    ("id", ["BY", "Jumat, 03 Mei 2024 17:47 WIB"], P, N, 7),
    ("id", ["BY", "Jumat, 3 Mei 2024 - 17:47 WIB"], P, N, 7),
    ("id", ["BY", "Jumat, 03 Mei 2024 | 17:47 WIB"], P, N, 7),
    ("id", ["BY", "Diterbitkan 03 Mei 2024, 17:47 WIB"], P, N, 7),
    ("id", ["BY", "03/05/2024, 17:47 WIB"], P, N, 7),
    ("vi", ["BY", "Thứ Sáu, 3/5/2024, 17:47 (GMT+7)"], P, N, 7),
    ("vi", ["BY", "03/05/2024 17:47 GMT+7"], P, N, 7),
    ("vi", ["BY", "Thứ sáu, ngày 03/05/2024 17:47 PM (GMT+7)"], P, N, N),
    ("vi", ["BY", "17:47 03/05/2024"], P, N, N),
    ("vi", ["BY", "Cập nhật: 04/05/2024 08:10"], N, U, N),
    ("th", ["BY", "3 พฤษภาคม 2567 17:47 น."], P, N, N),
    ("th", ["BY", "3 พ.ค. 2567"], P, N, N),
    ("th", ["BY", "วันศุกร์ที่ 3 พฤษภาคม พ.ศ. 2567"], P, N, N),
    ("uk", ["BY", "3 травня 2024, 17:47"], P, N, N),
    ("uk", ["BY", "3 травня 2024, 17:47", "Оновлено 4 травня 2024, 08:10"], P, U, N),
    ("uk", ["BY", "03.05.2024 17:47"], P, N, N),
    ("uk", ["BY", "П'ятниця, 3 травня 2024, 17:47"], P, N, N),
    ("el", ["BY", "03 Μαΐου 2024, 17:47"], P, N, N),
    ("el", ["BY", "03.05.2024 • 17:47"], P, N, N),
    ("el", ["BY", "Παρασκευή, 3 Μαΐου 2024 17:47"], P, N, N),
    ("el", ["BY", "03/05/2024 - 17:47"], P, N, N),
    ("sv", ["BY", "Publicerad 3 maj 2024 kl. 17.47"], P, N, N),
    ("sv", ["BY", "Publicerad 3 maj 2024 kl. 17.47", "Uppdaterad 4 maj 2024 kl. 08.10"], P, U, N),
    ("sv", ["BY", "Publicerad 2024-05-03 17:47"], P, N, N),
    ("sv", ["BY", "Publicerad 17.47 | Uppdaterad 08.10"], N, N, N),
    ("sv", ["BY", "Publisert: 03.05.2024 17:47", "Oppdatert: 04.05.2024 08:10"], P, U, N),
    ("sv", ["BY", "3. maj 2024 kl. 17.47"], P, N, N),
    ("sv", ["BY", "Opdateret 4. maj 2024 kl. 08.10"], N, U, N),
    ("sv", ["BY", "3.5.2024 17:47"], P, N, N),
    ("sv", ["BY", "Julkaistu 3.5.2024 17:47 | Päivitetty 4.5.2024 8:10"], P, U, N),
    ("cs", ["BY", "3. května 2024 17:47"], P, N, N),
    ("cs", ["BY", "3. května 2024 17:47", "Aktualizováno 4. 5. 2024 8:10"], P, U, N),
    ("cs", ["BY", "3. 5. 2024 17:47"], P, N, N),
    ("cs", ["BY", "pátek 3. května 2024, 17:47"], P, N, N),
    ("he", ["BY", "03.05.2024 | 17:47"], P, N, N),
    ("he", ["BY", "פורסם: 03.05.24, 17:47"], P, N, N),
    ("he", ["BY", "פורסם: 03.05.24 17:47 | עודכן: 04.05.24 08:10"], P, U, N),
    ("fa", ["BY", "۱۴ اردیبهشت ۱۴۰۳ - ۱۷:۴۷"], P, N, N),  # fixed
    ("fa", ["BY", "2024-05-03 17:47"], P, N, N),
    ("ro", ["BY", "3 mai 2024, 17:47"], P, N, N),
    ("ro", ["BY", "Vineri, 3 mai 2024, 17:47"], P, N, N),
    ("ro", ["BY", "Publicat: 03.05.2024, 17:47 Actualizat: 04.05.2024, 08:10"], P, U, N),
    ("hu", ["BY", "2024. május 3. 17:47"], P, N, N),
    ("hu", ["BY", "2024.05.03. 17:47"], P, N, N),
    ("hu", ["BY", "Frissítve: 2024. május 4. 08:10"], N, U, N),
    ("ru", ["BY", "17:47 03.05.2024 (обновлено: 08:10 04.05.2024)"], P, U, N),
    ("ru", ["BY", "03.05.2024, 17:47"], P, N, N),
    ("ru", ["Иван Петров, 3 мая 2024, 17:47"], P, N, N),
    ("fr", ["BY", "Publié le 03 mai 2024 à 17h47, modifié à 18h10"], P, N, N),
    ("fr", ["Par Marie Dubois Publié le 03/05/2024 à 17h47"], P, N, N),
    ("fr", ["BY", "Publié le 3 mai 2024 à 17h47 Mis à jour le 4 mai 2024 à 08h10"], P, U, N),
    ("fr", ["BY", "Publié aujourd'hui à 17h47"], N, N, N),
    ("pl", ["BY", "Data utworzenia: 3 maja 2024, 17:47"], P, N, N),
    ("pl", ["BY", "3 maja 2024 17:47", "Aktualizacja: 4 maja 2024 08:10"], P, U, N),
    ("tr", ["BY", "03 Mayıs 2024 17:47 Son Güncelleme: 04 Mayıs 2024 08:10"], P, U, N),  # fixed
    ("tr", ["BY", "Giriş: 03.05.2024 17:47 Güncelleme: 04.05.2024 08:10"], P, U, N),  # fixed
    ("tr", ["BY", "Oluşturulma Tarihi: 03 Mayıs 2024 17:47"], P, N, N),
    ("id", ["BY", "Kamis, 02 Mei 2024 | 17:47 WITA"], dt.date(2024, 5, 2), N, 8),
    ("hi", ["Published by: राहुल शर्मा Updated Fri, 03 May 2024 05:47 PM IST"], N, P, 5.5),
    ("hi", ["BY", "Publish Date: Fri, 03 May 2024 05:47 PM (IST)"], P, N, 5.5),
    ("hi", ["BY", "Updated on: 04 मई 2024, 08:10 AM IST"], N, U, 5.5),
    ("ar", ["BY", "3/5/2024"], P, N, N),
    ("ar", ["BY", "آخر تحديث: 4/5/2024 08:10 (بتوقيت مكة)"], N, U, N),
    ("ar", ["BY", "نشر في: 03/05/2024 - 17:47"], P, N, N),
    ("ar", ["BY", "الجمعة 24 شوال 1445 هـ - 03 مايو 2024"], P, N, N),
    ("ar", ["BY", "٠٣ مايو ٢٠٢٤ - ٠٥:٤٧ م"], P, N, N),
    ("ko", ["김민수 기자 입력 2024.05.03 17:47"], P, N, N),
    ("ko", ["BY", "입력 : 2024-05-03 17:47:00 수정 : 2024-05-04 08:10:00"], P, U, N),
    ("ko", ["BY", "2024-05-03 17:47"], P, N, N),
    ("ko", ["BY", "기사입력 2024.05.03. 오후 5:47 기사원문"], P, N, N),
    ("ko", ["BY", "업데이트 2024.05.04 08:10"], N, U, N),
    ("ja", ["BY", "2024年5月3日 午後5時47分"], P, N, N),
    ("ja", ["BY", "公開日：2024/05/03 更新日：2024/05/04"], P, U, N),
    ("ja", ["BY", "5/3(金) 17:47配信"], N, N, N),
    ("ja", ["BY", "2024.05.03"], P, N, N),
    ("zh", ["2024-05-03 17:47:00 来源：新华社 作者：王伟 责任编辑：李明"], P, N, N),
    ("zh", ["BY", "2024年05月03日17:47 | 来源：央视新闻"], P, N, N),
    ("zh", ["BY", "发布时间：2024年05月03日 17:47 更新时间：2024年05月04日 08:10"], P, U, N),
    ("zh-Hant", ["2024年5月3日 週五 下午5:47"], P, N, N),
    ("zh-Hant", ["發布時間：2024/05/03 17:47 最後更新時間：2024/05/04 08:10"], P, U, N),  # fixed
    ("es", ["BY", "Actualizado Viernes, 3 mayo 2024 - 17:47"], N, P, N),
    ("es", ["BY", "03/05/2024 17:47 Actualizado a 04/05/2024 08:10"], P, U, N),  # fixed
    ("es", ["BY", "03 de mayo 2024 - 17:47"], P, N, N),
    ("es", ["BY", "Publicado: 03/05/2024 17:47 | Actualizado: 04/05/2024 08:10"], P, U, N),
    (
        "it",
        ["BY", "Pubblicato il 3 maggio 2024 alle 17:47 | Aggiornato il 4 maggio 2024 alle 08:10"],
        P,
        U,
        N,
    ),
    ("it", ["BY", "03/05/2024 - 17:47"], P, N, N),
    ("it", ["BY", "Ultimo aggiornamento: 04/05/2024 08:10"], N, U, N),
    ("pt", ["BY", "03/05/2024 - 17h47 - Atualizado em 04/05/2024 - 08h10"], P, U, N),
    ("pt", ["BY", "Publicado em 3 de maio de 2024 às 17h47"], P, N, N),
    ("pt", ["BY", "03 maio 2024, 17h47"], P, N, N),
    ("de", ["BY", "03.05.2024 – 17:47 Uhr"], P, N, N),
    (
        "de",
        ["BY", "Veröffentlicht: 3. Mai 2024, 17:47 Uhr | Aktualisiert: 4. Mai 2024, 08:10 Uhr"],
        P,
        U,
        N,
    ),
    ("de", ["BY", "Erstellt: 03.05.2024, 17:47 Uhr"], P, N, N),
    ("de", ["BY", "03.05.2024, 17:47 Uhr | Lesedauer: 3 Minuten"], P, N, N),
    ("de", ["BY", "Stand: 03.05.2024, 17:47 Uhr | Lesezeit: ca. 3 Min."], P, N, N),  # fixed
    ("nl", ["BY", "Gepubliceerd: 3 mei 2024 17:47", "Laatste update: 4 mei 2024 08:10"], P, U, N),
    ("nl", ["BY", "03-05-2024, 17:47"], P, N, N),
    ("uk", ["BY", "03 травня 2024, 17:47", "Оновлено: 04 травня 2024, 08:10"], P, U, N),
    ("uk", ["BY", "Опубліковано 03.05.2024 о 17:47"], P, N, N),
    ("el", ["BY", "03/05/2024 - 17:47 | Ενημερώθηκε: 04/05/2024 - 08:10"], P, U, N),
    ("cs", ["BY", "Publikováno: 3. 5. 2024 17:47"], P, N, N),
    ("cs", ["BY", "3. května 2024 v 17:47"], P, N, N),
    ("vi", ["BY", "03/05/2024 17:47 (GMT+07:00)"], P, N, 7),
    ("vi", ["BY", "Thứ sáu, 03/05/2024 - 17:47"], P, N, N),
    ("vi", ["BY", "17:47 ngày 03/05/2024"], P, N, N),
    ("vi", ["BY", "Thứ Sáu, ngày 03/05/2024 - 17:47"], P, N, N),
    ("th", ["BY", "03 พ.ค. 2567 17:47 น."], P, N, N),
    ("th", ["BY", "เผยแพร่: 3 พ.ค. 2567 17:47 ปรับปรุง: 4 พ.ค. 2567 08:10"], P, U, N),  # fixed
    ("th", ["BY", "3 May 2024 17:47 น."], P, N, N),
    ("he", ["BY", "03/05/2024 17:47"], P, N, N),
    ("he", ["BY", "עודכן: 04.05.2024 08:10"], N, U, N),
    ("fa", ["BY", "تاریخ انتشار: ۱۴ اردیبهشت ۱۴۰۳"], P, N, N),  # fixed
    ("fa", ["BY", "جمعه ۱۴ اردیبهشت ۱۴۰۳ - ۱۷:۴۷"], P, N, N),  # fixed
    ("hu", ["BY", "2024. 05. 03. 17:47"], P, N, N),
    ("hu", ["BY", "Közzétéve: 2024. május 3. 17:47 Frissítve: 2024. május 4. 08:10"], P, U, N),
    ("ro", ["BY", "03.05.2024 17:47 | Actualizat: 04.05.2024 08:10"], P, U, N),
    ("sv", ["BY", "Uppdaterad 2024-05-04 08:10 | Publicerad 2024-05-03 17:47"], P, U, N),
    ("sv", ["BY", "Publisert 03.05.2024 17:47 Sist oppdatert 04.05.2024 08:10"], P, U, N),  # fixed
    ("es", ["BY", "03 de Mayo de 2024 - 17:47 hs"], P, N, N),
    ("uk", ["BY", "3 травня 2024 о 17:47"], P, N, N),
    ("uk", ["BY", "3 травня 2024 р."], P, N, N),
    ("ar", ["BY", "الجمعة 3 مايو 2024 05:47 مساءً"], P, N, N),
    ("th", ["BY", "ศุกร์ 3 พฤษภาคม 2567"], P, N, N),
    ("ro", ["BY", "3 mai 2024, ora 17:47"], P, N, N),
    ("fa", ["BY", "۱۴ اردیبهشت ۱۴۰۳ ساعت ۱۷:۴۷"], P, N, N),  # fixed
    ("hu", ["BY", "2024. május 3., péntek 17:47"], P, N, N),
    ("ko", ["BY", "2024-05-03 17:47 송고"], P, N, N),
    ("sv", ["BY", "fre 3 maj 2024 17.47"], P, N, N),
    ("pt", ["BY", "Sexta, 3 Mai 2024 17:47"], P, N, N),
]


def prose(code: str) -> list[str]:
    """The language's paragraphs, each cut in two after a sentence: four or more."""
    out = []
    for paragraph in PARAGRAPHS[code]:
        sentences = [s for s in re.split(r"(?<=[.。!?])\s*", paragraph) if s]
        half = max(1, len(sentences) // 2)
        glue = "" if code in ("zh", "zh-Hant", "ja") else " "
        out.append(glue.join(sentences[:half]))
        if sentences[half:]:
            out.append(glue.join(sentences[half:]))
    return out


def dump(code: str, meta: list[str]) -> str:
    """A page in ``code``'s language with ``meta`` under its deck ("BY": the byline)."""
    menu, section, headline, deck, byline, footer = CHROME[code.split("-")[0]]
    lines = [*menu, section, headline, deck]
    lines += [byline if line == "BY" else line for line in meta]
    return "\n".join([*lines, *prose(code), *footer]) + "\n"


def day(value: dt.date | None) -> dt.date | None:
    return value.date() if isinstance(value, dt.datetime) else value


@pytest.mark.parametrize(("code", "meta", "published", "updated", "offset"), CASES)
def test_date_lines_of_the_world(
    code: str,
    meta: list[str],
    published: dt.date | None,
    updated: dt.date | None,
    offset: float | None,
) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = newsparse.parse(dump(code, meta))
    assert (day(article.date), day(article.updated)) == (published, updated)
    if offset is not None:
        value = article.date or article.updated
        assert isinstance(value, dt.datetime)
        assert value.utcoffset() == dt.timedelta(hours=offset)


#: A masthead's day (today's), over the menu.
MASTHEAD = "30.11.2026"


@pytest.mark.parametrize(("code", "meta", "published", "updated", "offset"), CASES)
def test_a_masthead_day_is_never_the_date(
    code: str,
    meta: list[str],
    published: dt.date | None,
    updated: dt.date | None,
    offset: float | None,
) -> None:
    """Where the article shows only its update (or no day), a masthead's day over the
    menu stood in as the date when no headline was found (``Actualizado 04/05/2024``,
    ``5/3(金) 17:47配信``); the page's date lines are read as without it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        article = newsparse.parse(MASTHEAD + "\n" + dump(code, meta))
    assert (day(article.date), day(article.updated)) == (published, updated)


RECENT = [
    "Recent News",
    "Council names two new members to the transport board",
    "December 17, 2025",
    "Help shape the future of the city's bus routes",
    "December 16, 2025",
]
MENU = ["Home", "News", "About"]
FOOTER = ["About us", "Contact", "Privacy policy"]


def test_a_related_lists_date_over_the_headline_is_not_the_articles() -> None:
    """It gave 16 December (the list's date nearest the headline) before."""
    article = newsparse.parse(english(MENU, RECENT, HEADLINE, PROSE, FOOTER))
    assert article.title == HEADLINE
    assert article.date is None


def test_the_articles_date_under_a_related_list() -> None:
    article = newsparse.parse(
        english(MENU, RECENT, HEADLINE, "By Jane Doe", "May 3, 2024", PROSE, FOOTER)
    )
    assert (article.title, article.date) == (HEADLINE, P)


def test_published_and_updated_over_the_headline_are_no_list() -> None:
    header = ["Published", "May 3, 2024", "Updated on", "May 4, 2024"]
    article = newsparse.parse(english(MENU, header, HEADLINE, PROSE, FOOTER))
    assert article.title == HEADLINE
    assert article.date == P
