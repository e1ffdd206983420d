"""Unit tests for the NITF reader (standalone, inside NewsML 1 and G2): one convention per row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsdoc.model import Article, BlockKind
from newsdoc.parsers.newsml import parse_newsml

FIXTURES = Path(__file__).parent.parent / "fixtures" / "newsml"
PLUS_ONE = dt.timezone(dt.timedelta(hours=1))


@pytest.fixture(scope="module")
def standalone() -> Article:
    return parse_newsml((FIXTURES / "nitf_standalone.xml").read_bytes())


def test_docdata_identifiers_and_dates(standalone: Article) -> None:
    assert standalone.guid == "EX-9001"
    assert standalone.urgency == 5
    assert standalone.published == dt.datetime(2024, 3, 5, 10, 15, tzinfo=PLUS_ONE)
    assert standalone.language == "es-ES"
    assert standalone.keywords == ("PUERTO",)
    assert standalone.located == "Puerto Ejemplo"
    assert standalone.provider == "Agencia Ejemplo"


def test_docdata_item_metadata(standalone: Article) -> None:
    assert standalone.pub_status == "usable"
    assert standalone.embargoed == dt.datetime(2024, 3, 5, 12, tzinfo=PLUS_ONE)
    assert standalone.copyright_holder == "Agencia Ejemplo S.A."
    assert standalone.usage_terms == "Solo uso editorial."
    assert standalone.item_class is None


def test_head_lines(standalone: Article) -> None:
    assert standalone.headline == "El puerto reabre"
    assert standalone.subheadline is None  # hl2 repeating hl1 is no subheadline
    assert standalone.standfirst == "Resumen breve."
    assert [(s.code, s.name) for s in standalone.subjects] == [
        ("11006005", "Executive (government)")
    ]


def test_initials_are_not_a_byline(standalone: Article) -> None:
    assert standalone.bylines == ()


def test_body_blocks(standalone: Article) -> None:
    assert [(b.kind, b.text) for b in standalone.body] == [
        (BlockKind.PARAGRAPH, "Puerto Ejemplo, 5 mar (AE).- El puerto reabrió el martes."),
        (BlockKind.HEADING, "Obras"),
        (BlockKind.PARAGRAPH, "Las obras duraron seis meses."),
        (BlockKind.BLOCKQUOTE, "Es un gran día."),
    ]
    assert standalone.media[0].caption == "El puerto."


def _nitf(body_head: str = "", content: str = "<p>Story text.</p>", head: str = "") -> str:
    return (
        f"<nitf><head>{head}</head><body><body.head>{body_head}</body.head>"
        f"<body.content>{content}</body.content><body.end><tagline>End</tagline></body.end>"
        "</body></nitf>"
    )


@pytest.mark.parametrize(
    ("document", "field", "expected"),
    [
        pytest.param(
            _nitf("<byline>By Ana Costa, <byttl>Staff Reporter</byttl></byline>"),
            "bylines",
            [("Ana Costa", "Staff Reporter")],
            id="byline with byttl title",
        ),
        pytest.param(
            _nitf("<byline><byttl>Sports Desk</byttl></byline>"),
            "bylines",
            [],
            id="byttl without a person",
        ),
        pytest.param(
            _nitf("<byline>By Ana Costa and Piet de Vries</byline>"),
            "bylines",
            [("Ana Costa", None), ("Piet de Vries", None)],
            id="two names in one byline",
        ),
        pytest.param(
            _nitf(head="<title>Only title</title>"), "headline", "Only title", id="title fallback"
        ),
        pytest.param(
            _nitf("<dateline><location><city>Sydney</city></location></dateline>"),
            "located",
            "Sydney",
            id="dateline city as located",
        ),
        pytest.param(
            _nitf(head="<pubdata date.publication='20240101T120000+0000'/>"),
            "published",
            dt.datetime(2024, 1, 1, 12, tzinfo=dt.UTC),
            id="pubdata publication date fallback",
        ),
        pytest.param(
            _nitf(head="<docdata><date.issue norm='20240101'/></docdata>"),
            "published",
            dt.date(2024, 1, 1),
            id="date without time stays a date",
        ),
        pytest.param(
            _nitf(head="<docdata><doc.copyright holder='Example Wire'/></docdata>"),
            "provider",
            "Example Wire",
            id="copyright holder as provider",
        ),
    ],
)
def test_nitf_conventions(document: str, field: str, expected: object) -> None:
    value = getattr(parse_newsml(document), field)
    if field == "bylines":
        value = [(b.name, b.title) for b in value]
    assert value == expected


@pytest.mark.parametrize(
    ("content", "texts"),
    [
        pytest.param(
            "<p>   Wrapped line one <br/>and two.</p><p/>",
            ["Wrapped line one and two."],
            id="br inside a paragraph is a space",
        ),
        pytest.param(
            "<p>Named <person>Ana Costa</person> of <org>Example Corp</org>.</p>",
            ["Named Ana Costa of Example Corp."],
            id="inline entity markup",
        ),
        pytest.param(
            "<table><tr><td>Team</td><td>Pts</td></tr></table>", ["Team Pts"], id="nitf table"
        ),
        pytest.param(
            "<p>Kept &amp; escaped &lt;b&gt;</p>", ["Kept & escaped <b>"], id="escaped markup"
        ),
        pytest.param(
            "<note><p>Eds: updates with vote.</p></note><p>Story text.</p>",
            ["Story text."],
            id="editorial note is not story text",
        ),
    ],
)
def test_nitf_body_text(content: str, texts: list[str]) -> None:
    assert [b.text for b in parse_newsml(_nitf(content=content)).body] == texts


def test_nitf_in_the_2006_namespace() -> None:
    document = _nitf().replace("<nitf>", '<nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">')
    assert [b.text for b in parse_newsml(document).body] == ["Story text."]


def test_ap_headline_element_in_body_head() -> None:
    document = _nitf("<headline><hl1>AP style headline</hl1></headline>")
    assert parse_newsml(document).headline == "AP style headline"


def test_media_producer_is_the_photo_credit_and_an_article_credit() -> None:
    content = (
        "<p>Story text.</p><media media-type='image'>"
        "<media-reference source='https://img.example.org/x.jpg'/>"
        "<media-caption>Boats in the harbour.</media-caption>"
        "<media-producer>REUTERS/Jane Doe</media-producer></media>"
    )
    article = parse_newsml(_nitf(content=content))
    credit = article.media[0].credit
    assert credit is not None
    assert credit.names == ("Jane Doe",)
    assert credit in article.credits


@pytest.mark.parametrize(
    ("head", "field", "expected"),
    [
        pytest.param(
            '<docdata management-status="withheld"/>',
            "pub_status",
            "withheld",
            id="docdata management-status",
        ),
        pytest.param(
            '<docdata><doc.copyright year="2024" holder="Agencia Ejemplo"/></docdata>',
            "copyright_holder",
            "Agencia Ejemplo",
            id="doc.copyright holder",
        ),
        pytest.param(
            '<docdata><doc.copyright holder="Agencia Ejemplo"/></docdata>',
            "provider",
            "Agencia Ejemplo",
            id="copyright holder is the provider when no distributor says",
        ),
        pytest.param(
            '<docdata><doc.rights owner="AE" limitations="No syndication."/></docdata>',
            "usage_terms",
            "No syndication.",
            id="doc.rights limitations as usage terms",
        ),
        pytest.param(
            '<docdata><date.release norm="20240306T060000+0100"/></docdata>',
            "embargoed",
            dt.datetime(2024, 3, 6, 6, tzinfo=PLUS_ONE),
            id="date.release is the embargo",
        ),
        pytest.param(
            '<docdata><date.release norm="20240306"/></docdata>',
            "embargoed",
            dt.date(2024, 3, 6),
            id="a release day stays a day",
        ),
        pytest.param("<docdata/>", "pub_status", None, id="no management status"),
    ],
)
def test_nitf_item_metadata(head: str, field: str, expected: object) -> None:
    assert getattr(parse_newsml(_nitf(head=head)), field) == expected
