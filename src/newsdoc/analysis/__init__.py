"""Wire-copy analysis: datelines, bylines, credits, quotes and boilerplate.

Format-free: works on strings and :class:`~newsdoc.model.Block` values and
turns a front end's :class:`~newsdoc.parsers._draft.Draft` into an
:class:`~newsdoc.model.Article`.
"""

from __future__ import annotations

from newsdoc.model import Article
from newsdoc.parsers._draft import Draft

__all__ = ["build_article"]


def build_article(draft: Draft) -> Article:
    """Turn a front end's draft into an article.

    Placeholder: passes the draft through without analysis. The wire-copy
    analysis (datelines, bylines, credits, quotes, boilerplate) replaces it.
    """
    return Article(
        headline=draft.headline,
        subheadline=draft.subheadline,
        standfirst=draft.standfirst,
        bylines=draft.bylines,
        body=draft.blocks,
        credits=draft.credits,
        media=draft.media,
        published=draft.published,
        modified=draft.modified,
        language=draft.language,
        url=draft.url,
        guid=draft.guid,
        version=draft.version,
        urgency=draft.urgency,
        slugline=draft.slugline,
        creditline=draft.creditline,
        located=draft.located,
        provider=draft.provider,
        publisher=draft.publisher,
        section=draft.section,
        subjects=draft.subjects,
        keywords=draft.keywords,
    )
