"""The one hardened XML parser configuration, and tree walks that never recurse.

Every XML document newsdoc reads goes through :func:`parse_xml`, including XML
found inside CDATA sections, ``inlineData`` or ninjs strings: no network, no
entity resolution, no DTD loading, no huge trees. An entity reference left
unresolved stays an entity node in the tree, and the text walks here skip it,
so ``&name;`` never leaks into an article's text.

Walks over element trees use explicit stacks, so a document nested a hundred
thousand levels deep cannot exhaust Python's stack.
"""

from __future__ import annotations

import io
import re
import types
from collections.abc import Callable, Iterator, Mapping

from lxml import etree

from newsdoc.errors import NewsMLError
from newsdoc.parsers._decode import decode

__all__ = [
    "PARSER_OPTIONS",
    "Element",
    "children",
    "first_child",
    "is_element",
    "iterparse",
    "local_name",
    "make_parser",
    "namespace",
    "parse_html_fragment",
    "parse_xml",
    "text_of",
]

Element = etree._Element

#: The parser options every XML read uses. ``resolve_entities=False`` keeps
#: external and internal entities as unexpanded nodes (no XXE, no billion
#: laughs); ``no_network`` and ``load_dtd=False`` keep libxml2 from fetching
#: or reading anything; ``huge_tree=False`` keeps libxml2's size and depth
#: limits on. Comments and processing instructions carry no story text.
PARSER_OPTIONS: Mapping[str, bool] = types.MappingProxyType(
    {
        "resolve_entities": False,
        "no_network": True,
        "load_dtd": False,
        "dtd_validation": False,
        "huge_tree": False,
        "remove_comments": True,
        "remove_pis": True,
        "strip_cdata": True,
    }
)

# The same, but recovering from malformed markup: used only after a strict
# parse failed, so that an undeclared entity (``&nbsp;`` in an XHTML body sent
# without its DTD) costs one character, not the article.
_RECOVER_OPTIONS: Mapping[str, bool] = types.MappingProxyType({**PARSER_OPTIONS, "recover": True})

# A leading XML declaration: lxml refuses one that names an encoding when it
# is given a ``str``, which is already decoded.
_DECLARATION = re.compile(r"\A\ufeff?\s{0,100}<\?xml\b[^>]{0,300}\?>")
# Characters XML 1.0 forbids; they are dropped from text before parsing a str.
# The one syntax error recovery is allowed for: an entity the document uses
# without declaring it (XHTML's ``&nbsp;`` sent without its DTD).
_UNDEFINED_ENTITY = re.compile(r"Entity '[^']{1,100}' not defined")
_ENCODING_ERROR = re.compile(
    r"Invalid bytes in character encoding|not proper UTF-8|Unsupported encoding|"
    r"encoding error|Char 0x[0-9A-F]{1,8} out of allowed range",
)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def make_parser(*, recover: bool = False) -> etree.XMLParser:
    """Return a new XML parser with the hardened options.

    A new parser per document keeps parsing free of shared mutable state
    (lxml parsers must not be used by two threads at once).

    Args:
        recover: Recover from malformed markup instead of failing.

    Returns:
        An :class:`lxml.etree.XMLParser`.
    """
    options = _RECOVER_OPTIONS if recover else PARSER_OPTIONS
    return etree.XMLParser(
        resolve_entities=options["resolve_entities"],
        no_network=options["no_network"],
        load_dtd=options["load_dtd"],
        dtd_validation=options["dtd_validation"],
        huge_tree=options["huge_tree"],
        remove_comments=options["remove_comments"],
        remove_pis=options["remove_pis"],
        strip_cdata=options["strip_cdata"],
        recover=options.get("recover", False),
    )


def _prepare(data: str | bytes) -> str | bytes:
    if isinstance(data, bytes):
        return data
    data = _DECLARATION.sub("", data, count=1).lstrip("\ufeff")
    if _NOT_XML.search(data) is not None:
        data = _NOT_XML.sub("", data)
    return data


def parse_xml(data: str | bytes, *, what: str = "document") -> Element:
    """Parse *data* as XML with the hardened options and return the root element.

    ``bytes`` are decoded by the parser from the byte order mark or the XML
    declaration (UTF-8 by default); a ``str`` is taken as already decoded and
    any encoding its declaration names is ignored.

    Args:
        data: The document.
        what: What the document is, for error messages ("inlineData").

    Returns:
        The root element.

    Raises:
        NewsMLError: *data* is not XML, even with recovery, or is empty.
    """
    if not isinstance(data, str | bytes):
        raise NewsMLError(f"{what}: expected str or bytes, got {type(data).__name__}")
    prepared = _prepare(data)
    if not prepared.strip():
        raise NewsMLError(f"{what}: the document is empty")
    try:
        root = etree.fromstring(prepared, make_parser())
    except etree.XMLSyntaxError as error:
        first = error
    else:
        if root is None:  # pragma: no cover - lxml raises instead
            raise NewsMLError(f"{what}: no root element")
        return root
    line, column = first.position
    message = f"{what}: not well-formed XML at line {line}, column {column}: {first.msg}"
    if isinstance(prepared, bytes) and _ENCODING_ERROR.search(first.msg or ""):
        # Bytes that are not in the encoding they declare (or, undeclared, not
        # UTF-8): the shared decoder chooses by evidence, then we parse text.
        return parse_xml(decode(prepared).text, what=what)
    if not _UNDEFINED_ENTITY.search(first.msg or ""):
        raise NewsMLError(message)
    try:
        root = etree.fromstring(prepared, make_parser(recover=True))
    except (etree.XMLSyntaxError, ValueError):
        raise NewsMLError(message) from None
    if root is None or not is_element(root):
        raise NewsMLError(message)
    return root


def iterparse(data: bytes) -> Iterator[tuple[str, Element]]:
    """Stream ``start`` and ``end`` events over *data* with the hardened options.

    Used for large newsMessages, whose items are read and released one at a
    time so that memory does not grow with the message.

    Args:
        data: The document's bytes.

    Yields:
        ``(event, element)`` pairs.

    Raises:
        NewsMLError: *data* is not well-formed XML.
    """
    events = etree.iterparse(
        io.BytesIO(data),
        events=("start", "end"),
        resolve_entities=PARSER_OPTIONS["resolve_entities"],
        no_network=PARSER_OPTIONS["no_network"],
        load_dtd=PARSER_OPTIONS["load_dtd"],
        dtd_validation=PARSER_OPTIONS["dtd_validation"],
        huge_tree=PARSER_OPTIONS["huge_tree"],
        remove_comments=PARSER_OPTIONS["remove_comments"],
        remove_pis=PARSER_OPTIONS["remove_pis"],
        strip_cdata=PARSER_OPTIONS["strip_cdata"],
    )
    try:
        yield from events
    except etree.XMLSyntaxError as error:
        line, column = error.position
        raise NewsMLError(
            f"NewsML document: not well-formed XML at line {line}, column {column}: {error.msg}"
        ) from None


def parse_html_fragment(markup: str) -> Element | None:
    """Parse HTML (a page or a fragment) with the HTML parser, network off.

    Used for HTML sent inside CDATA (NewsML 1 ``Format=HTML``) and for ninjs
    HTML bodies. The result's elements have plain lower-case tag names.

    Args:
        markup: The HTML.

    Returns:
        The ``body`` element (or the root when there is none), or ``None``
        when *markup* holds no elements.
    """
    if _NOT_XML.search(markup) is not None:
        markup = _NOT_XML.sub("", markup)
    markup = _DECLARATION.sub("", markup, count=1)
    if not markup.strip():
        return None
    parser = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        root = etree.fromstring(markup, parser)
    except (etree.XMLSyntaxError, etree.ParserError, ValueError):
        return None
    if root is None:
        return None
    body = root.find("body")
    return body if body is not None else root


def is_element(node: object) -> bool:
    """Say whether *node* is an element (not a comment, PI or entity node).

    Args:
        node: A node of an lxml tree.

    Returns:
        True for elements.
    """
    return isinstance(node, etree._Element) and isinstance(node.tag, str)


def local_name(node: Element) -> str:
    """Return the local name of *node*'s tag, or ``""`` for a non-element.

    Args:
        node: A node of an lxml tree.

    Returns:
        ``"newsItem"`` for ``{http://iptc.org/std/nar/2006-10-01/}newsItem``
        and for ``ns0:newsItem``.
    """
    tag = node.tag
    if not isinstance(tag, str):
        return ""
    if tag[:1] == "{":
        return tag[tag.find("}") + 1 :]
    colon = tag.find(":")
    return tag[colon + 1 :] if colon >= 0 else tag


def namespace(node: Element) -> str:
    """Return the namespace URI of *node*'s tag (``""`` when none).

    Args:
        node: A node of an lxml tree.

    Returns:
        The namespace URI.
    """
    tag = node.tag
    if isinstance(tag, str) and tag[:1] == "{":
        return tag[1 : tag.find("}")]
    return ""


def children(node: Element, name: str | None = None) -> Iterator[Element]:
    """Yield *node*'s child elements, those with local name *name* if given.

    Args:
        node: The parent.
        name: A local name to select, or ``None`` for all elements.

    Yields:
        The child elements in document order.
    """
    for child in node:
        if not isinstance(child.tag, str):
            continue
        if name is None or local_name(child) == name:
            yield child


def first_child(node: Element, name: str) -> Element | None:
    """Return *node*'s first child element with local name *name*.

    Args:
        node: The parent.
        name: The local name.

    Returns:
        The child, or ``None``.
    """
    for child in children(node, name):
        return child
    return None


# Elements whose boundaries separate words: their text is set apart by a
# space, while inline elements (``sup``, ``em``) join their neighbours.
_SPACED = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "td",
        "th",
        "tr",
        "table",
        "section",
        "article",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "hl1",
        "hl2",
        "block",
        "bq",
        "pre",
        "dd",
        "dt",
        "figcaption",
        "header",
        "footer",
        "tbody",
        "thead",
        "caption",
    }
)


# Elements whose content is never text, wherever they are.
_NO_TEXT = frozenset({"script", "style", "template"})


def text_of(
    node: Element,
    *,
    skip: Callable[[Element], bool] | None = None,
    line_breaks: bool = False,
) -> str:
    """Return the text content of *node*, walking without recursion.

    Comments, processing instructions and entity nodes give no text (their
    tails do). ``br`` and block-level elements separate words by a space (a
    newline when *line_breaks*); inline elements add nothing, so
    ``Applebee’s<sup>®</sup>`` stays one word.

    Args:
        node: The element.
        skip: A predicate naming descendants whose own text is left out (their
            tails are kept).
        line_breaks: Separate at ``br`` and blocks with a newline instead of a
            space (for preformatted text).

    Returns:
        The text, not yet normalised.
    """
    gap = "\n" if line_breaks else " "
    parts: list[str] = []
    if node.text:
        parts.append(node.text)
    stack: list[tuple[Iterator[Element], Element | None]] = [(iter(node), None)]
    while stack:
        iterator, _owner = stack[-1]
        child = next(iterator, None)
        if child is None:
            _, owner = stack.pop()
            if owner is not None:
                if local_name(owner) in _SPACED:
                    parts.append(gap)
                if owner.tail:
                    parts.append(owner.tail)
            continue
        if (
            not isinstance(child.tag, str)
            or local_name(child) in _NO_TEXT
            or (skip is not None and skip(child))
        ):
            # A comment, PI or unresolved entity: only its tail is text.
            if child.tail:
                parts.append(child.tail)
            continue
        if local_name(child) in _SPACED:
            parts.append(gap)
        if child.text:
            parts.append(child.text)
        stack.append((iter(child), child))
    return "".join(parts)
