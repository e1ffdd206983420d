"""newsdoc: news articles as typed, immutable data, and back.

>>> import newsdoc
>>> newsdoc.Article(headline="  Hello ").headline
'Hello'
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from newsdoc.errors import (
    HTMLParseError,
    NewsdocError,
    NewsMLError,
    ParseError,
    SchemaError,
    TextParseError,
)
from newsdoc.model import (
    Article,
    Block,
    BlockKind,
    Byline,
    Credit,
    CreditRole,
    Dateline,
    Link,
    Media,
    MediaKind,
    Party,
    Quote,
    QuoteKind,
    Subject,
    When,
)
from newsdoc.parsers import parse, sniff_format
from newsdoc.parsers.html import parse_html
from newsdoc.parsers.newsml import iter_newsml, parse_newsml, validate_newsml
from newsdoc.parsers.ninjs import parse_ninjs
from newsdoc.parsers.text import parse_text
from newsdoc.serialize import (
    SCHEMA_VERSION,
    converter,
    from_dict,
    from_json,
    make_converter,
    to_dict,
    to_json,
)
from newsdoc.writers.newsml import to_newsml
from newsdoc.writers.ninjs import to_ninjs
from newsdoc.writers.text import to_text

try:
    __version__ = version("newsdoc")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Block",
    "BlockKind",
    "Byline",
    "Credit",
    "CreditRole",
    "Dateline",
    "HTMLParseError",
    "Link",
    "Media",
    "MediaKind",
    "NewsMLError",
    "NewsdocError",
    "ParseError",
    "Party",
    "Quote",
    "QuoteKind",
    "SchemaError",
    "Subject",
    "TextParseError",
    "When",
    "__version__",
    "converter",
    "from_dict",
    "from_json",
    "iter_newsml",
    "make_converter",
    "parse",
    "parse_html",
    "parse_newsml",
    "parse_ninjs",
    "parse_text",
    "sniff_format",
    "to_dict",
    "to_json",
    "to_newsml",
    "to_ninjs",
    "to_text",
    "validate_newsml",
]
