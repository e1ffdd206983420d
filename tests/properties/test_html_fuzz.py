"""Totality: parse_html returns an Article or raises HTMLParseError, whatever it is fed."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdoc.errors import HTMLParseError
from newsdoc.model import Article
from newsdoc.parsers.html import parse_html

_TAGS = (
    "html", "head", "body", "div", "p", "span", "a", "article", "section", "main", "nav",
    "aside", "footer", "header", "h1", "h2", "ul", "ol", "li", "table", "tr", "td", "th",
    "blockquote", "pre", "figure", "figcaption", "img", "br", "time", "script", "style",
    "meta", "title", "b", "i", "font", "center", "iframe", "form", "button",
)  # fmt: skip
_ATTRIBUTES = (
    'class="article-body"', 'class="share"', 'class="comments"', 'class="byline"',
    'class="standfirst"', 'id="content"', 'itemprop="articleBody"', 'itemprop="author"',
    'itemprop="datePublished" content="2024-02-30"', 'hidden', 'style="display:none"',
    'rel="author"', 'datetime="2024-01-01T25:61"', 'property="og:title" content="x"',
    'name="author" content="By Staff"', 'type="application/ld+json"', 'lang="xx-YY"',
    'href="http://[::1"', 'src="data:,"', 'charset="no-such-charset"',
)  # fmt: skip
_TEXTS = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=40
) | st.sampled_from(
    (
        '{"@type": "NewsArticle", "headline": "H", "author": {"name": ["A", 3]}',
        '{"@graph": [{"@type": ["Article"], "datePublished": "2024-13-01"}]}',
        "[1, 2,]",
        "By Jane Roe and John Doe",
        "“Quoted words,” she said.",
        "\x00\x01\x0b\x1f",
        "&amp;&#0;&#xD800;&bogus;",
        "<!-- comment --><?pi x?><![CDATA[x]]>",
    )
)


@st.composite
def _markup(draw: st.DrawFn) -> str:
    parts: list[str] = []
    for _ in range(draw(st.integers(min_value=0, max_value=30))):
        kind = draw(st.integers(min_value=0, max_value=3))
        tag = draw(st.sampled_from(_TAGS))
        if kind == 0:
            attributes = draw(st.lists(st.sampled_from(_ATTRIBUTES), max_size=2))
            parts.append(f"<{tag} {' '.join(attributes)}>")
        elif kind == 1:
            parts.append(f"</{tag}>")
        else:
            parts.append(draw(_TEXTS))
    return "".join(parts)


def _total(data: str | bytes) -> None:
    try:
        result = parse_html(data)
    except HTMLParseError:
        return
    assert isinstance(result, Article)


@given(_markup())
def test_generated_markup_gives_article_or_error(markup: str) -> None:
    _total(markup)


@given(_markup(), st.sampled_from(("utf-8", "utf-16", "cp1252", "shift_jis", "koi8-r")))
def test_generated_markup_as_bytes_gives_article_or_error(markup: str, encoding: str) -> None:
    _total(markup.encode(encoding, "replace"))


@given(st.binary(max_size=300))
def test_arbitrary_bytes_give_article_or_error(data: bytes) -> None:
    _total(data)


@given(st.text(max_size=300))
def test_arbitrary_text_gives_article_or_error(text: str) -> None:
    _total(text)


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text(max_size=20)
    | st.sampled_from(("NewsArticle", "Person", "Organization", "2024-01-01T10:00:00+01:00")),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(
        st.sampled_from(
            (
                "@type", "@graph", "@id", "headline", "author", "name", "datePublished",
                "publisher", "image", "articleBody", "keywords", "articleSection", "url",
            )
        ),
        children,
        max_size=5,
    ),
    max_leaves=15,
)  # fmt: skip


@given(_JSON_VALUES)
def test_generated_json_ld_gives_article_or_error(value: object) -> None:
    import json

    script = json.dumps(value).replace("</", "<\\/")
    _total(
        f'<html><head><script type="application/ld+json">{script}</script></head>'
        "<body><p>Some text of a story that is long enough to count.</p></body></html>"
    )
