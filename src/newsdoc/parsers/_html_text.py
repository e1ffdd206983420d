"""Text measures shared by the HTML front end's modules.

Each runs in C where lxml allows: XPath's ``string()`` and
``normalize-space()`` build one string per call instead of one per text node.
"""

from __future__ import annotations

import re

from lxml import etree

__all__ = ["attrs_text", "link_length", "squash", "text_length", "text_of"]

_STRING_VALUE = etree.XPath("string()")
# XPath's normalize-space() collapses whitespace as the model does.
_NORMALIZED = etree.XPath("normalize-space()")
_SQUASH = re.compile(r"\W+")


def text_of(element: etree._Element) -> str:
    """Return all the text under an element, as one string."""
    # One C call that concatenates the text nodes (what lxml.html's
    # text_content() does), much cheaper than joining itertext() in Python.
    return str(_STRING_VALUE(element))


def text_length(element: etree._Element) -> int:
    """Return the length of an element's text with its whitespace collapsed."""
    value = _NORMALIZED(element)
    return len(value) if isinstance(value, str) else 0


def link_length(element: etree._Element) -> int:
    """Return how much of an element's text is link text."""
    return sum(len(" ".join(text_of(a).split())) for a in element.iter("a"))


def squash(text: str) -> str:
    """Return text reduced to its word characters, casefolded, for comparing."""
    return _SQUASH.sub("", text).casefold()


def attrs_text(element: etree._Element) -> str:
    """Return an element's class names and id, lower-cased, as one string."""
    names = element.get("class")
    if names is not None and ":" in names:
        # Utility classes with a variant prefix ("print:hidden",
        # "desktop:mx-0") style the element for a medium; they do not name
        # what it holds.
        names = " ".join(name for name in names.split() if ":" not in name)
    ident = element.get("id")
    if ident is not None:
        names = f"{names} {ident}" if names is not None else ident
    return names.lower() if names else ""
