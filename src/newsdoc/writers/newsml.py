"""Write an article as a NewsML-G2 2.35 newsItem with an XHTML body: :func:`to_newsml`.

The output validates against the IPTC NewsML-G2 2.35 power schema. Fields G2
has no element for, and the parts of bylines and credits, use newsdoc's own
schemes, declared in an inline catalog so that every alias resolves; the
reader recognises them and reads back exactly what was written.

>>> from newsdoc.model import Article, Block
>>> import datetime as dt
>>> xml = to_newsml(Article(
...     guid="urn:x:1", headline="Oil falls",
...     published=dt.datetime(2024, 5, 1, 10, tzinfo=dt.UTC),
...     body=(Block(text="Oil fell on Tuesday."),),
... ))
>>> xml.startswith(b"<?xml")
True
>>> b"<headline>Oil falls</headline>" in xml
True
"""

from __future__ import annotations

import datetime as dt
import re
import types
from collections.abc import Iterable, Mapping

from lxml import etree

from newsdoc.model import Article, Block, BlockKind, Byline, Credit, Link, Party, When
from newsdoc.parsers._g2 import (
    ALIAS_EXT,
    ALIAS_HEADLINE_ROLE,
    ALIAS_PART,
    ALIAS_ROLE,
    PARTY_ELEMENTS,
    SCHEME_URIS,
)
from newsdoc.writers._identity import item_identifier

__all__ = ["G2_NAMESPACE", "XHTML_NAMESPACE", "to_newsml"]

#: The NewsML-G2 namespace.
G2_NAMESPACE = "http://iptc.org/std/nar/2006-10-01/"
#: The XHTML namespace of the body.
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_IPTC_CATALOG = "http://www.iptc.org/std/catalog/catalog.IPTC-G2-Standards_41.xml"
# xs:language, which both xml:lang and language@tag must match.
_LANGUAGE = re.compile(r"[a-zA-Z]{1,8}(?:-[a-zA-Z0-9]{1,8})*", re.ASCII)
_POSITIVE = re.compile(r"[1-9][0-9]{0,17}", re.ASCII)
_QCODE = re.compile(r"[^\s:]+:\S+")
# Item classes written as they are; any other is written as ninat:text.
_TEXT_CLASS_ALIASES = frozenset({"ninat", "icls"})
_PUB_STATUSES = frozenset({"usable", "withheld", "canceled"})
# Characters XML 1.0 cannot carry, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_SCHEME_NAMES: Mapping[str, str] = types.MappingProxyType(
    {
        ALIAS_HEADLINE_ROLE: "newsdoc headline roles",
        ALIAS_ROLE: "newsdoc byline and credit roles",
        ALIAS_PART: "newsdoc parts of a name",
        ALIAS_EXT: "newsdoc properties without a G2 element",
    }
)


def _g2(tag: str) -> str:
    return f"{{{G2_NAMESPACE}}}{tag}"


def _xhtml(tag: str) -> str:
    return f"{{{XHTML_NAMESPACE}}}{tag}"


def _xml_text(text: str) -> str:
    return _NOT_XML.sub("", text)


def _sub(
    parent: etree._Element, name: str, text: str | None = None, /, **attrib: str
) -> etree._Element:
    node = etree.SubElement(parent, _g2(name), {k: _xml_text(v) for k, v in attrib.items()})
    if text is not None:
        node.text = _xml_text(text)
    return node


def _timestamp(value: When) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return value.isoformat()


def _version_created(article: Article) -> str:
    # G2 requires a full timestamp here.
    for value in (article.modified, article.published):
        if isinstance(value, dt.datetime):
            return _timestamp(value)
    for value in (article.modified, article.published):
        if isinstance(value, dt.date):
            return f"{value.isoformat()}T00:00:00"
    return "1970-01-01T00:00:00Z"


def _catalog(root: etree._Element) -> None:
    _sub(root, "catalogRef", href=_IPTC_CATALOG)
    catalog = _sub(root, "catalog")
    for alias, uri in SCHEME_URIS.items():
        scheme = _sub(catalog, "scheme", alias=alias, uri=uri)
        _sub(scheme, "name", _SCHEME_NAMES[alias])


def _rights(root: etree._Element, article: Article) -> None:
    if (article.copyright_holder, article.copyright_notice, article.usage_terms) == (None,) * 3:
        return
    rights = _sub(root, "rightsInfo")
    if article.copyright_holder is not None:
        _sub(_sub(rights, "copyrightHolder"), "name", article.copyright_holder)
    if article.copyright_notice is not None:
        _sub(rights, "copyrightNotice", article.copyright_notice)
    if article.usage_terms is not None:
        _sub(rights, "usageTerms", article.usage_terms)


def _item_class(value: str | None) -> str:
    """A text item class as written when G2 can carry it, else ``ninat:text``."""
    if value is not None and _QCODE.fullmatch(value):
        alias, _, code = value.partition(":")
        if alias in _TEXT_CLASS_ALIASES and code.lower() == "text":
            return value
    return "ninat:text"


def _pub_status(value: str | None) -> dict[str, str] | None:
    """``pubStatus`` takes a QCode or a URI; ninjs' plain words become IPTC's ``stat:``."""
    if value is None:
        return None
    if "://" in value:
        return {"uri": value}
    if _QCODE.fullmatch(value):
        return {"qcode": value}
    if value.lower() in _PUB_STATUSES:
        return {"qcode": f"stat:{value.lower()}"}
    return None


def _code_attrib(code: str | None) -> dict[str, str]:
    """A code as ``uri``, ``qcode`` or ``literal``, by its form."""
    if code is None:
        return {}
    if "://" in code:
        return {"uri": code}
    if _QCODE.fullmatch(code):
        return {"qcode": code}
    return {"literal": code}


def _link(meta: etree._Element, link: Link) -> None:
    attrib: dict[str, str] = {}
    if link.rel is not None and _QCODE.fullmatch(link.rel):
        attrib["rel"] = link.rel
    attrib["href" if "://" in link.target else "residref"] = link.target
    if link.version is not None and _POSITIVE.fullmatch(link.version):
        attrib["version"] = link.version
    _sub(meta, "link", **attrib)


def _item_meta(root: etree._Element, article: Article) -> None:
    meta = _sub(root, "itemMeta")
    _sub(meta, "itemClass", qcode=_item_class(article.item_class))
    if article.provider is not None:
        _sub(meta, "provider", literal=article.provider)
    else:
        _sub(meta, "provider")
    _sub(meta, "versionCreated", _version_created(article))
    if isinstance(article.published, dt.datetime):
        _sub(meta, "firstCreated", _timestamp(article.published))
    if isinstance(article.embargoed, dt.datetime):
        _sub(meta, "embargoed", _timestamp(article.embargoed))
    status = _pub_status(article.pub_status)
    if status is not None:
        _sub(meta, "pubStatus", **status)
    for signal in article.signals:
        _sub(meta, "signal", **_code_attrib(signal))
    if article.url is not None:
        _sub(meta, "link", rel=f"{ALIAS_EXT}:url", href=article.url)
    for link in article.links:
        _link(meta, link)
    if article.embargoed is not None and not isinstance(article.embargoed, dt.datetime):
        # ``embargoed`` needs a time: a day alone is kept in newsdoc's own property.
        _sub(
            meta,
            "itemMetaExtProperty",
            rel=f"{ALIAS_EXT}:embargoed",
            value=_timestamp(article.embargoed),
        )


def _part(party: etree._Element, role: str, value: str | None) -> None:
    if value is not None:
        _sub(party, "name", value, role=f"{ALIAS_PART}:{role}")


def _byline(meta: etree._Element, byline: Byline) -> None:
    creator = _sub(meta, "creator", role=f"{ALIAS_ROLE}:byline")
    _sub(creator, "name", byline.name)
    _part(creator, "title", byline.title)
    _part(creator, "affiliation", byline.affiliation)
    _part(creator, "role", byline.role)


def _credit(meta: etree._Element, credit: Credit) -> None:
    role = credit.role.value.replace(" ", "-")
    contributor = _sub(meta, "contributor", role=f"{ALIAS_ROLE}:{role}")
    for name in credit.names:
        _sub(contributor, "name", name)
    _part(contributor, "organization", credit.organization)
    _part(contributor, "raw", credit.raw)


def _is_role_qcodes(role: str) -> bool:
    # ``@role`` is a list of QCodes; newsdoc's own roles mean bylines and credits.
    tokens = role.split(" ")
    return all(_QCODE.fullmatch(t) and not t.startswith(f"{ALIAS_ROLE}:") for t in tokens)


def _party(meta: etree._Element, party: Party) -> None:
    """A metadata party: its role names the element, or goes in ``@role`` or a name part.

    The roles ``creator``, ``contributor`` and ``infoSource`` are the element
    itself (what the reader gives a party without ``@role``); any other role
    is a ``contributor``'s, as ``@role`` when it is a list of QCodes, else as
    newsdoc's role part.
    """
    role = party.role
    element = role if role in PARTY_ELEMENTS else "contributor"
    attrib = _code_attrib(party.code)
    if role is not None and role not in PARTY_ELEMENTS and _is_role_qcodes(role):
        attrib["role"] = role
    node = _sub(meta, element, **attrib)
    if party.name is not None:
        _sub(node, "name", party.name)
    if role is not None and role not in PARTY_ELEMENTS and "role" not in attrib:
        _part(node, "role", role)


def _printed_byline(byline: Byline) -> str:
    parts = [byline.name, byline.title, byline.affiliation]
    return "By " + ", ".join(p for p in parts if p)


def _subject(meta: etree._Element, code: str | None, name: str | None) -> None:
    attrib: dict[str, str] = {}
    if code is not None:
        if "://" in code:
            attrib["uri"] = code
        elif _QCODE.fullmatch(code):
            attrib["qcode"] = code
        else:
            attrib["literal"] = code
    subject = _sub(meta, "subject", **attrib)
    if name is not None:
        _sub(subject, "name", name)


def _content_meta(root: etree._Element, article: Article) -> None:
    meta = _sub(root, "contentMeta")
    if article.urgency is not None:
        _sub(meta, "urgency", str(article.urgency))
    if article.published is not None and not isinstance(article.published, dt.datetime):
        # firstCreated needs a time; contentCreated takes a day alone.
        _sub(meta, "contentCreated", _timestamp(article.published))
    if article.located is not None:
        located = _sub(meta, "located")
        _sub(located, "name", article.located)
    for byline in article.bylines:
        _byline(meta, byline)
    for credit in article.credits:
        _credit(meta, credit)
    for party in article.contributors:
        _party(meta, party)
    if article.language is not None and _LANGUAGE.fullmatch(article.language):
        _sub(meta, "language", tag=article.language)
    for keyword in article.keywords:
        _sub(meta, "keyword", keyword)
    for subject in article.subjects:
        _subject(meta, subject.code, subject.name)
    if article.slugline is not None:
        _sub(meta, "slugline", article.slugline)
    if article.headline is not None:
        _sub(meta, "headline", article.headline)
    if article.subheadline is not None:
        _sub(meta, "headline", article.subheadline, role=f"{ALIAS_HEADLINE_ROLE}:sub")
    if article.dateline is not None:
        _sub(meta, "dateline", article.dateline.raw)
    for byline in article.bylines:
        _sub(meta, "by", _printed_byline(byline))
    if article.creditline is not None:
        _sub(meta, "creditline", article.creditline)
    if article.standfirst is not None:
        _sub(meta, "description", article.standfirst, role="drol:summary")
    for key, value in (("publisher", article.publisher), ("section", article.section)):
        if value is not None:
            _sub(meta, "contentMetaExtProperty", rel=f"{ALIAS_EXT}:{key}", value=value)


def _html_sub(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    node = etree.SubElement(parent, _xhtml(tag))
    if text is not None:
        node.text = _xml_text(text)
    return node


_TAGS: Mapping[BlockKind, str] = types.MappingProxyType(
    {
        BlockKind.PARAGRAPH: "p",
        BlockKind.HEADING: "h2",
        BlockKind.BLOCKQUOTE: "blockquote",
        BlockKind.PREFORMATTED: "pre",
    }
)


def write_blocks(body: etree._Element, blocks: Iterable[Block]) -> None:
    """Append one XHTML element per block to *body*; list items share a ``ul``.

    Args:
        body: The XHTML ``body`` (or any container).
        blocks: The blocks in order.
    """
    current_list: etree._Element | None = None
    for block in blocks:
        if block.kind is BlockKind.LIST_ITEM:
            if current_list is None:
                current_list = _html_sub(body, "ul")
            _html_sub(current_list, "li", block.text)
            continue
        current_list = None
        if block.kind is BlockKind.TABLE:
            table = _html_sub(body, "table")
            rows = block.rows or ((block.text,),)
            container = _html_sub(table, "tbody")
            for row in rows:
                tr = _html_sub(container, "tr")
                for cell in row:
                    _html_sub(tr, "td", cell)
            continue
        _html_sub(body, _TAGS[block.kind], block.text)


def _content_set(root: etree._Element, article: Article) -> None:
    content = _sub(root, "contentSet")
    inline = _sub(content, "inlineXML", contenttype="application/xhtml+xml")
    # lxml takes None as the default namespace's prefix; its stubs disagree.
    html = etree.SubElement(inline, _xhtml("html"), nsmap={None: XHTML_NAMESPACE})  # type: ignore[dict-item]
    head = _html_sub(html, "head")
    _html_sub(head, "title", article.headline or "")
    body = _html_sub(html, "body")
    write_blocks(body, article.body)
    for media in article.media:
        if media.url is None and media.caption is None:
            continue
        figure = _html_sub(body, "figure")
        if media.url is not None:
            img = _html_sub(figure, "img")
            img.set("src", _xml_text(media.url))
            img.set("alt", "")
        if media.caption is not None:
            _html_sub(figure, "figcaption", media.caption)


def to_newsml(article: Article) -> bytes:
    """Write *article* as a NewsML-G2 2.35 newsItem with an XHTML body.

    The item validates against the NewsML-G2 2.35 power schema. Bylines and
    credits are written part by part (``creator`` and ``contributor`` with
    newsdoc's roles, declared in an inline catalog) and also as printed
    ``by`` lines; the dateline as printed stays at the start of the first
    paragraph. The item metadata goes where G2 keeps it: ``rightsInfo``
    (``copyright_holder``, ``copyright_notice``, ``usage_terms``),
    ``itemClass``, ``embargoed``, ``pubStatus``, ``signal`` and ``link``
    (``links``) in ``itemMeta``, and ``contributors`` as ``creator``,
    ``contributor`` or ``infoSource``. :func:`~newsdoc.parsers.newsml.parse_newsml`
    reads back every field written.

    What NewsML-G2 cannot carry:

    * ``media`` are written as XHTML ``figure`` elements after the blocks, with
      their URL and caption; their kind (always read back as a photo) and their
      credit are not carried. ``quotes`` are not written: the reader's
      analysis finds them again in the text;
    * a ``guid`` is required: an article without one gets
      ``urn:newsdoc:sha256:…`` from its headline and text;
    * ``versionCreated`` is required and must be a timestamp: it is
      ``modified``, else ``published``, else midnight of a dated article, else
      the Unix epoch; ``published`` is ``firstCreated`` (which takes a day
      alone);
    * ``version`` must be a positive integer, and ``language`` a well-formed
      tag: other values are left out;
    * ``itemClass`` is required: ``item_class`` is written when it is a text
      class of the ``ninat`` or ``icls`` scheme (``ninat:text``), and any
      other value, or none, is written (and read back) as ``ninat:text``;
    * ``pub_status`` must be a QCode or a URI: ninjs' words (``usable``,
      ``withheld``, ``canceled``) are written, and read back, as IPTC's
      ``stat:`` codes, and any other word is left out;
    * ``embargoed`` must be a timestamp: a day alone is kept in newsdoc's own
      ``itemMetaExtProperty``, which other readers do not know as an embargo;
    * a link's ``rel`` must be a QCode (other values are left out, and the
      link reads back without one), its ``version`` a positive integer; a
      target with ``://`` is an ``href``, any other a ``residref``;
    * a contributor's role is the element for ``creator``, ``contributor`` and
      ``infoSource``, ``@role`` for a list of QCodes and newsdoc's role part
      otherwise; a contributor without a role is written as a ``contributor``
      and reads back with the role ``"contributor"``; a code that is neither a
      QCode nor a URI is a ``literal``, which reads back as the name when the
      party has no name; two equal contributors read back as one;
    * characters XML 1.0 cannot hold (C0 controls other than tab, newline and
      carriage return) are dropped.

    Args:
        article: The article.

    Returns:
        The UTF-8 encoded document, with an XML declaration.

    .. versionadded:: 0.1
    """
    attrib = {
        "guid": _xml_text(item_identifier(article)),
        "standard": "NewsML-G2",
        "standardversion": "2.35",
        "conformance": "power",
    }
    if article.version is not None and _POSITIVE.fullmatch(article.version):
        attrib["version"] = article.version
    root = etree.Element(_g2("newsItem"), attrib, nsmap={None: G2_NAMESPACE})  # type: ignore[dict-item]
    if article.language is not None and _LANGUAGE.fullmatch(article.language):
        root.set(_XML_LANG, article.language)
    _catalog(root)
    _rights(root, article)
    _item_meta(root, article)
    _content_meta(root, article)
    _content_set(root, article)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8")
