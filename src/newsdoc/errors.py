"""The exceptions newsdoc raises.

Everything newsdoc raises on purpose derives from :class:`NewsdocError`.
Parsers raise only subclasses of :class:`ParseError`, which is also a
:class:`ValueError`, so ``except ValueError`` keeps working for callers that
do not know newsdoc. Bad serialized data raises :class:`SchemaError`.

Every message says *what* was wrong and *where*: a line and column, an element
path, or a field path such as ``quotes[3].start``.
"""

from __future__ import annotations

__all__ = [
    "HTMLParseError",
    "NewsMLError",
    "NewsdocError",
    "ParseError",
    "SchemaError",
    "TextParseError",
]


class NewsdocError(Exception):
    """Base class of every exception newsdoc raises on purpose."""


class ParseError(NewsdocError, ValueError):
    """An input could not be read as an article.

    The message says what was wrong and where in the input.
    """


class HTMLParseError(ParseError):
    """An HTML page could not be read as an article."""


class TextParseError(ParseError):
    """A plain-text story could not be read as an article."""


class NewsMLError(ParseError):
    """A NewsML-G2, NewsML 1.x, NITF or ninjs document could not be read.

    Also raised for documents that are readable but hold no text item (a
    picture, a package of references, a concept), naming the item class.
    """


class SchemaError(NewsdocError, ValueError):
    """Serialized data does not describe a valid newsdoc value.

    Attributes:
        errors: One line per problem, each starting with the path of the
            offending field (for example ``$.quotes[3].start``).
    """

    errors: tuple[str, ...]

    def __init__(self, message: str, errors: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.errors = errors

    def __reduce__(self) -> tuple[type[SchemaError], tuple[str, tuple[str, ...]]]:
        # Keep ``errors`` when the exception crosses a process boundary.
        return (type(self), (str(self), self.errors))
