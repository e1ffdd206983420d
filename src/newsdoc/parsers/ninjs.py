"""Read ninjs 1.x, 2.x and 3.x: :func:`parse_ninjs`.

The version is told from the keys: 3.x writes camelCase (``versionCreated``,
``bodies``), 1.x and 2.x lower case (``versioncreated``, ``body_html``); 1.x
has a plain ``headline`` and ``byline`` where 2.x has ``headlines`` and
``by``. Bodies are chosen HTML first, then NITF, then plain text. HTML goes
through lxml's HTML parser with the network off; XML (a NITF body) through
the one hardened XML parser.

>>> article = parse_ninjs({
...     "uri": "urn:x:1",
...     "versionCreated": "2024-05-01T10:00:00+02:00",
...     "headlines": [{"role": "main", "value": "Oil falls"}],
...     "bodies": [{"contentType": "text/html", "value": "<p>LONDON (Reuters) - Oil fell.</p>"}],
... })
>>> article.headline, article.dateline.location, article.published.isoformat()
('Oil falls', 'LONDON', '2024-05-01T10:00:00+02:00')
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from newsdoc.analysis import build_article, parse_bylines
from newsdoc.analysis.credits import parse_photo_credit
from newsdoc.errors import NewsMLError
from newsdoc.model import Article, Block, Byline, Media, MediaKind, Party, Subject
from newsdoc.parsers._fields import Fields, add_subject, bcp47, clean, draft, fill, urgency, when
from newsdoc.parsers._markup import extract_body
from newsdoc.parsers._nitf import read_nitf
from newsdoc.parsers._xml import local_name, parse_html_fragment, parse_xml

__all__ = ["parse_ninjs"]

# Item types that hold no story text.
_NOT_TEXT = frozenset({"picture", "video", "audio", "graphic", "composite", "component", "event"})
_SUB_ROLES = frozenset({"sub", "subtitle", "subheadline", "subhead", "sub-headline"})
# Description roles that may hold a body preview rather than a standfirst.
_LOOSE_ROLES = frozenset({"text", ""})
_SENTENCE_ENDS = frozenset('.!?…"”»’)')
_STANDFIRST_ROLES = ("summary", "lead", "abstract", "teaser", "text")
# The person rel newsdoc's writer gives its bylines.
BYLINE_REL = "byline"
# Nesting deeper than this is not a news item; refusing it bounds the work.
_MAX_DEPTH = 64


def _string(value: object) -> str | None:
    return clean(value) if isinstance(value, str) else None


def _objects(value: object) -> list[Mapping[str, Any]]:
    if not isinstance(value, list):
        return []
    return [v for v in value if isinstance(v, Mapping)]


def _load(data: str | bytes | Mapping[str, Any]) -> Mapping[str, Any]:
    if isinstance(data, Mapping):
        return data
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise NewsMLError(f"ninjs: the document is not UTF-8 ({error})") from None
    if not isinstance(data, str):
        raise NewsMLError(f"ninjs: expected str, bytes or a mapping, got {type(data).__name__}")
    try:
        loaded = json.loads(data)
    except json.JSONDecodeError as error:
        raise NewsMLError(
            f"ninjs: not JSON at line {error.lineno}, column {error.colno}: {error.msg}"
        ) from None
    except RecursionError:
        raise NewsMLError("ninjs: the JSON is nested too deeply") from None
    if not isinstance(loaded, Mapping):
        raise NewsMLError(f"ninjs: the document is a JSON {type(loaded).__name__}, not an object")
    return loaded


def _get(item: Mapping[str, Any], *keys: str) -> Any:
    for key in keys:
        if key in item:
            return item[key]
    return None


def _html_blocks(markup: str, fields: Fields) -> tuple[Media, ...]:
    root = parse_html_fragment(markup)
    if root is None:
        fields["blocks"] = ()
        return ()
    found = extract_body(root)
    fields["blocks"] = found.blocks
    return found.media


def _nitf_blocks(markup: str, fields: Fields) -> tuple[Media, ...]:
    root = parse_xml(markup, what="ninjs NITF body")
    if local_name(root).lower() != "nitf":
        found = extract_body(root)
        fields["blocks"] = found.blocks
        return found.media
    more, media = read_nitf(root)
    fill(fields, more)
    fields["blocks"] = more.get("blocks", ())
    return media


def _text_blocks(text: str, fields: Fields) -> tuple[Media, ...]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    separator = "\n\n" if "\n\n" in text else "\n"
    fields["blocks"] = tuple(Block(text=p) for p in text.split(separator) if p.strip())
    return ()


def _body_kind(body: Mapping[str, Any]) -> str:
    """``html``, ``nitf`` or ``text``: from the content type, else the role, else a look."""
    kind = str(body.get("contentType") or body.get("contenttype") or "").lower()
    role = str(body.get("role") or "").lower()
    if "nitf" in kind or "nitf" in role:
        return "nitf"
    if "html" in kind or (not kind and "html" in role):
        return "html"
    if "xml" in kind:
        return "nitf"
    if not kind and str(body["value"]).lstrip().startswith("<"):
        return "html"
    return "text"


# Bodies in order of preference: the markup the provider laid out first.
_BODY_PREFERENCE = ("html", "nitf", "text")


def _bodies(item: Mapping[str, Any], fields: Fields) -> tuple[Media, ...]:
    html = _get(item, "body_html", "body_xhtml")
    if isinstance(html, str):
        return _html_blocks(html, fields)
    bodies = [b for b in _objects(item.get("bodies")) if isinstance(b.get("value"), str)]
    if bodies:
        ranked = sorted(
            range(len(bodies)), key=lambda i: (_BODY_PREFERENCE.index(_body_kind(bodies[i])), i)
        )
        body = bodies[ranked[0]]
        kind = _body_kind(body)
        if kind == "html":
            return _html_blocks(body["value"], fields)
        if kind == "nitf":
            return _nitf_blocks(body["value"], fields)
        if not isinstance(item.get("body_nitf"), str):
            return _text_blocks(body["value"], fields)
    nitf = item.get("body_nitf")
    if isinstance(nitf, str):
        return _nitf_blocks(nitf, fields)
    text = item.get("body_text")
    if isinstance(text, str):
        return _text_blocks(text, fields)
    fields["blocks"] = ()
    return ()


def _headlines(item: Mapping[str, Any], fields: Fields) -> None:
    single = _string(item.get("headline"))
    found = [
        (str(h.get("role") or "").lower(), _string(h.get("value")))
        for h in _objects(item.get("headlines"))
    ]
    main = next((v for r, v in found if r == "main" and v), None)
    if main is None:
        main = next((v for r, v in found if not r and v), None)
    if main is None:
        main = single or next((v for r, v in found if v and r not in _SUB_ROLES), None)
    fields["headline"] = main
    sub = next((v for r, v in found if v and r in _SUB_ROLES), None)
    if sub is None:
        sub = next((v for r, v in found if v and r not in ("main", "") and v != main), None)
    fields["subheadline"] = sub


def _is_whole(text: str) -> bool:
    # A teaser cut off mid-word ("... kommer att genomföra") is a preview of
    # the body, not a standfirst.
    return text[-1:] in _SENTENCE_ENDS


def _descriptions(item: Mapping[str, Any], fields: Fields) -> None:
    found = [
        (str(d.get("role") or "").lower(), v)
        for d in _objects(item.get("descriptions"))
        if (v := _string(d.get("value"))) is not None
    ]
    legacy = _string(item.get("description_text"))
    if legacy is not None:
        found.append(("", legacy))
    ranked = sorted(
        (_STANDFIRST_ROLES.index(r) if r in _STANDFIRST_ROLES else len(_STANDFIRST_ROLES), i)
        for i, (r, _) in enumerate(found)
        if r in _STANDFIRST_ROLES or not r
    )
    standfirst = None
    if ranked:
        role, value = found[ranked[0][1]]
        # A loose role may hold a body preview cut off mid-word: no standfirst.
        if role not in _LOOSE_ROLES or _is_whole(value):
            standfirst = value
    fields["standfirst"] = standfirst
    fields["creditline"] = next((v for r, v in found if r == "creditline"), None)


def _people(item: Mapping[str, Any], fields: Fields) -> None:
    bylines = [
        Byline(name=name)
        for person in _objects(item.get("people"))
        if person.get("rel") == BYLINE_REL and (name := _string(person.get("name"))) is not None
    ]
    if bylines:
        # newsdoc's own structured bylines: ``by`` repeats them as printed.
        fields["bylines"] = tuple(bylines)
        return
    by = _string(_get(item, "by", "byline"))
    if by is not None:
        fields["byline_texts"] = (by,)
        return
    # AP's ninjs: "bylines": [{"by": "By ANN LEE", "title": "Associated Press"}].
    texts: list[str] = []
    people: list[Byline] = []
    for entry in _objects(item.get("bylines")):
        text = _string(entry.get("by")) or _string(entry.get("name"))
        title = _string(entry.get("title"))
        if text is None:
            continue
        if title is None:
            texts.append(text)
            continue
        people.extend(
            Byline(name=b.name, affiliation=b.affiliation, title=title, role=b.role)
            for b in parse_bylines(text)
        )
    if people:
        fields["bylines"] = tuple(people)
    elif texts:
        fields["byline_texts"] = tuple(texts)


def _info_sources(item: Mapping[str, Any]) -> tuple[Party, ...]:
    """``infoSources`` (2.x ``infosources``): the parties that supplied the content."""
    parties: list[Party] = []
    for source in _objects(_get(item, "infoSources", "infosources")):
        name = _string(source.get("name"))
        code = _string(source.get("uri")) or _string(source.get("literal"))
        if name is None and code is None:
            continue
        party = Party(name=name, code=code, role=_string(source.get("role")))
        if party not in parties:
            parties.append(party)
    return tuple(parties)


def _subjects(item: Mapping[str, Any], fields: Fields) -> None:
    subjects: list[Subject] = []
    # ninjs 1.x calls the list "subject", with "code" and "scheme".
    for subject in _objects(item.get("subjects")) + _objects(item.get("subject")):
        code = _string(subject.get("qcode")) or _string(subject.get("uri"))
        code = code or _string(subject.get("literal")) or _string(subject.get("code"))
        add_subject(subjects, code, _string(subject.get("name")))
    fields["subjects"] = tuple(subjects)
    keywords = item.get("keywords")
    if isinstance(keywords, list):
        fields["keywords"] = tuple(k for k in (_string(v) for v in keywords) if k)


def _media(item: Mapping[str, Any]) -> tuple[Media, ...]:
    media: list[Media] = []
    associations = item.get("associations")
    if isinstance(associations, Mapping):
        associations = list(associations.values())
    for association in _objects(associations):
        kind = str(association.get("type") or "").lower()
        if kind not in ("picture", "graphic", "video"):
            continue
        url = None
        for rendition in _objects(association.get("renditions")):
            url = _string(rendition.get("href"))
            if url is not None:
                break
        if isinstance(association.get("renditions"), Mapping):
            for rendition in association["renditions"].values():
                if isinstance(rendition, Mapping) and url is None:
                    url = _string(rendition.get("href"))
        media_kind = {"picture": MediaKind.PHOTO, "graphic": MediaKind.GRAPHIC}.get(
            kind, MediaKind.VIDEO
        )
        caption = _string(association.get("description_text")) or _string(
            association.get("headline")
        )
        by = _string(association.get("by"))
        credit = parse_photo_credit(by) if by is not None else None
        media.append(Media(kind=media_kind, url=url, caption=caption, credit=credit))
    return tuple(media)


def _depth_ok(value: object) -> bool:
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        node, depth = stack.pop()
        if depth > _MAX_DEPTH:
            return False
        if isinstance(node, Mapping):
            stack.extend((v, depth + 1) for v in node.values())
        elif isinstance(node, list):
            stack.extend((v, depth + 1) for v in node)
    return True


def parse_ninjs(data: str | bytes | Mapping[str, Any]) -> Article:
    """Read a ninjs 1.x, 2.x or 3.x news item.

    Args:
        data: The item: JSON text (``bytes`` are read as UTF-8) or an already
            decoded mapping.

    Returns:
        The article.

    Raises:
        NewsMLError: *data* is not a JSON object, or the item is not text (a
            picture, video or graphic; the message names its type).
    """
    item = _load(data)
    if not _depth_ok(item):
        raise NewsMLError(f"ninjs: the document is nested deeper than {_MAX_DEPTH} levels")
    kind = _string(item.get("type")) or "text"
    if kind.lower() in _NOT_TEXT:
        raise NewsMLError(f"ninjs: the item is a {kind}, not a text item")
    fields: Fields = {
        "guid": _string(item.get("uri")),
        "version": _string(item.get("version")),
        "language": bcp47(_string(item.get("language"))),
        "slugline": _string(item.get("slugline")),
        "located": _string(item.get("located")),
        "provider": _string(_get(item, "copyrightHolder", "copyrightholder")),
        "item_class": _string(item.get("type")),
        "pub_status": _string(_get(item, "pubStatus", "pubstatus")),
        "embargoed": when(_string(_get(item, "embargoedUntil", "embargoed"))),
        "copyright_holder": _string(_get(item, "copyrightHolder", "copyrightholder")),
        "copyright_notice": _string(_get(item, "copyrightNotice", "copyrightnotice")),
        "usage_terms": _string(_get(item, "usageTerms", "usageterms")),
        "contributors": _info_sources(item),
    }
    value = item.get("urgency")
    fields["urgency"] = urgency(str(value)) if isinstance(value, int | str) else None
    first = _string(_get(item, "firstCreated", "firstcreated"))
    version_created = _string(_get(item, "versionCreated", "versioncreated"))
    modified = when(version_created)
    fields["published"] = when(first) if first is not None else modified
    fields["modified"] = modified
    _headlines(item, fields)
    _descriptions(item, fields)
    _people(item, fields)
    _subjects(item, fields)
    media = _bodies(item, fields) + _media(item)
    if media:
        fields["media"] = media
    return build_article(draft({k: v for k, v in fields.items() if v is not None}))
