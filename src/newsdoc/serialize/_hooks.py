"""cattrs hooks: strict scalars, honest dates, lists for tuples.

cattrs' defaults are forgiving in ways that lose data silently: ``str(5)``
turns a number into a name, ``int("5")`` and ``int(True)`` accept what JSON
did not say, and a tuple is built from any iterable, so ``"abc"`` becomes
three one-letter keywords. Serialized data is checked strictly instead; the
model's own converters and validators do the rest.
"""

from __future__ import annotations

import datetime as dt
import re
import typing
from collections.abc import Callable
from typing import Any

import cattrs
from cattrs.cols import homogenous_tuple_structure_factory

from newsdoc.model import Block, Quote, When

__all__ = ["configure", "configure_fast_path"]

# A day alone is written YYYY-MM-DD; anything longer carries a time.
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_WHEN_OR_NONE = When | None


def _structure_str(value: object, _type: type[Any]) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return value


def _structure_int(value: object, _type: type[Any]) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"expected an integer, got {type(value).__name__}")
    return value


def _structure_when(value: object, _type: object) -> When | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"expected an ISO 8601 string or null, got {type(value).__name__}")
    if _DAY.fullmatch(value):
        return dt.date.fromisoformat(value)
    if "T" not in value:
        raise ValueError(f"expected YYYY-MM-DD or an ISO 8601 date-time, got {value!r}")
    return dt.datetime.fromisoformat(value)


def _unstructure_when(value: When | None) -> str | None:
    # isoformat keeps the offset of an aware datetime and writes none for a
    # naive one, so the value read back is the value written.
    return None if value is None else value.isoformat()


def _is_when_or_none(type_: object) -> bool:
    return type_ == _WHEN_OR_NONE


def _is_homogeneous_tuple(type_: object) -> bool:
    origin = typing.get_origin(type_)
    args = typing.get_args(type_)
    return origin is tuple and len(args) == 2 and args[1] is Ellipsis


def _strict_tuple_factory(
    type_: Any, converter: cattrs.Converter
) -> Callable[[object, Any], tuple[Any, ...]]:
    inner = homogenous_tuple_structure_factory(type_, converter)

    def structure(value: object, type_: Any) -> tuple[Any, ...]:
        if not isinstance(value, list | tuple):
            raise TypeError(f"expected an array, got {type(value).__name__}")
        result: tuple[Any, ...] = inner(value, type_)
        return result

    return structure


def configure(converter: cattrs.Converter) -> None:
    """Register newsdoc's hooks on *converter*."""
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook_func(_is_when_or_none, _structure_when)
    converter.register_unstructure_hook_func(_is_when_or_none, _unstructure_when)
    converter.register_unstructure_hook(dt.datetime, dt.datetime.isoformat)
    converter.register_unstructure_hook(dt.date, dt.date.isoformat)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _strict_tuple_factory)


def _direct(cls: type[Any]) -> Callable[[object, Any], Any]:
    def structure(value: object, _type: Any) -> Any:
        if not isinstance(value, dict):
            raise TypeError(f"expected an object, got {type(value).__name__}")
        return cls(**value)

    return structure


def configure_fast_path(converter: cattrs.Converter) -> None:
    """Build the leaf classes straight from their dicts on *converter*.

    Block and Quote are most of an article's values, and their own converters
    and validators check every field (types included), so the per-field hooks
    would only repeat that work. Used for the converter that structures valid
    data quickly; when it fails, the detailed converter says where and why.
    """
    for cls in (Block, Quote):
        converter.register_structure_hook(cls, _direct(cls))
