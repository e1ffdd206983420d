"""Read NewsML-G2, NewsML 1.x and NITF: :func:`parse_newsml` and :func:`iter_newsml`.

The format is told from the root element: ``newsMessage``, ``newsItem`` or
``packageItem`` (NewsML-G2, any 2.x, with or without a prefix), ``NewsML``
(NewsML 1.x) or ``nitf`` (NITF 3.x). Readers are lenient: a file that breaks
its schema but can be read is read; :func:`validate_newsml` checks a document
against an XSD the caller supplies, as a separate step.

Every XML document, and every XML string found inside one, is parsed by the
one hardened parser configuration of :mod:`newsdoc.parsers._xml`: no network,
no entity expansion, no DTD loading, size limits on.

>>> article = parse_newsml(
...     '<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x:1" version="2">'
...     '<itemMeta><itemClass qcode="ninat:text"/><provider literal="Reuters"/>'
...     "<versionCreated>2024-05-01T10:00:00Z</versionCreated></itemMeta>"
...     "<contentMeta><headline>Oil falls</headline></contentMeta>"
...     '<contentSet><inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>'
...     "<p>LONDON (Reuters) - Oil fell on Tuesday.</p></body></html></inlineXML></contentSet>"
...     "</newsItem>"
... )
>>> article.headline, article.dateline.location, article.provider
('Oil falls', 'LONDON', 'Reuters')
"""

from __future__ import annotations

import os
from collections.abc import Iterator

from lxml import etree

from newsdoc.analysis import build_article
from newsdoc.errors import NewsMLError
from newsdoc.model import Article
from newsdoc.parsers._draft import Draft
from newsdoc.parsers._fields import draft
from newsdoc.parsers._g2 import ITEM_ROOTS, g2_items, item_kind, read_news_item
from newsdoc.parsers._newsml1 import newsml1_items, read_newsml1_item
from newsdoc.parsers._nitf import read_nitf
from newsdoc.parsers._xml import Element, iterparse, local_name, parse_xml

__all__ = ["STREAM_THRESHOLD", "iter_newsml", "parse_newsml", "validate_newsml"]

#: Byte size above which a newsMessage is read item by item, so that memory
#: stays flat however many items it holds.
STREAM_THRESHOLD = 4 * 1024 * 1024


def _nitf_draft(root: Element) -> Draft:
    fields, media = read_nitf(root)
    if media:
        fields["media"] = media
    return draft(fields)


def _stream_message(data: bytes) -> Iterator[Draft | str]:
    """Read a newsMessage item by item, releasing each item once read.

    Yields nothing (and reads no further) when the root is not a newsMessage.
    """
    depth = 0
    for event, element in iterparse(data):
        if event == "start":
            depth += 1
            if depth == 1 and local_name(element) != "newsMessage":
                return
            continue
        depth -= 1
        if depth != 2:
            continue
        parent = element.getparent()
        if parent is None or local_name(parent) != "itemSet":
            continue
        if local_name(element) in ITEM_ROOTS:
            kind = item_kind(element)
            yield read_news_item(element) if kind == "text" else kind
        # Release what has been read: the item and the siblings before it.
        element.clear()
        while element.getprevious() is not None:
            del parent[0]


def _drafts(data: str | bytes) -> Iterator[Draft | str]:
    """Yield a Draft for each text item, and a description of each other item.

    A large newsMessage sent as bytes is streamed item by item; everything
    else is parsed as one tree.

    Raises:
        NewsMLError: The document is not XML, or its root is not a NewsML-G2,
            NewsML 1 or NITF document or item.
    """
    if isinstance(data, bytes) and len(data) > STREAM_THRESHOLD:
        found = False
        try:
            for streamed in _stream_message(data):
                found = True
                yield streamed
        except NewsMLError:
            if found:
                raise
            # Nothing read yet: the tree parser's recovery may still read it.
        if found:
            return
    root = parse_xml(data, what="NewsML document")
    name = local_name(root)
    if name == "newsMessage" or name in ITEM_ROOTS:
        if name in ITEM_ROOTS - {"newsItem", "packageItem"}:
            raise NewsMLError(
                f"root element <{name}> is not a news item: newsdoc reads newsItem, "
                "newsMessage and packageItem"
            )
        for g2_item, kind in g2_items(root):
            yield read_news_item(g2_item) if kind == "text" else kind
    elif name == "NewsML":
        for newsml1_item, kind in newsml1_items(root):
            yield read_newsml1_item(newsml1_item) if kind == "text" else kind
    elif name == "nitf":
        yield _nitf_draft(root)
    else:
        raise NewsMLError(
            f"root element <{name or root.tag}> is not NewsML-G2 (newsItem, newsMessage, "
            "packageItem), NewsML 1 (NewsML) or NITF (nitf)"
        )


def _not_text(kind: str) -> NewsMLError:
    if kind == "packageItem":
        return NewsMLError(
            "the document is a packageItem: it holds references to other items, not text"
        )
    return NewsMLError(f"the document holds no text item: its item is {kind}")


def iter_newsml(data: str | bytes) -> Iterator[Article]:
    """Yield an :class:`~newsdoc.model.Article` for every text item, in document order.

    A newsMessage (or a NewsML 1 document with several NewsItems) yields one
    article per text item and skips pictures, videos, packages and concepts.
    A document whose only item is not text (a picture newsItem, a
    packageItem) raises, as :func:`parse_newsml` does, so that nothing is
    mistaken for an empty story. A text item with an empty body is still an
    article.

    Args:
        data: The document: ``bytes`` (the encoding comes from the BOM or the
            XML declaration) or an already decoded ``str``.

    Yields:
        The articles.

    Raises:
        NewsMLError: The document is not XML, is not NewsML-G2, NewsML 1 or
            NITF, or its only item is not a text item.
    """
    kinds: list[str] = []
    found = False
    for item in _drafts(data):
        if isinstance(item, Draft):
            found = True
            yield build_article(item)
        else:
            kinds.append(item)
    if not found and len(kinds) == 1:
        raise _not_text(kinds[0])


def parse_newsml(data: str | bytes) -> Article:
    """Read the first text item of a NewsML-G2, NewsML 1.x or NITF document.

    Args:
        data: The document: ``bytes`` (the encoding comes from the BOM or the
            XML declaration) or an already decoded ``str``.

    Returns:
        The article of the first text item.

    Raises:
        NewsMLError: The document is not XML, is not NewsML-G2, NewsML 1 or
            NITF, or holds no text item (the message names the item class of
            what it holds: a picture, a package of references, a concept).
    """
    kinds: list[str] = []
    for item in _drafts(data):
        if isinstance(item, Draft):
            return build_article(item)
        kinds.append(item)
    if len(kinds) == 1:
        raise _not_text(kinds[0])
    if kinds:
        raise NewsMLError(f"the document holds no text item, only: {', '.join(kinds)}")
    raise NewsMLError("the document holds no items")


class _Resolver(etree.Resolver):
    """Refuse every remote schema location: validation never fetches."""

    # lxml passes a context argument its stubs do not declare.
    def resolve(  # type: ignore[override]
        self, system_url: str, public_id: str, context: object
    ) -> etree._InputDocument | None:
        if "://" in system_url and not system_url.startswith("file:"):
            raise NewsMLError(f"the schema refers to {system_url}, which is not fetched")
        return None


def validate_newsml(data: str | bytes, *, schema: str | os.PathLike[str]) -> None:
    """Validate a document against an XSD the caller supplies.

    Reading never requires validity (real agency files often fail); this is a
    separate, opt-in check. The schema is loaded with the network off; it may
    import other schemas by relative path (NewsML-G2's ``xml.xsd``).

    Args:
        data: The document.
        schema: Path of the XSD, for example
            ``NewsML-G2_2.35-spec-All-Power.xsd`` with ``xml.xsd`` beside it.

    Raises:
        NewsMLError: The document is not XML or breaks the schema (the message
            lists each violation with its line), or the schema cannot be
            loaded.
    """
    parser = etree.XMLParser(no_network=True, resolve_entities=False, load_dtd=False)
    parser.resolvers.add(_Resolver())
    try:
        xsd = etree.XMLSchema(etree.parse(os.fspath(schema), parser))
    except (OSError, etree.XMLSyntaxError, etree.XMLSchemaParseError) as error:
        raise NewsMLError(f"cannot load the schema {os.fspath(schema)!r}: {error}") from None
    root = parse_xml(data, what="NewsML document")
    if xsd.validate(root):
        return
    problems = [f"line {e.line}: {e.message}" for e in xsd.error_log]  # type: ignore[attr-defined]
    raise NewsMLError("the document breaks the schema:\n" + "\n".join(problems))
