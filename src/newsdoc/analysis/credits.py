"""Credit lines and photo credits.

Wire stories end with credit lines: ``(Reporting by A and B; Additional
reporting by C; Writing by D; Editing by E)``, with or without parentheses,
``Contributing: X``, ``Associated Press writers A and B contributed to this
report.``; a photo caption ends with its credit: ``REUTERS/Name/File Photo``,
``(AP Photo/Name)``, ``Copyright Name(Agency)``, ``Name / Reuters file``,
``Photo: Name, AP``, ``Credit: Getty``. Each role gives one
:class:`~newsdoc.model.Credit`, all with the same ``raw`` line.

>>> [(c.role.value, c.names) for c in parse_credits("(Reporting by Ann Lee; Editing by Bo Ray)")]
[('reporting', ('Ann Lee',)), ('editing', ('Bo Ray',))]
>>> caption, credit = split_caption("A man waves. REUTERS/Jane Doe")
>>> caption, credit.names, credit.organization, credit.raw
('A man waves.', ('Jane Doe',), 'Reuters', 'REUTERS/Jane Doe')
"""

from __future__ import annotations

import re

from newsdoc.analysis._lexicon import CREDIT_ROLES, PHOTO_AGENCIES
from newsdoc.analysis.bylines import agency_name, looks_like_name
from newsdoc.model import Credit, CreditRole, normalize_text

__all__ = ["parse_credit", "parse_credits", "parse_photo_credit", "split_caption"]

# "Reporting by A and B, Writing by C": role words joined by "and" or commas.
_ROLE_JOINER = re.compile(r" and |, ")
# Names in a photo credit, separated by commas or slashes.
_NAME_SEPARATOR = re.compile(r"\s*[,/]\s*")
# The label before a photographer's name ("AP Photo/", "Photo by ").
_PHOTO_LABEL = re.compile(r"^(?:[A-Z]{2,10} )?Photos?\s*(?:by\s*)?/?\s*|^Photo(?:graph)? by ")
_AGENCY_PHOTO = re.compile(r"([A-Z]{2,10}) Photos?\b")

# Credit lines are short; a longer block is story text.
_MAX_LENGTH = 400
# Only the end of a caption can hold its credit.
_TAIL = 240

_ROLE_SEGMENT = re.compile(
    r"(?P<role>[^\W\d_][\w\- ]{1,40}?) by (?P<names>\S.{0,300})", re.IGNORECASE
)
_SEGMENT_SPLIT = re.compile(
    r";\s*|,\s*(?=(?:with )?(?:additional |further |extra )?"
    r"[a-z\-]{3,20}(?: and [a-z\-]{3,20})? by )",
    re.IGNORECASE,
)
_CONTRIBUTING = re.compile(
    r"(?:contributing|contributors|contributed by)\s*:?\s+(?P<names>\S.{0,300})", re.IGNORECASE
)
_CONTRIBUTED = re.compile(
    r"(?P<head>\S.{0,300}?) contributed(?: reporting| research)?"
    r"(?: to this (?:report|story|article|guide|piece|post|coverage))?"
    r"(?: from [A-Z][\w.,'’\- ]{1,60}?)?\.?",
    re.IGNORECASE,
)
# "Fox News’ Jane Doe contributed": an outlet in the possessive.
_POSSESSIVE = re.compile(r"(?P<org>[A-Z][\w.&\- ]{1,40}?)(?:’s|'s|’|') (?=[A-Z])")
_WRITERS = re.compile(
    r"(?P<org>\S.{0,60}? )?(?:staff |news )?(?:writers?|reporters?|correspondents?|journalists?) ",
    re.IGNORECASE,
)
_NAMES_SPLIT = re.compile(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*")
_IN_PLACE = re.compile(r" in [A-Z][\w.'’\- ]{1,40}$")
_LABEL_CREDIT = re.compile(
    r"(?:main |lead |top |header |cover )?(?:image|photo|picture|photograph|photos|pictures|"
    r"video|graphic|graphics|illustration)?\s*(?:credit|credits|courtesy)?\s*:\s*(?P<who>\S.{0,100})",
    re.IGNORECASE,
)
_LABEL_ROLE = (
    ("video", CreditRole.VIDEO),
    ("graphic", CreditRole.GRAPHICS),
    ("illustration", CreditRole.GRAPHICS),
)

# Photo credits at the end of a caption, tried from the end of the text.
_PAREN_CREDIT = re.compile(r"\((?P<inner>[^()]{2,100})\)\s*$")
_COPYRIGHT_CREDIT = re.compile(
    r"(?:Copyright|©)\s*(?P<name>[^()©\s][^()©]{1,60}?)\s*\((?P<org>[^()]{2,30})\)\s*$"
)
_SLASH_CREDIT = re.compile(
    r"(?<![\w/])(?P<org>[A-Z][A-Za-z&\-]{1,20}(?: [A-Za-z][A-Za-z&\-]{1,20})?)"
    r" ?/ ?(?P<name>[A-Z][^/()]{1,60}?)"
    r"(?:/(?P<extra>[A-Za-z][A-Za-z ]{1,20}))?\s*$"
)
_SINGLE_NAME = re.compile(r"[A-Z][\w'’\-]{2,30}")
_NAME_SLASH_ORG = re.compile(
    r"(?<![\w/])(?P<name>[A-Z](?:\.|[\w'’\-]{1,20})(?: [A-Z](?:\.|[\w'’\-]{1,20})){1,3}) ?/ ?"
    r"(?:(?P<outlet>[A-Z][\w.&\- ]{1,30}?) ?/ ?)?"
    r"(?P<org>[A-Z][\w.&\- ]{1,30}?)(?: (?:file|File|FILE))?\s*$"
)
_LABEL_TAIL = re.compile(
    r"(?<!\w)(?:(?:Photo|Image|Picture)\s+)?"
    r"(?:Credit|Photo|Photograph|Image|Picture|Courtesy|Foto|Bild|Fotó|Kuva|Isithombe|Фото)s?\s*:\s*"
    r"(?P<who>[^:.]{2,80}?)\s*$"
)
_PAREN_LABEL = re.compile(
    r"(?:image|photo|photograph|picture|credit|foto|bild)s?(?: credit)?\s*:\s*©?\s*", re.IGNORECASE
)
_TRAILING_ORG = re.compile(r"\s*\((?P<org>[^()]{2,40})\)$")
_SEPARATOR_TAIL = re.compile(r"\s*(?:-|–|—|\|)\s*$")


def _split_names(text: str) -> list[str]:
    names = []
    for raw in _NAMES_SPLIT.split(text.strip(" .;")):
        name = _IN_PLACE.sub("", raw.strip(" .;"))
        if name:
            names.append(name)
    return names


def _role(text: str) -> CreditRole | None:
    value = CREDIT_ROLES.get(text.strip().lower())
    return None if value is None else CreditRole(value)


def _role_credits(body: str, raw: str) -> tuple[Credit, ...]:
    credits: list[Credit] = []
    for piece in _SEGMENT_SPLIT.split(body):
        segment = piece.strip(" .")
        if not segment:
            continue
        match = _ROLE_SEGMENT.fullmatch(segment)
        if match is None:
            return ()
        role_words = match.group("role")
        roles = [_role(r) for r in _ROLE_JOINER.split(role_words)]
        if any(r is None for r in roles):
            return ()
        organization, names_text = _names_and_org(match.group("names"))
        names = _split_names(names_text)
        if not names or not all(looks_like_name(n) for n in names):
            return ()
        credits.extend(
            Credit(role=role, names=tuple(names), organization=organization, raw=raw)
            for role in roles
            if role is not None
        )
    return tuple(credits)


def _names_and_org(text: str) -> tuple[str | None, str]:
    """``Associated Press writers A and B`` -> (``Associated Press``, ``A and B``)."""
    writers = _WRITERS.match(text)
    if writers is not None:
        return (writers.group("org") or "").strip() or None, text[writers.end() :]
    possessive = _POSSESSIVE.match(text)
    if possessive is not None:
        return possessive.group("org"), text[possessive.end() :]
    return None, text


def _contributed(text: str, raw: str) -> tuple[Credit, ...]:
    match = _CONTRIBUTING.fullmatch(text)
    organization: str | None = None
    if match is not None:
        names_text = match.group("names")
    else:
        match = _CONTRIBUTED.fullmatch(text)
        if match is None:
            return ()
        names_text = match.group("head")
        organization, names_text = _names_and_org(names_text)
    names = _split_names(names_text)
    if not names or not all(looks_like_name(n) for n in names):
        return ()
    return (
        Credit(
            role=CreditRole.ADDITIONAL_REPORTING,
            names=tuple(names),
            organization=organization,
            raw=raw,
        ),
    )


def _who(text: str, role: CreditRole, raw: str) -> Credit | None:
    """``Meg Kinnard, AP`` / ``Getty`` / ``Jane Doe/Getty Images`` -> a credit."""
    names: list[str] = []
    organization: str | None = None
    text = text.strip(" .")
    before, via, after = text.partition(" via ")
    if via:
        organization = agency_name(after) or after.strip()
        text = before
    paren = _TRAILING_ORG.search(text)
    if paren is not None and organization is None:
        # "Urs Meier (Keystone)": the photographer, then the agency.
        organization = agency_name(paren.group("org")) or paren.group("org")
        text = text[: paren.start()]
    for part in _NAME_SEPARATOR.split(text):
        if not part:
            continue
        if looks_like_name(part) and agency_name(part) is None:
            names.append(part)
        elif organization is None:
            organization = agency_name(part) or part
        # A further organisation (an agency behind the photographer's outlet)
        # adds nothing the first does not say.
    if not names and organization is None:
        return None
    if organization is not None and len(organization.split()) > 5:
        return None
    return Credit(role=role, names=tuple(names), organization=organization, raw=raw)


def parse_credits(text: str) -> tuple[Credit, ...]:
    """Read a credit line: one :class:`~newsdoc.model.Credit` per role.

    Args:
        text: A line as printed (``"(Reporting by A; Editing by B)"``,
            ``"Contributing: C"``, ``"Main image credit: Getty"``).

    Returns:
        The credits, each with the whole line as ``raw``; empty when *text*
        is not a credit line.

    >>> parse_credits("Contributing: Kristine Phillips")[0].role.value
    'additional reporting'
    >>> parse_credits("Main image credit: Getty")[0].organization
    'Getty'
    >>> parse_credits("He said it was by far the best.")
    ()
    """
    if len(text) > 4 * _MAX_LENGTH:
        return ()  # too long to be a credit line, whatever normalising would remove
    return _credits_of_line(normalize_text(text))


def _credits_of_line(raw: str) -> tuple[Credit, ...]:
    """:func:`parse_credits` for a line already normalised (``normalize_text``)."""
    if not raw or len(raw) > _MAX_LENGTH:
        return ()
    body = raw.lstrip("—–- ")
    if body.startswith("(") and body.endswith(")"):
        body = body[1:-1].strip()
    # Each reading needs a word or mark most prose lacks: test for it first.
    lowered = body.lower()
    credits = _role_credits(body, raw) if " by " in lowered else ()
    if credits:
        return credits
    credits = _contributed(body, raw) if "contribut" in lowered else ()
    if credits:
        return credits
    label = _LABEL_CREDIT.fullmatch(body) if ":" in body else None
    if label is not None and label.start("who") > 0:
        label_words = body[: label.start("who")].lower()
        if any(
            w in label_words
            for w in (
                "credit",
                "photo",
                "image",
                "picture",
                "courtesy",
                "video",
                "graphic",
                "illustration",
            )
        ):
            role = CreditRole.PHOTO
            for word, value in _LABEL_ROLE:
                if word in label_words:
                    role = value
            credit = _who(label.group("who"), role, raw)
            if credit is not None:
                return (credit,)
    return ()


def parse_credit(text: str) -> Credit | None:
    """Return the first credit of a credit line, or ``None``.

    Args:
        text: A line as printed.

    Returns:
        The first :class:`~newsdoc.model.Credit` :func:`parse_credits` finds.

    >>> parse_credit("(Editing by Jon Boyle)").names
    ('Jon Boyle',)
    """
    credits = parse_credits(text)
    return credits[0] if credits else None


def _photo_agency(text: str) -> str | None:
    """The agency or picture library *text* names, as usually printed."""
    agency = agency_name(text)
    if agency is not None:
        return agency
    if text.lower() in PHOTO_AGENCIES:
        return text
    # "PA Images via Getty Images": the library that distributes it.
    _before, via, after = text.rpartition(" via ")
    return _photo_agency(after) if via and after else None


def _is_photographer(name: str) -> bool:
    # Photo credits often give a single name or a handle ("Juanmonino").
    return looks_like_name(name) or (
        _SINGLE_NAME.fullmatch(name) is not None and name.lower() not in PHOTO_AGENCIES
    )


def _tail_credit(text: str) -> tuple[int, list[str], str | None] | None:
    """Find one photo credit at the end of *text*: (start, names, organization)."""
    # Cheap tests first: most text ends with no credit at all.
    has_slash = "/" in text
    match = _PAREN_CREDIT.search(text) if text.endswith(")") else None
    if match is not None:
        inner = match.group("inner").strip()
        lowered = inner.lower()
        agency = agency_name(inner) or (inner if lowered in PHOTO_AGENCIES else None)
        if agency is not None and text[: match.start()].rstrip().endswith("."):
            # "A ship leaves port, Aug. 31, 2019. (AP)": the agency alone after
            # a caption's last sentence. On a line of its own it is a sign-off.
            return match.start(), [], agency
        label = _PAREN_LABEL.match(inner)
        if label is not None:
            # "(Image: © NASA)", "(Foto: Jane Doe)": a labelled credit.
            inner = inner[label.end() :]
        if (
            label is not None
            or "/" in inner
            or lowered.startswith(("photo", "ap photo"))
            or "getty" in lowered
        ):
            who = _PHOTO_LABEL.sub("", inner)
            org_prefix = _AGENCY_PHOTO.match(inner)
            credit = _who(who, CreditRole.PHOTO, inner)
            if credit is not None:
                organization = credit.organization
                if org_prefix is not None:
                    organization = agency_name(org_prefix.group(1)) or org_prefix.group(1)
                names = [n for n in credit.names if n.lower() not in {"file", "pool", "handout"}]
                return match.start(), names, organization
    match = _COPYRIGHT_CREDIT.search(text) if ("Copyright" in text or "©" in text) else None
    if match is not None and looks_like_name(match.group("name").strip()):
        org = match.group("org").strip()
        return match.start(), [match.group("name").strip()], agency_name(org) or org
    match = _SLASH_CREDIT.search(text) if has_slash else None
    if match is not None:
        org = match.group("org")
        name = match.group("name").strip()
        known = _photo_agency(org) or (org if org.isupper() and " " not in org else None)
        if known is not None and _is_photographer(name):
            return match.start(), [name], known
    match = _LABEL_TAIL.search(text) if ":" in text else None
    if match is not None:
        credit = _who(match.group("who"), CreditRole.PHOTO, match.group())
        if credit is not None:
            return match.start(), list(credit.names), credit.organization
    match = _NAME_SLASH_ORG.search(text) if has_slash else None
    if match is not None:
        org = match.group("org").strip()
        known = _photo_agency(org)
        if known is not None and looks_like_name(match.group("name")):
            return match.start(), [match.group("name")], known
    return None


def split_caption(text: str) -> tuple[str | None, Credit | None]:
    """Split a photo caption into its text and the photo credit at its end.

    Several credits printed one after the other (``REUTERS/Name/File Photo -
    Copyright Name(Reuters)``) give one credit whose ``raw`` is all of them.

    Args:
        text: A caption line as printed.

    Returns:
        ``(caption, credit)``: the caption without its credit (``None`` when
        the line is only a credit) and the :class:`~newsdoc.model.Credit`
        (``None`` when the line ends with no photo credit, and then the
        caption is *text* unchanged).

    >>> split_caption("Smoke rises over the city. (AP Photo/Jane Doe)")[1].organization
    'AP'
    >>> split_caption("The house. Leonhard Foeger / Reuters file")[1].names
    ('Leonhard Foeger',)
    """
    return _split_caption_line(normalize_text(text))


def _split_caption_line(text: str) -> tuple[str | None, Credit | None]:
    """:func:`split_caption` for a line already normalised (``normalize_text``)."""
    if not text:
        return None, None
    cut = len(text)
    names: list[str] = []
    organization: str | None = None
    for _ in range(3):
        head = text[:cut]
        window_start = max(0, len(head) - _TAIL)
        found = _tail_credit(head[window_start:])
        if found is None:
            break
        start, new_names, new_org = found
        cut = window_start + start
        names = [n for n in new_names if n not in names] + names
        organization = new_org or organization
        separator = _SEPARATOR_TAIL.search(text[:cut])
        if separator is not None:
            cut = separator.start()
    if cut == len(text) or (not names and organization is None):
        return text, None
    # A credit is a name and an agency: the no-break spaces some pages pad
    # it with are layout, not typography.
    raw = " ".join(text[cut:].split()).strip(" -–—|")
    caption = text[:cut].strip() or None
    credit = Credit(role=CreditRole.PHOTO, names=tuple(names), organization=organization, raw=raw)
    return caption, credit


def parse_photo_credit(text: str) -> Credit | None:
    """Read a line that is only a photo credit (``"REUTERS/Jane Doe"``).

    Args:
        text: The credit as printed.

    Returns:
        The photo :class:`~newsdoc.model.Credit`, or ``None``.

    >>> parse_photo_credit("(AP Photo/Jeffrey T. Barnes)").names
    ('Jeffrey T. Barnes',)
    """
    caption, credit = split_caption(text)
    return credit if caption is None else None
