"""Datelines: the place, agency and date printed at the start of a story.

Wire copy opens its first paragraph with a dateline: ``AMMAN (Reuters) –``,
``LA CROSSE, Wis. (AP) —``, ``PUTRAJAYA, Nov 22 —``, ``NEW DELHI:``,
``(Reuters) —`` or ``(CNN)``, sometimes glued to the first word
(``Hong Kong (CNN Business)A muddled view``). The paragraph keeps the dateline
as printed; :func:`split_dateline` only describes it.

A dateline needs a closing mark: a dash, a colon or a parenthesised agency. An
all-caps lead word on its own (``WASHINGTON The``) is not a dateline, and a
place printed in ordinary case (``Hong Kong``) needs an agency, a region or a
date beside it.

>>> dateline, rest = split_dateline("LA CROSSE, Wis. (AP) — A man was charged.")
>>> dateline
Dateline(raw='LA CROSSE, Wis. (AP) —', location='LA CROSSE', region='Wis.', agency='AP', date=None)
>>> rest
'A man was charged.'
>>> split_dateline("WASHINGTON The vote is today.")[0] is None
True
"""

from __future__ import annotations

import re

import attrs

from newsdoc.analysis._lexicon import DATELINE_NOT_PLACES, MONTHS
from newsdoc.analysis.bylines import agency_name
from newsdoc.model import Dateline, normalize_text

__all__ = ["read_dateline", "split_dateline"]

# Only the opening of a paragraph can hold a dateline; looking at a bounded
# prefix keeps the work constant whatever the paragraph's length.
_PREFIX = 160

# The head: up to eight words (with commas between them) that hold no
# parenthesis, dash or colon; then an optional "(Agency)"; then an optional
# closing dash or colon. Every part is bounded, so matching is linear.
_DATELINE = re.compile(
    r"(?P<head>[^\s()\-–—―:,][^\s()–—―:,]{0,30}(?:,? [^\s()\-–—―:,][^\s()–—―:,]{0,30}){0,7})?"
    r"(?P<gap1> ?)"
    r"(?:\((?P<agency>[^()\n]{1,40})\))?"
    r"(?P<gap2> {0,3})"
    r"(?P<sep>--|\.-|[-–—―]|:)?"
)
# Words that open a noun phrase, not a place name ("The United Nations’ (UN)").
_NOT_PLACE_OPENERS = frozenset(
    {"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "in", "on", "at"}
)
# "DEAR ABBY:" opens a letter, not a dateline.
_SALUTATIONS = frozenset({"dear", "hi", "hello"})
# ".-" closes Spanish-language agency datelines ("Tegucigalpa, Jan 2 (EFE).-").
_DASHES = frozenset({"--", ".-", "-", "–", "—", "―"})
# A US state or country abbreviation ("Wis.", "N.Y.", "D.C.", "Calif.").
_ABBREVIATION = re.compile(r"(?:[A-Z][a-z]{0,5}\.|(?:[A-Z]\.){1,3}[A-Z]?\.?)")
# A day number printed with a month ("Nov 22", "22 November", "Nov. 22, 2019").
_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?|\d{4}")


def _is_caps_word(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _is_place(words: list[str], *, loose: bool) -> bool:
    """All-caps words, or (when *loose*) capitalised words: a place name."""
    if not words or len(words) > 5:
        return False
    if sum(c.isalpha() for c in "".join(words)) < 2 or not words[0][:1].isalpha():
        return False
    if words[0].lower() in _SALUTATIONS:
        return False
    if any(any(c.isdigit() for c in w) for w in words):
        return False
    if all(_is_caps_word(w) for w in words):
        return True
    if not loose:
        return False
    if words[0].lower() in _NOT_PLACE_OPENERS or words[-1][-1:] in "'’" or words[-1].endswith("’s"):
        return False
    # "Hong Kong", "St. Louis", "Rio de Janeiro": capitalised words and particles.
    return words[0][:1].isupper() and all(
        w[:1].isupper() or w in {"de", "del", "da", "do", "la", "le", "am", "an", "on", "upon"}
        for w in words
    )


def _is_date(words: list[str]) -> bool:
    """``Nov 22``, ``Nov. 22``, ``22 November``, ``November 22, 2019``."""
    if not 2 <= len(words) <= 3:
        return False
    months = [i for i, w in enumerate(words) if w.lower() in MONTHS]
    days = [i for i, w in enumerate(words) if _DAY.fullmatch(w)]
    return len(months) == 1 and len(days) == len(words) - 1


def _is_region(words: list[str]) -> bool:
    """``Wis.``, ``N.Y.``, ``Ohio``, ``United Arab Emirates``."""
    if not words or len(words) > 4:
        return False
    if len(words) == 1 and _ABBREVIATION.fullmatch(words[0]):
        return True
    return all(
        (w[:1].isupper() and not any(c.isdigit() for c in w)) or w in {"of", "and", "the"}
        for w in words
    )


def split_dateline(text: str) -> tuple[Dateline | None, str]:
    """Find the dateline at the start of a story's first paragraph.

    Args:
        text: The first paragraph of a story, as printed.

    Returns:
        ``(dateline, rest)``: the :class:`~newsdoc.model.Dateline` (or
        ``None`` when the paragraph has none) and the text after it, without
        leading spaces (the whole *text* when there is no dateline).

    >>> dateline, rest = split_dateline("(Reuters) — Oil rose.")
    >>> dateline.raw, dateline.agency, rest
    ('(Reuters) —', 'Reuters', 'Oil rose.')
    >>> split_dateline("PUTRAJAYA, Nov 22 — Talks began.")[0].date
    'Nov 22'
    >>> split_dateline("Hong Kong (CNN Business)A muddled view.")[1]
    'A muddled view.'
    """
    head_text = text.lstrip()
    offset = len(text) - len(head_text)
    match = _DATELINE.match(head_text[:_PREFIX])
    if match is None:  # pragma: no cover - the pattern matches the empty string
        return None, text
    head = match.group("head")
    agency = match.group("agency")
    sep = match.group("sep")
    if agency is not None:
        agency = agency.strip()
        if not agency or len(agency.split()) > 4:
            return None, text
        if not agency[:1].isupper() and agency_name(agency) is None:
            return None, text  # "(dpa)" is an agency; "(see below)" is not
        if any(c.isdigit() or c == "," for c in agency):
            return None, text  # "(English, daily)": a note, not an agency
    elif head is not None and match.group("gap1") and sep is None:
        return None, text
    if sep is None and agency is None:
        return None, text
    if sep == ":" and agency is None and head is None:
        return None, text
    location: str | None = None
    region: str | None = None
    date: str | None = None
    if head is not None:
        if match.group("gap1") == "" and agency is not None:
            return None, text  # "word(Agency)": a parenthesis inside a sentence
        parts = [p.strip() for p in head.split(",")]
        if any(not p for p in parts) or len(parts) > 3:
            return None, text
        place_words = parts[0].split()
        loose = agency is not None or len(parts) > 1
        if not _is_place(place_words, loose=loose):
            return None, text
        if parts[0].lower() in DATELINE_NOT_PLACES:
            return None, text
        if sep == ":" and agency is None and not all(_is_caps_word(w) for w in place_words):
            return None, text
        location = parts[0]
        for part in parts[1:]:
            words = part.split()
            if date is None and _is_date(words):
                date = part
            elif region is None and date is None and _is_region(words):
                region = part
            else:
                return None, text
        if sep is None and agency is None:
            return None, text
    elif agency is None:
        return None, text
    end = match.end()
    if sep is None:
        end = match.end("agency") + 1
    rest = head_text[end:]
    if sep is not None and rest and not rest[:1].isspace() and sep in _DASHES and head is None:
        # "(Reuters)-based": a dash that joins words does not close a dateline.
        return None, text
    if not rest.strip():
        return None, text
    raw = text[offset : offset + end].strip()
    return (
        Dateline(raw=raw, location=location, region=region, agency=agency, date=date),
        rest.lstrip(),
    )


def read_dateline(text: str) -> Dateline | None:
    """Read a dateline given on its own, as metadata (a NewsML ``dateline``).

    Such a dateline needs no closing mark (``WASHINGTON, Nov 22``): the whole
    string is the dateline, so ``raw`` is *text* as given.

    Args:
        text: The dateline, with or without its closing dash or colon.

    Returns:
        The :class:`~newsdoc.model.Dateline`, or ``None`` when *text* does not
        read as one.

    >>> dateline = read_dateline("WASHINGTON, Nov 22")
    >>> dateline.location, dateline.date, dateline.raw
    ('WASHINGTON', 'Nov 22', 'WASHINGTON, Nov 22')
    >>> read_dateline("Zürich, Switzerland").region
    'Switzerland'

    """
    raw = normalize_text(text)
    head = raw.rstrip(" -–—―:")
    if not head or len(head) > _PREFIX:
        return None
    dateline, _rest = split_dateline(head + " — x")
    if dateline is not None:
        return attrs.evolve(dateline, raw=raw)
    # Given as metadata, a place in ordinary case needs nothing beside it.
    parts = [part.strip() for part in head.split(",")]
    if len(parts) > 3 or not _is_place(parts[0].split(), loose=True):
        return None
    region = date = None
    for part in parts[1:]:
        words = part.split()
        if date is None and _is_date(words):
            date = part
        elif region is None and _is_region(words):
            region = part
        else:
            return None
    return Dateline(raw=raw, location=parts[0], region=region, date=date)
