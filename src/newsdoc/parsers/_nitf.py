"""NITF 3.x: a standalone document, or the body of a NewsML item.

Tags are matched by local name, so NITF in the 2006 namespace, in no
namespace, or inheriting the namespace of the enclosing G2 item reads the
same.
"""

from __future__ import annotations

from newsdoc.analysis import parse_bylines
from newsdoc.model import Byline, Media, Subject
from newsdoc.parsers._fields import (
    XML_LANG,
    Fields,
    add_subject,
    bcp47,
    clean,
    is_timestamp,
    urgency,
    when,
)
from newsdoc.parsers._markup import extract_body
from newsdoc.parsers._xml import Element, children, first_child, is_element, local_name, text_of

__all__ = ["read_nitf"]

# NITF byline parts that are not the person's name.
_BYLINE_PARTS = frozenset({"byttl", "location", "virtloc"})
# Dateline parts that are not the place.
_DATELINE_DATE = frozenset({"story.date"})


def _text(node: Element | None) -> str | None:
    return None if node is None else clean(text_of(node))


def _read_head(head: Element, fields: Fields) -> None:
    subjects: list[Subject] = []
    keywords: list[str] = []
    for node in head.iter():
        if not is_element(node):
            continue
        name = local_name(node)
        if name == "title":
            fields.setdefault("_title", _text(node))
        elif name == "doc-id":
            fields.setdefault("guid", clean(node.get("id-string")))
        elif name == "urgency":
            fields.setdefault("urgency", urgency(node.get("ed-urg")))
        elif name == "date.issue":
            fields.setdefault("published", when(node.get("norm")))
        elif name == "pubdata":
            fields.setdefault("_publication", when(node.get("date.publication")))
        elif name == "evloc":
            fields.setdefault("located", clean(node.get("city")))
        elif name == "keyword":
            key = clean(node.get("key"))
            if key is not None and key not in keywords:
                keywords.append(key)
        elif name == "docdata":
            fields.setdefault("pub_status", clean(node.get("management-status")))
        elif name == "doc.copyright":
            fields.setdefault("copyright_holder", clean(node.get("holder")))
        elif name == "doc.rights":
            fields.setdefault("usage_terms", clean(node.get("limitations")))
        elif name == "date.release":
            # The time before which the document may not be released: an embargo.
            fields.setdefault("embargoed", when(node.get("norm")))
        elif name == "tobject.subject":
            name_text = (
                node.get("tobject.subject.detail")
                or node.get("tobject.subject.matter")
                or node.get("tobject.subject.type")
            )
            add_subject(subjects, node.get("tobject.subject.refnum"), name_text)
    fields["subjects"] = tuple(subjects)
    fields["keywords"] = tuple(keywords)


def _is_byline_part(node: Element) -> bool:
    return local_name(node) in _BYLINE_PARTS


def _read_byline(node: Element, fields: Fields) -> None:
    title = None
    for part in node.iter():
        if is_element(part) and local_name(part) == "byttl":
            title = _text(part)
            break
    raw = _text(node)
    if raw is None:
        return
    if title is None:
        fields.setdefault("byline_texts", [])
        fields["byline_texts"].append(raw)
        return
    # "By Meredith Jameson, <byttl>Staff Reporter</byttl>": the title is
    # marked up, so only the name part is read as a byline.
    names = clean(text_of(node, skip=_is_byline_part))
    if names is None:
        return  # a title with no person ("Sports Network")
    found = parse_bylines(names)
    bylines: list[Byline] = fields.setdefault("bylines", [])
    bylines.extend(
        Byline(name=b.name, affiliation=b.affiliation, title=title, role=b.role) for b in found
    )


def _read_dateline(node: Element, fields: Fields) -> None:
    place = clean(text_of(node, skip=lambda n: local_name(n) in _DATELINE_DATE))
    if place is not None and not is_timestamp(place):
        fields.setdefault("dateline_text", place)
    for part in node.iter():
        if is_element(part) and local_name(part) in ("city", "location"):
            city = _text(part)
            if city is not None:
                fields.setdefault("_dateline_city", city)
                break


def _read_body_head(body_head: Element, fields: Fields) -> None:
    for node in children(body_head):
        name = local_name(node)
        if name in ("hedline", "headline"):  # AP writes <headline><hl1>
            hl1 = _text(first_child(node, "hl1"))
            hl2 = _text(first_child(node, "hl2"))
            if hl1 is not None:
                fields.setdefault("headline", hl1)
            if hl2 is not None and hl2 != hl1:
                fields.setdefault("subheadline", hl2)
        elif name == "byline":
            _read_byline(node, fields)
        elif name == "distributor":
            fields.setdefault("provider", _text(node))
        elif name == "dateline":
            _read_dateline(node, fields)
        elif name == "abstract":
            fields.setdefault("standfirst", _text(node))


def read_nitf(nitf: Element) -> tuple[Fields, tuple[Media, ...]]:
    """Read a NITF document into Draft fields.

    Args:
        nitf: The ``nitf`` element.

    Returns:
        The Draft fields (``blocks`` included) and the media found.
    """
    fields: Fields = {}
    language = bcp47(nitf.get("baselang") or nitf.get(XML_LANG))
    head = first_child(nitf, "head")
    if head is not None:
        _read_head(head, fields)
    body = first_child(nitf, "body")
    media: tuple[Media, ...] = ()
    if body is not None:
        body_head = first_child(body, "body.head")
        if body_head is not None:
            _read_body_head(body_head, fields)
        content = first_child(body, "body.content")
        found = extract_body(content if content is not None else body)
        fields["blocks"] = found.blocks
        media = found.media
        if fields.get("headline") is None and found.first_heading is not None:
            fields["headline"] = found.first_heading
    title = fields.pop("_title", None)
    if fields.get("headline") is None:
        fields["headline"] = title
    publication = fields.pop("_publication", None)
    if fields.get("published") is None:
        fields["published"] = publication
    if fields.get("provider") is None:
        fields["provider"] = fields.get("copyright_holder")
    city = fields.pop("_dateline_city", None)
    if fields.get("located") is None:
        fields["located"] = city
    fields["language"] = language
    if "byline_texts" in fields:
        fields["byline_texts"] = tuple(fields["byline_texts"])
    if "bylines" in fields:
        fields["bylines"] = tuple(fields["bylines"])
    return {k: v for k, v in fields.items() if v is not None}, media
