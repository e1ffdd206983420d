"""Hypothesis strategies for the articles NewsML-G2 and ninjs carry exactly.

Each strategy draws what a feed would send (a structured draft: blocks and
metadata), runs the shared analysis on it, and keeps the article only when
the analysis is at a fixed point on what the format carries back. So the
derived fields (the dateline, credits and quotes found in the text) are the
ones the analysis derives, and ``parse_newsml(to_newsml(a)) == a`` and
``parse_ninjs(to_ninjs(a)) == a`` are exact laws, not approximations.

Reach them through :func:`newsdoc.strategies.articles` with
``subset="newsml"`` or ``subset="ninjs"``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from hypothesis import assume
from hypothesis import strategies as st

from newsdoc.analysis import build_article
from newsdoc.model import (
    Article,
    Block,
    BlockKind,
    Byline,
    Credit,
    Link,
    Media,
    MediaKind,
    Party,
    Subject,
    When,
)
from newsdoc.parsers._draft import Draft
from newsdoc.parsers._fields import add_subject, is_timestamp
from newsdoc.strategies import bylines, credits, names, subjects, texts, whens

__all__ = ["newsml_articles", "newsml_carried", "ninjs_articles", "ninjs_carried"]

# Characters neither XML 1.0 nor an HTML body can carry as text.
_NOT_CARRIED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")
_LANGUAGES = ("en", "en-US", "en-GB", "de", "de-CH", "fr", "fr-CA", "es", "ar", "zh-Hant-TW", "nb")
_ORGANIZATIONS = ("Reuters", "AP", "AFP", "dpa", "NTB", "EFE", "Example Wire")
_PLACES = ("AMMAN", "WASHINGTON", "Hong Kong", "Zürich", "São Paulo")
_SIGNALS = (
    "sig:update",
    "sig:correction",
    "edStat:U",
    "https://cv.example.org/signal/kill",
    "a note",
)
_RIGHTS = ("Example Wire", "© 2024 Example Wire AG", "Nur für redaktionelle Nutzung")
_LINK_RELS = ("irel:previousVersion", "irel:seeAlso", "irel:derivedFrom")
# Roles as feeds write them: the element a role-less party came from, QCodes
# (one or several) and plain words.
_ROLES = (
    "creator", "contributor", "infoSource", "crol:writer", "crol:photographer",
    "cRole:source crol:writer", "editor", "contributor (BWEditor)",
)  # fmt: skip
_OFFSETS = st.integers(-14 * 4, 14 * 4).map(lambda q: dt.timezone(dt.timedelta(minutes=15 * q)))


def _carried(text: str) -> bool:
    return _NOT_CARRIED.search(text) is None


def _safe_texts(max_words: int = 40) -> st.SearchStrategy[str]:
    return texts(max_words=max_words).filter(_carried)


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def _blocks(draw: st.DrawFn) -> Block:
    kind = draw(st.sampled_from(tuple(BlockKind)))
    if kind is BlockKind.TABLE:
        rows = draw(
            st.lists(
                st.lists(_safe_texts(max_words=3), min_size=1, max_size=3), min_size=1, max_size=3
            )
        )
        return Block(kind=kind, text=" ".join(c for row in rows for c in row), rows=rows)
    if kind is BlockKind.PREFORMATTED:
        lines = draw(st.lists(_safe_texts(max_words=6), min_size=1, max_size=3))
        indent = draw(st.sampled_from(("", "  ", "\t")))
        return Block(kind=kind, text="\n".join(indent + line for line in lines))
    return Block(kind=kind, text=draw(_safe_texts()))


# A printed dateline now and then, so that the analysis has one to find.
_DATELINE_OPENERS = st.sampled_from(
    ("LONDON (Reuters) - ", "AMMAN, Jordan (AP) — ", "(dpa) - ", "PUTRAJAYA, Nov 22 — ", "")
)


@st.composite
def _body(draw: st.DrawFn) -> tuple[Block, ...]:
    blocks = draw(st.lists(_blocks(), max_size=6))
    opener = draw(_DATELINE_OPENERS)
    if opener:
        blocks.insert(0, Block(text=opener + draw(_safe_texts())))
    return tuple(blocks)


@st.composite
def _photos(draw: st.DrawFn) -> Media:
    url = draw(_optional(st.integers(0, 10**6).map(lambda n: f"https://media.example.org/{n}.jpg")))
    caption = draw(st.none() if url is None else _optional(_safe_texts(max_words=12)))
    if url is None:
        caption = draw(_safe_texts(max_words=12))
    return Media(kind=MediaKind.PHOTO, url=url, caption=caption)


def _is_carried_byline(byline: Byline) -> bool:
    return all(
        _carried(v) for v in (byline.name, byline.title, byline.affiliation, byline.role) if v
    )


def _is_carried_credit(credit: Credit) -> bool:
    return all(_carried(v) for v in (*credit.names, credit.organization, credit.raw) if v)


def _is_carried_subject(subject: Subject) -> bool:
    return all(_carried(v) for v in (subject.code, subject.name) if v)


@st.composite
def _links(draw: st.DrawFn) -> Link:
    target = draw(
        st.uuids().map(lambda u: f"urn:newsml:example.org:{u}")
        | st.integers(0, 10**6).map(lambda n: f"https://news.example.org/v/{n}")
    )
    return Link(
        rel=draw(_optional(st.sampled_from(_LINK_RELS))),
        target=target,
        version=draw(_optional(st.integers(1, 20).map(str))),
    )


@st.composite
def _parties(draw: st.DrawFn, *, role: st.SearchStrategy[str | None]) -> Party:
    """A party as a feed names it: a name, a code, or both, and a role."""
    name = draw(_optional(names().filter(_carried)))
    codes = st.integers(1, 9999).map(lambda n: f"staff:{n}") | st.integers(1, 9999).map(
        lambda n: f"https://staff.example.org/{n}"
    )
    if name is not None:
        # A literal code is told from a name only beside a name.
        codes = codes | st.sampled_from(("desk-7", "NTB"))
    code = draw(codes if name is None else _optional(codes))
    return Party(name=name, code=code, role=draw(role))


def _unique(values: list[Any]) -> tuple[Any, ...]:
    # The readers list a party once, as feeds repeat them.
    return tuple(dict.fromkeys(values))


def newsml_carried(article: Article) -> Draft:
    """Return the draft the NewsML-G2 reader builds from ``to_newsml(article)``.

    Args:
        article: An article of the newsml subset.

    Returns:
        The draft: the body as it stands, every metadata field, bylines and
        credits as structured values, the dateline as printed metadata.
    """
    raw = article.dateline.raw if article.dateline is not None else None
    return Draft(
        blocks=article.body,
        is_structured=True,
        headline=article.headline,
        subheadline=article.subheadline,
        standfirst=article.standfirst,
        bylines=article.bylines,
        dateline_text=None if raw is None or is_timestamp(raw) else raw,
        credits=article.credits,
        media=article.media,
        published=article.published,
        modified=article.modified,
        language=article.language,
        url=article.url,
        guid=article.guid,
        version=article.version,
        urgency=article.urgency,
        slugline=article.slugline,
        creditline=article.creditline,
        located=article.located,
        provider=article.provider,
        publisher=article.publisher,
        section=article.section,
        subjects=article.subjects,
        keywords=article.keywords,
        item_class=article.item_class,
        pub_status=article.pub_status,
        embargoed=article.embargoed,
        signals=article.signals,
        copyright_holder=article.copyright_holder,
        copyright_notice=article.copyright_notice,
        usage_terms=article.usage_terms,
        links=article.links,
        contributors=article.contributors,
    )


def ninjs_carried(article: Article) -> Draft:
    """Return the draft the ninjs reader builds from ``to_ninjs(article)``.

    Args:
        article: An article of the ninjs subset.

    Returns:
        The draft: the body, the metadata ninjs has, bylines by name; the
        one ``copyrightHolder`` is both the provider and the copyright holder.
    """
    holder = article.copyright_holder or article.provider
    return Draft(
        blocks=article.body,
        is_structured=True,
        headline=article.headline,
        subheadline=article.subheadline,
        standfirst=article.standfirst,
        bylines=article.bylines,
        media=article.media,
        published=article.published,
        modified=article.modified,
        language=article.language,
        guid=article.guid,
        version=article.version,
        urgency=article.urgency,
        slugline=article.slugline,
        creditline=article.creditline,
        located=article.located,
        provider=holder,
        subjects=article.subjects,
        item_class=article.item_class,
        pub_status=article.pub_status,
        embargoed=article.embargoed,
        copyright_holder=holder,
        copyright_notice=article.copyright_notice,
        usage_terms=article.usage_terms,
        contributors=article.contributors,
    )


def _unique_subjects(found: list[Subject]) -> tuple[Subject, ...]:
    # The readers list a subject once (the first of a code wins), as feeds
    # repeat them.
    unique: list[Subject] = []
    for subject in found:
        add_subject(unique, subject.code, subject.name)
    return tuple(unique)


def _settle(draft: Draft, carried: Any) -> Article:
    """The analysis' article for *draft*, at a fixed point of the format's round trip."""
    article = build_article(draft)
    article = build_article(carried(article))
    assume(build_article(carried(article)) == article)
    return article


@st.composite
def _newsml_article(draw: st.DrawFn) -> Article:
    published: When = draw(whens())
    modified = draw(st.datetimes() | st.datetimes(timezones=_OFFSETS | st.just(dt.UTC)))
    raw_dateline = draw(
        _optional(st.sampled_from(("WASHINGTON, Nov 22 —", "New York (dpa) -", "Zürich")))
    )
    draft = Draft(
        blocks=draw(_body()),
        is_structured=True,
        headline=draw(_optional(_safe_texts(max_words=12))),
        subheadline=draw(_optional(_safe_texts(max_words=12))),
        standfirst=draw(_optional(_safe_texts())),
        bylines=tuple(draw(st.lists(bylines().filter(_is_carried_byline), max_size=2))),
        dateline_text=raw_dateline,
        credits=tuple(draw(st.lists(credits().filter(_is_carried_credit), max_size=2))),
        media=tuple(draw(st.lists(_photos(), max_size=2))),
        published=published,
        modified=modified,
        language=draw(_optional(st.sampled_from(_LANGUAGES))),
        url=draw(_optional(st.integers(0, 10**9).map(lambda n: f"https://news.example.org/{n}"))),
        guid=draw(st.uuids().map(lambda u: f"urn:newsml:example.org:{u}")),
        version=draw(_optional(st.integers(1, 999).map(str))),
        urgency=draw(_optional(st.integers(1, 9))),
        slugline=draw(_optional(st.sampled_from(("SYRIA-SECURITY/", "US-ELECTION", "Fussball")))),
        creditline=draw(_optional(st.sampled_from(_ORGANIZATIONS))),
        located=draw(_optional(st.sampled_from(_PLACES))),
        provider=draw(_optional(st.sampled_from(_ORGANIZATIONS))),
        publisher=draw(_optional(st.sampled_from(("The Daily Example", "Le Monde")))),
        section=draw(_optional(st.sampled_from(("World", "Politik", "Sport")))),
        subjects=_unique_subjects(
            draw(st.lists(subjects().filter(_is_carried_subject), max_size=3))
        ),
        keywords=tuple(draw(st.lists(_safe_texts(max_words=3), max_size=3))),
        item_class=draw(st.sampled_from(("ninat:text", "icls:text"))),
        pub_status=draw(
            _optional(st.sampled_from(("stat:usable", "stat:withheld", "stat:canceled")))
        ),
        embargoed=draw(_optional(whens())),
        signals=tuple(draw(st.lists(st.sampled_from(_SIGNALS), max_size=3))),
        copyright_holder=draw(_optional(st.sampled_from(_ORGANIZATIONS))),
        copyright_notice=draw(_optional(st.sampled_from(_RIGHTS) | _safe_texts(max_words=8))),
        usage_terms=draw(_optional(_safe_texts(max_words=12))),
        links=tuple(draw(st.lists(_links(), max_size=2))),
        contributors=_unique(draw(st.lists(_parties(role=st.sampled_from(_ROLES)), max_size=3))),
    )
    return _settle(draft, newsml_carried)


@st.composite
def _ninjs_article(draw: st.DrawFn) -> Article:
    aware = st.datetimes(timezones=_OFFSETS | st.just(dt.UTC))
    published = draw(_optional(aware))
    modified = draw(_optional(aware)) if published is not None else None
    headline = draw(_optional(_safe_texts(max_words=12)))
    subheadline = draw(_optional(_safe_texts(max_words=12)))
    draft = Draft(
        blocks=draw(_body()),
        is_structured=True,
        headline=headline,
        subheadline=subheadline,
        standfirst=draw(_optional(_safe_texts())),
        bylines=tuple(Byline(name=n) for n in draw(st.lists(names(), max_size=2))),
        media=tuple(draw(st.lists(_photos(), max_size=2))),
        published=published,
        modified=modified,
        language=draw(_optional(st.sampled_from(_LANGUAGES))),
        guid=draw(st.uuids().map(lambda u: f"urn:uuid:{u}")),
        version=draw(_optional(st.integers(1, 999).map(str))),
        urgency=draw(_optional(st.integers(1, 9))),
        slugline=draw(_optional(st.sampled_from(("SYRIA-SECURITY/", "US-ELECTION", "Fussball")))),
        creditline=draw(_optional(st.sampled_from(_ORGANIZATIONS))),
        located=draw(_optional(st.sampled_from(_PLACES))),
        provider=draw(_optional(st.sampled_from(_ORGANIZATIONS))),
        subjects=_unique_subjects(
            draw(st.lists(subjects().filter(_is_carried_subject), max_size=3))
        ),
        item_class=draw(_optional(st.just("text"))),
        pub_status=draw(_optional(st.sampled_from(("usable", "withheld", "canceled")))),
        embargoed=draw(_optional(aware)),
        copyright_holder=draw(_optional(st.sampled_from(_ORGANIZATIONS))),
        copyright_notice=draw(_optional(st.sampled_from(_RIGHTS) | _safe_texts(max_words=8))),
        usage_terms=draw(_optional(_safe_texts(max_words=12))),
        contributors=_unique(
            draw(st.lists(_parties(role=_optional(st.sampled_from(_ROLES))), max_size=3))
        ),
    )
    return _settle(draft, ninjs_carried)


def newsml_articles() -> st.SearchStrategy[Article]:
    """Articles that ``to_newsml`` and ``parse_newsml`` carry exactly.

    Every field (quotes as the analysis finds them in the text; media as
    photos with a URL or caption and no credit); a ``guid`` always; ``published`` always, and
    ``modified`` a timestamp (G2 requires ``versionCreated``); text that
    XML can hold; an ``item_class`` that is a text class QCode
    (``ninat:text``, ``icls:text``); ``pub_status`` a ``stat:`` QCode; link
    relations that are QCodes; contributors, each once, with a role, and a
    literal code only beside a name.

    Returns:
        The strategy.
    """
    return _newsml_article()


def ninjs_articles() -> st.SearchStrategy[Article]:
    """Articles that ``to_ninjs`` and ``parse_ninjs`` carry exactly.

    No ``keywords``, ``publisher``, ``section``, ``url``, ``credits``,
    ``signals`` or ``links``; media as photos with a URL or caption and no
    credit; bylines by name only; no dateline given only as metadata;
    ``published``, ``modified`` and ``embargoed`` aware timestamps,
    ``modified`` only with ``published``; a ``guid`` always; ``item_class``
    "text" or none; ``pub_status`` one of ninjs' words; ``provider`` and
    ``copyright_holder`` the same (ninjs has one ``copyrightHolder``);
    contributors each once.

    Returns:
        The strategy.
    """
    return _ninjs_article()
