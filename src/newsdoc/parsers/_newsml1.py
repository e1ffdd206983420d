"""NewsML 1.x: NewsEnvelope / NewsItem / NewsComponent trees.

The body is the text ContentItem of the component whose Role is ``Body`` or
``Main``, else the first text ContentItem that is not under a caption. Its
NewsLines and metadata are read from that component first, then from each
enclosing component in turn, so the nearest statement wins (Business Wire
repeats metadata on every component; AFP puts it on the one component).
"""

from __future__ import annotations

import types
from collections.abc import Iterator, Mapping

from newsdoc.analysis import parse_bylines
from newsdoc.model import Block, Byline, Media, MediaKind, Party, Subject, When
from newsdoc.parsers._draft import Draft
from newsdoc.parsers._fields import (
    XML_LANG,
    Fields,
    add_subject,
    bcp47,
    clean,
    draft,
    fill,
    urgency,
    when,
)
from newsdoc.parsers._g2 import split_plain_text
from newsdoc.parsers._markup import extract_body
from newsdoc.parsers._nitf import read_nitf
from newsdoc.parsers._xml import (
    Element,
    children,
    first_child,
    is_element,
    local_name,
    parse_html_fragment,
    text_of,
)

__all__ = ["newsml1_items", "read_newsml1_item"]

# NewsItemType values that are stories; others (Photo, Graphic ...) are not.
_TEXT_ITEM_TYPES = frozenset({"news", "alert", "advisory", "text", "flash", "bulletin", "update"})
_BODY_ROLES = frozenset({"body", "main", "text", "story"})
_CAPTION_ROLES = frozenset({"caption", "headline", "subheadline", "contact", "stylesheet", "logo"})
_TEXT_MEDIA = frozenset({"text", "complexdata"})
# NewsLines read as they are, and the Draft field each one fills.
_NEWSLINES: Mapping[str, str] = types.MappingProxyType(
    {
        "HeadLine": "_headline",
        "SubHeadLine": "subheadline",
        "DateLine": "dateline_text",
        "CreditLine": "creditline",
        "SlugLine": "slugline",
        "CopyrightLine": "copyright_notice",
    }
)
# AdministrativeMetadata elements that name a party, and the role each gives it.
_PARTY_ROLES: Mapping[str, str] = types.MappingProxyType(
    {"Creator": "creator", "Contributor": "contributor", "Source": "source"}
)


def _formal(node: Element | None) -> str:
    if node is None:
        return ""
    return (node.get("FormalName") or "").strip()


def _text(node: Element | None) -> str | None:
    return None if node is None else clean(text_of(node))


def newsml1_items(root: Element) -> Iterator[tuple[Element, str]]:
    """Yield each NewsItem of a NewsML 1 document with what it holds.

    Args:
        root: The ``NewsML`` element.

    Yields:
        ``(item, kind)``: kind is ``"text"`` for a story, otherwise the
        NewsItemType as written (or a description of what it holds).
    """
    for item in children(root, "NewsItem"):
        management = first_child(item, "NewsManagement")
        item_type = (
            _formal(first_child(management, "NewsItemType")) if management is not None else ""
        )
        if item_type and item_type.lower() not in _TEXT_ITEM_TYPES:
            yield item, f"NewsItemType {item_type}"
        elif _body_item(item) is None:
            yield item, "NewsItem without text"
        else:
            yield item, "text"


def _role(component: Element) -> str:
    return _formal(first_child(component, "Role")).lower()


def _is_text_item(content: Element) -> bool:
    media = _formal(first_child(content, "MediaType")).lower()
    mime = _formal(first_child(content, "MimeType")).lower()
    if media and media not in _TEXT_MEDIA:
        return False
    if not media and mime and not (mime.startswith("text/") or "xml" in mime or "html" in mime):
        return False
    if mime == "text/css":
        return False
    return first_child(content, "DataContent") is not None


def _body_item(item: Element) -> tuple[Element, list[Element]] | None:
    """The body ContentItem and the chain of components from it up to the item."""
    fallback: tuple[Element, list[Element]] | None = None
    # (component, chain of ancestors nearest first, under a caption role)
    stack: list[tuple[Element, list[Element], bool]] = [
        (c, [], False) for c in reversed(list(children(item, "NewsComponent")))
    ]
    while stack:
        component, ancestors, captioned = stack.pop()
        chain = [component, *ancestors]
        role = _role(component)
        captioned = captioned or role in _CAPTION_ROLES
        for content in children(component, "ContentItem"):
            if not _is_text_item(content):
                continue
            if role in _BODY_ROLES:
                return content, chain
            if fallback is None and not captioned:
                fallback = content, chain
        stack.extend(
            (child, chain, captioned)
            for child in reversed(list(children(component, "NewsComponent")))
        )
    return fallback


def _role_text(components: list[Element], role: str) -> str | None:
    """Text of a sibling component with the given Role (Business Wire's SubHeadLine)."""
    for parent in components:
        for component in children(parent, "NewsComponent"):
            if _role(component) != role:
                continue
            for content in children(component, "ContentItem"):
                data = first_child(content, "DataContent")
                if data is not None:
                    return _text(data)
    return None


def _read_lines(chain: list[Element], fields: Fields) -> None:
    for component in chain:
        lines = first_child(component, "NewsLines")
        if lines is None:
            continue
        # The nearest component's bylines name the authors; outer ones repeat them.
        has_bylines = "_bylines" in fields
        for node in children(lines):
            name = local_name(node)
            text = _text(node)
            key = _NEWSLINES.get(name)
            if key is not None:
                if fields.get(key) is None:
                    fields[key] = text
            elif text is None or has_bylines:
                continue
            elif name == "ByLine":
                fields.setdefault("_bylines", []).append(text)
            elif name == "ByLineTitle":
                fields.setdefault("_byline_title", text)


def _read_bylines(fields: Fields) -> None:
    """NewsLines ``ByLine`` as printed; with a ``ByLineTitle``, the title is the person's."""
    texts: list[str] = fields.pop("_bylines", None) or []
    title = fields.pop("_byline_title", None)
    if title is None or len(texts) != 1:
        if texts:
            fields["byline_texts"] = tuple(texts)
        return
    people = parse_bylines(texts[0])
    if people:
        fields["bylines"] = tuple(
            Byline(name=p.name, affiliation=p.affiliation, title=title, role=p.role) for p in people
        )


def _parties(admin: Element) -> list[Party]:
    """The Creator, Contributor and Source parties of an AdministrativeMetadata.

    A party's role is the element it is listed under, with the Party's
    ``Scheme`` in parentheses when it has one (``contributor (BWEditor)``).
    """
    parties: list[Party] = []
    for holder in children(admin):
        role = _PARTY_ROLES.get(local_name(holder))
        if role is None:
            continue
        for party in children(holder, "Party"):
            name = clean(party.get("FormalName")) or _text(party)
            if name is None:
                continue
            scheme = clean(party.get("Scheme"))
            found = Party(name=name, role=f"{role} ({scheme})" if scheme else role)
            if found not in parties:
                parties.append(found)
    return parties


def _read_rights(rights: Element, fields: Fields) -> None:
    for node in rights.iter():
        if not is_element(node):
            continue
        name = local_name(node)
        if name == "CopyrightHolder" and fields.get("copyright_holder") is None:
            fields["copyright_holder"] = _text(node)
        elif name == "Limitations" and fields.get("usage_terms") is None:
            fields["usage_terms"] = _text(node)


def _read_admin(chain: list[Element], fields: Fields) -> None:
    """Provider, parties and rights, each from the nearest component that gives it."""
    for component in chain:
        admin = first_child(component, "AdministrativeMetadata")
        if admin is not None:
            if fields.get("provider") is None:
                provider = first_child(admin, "Provider")
                party = first_child(provider, "Party") if provider is not None else None
                if party is not None:
                    fields["provider"] = clean(party.get("FormalName")) or _text(party)
            if not fields.get("contributors"):
                fields["contributors"] = tuple(_parties(admin))
        rights = first_child(component, "RightsMetadata")
        if rights is not None:
            _read_rights(rights, fields)


def _read_metadata(chain: list[Element], fields: Fields) -> None:
    subjects: list[Subject] = []
    keywords: list[str] = []
    _read_admin(chain, fields)
    for component in chain:
        meta = first_child(component, "DescriptiveMetadata")
        if meta is None:
            continue
        for node in children(meta):
            name = local_name(node)
            if name == "Language":
                fields.setdefault("language", bcp47(node.get("FormalName")))
            elif name == "SubjectCode":
                for code in children(node):
                    add_subject(subjects, code.get("FormalName"), None)
            elif name == "Property" and node.get("FormalName") == "Keyword":
                keyword = clean(node.get("Value"))
                if keyword is not None and keyword not in keywords:
                    keywords.append(keyword)
            elif name == "Location" and fields.get("located") is None:
                how = (node.get("HowPresent") or "").lower()
                if how in ("", "origin"):
                    for prop in children(node, "Property"):
                        if (prop.get("FormalName") or "").lower() == "city":
                            fields["located"] = clean(prop.get("Value"))
        if subjects or keywords:
            break  # the nearest component's codes; outer ones repeat them
    fields["subjects"] = tuple(subjects)
    fields["keywords"] = tuple(keywords)


def _read_content(content: Element, fields: Fields) -> tuple[Media, ...]:
    data = first_child(content, "DataContent")
    if data is None:
        fields["blocks"] = ()
        return ()
    form = _formal(first_child(content, "Format")) + " " + _formal(first_child(content, "MimeType"))
    form = form.lower()
    root = next(children(data), None)
    if root is not None:
        name = local_name(root)
        nitf = root if name == "nitf" else None
        if nitf is None:
            for node in root.iter():
                if is_element(node) and local_name(node) == "nitf":
                    nitf = node
                    break
        if nitf is not None:
            more, media = read_nitf(nitf)
            fill(fields, more)
            fields["blocks"] = more.get("blocks", ())
            return media
        body = first_child(root, "body") if name == "html" else None
        found = extract_body(body if body is not None else data)
        fields["blocks"] = found.blocks
        return found.media
    text = text_of(data)
    if "html" in form or text.lstrip().startswith("<"):
        # HTML sent inside CDATA: the HTML parser reads it.
        html_root = parse_html_fragment(text)
        found_html = extract_body(html_root) if html_root is not None else None
        fields["blocks"] = found_html.blocks if found_html is not None else ()
        return found_html.media if found_html is not None else ()
    fields["blocks"] = tuple(Block(text=p) for p in split_plain_text(text))
    return ()


def _media(item: Element) -> tuple[Media, ...]:
    media: list[Media] = []
    for content in item.iter():
        if not is_element(content) or local_name(content) != "ContentItem":
            continue
        href = clean(content.get("Href"))
        if href is None:
            continue
        kind = _formal(first_child(content, "MediaType")).lower()
        if kind in {"photo", "graphic", "video"}:
            media_kind = {"photo": MediaKind.PHOTO, "graphic": MediaKind.GRAPHIC}.get(
                kind, MediaKind.VIDEO
            )
            media.append(Media(kind=media_kind, url=href))
    return tuple(media)


def _embargo(management: Element) -> When | None:
    """When the item becomes usable: ``StatusWillChange`` to a usable status."""
    change = first_child(management, "StatusWillChange")
    if change is None or _formal(first_child(change, "FutureStatus")).lower() != "usable":
        return None
    moment = first_child(change, "DateAndTime")
    return when(text_of(moment)) if moment is not None else None


def read_newsml1_item(item: Element) -> Draft:
    """Read one NewsML 1 NewsItem that holds a story into a structured Draft.

    Args:
        item: The ``NewsItem`` element.

    Returns:
        The draft.
    """
    fields: Fields = {}
    for node in item.iter():
        if not is_element(node):
            continue
        name = local_name(node)
        if name == "PublicIdentifier":
            fields.setdefault("guid", _text(node))
        elif name == "RevisionId":
            fields.setdefault("version", _text(node))
        elif name == "NewsComponent":
            break
    management = first_child(item, "NewsManagement")
    if management is not None:
        first = first_child(management, "FirstCreated")
        revision = first_child(management, "ThisRevisionCreated")
        fields["modified"] = when(text_of(revision)) if revision is not None else None
        fields["published"] = when(text_of(first)) if first is not None else fields["modified"]
        fields["urgency"] = urgency(_formal(first_child(management, "Urgency")))
        fields["item_class"] = clean(_formal(first_child(management, "NewsItemType")))
        fields["pub_status"] = clean(_formal(first_child(management, "Status")))
        fields["embargoed"] = _embargo(management)
    found = _body_item(item)
    media: tuple[Media, ...] = ()
    if found is not None:
        content, chain = found
        _read_lines(chain, fields)
        _read_bylines(fields)
        _read_metadata([*chain, item], fields)
        media = _read_content(content, fields)
        if fields.get("subheadline") is None:
            fields["subheadline"] = _role_text(chain, "subheadline")
    headline = fields.pop("_headline", None)
    if headline is not None:
        fields["headline"] = headline
    if fields.get("language") is None:
        fields["language"] = bcp47(item.get(XML_LANG))
    media = media + _media(item)
    if media:
        fields["media"] = media
    return draft({k: v for k, v in fields.items() if v is not None})
