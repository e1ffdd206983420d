"""Metadata candidates from an HTML page, and the table that reconciles them.

One walk over the page's metadata-bearing elements collects *candidates*:
each is a field name, the origin it came from (JSON-LD, OpenGraph, Dublin
Core, microdata, visible markup) and the value as written. Nothing is decided
while collecting; :func:`pick` then chooses per field by the precedence table
:data:`PRECEDENCE`, so the order of trust can be read in one place.

Structured data written for machines (JSON-LD, OpenGraph) comes before
generic ``<meta>`` names, which come before visible markup, which comes
before anything guessed.
"""

from __future__ import annotations

import collections
import enum
import html as html_entities
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
from lxml import etree

__all__ = [
    "PRECEDENCE",
    "Candidate",
    "Origin",
    "collect",
    "pick",
    "pick_all",
]


class Origin(enum.IntEnum):
    """Where a candidate came from; the names are the kinds of markup."""

    JSONLD = 1
    MICRODATA = 2
    OPENGRAPH = 3
    ARTICLE = 4  # article:* properties (OpenGraph's article vocabulary)
    PARSELY = 5  # parsely-*, sailthru.*, and similar analytics meta
    DUBLIN_CORE = 6
    TWITTER = 7
    META = 8  # generic <meta name=...>: author, description, keywords, date
    TIME = 9  # <time datetime> in the page
    REL_AUTHOR = 10
    HTML = 11  # <html lang>, <link rel=canonical>, <title>
    JSONLD_PAGE = 12  # JSON-LD on a WebPage rather than an article
    VISIBLE = 13  # printed byline and date lines, found by the body extractor


@attrs.frozen
class Candidate:
    """One value a page states for a field.

    Attributes:
        field: The field it is a candidate for (``"headline"``, ``"author"``...).
        origin: The markup it came from.
        value: The value as written.
        caption: For an image, its caption.
        credit: For an image, its credit line.
    """

    field: str
    origin: Origin
    value: str
    caption: str | None = None
    credit: str | None = None


#: Per field, the origins in order of trust. An origin missing from a row is
#: never used for that field.
PRECEDENCE: Mapping[str, tuple[Origin, ...]] = {
    "headline": (
        Origin.JSONLD,
        Origin.OPENGRAPH,
        Origin.MICRODATA,
        Origin.TWITTER,
        Origin.PARSELY,
        Origin.DUBLIN_CORE,
        Origin.JSONLD_PAGE,
    ),
    "title": (Origin.HTML,),
    "description": (
        Origin.JSONLD,
        Origin.OPENGRAPH,
        Origin.META,
        Origin.TWITTER,
        Origin.DUBLIN_CORE,
        Origin.MICRODATA,
    ),
    # Authors: people named for machines first; generic meta and visible
    # rel=author links last, as they often name the outlet or a profile page.
    "author": (
        Origin.JSONLD,
        Origin.MICRODATA,
        Origin.PARSELY,
        Origin.ARTICLE,
        Origin.DUBLIN_CORE,
        Origin.META,
        Origin.REL_AUTHOR,
        Origin.JSONLD_PAGE,
        Origin.VISIBLE,
    ),
    "author_org": (Origin.JSONLD, Origin.MICRODATA, Origin.JSONLD_PAGE),
    "published": (
        Origin.JSONLD,
        Origin.ARTICLE,
        Origin.OPENGRAPH,
        Origin.MICRODATA,
        Origin.PARSELY,
        Origin.DUBLIN_CORE,
        Origin.META,
        Origin.JSONLD_PAGE,
        Origin.TIME,
        Origin.VISIBLE,
    ),
    "modified": (
        Origin.JSONLD,
        Origin.ARTICLE,
        Origin.OPENGRAPH,
        Origin.MICRODATA,
        Origin.META,
        Origin.JSONLD_PAGE,
    ),
    "language": (Origin.HTML, Origin.META, Origin.JSONLD, Origin.DUBLIN_CORE, Origin.OPENGRAPH),
    "url": (Origin.HTML, Origin.OPENGRAPH, Origin.JSONLD, Origin.TWITTER),
    "section": (Origin.JSONLD, Origin.ARTICLE, Origin.PARSELY, Origin.META),
    "keywords": (
        Origin.JSONLD,
        Origin.ARTICLE,
        Origin.META,
        Origin.PARSELY,
        Origin.DUBLIN_CORE,
    ),
    "publisher": (Origin.JSONLD, Origin.OPENGRAPH, Origin.META, Origin.JSONLD_PAGE),
    "image": (Origin.JSONLD, Origin.OPENGRAPH, Origin.TWITTER, Origin.MICRODATA),
    "body": (Origin.JSONLD, Origin.MICRODATA),
}

# <meta name|property> (lower-cased) -> (field, origin).
_META_NAMES: Mapping[str, tuple[str, Origin]] = {
    "og:title": ("headline", Origin.OPENGRAPH),
    "og:description": ("description", Origin.OPENGRAPH),
    "og:url": ("url", Origin.OPENGRAPH),
    "og:site_name": ("publisher", Origin.OPENGRAPH),
    "og:image": ("image", Origin.OPENGRAPH),
    "og:image:url": ("image", Origin.OPENGRAPH),
    "og:image:secure_url": ("image", Origin.OPENGRAPH),
    "og:locale": ("language", Origin.OPENGRAPH),
    "og:published_time": ("published", Origin.OPENGRAPH),
    "og:updated_time": ("modified", Origin.OPENGRAPH),
    "og:article:published_time": ("published", Origin.OPENGRAPH),
    "og:article:modified_time": ("modified", Origin.OPENGRAPH),
    "og:article:author": ("author", Origin.ARTICLE),
    "article:published_time": ("published", Origin.ARTICLE),
    "article:published": ("published", Origin.ARTICLE),
    "article:modified_time": ("modified", Origin.ARTICLE),
    "article:published:time": ("published", Origin.ARTICLE),
    "article:modified:time": ("modified", Origin.ARTICLE),
    "article:modified": ("modified", Origin.ARTICLE),
    "article:author": ("author", Origin.ARTICLE),
    "article:author_name": ("author", Origin.ARTICLE),
    "article:section": ("section", Origin.ARTICLE),
    "article:tag": ("keywords", Origin.ARTICLE),
    "twitter:title": ("headline", Origin.TWITTER),
    "twitter:description": ("description", Origin.TWITTER),
    "twitter:image": ("image", Origin.TWITTER),
    "twitter:image:src": ("image", Origin.TWITTER),
    "twitter:url": ("url", Origin.TWITTER),
    "parsely-title": ("headline", Origin.PARSELY),
    "parsely-author": ("author", Origin.PARSELY),
    "parsely-pub-date": ("published", Origin.PARSELY),
    "parsely-section": ("section", Origin.PARSELY),
    "parsely-tags": ("keywords", Origin.PARSELY),
    "sailthru.title": ("headline", Origin.PARSELY),
    "sailthru.author": ("author", Origin.PARSELY),
    "sailthru.date": ("published", Origin.PARSELY),
    "sailthru.tags": ("keywords", Origin.PARSELY),
    "cxenseparse:author": ("author", Origin.PARSELY),
    "cxenseparse:recs:publishtime": ("published", Origin.PARSELY),
    "dc.title": ("headline", Origin.DUBLIN_CORE),
    "dc.creator": ("author", Origin.DUBLIN_CORE),
    "dcterms.creator": ("author", Origin.DUBLIN_CORE),
    "dc.date": ("published", Origin.DUBLIN_CORE),
    "dc.date.issued": ("published", Origin.DUBLIN_CORE),
    "dcterms.date": ("published", Origin.DUBLIN_CORE),
    "dcterms.issued": ("published", Origin.DUBLIN_CORE),
    "dcterms.created": ("published", Origin.DUBLIN_CORE),
    "dc.language": ("language", Origin.DUBLIN_CORE),
    "dc.subject": ("keywords", Origin.DUBLIN_CORE),
    "dc.description": ("description", Origin.DUBLIN_CORE),
    "author": ("author", Origin.META),
    "byl": ("author", Origin.META),
    "description": ("description", Origin.META),
    "keywords": ("keywords", Origin.META),
    "news_keywords": ("keywords", Origin.META),
    "content-language": ("language", Origin.META),
    "language": ("language", Origin.META),
    "date": ("published", Origin.META),
    "pubdate": ("published", Origin.META),
    "publishdate": ("published", Origin.META),
    "publish-date": ("published", Origin.META),
    "publish_date": ("published", Origin.META),
    "published_time": ("published", Origin.META),
    "article_date_original": ("published", Origin.META),
    "original-publish-date": ("published", Origin.META),
    "ptime": ("published", Origin.META),
    "last-modified": ("modified", Origin.META),
    "lastmod": ("modified", Origin.META),
    "utime": ("modified", Origin.META),
    "section": ("section", Origin.META),
    "publisher": ("publisher", Origin.META),
    "application-name": ("publisher", Origin.META),
}

# itemprop -> field, for microdata and RDFa-lite property attributes.
_ITEMPROPS: Mapping[str, str] = {
    "headline": "headline",
    "datepublished": "published",
    "datecreated": "published",
    "datemodified": "modified",
    "author": "author",
    "creator": "author",
    "articlesection": "section",
    "keywords": "keywords",
    "description": "description",
    "articlebody": "body",
}

#: JSON-LD types that describe the story itself.
ARTICLE_TYPES = frozenset(
    {
        "article",
        "newsarticle",
        "reportagenewsarticle",
        "analysisnewsarticle",
        "opinionnewsarticle",
        "reviewnewsarticle",
        "backgroundnewsarticle",
        "askpublicnewsarticle",
        "blogposting",
        "liveblogposting",
        "socialmediaposting",
        "report",
        "techarticle",
        "scholarlyarticle",
        "satiricalarticle",
        "advertisercontentarticle",
        "medicalscholarlyarticle",
        "discussionforumposting",
        "claimreview",
    }
)
_PAGE_TYPES = frozenset({"webpage", "itempage", "collectionpage", "medicalwebpage"})
_PERSON_TYPES = frozenset({"person"})

_MAX_JSONLD_CHARS = 2_000_000
_MAX_JSON_NODES = 20_000

_TRAILING_COMMA = re.compile(r",\s{0,64}([}\]])")
_JSON_WRAPPER = re.compile(
    r"^\s{0,64}(?:<!--|//\s{0,8}<!\[CDATA\[|<!\[CDATA\[)|(?:-->|//\s{0,8}\]\]>|\]\]>)\s{0,64}$"
)
# Last resort for JSON-LD that no repair makes valid: key/value pairs of the
# few fields that matter, read as flat strings.
_LOOSE_PAIR = re.compile(
    r'"(headline|datePublished|dateModified|inLanguage|articleSection)"\s{0,8}:\s{0,8}"([^"\\]{1,500})"'
)
_LOOSE_PERSON = re.compile(
    r'"@type"\s{0,8}:\s{0,8}"Person"\s{0,8},\s{0,8}"name"\s{0,8}:\s{0,8}"([^"\\]{1,200})"'
)
_LOOSE_FIELDS: Mapping[str, str] = {
    "headline": "headline",
    "datePublished": "published",
    "dateModified": "modified",
    "inLanguage": "language",
    "articleSection": "section",
}


def _text(value: object) -> str | None:
    """Return a JSON value as a single stripped string, if it is one."""
    if isinstance(value, str):
        if "&" in value:
            # JSON-LD written by templates often keeps HTML character references.
            value = html_entities.unescape(value)
        value = value.strip()
        return value or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _as_list(value: object) -> list[Any]:
    if isinstance(value, list):
        return value
    if value is None:
        return []
    return [value]


def _types(node: Mapping[str, Any]) -> frozenset[str]:
    names = (_text(t) for t in _as_list(node.get("@type")))
    return frozenset(n.rsplit("/", 1)[-1].lower() for n in names if n)


def _load_json(text: str) -> list[Any]:
    """Parse one JSON-LD script, tolerating the usual breakage.

    Tolerated: control characters in strings, HTML comment or CDATA
    wrappers, trailing commas, several objects one after another. Returns the
    top-level values found (possibly none).
    """
    if len(text) > _MAX_JSONLD_CHARS:
        return []
    text = _JSON_WRAPPER.sub("", text.strip())
    decoder = json.JSONDecoder(strict=False)
    for attempt in (text, _TRAILING_COMMA.sub(r"\1", text)):
        values: list[Any] = []
        position = 0
        length = len(attempt)
        try:
            while position < length:
                while position < length and attempt[position] in " \t\r\n;,":
                    position += 1
                if position >= length:
                    break
                value, position = decoder.raw_decode(attempt, position)
                values.append(value)
        except (ValueError, RecursionError):
            if values:
                return values
            continue
        return values
    return []


def _iter_nodes(roots: list[Any]) -> Iterator[dict[str, Any]]:
    """Yield every JSON object under *roots*, breadth first, without recursion."""
    queue: collections.deque[Any] = collections.deque(roots)
    seen = 0
    while queue and seen < _MAX_JSON_NODES:
        item = queue.popleft()
        seen += 1
        if isinstance(item, list):
            queue.extend(item)
        elif isinstance(item, dict):
            yield item
            for key, value in item.items():
                if isinstance(value, dict | list) and key not in ("author", "publisher", "creator"):
                    queue.append(value)


def _person_or_org(
    value: object, origin: Origin, by_id: Mapping[str, dict[str, Any]]
) -> Iterator[Candidate]:
    for entry in _as_list(value):
        if isinstance(entry, str):
            name = entry.strip()
            if name:
                yield Candidate("author", origin, name)
            continue
        if not isinstance(entry, dict):
            continue
        item = entry
        if "name" not in item and isinstance(item.get("@id"), str):
            item = by_id.get(item["@id"], item)
        names = [n for n in (_text(v) for v in _as_list(item.get("name"))) if n]
        if not names:
            given, family = _text(item.get("givenName")), _text(item.get("familyName"))
            if given or family:
                names = [" ".join(p for p in (given, family) if p)]
        types = _types(item)
        field = "author" if (types & _PERSON_TYPES or not types) else "author_org"
        for name in names:
            yield Candidate(field, origin, name)


def _image(value: object, origin: Origin) -> Iterator[Candidate]:
    for item in _as_list(value)[:5]:
        if isinstance(item, str):
            if item.strip():
                yield Candidate("image", origin, item.strip())
        elif isinstance(item, dict):
            url = _text(item.get("url")) or _text(item.get("contentUrl"))
            if url:
                credit = _text(item.get("creditText")) or _text(item.get("copyrightHolder"))
                if credit is None and isinstance(item.get("author"), dict):
                    credit = _text(item["author"].get("name"))
                yield Candidate(
                    "image",
                    origin,
                    url,
                    caption=_text(item.get("caption")) or _text(item.get("description")),
                    credit=credit,
                )


def _from_jsonld_node(
    node: dict[str, Any], origin: Origin, by_id: Mapping[str, dict[str, Any]]
) -> Iterator[Candidate]:
    for key, field in (
        ("headline", "headline"),
        ("alternativeHeadline", "alternative"),
        ("description", "description"),
        ("datePublished", "published"),
        ("dateCreated", "created"),
        ("dateModified", "modified"),
        ("inLanguage", "language"),
        ("articleBody", "body"),
        ("url", "url"),
    ):
        value = node.get(key)
        if isinstance(value, dict):
            value = value.get("name") or value.get("@id")
        text = _text(value)
        if text:
            yield Candidate(field, origin, text)
    if "headline" not in node and origin is Origin.JSONLD:
        name = _text(node.get("name"))
        if name:
            yield Candidate("headline", origin, name)
    for section in _as_list(node.get("articleSection"))[:1]:
        text = _text(section)
        if text:
            yield Candidate("section", origin, text)
    for keywords in _as_list(node.get("keywords")):
        text = _text(keywords)
        if text:
            yield Candidate("keywords", origin, text)
    yield from _person_or_org(node.get("author"), origin, by_id)
    if not node.get("author"):
        yield from _person_or_org(node.get("creator"), origin, by_id)
    for entry in _as_list(node.get("publisher"))[:1]:
        if isinstance(entry, dict):
            publisher = entry
            if "name" not in publisher and isinstance(publisher.get("@id"), str):
                publisher = by_id.get(publisher["@id"], publisher)
            name = _text(publisher.get("name"))
        else:
            name = _text(entry)
        if name:
            yield Candidate("publisher", origin, name)
    yield from _image(node.get("image"), origin)


def _from_jsonld(text: str) -> Iterator[Candidate]:
    values = _load_json(text)
    if not values:
        for match in _LOOSE_PAIR.finditer(text[:_MAX_JSONLD_CHARS]):
            yield Candidate(_LOOSE_FIELDS[match[1]], Origin.JSONLD, match[2])
        for match in _LOOSE_PERSON.finditer(text[:_MAX_JSONLD_CHARS]):
            yield Candidate("author", Origin.JSONLD, match[1])
        return
    nodes = list(_iter_nodes(values))
    by_id = {n["@id"]: n for n in nodes if isinstance(n.get("@id"), str)}
    articles = [n for n in nodes if _types(n) & ARTICLE_TYPES]
    pages = [n for n in nodes if _types(n) & _PAGE_TYPES]
    for node in articles:
        yield from _from_jsonld_node(node, Origin.JSONLD, by_id)
    for node in pages:
        yield from _from_jsonld_node(node, Origin.JSONLD_PAGE, by_id)


def _itemprop_value(element: etree._Element) -> str | None:
    for attribute in ("content", "datetime", "href", "src"):
        value = element.get(attribute)
        if value:
            return str(value)
    return None


_STRING_VALUE = etree.XPath("string()")


def _text_of(element: etree._Element) -> str:
    # One C call that concatenates the text nodes (what lxml.html's
    # text_content() does), much cheaper than joining itertext() in Python.
    return str(_STRING_VALUE(element))


def _element_text(element: etree._Element) -> str:
    return " ".join(_text_of(element).split())


def collect(root: etree._Element) -> tuple[Candidate, ...]:
    """Collect every metadata candidate the page states.

    Args:
        root: The page's root element.

    Returns:
        The candidates in document order within each origin.
    """
    found: list[Candidate] = []
    lang = root.get("lang") or root.get("xml:lang")
    if lang:
        found.append(Candidate("language", Origin.HTML, lang))
    time_seen = 0
    for element in root.iter("meta", "link", "script", "time", "title"):
        tag = element.tag
        if tag == "meta":
            key = (
                element.get("property") or element.get("name") or element.get("itemprop") or ""
            ).strip()
            content = element.get("content")
            if not content or not content.strip():
                if (element.get("http-equiv") or "").lower() == "content-language":
                    continue
                continue
            lowered = key.lower()
            mapped = _META_NAMES.get(lowered)
            if mapped is None and (element.get("http-equiv") or "").lower() == "content-language":
                mapped = ("language", Origin.META)
            if mapped is None and element.get("itemprop"):
                field = _ITEMPROPS.get(element.get("itemprop", "").lower())
                if field:
                    mapped = (field, Origin.MICRODATA)
            if mapped is not None:
                found.append(Candidate(mapped[0], mapped[1], content.strip()))
        elif tag == "link":
            rel = (element.get("rel") or "").lower().split()
            href = (element.get("href") or "").strip()
            if "canonical" in rel and href:
                found.append(Candidate("url", Origin.HTML, href))
        elif tag == "script":
            if (element.get("type") or "").strip().lower() in (
                "application/ld+json",
                "application/json+ld",
            ):
                found.extend(_from_jsonld(element.text or ""))
        elif tag == "time":
            value = element.get("datetime")
            if value and time_seen < 8:
                time_seen += 1
                field = (
                    "modified"
                    if element.get("itemprop", "").lower() == "datemodified"
                    else "published"
                )
                found.append(Candidate(field, Origin.TIME, value.strip()))
        elif tag == "title":
            text = _element_text(element)
            parent = element.getparent()
            if text and parent is not None and parent.tag == "head":
                found.append(Candidate("title", Origin.HTML, text))
    # Only links that carry a rel attribute can be rel=author; XPath finds
    # them without visiting every link of the page from Python.
    rel_links = _REL_LINKS(root)
    if isinstance(rel_links, list):
        for link in rel_links:
            if not isinstance(link, etree._Element):
                continue
            if "author" in (link.get("rel") or "").lower().split():
                text = _element_text(link)
                if text:
                    found.append(Candidate("author", Origin.REL_AUTHOR, text))
    found.extend(_microdata(root))
    return tuple(found)


_ITEMPROP_XPATH = etree.XPath("//*[@itemprop]")
_REL_LINKS = etree.XPath("//a[@rel]")


def _microdata(root: etree._Element) -> Iterator[Candidate]:
    found = _ITEMPROP_XPATH(root)
    if not isinstance(found, list):
        return
    for element in found:
        if not isinstance(element, etree._Element) or element.tag == "meta":
            continue
        for prop in element.get("itemprop", "").lower().split():
            field = _ITEMPROPS.get(prop)
            if field is None:
                continue
            if field == "author":
                names = [
                    n
                    for n in element.iter()
                    if isinstance(n, etree._Element) and n.get("itemprop", "").lower() == "name"
                ]
                if names:
                    for name in names[:6]:
                        value = name.get("content") or _element_text(name)
                        if value:
                            yield Candidate("author", Origin.MICRODATA, value)
                    continue
            if field == "body":
                continue  # the body extractor reads this element itself
            found_value = _itemprop_value(element) if field != "author" else None
            value = found_value if found_value is not None else _element_text(element)
            if value:
                yield Candidate(field, Origin.MICRODATA, value[:2000])


def pick(candidates: tuple[Candidate, ...], field: str) -> Candidate | None:
    """Return the most trusted candidate for *field*, or None.

    Args:
        candidates: Everything :func:`collect` found.
        field: The field to decide.

    Returns:
        The first candidate from the highest-ranked origin in
        :data:`PRECEDENCE` that has one.
    """
    ranked = pick_all(candidates, field)
    return ranked[0] if ranked else None


def pick_all(candidates: tuple[Candidate, ...], field: str) -> tuple[Candidate, ...]:
    """Return all candidates for *field*, most trusted first.

    Args:
        candidates: Everything :func:`collect` found.
        field: The field to rank.

    Returns:
        The candidates of origins listed for *field* in :data:`PRECEDENCE`,
        ordered by that row, document order within an origin.
    """
    order = PRECEDENCE.get(field, ())
    rank = {origin: i for i, origin in enumerate(order)}
    matching = [c for c in candidates if c.field == field and c.origin in rank]
    matching.sort(key=lambda c: rank[c.origin])
    return tuple(matching)
