"""The authors, printed byline and credited source of any outlet's HTML page.

JSON-LD authors first, then ``<meta>`` author names, then a printed byline near
the article; the site's own name is never an author.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from lxml import etree

from .._fields.bylines import Byline, display_case, is_outlet, is_role, parse_byline
from .._fields.dates import find_dates
from .._fields.labels import Label
from .._fields.zhlabels import InfoLine, lead_credit, read_info
from .._input.normalize import clean_line
from .content_types import NO_LABEL, Content, Field, _jsonld_value, _norm
from .html import DATA_AUTHOR_ATTRIBUTES, HIDDEN, NAV, HtmlLine, Page
from .html_dates import headline_line as _headline
from .metadata import PageMeta, elements, plain_text
from .selectors import AUTHOR_META, BYLINE_CLASS, HEADING_TAGS

__all__ = ["byline_fields"]

_URLISH = re.compile(r"(?i)^(?:https?:|www\.|/)|@|\.(?:com|html?|php)\b")


def _names_from(value: Any) -> tuple[list[str], list[str]]:
    """(people, outlets) named by a JSON-LD author value."""
    people: list[str] = []
    outlets: list[str] = []
    items = value if isinstance(value, list) else [value]
    for item in items[:20]:
        kind = ""
        if isinstance(item, dict):
            kind = str(item.get("@type") or "").lower()
            name = item.get("name")
            if isinstance(name, list):
                name = " ".join(str(n) for n in name)
            if not isinstance(name, str):
                given, family = item.get("givenName"), item.get("familyName")
                name = (
                    f"{given} {family}"
                    if isinstance(given, str) and isinstance(family, str)
                    else None
                )
            if name is None:
                continue
        elif isinstance(item, str):
            name = item
        else:
            continue
        name = clean_line(plain_text(name))  # (JSON-LD written from HTML: O&#039;Brien)
        if not name or _URLISH.search(name):
            continue
        # "Jane Doe, Bloomberg News" names an outlet too, after its person.
        if (
            "organization" in kind
            or "organisation" in kind
            or (is_outlet(name) and "," not in name)
        ):
            outlets.append(name)
            continue
        found = _people(name)
        if found is None:
            continue
        people.extend(found[0])
        outlets.extend(found[1])
    return _dedupe(people), _dedupe(outlets)


def _people(text: str) -> tuple[list[str], list[str]] | None:
    """Names in an author string: ``Jane Doe``, ``By Jane Doe and John Roe``, ``DOE, JANE``."""
    byline = parse_byline(text)
    if byline is not None:
        return list(byline.authors), [byline.source] if byline.source else []
    affiliated = _AFFILIATED.match(text)
    if (
        affiliated is not None
        and all(t[:1].isupper() for t in affiliated["head"].split())
        and not _credential(affiliated["tail"].split()[0])
    ):
        # "Jane Doe, Futurism", "Jane Doe. Sputnik International": the name, then
        # where the story comes from (a source only when it reads as an outlet).
        tail = affiliated["tail"]
        outlets = [tail] if is_outlet(tail) else []
        return [display_case(affiliated["head"])], outlets
    tokens = text.split()
    if (
        1 <= len(tokens) <= 4
        and len(text) <= 48
        and not any(c.isdigit() for c in text)
        and (all(t[:1].isupper() or not t[:1].isalpha() for t in tokens) or not text.isascii())
        and not is_role(text)  # "Staff Reports", "Editorial Board": a desk, no person
    ):
        return [display_case(text)], []
    return None


#: A name of two to four capitalised words, then a comma or a full stop and more
#: words: its outlet, a place or a job title (``Jane Doe, Staff Writer``).
_AFFILIATED = re.compile(
    r"^(?P<head>[^\W\d_][\w'’-]+(?: [^\W\d_][\w'’-]+){1,3})[,.] (?P<tail>[^\W\d_][^,.]{1,40})$"
)


def _dedupe(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item and item not in out:
            out.append(item)
    return out


def byline_fields(
    page: Page, meta: PageMeta, content: Content, scope: Any, site: str | None
) -> dict[str, Field]:
    """``authors``, ``byline`` and ``source``: JSON-LD authors (every one), else
    ``<meta>`` author names (several tags of one name together), else the
    printed byline; the site's own name (``og:site_name``, the JSON-LD
    publisher, the domain) is never an author."""
    out: dict[str, Field] = {}
    sites = _site_names(meta, site)
    people: list[str] = []
    outlets: list[str] = []
    rule = ""
    value = _jsonld_value(meta.articles, "author") or _jsonld_value(meta.articles, "creator")
    if value is not None:
        people, outlets = _names_from(_resolve(value, meta.jsonld))
        people = _persons(people, sites)
        rule = "authors.jsonld"
    if not people:
        # Several author tags: a full name beats a one-word brand ("Beachbody").
        found: list[tuple[list[str], str]] = []
        for name in AUTHOR_META:
            named: list[str] = []
            for raw in meta.metas.get(name, ())[:20]:
                if not raw or _URLISH.search(raw):
                    continue
                if name == "citation_author":
                    raw = _uninvert(raw)
                p, o = _names_from(raw)
                outlets = outlets or o
                named.extend(x for x in _persons(p, sites) if x not in named)
            if named:
                found.append((named, f"authors.meta-{name}"))
        if found:
            people, rule = next((f for f in found if any(" " in n for n in f[0])), found[0])
    zh = _zh_info(page, content)
    zh_source: Field | None = None
    if zh is not None:
        info, line = zh
        if info.authors and not people:
            people, rule = list(info.authors), "authors.html-zh-info"
            out["authors"] = Field(info.authors, rule, (line,))
            if info.byline:
                out["byline"] = Field(info.byline, "byline.html-zh-info", (line,))
        if info.source and not _is_site(info.source, sites):
            zh_source = Field(info.source, "source.html-zh-info", (line,))
    visible = _visible_byline(page, content, scope) if "authors" not in out else None
    if visible is not None:
        byline, line = visible
        out["byline"] = Field(byline.printed, "byline.html", (line,))
        if not people and byline.authors:
            named = [
                a for a in _persons(list(byline.authors), sites) if " " in a or not a.isascii()
            ]
            if named:
                people, rule = named, "authors.html-byline"
                out["authors"] = Field(tuple(people), rule, (line,))
        if byline.source:
            outlets.insert(0, byline.source)
    if not people and "authors" not in out:
        # (Only where some element has such an attribute: the scan reads them all.)
        if page.data_authors is not False:
            people = _data_authors(scope if scope is not None else page.root, sites)
        rule = "authors.html-data"
    if people and "authors" not in out:
        out["authors"] = Field(tuple(people), rule)
    outlets = [o for o in outlets if not _same(o, site)] or outlets
    if zh_source is not None:
        out["source"] = zh_source
    elif outlets and (people or visible is not None or "jsonld" in rule or outlets):
        src = outlets[0]
        out["source"] = Field(src, "source.credited")
    return out


def _zh_info(page: Page, content: Content) -> tuple[InfoLine, int] | None:
    """The labelled info line of a Chinese page near its headline (``来源：河畔日报
    作者：张三``), else the reporters credited at the head of the story
    (``（记者 张三 通讯员 李四）清晨六点……``); an editor's line gives neither."""
    if content.container is None:
        return None
    found: tuple[InfoLine, int] | None = None
    for h in _near_lines(page, content):
        if h.flags & (NAV | HIDDEN) or len(h.text) > 160 or not _ZH_LABEL.search(h.text):
            continue
        info = read_info(h.text, None)
        if info is None or not (info.authors or info.source):
            continue
        if info.authors:
            return info, h.no
        found = found or (info, h.no)
    first = next((b for b in content.body if b.rule == "body.html-paragraph" and b.lines), None)
    credit = lead_credit(first.text) if first is not None else None
    if credit is not None and credit.authors and first is not None:
        if found is not None:
            credit.source = found[0].source
        return credit, first.lines[0]
    return found


_ZH_LABEL = re.compile(r"来源|來源|作者|[记記]者")
_HAN_NAME = re.compile(r"^[\u3400-\u9fff]+$")


def _data_authors(scope: Any, sites: set[str]) -> list[str]:
    """Names a script would print as the byline, kept in a data attribute
    (``data-author="Jane Doe"``, ``data-authors='["Jane Doe", "John Roe"]'``)
    around the article (its container's parent)."""
    parent = scope.getparent()
    if parent is not None and parent.tag != "html":
        scope = parent
    for el in elements(_DATA_AUTHOR, scope):
        for attr in DATA_AUTHOR_ATTRIBUTES:
            raw = (el.get(attr) or "").strip()
            if not raw or raw.isdigit() or len(raw) > 500:
                continue
            value: Any = raw
            if raw[:1] in "[{":
                try:
                    value = json.loads(raw)
                except ValueError:
                    continue
            people = _persons(_names_from(value)[0], sites)
            if people:
                return people
    return []


_DATA_AUTHOR = etree.XPath(
    "(.//*[@data-author or @data-authors or @data-author-name or @data-byline])[position() <= 5]"
)


def _resolve(value: Any, objs: list[dict[str, Any]]) -> Any:
    """Author references (``{"@id": ".../#/schema/person/1"}``, as Yoast writes them)
    replaced by the objects of the page's JSON-LD that they name."""
    items = value if isinstance(value, list) else [value]
    if not any(isinstance(v, dict) and "name" not in v and "@id" in v for v in items):
        return value
    ids = {o["@id"]: o for o in objs if isinstance(o.get("@id"), str) and "name" in o}
    out = []
    for v in items[:20]:
        if isinstance(v, dict) and "name" not in v:
            v = ids.get(v.get("@id"), v) if isinstance(v.get("@id"), str) else v
        out.append(v)
    return out


def _persons(names: list[str], sites: set[str]) -> list[str]:
    """People among ``names``: job titles split off (``Jane Doe Staff Writer`` ->
    ``Jane Doe``), a bare title (``Lead Reviewer``) and the site's own name dropped."""
    out: list[str] = []
    for name in names:
        name = _without_credentials(_PARENS.sub(" ", name).strip(" \"“”'"))
        tokens = name.split()
        kept = list(tokens)
        if tokens and tokens[-1].lower() in _GROUP_WORDS:
            continue  # "Hnn Staff", "Practical Horseman Editorial Team": no person
        if any(t.lower() in _NOT_PERSON for t in tokens):
            continue
        if len(tokens) == 1 and len(tokens[0]) <= 3:
            continue  # initials ("AS"), not a name
        if len(tokens) == 1 and len(name) > 4 and _HAN_NAME.match(name):
            continue  # "市交通运输局": a Chinese name has two to four characters
        while kept and kept[-1].lower().strip(".,") in _ROLE_WORDS:
            kept.pop()
        if len(kept) < len(tokens) and len(kept) < 2:
            continue
        person = " ".join(kept)
        if person and not _is_site(person, sites) and person not in out:
            out.append(person)
    return out


#: Words of a job title printed after a name.
_ROLE_WORDS = frozenset(
    [
        "writer", "editor", "reporter", "correspondent", "contributor", "columnist", "staff",
        "founder", "co-founder", "cofounder", "ceo", "cto", "cfo", "coo", "president",
        "director", "manager", "lead", "reviewer", "head", "officer", "specialist", "analyst",
        "consultant", "strategist", "producer", "photographer", "expert", "team",
        "development", "marketing", "content", "senior", "associate", "assistant", "chief",
        "intern", "freelance", "guest", "coordinator", "advisor", "adviser", "engineer",
        "designer", "developer", "executive", "vp", "contributing", "editorial",
    ]
)  # fmt: skip


def _without_credentials(name: str) -> str:
    """``Rebecca Lake, CEPF®`` -> ``Rebecca Lake``; ``Jeffrey A. Slotnick Cpp`` ->
    ``Jeffrey A. Slotnick`` (letters after a name, as printed or display-cased)."""
    head, _, tail = name.partition(",")
    if tail and all(_credential(t) for t in tail.replace(",", " ").split()):
        name = head
    tokens = name.split()
    while len(tokens) > 2 and _credential(tokens[-1]):
        tokens.pop()
    return " ".join(tokens)


def _credential(token: str) -> bool:
    return token.lower().strip(".,®™()").replace(".", "") in _CREDENTIALS


_PARENS = re.compile(r"\s*\([^)]*\)")
#: Letters after a name (degrees, licences, certifications).
_CREDENTIALS = frozenset(
    [
        "md", "phd", "rn", "rdn", "rd", "ms", "msc", "mba", "cpa", "cfp", "cpp", "cepf",
        "esq", "dds", "lcsw", "psyd", "edd", "facs", "facp", "cfa", "caia", "pmp", "cissp",
        "faan", "dnp", "mph", "ibclc", "cscs", "cpt", "lpc", "lmft", "bsn", "fnp", "aprn",
        "mfa", "jd", "llm", "frcp", "mrcp", "dvm", "od", "lac", "ldn", "cdn", "cde", "cdces",
    ]
)  # fmt: skip
#: Words of a credit that is no person ("Sponsored Advert", "Email me").
_NOT_PERSON = frozenset(
    ["sponsored", "advert", "advertisement", "advertorial", "email", "e-mail", "admin",
     "anonymous", "subscribe", "follow", "share", "contact", "unknown"]
)  # fmt: skip
_GROUP_WORDS = frozenset(["staff", "team", "desk", "editors", "newsroom"])


def _uninvert(value: str) -> str:
    """``Roy, Aniruddha`` (a citation's family name first) -> ``Aniruddha Roy``."""
    parts = [p.strip() for p in value.split(",")]
    if len(parts) == 2 and all(parts) and all(len(p.split()) <= 3 for p in parts):
        return f"{parts[1]} {parts[0]}"
    return value


def _same(a: str, b: str | None) -> bool:
    return bool(b) and _norm(a) == _norm(b or "")


def _site_names(meta: PageMeta, site: str | None) -> set[str]:
    """The site's own names, normalised: ``og:site_name``, the JSON-LD publisher
    and the domain's main label (``wral`` of ``www.wral.com``)."""
    names = {_norm(site)} if site else set()
    publisher = _jsonld_value(meta.articles, "publisher")
    for item in publisher if isinstance(publisher, list) else [publisher]:
        name = item.get("name") if isinstance(item, dict) else None
        if isinstance(name, str) and name.strip():
            names.add(_norm(name))
    url = meta.url
    if url:
        m = _HOST.match(url)
        if m:
            labels = m.group(1).lower().split(".")
            k = -3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else -2
            names.add(labels[max(k, -len(labels))])
    names.discard("")
    return names


def _is_site(name: str, sites: set[str]) -> bool:
    norm = _norm(name)
    return norm in sites or norm.replace(" ", "") in sites


_HOST = re.compile(r"(?i)^(?:https?:)?//(?:www\d?\.)?([^/:?#]+)")
_SECOND_LEVEL = frozenset(["co", "com", "org", "net", "gov", "ac", "edu"])


def _visible_byline(page: Page, content: Content, scope: Any) -> tuple[Byline, int] | None:
    """A printed byline near the article: a byline-classed block or a ``By`` line
    (a date printed in it is left out), near the headline or the article's start;
    else a ``Written by ...`` line just after the article's text."""
    lines = page.lines
    cache: dict[Any, bool | None] = {}
    near = _near_lines(page, content)
    for h in near:
        if h.flags & (NAV | HIDDEN) or len(h.text) > 160:
            continue
        if content.dropped.get(h.no, NO_LABEL)[0] is Label.BYLINE or _byline_classed(
            h.el, content.container, cache
        ):
            text = _without_dates(h.text)
            byline = parse_byline(text, require_prefix=True) or parse_byline(text)
            if byline is not None and (byline.authors or byline.source):
                return byline, h.no
    # A bare "By ..." line near the headline or just above the article text.
    head = _headline(page, content)
    first = next(
        (b.lines[0] for b in content.body if b.rule == "body.html-paragraph"), content.start
    )
    bare = lines[max(0, content.start - 4) : max(content.start, min(first, content.start + 6))]
    if head is not None:
        # Between the headline and the article's first paragraph.
        stop = first if first > head else head + 6
        bare = [*lines[head + 1 : min(len(lines), max(head + 6, min(stop, head + 16)))], *bare]
    # An author box at the end of the article: "Written by ..." in its last lines.
    tail = [
        h
        for h in lines[max(content.start, content.end - 12) : min(len(lines), content.end + 4)]
        if h.no >= content.end - 2 or _WRITTEN_BY.match(h.text)
    ]
    for h in [*bare, *tail]:
        if h.flags & (NAV | HIDDEN) or len(h.text) > 120:
            continue
        if h.link_chars * 2 > h.chars and not _PROFILE_LINK.search(h.text):
            continue
        byline = parse_byline(_without_dates(h.text), require_prefix=True)
        if byline is not None and byline.authors:
            return byline, h.no
    # A bare name under the headline that links to the author's page or sits in
    # the article's meta block ("Jane Doe" in <div class="post-info">).
    for h in bare:
        if h.flags & (NAV | HIDDEN) or len(h.text) > 80 or h.tag in HEADING_TAGS:
            continue
        if not (_profile_link(h.el) or _meta_classed(h.el, content.container)):
            continue
        text = _without_dates(h.text)
        if _GLUED_WORDS.search(text):
            continue  # "Mobile MarketingTechnology": tags run together, not a name
        byline = parse_byline(text)
        if byline is None or not _persons(list(byline.authors), set()):
            continue
        if all(" " in a for a in byline.authors):
            return byline, h.no
    return None


def _profile_link(el: Any) -> bool:
    """Whether ``el`` holds a link to an author's page (``/author/jane-doe``, ``mailto:``)."""
    links = [
        *el.iter("a"),
        *(a for _, a in zip(range(3), el.iterancestors(), strict=False) if a.tag == "a"),
    ]
    return any(_PROFILE_HREF.search(a.get("href") or "") for a in links)


def _meta_classed(el: Any, stop: Any) -> bool:
    node = el
    for _ in range(4):
        if node is None or node is stop:
            return False
        if _META_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
        node = node.getparent()
    return False


_GLUED_WORDS = re.compile(r"[a-z]{3,}[A-Z]")
_PROFILE_HREF = re.compile(
    r"(?i)^mailto:|/(?:authors?|people|profiles?|staff|contributors?|writers?|journalists?|"
    r"reporters?|columnists?|team|users?|members?|byline)/[^/?#]+"
)
_META_CLASS = re.compile(
    r"(?i)(?:^|[\s_-])(?:meta|post-?meta|entry-?meta|article-?meta|post-?info|article-?info|"
    r"info|details|written-?by|posted-?by|avatar|profile)(?=$|[\s_-])"
)


_WRITTEN_BY = re.compile(r"(?i)^\s*written\s+by\b")
# "By <a>Jane Doe</a>": a line all link but for its "By".
_PROFILE_LINK = re.compile(r"(?i)^\s*(?:written\s+)?by\b")


def _near_lines(page: Page, content: Content) -> list[HtmlLine]:
    """Lines around the headline, then those before and at the top of the article."""
    lines = page.lines
    lo = max(0, content.start - 40)
    hi = min(len(lines), content.start + 30) if content.container is not None else len(lines)
    head = _headline(page, content) if content.container is not None else None
    if head is None or (lo <= head - 4 and head + 16 <= hi):
        return lines[lo:hi]
    first = lines[max(0, head - 4) : min(len(lines), head + 16)]
    seen = {h.no for h in first}
    return [*first, *(h for h in lines[lo:hi] if h.no not in seen)]


def _without_dates(text: str) -> str:
    """A byline line without the date and reading time printed in it, and with
    words the markup ran together split: ``By Jane Doe - Mar 27, 2024`` -> ``By Jane
    Doe``; ``ByJane Doe Updated onMay 2, 2024`` -> ``By Jane Doe``."""
    if len(text) > 160:
        return text
    text = _GLUED_BY.sub(r"\1 ", text)
    if not _YEARISH.search(text):
        return text
    glued = _GLUED.sub(r"\1 ", text)
    spans = [(m.start, m.end) for m in find_dates(glued)]
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for start, end in spans:
        parts.append(glued[last:start])
        last = end
    parts.append(glued[last:])
    kept = [_READ_TIME.sub("", p).strip(_SEPARATORS) for p in parts]
    kept = [_LEFT_WORDS.sub("", p).strip(_SEPARATORS) for p in kept]
    return " ".join(p for p in kept if p) or text


_SEPARATORS = " |•·●◦▪—–-,;:/()"
# "ByJane Doe", "Updated onMay 2": a word of the byline run into the next.
_GLUED_BY = re.compile(r"\b(By|by|on)(?=[A-Z][a-z])")
# Words a removed date leaves behind at the end of a byline: "By Jane Doe, Wednesday Updated".
_LEFT_WORDS = re.compile(
    r"(?i)(?:[\s,|•·●—–-]*\b(?:updated?|published|posted|on|at|(?:mon|tues|wednes|thurs|fri|"
    r"satur|sun)day))+\s*$"
)
_YEARISH = re.compile(r"\d{4}")
_GLUED = re.compile(r"(\d)(?=[A-Z][a-z])")
_READ_TIME = re.compile(r"(?i)\b\d+\s*(?:min(?:ute)?s?|hrs?|hours?)\.?(?:\s+read)?\b")


def _byline_classed(el: Any, stop: Any, cache: dict[Any, bool | None] | None = None) -> bool:
    node = el
    for _ in range(4):  # the element and its three nearest ancestors
        if node is None:
            break
        if node is stop:
            return False
        # What the node's own markup says (None: nothing); nearby lines share ancestors.
        verdict = cache.get(node, _UNSEEN) if cache is not None else _UNSEEN
        if verdict is _UNSEEN:
            verdict = _byline_markup(node)
            if cache is not None:
                cache[node] = verdict
        if verdict is not None:
            return bool(verdict)
        node = node.getparent()
    return False


_UNSEEN: Any = object()


def _byline_markup(node: Any) -> bool | None:
    cls, ident, rel = node.get("class"), node.get("id"), node.get("rel")
    names = f"{cls or ''} {ident or ''} {rel or ''}" if cls or ident or rel else ""
    if (names and BYLINE_CLASS.search(names)) or node.get("itemprop") == "author":
        return not re.search(r"(?i)bio|about|more-by|box", names)
    return None
