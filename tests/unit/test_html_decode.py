"""Bytes to text by evidence, and every encoding path through parse_html."""

from __future__ import annotations

import codecs

import pytest

from newsdoc.parsers._decode import Evidence, decode, strip_declaration
from newsdoc.parsers.html import parse_html

_STORY = "Der Bürgermeister eröffnete die neue Brücke über die Saale am Sonntag."
_PAGE = "<html><head>{head}</head><body><p>" + _STORY + "</p></body></html>"


@pytest.mark.parametrize(
    ("data", "charset", "evidence", "encoding"),
    [
        pytest.param(
            codecs.BOM_UTF8 + _PAGE.format(head="").encode(),
            None,
            Evidence.BOM,
            "utf-8",
            id="utf-8 byte order mark",
        ),
        pytest.param(
            codecs.BOM_UTF16_LE + _PAGE.format(head="").encode("utf-16-le"),
            None,
            Evidence.BOM,
            "utf-16-le",
            id="utf-16 byte order mark",
        ),
        pytest.param(
            _PAGE.format(head="").encode("cp1252"),
            "windows-1252",
            Evidence.CALLER,
            "cp1252",
            id="charset from the caller",
        ),
        pytest.param(
            _PAGE.format(head='<meta charset="iso-8859-15">').encode("iso-8859-15"),
            None,
            Evidence.DECLARATION,
            "iso8859-15",
            id="meta charset",
        ),
        pytest.param(
            _PAGE.format(
                head='<meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
            ).encode("cp1250"),
            None,
            Evidence.DECLARATION,
            "cp1250",
            id="meta http-equiv",
        ),
        pytest.param(
            ('<?xml version="1.0" encoding="iso-8859-2"?>' + _PAGE.format(head="")).encode(
                "iso-8859-2"
            ),
            None,
            Evidence.DECLARATION,
            "iso8859-2",
            id="xml declaration",
        ),
        pytest.param(
            _PAGE.format(head='<meta charset="iso-8859-1">').encode("utf-8"),
            None,
            Evidence.UTF8,
            "utf-8",
            id="valid utf-8 beats a stale latin-1 declaration",
        ),
        pytest.param(
            _PAGE.format(head="").encode("utf-8"),
            None,
            Evidence.UTF8,
            "utf-8",
            id="undeclared valid utf-8",
        ),
        pytest.param(
            _PAGE.format(head="").encode("utf-8"),
            "no-such-charset",
            Evidence.UTF8,
            "utf-8",
            id="unknown caller charset is ignored",
        ),
    ],
)
def test_decode_evidence(
    data: bytes, charset: str | None, evidence: Evidence, encoding: str
) -> None:
    decoded = decode(data, charset=charset)
    assert decoded.evidence is evidence
    assert decoded.encoding == encoding
    assert _STORY in decoded.text


def test_detection_for_undeclared_legacy_bytes() -> None:
    text = (
        "<html><body>" + "<p>Привет, как дела? Это новости о погоде в Москве.</p>" * 20
    ) + "</body></html>"
    decoded = decode(text.encode("cp1251"))
    assert decoded.evidence is Evidence.DETECTION
    assert "Привет" in decoded.text


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(
            _PAGE.format(head='<meta charset="iso-8859-15">').encode("iso-8859-15"),
            id="declared legacy bytes",
        ),
        pytest.param(
            codecs.BOM_UTF16_BE + _PAGE.format(head="").encode("utf-16-be"),
            id="utf-16 big endian with bom",
        ),
        pytest.param(
            '<?xml version="1.0" encoding="ISO-8859-1"?>' + _PAGE.format(head=""),
            id="str with an encoding declaration",
        ),
        pytest.param(_PAGE.format(head='<meta charset="iso-8859-1">'), id="str with meta charset"),
    ],
)
def test_parse_html_reads_every_encoding_path(data: str | bytes) -> None:
    assert parse_html(data).body[0].text == _STORY


def test_caller_charset_beats_declaration() -> None:
    data = _PAGE.format(head='<meta charset="utf-8">').encode("cp1252")
    assert parse_html(data, charset="windows-1252").body[0].text == _STORY


def test_strip_declaration() -> None:
    assert strip_declaration('<?xml version="1.0"?><html/>') == "<html/>"
    assert strip_declaration("<html/>") == "<html/>"
