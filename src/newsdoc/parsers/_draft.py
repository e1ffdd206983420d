"""Draft: what a front end found, before the wire-copy analysis.

Front ends know their format and nothing about datelines or quotes; they fill
a :class:`Draft` with candidate blocks and metadata and hand it to
:func:`newsdoc.analysis.build_article`, which knows wire copy and no format.
"""

from __future__ import annotations

import attrs

from newsdoc.model import Block, Byline, Credit, Link, Media, Party, Subject, When

__all__ = ["Draft"]


@attrs.frozen(kw_only=True)
class Draft:
    """The format-free intermediate between a front end and the analysis.

    Attributes:
        blocks: Candidate body blocks in reading order. They may still hold
            printed byline lines, credit lines, captions, sign-offs and page
            furniture; the analysis decides.
        is_structured: True when the format itself separates the story from
            everything else (a NewsML or ninjs body), so the analysis drops
            only what it is sure of; False for text and HTML.
        byline_texts: Printed byline strings to be parsed ("By A and B, AP").
        bylines: Bylines the source already gives as structured data.
        dateline_text: A dateline given as metadata (NewsML ``dateline``).
        credit_texts: Printed credit lines given as metadata.
        credits: Credits the source already gives as structured data.
        media: Media the source gives, with captions and credits.
        prose: Block texts the front end has already found to be neither
            boilerplate nor a credit line, so that the analysis need not test
            them again (a hint that saves time, never changes the result).

    The remaining attributes are the :class:`~newsdoc.model.Article` fields of
    the same name, passed through unless the analysis finds better evidence.
    """

    blocks: tuple[Block, ...] = ()
    is_structured: bool = False
    headline: str | None = None
    subheadline: str | None = None
    standfirst: str | None = None
    byline_texts: tuple[str, ...] = ()
    bylines: tuple[Byline, ...] = ()
    dateline_text: str | None = None
    credit_texts: tuple[str, ...] = ()
    credits: tuple[Credit, ...] = ()
    media: tuple[Media, ...] = ()
    prose: frozenset[str] = frozenset()
    published: When | None = None
    modified: When | None = None
    language: str | None = None
    url: str | None = None
    guid: str | None = None
    version: str | None = None
    urgency: int | None = None
    slugline: str | None = None
    creditline: str | None = None
    located: str | None = None
    provider: str | None = None
    publisher: str | None = None
    section: str | None = None
    subjects: tuple[Subject, ...] = ()
    keywords: tuple[str, ...] = ()
    item_class: str | None = None
    pub_status: str | None = None
    embargoed: When | None = None
    signals: tuple[str, ...] = ()
    copyright_holder: str | None = None
    copyright_notice: str | None = None
    usage_terms: str | None = None
    links: tuple[Link, ...] = ()
    contributors: tuple[Party, ...] = ()
