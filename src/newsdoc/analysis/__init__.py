"""Wire-copy analysis: datelines, bylines, credits, quotes and boilerplate.

Format-free: works on strings and :class:`~newsdoc.model.Block` values and
turns a front end's :class:`~newsdoc.parsers._draft.Draft` into an
:class:`~newsdoc.model.Article`. Every front end (text, HTML, NewsML) calls
:func:`build_article`, so a fix here helps all of them.

>>> from newsdoc.model import Block
>>> from newsdoc.parsers._draft import Draft
>>> article = build_article(Draft(
...     headline="Oil falls",
...     byline_texts=("By Ann Lee",),
...     blocks=(
...         Block(text="LONDON (Reuters) - Oil fell on Tuesday."),
...         Block(text="(Reporting by Ann Lee; Editing by Bo Ray)"),
...     ),
... ))
>>> article.dateline.location, [b.name for b in article.bylines], len(article.body)
('LONDON', ['Ann Lee'], 1)
>>> [c.role.value for c in article.credits]
['reporting', 'editing']
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdoc.analysis.boilerplate import (
    _is_furniture_line,
    _syndication_of_line,
    is_author_bio,
    is_boilerplate,
    read_signoff,
)
from newsdoc.analysis.bylines import BylineLine, parse_bylines, read_byline
from newsdoc.analysis.credits import (
    _credits_of_line,
    _split_caption_line,
    parse_credits,
    split_caption,
)
from newsdoc.analysis.datelines import read_dateline, split_dateline
from newsdoc.analysis.quotes import find_quotes
from newsdoc.model import (
    Article,
    Block,
    BlockKind,
    Byline,
    Credit,
    Dateline,
    Media,
    MediaKind,
    normalize_text,
)
from newsdoc.parsers._draft import Draft

__all__ = [
    "build_article",
    "find_quotes",
    "is_boilerplate",
    "parse_bylines",
    "parse_credits",
    "read_byline",
    "read_dateline",
    "split_caption",
    "split_dateline",
]

# Blocks whose text is free prose; tables and preformatted blocks are kept as
# they are.
_TEXT_KINDS = frozenset({BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.BLOCKQUOTE})
# A byline line is looked for only among the first blocks of the body.
_BYLINE_WINDOW = 3
# Sign-offs are looked for only among the last blocks of the body.
_SIGNOFF_WINDOW = 3


class _Collector:
    """The findings of one pass over a draft's blocks."""

    def __init__(self, draft: Draft) -> None:
        self.bylines: list[Byline] = list(draft.bylines)
        self.credits: list[Credit] = list(draft.credits)
        self.media: list[Media] = list(draft.media)
        self.provider = draft.provider
        self.publisher = draft.publisher
        # Block text is normalised already; the headline may not be.
        self.headline = None if draft.headline is None else normalize_text(draft.headline)
        # The byline the metadata gives, as it would be printed in the body.
        self.printed_bylines = frozenset(normalize_text(t).casefold() for t in draft.byline_texts)

    def add_credits(self, credits: Sequence[Credit]) -> None:
        for credit in credits:
            if credit not in self.credits:
                self.credits.append(credit)

    def add_byline_line(self, line: BylineLine) -> None:
        for byline in line.bylines:
            if byline not in self.bylines:
                self.bylines.append(byline)
        if line.provider is not None and self.provider is None:
            self.provider = line.provider

    def add_caption(self, caption: str | None, credit: Credit) -> None:
        media = Media(kind=MediaKind.PHOTO, caption=caption, credit=credit)
        if media not in self.media:
            self.media.append(media)


def _keep(block: Block, index: int, draft: Draft, found: _Collector) -> bool:
    """Decide whether one block is story text, recording what it holds if not."""
    if block.kind not in _TEXT_KINDS:
        return True
    text = block.text
    if text == found.headline:
        return False  # the headline printed again
    if index < _BYLINE_WINDOW and text.casefold() in found.printed_bylines:
        return False  # the byline printed again at the top of the body
    if text not in draft.prose:
        # Block text is normalised when the block is made: the tests below take
        # it as it is. A separator is furniture, so no test of its own follows,
        # and a syndication notice is too, so a line that is none of these
        # (``draft.prose``) is no syndication notice either.
        syndication = _syndication_of_line(text)
        if syndication is not None:
            publisher, provider = syndication
            found.publisher = found.publisher or publisher
            found.provider = found.provider or provider
            return False
        if _is_furniture_line(text):
            return False
        credits = _credits_of_line(text)
        if credits:
            found.add_credits(credits)
            return False
    if draft.is_structured:
        return True
    if index < _BYLINE_WINDOW:
        line = read_byline(text)
        if line is not None and (line.bylines or line.provider is not None):
            found.add_byline_line(line)
            return False
    caption, credit = _split_caption_line(text)
    if credit is not None:
        found.add_caption(caption, credit)
        return False
    return True


def _dateline(body: Sequence[Block], draft: Draft) -> Dateline | None:
    if body and body[0].kind in _TEXT_KINDS:
        dateline, _rest = split_dateline(body[0].text)
        if dateline is not None:
            return dateline
    if draft.dateline_text is not None:
        text = normalize_text(draft.dateline_text)
        if text:
            return read_dateline(text) or Dateline(raw=text)
    return None


def build_article(draft: Draft) -> Article:
    """Turn a front end's draft into an article.

    Drops boilerplate and the headline printed again; takes byline lines,
    credit lines, sign-offs and photo captions out of the body into
    ``bylines``, ``credits``, ``provider`` and ``media``; reads the syndication
    notice for ``publisher`` and ``provider``; describes the dateline at the
    start of the first paragraph (which keeps its text as printed); finds the
    quotes in the final body; and assembles the :class:`~newsdoc.model.Article`
    once. For a structured draft (NewsML, ninjs) only what is certain is
    dropped: boilerplate, credit lines and sign-offs.

    Args:
        draft: What a front end found.

    Returns:
        The article.
    """
    found = _Collector(draft)
    for text in draft.byline_texts:
        line = read_byline(text) or read_byline(text, require_prefix=False)
        if line is not None:
            found.add_byline_line(line)
    for text in draft.credit_texts:
        found.add_credits(parse_credits(text))
    body = [block for i, block in enumerate(draft.blocks) if _keep(block, i, draft, found)]
    # Sign-offs close the story: an agency name or editors' initials, and on a
    # page a note about the author.
    for _ in range(_SIGNOFF_WINDOW):
        if not body or body[-1].kind not in _TEXT_KINDS:
            break
        is_signoff, agency = read_signoff(body[-1].text)
        if not is_signoff and (draft.is_structured or not is_author_bio(body[-1].text)):
            break
        body.pop()
        found.provider = found.provider or agency
    # Credit lines first, in printed order, then the photo credits of the media.
    found.add_credits([m.credit for m in found.media if m.credit is not None])
    dateline = _dateline(body, draft)
    quotes = find_quotes(body)
    return Article(
        headline=draft.headline,
        subheadline=draft.subheadline,
        standfirst=draft.standfirst,
        bylines=tuple(found.bylines),
        dateline=dateline,
        body=tuple(body),
        quotes=quotes,
        credits=tuple(found.credits),
        media=tuple(found.media),
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
        provider=found.provider,
        publisher=found.publisher,
        section=draft.section,
        subjects=draft.subjects,
        keywords=draft.keywords,
        item_class=draft.item_class,
        pub_status=draft.pub_status,
        embargoed=draft.embargoed,
        signals=draft.signals,
        copyright_holder=draft.copyright_holder,
        copyright_notice=draft.copyright_notice,
        usage_terms=draft.usage_terms,
        links=draft.links,
        contributors=draft.contributors,
    )
