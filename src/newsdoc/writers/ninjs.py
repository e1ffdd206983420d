"""Write an article as a ninjs 3.x news item: :func:`to_ninjs`.

>>> from newsdoc.model import Article, Block
>>> item = to_ninjs(Article(guid="urn:x:1", headline="Oil falls", body=(Block(text="Oil fell."),)))
>>> item["headlines"], item["bodies"][0]["value"]
([{'role': 'main', 'value': 'Oil falls'}], '<p>Oil fell.</p>')
"""

from __future__ import annotations

import datetime as dt
import html
import types
from collections.abc import Iterable, Mapping
from typing import Any

from newsdoc.model import Article, Block, BlockKind, Party, When
from newsdoc.writers._identity import item_identifier

__all__ = ["BYLINE_REL", "to_ninjs"]

#: The ``rel`` of the ``people`` entries that are the article's bylines.
BYLINE_REL = "byline"
_VERSIONS = frozenset({"3.0", "3.1"})
# ninjs 3.x ``pubStatus`` values; a G2 ``stat:`` code becomes its word.
_PUB_STATUSES = frozenset({"usable", "withheld", "canceled"})
_TAGS: Mapping[BlockKind, str] = types.MappingProxyType(
    {
        BlockKind.PARAGRAPH: "p",
        BlockKind.HEADING: "h2",
        BlockKind.BLOCKQUOTE: "blockquote",
        BlockKind.PREFORMATTED: "pre",
    }
)


def _escape(text: str) -> str:
    # A carriage return would be folded into a newline by the HTML parser.
    return html.escape(text, quote=False).replace("\r", "&#13;")


def blocks_to_html(blocks: Iterable[Block]) -> str:
    """Return the blocks as an HTML fragment: one element per block.

    Args:
        blocks: The blocks in order; consecutive list items share a ``ul``.

    Returns:
        The HTML.
    """
    out: list[str] = []
    in_list = False
    for block in blocks:
        if block.kind is BlockKind.LIST_ITEM:
            if not in_list:
                out.append("<ul>")
                in_list = True
            out.append(f"<li>{_escape(block.text)}</li>")
            continue
        if in_list:
            out.append("</ul>")
            in_list = False
        if block.kind is BlockKind.TABLE:
            rows = block.rows or ((block.text,),)
            cells = "".join(
                "<tr>" + "".join(f"<td>{_escape(c)}</td>" for c in row) + "</tr>" for row in rows
            )
            out.append(f"<table><tbody>{cells}</tbody></table>")
        elif block.kind is BlockKind.PREFORMATTED:
            out.append(f"<pre>{_escape(block.text)}</pre>")
        else:
            tag = _TAGS[block.kind]
            out.append(f"<{tag}>{_escape(block.text)}</{tag}>")
    if in_list:
        out.append("</ul>")
    return "".join(out)


def _figure(url: str | None, caption: str | None) -> str:
    if url is None and caption is None:
        return ""
    img = "" if url is None else f'<img src="{html.escape(url)}" alt="">'
    cap = "" if caption is None else f"<figcaption>{_escape(caption)}</figcaption>"
    return f"<figure>{img}{cap}</figure>"


def _timestamp(value: When | None) -> str | None:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return None


def _pub_status(value: str | None) -> str | None:
    if value is None:
        return None
    word = value.rpartition(":")[2].lower()
    return word if word in _PUB_STATUSES else None


def _info_source(party: Party) -> dict[str, str]:
    entry: dict[str, str] = {}
    if party.name is not None:
        entry["name"] = party.name
    if party.role is not None:
        entry["role"] = party.role
    if party.code is not None:
        entry["uri" if "://" in party.code else "literal"] = party.code
    return entry


def to_ninjs(article: Article, *, version: str = "3.1") -> dict[str, Any]:
    """Write *article* as a ninjs 3.x news item (a JSON-ready dict).

    The item validates against the IPTC ninjs 3.1 schema, and
    :func:`~newsdoc.parsers.ninjs.parse_ninjs` reads back every field written.
    The body is one HTML body; bylines are ``people`` with ``rel`` "byline"
    (and the printed ``by``); the standfirst and the credit line are
    ``descriptions`` with roles "summary" and "creditline"; the copyright
    holder (else the provider) is the ``copyrightHolder``; ``copyright_notice``,
    ``usage_terms``, ``pub_status`` (``pubStatus``), ``embargoed``
    (``embargoedUntil``) and ``contributors`` (``infoSources``, with their
    role and a code as ``uri`` or ``literal``) have their own keys.

    Media are written as ``figure`` elements at the end of the HTML body,
    with their URL and caption (read back as photos, without their credit).

    What ninjs 3.x cannot carry: ``keywords``, ``publisher``, ``section``,
    ``url``, ``credits``, ``signals``, ``links``, the kind and credit of media,
    a dateline given only as metadata, a byline's title, affiliation and
    role, and a ``published``, ``modified`` or ``embargoed`` day without a
    time (ninjs dates are timestamps). ``provider`` and ``copyright_holder``
    share the one ``copyrightHolder``: the holder is written when both are
    known, and both read back as it. ``item_class`` becomes ``type``
    "text" (every article is a text item; an article without one gets no
    ``type``), so a G2 ``ninat:text`` reads back as "text". ``pub_status`` is
    one of "usable", "withheld" and "canceled" (a G2 ``stat:usable`` is
    written as "usable", any other value is left out). A ``uri`` is required:
    an article without a ``guid`` gets ``urn:newsdoc:sha256:…``. A naive
    timestamp is written without an offset, which the schema's ``date-time``
    format does not allow.

    Args:
        article: The article.
        version: The ninjs version to write: ``"3.1"`` (the default) or
            ``"3.0"``; both have the same shape here.

    Returns:
        The item, ready for :func:`json.dumps`.

    Raises:
        ValueError: *version* is not one newsdoc writes.

    .. versionadded:: 0.1
    """
    if version not in _VERSIONS:
        raise ValueError(
            f"ninjs version {version!r} is not written; use one of {sorted(_VERSIONS)}"
        )
    item: dict[str, Any] = {"uri": item_identifier(article)}
    if article.item_class is not None:
        item["type"] = "text"
    if article.version is not None:
        item["version"] = article.version
    first, modified = _timestamp(article.published), _timestamp(article.modified)
    if first is not None:
        item["firstCreated"] = first
    if modified is not None:
        item["versionCreated"] = modified
    embargoed, status = _timestamp(article.embargoed), _pub_status(article.pub_status)
    if embargoed is not None:
        item["embargoedUntil"] = embargoed
    if status is not None:
        item["pubStatus"] = status
    if article.urgency is not None:
        item["urgency"] = article.urgency
    holder = article.copyright_holder or article.provider
    if holder is not None:
        item["copyrightHolder"] = holder
    if article.copyright_notice is not None:
        item["copyrightNotice"] = article.copyright_notice
    if article.usage_terms is not None:
        item["usageTerms"] = article.usage_terms
    if article.language is not None:
        item["language"] = article.language
    descriptions = []
    if article.standfirst is not None:
        descriptions.append({"role": "summary", "value": article.standfirst})
    if article.creditline is not None:
        descriptions.append({"role": "creditline", "value": article.creditline})
    if descriptions:
        item["descriptions"] = descriptions
    figures = "".join(_figure(m.url, m.caption) for m in article.media)
    if article.body or figures:
        markup = blocks_to_html(article.body) + figures
        item["bodies"] = [{"role": "main", "contentType": "text/html", "value": markup}]
    headlines = []
    if article.headline is not None:
        headlines.append({"role": "main", "value": article.headline})
    if article.subheadline is not None:
        headlines.append({"role": "sub", "value": article.subheadline})
    if headlines:
        item["headlines"] = headlines
    if article.bylines:
        item["people"] = [{"name": b.name, "rel": BYLINE_REL} for b in article.bylines]
        item["by"] = " and ".join(b.name for b in article.bylines)
    if article.subjects:
        subjects = []
        for subject in article.subjects:
            entry: dict[str, str] = {}
            if subject.name is not None:
                entry["name"] = subject.name
            if subject.code is not None:
                entry["uri" if "://" in subject.code else "literal"] = subject.code
            subjects.append(entry)
        item["subjects"] = subjects
    if article.slugline is not None:
        item["slugline"] = article.slugline
    if article.located is not None:
        item["located"] = article.located
    if article.contributors:
        item["infoSources"] = [_info_source(p) for p in article.contributors]
    return item
