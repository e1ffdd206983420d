"""Laws over generated values: lossless round trips, construction, totality of from_json."""

from __future__ import annotations

import json
import pickle
from typing import Any

import attrs
from hypothesis import given
from hypothesis import strategies as st

import newsdoc
from newsdoc import (
    Article,
    Block,
    Byline,
    Credit,
    Dateline,
    Link,
    Media,
    Party,
    Quote,
    SchemaError,
    Subject,
)
from newsdoc import strategies as nst


@given(nst.articles())
def test_json_round_trip(article: Article) -> None:
    assert newsdoc.from_json(newsdoc.to_json(article)) == article


@given(nst.articles())
def test_dict_round_trip(article: Article) -> None:
    assert newsdoc.from_dict(newsdoc.to_dict(article)) == article


@given(nst.articles())
def test_json_is_a_fixed_point(article: Article) -> None:
    # == on datetimes ignores the offset and a datetime never equals a date,
    # so compare the serialized forms as well: what was written is read back.
    text = newsdoc.to_json(article)
    assert newsdoc.to_json(newsdoc.from_json(text)) == text


@given(nst.articles())
def test_values_are_hashable_picklable_and_evolvable(article: Article) -> None:
    assert hash(article) == hash(pickle.loads(pickle.dumps(article)))
    assert pickle.loads(pickle.dumps(article)) == article
    assert attrs.evolve(article) == article


@given(nst.articles())
def test_quote_spans_point_at_their_text(article: Article) -> None:
    for quote in article.quotes:
        assert article.body[quote.paragraph].text[quote.start : quote.end] == quote.text


@given(st.from_type(Article))
def test_strategies_are_registered_with_hypothesis(article: Article) -> None:
    assert isinstance(article, Article)


@given(
    st.one_of(
        st.from_type(Block),
        st.from_type(Byline),
        st.from_type(Dateline),
        st.from_type(Quote),
        st.from_type(Credit),
        st.from_type(Media),
        st.from_type(Subject),
        st.from_type(Link),
        st.from_type(Party),
    )
)
def test_every_model_class_has_a_strategy(value: object) -> None:
    assert attrs.evolve(value) == value  # type: ignore[misc]


# Any JSON value, to put where a valid one stood.
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=6,
)


def _containers(value: Any, found: list[Any]) -> list[Any]:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict | list):
            found.append(item)
            stack.extend(item.values() if isinstance(item, dict) else item)
    return found


@st.composite
def _mutated_json(draw: st.DrawFn) -> str:
    data = newsdoc.to_dict(draw(nst.articles()))
    mutation = draw(st.sampled_from(("truncate", "replace", "extra", "delete")))
    if mutation == "truncate":
        text = json.dumps(data)
        return text[: draw(st.integers(0, max(0, len(text) - 1)))]
    target = draw(st.sampled_from(_containers(data, [])))
    if isinstance(target, list):
        if not target:
            target.append(draw(_JSON))
        else:
            index = draw(st.integers(0, len(target) - 1))
            if mutation == "delete":
                del target[index]
            else:
                target[index] = draw(_JSON)
    else:
        keys = sorted(target)
        if mutation == "extra" or not keys:
            target[draw(st.text(min_size=1, max_size=8))] = draw(_JSON)
        elif mutation == "delete":
            del target[draw(st.sampled_from(keys))]
        else:
            target[draw(st.sampled_from(keys))] = draw(_JSON)
    return json.dumps(data)


@given(_mutated_json())
def test_mutated_json_raises_schema_error_or_reads(text: str) -> None:
    # Any exception other than SchemaError propagates and fails the test.
    result: Article | SchemaError
    try:
        result = newsdoc.from_json(text)
    except SchemaError as exc:
        result = exc
    assert isinstance(result, Article) or str(result)
