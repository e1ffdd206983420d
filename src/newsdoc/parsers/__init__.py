"""Front ends, one per input format, and :func:`parse`, which picks one.

The front ends know their format and nothing about wire copy; each fills a
:class:`~newsdoc.parsers._draft.Draft` and hands it to the analysis layer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any, Literal

from newsdoc.errors import ParseError
from newsdoc.model import Article

# The front ends are imported where they are used: the analysis layer
# imports parsers._draft, which runs this module, and the front ends import
# the analysis layer.
__all__ = ["Format", "parse", "sniff_format"]

#: The formats :func:`parse` reads.
Format = Literal["html", "text", "newsml", "ninjs"]

_FORMATS: tuple[str, ...] = ("html", "text", "newsml", "ninjs")

# Root elements of the XML news formats, by local name (any namespace or
# prefix): NewsML-G2 items and messages, NewsML 1.x, NITF, and G2 fragments
# whose parsers explain clearly that they hold no article.
_NEWS_XML_ROOTS = frozenset(
    {
        "newsMessage",
        "newsItem",
        "packageItem",
        "conceptItem",
        "knowledgeItem",
        "planningItem",
        "catalog",
        "contentSet",
        "NewsML",
        "nitf",
    }
)

# How far into the input the sniffer looks: far enough to pass an XML
# declaration, a doctype and a few comments, never the whole document.
_SNIFF_WINDOW = 4096
_FIRST_TAG = re.compile(
    r"<(?![?!])\s*(?:[A-Za-z_][\w.-]{0,63}:)?(?P<name>[A-Za-z_][\w.-]{0,63})",
)
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _head(data: str | bytes) -> str:
    if isinstance(data, bytes):
        head = data[:_SNIFF_WINDOW]
        for bom in _BOMS:
            if head.startswith(bom):
                encoding = "utf-8" if bom == _BOMS[0] else "utf-16"
                return head.decode(encoding, errors="ignore")
        # Enough to recognise markup or JSON in any ASCII-compatible charset.
        return head.decode("latin-1")
    return data[:_SNIFF_WINDOW]


def sniff_format(data: str | bytes | Mapping[str, Any]) -> Format:
    """Tell which format *data* is in, from its first few kilobytes.

    A mapping or a JSON object is ninjs; markup whose root element is a
    NewsML-G2 item or message, ``NewsML`` or ``nitf`` is ``newsml``; any other
    markup is ``html``; everything else is ``text``.

    Args:
        data: The document, as text, bytes (any BOM honoured) or, for
            ninjs, an already decoded JSON mapping.

    Returns:
        ``"html"``, ``"text"``, ``"newsml"`` or ``"ninjs"``.

    >>> sniff_format('<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"/>')
    'newsml'
    >>> sniff_format("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    'html'
    >>> sniff_format('{"uri": "urn:example:1", "type": "text"}')
    'ninjs'
    >>> sniff_format("BERLIN (dpa) - Es regnet.")
    'text'
    """
    if isinstance(data, Mapping):
        return "ninjs"
    head = _head(data).lstrip("\ufeff \t\r\n")
    if head.startswith("{"):
        return "ninjs"
    if head.startswith("<"):
        match = _FIRST_TAG.search(head)
        if match is not None and match["name"] in _NEWS_XML_ROOTS:
            return "newsml"
        return "html"
    return "text"


def _decode_text(data: str | bytes) -> str:
    if isinstance(data, str):
        return data
    for bom, encoding in ((_BOMS[0], "utf-8-sig"), (_BOMS[1], "utf-16"), (_BOMS[2], "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Plain text carries no declaration; cp1252 is what such text nearly
        # always is when it is not UTF-8, and it decodes every byte.
        return data.decode("cp1252", errors="replace")


def parse(
    data: str | bytes | Mapping[str, Any],
    *,
    format: Format | None = None,
    url: str | None = None,
) -> Article:
    """Read an article in any supported format.

    Args:
        data: The document. A ``str`` is always content, never a path.
        format: ``"html"``, ``"text"``, ``"newsml"`` (NewsML-G2, NewsML 1.x
            and NITF) or ``"ninjs"``; sniffed with :func:`sniff_format` when
            ``None``.
        url: The page's URL, for HTML (makes media URLs absolute).

    Returns:
        The article.

    Raises:
        ParseError: *data* cannot be read as an article in that format (the
            subclass names the format), or *format* is unknown.

    >>> article = parse("Rain at last\\n\\nIt rained in the valley on Tuesday.")
    >>> article.headline
    'Rain at last'
    """
    chosen = format if format is not None else sniff_format(data)
    if chosen not in _FORMATS:
        raise ParseError(f"unknown format {chosen!r}; expected one of {', '.join(_FORMATS)}")
    if chosen == "ninjs":
        from newsdoc.parsers.ninjs import parse_ninjs

        return parse_ninjs(data)
    if isinstance(data, Mapping):
        raise ParseError(f"a mapping can only be read as ninjs, not as {chosen}")
    if chosen == "html":
        from newsdoc.parsers.html import parse_html

        return parse_html(data, url=url)
    if chosen == "newsml":
        from newsdoc.parsers.newsml import parse_newsml

        return parse_newsml(data)
    from newsdoc.parsers.text import parse_text

    return parse_text(_decode_text(data))
