"""The words of page furniture in the languages of the web beside English, as data.

:mod:`.furniture` adds them to its rules as :class:`Words` (English stays in its
patterns, next to its forms). Each list is lower case; lines are compared lower-cased.
"""

from __future__ import annotations

import attrs

__all__ = ["BUTTONS", "CONTINUE_READING", "READ_ALSO", "RELATED", "RIGHTS_NOTICES", "Words"]

#: A link's label before its colon (``Lesen Sie auch: …``, ``Baca juga: …``), or alone on
#: its line over the linked story's headline (``Lee también``).
_READ_ALSO: tuple[str, ...] = (
    # German, French, Spanish, Portuguese, Italian
    "lesen sie auch", "lesen sie mehr", "lesen sie hier", "mehr zum thema", "siehe auch",
    "auch interessant", "weiterlesen",
    "lire aussi", "lire également", "à lire aussi", "a lire aussi", "voir aussi",
    "à voir aussi", "lire la suite", "sur le même sujet",
    "lee también", "lea también", "leer más", "lee más", "te puede interesar",
    "le puede interesar", "ver también", "más información",
    "leia também", "leia mais", "veja também", "saiba mais", "veja mais",
    "leggi anche", "leggi tutto", "potrebbe interessarti", "vedi anche", "approfondisci",
    # Dutch, Scandinavian, Finnish
    "lees ook", "lees meer", "lees verder", "zie ook",
    "läs också", "läs mer", "läs även", "les også", "les mer", "læs også", "læs mere",
    "lue myös", "lue lisää",
    # Central and Eastern Europe
    "czytaj też", "czytaj także", "czytaj więcej", "czytaj dalej", "zobacz też",
    "zobacz także", "čtěte také", "čtěte též", "přečtěte si také", "čítajte aj",
    "prečítajte si aj", "ezt is olvassa el", "olvassa el", "citește și", "citeste si",
    "pročitajte još", "pročitajte i", "čitajte još", "preberite še",
    "читайте также", "читайте еще", "читайте ещё", "смотрите также", "по теме",
    "читайте також", "дивіться також", "прочетете още", "вижте още",
    "διαβάστε επίσης", "διαβάστε ακόμη", "δείτε επίσης",
    # Turkish, Indonesian and Malay, Vietnamese, Filipino
    "ayrıca okuyun", "bunu da okuyun", "ilgili haber", "i̇lgili haber", "devamını oku",
    "baca juga", "baca selengkapnya", "lihat juga", "baca lagi",
    "xem thêm", "đọc thêm", "tin liên quan", "basahin din",
    # Arabic, Persian, Urdu, Hebrew
    "اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ المزيد", "طالع أيضا",
    "بیشتر بخوانید", "همچنین بخوانید", "یہ بھی پڑھیں", "مزید پڑھیں",
    "קראו גם", "קרא עוד", "עוד בנושא",
    # Indian languages, Thai
    "यह भी पढ़ें", "ये भी पढ़ें", "इसे भी पढ़ें", "और पढ़ें", "আরও পড়ুন", "আরো পড়ুন",
    "மேலும் படிக்க", "อ่านเพิ่มเติม", "อ่านต่อ",
    # Chinese, Japanese, Korean
    "相关阅读", "延伸阅读", "相关新闻", "阅读更多", "推荐阅读", "相關閱讀", "延伸閱讀",
    "相關新聞", "関連記事", "あわせて読みたい", "合わせて読みたい", "続きを読む",
    "관련기사", "관련 기사",
)  # fmt: skip

#: The "continue reading" buttons among them: alone on its line, one closes a teaser (the
#: button is its link) and heads no link under it.
_CONTINUE: tuple[str, ...] = (
    "weiterlesen", "lire la suite", "leggi tutto", "lees verder", "czytaj dalej",
    "devamını oku", "baca selengkapnya", "続きを読む", "อ่านต่อ",
)  # fmt: skip

#: A share or print button alone on its line (with a network's name: ``Teilen auf X``).
_SHARE: tuple[str, ...] = (
    "teilen", "artikel teilen", "drucken", "partager", "partager l'article", "imprimer",
    "compartir", "compartir noticia", "imprimir", "compartilhar", "compartilhe",
    "partilhar", "condividi", "stampa", "delen", "deel dit artikel", "dela",
    "udostępnij", "drukuj", "podziel się", "sdílet", "tisk", "megosztás", "nyomtatás",
    "distribuie", "поделиться", "печать", "распечатать", "поділитися", "κοινοποίηση",
    "εκτύπωση", "paylaş", "yazdır", "bagikan", "cetak", "chia sẻ", "in bài",
    "مشاركة", "شارك", "طباعة", "اشتراک گذاری", "اشتراک‌گذاری", "שתפו", "שתף", "הדפס",
    "शेयर करें", "शेयर", "แชร์", "シェア", "ツイート", "印刷", "分享", "分享到", "打印",
    "공유", "공유하기", "인쇄", "스크랩",
    "сподели", "споделете", "печат", "শেয়ার করুন", "শেয়ার", "kongsi", "kongsikan",
    "shiriki", "chapisha", "שיתוף", "jaa", "tulosta", "dalintis", "dalīties", "jaga",
    "ibahagi", "शेअर करा", "பகிர்", "გაზიარება", "бөлісу",
)  # fmt: skip

#: The word before a network's name on a share button: ``Compartir en Facebook``.
_SHARE_ON: tuple[str, ...] = (
    "teilen auf", "partager sur", "compartir en", "compartilhar no",
    "compartilhe no", "condividi su", "delen op", "udostępnij na", "поделиться в",
    "bagikan ke", "chia sẻ lên",
)  # fmt: skip

#: A media player's controls alone on their line: the article read aloud, a video's
#: "now playing" and play buttons.
_PLAYER: tuple[str, ...] = (
    "artikel anhören", "artikel vorlesen", "artikel vorlesen lassen", "anhören", "vorlesen",
    "jetzt läuft", "video abspielen", "video ansehen",
    "écouter cet article", "écouter l'article", "écouter l’article", "écouter",
    "en cours de lecture", "lire la vidéo", "regarder la vidéo",
    "escuchar artículo", "escuchar noticia", "escuchar este artículo", "escuchar",
    "reproduciendo", "reproduciendo ahora", "ver vídeo", "ver video", "reproducir vídeo",
    "reproducir video", "ouvir artigo", "ouvir matéria", "ouça esta matéria", "ouvir",
    "assista ao vídeo", "assistir vídeo", "reproduzindo agora",
    "ascolta l'articolo", "ascolta l’articolo", "ascolta", "guarda il video", "in riproduzione",
    "luister naar dit artikel", "luister", "speel video af", "nu aan het afspelen",
    "lyssna på artikeln", "lyssna", "lytt til saken", "kuuntele",
    "posłuchaj artykułu", "odsłuchaj artykuł", "odtwórz wideo", "poslechněte si článek",
    "слушать статью", "прослушать статью", "слушать", "смотреть видео", "сейчас играет",
    "слухати статтю", "ακούστε το άρθρο", "haberi dinle", "dinle", "videoyu izle",
    "dengarkan artikel", "dengarkan", "putar video", "tonton video", "nghe bài viết",
    "استمع إلى المقال", "استمع للمقال", "استمع", "شاهد الفيديو", "بشنوید", "האזינו לכתבה",
    "लेख सुनें", "सुनें", "ฟังบทความ", "音声で聞く", "記事を聞く", "收听", "听新闻",
    "播放", "기사 듣기", "듣기", "재생",
    "dengarkan berita", "lees voor", "इस खबर को सुनें", "खबर सुनें", "kuuntele artikkeli",
    "слушайте статията", "সংবাদটি শুনুন", "dengar berita", "sikiliza", "הקשיבו לכתבה",
    "ฟังข่าว", "nghe tin", "ฟังบทความนี้", "ฟังข่าวนี้",
)  # fmt: skip

#: An advertisement's label alone on its line.
_ADS: tuple[str, ...] = (
    "anzeige", "werbung", "publicité", "publicidad", "publicidade", "pubblicità",
    "advertentie", "annons", "annonce", "reklame", "reklama", "hirdetés", "реклама",
    "διαφήμιση", "reklam", "iklan", "quảng cáo", "إعلان", "تبلیغات", "פרסומת",
    "विज्ञापन", "โฆษณา", "广告", "廣告", "広告", "광고",
)  # fmt: skip

#: The head of the comments under the article.
_COMMENTS: tuple[str, ...] = (
    "kommentare", "commentaires", "comentarios", "comentários", "commenti", "reacties",
    "kommentarer", "komentarze", "komentáře", "комментарии", "коментарі", "σχόλια",
    "yorumlar", "komentar", "bình luận", "التعليقات", "نظرات", "תגובות", "टिप्पणियाँ",
    "评论", "評論", "コメント", "댓글",
)  # fmt: skip

#: The head of a list of other stories: under the article its tail, inside it a box.
_RELATED: tuple[str, ...] = (
    # (Not the "read also" labels: a box of those stands inside the article too.)
    "weitere artikel", "verwandte artikel", "ähnliche artikel", "meistgelesen",
    "meistgelesene artikel", "les plus lus", "dans la même rubrique", "articles similaires",
    "noticias relacionadas", "lo más leído", "lo más visto", "artículos relacionados",
    "notícias relacionadas", "mais lidas", "mais lidos", "matérias relacionadas",
    "articoli correlati", "i più letti", "notizie correlate",
    "gerelateerde artikelen", "meest gelezen", "relaterade artiklar", "mest läst",
    "relaterte artikler", "mest lest", "relaterede artikler", "mest læste", "luetuimmat",
    "powiązane artykuły", "najczęściej czytane", "polecamy", "související články",
    "nejčtenější", "kapcsolódó cikkek", "legolvasottabb", "articole similare",
    "cele mai citite", "похожие новости", "самое читаемое", "другие новости",
    "схожі новини", "інші новини", "σχετικά άρθρα",
    "ilgili haberler", "i̇lgili haberler", "çok okunanlar", "benzer haberler",
    "diğer haberler", "berita terkait", "artikel terkait", "terpopuler", "berita lainnya",
    "tin liên quan", "đọc nhiều", "tin khác", "bài liên quan",
    "أخبار ذات صلة", "الأكثر قراءة", "مواضيع ذات صلة", "أخبار متعلقة", "مطالب مرتبط",
    "اخبار مرتبط", "پربازدیدترین", "כתבות נוספות", "עוד בנושא", "הכי נקראים",
    "संबंधित खबरें", "संबंधित ख़बरें", "সম্পর্কিত খবর", "ข่าวที่เกี่ยวข้อง", "ข่าวแนะนำ",
    "関連記事", "関連ニュース", "おすすめ記事", "人気記事", "相关新闻", "相关阅读",
    "热门推荐", "推荐阅读", "延伸阅读", "相關新聞", "相關閱讀", "热门新闻", "猜你喜欢",
    "관련기사", "관련 기사", "많이 본 뉴스", "많이 본 기사",
    # "You may also like" over other stories.
    "você pode gostar", "você também pode gostar", "você também vai gostar",
    "te puede interesar", "también te puede interesar", "te podría interesar",
    "quizás te interese", "vous aimerez aussi", "vous aimerez aussi lire",
    "vous pourriez aimer", "ces articles peuvent vous intéresser",
    "das könnte sie auch interessieren", "das könnte dich auch interessieren",
    "potrebbe interessarti", "ti potrebbe interessare", "potrebbero interessarti",
    "dit vind je misschien ook interessant", "misschien ook interessant",
    "może cię zainteresować", "może cię również zainteresować", "вам может понравиться",
    "вам также может понравиться", "вас может заинтересовать", "ilginizi çekebilir",
    "bunlar da ilginizi çekebilir", "anda mungkin suka", "anda mungkin juga suka",
    "có thể bạn quan tâm", "bạn có thể quan tâm", "قد يعجبك أيضا", "قد يعجبك أيضاً",
    "قد يهمك", "あなたにおすすめ", "こちらもおすすめ", "你可能还喜欢", "你可能感兴趣",
    "你可能也喜歡", "추천 기사", "이런 기사도 있어요",
)  # fmt: skip


#: A page's copyright notice in words, anywhere on its short line: "no reproduction or
#: redistribution" (Korean), "all rights reserved" (Chinese), "no reproduction" (Japanese).
RIGHTS_NOTICES: tuple[str, ...] = (
    "무단전재", "무단 전재", "재배포금지", "재배포 금지",
    "版权所有", "版權所有", "禁止转载", "禁止轉載", "不得转载", "不得轉載",
    "無断転載", "無断複製", "無断転用",
)  # fmt: skip


#: Where a label's colon must stand at the latest.
_LABEL_END = 40
#: What may close a button's or a head's line: ``Teilen »``, ``Kommentare (3)``.
_CLOSING = " \t:：|•·>»!?.…()[]0123456789-–—"


@attrs.frozen
class Words:
    """A furniture rule's test by words, not by regex: a line that is one of ``lines``
    (case and closing marks aside), one of ``before_name`` and one more word (a network:
    ``Compartir en Twitter``), or that opens with one of ``labels`` and a colon.

    A set lookup costs a tenth of a case-blind regex of a hundred words, which every
    short line would try.
    """

    lines: frozenset[str] = frozenset()
    before_name: frozenset[str] = frozenset()
    labels: frozenset[str] = frozenset()
    #: The longest line that ``lines`` and ``before_name`` match.
    longest: int = 60

    @property
    def pattern(self) -> str:  # (read by explain and by the rules' checks, as a regex's)
        return "|".join(sorted(self.lines | self.before_name | self.labels))

    def match(self, text: str) -> bool:
        if self.labels:
            # (a label is short: its colon stands among the line's first characters)
            colon = text.find(":", 0, _LABEL_END)
            if colon < 0:
                colon = text.find("：", 0, _LABEL_END)
            if colon > 0 and text[:colon].strip().lower() in self.labels:
                return True
        if len(text) > self.longest or not self.lines:
            return False
        key = text.lower().strip(_CLOSING)
        if key in self.lines:
            return True
        head, _, name = key.rpartition(" ")
        return head in self.before_name and name.isalnum()


#: A link's label before its colon (``Lesen Sie auch: …``) or alone on its line; buttons and
#: labels alone on their line (share, print, a player's, advertisement, comments); the head of
#: a list of other stories (under the article its tail, inside it a box).
READ_ALSO = Words(lines=frozenset(_READ_ALSO), labels=frozenset(_READ_ALSO))
#: The labels among them that close a teaser, not head a link (``Weiterlesen``).
CONTINUE_READING = frozenset(_CONTINUE)
BUTTONS = Words(
    lines=frozenset(_SHARE + _ADS + _COMMENTS + _PLAYER), before_name=frozenset(_SHARE_ON)
)
RELATED = Words(lines=frozenset(_RELATED))
#: The word that heads the comments under an article, in other languages than English.
COMMENTS = _COMMENTS
