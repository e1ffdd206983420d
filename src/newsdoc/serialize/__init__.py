"""Lossless, versioned serialization of articles with cattrs.

:data:`converter` is configured once, when the module is imported, and is
read-only by convention; call :func:`make_converter` for a fresh, equally
configured converter to extend with hooks of your own.

The JSON form (documented field by field in the docs) is an object with a
``schema_version`` and the :class:`~newsdoc.model.Article` fields; fields that
hold their default (``null``, an empty list, a default enum value) are left
out, since they are not needed to rebuild the value. Datetimes are ISO 8601
strings that keep their offset (or have none, when the value is naive), a date
without a time is ``YYYY-MM-DD``, enums are their string values.

>>> import newsdoc
>>> article = newsdoc.Article(headline="Rain", body=(newsdoc.Block(text="It rained."),))
>>> newsdoc.to_json(article)
'{"schema_version":1,"headline":"Rain","body":[{"text":"It rained."}]}'
>>> newsdoc.from_json(newsdoc.to_json(article)) == article
True
"""

from __future__ import annotations

import json
from typing import Any

import cattrs
from cattrs.v import format_exception

from newsdoc.errors import SchemaError
from newsdoc.model import Article
from newsdoc.serialize._hooks import configure, configure_fast_path

__all__ = [
    "SCHEMA_VERSION",
    "converter",
    "from_dict",
    "from_json",
    "make_converter",
    "to_dict",
    "to_json",
]

#: The version of the serialized form written by :func:`to_dict` and
#: :func:`to_json`, and the only one :func:`from_dict` reads.
SCHEMA_VERSION = 1
_VERSION_KEY = "schema_version"


def make_converter(*, detailed_validation: bool = True) -> cattrs.Converter:
    """Return a fresh cattrs converter configured as :data:`converter` is.

    Extend it with hooks of your own without touching the shared one.

    Args:
        detailed_validation: Report every problem with its field path (the
            default); ``False`` gives a faster converter that stops at the
            first problem and does not say where it was.

    Returns:
        A new :class:`cattrs.Converter` that unstructures and structures every
        model class exactly as newsdoc does.
    """
    conv = cattrs.Converter(
        omit_if_default=True,
        forbid_extra_keys=True,
        detailed_validation=detailed_validation,
        unstruct_collection_overrides={tuple: list},
    )
    configure(conv)
    return conv


#: The configured converter behind :func:`to_dict` and :func:`from_dict`.
#: Treat it as read-only; use :func:`make_converter` to customise.
converter: cattrs.Converter = make_converter()

# Valid data is the common case: structure it without detailed validation,
# and only when that fails run the detailed converter to say where and why.
_fast_converter = make_converter(detailed_validation=False)
# What structuring bad data can raise, in either converter.
_STRUCTURE_ERRORS = (
    cattrs.BaseValidationError,
    cattrs.ForbiddenExtraKeysError,
    ValueError,
    TypeError,
    KeyError,
    AttributeError,
    RecursionError,
)
configure_fast_path(_fast_converter)


def to_dict(article: Article) -> dict[str, Any]:
    """Return *article* as plain JSON-compatible data.

    Args:
        article: The article to serialize.

    Returns:
        A dict of str, int, list, dict and None values, with
        ``schema_version`` first.
    """
    data: dict[str, Any] = converter.unstructure(article, Article)
    return {_VERSION_KEY: SCHEMA_VERSION, **data}


def from_dict(data: object) -> Article:
    """Rebuild an article from the data :func:`to_dict` wrote.

    Args:
        data: A mapping with ``schema_version`` and the article's fields.

    Returns:
        The article, equal to the one that was serialized.

    Raises:
        SchemaError: *data* is not a serialized article; the message and
            ``errors`` name the path of every offending field
            (``$.quotes[3].start``).
    """
    if not isinstance(data, dict):
        raise SchemaError(
            f"$: expected an object, got {type(data).__name__}",
            (f"expected an object @ $, got {type(data).__name__}",),
        )
    fields = dict(data)
    version = fields.pop(_VERSION_KEY, None)
    if version != SCHEMA_VERSION:
        problem = (
            f"missing {_VERSION_KEY} @ $"
            if version is None
            else f"unsupported {_VERSION_KEY} {version!r} (this newsdoc reads {SCHEMA_VERSION}) @ $"
        )
        raise SchemaError(problem, (problem,))
    try:
        return _fast_converter.structure(fields, Article)
    except _STRUCTURE_ERRORS:
        pass
    try:
        article: Article = converter.structure(fields, Article)
    except cattrs.BaseValidationError as exc:
        errors = tuple(cattrs.transform_error(exc, path="$", format_exception=_describe))
    except _STRUCTURE_ERRORS as exc:
        errors = (f"{exc} @ $",)
    else:  # pragma: no cover - the fast converter accepts what this one does
        return article
    raise SchemaError("invalid serialized article: " + "; ".join(errors), errors)


def _describe(exc: BaseException, type_: type[Any] | None) -> str:
    # cattrs says which type was expected; the model's validators say why a
    # value was refused. A user needs both.
    base = format_exception(exc, type_)
    reason = str(exc)
    if isinstance(exc, KeyError | cattrs.ForbiddenExtraKeysError) or not reason or reason in base:
        return base
    return f"{base}: {reason}"


def to_json(article: Article, *, indent: int | None = None) -> str:
    """Return *article* as a JSON document.

    Args:
        article: The article to serialize.
        indent: Pretty-print with this indent; compact when ``None``.

    Returns:
        The JSON text (non-ASCII characters written as themselves).
    """
    separators = (",", ":") if indent is None else (",", ": ")
    return json.dumps(to_dict(article), ensure_ascii=False, indent=indent, separators=separators)


def from_json(text: str | bytes) -> Article:
    """Rebuild an article from the JSON :func:`to_json` wrote.

    Args:
        text: The JSON document, as text or UTF-8 bytes.

    Returns:
        The article, equal to the one that was serialized.

    Raises:
        SchemaError: *text* is not JSON, or not a serialized article; the
            message says where.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        problem = f"not valid JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
        raise SchemaError(problem, (problem,)) from None
    except (UnicodeDecodeError, RecursionError) as exc:
        problem = f"not valid JSON: {exc}"
        raise SchemaError(problem, (problem,)) from None
    return from_dict(data)
