"""The JSON Schema describes exactly what to_json writes."""

from __future__ import annotations

import json

import jsonschema
import pytest
from hypothesis import given

import newsdoc
from newsdoc import Article
from newsdoc import strategies as nst
from newsdoc.serialize.schema import json_schema

_VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def test_schema_is_a_valid_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


@given(nst.articles())
def test_every_article_validates(article: Article) -> None:
    _VALIDATOR.validate(json.loads(newsdoc.to_json(article)))


@pytest.mark.parametrize(
    "document",
    [
        pytest.param({}, id="no version"),
        pytest.param({"schema_version": 1, "colour": "red"}, id="extra field"),
        pytest.param({"schema_version": 1, "urgency": 0}, id="urgency out of range"),
        pytest.param({"schema_version": 1, "published": "yesterday"}, id="date in words"),
        pytest.param({"schema_version": 1, "body": [{"kind": "aside", "text": "x"}]}, id="kind"),
        pytest.param({"schema_version": 1, "bylines": [{"name": ""}]}, id="empty name"),
    ],
)
def test_bad_documents_do_not_validate(document: dict[str, object]) -> None:
    assert not _VALIDATOR.is_valid(document)
