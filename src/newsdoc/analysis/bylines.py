"""Bylines: who wrote the story, as printed on a byline line.

A byline names people: ``By Jamelle Bouie``,
``By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER, Associated Press``,
``By Bill Hoppe | Special to the Pioneer Press``,
``Analysis by Chris Cillizza, CNN Editor-at-large``. The prefix (``By``,
``Analysis by``, ``Von``, ``Par``) is removed only before a word boundary, so
the surname "Byrne" survives; names are split on commas, "and" and "&"; the
outlet printed after ``|`` or a final comma is the affiliation, and a job title
is kept apart from the name.

An agency or desk credited as author (``By Reuters``, ``The Associated Press``,
``By HNN Staff``) gives no person. :func:`read_byline` reports it as the
line's ``organization``, and as its ``provider`` when it is a wire agency.

When a rule is unsure it returns less: a missing author is better than a wrong
one.

>>> [(b.name, b.affiliation) for b in parse_bylines("By Kevin Johnson and Kevin McCoy, USA TODAY")]
[('Kevin Johnson', 'USA TODAY'), ('Kevin McCoy', 'USA TODAY')]
>>> parse_bylines("By Reuters")
()
>>> read_byline("By The Associated Press").provider
'Associated Press'
"""

from __future__ import annotations

import re

import attrs

from newsdoc.analysis._lexicon import (
    AGENCY_NAMES,
    BYLINE_PREFIXES,
    BYLINE_UI_WORDS,
    DESK_WORDS,
    JOB_TITLE_WORDS,
    MONTHS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    OUTLET_WORDS,
)
from newsdoc.model import Byline, normalize_text

__all__ = ["BylineLine", "agency_name", "looks_like_name", "parse_bylines", "read_byline"]

# The joiner between the last two names of a list ("A, B and C").
_LIST_JOINER = re.compile(r" and | & ")

# A byline line is short; anything longer is a sentence.
_MAX_LENGTH = 200
# An outlet named after a bare line of names is a few words ("Associated
# Press", "Special to the Pioneer Press"); a longer phrase is a caption's.
_MAX_BARE_AFFILIATION = 5

_PREFIX = re.compile(
    r"(?:" + "|".join(re.escape(p) for p in BYLINE_PREFIXES) + r")(?:[ :]+|$)",
    re.IGNORECASE,
)
# " — November 18, 2019", " | Updated 5:52 AM": a date after the names.
_TRAILER = re.compile(r" (?:--|[-–—|•·/]) ")
_FILED_FROM = re.compile(r" in [A-Z][\w.'’\-]{0,30}(?: [A-Z][\w.'’\-]{0,30}){0,2}$")
# "Jane Doe Published 7:07 PM", "Moritz Bachmann publiziert am 25. September".
_DATED_TAIL = re.compile(
    r" (?:(?:published|updated|posted|publiziert|aktualisiert|publié|mis à jour)\b.{0,80}"
    r"|\d{1,3} (?:min|mins|minutes|hrs?|hours?|days?|weeks?)(?: ago| read)?)$",
    re.IGNORECASE,
)
# "Sophie FosterTravel News Reporter", "Sarah LazareTwitter": a job title or
# a button copied without a space after the surname.
_GLUED_WORD = re.compile(r"(?<= )([A-Z][a-zà-ÿ]{3,})([A-Z][a-zà-ÿ]+)(?= |$)")
_NAME_SPLIT = re.compile(r", |; | and | & | und | et | y | e ", re.IGNORECASE)
_NAME_WORD = re.compile(r"[^\W\d_][\w.'’\-]{0,30}")
_NAME_PARTICLE_PREFIXES = ("al-", "el-", "as-", "ad-", "ar-", "an-", "az-", "at-")
_NAME_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_ORG_OPENERS = ("special to the ", "special to ", "for the ", "for ", "the ")
_DOMAIN = re.compile(r"[\w\-]{1,60}\.(?:com|org|net|co\.uk|co|news|in|ca|au|de|fr)")


@attrs.frozen(kw_only=True)
class BylineLine:
    """What one printed byline line says.

    Attributes:
        bylines: The people it names, in printed order.
        organization: The agency, outlet or desk credited instead of a person
            (``"HNN Staff"``, ``"Reuters"``), or ``None``.
        provider: The wire agency credited as author, in its usual printed
            form (``"Associated Press"`` for ``By The Associated Press``), or
            ``None``.
    """

    bylines: tuple[Byline, ...] = ()
    organization: str | None = None
    provider: str | None = None


def agency_name(text: str) -> str | None:
    """Return the usual printed name of the wire agency *text* names, if any.

    Args:
        text: A name as printed (``"REUTERS"``, ``"The Associated Press"``).

    Returns:
        The agency's usual printed name, or ``None`` when *text* is not one.

    >>> agency_name("The Associated Press")
    'Associated Press'
    >>> agency_name("Euronews") is None
    True
    """
    key = normalize_text(text).lower().strip(" .")
    if key.startswith("the "):
        key = key[4:]
    return AGENCY_NAMES.get(key)


def _is_name_word(word: str) -> bool:
    if word.lower() in NAME_PARTICLES:
        return True
    if word.lower() in _NAME_SUFFIXES:
        return True
    if _NAME_WORD.fullmatch(word) is None:
        return False
    if word.endswith(".") and len(word) > 3:
        return False  # "Austria." ends a sentence; "J." and "St." are name parts
    first = word[:1]
    if first.isupper():
        return True
    # Scripts without case (Arabic, Hebrew, CJK) have no capitals to look for;
    # "al-Halabi" and "d’Alembert" open with a lower-case particle.
    if not first.islower():
        return True
    if word.startswith(_NAME_PARTICLE_PREFIXES):
        return word[3:4].isupper()
    return word[:2] in {"d’", "d'"} and word[2:3].isupper()


def looks_like_name(text: str) -> bool:
    """Say whether *text* reads as a person's name.

    Two to five capitalised words (particles such as "van" or "al" and
    suffixes such as "Jr." allowed), no digits and none of the words that
    page furniture uses ("Most Popular", "Read More").

    Args:
        text: A candidate name.

    Returns:
        True when *text* looks like a person's name.

    >>> looks_like_name("Mary Clare Jalonick"), looks_like_name("Most Popular")
    (True, False)
    """
    words = text.split()
    if not 2 <= len(words) <= 5:
        return False
    if not _is_name_word(words[0]) or words[0] in NAME_PARTICLES:
        return False
    if words[-1] in NAME_PARTICLES:
        return False
    for word in words:
        if not _is_name_word(word):
            return False
        if word.lower().strip(".") in NOT_NAME_WORDS or word.lower() in DESK_WORDS:
            return False
        if word.lower() in OUTLET_WORDS:
            return False
        # "AP", "Reuters", "TASS"; but "Ani" is also a given name.
        if word.lower() in AGENCY_NAMES and (word.isupper() or len(word) > 4):
            return False
    return True


def _is_caps(text: str) -> bool:
    if text.isascii():
        return text.isupper()  # the same test, in C: every ASCII letter is cased
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _strip_org(text: str) -> str:
    """``Special to the Pioneer Press`` -> ``Pioneer Press``.

    A bare "The" stays ("The Washington Post" is the paper's name) unless
    what follows is a wire agency, whose name is printed without it.
    """
    lowered = text.lower()
    for opener in _ORG_OPENERS:
        if lowered.startswith(opener) and len(text) > len(opener):
            rest = text[len(opener) :]
            if opener == "the " and agency_name(rest) is None:
                return text
            return rest
    return text


def _looks_like_org(text: str, *, names_are_caps: bool) -> bool:
    words = text.split()
    if not words:
        return False
    if agency_name(text) is not None or _DOMAIN.search(text) is not None:
        return True
    if text[:1].islower():
        return True
    if any(w.lower() in OUTLET_WORDS or w.lower() in JOB_TITLE_WORDS for w in words):
        return True
    if any(agency_name(w) is not None for w in words):
        return True
    if len(words) == 1:
        return True
    return _is_caps(text) and not names_are_caps


def _split_affiliation(text: str) -> tuple[str | None, str | None]:
    """Split ``AP National Political Writer`` into (``AP``, the title)."""
    text = _strip_org(text.strip())
    words = text.split()
    if not words:
        return None, None
    if words[-1].lower().strip(".,") in JOB_TITLE_WORDS:
        # The longest opening run that names an agency or is in capitals.
        for cut in range(len(words) - 1, 0, -1):
            head = " ".join(words[:cut])
            if agency_name(head) is not None or all(_is_caps(w) for w in words[:cut]):
                return head, " ".join(words[cut:])
        return None, text
    return text, None


def _split_caps_tail(name: str, names_are_caps: bool) -> tuple[str, str | None]:
    """``Kevin McCoy USA TODAY`` -> (``Kevin McCoy``, ``USA TODAY``)."""
    if names_are_caps:
        return name, None
    words = name.split()
    cut = len(words)
    while cut > 0 and _is_caps(words[cut - 1]) and len(words[cut - 1]) > 1:
        cut -= 1
    if 2 <= cut < len(words):
        return " ".join(words[:cut]), " ".join(words[cut:])
    for size in (3, 2, 1):
        if len(words) - size >= 2 and agency_name(" ".join(words[-size:])) is not None:
            return " ".join(words[:-size]), " ".join(words[-size:])
    return name, None


def _split_title(text: str) -> tuple[str, str | None]:
    """``Thabo Mokone Parliamentary editor`` -> (``Thabo Mokone``, the title)."""
    words = text.split()
    if len(words) < 3 or words[-1].lower().strip(".,") not in JOB_TITLE_WORDS:
        return text, None
    for cut in (2, 3):
        name = " ".join(words[:cut])
        if cut < len(words) and looks_like_name(name):
            return name, " ".join(words[cut:])
    return text, None


def _unglue(text: str) -> str:
    """``Jane DoeNews Reporter`` -> ``Jane Doe News Reporter``.

    Only a glued tail that ends in a job title or is a button is split off:
    "McDonald" and "DeSantis" are names.
    """
    match = _GLUED_WORD.search(text)
    if match is None:
        return text
    tail = text[match.start(2) :]
    last = tail.rpartition(" ")[2].lower().strip(".,")
    if last in JOB_TITLE_WORDS or (" " not in tail and last in BYLINE_UI_WORDS):
        return f"{text[: match.start(2)]} {tail}"
    return text


def _drop_trailer(text: str) -> str:
    head, _space, last = text.rpartition(" ")
    while head and last.lower() in BYLINE_UI_WORDS:
        # "Jane Doe Follow", "Jane Doe Twitter": buttons printed after the name.
        text = head
        head, _space, last = text.rpartition(" ")
    dated = _DATED_TAIL.search(text)
    if dated is not None and any(c.isdigit() for c in dated.group()):
        text = text[: dated.start()]
    match = _TRAILER.search(text)
    if match is None:
        return text
    tail = text[match.end() :]
    if "|" in match.group() and not any(c.isdigit() for c in tail):
        return text  # "Name | Outlet": an affiliation, kept for later
    if any(c.isdigit() for c in tail) or any(w.lower().strip(".,") in MONTHS for w in tail.split()):
        return text[: match.start()]
    return text


def read_byline(text: str, *, require_prefix: bool = True) -> BylineLine | None:
    """Read one printed byline line.

    Args:
        text: The line as printed (``"By Meg Kinnard and Errin Haines,
            Associated Press"``).
        require_prefix: When true (the default) a line without a byline
            prefix ("By", "Analysis by", "Von", "Par" ...) is not a byline;
            when false, a bare line of names (``"JANIE HAR"``) is accepted
            too, but only if every name reads as a person's name.

    Returns:
        A :class:`BylineLine`, or ``None`` when *text* is not a byline line.

    >>> read_byline("By HNN Staff")
    BylineLine(bylines=(), organization='HNN Staff', provider=None)
    >>> read_byline("Byrne wins the race") is None
    True
    >>> [b.name for b in read_byline("Meg Kinnard and Errin Haines", require_prefix=False).bylines]
    ['Meg Kinnard', 'Errin Haines']
    """
    if len(text) > 4 * _MAX_LENGTH:
        return None
    text = normalize_text(text)
    if not text or len(text) > _MAX_LENGTH:
        return None
    prefix = _PREFIX.match(text)
    if prefix is not None:
        rest = text[prefix.end() :].strip()
    elif require_prefix:
        return None
    else:
        rest = text
    rest = _drop_trailer(_unglue(rest)).strip(" ,;.")
    # "Associated Press in Valencia", "Jane Doe in Kyiv": where it was filed.
    rest = _FILED_FROM.sub("", rest)
    if not rest:
        return None
    affiliation: str | None = None
    title: str | None = None
    if "|" in rest:
        rest, _, after = rest.partition("|")
        rest = rest.strip(" ,")
        affiliation, title = _split_affiliation(after.split("|")[0])
    # An agency or desk credited as author.
    provider = agency_name(rest)
    words = rest.split()
    person, job = _split_title(rest)
    if provider is not None or (
        prefix is not None
        and (
            len(words) == 1
            or any(w.lower() in DESK_WORDS for w in words)
            # "By Harbour Times": the paper itself.
            or words[-1].lower() in OUTLET_WORDS
        )
        and "," not in rest
        and not _NAME_SPLIT.search(rest)
        and not (job is not None and looks_like_name(person))
    ):
        if prefix is None and provider is None:
            return None
        if provider is None:
            # "Reuters Staff", "AFP staff writer": the agency's own desk.
            provider = next(
                (agency_name(w) for w in words if w[:1].isupper() and agency_name(w) is not None),
                None,
            )
        return BylineLine(organization=_strip_org(rest), provider=provider)
    parts = [p.strip() for p in rest.split(",")]
    names_are_caps = _is_caps(parts[0])
    if len(parts) >= 2 and affiliation is None:
        last = parts[-1]
        earlier_list = any(_LIST_JOINER.search(p) for p in parts[:-1])
        if _looks_like_org(last, names_are_caps=names_are_caps) or (
            earlier_list and not _LIST_JOINER.search(last)
        ):
            affiliation, title = _split_affiliation(last)
            parts = parts[:-1]
    if (
        prefix is None
        and affiliation is not None
        and len(affiliation.split()) > _MAX_BARE_AFFILIATION
    ):
        return None  # "Jane Doe, at the opening of the bridge": a caption, not a byline
    names: list[str] = []
    for part in parts:
        # "Jane Doe in Kyiv and John Roe in Moscow": where each filed from.
        names.extend(_FILED_FROM.sub("", n.strip()) for n in _NAME_SPLIT.split(part))
    bylines: list[Byline] = []
    co_author: str | None = None
    for raw_name in names:
        if not raw_name:
            continue
        name, tail = _split_caps_tail(raw_name, names_are_caps)
        own_title = title
        # A job title after the name ("Sina Beck Political Correspondent"):
        # capitalised as it is in German and in headline style, it would
        # otherwise read as part of the name.
        split_name, split_title = _split_title(name)
        if split_title is not None:
            name, own_title = split_name, split_title
        if not looks_like_name(name):
            if co_author is None and agency_name(name) is not None:
                # "By Jane Doe and Reuters": the agency wrote it too.
                co_author = agency_name(name)
                continue
            if prefix is None:
                return None
            continue
        own_affiliation = affiliation
        if tail is not None and own_affiliation is None:
            own_affiliation = tail
            for earlier in range(len(bylines)):
                if bylines[earlier].affiliation is None:
                    bylines[earlier] = attrs.evolve(bylines[earlier], affiliation=tail)
        bylines.append(Byline(name=name, affiliation=own_affiliation, title=own_title))
    if not bylines:
        return None if prefix is None else BylineLine(provider=co_author)
    return BylineLine(bylines=tuple(bylines), provider=co_author)


def parse_bylines(text: str) -> tuple[Byline, ...]:
    """Return the people a byline names, in printed order.

    The prefix is optional here: ``"Meg Kinnard, Associated Press"`` from an
    HTML author tag reads as well as ``"By Meg Kinnard, Associated Press"``.

    Args:
        text: A byline as printed, or an author string from metadata.

    Returns:
        The :class:`~newsdoc.model.Byline` values; empty for an agency or desk
        byline, or when *text* does not read as one.

    >>> parse_bylines("Analysis by Chris Cillizza, CNN Editor-at-large")
    (Byline(name='Chris Cillizza', affiliation='CNN', title='Editor-at-large', role=None),)
    >>> parse_bylines("by Jeff Foust — November 18, 2019")[0].name
    'Jeff Foust'
    """
    line = read_byline(text)
    if line is None:
        line = read_byline(text, require_prefix=False)
    return () if line is None else line.bylines
