"""Small readers shared by the NewsML-G2, NewsML 1, NITF and ninjs front ends.

Each front end collects Draft fields into a plain dict (``Fields``); the
helpers here read the values every format spells the same way (language tags,
urgencies, timestamps) and merge what an outer envelope says with what an
embedded document says.
"""

from __future__ import annotations

import re
import types
from collections.abc import Iterable, Mapping
from typing import Any

from newsdoc.analysis.dates import parse_datetime
from newsdoc.model import Subject, When, normalize_text
from newsdoc.parsers._draft import Draft

__all__ = [
    "XML_LANG",
    "Fields",
    "add_subject",
    "bcp47",
    "clean",
    "draft",
    "fill",
    "is_timestamp",
    "urgency",
    "when",
]

#: Draft keyword arguments collected by a front end.
Fields = dict[str, Any]

#: Clark notation of ``xml:lang``.
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

_LANGUAGE = re.compile(r"[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8}){0,6}", re.ASCII)
# A machine timestamp sent where a printed dateline belongs
# ("2014-07-16 15:53:10 GMT+00:00", "20170102T222800+0000").
_TIMESTAMP = re.compile(r"\d{4}-?\d{2}-?\d{2}(?:[T ]\d|$)", re.ASCII)


def clean(value: str | None) -> str | None:
    """Return *value* normalised, or ``None`` when it is empty or absent.

    Args:
        value: A string from the document.

    Returns:
        The normalised string, or ``None``.
    """
    if value is None:
        return None
    return normalize_text(value) or None


def bcp47(tag: str | None) -> str | None:
    """Return a language tag in BCP 47 case (``EN`` -> ``en``, ``en_us`` -> ``en-US``).

    Args:
        tag: A language tag as written.

    Returns:
        The tag with its language subtag in lower case, a two-letter region
        in upper case and a four-letter script in title case; ``None`` when
        *tag* is empty or not a language tag.

    >>> bcp47("EN"), bcp47("en_us"), bcp47("zh-hant-tw")
    ('en', 'en-US', 'zh-Hant-TW')
    """
    tag = clean(tag)
    if tag is None or _LANGUAGE.fullmatch(tag) is None:
        return None
    parts = tag.replace("_", "-").split("-")
    out = [parts[0].lower()]
    for part in parts[1:]:
        if len(part) == 2 and part.isalpha():
            out.append(part.upper())
        elif len(part) == 4 and part.isalpha():
            out.append(part.title())
        else:
            out.append(part.lower())
    return "-".join(out)


def urgency(value: str | None) -> int | None:
    """Return an urgency from 1 (most urgent) to 9, or ``None``.

    Args:
        value: The urgency as written (``"4"``, ``" 2 "``).

    Returns:
        The urgency, or ``None`` when it is absent or out of range.
    """
    value = clean(value)
    if value is None or not value.isascii() or not value.isdigit() or len(value) > 2:
        return None
    number = int(value)
    return number if 1 <= number <= 9 else None


def when(value: str | None) -> When | None:
    """Read a date or timestamp through the shared date rules.

    Args:
        value: The date as written.

    Returns:
        A ``datetime`` (aware only with an offset), a ``date``, or ``None``.
    """
    value = clean(value)
    if value is None:
        return None
    return parse_datetime(value)


def is_timestamp(text: str) -> bool:
    """Say whether *text* is a machine timestamp rather than a printed dateline.

    Args:
        text: A dateline as sent.

    Returns:
        True for ``2014-07-16 15:53:10 GMT+00:00`` or ``20170102T222800+0000``.
    """
    return _TIMESTAMP.match(text.strip()) is not None


def add_subject(subjects: list[Subject], code: str | None, name: str | None) -> None:
    """Append a subject unless it is empty or already listed.

    Args:
        subjects: The subjects so far, in document order.
        code: The code as written.
        name: Its name.
    """
    code, name = clean(code), clean(name)
    if code is None and name is None:
        return
    subject = Subject(code=code, name=name)
    if any(s.code == code and (code is not None or s.name == name) for s in subjects):
        return
    subjects.append(subject)


# Fields that say the same thing in two forms: when the outer document gives
# one, the embedded document's other form would repeat it.
_ALTERNATIVES: Mapping[str, str] = types.MappingProxyType(
    {"bylines": "byline_texts", "byline_texts": "bylines"}
)


def fill(fields: Fields, more: Fields) -> None:
    """Copy into *fields* the values of *more* that *fields* lacks.

    Bylines are taken as a whole: when the outer document names the authors
    (as printed or as structured data), the embedded document's byline is a
    repetition, not more authors.

    Args:
        fields: What the outer document says; it wins.
        more: What an embedded document says.
    """
    for key, value in more.items():
        if value is None or value == ():
            continue
        other = _ALTERNATIVES.get(key)
        if other is not None and fields.get(other):
            continue
        current = fields.get(key)
        if current is None or current == ():
            fields[key] = value


def draft(fields: Fields, keywords: Iterable[str] = ()) -> Draft:
    """Build a structured :class:`Draft` from collected fields.

    The credits of the media are added to the article's credits.

    Args:
        fields: Draft keyword arguments.
        keywords: Extra keywords to append.

    Returns:
        The draft, with ``is_structured=True``.
    """
    values = dict(fields)
    # A photo's credit is also one of the article's credits.
    credits = list(values.get("credits", ()))
    for media in values.get("media", ()):
        if media.credit is not None and media.credit not in credits:
            credits.append(media.credit)
    if credits:
        values["credits"] = tuple(credits)
    extra = tuple(keywords)
    if extra:
        values["keywords"] = tuple(values.get("keywords", ())) + extra
    return Draft(is_structured=True, **values)
