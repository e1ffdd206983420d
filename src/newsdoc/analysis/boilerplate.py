"""Boilerplate: the lines of a page that are not the story.

Page furniture (text-size controls, comment links, share buttons, "Read
more", region and cookie notices, newsletter prompts), separators (``___``),
copyright lines, graphics notes and syndication notices are not story text.
:func:`is_boilerplate` says whether one line is such furniture; sign-offs
(``PTI``, ``hh/ph``) are told apart by :func:`read_signoff`, and
:func:`read_syndication` reads the outlet and agency a syndication notice
names.

>>> is_boilerplate("Text size Aa Aa"), is_boilerplate("The flow of cars is not stopping.")
(True, False)
>>> read_syndication(
...     "euronews provides breaking news articles from reuters as a service to its readers"
... )
('euronews', 'Reuters')
"""

from __future__ import annotations

import re

from newsdoc.analysis._lexicon import (
    BOILERPLATE_EXACT,
    BOILERPLATE_PREFIXES,
    BOILERPLATE_SUBSTRINGS,
    BOILERPLATE_TOPICAL,
    CONSENT_OPENINGS,
    CONSENT_WORDS,
    JOB_TITLE_WORDS,
    READER_WORDS,
    SOCIAL_WORDS,
)
from newsdoc.analysis.bylines import agency_name
from newsdoc.model import normalize_text

__all__ = ["is_author_bio", "is_boilerplate", "is_separator", "read_signoff", "read_syndication"]

# Longer blocks are story text: notices are short. Bounding the length also
# bounds the work of the substring scans.
_MAX_LENGTH = 600

# A line with no letter or digit (``[^\W_]`` is exactly ``str.isalnum``) is
# furniture, except list markers a copied page keeps on their own: those are
# furniture of another kind (a menu), which the page reader weighs itself.
_ALNUM_OR_LIST_MARK = re.compile(r"[^\W_]|[*+•·\-]")
_NUMBERED_AD = re.compile(r"(?:advertisement|anzeige|ad) ?\d{1,3}")
# A row of share buttons is short.
_MAX_SOCIAL_WORDS = 20
_SEPARATOR = re.compile(r"[_\-=*~#•·.]{3,80}")
# A sentence of story prose: this many words at least, and a closing mark.
_MIN_PROSE_WORDS = 6
_ENDS_SENTENCE = frozenset('.?!"”’)…»')
# "Copyright 2019 ...", "(c) 2019", "... of the copyright holder": a notice of rights.
_COPYRIGHT_NOTICE = re.compile(r"\(c\)|copyright\W{0,3}(?:\d{4}|holder|owner)|all rights reserved")
# "Follow Example News on ...": "follow" and the few words naming whom to follow.
_FOLLOW_WORDS = 5
_JOINERS = frozenset({"and", "or", "&"})
_PUNCTUATION = ".,;:!?\"'“”‘’()[]«»—–-"


def _index_fragments(
    fragments: tuple[str, ...],
) -> tuple[dict[str, tuple[str, ...]], tuple[str, ...]]:
    """Key each notice fragment by one of its interior words.

    A word with a space on both sides inside a fragment is a whole token of
    any line that contains the fragment, so a line need only be searched for
    the fragments keyed by its own tokens. Fragments of one or two words have
    no interior word and are searched for in every line.
    """
    keyed: dict[str, list[str]] = {}
    unkeyed: list[str] = []
    for fragment in fragments:
        interior = fragment.split(" ")[1:-1]
        if interior:
            keyed.setdefault(max(interior, key=len), []).append(fragment)
        else:
            unkeyed.append(fragment)
    return {word: tuple(group) for word, group in keyed.items()}, tuple(unkeyed)


_FRAGMENTS_BY_WORD, _UNKEYED_FRAGMENTS = _index_fragments(BOILERPLATE_SUBSTRINGS)
_FRAGMENT_KEYS = frozenset(_FRAGMENTS_BY_WORD)
_SYNDICATION = re.compile(
    r"(?P<publisher>[^\s].{0,40}?) (?:provides|publishes|carries) .{0,80}? from "
    r"(?P<provider>[\w.\- ]{2,40}?) as a service",
    re.IGNORECASE,
)
# "Jane Doe is a politics reporter for Example News.": a note about the author.
_BIO = re.compile(
    r"(?:[A-Z][\w.'’\-]{0,30} ){1,3}[A-Z][\w.'’\-]{0,30} (?:is|was|has been|writes|covers|reports) "
    r"(?P<rest>.{0,200})"
)
# Editors' initials after a story ("hh/ph/ts/hd", "DM", "(jk)").
_INITIALS = re.compile(r"\(?[A-Za-z]{1,4}(?:/[A-Za-z]{1,4}){0,5}\)?")
# Editors' initials joined by slashes, in any script ("hh/ph", "ففف/ح س/كام"):
# each part a few letters, perhaps two groups of them.
_SLASHED_INITIALS = re.compile(
    r"\(?[^\W\d_]{1,4}(?: [^\W\d_]{1,3})?(?:/[^\W\d_]{1,4}(?: [^\W\d_]{1,3})?){1,5}\)?"
)
# An agency's name followed by desk codes and an editor's initials
# ("AAP RTV ar"): capitals, then at most one short lower-case group.
_DESK_CODES = re.compile(r"(?P<agency>\S{2,12})(?: [A-Z]{2,5}){1,3}(?: [a-z]{1,3})?")
# An agency sign-off, with or without parentheses ("(BusinessDesk)", "PTI").
_PAREN_SIGNOFF = re.compile(r"\((?P<name>[A-Z][\w\- ]{1,30})\)")


def is_separator(text: str) -> bool:
    """Say whether *text* is a separator line (``___``, ``***``, ``---``).

    Args:
        text: One line or block as printed.

    Returns:
        True for a run of separator characters.

    >>> is_separator("___"), is_separator("A")
    (True, False)
    """
    return _SEPARATOR.fullmatch(normalize_text(text)) is not None


def is_boilerplate(text: str) -> bool:
    """Say whether one line or block is page furniture rather than story text.

    Args:
        text: One line or block as printed.

    Returns:
        True for UI lines, notices, separators, copyright lines, graphics
        notes and syndication notices.

    >>> is_boilerplate("Facebook Twitter Email LinkedIn Reddit Pinterest")
    True
    >>> is_boilerplate("Copyright 2019 Hawaii News Now. All rights reserved.")
    True
    """
    if len(text) > 4 * _MAX_LENGTH:
        return False  # too long to be a notice, whatever normalising would remove
    return _is_furniture_line(normalize_text(text))


def _is_furniture_line(line: str) -> bool:
    """:func:`is_boilerplate` for a line already normalised (``normalize_text``).

    Block text and the lines the text reader splits are normalised once when
    they are made; their callers use this and skip normalising again. A
    separator is furniture too, so no :func:`is_separator` test need follow.
    """
    if not line:
        return True
    if len(line) > _MAX_LENGTH:
        return False
    lowered = line.lower()
    if lowered in BOILERPLATE_EXACT or _SEPARATOR.fullmatch(line) is not None:
        return True
    if _NUMBERED_AD.fullmatch(lowered) is not None:
        return True  # "Advertisement 3"
    if _ALNUM_OR_LIST_MARK.search(line) is None:
        return True  # a line of invisible characters or lone punctuation
    tokens = lowered.split()
    if lowered.startswith(BOILERPLATE_PREFIXES) and any(
        lowered.startswith(prefix) and _marks_notice(prefix, 0, line, lowered, tokens)
        for prefix in BOILERPLATE_PREFIXES
    ):
        return True
    # Plain substring tests run in C and beat one alternation of all the
    # fragments, which the regex engine tries at every position; the index
    # limits them to the fragments this line's own words can complete.
    for fragment in _UNKEYED_FRAGMENTS:
        at = lowered.find(fragment)
        if at >= 0 and _marks_notice(fragment, at, line, lowered, tokens):
            return True
    for key in _FRAGMENT_KEYS.intersection(tokens):
        for fragment in _FRAGMENTS_BY_WORD[key]:
            at = lowered.find(fragment)
            if at >= 0 and _marks_notice(fragment, at, line, lowered, tokens):
                return True
    if lowered.startswith(CONSENT_OPENINGS) and any(word in lowered for word in CONSENT_WORDS):
        return True  # "I agree that Example News can send me its newsletter."
    if len(tokens) > _MAX_SOCIAL_WORDS:
        return " as a service" in lowered and _SYNDICATION.match(line) is not None
    words = lowered.replace(",", " ").split()
    if 2 <= len(words) <= _MAX_SOCIAL_WORDS:
        social = sum(map(SOCIAL_WORDS.__contains__, words))
        # A row of share buttons, perhaps with "Share via" among them.
        if social == len(words) or (len(words) >= 5 and social * 4 >= len(words) * 3):
            return True
        if words[0] == "follow" and _follow_prompt(lowered):
            return True  # "Follow Example News on Instagram, Facebook and X."
    return " as a service" in lowered and _SYNDICATION.match(line) is not None


def _follow_prompt(lowered: str) -> bool:
    """Whether *lowered*, opening with "follow", is "Follow <name> on <networks>".

    A few words name whom to follow; every word after "on" names a social
    network but the "and" or "or" that joins them, two networks at least.
    """
    who, on, networks = lowered.partition(" on ")
    if not on or "," in who or len(who.split()) > _FOLLOW_WORDS:
        return False
    names = [word.strip(".!") for word in networks.replace(",", " ").split()]
    social = sum(name in SOCIAL_WORDS for name in names)
    return social >= 2 and all(name in SOCIAL_WORDS or name in _JOINERS for name in names)


def _marks_notice(phrase: str, at: int, line: str, lowered: str, tokens: list[str]) -> bool:
    """Whether *phrase*, an opening or fragment found at ``lowered[at:]``, makes *line* a notice.

    Most do wherever they stand; one a story may print too
    (``BOILERPLATE_TOPICAL``) does so only when it is printed with capitals
    past its first letter (a link: "Privacy Policy") or followed by a colon
    (a label: "Next post: ..."), or when the line is no sentence of prose,
    carries a copyright notice, or speaks to the reader. A story's "The
    company changed its privacy policy last week, ..." stays story text.
    """
    if phrase not in BOILERPLATE_TOPICAL or len(lowered) != len(line):
        return True
    end = at + len(phrase)
    if line[at + 1 : end] != phrase[1:] or line[end:].lstrip()[:1] == ":":
        return True
    if len(tokens) < _MIN_PROSE_WORDS or line[-1] not in _ENDS_SENTENCE:
        return True
    if "\u00a9" in line or _COPYRIGHT_NOTICE.search(lowered) is not None:
        return True
    return not READER_WORDS.isdisjoint(token.strip(_PUNCTUATION) for token in tokens)


def is_author_bio(text: str) -> bool:
    """Say whether *text* is a note about the author printed after a story.

    Args:
        text: One block as printed.

    Returns:
        True for "Name is a ... reporter / editor / correspondent ..." notes.

    >>> is_author_bio("Jane Doe is a politics reporter for Example News.")
    True
    >>> is_author_bio("Jane Doe is confident the bridge will reopen.")
    False
    """
    if len(text) > 4 * _MAX_LENGTH:
        return False
    line = normalize_text(text)
    if len(line) > _MAX_LENGTH:
        return False
    match = _BIO.match(line)
    if match is None:
        return False
    words = {w.strip(".,;").lower() for w in match.group("rest").split()}
    return not words.isdisjoint(JOB_TITLE_WORDS)


def read_syndication(text: str) -> tuple[str, str | None] | None:
    """Read the outlet and agency a syndication notice names.

    Args:
        text: A line such as "euronews provides breaking news articles from
            reuters as a service to its readers".

    Returns:
        ``(publisher, provider)`` with the publisher as printed and the
        provider in its usual printed form (``None`` when it is not a known
        wire agency), or ``None`` when *text* is no such notice.
    """
    if len(text) > 4 * _MAX_LENGTH:
        return None
    return _syndication_of_line(normalize_text(text))


def _syndication_of_line(line: str) -> tuple[str, str | None] | None:
    """:func:`read_syndication` for a line already normalised (``normalize_text``)."""
    if len(line) > _MAX_LENGTH or " as a service" not in line.lower():
        return None
    match = _SYNDICATION.match(line)
    if match is None:
        return None
    provider = match.group("provider").strip()
    return match.group("publisher").strip(), agency_name(provider) or None


def read_signoff(text: str) -> tuple[bool, str | None]:
    """Read a sign-off printed after a story.

    A sign-off is a wire agency's name on its own (``PTI``, ``Reuters``,
    ``(BusinessDesk)``) or editors' initials (``DM``, ``hh/ph/ts/hd``).

    Args:
        text: The line as printed.

    Returns:
        ``(is_signoff, provider)``: whether *text* is a sign-off, and the
        agency it names (in its usual printed form) when it names one.

    >>> read_signoff("PTI"), read_signoff("hh/ph/ts/hd"), read_signoff("Colombia lost.")
    ((True, 'PTI'), (True, None), (False, None))
    >>> read_signoff("AAP RTV ar")
    (True, 'AAP')
    """
    if len(text) > 160:
        return False, None
    line = normalize_text(text)
    if not line or len(line) > 40:
        return False, None
    agency = agency_name(line.strip("()—–- "))
    if agency is not None:
        return True, agency
    paren = _PAREN_SIGNOFF.fullmatch(line)
    if paren is not None:
        return True, paren.group("name")
    if _INITIALS.fullmatch(line) is not None and (
        "/" in line or line.strip("()").isupper() or line.startswith("(")
    ):
        return True, None
    if _SLASHED_INITIALS.fullmatch(line) is not None:
        return True, None
    desk = _DESK_CODES.fullmatch(line)
    if desk is not None:
        agency = agency_name(desk.group("agency"))
        if agency is not None:
            return True, agency
    return False, None
