"""Serialization: the JSON form, the schema version and errors with field paths."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import cattrs
import pytest

import newsdoc
from newsdoc import Article, Block, Credit, Media, Quote, SchemaError


def _article() -> Article:
    credit = Credit(role="photo", names=("Ann Lee",), organization="AP")
    return Article(
        headline="Rain",
        body=(Block(text="“Wet,” she said."), Block(kind="table", text="a b", rows=(("a", "b"),))),
        quotes=(Quote(text="Wet,", speaker="Ann Lee", verb="said", paragraph=0, start=1, end=5),),
        credits=(credit,),
        media=(Media(caption="Clouds.", credit=credit),),
        published=dt.datetime(2024, 3, 1, 12, 30, tzinfo=dt.timezone(dt.timedelta(hours=-5))),
        modified=dt.date(2024, 3, 2),
        urgency=3,
    )


def test_json_form() -> None:
    data = json.loads(newsdoc.to_json(_article()))
    assert next(iter(data)) == "schema_version"
    assert data["schema_version"] == newsdoc.SCHEMA_VERSION
    assert data["published"] == "2024-03-01T12:30:00-05:00"
    assert data["modified"] == "2024-03-02"
    assert data["body"][1] == {"text": "a b", "kind": "table", "rows": [["a", "b"]]}
    assert data["quotes"][0]["speaker"] == "Ann Lee"
    assert data["credits"][0]["role"] == "photo"
    # Defaults are left out: nothing is needed to rebuild them.
    assert "subheadline" not in data
    assert "kind" not in data["body"][0]


@pytest.mark.parametrize(
    "when",
    [
        pytest.param(dt.date(2024, 3, 1), id="day only stays a date"),
        pytest.param(dt.datetime(2024, 3, 1), id="midnight datetime stays a datetime"),
        pytest.param(dt.datetime(2024, 3, 1, 9, 5, 7, 123), id="naive stays naive"),
        pytest.param(
            dt.datetime(2024, 3, 1, 9, tzinfo=dt.timezone(dt.timedelta(hours=5, minutes=30))),
            id="offset kept",
        ),
        pytest.param(dt.datetime(2024, 3, 1, 9, tzinfo=dt.UTC), id="utc kept"),
    ],
)
def test_dates_survive_exactly(when: dt.date) -> None:
    back = newsdoc.from_json(newsdoc.to_json(Article(published=when))).published
    assert type(back) is type(when)
    assert back == when
    assert getattr(back, "utcoffset", lambda: None)() == getattr(when, "utcoffset", lambda: None)()


def test_to_dict_is_plain_data() -> None:
    data = newsdoc.to_dict(_article())
    assert json.loads(json.dumps(data)) == data


def test_pretty_json() -> None:
    text = newsdoc.to_json(_article(), indent=2)
    assert text.startswith('{\n  "schema_version": 1,')
    assert newsdoc.from_json(text) == _article()


def test_from_json_accepts_bytes() -> None:
    assert newsdoc.from_json(newsdoc.to_json(_article()).encode()) == _article()


def _valid() -> dict[str, Any]:
    return newsdoc.to_dict(_article())


BAD: list[Any] = [
    pytest.param(
        lambda d: d.pop("schema_version"), r"missing schema_version @ \$", id="no version"
    ),
    pytest.param(
        lambda d: d.update(schema_version=99), r"unsupported schema_version 99", id="future version"
    ),
    pytest.param(
        lambda d: d.update(colour="red"), r"extra fields found \(colour\) @ \$", id="extra"
    ),
    pytest.param(
        lambda d: d["quotes"][0].update(start="1"), r"@ \$\.quotes\[0\]\.start", id="mistyped start"
    ),
    pytest.param(
        lambda d: d["quotes"][0].update(start=2, end=6), r"quotes\[0\] span", id="span off its text"
    ),
    pytest.param(
        lambda d: d["quotes"][0].pop("end"),
        r"required field missing @ \$\.quotes\[0\]\.end",
        id="missing",
    ),
    pytest.param(lambda d: d.update(headline=5), r"@ \$\.headline", id="number as text"),
    pytest.param(lambda d: d.update(keywords="abc"), r"@ \$\.keywords", id="string as list"),
    pytest.param(lambda d: d.update(urgency=True), r"@ \$\.urgency", id="bool as int"),
    pytest.param(lambda d: d.update(published="2024-13-01"), r"@ \$\.published", id="bad date"),
    pytest.param(lambda d: d.update(published="yesterday"), r"@ \$\.published", id="words as date"),
    pytest.param(lambda d: d["body"][0].update(kind="aside"), r"@ \$\.body\[0\]", id="bad kind"),
    pytest.param(
        lambda d: (d["credits"][0].pop("organization"), d["credits"][0].update(names=[])),
        r"credit needs at least one name or an organization @ \$\.credits\[0\]",
        id="credit with nobody",
    ),
    pytest.param(lambda d: d.update(body={"text": "x"}), r"@ \$\.body", id="object as list"),
]


@pytest.mark.parametrize(("mutate", "message"), BAD)
def test_bad_data_raises_schema_error_with_path(mutate: Any, message: str) -> None:
    data = _valid()
    mutate(data)
    with pytest.raises(SchemaError, match=message) as info:
        newsdoc.from_dict(data)
    assert info.value.errors
    with pytest.raises(SchemaError):
        newsdoc.from_json(json.dumps(data))


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param('{"schema_version": 1,', id="truncated"),
        pytest.param("[]", id="array"),
        pytest.param("null", id="null"),
        pytest.param(b"\xff\xfe{", id="not utf-8"),
        pytest.param("[" * 100_000, id="deep nesting"),
    ],
)
def test_not_an_article(text: str | bytes) -> None:
    with pytest.raises(SchemaError):
        newsdoc.from_json(text)


def test_schema_error_is_a_value_error_and_pickles() -> None:
    import pickle

    with pytest.raises(ValueError, match="headline") as info:
        newsdoc.from_dict({"schema_version": 1, "headline": 5})
    error = info.value
    assert isinstance(error, SchemaError)
    copy = pickle.loads(pickle.dumps(error))
    assert copy.errors == error.errors


def test_make_converter_is_fresh_and_equally_configured() -> None:
    mine = newsdoc.make_converter()
    assert mine is not newsdoc.converter
    article = _article()
    assert mine.structure(mine.unstructure(article), Article) == article

    class Marker:
        pass

    mine.register_unstructure_hook(Marker, lambda _: "marker")
    assert mine.unstructure(Marker()) == "marker"
    assert newsdoc.converter.unstructure(Marker()) != "marker"


def test_converter_is_a_cattrs_converter() -> None:
    assert isinstance(newsdoc.converter, cattrs.Converter)
