"""Hypothesis strategies for every model class (needs the ``testing`` extra).

Every value drawn satisfies every validator, quote spans included, and the
text is realistic where it matters: names with diacritics, hyphens and
apostrophes, curly quotes, no-break spaces, right-to-left and CJK scripts,
emoji, and now and then arbitrary Unicode to shake out the rest.

Once ``newsdoc[testing]`` is installed the strategies are registered through
Hypothesis' entry point, so ``st.from_type(Article)`` works::

    from hypothesis import given, strategies as st
    import newsdoc

    @given(st.from_type(newsdoc.Article))
    def test_round_trip(article):
        assert newsdoc.from_json(newsdoc.to_json(article)) == article

:func:`articles` takes ``subset=`` to restrict itself to what one format can
carry, so that the writers' round-trip laws are exact.
"""

from __future__ import annotations

import datetime as dt
import importlib
import unicodedata
from typing import Any

from hypothesis import strategies as st

from newsdoc.model import (
    Article,
    Block,
    BlockKind,
    Byline,
    Credit,
    CreditRole,
    Dateline,
    Link,
    Media,
    MediaKind,
    Party,
    Quote,
    QuoteKind,
    Subject,
    When,
    normalize_text,
)

__all__ = [
    "SUBSETS",
    "articles",
    "blocks",
    "bylines",
    "credits",
    "datelines",
    "links",
    "media",
    "names",
    "parties",
    "quotes",
    "subjects",
    "texts",
    "whens",
]

# Realistic material. Written for these strategies; no outside text.
_GIVEN_NAMES = (
    "Zoë", "Siobhán", "José", "Łukasz", "Ngọc", "Abdul Rahman", "Anne-Marie", "Søren",
    "Ana", "Chloé", "Jürgen", "Ólafur", "Mei", "Tomás", "Yusuf", "Ayşe", "Priya", "محمد",
    "יעל", "Владимир", "小林", "Jean-Luc", "Dvořák", "Kwame",
)  # fmt: skip
_FAMILY_NAMES = (
    "Kowalczyk-Brandt", "al-Halabi", "O’Brien", "Müller", "Nguyễn", "de la Cruz", "Ó Súilleabháin",
    "Ménard", "Wójcik", "Öztürk", "van der Berg", "Smith", "Okonkwo", "Chen", "Hernández",
    "Ibrahim", "Cohen", "Петрова", "田中", "Kim", "Dubois", "Jensen", "Rossi", "Hoang",
)  # fmt: skip
_WORDS = (
    "the", "minister", "said", "on", "Tuesday", "that", "talks", "had", "stalled", "after",
    "a", "week", "of", "protests", "in", "Zürich", "São", "Paulo", "Kraków", "Ōsaka",
    "naïve", "l’État", "d’Alembert", "co-operation", "1,200", "3.5%", "£40m", "€12",
    "officials", "government", "border", "residents", "“really”", "‘fine’", "«non»",
    "„ja“", "—", "–", "北京市", "東京都", "서울", "القاهرة", "ירושלים", "Москва", "😀",
    "🇺🇦", "isn’t", "rock ’n’ roll", "100\u00a0km", "M.\u00a0Dupont", "U.S.", "e.g.",
)  # fmt: skip
_ORGANIZATIONS = ("Reuters", "AP", "AFP", "dpa", "Getty Images", "NTB", "EFE", "ANSA", "Kyodo")
_VERBS = ("said", "told", "says", "added", "wrote", "according to", "testified", "asked")
_LANGUAGES = (
    "en", "en-US", "en-GB", "de", "de-CH", "fr", "fr-CA", "es", "ar", "he", "zh-Hant-TW", "ja",
    "ko", "nb",
)  # fmt: skip
_REGIONS = ("Wis.", "S.C.", "Vietnam", "United Arab Emirates", "Calif.", "Bavaria")
_PLACES = ("AMMAN", "LA CROSSE", "WASHINGTON", "Hong Kong", "NEW DELHI", "SÃO PAULO", "Zürich")
_SCHEMES = ("medtop", "subj", "iptc", "http://cv.iptc.org/newscodes/mediatopic/")


def _is_clean(text: str) -> bool:
    # A value the model's converters keep as it is: already normalised and
    # not empty.
    return bool(text) and normalize_text(text) == text


def texts(*, min_words: int = 1, max_words: int = 40) -> st.SearchStrategy[str]:
    """Realistic normalised text: words of many scripts, sometimes arbitrary Unicode.

    Args:
        min_words: The fewest words in the realistic variant.
        max_words: The most words in the realistic variant.
    """
    realistic = st.lists(st.sampled_from(_WORDS), min_size=min_words, max_size=max_words).map(
        " ".join
    )
    arbitrary = st.text(min_size=1, max_size=max_words * 4).map(normalize_text).filter(bool)
    return st.one_of(realistic, realistic, realistic, arbitrary)


def names() -> st.SearchStrategy[str]:
    """Person names: diacritics, hyphens, apostrophes, particles, several scripts."""
    return st.builds(
        lambda given, family: f"{given} {family}",
        st.sampled_from(_GIVEN_NAMES),
        st.sampled_from(_FAMILY_NAMES),
    )


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


@st.composite
def blocks(draw: st.DrawFn, *, kinds: tuple[BlockKind, ...] = tuple(BlockKind)) -> Block:
    """A body block of one of *kinds*; tables get rows, preformatted text keeps its spacing."""
    kind = draw(st.sampled_from(kinds))
    if kind is BlockKind.TABLE:
        rows = draw(
            st.lists(st.lists(texts(max_words=3), min_size=1, max_size=4), min_size=1, max_size=4)
        )
        return Block(kind=kind, text=" ".join(cell for row in rows for cell in row), rows=rows)
    if kind is BlockKind.PREFORMATTED:
        lines = draw(st.lists(texts(max_words=8), min_size=1, max_size=4))
        indent = draw(st.sampled_from(("", "  ", "\t")))
        return Block(kind=kind, text="\n".join(indent + line for line in lines))
    return Block(kind=kind, text=draw(texts()))


def bylines() -> st.SearchStrategy[Byline]:
    """Bylines: a person's name, sometimes with an affiliation, title and role."""
    return st.builds(
        Byline,
        name=names(),
        affiliation=_optional(st.sampled_from(_ORGANIZATIONS)),
        title=_optional(
            st.sampled_from(("Chief Correspondent", "Editor-at-large", "Staff Writer"))
        ),
        role=_optional(st.sampled_from(("writer", "correspondent"))),
    )


def datelines() -> st.SearchStrategy[Dateline]:
    """Datelines with a raw form consistent with their parts."""

    def build(location: str, region: str | None, agency: str | None, date: str | None) -> Dateline:
        raw = location + (f", {region}" if region else "") + (f", {date}" if date else "")
        raw += (f" ({agency})" if agency else "") + " —"
        return Dateline(raw=raw, location=location, region=region, agency=agency, date=date)

    return st.builds(
        build,
        st.sampled_from(_PLACES),
        _optional(st.sampled_from(_REGIONS)),
        _optional(st.sampled_from(_ORGANIZATIONS)),
        _optional(st.sampled_from(("Nov 22", "March 3", "1 janvier"))),
    )


@st.composite
def credits(draw: st.DrawFn) -> Credit:
    """Credits of every role, with names, an organization or both."""
    role = draw(st.sampled_from(tuple(CreditRole)))
    people = tuple(draw(st.lists(names(), max_size=3)))
    organization = draw(
        st.sampled_from(_ORGANIZATIONS)
        if not people
        else _optional(st.sampled_from(_ORGANIZATIONS))
    )
    raw = draw(_optional(texts(max_words=12)))
    return Credit(role=role, names=people, organization=organization, raw=raw)


def media(*, credit: st.SearchStrategy[Credit | None] | None = None) -> st.SearchStrategy[Media]:
    """Media items with an absolute URL, a caption and a credit."""
    return st.builds(
        Media,
        kind=st.sampled_from(tuple(MediaKind)),
        url=_optional(st.integers(0, 10**6).map(lambda n: f"https://media.example.org/{n}.jpg")),
        caption=_optional(texts(max_words=20)),
        credit=credit if credit is not None else _optional(credits()),
    )


def subjects() -> st.SearchStrategy[Subject]:
    """Subjects with a QCode or URI as written, a name, or both."""
    code = st.builds(
        lambda scheme, n: f"{scheme}{'' if scheme.endswith('/') else ':'}{n}",
        st.sampled_from(_SCHEMES),
        st.integers(1, 20999999),
    )
    name = texts(max_words=4)
    return st.one_of(
        st.builds(Subject, code=code, name=_optional(name)),
        st.builds(Subject, name=name),
    )


def links() -> st.SearchStrategy[Link]:
    """Links to earlier versions and related items, as G2 and ninjs write them."""
    return st.builds(
        Link,
        rel=_optional(st.sampled_from(("irel:previousVersion", "irel:seeAlso", "alternate"))),
        target=st.uuids().map(lambda u: f"urn:newsml:example.org:{u}"),
        version=_optional(st.integers(1, 20).map(str)),
    )


def parties() -> st.SearchStrategy[Party]:
    """Creators, contributors and sources named by item metadata."""
    return st.one_of(
        st.builds(
            Party,
            name=names(),
            code=_optional(st.integers(1, 9999).map(lambda n: f"staff:{n}")),
            role=_optional(st.sampled_from(("crol:writer", "crol:photographer", "editor"))),
        ),
        st.builds(Party, code=st.sampled_from(("nprov:REUTERS", "nprov:AP")), role=st.none()),
    )


_OFFSETS = st.integers(-14 * 4, 14 * 4).map(lambda q: dt.timezone(dt.timedelta(minutes=15 * q)))


def whens() -> st.SearchStrategy[When]:
    """Publication times: days, naive times and aware times with varied offsets."""
    return st.one_of(
        st.dates(),
        st.datetimes(),
        st.datetimes(timezones=_OFFSETS | st.just(dt.UTC)),
    )


@st.composite
def quotes(draw: st.DrawFn, *, body: tuple[Block, ...] | None = None) -> Quote:
    """A quote whose span points at its own text in *body* (a one-block body when None)."""
    if body is None:
        body = (draw(blocks(kinds=(BlockKind.PARAGRAPH,))),)
    paragraph = draw(st.integers(0, len(body) - 1))
    text = body[paragraph].text
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 200)))
    span = text[start:end]
    # A slice of NFC text may start with a combining mark that NFC would
    # change on its own; such a span cannot be a quote's text.
    if not unicodedata.is_normalized("NFC", span):
        span = text[start:start]
    if not span:
        start, end, span = 0, len(text), text
    return Quote(
        text=span,
        speaker=draw(_optional(names())),
        verb=draw(_optional(st.sampled_from(_VERBS))),
        kind=draw(st.sampled_from(tuple(QuoteKind))),
        paragraph=paragraph,
        start=start,
        end=end,
    )


@st.composite
def _any_article(draw: st.DrawFn) -> Article:
    body = tuple(draw(st.lists(blocks(), max_size=8)))
    found = tuple(draw(st.lists(quotes(body=body), max_size=5))) if body else ()
    credit_values = draw(st.lists(credits(), max_size=4))
    # A photo's credit is also listed among the article's credits.
    photo = draw(
        st.lists(
            media(credit=_optional(st.sampled_from(credit_values)) if credit_values else st.none()),
            max_size=2,
        )
    )
    return Article(
        headline=draw(_optional(texts(max_words=14))),
        subheadline=draw(_optional(texts(max_words=14))),
        standfirst=draw(_optional(texts())),
        bylines=draw(st.lists(bylines(), max_size=3)),
        dateline=draw(_optional(datelines())),
        body=body,
        quotes=found,
        credits=credit_values,
        media=photo,
        published=draw(_optional(whens())),
        modified=draw(_optional(whens())),
        language=draw(_optional(st.sampled_from(_LANGUAGES))),
        url=draw(_optional(st.integers(0, 10**9).map(lambda n: f"https://news.example.org/{n}"))),
        guid=draw(_optional(st.uuids().map(lambda u: f"urn:newsml:example.org:{u}"))),
        version=draw(_optional(st.integers(1, 99).map(str))),
        urgency=draw(_optional(st.integers(1, 9))),
        slugline=draw(_optional(st.sampled_from(("SYRIA-SECURITY/", "US-ELECTION", "Fussball")))),
        creditline=draw(_optional(st.sampled_from(_ORGANIZATIONS))),
        located=draw(_optional(st.sampled_from(_PLACES))),
        provider=draw(_optional(st.sampled_from(_ORGANIZATIONS))),
        publisher=draw(_optional(st.sampled_from(("euronews", "The Daily Example", "Le Monde")))),
        section=draw(_optional(st.sampled_from(("World", "Politik", "Sport")))),
        subjects=draw(st.lists(subjects(), max_size=3)),
        keywords=draw(st.lists(texts(max_words=3), max_size=4)),
        item_class=draw(_optional(st.sampled_from(("ninat:text", "icls:text", "text", "Alert")))),
        pub_status=draw(_optional(st.sampled_from(("stat:usable", "stat:withheld", "usable")))),
        embargoed=draw(_optional(whens())),
        signals=draw(st.lists(st.sampled_from(("sig:update", "sig:correction")), max_size=2)),
        copyright_holder=draw(_optional(st.sampled_from(_ORGANIZATIONS))),
        copyright_notice=draw(_optional(texts(max_words=8))),
        usage_terms=draw(_optional(texts(max_words=8))),
        links=draw(st.lists(links(), max_size=2)),
        contributors=draw(st.lists(parties(), max_size=3)),
    )


#: The subsets :func:`articles` knows, each the articles one format carries
#: exactly, with the module and function that provide it.
SUBSETS: dict[str, tuple[str, str]] = {
    "text": ("newsdoc._strategies_text", "text_articles"),
    "newsml": ("newsdoc._strategies_newsml", "newsml_articles"),
    "ninjs": ("newsdoc._strategies_newsml", "ninjs_articles"),
}


def articles(subset: str | None = None) -> st.SearchStrategy[Article]:
    """Articles that satisfy every validator.

    Args:
        subset: ``None`` for any article; ``"text"``, ``"newsml"`` or
            ``"ninjs"`` for the articles that format carries exactly (their
            dateline, credits and quotes are the ones the analysis derives
            from the generated text), so that ``parse_X(to_X(a)) == a``.

    Raises:
        ValueError: *subset* is not one of the above, or its format is not
            available in this version of newsdoc.
    """
    if subset is None:
        return _any_article()
    if subset not in SUBSETS:
        raise ValueError(f"unknown subset {subset!r}; expected one of {sorted(SUBSETS)} or None")
    module_name, function = SUBSETS[subset]
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError:
        raise ValueError(f"the {subset!r} subset is not available in this version") from None
    strategy: st.SearchStrategy[Article] = getattr(module, function)()
    return strategy
