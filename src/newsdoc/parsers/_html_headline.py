"""The visible headline: which heading on the page the metadata agrees with.

Metadata (JSON-LD, OpenGraph, Twitter cards, ``<title>``) names the headline
without the page's furniture; the page shows it in a heading. The rules here
pick the heading that is the story's headline, keep the metadata's spelling
where the layout loses punctuation, and tell a kicker or a breadcrumb from
the headline proper.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from newsdoc.parsers._html_text import squash as _squash
from newsdoc.parsers._html_text import text_of as _text_of

__all__ = ["find_headline"]


def find_headline(
    root: etree._Element, titles: Iterable[str]
) -> tuple[str | None, etree._Element | None]:
    """Find the headline: the visible heading the metadata's titles agree with.

    The page's structured data names the headline without furniture; the
    ``<h1>`` shows it as printed. An ``<h1>`` equal to a metadata title is the
    headline. One that ends with a metadata title carries a kicker in front
    ("Election 2024: ..."), and one that a metadata title starts with lacks
    the site name the metadata appended: the shorter text is the headline.

    An ``<h1>`` inside a breadcrumb trail or navigation is the page's name
    in its site map, often the SEO title, while the story shows its headline
    in an ``<h2>`` of its own: such an ``<h1>`` is not the headline, and an
    ``<h2>`` that a metadata title agrees with is.

    With no agreement, the most trusted metadata title wins, and the first
    ``<h1>`` only when the page has no metadata title at all.

    Args:
        root: The page.
        titles: Headline strings from metadata, most trusted first, with
            known site names already removed.

    Returns:
        The headline text and the heading element that shows it (``None``
        when no heading does), or ``(None, None)``.
    """
    headings: list[tuple[str, str, etree._Element]] = []
    crumbs: list[tuple[str, str, etree._Element]] = []
    for element in root.iter("h1"):
        text = " ".join(_text_of(element).split())
        if text:
            found = (text, _squash(text), element)
            (crumbs if _in_breadcrumb(element) else headings).append(found)
    wanted = [(t, _squash(t)) for t in titles if t and _squash(t)]
    matched = _match_heading(headings, wanted, loose=True)
    if matched is None and crumbs and wanted:
        seconds: list[tuple[str, str, etree._Element]] = []
        for element in root.iter("h2"):
            text = " ".join(_text_of(element).split())
            if text and not _in_breadcrumb(element):
                seconds.append((text, _squash(text), element))
        matched = _match_heading(seconds, wanted, loose=False)
    if matched is not None:
        return matched
    if wanted:
        return wanted[0][0], None
    for text, _squashed, element in headings or crumbs:
        return text, element
    return None, None


def _match_heading(
    headings: list[tuple[str, str, etree._Element]],
    wanted: list[tuple[str, str]],
    *,
    loose: bool,
) -> tuple[str, etree._Element] | None:
    """Return the heading a metadata title agrees with, and the text to use.

    With *loose*, a heading that a metadata title starts with also agrees
    (the metadata appended a site name the page does not print).
    """
    for title, squashed_title in wanted:
        for text, squashed, element in headings:
            if squashed == squashed_title:
                # Some metadata repeats the kicker the h1 prints ("Election:
                # Headline"); another title without it names the headline.
                for other, squashed_other in wanted:
                    if (
                        len(squashed_other) >= 12
                        and squashed_other != squashed
                        and squashed.endswith(squashed_other)
                        and any(
                            _KICKER_END.search(shown[: len(shown) - len(other) + 2] + " ")
                            for shown in (text, title)
                        )
                        and (
                            text[:1] not in _QUOTE_MARKS
                            or _prints_apart(element, squashed[: -len(squashed_other)])
                        )
                    ):
                        return other, element
                # The same words: the metadata keeps the punctuation that the
                # h1's layout (a kicker in its own span) leaves out.
                return title, element
    for title, squashed_title in wanted:
        for _text, squashed, element in headings:
            if len(squashed_title) >= 12 and squashed.endswith(squashed_title):
                return title, element
    if loose:
        for _title, squashed_title in wanted:
            for text, squashed, element in headings:
                if len(squashed) >= 12 and squashed_title.startswith(squashed):
                    return text, element
    return None


def _prints_apart(heading: etree._Element, kicker: str) -> bool:
    """Tell whether a heading prints its kicker in an element of its own.

    A quotation opening a headline is part of it ("'No way back': Minister
    quits"), unless the page sets it apart as a kicker above the headline.
    """
    for count, child in enumerate(heading.iter()):
        if count > 20:
            break
        if (
            child is not heading
            and isinstance(child.tag, str)
            and _squash(_text_of(child)) == kicker
        ):
            return True
    return False


# Breadcrumb trails name themselves in a class, an id, a data attribute or
# schema.org's BreadcrumbList.
_CRUMB = "crumb"
_CRUMB_STOP = frozenset({"article", "main", "body", "html"})


def _in_breadcrumb(element: etree._Element) -> bool:
    """Tell whether a heading is the last step of a breadcrumb trail or in navigation."""
    node: etree._Element | None = element
    for _ in range(6):
        if node is None or node.tag in _CRUMB_STOP:
            return False
        if node.tag == "nav":
            return True
        for key, value in node.items():
            if _CRUMB in key.lower() or _CRUMB in value.lower():
                return True
        node = node.getparent()
    return False


_QUOTE_MARKS = frozenset("\"'“”‘’„«»‹›「")
# A kicker ends with a colon, a dash or a bar before the headline proper.
_KICKER_END = re.compile(r"[:|–—-]\s*\S{0,2}\s*$")
