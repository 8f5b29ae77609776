"""Dates as dumps print them, turned into ``date`` or aware ``datetime``.

Rules: a time with a zone (printed, or the outlet's known zone passed as
``default_tz``) gives an aware datetime; a time without any zone gives only
the day, since guessing the zone would invent a fact; a day alone gives a
``date``. Buddhist-era years (2400 and up) are converted. Relative dates
(``2 hours ago``, ``vor 3 Stunden``, ``Yesterday``) are never made absolute:
they have no year, so nothing here reads them. Numbers with dots are day
first (``23.07.2025``); with slashes, only a reading that cannot be the other
one is taken (``25/09/2025``, ``09/25/2025``; never ``03/04/2025``).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator

import attrs
from dateutil import tz as _tz

from .language import guess_language

__all__ = [
    "BEIJING",
    "DateMatch",
    "date_line",
    "day_first_language",
    "either_order",
    "find_dates",
    "month_first_dump",
    "parse_tz",
    "published_label",
    "published_lead",
    "published_updated",
    "update_label",
]

BEIJING = dt.timezone(dt.timedelta(hours=8))

_MONTHS = {
    # English
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12,
    # Italian
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7,
    "settembre": 9, "ottobre": 10, "dicembre": 12,
    # Portuguese
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6,
    "julho": 7, "setembro": 9, "outubro": 10, "dezembro": 12,
    # Dutch
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    # Indonesian and Malay
    "maret": 3, "agustus": 8, "desember": 12, "okt": 10, "mac": 3, "ogos": 8, "disember": 12,
    # Turkish
    "ocak": 1, "şubat": 2, "mart": 3, "nisan": 4, "mayıs": 5, "haziran": 6, "temmuz": 7,
    "ağustos": 8, "eylül": 9, "ekim": 10, "kasım": 11, "aralık": 12,
    # Polish (genitive)
    "stycznia": 1, "lutego": 2, "marca": 3, "kwietnia": 4, "maja": 5, "czerwca": 6,
    "lipca": 7, "sierpnia": 8, "września": 9, "października": 10, "listopada": 11,
    "grudnia": 12,
    # Russian (genitive, as dates print them)
    "января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7,
    "августа": 8, "сентября": 9, "октября": 10, "ноября": 11, "декабря": 12,
    # Filipino (the month first: Nobyembre 3, 2025; the others are Spanish's)
    "pebrero": 2, "marso": 3, "hunyo": 6, "hulyo": 7, "setyembre": 9, "oktubre": 10,
    "nobyembre": 11, "disyembre": 12,
    # Swahili (the others are Dutch's or German's)
    "machi": 3, "aprili": 4, "julai": 7, "agosti": 8, "septemba": 9, "oktoba": 10,
    "novemba": 11, "desemba": 12,
}  # fmt: skip

# Read only after a day (``3 ago 2021``, ``3. okt. 2025``), never before one: short
# words of other languages that an English line could hold before a number.
_DAY_FIRST_MONTHS = {
    # Portuguese (missing above), Spanish, Portuguese and Italian abbreviations
    "novembro": 11,
    "ene": 1, "abr": 4, "ago": 8, "dic": 12, "fev": 2, "set": 9, "out": 10, "dez": 12,
    "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ott": 10,
    # French abbreviations
    "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7, "déc": 12,
    # German and Dutch abbreviations
    "mär": 3, "mrt": 3,
    # Swedish, Norwegian and Danish
    "maj": 5, "augusti": 8, "des": 12,
    # Finnish (partitive, as dates print them)
    "tammikuuta": 1, "helmikuuta": 2, "maaliskuuta": 3, "huhtikuuta": 4, "toukokuuta": 5,
    "kesäkuuta": 6, "heinäkuuta": 7, "elokuuta": 8, "syyskuuta": 9, "lokakuuta": 10,
    "marraskuuta": 11, "joulukuuta": 12,
    # Czech (genitive)
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6,
    "července": 7, "srpna": 8, "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
    # Turkish written without its letters (and as str.lower() gives them)
    "subat": 2, "mayis": 5, "agustos": 8, "eylul": 9, "kasim": 11, "aralik": 12,
    # Russian in the nominative, as some sites print it after a day (``03 Ноябрь 2025``)
    "январь": 1, "февраль": 2, "апрель": 4, "июнь": 6, "июль": 7, "сентябрь": 9,
    "октябрь": 10, "ноябрь": 11, "декабрь": 12,
    # Russian abbreviations, and Ukrainian (genitive)
    "янв": 1, "фев": 2, "февр": 2, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9,
    "сент": 9, "окт": 10, "ноя": 11, "нояб": 11, "дек": 12, "січня": 1, "лютого": 2,
    "березня": 3, "квітня": 4, "травня": 5, "червня": 6, "липня": 7, "серпня": 8,
    "вересня": 9, "жовтня": 10, "листопада": 11, "грудня": 12,
    # Polish, Turkish and Indonesian abbreviations
    "sty": 1, "lut": 2, "kwi": 4, "cze": 6, "lip": 7, "sie": 8, "wrz": 9, "paź": 10,
    "lis": 11, "gru": 12, "oca": 1, "şub": 2, "nis": 4, "haz": 6, "tem": 7, "ağu": 8,
    "eyl": 9, "eki": 10, "kas": 11, "ara": 12, "agu": 8,
    # Romanian
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "iunie": 6, "iulie": 7,
    "septembrie": 9, "octombrie": 10, "noiembrie": 11, "decembrie": 12,
    # Hungarian (the year comes first: 2025. november 3.)
    "január": 1, "február": 2, "március": 3, "április": 4, "május": 5, "június": 6,
    "július": 7, "augusztus": 8, "szeptember": 9, "október": 10, "febr": 2, "márc": 3,
    "ápr": 4, "máj": 5, "jún": 6, "júl": 7, "szept": 9,
    # Greek (genitive)
    "ιανουαρίου": 1, "φεβρουαρίου": 2, "μαρτίου": 3, "απριλίου": 4, "μαΐου": 5,
    "ιουνίου": 6, "ιουλίου": 7, "αυγούστου": 8, "σεπτεμβρίου": 9, "οκτωβρίου": 10,
    "νοεμβρίου": 11, "δεκεμβρίου": 12, "ιαν": 1, "φεβ": 2, "μαρ": 3, "απρ": 4, "μαΐ": 5,
    "μαϊ": 5, "ιουν": 6, "ιουλ": 7, "αυγ": 8, "σεπ": 9, "σεπτ": 9, "οκτ": 10, "νοε": 11,
    "νοεμ": 11, "δεκ": 12,
    # Arabic (the names of Egypt and the Gulf)
    "يناير": 1, "فبراير": 2, "مارس": 3, "أبريل": 4, "ابريل": 4, "إبريل": 4, "مايو": 5,
    "يونيو": 6, "يوليو": 7, "أغسطس": 8, "اغسطس": 8, "سبتمبر": 9, "أكتوبر": 10,
    "اكتوبر": 10, "نوفمبر": 11, "ديسمبر": 12,
    # Arabic: the Levant's and Iraq's names, and those of Morocco and Algeria
    "كانون الثاني": 1, "شباط": 2, "آذار": 3, "نيسان": 4, "أيار": 5, "حزيران": 6,
    "تموز": 7, "آب": 8, "أيلول": 9, "تشرين الأول": 10, "تشرين الثاني": 11,
    "كانون الأول": 12, "ماي": 5, "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11,
    "دجنبر": 12, "جانفي": 1, "فيفري": 2, "أفريل": 4, "جوان": 6, "جويلية": 7, "أوت": 8,
    # Hebrew, as dates print them (with the "in" prefix: 3 בנובמבר 2025)
    "בינואר": 1, "בפברואר": 2, "במרץ": 3, "במרס": 3, "באפריל": 4, "במאי": 5, "ביוני": 6,
    "ביולי": 7, "באוגוסט": 8, "בספטמבר": 9, "באוקטובר": 10, "בנובמבר": 11, "בדצמבר": 12,
    # Hindi (both spellings of the months that have two)
    "जनवरी": 1, "फरवरी": 2, "फ़रवरी": 2, "मार्च": 3, "अप्रैल": 4, "मई": 5, "जून": 6,
    "जुलाई": 7, "अगस्त": 8, "सितंबर": 9, "सितम्बर": 9, "अक्टूबर": 10, "अक्तूबर": 10,
    "नवंबर": 11, "नवम्बर": 11, "दिसंबर": 12, "दिसम्बर": 12,
    # Bengali
    "জানুয়ারি": 1, "জানুয়ারী": 1, "ফেব্রুয়ারি": 2, "ফেব্রুয়ারী": 2, "মার্চ": 3,
    "এপ্রিল": 4, "মে": 5, "জুন": 6, "জুলাই": 7, "আগস্ট": 8, "অগাস্ট": 8, "সেপ্টেম্বর": 9,
    "অক্টোবর": 10, "নভেম্বর": 11, "ডিসেম্বর": 12,
    # Marathi
    "जानेवारी": 1, "फेब्रुवारी": 2, "एप्रिल": 4, "मे": 5, "जुलै": 7, "ऑगस्ट": 8,
    "सप्टेंबर": 9, "ऑक्टोबर": 10, "नोव्हेंबर": 11, "डिसेंबर": 12,
    # Gujarati
    "જાન્યુઆરી": 1, "ફેબ્રુઆરી": 2, "માર્ચ": 3, "એપ્રિલ": 4, "મે": 5, "જૂન": 6, "જુલાઈ": 7,
    "ઓગસ્ટ": 8, "સપ્ટેમ્બર": 9, "ઓક્ટોબર": 10, "નવેમ્બર": 11, "ડિસેમ્બર": 12,
    # Punjabi
    "ਜਨਵਰੀ": 1, "ਫ਼ਰਵਰੀ": 2, "ਫਰਵਰੀ": 2, "ਮਾਰਚ": 3, "ਅਪ੍ਰੈਲ": 4, "ਅਪਰੈਲ": 4, "ਮਈ": 5,
    "ਜੂਨ": 6, "ਜੁਲਾਈ": 7, "ਅਗਸਤ": 8, "ਸਤੰਬਰ": 9, "ਅਕਤੂਬਰ": 10, "ਨਵੰਬਰ": 11, "ਦਸੰਬਰ": 12,
    # Tamil
    "ஜனவரி": 1, "பிப்ரவரி": 2, "மார்ச்": 3, "ஏப்ரல்": 4, "மே": 5, "ஜூன்": 6, "ஜூலை": 7,
    "ஆகஸ்ட்": 8, "செப்டம்பர்": 9, "அக்டோபர்": 10, "நவம்பர்": 11, "டிசம்பர்": 12,
    # Telugu
    "జనవరి": 1, "ఫిబ్రవరి": 2, "మార్చి": 3, "ఏప్రిల్": 4, "మే": 5, "జూన్": 6, "జూలై": 7,
    "జులై": 7, "ఆగస్టు": 8, "ఆగస్ట్": 8, "సెప్టెంబర్": 9, "సెప్టెంబరు": 9, "అక్టోబర్": 10,
    "అక్టోబరు": 10, "నవంబర్": 11, "నవంబరు": 11, "డిసెంబర్": 12, "డిసెంబరు": 12,
    # Kannada
    "ಜನವರಿ": 1, "ಫೆಬ್ರವರಿ": 2, "ಮಾರ್ಚ್": 3, "ಏಪ್ರಿಲ್": 4, "ಮೇ": 5, "ಜೂನ್": 6, "ಜುಲೈ": 7,
    "ಆಗಸ್ಟ್": 8, "ಸೆಪ್ಟೆಂಬರ್": 9, "ಅಕ್ಟೋಬರ್": 10, "ನವೆಂಬರ್": 11, "ಡಿಸೆಂಬರ್": 12,
    # Malayalam
    "ജനുവരി": 1, "ഫെബ്രുവരി": 2, "മാർച്ച്": 3, "ഏപ്രിൽ": 4, "മേയ്": 5, "മെയ്": 5, "ജൂൺ": 6,
    "ജൂലൈ": 7, "ഓഗസ്റ്റ്": 8, "ആഗസ്റ്റ്": 8, "സെപ്റ്റംബർ": 9, "ഒക്ടോബർ": 10, "നവംബർ": 11,
    "ഡിസംബർ": 12,
    # Urdu
    "جنوری": 1, "فروری": 2, "مارچ": 3, "اپریل": 4, "مئی": 5, "جون": 6, "جولائی": 7,
    "اگست": 8, "ستمبر": 9, "اکتوبر": 10, "نومبر": 11, "دسمبر": 12,
    # Persian (the Gregorian months)
    "ژانویه": 1, "فوریه": 2, "آوریل": 4, "مه": 5, "ژوئن": 6, "ژوئیه": 7, "اوت": 8,
    "سپتامبر": 9, "اکتبر": 10, "نوامبر": 11, "دسامبر": 12,
    # Thai (the years are of the Buddhist era: see _build)
    "มกราคม": 1, "กุมภาพันธ์": 2, "มีนาคม": 3, "เมษายน": 4, "พฤษภาคม": 5, "มิถุนายน": 6,
    "กรกฎาคม": 7, "สิงหาคม": 8, "กันยายน": 9, "ตุลาคม": 10, "พฤศจิกายน": 11, "ธันวาคม": 12,
    # Catalan
    "gener": 1, "febrer": 2, "març": 3, "maig": 5, "juny": 6, "juliol": 7, "agost": 8,
    "setembre": 9, "desembre": 12,
    # Croatian (genitive; its October, "listopada", is November in Polish: see _AFTER_DOT)
    "siječnja": 1, "veljače": 2, "ožujka": 3, "travnja": 4, "svibnja": 5, "lipnja": 6,
    "srpnja": 7, "kolovoza": 8, "rujna": 9, "studenoga": 11, "studenog": 11, "prosinca": 12,
    # Serbian and Bosnian (Latin letters), Slovak and Slovenian
    "januara": 1, "februara": 2, "marta": 3, "aprila": 4, "juna": 6, "jula": 7, "avgust": 8,
    "avgusta": 8, "augusta": 8, "septembar": 9, "septembra": 9, "oktobar": 10, "oktobra": 10,
    "novembar": 11, "novembra": 11, "decembar": 12, "decembra": 12,
    "januára": 1, "februára": 2, "apríla": 4, "mája": 5, "júna": 6, "júla": 7, "októbra": 10,
    "januarja": 1, "februarja": 2, "junija": 6, "julija": 7,
    # Serbian and Macedonian (Cyrillic letters), Bulgarian
    "јануар": 1, "јануара": 1, "фебруар": 2, "фебруара": 2, "март": 3, "април": 4,
    "априла": 4, "мај": 5, "маја": 5, "јун": 6, "јуна": 6, "јул": 7, "јула": 7, "август": 8,
    "септембар": 9, "септембра": 9, "октобар": 10, "октобра": 10, "новембар": 11,
    "новембра": 11, "децембар": 12, "децембра": 12, "јануари": 1, "февруари": 2, "јуни": 6,
    "јули": 7, "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
    "януари": 1, "май": 5, "юни": 6, "юли": 7,
    # Estonian and Swahili
    "jaanuar": 1, "veebruar": 2, "märts": 3, "aprill": 4, "juuni": 6, "juuli": 7,
    "oktoober": 10, "detsember": 12, "machi": 3, "aprili": 4, "julai": 7, "agosti": 8,
    "septemba": 9, "oktoba": 10, "novemba": 11, "desemba": 12,
    # Lithuanian (genitive: 2025 m. lapkričio 3 d.) and Latvian (2025. gada 3. novembrī)
    "sausio": 1, "vasario": 2, "kovo": 3, "balandžio": 4, "gegužės": 5, "birželio": 6,
    "liepos": 7, "rugpjūčio": 8, "rugsėjo": 9, "spalio": 10, "lapkričio": 11, "gruodžio": 12,
    "janvārī": 1, "februārī": 2, "martā": 3, "aprīlī": 4, "maijā": 5, "jūnijā": 6,
    "jūlijā": 7, "augustā": 8, "septembrī": 9, "oktobrī": 10, "novembrī": 11, "decembrī": 12,
    "janvāris": 1, "februāris": 2, "aprīlis": 4, "maijs": 5, "jūnijs": 6, "jūlijs": 7,
    "augusts": 8, "septembris": 9, "oktobris": 10, "novembris": 11, "decembris": 12, "marts": 3,
}  # fmt: skip
#: Months whose name means another month after a day with its dot: ``3. listopada`` is
#: Croatian (October), ``3 listopada`` Polish (November).
_AFTER_DOT = {"listopada": 10}
#: The months of the Solar Hijri calendar (Iran's and Afghanistan's in Persian: ``۱۴
#: اردیبهشت ۱۴۰۳`` is 3 May 2024), after a day; their dates are converted (see _solar).
_SOLAR = {
    "فروردین": 1, "اردیبهشت": 2, "خرداد": 3, "تیر": 4, "مرداد": 5, "امرداد": 5,
    "شهریور": 6, "مهر": 7, "آبان": 8, "آذر": 9, "دی": 10, "بهمن": 11, "اسفند": 12,
}  # fmt: skip
# (also with the Arabic yeh, as some sites type it)
_SOLAR.update({name.replace("ی", "ي"): month for name, month in _SOLAR.items()})
_ALL_MONTHS = {**_MONTHS, **_DAY_FIRST_MONTHS, **_SOLAR}
#: Thai's short month names, with a dot inside (``พ.ย.``): read by a pattern of their own.
_THAI_SHORT = {
    "ม.ค": 1, "ก.พ": 2, "มี.ค": 3, "เม.ย": 4, "พ.ค": 5, "มิ.ย": 6, "ก.ค": 7, "ส.ค": 8,
    "ก.ย": 9, "ต.ค": 10, "พ.ย": 11, "ธ.ค": 12,
}  # fmt: skip

# Zone abbreviations with one meaning; the ambiguous (CST, AST, GST) are left out.
# IST is India's: the news sites that print it are Indian.
_ZONES: dict[str, str | float] = {
    "gmt": 0, "utc": 0, "z": 0, "wet": 0, "bst": 1, "cet": 1, "cest": 2, "eet": 2,
    "eest": 3, "msk": 3, "est": -5, "edt": -4, "cdt": -5, "mst": -7, "mdt": -6,
    "pst": -8, "pdt": -7, "akst": -9, "hst": -10, "jst": 9, "kst": 9, "hkt": 8,
    "sgt": 8, "bjt": 8, "pht": 8, "wib": 7, "wita": 8, "wit": 9, "ict": 7, "aest": 10, "aedt": 11,
    "nzst": 12, "nzdt": 13,
    "et": "America/New_York", "ct": "America/Chicago", "mt": "America/Denver",
    "pt": "America/Los_Angeles",
    # Added: German, French and Russian names of the same zones, and others in the news
    "mez": 1, "mesz": 2, "wez": 0, "wesz": 1, "oez": 2, "oesz": 3,
    "мск": 3, "ist": 5.5, "pkt": 5, "npt": 5.75, "myt": 8, "awst": 8, "acst": 9.5,
    "acdt": 10.5, "akdt": -8, "hdt": -9, "ndt": -2.5, "nst": -3.5, "brt": -3,
    "wat": 1, "cat": 2, "eat": 3, "sast": 2, "trt": 3,
    # Canada's zones in French (heure normale / avancée de l'Est ...)
    "hne": -5, "hae": -4, "hnc": -6, "hac": -5, "hnr": -7, "har": -6, "hnp": -8, "hap": -7,
    "hna": -4, "haa": -3,
    # South America's (Argentina, Uruguay, Colombia, Peru, Bolivia, Chile and its summer)
    "art": -3, "uyt": -3, "cot": -5, "pet": -5, "bot": -4, "clt": -4, "clst": -3,
    "北京时间": 8, "北京時間": 8, "beijingtime": 8, "日本時間": 9,
}  # fmt: skip

_NAMED_ZONES = "|".join(
    sorted((z.upper() for z in _ZONES if z.isascii() and z.isalpha() and z != "z"), key=len)[::-1]
)


def _same_letter(names: Iterable[str]) -> dict[str, str]:
    """Each letter of ``names`` and the first letter that a case-blind pattern takes for it
    (``ı`` for ``i``, ``ς`` for ``σ``): letters that match each other share a branch."""
    letters = sorted({c for name in names for c in name})
    return {c: next(x for x in letters if re.fullmatch("(?i)" + re.escape(c), x)) for c in letters}


def _trie(names: list[str], same: dict[str, str], space: str = r"\ ") -> str:
    """The case-blind alternation of ``names``, longest first, as a tree of prefixes.

    A flat alternation of four hundred names is tried name after name at every place
    it is reached; the tree tries a letter once. It matches what the flat one does:
    branches start with letters that cannot match the same letter, and at each prefix
    the longer names come before the name that ends there (the flat one's order).
    ``space``: the pattern of a space in a name.
    """
    branches: dict[str, list[str]] = {}
    ends = False
    for name in names:
        if name:
            branches.setdefault(same[name[0]], []).append(name)
        else:
            ends = True
    parts = []
    for group in branches.values():
        firsts = sorted({name[0] for name in group})
        head = "".join(re.escape(c) for c in firsts)
        head = space if firsts == [" "] else head if len(firsts) == 1 else f"[{head}]"
        parts.append(head + _trie([name[1:] for name in group], same, space))
    if ends:
        parts.append("")
    if len(parts) == 1:
        return parts[0]
    return "(?:" + "|".join(parts) + ")"


def _month_alternation(names: Iterable[str]) -> str:
    names = list(names)
    return _trie(names, _same_letter(names))


_MONTH_RE = _month_alternation(_MONTHS)
_ANY_MONTH_RE = _month_alternation(_ALL_MONTHS)
_TIME = (
    r"(?:(?P<campm>午前|午後|上午|下午|오전|오후)\s*)?(?P<H>\d{1,2})(?:[:.]|\s?h\s?)(?P<M>\d{2})(?::(?P<S>\d{2})(?:\.\d+)?)?"
    r"(?:\s*(?P<ampm>(?i:[ap]\.?\s?m\.?)|(?:مساء|صباح)\u064b?ا?(?![^\W\d_])|[صم](?![^\W\d_])))?"
    # (``17:47 hs``: Argentina's and Uruguay's hours)
    r"(?:\s?(?:Uhr|uur|hrs?|Hrs|hs)\b)?"
)
# Zone names are matched as printed, in capitals: "et" is French for "and".
_ZONE = (
    r"(?:\s*[(（]?(?P<zone>(?-i:(?:GMT|UTC)\s?[+-]\s?\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}"
    rf"|(?:Z|{_NAMED_ZONES}|МСК|мск|[A-Z]{{2,4}}T)(?![^\W\d_])|Beijing [Tt]ime|北京[时時]间))[)）]?)?"
)
# A weekday printed after the day: ``2025.11.03(월)``, ``2025/11/03（月）``, ``3 Kasım
# 2025 Pazartesi``, ``3 novembre 2025 (lundi)``.
_WEEKDAY_AFTER = (
    r"\s?[(（][一二三四五六日天月火水木金土월화수목금토일][)）]"
    # Japanese and Korean names in full, in brackets or not: 月曜日, 월요일
    r"|\s?[(（]?(?:[月火水木金土日]曜日?|[월화수목금토일]요일)[)）]?"
    r"|\s?(?:星期|週|周)[一二三四五六日天]"
    r"|(?i:,?\s*\(?(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|hétfő|kedd|szerda|csütörtök|péntek|szombat"
    r"|vasárnap)\)?(?![^\W\d_]))"
)
# Between a day and its time: punctuation, then a word (``at``, ``à``, ``kl.``, ``в``).
_SEP = (
    rf"(?:{_WEEKDAY_AFTER})?"
    r"(?:\s*(?:[,،@|/·•–—-]\s*)?(?:(?:at|um|à|a\s+las|às|alle(?:\s+ore)?|ore|ora|om|klo|o|о|u|в"
    r"|saat|o\s+godz|godz|kl|pukul|jam|v|เวลา|ساعت)\b\.?\s*)?|T)"
)
# After a year: Russian ``г.``/``года``, Polish ``r.``/``roku``, or the dot that ends a
# Croatian or Serbian date before its time (``3. studenoga 2025. 14:05``).
_YEAR_WORD = r"(?:\s?(?:г\.|года\b|r\.|roku\b|р\.|року\b)|\.(?=\s))?"

# A month name, in any case, is a run of letters: lookaheads on that spare the long
# case-blind alternation of month names at most places it would be tried.
_LETTERS = r"[^\W\d_]+"
# After a day, a month's name may also hold combining marks (the vowel signs of Hindi
# and Thai, which are not letters), and be of two words (the Levant's ``تشرين الثاني``).
_MARKS = "".join(sorted({c for m in _ALL_MONTHS for c in m if unicodedata.category(c)[0] == "M"}))
_MARKED = rf"(?:[^\W\d_]|[{_MARKS}])+"
_NAME = rf"{_MARKED}(?:\s{_MARKED})?"
#: Where a month's name may start: not inside a word, but after a small letter
#: when it is capitalised (``EditorialNovember 22``, ``Jane DoeJanuary 14``).
_WORD_START = r"(?:(?<![^\W\d_])|(?<=[a-zà-ÿ])(?-i:(?=[A-Z])))"
_CJK_AMPM = {
    "午前": "am", "上午": "am", "오전": "am", "午後": "pm", "下午": "pm", "오후": "pm",
    "ص": "am", "م": "pm",  # Arabic: صباحًا, مساءً, in short and in full
    "صباح": "am", "صباحً": "am", "صباحا": "am", "صباحًا": "am",
    "مساء": "pm", "مساءً": "pm", "مساءا": "pm", "مساءًا": "pm",
}  # fmt: skip

_PATTERNS = [
    # 2025-10-29 23:38 GMT+8, 2025.10.29, 2019/01/16, 2024-03-12T10:30:00Z, 2025. 11. 3.
    re.compile(
        r"(?<![\d.])(?P<y>\d{4})(?P<d1>\.\s|[-./])(?P<m>\d{1,2})(?P=d1)(?P<d>\d{1,2})(?!\d)"
        rf"\.?(?:{_SEP}{_TIME})?{_ZONE}"
    ),
    # 2025年11月3日 14:05, 2025年11月3日（星期一）下午2时5分, 2025년 11월 3일 오후 2:05
    re.compile(
        r"(?<!\d)(?P<y>\d{4})\s?[年년]\s?(?P<m>\d{1,2})\s?[月월]\s?(?P<d>\d{1,2})\s?[日일]"
        r"(?:\s?[(（](?:星期|周|週)?[一二三四五六日天月火水木金土월화수목금토일][)）]"
        r"|\s?(?:星期|周|週)[一二三四五六日天])?"
        r"(?:\s*(?:(?P<ampm>午前|午後|上午|下午|오전|오후)\s*)?(?P<H>\d{1,2})\s?(?:[:：]|[時时點点시]\s?)"
        r"(?P<M>\d{1,2})(?:\s?[分분])?(?:[:：](?P<S>\d{2}))?)?"
        rf"{_ZONE}"
    ),
    # 10:30 AM EDT, Tue March 12, 2024 (CNN, AP: the time first)
    re.compile(
        rf"(?i)(?<![\d:]){_TIME}{_ZONE}(?:\s*[,/|])?\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
        rf"(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})(?!\d)"
    ),
    # 3:04 PM GMT+1, Sun 12 May 2024
    re.compile(
        rf"(?i)(?<![\d:]){_TIME}{_ZONE}(?:\s*[,/|])?\s+(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
        rf"(?P<d>\d{{1,2}})\s+(?P<mon>{_MONTH_RE})\.?,?\s+(?P<y>\d{{4}})(?!\d)"
    ),
    # 14:05 03.11.2025, 14:05, 03/11/2025 (time first, then the day of numbers)
    re.compile(
        rf"(?<![\d:.]){_TIME}{_ZONE}(?:\s*[,|/])?\s+(?:ngày\s+)?(?P<a>\d{{1,2}})\.(?P<b>\d{{1,2}})\.(?P<y>\d{{4}})"
        r"(?![\d.])"
    ),
    re.compile(
        rf"(?<![\d:.]){_TIME}{_ZONE}(?:\s*[,|])?\s+(?:ngày\s+)?(?P<sa>\d{{1,2}})/(?P<sb>\d{{1,2}})/(?P<y>\d{{4}})"
        r"(?![\d/])"
    ),
    # 19:49, 21-Jan-2019 (time first, day-month-year with dashes)
    re.compile(
        rf"(?<!\d){_TIME}(?:\s*,)?\s*(?P<d>\d{{1,2}})-(?P<mon>[A-Za-z]{{3}})-(?P<y>\d{{4}}){_ZONE}"
    ),
    # October 30, 2025 [10:30 a.m. EST]; glued by the copy to the words around it
    # (``By Jane DoeJanuary 14, 202620 Mins Read``): a capital after a small letter; or
    # the time glued to the year (``Nov 20 20194:29 AM EST``).
    re.compile(
        rf"(?i){_WORD_START}(?={_LETTERS}\.?\s+\d)(?P<mon>{_MONTH_RE})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
        rf"(?P<y>\d{{4}})(?:(?!\d)|(?=\d{{1,3}}\s*[^\W\d_]|\d{{1,2}}:\d{{2}}))(?:{_SEP}{_TIME})?{_ZONE}"
    ),
    # 30 October 2025, 12. März 2024, 12 de marzo de 2024, 3 ноября 2025 г., 1° novembre
    # 2025 (Italian writes the first of the month as an ordinal, with º or a degree sign)
    re.compile(
        rf"(?i)(?<![\d.])(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|(?P<dot>\.)|[º°])?\s*(?:de\s+)?"
        rf"(?={_NAME}(?:\.?,?\s+(?:de\s+|del\s+|พ\.ศ\.\s?)?|\.)\d{{4}}(?!\d))(?P<mon>{_ANY_MONTH_RE})"
        rf"(?:\.?,?\s+(?:de\s+|del\s+|พ\.ศ\.\s?)?|\.)(?P<y>\d{{4}})(?!\d){_YEAR_WORD}(?:{_SEP}{_TIME})?{_ZONE}"
    ),
    # 21-Jan-2019, 04-ago-2021 5:11:10, 12/Mar/2024:10:30
    re.compile(
        rf"(?i)(?<![\d.\-/])(?P<d>\d{{1,2}})(?P<d2>[-/])(?=[^\W\d_]{{3,}}[-/]\d{{4}}(?!\d))"
        rf"(?P<mon>{_ANY_MONTH_RE})(?P=d2)(?P<y>\d{{4}})(?!\d)(?:(?:{_SEP}|:){_TIME})?{_ZONE}"
    ),
    # 2025. november 3. 14:05 (Hungarian: the year, the month, the day)
    re.compile(
        rf"(?i)(?<![\d.])(?P<y>\d{{4}})\.\s(?=[^\W\d_]+\.?\s\d)(?P<mon>{_ANY_MONTH_RE})\.?\s"
        rf"(?P<d>\d{{1,2}})\.?(?!\d)(?:{_SEP}{_TIME})?{_ZONE}"
    ),
    # ngày 3 tháng 11 năm 2025, 3 tháng 11, 2025, 3 thg 11, 2025 (Vietnamese: numbered
    # months; ``thg`` is the short form browsers print)
    re.compile(
        r"(?i)(?<!\d)(?P<d>\d{1,2})\s(?:tháng|thg|th)\s?(?P<m>\d{1,2})(?:,\s?|\snăm\s|/)(?P<y>\d{4})"
        rf"(?!\d)(?:{_SEP}{_TIME})?{_ZONE}"
    ),
    # 12.03.2024, 3. 11. 2025 [10:30] (day first, the reading of dots; month first only when
    # it must be)
    re.compile(
        rf"(?<![\d.])(?P<a>\d{{1,2}})\.(?P<sp>\s?)(?P<b>\d{{1,2}})\.(?P=sp)(?P<y>\d{{4}})(?![\d])"
        rf"(?:\.?{_SEP}{_TIME})?{_ZONE}"
    ),
    # 25/09/2025, 09/25/2025, 10-30-2025 (either order, only when one part cannot be a month)
    re.compile(
        rf"(?<![\d/-])(?P<sa>\d{{1,2}})(?P<s>[/-])(?P<sb>\d{{1,2}})(?P=s)(?P<y>\d{{4}})(?![\d/-])"
        rf"(?:{_SEP}{_TIME})?{_ZONE}"
    ),
    # 11/13/19 at 4:00 PM EST, 03.11.25 14:05: a two-digit year, read only with the time
    # after it (a version number or a score has none); the order of day and month by
    # the rules of four-digit years.
    re.compile(
        r"(?i)(?<![\d/.-])(?:(?P<sa>\d{1,2})/(?P<sb>\d{1,2})/|(?P<a>\d{2})\.(?P<b>\d{2})\.)"
        rf"(?P<yy>\d{{2}})(?![\d/.]){_SEP}{_TIME}{_ZONE}"
    ),
    # 2025 m. lapkričio 3 d. (Lithuanian), 2025. gada 3. novembrī (Latvian): the year first
    re.compile(
        rf"(?i)(?<![\d.])(?P<y>\d{{4}})\s?m\.\s?(?={_LETTERS}\s\d)(?P<mon>{_ANY_MONTH_RE})\s"
        rf"(?P<d>\d{{1,2}})\s?d\.(?:{_SEP}{_TIME})?{_ZONE}"
    ),
    re.compile(
        rf"(?i)(?<![\d.])(?P<y>\d{{4}})\.\s?gada\s(?P<d>\d{{1,2}})\.\s?(?P<mon>{_ANY_MONTH_RE})"
        rf"(?![^\W\d_])(?:{_SEP}{_TIME})?{_ZONE}"
    ),
    # 18 พ.ย. 2562 15:04 น. (Thai's short months, a year of the Buddhist era)
    re.compile(
        rf"(?<![\d.])(?P<d>\d{{1,2}})\s?(?P<mon>{'|'.join(re.escape(m) for m in _THAI_SHORT)})\.\s?"
        rf"(?:พ\.ศ\.\s?)?(?P<y>\d{{4}})(?!\d)(?:{_SEP}{_TIME})?{_ZONE}"
    ),
]

_UPDATED_WORDS = (
    "last updated", "last update", "updated", "update", "page last modified", "last modified",
    "modified", "zuletzt aktualisiert", "aktualisiert", "geändert", "mis à jour",
    "mise à jour", "dernière mise à jour", "modifié", "actualizado", "actualización",
    "última actualización", "atualizado", "última atualização", "aggiornato",
    "aggiornamento", "ultimo aggiornamento",
    "laatst bijgewerkt", "bijgewerkt", "uppdaterad", "sist oppdatert", "oppdatert",
    "opdateret", "zaktualizowano", "aktualizacja", "son güncelleme", "güncelleme",
    "güncellendi", "обновлено", "päivitetty", "aktualizováno", "更新日期", "更新时间",
    "更新時間", "更新于", "更新於", "更新日", "更新日時", "最終更新日", "最終更新日時", "最終更新",
    "最终更新", "更新", "수정", "最後更新", "最后更新", "最後更新時間", "最后更新时间",
    "最後更新日期", "最后更新日期", "senast uppdaterad", "senest opdateret", "sidst opdateret",
    "ultima modifica",
    "업데이트", "frissítve", "módosítva", "cập nhật", "ngày cập nhật", "cập nhật ngày", "cập nhật lúc", "actualizat", "ενημερώθηκε",
    "ενημέρωση", "آخر تحديث", "تحديث",
    "modifiée", "gewijzigd", "modificado", "modificato", "modifica", "изменено", "zmieniono",
    "aangepast", "laatste update", "data aktualizacji", "ostatnia aktualizacja",
    "dernière modification", "última modificación",
    "güncellenme", "diperbarui", "diperbaharui", "עודכן", "अपडेट", "अपडेटेड", "อัปเดต",
    "ปรับปรุง",
    "ažurirano", "ажурирано", "aktualizované", "posodobljeno", "обновено", "оновлено",
    "atnaujinta", "atjaunots", "atjaunināts", "uuendatud", "actualitzat", "최종수정",
    "actualisé", "actualisée", "актуализирано", "дата обновления", "na-update", "আপডেট",
    "تم التحديث",
)  # fmt: skip
_PUBLISHED_WORDS = (
    "first published", "originally published", "originally posted", "published", "posted",
    "original", "republished", "re-published", "(re)published",
    "publicado",
    "publié", "veröffentlicht", "erstellt", "pubblicato", "gepubliceerd", "geplaatst",
    "publicerad", "publisert", "publiceret", "offentliggjort", "opublikowano",
    "data publikacji", "yayınlanma", "yayın tarihi", "опубликовано", "дата публикации",
    "julkaistu", "publikováno", "published date", "publish date", "date published",
    "posted date", "date posted", "post date", "submitted", "created", "date", "dated", "time", "stand", "datum", "fecha",
    "data", "发布时间", "发布日期", "发表时间", "发表于", "发布于", "發布時間", "發佈時間",
    "发布", "时间", "時間", "日期", "公開日", "投稿日", "配信日", "입력", "등록",
    "közzétéve", "publikálva", "đăng", "ngày", "ngày đăng", "đăng ngày", "đăng lúc", "publicat", "δημοσιεύθηκε", "δημοσίευση",
    "تاريخ النشر", "نشر في", "نشر", "تم النشر", "نُشر في", "نُشر", "نشرت", "نُشرت",
    "data utworzenia",
    "pubblicata", "publicada", "erschienen", "diterbitkan", "dipublikasikan", "게재", "발행",
    "公開", "掲載", "公開日時", "配信日時", "投稿日時", "掲載日", "掲載日時", "発行日", "פורסם", "प्रकाशित", "प्रकाशित तिथि", "เผยแพร่",
    "objavljeno", "објављено", "publikované", "วันที่", "публикувано", "опубліковано", "paskelbta",
    "publicēts", "avaldatud", "zveřejněno", "udgivet", "기사입력",
    "giriş", "giriş tarihi", "yayınlanma tarihi", "oluşturulma tarihi", "تاریخ انتشار",
    "انتشار", "منتشر شده",
    "publication date", "fecha de publicación", "data de publicação", "data di pubblicazione",
    "date de publication", "erstveröffentlichung", "publiziert", "publicerat", "публикация",
    "дата", "diunggah", "dirilis", "terbit", "tayang", "oluşturulma", "شائع", "প্রকাশ",
    "প্রকাশিত", "inilathala",
)  # fmt: skip
# Labels in English, or in languages that write the year first: they say nothing of
# the order of day and month. Every other label is of a language that writes the day first.
_NEUTRAL_LABELS = frozenset(
    w for w in _UPDATED_WORDS + _PUBLISHED_WORDS if ord(w[0]) >= 0x2E80
) | {
    "last updated", "last update", "updated", "update", "page last modified", "last modified",
    "modified", "first published", "originally published", "originally posted", "published",
    "original", "republished", "re-published", "(re)published",
    "posted", "published date", "publish date", "date published", "posted date", "date posted",
    "post date", "submitted", "created", "date", "dated", "time", "publication date",
    # Filipino: the Philippines write the month first, as English does
    "inilathala", "na-update",
}  # fmt: skip
# The words that join a label to its date: ``Published on``, ``Publié le``, ``am``.
_CONNECTORS = "on|at|le|am|el|em|il|op|den|dnia|på|в|lúc|vào"


def _alternation(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len)[::-1])


def _label_alternation(words: tuple[str, ...]) -> str:
    """:func:`_alternation` as a tree of prefixes (see :func:`_trie`): the same matches."""
    return _trie(list(words), _same_letter(words), r"\s+")


_PREFIX = re.compile(
    r"(?i)^[\s·•|\[]*(?:(?P<bj>北京[时時]间|beijing\s+time)\s*[:：]?\s*)?"
    rf"(?:(?P<label>(?P<upd>{_label_alternation(_UPDATED_WORDS)})"
    rf"|{_label_alternation(_PUBLISHED_WORDS)})"
    rf"(?:(?![^\W\d_])|(?-i:(?=[A-ZÀ-Þ])))(?:\s*[:：])?"
    # (Spanish ``Actualizado a 04/05/2024``, Romanian ``Publicat la``, Czech ``dne``,
    # Indonesian ``pada``: only after a label)
    rf"(?:\s+(?:{_CONNECTORS}|a|la|dne|pada)(?:\b|(?-i:(?=[A-ZÀ-Þ]))))?"
    rf"|(?P<conn>{_CONNECTORS})\s)?"
    r"\s*[:：]?\s*"
)
_WEEKDAY = re.compile(
    r"(?i)^(?:(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)(?:,?\s+ngày)?|senin|selasa|rabu|kamis|jumat|sabtu|"
    r"minggu|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|"
    r"miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|"
    r"domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|segunda|terça"
    r"|quarta|quinta|sexta|maandag|dinsdag|"
    r"woensdag|donderdag|vrijdag|zaterdag|zondag|måndag|tisdag|onsdag|torsdag|fredag|lördag|"
    r"söndag|mandag|tirsdag|lørdag|søndag|poniedziałek|wtorek|środa|czwartek|piątek|sobota|"
    r"niedziela|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|pazartesi|salı|"
    r"çarşamba|perşembe|cuma|cumartesi|pazar|الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة"
    r"|السبت|الأحد|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार|понеділок|вівторок"
    r"|середа|четвер|п['’]ятниця|субота|неділя|יום\s+[א-ו]['׳]?|יום\s+שבת"
    r"|יום\s+(?:ראשון|שני|שלישי|רביעי|חמישי|שישי)"
    # Thai (``วันจันทร์ที่ 3 พฤศจิกายน 2568``: "on Monday the") and Malay
    r"|วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?"
    r"|(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัสฯ|ศุกร์|เสาร์|อาทิตย์)(?:ที่)?"
    r"|isnin|khamis|jumaat|ahad"
    # Greek, Czech, Slovak, Croatian, Serbian and Bosnian, Romanian, Finnish, Catalan, Bulgarian
    r"|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή|pondělí|úterý|středa|čtvrtek"
    r"|pátek|neděle|pondelok|utorok|streda|štvrtok|piatok|nedeľa|ponedjeljak|ponedeljak"
    r"|utorak|srijeda|sreda|četvrtak|petak|subota|nedjelja|nedelja|luni|marți|marţi|miercuri"
    r"|joi|vineri|sâmbătă|duminică|maanantai|tiistai|keskiviikko|torstai|perjantai|lauantai"
    r"|sunnuntai|dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|понеделник"
    r"|сряда|четвъртък|петък|събота|понедељак|уторак|четвртак|петак|недеља"
    # Persian (the Arabic or the Persian yeh and kaf; a joiner or a space in two)
    r"|شنبه|یکشنبه|يكشنبه|یكشنبه|دوشنبه|سه[\u200c ]?شنبه|چهارشنبه|پنج[\u200c ]?شنبه|جمعه)"
    r"(?![^\W\d_])[,،]?\s+"
    # Short names (``Di., 04.11.2025``, ``lun. 3 nov.``): with their dot or comma, or a
    # digit after (not "mar": it is March's too).
    r"|^(?:mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|lun|mer|jeu|ven|sam|dim|mié|jue|vie|sáb|dom"
    r"|gio|sab|seg|ter|qua|qui|sex|pon|wt|śr|czw|pt|sob|niedz|pzt|sal|çar|per|cum|cmt"
    r"|mån|tis|ons|tors|tor|fre|lör|sön|tir|lør|søn"
    r"|пн|вт|ср|чт|пт|сб|вс)(?:[.,]\s*|\s+(?=\d))"
    r"|^(?P<en>(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)"
)
_LEFTOVER = re.compile(
    rf"(?i)^(?:{_WEEKDAY_AFTER})?[\s|,;:·•—–\-()\[\]（）.]*(?:uhr|hrs?|h|г|ч|น\.)?[\s.]*$"
)
# What may follow a date on its line: a reading time or a count of comments.
_TAIL = re.compile(
    r"(?i)^[\s|,;:.·•—–\-]*(?:\d{1,3}\s*(?:min(?:ute)?s?|mins?\.|minuten|minutos|minuti|minuter"
    r"|minutter|мин\.?|dk\.?|분)(?:\s+(?:read|reading|to\s+read|de\s+lectura|de\s+leitura|"
    r"de\s+lecture|di\s+lettura|leestijd|lesezeit|läsning|lesetid|чтения|okuma))?"
    r"|(?:(?:average\s+)?read(?:ing)?\s+time|lesezeit|lesedauer|lecture|lectura|leitura|lettura"
    r"|leestijd)\s*[:：]?\s*(?:ca\.\s*|~\s*)?"
    r"\d{1,3}\s*(?:min(?:ute)?s?|min\.|minuten|minutos|minuti)"
    r"|\d{1,5}\s+(?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti"
    r"|reacties|kommentarer|komentarzy|комментари[йея]|yorum))[\s.]*$"
)
# A label after its date, as Japanese, Chinese and Korean print it (``2025年11月3日
# 14時05分 更新``, ``11/3 14:05配信``).
_LABEL_AFTER = re.compile(
    r"^[\s(（]*(?:(?P<upd>更新|最終更新|수정)|公開|配信|掲載|投稿|发布|發布|发表|發表|입력|등록|송고)[)）\s]*$"
)
# "Updated 2 hours ago": the update time is not printed (in any language).
_RELATIVE = re.compile(
    r"(?i)\bago\b|\bvor\s+\d|\bil\s+y\s+a\b|\bhace\s+\d|\bfa\b|\bgeleden\b|\bsedan\b|\bsiden\b"
    r"|\btemu\b|\bönce\b|\bназад\b|前"
)


# Every pattern above needs a four-digit year: a cheap test that spares the scans.
# (``\d\d{3}`` is ``\d{4}``, but opens with one digit: the scan skips to digits.)
_YEAR = re.compile(r"\d\d{3}")
# ... but one: a two-digit year with a time after it (``11/13/19 at 4:00 PM``).
_SHORT_TIMED = re.compile(r"\d[/.]\d{1,2}[/.]\d{2}(?![\d/.])\D{1,12}\d{1,2}[:.h]\d{2}")
# The patterns led by a time need one (its hour, separator and minutes) and a year
# after it: the first time's end is at or before that of any other time.
_TIME_FIRST = re.compile(r"(?i)\d[:.h]\d{2}")
# The patterns led by a month name get a gate: the pattern with the month as any
# run of letters, so no line they match fails it. None: the time-first test above.
_MONTH_DAY_YEAR = re.compile(
    rf"(?i){_WORD_START}{_LETTERS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    r"(?:(?!\d)|(?=\d{1,3}\s*[^\W\d_]|\d{1,2}:\d{2}))"
)
# Its end, without the letters' lookbehinds at every place: three times cheaper.
_DAY_YEAR = re.compile(r"(?i)\d(?:st|nd|rd|th)?,?\s+\d{4}")


def _month_day_year(text: str) -> re.Match[str] | None:
    return _MONTH_DAY_YEAR.search(text) if _DAY_YEAR.search(text) else None


Gate = Callable[[str], "re.Match[str] | bool | None"]


def _gate(pattern: str, *needed: str) -> Gate:
    """A search for ``pattern``, tried only on text that holds one of the strings
    ``needed`` (each match of the pattern holds one): ``in`` is ten times cheaper."""
    search = re.compile(pattern).search
    if not needed:
        return search
    if len(needed) == 1:
        (one,) = needed
        return lambda text: one in text and search(text)
    return lambda text: any(n in text for n in needed) and search(text)


_GATES: tuple[Gate | None, ...] = (
    _gate(r"\d\d{3}[-./]"),
    _gate(r"\d[年년]", "年", "년"),
    None,
    None,
    None,
    None,
    None,
    _month_day_year,
    # (the day's lookbehind after its first digit: the scan skips to digits)
    _gate(
        rf"(?i)\d(?<![\d.]\d)\d?(?:st|nd|rd|th|er|\.|[º°])?\s*(?:de\s+)?{_NAME}"
        rf"(?:\.?,?\s+(?:de\s+|del\s+|พ\.ศ\.\s?)?|\.)\d{{4}}(?!\d)"
    ),
    _gate(r"\d[-/][^\W\d_]{3}", "-", "/"),
    _gate(r"\d\d{3}\.\s[^\W\d_]", "."),
    # (case-blind, ``t`` and ``h`` match only themselves and their capitals)
    _gate(r"(?i)\d\s(?:tháng|thg|th)\s?\d", "th", "Th", "TH", "tH"),
    _gate(r"\d\.\s?\d{1,2}\.\s?\d{4}", "."),
    _gate(r"\d[/-]\d{1,2}[/-]\d{4}", "/", "-"),
    lambda text: ("/" in text or "." in text) and _SHORT_TIMED.search(text),
    _gate(r"\d\d{3}\s?m\.", "m."),
    _gate(r"\d\d{3}\.\s?gada\s", "gada"),
    _gate(r"\d\s?[ก-ฮ]{1,2}[ิี]?\.[ก-ฮ]\.", "."),
)
#: The patterns whose first match cannot start before their gate's (the gate is the
#: pattern with its month's name as any letters): their scan starts there.
_FROM_GATE = frozenset({7, 8})

# Where an update label starts, in a line that begins with another date.
_UPDATED_AT = re.compile(
    r"(?i)(?:(?<![^\W\d_])|(?-i:(?<=[A-Za-z])(?=[A-Z][a-z])))"
    # (the word for "last" before the label: Turkish ``Son``, Norwegian ``Sist`` ...)
    r"(?:(?:last|dernière|última|ultimo|ultima|son|sist|sidst|senast|zuletzt|laatst|laatste"
    r"|ostatnia|آخر)\s+)?"
    r"(?:updated?|modified|aktualisiert"
    r"|mise?\s+à\s+jour|actualizado|actualización|atualizado|atualização|aggiornato"
    r"|aggiornamento|bijgewerkt|uppdaterad|oppdatert|opdateret|zaktualizowano|aktualizacja"
    r"|güncelleme|güncellendi|обновлено|päivitetty|frissítve|módosítva|cập\s+nhật|actualizat"
    r"|ενημερώθηκε|ενημέρωση|تحديث|modifiée?|geändert|gewijzigd|modificado|modificato|modifica"
    r"|aangepast|изменено|ažurirano|ажурирано|aktualizované|posodobljeno|обновено|оновлено"
    r"|atnaujinta|atjaunots|atjaunināts|uuendatud|actualitzat"
    r"|zmieniono|güncellenme|diperbaharui|diperbarui|수정|עודכן|aktualizováno|ปรับปรุง|อัปเดต"
    r"|업데이트|अपडेटेड|अपडेट|actualizada|atualizada|aggiornata|uppdaterat"
    r"|actualisée?|актуализирано|обновления|na-update|আপডেট|التحديث)\b"
    # (a label glued to its date: ``最後更新時間``, ``最终更新``)
    r"|(?:最後|最后|最終|最终)?更新"
)
# A time of day (``4:46 PM``): an update printed without its year still shows one.
_CLOCK = re.compile(r"(?<!\d)\d{1,2}[:.h]\d{2}(?!\d)")
# Two dates printed together: a year, then at once the next date's month.
_GLUED = re.compile(r"\d{4}[^\W\d_]")


@attrs.frozen(slots=True)
class DateMatch:
    """A date found in text: its value, where it was, and what it was called."""

    value: dt.date | dt.datetime
    start: int
    end: int
    updated: bool = False


def parse_tz(zone: str | None, default: dt.tzinfo | None) -> dt.tzinfo | None:
    """The tzinfo of a printed zone (``GMT+8``, ``+0800``, ``EST``), else ``default``."""
    if not zone:
        return default
    known, tzinfo = _zone(zone)
    return tzinfo if known else default


_OFFSET = re.compile(r"(?:gmt|utc)?([+-])(\d{1,2}):?(\d{2})?")


@functools.lru_cache(maxsize=512)
def _zone(zone: str) -> tuple[bool, dt.tzinfo | None]:
    """Whether a printed zone is one we know, and its tzinfo (cached: zones repeat)."""
    low = zone.strip().strip("()（）").replace(" ", "").lower()
    m = _OFFSET.fullmatch(low)
    if m:
        hours, minutes = int(m.group(2)), int(m.group(3) or 0)
        if hours > 14 or minutes > 59:
            return True, None
        sign = 1 if m.group(1) == "+" else -1
        return True, dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
    known = _ZONES.get(low)
    if known is None:
        return False, None
    if isinstance(known, str):
        return True, _tz.gettz(known)
    return True, dt.timezone(dt.timedelta(hours=known))


def _month_day(
    g: dict[str, str | None], day_first: bool, month_first: bool = False
) -> tuple[int, int] | None:
    """Month and day of a match, by the rule of its form (see the module's docstring).

    ``day_first``: the line's words are of a language that writes the day first;
    ``month_first``: the dump's numeric dates put the month first (it beats both rules).
    """
    if g.get("m"):
        return int(g["m"] or 0), int(g["d"] or 0)
    if g.get("mon"):
        name = (g["mon"] or "").lower().rstrip(".")
        month = (g.get("dot") and _AFTER_DOT.get(name)) or _ALL_MONTHS.get(name)
        month = month or _THAI_SHORT.get(name)
        return (month, int(g["d"] or 0)) if month else None
    a, b = int(g.get("a") or g.get("sa") or 0), int(g.get("b") or g.get("sb") or 0)
    if month_first and a <= 12 and b <= 12:
        return a, b
    if g.get("a"):  # dots: day first, unless the second number cannot be a month
        return (a, b) if b > 12 >= a else (b, a)
    if a == b or (a > 12 >= b) or (day_first and b <= 12):
        return b, a
    if b > 12 >= a:
        return a, b
    return None  # 03/04/2025: either reading could be the right one


def _build(
    m: re.Match[str],
    default_tz: dt.tzinfo | None,
    day_first: bool = False,
    month_first: bool = False,
) -> dt.date | dt.datetime | None:
    return _value(m.groupdict(), default_tz, day_first, month_first)


#: Days from the epoch of the count in _solar to that of ``date.toordinal``.
_SOLAR_EPOCH = -365


def _solar(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Solar Hijri date, by the calendar's 33-year rule of leap
    years (that of Iran's almanacs for the years 1300 to 1500, 1921 to 2121)."""
    if not 1300 <= year <= 1500 or day > (31 if month <= 6 else 30):
        return None
    year += 1595
    days = -355668 + 365 * year + (year // 33) * 8 + ((year % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month <= 6 else (month - 7) * 30 + 186
    return dt.date.fromordinal(days + _SOLAR_EPOCH)


def _value(
    g: dict[str, str | None],
    default_tz: dt.tzinfo | None,
    day_first: bool,
    month_first: bool = False,
) -> dt.date | dt.datetime | None:
    found = _month_day(g, day_first, month_first)
    if found is None:
        return None
    month, day = found
    year = int(g.get("y") or 0) or _century(int(g.get("yy") or 0))
    if (g.get("mon") or "").lower() in _SOLAR:
        solar = _solar(year, month, day)
        if solar is None:
            return None
        year, month, day = solar.year, solar.month, solar.day
    if year >= 2400:  # Buddhist era (year 2569 is 2026), seen on Chinese pages
        year -= 543
    if not 1900 <= year <= 2200:
        return None
    try:
        day_value = dt.date(year, month, day)
    except ValueError:
        return None
    if g.get("H") is None:
        return day_value
    hour, minute, second = int(g["H"] or 0), int(g["M"] or 0), int(g.get("S") or 0)
    ampm = g.get("ampm") or g.get("campm") or ""
    ampm = _CJK_AMPM.get(ampm) or ampm.replace(".", "").replace(" ", "").lower()
    if ampm:
        if not 1 <= hour <= 12:
            return day_value
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return day_value
    zone = parse_tz(g.get("zone"), default_tz)
    if zone is None:
        return day_value
    return dt.datetime(year, month, day, hour, minute, second, tzinfo=zone)


def find_dates(
    text: str,
    default_tz: dt.tzinfo | None = None,
    *,
    day_first: bool = False,
    month_first: bool = False,
) -> Iterator[DateMatch]:
    """Every date in ``text``, in order of position, without overlaps.

    ``day_first`` reads ``03/04/2025`` as 3 April: for text in a language that
    writes the day first (without it, such a date is not read). ``month_first``
    reads it, and ``03.04.2025``, as March 4: for a dump whose numeric dates put the
    month first (see :func:`month_first_dump`).
    """
    if _YEAR.search(text) is None and _SHORT_TIMED.search(text) is None:
        return
    # In order of position and without overlaps, so one pass along it per pattern
    # finds what a match overlaps (a pairwise test is quadratic in a list of dates).
    found: list[DateMatch] = []
    clock = _TIME_FIRST.search(text)
    # (a time printed after its date, ``2025.10.29 23:38``, spares the five scans)
    time_first = clock is not None and _YEAR.search(text, clock.end()) is not None
    for index, (pattern, gate) in enumerate(zip(_PATTERNS, _GATES, strict=True)):
        start = 0
        if gate is None:
            if not time_first:
                continue
        else:
            opened = gate(text)
            if not opened:
                continue
            if index in _FROM_GATE and isinstance(opened, re.Match):
                start = opened.start()
        added: list[DateMatch] = []
        k = 0
        for m in pattern.finditer(text, start):
            while k < len(found) and found[k].end <= m.start():
                k += 1
            if k < len(found) and found[k].start < m.end():
                continue
            value = _build(m, default_tz, day_first, month_first)
            if value is not None:
                added.append(DateMatch(value, m.start(), m.end()))
        if added:
            found = sorted(found + added, key=lambda f: f.start)
            if not _digit_outside(text, found):
                break  # every pattern's match holds a year's digits: no room for one more
    yield from found


_DIGIT = re.compile(r"\d")


def _digit_outside(text: str, found: list[DateMatch]) -> bool:
    """Whether ``text`` holds a digit outside the dates ``found`` (in order, apart)."""
    start = 0
    for f in found:
        if _DIGIT.search(text, start, f.start) is not None:
            return True
        start = f.end
    return _DIGIT.search(text, start) is not None


@attrs.frozen(slots=True)
class _Stripped:
    """A line without its label and weekday, and what they said."""

    rest: str
    updated: bool
    tz: dt.tzinfo | None
    day_first: bool
    labelled: bool = False


def _strip_prefix(text: str, default_tz: dt.tzinfo | None, day_first: bool = False) -> _Stripped:
    prefix = _PREFIX.match(text)
    rest = text[prefix.end() :] if prefix else text
    if prefix and prefix.group("label"):
        label = " ".join(prefix.group("label").lower().split())
        day_first = day_first or label not in _NEUTRAL_LABELS
    elif prefix and prefix.group("conn"):
        day_first = day_first or prefix.group("conn").lower() not in ("on", "at")
    # (every weekday's name opens with a letter: a line of digits skips the long search)
    weekday = _WEEKDAY.match(rest) if rest[:1].isalpha() else None
    if weekday:
        rest = rest[weekday.end() :]
        day_first = day_first or weekday.group("en") is None
    if prefix and prefix.group("bj"):  # 北京时间 2025年11月3日 14:05
        default_tz = BEIJING
    labelled = bool(prefix and prefix.group("label"))
    return _Stripped(rest, bool(prefix and prefix.group("upd")), default_tz, day_first, labelled)


def date_line(
    text: str,
    default_tz: dt.tzinfo | None = None,
    *,
    day_first: bool = False,
    month_first: bool = False,
) -> DateMatch | None:
    """The date when ``text`` is a date line and nothing more, e.g. ``Updated 2025.10.29``.

    ``updated`` is set when the line says so (``Updated``, ``Modified`` ...). A
    reading time or a count of comments may follow the date (``Nov 08, 2025 7 min
    read``); the same date printed twice is one date. ``month_first``: as for
    :func:`find_dates` (dates of four-digit years).
    """
    if len(text) > 80:
        return None
    if _YEAR.search(text) is None:
        # (counting is cheaper than a search, on the many lines without a year)
        if text.count("/") < 2 and text.count(".") < 2:
            return None
        timed = _SHORT_TIMED.search(text) is not None
        if not timed and _SHORT_YEAR.search(text) is None:
            return None
        line = _strip_prefix(text, default_tz, day_first)
        if not timed:
            return _short_year(line) if line.labelled else None
    else:
        line = _strip_prefix(text, default_tz, day_first)
    rest = line.rest
    matches = list(find_dates(rest, line.tz, day_first=line.day_first, month_first=month_first))
    if not matches and line.labelled:
        return _short_year(line)
    if not matches or any(m.value != matches[0].value for m in matches):
        return None
    first, last = matches[0], matches[-1]
    between = "".join(rest[a.end : b.start] for a, b in itertools.pairwise(matches))
    after = rest[last.end :]
    before = rest[: first.start]
    if not _LEFTOVER.match(before + between) and not (
        _LEFTOVER.match(between) and _same_month(before, first.value)
    ):
        return None
    label = _LABEL_AFTER.match(after)
    if not (_LEFTOVER.match(after) or _TAIL.match(after) or label):
        return None
    updated = line.updated or bool(label and label.group("upd"))
    return DateMatch(first.value, first.start, first.end, updated)


def _same_month(text: str, value: dt.date | dt.datetime) -> bool:
    """``Nov.`` before ``November 18, 2019``: the month printed short for a small screen
    and in full for a large one, the copy holding both."""
    return _ALL_MONTHS.get(text.strip(" .").lower()) == value.month


# Two digits of the year (``03.11.25``, ``01/25/26``), day and month of two digits each.
_SHORT_YEAR = re.compile(
    rf"(?P<a>\d{{2}})(?P<s>[./])(?P<b>\d{{2}})(?P=s)(?P<yy>\d{{2}})(?![\d./])(?:{_SEP}{_TIME})?{_ZONE}"
)
# The same alone on a line, whose order the prose's language settles: one digit too
# (``3.5.24``), and dashes (``03-11-25``).
_SHORT_YEAR_ALONE = re.compile(
    rf"(?P<a>\d{{1,2}})(?P<s>[./-])(?P<b>\d{{1,2}})(?P=s)(?P<yy>\d{{2}})(?![\d./-])"
    rf"(?:{_SEP}{_TIME})?{_ZONE}"
)
#: Two-digit years from 69 are of the 1900s (as POSIX ``%y`` reads them).
_PIVOT = 69


def _century(yy: int) -> int:
    """The year of two digits ``yy``."""
    return yy + (1900 if yy >= _PIVOT else 2000)


def _short_year(line: _Stripped) -> DateMatch | None:
    """A date with a two-digit year, read only after a label (``Published on 01/25/26``,
    ``Stand: 03.11.25``): alone, such a line may be a version or a score."""
    m = _SHORT_YEAR.match(line.rest)
    if m is None or not (
        _LEFTOVER.match(line.rest[m.end() :]) or _TAIL.match(line.rest[m.end() :])
    ):
        return None
    g = m.groupdict()
    g["y"] = str(_century(int(g["yy"] or 0)))
    if g["s"] == "/":  # slashes: either order, as for four-digit years
        g["sa"], g["sb"], g["a"], g["b"] = g["a"], g["b"], None, None
    value = _value(g, line.tz, line.day_first)
    return None if value is None else DateMatch(value, m.start(), m.end(), line.updated)


#: The order of a bare two-digit-year date (``14.11.24``) by the prose's language:
#: the year first in Chinese, Japanese and Korean, the month first in Filipino, the
#: day first where :func:`day_first_language` says so; English prints either.
_YEAR_FIRST = frozenset({"zh", "ja", "ko"})


def short_year_line(
    text: str, language: Callable[[], str | None], tz: dt.tzinfo | None
) -> DateMatch | None:
    """A line that is a date of two-digit year and nothing more (``14.11.24``,
    ``11/14/24 10:30``, ``3.5.24``, ``03-11-25``), read only where its order is certain: the only valid one of
    day-month-year, month-day-year and year-month-day, or the one the prose's
    ``language`` writes (``14.11.24`` is 14 November in German, 2014-11-24 in Korean;
    asked only of a line of that shape). The caller decides where such a line counts
    (beside the headline, not in a list): alone, it may be a version or a score."""
    if len(text) > 40:
        return None
    if _YEAR.search(text) is not None:
        return _split_year(text, language)
    if _SHORT_YEAR_ALONE.search(text) is None:
        return None
    line = _strip_prefix(text, tz)
    m = _SHORT_YEAR_ALONE.match(line.rest)
    rest = line.rest[m.end() :] if m else ""
    if m is None or not (_LEFTOVER.match(rest) or _TAIL.match(rest)):
        return None
    code = language()
    a, b, c = int(m["a"]), int(m["b"]), int(m["yy"])
    orders = {"dmy": (_century(c), b, a), "mdy": (_century(c), a, b), "ymd": (_century(a), b, c)}
    valid = {k: v for k, v in orders.items() if _valid_day(*v)}
    if code in _YEAR_FIRST:
        order = "ymd"
    elif code == "tl":
        order = "mdy"
    elif code is not None and code not in _NOT_DAY_FIRST:
        order = "dmy"
    elif len(valid) == 1 and m["s"] == "/":
        order = next(iter(valid))  # English: only when one reading is a day at all
    else:
        return None
    if order not in valid:
        return None
    year, month, day = valid[order]
    g = m.groupdict()
    g.update(y=str(year), m=str(month), d=str(day))
    when = _value(g, line.tz, day_first=False)
    return None if when is None else DateMatch(when, m.start(), m.end(), line.updated)


#: The day and month, a dash, then the year: ``12/19 — 2025``.
_SPLIT_YEAR = re.compile(r"(\d{1,2})/(\d{1,2})\s?[—–-]\s?(\d{4})")


def _split_year(text: str, language: Callable[[], str | None]) -> DateMatch | None:
    """``12/19 — 2025`` alone on its line: a theme's day and month over its year, read
    in the order the prose's language writes, or the only order that gives a day."""
    m = _SPLIT_YEAR.fullmatch(text.strip())
    if m is None:
        return None
    a, b, year = int(m[1]), int(m[2]), int(m[3])
    orders = {"dmy": (year, b, a), "mdy": (year, a, b)}
    valid = {k: v for k, v in orders.items() if _valid_day(*v) and 1900 <= year <= 2200}
    code = language()
    if len(valid) == 1:
        order = next(iter(valid))
    elif code is not None and code not in _NOT_DAY_FIRST:
        order = "dmy"
    elif code == "tl":
        order = "mdy"
    else:
        return None
    if order not in valid:
        return None
    return DateMatch(dt.date(*valid[order]), m.start(), m.end(), False)


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


# Labels that say a date is when the article was published (not a bare "Date" or
# "Time", which an e-mail quoted in the prose or a comment prints too).
_PUBLISHED_ONLY = frozenset(_PUBLISHED_WORDS) - {
    "date", "dated", "time", "stand", "datum", "fecha", "data", "submitted", "created",
    "时间", "時間", "日期", "ngày", "วันที่", "дата",
}  # fmt: skip


# Where a publication label starts, after an update's date (see _updated_first).
_PUBLISHED_AT = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{_alternation(tuple(_PUBLISHED_ONLY | {'original'}))})(?![^\W\d_])"
)


def update_label(text: str) -> bool:
    """Whether ``text`` holds an update label anywhere (``Updated``, ``NewsUpdated on``,
    ``Aktualisiert am``)."""
    return _UPDATED_AT.search(text) is not None


def published_label(text: str) -> bool:
    """Whether ``text`` opens with a label that says it is published (``Posted on``,
    ``Publié le``, ``Veröffentlicht am``); an update label or a bare ``Date`` is not."""
    prefix = _PREFIX.match(text)
    if prefix is None or not prefix.group("label") or prefix.group("upd"):
        return False
    return " ".join(prefix.group("label").lower().split()) in _PUBLISHED_ONLY


#: An article between a label and its date: ``Posted on the 15/12/2025``.
_ARTICLE = re.compile(r"(?i)the\s+")
#: How much of a line ``published_lead`` reads.
_LEAD = 100


def published_lead(
    text: str, default_tz: dt.tzinfo | None = None, *, day_first: bool = False
) -> DateMatch | None:
    """The date that a publication label opens a line with, whatever follows it.

    ``Posted on the 15/12/2025 at 19:00 by @jane``, ``Posted on March 3, 2025 in
    News, Health``: a theme's line that names the author or the categories after
    the date. The date must follow the label at once (a sentence that merely holds
    one is not read); a second date glued to it (the last update) is left out.
    """
    text = text[:_LEAD]  # the label and its date open the line: the rest is not read
    if _YEAR.search(text) is None or not published_label(text):
        return None
    line = _strip_prefix(text, default_tz, day_first)
    rest = line.rest
    article = _ARTICLE.match(rest)
    start = article.end() if article else 0
    found = next(find_dates(rest[start:], line.tz, day_first=line.day_first), None)
    if found is None or found.start != 0:
        return None
    return DateMatch(found.value, start, start + found.end)


def published_updated(
    text: str, default_tz: dt.tzinfo | None = None, *, day_first: bool = False
) -> tuple[DateMatch | None, DateMatch | None] | None:
    """``Published March 12, 2024 Updated March 13, 2024``: both dates of one line.

    Returns ``(published, updated)`` when the line is made of two date
    lines, the second one saying it is an update, or of two dates printed
    together with nothing between (``June 29, 2020November 12, 2021``, as
    blog themes print a first and a last version, in either order: the
    earlier is the published); else None.
    """
    if len(text) > 160 or _YEAR.search(text) is None:
        return None
    at = _UPDATED_AT.search(text)
    if at is None:
        return _glued(text, default_tz, day_first) if _GLUED.search(text) else None
    parts = [text[: at.start()].strip(" |·•,;/-–—"), text[at.start() :].strip()]
    if not parts[0]:
        return _updated_first(text, default_tz, day_first)
    if _LABEL_AFTER.match(parts[1]):
        return _labels_after(text, default_tz)
    # The update's label may say the language writes the day first (``03/11/2025 14h05
    # Atualizado em 04/11/2025``): so then is the date before it.
    day_first = day_first or _strip_prefix(parts[1], None).day_first
    first = date_line(parts[0], default_tz, day_first=day_first)
    if first is None and _GLUED.search(parts[0]):  # "July 4, 2025February 9, 2026 Updated ..."
        glued = _glued(parts[0], default_tz, day_first)
        first = glued[0] if glued else None
    second = date_line(parts[1], default_tz, day_first=day_first)
    if first is None or first.updated:
        return None
    if second is None:
        # "Updated 2 hours ago", "Last updated …", "Updated November 18 at 4:46 PM": the
        # update time is not printed (or not as a day, or without its year), the first
        # date stands.
        bare = _LEFTOVER.match(_PREFIX.sub("", parts[1], count=1).replace("…", ""))
        short = len(parts[1]) < 40
        relative = short and _RELATIVE.search(parts[1]) is not None
        partial = short and _YEAR.search(parts[1]) is None and _CLOCK.search(parts[1]) is not None
        return (first, None) if relative or bare or partial else None
    return first, second


def _labels_after(text: str, default_tz: dt.tzinfo | None) -> tuple[DateMatch, DateMatch] | None:
    """``2025年11月3日 14時05分（11月4日 8時10分更新）``, ``2025/11/03 14:05公開 2025/11/04
    08:10更新``: two dates, the update's label after the second (as Japanese, Chinese and
    Korean print labels), the first bare or labelled as published."""
    matches = list(find_dates(text, default_tz))
    if len(matches) != 2:
        return None
    first, second = matches
    between = text[first.end : second.start]
    label = _LABEL_AFTER.match(between)
    if (label and label.group("upd")) or not (label or _LEFTOVER.match(between)):
        return None
    if not _LEFTOVER.match(text[: first.start]):
        return None
    return first, DateMatch(second.value, second.start, second.end, True)


def _updated_first(
    text: str, default_tz: dt.tzinfo | None, day_first: bool
) -> tuple[DateMatch, DateMatch] | None:
    """``Updated Nov. 19, 2019 8:21 am ET / Original Nov. 19, 2019 8:02 am ET``: the
    update first, then the publication under its own label."""
    at = _PUBLISHED_AT.search(text, 1)
    if at is None:
        return None
    updated = date_line(text[: at.start()].strip(" |·•,;/-–—"), default_tz, day_first=day_first)
    published = date_line(text[at.start() :], default_tz, day_first=day_first)
    if updated is None or not updated.updated or published is None or published.updated:
        return None
    return published, updated


def _glued(
    text: str, default_tz: dt.tzinfo | None, day_first: bool = False
) -> tuple[DateMatch, DateMatch] | None:
    """``Posted on June 29, 2020November 12, 2021``: the earlier published, the later updated."""
    if len(text) > 80:
        return None
    line = _strip_prefix(text, default_tz, day_first)
    rest = line.rest
    matches = list(find_dates(rest, line.tz, day_first=line.day_first))
    if line.updated or len(matches) != 2:
        return None
    first, second = matches
    if first.end != second.start or not _LEFTOVER.match(rest[: first.start] + rest[second.end :]):
        return None
    if _day(second.value) < _day(first.value):  # themes print them in either order
        first, second = second, first
    return first, DateMatch(second.value, second.start, second.end, True)


#: Languages whose numeric dates do not put the day first: English prints both orders
#: (``03/11/2025`` is left unread there), Chinese, Japanese, Korean, Hungarian and
#: Lithuanian put the year first, Filipino the month.
_NOT_DAY_FIRST = frozenset({"en", "zh", "ja", "ko", "hu", "lt", "tl", "fa"})


@functools.lru_cache(maxsize=64)  # the passes of one parse ask of the same prose
def day_first_language(sample: str) -> bool:
    """Whether ``sample`` (an article's prose) is of a language that writes numeric
    dates day first (``03/11/2025`` is 3 November in Portuguese, French, Turkish ...)."""
    code = guess_language(sample)
    return code is not None and code not in _NOT_DAY_FIRST


def _day(value: dt.date | dt.datetime) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


#: A numeric date (two numbers and a year of four digits): its separator and numbers.
_NUMERIC = re.compile(r"(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d./-])")


def either_order(text: str) -> str | None:
    """The separator of the first numeric date of ``text`` that either order of day
    and month could read (``09.10.2024``, ``03/04/2025``), else None."""
    for m in _NUMERIC.finditer(text):
        a, b = int(m.group(1)), int(m.group(3))
        if a != b and 1 <= a <= 12 and 1 <= b <= 12:
            return m.group(2)
    return None


def month_first_dump(lines: Iterable[str], separator: str) -> bool:
    """Whether the dump's numeric dates with ``separator`` put the month first: one of
    them at least cannot be read day first (``11.24.2025``), and none month first
    (``24.11.2025``). A site prints all its dates in one order."""
    month_first = False
    for text in lines:
        if separator not in text:
            continue
        for m in _NUMERIC.finditer(text):
            if m.group(2) != separator:
                continue
            a, b = int(m.group(1)), int(m.group(3))
            if a > 12 >= b >= 1:
                return False
            month_first = month_first or (b > 12 >= a >= 1)
    return month_first
