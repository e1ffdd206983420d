"""The article model: frozen, slotted, keyword-only attrs classes.

A value that exists is a valid one. Field converters normalise text once
(Unicode NFC; runs of ASCII whitespace ``[ \\t\\r\\n\\f]`` collapsed to one space
and stripped; ``""`` becomes ``None``), so no parser can forget to; validators
then reject only what normalising cannot fix, such as an empty name or a quote
whose span does not point at its own text. No-break spaces are kept (French and
German typography need them) and a ``preformatted`` block keeps its whitespace.

Collections are tuples, so every value is hashable and ``==`` compares
content. Use :func:`attrs.evolve` to derive a changed copy.

>>> from newsdoc import Article, Block, Quote
>>> body = (Block(text="“We will  rebuild,” the mayor said."),)
>>> article = Article(
...     headline="  Town   vows to rebuild ",
...     body=body,
...     quotes=(Quote(text="We will rebuild,", paragraph=0, start=1, end=17),),
... )
>>> article.headline
'Town vows to rebuild'
>>> article.body[0].text
'“We will rebuild,” the mayor said.'
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, TypeAlias, TypeVar

import attrs

__all__ = [
    "Article",
    "Block",
    "BlockKind",
    "Byline",
    "Credit",
    "CreditRole",
    "Dateline",
    "Link",
    "Media",
    "MediaKind",
    "Party",
    "Quote",
    "QuoteKind",
    "Subject",
    "When",
    "normalize_text",
]

#: A publication time: a ``datetime`` when the source gives a time (aware only
#: when it gives a zone or offset), a ``date`` when it gives only the day.
When: TypeAlias = dt.datetime | dt.date

_T = TypeVar("_T")

# ASCII whitespace only: U+00A0 and the other Unicode spaces are typography.
_ASCII_WS_RUN = re.compile(r"[ \t\r\n\f]+")


class BlockKind(enum.StrEnum):
    """What a body block is."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    BLOCKQUOTE = "blockquote"
    LIST_ITEM = "list item"
    PREFORMATTED = "preformatted"
    TABLE = "table"


class QuoteKind(enum.StrEnum):
    """How a quotation sits in the text.

    ``direct``: a quoted sentence or clause with its own attribution;
    ``partial``: quoted words built into the writer's own sentence;
    ``block``: a quotation set off as a block (``<blockquote>``, NITF ``bq``).
    """

    DIRECT = "direct"
    PARTIAL = "partial"
    BLOCK = "block"


class CreditRole(enum.StrEnum):
    """The part a credited person or organisation played."""

    REPORTING = "reporting"
    ADDITIONAL_REPORTING = "additional reporting"
    WRITING = "writing"
    EDITING = "editing"
    PHOTO = "photo"
    VIDEO = "video"
    GRAPHICS = "graphics"
    TRANSLATION = "translation"
    OTHER = "other"


class MediaKind(enum.StrEnum):
    """What a media item is."""

    PHOTO = "photo"
    VIDEO = "video"
    GRAPHIC = "graphic"


def normalize_text(value: str) -> str:
    """Return *value* in NFC with runs of ASCII whitespace collapsed and stripped.

    This is the normalisation every text field of the model applies; parsers
    never need to call it, but it is public so that callers can compare their
    own strings with model values.

    Args:
        value: Any string.

    Returns:
        The normalised string (possibly empty).

    Raises:
        TypeError: *value* is not a ``str``.

    >>> normalize_text("  Caf\\u0065\\u0301 \\n au\\u00a0lait ")
    'Café au\\xa0lait'
    """
    if not isinstance(value, str):
        raise TypeError(f"expected a str, got {type(value).__name__}")
    if not value.isascii() and not unicodedata.is_normalized("NFC", value):
        value = unicodedata.normalize("NFC", value)
    # Most text is already clean; these substring scans are much cheaper than
    # a substitution that rewrites every single space.
    if "  " in value or "\n" in value or "\t" in value or "\r" in value or "\f" in value:
        value = _ASCII_WS_RUN.sub(" ", value)
    return value.strip(" ")


def _nfc(value: str) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a str, got {type(value).__name__}")
    if value.isascii() or unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


def _optional_text(value: str | None) -> str | None:
    if value is None:
        return None
    return normalize_text(value) or None


def _text_tuple(values: Iterable[str]) -> tuple[str, ...]:
    if isinstance(values, str):
        raise TypeError("expected a sequence of str, got a single str")
    return tuple(normalize_text(v) for v in values)


def _keyword_tuple(values: Iterable[str]) -> tuple[str, ...]:
    # A blank keyword carries nothing; dropping it loses no data.
    return tuple(v for v in _text_tuple(values) if v)


def _tuple(values: Iterable[_T]) -> tuple[_T, ...]:
    if isinstance(values, str | bytes):
        raise TypeError("expected a sequence, got a single string")
    return tuple(values)


# One named converter per element type: mypy's attrs plugin reads a named
# function's signature, and a generic one would leave the type unbound.
def _bylines(values: Iterable[Byline]) -> tuple[Byline, ...]:
    return _tuple(values)


def _blocks(values: Iterable[Block]) -> tuple[Block, ...]:
    return _tuple(values)


def _quotes(values: Iterable[Quote]) -> tuple[Quote, ...]:
    return _tuple(values)


def _credits(values: Iterable[Credit]) -> tuple[Credit, ...]:
    return _tuple(values)


def _media(values: Iterable[Media]) -> tuple[Media, ...]:
    return _tuple(values)


def _subjects(values: Iterable[Subject]) -> tuple[Subject, ...]:
    return _tuple(values)


def _links(values: Iterable[Link]) -> tuple[Link, ...]:
    return _tuple(values)


def _parties(values: Iterable[Party]) -> tuple[Party, ...]:
    return _tuple(values)


def _non_empty(_inst: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value:
        raise ValueError(f"{attribute.name} must not be empty")


def _names_non_empty(
    _inst: object, attribute: attrs.Attribute[Any], value: tuple[str, ...]
) -> None:
    for i, name in enumerate(value):
        if not name:
            raise ValueError(f"{attribute.name}[{i}] must not be empty")


def _is_when(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, dt.date):
        raise TypeError(
            f"{attribute.name} must be a datetime, a date or None, got {type(value).__name__}"
        )


def _instances_of(
    cls: type[Any],
) -> Callable[[object, attrs.Attribute[Any], tuple[Any, ...]], None]:
    def check(_inst: object, attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        for i, item in enumerate(value):
            if not isinstance(item, cls):
                raise TypeError(
                    f"{attribute.name}[{i}] must be a {cls.__name__}, got {type(item).__name__}"
                )

    return check


def _block_text(value: str, self_: Any) -> str:
    # attrs passes the half-built Block; ``kind`` is already set.
    if self_.kind is BlockKind.PREFORMATTED:
        return _nfc(value)
    return normalize_text(value)


def _rows(value: Iterable[Iterable[str]]) -> tuple[tuple[str, ...], ...]:
    if value == ():
        return ()
    return tuple(_text_tuple(row) for row in _tuple(value))


@attrs.frozen(kw_only=True)
class Block:
    """One block of the story body, in reading order.

    Attributes:
        kind: What the block is; a paragraph unless said otherwise.
        text: The block's text as printed. A ``preformatted`` block keeps its
            whitespace; every other kind is normalised.
        rows: For a ``table`` block, its cells row by row (``text`` then holds
            the cells joined by spaces); empty for every other kind.
    """

    kind: BlockKind = attrs.field(default=BlockKind.PARAGRAPH, converter=BlockKind)
    text: str = attrs.field(
        converter=attrs.Converter(_block_text, takes_self=True),  # type: ignore[misc]
        validator=_non_empty,
    )
    rows: tuple[tuple[str, ...], ...] = attrs.field(default=(), converter=_rows)

    @rows.validator
    def _check_rows(self, _attribute: attrs.Attribute[Any], value: tuple[Any, ...]) -> None:
        if value and self.kind is not BlockKind.TABLE:
            raise ValueError(f"only a table block has rows, not a {self.kind.value!r} block")


@attrs.frozen(kw_only=True)
class Byline:
    """A person credited as author.

    An agency or desk credited as author ("By Reuters") is not a byline: it is
    the article's ``provider`` or ``publisher``.

    Attributes:
        name: The person's name as printed (all-caps names stay all-caps).
        affiliation: The agency or outlet printed with the name.
        title: The job title printed with the name ("Chief Political Correspondent").
        role: The role the source gives (for example a NewsML creator role).
    """

    name: str = attrs.field(converter=normalize_text, validator=_non_empty)
    affiliation: str | None = attrs.field(default=None, converter=_optional_text)
    title: str | None = attrs.field(default=None, converter=_optional_text)
    role: str | None = attrs.field(default=None, converter=_optional_text)


@attrs.frozen(kw_only=True)
class Dateline:
    """The dateline printed at the start of the story.

    Attributes:
        raw: The dateline as printed, with its closing dash or colon
            (``"AMMAN (Reuters) –"``).
        location: The place as printed (``"AMMAN"``).
        region: The state, country or region after the place (``"Wis."``).
        agency: The credit in parentheses (``"Reuters"``).
        date: The date as printed (``"Nov 22"``); a string, since the year is
            rarely printed.
    """

    raw: str = attrs.field(converter=normalize_text, validator=_non_empty)
    location: str | None = attrs.field(default=None, converter=_optional_text)
    region: str | None = attrs.field(default=None, converter=_optional_text)
    agency: str | None = attrs.field(default=None, converter=_optional_text)
    date: str | None = attrs.field(default=None, converter=_optional_text)


@attrs.frozen(kw_only=True)
class Quote:
    """A stretch of someone's words set in quotation marks.

    ``article.body[quote.paragraph].text[quote.start:quote.end] == quote.text``
    always holds for the quotes of an :class:`Article`.

    Attributes:
        text: The words inside the marks, exactly as they stand in the body.
        speaker: Whose words they are, or ``None`` when the text does not say.
        verb: The attribution verb as printed (``"said"``, ``"told"``,
            ``"according to"``), or ``None``.
        kind: Direct, partial or block.
        paragraph: Index of the block in ``Article.body`` that holds the quote.
        start: Offset of the first character of ``text`` in that block.
        end: Offset just past the last character of ``text``.
    """

    text: str = attrs.field(converter=_nfc, validator=_non_empty)
    speaker: str | None = attrs.field(default=None, converter=_optional_text)
    verb: str | None = attrs.field(default=None, converter=_optional_text)
    kind: QuoteKind = attrs.field(default=QuoteKind.DIRECT, converter=QuoteKind)
    paragraph: int
    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        for name in ("paragraph", "start", "end"):
            value = getattr(self, name)
            if type(value) is not int:
                raise TypeError(f"{name} must be an int, got {type(value).__name__}")
        if self.paragraph < 0:
            raise ValueError(f"paragraph must be >= 0, got {self.paragraph}")
        if self.start < 0:
            raise ValueError(f"start must be >= 0, got {self.start}")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"span {self.start}:{self.end} is {self.end - self.start} characters long "
                f"but the quote text has {len(self.text)}"
            )


@attrs.frozen(kw_only=True)
class Credit:
    """A credit line, one role at a time.

    ``(Reporting by A and B; Editing by C)`` gives two credits with the same
    ``raw``. A photo credit is listed here and also hangs off its :class:`Media`.

    Attributes:
        role: What the credited people did.
        names: The people, as printed.
        organization: The organisation credited beside or instead of people
            (``"Reuters"`` in ``REUTERS/Brendan McDermid``).
        raw: The whole printed line the credit came from.
    """

    role: CreditRole = attrs.field(converter=CreditRole)
    names: tuple[str, ...] = attrs.field(
        default=(), converter=_text_tuple, validator=_names_non_empty
    )
    organization: str | None = attrs.field(default=None, converter=_optional_text)
    raw: str | None = attrs.field(default=None, converter=_optional_text)

    def __attrs_post_init__(self) -> None:
        if not self.names and self.organization is None:
            raise ValueError("a credit needs at least one name or an organization")


def _optional_credit(_inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Credit):
        raise TypeError(f"{attribute.name} must be a Credit or None, got {type(value).__name__}")


@attrs.frozen(kw_only=True)
class Media:
    """A photo, video or graphic that goes with the story.

    Attributes:
        kind: What the item is.
        url: Where it is; absolute when the page's URL is known.
        caption: The caption as printed, without its credit.
        credit: The credit printed with it; the same value is in
            ``Article.credits``.
    """

    kind: MediaKind = attrs.field(default=MediaKind.PHOTO, converter=MediaKind)
    url: str | None = attrs.field(default=None, converter=_optional_text)
    caption: str | None = attrs.field(default=None, converter=_optional_text)
    credit: Credit | None = attrs.field(default=None, validator=_optional_credit)


@attrs.frozen(kw_only=True)
class Subject:
    """A subject the source assigns: a QCode or id as written, and a name.

    Attributes:
        code: The code as written (``"medtop:20000822"``, a URI or a literal).
        name: A human-readable name.
    """

    code: str | None = attrs.field(default=None, converter=_optional_text)
    name: str | None = attrs.field(default=None, converter=_optional_text)

    def __attrs_post_init__(self) -> None:
        if self.code is None and self.name is None:
            raise ValueError("a subject needs a code or a name")


@attrs.frozen(kw_only=True)
class Link:
    """A link from the item to another: an earlier version, a related item.

    Attributes:
        rel: The relation as written (``"irel:previousVersion"``,
            ``"irel:seeAlso"``, ``"alternate"``).
        target: The other item's identifier or URL as written (a G2
            ``residref`` or ``href``).
        version: The other item's version, when given.
    """

    rel: str | None = attrs.field(default=None, converter=_optional_text)
    target: str = attrs.field(converter=normalize_text, validator=_non_empty)
    version: str | None = attrs.field(default=None, converter=_optional_text)


@attrs.frozen(kw_only=True)
class Party:
    """A person or organisation the metadata names: a creator, a contributor, a source.

    Unlike a :class:`Byline`, which is a person credited as author in print,
    a party is what the item's metadata says, with the role code as written.

    Attributes:
        name: The name as written.
        code: The party's identifier (a QCode, URI or literal) as written.
        role: The role code as written (``"crol:writer"``, ``"photographer"``),
            else the element the party came from (``"creator"``,
            ``"contributor"``, ``"infoSource"``, ``"source"``).
    """

    name: str | None = attrs.field(default=None, converter=_optional_text)
    code: str | None = attrs.field(default=None, converter=_optional_text)
    role: str | None = attrs.field(default=None, converter=_optional_text)

    def __attrs_post_init__(self) -> None:
        if self.name is None and self.code is None:
            raise ValueError("a party needs a name or a code")


def _check_urgency(_inst: object, _attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"urgency must be an int or None, got {type(value).__name__}")
    if not 1 <= value <= 9:
        raise ValueError(f"urgency must be between 1 (most urgent) and 9, got {value}")


@attrs.frozen(kw_only=True)
class Article:
    """A news article: its text as printed and everything known about it.

    The body keeps the story's text as printed, the dateline included; what is
    not story text (byline lines, credit lines, captions, boilerplate) lives in
    ``bylines``, ``credits``, ``media`` or nowhere. See the field reference in
    the documentation for every attribute.
    """

    headline: str | None = attrs.field(default=None, converter=_optional_text)
    subheadline: str | None = attrs.field(default=None, converter=_optional_text)
    standfirst: str | None = attrs.field(default=None, converter=_optional_text)
    bylines: tuple[Byline, ...] = attrs.field(
        default=(), converter=_bylines, validator=_instances_of(Byline)
    )
    dateline: Dateline | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Dateline))
    )
    body: tuple[Block, ...] = attrs.field(
        default=(), converter=_blocks, validator=_instances_of(Block)
    )
    quotes: tuple[Quote, ...] = attrs.field(
        default=(), converter=_quotes, validator=_instances_of(Quote)
    )
    credits: tuple[Credit, ...] = attrs.field(
        default=(), converter=_credits, validator=_instances_of(Credit)
    )
    media: tuple[Media, ...] = attrs.field(
        default=(), converter=_media, validator=_instances_of(Media)
    )
    published: When | None = attrs.field(default=None, validator=_is_when)
    modified: When | None = attrs.field(default=None, validator=_is_when)
    language: str | None = attrs.field(default=None, converter=_optional_text)
    url: str | None = attrs.field(default=None, converter=_optional_text)
    guid: str | None = attrs.field(default=None, converter=_optional_text)
    version: str | None = attrs.field(default=None, converter=_optional_text)
    urgency: int | None = attrs.field(default=None, validator=_check_urgency)
    slugline: str | None = attrs.field(default=None, converter=_optional_text)
    creditline: str | None = attrs.field(default=None, converter=_optional_text)
    located: str | None = attrs.field(default=None, converter=_optional_text)
    provider: str | None = attrs.field(default=None, converter=_optional_text)
    publisher: str | None = attrs.field(default=None, converter=_optional_text)
    section: str | None = attrs.field(default=None, converter=_optional_text)
    subjects: tuple[Subject, ...] = attrs.field(
        default=(), converter=_subjects, validator=_instances_of(Subject)
    )
    keywords: tuple[str, ...] = attrs.field(default=(), converter=_keyword_tuple)
    item_class: str | None = attrs.field(default=None, converter=_optional_text)
    pub_status: str | None = attrs.field(default=None, converter=_optional_text)
    embargoed: When | None = attrs.field(default=None, validator=_is_when)
    signals: tuple[str, ...] = attrs.field(default=(), converter=_keyword_tuple)
    copyright_holder: str | None = attrs.field(default=None, converter=_optional_text)
    copyright_notice: str | None = attrs.field(default=None, converter=_optional_text)
    usage_terms: str | None = attrs.field(default=None, converter=_optional_text)
    links: tuple[Link, ...] = attrs.field(
        default=(), converter=_links, validator=_instances_of(Link)
    )
    contributors: tuple[Party, ...] = attrs.field(
        default=(), converter=_parties, validator=_instances_of(Party)
    )

    def __attrs_post_init__(self) -> None:
        body = self.body
        for i, quote in enumerate(self.quotes):
            if quote.paragraph >= len(body):
                raise ValueError(
                    f"quotes[{i}].paragraph is {quote.paragraph}, "
                    f"but the body has {len(body)} block(s)"
                )
            found = body[quote.paragraph].text[quote.start : quote.end]
            if found != quote.text:
                raise ValueError(
                    f"quotes[{i}] span {quote.start}:{quote.end} of body[{quote.paragraph}] "
                    f"reads {found!r}, not the quote text {quote.text!r}"
                )

    @property
    def text(self) -> str:
        """The body's blocks joined by blank lines (the dateline included).

        >>> Article(body=(Block(text="One."), Block(text="Two."))).text
        'One.\\n\\nTwo.'
        """
        return "\n\n".join(block.text for block in self.body)
