"""Body blocks from an XHTML, HTML or NITF body, in one walk without recursion.

The same walk serves NewsML-G2 ``inlineXML``, NewsML 1 ``DataContent``, NITF
``body.content`` and ninjs HTML bodies: tags are matched by local name, in any
namespace and any case, so XHTML and NITF with or without a namespace (or with
one inherited from the enclosing G2 item) read the same.
"""

from __future__ import annotations

import types
from collections.abc import Iterator, Mapping

import attrs

from newsdoc.analysis.credits import parse_photo_credit
from newsdoc.model import Block, BlockKind, Credit, Media, MediaKind, normalize_text
from newsdoc.parsers._xml import Element, children, is_element, local_name, text_of

__all__ = ["Body", "extract_body"]

#: Elements that are one block each, and the kind of block.
BLOCK_KINDS: Mapping[str, BlockKind] = types.MappingProxyType(
    {
        "p": BlockKind.PARAGRAPH,
        "h1": BlockKind.HEADING,
        "h2": BlockKind.HEADING,
        "h3": BlockKind.HEADING,
        "h4": BlockKind.HEADING,
        "h5": BlockKind.HEADING,
        "h6": BlockKind.HEADING,
        "hl2": BlockKind.HEADING,
        "blockquote": BlockKind.BLOCKQUOTE,
        "bq": BlockKind.BLOCKQUOTE,
        "li": BlockKind.LIST_ITEM,
        "pre": BlockKind.PREFORMATTED,
        "table": BlockKind.TABLE,
        "nitf-table": BlockKind.TABLE,
    }
)

#: Elements that hold no story text: page furniture, the XHTML ``header``
#: (headline, byline, genre), NITF ``body.head``/``body.end`` and media, and
#: markup that is not text at all. ``figure`` and NITF ``media`` become media.
SKIPPED: frozenset[str] = frozenset(
    {
        "head",
        "header",
        "footer",
        "aside",
        "nav",
        "figure",
        "figcaption",
        "media",
        "body.head",
        "body.end",
        "script",
        "style",
        "noscript",
        "template",
        "title",
        "meta",
        "link",
        "form",
        "button",
        "iframe",
        "object",
        "embed",
        "video",
        "audio",
        "img",
        "svg",
        "math",
        "ednote",
        # NITF editorial notes ("Eds: updates with ...") are not story text.
        "note",
        "ed-msg",
    }
)

#: Inline elements: found directly in a container (beside no text of its
#: own) they are labels such as a kicker or a source tag, not paragraphs.
INLINE: frozenset[str] = frozenset(
    {
        "span",
        "a",
        "b",
        "i",
        "em",
        "strong",
        "sup",
        "sub",
        "small",
        "big",
        "font",
        "u",
        "s",
        "q",
        "abbr",
        "time",
        "cite",
        "mark",
        "code",
        "var",
        "kbd",
        "samp",
        "dfn",
        "label",
        "br",
        "wbr",
        "person",
        "org",
        "location",
        "money",
        "num",
        "chron",
        "event",
        "function",
        "object.title",
        "virtloc",
        "copyrite",
        "classifier",
        "lang",
    }
)

# XML's whitespace; a no-break space is text.
_XML_SPACE = " \t\r\n\f"

# NITF block-quote credits name the speaker; they are not the quoted words.
_NOT_QUOTED = frozenset({"credit"})


@attrs.frozen(kw_only=True)
class Body:
    """What one body walk found.

    Attributes:
        blocks: The body blocks in reading order.
        media: Figures and NITF media, with captions.
        first_heading: The text of the first ``h1`` (a headline fallback).
    """

    blocks: tuple[Block, ...] = ()
    media: tuple[Media, ...] = ()
    first_heading: str | None = None


def _name(node: Element) -> str:
    return local_name(node).lower()


def _skip_credit(node: Element) -> bool:
    return _name(node) in _NOT_QUOTED


def _has_own_text(node: Element) -> bool:
    if node.text and node.text.strip():
        return True
    return any(child.tail and child.tail.strip() for child in node)


def _table(node: Element) -> Block | None:
    rows: list[tuple[str, ...]] = []
    for row in node.iter():
        if not is_element(row) or _name(row) != "tr":
            continue
        cells = tuple(
            normalize_text(text_of(cell)) for cell in children(row) if _name(cell) in ("td", "th")
        )
        if cells:
            rows.append(cells)
    text = " ".join(cell for row in rows for cell in row if cell)
    if not text:
        text = normalize_text(text_of(node))
        if not text:
            return None
        return Block(kind=BlockKind.PARAGRAPH, text=text)
    return Block(kind=BlockKind.TABLE, text=text, rows=rows)


def _block(node: Element, kind: BlockKind) -> Block | None:
    if kind is BlockKind.TABLE:
        return _table(node)
    if kind is BlockKind.PREFORMATTED:
        raw = text_of(node, line_breaks=True)
        if not raw.strip(_XML_SPACE):
            return None
        return Block(kind=kind, text=raw)
    skip = _skip_credit if kind is BlockKind.BLOCKQUOTE else None
    text = normalize_text(text_of(node, skip=skip))
    if not text:
        return None
    return Block(kind=kind, text=text)


def _is_credit(node: Element) -> bool:
    if _name(node) == "media-producer":
        return True
    classes = (node.get("class") or "").lower().split()
    return "byline" in classes or "credit" in classes


def _figure(node: Element) -> Media | None:
    url: str | None = None
    caption: str | None = None
    credit: Credit | None = None
    for child in node.iter():
        if not is_element(child):
            continue
        name = _name(child)
        if url is None and name in ("img", "media-reference", "source"):
            url = child.get("src") or child.get("source")
        elif caption is None and name in ("figcaption", "media-caption"):
            caption = normalize_text(text_of(child)) or None
        elif credit is None and _is_credit(child):
            # "Karl Melander/TT", "REUTERS/Jane Doe": the photo's credit line.
            credit = parse_photo_credit(normalize_text(text_of(child)))
    if url is None and caption is None:
        return None
    return Media(kind=MediaKind.PHOTO, url=url, caption=caption, credit=credit)


def _first_h1(node: Element) -> str | None:
    for child in node.iter():
        if is_element(child) and _name(child) == "h1":
            return normalize_text(text_of(child)) or None
    return None


def extract_body(root: Element) -> Body:
    """Walk a body element and return its blocks, media and first ``h1``.

    A ``p``, heading, block quote, list item, ``pre`` or table is one block;
    containers (``div``, ``section``, NITF ``block`` and ``body.content``,
    unknown tags) are walked into, unless they hold loose text of their own
    beside inline markup only, when they are one paragraph.

    Args:
        root: The body element (XHTML ``body``, NITF ``body`` or
            ``body.content``, or any container).

    Returns:
        The :class:`Body`.
    """
    blocks: list[Block] = []
    media: list[Media] = []
    first_heading: str | None = None
    stack: list[Iterator[Element]] = [children(root)]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            continue
        name = _name(node)
        kind = BLOCK_KINDS.get(name)
        if kind is not None:
            block = _block(node, kind)
            if block is None:
                continue
            if name == "h1" and first_heading is None:
                first_heading = block.text
            blocks.append(block)
            continue
        if name in SKIPPED:
            if name == "header" and first_heading is None:
                # The XHTML header holds the headline as printed.
                first_heading = _first_h1(node)
            if name in ("figure", "media"):
                found = _figure(node)
                if found is not None:
                    media.append(found)
            continue
        if name in INLINE:
            continue
        if _has_own_text(node) and not any(_name(child) in BLOCK_KINDS for child in children(node)):
            text = normalize_text(text_of(node))
            if text:
                blocks.append(Block(text=text))
            continue
        stack.append(children(node))
    return Body(blocks=tuple(blocks), media=tuple(media), first_heading=first_heading)
