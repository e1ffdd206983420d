"""Bytes to text by evidence: BOM, the caller's charset, the page's declaration, detection.

The order follows the HTML standard's encoding sniffing: a byte order mark
wins over everything, then the transport-layer charset the caller passes (the
HTTP ``Content-Type``), then what the document declares about itself in its
first bytes (``<meta charset>``, ``<meta http-equiv>``, an XML declaration),
and only then statistical detection. Each result records which evidence chose
the encoding, so a caller can tell a declared charset from a guess.
"""

from __future__ import annotations

import codecs
import enum
import re

import attrs
import charset_normalizer

__all__ = ["Decoded", "Evidence", "decode", "strip_declaration"]


class Evidence(enum.StrEnum):
    """What chose the encoding of a decoded document."""

    BOM = "bom"
    CALLER = "caller"
    DECLARATION = "declaration"
    UTF8 = "utf-8"
    DETECTION = "detection"
    FALLBACK = "fallback"


@attrs.frozen(kw_only=True)
class Decoded:
    """A decoded document and how its encoding was chosen.

    Attributes:
        text: The document as text.
        encoding: The Python codec name that decoded it.
        evidence: Which piece of evidence chose the encoding.
    """

    text: str
    encoding: str
    evidence: Evidence


_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# The standard's prescan looks at the first 1024 bytes; pages with long
# inline styles before the meta tag are common, so look a little further.
_PRESCAN_BYTES = 4096

_META_CHARSET = re.compile(
    rb"""<meta\b[^>]{0,512}?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""",
    re.IGNORECASE,
)
_XML_DECLARATION = re.compile(
    rb"""^\s{0,64}<\?xml\b[^>]{0,200}?\bencoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""",
    re.IGNORECASE,
)
_STR_DECLARATION = re.compile(r"^\s{0,64}<\?xml\b[^>]{0,200}\?>")

# Labels that the HTML standard maps to a superset: pages labelled Latin-1 or
# ASCII are decoded as Windows-1252, as browsers do.
_LABEL_ALIASES: dict[str, str] = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin-1": "cp1252",
    "latin1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "x-sjis": "shift_jis",
    "x-user-defined": "cp1252",
    "unicode": "utf-8",
    "utf-16": "utf-8",  # a declaration read as ASCII cannot be UTF-16: the standard says UTF-8
}


# Legacy single-byte encodings, which any byte sequence decodes without error.
_SINGLE_BYTE = frozenset(
    {
        "cp1252",
        "iso8859-1",
        "iso8859-2",
        "iso8859-15",
        "cp1250",
        "cp1251",
        "cp1253",
        "cp1254",
        "cp1257",
        "koi8-r",
        "mac-roman",
    }
)


def _codec(label: str | bytes | None) -> str | None:
    """Return the Python codec for an encoding label, or None if unknown."""
    if label is None:
        return None
    if isinstance(label, bytes):
        label = label.decode("ascii", "replace")
    label = label.strip().strip("\"'").lower()
    if not label:
        return None
    label = _LABEL_ALIASES.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _declared(data: bytes) -> str | None:
    head = data[:_PRESCAN_BYTES]
    match = _XML_DECLARATION.match(head) or _META_CHARSET.search(head)
    return _codec(match.group(1)) if match else None


def decode(data: bytes, *, charset: str | None = None) -> Decoded:
    """Decode a document's bytes, choosing the encoding by evidence.

    Args:
        data: The document as fetched.
        charset: The charset the transport gave (an HTTP ``Content-Type``
            parameter), if any. Unknown labels are ignored.

    Returns:
        The text, the codec that decoded it and the evidence that chose it.
        Bytes that the chosen codec cannot decode become U+FFFD.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return Decoded(
                text=data[len(bom) :].decode(name, "replace"), encoding=name, evidence=Evidence.BOM
            )
    chosen = _codec(charset)
    if chosen is not None:
        return Decoded(
            text=data.decode(chosen, "replace"), encoding=chosen, evidence=Evidence.CALLER
        )
    chosen = _declared(data)
    if chosen is not None:
        if chosen in _SINGLE_BYTE and not data.isascii():
            # Non-ASCII bytes that are valid UTF-8 are UTF-8: a page re-saved
            # by a CMS or a crawler keeps its old Latin-1 declaration, while
            # real Latin-1 text almost never forms valid UTF-8 sequences.
            try:
                return Decoded(text=data.decode("utf-8"), encoding="utf-8", evidence=Evidence.UTF8)
            except UnicodeDecodeError:
                pass
        return Decoded(
            text=data.decode(chosen, "replace"), encoding=chosen, evidence=Evidence.DECLARATION
        )
    try:
        # Valid UTF-8 of any length is, in practice, UTF-8: detection would
        # only ever agree, at a cost.
        return Decoded(text=data.decode("utf-8"), encoding="utf-8", evidence=Evidence.UTF8)
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data[:65536]).best()
    chosen = _codec(best.encoding) if best is not None else None
    if chosen is not None:
        return Decoded(
            text=data.decode(chosen, "replace"), encoding=chosen, evidence=Evidence.DETECTION
        )
    return Decoded(
        text=data.decode("cp1252", "replace"), encoding="cp1252", evidence=Evidence.FALLBACK
    )


def strip_declaration(text: str) -> str:
    """Drop a leading XML declaration from already-decoded text.

    A ``str`` is content whose encoding is already settled, so a declaration
    such as ``<?xml version="1.0" encoding="ISO-8859-1"?>`` no longer means
    anything; lxml refuses it on ``str`` input, so it goes.

    Args:
        text: A decoded document.

    Returns:
        The text without a leading XML declaration.
    """
    match = _STR_DECLARATION.match(text)
    return text[match.end() :] if match else text
