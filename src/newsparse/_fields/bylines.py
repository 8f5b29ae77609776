"""Bylines: who wrote the piece (people) and which outlet is credited.

Outlet names go to ``source`` and never to ``authors``; names printed in
capitals are put in display case; ``By X in City`` loses the city, and
``X, Staff Writer`` its job title. A date printed on the byline's line
(``By X | March 3, 2025``, ``JANE DOEPUBLISHED: JAN 29, 2025``) is cut off
and kept in :attr:`Byline.rest`. A byline that holds anything but names,
outlets and job titles is refused (``None``), so a sentence or a menu
(``By Industry``) is never read as a list of authors.
"""

from __future__ import annotations

import functools
import re

import attrs

from .dates import find_dates

__all__ = [
    "Byline",
    "display_case",
    "is_lone_prefix",
    "is_outlet",
    "is_role",
    "japanese_names",
    "lead_dateline",
    "parse_byline",
    "source_credit",
    "split_byline_date",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_OUTLETS = {
    name.lower(): name
    for name in (
        "CGTN", "CCTV", "CGTN Radio", "China Daily", "China Daily Global", "chinadaily.com.cn",
        "China Daily Asia", "China Daily Hong Kong", "Xinhua", "Xinhua News Agency", "Global Times",
        "People's Daily", "People's Daily Online", "China News Service", "ECNS", "China.org.cn",
        "CRI", "China Radio International", "Guangming Daily", "Beijing Review",
        "China Youth Daily", "Agencies", "Reuters", "AP", "Associated Press", "AFP",
        "Agence France-Presse", "Bloomberg", "BBC", "BBC News", "CNN", "NPR", "ABC News",
        "CBS News", "NBC News", "Fox News", "Al Jazeera", "The Guardian", "The New York Times",
        "The Washington Post", "Financial Times", "The Economist", "Kyodo", "Kyodo News",
        "Yonhap", "TASS", "RIA Novosti", "Sputnik", "dpa", "EFE", "ANSA", "IANS", "PTI",
        "Bernama", "Antara", "Anadolu Agency", "VCG", "CFP", "IC", "Getty Images", "EPA",
        "Xinhua/VCG", "Sina", "Caixin", "South China Morning Post", "SCMP", "Nikkei",
        "Nikkei Asia", "Deutsche Welle", "DW", "Euronews", "France 24", "RT", "Politico",
        "Axios", "CNBC", "Newsweek", "Time", "USA Today", "The Hill", "Yahoo News",
        # News agencies that sign wire copy, as bylines print them.
        "The Associated Press", "AP News", "UPI", "United Press International", "AAP",
        "Australian Associated Press", "The Canadian Press", "Canadian Press", "ANI", "UNI",
        "Jiji", "Jiji Press", "Interfax", "RIA", "Ukrinform", "APA", "KNA", "epd", "SDA",
        "Keystone-SDA", "ANP", "Belga", "PAP", "CTK", "MTI", "Lusa", "Europa Press", "Agencia EFE",
        "Notimex", "Télam", "Adnkronos", "AGI", "LaPresse", "NTB", "Ritzau", "STT", "CNA",
        "Bloomberg News", "AFP-JIJI", "Agencias", "Agências", "Agenturen", "Agences",
        "Agenzie", "Le Monde", "Le Figaro", "Libération", "Le Parisien", "Ouest-France",
        "El País", "El Mundo", "La Vanguardia", "La Repubblica", "Corriere della Sera",
        "La Stampa", "Der Spiegel", "Die Zeit", "Die Welt", "O Globo", "Folha",
        "Folha de S.Paulo", "Clarín", "La Nación", "РИА Новости", "ТАСС", "ИТАР-ТАСС", "Интерфакс", "УНИАН", "Укринформ",
        "wires", "News wires", "Wire services", "Press Association", "PA", "PA Media",
        # Chinese outlets, as credit lines print them.
        "新华社", "新华网", "人民日报", "人民网", "中新社", "中新网", "中国新闻网", "央视",
        "央视新闻", "中国日报", "环球时报", "环球网", "澎湃新闻", "光明日报", "经济日报", "新京报",
        "财新", "本报", "本台",
        # Agencies of more countries, as their bylines print them.
        # (Not those that are also given names or surnames: Hina, Wafa, Anka.)
        "ČTK", "TASR", "Tanjug", "BTA", "Agerpres", "TT", "AA", "DHA", "İHA",
        "Anadolu Ajansı", "ANA-MPA", "ΑΠΕ-ΜΠΕ", "IRNA", "QNA", "TTXVN", "VNA",
        "Vietnam News Agency", "Agência Brasil", "Agência Lusa", "Agência Estado",
        "Estadão Conteúdo", "Folhapress", "Укрінформ", "УНІАН", "Інтерфакс-Україна",
        "Interfax-Ukraine", "БелТА", "Kazinform", "Prensa Latina", "Servimedia", "연합뉴스",
        "뉴스1", "뉴시스", "共同通信", "時事通信", "中央社", "رويترز", "فرانس برس", "أ ف ب",
        "الأناضول", "وكالات",
        # The wires as the papers of more scripts print them: Japanese (the short credit
        # lines "共同", "時事" are read as the agencies, see _outlet_name), Russian,
        # Arabic, Persian, Hindi, Thai.
        "共同", "時事", "共同通信社", "時事通信社", "ロイター", "AFP時事", "ブルームバーグ", "新華社",
        "Рейтер", "Франс Пресс", "د ب أ", "أ ب", "واس", "سانا", "ایرنا", "ایسنا", "ایلنا",
        "पीटीआई", "आईएएनएस", "एएनआई", "यूएनआई", "एजेंसी", "एजेंसियां", "वार्ता", "รอยเตอร์", "เอเอฟพี", "เอพี", "ซินหัว",
    )
}  # fmt: skip
_OUTLET_WORD = re.compile(
    r"(?i)(?:\b(?:news|times|daily|post|press|agency|gazette|herald|tribune|journal|radio|"
    r"television|network|broadcasting|online|media|magazine|wire|newsroom|chronicle|"
    # "agency" in other languages ("Agência Brasil", "Anadolu Ajansı", "وكالة الأنباء").
    r"agência|agencia|agence|agentur|agenzia|ajansı|agencja|agentura|агентство|агенція|"
    r"وكالة|خبرگزاری|"
    # A newspaper or a news site in other languages ("Süddeutsche Rundschau", "Diario
    # del Sur", "Báo Tuổi Trẻ"; not "Haber", also a family name).
    r"zeitung|rundschau|nachrichten|tagblatt|anzeiger|kurier|presse|quotidien|"
    r"diario|diário|periódico|jornal|folha|noticias|notícias|gazeta|gazzetta|corriere|"
    r"giornale|notizie|nieuws|dagblad|krant|tidning|tidende|posten|bladet|avisen|sanomat|"
    r"lehti|dziennik|wiadomości|noviny|zprávy|hírek|ziarul|știri|gazetesi|harian|berita|"
    r"báo|газета|новости|известия|ведомости|εφημερίδα|صحيفة|جريدة|روزنامه|समाचार|"
    r"अख़बार|अखबार)\b|"
    r"\.(?:com|cn|org|net|co\.uk|de|fr)\b)|(?:新闻|日报|晚报|时报|电视台|广播电台|通讯社|新闻网|"
    r"新聞|通信社|通信|일보|신문|뉴스|방송)$"
)
#: A news site named by its domain (``iDNES.cz``, ``Tuoitre.vn``, ``Onet.pl``).
_DOMAIN = re.compile(r"^[^\W_][\w-]*(?:\.[\w-]+)*\.(?:com|net|org|info|news|[a-z]{2})$")
#: One word that glues an outlet's kind to its brand: ``detikNews``, ``iNews``,
#: ``SINDOnews``, ``kumparanNEWS``.
_GLUED_BRAND = re.compile(r"^[^\W\d_]*(?:[a-z](?:News|NEWS|Post|Times|TV)|[A-Z]{2}news)$")
# A word that names a kind of outlet is an outlet only with another word ("The Herald",
# "Sky News"), not alone: "By Network" is a menu.
_ONE_WORD = re.compile(r"^\S+$")
_OUTLET_SMALL_WORDS = _words(
    "of the and de la le du des del di für am im on for to & y e wire wires services staff reports"
)
_CJK_OUTLET = re.compile(
    r"[\u4e00-\u9fff]{2,}(?:新闻|日报|晚报|时报|电视台|广播电台|通讯社|新闻网|新聞|通信社|通信)$"
)

#: A sentence that says who wrote the piece: "This post was written by", "Cet article a
#: été rédigé par", "Este artículo fue escrito por" (a paragraph's shape, a byline's sense).
_WRITTEN_SENTENCE = (
    r"this\s+(?:post|article|story|piece|guide|review)\s+(?:was|is|has\s+been)\s+"
    r"(?:written|authored)\s+by|cet\s+article\s+a\s+été\s+(?:écrit|rédigé)\s+par|"
    r"est[ea]\s+(?:artículo|artigo|post|entrada|nota)\s+(?:fue|foi|ha\s+sido)\s+(?:escrit[oa]|redactad[oa])"
    r"\s+por|questo\s+articolo\s+è\s+stato\s+scritto\s+da|dit\s+artikel\s+is\s+geschreven\s+door"
)
_WRITTEN = re.compile(rf"(?i)(?:{_WRITTEN_SENTENCE})\s")


def written_by_sentence(text: str) -> bool:
    """A line that opens with a sentence saying who wrote the piece (``This post was
    written by Jane Doe, ...``)."""
    return _WRITTEN.match(text.strip()) is not None


# "By", in the languages of the web, and the labels that do its work ("Autor:", "作者：").
# ("作者简介", "about the author", is a box's heading, not a label over "简介".)
# Short words that are also name particles (di, von) need no care: a name has two words.
_PREFIX = re.compile(
    rf"(?i)(?:(?:{_WRITTEN_SENTENCE})\b\s*|"
    r"(?:(?:(?:article\s+)?written|words|reporting|reported|story|text|posted|recipe|"
    r"review|interview|compiled|published|article|analysis|commentary|essay)\s+by|"
    r"(?:rédigé|écrit|publié)\s+par|"
    # A piece's kind, then "by": "Ein Kommentar von", "Propos recueillis par", "Un'analisi di".
    # (Not a column's: "Coluna de X", "Kolumne von X" are menu links to the columnist.)
    r"(?:eine?\s+)?(?:kommentar|gastkommentar|analyse|gastbeitrag|essay|interview|"
    r"reportage|recherche)\s+von|(?:propos\s+recueillis|entretien\s+réalisé)\s+par|"
    r"(?:une?\s+)?(?:analyse|tribune|éditorial)\s+(?:de|par)|"
    r"(?:una?\s+)?(?:análisis|análise|crónica|crônica|entrevista)\s+(?:de|por)|"
    r"(?:un[a']?\s*)?(?:commento|analisi|intervista)\s+di|a\s+cura\s+di|"
    # Greek "Γράφει ο" ("writes the"). (Not Romanian "de": it is "of" in the Romance
    # languages, and "Jogos de Fórmula 1" would read as a credit.)
    r"γράφει\s+(?:ο|η|οι)|"
    # "From our correspondent", "Von unserem Korrespondenten", "Dal nostro inviato".
    r"from\s+our\s+(?:own\s+)?(?:correspondent|reporter)|"
    r"von\s+unsere[mr]\s+(?:korrespondent(?:en|in)?|reporter(?:in)?|redakteur(?:in)?|"
    r"mitarbeiter(?:in)?)|"
    r"dal(?:la)?\s+nostr[oa]\s+(?:inviat[oa]|corrispondente)|"
    r"(?:de|par)\s+notre\s+(?:envoyée?\s+spéciale?|correspondante?|journaliste)|"
    r"(?:de|por)\s+nuestr[oa]\s+(?:enviad[oa]\s+especial|corresponsal|redactor[a]?)|"
    r"d[oa]\s+noss[oa]\s+(?:enviad[oa]\s+especial|correspondente)|"
    # Dutch papers: "Door onze redacteur Jan de Vries", "Van onze correspondent".
    r"(?:van|door)\s+onze\s+(?:correspondente?|verslaggever|verslaggeefster|redacteur|"
    r"redactrice|medewerker|medewerkster)|"
    r"(?:geschrieben|verfasst|veröffentlicht)\s+von|(?:escrito|publicado|redactado)\s+por|"
    r"(?:scritto|pubblicato)\s+da|(?:skrevet|skrivet)\s+a[fv]|napisał[a]?|"
    # Czech and Slovak, Croatian and Serbian, Finnish, Hungarian: "wrote" (a verb, no name).
    r"naps(?:al|ala)|napísal[a]?|napisao|napisala|kirjoittanut|írta|"
    # Russian "interviewed", "prepared", "wrote down" (by), Vietnamese "by".
    r"беседовал[аи]?|подготовил[аи]?|записал[аи]?|bởi|"
    # Swahili "Imeandikwa na", Filipino "Isinulat ni" ("written by").
    r"imeandikwa\s+na|(?:isinulat|sinulat|inulat)\s+ni|"
    r"by|von|par|por|di|door|av|af|przez|oleh|"
    # Greek: "Του Γιώργου Παπαδόπουλου" ("of"), with the name in the genitive.
    r"(?-i:Του|Της|Των|ΤΟΥ|ΤΗΣ|ΤΩΝ)|"
    r"guest\s+(?:author|post\s+by|writer)|작성자|(?:本报|本台)?记者|作者|撰文|"
    r"بقلم|מאת|โดย)\b"
    r"\s*[:：|｜]?\s*"
    # Labels ("Autor: X"): only with their colon, since "Text Data Annotation" is a menu.
    r"|(?:authors?|autor(?:in|en|es|a|ka)?|avtor|auteurs?|autore|autori|yazar|penulis|"
    r"contributors?|reporters?|writers?|texte?|texto|testo|tekst|автор[ыа]?|текст|筆者|"
    r"執筆者?|記者|撰稿|文|図|글|लेखक|रिपोर्ट|संवाददाता|tác\s+giả|كتب|كاتب|نویسنده|כתב|"
    r"kirjoittaja|teksti|forfatter|författare|skribent|szerző|συντάκτης|yazan|muhabir|"
    r"bài(?:\s+(?:và|,)\s*ảnh)?|phóng\s+viên|pv|haber|wartawan|kontributor|pewarta|jurnalis|"
    r"laporan|piše|аутор|opracowanie|خبرنگار|كتبت)"
    # "كتب - محمد علي": a spaced dash does a colon's work.
    r"(?:\s*[:：|｜/／・]|\s+[-–—])\s*"
    r"|(?:本报|本報|本台)?(?:记者|記者)(?=[\u4e00-\u9fff])(?![会會团團])|作者(?!简介|簡介|介绍|介紹)(?=[\u4e00-\u9fff]))"
)
#: A label printed without its colon before a name (``Penulis Budi Santoso | Editor Siti
#: Rahma``, ``Yazar Ahmet Yılmaz``): only words that are no one's first name, capitalised,
#: and read as the label only when a name follows (see :func:`_parse`).
_BARE_LABEL = re.compile(
    r"^(?P<label>Penulis|PENULIS|Pewarta|PEWARTA|Wartawan|Reporter|REPORTER|Jurnalis|"
    r"Kontributor|Yazar|YAZAR|Muhabir|Autor|Autorka|Autorin|Author|Tác giả|TÁC GIẢ|"
    r"Phóng viên|PV|Kirjoittaja|KIRJOITTAJA)\s+(?=[^\W\d_])"
)
#: Swahili "Na" and Filipino "Ni" ("by") before a name of two words or more (a
#: Korean "Na Kyung-min" or Chinese "Ni Hao" is one word after it): read as the prefix
#: of a line placed as a byline, but never as the "By" a line elsewhere must have, since
#: they are also other languages' prepositions ("Na Ukrainie"). So also Romanian "de"
#: in lower case ("de Andrei Popescu"), which is "of" inside a line ("Jogos de Fórmula 1")
#: but opens no line of a dump but a credit.
_SHORT_BY = re.compile(r"^(?:Na|NA|Ni|NI|de)\s+(?=[^\W\d_][^\s,]*\s+[^\W\d_])")
#: ``Laporan Wartawan Tribunnews.com, Budi Santoso`` ("report of the reporter of"):
#: Indonesian papers name the outlet between the label and the name.
_REPORT_OF = re.compile(
    r"(?i)^laporan\s+(?:wartawan|reporter|koresponden|kontributor)\s+"
    r"(?P<outlet>[^,]{2,40}?)\s*,\s*(?P<name>.+)$"
)
#: "This paper", "this station": the outlet of the page itself, no name.
_HOME = frozenset({"本报", "本台"})
#: A byline in brackets: ``（记者 张三）``, ``(By Jane Doe)``.
_PARENTHESISED = re.compile(r"^[(（【\[]([^()（）【】\[\]]{2,60})[)）】\]]$")
#: ``新华社记者 张三``: a Chinese outlet's name glued before the word for reporter.
_CJK_OUTLET_REPORTER = re.compile(
    r"^(?P<outlet>[\u4e00-\u9fff]{2,8}?)(?P<label>(?:特约|驻[\u4e00-\u9fff]{1,4})?(?:记者|記者))"
)
# An editor's credit, not an author's: the line gives no byline.
_EDITOR = re.compile(
    r"(?i)^(?:责任编辑|编辑|责编|校对|审核|审校|监制|编审|主编|编者|"
    r"edited\s+by|editor|editing\s+by|redaktion|redakteur(?:in)?)\b\s*[:：]?"
)
_PLACE = re.compile(r"\s+in\s+(?P<place>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*$")
_POSSESSIVE = re.compile(r"^(?P<outlet>.+?)['’]s\s+(?P<rest>.+)$")
# The words and marks between names. "|", "•", a spaced dash ... are strong: what follows
# them is a title, an outlet or page chrome more often than another name.
_SPLIT = re.compile(
    r"\s*(,\s*(?:and|AND|und|et|y|e)\s+|\b(?:and|AND|And|und|UND|et|ET|y|e|en|og|och|"
    r"i|и|ve|dan|und|και|та|і|a|și|és|và|ja|ir|और|و)\b|(?<=\s)(?:with|avec|mit|con|com)(?=\s)"
    r"|&|,|;|、|，|/|／"
    # "记者 张三 通讯员 李四": the correspondent named after the reporter.
    r"|(?<=[\u4e00-\u9fff])\s*(?:通讯员|通訊員|实习生|實習生)\s*"
    r"|\||｜|•|·|●|▪|\s[-–—]\s|—|–)\s*"
)
_STRONG = frozenset("|｜•·●▪—–-")
_PARTICLES = _words(
    "de da das do dos du van von der den ter ten la le el al bin binti ibn del della di mc st. zu y"
)
# Particles a name in capitals gets in lower case anywhere but first and last.
_LOWER_PARTICLES = _words("van von der den ter ten dos das del della degli zu y")
# These only next to another particle ("de la Cruz"): alone they are pinyin syllables.
_LOWER_PAIRED = _words("de da du la le")
# "Staff Writer", "Senior Political Correspondent", "Head of Marketing": a job, not a name.
_ROLE_WORDS = _words("""staff team desk bureau board editorial correspondent correspondents reporter reporters writer writers editor editors
    contributor contributors columnist columnists journalist journalists producer producers
    photographer photographers analyst analysts commentator commentators founder co-founder
    cofounder ceo cto cfo coo cmo vp educator educators specialist specialists consultant
    expert strategist coordinator intern authors researcher scientist professor lecturer
    marketing reviewer blogger presenter designer engineer developer redacción redaktion rédaction redazione redactie
    редакция staffer newsroom korrespondent korrespondentin redakteur redakteurin
    reporterin autorin journaliste rédacteur rédactrice periodista redactor redactora
    giornalista inviato inviata corrispondente jornalista repórter correspondente redaktor
    dziennikarz корреспондент журналист обозреватель envoyé envoyée envoyés correspondant
    correspondante corresponsal enviado enviada chroniqueur chroniqueuse éditorialiste
    editorialista columnista cronista redação redakce redakcja redaksi szerkesztőség toimitus
    редакція merkezi wartawan jurnalis kontributor koresponden verslaggever verslaggeefster
    redacteur novinář novinářka redaktorka reportérka újságíró riporter ziarist
    δημοσιογράφος журналістка кореспондент кореспондентка оглядач wartawati
    dziennikarka reporterka korespondentka publicysta publicystka felietonista felietonistka
    novinar novinarka dopisnik dopisnica toimittaja gazeteci journalistin
    журналистка репортер mwandishi mamamahayag
    korespondent muhabir muhabiri muhabirimiz editör editörü temsilcisi colaborador
    colaboradora colunista редактор колумнист журналіст редакторка مراسل مراسلة محرر
    محررة صحفي صحفية خبرنگار संवाददाता रिपोर्टर ανταποκριτής""")
# Role words that name a group: the words before them are an outlet's name, not a person's.
_GROUPS = _words(
    """staff team desk bureau board editorial newsroom editors reporters writers
    contributors correspondents redaktion redacción rédaction redazione redactie redação
    redakce redakcja redaksi szerkesztőség toimitus редакция редакція merkezi"""
)
# Job words that are also surnames: a title only in company (see _is_role).
_ROLE_SURNAMES = _words("""head guest master host lead partner owner fellow junior senior special chief
    principal executive president director manager deputy assistant associate author critic
    creator anchor managing contributing""")
_ROLE_SUFFIX = re.compile(r"(?i)(?:ologist|ographer|ician|ist)s?$")
_NOT_ROLE_SUFFIX = re.compile(r"(?i)(?:qvist|quist|kvist|feist|geist)$")
_CREDENTIAL = re.compile(
    r"^(?:[A-Z]{2,5}|Ph\.?\s?D\.?|M\.?D\.?|Jr\.?|Sr\.?|MBA|MPH|Esq\.?|II|III|IV|PharmD|"
    r"PA-C|MSc|BSc|BA|MA|MS)$"
)
# Degrees printed after a name without a comma ("Angela Holliday-Bell MD").
_DEGREES = _words("""md phd ph.d. ph.d rn rd rdn do dds dmd dvm mba mph ms msc bsc cpa cfa cfp jd lcsw lpc
    np pa-c pharmd facs frcp mrcp ma ba bs esq esq. cns ibclc cscs cpt cpp cissp cisa cism
    pmp shrm-cp shrm-scp sphr phr aia leed cfre nasm ryt lmft psyd edd dnp fnp aprn bsn msn
    rph otr dpt atc cdn cdces cde mha msw caia cmt chfc clu cfe cepf fand""")
# Marks of trade and footnotes after names ("CFP®", "MD*").
_MARKS = re.compile(r"[®™*†‡]+")
# "@handle" and "name@host.tld", with the white space before them. Each attempt starts
# at the start of a white-space run, a word or an "@" part (the look-behinds), so a long
# line without spaces is read once, not once from each of its characters.
_HANDLES = re.compile(
    # (An e-mail in brackets leaves its brackets: "Jane Doe (jane@example.com)".)
    r"(?<!\s)\s*(?:@\w+|(?<![^\s@(<\[（])[^\s@()<>\[\]（）]+@[^\s@()<>\[\]（）]+\.\w+"
    # and a telephone number printed after the e-mail: (509) 459-5382, +44 20 7946 0958
    r"|\(\d{3}\)\s?\d{3}-\d{4}|\+\d{1,3}(?: \d{1,4}){2,4})"
)
#: The brackets an e-mail leaves: "Jane Doe <>".
_EMPTY_BRACKETS = re.compile(r"\s*(?:\(\s*\)|<\s*>|\[\s*\]|（\s*）)")
_PARENS = re.compile(r"\s*[(（\[]([^()（）\[\]]{0,60})[)）\]]")
_NOT_AUTHOR = re.compile(
    r"(?i)\s*(?:illustrat\w*|photo\w*|pictures?|images?|video\w*|translat\w*|editor|"
    r"edited|graphics?|design)\s*$"
)
_NOT_AUTHOR_MARK = "\x00"
# The longest line read as a byline, and the longest byline body (after the prefix
# and the date): longer lines are sentences or menus.
_MAX_LINE = 160
#: The longest line that may be a byline's prefix alone (``Guest post by:``).
_MAX_PREFIX = 24
_MAX_BODY = 120
#: CJK words for the jobs of a byline, which a name-shaped run of characters may be.
_CJK_ROLES = _words(
    "記者 记者 特派員 特派员 編集委員 通讯员 通信員 编辑 編集 作者 撰稿 撰文 主编 责编"
)
# A capitalised word in any alphabet (Latin, Cyrillic, Greek ...), or an initial.
#: Indic and Thai names hold vowel signs (combining marks), which are no word characters.
_NAME_TOKEN = re.compile(r"^[^\W\d_][\w.'’\-\u0900-\u0DFF\u0E00-\u0E7F]*$")
_HANGUL = re.compile(r"^[\uac00-\ud7a3]")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·•]{2,5}$|^[\uac00-\ud7a3]{2,4}$")
_CJK_NAMES = re.compile(r"^[\u4e00-\u9fff·]{2,5}(?: [\u4e00-\u9fff·]{2,5})+$")
# "홍길동 기자": Korean bylines put the word for reporter after the name.
_KOREAN = re.compile(
    # "[서울=뉴스1] 홍길동 기자 hong@example.com": a dateline before, an e-mail after.
    # "글·사진 홍길동 기자": "text and photos by" before the name.
    r"^(?:\[[^\]]{1,30}\]\s*)?(?:(?:글|사진)·(?:글|사진)\s|글\s)?"
    r"(?P<name>[\uac00-\ud7a3]{2,4}(?:\s*[·,、]\s*[\uac00-\ud7a3]{2,4})*)"
    r"\s*(?:선임|수석|객원)?(?:기자|특파원)"
    r"(?:\s*=\s*[\uac00-\ud7a3]{2,6})?$"
)

# --- what is glued to a byline, and what follows it ---------------------------------

# Where a page's markup put two spans side by side without a space: "ByRhonda Smith",
# "JANE DOEPUBLISHED:", "Jeffrey ZeldmanNovember 20, 2024", "Dec 17, 2025Julian Arni".
_GLUE = re.compile(
    r"^By(?=[A-Z][a-z])"
    r"|(?<=[^\W\d_])(?=(?:LAST UPDATED|UPDATED|PUBLISHED|POSTED)\b)"
    r"|(?<=[a-z])(?=(?:Last [Uu]pdated|Updated|Published|Posted|Founder|Co-[Ff]ounder|"
    r"Staff|Senior|Contributing|Writer|Reporter|Editor|Correspondent|Contributor|View)\b)"
    r"|(?<=[a-z])(?=[A-Z][a-z]{2,8}\.?\s?\d{1,2}(?:st|nd|rd|th)?,?\s\d{4})"
    r"|(?<=[^\W\d_])(?<!\dh)(?=\d)"  # (not inside "10h00")
    r"|(?<=\d)(?=[A-Z][a-z])"
)
_DIGIT = re.compile(r"\d")
# Where _GLUE may match: a letter or digit before a capital or a digit. Most lines
# have no such place, and the cheap search spares them the full pattern.
_GLUE_HINT = re.compile(r"[^\W\d_][A-Z\d]|\d[A-Z]")
# What starts the part after a byline: a date's label, a time, a relative date, and
# chrome (reading time, comment counts) that sits on the byline's line.
_DATE_LABEL = re.compile(
    r"(?i)\b(?:(?:last\s+)?updated?|(?:first\s+)?published|posted(?:\s+on)?|modified|"
    r"veröffentlicht|aktualisiert|publié(?:\s+le)?|mis\s+à\s+jour|publicado|actualizado|"
    r"atualizado|pubblicato|aggiornato|gepubliceerd|bijgewerkt|opublikowano|"
    r"опубликовано|обновлено|기사입력|입력|수정|등록|승인|publikováno|aktualizováno|"
    r"közzétéve|frissítve|publicat|actualizat|publicerad|uppdaterad|publisert|oppdatert|"
    r"publiceret|opdateret|julkaistu|päivitetty|δημοσιεύθηκε|ενημερώθηκε|опубліковано|"
    r"оновлено|diterbitkan|dipublikasikan|diperbarui|yayınlandı|yayınlanma|güncellendi|"
    r"cập\s+nhật|đăng\s+lúc)\b"
    r"|(?:发布时间|发布于|更新时间|更新于|发表于|时间|日期)\s*[:：]?"
    # (No \b: a Thai or Devanagari label may end in a vowel sign, which \w leaves out.)
    r"|(?:نُ?شر\s+في|تاريخ\s+النشر|آخر\s+تحديث|تاريخ\s+الن?شر|منتشر\s+شده|تاریخ\s+انتشار"
    r"|פורסם|עודכן|เผยแพร่|อัปเดต|ปรับปรุง|प्रकाशित|अपडेट|公開日|更新日|配信日)\s*[:：]?"
)
_DATE_BITS = re.compile(
    r"(?i)(?<!\d)\d{1,2}/\d{1,2}/\d{2,4}(?!\d)"  # 05/03/2026: US or European, a date all the same
    r"|(?<![\d:])\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?(?![\d:])"  # 10:00 AM
    r"|(?<!\w)\d{1,2}h\d{2}(?!\w)"  # 10h00, as French pages print the time
    r"|\b\d+\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|days?|weeks?|months?|years?)"
    r"\s+ago\b"
    r"|(?:\d+\s*(?:分钟|小时|天)前)"
    # "Catherine Shu @catherineshu / 2 days": a relative date without "ago" ends the line.
    r"|(?<=[/|•·]\s)\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s*$"
)
_CHROME = re.compile(
    r"(?i)\b\d+\s*(?:min(?:ute)?s?|m)\.?\s+(?:read|lesezeit|de\s+lecture|de\s+lectura)\b"
    r"|\b(?:read\s+time|reading\s+time|lesezeit|temps\s+de\s+lecture)\b"
    r"|\b\d+\s+(?:comments?|responses?|replies|views?|shares?)\b|\bno\s+comments\b"
    r"|\b(?:leave\s+a\s+comment|view\s+in\s+digital\s+edition|follow\s+on)\b"
    # "Jane DoeView More Articles": the link to the author's page.
    r"|\b(?:view|see|read)\s+(?:more|all)\s+(?:articles|posts|stories)\b"
    r"|(?:责任编辑|编辑|责编|来源|校对|审核|摄影|图片)\s*[:：]"
)
# "By" after a date ("05/03/2026 by Jane Doe", "2025By Jane Doe").
_LATER_PREFIX = re.compile(r"(?i)(?<![^\W\d_])(?:by|von|par|por|door|av|af|di|przez|oleh)\b")
# A line with more words in lower case is a sentence ("... by Jane Doe" in running text).
_MAX_LOWER_WORDS = 8
# The most characters between a date's label and its date ("Last Updated on: ").
_LABEL_GAP = 12
# White space, separators and connectors between a byline and its date ("on", "le" ...).
_JOINERS = " \t\u00a0,;:|｜•·●▪-–—/"
_JOIN_WORDS = _words(
    "on am le el em il op den at à às um alle om kl. klo pada tanggal tgl. dnia lúc ngày"
)
# "By Jane Doe On 11/13/19": the English connectors in capitals too ("Le" is a surname).
_JOIN_CAPITALS = _words("On ON At AT")
# "By Jane Doe on Monday, November 18th, 2019": the weekday before the date.
_WEEKDAYS = _words("""monday tuesday wednesday thursday friday saturday sunday montag dienstag
    mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi
    dimanche lunes martes miércoles jueves viernes sábado domingo lunedì martedì mercoledì
    giovedì venerdì sabato domenica maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    segunda-feira terça-feira quarta-feira quinta-feira sexta-feira senin selasa rabu kamis
    jumat jum'at sabtu poniedziałek wtorek środa czwartek piątek niedziela pazartesi salı
    çarşamba perşembe cumartesi""")
# (Not "Minggu", "Sobota", "Cuma", "Pazar": also names, which a date may follow.)


@attrs.frozen(slots=True)
class Byline:
    """A parsed byline.

    ``printed`` is the byline as printed, less a date on the same line, which is
    ``rest`` (``"March 3, 2025"`` in ``By Jane Doe | March 3, 2025``; ``None`` when
    the line has no date).
    """

    printed: str
    authors: tuple[str, ...] = ()
    source: str | None = None
    place: str | None = None
    rest: str | None = None


def is_outlet(text: str) -> bool:
    """True when ``text`` names a news outlet or agency rather than a person."""
    text = text.strip()
    low = text.lower()
    if low in _OUTLETS or _GLUED_BRAND.match(text) or _DOMAIN.match(text):
        return True
    m = _OUTLET_WORD.search(text)
    if m is None:
        words = text.split()
        return _is_outlet_brand(words) or _sports_desk(words) or _company(words)
    if m.group(0).startswith(".") and _ONE_WORD.match(text):
        return True  # a domain: "example.com"
    words = text.split()
    if _is_outlet_brand(words):
        return True
    # A name of a few words, capitalised but for its small words: not a sentence that
    # happens to hold "post" or "news".
    return (
        1 < len(words) <= 6 and all(not w[:1].islower() or w in _OUTLET_SMALL_WORDS for w in words)
    ) or (len(words) == 1 and bool(_CJK_OUTLET.search(text)))


#: The last word of a company's name (``Block Renovation``, ``Silverback Strategies``,
#: ``Acme Studios``), which a company's blog signs its posts with: no person's.
_COMPANY_ENDS = _words("""construction renovation renovations remodeling roofing plumbing
    strategies interactive solutions consulting consultants group inc inc. llc ltd ltd. gmbh
    corp corp. studio studios labs technologies systems partners agency""")


def _company(words: list[str]) -> bool:
    """``Block Renovation``, ``Acme Group``: capitalised words ending as a company's name."""
    return (
        2 <= len(words) <= 5
        and words[-1].lower().strip(",") in _COMPANY_ENDS
        and all(w[:1].isupper() or w in _OUTLET_SMALL_WORDS for w in words)
    )


def _sports_desk(words: list[str]) -> bool:
    """``Telegraph Sport``, ``Sky Sports``: an outlet's name, then its sports desk (not
    ``AP Sports Writer``, a job)."""
    return (
        2 <= len(words) <= 3
        and words[-1].lower() in ("sport", "sports")
        and all(w[:1].isupper() for w in words)
    )


def _is_outlet_brand(words: list[str]) -> bool:
    """``CNN Business``, ``BBC Sport``: a known outlet in capitals, then its desk."""
    first = words[0] if words else ""
    return (
        1 < len(words) <= 3
        and len(first) >= 3
        and first.isupper()
        and first.lower() in _OUTLETS
        and all(w[:1].isupper() for w in words[1:])
        # "CNN Editor-at-large": the outlet's job title, no desk of it
        and not any(_is_role_token(part) for w in words[1:] for part in w.split("-"))
    )


def _outlet_name(text: str) -> str:
    name = _OUTLETS.get(text.strip().lower(), text.strip())
    return _JAPANESE_AGENCIES.get(name, name)


#: Agencies whose names are no one's surname, read after one word of any language
#: ("Theo Reuters", "Nguồn AFP", "Via AP").
_AGENCIES = _words(
    "reuters afp ap dpa efe ansa tass xinhua kyodo yonhap bernama antara ians pti ani upi aap "
    "ttxvn vna"
)


def _agency_after_word(piece: str) -> str | None:
    """``Theo Reuters`` -> ``Reuters``: one word, then a news agency's name."""
    words = piece.split()
    if len(words) == 2 and words[1].lower() in _AGENCIES:
        return _outlet_name(words[1])
    return None


#: Words that credit an agency's copy beside the names: ``(avec AFP)``, ``con información
#: de EFE``, ``mit Material von dpa``, ``com informações da Agência Brasil``.
_CREDITED = re.compile(
    r"(?i)^(?:(?:with|avec|mit|con|com|amb)\s+(?:(?:reporting|information|informations|"
    r"información|informações|informazioni|material)\s+)?|(?:reporting|information|"
    r"informations|información|informações|informazioni|material)\s+)"
    r"(?:(?:from|of|de|da|do|das|dos|des|du|von|der|di|del|della)\s+)?"
    r"(?:l['’]\s*|la\s+|le\s+|der\s+|die\s+)?(?P<outlet>\S.{0,39})$"
)


def _credited_outlet(piece: str) -> str | None:
    """``avec AFP`` -> ``AFP``: the agency a credit phrase names, or None (``con Ana
    Souza``: a person goes with the names, never to ``source``)."""
    found = _CREDITED.match(piece.strip())
    if found is None:
        return None
    outlet = found.group("outlet").strip(" .")
    return _outlet_name(outlet) if is_outlet(outlet) else None


def _paren_outlet(inner: str) -> str | None:
    """The outlet a byline's brackets name: ``(EFE)``, ``(avec AFP)``."""
    return _outlet_name(inner) if is_outlet(inner) else _credited_outlet(inner)


def _trailing_outlet(piece: str) -> tuple[str, str | None]:
    """``Kevin McCoy USA TODAY`` -> (``Kevin McCoy``, ``USA Today``)."""
    words = piece.split()
    for k in range(min(4, len(words) - 2), 0, -1):
        tail = " ".join(words[-k:])
        head = " ".join(words[:-k])
        if tail.lower() in _OUTLETS and _is_name(head):
            return head, _OUTLETS[tail.lower()]
    return piece, None


def display_case(name: str) -> str:
    """``OUYANG SHIJIA`` -> ``Ouyang Shijia``; mixed case is left as printed.

    ``RONALD MCDONALD`` gives ``Ronald McDonald``, ``CONAN O'NEIL`` ``Conan O'Neil``,
    ``MARIA DE LA CRUZ`` ``Maria de la Cruz``, ``JOHN SMITH III`` ``John Smith III``.
    In a name with lower case, words in capitals of four letters or more are put in
    display case (``ZHANG Wei``), shorter ones are initials and kept (``PJ Hamel``).
    """
    cased = [c for c in name if c.isupper() or c.islower()]
    if len(cased) < 2:
        return name
    if any(c.islower() for c in cased):
        return " ".join(
            _case_token(t) if sum(c.isupper() for c in t) >= 4 and t.isupper() else t
            for t in name.split()
        )
    tokens = name.split()
    lows = [t.lower() for t in tokens]
    out: list[str] = []
    for k, token in enumerate(tokens):
        low = lows[k]
        inner = 0 < k < len(tokens) - 1
        paired = inner and (
            lows[k - 1] in _LOWER_PARTICLES
            or lows[k - 1] in _LOWER_PAIRED
            or lows[k + 1] in _LOWER_PARTICLES
            or lows[k + 1] in _LOWER_PAIRED
        )
        if inner and (low in _LOWER_PARTICLES or (low in _LOWER_PAIRED and paired)):
            out.append(low)
        elif low.rstrip(".") in ("ii", "iii", "iv", "vi"):
            out.append(token)
        else:
            out.append(_case_token(token))
    return " ".join(out)


def _case_token(token: str) -> str:
    cased = re.sub(r"[^\W\d_]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), token)
    # "MCDONALD" -> "McDonald": the Scottish and Irish prefix keeps its capital.
    if len(cased) > 3 and cased.startswith("Mc") and cased[2].isalpha():
        cased = "Mc" + cased[2].upper() + cased[3:]
    return cased


_NOT_NAMES = _words("""the of and in on for to a an with at from by as is are was new how why what who when
    where this that these those news world china opinion business home video live photos
    sports analysis review reviews update breaking exclusive about more contact follow share read
    says said reply menu search login sign subscribe newsletter latest popular trending
    related recent all our your my we you it its his her their they he she not no yes or but
    if so via per than into over under after before during since until has have had be been
    do does did get view comments comment posted written edition digital print online
    next previous top best sobre über acerca
    nueva nuevo nuevas nuevos nouvelle nouveau nuova nuovo neue neuen nieuw nieuwe nowa nowy
    university universität université universidad università universidade college
    institute institut instituto school hospital foundation
    takeaway takeaways disclosure disclosures advertiser advertisement sponsored summary
    overview introduction contents highlights conclusion faq faqs glossary disclaimer""")
# The first word of a menu facet or of a sentence: "By Company Size", "By Use Case",
# "By Clicking Submit", "By Continuing ...".
_FACETS = _words("""company size industry industries topic topics role roles use type types category
    categories department function region regions country countries location locations
    price brand need needs goal goals audience platform platforms service services feature
    features stage format formats level skill content resource resources partner partners
    customer customers enterprise small medium large date author authors tag tags month
    year week day today yesterday clicking using continuing signing submitting subscribing
    registering creating joining visiting accessing browsing entering choosing selecting
    providing way far default design appointment request invitation email phone name
    popularity relevance newest oldest rating state city county sector market markets
    technology tools apps software hardware integration integrations application
    applications plan plans pricing learning support help docs documentation guide guides
    blog events webinars careers jobs team teams product products solution solutions
    collection collections series season occasion style styles color colour material
    materials brands shape room budget age gender interest interests segment segments
    channel channels source sources keyword use-case persona personas job workflow
    workflows zip zipcode postal postcode keyword keywords distance genre subject""")


_ING_NAMES = _words(
    "sterling channing manning browning fleming harding golding spalding downing "
    "pickering keating cushing darling henning hemming schilling"
)


# Facet words that are not also surnames, for the end of a facet ("By Wine Region").
_FACET_ENDS = _words(
    """size industry topic topics category categories type types role region sector location
    country department function format level stage audience platform product products
    solution solutions service services feature features goal need needs occasion budget
    interest segment channel persona workflow integration technology application
    applications collection material style use-case"""
)


def _hyphen_parts_ok(token: str) -> bool:
    """``Holliday-Bell`` and ``el-Sisi`` are names; ``UK-based`` is not."""
    if "-" not in token:
        return True
    parts = token.split("-")
    return all(
        not p or p[0].isupper() or not p[0].isalpha() or p.lower() in _PARTICLES or k == 0
        for k, p in enumerate(parts)
    )


#: A particle glued to the name it opens: ``al-Rashid``, ``el-Sisi``, ``d'Arcy``,
#: ``dell'Olio``.
_GLUED_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|az|ud|ul|d|l|dell|dall|degli)['’\-](?=[A-Z])")


# A capital after five lower-case letters inside a word: two words glued together
# ("LauziereFollow"), where McDonald, DeShawn and MacKenzie have a short prefix.
_GLUED_WORDS = re.compile(r"[a-z\u00e0-\u00ff]{5}[A-Z]")


def _is_name(text: str, *, prefixed: bool = False) -> bool:
    """Two to five capitalised name words, or a CJK or Korean name.

    Without a "By" before it, at most three words besides particles and initials
    (a longer run of capitalised words is a headline), and no word in a script
    without capitals (Arabic, Hindi ...).
    """
    if text in _CJK_ROLES:
        return False  # "記者": the job, never a name
    if _CJK_NAME.match(text):
        # A Korean word of two to four syllables is a name only after a label: bare,
        # it is as often a word ("입력", "서울시").
        return prefixed or not _HANGUL.match(text)
    tokens = text.split()
    if not 2 <= len(tokens) <= 5 or len(text) > 48:
        return False
    if _not_name_word(tokens, prefixed=prefixed) or _is_gerund(tokens[0]):
        return False
    long_words = sum(1 for t in tokens if len(t) > 2 and not t.endswith("."))
    if not prefixed and long_words > 3:
        return False
    if tokens[0] in _PARTICLES and tokens[0][:1].islower():
        return False  # "de Ion Popescu": a word of the line before the name ("by" in Romanian)
    if any(_SENTENCE_STOP.match(t) for t in tokens[:-1]):
        return False  # "Finian Cunningham. Sputnik International": two parts, not a name
    capitals = 0
    for token in tokens:
        first = token[0]
        if first.islower() and token in _PARTICLES:
            continue  # "van", "de la"
        glued = _GLUED_PARTICLE.match(token)
        if glued is not None:
            token = token[glued.end() :]
            first = token[0]
        cased = first.isupper() or (prefixed and first.isalpha() and not first.islower())
        if (
            not (_NAME_TOKEN.match(token) and cased)
            or any(c.isdigit() for c in token)
            or not _hyphen_parts_ok(token)
            or _GLUED_WORDS.search(token)
        ):
            return False
        capitals += 1
    return capitals >= 2


# The letters of Vietnamese (ă, đ, ơ, ư and the tone marks of Latin Extended Additional).
_VIETNAMESE = re.compile(r"[ăâđơưĂÂĐƠƯ\u1ea0-\u1ef9]")


#: English small words that end Vietnamese and Korean names printed without their
#: marks (``Minh Do``, ``Thu An``), read so after a "By".
_SURNAME_TOO = _words("do an my")


def _not_name_word(tokens: list[str], *, prefixed: bool = False) -> bool:
    """A word no name holds (``News``, ``The``): English words, so not in a name that a
    letter shows to be Vietnamese (``Nguyễn Văn An``: "An" is a given name there)."""
    if any(_VIETNAMESE.search(t) for t in tokens):
        return False
    if prefixed and tokens[-1][:1].isupper() and tokens[-1].lower() in _SURNAME_TOO:
        tokens = tokens[:-1]
    return any(t.lower() in _NOT_NAMES for t in tokens)


#: A word of five letters or more with a full stop (``Cunningham.``): no initial, no
#: title (``Dr.``, ``Prof.``), the end of a sentence.
_SENTENCE_STOP = re.compile(r"^[^\W\d_][^\W\d_]{4,}\.$")


def _is_gerund(token: str) -> bool:
    """``Exploring``, ``Building``: a headline's first word, not a first name."""
    low = token.lower()
    return len(low) >= 7 and low.endswith("ing") and low not in _ING_NAMES


def _is_role_token(token: str) -> bool:
    """A word only a job title has (``Reporter``, ``Founder``, ``Nutritionist``)."""
    low = token.lower().strip(".,")
    if low in _ROLE_WORDS:
        return True
    return len(low) >= 9 and bool(_ROLE_SUFFIX.search(low)) and not _NOT_ROLE_SUFFIX.search(low)


def _is_role(piece: str) -> bool:
    """A job title (``Senior Reporter``, ``Head of Marketing``, ``Staff``).

    Words that are also surnames (Head, Guest, Master ...) make a title alone, with
    another such word, or with a lower-case word ("Head of Marketing"), not in
    ``Mark Head``.
    """
    tokens = piece.split()
    if any(_is_role_token(t) for t in tokens):
        return True
    loose = sum(1 for t in tokens if t.lower().strip(".,") in _ROLE_SURNAMES)
    return loose > 0 and (len(tokens) == 1 or loose >= 2 or any(t[:1].islower() for t in tokens))


def is_role(text: str) -> bool:
    """A short line that is a job title (``Senior Reporter``, ``TECH WRITER``)."""
    return 1 <= len(text.split()) <= 5 and _is_role(text)


def _name_then_role(piece: str) -> str | None:
    """``Rasmus Barslund Founder`` -> ``Rasmus Barslund``: a name, then its job."""
    tokens = piece.split()
    k = next((k for k, t in enumerate(tokens) if _is_role_token(t)), 0)
    # "Bruce Y. Lee Senior Contributor": the job's first words ("Senior") are the job's.
    while k > 2 and tokens[k - 1].lower().strip(".,") in _ROLE_SURNAMES:
        k -= 1
    head = " ".join(tokens[:k])
    if any(t.lower() in _ROLE_SURNAMES for t in tokens[:k]):
        return None  # "Senior Environment Correspondent"
    if all(t.lower().strip(".,") in _GROUPS for t in tokens[k:]):
        return None  # "Science X staff", "Practical Horseman Editorial Staff": no person
    return head if k >= 2 and _is_name(head) else None


def _is_degree(token: str) -> bool:
    """``MD``, ``Ph.D.``, ``M.P.H.``, ``CFP``."""
    return token.lower().replace(".", "").rstrip(",") in _DEGREES


def _strip_degrees(piece: str) -> str:
    """``Angela Holliday-Bell MD`` -> ``Angela Holliday-Bell``."""
    tokens = piece.split()
    while len(tokens) > 2 and _is_degree(tokens[-1]):
        tokens.pop()
    return " ".join(tokens)


# --- the line's parts ---------------------------------------------------------------


def _unglue(text: str) -> tuple[str, list[int]]:
    """``text`` with a space where spans were glued, and where each character came from."""
    if _GLUE_HINT.search(text) is None:
        return text, list(range(len(text) + 1))
    out: list[str] = []
    where: list[int] = []
    last = 0
    for m in _GLUE.finditer(text):
        k = m.end()
        out.append(text[last:k])
        where.extend(range(last, k))
        out.append(" ")
        where.append(k)
        last = k
    out.append(text[last:])
    where.extend(range(last, len(text)))
    where.append(len(text))
    return "".join(out), where


def _date_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, is_date) of the dates, times, labels and chrome in ``text``."""
    if _DIGIT.search(text) is None:
        # Every date, time and relative date has a digit; a label counts only before one.
        return [(m.start(), m.end(), False) for m in _CHROME.finditer(text)]
    spans = [(d.start, d.end, True) for d in find_dates(text)]
    spans += [(m.start(), m.end(), True) for m in _DATE_BITS.finditer(text)]
    # A label counts only before its date ("Updated 2 hours ago"): "Sector Update" is
    # a headline's words.
    starts = [s for s, _, _ in spans]
    spans += [
        (m.start(), m.end(), True)
        for m in _DATE_LABEL.finditer(text)
        if any(m.end() <= s <= m.end() + _LABEL_GAP for s in starts)
    ]
    spans += [(m.start(), m.end(), False) for m in _CHROME.finditer(text)]
    return sorted(spans)


def _trim_end(text: str, end: int) -> int:
    """Back from ``end`` over separators and the connectors before a date ("on")."""
    while True:
        while end > 0 and text[end - 1] in _JOINERS:
            end -= 1
        k = text.rfind(" ", 0, end)
        if not _joiner(text[k + 1 : end]):
            return end
        end = max(k, 0)


def _joiner(word: str) -> bool:
    """A connector or weekday between a byline and its date (``on``, ``On``, ``Monday``)."""
    # (A weekday keeps its comma: "Monday, 30 Nov 2026".)
    return word in _JOIN_WORDS or word in _JOIN_CAPITALS or word.rstrip(",").lower() in _WEEKDAYS


def _trim_start(text: str, start: int) -> int:
    """On from ``start`` over separators and connectors ("Updated on March 3")."""
    while True:
        while start < len(text) and text[start] in _JOINERS:
            start += 1
        k = text.find(" ", start)
        if k < 0 or not _joiner(text[start:k]):
            return start
        start = k


def _split(text: str) -> tuple[str, str | None]:
    """The byline part of ``text`` and the date part, both as printed."""
    unglued, where = _unglue(text)
    spans = _date_spans(unglued)
    if not spans:
        return text, None
    start = _trim_start(unglued, 0)
    lead: tuple[int, int] | None = None
    if _PREFIX.match(unglued[start:]) is None:
        # "September 1st, 2023 By Emily Norwood": dates and labels, then the byline.
        for s, e, is_date in spans:
            if s > start:
                break
            if is_date:
                lead = (lead[0] if lead else s, max(e, lead[1] if lead else e))
            start = max(start, _trim_start(unglued, e))
    prefix = _PREFIX.match(unglued[start:])
    body_from = start + (prefix.end() if prefix else 0)
    after = [span for span in spans if span[0] >= body_from]
    stop = _trim_end(unglued, after[0][0]) if after else len(unglued)
    dates = [(s, e) for s, e, is_date in after if is_date]
    rest = lead or ((dates[0][0], max(e for _, e in dates)) if dates else None)
    byline = text[where[start] : where[stop]].strip() if stop > start else ""
    date = None
    if rest is not None:
        date = text[where[rest[0]] : where[rest[1]]].strip(_JOINERS) or None
    return byline, date


def split_byline_date(text: str) -> tuple[str, str | None]:
    """``By Jane Doe | March 3, 2025`` -> (``By Jane Doe``, ``March 3, 2025``).

    Also for a date glued to the name (``BY JANE DOEPUBLISHED: JAN 29, 2025``) or
    printed first (``05/03/2026 by Jane Doe``). Reading time and comment counts on
    the line belong to neither part. The date part is ``None`` when the line prints
    none; the byline part may be empty. Lines longer than a byline are returned whole.
    """
    text = text.strip()
    if len(text) > _MAX_LINE:
        return text, None
    return _split(text)


# --- parsing ------------------------------------------------------------------------


def parse_byline(text: str, *, require_prefix: bool = False) -> Byline | None:
    """Read ``text`` as a byline; None when it is not one.

    ``require_prefix``: accept only bylines that open with "By" (or its
    equivalent: ``Von``, ``Par``, ``Autor:``, ``作者：`` ...), after any date printed
    before it, for lines whose position says nothing. A line that only credits an
    editor (``责任编辑：X``, ``Edited by X``) is not a byline: None.
    """
    line = text.strip()
    if not line or len(line) > _MAX_LINE:
        return None
    return _parse(line, require_prefix)


#: A Chinese byline's place, "(from) Beijing reporting", after a slash or a space (read
#: on the line's last characters: no scan of a long line).
_CJK_REPORT = re.compile(r"[／/|｜ ] ?(?P<place>[\u4e00-\u9fff]{2,5}?)(?:报道|報導|報道)$")
_REPORT_TAIL = 9


# A dump's lines are read more than once (as a header line, an info line's part, a
# credit line): a small cache spares the second reading.
@functools.lru_cache(maxsize=256)
def _parse(line: str, require_prefix: bool) -> Byline | None:
    if _EDITOR.match(line) or _is_prose(line):
        return None
    korean = _korean(line)
    if korean is not None:  # "홍길동 기자": the word for reporter does the work of "By"
        return korean
    inner = _PARENTHESISED.match(line)
    if inner is not None:  # "（记者 张三）" under a Chinese article: the byline in brackets
        byline = _parse(inner.group(1).strip(), True)
        if byline is not None:
            return attrs.evolve(byline, printed=line)
    report = None
    if line.endswith(("报道", "報導", "報道")):
        tail = len(line) - min(len(line), _REPORT_TAIL)
        report = _CJK_REPORT.search(line, tail)
    head = line[: report.start()].rstrip() if report is not None else ""
    if report is not None and head:
        # "记者王小明／北京报道": the place the reporter files from.
        byline = _parse(head, require_prefix)
        if byline is not None and byline.authors:
            place = byline.place or report.group("place")
            return Byline(line, byline.authors, byline.source, place, byline.rest)
    tribun = _REPORT_OF.match(line)
    if tribun is not None and is_outlet(tribun.group("outlet")):
        # "Laporan Wartawan Tribunnews.com, Budi Santoso": the outlet's reporter.
        byline = _parse(f"Wartawan: {tribun.group('name')}", require_prefix)
        if byline is not None and byline.authors:
            outlet = byline.source or _outlet_name(tribun.group("outlet"))
            return Byline(line, byline.authors, outlet, byline.place, byline.rest)
    agency = _CJK_OUTLET_REPORTER.match(line)
    if (
        agency is not None
        and agency.group("outlet") not in _HOME
        and is_outlet(agency.group("outlet"))
    ):
        # "新华社记者 张三": the outlet's reporter.
        byline = _parse(line[agency.start("label") :], require_prefix)
        if byline is not None and byline.authors:
            outlet = byline.source or _outlet_name(agency.group("outlet"))
            return attrs.evolve(byline, printed=line, source=outlet)
    by_word = _SHORT_BY.match(line)
    if by_word is not None and not require_prefix:
        # "Na Juma Hassan": "by" of Swahili (Filipino "Ni"), never part of the name.
        byline = _parse(line[by_word.end() :], False)
        if byline is None or not byline.authors:
            return None
        return attrs.evolve(byline, printed=line)
    bare = _BARE_LABEL.match(line)
    if bare is not None and _PREFIX.match(line) is None:
        return _labelled(line, bare.group("label"), line[bare.end() :], require_prefix)
    if require_prefix and not _may_have_prefix(line):
        return None
    printed, rest = _split(line)
    printed = printed.lstrip(_JOINERS)
    if not printed:
        return None
    if rest is not None:
        korean = _korean(printed)  # "입력 2024.03.12 10:30 홍길동 기자"
        if korean is not None:
            return attrs.evolve(korean, rest=rest)
    unglued, _ = _unglue(printed)
    prefix = _PREFIX.match(unglued)
    body = unglued
    if prefix:
        body = body[prefix.end() :]
    elif require_prefix:
        return None
    found = _read_body(body, prefixed=prefix is not None)
    if found is None and prefix is not None and _POSTED.match(prefix.group()):
        # "Publié par Jeanne Exemple dans Politique": a post's meta line, its category.
        category = _IN_CATEGORY.search(body)
        if category is not None:
            rest = rest or category.group().strip()
            found = _read_body(body[: category.start()], prefixed=True)
            if printed.endswith(category.group()):
                printed = printed[: -len(category.group())]
    if found is None:
        return None
    authors, source, place = found
    return Byline(_printed_part(printed, authors, source, place), authors, source, place, rest)


#: A post's "by" (``Posted by``, ``Publié par``), and the category printed after the name.
_POSTED = re.compile(r"(?i)(?:posted|published|publié|publicado|pubblicato|veröffentlicht)\b")
_IN_CATEGORY = re.compile(r"\s+(?:in|dans|en|em|nella?|nel|im)\s+[^\W\d_].*$")


def _labelled(line: str, label: str, after: str, require_prefix: bool) -> Byline | None:
    """``Penulis Budi Santoso`` read as ``Penulis: Budi Santoso``, printed as it was."""
    byline = _parse(f"{label}: {after}", require_prefix)
    if byline is None or not byline.authors:
        return None
    printed = byline.printed
    if printed.startswith(f"{label}: "):
        printed = f"{label} {printed[len(label) + 2 :]}"
    return attrs.evolve(byline, printed=printed)


# The strong separators between a byline's parts (``Jane Doe | Senior Writer``).
_STRONG_SEP = re.compile(r"\s[-–—]\s|\s*[|｜•·●▪]\s*")


def _printed_part(
    printed: str, authors: tuple[str, ...], source: str | None, place: str | None
) -> str:
    """The byline as printed, up to the first part after the last name that is neither
    a job title, an outlet nor a place (a category, tags, page chrome: ``Publicado por:
    Clarissa Borba - Categoria: Saúde - Tags: …`` is printed ``Publicado por: Clarissa
    Borba``)."""
    if not authors:
        return printed
    low = printed.lower()
    end = max((low.rfind(a.lower()) + len(a) for a in authors if a.lower() in low), default=-1)
    if end <= 0:
        return printed
    keep = (source or "", place or "")
    at = end
    for sep in _STRONG_SEP.finditer(printed, end):
        part = printed[at : sep.start()].strip() if at > end else ""
        if part and not (_is_role(part) or is_outlet(part) or part in keep):
            return printed[:at].rstrip(" |｜•·●▪-–—")
        at = sep.end()
    part = printed[at:].strip() if at > end else ""
    if part and not (_is_role(part) or is_outlet(part) or part in keep):
        return printed[:at].rstrip(" |｜•·●▪-–—")
    return printed


def _korean(line: str) -> Byline | None:
    """``홍길동 기자``, with its e-mail or a dateline: the byline, else None."""
    if "기자" not in line and "특파원" not in line:
        return None
    found = _KOREAN.match(_HANDLES.sub("", line).strip())
    if found is None:
        return None
    # "김철수·이영희 기자": two reporters.
    names = tuple(x.strip() for x in re.split(r"[·,、]", found.group("name")))
    return Byline(line, names)


_CJK_PART = re.compile(r"^[\u4e00-\u9fff々]{1,4}$")


def japanese_names(authors: tuple[str, ...], printed: str) -> tuple[str, ...]:
    """The authors of a Japanese page's byline, whose names print the family name and
    the given name apart (``山田 太郎``), where a Chinese byline lists two people
    (``记者 张三 李四``): two CJK names printed side by side with one space are one."""
    out: list[str] = []
    k = 0
    while k < len(authors):
        name = authors[k]
        nxt = authors[k + 1] if k + 1 < len(authors) else ""
        pair = next(
            (f"{name}{space}{nxt}" for space in " \u3000" if f"{name}{space}{nxt}" in printed),
            None,
        )
        if pair is not None and _CJK_PART.match(name) and _CJK_PART.match(nxt):
            out.append(pair)
            k += 2
        else:
            out.append(name)
            k += 1
    return tuple(out)


def is_lone_prefix(line: str) -> bool:
    """A line that is only a byline's ``By`` (``Von``, ``Written by``, ``Autor:``...)."""
    line = line.strip()
    if len(line) > _MAX_PREFIX or not line:
        return False
    found = _PREFIX.match(line)
    return found is not None and found.end() == len(line)


def _is_prose(line: str) -> bool:
    """A sentence: more small words in lower case than a byline and its date carry."""
    return sum(1 for w in line.split() if w[0].islower()) > _MAX_LOWER_WORDS


def _may_have_prefix(line: str) -> bool:
    """A cheap test before the full reading: the line may hold a "By" (see _PREFIX)."""
    start = line.lstrip(_JOINERS)
    return (
        start[:2].lower() == "by"
        or _PREFIX.match(start) is not None
        or _LATER_PREFIX.search(line) is not None
    )


def _read_body(
    body: str, *, prefixed: bool
) -> tuple[tuple[str, ...], str | None, str | None] | None:
    """(authors, source, place) of a byline's names, or None."""
    body = _EMPTY_BRACKETS.sub("", _MARKS.sub("", _HANDLES.sub("", body)))
    # "山田 太郎 記者": the word for reporter after a CJK name, as Korean bylines print it.
    body = _CJK_ROLE_END.sub("", body)
    # "Reporting by X; Writing by Y; Editing by Z": the editors are no authors.
    body = _WRITING.sub(", ", _EDITING.sub("", body)).strip(' .,:;|-–—"“”„«»')
    body = _CJK_PHOTO.sub("", body)  # "文：山田 太郎 写真：鈴木 一郎": the photographer's
    body = _PHOTO.sub("", body)
    if not body or len(body) > _MAX_BODY or _is_facet(body):
        return None
    source = next((o for p in _PARENS.findall(body) if (o := _paren_outlet(p))), None)
    # "Chris Fenoglio (illustrator)": a name so marked is not an author's.
    body = _PARENS.sub(lambda m: _NOT_AUTHOR_MARK if _NOT_AUTHOR.match(m.group(1)) else "", body)
    body = body.strip()
    place = None
    at = _PLACE.search(body)
    if at:
        place, body = at.group("place"), body[: at.start()]
    owner = _POSSESSIVE.match(body)
    if owner and is_outlet(owner.group("outlet")):
        source = _outlet_name(owner.group("outlet"))
        body = owner.group("rest")
    # The whole byline is an outlet only when it is one name ("JANE DOE, Associated
    # Press" is a person and an outlet, and so is "JANE DOE Associated Press").
    parts = _SPLIT.split(body)
    if body.strip().lower() in _OUTLETS or (
        is_outlet(body) and len(parts) == 1 and _trailing_outlet(body)[1] is None
    ):
        return (), source or _outlet_name(body), place
    inverted = None if prefixed else _inverted(parts)
    if inverted is not None:
        return (inverted,), source, place
    authors = _read_pieces(parts, prefixed=prefixed)
    if authors is None:
        agency = _place_then_agency(parts, source)  # "القاهرة - رويترز": no person
        return None if agency is None else ((), agency, place)
    people, outlet = authors
    source = source or outlet
    if not people and source is None:
        return None
    return tuple(people), source, place


def _place_then_agency(parts: list[str], source: str | None) -> str | None:
    """``دبي - رويترز``, ``Berlin – dpa``, ``EFE | Madrid``, ``Madrid (EFE)``: the city
    a wire story is filed from and a known agency, as the papers of many languages print
    the wire's credit; the agency, or None. (A name beside the agency is read as a
    person's by the caller, before this.)"""
    if source is not None and len(parts) == 1:
        place, agency = parts[0].strip(), source  # "Madrid (EFE)": the brackets read
    elif len(parts) == 3 and parts[1].strip() in _PLACE_AGENCY_SEPS:
        place, agency = parts[0].strip(), parts[2].strip()
        if agency.lower() not in _OUTLETS:
            place, agency = agency, place  # "EFE | Madrid"
        if agency.lower() not in _OUTLETS:
            return None
    else:
        return None
    words = place.split()
    if (
        not 1 <= len(words) <= 3
        or any(c.isdigit() for c in place)
        or any(w[:1].islower() for w in words)  # "Read more - AP": a link's words
        or is_outlet(place)
    ):
        return None
    return _outlet_name(agency)


_PLACE_AGENCY_SEPS = frozenset(("-", "–", "—", "|", "｜", "/", "／", ","))


_CJK_ROLE_END = re.compile(
    r"(?<=[\u4e00-\u9fff々])[ \u3000]*(?:記者|记者|特派員|特派员|編集委員|通讯员|通信員)$"
)


_EDITING = re.compile(
    r"(?i)\s*[;.]\s*(?:(?:editing|edited|compiled|additional\s+reporting)\s+by|"
    r"edición|redigiert\s+von|édité\s+par)\b.*$"
)
_CJK_PHOTO = re.compile(
    r"\s*(?:写真|撮影|摄影|攝影|图片|圖片|イラスト)\s*[:：／/・|｜].*$"
    # "文/张三 图/李四": "picture" in one character, after a space
    r"|\s+(?:图|圖|摄|攝)\s?[:：／/].*$"
)
# "Текст: Мария Иванова / Фото: Иван Петров": the photographer's credit after the names.
_PHOTO = re.compile(
    r"(?i)\s*[/|｜•·,;]\s*(?:photos?|fotos?|foto(?:grafie|grafia|grafía)|фото|світлини|"
    r"φωτογραφίες|fotoğraf(?:lar)?|zdjęcia|kuvat?|billeder|bilder?)\s*[:：].*$"
)
_WRITING = re.compile(r"(?i)\s*;\s*writing\s+by\s+")


def _inverted(parts: list[str]) -> str | None:
    """``Roy, Aniruddha`` and ``DOE, JANE`` (as metadata print names) -> ``Aniruddha Roy``."""
    if len(parts) != 3 or parts[1].strip() != ",":
        return None
    last, first = parts[0].strip(), parts[2].strip()
    given = first.split()
    if " " in last or not 1 <= len(given) <= 2 or _is_degree(first):
        return None
    name = f"{first} {last}"
    if _is_role(name) or is_outlet(last) or is_outlet(first) or not _is_name(name):
        return None
    return display_case(name)


def _is_facet(body: str) -> bool:
    """``By Company Size``, ``By Wine Region``, ``By 2030``: a menu or a sentence."""
    words = body.split()
    if not words:
        return True
    first = words[0].lower().strip(".,:")
    last = words[-1].lower().strip(".,:")
    return first in _FACETS or first[:1].isdigit() or (len(words) <= 3 and last in _FACET_ENDS)


_AND_WORDS = _words(
    "and und et y e & en og och и i ve dan και та і a și és và ja ir और و with avec mit con com"
)
_WITH_WORDS = _words("with avec mit con com")


def _pieces(parts: list[str]) -> list[tuple[str, str]]:
    """(separator before, piece) from ``re.split`` with a group (pieces and separators)."""
    out: list[tuple[str, str]] = []
    for k in range(0, len(parts), 2):
        sep = parts[k - 1].strip().lower() if k else ""
        piece = parts[k].strip(" .")
        # Chinese bylines list names with spaces: "记者 张三 李四".
        subs = piece.split() if _CJK_NAMES.match(piece) else _arabic_and(piece)
        out.extend((sep if j == 0 else ",", sub) for j, sub in enumerate(subs))
    return out


#: Arabic and Hebrew "and", written as the first letter of the next word (``محمد علي وأحمد حسن``).
_ARABIC_AND = re.compile(r"\s+و(?=[\u0620-\u064a])|\s+ו(?=[\u05d0-\u05ea])")


def _arabic_and(piece: str) -> list[str]:
    """``محمد علي وأحمد حسن`` -> the two names, when each has two words or more (a
    name may start with the letter: ``وليد``, Walid); Hebrew glues its "and" (ו) so too."""
    halves = _ARABIC_AND.split(piece)
    if len(halves) == 2 and all(len(h.split()) >= 2 for h in halves):
        return halves
    return [piece]


def _read_pieces(parts: list[str], *, prefixed: bool) -> tuple[list[str], str | None] | None:
    """The people and the outlet in the pieces of a byline split at its separators.

    A job title runs on over "and", "&" and "," ("Head of Marketing and Community
    Development", "CEO, Atlas Van Lines"); ", and" starts the next name.
    """
    authors: list[str] = []
    source: str | None = None
    role = False
    strong = False
    pieces = _pieces(parts)
    named = ""  # the last name as printed
    for at, (sep, piece) in enumerate(pieces):
        last = at == len(pieces) - 1
        strong = strong or sep[:1] in _STRONG
        if not piece or _NOT_AUTHOR_MARK in piece:
            continue
        credited = _credited_outlet(f"{sep} {piece}" if sep in _WITH_WORDS else piece)
        if credited is not None:
            source = source or credited  # "…, con información de EFE", "Mit Material von dpa"
            continue
        if sep in _WITH_WORDS and not is_outlet(piece):
            return None  # "Jane Doe with AP": only an agency goes with the names
        piece, outlet = _trailing_outlet(piece)  # "JOHN ROE Associated Press"
        source = source or outlet
        piece = _caps_name(piece)
        if role and (sep in _AND_WORDS or sep == ",") and not is_outlet(piece):
            continue
        role = False
        if authors and (_is_degree(piece) or (_CREDENTIAL.match(piece) and not is_outlet(piece))):
            continue  # "Jane Doe, MS, RDN": degrees after a name
        piece, outlet = _trailing_outlet(piece)
        source = source or outlet
        agency = _agency_after_word(piece)
        if agency is not None:
            source = source or agency  # "Theo Reuters": "according to" and an agency
            continue
        piece = _strip_degrees(piece)
        if is_outlet(piece):
            source = source or _outlet_name(piece)
            continue
        piece = _once(piece)
        if _is_role(piece):
            role = True
            source = source or _role_outlet(piece)  # "Repórter da Agência Brasil"
            # "Rasmus Barslund Founder": a name then its job, where a name goes.
            name = _name_then_role(piece) if not authors or sep in _AND_WORDS else None
            if name is None and not authors:
                # "Michael HiltzikBusiness Columnist": the name glued to the job.
                name = (_glued_tail(piece, prefixed=prefixed) or (None, None))[0]
        elif strong and authors and last and _brand(piece, prefixed=prefixed):
            # "Иван Петров - РБК", "Jana Beispiel – Der Tagesspiegel", "By X | Madrid":
            # the outlet's brand (or the place) after the name.
            source = source or (piece if _CAMEL.match(piece) else None)
            break
        elif _is_name(piece, prefixed=prefixed):
            name = piece
            if strong and authors and not _vietnamese_names(named, piece):
                # "Andrea Valeria - Remote Jobs": after a bar or a dash, the page's words.
                return (authors, source) if prefixed else None
        elif _CHROME.search(piece):
            continue
        elif strong and authors and prefixed:
            break  # "By Jane Doe | View In Digital Edition"
        elif authors and sep == "," and last and _affiliation(piece, named, prefixed=prefixed):
            # "Tanza Loudenback, Business Insider": her outlet or school; "Ana Souza, da
            # Folha": the outlet after "of".
            words = piece.split(maxsplit=1)
            outlet = words[-1] if words[0] in _OF_WORDS else piece
            source = source or (_outlet_name(outlet) if is_outlet(outlet) else None)
            continue
        else:
            glued = _glued_tail(piece, prefixed=prefixed)
            if glued is None:
                return None
            name, outlet = glued
            source = source or outlet
        if name is not None:
            named = name
        name = display_case(name) if name is not None else None
        if name is not None and name not in authors:
            authors.append(name)
    return authors, source


def _vietnamese_names(named: str, piece: str) -> bool:
    """Two reporters' full names that Vietnamese papers join with a dash (``Nguyễn Văn An
    - Trần Thị Bình``): each of three words or more, shown Vietnamese by its letters (a
    place after a name, ``Hà Nội``, ``TP.HCM``, has fewer)."""
    return all(len(n.split()) >= 3 and _VIETNAMESE.search(n) for n in (named, piece))


#: A capital inside a word after a small letter: a brand (``VnExpress``, ``detikFinance``,
#: ``iDNES``), not a name (``McDonald``: "Mc" is no word of its own, see _brand).
_CAMEL = re.compile(r"^(?:[a-z]+|[A-Z][a-z]+)[A-Z]")
#: The prefixes of names with a capital inside (``McDonald``, ``DeShawn``, ``MacKenzie``).
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "La", "Le", "Lo", "Van", "Von", "Del", "Des")
#: (Not "Le", "La", "De", "Da": they open names too.)
_ARTICLES = _words("the der die das il lo el los las les het")


def _brand(piece: str, *, prefixed: bool) -> bool:
    """The last piece after a name and a bar or a dash, in the shape of an outlet's brand
    or a place: one word in capitals (``РБК``, ``NOS``), glued (``VnExpress``), an
    article and capitalised words (``Der Tagesspiegel``, ``Il Sole 24 Ore``), or after
    a "By", any one capitalised word (``Madrid``)."""
    words = piece.split()
    if len(words) == 1:
        word = words[0]
        letters = sum(c.isalpha() for c in word)
        if letters >= 2 and word.isupper() and len(word) <= 6:
            return True
        camel = _CAMEL.match(word)
        if camel is not None and word[: camel.end() - 1] not in _NAME_PREFIXES:
            return True
        return prefixed and word[:1].isupper() and word[1:].islower() and letters >= 4
    return (
        2 <= len(words) <= 4
        and words[0].lower() in _ARTICLES
        and words[0][:1].isupper()
        and all(w[:1].isupper() or w[:1].isdigit() for w in words[1:])
    )


def _role_outlet(piece: str) -> str | None:
    """The outlet a job title names after "of" (``Repórter da Agência Brasil``,
    ``Correspondent of Reuters``) or right after its first word (``korespondent PAP``),
    or None."""
    words = piece.split()
    if len(words) > 1 and _is_role_token(words[0]) and " ".join(words[1:]).lower() in _OUTLETS:
        return _outlet_name(" ".join(words[1:]))  # "korespondent PAP": the job, then its wire
    k = next((k for k, word in enumerate(words) if word in _OF_WORDS), -1)
    if k < 1 or not any(_is_role_token(word) for word in words[:k]):
        return None
    tail = " ".join(words[k + 1 :])
    return _outlet_name(tail) if tail and is_outlet(tail) else None


def _once(piece: str) -> str:
    """``Sean Martin Sean Martin`` (a link's text and the name, side by side): the name."""
    tokens = piece.split()
    half = len(tokens) // 2
    if half >= 2 and len(tokens) == 2 * half and tokens[:half] == tokens[half:]:
        return " ".join(tokens[:half])
    return piece


def _affiliation(piece: str, name: str, *, prefixed: bool = False) -> bool:
    """The last piece after a name and a comma, in capitals: the person's outlet or
    school (``Business Insider``, ``Clemson University``, ``da Folha``), or one word
    after a "By" (``By Jane Doe, Washington``: a place) or in a byline printed in
    capitals (``VICTOR TANGERMANN, FUTURISM``). Never a person's name."""
    words = piece.split()
    if words and words[0] in _OF_WORDS and len(words) > 1:
        words = words[1:]  # "da Folha", "of Bloomberg"
    if not 1 <= len(words) <= 4 or any(c.isdigit() for c in piece):
        return False
    if not all(w[:1].isupper() or w in _OUTLET_SMALL_WORDS for w in words):
        return False
    if len(words) == 1:
        return len(piece) >= 3 and ((piece.isupper() and name.isupper()) or prefixed)
    return not _is_name(" ".join(words))


#: The small words before an outlet's name after a person's: "Ana Souza, da Folha".
_OF_WORDS = _words("da do dos das de del della dalla du des of from für van")


# A name glued to what follows it: "HiltzikBusiness", "GarberFOXBusiness".
_GLUED_TAIL = re.compile(r"(?<=[a-z\u00e0-\u00ff]{3})(?=[A-Z])")


def _glued_tail(piece: str, *, prefixed: bool) -> tuple[str, str | None] | None:
    """``Michael HiltzikBusiness Columnist``: a name glued to a job title, or after a
    "By" to its outlet or a link (``By Jonathan GarberFOXBusiness``): (the name, the
    outlet or None); None when the piece is no such name."""
    for m in _GLUED_TAIL.finditer(piece):
        head, tail = piece[: m.start()], piece[m.start() :]
        if not _is_name(head, prefixed=prefixed) or " " in piece[m.start() - 1 : m.start()]:
            continue
        if is_outlet(tail):
            return head, _outlet_name(tail)
        if _is_role(tail) or prefixed:
            return head, None
    return None


def _caps_name(piece: str) -> str:
    """``MARÍA LÓPEZ Madrid``: a name printed in capitals, then its place in small
    letters, gives the name."""
    tokens = piece.split()
    k = 0
    while k < len(tokens) and tokens[k].isupper() and sum(c.isalpha() for c in tokens[k]) >= 2:
        k += 1
    rest = tokens[k:]
    if k >= 2 and rest and all(t[:1].isupper() and not t.isupper() for t in rest):
        return " ".join(tokens[:k])
    return piece


# --- the lead's dateline ------------------------------------------------------------

#: ``(서울=연합뉴스) 홍길동 기자 = ``: a Korean wire story's dateline, with the city and the
#: outlet in brackets and the reporters before "=".
_KOREAN_LEAD = re.compile(
    r"^[(\[]\s*[\uac00-\ud7a3A-Za-z]{1,12}\s*=\s*(?P<outlet>[^()\[\]=]{2,20}?)\s*[)\]]\s*"
    r"(?P<names>[\uac00-\ud7a3]{2,4}(?:\s*[·,]\s*[\uac00-\ud7a3]{2,4})*)\s*"
    r"(?:선임|수석|객원)?(?:기자|특파원)\s*="
)
#: ``新华社北京11月30日电（记者张三、李四）``: a Chinese wire story's dateline, the agency
#: (or "this paper"), the city and the day, "cabled", then its reporters in brackets.
_CJK_WIRE_LEAD = re.compile(
    # (one space at most between the parts: no run of spaces to scan twice)
    r"^(?P<head>[\u4e00-\u9fff]{3,13}?) ?(?:\d{1,2}月\d{1,2}日)? ?(?:电|電|讯|訊)[ \u3000]?"
    r"[（(] ?(?:记者|記者) ?"
    r"(?P<names>[\u4e00-\u9fff·]{2,5}(?:(?: ?[、，,] ?| )[\u4e00-\u9fff·]{2,5}){0,5}) ?[)）]"
)
#: ``【ワシントン＝山田太郎】``: a Japanese paper's dateline, the city and its reporter
#: (or the wire: ``【ロンドン＝共同】``) in lenticular brackets.
_JAPANESE_LEAD = re.compile(r"^【[^【】＝=\s]{1,12}[＝=](?P<who>[^【】＝=]{2,16})】")
_JAPANESE_NAME = re.compile(r"^[\u4e00-\u9fff々]{2,6}$")
#: ``МОСКВА, 30 ноя — РИА Новости. ``: the city, the day, a dash, then the agency.
_DATED_LEAD = re.compile(
    r"^[^\W\d_]+(?:[ -][^\W\d_]+){0,2}, \d{1,2} [^\W\d_]{3,9}\.? ?[—–-] ?"
    r"(?P<outlet>[^.—–-]{2,30}?)\.\s"
)
#: ``МОСКВА, 30 ноября. /ТАСС/.``: the city, the day, the agency between slashes.
_SLASHED_LEAD = re.compile(
    r"^[^\W\d_]+(?:[ -][^\W\d_]+){0,2}, \d{1,2} [^\W\d_]{3,9}\.? ?/(?P<outlet>[^/]{2,20})/"
)
#: ``به گزارش ایرنا، …``, ``به گزارش خبرگزاری مهر، …``: Persian "according to the
#: report of" the agency, before a comma.
_PERSIAN_LEAD = re.compile(r"^به گزارش (?P<outlet>[^،,]{2,30}?)\s?[،,]")
#: ``Berlin (dpa) - ``, ``(ANSA) - ROMA``, ``Madrid, 30 nov (EFE).-``: an agency in
#: brackets, after the city (and the day), before a dash or a colon.
_BRACKET_LEAD = re.compile(
    r"^(?:[^\W\d_][^()（）\n]{0,40}?\s)?[(（](?P<outlet>[^()（）]{2,30})[)）]\s*\.?\s*(?:[-–—:]|--)"
)
#: ``Jakarta, CNN Indonesia -- ``, ``JAKARTA, KOMPAS.com - ``: the city, a comma, then
#: the outlet before a dash.
_COMMA_LEAD = re.compile(
    r"^[^\W\d_][^\W\d_'’-]*(?:[ '’-][^\W\d_]+){0,2},\s*(?P<outlet>[^,\-–—]{2,30}?)\s*(?:--|[-–—])\s"
)


def lead_dateline(text: str) -> Byline | None:
    """The outlet (and the reporters) that the first paragraph's dateline credits:
    ``(서울=연합뉴스) 홍길동 기자 = …`` gives 홍길동 of 연합뉴스, ``Berlin (dpa) - …`` dpa,
    ``Jakarta, CNN Indonesia -- …`` CNN Indonesia, ``新华社北京11月30日电（记者张三）`` 张三 of
    新华社, ``【ワシントン＝山田太郎】`` 山田太郎, ``МОСКВА, 30 ноя — РИА Новости.`` РИА
    Новости; None when the paragraph opens otherwise (an outlet in brackets must be a known one: ``(Reuters)``, ``(AFP)``)."""
    korean = _KOREAN_LEAD.match(text)
    if korean is not None:
        names = tuple(x.strip() for x in re.split(r"[·,]", korean.group("names")))
        return Byline(korean.group(0).rstrip(" ="), names, korean.group("outlet").strip())
    bracketed = _cjk_wire_lead(text) or _japanese_lead(text)
    if bracketed is not None:
        return bracketed
    for pattern in (_BRACKET_LEAD, _COMMA_LEAD, _DATED_LEAD, _SLASHED_LEAD, _PERSIAN_LEAD):
        found = pattern.match(text)
        if found is not None:
            outlet = found.group("outlet").strip()
            named = pattern is _COMMA_LEAD or pattern is _PERSIAN_LEAD  # an outlet by its words
            if outlet.lower() in _OUTLETS or (named and is_outlet(outlet)):
                return Byline(outlet, (), _outlet_name(outlet))
    return None


def _cjk_wire_lead(text: str) -> Byline | None:
    """``新华社北京11月30日电（记者张三、李四）…``: the reporters and the agency (none for
    ``本报``, this paper); None when the head opens with no known agency."""
    wire = _CJK_WIRE_LEAD.match(text)
    if wire is None:
        return None
    head = wire.group("head")  # the agency's name, then the city's
    home = head[:2] in _HOME
    outlet = next((head[:k] for k in range(5, 1, -1) if head[:k] in _OUTLETS), None)
    if not home and outlet is None:
        return None
    names = tuple(re.split(r" ?[、，,] ?| ", wire.group("names")))
    source = None if home or outlet is None else _outlet_name(outlet)
    return Byline(wire.group(0), names, source)


def _japanese_lead(text: str) -> Byline | None:
    """``【ワシントン＝山田太郎】…``: the reporter (names split by ``、``), or the wire
    (``【ロンドン＝共同】``); None when the brackets hold neither."""
    found = _JAPANESE_LEAD.match(text)
    if found is None:
        return None
    who = found.group("who").strip()
    if who.lower() in _OUTLETS:
        return Byline(found.group(0), (), _outlet_name(who))
    names = tuple(n.strip() for n in who.split("、"))
    if all(_JAPANESE_NAME.match(n) and n not in _CJK_ROLES for n in names):
        return Byline(found.group(0), names, None)
    return None


#: "Source:" in the languages of the web, and the words that credit an agency's copy
#: ("Theo TTXVN", "Com informações da Agência Brasil").
_SOURCE_LABEL = re.compile(
    r"(?i)^[*\s]*(?:(?:source|quelle|fuente|fonte|fonti|kaynak|źródło|zdroj|bron|kilde|källa|"
    r"lähde|forrás|sursa|джерело|источник|nguồn|sumber|来源|來源|出典|출처|المصدر|منبع|πηγή|"
    r"מקור|स्रोत|ที่มา)\s*[:：]|theo\s|nguồn\s|"
    r"(?:com\s+informações|con\s+información|avec|with\s+(?:files|reporting))\s+"
    r"(?:d[aoe]s?|from|de\s+l[ae']?)?)\s*(?P<outlet>[^:：]{2,40}?)[\s.]*$"
)


#: A known agency alone in brackets under an article: ``（共同）``, ``(AP)``, ``(EFE)``.
_BRACKETED = re.compile(r"^[(（]\s*(?P<outlet>[^()（）]{2,30}?)\s*[)）]$")
#: The short names Japanese papers print in brackets for the agencies.
_JAPANESE_AGENCIES = {"共同": "共同通信", "時事": "時事通信"}


def source_credit(text: str) -> str | None:
    """The agency or outlet a ``Source:`` line credits (``Fuente: EFE``, ``Kaynak: AA``,
    ``Theo TTXVN``, ``Com informações da Agência Brasil``, ``Mit Material von dpa``), a
    line that is a known agency in brackets (``（共同）``, ``(EFE)``, ``(mit dpa)``) or an
    editor's sign-off with the agency (``jb/dpa``), or None: a known outlet or one that is
    named as one, never a person."""
    text = text.strip()
    bracketed = _BRACKETED.match(text)
    if bracketed is not None:
        outlet = bracketed.group("outlet")
        if outlet in _JAPANESE_AGENCIES:
            return _JAPANESE_AGENCIES[outlet]
        return _outlet_name(outlet) if outlet.lower() in _OUTLETS else _credit_words(outlet)
    if len(text) > _MAX_LINE:
        return None
    found = _SOURCE_LABEL.match(text)
    if found is None:
        return _credit_words(text) or _sign_off(text)
    outlet = found.group("outlet").strip()
    return _outlet_name(outlet) if is_outlet(outlet) else None


def _credit_words(text: str) -> str | None:
    """``Mit Material von dpa und AFP``, ``Com Agência Brasil``: the first agency a
    credit's words name, or None."""
    found = _CREDITED.match(text)
    if found is None:
        return None
    first = _SPLIT.split(found.group("outlet"), maxsplit=1)[0].strip(" .")
    return _outlet_name(first) if first.lower() in _OUTLETS else None


#: An editor's initials: ``jb``, ``mkr``.
_INITIALS = re.compile(r"^[a-zäöü]{2,4}$")


def _sign_off(text: str) -> str | None:
    """``jb/dpa``, ``dpa/AFP/mkr``: the agencies and the editor's initials that German
    papers sign a story with; the first agency, or None."""
    parts = [p.strip() for p in text.split("/")]
    if len(parts) < 2 or len(parts) > 5:
        return None
    agencies = [p for p in parts if p.lower() in _OUTLETS]
    if not agencies or not all(p in agencies or _INITIALS.match(p) for p in parts):
        return None
    return _outlet_name(agencies[0])
