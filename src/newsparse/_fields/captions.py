"""Image captions and their photo credits, as dumps print them.

Each pattern is data: a name (shown by ``explain``) and a regex with the
groups ``text`` and ``credit``. A credit is kept as printed, less the
words that only say "this is a photo" (``Photo/``, ``Cover via``).
"""

from __future__ import annotations

import re

import attrs

__all__ = [
    "CAPTION_PATTERNS",
    "CaptionMatch",
    "CaptionPattern",
    "clean_credit",
    "credit_tail",
    "full_of_truncated",
    "is_credit_label",
    "is_gallery_position",
    "is_wire_caption_date",
    "match_caption",
    "wire_credit_alone",
]

_AGENCY = (
    r"(?:Xinhua|Reuters|AP|AFP|EPA|VCG|CFP|IC|Getty Images|Getty|CNS|China News Service|"
    r"Visual China|IC Photo|Imaginechina|Shutterstock|Alamy|Bloomberg|Kyodo|Yonhap|TASS|"
    r"Sputnik|Anadolu|dpa|EFE|ANSA|PA|PA Media|Pool|Handout|CGTN|China Daily|Agencies|"
    r"Courtesy of [^()/]{2,40}|File|Screenshot)"
)


# Photo wires and agencies of Europe and Oceania, read before a slash and a name after a
# caption's sentence ("... am Tatort. IMAGO/Jane Doe"), never alone in brackets, where
# "(AAP)" or "(PTI)" end a wire story's paragraphs.
_PHOTO_WIRES = (
    r"(?:IMAGO|imago images|picture alliance|picture-alliance|Keystone|KEYSTONE|ANP|Belga|BELGA|"
    r"PAP|NTB|TT|MTI|ČTK|LaPresse|Ansa|Scanpix|Ritzau Scanpix|Lehtikuva|TASS|ТАСС|AAP|PTI)"
)


# The words that say a photo is an illustration or from the files, as news pages print
# them where a credit stands (each also with its first letter in lower case).
_PHOTO_KINDS = (
    *("File photo", "Representational image", "Representative image", "Symbolbild"),
    *("Symbolfoto", "Archivbild", "Archivfoto", "Photo d'illustration", "Photo d’illustration"),
    *("Image d'illustration", "Image d’illustration", "Photo d'archives", "Photo d’archives"),
    *("Imagen de archivo", "Foto de archivo", "Imagen ilustrativa", "Foto ilustrativa"),
    *("Foto de arquivo", "Imagem de arquivo", "Imagem ilustrativa", "Foto ilustrativa"),
    *("Foto d'archivio", "Foto d’archivio", "Immagine d'archivio", "Foto di repertorio"),
    *("Archiefbeeld", "Archieffoto", "Illustratiebeeld", "Zdjęcie ilustracyjne"),
    *("Zdjęcie archiwalne", "Temsili fotoğraf", "Arşiv fotoğrafı", "Foto ilustrasi", "Foto arsip"),
    *("Ảnh minh họa", "Ảnh minh hoạ", "Ảnh tư liệu", "Фото иллюстративное"),
    *("Иллюстративное фото", "Архивное фото", "Фото ілюстративне", "Ілюстративне фото"),
    *("Архівне фото", "資料写真", "صورة أرشيفية", "صورة تعبيرية", "عکس تزئینی", "عکس آرشیوی"),
    *("प्रतीकात्मक तस्वीर", "सांकेतिक तस्वीर", "फाइल फोटो", "ภาพประกอบ", "ภาพจากแฟ้ม"),
)
_KINDS = "|".join(
    re.escape(k) for form in _PHOTO_KINDS for k in sorted({form, form[0].lower() + form[1:]})
)


# Words that number an image: "Figure 2:", "Image 3.", "Abb. 1", "Рис. 2", "图1".
_FIGURE_WORDS = (
    r"Figure|FIGURE|Fig\.|Image|IMAGE|Photo|Picture|Illustration|Abbildung|Abb\.|Bild|Grafik|"
    r"Imagen|Imagem|Immagine|Figura|Foto|Gráfico|Afbeelding|Kuva|Ilustración|Рисунок|Рис\.|"
    r"Фото|Изображение|图|圖|図"
)


@attrs.frozen(slots=True)
class CaptionPattern:
    """A named caption rule."""

    name: str
    regex: re.Pattern[str]
    #: A cheap test on the line's last 120 characters; the regex runs only if it matches.
    hint: re.Pattern[str] | None = None
    #: Strings of which one must occur in those characters for the hint to be tried
    #: (a substring test in C settles a line sooner than the hint's scan).
    needs: tuple[str, ...] = ()
    #: Whether the pattern's words are in another script than Latin: skipped at once
    #: for a line whose last characters are all ASCII (most lines of most dumps).
    non_ascii: bool = False


@attrs.frozen(slots=True)
class CaptionMatch:
    """A caption found on a line."""

    text: str | None
    credit: str | None
    rule: str


# The words that label a photo's credit, as printed: one list, read three ways (a cased
# label in the caption patterns, ``Photo: Reuters``; in lower case before a line's last
# colon; stripped from a credit's start). Singular only: "Images: ..." and "Fotos: ..."
# open headlines as often as credits.
_CREDIT_LABELS = (
    *("Photo credit", "Photo credits", "Image credit", "Image credits", "Image source"),
    *("Photo source", "Photographer", "Photographe", "Fotografo", "Fotógrafo", "Fotograf"),
    *("Photograph", "Photo", "Image", "Picture", "Credit", "Foto", "Bildrechte", "Bildquelle"),
    *("Bild", "Imagen", "Imagem", "Crédito", "Credito", "Crédit photo", "Crédit photos"),
    *("Crédits photo", "Crédits photos", "Crédit", "Beeld", "Fotografía", "Fotografia", "Fotó"),
    *("Zdjęcie", "Kuva", "Фото"),
    # Vietnamese, Turkish, Hindi, Hebrew, Persian, Arabic ("photography"), Greek, Japanese,
    # Chinese, Korean
    *("Ảnh", "Fotoğraf", "फोटो", "तस्वीर", "تصوير", "צילום", "عکس", "Φωτογραφία", "写真提供"),
    *("写真", "撮影", "照片", "图片来源", "图片", "圖片", "图", "圖", "摄影", "攝影", "사진"),
    # Greek, Bulgarian, Bengali, Hindi ("photo courtesy"), Malay and Indonesian, Swahili,
    # Thai, Tagalog, Icelandic, Urdu, Arabic ("lens", "the photo"), Tamil, Georgian, Kazakh
    *("ΦΩΤΟΓΡΑΦΙΑ", "ΦΩΤΟ", "Снимка", "СНИМКА", "ছবি", "फोटो साभार", "Gambar", "Picha", "ภาพ"),
    *("Larawan", "Mynd", "تصویر", "عدسة", "الصورة", "படம்", "ფოტო", "Сурет"),
    # Arabic "photo", Ukrainian "photograph"
    *("صورة", "Світлина"),
    # Print style in capitals: PHOTO: REUTERS, FOTO: EFE
    *("PHOTO", "IMAGE", "PICTURE", "CREDIT", "FOTO", "BILD", "ФОТО", "KUVA", "PICHA", "GAMBAR"),
)


def _label_regex(labels: tuple[str, ...]) -> str:
    """The labels as an alternation, each also with its later words capitalised (``Photo
    Credit``), longest first so that no label stops at another's start."""
    forms = set(labels)
    for label in labels:
        first, *rest = label.split(" ")
        forms.add(" ".join([first, *(word[:1].upper() + word[1:] for word in rest)]))
    return "|".join(re.escape(form) for form in sorted(forms, key=lambda f: (-len(f), f)))


_LABELS = _label_regex(_CREDIT_LABELS)


_LABEL_ALONE = re.compile(rf"^(?:(?:{_LABELS})\s*[:：]|Credit(?:\.{{2,3}}|…))$")


def is_credit_label(line: str) -> bool:
    """``Credit:`` or ``Photo:`` alone on its line: the credit is on the next one."""
    return len(line) <= 20 and _LABEL_ALONE.match(line) is not None


# A credited person's or studio's name: capitalised words (and small ones), never a byline.
_NAME = (
    r"(?!(?:By|BY|Von|VON|Par|PAR|Por|POR|Di|Door|Av)\s)"
    r"(?:(?:[A-Z][\w.'’-]{0,30}|and|of|de|da|van|von)\s){1,4}?[A-Z][\w.'’-]{0,30}"
)


def _p(name: str, pattern: str, hint: str | None = None, *needs: str) -> CaptionPattern:
    return CaptionPattern(name, re.compile(pattern), re.compile(hint) if hint else None, needs)


def _east_asian(name: str, pattern: str, hint: str, *needs: str) -> CaptionPattern:
    """A pattern whose words are Chinese, Japanese or Korean (see ``non_ascii``)."""
    return CaptionPattern(name, re.compile(pattern), re.compile(hint), needs, non_ascii=True)


CAPTION_PATTERNS: tuple[CaptionPattern, ...] = (
    # China Daily: ... [Photo/Xinhua], [Photo provided to China Daily], [Photo by X/China Daily]
    _p(
        "caption.bracket-credit",
        r"^(?P<text>.*?)\s*\[(?P<credit>(?i:photos?|images?|videos?|graphics?|screenshot|file photo|"
        r"provided|courtesy|illustration)\b[^\[\]]{0,80})\]$",
        r"\]$",
    ),
    # East Asian credits after their label: （写真：共同通信）, [사진=연합뉴스] in brackets;
    # 图/新华社, /사진=뉴스1, 사진 제공=OO after the caption's sentence, a space or a slash.
    _east_asian(
        "caption.cjk-label",
        r"^(?P<text>.*?)\s*(?:[（(\[]\s*(?:写真|撮影|照片|图片(?:来源)?|圖片(?:來源)?|图|圖|摄影|攝影|"
        r"사진(?:\s?제공)?)"
        r"\s*[:：=/／]\s*(?P<credit>[^（）()\[\]]{1,40}?)\s*[)）\]]"
        r"|(?:(?<=[。！？.!?”])|(?<![^\s/]))/?(?:사진(?:\s?제공)?\s?=|(?:图|圖|图片|圖片)\s?[/／])"
        r"\s?(?P<credit2>[^=/／（）()\[\]:：]{1,40}))$",
        r"(?:写真|撮影|照片|图|圖|摄影|攝影|사진)",
        "写真",
        "撮影",
        "照片",
        "图",
        "圖",
        "摄影",
        "攝影",
        "사진",
    ),
    # A Chinese photographer's credit: 新华社记者 李鑫 摄, （记者 王强 摄）, 王强/摄: a
    # reporter, or a space or a slash before 摄 ("拍摄" is to film, no credit).
    _east_asian(
        "caption.cjk-shot-by",
        r"^(?P<text>.*?[。！？.!?”])?\s*(?:[^\s。！？（）()]{1,10}[发發])?[（(]?(?:(?P<credit>[^\s。！？（）()]{0,20}[记記]者\s?"
        r"[^\s。！？（）()/／]{1,12})\s?|(?P<credit2>[^\s。！？（）()/／]{1,16}"
        r"(?:\s[^\s。！？（）()/／]{1,16}){0,3})(?:\s?[/／]\s?|\s))(?<!拍)[摄攝]影?[)）]?$",
        r"[摄攝]影?[)）]?$",
        "摄",
        "攝",
    ),
    # A photo an agency sent out, after the caption's sentence: 新华社发, （中新社发）.
    _east_asian(
        "caption.cjk-shot-by",
        r"^(?P<text>.*?[。！？”])\s*[（(]?(?P<credit>[\u4e00-\u9fff]{1,6}社)[发發][)）]?$",
        r"社[发發][)）]?$",
        "社发",
        "社發",
    ),
    # A photo handed out (（受访者供图）, 视觉中国供图) or from the files (（资料图）): Chinese.
    _east_asian(
        "caption.cjk-shot-by",
        r"^(?P<text>.*?[。！？.!?”])?\s*[（(](?:(?P<credit>[^\s。！？（）()/／]{1,20}?)\s?[/／]?\s?"
        r"(?<!提)供图|(?P<credit2>资料图片?))[)）]$",
        r"(?:供图|资料图片?)[)）]$",
        "供图",
        "资料图",
    ),
    # ... unbracketed only after the caption's sentence ("我们提供图" is a sentence).
    _east_asian(
        "caption.cjk-shot-by",
        r"^(?P<text>.*?[。！？.!?”])\s*(?P<credit>[^\s。！？（）()/／]{1,20}?)\s?[/／]?\s?(?<!提)供图$",
        r"供图$",
        "供图",
    ),
    # Korean wire credits in brackets at a caption's end: [AP=연합뉴스], [연합뉴스 자료사진],
    # [게티이미지뱅크] (a story's dateline, "(서울=연합뉴스) ...", opens its first paragraph).
    _east_asian(
        "caption.cjk-label",
        r"^(?P<text>.*?)\s*\[(?P<credit>[^\[\]=]{1,20}=\s?(?:연합뉴스|뉴스1|뉴시스)(?:\s자료사진)?"
        r"|[^\[\]]{0,20}자료사진|게티이미지(?:뱅크)?)\]$"
        # A photo handed out: [시청 제공], [시청 제공. 재판매 및 DB 금지]
        r"|^(?P<text2>.*?[.다])\s*\[(?P<credit2>[^\[\]=.]{1,20}?)\s?제공(?:\.\s?재판매 및 DB 금지)?\]$",
        r"(?:연합뉴스|뉴스1|뉴시스|자료사진|게티이미지|뱅크|제공|금지)\]$",
        "연합뉴스",
        "뉴스1",
        "뉴시스",
        "자료사진",
        "게티이미지",
        "제공",
    ),
    # Japanese: the place and time after "＝", then the photographer (山田太郎撮影) or the
    # wire (＝共同, ＝ロイター); a story's wire in brackets, （共同）, ends paragraphs too.
    _east_asian(
        "caption.cjk-label",
        r"^(?P<text>[^＝]+＝.*?)、(?P<credit>[^、＝。\s]{1,12}?)(?:撮影|提供)$"
        r"|^(?P<text2>[^＝]+?)＝(?P<credit2>共同|時事|ロイター|AP|AFP|EPA|ゲッティ(?:＝共同)?)$",
        r"(?:撮影|提供|共同|時事|ロイター|AP|AFP|EPA|ゲッティ)$",
        "＝",
    ),
    # Korean: the wire or the paper after a slash at the caption's end, the day before it
    # or not: "... 발언하고 있다. 2024.3.12/뉴스1", "... 있다. /연합뉴스".
    _east_asian(
        "caption.cjk-label",
        r"^(?P<text>.*?[.다])\s*(?:\d{4}\.\d{1,2}\.\d{1,2}\.?\s?)?/\s?(?P<credit>"
        r"(?:[가-힣]{2,4}\s?기자\s?=?\s?)?(?:연합뉴스|뉴스1|뉴시스|[가-힣]{2,6}(?:일보|신문)(?:\sDB)?))$",
        r"/\s?[^/]{1,20}$",
        "연합뉴스",
        "뉴스1",
        "뉴시스",
        "일보",
        "신문",
    ),
    # Arabic: a wire in brackets after the caption, "... بالقاهرة (رويترز)" (a story's
    # dateline holds its wire at its start: "القاهرة (رويترز) - ...").
    _east_asian(
        "caption.paren-agency",
        r"^(?P<text>.+?)\s*\((?P<credit>رويترز|الفرنسية|أ\.? ?ف\.? ?ب|الأناضول|الأوروبية|"
        r"أسوشيتد برس|غيتي|غيتي إيميجز|الجزيرة|وكالات|شترستوك|الصحافة الفرنسية|إي ?بي ?أي)\)$",
        r"\)$",
    ),
    # CGTN: ... October 30, 2025. /Xinhua, /Reuters Photo, /VCG Photo, /CFP
    _p(
        "caption.slash-credit",
        r"^(?P<text>.*?\S)?\s+/\s?(?P<credit>[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|via|from|of|by|and|for)){0,5})$",
        r"(?:^|\s)/\s?[A-Z][^/]{0,60}$",
    ),
    # cover credit alone: (Cover via VCG), (Cover image via Xinhua), (Photo: Xinhua)
    _p(
        "caption.paren-credit",
        r"^(?P<text>.*?)\s*\((?P<credit>(?i:cover|cover image|cover photo|photo|photos|image|"
        r"picture|file photo|photograph|foto|bild)\b(?:\s*(?:via|by|credit)\b|\s*[:：/])[^()]{1,80})\)$",
        r"\)$",
    ),
    # Italian and Spanish print style, no colon: (foto LaPresse), (Foto di Mario Rossi)
    _p(
        "caption.paren-credit",
        r"^(?P<text>.*?\S)\s*\((?:foto|Foto|FOTO)(?: (?:di|de))? (?P<credit>[A-Z][^()]{1,60})\)$",
        r"(?:foto|Foto|FOTO)(?: (?:di|de))? [A-Z][^()]{1,60}\)$",
        "oto ",
        "OTO ",
    ),
    # (Xinhua/Li Xin), (AP Photo/Jane Doe), (Reuters)
    _p(
        "caption.paren-agency",
        rf"^(?P<text>.+?)\s*\((?P<credit>{_AGENCY}(?: Photo)?(?:\s*/\s*[^()/]{{2,40}})?)\)$",
        r"\)$",
    ),
    # Any label's credit in brackets: (Credit: Jane Doe), (Ảnh: Reuters), (Imagen: EFE)
    # (the brackets are no part of the caption's text nor of its credit).
    _p(
        "caption.paren-credit",
        rf"^(?P<text>.*?)\s*[(（\[]\s*(?P<credit>(?:{_LABELS})\s*[:：]\s*[^()（）\[\]:：]{{1,80}}?)\s*[)）\]]$",
        r"[:：][^()（）\[\]:：]{1,80}[)）\]]$",
        ":",
        "：",
    ),
    # ... Photo: Reuters, Photograph: Jane Doe/Getty Images, Credit: AP, Bildrechte: dpa,
    # Photo : AFP (French spacing), Crédito: EFE, Фото: ТАСС
    _p(
        "caption.label-credit",
        rf"^(?P<text>.*?)\s*(?<![\w])(?P<credit>(?:{_LABELS})\s*[:：]\s*[^:：]{{2,80}}"
        # "Photographer: Jane Doe | Source: Unsplash": the picture library after a bar
        r"(?:\s\|\s(?:Source|Quelle|Fuente|Fonte)\s?:\s?[^:：|]{2,40})?)$",
        rf"(?:{_LABELS})\s*[:：][^:：]{{2,80}}$|\|\s(?:Source|Quelle|Fuente|Fonte)\s?:",
        ":",  # the hint's colons: its alternation of labels is slow to scan for
        "：",
    ),
    # The credit glued to the caption by the copy: "... a large rodentCredit: The Siberian
    # Times" (a word in lower case, then the label and a capital).
    _p(
        "caption.label-credit",
        r"^(?P<text>.*?[a-z])(?P<credit>Credit\s?[:：]\s?[A-Z][^:：]{1,80})$",
        r"[a-z]Credit\s?[:：]",
    ),
    # The New York Times' style, an ellipsis after the label, glued to the caption's
    # sentence or not: "... in the rain.Credit...Jane Doe for The New York Times"
    _p(
        "caption.label-credit",
        r"^(?:(?P<text>.*?[\w.!?”\")])\s*)?(?P<credit>Credit(?:\.{2,3}|…)\s?[A-Z][^…]{1,80})$",
        r"Credit(?:\.{2,3}|…)\s?[A-Z]",
        "Credit",
    ),
    # "... mood board. Photo credits - upper left Studio, bottom Name": a dash after the
    # credit label (its two words say what it is; "Photo - ..." is as often a heading).
    _p(
        "caption.label-credit",
        r"^(?P<text>.*?[.!?”\"])?\s*(?P<credit>(?:Photo|Image|Picture|Photograph) [Cc]redits?\s[-–—]\s"
        r"[^\s\-–—].{1,100})$",
        r"(?:Photo|Image|Picture|Photograph) [Cc]redits?\s[-–—]\s",
        "redit",
    ),
    # Polish and Lithuanian print style, the label abbreviated: "... w Warszawie. Fot.
    # PAP/Jan Kowalski", "... Vilniuje. Nuotr. Jono Petraičio"
    _p(
        "caption.label-credit",
        r"^(?P<text>.*?)\s*(?<![\w])(?P<credit>(?:[Ff]ot\.|Nuotr\.(?=\s?[A-ZĄČĘĖĮŠŲŪŽ]))\s?[^\W\d_][^:：]{1,80})$",
        r"(?<![\w])(?:[Ff]ot|Nuotr)\.\s?[^\W\d_]",
        "Fot.",
        "fot.",
        "Nuotr.",
    ),
    # What kind of photo it is, after the caption's sentence or in brackets, where a credit
    # stands: "... in der Innenstadt. Symbolbild", "... (Foto de archivo)", "Ảnh minh họa".
    _p(
        "caption.photo-kind",
        rf"^(?P<text>.+?[.!?。”\"»।])\s*(?P<credit>{_KINDS})\.?$"
        rf"|^(?P<text2>.+?)\s*[(（\[](?P<credit2>{_KINDS})[)）\]]$",
        rf"(?:{_KINDS})[.)）\]]?$",
    ),
    # "... dans la rue. PHOTO AFP", "Foto ANP": the word and a wire, no colon between
    _p(
        "caption.label-credit",
        r"^(?P<text>.*?[.!?”\"»])\s+(?P<credit>(?:Photo|PHOTO|Foto|FOTO|Beeld)\s(?:AFP|AP|EPA|Reuters|"
        r"REUTERS|ANP|ANSA|Ansa|LaPresse|EFE|dpa|DPA|Belga|BELGA|Keystone|KEYSTONE|PAP)(?:\s?/\s?[^\W\d_][^/]{1,40})?)$",
        r"(?:Photo|PHOTO|Foto|FOTO|Beeld)\s[A-Z]",
        "Photo ",
        "PHOTO ",
        "Foto ",
        "FOTO ",
        "Beeld ",
    ),
    # ... © Jane Doe/Reuters after the caption; alone only as Name/Agency (a footer's
    # "© 2025 Site" has a year, and "All rights reserved" is no credit)
    _p(
        "caption.copyright-credit",
        r"^(?P<text>.*?[.!?”\"])\s*©\s?(?P<credit>(?![^©]*(?i:rights|reserved))[^\W\d_][^©]{1,60})$",
        r"©",
    ),
    # An artwork's caption: title, year, medium, then © the artist (and the lender), after
    # four words or more: "Lina Berg, Harbour at Dusk, 1937 © Lina Berg Archive". The
    # credit runs from the first sign ("© Studio, © Museum" names every owner), within the
    # 120 characters the hints read. Never a footer's second sentence ("© Site Ltd. By
    # using this site you agree"), nor a publisher's notice ("© Random House, Inc. 2023"):
    # a photo credit names no company.
    _p(
        "caption.copyright-credit",
        r"^(?P<text>[^\s©]+(?:\s+[^\s©]+){3,}?)\s*©\s?(?P<credit>(?!.*(?i:rights|reserved))"
        r"(?!.*\b(?:Inc|Ltd|LLC|GmbH|Corp|Co|Publishers|Publishing)\b)"
        r"(?!.*[.!?]\s+(?!Courtesy)[A-Z][a-z]*\s+[a-z]+\s+[a-z])[^\W\d_].{1,110})$",
        r"©",
    ),
    _p(
        "caption.copyright-credit",
        r"^(?P<text>)©\s?(?P<credit>(?![^©]*(?i:rights|reserved))[^\W\d_][^©/]{1,40}/[^©/]{2,40})$",
        r"^©",
    ),
    # ... | Photo by Jane Doe, Photograph by Jane Doe., Image via Outlet, Photo by X on Unsplash:
    # after a finished sentence or a bar, or alone
    _p(
        "caption.photo-by",
        r"^(?:(?P<text>.*?[.!?”\"])\s*\|?\s*|(?P<text2>[^|]*?)\s*\|\s*)?(?P<credit>"
        r"(?:Photo|Photograph|Image|Picture|Foto)s?(?: [Cc]redits?)? (?:by|via|courtesy(?: of)?) "
        r"[A-Z@][^!?|]{1,80})$",
        r"(?:Photo|Photograph|Image|Picture|Foto)s?(?: [Cc]redits?)? (?:by|via|courtesy)",
    ),
    # ... Jane Doe, Associated Press; Jane Doe | Getty Images: a name, then the agency
    _p(
        "caption.name-agency",
        r"^(?:(?P<text>.*?[.!?”\"])\s*(?P<credit>"
        + _NAME
        + r"\s?[,|]\s?(?:(?:The )?Associated Press|ASSOCIATED PRESS|Getty Images|Reuters|REUTERS|"
        r"AFP|AP|EPA|Shutterstock|Unsplash|Xinhua))"
        # Alone, "Jane Doe, Reuters" is as often a byline: only with a photo agency.
        r"|(?P<text2>)(?P<credit2>"
        + _NAME
        # "Jane Doe | Bloomberg | Getty Images": the outlet that hired the photographer
        + r"(?:\s?[,|]\s?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})?\s?[,|]\s?(?:Getty Images|Shutterstock|Unsplash|Alamy)"
        # A print credit: the name as written, the wire in capitals ("Jane Doe, ASSOCIATED
        # PRESS"); a wire's byline is written one way ("JANE DOE, ASSOCIATED PRESS").
        r"|(?=[^,|]*[a-z])" + _NAME + r"\s?[,|]\s?(?:ASSOCIATED PRESS|REUTERS)))$",
        r"(?:Press|PRESS|Images|Reuters|REUTERS|AFP|AP|EPA|Shutterstock|Unsplash|Xinhua)$",
    ),
    # ... after a finished sentence, the photographer, the outlet and the agency that
    # handed it out: "... should try it. Jane Doe, The New York Times/Redux"
    _p(
        "caption.name-agency",
        r"^(?:(?P<text>.*?[.!?”\"])\s+)?(?P<credit>" + _NAME + r",\s(?:The\s)?[A-Z][\w.'’&-]*"
        r"(?:\s[A-Z][\w.'’&-]*){0,4}\s?/\s?[A-Z][\w.'’&-]*(?:\s[A-Z][\w.'’&-]*){0,2})$",
        r",[^,]{2,60}/\s?[A-Z][^/]{0,40}$",
        "/",
    ),
    # ... after a finished sentence, a photographer working for a paper: "Jane Doe for
    # The New York Times", "Jane Doe/The Boston Globe"; a slash only alone ("Jane Doe for
    # The Times" alone is as often a contributor's byline).
    _p(
        "caption.name-agency",
        r"^(?:(?P<text>.*?[.!?”\"])\s+(?P<credit>" + _NAME + r" for The [A-Z][\w.'’&-]*"
        r"(?: [A-Z][\w.'’&-]*){0,3})|(?:(?P<text2>.*?[.!?”\"])\s+)?(?P<credit2>"
        + _NAME
        + r"\s?/\s?The [A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}))$",
        r"(?: for |/ ?)The [A-Z][^/]{0,40}$",
        " for The ",
        "/",
    ),
    # An agency's photo service in capitals, then the photographer and an editor's initials:
    # "... (ANTARA FOTO/Jane Doe/foc.)", or unbracketed after the caption's sentence.
    _p(
        "caption.paren-agency",
        r"^(?:(?P<text>.+?)\s*\((?P<credit>[A-Z]{2,}(?: [A-Z]{2,})? (?:FOTO|PHOTO)\s?/\s?[^\W\d_][^()]{1,60})\)"
        r"|(?P<text2>.+?[.!?”\"])\s+(?P<credit2>[A-Z]{2,}(?: [A-Z]{2,})? (?:FOTO|PHOTO)\s?/\s?[^\W\d_]"
        r"[^()/]{1,40}(?:/[^\W\d_][^()/]{0,40}){0,2}))$",
        r"(?:FOTO|PHOTO)\s?/[^()]{2,61}\)?$",
        "FOTO",
        "PHOTO",
    ),
    # ... after a finished sentence: (NASA/JPL-Caltech/ASU), (Reuters/Jane Doe)
    _p(
        "caption.paren-slash",
        r"^(?P<text>.*?[.!?”\"])\s*\((?P<credit>[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*)?"
        r"(?:\s?/\s?[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,2}){1,3}"
        # a local paper's photo handed out by a wire: (Jane Doe/The Union via AP)
        r"(?: via (?:AP|AFP|Reuters|REUTERS|EPA|Getty Images))?)\)$",
        r"/[^()]{1,60}\)$",
    ),
    # ... Edition of 25. Courtesy the artist., Image courtesy of the museum: after a sentence
    _p(
        "caption.courtesy",
        r"^(?P<text>.*?[.!?”\"])\s*(?P<credit>(?:(?:Image|Photo|Photograph) )?[Cc]ourtesy(?: of)? "
        r"(?:the \w|[A-Z])[^.!?\s]*(?: [^.!?\s]+){0,7})\.?$",
        r"[Cc]ourtesy",
    ),
    # A credit alone: "Courtesy of the artist", "Courtesy of Jane Doe", "Courtesy: Studio"
    # ("Courtesy Pay" without "of" is as often a product's name). Past two words, a name
    # in capitals: "Courtesy of everyone here is needed" is a sentence.
    _p(
        "caption.courtesy",
        r"^(?P<credit>(?:(?:Image|Photo|Photograph|Picture)s? )?[Cc]ourtesy(?: of|\s?:)\s?"
        r"(?:[^\s.!?:]+(?: [^\s.!?:]+)?|(?=[^.!?:]*\b[A-ZÀ-ÞА-Я])[^\s.!?:][^.!?:]{1,60}))\.?$",
        r"^(?:(?:Image|Photo|Photograph|Picture)s? )?[Cc]ourtesy",
    ),
    # Jane Doe Submitted photo, File photo: a credit by the kind of photo
    _p(
        "caption.photo-kind",
        r"^(?P<text>.*?)\s*(?P<credit>(?:Submitted|Contributed|Courtesy|File|Handout) photo)$",
        r"(?i)photo$",
    ),
    # A screenshot stands for the image itself: "Twitter Screenshot", "Screenshot from a video"
    _p(
        "caption.screenshot",
        r"^(?P<text>(?i:(?:[\w.]+ )?screen ?shots?(?: (?:from|of|via|taken from) [^.]{2,60})?))$",
        r"(?i)shots?\b",
    ),
    # ... REUTERS/Ann Wang, AP Photo/Jane Doe, AFP via Getty Images
    _p(
        "caption.agency-first",
        rf"^(?P<text>.*?[.!?”\"])\s+(?P<credit>(?:(?i:{_AGENCY})|{_PHOTO_WIRES})(?: Photo)?\s?/\s?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}}|[A-Z]{{2,}} via Getty Images)$",
        r"(?:/ ?[A-Z][^/]{0,40}|Getty Images)$",
    ),
    # ... the same alone on its line, under its caption: REUTERS/Ann Wang, (AP Photo/Jane
    # Doe), EFE/Juan Pérez (a wire first, a name after the slash: no byline's order)
    _p(
        "caption.agency-first",
        r"^(?P<text>)(?P<open>\()?(?P<credit>(?:AP|AFP|Reuters|REUTERS|EPA|EFE|Xinhua|XINHUA|"
        r"Getty Images|ANSA|dpa|Kyodo|Yonhap|Anadolu|Bloomberg|PA)(?: Photo)?\s?/\s?"
        # a person's name, or the wire's word for an unnamed one ("Reuters/Ipsos" is a poll)
        r"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,3}|Stringer|STRINGER|Staff|Handout|Pool|File))"
        r"(?(open)\))$",
        r"^\(?[A-Za-z][^/]{0,40}/ ?[A-Z][^/]{0,40}$",
        "/",
    ),
    # ... Jane Doe/Getty Images, alone or after the caption; print credits are in
    # capitals: ... Dali, Yunnan province. LI HUA/XINHUA, WANG JING/FOR CHINA DAILY
    _p(
        "caption.agency-end",
        rf"^(?P<text>.*?[.!?”\"])?\s*(?P<credit>(?:(?:[A-Z][\w.'’-]{{1,30}} ){{0,3}}[A-Z][\w.'’-]{{1,30}} ?/ ?){{1,3}}"
        rf"(?i:(?:for |provided to )?{_AGENCY})|{_AGENCY} Images?|Getty Images)$",
        r"(?:/ ?[A-Z][^/]{0,40}|Images?)$",
    ),
    # ... Jane Doe/Studio via Getty Images, Sex Offender Registry via AP: a source handed
    # out through an agency, after the caption or alone (capitalised words only)
    _p(
        "caption.via-agency",
        r"^(?:(?P<text>.*?[.!?”\"])\s+)?(?P<credit>(?:[A-Z][\w.'’&-]*(?:\s?/\s?| )|(?:of|the|and|for) )"
        r"{1,8}via (?:Getty Images|AP|AFP|Reuters|REUTERS|EPA|Shutterstock))$",
        r" via (?:Getty Images|AP|AFP|Reuters|REUTERS|EPA|Shutterstock)$",
    ),
    # After the caption's sentence (a word's full stop, not a numbered item's), or a bar,
    # the photographer's name and the outlet: "... on Tuesday. Jane Doe/CNN",
    # "... | Jane Doe/POLITICO" (the line's last sentence is a name, no clause).
    _p(
        "caption.name-slash",
        r"^(?:(?P<text>.*?[^\W\d_][.!?”\"])\s+|(?P<text2>.*?\S)\s\|\s)(?P<credit>[A-Z][\w.'’-]+"
        r"(?: [A-Z][\w.'’-]+){1,3}\s?/\s?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3})$",
        r"[A-Z][\w.'’-]+ [A-Z][^/]{0,60}/\s?[A-Z][^/]{0,40}$",
        "/",
    ),
    # Australian style, the outlet then the photographer in brackets: "(ABC News: Jane
    # Doe)", "(Reuters: Jane Doe)", and a photo handed out: "(Supplied)" (after a sentence).
    _p(
        "caption.paren-credit",
        r"^(?P<text>.*?[.!?”\"])\s*\((?P<credit>(?:[A-Z][\w&'’-]* )*(?:News|Reuters|AP|AFP|AAP|"
        r"Getty Images|Supplied)(?: [A-Z][\w&'’-]*)?: [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}"
        r"|Supplied|Handout)\)$",
        r"(?:Supplied|Handout|: [A-Z][^:()]{0,60})\)$",
    ),
    # Indian style: "(PTI Photo)", "ANI Photo", "Express Photo by Jane Doe" after a sentence.
    _p(
        "caption.photo-by",
        r"^(?P<text>.*?[.!?”\"])\s*(?:\((?P<credit>[A-Z]{2,6}) Photo\)|(?P<credit2>[A-Z]{2,6}) Photo"
        r"|(?P<credit3>[A-Z][\w]+ Photo by [A-Z][^.!?()]{1,60}))$",
        r"Photo(?:\)| by [A-Z][^.!?()]{1,60})?$",
        "Photo",
    ),
    # A wire's or a library's name alone after the caption's sentence: "... Tuesday. REUTERS"
    _p(
        "caption.agency-end",
        r"^(?P<text>.*?[.!?”\"])\s+(?P<credit>REUTERS|AFP|EPA|EPA-EFE|Getty|GETTY IMAGES|"
        r"Shutterstock|Alamy)$",
        r"(?:REUTERS|AFP|EPA|EFE|Getty|IMAGES|Shutterstock|Alamy)$",
    ),
    # A figure's number at the caption's start, in any of several languages: "Figure 2: ...",
    # "Image 3. ...", "Abb. 1: ...", "Рис. 2. ...", "图1：..." (no credit: the label says it).
    _p(
        "caption.figure-label",
        rf"^(?P<text>(?:{_FIGURE_WORDS})\s?\d{{1,3}}[a-z]?\s?[:：.|–—-]\s*\w.{{2,600}})$",
        rf"^(?:{_FIGURE_WORDS})\s?\d",
    ),
)

# What only says "this is a photo" at a credit's start: the labels in any case (Latin
# ones also plural), and the words a credit line adds (``Cover photo via``, ``Video by``).
_PHOTO_WORDS = re.compile(
    r"(?i)^(?:(?:cover|file|main)\s+)?(?:(?:"
    + "|".join(
        re.escape(word) + ("s?" if word.isascii() and word[-1] != "s" else "")
        for word in sorted(
            {label.lower() for label in _CREDIT_LABELS} | {"fotografa", "video", "graphic"},
            key=lambda w: (-len(w), w),
        )
    )
    + r")(?!\w)|fot\.|nuotr\.)?\s*(?:via|by|credits?|source|courtesy of)?\s*"
    r"(?:[:：/]|\.{2,3}|…|(?<=\s)[-–—](?=\s))?\s*"
)


def clean_credit(credit: str) -> str | None:
    """A credit as printed, less the words that only say "this is a photo" (``Photo:``,
    ``Image credit: ©``, ``Cover via``); None when nothing is left."""
    credit = credit.strip()
    lowered = credit.lower()
    if lowered.startswith(("photo provided", "provided", "courtesy")):
        return credit[0].upper() + credit[1:]
    # "Image credit: © Name": neither the label nor the sign is part of the credit.
    stripped = _PHOTO_WORDS.sub("", credit, count=1).strip().lstrip("©").lstrip()
    if stripped:
        credit = stripped
    credit = re.sub(r"\s+Photos?$", "", credit).strip(" ")
    if credit.endswith(".") and not _ABBREVIATION_END.search(credit):
        credit = credit.rstrip(" .")
    return credit or None


# A credit ending in an abbreviation or an initial keeps its period (``Apple, Inc.``).
_ABBREVIATION_END = re.compile(
    r"(?:^|[\s,.])(?:Inc|Ltd|Co|Corp|Bros|Jr|Sr|Assn|Dept|Univ|Intl|[A-Z])\.$"
)


# A caption labelled as one at the start of its line, as the BBC's pages print them in
# many languages ("Image caption, ...", "Media captionWho is ...", "Pie de foto, ...").
_CAPTION_LABEL = re.compile(
    r"^(?:Image|Media|Video) caption|^Pie de foto|^Legenda da foto|^Подпись к фото"
)
_CAPTION_LABEL_FIRST = frozenset("IMVPLП")
# After the label: a comma, a colon or a space, or (glued by the copy) a capital letter.
_CAPTION_LABEL_REST = re.compile(r"(?:[,:]?\s+|[,:]|(?=[A-ZА-Я]))(?P<text>\S.{1,1000})$")
# Its credit, on a line of its own above the image: "Image source, Getty Images".
_SOURCE_LABEL = re.compile(
    r"^(?:(?:Image source|Fuente de la imagen|Crédito|Автор фото),\s*|Image copyright,?\s+)"
    r"(?P<credit>\S[^.!?]{1,79})\.?$"
)


_SOURCE_LABEL_FIRST = frozenset("IFCА")  # the first letters of _SOURCE_LABEL's labels

# Words that open a line by saying where the photo is or what it shows, in several
# languages: "Above: ...", "Im Bild: ...", "На фото: ...", "图为...". (Not "Pictured:",
# which product pages print over an item's name, nor "Video:", which opens teasers and
# headlines, nor "Below:", which opens lists.)
_LEAD_LABEL = re.compile(
    r"(?:(?:Above|Left|Right|Pictured (?:above|left|right|at top)|Top photo|Main (?:photo|image)|"
    r"Featured image|Header image|Lead image|In the (?:photo|picture|image)|"
    r"Oben|Im Bild|Auf dem (?:Bild|Foto)|Ci-dessus|Sur (?:la photo|l['’]image)|En haut|Arriba|"
    r"En la (?:imagen|foto|fotografía)|Nella foto|In foto|Nell['’]immagine|Sopra|"
    r"Na (?:foto|imagem|zdjęciu|fotografii|snímku|fotke)|Acima|Op de foto|Boven|"
    r"На (?:фото|снимке|фотографии)|Вверху|Powyżej|På (?:bilden|bildet|billedet)|Kuvassa|"
    r"Fotoğrafta|A (?:képen|fotón)|În (?:imagine|fotografie)|Dalam foto|Trong ảnh)\s?[:：]\s*"
    r"(?=\S+(?:\s+\S+){2})"  # three words or more after the label
    r"|(?:图为|圖為|上图[:：]|下图[:：]|写真は)(?=\S{4}))"
)
_LEAD_LABEL_FIRST = frozenset("ALRPTMFHIÎOCSENBKDНВ图圖上下写")
# The East Asian lead labels, which need no colon.
_LEAD_LABEL_CJK = ("图为", "圖為", "上图", "下图", "写真は")


def _may_open_with_label(line: str) -> bool:
    """A cheap test for :data:`_LEAD_LABEL`: its first letter, and a colon within the
    length of its longest label (every line is tested)."""
    if line[0] not in _LEAD_LABEL_FIRST:
        return False
    head = line[:24]
    return ":" in head or "：" in head or line.startswith(_LEAD_LABEL_CJK)


def match_caption(
    line: str, patterns: tuple[CaptionPattern, ...] = CAPTION_PATTERNS
) -> CaptionMatch | None:
    """The caption on ``line``, or None when the line carries no photo credit (and no
    label that says it is a caption)."""
    if len(line) > 1200 or not line:
        return None
    label = _CAPTION_LABEL.match(line) if line[0] in _CAPTION_LABEL_FIRST else None
    if label is not None:
        rest = _CAPTION_LABEL_REST.match(line, label.end())
        if rest is None:
            return None
        text = rest.group("text").strip()
        found = _match_credit(text, patterns)
        if found is not None and found.text is not None:
            return found
        return CaptionMatch(text, None, "caption.caption-label")
    source = _SOURCE_LABEL.match(line) if line[0] in _SOURCE_LABEL_FIRST else None
    # A credit is a name: "Crédito, el banco subió ..." opens a sentence.
    if source is not None and source.group("credit")[0].isupper():
        return CaptionMatch(None, source.group("credit").strip(), "caption.source-label")
    if line[0].isdigit():
        counter = _GLUED_COUNTER.match(line)
        if counter is not None:
            slide = line[counter.end() :]
            found = _match_credit(slide, patterns)
            if found is not None and found.text is not None:
                return found
            return CaptionMatch(slide, None, "caption.gallery-slide")
    found = _match_credit(line, patterns)
    if found is not None and found.text is not None and _CREDIT_ONLY_TEXT.match(found.text):
        # "Photo illustration by Slate. Photo by Jane Doe": credits only, no caption's text
        # (that is the line above, as under any credit alone).
        return CaptionMatch(None, found.credit, found.rule)
    lead = _LEAD_LABEL.match(line) if _may_open_with_label(line) else None
    # "Im Bild: ..." is no credit labelled "Bild:": a credit ends the text after the label.
    if lead is not None and (found is None or found.text is None or len(found.text) <= lead.end()):
        return CaptionMatch(line, None, "caption.lead-label")
    return found


# A slide's counter glued to its caption by the copy: "1of4Grass Valley's ..." (prose
# spaces its numbers; the capital after the count opens the caption).
_GLUED_COUNTER = re.compile(r"\d{1,3}of\d{1,3}(?=[^\W\d_])")
# A caption's "text" that is a credit itself: "Photo illustration by Slate."
_CREDIT_ONLY_TEXT = re.compile(
    r"(?:Photo illustration|Illustration|Photo|Photograph|Image|Graphic|Picture)s? "
    r"(?:by|via) [A-Z][^.!?]{1,60}\.?$"
)


def _match_credit(line: str, patterns: tuple[CaptionPattern, ...]) -> CaptionMatch | None:
    end = line[-120:]
    if (
        patterns is CAPTION_PATTERNS
        and not _may_carry_credit(end)
        and not (line[0] in _FIGURE_FIRST and _FIGURE_START.match(line))
        and not line.startswith(("Courtesy", "courtesy"))
    ):
        return None
    plain = end.isascii()
    for pattern in patterns:
        if pattern.non_ascii and plain:
            continue
        if pattern.needs and not any(n in end for n in pattern.needs):
            continue
        if pattern.hint is not None and not pattern.hint.search(end):
            continue
        m = pattern.regex.match(line)
        if not m:
            continue
        groups = m.groupdict()
        raw_credit = groups.get("credit") or groups.get("credit2") or groups.get("credit3")
        credit = clean_credit(raw_credit) if raw_credit else None
        if pattern.name == "caption.photo-kind":
            credit = raw_credit  # "Foto de archivo" whole: its first word is no label here
        # "... centro da cidade — Foto: Name/Agency": the dash that set the credit apart.
        text = _DASH_END.sub("", groups.get("text") or groups.get("text2") or "").strip() or None
        if credit is None and text is None:
            continue
        if pattern.name == "caption.slash-credit" and text is not None and not _ends_sentence(text):
            # "and/or", "km/h", "TCP/IP": a slash credit follows a finished sentence.
            continue
        return CaptionMatch(text, credit, pattern.name)
    return None


_DASH_END = re.compile(r"\s[—–|]$")
_FIGURE_START = re.compile(rf"(?:{_FIGURE_WORDS})\s?\d")
_FIGURE_FIRST = frozenset(w[0] for w in _FIGURE_WORDS.split("|"))


def _may_carry_credit(end: str) -> bool:
    """A necessary condition for the built-in patterns, cheap enough to run on every line.

    The tests that settle most lines first; the label before a colon only when there is one.
    """
    return (
        end[-1] in ")]）"
        or "/" in end
        or "©" in end
        or end.endswith(_CREDIT_ENDS)
        or "hot" in end
        or "mage " in end
        or "mages " in end  # "Images by Getty Images and US Presswire"
        or "icture " in end
        or "Foto " in end
        or "ourtesy " in end
        or (("：" in end or ":" in end) and _label_before_last_colon(end))
        # Credits of fewer pages: PHOTO AFP, FOTO ANP, Beeld ANP, Fot. PAP, Credit...Jane
        # Doe, Jane Doe for The Times; East Asian ones only where the end is not ASCII.
        or "OTO " in end
        or end.rstrip(".").endswith(_KIND_ENDS)
        or "eeld " in end
        or "ot." in end
        or "Nuotr." in end
        or "Credit" in end
        or " for The " in end
        or (not end.isascii() and _may_carry_east_asian_credit(end))
    )


def _may_carry_east_asian_credit(end: str) -> bool:
    # 圖／中央社; 摄, 攝影, 供图, 资料图片, 新华社发 at the end; 사진=연합뉴스; ＝共同 (Japanese)
    return "／" in end or end[-1] in "摄攝影图片发發" or "사진" in end or "＝" in end


# The last words of the kinds of photo (see _PHOTO_KINDS).
_KIND_ENDS = tuple({kind.rsplit(" ", 1)[-1] for kind in _PHOTO_KINDS})
# The last words of a credit that the patterns read without brackets, a slash or a label.
_CREDIT_ENDS = (
    *("Images", "Image", "Press", "PRESS", "Reuters", "REUTERS", "AFP", "AP", "EPA", "photo"),
    *("Shutterstock", "Unsplash", "Xinhua", "Getty", "IMAGES", "Alamy", "EFE"),
)


# The labels in lower case (and a picture source after a bar): a line whose last colon
# follows none of them carries no labelled credit ("Analysis: ...", "00:38").
_LABEL_ENDS = tuple(
    sorted(
        {label.lower() for label in _CREDIT_LABELS}
        | {"credits", "photos", "source"}
        | {"quelle", "fuente", "fonte"}
    )
)


def _label_before_last_colon(end: str) -> bool:
    """A credit label before the line's last colon: ``... Photo: Reuters``, ``Credit : AP``."""
    k = max(end.rfind(":"), end.rfind("："))
    return k > 0 and end[:k].rstrip().lower().endswith(_LABEL_ENDS)


def _ends_sentence(text: str) -> bool:
    return text[-1] in '.!?"”’)】]' or text[-1].isdigit()


# A photographer and an agency or outlet, split by a slash: ``Jude Guidry/NASA``,
# ``Anna Moneymaker/The New York Times``.
_NAME_SLASH = r"[^\W\d_][^()/\n]{1,40}\s?/\s?[^\W\d_][^()/\n]{1,40}"
# At a caption's end: in brackets, after a label or not (``(credit: NASA/Jude Guidry)``),
# or after the sentence's full stop and a label word ending in dots or a colon (glued
# by the copy: ``last week.Credit...Anna Moneymaker/The New York Times``).
_CREDIT_TAIL = re.compile(
    rf"\((?:[^\W\d_]{{2,20}}\s?[:：]\s*)?{_NAME_SLASH}\)$"
    rf"|[.!?]\S?\s*[^\W\d_]{{2,20}}(?:\.{{2,3}}|…|\s?[:：])\s*{_NAME_SLASH}$"
)


def credit_tail(line: str) -> bool:
    """A caption's sentence ending with its photo credit (a name and an agency split
    by a slash, in brackets or glued behind a label); read by the headline's score,
    not by :func:`match_caption` (which decides the body's captions)."""
    return len(line) <= 1200 and _CREDIT_TAIL.search(line[-160:]) is not None


# A slide's place in a gallery, printed over its caption: "Image 3 of 8", "Foto 2 von 5".
_GALLERY_POSITION = re.compile(
    r"(?i:Image|Photo|Picture|Slide|Foto|Bild|Imagen|Imagem|Immagine|Diapositiva|Zdjęcie|Kuva|"
    r"Фото|Слайд|Снимок)\s\d{1,3}\s(?:of|von|aus|de|di|da|sur|van|z|из|/)\s\d{1,3}"
)


def is_gallery_position(line: str) -> bool:
    """``Image 3 of 8`` alone on its line: the next line is that slide's caption."""
    return len(line) <= 40 and _GALLERY_POSITION.fullmatch(line) is not None


# A caption cut short for a collapsed view: "... strengthen the military relations ... more".
_TRUNCATED = re.compile(r"\s*(?:\.{3}|…)\s*[^\W\d_]{1,12}$")
# The whole caption's own toggle word after its last sentence: "... Asian nation. less".
_TOGGLE_AFTER_SENTENCE = re.compile(r"(?<=[.!?”\")])\s+[^\W\d_]{1,12}$")


def full_of_truncated(short: str, full: str) -> str | None:
    """``full`` less its toggle word, when ``full`` and ``short`` are one caption printed
    twice for a page's expanded and collapsed views: ``... nation. less`` over
    ``... the military relations ... more``; else None.

    Both toggles are needed: an event's or a teaser's description cut short
    (``... for first... more``) is printed over its whole text too, with no toggle.
    """
    m = _TRUNCATED.search(short)
    if m is None or m.start() < 40 or not full.startswith(short[: m.start()]):
        return None
    if _TRUNCATED.search(full):  # cut short too: a copy, not the whole
        return None
    toggle = _TOGGLE_AFTER_SENTENCE.search(full)
    if toggle is None or toggle.start() <= m.start():
        return None
    return full[: toggle.start()]


# A wire photo's caption dates its scene in full, weekday first, inside its sentence:
# "... at the Statehouse in Indianapolis, Tuesday, Nov. 19, 2019, calling for ...",
# "... in Dubai, on Monday, Nov. 13, 2017." (prose says "on Tuesday", or a date alone).
_WIRE_CAPTION_DATE = re.compile(
    r"(?:,|\bon) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), "
    r"(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\. \d{1,2}, (?:19|20)\d\d\b"
)


def is_wire_caption_date(line: str) -> bool:
    """A wire photo's caption by its date: a weekday, the month abbreviated as the wires
    write it, the day and the year, after a comma or "on" within the sentence."""
    return "day, " in line and _WIRE_CAPTION_DATE.search(line) is not None


# "Jane Doe, AP", "Al Goldis, Associated Press": a photographer and a wire, which a byline
# under a headline reads the same; a credit only under a wire photo's caption.
_WIRE_CREDIT_ALONE = re.compile(
    _NAME + r"\s?[,|/]\s?(?:(?:The )?Associated Press|AP|AFP|Reuters|REUTERS|EPA|Getty Images|"
    r"Bloomberg|dpa|EFE|ANSA|Xinhua)(?: Photo)?$"
)


def wire_credit_alone(line: str) -> str | None:
    """The credit of a line that is a name and a wire alone, else None."""
    if len(line) > 80 or _WIRE_CREDIT_ALONE.match(line) is None:
        return None
    return line
