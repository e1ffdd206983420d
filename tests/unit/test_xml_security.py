"""Attacks on the XML readers: XXE, parameter entities, external DTDs, billion laughs.

Every reader gets every attack. Nothing may be read from disk, nothing
fetched, no entity expanded, and memory must stay flat: each attack ends in a
clean article or a clear ``ParseError``, and the secret never appears.
"""

from __future__ import annotations

import json
import resource
from collections.abc import Callable
from pathlib import Path

import pytest

from newsdoc.errors import ParseError
from newsdoc.model import Article
from newsdoc.parsers import newsml as newsml_module
from newsdoc.parsers.newsml import iter_newsml, parse_newsml
from newsdoc.parsers.ninjs import parse_ninjs

SECRET = "NEWSDOC-SECRET-MARKER-7f3a"
G2 = "http://iptc.org/std/nar/2006-10-01/"


@pytest.fixture(scope="module")
def secret_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("xxe") / "secret.txt"
    path.write_text(SECRET, encoding="utf-8")
    return path


def _g2(doctype: str, text: str) -> str:
    return (
        f"{doctype}<newsItem xmlns='{G2}' guid='g'><itemMeta><itemClass qcode='ninat:text'/>"
        "<provider literal='W'/><versionCreated>2024-01-01T00:00:00Z</versionCreated></itemMeta>"
        f"<contentMeta><headline>{text}</headline></contentMeta><contentSet><inlineXML>"
        f"<html xmlns='http://www.w3.org/1999/xhtml'><body><p>Body {text} here.</p></body></html>"
        "</inlineXML></contentSet></newsItem>"
    )


def _nitf(doctype: str, text: str) -> str:
    return (
        f"{doctype}<nitf><body><body.head><hedline><hl1>{text}</hl1></hedline></body.head>"
        f"<body.content><p>Body {text} here.</p></body.content></body></nitf>"
    )


def _newsml1(doctype: str, text: str) -> str:
    return (
        f"{doctype}<NewsML><NewsItem><NewsComponent><NewsLines><HeadLine>{text}</HeadLine>"
        "</NewsLines><ContentItem><MediaType FormalName='Text'/><DataContent><nitf><body>"
        f"<body.content><p>Body {text} here.</p></body.content></body></nitf></DataContent>"
        "</ContentItem></NewsComponent></NewsItem></NewsML>"
    )


def _ninjs_nitf(doctype: str, text: str) -> str:
    # XML inside a ninjs string goes through the same hardened parser.
    return json.dumps(
        {
            "uri": "urn:x",
            "bodies": [{"contentType": "application/nitf+xml", "value": _nitf(doctype, text)}],
        }
    )


def _g2_inline_data(doctype: str, text: str) -> str:
    escaped = _nitf(doctype, text).replace("&", "&amp;").replace("<", "&lt;")
    return (
        _g2("", "Safe")
        .replace(
            "<inlineXML>",
            f"<inlineData contenttype='application/nitf+xml'>{escaped}</inlineData><x>",
        )
        .replace("</inlineXML>", "</x>")
    )


ATTACKS = ("xxe", "parameter entity", "external dtd", "network dtd", "billion laughs")
READERS: dict[str, tuple[str, Callable[[str, str], str], Callable[[str], object]]] = {
    "g2": ("newsItem", _g2, parse_newsml),
    "g2 iter": ("newsItem", _g2, lambda d: list(iter_newsml(d))),
    "nitf": ("nitf", _nitf, parse_newsml),
    "newsml1": ("NewsML", _newsml1, parse_newsml),
    "ninjs nitf body": ("nitf", _ninjs_nitf, parse_ninjs),
    "g2 inlineData": ("nitf", _g2_inline_data, parse_newsml),
}


def _attack(name: str, root: str, path: Path) -> tuple[str, str]:
    uri = path.as_uri()
    if name == "xxe":
        return f'<!DOCTYPE {root} [<!ENTITY xxe SYSTEM "{uri}">]>', "&xxe;"
    if name == "parameter entity":
        return f'<!DOCTYPE {root} [<!ENTITY % p SYSTEM "{uri}"> %p;]>', "plain"
    if name == "external dtd":
        return f'<!DOCTYPE {root} SYSTEM "{uri}">', "plain &undeclared;"
    if name == "network dtd":
        return f'<!DOCTYPE {root} SYSTEM "http://127.0.0.1:9/evil.dtd">', "plain"
    laughs = "".join(f'<!ENTITY l{i + 1} "{("&l" + str(i) + ";") * 10}">' for i in range(9))
    return f'<!DOCTYPE {root} [<!ENTITY l0 "ha ha ha ha ha">{laughs}]>', "&l9;"


def _all_text(result: object) -> str:
    articles = result if isinstance(result, list) else [result]
    return " ".join(
        " ".join(str(v) for v in (a.headline, a.text)) for a in articles if isinstance(a, Article)
    )


@pytest.mark.parametrize("attack", ATTACKS)
@pytest.mark.parametrize("reader", list(READERS))
def test_attack_reads_nothing_and_leaks_nothing(
    attack: str, reader: str, secret_file: Path
) -> None:
    root, build, read = READERS[reader]
    doctype, text = _attack(attack, root, secret_file)
    document = build(doctype, text)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        result = read(document)
    except ParseError as error:
        message = str(error)
        result = None
    else:
        message = ""
    assert SECRET not in message
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    text_out = _all_text(result)
    assert SECRET not in text_out
    assert "&" not in text_out  # no entity reference leaks as "&name;"
    assert "ha ha" not in text_out  # nothing expanded
    assert grown_kib < 50_000  # a billion laughs would need gigabytes


def test_xxe_bytes_input_is_as_safe(secret_file: Path) -> None:
    doctype, text = _attack("xxe", "newsItem", secret_file)
    article = parse_newsml(_g2(doctype, text).encode("utf-8"))
    assert SECRET not in (article.headline or "") + article.text


@pytest.mark.parametrize("depth", [200, 5000], ids=["deep but allowed", "deeper than the limit"])
def test_deeply_nested_markup_reads_or_fails_cleanly(depth: int) -> None:
    body = "<div>" * depth + "<p>Deep paragraph text.</p>" + "</div>" * depth
    document = _g2("", "Deep").replace("<p>Body Deep here.</p>", body)
    if depth > 256:  # libxml2's depth limit, kept on by huge_tree=False
        with pytest.raises(ParseError, match="depth"):
            parse_newsml(document)
        return
    article = parse_newsml(document)
    assert [b.text for b in article.body] == ["Deep paragraph text."]


@pytest.mark.parametrize("attack", ATTACKS)
def test_streamed_message_is_as_safe(
    attack: str, secret_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(newsml_module, "STREAM_THRESHOLD", 0)
    doctype, text = _attack(attack, "newsMessage", secret_file)
    item = _g2("", text).replace(f"<newsItem xmlns='{G2}'", "<newsItem")
    message = f"{doctype}<newsMessage xmlns='{G2}'><itemSet>{item}</itemSet></newsMessage>"
    try:
        result: object = list(iter_newsml(message.encode("utf-8")))
    except ParseError as error:
        result = None
        assert SECRET not in str(error)  # noqa: PT017 - the message is what is checked
    text_out = _all_text(result)
    assert SECRET not in text_out
    assert "&" not in text_out
    assert "ha ha" not in text_out
