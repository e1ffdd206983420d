"""Unit tests for to_newsml: what each field becomes, one convention per row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from lxml import etree

from newsdoc.model import (
    Article,
    Block,
    BlockKind,
    Byline,
    Credit,
    CreditRole,
    Link,
    Media,
    Party,
    Subject,
)
from newsdoc.parsers.newsml import parse_newsml, validate_newsml
from newsdoc.writers.newsml import G2_NAMESPACE, to_newsml

NS = {"g": G2_NAMESPACE, "h": "http://www.w3.org/1999/xhtml"}
SCHEMA = (
    Path(__file__).resolve().parents[2].parent
    / "shared"
    / "schemas"
    / "newsml-g2"
    / "NewsML-G2_2.35-spec-All-Power.xsd"
)
UTC = dt.UTC


def _tree(article: Article) -> etree._Element:
    return etree.fromstring(to_newsml(article))


def _xpath(root: etree._Element, path: str) -> list[Any]:
    result = root.xpath(path, namespaces=NS)
    assert isinstance(result, list)
    return list(result)


def _texts(root: etree._Element, path: str) -> list[str]:
    return [str(node.text) for node in _xpath(root, path)]


def _values(root: etree._Element, path: str) -> list[str]:
    return [str(value) for value in _xpath(root, path)]


@pytest.mark.parametrize(
    ("article", "path", "expected"),
    [
        pytest.param(Article(guid="urn:x:1"), "/g:newsItem/@guid", ["urn:x:1"], id="guid"),
        pytest.param(Article(version="12"), "/g:newsItem/@version", ["12"], id="version"),
        pytest.param(
            Article(version="v2"), "/g:newsItem/@version", [], id="non-integer version left out"
        ),
        pytest.param(
            Article(language="en-GB"),
            "//g:language/@tag",
            ["en-GB"],
            id="language tag",
        ),
        pytest.param(
            Article(language="not a tag"), "//g:language/@tag", [], id="malformed language left out"
        ),
        pytest.param(
            Article(published=dt.date(2024, 5, 1)),
            "//g:contentCreated/text()",
            ["2024-05-01"],
            id="a day alone goes to contentCreated",
        ),
        pytest.param(
            Article(
                published=dt.datetime(2024, 5, 1, 10, tzinfo=dt.timezone(dt.timedelta(hours=2)))
            ),
            "//g:firstCreated/text()",
            ["2024-05-01T10:00:00+02:00"],
            id="firstCreated keeps its offset",
        ),
        pytest.param(
            Article(modified=dt.datetime(2024, 5, 1, 10)),
            "//g:versionCreated/text()",
            ["2024-05-01T10:00:00"],
            id="naive versionCreated stays naive",
        ),
        pytest.param(
            Article(subheadline="Sub"),
            "//g:headline[@role='ndhrole:sub']/text()",
            ["Sub"],
            id="subheadline with newsdoc's headline role",
        ),
        pytest.param(
            Article(standfirst="Lead."),
            "//g:description[@role='drol:summary']/text()",
            ["Lead."],
            id="standfirst as summary",
        ),
        pytest.param(
            Article(subjects=(Subject(code="medtop:1"), Subject(code="http://cv.example/2"))),
            "//g:subject/@qcode | //g:subject/@uri",
            ["medtop:1", "http://cv.example/2"],
            id="subject codes as qcode or uri",
        ),
        pytest.param(
            Article(bylines=(Byline(name="Ana Costa", title="Staff Writer", affiliation="AP"),)),
            "//g:by/text()",
            ["By Ana Costa, Staff Writer, AP"],
            id="printed byline",
        ),
        pytest.param(
            Article(provider="Example Wire"),
            "//g:itemMeta/g:provider/@literal",
            ["Example Wire"],
            id="provider literal",
        ),
        pytest.param(
            Article(publisher="The Daily Example"),
            "//g:contentMetaExtProperty[@rel='ndext:publisher']/@value",
            ["The Daily Example"],
            id="publisher as an extension property",
        ),
        pytest.param(
            Article(url="https://news.example.org/a"),
            "//g:link[@rel='ndext:url']/@href",
            ["https://news.example.org/a"],
            id="url as a link",
        ),
        pytest.param(Article(), "//g:itemClass/@qcode", ["ninat:text"], id="default item class"),
        pytest.param(
            Article(item_class="icls:text"),
            "//g:itemClass/@qcode",
            ["icls:text"],
            id="provider text class kept",
        ),
        pytest.param(
            Article(item_class="Alert"),
            "//g:itemClass/@qcode",
            ["ninat:text"],
            id="NewsML 1 item type becomes ninat:text",
        ),
        pytest.param(Article(), "//g:pubStatus", [], id="no status, no pubStatus"),
        pytest.param(
            Article(pub_status="stat:withheld"),
            "//g:pubStatus/@qcode",
            ["stat:withheld"],
            id="pubStatus qcode",
        ),
        pytest.param(
            Article(pub_status="usable"),
            "//g:pubStatus/@qcode",
            ["stat:usable"],
            id="ninjs status word as a stat qcode",
        ),
        pytest.param(
            Article(pub_status="not a status"), "//g:pubStatus", [], id="unknown status left out"
        ),
        pytest.param(
            Article(
                embargoed=dt.datetime(2024, 5, 2, 6, tzinfo=dt.timezone(dt.timedelta(hours=2)))
            ),
            "//g:embargoed/text()",
            ["2024-05-02T06:00:00+02:00"],
            id="embargo keeps its offset",
        ),
        pytest.param(
            Article(embargoed=dt.date(2024, 5, 2)),
            "//g:itemMetaExtProperty[@rel='ndext:embargoed']/@value",
            ["2024-05-02"],
            id="a day-only embargo in newsdoc's property",
        ),
        pytest.param(
            Article(signals=("sig:update", "https://cv.example/s/1", "hold")),
            "//g:signal/@qcode | //g:signal/@uri | //g:signal/@literal",
            ["sig:update", "https://cv.example/s/1", "hold"],
            id="signals as qcode, uri or literal",
        ),
        pytest.param(
            Article(links=(Link(rel="irel:previousVersion", target="urn:x:0", version="2"),)),
            "//g:link[@rel='irel:previousVersion']/@residref | //g:link/@version",
            ["urn:x:0", "2"],
            id="link to an earlier version",
        ),
        pytest.param(
            Article(links=(Link(rel="alternate", target="https://example.org/a", version="v"),)),
            "//g:link/@rel | //g:link/@href | //g:link/@version",
            ["https://example.org/a"],
            id="link rel that is no qcode and a non-integer version left out",
        ),
        pytest.param(
            Article(copyright_holder="Wire AG"),
            "/g:newsItem/g:rightsInfo/g:copyrightHolder/g:name/text()",
            ["Wire AG"],
            id="copyright holder",
        ),
        pytest.param(
            Article(copyright_notice="(c) Wire", usage_terms="No resale."),
            "//g:rightsInfo/g:copyrightNotice/text() | //g:rightsInfo/g:usageTerms/text()",
            ["(c) Wire", "No resale."],
            id="copyright notice and usage terms",
        ),
        pytest.param(Article(), "//g:rightsInfo", [], id="no rights, no rightsInfo"),
        pytest.param(
            Article(contributors=(Party(name="Ana Costa", code="staff:7", role="creator"),)),
            "//g:creator[@qcode='staff:7']/g:name/text()",
            ["Ana Costa"],
            id="creator role is the element",
        ),
        pytest.param(
            Article(contributors=(Party(code="https://ap.example/", role="infoSource"),)),
            "//g:infoSource/@uri",
            ["https://ap.example/"],
            id="infoSource with a uri",
        ),
        pytest.param(
            Article(contributors=(Party(name="Bo Ray", role="crol:editor crol:writer"),)),
            "//g:contributor/@role",
            ["crol:editor crol:writer"],
            id="qcode roles as @role",
        ),
        pytest.param(
            Article(contributors=(Party(name="Bo Ray", role="contributor (BWEditor)"),)),
            "//g:contributor/g:name[@role='ndpart:role']/text()",
            ["contributor (BWEditor)"],
            id="a role in words as newsdoc's role part",
        ),
        pytest.param(
            Article(contributors=(Party(name="Bo Ray", role="ndrole:byline"),)),
            "//g:contributor/@role",
            [],
            id="a party never takes newsdoc's byline role",
        ),
        pytest.param(
            Article(body=(Block(text="Bad\x01char here."),)),
            "//h:p/text()",
            ["Badchar here."],
            id="characters XML cannot hold are dropped",
        ),
    ],
)
def test_fields(article: Article, path: str, expected: list[str]) -> None:
    assert _values(_tree(article), path) == expected


def test_catalog_declares_every_alias_used() -> None:
    root = _tree(
        Article(
            subheadline="S",
            bylines=(Byline(name="Ana Costa", title="T"),),
            credits=(Credit(role=CreditRole.EDITING, names=("Bo Ray",)),),
            publisher="P",
        )
    )
    declared = set(_values(root, "//g:catalog/g:scheme/@alias"))
    used = {
        value.partition(":")[0]
        for value in _values(root, "//@role | //@rel")
        if value.startswith("nd")
    }
    assert used <= declared


def test_body_blocks_become_xhtml() -> None:
    article = Article(
        body=(
            Block(text="One."),
            Block(kind=BlockKind.HEADING, text="Head"),
            Block(kind=BlockKind.LIST_ITEM, text="a"),
            Block(kind=BlockKind.LIST_ITEM, text="b"),
            Block(kind=BlockKind.TABLE, text="x y", rows=(("x", "y"),)),
            Block(kind=BlockKind.PREFORMATTED, text="  kept\n  lines"),
            Block(kind=BlockKind.BLOCKQUOTE, text="Quoted."),
        ),
        media=(Media(url="https://img.example.org/1.jpg", caption="A boat."),),
    )
    root = _tree(article)
    body = _xpath(root, "//h:body")[0]
    assert [etree.QName(child).localname for child in body] == [
        "p", "h2", "ul", "table", "pre", "blockquote", "figure",
    ]  # fmt: skip
    assert _texts(root, "//h:ul/h:li") == ["a", "b"]
    assert _texts(root, "//h:pre") == ["  kept\n  lines"]
    assert _texts(root, "//h:figcaption") == ["A boat."]


def test_article_without_guid_gets_a_stable_one() -> None:
    article = Article(headline="H", body=(Block(text="Text here."),))
    first, second = _tree(article), _tree(article)
    assert _values(first, "/g:newsItem/@guid") == _values(second, "/g:newsItem/@guid")
    assert _values(first, "/g:newsItem/@guid")[0].startswith("urn:newsdoc:sha256:")


def test_structured_byline_and_credit_read_back() -> None:
    article = Article(
        guid="urn:x:2",
        bylines=(Byline(name="Ana Costa", title="Staff Writer", affiliation="AP", role="writer"),),
        credits=(
            Credit(
                role=CreditRole.ADDITIONAL_REPORTING,
                names=("Bo Ray", "Cy Diaz"),
                raw="Additional reporting by Bo Ray and Cy Diaz",
            ),
            Credit(role=CreditRole.PHOTO, organization="Example Photo"),
        ),
        published=dt.datetime(2024, 5, 1, 10, tzinfo=UTC),
        modified=dt.datetime(2024, 5, 1, 11, tzinfo=UTC),
    )
    back = parse_newsml(to_newsml(article))
    assert back.bylines == article.bylines
    assert back.credits == article.credits


@pytest.mark.skipif(
    not SCHEMA.is_file(),
    reason="../shared/schemas is absent (a fresh clone): the NewsML-G2 XSD is not bundled",
)
def test_a_full_article_is_schema_valid() -> None:
    article = Article(
        guid="urn:x:3",
        version="4",
        headline="H",
        subheadline="S",
        standfirst="Lead.",
        bylines=(Byline(name="Ana Costa", title="T", affiliation="AP", role="r"),),
        body=(Block(text="One."), Block(kind=BlockKind.TABLE, text="x", rows=(("x",),))),
        credits=(Credit(role=CreditRole.PHOTO, organization="O", raw="O"),),
        media=(Media(url="https://img.example.org/1.jpg", caption="C"),),
        published=dt.date(2024, 5, 1),
        modified=dt.datetime(2024, 5, 1, 11, tzinfo=UTC),
        language="de-CH",
        url="https://news.example.org/a",
        urgency=2,
        slugline="SLUG",
        creditline="C",
        located="Zürich",
        provider="P",
        publisher="Pub",
        section="Sport",
        subjects=(Subject(code="medtop:1", name="n"), Subject(name="only a name")),
        keywords=("k",),
        item_class="icls:text",
        pub_status="stat:usable",
        embargoed=dt.datetime(2024, 5, 2, 6),
        signals=("sig:update", "https://cv.example/s/1", "a note"),
        copyright_holder="Wire AG",
        copyright_notice="(c) Wire",
        usage_terms="No resale.",
        links=(Link(rel="irel:previousVersion", target="urn:x:2", version="2"),),
        contributors=(
            Party(name="Ana Costa", code="staff:7", role="creator"),
            Party(code="https://ap.example/", role="infoSource"),
            Party(name="Bo Ray", code="desk-7", role="editor"),
        ),
    )
    validate_newsml(to_newsml(article), schema=SCHEMA)


def test_item_metadata_reads_back() -> None:
    article = Article(
        guid="urn:x:4",
        published=dt.datetime(2024, 5, 1, 10, tzinfo=UTC),
        modified=dt.datetime(2024, 5, 1, 10, tzinfo=UTC),
        item_class="icls:text",
        pub_status="stat:withheld",
        embargoed=dt.date(2024, 5, 2),
        signals=("sig:update", "https://cv.example/s/1", "a note"),
        copyright_holder="Wire AG",
        copyright_notice="(c) Wire",
        usage_terms="No resale.",
        links=(
            Link(rel="irel:previousVersion", target="urn:x:3", version="1"),
            Link(target="https://example.org/related"),
        ),
        contributors=(
            Party(name="Ana Costa", code="staff:7", role="creator"),
            Party(code="https://ap.example/", role="infoSource"),
            Party(name="Bo Ray", code="desk-7", role="editor"),
            Party(name="Cy Diaz", role="crol:photographer"),
        ),
        bylines=(Byline(name="Ana Costa"),),
        credits=(Credit(role=CreditRole.EDITING, names=("Bo Ray",)),),
    )
    assert parse_newsml(to_newsml(article)) == article
