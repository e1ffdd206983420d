"""The model: normalisation in converters, validators, value semantics."""

from __future__ import annotations

import datetime as dt
import pickle
from typing import Any

import attrs
import pytest

from newsdoc import (
    Article,
    Block,
    BlockKind,
    Byline,
    Credit,
    CreditRole,
    Dateline,
    Link,
    Media,
    Party,
    Quote,
    QuoteKind,
    Subject,
)
from newsdoc.model import normalize_text

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("  a  b ", "a b", id="runs of spaces collapsed and stripped"),
        pytest.param("a\tb\r\nc\fd", "a b c d", id="tabs, newlines, form feeds are spaces"),
        pytest.param(f"100{NBSP}km", f"100{NBSP}km", id="no-break space kept"),
        pytest.param(f"{NBSP}a{NBSP}", f"{NBSP}a{NBSP}", id="no-break space not stripped"),
        pytest.param("Cafe\u0301", "Café", id="decomposed accent composed to NFC"),
        pytest.param("\u2003wide\u2003", "\u2003wide\u2003", id="unicode em space is typography"),
        pytest.param("", "", id="empty stays empty"),
        pytest.param(" \n\t ", "", id="whitespace only becomes empty"),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_optional_text_becomes_none_when_empty() -> None:
    article = Article(headline=" \n ", subheadline="", url=None)
    assert article.headline is None
    assert article.subheadline is None


def test_preformatted_block_keeps_its_whitespace() -> None:
    block = Block(kind=BlockKind.PREFORMATTED, text="  a\n\n  b  ")
    assert block.text == "  a\n\n  b  "
    assert Block(kind="paragraph", text="  a\n\n  b  ").text == "a b"


def test_preformatted_block_is_still_nfc() -> None:
    assert Block(kind="preformatted", text="e\u0301").text == "é"


def test_enums_accept_their_string_values() -> None:
    assert Block(kind="list item", text="x").kind is BlockKind.LIST_ITEM
    assert Credit(role="additional reporting", names=("A",)).role is CreditRole.ADDITIONAL_REPORTING
    assert Quote(text="x", kind="partial", paragraph=0, start=0, end=1).kind is QuoteKind.PARTIAL


def test_sequences_become_tuples() -> None:
    article = Article(
        body=[Block(text="One.")], keywords=["a", " ", "b"], bylines=[Byline(name="A B")]
    )
    assert article.body == (Block(text="One."),)
    assert article.keywords == ("a", "b")
    assert isinstance(article.bylines, tuple)


def test_article_text_joins_the_body() -> None:
    article = Article(body=(Block(text="One."), Block(kind="heading", text="Two")))
    assert article.text == "One.\n\nTwo"
    assert Article().text == ""


def _quote_article(**quote: Any) -> Article:
    fields: dict[str, Any] = {"text": "Hi,", "paragraph": 0, "start": 1, "end": 4} | quote
    return Article(body=(Block(text="“Hi,” she said."),), quotes=(Quote(**fields),))


def test_quote_span_must_point_at_its_text() -> None:
    assert _quote_article().quotes[0].text == "Hi,"


def _untyped(cls: type[Any]) -> Any:
    # Callers outside typed code pass anything; the model must refuse it.
    return cls


IMPOSSIBLE: list[Any] = [
    pytest.param(lambda: Block(text=" "), ValueError, id="empty block"),
    pytest.param(lambda: Block(kind="aside", text="x"), ValueError, id="unknown block kind"),
    pytest.param(lambda: Block(text="x", rows=(("a",),)), ValueError, id="rows on a paragraph"),
    pytest.param(lambda: Byline(name="  "), ValueError, id="empty byline name"),
    pytest.param(lambda: _untyped(Byline)(name=None), TypeError, id="missing byline name"),
    pytest.param(lambda: Dateline(raw=""), ValueError, id="empty dateline"),
    pytest.param(lambda: Credit(role="photo"), ValueError, id="credit with nobody"),
    pytest.param(lambda: Credit(role="photo", names=("",)), ValueError, id="empty credit name"),
    pytest.param(lambda: Credit(role="photo", names="Ann Lee"), TypeError, id="names as one str"),
    pytest.param(lambda: Credit(role="byline", names=("A",)), ValueError, id="unknown role"),
    pytest.param(Subject, ValueError, id="subject without code or name"),
    pytest.param(Party, ValueError, id="party without name or code"),
    pytest.param(lambda: Link(target=" "), ValueError, id="link without target"),
    pytest.param(lambda: _untyped(Article)(embargoed="soon"), TypeError, id="embargo as str"),
    pytest.param(lambda: _untyped(Media)(credit="AP"), TypeError, id="media credit not a Credit"),
    pytest.param(lambda: Quote(text="", paragraph=0, start=0, end=0), ValueError, id="empty quote"),
    pytest.param(
        lambda: Quote(text="ab", paragraph=0, start=0, end=3), ValueError, id="span length"
    ),
    pytest.param(
        lambda: Quote(text="ab", paragraph=-1, start=0, end=2), ValueError, id="negative paragraph"
    ),
    pytest.param(
        lambda: Quote(text="ab", paragraph=0, start=-2, end=0), ValueError, id="negative start"
    ),
    pytest.param(
        lambda: Quote(text="ab", paragraph=True, start=0, end=2), TypeError, id="bool paragraph"
    ),
    pytest.param(
        lambda: _quote_article(paragraph=1), ValueError, id="quote paragraph out of range"
    ),
    pytest.param(
        lambda: _quote_article(text="Hi”", start=2, end=5), ValueError, id="span off its text"
    ),
    pytest.param(lambda: Article(urgency=0), ValueError, id="urgency below 1"),
    pytest.param(lambda: Article(urgency=10), ValueError, id="urgency above 9"),
    pytest.param(lambda: Article(urgency=True), TypeError, id="urgency as bool"),
    pytest.param(
        lambda: _untyped(Article)(published="2020-01-01"), TypeError, id="published as str"
    ),
    pytest.param(lambda: _untyped(Article)(body=("text",)), TypeError, id="body of strings"),
    pytest.param(lambda: _untyped(Article)(headline=5), TypeError, id="headline not text"),
    pytest.param(lambda: _untyped(Article)(dateline="AMMAN -"), TypeError, id="dateline as str"),
]


@pytest.mark.parametrize(("make", "error"), IMPOSSIBLE)
def test_impossible_values_are_rejected(make: Any, error: type[Exception]) -> None:
    with pytest.raises(error):
        make()


def test_error_names_the_quote_and_the_paragraph() -> None:
    with pytest.raises(ValueError, match=r"quotes\[0\].*body has 1 block"):
        _quote_article(paragraph=3)


def test_dates_are_kept_as_given() -> None:
    day = dt.date(2024, 3, 1)
    naive = dt.datetime(2024, 3, 1, 12, 30)
    article = Article(published=day, modified=naive)
    assert type(article.published) is dt.date
    assert article.modified == naive
    assert isinstance(article.modified, dt.datetime)
    assert article.modified.tzinfo is None


def _full_article() -> Article:
    credit = Credit(role="photo", names=("Ann Lee",), organization="AP", raw="(AP Photo/Ann Lee)")
    return Article(
        headline="Headline",
        bylines=(Byline(name="Ann Lee", affiliation="AP"),),
        dateline=Dateline(raw="BERLIN (AP) —", location="BERLIN", agency="AP"),
        body=(Block(text="BERLIN (AP) — “Yes,” he said."),),
        quotes=(Quote(text="Yes,", speaker="Max Mustermann", paragraph=0, start=15, end=19),),
        credits=(credit,),
        media=(Media(caption="A view.", credit=credit),),
        published=dt.datetime(2024, 3, 1, 12, 30, tzinfo=dt.UTC),
        subjects=(Subject(code="medtop:11000000", name="politics"),),
        keywords=("Berlin",),
    )


def test_values_are_hashable_and_compare_by_content() -> None:
    assert _full_article() == _full_article()
    assert hash(_full_article()) == hash(_full_article())
    assert len({_full_article(), _full_article()}) == 1


def test_values_pickle() -> None:
    article = _full_article()
    assert pickle.loads(pickle.dumps(article)) == article


def test_values_are_frozen_and_evolve() -> None:
    article = _full_article()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        article.headline = "x"  # type: ignore[misc]
    changed = attrs.evolve(article, headline="  New  headline ")
    assert changed.headline == "New headline"
    assert article.headline == "Headline"


def test_evolve_revalidates() -> None:
    with pytest.raises(ValueError, match="quotes"):
        attrs.evolve(_full_article(), body=(Block(text="Something else entirely."),))
