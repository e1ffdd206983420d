"""Laws of the text format: round trip and totality of parse_text."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsdoc.analysis.bylines import parse_bylines
from newsdoc.analysis.credits import parse_credits, split_caption
from newsdoc.analysis.datelines import split_dateline
from newsdoc.errors import TextParseError
from newsdoc.model import Article
from newsdoc.parsers.text import parse_text
from newsdoc.strategies import articles
from newsdoc.writers.text import to_text

_QUOTE_MARKS = "“”‘’\"'«»„「」『』‹›"
_FURNITURE = (
    "* Home",
    "Share this:",
    "By Ann Lee",
    "Read More",
    "REUTERS/Jane Doe",
    "(AP Photo/Bo Ray)",
    "WASHINGTON —",
    "(Reporting by Ann Lee; Editing by Bo Ray)",
    "___",
    "",
)


@given(articles(subset="text"))
def test_round_trip(article: Article) -> None:
    assert parse_text(to_text(article)) == article


def _article_or_error(text: str) -> None:
    try:
        article = parse_text(text)
    except TextParseError:
        return
    assert isinstance(article, Article)
    for quote in article.quotes:
        assert article.body[quote.paragraph].text[quote.start : quote.end] == quote.text


@given(st.text(max_size=2000))
@example("")
@example("\u2028\u2029\x85")
@example("“" * 5000)
def test_total_on_arbitrary_text(text: str) -> None:
    _article_or_error(text)


@given(
    st.lists(
        st.one_of(
            st.sampled_from(_FURNITURE),
            st.text(alphabet=_QUOTE_MARKS + " ab.,", max_size=200),
            st.text(max_size=80),
        ),
        max_size=40,
    )
)
def test_total_on_page_like_lines(lines: list[str]) -> None:
    _article_or_error("\n".join(lines))


@given(st.text(alphabet=_QUOTE_MARKS + " \n.", min_size=1, max_size=3000))
def test_total_on_runs_of_quote_marks(text: str) -> None:
    _article_or_error("Headline here\n\n" + text)


@settings(max_examples=3)
@given(st.sampled_from(["“", "a ", "WASHINGTON — ", "* x\n", "By A B\n", "word.\n\n"]))
def test_total_on_a_megabyte(unit: str) -> None:
    text = "Headline\n\nLONDON (Reuters) — Talks began. " + unit * (1_000_000 // len(unit))
    _article_or_error(text)


@given(st.text(max_size=500))
def test_analysis_functions_are_total(text: str) -> None:
    dateline, rest = split_dateline(text)
    assert dateline is not None or rest == text
    parse_bylines(text)
    parse_credits(text)
    caption, credit = split_caption(text)
    assert credit is not None or caption is None or caption
