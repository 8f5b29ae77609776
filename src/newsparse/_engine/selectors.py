"""What HTML pages say with tags, classes and meta names: kept as data.

Every pattern here is generic: a site's own class names belong to its
parser under :mod:`newsparse.parsers`.
"""

from __future__ import annotations

import re


def _words(alternatives: str) -> re.Pattern[str]:
    """Class words: whole, or the start of a ``-``/``_``/camelCase part (case-blind words,
    case-sensitive camelCase boundaries). Only searched for (whether a word is there)."""
    grouped = _by_first_letter(alternatives)
    return re.compile(rf"(?:^|[\s_-]|(?<=[a-z])(?=[A-Z]))(?i:{grouped})(?=$|[\s_\d-]|[A-Z])")


def _by_first_letter(alternatives: str) -> str:
    """``alternatives`` (``a|b|...``) with those that start with the same plain letter
    under one branch: ``ads?|adv|cta`` -> ``a(?:ds?|dv)|c(?:ta)``.

    The same strings match (so a search finds a word where the plain alternation does),
    but the regex engine tries the letters, not every word, at each boundary of a
    class name: a few times faster on a page's classes.
    """
    groups: dict[str, list[str]] = {}
    for part in _top_level(alternatives):
        head, rest = part[:1], part[1:2]
        # A letter that is all of its own element: not quantified, not escaped.
        key = head.lower() if head.isalpha() and head.isascii() and rest not in "?*+{" else ""
        groups.setdefault(key or part, []).append(part[1:] if key else "")
    out = []
    for key, rests in groups.items():
        out.append(f"{key}(?:{'|'.join(rests)})" if len(key) == 1 else key)
    return "|".join(out)


def _top_level(pattern: str) -> list[str]:
    """The alternatives of ``pattern`` split at its top-level ``|`` (outside groups,
    character classes and escapes)."""
    parts: list[str] = []
    depth = start = 0
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]":
                i += 1  # "[]...]": the first "]" is a member
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    return parts


__all__ = [
    "ARTICLE_TYPES",
    "AUTHOR_META",
    "BLOCK_TAGS",
    "BOILER",
    "BOILER_OK",
    "BYLINE_CLASS",
    "CAPTION_CLASS",
    "CREDIT_CLASS",
    "DATE_META",
    "DECK_CLASS",
    "DROP_TAGS",
    "ELSEWHERE_CLASS",
    "HEADING_TAGS",
    "MODIFIED_META",
    "NAV_TAGS",
    "SECTION_META",
    "TITLE_META",
]

#: Elements whose content is never visible text.
DROP_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "iframe",
    "object",
    "embed",
    "canvas",
    "select",
    "button",
    "input",
    "textarea",
    "math",
    "map",
    "audio",
    "video",
    "dialog",
)

#: Elements that start a new line of visible text.
BLOCK_TAGS = frozenset(
    [
        "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd",
        "details", "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
        "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend",
        "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul",
    ]
)  # fmt: skip

HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])

#: Page furniture by tag: never article text, wherever they are.
NAV_TAGS = frozenset(["nav", "aside", "footer", "menu"])

#: Class or id words of furniture blocks (share bars, related links, comments ...).
#: Words match whole or as the start of a ``-``/``_``/camelCase part.
BOILER = _words(
    r"ads?|adv|advert\w*|adsense|cta|ad(?:slot|unit|box|wrap\w*|container)|sponsor\w*|promo\w*|"
    r"banner|breadcrumbs?|crumbs?|cookies?|consent|gdpr|newsletter\w*|subscri\w*|signup|"
    r"sign-up|paywall|regwall|share\w*|sharing|social\w*|sociable|follow\w*|"
    r"related\w*|recommend\w*|recirc\w*|more-?(?:from|stories|news|articles|on)|morefrom|"
    r"read-?more|readmore|read-?next|up-?next|next-?up|also-?read|most-?(?:read|popular|viewed)|"
    r"popular|trending|outbrain|taboola|zergnet|revcontent|comments?|commenting|disqus|"
    r"respond|replies|reply|discussion|community|sidebar|side-?bar|rail|widget\w*|toolbar|"
    r"tools|utility|print|byline\w*|author-?(?:bio|box|info|card|details)|bio|about-?the-?author|"
    r"contributor|tags?|tag-?list|keywords|topics|categories|pagination|pager|paging|"
    r"nav\w*|menu\w*|masthead|header|footer|foot|copyright|legal|disclaimer|"
    r"modal|popup|pop-?up|overlay|lightbox|skip|visually-?hidden|sr-only|screen-?reader\w*|"
    r"caption\w*|credit\w*|figure|meta|dateline|timestamp|date|time|published|updated|"
    r"video-?player|player|playlist|gallery|slideshow|carousel|thumb\w*|"
    r"jump-?links?|toc|table-?of-?contents|newsroom-?links|inline-?(?:related|promo|link)"
)

#: Class or id words that keep a block despite a BOILER word in the same attribute
#: (``article-header`` is furniture, ``article-body`` is not).
BOILER_OK = re.compile(
    r"(?i)(?:^|[\s_-])(?:article-?body|story-?body|post-?body|entry-?content|post-?content|"
    r"article-?content|story-?content|article-?text|body-?text|main-?content|content-?body|"
    r"articlebody|storybody|rich-?text|text-?content)(?=$|[\s_-])"
)

#: Image captions (besides ``figcaption``).
CAPTION_CLASS = _words(
    r"caption\w*|wp-caption-text|photo-?text|image-?text|img-?text|legend|bildunterschrift|"
    r"pic-?info"
)
#: The photo credit inside a caption.
CREDIT_CLASS = _words(r"credits?|copyright|photographer|source|attribution|byline|courtesy")
#: Visible bylines.
BYLINE_CLASS = _words(
    r"byline\w*|by-?line|author\w*|writer|reporter|contributor|written-?by|posted-?by"
)
#: Blocks whose dates are not the article's: related lists, teaser cards, comments, footers.
ELSEWHERE_CLASS = _words(
    r"related\w*|recommend\w*|more-?(?:from|stories|news|articles|on)|read-?next|up-?next|"
    r"popular|trending|comments?|commentlist|replies|teasers?|(?:article|post|story|news)-?cards?"
)
#: Decks and standfirsts under the title.
DECK_CLASS = re.compile(
    r"(?i)(?:^|[\s_-])(?:dek|deck|standfirst|sub-?title|sub-?headline|subhead|strapline|"
    r"kicker-?text|summary|lede|teaser|article-?summary|intro)(?=$|[\s_-])"
)

#: Schema.org types of an article in JSON-LD (and their kin).
ARTICLE_TYPES = frozenset(
    [
        "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
        "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "blogposting",
        "liveblogposting", "socialmediaposting", "scholarlyarticle", "techarticle", "report",
        "advertisercontentarticle", "satiricalarticle", "medicalscholarlyarticle", "posting",
        "askpublicnewsarticle", "review",
    ]
)  # fmt: skip

#: <meta> names and properties, best first (keys are lower case).
TITLE_META = ("og:title", "twitter:title", "dc.title", "title", "headline", "sailthru.title")
AUTHOR_META = (
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "byl",
    "sailthru.author",
    "parsely-author",
    "citation_author",
    "twitter:creator",
    "dc.contributor",
)
DATE_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "article.published",
    "datepublished",
    "publishdate",
    "publish-date",
    "publish_date",
    "pubdate",
    "published_time",
    "published-date",
    "dc.date.issued",
    "dcterms.issued",
    "dc.date",
    "dcterms.date",
    "dcterms.created",
    "date",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
    "citation_date",
    "article_date_original",
    "cxenseparse:recs:publishtime",
    "originalpublicationdate",
    "release_date",
    "article:published",
    "published",
    "dc.date.created",
    "dc.created",
    "dc:date",
    "dc:created",
    "date_published",
    "date-published",
    "datecreated",
    "date_created",
    "dateposted",
    "publication_date",
    "publication-date",
    "article.created",
    "og:pubdate",
    "pdate",
    "rnews:datepublished",
    "vr:published_time",
    "bt:pubdate",
    "dcsext.articlefirstpublished",
    "shareaholic:article_published_time",
    "twt-published-at",
    "displaydate",
)
MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "og:article:modified_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
    "lastmod",
    "article.updated",
    "dc.date.modified",
    "dc.modified",
    "date_modified",
    "date-modified",
    "updated",
    "shareaholic:article_modified_time",
)
SECTION_META = ("article:section", "og:article:section", "section", "parsely-section")
