"""parse_html metadata: one page per source of metadata, and their conflicts."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdoc.model import Article
from newsdoc.parsers.html import parse_html

_BODY = (
    "<article><h1>{h1}</h1>"
    "<p>The council met on Tuesday evening to discuss the plan for the new library building.</p>"
    "<p>Members voted by a large majority to approve the budget, officials said afterwards.</p>"
    "</article>"
)
_UTC = dt.UTC
_PLUS_ONE = dt.timezone(dt.timedelta(hours=1))
_MINUS_FIVE = dt.timezone(dt.timedelta(hours=-5))


def _page(head: str, *, h1: str = "Library plan approved", body: str = "", lang: str = "") -> str:
    lang_attribute = f' lang="{lang}"' if lang else ""
    return (
        f"<html{lang_attribute}><head>{head}</head><body>"
        f"{body or _BODY.format(h1=h1)}</body></html>"
    )


def _parse(head: str, **kwargs: str) -> Article:
    return parse_html(_page(head, **kwargs))


_LD = '<script type="application/ld+json">{}</script>'


@pytest.mark.parametrize(
    ("head", "names"),
    [
        pytest.param(
            _LD.format(
                '{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Ana Ruiz"}}'
            ),
            ["Ana Ruiz"],
            id="json-ld person",
        ),
        pytest.param(
            _LD.format(
                '{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Ana Ruiz"},'
                ' {"@type": "Person", "name": "Tom Berg"}]}'
            ),
            ["Ana Ruiz", "Tom Berg"],
            id="json-ld author array",
        ),
        pytest.param(
            _LD.format(
                '{"@graph": [{"@type": "NewsArticle", "author": {"@id": "#a"}},'
                ' {"@type": "Person", "@id": "#a", "name": "Ana Ruiz"}]}'
            ),
            ["Ana Ruiz"],
            id="json-ld graph with author reference",
        ),
        pytest.param(
            _LD.format('[{"@type": "WebSite"}, {"@type": ["Article"], "author": "Ana Ruiz"}]'),
            ["Ana Ruiz"],
            id="json-ld top-level array and type list",
        ),
        pytest.param(
            _LD.format('{"@type": "NewsArticle", "author": {"name": "Ana Ruiz"},}'),
            ["Ana Ruiz"],
            id="json-ld with a trailing comma",
        ),
        pytest.param(
            _LD.format('{"@type": "NewsArticle", "headline": "x", "author": {"@type": "Person",'),
            [],
            id="truncated json-ld without a complete author",
        ),
        pytest.param(
            '<meta name="author" content="By Ana Ruiz and Tom Berg">',
            ["Ana Ruiz", "Tom Berg"],
            id="meta author with By and and",
        ),
        pytest.param(
            '<meta property="article:author" content="https://example.com/ana">',
            [],
            id="article:author profile url",
        ),
        pytest.param('<meta name="parsely-author" content="Ana Ruiz">', ["Ana Ruiz"], id="parsely"),
        pytest.param(
            '<meta name="sailthru.author" content="Ana Ruiz">', ["Ana Ruiz"], id="sailthru"
        ),
        pytest.param('<meta name="dc.creator" content="Ana Ruiz">', ["Ana Ruiz"], id="dublin core"),
        pytest.param(
            '<meta name="author" content="Analysis by Ana Ruiz, Herald Editor-at-large">',
            ["Ana Ruiz"],
            id="role and outlet printed after the name",
        ),
        pytest.param('<meta name="author" content="Staff">', [], id="staff is not a person"),
        pytest.param('<meta name="author" content="Redaktion">', [], id="german desk"),
        pytest.param(
            '<meta name="author" content="신현주 기자">', ["신현주"], id="korean reporter suffix"
        ),
    ],
)
def test_author_sources(head: str, names: list[str]) -> None:
    assert [b.name for b in _parse(head).bylines] == names


def test_microdata_author() -> None:
    body = (
        '<article itemscope itemtype="https://schema.org/NewsArticle">'
        "<h1>Library plan approved</h1>"
        '<div itemprop="author" itemscope><span itemprop="name">Ana Ruiz</span></div>'
        "<p>The council met on Tuesday evening to discuss the plan for the new library.</p>"
        "</article>"
    )
    assert [b.name for b in _parse("", body=body).bylines] == ["Ana Ruiz"]


def test_rel_author_link() -> None:
    body = (
        '<article><h1>Library plan approved</h1><a rel="author" href="/ana">Ana Ruiz</a>'
        "<p>The council met on Tuesday evening to discuss the plan for the new library.</p>"
        "</article>"
    )
    assert [b.name for b in _parse("", body=body).bylines] == ["Ana Ruiz"]


@pytest.mark.parametrize(
    ("head", "author", "provider"),
    [
        pytest.param(
            '<meta name="author" content="Reuters">', [], "Reuters", id="agency as author"
        ),
        pytest.param(
            _LD.format(
                '{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "AP"}}'
            ),
            [],
            "AP",
            id="organization in json-ld",
        ),
    ],
)
def test_outlet_credited_as_author_is_provider(head: str, author: list[str], provider: str) -> None:
    article = _parse(head)
    assert [b.name for b in article.bylines] == author
    assert article.provider == provider


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        pytest.param(
            _LD.format('{"@type": "NewsArticle", "datePublished": "2024-03-01T09:30:00+01:00"}'),
            dt.datetime(2024, 3, 1, 9, 30, tzinfo=_PLUS_ONE),
            id="json-ld with offset",
        ),
        pytest.param(
            '<meta property="article:published_time" content="2024-03-01T14:30:00Z">',
            dt.datetime(2024, 3, 1, 14, 30, tzinfo=_UTC),
            id="article:published_time in UTC",
        ),
        pytest.param(
            '<meta name="parsely-pub-date" content="2024-03-01T09:30:00">',
            dt.datetime(2024, 3, 1, 9, 30),
            id="naive time stays naive",
        ),
        pytest.param(
            '<meta name="dc.date" content="2024-03-01">', dt.date(2024, 3, 1), id="day-only date"
        ),
        pytest.param(
            _LD.format('{"@type": "NewsArticle", "datePublished": "2024-03-01"}')
            + '<meta property="article:published_time" content="2024-03-01T09:30:00-05:00">',
            dt.datetime(2024, 3, 1, 9, 30, tzinfo=_MINUS_FIVE),
            id="a time for the same day completes a day-only date",
        ),
        pytest.param(
            _LD.format('{"@type": "NewsArticle", "datePublished": "2024-03-01T09:30:00+01:00"}')
            + '<meta property="article:published_time" content="2023-01-01T00:00:00Z">',
            dt.datetime(2024, 3, 1, 9, 30, tzinfo=_PLUS_ONE),
            id="json-ld beats opengraph",
        ),
        pytest.param(
            '<meta name="date" content="not a date">', None, id="unreadable date gives nothing"
        ),
    ],
)
def test_published(head: str, expected: dt.date | None) -> None:
    assert _parse(head).published == expected


def test_time_element() -> None:
    body = (
        '<article><h1>Library plan approved</h1><time datetime="2024-03-01T09:30:00+01:00">'
        "1 March</time><p>The council met on Tuesday evening to discuss the plan for the new"
        " library.</p></article>"
    )
    assert _parse("", body=body).published == dt.datetime(2024, 3, 1, 9, 30, tzinfo=_PLUS_ONE)


@pytest.mark.parametrize(
    ("head", "h1", "expected"),
    [
        pytest.param(
            "<title>Library plan approved | Town Herald</title>",
            "Library plan approved",
            "Library plan approved",
            id="h1 beats title with site name",
        ),
        pytest.param(
            '<meta property="og:title" content="Library plan approved">'
            '<meta property="og:site_name" content="Town Herald">',
            "Town Herald",
            "Library plan approved",
            id="site logo in h1 loses to the metadata title",
        ),
        pytest.param(
            '<meta property="og:title" content="Library plan approved">',
            "Council vote: Library plan approved",
            "Library plan approved",
            id="kicker in front of the h1",
        ),
        pytest.param(
            '<meta property="og:title" content="Library plan approved - Town Herald">',
            "Library plan approved",
            "Library plan approved",
            id="site name appended to og:title",
        ),
        pytest.param(
            _LD.format(
                '{"@type": "NewsArticle", "headline": "Council backs &#8216;library&#8217;"}'
            ),
            "",
            "Council backs ‘library’",
            id="character references in json-ld",
        ),
        pytest.param(
            "<title>Library plan approved - Town Herald</title>",
            "",
            "Library plan approved",
            id="title element as last resort",
        ),
        pytest.param(
            '<meta property="og:title" content="도서관 계획 승인-지역ㅣ타운신문">'
            '<meta property="og:site_name" content="타운신문">',
            "",
            "도서관 계획 승인",
            id="section and site name glued to the title",
        ),
    ],
)
def test_headline(head: str, h1: str, expected: str) -> None:
    assert _parse(head, h1=h1).headline == expected


_PARAGRAPHS = (
    "<p>The council met on Tuesday evening to discuss the plan for the new library building.</p>"
    "<p>Members voted by a large majority to approve the budget, officials said afterwards.</p>"
)
_CRUMBS = (
    '<nav class="trail"><ul><li><a href="/">Home</a></li><li><a href="/local">Local</a></li>'
    "<li><h1>{h1}</h1></li></ul></nav>"
)


@pytest.mark.parametrize(
    ("head", "body", "expected"),
    [
        pytest.param(
            '<meta property="og:title" content="Library plan approved after long debate">'
            + _LD.format('{"@type": "NewsArticle", "headline": "Council backs library plan"}'),
            _CRUMBS.format(h1="Library plan approved after long debate")
            + f"<article><h2>Council backs library plan</h2>{_PARAGRAPHS}</article>",
            "Council backs library plan",
            id="h1 in a breadcrumb trail loses to the story's h2",
        ),
        pytest.param(
            _LD.format('{"@type": "NewsArticle", "headline": "Council backs library plan"}')
            + '<meta property="og:title" content="Library plan approved after long debate">',
            '<div data-breadcrumb="1"><a href="/">Home</a> '
            "<h1>Library plan approved after long debate</h1></div>"
            f"<article><h2>Town news today</h2>{_PARAGRAPHS}</article>",
            "Council backs library plan",
            id="breadcrumb h1 and no agreeing h2: the most trusted metadata title",
        ),
        pytest.param(
            "",
            _CRUMBS.format(h1="Library plan approved") + f"<article>{_PARAGRAPHS}</article>",
            "Library plan approved",
            id="breadcrumb h1 when the page has no metadata title",
        ),
        pytest.param(
            '<meta property="og:title" content="Library plan approved by the council">'
            + _LD.format(
                '{"@type": "NewsArticle", '
                '"headline": "\u201cA good day\u201d: Library plan approved by the council"}'
            ),
            "<article><h1><span>\u201cA good day\u201d</span> "
            "<span>Library plan approved by the council</span></h1>"
            f"{_PARAGRAPHS}</article>",
            "Library plan approved by the council",
            id="quoted kicker printed apart from the headline",
        ),
        pytest.param(
            '<meta property="og:title" content="Library plan approved by the council">'
            + _LD.format(
                '{"@type": "NewsArticle", '
                '"headline": "\u201cA good day\u201d: Library plan approved by the council"}'
            ),
            "<article><h1>\u201cA good day\u201d: Library plan approved by the council</h1>"
            f"{_PARAGRAPHS}</article>",
            "“A good day”: Library plan approved by the council",
            id="quotation opening the headline is part of it",
        ),
    ],
)
def test_visible_headline(head: str, body: str, expected: str) -> None:
    assert _parse(head, body=body).headline == expected


@pytest.mark.parametrize(
    ("head", "lang", "expected"),
    [
        pytest.param("", "de-AT", "de-AT", id="html lang as written"),
        pytest.param(
            '<meta http-equiv="content-language" content="fr">', "", "fr", id="content-language"
        ),
        pytest.param('<meta property="og:locale" content="es_ES">', "", "es-ES", id="og:locale"),
        pytest.param(
            '<meta property="og:locale" content="es_ES">',
            "en",
            "en",
            id="html lang beats og:locale",
        ),
    ],
)
def test_language(head: str, lang: str, expected: str) -> None:
    assert _parse(head, lang=lang).language == expected


def test_canonical_url_resolved_against_page_url() -> None:
    page = _page('<link rel="canonical" href="/news/library">')
    article = parse_html(page, url="https://herald.example/x?utm_source=feed")
    assert article.url == "https://herald.example/news/library"


def test_page_url_when_no_canonical() -> None:
    assert parse_html(_page(""), url="https://herald.example/a").url == "https://herald.example/a"


def test_section_keywords_publisher() -> None:
    head = (
        '<meta property="article:section" content="Local">'
        '<meta name="keywords" content="library, council, budget">'
        '<meta property="og:site_name" content="Town Herald">'
    )
    article = _parse(head)
    assert article.section == "Local"
    assert article.keywords == ("library", "council", "budget")
    assert article.publisher == "Town Herald"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        pytest.param(
            '<p class="meta_date">erstellt: <strong>01. April 2025, 15:25</strong></p>',
            dt.datetime(2025, 4, 1, 15, 25),
            id="german month name and time",
        ),
        pytest.param(
            '<div class="line">Do 25.04.24 | 14:07 Uhr | Von <span class="author">Eva Lind</span>'
            "</div>",
            dt.datetime(2024, 4, 25, 14, 7),
            id="dotted date in the byline line",
        ),
        pytest.param(
            '<span class="date">3 mars 2024</span>', dt.date(2024, 3, 3), id="french day-only date"
        ),
        pytest.param(
            '<a href="/other"><span class="date">03.03.2020</span></a>',
            None,
            id="a date inside a teaser link is not the story's",
        ),
    ],
)
def test_printed_date_lines(line: str, expected: dt.date | None) -> None:
    body = (
        f"<article><h1>Library plan approved</h1>{line}<p>The council met on Tuesday evening to"
        " discuss the plan for the new library building in the town centre.</p></article>"
    )
    assert _parse("", body=body).published == expected
