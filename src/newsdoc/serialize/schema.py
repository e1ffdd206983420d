"""A JSON Schema (draft 2020-12) of the serialized form.

Generated from the model's own field definitions, so it cannot drift from
what :func:`newsdoc.to_json` writes. Use it to validate documents in other
languages, or to document an archive's format.

>>> from newsdoc.serialize.schema import json_schema
>>> schema = json_schema()
>>> schema["properties"]["schema_version"]
{'const': 1}
>>> sorted(schema["$defs"])
['Block', 'Byline', 'Credit', 'Dateline', 'Link', 'Media', 'Party', 'Quote', 'Subject']
"""

from __future__ import annotations

import enum
import types
import typing
from typing import Any

import attrs

from newsdoc.model import Article, When

__all__ = ["json_schema"]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
# What a ``When`` is written as: a day, or a date-time with or without an
# offset (a naive time has none; RFC 3339's date-time would require one).
_WHEN_PATTERN = (
    r"^\d{4}-\d{2}-\d{2}"
    r"(T\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?)?)?$"
)
_FIELD_NOTES: dict[str, str] = {
    "urgency": "1 is the most urgent, 9 the least",
    "published": "YYYY-MM-DD for a day, a date-time (with its offset when known) otherwise",
    "modified": "YYYY-MM-DD for a day, a date-time (with its offset when known) otherwise",
    "embargoed": "YYYY-MM-DD for a day, a date-time (with its offset when known) otherwise",
}
_INT_BOUNDS: dict[tuple[str, str], dict[str, int]] = {
    ("Article", "urgency"): {"minimum": 1, "maximum": 9},
    ("Quote", "paragraph"): {"minimum": 0},
    ("Quote", "start"): {"minimum": 0},
    ("Quote", "end"): {"minimum": 1},
}
_NON_EMPTY: frozenset[tuple[str, str]] = frozenset(
    {("Block", "text"), ("Byline", "name"), ("Dateline", "raw"), ("Quote", "text")}
)


def _schema_for(type_: Any, owner: str, name: str, defs: dict[str, Any]) -> dict[str, Any]:
    origin = typing.get_origin(type_)
    args = typing.get_args(type_)
    if type_ == When | None or type_ == When:
        return {"type": "string", "pattern": _WHEN_PATTERN}
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if len(options) != 1:  # pragma: no cover - the model has no such field
            raise TypeError(f"no JSON Schema for {type_!r} ({owner}.{name})")
        # null is never written: a field that is null is left out.
        return _schema_for(options[0], owner, name, defs)
    if origin is tuple:
        return {"type": "array", "items": _schema_for(args[0], owner, name, defs)}
    if isinstance(type_, type) and issubclass(type_, enum.Enum):
        return {"enum": [member.value for member in type_]}
    if type_ is str:
        schema: dict[str, Any] = {"type": "string"}
        if (owner, name) in _NON_EMPTY:
            schema["minLength"] = 1
        return schema
    if type_ is int:
        return {"type": "integer", **_INT_BOUNDS.get((owner, name), {})}
    if attrs.has(type_):
        _define(type_, defs)
        return {"$ref": f"#/$defs/{type_.__name__}"}
    raise TypeError(f"no JSON Schema for {type_!r} ({owner}.{name})")  # pragma: no cover


def _object(cls: type[Any], defs: dict[str, Any]) -> dict[str, Any]:
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for field in attrs.fields(cls):
        schema = _schema_for(hints[field.name], cls.__name__, field.name, defs)
        if field.name in _FIELD_NOTES:
            schema = {**schema, "description": _FIELD_NOTES[field.name]}
        if field.default is attrs.NOTHING:
            required.append(field.name)
        elif isinstance(field.default, enum.Enum):
            schema = {**schema, "default": field.default.value}
        properties[field.name] = schema
    result: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    if required:
        result["required"] = required
    return result


def _define(cls: type[Any], defs: dict[str, Any]) -> None:
    if cls.__name__ not in defs:
        defs[cls.__name__] = {}  # reserve the name before recursing
        defs[cls.__name__] = _object(cls, defs)


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of an article as :func:`newsdoc.to_json` writes it.

    The schema checks shapes and types; the model's cross-field rules (a
    quote's span selects its own text, a credit names someone) are checked by
    :func:`newsdoc.from_json`.

    Returns:
        A JSON Schema (draft 2020-12) as plain data.
    """
    from newsdoc.serialize import SCHEMA_VERSION

    defs: dict[str, Any] = {}
    article = _object(Article, defs)
    article["properties"] = {"schema_version": {"const": SCHEMA_VERSION}, **article["properties"]}
    article["required"] = ["schema_version"]
    return {
        "$schema": _DIALECT,
        "title": "newsdoc article",
        **article,
        "$defs": dict(sorted(defs.items())),
    }
