"""Unit tests for parse_newsml and iter_newsml: synthetic documents, one convention per row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsdoc.errors import NewsMLError, ParseError
from newsdoc.model import Article, BlockKind, Link, Party
from newsdoc.parsers import newsml as newsml_module
from newsdoc.parsers.newsml import iter_newsml, parse_newsml

FIXTURES = Path(__file__).parent.parent / "fixtures" / "newsml"
G2 = "http://iptc.org/std/nar/2006-10-01/"
PLUS_ONE = dt.timezone(dt.timedelta(hours=1))


def _fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _item(content_meta: str = "", content: str = "", item_class: str = "ninat:text") -> str:
    return (
        f'<newsItem xmlns="{G2}" guid="urn:x:1" version="1">'
        f'<itemMeta><itemClass qcode="{item_class}"/><provider literal="Wire"/>'
        "<versionCreated>2024-01-02T03:04:05Z</versionCreated></itemMeta>"
        f"<contentMeta>{content_meta}</contentMeta><contentSet>{content}</contentSet></newsItem>"
    )


def _xhtml(body: str) -> str:
    return f'<inlineXML><html xmlns="http://www.w3.org/1999/xhtml"><body>{body}</body></html></inlineXML>'


def test_message_yields_text_items_in_order_and_skips_pictures() -> None:
    articles = list(iter_newsml(_fixture("g2_message.xml")))
    assert [a.guid for a in articles] == [
        "urn:newsml:example.org:20240305:harbour",
        "urn:newsml:example.org:20240305:ferry",
    ]


def test_message_first_item_fields() -> None:
    article = parse_newsml(_fixture("g2_message.xml"))
    assert article.headline == "Harbour bridge reopens after repairs"
    assert article.subheadline == "Traffic returns to the old crossing"
    assert article.standfirst == "The crossing was shut for six months."
    assert article.version == "3"
    assert article.language == "en-GB"
    assert article.located == "Harbourtown"
    assert article.creditline == "Example Wire"
    assert article.slugline == "HARBOUR-BRIDGE"
    assert article.urgency == 3
    assert article.published == dt.datetime(2024, 3, 5, 8, 30, tzinfo=PLUS_ONE)
    assert article.modified == dt.datetime(2024, 3, 5, 9, 58, tzinfo=PLUS_ONE)
    assert [s.code for s in article.subjects] == ["medtop:20000350"]
    assert article.keywords == ("harbour",)
    assert article.dateline is not None
    assert article.dateline.location == "HARBOURTOWN"
    assert [b.name for b in article.bylines] == ["Mara Lindqvist"]


def test_message_first_item_metadata() -> None:
    article = parse_newsml(_fixture("g2_message.xml"))
    assert article.item_class == "exicls:text"
    assert article.pub_status == "stat:usable"
    assert article.embargoed == dt.datetime(2024, 3, 5, 10, tzinfo=PLUS_ONE)
    assert article.signals == ("sig:correction",)
    assert article.links == (
        Link(
            rel="irel:previousVersion",
            target="urn:newsml:example.org:20240305:harbour",
            version="2",
        ),
    )
    assert article.copyright_holder == "Example Wire Ltd"
    assert article.copyright_notice == "Copyright 2024 Example Wire Ltd."
    assert article.usage_terms == "For editorial use only."
    assert article.contributors == (
        Party(name="staff7", role="exrole:editor"),
        Party(name="Harbourtown council", code="exsrc:council", role="infoSource"),
    )


def test_message_first_item_body_blocks() -> None:
    article = parse_newsml(_fixture("g2_message.xml"))
    kinds = [b.kind for b in article.body]
    assert kinds == [
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.PARAGRAPH,
        BlockKind.BLOCKQUOTE,
        BlockKind.LIST_ITEM,
        BlockKind.LIST_ITEM,
        BlockKind.TABLE,
        BlockKind.PARAGRAPH,
    ]
    assert article.body[2].text == "Drivers queued from dawn to be first across."
    assert article.body[6].rows == (("Day", "Cars"), ("Mon", "0"))
    assert "Copyright footer text" not in article.text
    assert article.media[0].caption == "The bridge at dawn."


def test_inline_nitf_item_with_byttl_and_date_only_created() -> None:
    article = list(iter_newsml(_fixture("g2_message.xml")))[1]
    assert article.headline == "Ferry timetable changes"
    assert article.subheadline == "Fewer sailings"
    assert [(b.name, b.title) for b in article.bylines] == [
        ("Jon Aalto", "Transport Correspondent")
    ]
    assert article.published == dt.date(2024, 3, 5)
    assert article.version is None


@pytest.mark.parametrize(
    ("content_meta", "field", "expected"),
    [
        pytest.param("<headline>A</headline>", "headline", "A", id="headline without role"),
        pytest.param(
            '<headline rank="3">Kicker</headline><headline rank="1">Main</headline>',
            "headline",
            "Main",
            id="headline chosen by lowest rank",
        ),
        pytest.param(
            '<headline role="hrol:sub">S</headline><headline>M</headline>',
            "subheadline",
            "S",
            id="subheadline by role",
        ),
        pytest.param(
            '<description role="drol:teaser">T</description>', "standfirst", "T", id="teaser"
        ),
        pytest.param(
            '<description role="descRole:caption">C</description>',
            "standfirst",
            "C",
            id="caption description as standfirst",
        ),
        pytest.param('<language tag="EN"/>', "language", "en", id="language case normalised"),
        pytest.param('<located qcode="city:X"/>', "located", None, id="located qcode without name"),
        pytest.param('<located literal="Oslo"/>', "located", "Oslo", id="located literal"),
        pytest.param("<urgency>12</urgency>", "urgency", None, id="urgency out of range"),
        pytest.param(
            '<subject uri="http://cv.example/x"/>',
            "subjects",
            ("http://cv.example/x",),
            id="subject by uri",
        ),
        pytest.param(
            "<contentCreated>2024-01-01T10:00:00 +0100</contentCreated>",
            "published",
            dt.datetime(2024, 1, 1, 10, tzinfo=PLUS_ONE),
            id="contentCreated with space and basic offset",
        ),
    ],
)
def test_content_meta_conventions(content_meta: str, field: str, expected: object) -> None:
    article = parse_newsml(_item(content_meta, _xhtml("<p>Text.</p>")))
    value = getattr(article, field)
    if field == "subjects":
        value = tuple(s.code for s in value)
    assert value == expected


@pytest.mark.parametrize(
    ("content", "texts"),
    [
        pytest.param(
            _xhtml("<p>Alpha one.</p><p>Beta two.</p>"),
            ["Alpha one.", "Beta two."],
            id="xhtml with namespace",
        ),
        pytest.param(
            "<inlineXML><html><body><p>Alpha one.</p></body></html></inlineXML>",
            ["Alpha one."],
            id="xhtml without namespace",
        ),
        pytest.param(
            "<inlineXML><nitf><body><body.content><p>Alpha one.</p>"
            "</body.content></body></nitf></inlineXML>",
            ["Alpha one."],
            id="nitf inheriting the g2 namespace",
        ),
        pytest.param(
            '<inlineXML contenttype="application/nitf+xml"><!-- nothing --></inlineXML>',
            [],
            id="comments only: empty body",
        ),
        pytest.param(
            '<inlineData contenttype="text/plain">First para\nwrapped.\n\nSecond.</inlineData>',
            ["First para wrapped.", "Second."],
            id="inlineData blank-line paragraphs",
        ),
        pytest.param(
            '<inlineData contenttype="text/plain">  One line\nwrapped.\n  Two.</inlineData>',
            ["One line wrapped.", "Two."],
            id="inlineData indented paragraphs",
        ),
        pytest.param(
            '<inlineData contenttype="text/plain">&lt;div&gt;not markup&lt;/div&gt;</inlineData>',
            ["<div>not markup</div>"],
            id="escaped markup in plain text stays text",
        ),
        pytest.param(
            '<inlineData contenttype="application/nitf+xml">'
            "&lt;nitf&gt;&lt;body&gt;&lt;body.content&gt;&lt;p&gt;Esc&lt;/p&gt;"
            "&lt;/body.content&gt;&lt;/body&gt;&lt;/nitf&gt;</inlineData>",
            ["Esc"],
            id="escaped nitf in inlineData",
        ),
        pytest.param(
            '<inlineData rendition="dpa7901rendition:x">Copy.</inlineData>'
            "<inlineData>Main.</inlineData>",
            ["Main."],
            id="provider rendition copies skipped",
        ),
        pytest.param(
            _xhtml("<p>Applebee’s<sup>®</sup> menu</p>"),
            ["Applebee’s® menu"],
            id="inline sup adds no space",
        ),
        pytest.param(
            _xhtml("<p>caf\u00e9\u00a0au lait <script>x()</script></p>"),
            ["caf\u00e9\u00a0au lait"],
            id="nbsp kept, script dropped",
        ),
    ],
)
def test_body_renditions(content: str, texts: list[str]) -> None:
    article = parse_newsml(_item(content=content))
    assert [b.text for b in article.body] == texts


def test_prefixed_g2_reads_the_same() -> None:
    doc = _item("<headline>P</headline>", _xhtml("<p>Alpha one.</p>"))
    prefixed = doc.replace(f'<newsItem xmlns="{G2}"', f'<ns0:newsItem xmlns:ns0="{G2}"')
    prefixed = prefixed.replace("<", "<ns0:").replace("<ns0:/", "</ns0:")
    prefixed = prefixed.replace("<ns0:ns0:", "<ns0:").replace("</ns0:ns0:", "</ns0:")
    prefixed = prefixed.replace("<ns0:html", "<html").replace("</ns0:html", "</html")
    prefixed = prefixed.replace("<ns0:body>", "<body>").replace("</ns0:body>", "</body>")
    prefixed = prefixed.replace("<ns0:p>", "<p>").replace("</ns0:p>", "</p>")
    article = parse_newsml(prefixed)
    assert article.headline == "P"
    assert [b.text for b in article.body] == ["Alpha one."]


def test_bytes_with_bom_and_latin1_declaration() -> None:
    doc = _item("<headline>Caf\u00e9</headline>").replace("<newsItem", "<newsItem", 1)
    data = b'<?xml version="1.0" encoding="ISO-8859-1"?>' + doc.encode("latin-1")
    assert parse_newsml(data).headline == "Caf\u00e9"
    assert parse_newsml("\ufeff" + doc).headline == "Caf\u00e9"


def test_str_with_encoding_declaration() -> None:
    doc = '<?xml version="1.0" encoding="UTF-8"?>' + _item("<headline>H</headline>")
    assert parse_newsml(doc).headline == "H"


def test_newsml1_body_by_role_and_enclosing_newslines() -> None:
    article = parse_newsml(_fixture("newsml1_component.xml"))
    assert article.guid == "urn:newsml:example.org:20240305:N-42:2"
    assert article.version == "2"
    assert article.headline == "Brücke wieder offen"
    assert [b.name for b in article.bylines] == ["Anna Berg"]
    assert [b.text for b in article.body] == [
        "Die Brücke ist seit Dienstag wieder offen.",
        "Applebee’s® neue Filiale liegt nebenan.",
    ]
    assert article.language == "de"
    assert article.located == "Hafenstadt"
    assert article.keywords == ("Hafen",)
    assert article.provider == "Example Wire"
    assert article.published == dt.datetime(2024, 3, 5, 9, 30, tzinfo=PLUS_ONE)
    assert article.urgency == 4


def test_newsml1_html_in_cdata() -> None:
    doc = (
        "<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>H</HeadLine></NewsLines>"
        '<ContentItem><MediaType FormalName="Text"/><Format FormalName="HTML"/>'
        "<DataContent><![CDATA[<p>One &amp; two</p><p>Three<br>four</p>]]></DataContent>"
        "</ContentItem></NewsComponent></NewsItem></NewsML>"
    )
    article = parse_newsml(doc)
    assert [b.text for b in article.body] == ["One & two", "Three four"]


@pytest.mark.parametrize(
    ("doc", "words"),
    [
        pytest.param(_item(item_class="ninat:picture"), "ninat:picture", id="picture item"),
        pytest.param(
            f'<packageItem xmlns="{G2}" guid="p"/>', "packageItem", id="package of references"
        ),
        pytest.param(f'<conceptItem xmlns="{G2}" guid="c"/>', "conceptItem", id="concept item"),
        pytest.param("<contentSet><inlineXML/></contentSet>", "contentSet", id="spec fragment"),
        pytest.param("<html><body/></html>", "html", id="not newsml at all"),
        pytest.param("<newsItem", "well-formed", id="truncated markup"),
        pytest.param("", "empty", id="empty document"),
        pytest.param(
            "<NewsML><NewsItem><NewsManagement><NewsItemType FormalName='Photo'/>"
            "</NewsManagement></NewsItem></NewsML>",
            "Photo",
            id="newsml1 photo item",
        ),
    ],
)
def test_non_articles_raise_naming_the_problem(doc: str, words: str) -> None:
    with pytest.raises(NewsMLError, match=words):
        parse_newsml(doc)
    with pytest.raises(ParseError):
        list(iter_newsml(doc))


def test_message_with_only_pictures_yields_nothing_from_iter() -> None:
    picture = _item(item_class="ninat:picture").replace(f' xmlns="{G2}"', "")
    doc = f'<newsMessage xmlns="{G2}"><itemSet>{picture}{picture}</itemSet></newsMessage>'
    assert list(iter_newsml(doc)) == []
    with pytest.raises(NewsMLError, match="no text item"):
        parse_newsml(doc)


def test_empty_body_is_still_an_article() -> None:
    article = parse_newsml(_item("<headline>Only a headline</headline>"))
    assert isinstance(article, Article)
    assert article.body == ()


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("<p>Caf\u00e9 au lait today.</p>".encode("cp1252"), id="undeclared cp1252"),
        pytest.param(
            b'<?xml version="1.0" encoding="UTF-8"?>' + "<p>Caf\u00e9 today.</p>".encode("latin-1"),
            id="latin-1 bytes declared as utf-8",
        ),
        pytest.param(
            b'<?xml version="1.0" encoding="bogus"?><p>Caf\xc3\xa9 today.</p>',
            id="unknown declared encoding",
        ),
    ],
)
def test_bytes_in_the_wrong_encoding_are_still_read(data: bytes) -> None:
    document = data.replace(b"<p>", b"<nitf><body><body.content><p>").replace(
        b"</p>", b"</p></body.content></body></nitf>"
    )
    article = parse_newsml(document)
    assert article.body[0].text.startswith("Caf")


def test_newsml1_byline_title() -> None:
    doc = (
        "<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>H</HeadLine>"
        "<ByLine>By Ana Costa</ByLine><ByLineTitle>Staff Writer</ByLineTitle></NewsLines>"
        '<ContentItem><MediaType FormalName="Text"/><DataContent>Story text here.</DataContent>'
        "</ContentItem></NewsComponent></NewsItem></NewsML>"
    )
    assert [(b.name, b.title) for b in parse_newsml(doc).bylines] == [("Ana Costa", "Staff Writer")]


def test_g2_by_and_inline_nitf_byline_name_the_authors_once() -> None:
    nitf = (
        "<inlineXML><nitf><body><body.head><byline>By Ana Costa, <byttl>Staff Writer</byttl>"
        "</byline></body.head><body.content><p>Story text here.</p></body.content></body>"
        "</nitf></inlineXML>"
    )
    article = parse_newsml(_item("<by>By Ana Costa</by>", nitf))
    assert [b.name for b in article.bylines] == ["Ana Costa"]


def test_xhtml_header_h1_is_the_headline_fallback() -> None:
    body = "<header><h1>Printed headline</h1></header><p>Story text here.</p>"
    article = parse_newsml(_item(content=_xhtml(body)))
    assert article.headline == "Printed headline"
    assert [b.text for b in article.body] == ["Story text here."]


@pytest.mark.parametrize("name", ["g2_message.xml", "newsml1_component.xml", "nitf_standalone.xml"])
def test_streamed_reading_gives_the_same_articles(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = _fixture(name)
    whole = list(iter_newsml(data))
    monkeypatch.setattr(newsml_module, "STREAM_THRESHOLD", 0)
    assert list(iter_newsml(data)) == whole


def test_streamed_message_broken_after_an_item(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsml_module, "STREAM_THRESHOLD", 0)
    data = _fixture("g2_message.xml")
    broken = data[: data.rindex(b"<newsItem")] + b"<newsItem><oops></newsItem>"
    articles = iter_newsml(broken)
    assert next(articles).guid == "urn:newsml:example.org:20240305:harbour"
    with pytest.raises(NewsMLError, match="well-formed"):
        list(articles)


def test_newsml1_outer_byline_repeating_the_inner_one_is_not_a_second_author() -> None:
    doc = (
        "<NewsML><NewsItem><NewsComponent><NewsLines><ByLine>By Ana Costa</ByLine></NewsLines>"
        "<NewsComponent><NewsLines><ByLine>By Ana Costa</ByLine></NewsLines>"
        '<ContentItem><MediaType FormalName="Text"/><DataContent>Story text here.</DataContent>'
        "</ContentItem></NewsComponent></NewsComponent></NewsItem></NewsML>"
    )
    assert [b.name for b in parse_newsml(doc).bylines] == ["Ana Costa"]


# --- item metadata ----------------------------------------------------------------------


def _meta_item(item_meta: str = "", content_meta: str = "", rights: str = "") -> str:
    """A text newsItem with extra itemMeta children (after pubStatus's place) and rights."""
    return (
        f'<newsItem xmlns="{G2}" guid="urn:x:1" version="1">{rights}'
        '<itemMeta><itemClass qcode="ninat:text"/><provider literal="Wire"/>'
        f"<versionCreated>2024-01-02T03:04:05Z</versionCreated>{item_meta}</itemMeta>"
        f"<contentMeta>{content_meta}</contentMeta></newsItem>"
    )


@pytest.mark.parametrize(
    ("document", "field", "expected"),
    [
        pytest.param(_meta_item(), "item_class", "ninat:text", id="itemClass qcode as written"),
        pytest.param(
            _item(item_class="icls:text"), "item_class", "icls:text", id="provider item class"
        ),
        pytest.param(
            _meta_item('<pubStatus qcode="stat:withheld"/>'),
            "pub_status",
            "stat:withheld",
            id="pubStatus qcode as written",
        ),
        pytest.param(_meta_item(), "pub_status", None, id="no pubStatus, no status"),
        pytest.param(
            _meta_item("<embargoed>2024-01-03T12:00:00+0100</embargoed>"),
            "embargoed",
            dt.datetime(2024, 1, 3, 12, tzinfo=PLUS_ONE),
            id="embargo with a basic offset",
        ),
        pytest.param(
            _meta_item("<embargoed>2024-01-03T12:00:00</embargoed>"),
            "embargoed",
            dt.datetime(2024, 1, 3, 12),
            id="embargo without a zone stays naive",
        ),
        pytest.param(
            _meta_item("<embargoed/>"), "embargoed", None, id="empty embargoed is no embargo"
        ),
        pytest.param(
            _meta_item(
                '<signal qcode="sig:update"/><signal uri="http://cv.example.org/s/kill"/>'
                '<signal literal="hold"/>'
            ),
            "signals",
            ("sig:update", "http://cv.example.org/s/kill", "hold"),
            id="signals as written, in order",
        ),
        pytest.param(
            _meta_item(
                '<link rel="irel:previousVersion" residref="urn:x:0" version="3"/>'
                '<link rel="irel:seeAlso" href="https://example.org/v"/>'
                '<link residref="urn:x:2" href="https://example.org/2"/>'
            ),
            "links",
            (
                Link(rel="irel:previousVersion", target="urn:x:0", version="3"),
                Link(rel="irel:seeAlso", target="https://example.org/v"),
                Link(target="urn:x:2"),
            ),
            id="links: residref before href, version kept",
        ),
        pytest.param(
            _meta_item('<link rel="irel:seeAlso"/>'), "links", (), id="link without a target"
        ),
        pytest.param(
            _meta_item(
                rights='<rightsInfo><copyrightHolder uri="https://wire.example/">'
                "<name>Wire Ltd</name></copyrightHolder></rightsInfo>"
            ),
            "copyright_holder",
            "Wire Ltd",
            id="copyright holder by name",
        ),
        pytest.param(
            _meta_item(rights='<rightsInfo><copyrightHolder literal="Wire AG"/></rightsInfo>'),
            "copyright_holder",
            "Wire AG",
            id="copyright holder literal",
        ),
        pytest.param(
            _meta_item(
                rights="<rightsInfo><copyrightNotice>\n  (c) 2024\n  Wire </copyrightNotice>"
                "<copyrightNotice>second</copyrightNotice></rightsInfo>"
            ),
            "copyright_notice",
            "(c) 2024 Wire",
            id="first copyright notice, whitespace collapsed",
        ),
        pytest.param(
            _meta_item(
                rights="<rightsInfo><usageTerms>Editorial use only.</usageTerms></rightsInfo>"
            ),
            "usage_terms",
            "Editorial use only.",
            id="usage terms",
        ),
        pytest.param(
            _meta_item(
                content_meta='<creator qcode="staff:7"><name>Ana Costa</name></creator>'
                '<contributor uri="https://staff.example/bo" role="crol:editor">'
                "<name>Bo Ray</name></contributor>"
            ),
            "contributors",
            (
                Party(name="Ana Costa", code="staff:7", role="creator"),
                Party(name="Bo Ray", code="https://staff.example/bo", role="crol:editor"),
            ),
            id="creator and contributor: role as written, else the element",
        ),
        pytest.param(
            _meta_item(
                content_meta='<infoSource literal="Wire" role="cRole:source"/>'
                '<creator literal="Wire" role="cRole:source"/>'
                '<infoSource qcode="is:AP"><name>Associated Press</name></infoSource>'
            ),
            "contributors",
            (
                Party(name="Wire", role="cRole:source"),
                Party(name="Associated Press", code="is:AP", role="infoSource"),
            ),
            id="infoSource parties, a repeated party once",
        ),
        pytest.param(
            _meta_item(
                content_meta='<creator literal="desk-7"><name>Ana Costa</name></creator><creator/>'
            ),
            "contributors",
            (Party(name="Ana Costa", code="desk-7", role="creator"),),
            id="literal beside a name is the code; an empty party is none",
        ),
        pytest.param(
            _meta_item(content_meta='<creator qcode="staff:7" role="crol:writer"/>'),
            "bylines",
            (),
            id="a metadata creator is no byline",
        ),
        pytest.param(
            _meta_item(content_meta='<creator role="crol:photographer"><name>Cy</name></creator>'),
            "credits",
            (),
            id="a metadata role is no credit",
        ),
    ],
)
def test_item_metadata(document: str, field: str, expected: object) -> None:
    assert getattr(parse_newsml(document), field) == expected


@pytest.mark.parametrize(
    ("management", "admin", "field", "expected"),
    [
        pytest.param(
            '<NewsItemType FormalName="Alert"/>', "", "item_class", "Alert", id="NewsItemType"
        ),
        pytest.param('<Status FormalName="Usable"/>', "", "pub_status", "Usable", id="Status"),
        pytest.param(
            '<Status FormalName="Embargoed"/><StatusWillChange><FutureStatus FormalName="Usable"/>'
            "<DateAndTime>20240306T060000+0100</DateAndTime></StatusWillChange>",
            "",
            "embargoed",
            dt.datetime(2024, 3, 6, 6, tzinfo=PLUS_ONE),
            id="embargo: when the status will become usable",
        ),
        pytest.param(
            "",
            '<Creator><Party FormalName="Ana Costa"/></Creator>'
            '<Source><Party FormalName="Example PR"/></Source>'
            '<Contributor><Party FormalName="KB" Scheme="EdDesk"/></Contributor>',
            "contributors",
            (
                Party(name="Ana Costa", role="creator"),
                Party(name="Example PR", role="source"),
                Party(name="KB", role="contributor (EdDesk)"),
            ),
            id="Creator, Source and Contributor parties",
        ),
    ],
)
def test_newsml1_item_metadata(management: str, admin: str, field: str, expected: object) -> None:
    doc = (
        f"<NewsML><NewsItem><NewsManagement>{management}</NewsManagement>"
        f"<NewsComponent><NewsLines><HeadLine>H</HeadLine>"
        "<CopyrightLine>Copyright Example 2024</CopyrightLine></NewsLines>"
        f"<AdministrativeMetadata>{admin}</AdministrativeMetadata>"
        "<RightsMetadata><Copyright><CopyrightHolder>Example AG</CopyrightHolder></Copyright>"
        "<UsageRights><Limitations>Not for resale.</Limitations></UsageRights></RightsMetadata>"
        '<ContentItem><MediaType FormalName="Text"/><DataContent>Text.</DataContent>'
        "</ContentItem></NewsComponent></NewsItem></NewsML>"
    )
    article = parse_newsml(doc)
    assert getattr(article, field) == expected
    assert article.copyright_notice == "Copyright Example 2024"
    assert article.copyright_holder == "Example AG"
    assert article.usage_terms == "Not for resale."
