"""The HTML front end: a news page in, an :class:`~newsdoc.model.Article` out.

The pipeline, one step per module:

1. decode bytes by evidence (:mod:`newsdoc.parsers._decode`);
2. build one lxml tree;
3. collect metadata candidates and reconcile them by a precedence table
   (:mod:`newsdoc.parsers._html_meta`);
4. find the story's blocks in reading order (:mod:`newsdoc.parsers._html_body`);
5. hand a :class:`~newsdoc.parsers._draft.Draft` to the shared wire-copy
   analysis, which splits off the dateline, reads bylines and credit lines and
   finds quotes.

>>> page = '''<html lang="en"><head><title>Storm hits coast | Daily Bugle</title>
... <meta property="og:title" content="Storm hits coast">
... <meta property="article:published_time" content="2024-03-01T09:30:00-05:00">
... <meta name="author" content="Jane Roe"></head>
... <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
... <article><h1>Storm hits coast</h1>
... <p>A powerful storm battered the coast on Friday, cutting power to thousands of homes.</p>
... <p>Officials said crews would work through the weekend to restore electricity.</p>
... </article></body></html>'''
>>> article = parse_html(page)
>>> article.headline
'Storm hits coast'
>>> [b.name for b in article.bylines]
['Jane Roe']
>>> article.published.isoformat()
'2024-03-01T09:30:00-05:00'
>>> len(article.body)
2
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from urllib.parse import urljoin, urlsplit

import attrs
from lxml import etree

from newsdoc.analysis import build_article
from newsdoc.analysis.bylines import parse_bylines
from newsdoc.analysis.dates import parse_datetime
from newsdoc.errors import HTMLParseError
from newsdoc.model import Article, Byline, Media, Subject, When, normalize_text
from newsdoc.parsers import _html_body, _html_meta
from newsdoc.parsers._decode import decode, strip_declaration
from newsdoc.parsers._draft import Draft
from newsdoc.parsers._html_meta import Candidate, Origin

__all__ = ["parse_html"]

_MAX_INPUT = 50_000_000
_CONTROL_BYTES = bytes(c for c in range(32) if c not in (9, 10, 13))

# Author strings: a leading "By" in the languages of the corpus, then separators.
_BY_PREFIX = re.compile(
    r"^(?:by|from|von|vom|por|par|di|da|door|av|af|od|від|от|tekst|text|texte|"
    r"written by|reported by|auteur|autor|autorin|author)\s*:?\s+",
    re.IGNORECASE,
)
_AUTHOR_SPLIT = re.compile(
    r"\s*(?:[,;|/]|\s+(?:and|und|&|y|et|e|og|och|en|i|и|та|a)\s+)\s*", re.IGNORECASE
)
_INNER_BY = re.compile(r"\S\s+by\s", re.IGNORECASE)
_URL_VALUE = re.compile(r"^(?:https?:|www\.|/)", re.IGNORECASE)
# Job words printed after a name in Korean, Japanese and Chinese bylines.
_NAME_SUFFIX = re.compile(r"\s*(?:기자|특파원|記者|特派員|编辑|記者撮影)(?:\s.*)?$")
_NAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "al"}
)
_BY_WORDS = frozenset({"by", "von", "por", "par", "di", "door", "av", "af", "od", "from"})
_URLISH = re.compile(r"https?:|www\.|\.(?:com|net|org|html?)\b|@|/", re.IGNORECASE)
_DIGITS = re.compile(r"\d")

# Words that make an author string a desk, a team or an outlet, not a person.
_DESK_WORDS = frozenset(
    {
        "staff",
        "redaktion",
        "redaction",
        "rédaction",
        "redacción",
        "redazione",
        "redactie",
        "redaksjonen",
        "redaktionen",
        "newsroom",
        "desk",
        "team",
        "editors",
        "editorial",
        "agency",
        "agencies",
        "agencia",
        "agentur",
        "wire",
        "wires",
        "online",
        "news",
        "nachrichten",
        "zeitung",
        "times",
        "post",
        "press",
        "presse",
        "media",
        "gmbh",
        "verlag",
        "admin",
        "administrator",
        "reporter",
        "correspondent",
        "contributor",
        "journal",
        "daily",
        "tribune",
        "herald",
        "gazette",
        "magazine",
        "tv",
        "radio",
        "image",
        "images",
        "photo",
        "photos",
        "foto",
        "fotos",
        "bild",
        "getty",
        "imago",
        "shutterstock",
        "picture",
        "agenturen",
        "red",
        "twitter",
        "facebook",
        "instagram",
        "linkedin",
        "email",
        "mail",
        "quelle",
        "source",
    }
)
#: News agencies: credited as author, they are the provider.
_AGENCIES = frozenset(
    {
        "ap",
        "associated press",
        "the associated press",
        "reuters",
        "afp",
        "agence france-presse",
        "dpa",
        "deutsche presse-agentur",
        "apa",
        "sda",
        "kna",
        "epd",
        "sid",
        "efe",
        "ansa",
        "kyodo",
        "xinhua",
        "bloomberg",
        "pa",
        "pa media",
        "ntb",
        "tt",
        "ritzau",
        "anp",
        "belga",
        "tass",
        "ria novosti",
        "yonhap",
        "aa",
        "anadolu",
        "upi",
        "cnn wire",
        "europa press",
    }
)

_GLUED_SITE_SUFFIX = re.compile(
    r"(?:[-–][^\s\-–|ㅣ｜]{1,12})?\s?[|ㅣ｜]\s?(?P<site>[^|ㅣ｜]{1,30})$"
)
_SITE_SEPARATORS = re.compile(r"\s+[|–—•·»:-]\s+|\s+-\s+|\s*\|\s*")
_NON_WORD = re.compile(r"\W+")


def _squash(text: str) -> str:
    return _NON_WORD.sub("", text).casefold()


def _parse_tree(text: str | bytes) -> etree._Element:
    data = text.encode("utf-8", "replace") if isinstance(text, str) else text
    # C0 control characters never carry text, NUL ends the document for
    # libxml2 and lxml refuses them in text nodes; in UTF-8 they are single
    # bytes that no multi-byte sequence contains, so deleting them is safe.
    data = data.translate(None, _CONTROL_BYTES)
    if b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data:
        # U+FFFE and U+FFFF are noncharacters that lxml refuses in text.
        data = data.replace(b"\xef\xbf\xbe", b"").replace(b"\xef\xbf\xbf", b"")
    parser = etree.HTMLParser(
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        no_network=True,
    )
    try:
        root = etree.fromstring(data, parser=parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError) as error:
        raise HTMLParseError(f"no HTML document could be built from the input: {error}") from None
    if root is None or not isinstance(root, etree._Element):
        raise HTMLParseError("no HTML document could be built from the input")
    return root


def _decode_input(data: str | bytes, charset: str | None) -> str | bytes:
    if isinstance(data, str):
        return strip_declaration(data)
    if isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        decoded = decode(raw, charset=charset)
        if decoded.encoding == "utf-8":
            return raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw
        return strip_declaration(decoded.text)
    raise HTMLParseError(f"expected HTML as str or bytes, got {type(data).__name__}")


def _strip_site_name(title: str, publisher_names: Iterable[str], *, guess: bool) -> str:
    """Remove the site name a title carries ("Headline | Site").

    Known publisher names are always removed. With *guess*, as for a
    ``<title>``, a short last part after a separator is taken to be the site
    name even when the page names no publisher.
    """
    names = {_squash(n) for n in publisher_names if n}
    glued = _GLUED_SITE_SUFFIX.search(title)
    if glued is not None and _squash(glued["site"]) in names:
        # "Headline-Section|Site" written without spaces (common on Korean
        # and Japanese sites): the suffix goes with its section.
        return title[: glued.start()].rstrip()
    parts = _SITE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    kept = [p for p in parts if _squash(p) not in names]
    if len(kept) == len(parts):
        if guess and len(parts[-1]) < 30:
            return max(parts, key=len)
        return title
    return " - ".join(kept) if kept else title


def _clean_author(value: str) -> list[str]:
    value = " ".join(value.split())
    if _URL_VALUE.match(value):
        return []  # a profile page, not a name
    value = _BY_PREFIX.sub("", value)
    value = _NAME_SUFFIX.sub("", value)
    names: list[str] = []
    for part in _AUTHOR_SPLIT.split(value):
        name = part.strip(" .:-–—()[]\"'")
        if name:
            names.append(name)
    return names


_CAPITALISED = re.compile(r"^[^\W\d_]", re.UNICODE)


def _looks_like_name(name: str) -> bool:
    """Tell whether printed text has the shape of a personal name.

    Used for text read off the page rather than metadata: two to four
    capitalised words in scripts with case, or a short run in scripts without.
    """
    words = name.split()
    if not name.isascii() and not any(c.isupper() or c.islower() for c in name):
        return 1 <= len(words) <= 3
    if not 2 <= len(words) <= 4:
        return False
    return all(w[0].isupper() or w in _NAME_PARTICLES for w in words if _CAPITALISED.match(w))


def _is_person(name: str, publisher_names: frozenset[str]) -> bool:
    if not name or len(name) > 60 or _URLISH.search(name) or _DIGITS.search(name):
        return False
    if name.casefold() in _BY_WORDS:
        return False
    if " " not in name and name.islower():
        return False  # a lone lower-case word is a label or a handle, not a name
    squashed = _squash(name)
    if not squashed or squashed in publisher_names:
        return False
    lowered = name.casefold()
    if lowered in _AGENCIES:
        return False
    words = [w.strip(".") for w in lowered.replace("-", " ").split()]
    if len(words) > 5:
        return False
    return not any(w in _DESK_WORDS for w in words)


def _author_bylines(value: str) -> list[Byline]:
    """Read the people in one author string.

    A printed byline with a role or an outlet after the name ("Analysis by A,
    CNN Editor-at-large") goes through the shared byline analysis, which knows
    those shapes and keeps the title and affiliation; a plain list of names is
    split here.
    """
    if _URL_VALUE.match(value.strip()):
        return []
    if "," in value or _INNER_BY.search(value):
        shared = [
            attrs.evolve(b, name=name)
            for b in parse_bylines(value)
            if (name := _NAME_SUFFIX.sub("", b.name))
        ]
        if shared:
            return shared
    return [Byline(name=name) for name in _clean_author(value)]


def _authors(
    candidates: tuple[Candidate, ...], publisher_names: frozenset[str]
) -> tuple[tuple[Byline, ...], str | None]:
    """Return the people credited as authors and an organisation credited instead."""
    organisation: str | None = None
    by_origin: dict[Origin, list[Byline]] = {}
    orgs: list[str] = []
    for candidate in _html_meta.pick_all(candidates, "author"):
        visible = candidate.origin is Origin.VISIBLE
        for byline in _author_bylines(candidate.value):
            name = byline.name
            if _is_person(name, publisher_names) and (not visible or _looks_like_name(name)):
                by_origin.setdefault(candidate.origin, []).append(byline)
            elif not visible and not _URLISH.search(name) and len(name) <= 60:
                orgs.append(name)
    orgs.extend(c.value for c in _html_meta.pick_all(candidates, "author_org"))
    people: list[Byline] = []
    for origin in _html_meta.PRECEDENCE["author"]:
        if origin in by_origin:
            people = by_origin[origin]
            break
    seen: set[str] = set()
    bylines: list[Byline] = []
    for byline in people:
        key = _squash(byline.name)
        if key in seen:
            continue
        seen.add(key)
        bylines.append(byline)
    for org in orgs:
        if _squash(org) and not _URLISH.search(org):
            organisation = org
            break
    return tuple(bylines[:12]), organisation


# A printed date line carries words around the date ("Thu 25.04.24 | 14:07
# Uhr | By ..."): the day-first dotted date and the time next to it.
_PRINTED_DOTTED = re.compile(
    r"(?<!\d)(\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2}))(?!\d)(?:[^\d]{1,12}(\d{1,2}[:.]\d{2})(?!\d))?"
)


# Month names of the languages whose pages print "1. April 2025, 15:25" or
# "3 mars 2024 à 10h05"; English is read by parse_datetime itself.
_MONTHS: Mapping[str, int] = {
    name: number
    for number, names in enumerate(
        (
            ("januar", "jänner", "janvier", "enero", "gennaio", "januari", "janeiro", "stycznia"),
            ("februar", "février", "fevrier", "febrero", "febbraio", "februari", "fevereiro"),
            ("märz", "maerz", "mars", "marzo", "maart", "março", "marca"),
            ("april", "avril", "abril", "aprile", "kwietnia"),
            ("mai", "mayo", "maggio", "mei", "maio", "maja"),
            ("juni", "juin", "junio", "giugno", "junho", "czerwca"),
            ("juli", "juillet", "julio", "luglio", "julho", "lipca"),
            ("august", "août", "aout", "agosto", "augustus", "sierpnia"),
            ("september", "septembre", "septiembre", "settembre", "setembro", "września"),
            ("oktober", "octobre", "octubre", "ottobre", "outubro", "października"),
            ("november", "novembre", "noviembre", "novembro", "listopada"),
            ("dezember", "décembre", "decembre", "diciembre", "dicembre", "december", "dezembro"),
        ),
        start=1,
    )
    for name in names
}
_PRINTED_WORDS = re.compile(
    r"(?<!\d)(\d{1,2})\.?\s{1,3}(?:de\s)?([^\W\d_]{3,12})\.?\s{1,3}(?:de\s)?(\d{4})(?!\d)"
    r"(?:[^\d]{1,12}(\d{1,2})[:.h](\d{2})(?!\d))?"
)


def _printed_date(text: str) -> When | None:
    words = _PRINTED_WORDS.search(text)
    if words is not None and words[2].casefold() in _MONTHS:
        month = _MONTHS[words[2].casefold()]
        iso = f"{words[3]}-{month:02d}-{int(words[1]):02d}"
        if words[4]:
            return parse_datetime(f"{iso}T{int(words[4]):02d}:{words[5]}") or parse_datetime(iso)
        return parse_datetime(iso)
    match = _PRINTED_DOTTED.search(text)
    if match is None:
        return None
    day = match[1].replace(" ", "")
    if match[2]:
        return parse_datetime(f"{day} {match[2].replace('.', ':')}") or parse_datetime(day)
    return parse_datetime(day)


def _when(candidates: tuple[Candidate, ...], field: str) -> When | None:
    parsed: list[When] = []
    for candidate in _html_meta.pick_all(candidates, field):
        value = parse_datetime(candidate.value)
        if value is None and candidate.origin is Origin.VISIBLE:
            value = _printed_date(candidate.value)
        if value is not None:
            parsed.append(value)
    if not parsed:
        return None
    best = parsed[0]
    for other in parsed[1:]:
        if not isinstance(other, dt.datetime):
            continue
        if not isinstance(best, dt.datetime):
            if other.date() == best:
                best = other
        elif (
            best.tzinfo is None
            and other.tzinfo is not None
            and other.replace(tzinfo=None, second=0, microsecond=0)
            == best.replace(second=0, microsecond=0)
        ):
            best = other
    return best


def _language(candidates: tuple[Candidate, ...]) -> str | None:
    found = _html_meta.pick(candidates, "language")
    if found is None:
        return None
    value = found.value.split(",")[0].strip()
    if found.origin is Origin.OPENGRAPH:
        value = value.replace("_", "-")
    return value or None


def _url(candidates: tuple[Candidate, ...], url: str | None) -> str | None:
    for candidate in _html_meta.pick_all(candidates, "url"):
        value = candidate.value.strip()
        absolute = urljoin(url, value) if url else value
        if urlsplit(absolute).scheme in ("http", "https"):
            return absolute
    return url


def _keywords(candidates: tuple[Candidate, ...]) -> tuple[str, ...]:
    ranked = _html_meta.pick_all(candidates, "keywords")
    if not ranked:
        return ()
    origin = ranked[0].origin
    words: list[str] = []
    seen: set[str] = set()
    for candidate in ranked:
        if candidate.origin is not origin:
            break
        for part in candidate.value.split(","):
            word = part.strip()
            if word and word.casefold() not in seen:
                seen.add(word.casefold())
                words.append(word)
    return tuple(words[:50])


def _media(
    candidates: tuple[Candidate, ...], found: tuple[Media, ...], url: str | None
) -> tuple[Media, ...]:
    media = list(found)
    known = {m.url for m in media if m.url}
    lead = _html_meta.pick(candidates, "image")
    if lead is not None:
        address = urljoin(url, lead.value) if url else lead.value
        if address not in known:
            media.insert(0, Media(url=address, caption=lead.caption))
    return tuple(media[:50])


def _value(candidates: tuple[Candidate, ...], field: str) -> str | None:
    found = _html_meta.pick(candidates, field)
    return found.value if found is not None else None


def parse_html(data: str | bytes, *, url: str | None = None, charset: str | None = None) -> Article:
    """Read a news page into an article.

    Args:
        data: The page. ``bytes`` are decoded by evidence: a byte order mark,
            then *charset*, then the page's own ``<meta charset>`` or
            ``http-equiv`` declaration, then detection. A ``str`` is taken as
            decoded (an encoding declaration in it is ignored).
        url: The address the page was fetched from; makes relative links
            absolute and is the article's URL when the page names no
            canonical one.
        charset: The charset the transport declared (HTTP ``Content-Type``).

    Returns:
        The article: headline, bylines, dates and other metadata reconciled
        from the page's structured data and markup, and the story's blocks in
        reading order, analysed for dateline, bylines, credits and quotes.

    Raises:
        HTMLParseError: The input is not a string or bytes, is empty or too
            large, or holds no HTML document.

    .. versionadded:: 0.1
    """
    if isinstance(data, str | bytes | bytearray | memoryview) and len(data) > _MAX_INPUT:
        raise HTMLParseError(f"the input is {len(data)} long; the limit is {_MAX_INPUT}")
    source = _decode_input(data, charset)
    if not source.strip():
        raise HTMLParseError("the input is empty")
    root = _parse_tree(source)
    candidates = _html_meta.collect(root)
    publisher = _value(candidates, "publisher")
    publisher_names = frozenset(
        _squash(c.value) for c in candidates if c.field == "publisher" and _squash(c.value)
    )
    site_names = [c.value for c in candidates if c.field == "publisher"]
    titles = [
        _strip_site_name(c.value, site_names, guess=False)
        for c in _html_meta.pick_all(candidates, "headline")
    ]
    titles.extend(
        _strip_site_name(c.value, site_names, guess=True)
        for c in _html_meta.pick_all(candidates, "title")
    )
    extraction = _html_body.extract_body(
        root,
        titles=titles,
        base_url=url,
        body_hint=_value(candidates, "body"),
        descriptions=tuple(
            dict.fromkeys(c.value for c in _html_meta.pick_all(candidates, "description"))
        ),
    )
    headline = extraction.headline
    candidates += tuple(
        Candidate(field, Origin.VISIBLE, text) for field, text in extraction.visible
    )
    bylines, organisation = _authors(candidates, publisher_names)
    provider = organisation if organisation and not bylines else None
    if provider is None and organisation and organisation.casefold() in _AGENCIES:
        provider = organisation
    section = _value(candidates, "section")
    draft = Draft(
        blocks=extraction.blocks,
        is_structured=False,
        headline=headline,
        standfirst=extraction.standfirst,
        bylines=bylines,
        credit_texts=extraction.credit_texts,
        media=_media(candidates, extraction.media, url),
        published=_when(candidates, "published"),
        modified=_when(candidates, "modified"),
        language=_language(candidates),
        url=_url(candidates, url),
        provider=provider,
        publisher=publisher,
        section=section,
        subjects=(Subject(name=section),) if section and normalize_text(section) else (),
        keywords=_keywords(candidates),
    )
    return build_article(draft)
