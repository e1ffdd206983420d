"""NewsML-G2 (any 2.x): newsItem, newsMessage, packageItem.

Elements are matched by local name, so prefixed G2 (``ns0:newsItem``) and
foreign extensions (Reuters' ``rtr:`` children) read the same and never
reject a file. newsdoc's own writer declares the schemes below in an inline
catalog; this reader recognises them by alias to read back exactly what the
writer put (structured bylines and credits, fields G2 has no element for).
"""

from __future__ import annotations

import re
import types
from collections.abc import Iterator, Mapping

from newsdoc.model import (
    Block,
    Byline,
    Credit,
    CreditRole,
    Link,
    Media,
    MediaKind,
    Party,
    Subject,
)
from newsdoc.parsers._draft import Draft
from newsdoc.parsers._fields import (
    XML_LANG,
    Fields,
    add_subject,
    bcp47,
    clean,
    draft,
    fill,
    is_timestamp,
    urgency,
    when,
)
from newsdoc.parsers._markup import extract_body
from newsdoc.parsers._nitf import read_nitf
from newsdoc.parsers._xml import (
    Element,
    children,
    first_child,
    local_name,
    parse_html_fragment,
    parse_xml,
    text_of,
)

__all__ = [
    "ALIAS_EXT",
    "ALIAS_HEADLINE_ROLE",
    "ALIAS_PART",
    "ALIAS_ROLE",
    "ITEM_ROOTS",
    "PARTY_ELEMENTS",
    "SCHEME_URIS",
    "g2_items",
    "item_kind",
    "read_inline_data",
    "read_news_item",
    "split_plain_text",
]

#: newsdoc's own scheme aliases, declared by ``to_newsml`` in an inline catalog.
ALIAS_HEADLINE_ROLE = "ndhrole"  # headline roles: ndhrole:sub
ALIAS_ROLE = "ndrole"  # creator/contributor roles: byline, and one per CreditRole
ALIAS_PART = "ndpart"  # name roles: title, affiliation, role, organization, raw
ALIAS_EXT = "ndext"  # extension properties: publisher, section, url, a day-only embargo

#: The URI of each of newsdoc's schemes.
SCHEME_URIS: Mapping[str, str] = types.MappingProxyType(
    {
        ALIAS_HEADLINE_ROLE: "https://newsdoc.dev/cv/headline-role/",
        ALIAS_ROLE: "https://newsdoc.dev/cv/credit-role/",
        ALIAS_PART: "https://newsdoc.dev/cv/name-part/",
        ALIAS_EXT: "https://newsdoc.dev/cv/property/",
    }
)

#: The root or item elements G2 defines, and whether they can hold text.
ITEM_ROOTS = frozenset(
    {"newsItem", "packageItem", "conceptItem", "knowledgeItem", "planningItem", "catalogItem"}
)

# Headline and description roles, by the code after the alias.
_MAIN_ROLES = frozenset({"main", "title", "headline", "hl1"})
_SUB_ROLES = frozenset({"sub", "subtitle", "subheadline", "subhead", "sub-headline", "hl2"})
_STANDFIRST_ROLES = ("summary", "teaser", "abstract", "lead", "intro", "caption")
_HTML_TYPES = ("html",)
_NITF_TYPES = ("nitf",)
# The elements that name a party in the metadata; without a role, a party's
# role is the element it came from.
PARTY_ELEMENTS = frozenset({"creator", "contributor", "infoSource"})
_BLANK_LINE = re.compile(r"\n[ \t\r\f]*\n")
_INDENTED_LINE = re.compile(r"\n(?=[ \t])")


def _code(qcode: str | None) -> str:
    """The code part of a QCode (``ninat:text`` -> ``text``), lower-cased."""
    if not qcode:
        return ""
    return qcode.rpartition(":")[2].strip().lower()


def _alias(qcode: str | None) -> str:
    if not qcode or ":" not in qcode:
        return ""
    return qcode.partition(":")[0].strip()


def _text(node: Element | None) -> str | None:
    return None if node is None else clean(text_of(node))


def _name_of(node: Element) -> str | None:
    """A party's or concept's name: the first plain ``name``, else ``@literal``."""
    for name in children(node, "name"):
        if not name.get("role"):
            text = _text(name)
            if text is not None:
                return text
    return clean(node.get("literal"))


def item_kind(item: Element) -> str:
    """Say what an item holds: ``text``, or the item class or element it is.

    Args:
        item: A G2 item element.

    Returns:
        ``"text"`` for a text newsItem; otherwise the itemClass as written
        (``"ninat:picture"``) or the element's local name.
    """
    name = local_name(item)
    if name != "newsItem":
        return name
    meta = first_child(item, "itemMeta")
    item_class = first_child(meta, "itemClass") if meta is not None else None
    qcode = item_class.get("qcode") if item_class is not None else None
    if qcode is None and item_class is not None:
        qcode = item_class.get("uri")
    if not qcode:
        content = first_child(item, "contentSet")
        if content is not None and (
            first_child(content, "inlineXML") is not None
            or first_child(content, "inlineData") is not None
        ):
            return "text"
        return "newsItem without itemClass"
    return "text" if _code(qcode.rstrip("/")) == "text" else qcode


def g2_items(root: Element) -> Iterator[tuple[Element, str]]:
    """Yield each item of a G2 document with what it holds.

    Args:
        root: The root element (``newsMessage`` or an item).

    Yields:
        ``(item, kind)`` pairs in document order; see :func:`item_kind`.
    """
    if local_name(root) != "newsMessage":
        yield root, item_kind(root)
        return
    for item_set in children(root, "itemSet"):
        for item in children(item_set):
            if local_name(item) in ITEM_ROOTS:
                yield item, item_kind(item)


def _party(node: Element) -> tuple[list[str], dict[str, str]]:
    """Plain names and role-tagged parts of one of newsdoc's own parties."""
    names: list[str] = []
    parts: dict[str, str] = {}
    for name in children(node, "name"):
        text = _text(name)
        if text is None:
            continue
        role = name.get("role")
        if role and _alias(role) == ALIAS_PART:
            parts.setdefault(_code(role), text)
        elif not role:
            names.append(text)
    return names, parts


_CREDIT_ROLES: Mapping[str, CreditRole] = types.MappingProxyType(
    {role.value.replace(" ", "-"): role for role in CreditRole}
)


def _metadata_party(node: Element) -> Party | None:
    """A creator, contributor or infoSource as the metadata gives it.

    The name is the first plain ``name`` (else ``@literal``); the code is
    ``@qcode``, else ``@uri``, else ``@literal`` when a ``name`` gave the
    name; the role is ``@role`` (else ``@roleuri``, else newsdoc's own role
    part), else the element the party came from.
    """
    names, parts = _party(node)
    name = names[0] if names else clean(node.get("literal"))
    code = clean(node.get("qcode")) or clean(node.get("uri"))
    if code is None and names:
        code = clean(node.get("literal"))
    if name is None and code is None:
        return None
    role = clean(node.get("role")) or clean(node.get("roleuri")) or parts.get("role")
    return Party(name=name, code=code, role=role or local_name(node))


def _read_party(
    node: Element, bylines: list[Byline], credits: list[Credit], parties: list[Party]
) -> None:
    role = node.get("role") or ""
    if _alias(role) != ALIAS_ROLE:
        # Agency staff ids, source credits and creator roles are metadata
        # parties, not bylines: no real feed's creator is the printed author.
        party = _metadata_party(node)
        if party is not None and party not in parties:
            parties.append(party)
        return
    code = _code(role)
    names, parts = _party(node)
    if code == "byline":
        if names:
            bylines.append(
                Byline(
                    name=names[0],
                    title=parts.get("title"),
                    affiliation=parts.get("affiliation"),
                    role=parts.get("role"),
                )
            )
        return
    credit_role = _CREDIT_ROLES.get(code)
    if credit_role is None or (not names and "organization" not in parts):
        return
    credits.append(
        Credit(
            role=credit_role,
            names=tuple(names),
            organization=parts.get("organization"),
            raw=parts.get("raw"),
        )
    )


def _headlines(found: list[tuple[str, int | None, str]], fields: Fields) -> None:
    main: list[tuple[int, int, str]] = []
    sub: str | None = None
    for index, (role, rank, text) in enumerate(found):
        if role in _SUB_ROLES:
            sub = sub or text
        elif not role or role in _MAIN_ROLES:
            main.append((rank if rank is not None else 0, index, text))
    if main:
        fields["headline"] = min(main)[2]
    elif found:
        fields["headline"] = next((t for r, _, t in found if r not in _SUB_ROLES), None)
    if sub is not None:
        fields["subheadline"] = sub


def _standfirst(found: list[tuple[str, str]]) -> str | None:
    for wanted in _STANDFIRST_ROLES:
        for role, text in found:
            if role == wanted:
                return text
    for role, text in found:
        if not role:
            return text
    return None


def _rank(node: Element) -> int | None:
    value = node.get("rank")
    if value is None or not value.strip().isdigit():
        return None
    return int(value.strip())


def _first(fields: Fields, key: str, value: object) -> None:
    """Set *key* unless an earlier element gave it a value."""
    if fields.get(key) is None:
        fields[key] = value


def _code_as_written(node: Element) -> str | None:
    return clean(node.get("qcode")) or clean(node.get("uri")) or clean(node.get("literal"))


def _read_link(node: Element, fields: Fields) -> None:
    rel = clean(node.get("rel")) or clean(node.get("reluri"))
    if rel == f"{ALIAS_EXT}:url":
        fields["url"] = clean(node.get("href"))
        return
    target = clean(node.get("residref")) or clean(node.get("href"))
    if target is not None:
        link = Link(rel=rel, target=target, version=clean(node.get("version")))
        fields.setdefault("links", []).append(link)


def _read_item_meta(meta: Element, fields: Fields) -> None:
    for node in children(meta):
        name = local_name(node)
        if name == "itemClass":
            _first(fields, "item_class", clean(node.get("qcode")) or clean(node.get("uri")))
        elif name == "versionCreated":
            fields["_version_created"] = when(text_of(node))
        elif name == "firstCreated":
            fields["_first_created"] = when(text_of(node))
        elif name == "embargoed":
            _first(fields, "embargoed", when(text_of(node)))
        elif name == "pubStatus":
            _first(fields, "pub_status", clean(node.get("qcode")) or clean(node.get("uri")))
        elif name == "provider":
            # Its name, else the code of its QCode as written ("nprov:AFP" -> "AFP").
            qcode = node.get("qcode") or ""
            fields["provider"] = _name_of(node) or clean(qcode.partition(":")[2])
        elif name == "signal":
            signal = _code_as_written(node)
            if signal is not None:
                fields.setdefault("signals", []).append(signal)
        elif name == "link":
            _read_link(node, fields)
        elif name == "infoSource":
            _read_party(node, [], [], fields.setdefault("contributors", []))
        elif name == "itemMetaExtProperty":
            _read_ext(node, fields)


def _read_rights(item: Element, fields: Fields) -> None:
    """``rightsInfo``: the first copyright holder, notice and usage terms given."""
    for rights in children(item, "rightsInfo"):
        for node in children(rights):
            name = local_name(node)
            if name == "copyrightHolder":
                holder = _name_of(node) or clean(node.get("qcode")) or clean(node.get("uri"))
                _first(fields, "copyright_holder", holder)
            elif name == "copyrightNotice":
                _first(fields, "copyright_notice", _text(node))
            elif name == "usageTerms":
                _first(fields, "usage_terms", _text(node))


def _read_ext(node: Element, fields: Fields) -> None:
    rel = node.get("rel") or ""
    if _alias(rel) != ALIAS_EXT:
        return
    key = _code(rel)
    if key in ("publisher", "section", "url"):
        fields[key] = clean(node.get("value"))
    elif key == "embargoed":
        # newsdoc's writer keeps a day-only embargo here: ``embargoed`` needs a time.
        _first(fields, "embargoed", when(node.get("value")))


def _read_content_meta(meta: Element, fields: Fields) -> None:
    headlines: list[tuple[str, int | None, str]] = []
    descriptions: list[tuple[str, str]] = []
    subjects: list[Subject] = []
    keywords: list[str] = []
    bylines: list[Byline] = []
    credits: list[Credit] = []
    by_texts: list[str] = []
    for node in children(meta):
        name = local_name(node)
        if name == "urgency":
            fields["urgency"] = urgency(text_of(node))
        elif name == "contentCreated":
            fields["_content_created"] = when(text_of(node))
        elif name == "located":
            fields.setdefault("located", _name_of(node))
        elif name in PARTY_ELEMENTS:
            _read_party(node, bylines, credits, fields.setdefault("contributors", []))
        elif name == "language":
            fields.setdefault("language", bcp47(node.get("tag")))
        elif name == "subject":
            code = node.get("qcode") or node.get("uri") or node.get("literal")
            names = [_text(n) for n in children(node, "name")]
            add_subject(subjects, code, next((n for n in names if n), None))
        elif name == "keyword":
            keyword = _text(node)
            if keyword is not None:
                keywords.append(keyword)
        elif name == "headline":
            text = _text(node)
            if text is not None:
                headlines.append((_code(node.get("role")), _rank(node), text))
        elif name == "description":
            text = _text(node)
            if text is not None:
                descriptions.append((_code(node.get("role")), text))
        elif name == "dateline":
            text = _text(node)
            if text is not None and not is_timestamp(text):
                fields["dateline_text"] = text
        elif name == "by":
            text = _text(node)
            if text is not None:
                by_texts.append(text)
        elif name == "creditline":
            fields["creditline"] = _text(node)
        elif name == "slugline":
            fields["slugline"] = _text(node)
        elif name == "contentMetaExtProperty":
            _read_ext(node, fields)
    _headlines(headlines, fields)
    fields["standfirst"] = _standfirst(descriptions)
    fields["subjects"] = tuple(subjects)
    fields["keywords"] = tuple(keywords)
    if bylines:
        # newsdoc's own structured bylines: the printed ``by`` repeats them.
        fields["bylines"] = tuple(bylines)
    elif by_texts:
        fields["byline_texts"] = tuple(by_texts)
    if credits:
        fields["credits"] = tuple(credits)


def split_plain_text(text: str) -> tuple[str, ...]:
    """Split a plain-text body into paragraphs.

    Paragraphs are separated by blank lines, or, in wire copy without blank
    lines, by a line break followed by indentation; hard-wrapped lines inside
    a paragraph are joined (the model collapses the line breaks).

    Args:
        text: The body as sent.

    Returns:
        The paragraphs, not yet normalised, without empty ones.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    parts = _BLANK_LINE.split(text)
    if len(parts) == 1:
        parts = _INDENTED_LINE.split(text)
    return tuple(p for p in parts if p.strip())


def _inline_xml(node: Element, fields: Fields) -> tuple[Media, ...]:
    root = next(children(node), None)
    if root is None:
        fields["blocks"] = ()
        return ()
    name = local_name(root)
    if name == "nitf":
        more, media = read_nitf(root)
        fill(fields, more)
        fields["blocks"] = more.get("blocks", ())
        return media
    body = first_child(root, "body") if name == "html" else None
    found = extract_body(body if body is not None else node)
    fields["blocks"] = found.blocks
    if fields.get("headline") is None and found.first_heading is not None:
        fields["headline"] = found.first_heading
    return found.media


def read_inline_data(text: str, content_type: str, fields: Fields) -> tuple[Media, ...]:
    """Read a body sent as a string: markup when its type says so, else plain text.

    Args:
        text: The string.
        content_type: Its media type as written (may be empty).
        fields: The Draft fields to fill.

    Returns:
        The media found.

    Raises:
        NewsMLError: The type says XML but the string is not XML.
    """
    content_type = content_type.lower()
    if any(t in content_type for t in _NITF_TYPES) or (
        "xml" in content_type and "html" not in content_type
    ):
        root = parse_xml(text, what="inlineData")
        if local_name(root) == "nitf":
            more, media = read_nitf(root)
            fill(fields, more)
            fields["blocks"] = more.get("blocks", ())
            return media
        body = first_child(root, "body")
        found = extract_body(body if body is not None else root)
        fields["blocks"] = found.blocks
        return found.media
    if any(t in content_type for t in _HTML_TYPES):
        root_html = parse_html_fragment(text)
        if root_html is None:
            fields["blocks"] = ()
            return ()
        found = extract_body(root_html)
        fields["blocks"] = found.blocks
        return found.media
    fields["blocks"] = tuple(Block(text=p) for p in split_plain_text(text))
    return ()


def _content_set(content: Element, fields: Fields) -> tuple[Media, ...]:
    xml_nodes = list(children(content, "inlineXML"))
    if xml_nodes:
        # XHTML before NITF: XHTML keeps the layout the provider intended.
        def order(node: Element) -> int:
            first = next(children(node), None)
            return 1 if first is not None and local_name(first) == "nitf" else 0

        return _inline_xml(min(xml_nodes, key=order), fields)
    data_nodes = list(children(content, "inlineData"))
    if data_nodes:
        # Provider renditions (dpa's ``dpa7901rendition:*``) are copies.
        chosen = next((n for n in data_nodes if not n.get("rendition")), data_nodes[0])
        return read_inline_data(text_of(chosen), chosen.get("contenttype") or "", fields)
    media: list[Media] = []
    for node in children(content, "remoteContent"):
        href = clean(node.get("href"))
        if href is not None:
            media.append(Media(kind=MediaKind.PHOTO, url=href))
    fields["blocks"] = ()
    return tuple(media)


def read_news_item(item: Element) -> Draft:
    """Read one text newsItem into a structured Draft.

    Args:
        item: The ``newsItem`` element.

    Returns:
        The draft.
    """
    fields: Fields = {
        "guid": clean(item.get("guid")),
        "version": clean(item.get("version")),
    }
    _read_rights(item, fields)
    item_meta = first_child(item, "itemMeta")
    if item_meta is not None:
        _read_item_meta(item_meta, fields)
    content_meta = first_child(item, "contentMeta")
    if content_meta is not None:
        _read_content_meta(content_meta, fields)
    media: tuple[Media, ...] = ()
    content = first_child(item, "contentSet")
    if content is not None:
        media = _content_set(content, fields)
    first = fields.pop("_first_created", None)
    created = fields.pop("_content_created", None)
    version_created = fields.pop("_version_created", None)
    fields["published"] = first or created or version_created or fields.get("published")
    fields["modified"] = version_created
    if fields.get("language") is None:
        fields["language"] = bcp47(item.get(XML_LANG))
    if media:
        fields["media"] = media
    for key in ("signals", "links", "contributors"):
        fields[key] = tuple(fields.get(key, ()))
    return draft({k: v for k, v in fields.items() if v is not None})
