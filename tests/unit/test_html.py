"""Unit tests for parse_html: synthetic pages, one convention per row."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsdoc.errors import HTMLParseError
from newsdoc.model import Article, BlockKind
from newsdoc.parsers.html import parse_html

FIXTURES = Path(__file__).parent.parent / "fixtures" / "html"


def _page(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def _texts(article: Article) -> list[str]:
    return [block.text for block in article.body]


def test_jsonld_graph_page_metadata() -> None:
    article = parse_html(_page("jsonld_graph.html"), url="https://courier.example/x?utm=1")
    assert article.headline == "Harbour bridge reopens after repairs"
    assert [b.name for b in article.bylines] == ["Mara Lindqvist"]
    assert article.published == dt.datetime(
        2024, 5, 2, 7, 15, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert article.modified == dt.datetime(
        2024, 5, 2, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=1))
    )
    assert article.language == "en-GB"
    assert article.url == "https://courier.example/news/harbour-bridge-reopens"
    assert article.publisher == "The Coastal Courier"
    assert article.section == "Local"
    assert article.keywords == ("transport", "bridges")


def test_jsonld_graph_page_body_in_reading_order() -> None:
    article = parse_html(_page("jsonld_graph.html"))
    texts = _texts(article)
    assert texts[0].startswith("PORTHAVEN — The harbour bridge reopened")
    assert texts[-1].startswith("Residents had complained")
    kinds = {block.text: block.kind for block in article.body}
    assert kinds["Cost of the work"] is BlockKind.HEADING
    assert kinds["It was the biggest job this town has seen in a generation."] is (
        BlockKind.BLOCKQUOTE
    )
    assert kinds["Buses resume on Monday, with the old timetable."] is BlockKind.LIST_ITEM
    assert article.standfirst == (
        "Traffic is flowing again across the old harbour crossing after eight months of work."
    )


@pytest.mark.parametrize(
    "furniture",
    [
        pytest.param("Share on Facebook", id="share bar"),
        pytest.param("Ferry fares rise", id="related rail"),
        pytest.param("Sign up to our morning newsletter", id="newsletter box"),
        pytest.param("We use cookies", id="cookie banner"),
        pytest.param("All rights reserved", id="footer"),
        pytest.param("Read more:", id="read-more link line"),
        pytest.param("The bridge at dawn", id="caption"),
        pytest.param("By Mara Lindqvist", id="byline line"),
        pytest.param("Transport", id="kicker above the headline"),
        pytest.param("Home", id="navigation"),
    ],
)
def test_furniture_is_not_body(furniture: str) -> None:
    article = parse_html(_page("jsonld_graph.html"))
    assert not any(furniture in text for text in _texts(article))


def test_caption_goes_to_media() -> None:
    article = parse_html(_page("jsonld_graph.html"), url="https://courier.example/news/x")
    captions = [m for m in article.media if m.caption == "The bridge at dawn."]
    assert captions
    assert captions[0].url == "https://courier.example/img/bridge.jpg"


def test_page_without_metadata() -> None:
    article = parse_html(_page("no_metadata.html"))
    assert article.headline == "Village fete draws record crowd"
    assert article.bylines == ()
    assert article.published is None
    texts = _texts(article)
    assert len(texts) == 3
    assert texts[0].startswith("More than three thousand people")


def test_microdata_and_declared_latin1() -> None:
    article = parse_html(_page("microdata_latin1.html"))
    assert article.headline == "Gemeinderat beschließt neues Freibad"
    assert [b.name for b in article.bylines] == ["Jürgen Weiß"]
    assert article.published == dt.date(2023, 7, 14)
    assert article.language == "de"
    assert _texts(article)[0].startswith("Der Gemeinderat hat am Donnerstagabend")


@pytest.mark.parametrize(
    "data",
    [
        pytest.param("", id="empty string"),
        pytest.param(b"", id="empty bytes"),
        pytest.param("   \n\t ", id="only whitespace"),
        pytest.param(12, id="not text at all"),
    ],
)
def test_bad_input_raises_html_parse_error(data: object) -> None:
    with pytest.raises(HTMLParseError):
        parse_html(data)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "depth",
    [
        pytest.param(200, id="deep nesting within the parser's limit"),
        pytest.param(10_000, id="10,000 nested divs"),
    ],
)
def test_deeply_nested_page(depth: int) -> None:
    paragraph = "<p>The story sits at the bottom of a very deep pile of containers, as it can.</p>"
    page = "<html><body>" + "<div>" * depth + paragraph + "</div>" * depth + "</body></html>"
    article = parse_html(page)
    assert isinstance(article, Article)
    if depth <= 200:
        # libxml2 keeps 256 levels; what lies deeper is not in the tree at all.
        assert article.body[0].text.startswith("The story sits at the bottom")


def test_page_of_only_navigation() -> None:
    links = " ".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(40))
    article = parse_html(f"<html><body><nav><ul>{links}</ul></nav></body></html>")
    assert article.body == ()
