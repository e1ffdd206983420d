"""newsdoc.parse: format sniffing and dispatch."""

from __future__ import annotations

from typing import Any

import pytest

import newsdoc
from newsdoc import ParseError
from newsdoc.parsers import sniff_format

G2 = "http://iptc.org/std/nar/2006-10-01/"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        pytest.param(f'<newsItem xmlns="{G2}"/>', "newsml", id="g2 news item"),
        pytest.param(
            f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- feed -->\n<newsMessage xmlns="{G2}"/>',
            "newsml",
            id="g2 message after declaration and comment",
        ),
        pytest.param(f'<ns0:newsItem xmlns:ns0="{G2}"/>', "newsml", id="prefixed g2"),
        pytest.param("<NewsML Version='1.2'></NewsML>", "newsml", id="newsml 1"),
        pytest.param("<!DOCTYPE nitf SYSTEM 'nitf.dtd'><nitf/>", "newsml", id="nitf with doctype"),
        pytest.param("<contentSet/>", "newsml", id="g2 fragment"),
        pytest.param("<!DOCTYPE html><html lang='en'></html>", "html", id="html5"),
        pytest.param("  \n<div><p>Hello</p></div>", "html", id="html fragment"),
        pytest.param(b"\xef\xbb\xbf<html></html>", "html", id="utf-8 bom html"),
        pytest.param("<newsItem/>".encode("utf-16"), "newsml", id="utf-16 xml"),
        pytest.param('{"uri": "urn:x", "type": "text"}', "ninjs", id="ninjs json"),
        pytest.param({"uri": "urn:x"}, "ninjs", id="ninjs mapping"),
        pytest.param("Headline\n\nBERLIN (dpa) - Text.", "text", id="wire copy"),
        pytest.param("", "text", id="empty"),
        pytest.param("3 < 4 and 5 > 2", "text", id="text with angle brackets"),
    ],
)
def test_sniff_format(data: Any, expected: str) -> None:
    assert sniff_format(data) == expected


def test_parse_dispatches_text() -> None:
    article = newsdoc.parse("Rain at last\n\nIt rained in the valley on Tuesday.")
    assert article.headline == "Rain at last"


def test_parse_dispatches_html() -> None:
    page = (
        "<html lang='en'><head><title>Rain at last | The Daily</title></head><body><article>"
        "<h1>Rain at last</h1><p>It rained in the valley on Tuesday, the first rain in months, "
        "and farmers said the harvest might yet be saved.</p></article></body></html>"
    )
    article = newsdoc.parse(page)
    assert article.headline == "Rain at last"
    assert article.language == "en"


def test_text_bytes_are_decoded() -> None:
    article = newsdoc.parse("Café reopens\n\nThe café reopened on Monday.".encode("cp1252"))
    assert article.headline == "Café reopens"


def test_unknown_format_is_a_parse_error() -> None:
    with pytest.raises(ParseError, match="unknown format 'pdf'"):
        newsdoc.parse("x", format="pdf")  # type: ignore[arg-type]


def test_mapping_is_only_ninjs() -> None:
    with pytest.raises(ParseError, match="only be read as ninjs"):
        newsdoc.parse({"uri": "x"}, format="html")
