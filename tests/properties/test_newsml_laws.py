"""Laws of the NewsML-G2 and ninjs readers and writers.

* ``parse_newsml(to_newsml(a)) == a`` and ``parse_ninjs(to_ninjs(a)) == a``
  over the subsets each format carries;
* the writers' output is valid against the published schemas (these tests
  skip when ``../shared`` is absent, as in a fresh clone);
* the readers, fed arbitrary XML trees and JSON documents, return an
  ``Article`` or raise ``ParseError``.
"""

from __future__ import annotations

import contextlib
import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from newsdoc._strategies_newsml import newsml_articles, ninjs_articles
from newsdoc.errors import ParseError
from newsdoc.model import Article
from newsdoc.parsers.newsml import iter_newsml, parse_newsml, validate_newsml
from newsdoc.parsers.ninjs import parse_ninjs
from newsdoc.writers.newsml import to_newsml
from newsdoc.writers.ninjs import to_ninjs

SCHEMAS = Path(__file__).resolve().parents[2].parent / "shared" / "schemas"
G2_XSD = SCHEMAS / "newsml-g2" / "NewsML-G2_2.35-spec-All-Power.xsd"
NINJS_SCHEMA = SCHEMAS / "ninjs" / "ninjs-schema_3.1.json"
needs_schemas = pytest.mark.skipif(
    not SCHEMAS.is_dir(),
    reason="../shared/schemas is absent (a fresh clone): the published schemas are not bundled",
)
LAW = settings(suppress_health_check=(HealthCheck.too_slow, HealthCheck.filter_too_much))


@cache
def _g2_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(G2_XSD)))


@cache
def _ninjs_validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(NINJS_SCHEMA.read_text(encoding="utf-8"))
    cls = jsonschema.Draft202012Validator
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@LAW
@given(newsml_articles())
def test_newsml_round_trip(article: Article) -> None:
    assert parse_newsml(to_newsml(article)) == article


@LAW
@given(ninjs_articles())
def test_ninjs_round_trip(article: Article) -> None:
    item = to_ninjs(article)
    assert parse_ninjs(item) == article
    assert parse_ninjs(json.dumps(item)) == article


@needs_schemas
@LAW
@given(newsml_articles())
def test_newsml_output_is_schema_valid(article: Article) -> None:
    document = etree.fromstring(to_newsml(article))
    schema = _g2_schema()
    assert schema.validate(document), str(schema.error_log)


@needs_schemas
@LAW
@given(ninjs_articles())
def test_ninjs_output_is_schema_valid(article: Article) -> None:
    errors = [e.message for e in _ninjs_validator().iter_errors(to_ninjs(article))]
    assert errors == []


@needs_schemas
def test_validate_newsml_accepts_writer_output_and_lists_violations() -> None:
    validate_newsml(to_newsml(Article(guid="urn:x:1", headline="H")), schema=G2_XSD)
    broken = b"<newsItem xmlns='http://iptc.org/std/nar/2006-10-01/'/>"
    with pytest.raises(ParseError, match="line 1"):
        validate_newsml(broken, schema=G2_XSD)


# --- totality ---------------------------------------------------------------------------

_TAGS = (
    "newsMessage", "itemSet", "newsItem", "itemMeta", "itemClass", "contentMeta", "headline",
    "contentSet", "inlineXML", "inlineData", "html", "body", "p", "nitf", "body.content",
    "body.head", "byline", "byttl", "hedline", "hl1", "table", "tr", "td", "NewsML",
    "NewsItem", "NewsComponent", "ContentItem", "DataContent", "Role", "li", "pre", "bq",
    "rightsInfo", "copyrightHolder", "copyrightNotice", "usageTerms", "embargoed",
    "pubStatus", "signal", "link", "creator", "contributor", "infoSource", "name",
    "itemMetaExtProperty", "NewsManagement", "Status", "StatusWillChange", "FutureStatus",
    "DateAndTime", "AdministrativeMetadata", "RightsMetadata", "Party", "Source", "docdata",
    "date.release", "doc.rights", "doc.copyright",
)  # fmt: skip
_ATTRS = (
    "qcode", "guid", "version", "role", "rank", "contenttype", "FormalName", "literal",
    "uri", "href", "residref", "rel", "value", "Scheme", "management-status", "norm",
    "holder", "limitations",
)  # fmt: skip
_NAMESPACES = ("", "{http://iptc.org/std/nar/2006-10-01/}", "{http://www.w3.org/1999/xhtml}")
_TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)


@st.composite
def _trees(draw: st.DrawFn) -> bytes:
    """An arbitrary tree of NewsML, NITF and XHTML names, built without recursion."""
    root = etree.Element(draw(st.sampled_from(_NAMESPACES)) + draw(st.sampled_from(_TAGS[:3])))
    nodes = [root]
    for _ in range(draw(st.integers(0, 25))):
        parent = nodes[draw(st.integers(0, len(nodes) - 1))]
        child = etree.SubElement(
            parent, draw(st.sampled_from(_NAMESPACES)) + draw(st.sampled_from(_TAGS))
        )
        for name in draw(st.lists(st.sampled_from(_ATTRS), max_size=2, unique=True)):
            child.set(name, draw(_TEXT))
        child.text = draw(_TEXT)
        child.tail = draw(_TEXT)
        nodes.append(child)
    return etree.tostring(root)


@given(_trees())
def test_readers_are_total_on_xml_trees(document: bytes) -> None:
    with contextlib.suppress(ParseError):
        assert isinstance(parse_newsml(document), Article)
    with contextlib.suppress(ParseError):
        assert all(isinstance(a, Article) for a in iter_newsml(document))


@given(st.binary(max_size=300) | st.text(max_size=300))
def test_readers_are_total_on_arbitrary_input(data: bytes | str) -> None:
    for read in (parse_newsml, parse_ninjs):
        with contextlib.suppress(ParseError):
            assert isinstance(read(data), Article)


FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "newsml"


@st.composite
def _mutated_fixtures(draw: st.DrawFn) -> bytes:
    """One of our fixtures with elements dropped, emptied, renamed or moved."""
    name = draw(st.sampled_from(sorted(p.name for p in FIXTURES.glob("*.xml"))))
    root = etree.fromstring((FIXTURES / name).read_bytes())
    nodes = [n for n in root.iter() if isinstance(n.tag, str)]
    for _ in range(draw(st.integers(1, 8))):
        node = nodes[draw(st.integers(0, len(nodes) - 1))]
        parent = node.getparent()
        action = draw(st.sampled_from(("drop", "empty", "rename", "move", "text")))
        if action == "drop" and parent is not None:
            parent.remove(node)
        elif action == "empty":
            node.clear()
        elif action == "rename":
            node.tag = draw(st.sampled_from(_TAGS))
        elif action == "move" and parent is not None and node is not root:
            target = nodes[draw(st.integers(0, len(nodes) - 1))]
            if node not in target.iterancestors() and target is not node:
                target.append(node)
        elif action == "text":
            node.text = draw(_TEXT)
    return etree.tostring(root)


@given(_mutated_fixtures())
def test_readers_are_total_on_mutated_documents(document: bytes) -> None:
    with contextlib.suppress(ParseError):
        assert all(isinstance(a, Article) for a in iter_newsml(document))


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | _TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(_TEXT, inner, max_size=4),
    max_leaves=20,
)
_KEYS = st.sampled_from(
    (
        "uri", "type", "headline", "headlines", "bodies", "body_html", "body_text", "by",
        "byline", "versionCreated", "firstcreated", "subjects", "people", "descriptions",
        "urgency", "language", "associations", "value", "contentType", "role",
        "infoSources", "pubStatus", "embargoedUntil", "embargoed", "copyrightHolder",
        "copyrightNotice", "usageTerms", "name", "literal",
    )
)  # fmt: skip


@given(st.dictionaries(_KEYS, _JSON | st.lists(st.dictionaries(_KEYS, _JSON)), max_size=8))
def test_ninjs_reader_is_total_on_json(item: dict[str, Any]) -> None:
    try:
        assert isinstance(parse_ninjs(item), Article)
        assert isinstance(parse_ninjs(json.dumps(item)), Article)
    except ParseError:
        pass
