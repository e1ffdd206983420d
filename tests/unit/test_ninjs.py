"""Unit tests for parse_ninjs and to_ninjs: synthetic items, one convention per row."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from newsdoc.errors import NewsMLError, ParseError
from newsdoc.model import Article, Block, BlockKind, Byline, Party, Subject
from newsdoc.parsers.ninjs import parse_ninjs
from newsdoc.writers.ninjs import to_ninjs

UTC = dt.UTC


def _v1(**extra: Any) -> dict[str, Any]:
    return {"uri": "urn:x:1", "type": "text", **extra}


@pytest.mark.parametrize(
    ("item", "field", "expected"),
    [
        pytest.param(
            _v1(headline="Plain headline"), "headline", "Plain headline", id="1.x headline"
        ),
        pytest.param(
            _v1(headlines=[{"role": "sub", "value": "S"}, {"role": "main", "value": "M"}]),
            "headline",
            "M",
            id="3.x main headline by role",
        ),
        pytest.param(
            _v1(headlines=[{"role": "main", "value": "M"}, {"role": "kicker", "value": "K"}]),
            "subheadline",
            "K",
            id="other headline role as subheadline",
        ),
        pytest.param(
            _v1(versioncreated="2013-07-09T10:37:00Z"),
            "published",
            dt.datetime(2013, 7, 9, 10, 37, tzinfo=UTC),
            id="1.x lower-case versioncreated as published",
        ),
        pytest.param(
            _v1(firstCreated="2020-01-01T00:00:00+02:00", versionCreated="2020-01-02T00:00:00Z"),
            "published",
            dt.datetime(2020, 1, 1, tzinfo=dt.timezone(dt.timedelta(hours=2))),
            id="firstCreated before versionCreated",
        ),
        pytest.param(
            _v1(descriptions=[{"role": "text", "value": "Lead text. "}]),
            "standfirst",
            "Lead text.",
            id="description role text as standfirst",
        ),
        pytest.param(
            _v1(descriptions=[{"role": "text", "value": "A preview cut off mid"}]),
            "standfirst",
            None,
            id="body preview cut off mid-word is no standfirst",
        ),
        pytest.param(
            _v1(descriptions=[{"role": "creditline", "value": "Example Photo"}]),
            "creditline",
            "Example Photo",
            id="2.x creditline in descriptions",
        ),
        pytest.param(_v1(copyrightholder="NTB"), "provider", "NTB", id="copyright holder"),
        pytest.param(_v1(copyrightnotice=""), "provider", None, id="empty strings are absent"),
        pytest.param(_v1(language="NB-no"), "language", "nb-NO", id="language case"),
        pytest.param(
            _v1(subjects=[{"name": "Teknologi", "literal": "13010000"}]),
            "subjects",
            (Subject(code="13010000", name="Teknologi"),),
            id="subject literal code",
        ),
        pytest.param(
            _v1(subject=[{"code": "04000000", "name": "Economy", "scheme": "iptc"}]),
            "subjects",
            (Subject(code="04000000", name="Economy"),),
            id="1.x subject list with code",
        ),
        pytest.param(_v1(urgency="3"), "urgency", 3, id="urgency as a string"),
        pytest.param(_v1(located="Oslo"), "located", "Oslo", id="located"),
    ],
)
def test_metadata_conventions(item: dict[str, Any], field: str, expected: object) -> None:
    assert getattr(parse_ninjs(item), field) == expected


@pytest.mark.parametrize(
    ("item", "texts"),
    [
        pytest.param(
            _v1(body_text="One two.", body_xhtml="<p>One.</p><p>Two.</p>"),
            ["One.", "Two."],
            id="1.x body_xhtml before body_text",
        ),
        pytest.param(
            _v1(
                bodies=[
                    {
                        "role": "text",
                        "contentType": "text/plain",
                        "value": "Plain one.\nPlain two.",
                    },
                    {"role": "html5", "contentType": "text/html", "value": "<p>Html one.</p>"},
                ]
            ),
            ["Html one."],
            id="3.x html body before text body",
        ),
        pytest.param(
            _v1(
                bodies=[
                    {
                        "contentType": "text/html",
                        "value": "<html><body><article><h1>Title</h1><div class='dat'>"
                        "<span>Desk</span><span>TT</span></div><p>Story text.</p>"
                        "<blockquote>Spoken words.</blockquote></article></body></html>",
                    }
                ]
            ),
            ["Title", "Story text.", "Spoken words."],
            id="html page: inline labels are not paragraphs",
        ),
        pytest.param(
            _v1(bodies=[{"contentType": "text/plain", "value": "Line one.\nLine two."}]),
            ["Line one.", "Line two."],
            id="text body with single newlines",
        ),
        pytest.param(
            _v1(
                bodies=[
                    {
                        "contentType": "application/nitf+xml",
                        "value": "<nitf><body><body.content><p>Nitf text.</p>"
                        "</body.content></body></nitf>",
                    }
                ]
            ),
            ["Nitf text."],
            id="nitf string parsed as nitf",
        ),
        pytest.param(
            _v1(bodies=[{"role": "html", "value": "<p>By role.</p>"}]),
            ["By role."],
            id="html body told by its role",
        ),
        pytest.param(
            _v1(bodies=[{"value": "<p>Looks like markup.</p>"}]),
            ["Looks like markup."],
            id="untyped body that is markup",
        ),
        pytest.param(_v1(), [], id="no body: empty body"),
    ],
)
def test_bodies(item: dict[str, Any], texts: list[str]) -> None:
    assert [b.text for b in parse_ninjs(item).body] == texts


def test_two_names_in_one_byline() -> None:
    article = parse_ninjs(_v1(byline="Ana Costa and Piet de Vries"))
    assert [b.name for b in article.bylines] == ["Ana Costa", "Piet de Vries"]


def test_agency_as_byline_is_not_a_person() -> None:
    assert parse_ninjs(_v1(by="NTB")).bylines == ()


def test_association_photo_credit_is_listed() -> None:
    article = parse_ninjs(
        _v1(
            associations=[
                {
                    "type": "picture",
                    "by": "Karin Holm/TT",
                    "renditions": [{"href": "https://img.example.org/a.jpg"}],
                }
            ]
        )
    )
    assert article.media[0].url == "https://img.example.org/a.jpg"
    assert article.media[0].credit in article.credits


@pytest.mark.parametrize(
    ("data", "words"),
    [
        pytest.param(_v1(type="picture"), "picture", id="picture item"),
        pytest.param("[1, 2]", "not an object", id="json array"),
        pytest.param("{", "not JSON", id="truncated json"),
        pytest.param(b"\xff\xfe{", "UTF-8", id="not utf-8"),
        pytest.param("[" * 5000 + "]" * 5000, "nested", id="deeply nested json"),
    ],
)
def test_not_articles_raise(data: object, words: str) -> None:
    with pytest.raises(NewsMLError, match=words):
        parse_ninjs(data)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("item", "field", "expected"),
    [
        pytest.param(_v1(), "item_class", "text", id="type as item class"),
        pytest.param({"uri": "urn:x:1"}, "item_class", None, id="no type, no item class"),
        pytest.param(_v1(pubStatus="withheld"), "pub_status", "withheld", id="3.x pubStatus"),
        pytest.param(_v1(pubstatus="usable"), "pub_status", "usable", id="2.x pubstatus"),
        pytest.param(
            _v1(embargoedUntil="2024-03-06T06:00:00+01:00"),
            "embargoed",
            dt.datetime(2024, 3, 6, 6, tzinfo=dt.timezone(dt.timedelta(hours=1))),
            id="3.x embargoedUntil",
        ),
        pytest.param(
            _v1(embargoed="2024-03-06T06:00:00"),
            "embargoed",
            dt.datetime(2024, 3, 6, 6),
            id="2.x embargoed without a zone stays naive",
        ),
        pytest.param(
            _v1(copyrightHolder="Wire"), "copyright_holder", "Wire", id="3.x copyrightHolder"
        ),
        pytest.param(
            _v1(copyrightholder="Wire"), "provider", "Wire", id="copyright holder as provider"
        ),
        pytest.param(
            _v1(copyrightnotice="(c) Wire"), "copyright_notice", "(c) Wire", id="2.x notice"
        ),
        pytest.param(_v1(copyrightNotice=""), "copyright_notice", None, id="empty notice"),
        pytest.param(_v1(usageTerms="No resale."), "usage_terms", "No resale.", id="usageTerms"),
        pytest.param(
            _v1(
                infoSources=[
                    {"name": "Example PR", "role": "source", "uri": "https://pr.example/"},
                    {"literal": "desk-7"},
                    {"role": "only a role"},
                    {"name": "Example PR", "role": "source", "uri": "https://pr.example/"},
                ]
            ),
            "contributors",
            (
                Party(name="Example PR", code="https://pr.example/", role="source"),
                Party(code="desk-7"),
            ),
            id="infoSources as parties, each once",
        ),
        pytest.param(
            _v1(infosources=[{"name": "DHA"}]),
            "contributors",
            (Party(name="DHA"),),
            id="2.x infosources",
        ),
    ],
)
def test_item_metadata(item: dict[str, Any], field: str, expected: object) -> None:
    assert getattr(parse_ninjs(item), field) == expected


@pytest.mark.parametrize(
    ("article", "key", "expected"),
    [
        pytest.param(Article(), "type", None, id="no item class, no type"),
        pytest.param(Article(item_class="ninat:text"), "type", "text", id="G2 class as text"),
        pytest.param(
            Article(pub_status="stat:canceled"), "pubStatus", "canceled", id="G2 status as a word"
        ),
        pytest.param(Article(pub_status="Usable"), "pubStatus", "usable", id="NewsML 1 status"),
        pytest.param(Article(pub_status="stat:draft"), "pubStatus", None, id="unknown status"),
        pytest.param(
            Article(embargoed=dt.datetime(2024, 3, 6, 6, tzinfo=UTC)),
            "embargoedUntil",
            "2024-03-06T06:00:00+00:00",
            id="embargo",
        ),
        pytest.param(
            Article(embargoed=dt.date(2024, 3, 6)), "embargoedUntil", None, id="a day is no time"
        ),
        pytest.param(
            Article(provider="Wire", copyright_holder="Wire AG"),
            "copyrightHolder",
            "Wire AG",
            id="copyright holder before provider",
        ),
        pytest.param(
            Article(provider="Wire"), "copyrightHolder", "Wire", id="provider as copyright holder"
        ),
        pytest.param(
            Article(copyright_notice="(c) Wire"), "copyrightNotice", "(c) Wire", id="notice"
        ),
        pytest.param(Article(usage_terms="No resale."), "usageTerms", "No resale.", id="terms"),
        pytest.param(
            Article(
                contributors=(
                    Party(name="Ana Costa", code="staff:7", role="crol:writer"),
                    Party(code="https://pr.example/"),
                )
            ),
            "infoSources",
            [
                {"name": "Ana Costa", "role": "crol:writer", "literal": "staff:7"},
                {"uri": "https://pr.example/"},
            ],
            id="contributors as infoSources",
        ),
    ],
)
def test_writer_item_metadata(article: Article, key: str, expected: object) -> None:
    assert to_ninjs(article).get(key) == expected


def test_bytes_with_bom() -> None:
    data = b"\xef\xbb\xbf" + json.dumps(_v1(headline="Bom")).encode()
    assert parse_ninjs(data).headline == "Bom"


def test_writer_shape_and_round_trip() -> None:
    article = Article(
        guid="urn:x:9",
        headline="Harbour reopens",
        bylines=(Byline(name="Mara Lindqvist"),),
        body=(
            Block(text="The harbour reopened."),
            Block(kind=BlockKind.LIST_ITEM, text="Tolls stay."),
            Block(kind=BlockKind.TABLE, text="a b", rows=(("a", "b"),)),
            Block(kind=BlockKind.PREFORMATTED, text="  kept\n  spacing"),
        ),
        published=dt.datetime(2024, 3, 5, 8, 30, tzinfo=UTC),
        language="en-GB",
    )
    item = to_ninjs(article)
    assert item["uri"] == "urn:x:9"
    assert item["people"] == [{"name": "Mara Lindqvist", "rel": "byline"}]
    assert parse_ninjs(item) == article


def test_writer_refuses_unknown_version() -> None:
    with pytest.raises(ValueError, match=r"2\.0"):
        to_ninjs(Article(), version="2.0")


def test_writer_without_guid_gives_a_stable_uri() -> None:
    article = Article(headline="H", body=(Block(text="Text here."),))
    assert to_ninjs(article)["uri"] == to_ninjs(article)["uri"]
    assert to_ninjs(article)["uri"].startswith("urn:newsdoc:sha256:")


def test_parse_error_is_a_value_error() -> None:
    assert issubclass(NewsMLError, ParseError)
    assert issubclass(NewsMLError, ValueError)


def test_bylines_list_with_titles() -> None:
    article = parse_ninjs(_v1(bylines=[{"by": "By Ana Costa", "title": "Staff Writer"}]))
    assert [(b.name, b.title) for b in article.bylines] == [("Ana Costa", "Staff Writer")]


def test_preformatted_no_break_space_survives_the_round_trip() -> None:
    article = Article(guid="urn:x:5", body=(Block(kind=BlockKind.PREFORMATTED, text="\u00a0"),))
    assert parse_ninjs(to_ninjs(article)) == article
