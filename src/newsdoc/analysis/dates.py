"""Publication dates: the one place where partial and ambiguous dates are decided.

The rules, from the model's promise that dates are honest:

* a time is kept only when the source gives one, an offset or zone only when
  the source gives one: a naive value stays naive, never the machine's zone;
* a day with no time is a :class:`datetime.date`, never midnight;
* a partial date (``2023-12``, ``December 2023``) is not completed: it gives
  ``None``;
* an all-numeric date whose day and month could be swapped (``03/04/2019``)
  gives ``None`` unless the caller says which comes first; a dotted date
  (``03.04.2019``) is day-first, as everywhere that writes it.

>>> parse_datetime("2019-11-22T10:30:00+01:00").isoformat()
'2019-11-22T10:30:00+01:00'
>>> parse_datetime("20140829T134951+0000").isoformat()
'2014-08-29T13:49:51+00:00'
>>> parse_datetime("Nov. 22, 2019 10:30 AM EST").isoformat()
'2019-11-22T10:30:00-05:00'
>>> parse_datetime("2019-11-22 10:30").isoformat()
'2019-11-22T10:30:00'
>>> parse_datetime("2019-11-22")
datetime.date(2019, 11, 22)
>>> parse_datetime("2023-12") is None
True
"""

from __future__ import annotations

import datetime as dt
import re
import warnings

from dateutil import parser as _dateutil_parser

from newsdoc.model import When

__all__ = ["parse_datetime"]

# Longer strings are sentences, not dates; refusing them keeps the fallback
# parser's work bounded.
_MAX_LENGTH = 120

_ISO = re.compile(
    r"(?P<year>\d{4})-?(?P<month>\d{2})-?(?P<day>\d{2})"
    r"(?:[T ]\s?(?P<hour>\d{2}):?(?P<minute>\d{2})"
    r"(?::?(?P<second>\d{2})(?:[.,](?P<fraction>\d{1,9}))?)?"
    r"\s?(?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?",
    re.ASCII,
)
_NUMERIC_DATE = re.compile(r"(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})\b", re.ASCII)

# Zone abbreviations common in English-language news, with the fixed offsets
# they stand for. Ambiguous ones (IST: India or Ireland; CST: US or China) are
# left out on purpose: an unknown zone gives a naive time, not a wrong one.
_ZONES: dict[str, int] = {
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "BST": 3600,
    "CET": 3600,
    "CEST": 7200,
    "EET": 7200,
    "EEST": 10800,
    "MSK": 10800,
    "EST": -5 * 3600,
    "EDT": -4 * 3600,
    "CDT": -5 * 3600,
    "MST": -7 * 3600,
    "MDT": -6 * 3600,
    "PST": -8 * 3600,
    "PDT": -7 * 3600,
    "JST": 9 * 3600,
    "KST": 9 * 3600,
    "AEST": 10 * 3600,
    "AEDT": 11 * 3600,
}
_TZINFOS: dict[str, dt.tzinfo] = {
    name: (dt.UTC if seconds == 0 else dt.timezone(dt.timedelta(seconds=seconds), name))
    for name, seconds in _ZONES.items()
}

# Two defaults that differ in every field tell which fields the text gave.
_PROBE_A = dt.datetime(2000, 1, 1, 0, 0, 0)  # noqa: DTZ001 - a probe, never returned
_PROBE_B = dt.datetime(2001, 2, 2, 1, 1, 1)  # noqa: DTZ001 - a probe, never returned


def _zone(text: str | None) -> dt.tzinfo | None:
    if text is None:
        return None
    if text == "Z":
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    offset = dt.timedelta(hours=hours, minutes=minutes)
    if offset >= dt.timedelta(hours=24):
        raise ValueError("offset out of range")
    return dt.UTC if not offset else dt.timezone(sign * offset)


def _from_iso(match: re.Match[str]) -> When:
    year, month, day = int(match["year"]), int(match["month"]), int(match["day"])
    if match["hour"] is None:
        return dt.date(year, month, day)
    fraction = (match["fraction"] or "").ljust(6, "0")[:6]
    # Naive exactly when the source gives no zone.
    return dt.datetime(
        year,
        month,
        day,
        int(match["hour"]),
        int(match["minute"]),
        int(match["second"] or 0),
        int(fraction or 0),
        tzinfo=_zone(match["zone"]),
    )


def _parse_with(text: str, default: dt.datetime, dayfirst: bool) -> dt.datetime:
    with warnings.catch_warnings():
        # An unknown zone name is read as no zone, which is what we want.
        warnings.simplefilter("ignore")
        return _dateutil_parser.parse(
            text, default=default, dayfirst=dayfirst, tzinfos=_TZINFOS, fuzzy=False
        )


def _from_words(text: str, dayfirst: bool) -> When | None:
    try:
        a = _parse_with(text, _PROBE_A, dayfirst)
        b = _parse_with(text, _PROBE_B, dayfirst)
    except (ValueError, OverflowError, TypeError, KeyError):
        return None
    if (a.year, a.month, a.day) != (b.year, b.month, b.day):
        return None  # a partial date: never completed from a default
    if a.hour != b.hour:
        return a.date()
    # An hour with no minutes ("10 AM") means the full hour.
    minute = a.minute if a.minute == b.minute else 0
    second = a.second if a.second == b.second else 0
    return a.replace(minute=minute, second=second, microsecond=a.microsecond)


def parse_datetime(text: str, *, dayfirst: bool | None = None) -> When | None:
    """Read a publication date or time as the source gives it.

    Args:
        text: A date as written: ISO 8601 (extended or basic, ``T`` or a
            space, ``Z``/``+hh:mm``/``+hhmm``/``+hh`` offsets), RFC 2822, or
            English words (``Nov. 22, 2019 10:30 AM EST``).
        dayfirst: How to read an all-numeric date such as ``03/04/2019``:
            ``True`` for day first, ``False`` for month first, ``None`` (the
            default) to refuse it when both readings are possible.

    Returns:
        A ``datetime`` when the text gives a time (aware only when it gives a
        zone or offset), a ``date`` when it gives only the day, or ``None``
        when it gives no complete date or cannot be read.
    """
    text = text.strip()
    if not text or len(text) > _MAX_LENGTH:
        return None
    iso = _ISO.fullmatch(text)
    if iso is not None:
        try:
            return _from_iso(iso)
        except ValueError:
            return None
    numeric = _NUMERIC_DATE.search(text)
    if numeric is not None:
        first, separator, second = int(numeric[1]), numeric[2], int(numeric[3])
        if separator == ".":
            dayfirst = True
        elif dayfirst is None:
            if first <= 12 and second <= 12 and first != second:
                return None
            dayfirst = first > 12
    return _from_words(text, bool(dayfirst))
