"""The main-content extractor: which part of a page is the story, block by block.

The method, in the order it runs over one parsed tree:

1. **Clean.** Elements that never hold story text (scripts, styles, forms
   controls, hidden elements) go, and so do page furniture blocks whose class
   or id names what they are (navigation, share bars, related-article rails,
   newsletter boxes, comments, cookie banners, ads), unless such a block holds
   most of the page's text, in which case the name is misleading.
2. **Score.** Every paragraph-like block of at least a sentence scores by its
   length, its punctuation and how little of it is link text; the score flows
   to its ancestors with a decay, so the element holding most of the story's
   paragraphs wins. Structural evidence adds to it: ``itemprop=articleBody``,
   ``<article>``, class names such as ``article-body``; names such as
   ``comment`` or ``sidebar`` subtract. Evidence, not truth: a wrong
   ``<article>`` loses to the element that really holds the text.
3. **Extract.** The winner and its strong siblings are walked in reading
   order; each paragraph, heading, block quote, list item, preformatted block
   and data table becomes a block. Figures become media (with captions), and
   the visible headline, bylines and link-only lines are left out.

Every walk is a loop over lxml's iterators, so pages of any depth work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from urllib.parse import urljoin

import attrs
from lxml import etree

from newsdoc.model import Block, BlockKind, Media
from newsdoc.parsers._html_headline import find_headline
from newsdoc.parsers._html_text import attrs_text as _attrs_text
from newsdoc.parsers._html_text import link_length as _link_length
from newsdoc.parsers._html_text import squash as _squash
from newsdoc.parsers._html_text import text_length as _text_length
from newsdoc.parsers._html_text import text_of as _text_of

__all__ = ["Extraction", "RawBlock", "extract_body", "find_headline"]

# Never story text; removed before anything is scored.
_DROP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "button",
        "input",
        "select",
        "textarea",
        "option",
        "canvas",
        "video",
        "audio",
        "object",
        "embed",
        "map",
        "dialog",
        "link",
        "meta",
        "head",
    }
)

# Landmarks that hold furniture, not story, wherever they are.
_FURNITURE_TAGS = frozenset({"nav", "aside", "footer", "menu"})

# Class and id words naming page furniture. Whole words (split on space,
# hyphen and underscore) for short ones that occur inside other words...
_FURNITURE_WORDS = frozenset(
    {
        "ad",
        "ads",
        "adv",
        "advert",
        "advertisement",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "footer",
        "rodape",
        "fusszeile",
        "tags",
        "tag",
        "popup",
        "modal",
        "widget",
        "banner",
        "sponsored",
        "masthead",
        "topbar",
        "toolbar",
        "skip",
        "hidden",
        "sr",
        "visually",
        "visuallyhidden",
        "print",
        "overlay",
        "rail",
        "dropdown",
        "pagination",
        "pager",
        "cta",
    }
)
# ...and substrings for distinctive ones that appear in camelCase or compounds.
_FURNITURE_SUBSTRINGS = re.compile(
    r"share|sharing|social|related|newsletter|comment|cookie|consent|outbrain|taboola|"
    r"breadcrumb|subscri|signup|sign-up|recommend|promo|sidebar|teaser-list|"
    r"more-stories|morestories|read-more|readmore|most-read|mostread|trending|popular|"
    r"disqus|gdpr|adslot|ad-slot|ad_slot|adunit|ad-container|dfp|gpt-|related|"
    r"author-bio|authorbio|bio-box|infobox-related|jump-link|toc-|table-of-contents|"
    r"follow-us|followus|app-promo|download-app|footnote-links|poll|survey|umfrage|quiz|voting|"
    r"factbox|fact-box|faktaboks|faktabox"
)
_STRONG_FURNITURE = re.compile(
    r"(?:^|[\s_-])(?:comments?|comment-?list|commentlist|comment-section|disqus|cookie\w*|"
    r"consent\w*|gdpr|newsletter\w*|outbrain|taboola|reply|replies|leserkommentare|"
    r"kommentare|respond)(?:$|[\s_-])"
)
_WORD_SPLIT = re.compile(r"[\s_\-]+")

# Inside the story container, these hold text that belongs elsewhere: bylines,
# dates, captions and credits are read from metadata or go into media.
_SECONDARY_SUBSTRINGS = re.compile(
    r"byline|author|caption|credit|timestamp|date|meta-|article-meta|post-meta|"
    r"entry-meta|dateline-info|publish|updated|kicker|eyebrow|label|topic|"
    r"headline|title|source|copyright|tools|actions|print|audio|video|gallery|"
    r"image|photo|media|embed|twitter|instagram|facebook|tiktok|youtube"
)

_STANDFIRST_WORDS = re.compile(
    r"standfirst|lead|lede|intro|summary|teaser|dek|deck|subtitle|sub-title|subhead|"
    r"excerpt|description|abstract|strapline|sapo|chapo|chapeau|entradilla|summary|"
    r"article-head|bodytext-intro|opener"
)

_POSITIVE = re.compile(
    r"article|body|content|entry|main|page|post|story|text|blog|prose|richtext|rich-text|"
    r"paragraph|copy|detail"
)
_NEGATIVE = re.compile(
    r"comment|combx|contact|foot|footer|footnote|masthead|media|meta|outbrain|promo|"
    r"related|scroll|shoutbox|sidebar|sponsor|shopping|tags|tool|widget|hidden|share|"
    r"social|nav|menu|recommend|teaser|newsletter|subscribe|login|cookie|breadcrumb"
)

_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "main",
        "header",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "dl",
        "dt",
        "dd",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "figure",
        "figcaption",
        "address",
        "hr",
        "center",
        "form",
        "fieldset",
        "details",
        "summary",
        "body",
        "html",
    }
)
# Inline elements are judged with the block that holds them.
_INLINE_TAGS = frozenset(
    {"a", "b", "i", "em", "strong", "img", "br", "small", "sup", "sub", "u", "abbr", "cite",
     "code", "source", "path", "wbr", "mark", "q", "s", "time"}
)  # fmt: skip
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_SCORED_TAGS = frozenset(
    {"p", "pre", "td", "div", "section", "blockquote", "article", "font", "span"}
)
_TAG_BONUS = {
    "div": 5.0,
    "article": 8.0,
    "section": 3.0,
    "main": 5.0,
    "pre": 3.0,
    "td": 3.0,
    "blockquote": 3.0,
    "ol": -3.0,
    "ul": -3.0,
    "li": -3.0,
    "form": -3.0,
    "dl": -3.0,
    "h1": -5.0,
    "h2": -5.0,
    "h3": -5.0,
    "th": -5.0,
    "header": -3.0,
}

_MIN_PARAGRAPH = 25
_COMMAS = re.compile(r"[,，、،;]")
# Link-only, teaser and furniture lines that survive inside story containers.
_FURNITURE_LINE = re.compile(
    r"^(?:advertisement|anzeige|publicidad|publicité|pubblicità|reklame|annons|annonse|"
    r"werbung|sponsored|read more|read also|also read|see also|more:|related:|"
    r"lesen sie auch|lesen sie mehr|mehr zum thema|weiterlesen|auch interessant|"
    r"lire aussi|à lire aussi|leer más|lee también|vea también|leggi anche|"
    r"les også|läs också|læs også|czytaj też|czytaj także|читайте также|"
    r"share this|share on|teilen|click here|sign up|subscribe|follow us|"
    r"copyright|©|\(c\) ?\d{4}|all rights reserved|"
    r"continue reading|keep reading|read the full|embed$|"
    r"czytaj więcej|czytaj dalej|zobacz też|zobacz także|pozostało jeszcze|subskrybuj|"
    r"mehr lesen|jetzt abonnieren|abonnieren|zum artikel|"
    r"læs mere|les mer|läs mer|lue lisää|lees meer|lees ook|"
    r"leia mais|leia também|saiba mais|veja também|ler mais|"
    r"continua a leggere|leggi di più|lire la suite|seguir leyendo|sigue leyendo|"
    r"читать далее|подробнее|читайте также|sharing is caring|don't miss|don’t miss|"
    r"(?:advert|watch|article content|video|audio|listen)$)",
    re.IGNORECASE,
)
# A line of page furniture that a page prints alone: a counter ("2 / 3"), a
# label ending in a colon ("Publikacja:").
# A line that is only a timestamp, with at most a short label before it.
_TIMESTAMP_LINE = re.compile(
    r"^(?:[^\W\d_]{1,15}\.?:?\s){0,3}\d{1,4}[./-]\s?\d{1,2}[./-]\s?\d{2,4}"
    r"(?:[,|\s–-]{1,4}(?:um\s|at\s|à\s)?\d{1,2}[:.h]\d{2}(?:\s?(?:Uhr|h|am|pm|AM|PM))?)?"
    r"(?:\s?\([A-Z]{2,5}\))?$"
)
# Consent placeholders standing in for an embedded post, video or chart,
# with the switch that loads it; they can run to a few sentences.
_CONSENT_LINE = re.compile(
    r"^(?:externen inhalt anzeigen|externe inhalte anzeigen|ein klick für den datenschutz|"
    r"ich bin damit einverstanden, dass mir (?:der )?externe|"
    r"an dieser stelle finden sie einen von unseren redakteuren|"
    r"to view this content|enable (?:cookies|javascript) to (?:view|see)|"
    r"this content is (?:blocked|not available)|load external content|show external content)",
    re.IGNORECASE,
)
_CONSENT_CHARS = 400
# A video or audio teaser's text ends with its date and running time
# ("... 21.04.2024 | 3:18 min"): it describes a clip, not the story.
_CLIP_TEASER = re.compile(
    r"(?:^|[|·•]\s?)\d{1,3}:\d{2}(?::\d{2})?\s?(?:min|mins|minutes|Min\.?)\.?$"
)
_CLIP_TEASER_CHARS = 500
# A post's meta line: several labelled fields ("Posted by: ... - Category:
# ... - Tags: ...") printed on one line.
_POST_META_LABEL = re.compile(
    r"(?:^|[\s|·•-])(?:posted by|published by|publicado por|publicado em|veröffentlicht von|"
    r"category|categories|categoria|categorias|categoría|kategorie|catégorie|"
    r"tags|tagged|etiquetas|schlagwörter|schlagworte|filed in|filed under)\s?:",
    re.IGNORECASE,
)
_POST_META_CHARS = 250
# A picture's caption with its credit: a short text ending in "© Holder".
_CAPTION_CREDIT = re.compile(r"\s©\s?[^©.!?]{1,60}$")
_CAPTION_CREDIT_CHARS = 300
_PROMO_WINDOW = 3
_APPEAL_CHARS = 900
_PROMO_LINE = re.compile(
    r"newsletter|whatsapp-kanal|whatsapp channel|il vous reste \d|réservée aux abonnés|"
    r"pozostało jeszcze|sign up for our|sign up to our|melden sie sich|abonniere|"
    r"kostenlos testen|free trial|abgelegt unter|filed under|"
    # Invitations to follow the outlet elsewhere ("Follow us on Instagram").
    r"^(?:follow|folgst du|folgen sie|folge|suivez|síguenos|seguici)\b[^.!?]{0,80}?\b"
    r"(?:on|auf|sur|en|su)\s(?:instagram|facebook|twitter|whatsapp|youtube|tiktok|telegram|threads)",
    re.IGNORECASE,
)
# Appeals for support and comment rules: they run to a paragraph or two, so
# they are recognised at greater length than a sign-up line.
_APPEAL_LINE = re.compile(
    r"unterstützen sie (?:uns|unser)|mit einer spende|support (?:us|our journalism|independent)|"
    r"make a donation|donate (?:now|today)|ihre kommentare|comment policy|kommentarregeln|"
    r"comentários com|"
    # Calls for tips: "Have a tip? Write to ...", "Hinweise? Melden Sie sich vertraulich".
    r"have a (?:news )?tip|got a (?:news )?tip|news tip, correction|"
    r"haben hinweise|haben sie hinweise|melden sie (?:sich )?vertraulich",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_CLOCK_OR_DATE = re.compile(r"(?<!\d)\d{1,2}[:h]\d{2}(?!\d)|(?<!\d)\d{1,2}[./]\d{1,2}[./]\d{2,4}")
_DIGITS_ONLY = re.compile(r"^[\d\s/|·•.-]{1,40}$")
# A labelled source or picture credit printed as a line of its own.
_CREDIT_LINE = re.compile(
    r"^(?:quelle|quellen|source|sources|fuente|fonte|kilde|källa|bron|źródło|foto|fotos|"
    r"photo|photos|bild|credit|credits)\s?(?:\(s\))?\s?:\s?\S",
    re.IGNORECASE,
)
_CREDIT_LINE_CHARS = 120
_LABEL_LINE = re.compile(r"^(?:\d{1,3} ?/ ?\d{1,3}|[^\s:]{1,20}:)$")


@attrs.frozen
class RawBlock:
    """A block as extracted, before the model normalises it.

    Attributes:
        kind: The block kind.
        text: The text (whitespace not yet collapsed).
        rows: Table cells by row, for a table block.
        is_standfirst: The block is marked up as a lead or standfirst.
    """

    kind: BlockKind
    text: str
    rows: tuple[tuple[str, ...], ...] = ()
    is_standfirst: bool = False


@attrs.frozen
class Extraction:
    """What the extractor found in the page body.

    Attributes:
        blocks: Story blocks in reading order.
        standfirst: The lead shown above the story, if marked up as one.
        headline: The visible headline, if the page has one.
        media: Figures in the story, with captions.
        credit_texts: Photo credit lines printed in figure captions.
        visible: Printed byline and date lines, as ``(field, text)`` pairs
            with the field ``"author"`` or ``"published"``.
    """

    blocks: tuple[Block, ...]
    standfirst: str | None
    headline: str | None
    media: tuple[Media, ...]
    credit_texts: tuple[str, ...] = ()
    visible: tuple[tuple[str, str], ...] = ()


_FURNITURE_NAME = re.compile(
    _FURNITURE_SUBSTRINGS.pattern
    + r"|(?:^|[\s_-])(?:"
    + "|".join(sorted(_FURNITURE_WORDS, key=len, reverse=True))
    + r")(?=$|[\s_-])"
)


def _is_furniture_name(names: str) -> bool:
    return len(names) > 1 and _FURNITURE_NAME.search(names) is not None


def _is_hidden(element: etree._Element) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden") == "true":
        return True
    style = element.get("style")
    if style:
        style = style.replace(" ", "").lower()
        return "display:none" in style or "visibility:hidden" in style
    return False


def _clean(
    root: etree._Element, keep: frozenset[etree._Element]
) -> list[tuple[str, str, etree._Element]]:
    """Remove non-story elements from the tree, without recursion.

    Returns:
        The printed bylines and dates met on the way, as ``(field, text,
        element)``: elements whose class names a byline, an author or a date,
        in page order.
    """
    _remove(list(root.iter(*_DROP_TAGS)))
    total = max(_text_length(root), 1)
    doomed: list[etree._Element] = []
    visible: list[tuple[str, str, etree._Element]] = []
    authors = dates = 0
    # Pages repeat the same class names on many elements: judge each once,
    # keyed by the raw attribute values, before any string is built.
    judged: dict[tuple[str | None, str | None], tuple[str, bool, bool]] = {}
    walker = etree.iterwalk(root, events=("start",))
    for _event, element in walker:
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if tag in _INLINE_TAGS or element in keep or tag in ("html", "body"):
            continue
        keys = element.keys()
        if tag not in _FURNITURE_TAGS and not keys:
            continue  # no class, id, style or hidden: nothing names it furniture
        raw = (element.get("class"), element.get("id"))
        verdict = judged.get(raw)
        if verdict is None:
            text = _attrs_text(element)
            verdict = judged[raw] = (
                text,
                _is_furniture_name(text),
                bool(text) and _VISIBLE_NAME.search(text) is not None,
            )
        names, named, visible_named = verdict
        furniture = (
            tag in _FURNITURE_TAGS
            or (
                not _NAMES_ONLY.issuperset(keys)
                and (_is_hidden(element) or element.get("role") in _FURNITURE_ROLES)
            )
            or (tag not in _TEXT_TAGS and named)
            or (tag in _LABELLED_TAGS and _is_furniture_label(element.get("aria-label")))
        )
        if furniture:
            # A misleading name on a wrapper of most of the page: keep looking inside.
            if element.get("itemprop") == "articleBody":
                continue
            if _STRONG_FURNITURE.search(names):
                # Comments and consent boxes hold prose too; only a wrapper of
                # nearly the whole page escapes its name.
                if _text_length(element) > total * 0.6:
                    continue
            elif _has_prose(element) or _text_length(element) > total * 0.3:
                continue
            doomed.append(element)
            walker.skip_subtree()
            continue
        if visible_named and (authors < _VISIBLE_AUTHORS or dates < _VISIBLE_DATES):
            field = _visible_line(element, names)
            if field is not None:
                text = " ".join(_text_of(element).split())
                if field == "author" and authors < _VISIBLE_AUTHORS:
                    authors += 1
                    visible.append((field, text, element))
                    # Bylines and dates share a printed line ("Thu 25.04.24 |
                    # 14:07 | By ..."): the line may carry the date too.
                    parent = element.getparent()
                    if parent is not None and dates < _VISIBLE_DATES:
                        line = " ".join(_text_of(parent).split())
                        if len(line) <= _VISIBLE_MAX_CHARS and line != text:
                            dates += 1
                            visible.append(("published", line, parent))
                elif field == "published" and dates < _VISIBLE_DATES and not _in_link(element):
                    # A date inside a link belongs to the teaser it links to.
                    dates += 1
                    visible.append((field, text, element))
    _remove(doomed)
    return visible


# Attributes that cannot hide an element: with only these, _is_hidden is False.
# ARIA roles of the landmarks and overlays that _FURNITURE_TAGS and <dialog>
# name in markup: pop-overs, tooltips, menus, site header and footer.
_FURNITURE_ROLES = frozenset(
    {"dialog", "alertdialog", "tooltip", "menu", "menubar", "navigation", "banner", "contentinfo"}
)
_NAMES_ONLY = frozenset({"class", "id", "href", "src", "alt", "title", "lang", "dir", "rel"})
_VISIBLE_NAME = re.compile(r"byline|author|date|time|publish")
_VISIBLE_AUTHORS = 4
_VISIBLE_DATES = 6
_VISIBLE_MAX_CHARS = 100
_CONTAINERS = frozenset({"div", "section", "article", "p", "ul", "ol", "table", "header", "footer"})


# Regions that name themselves for screen readers ("Newsletter sign-up",
# "Share this article") say what they hold as plainly as a class name does.
_LABELLED_TAGS = frozenset({"section", "div", "form", "ul"})


def _is_furniture_label(label: str | None) -> bool:
    return label is not None and _is_furniture_name(label.lower())


def _visible_line(element: etree._Element, names: str) -> str | None:
    """Tell whether an element is a printed byline or date line, and which."""
    if len(element) > 8 or any(child.tag in _CONTAINERS for child in element):
        return None  # a wrapper named after what it contains, not the line itself
    if _text_length(element) > _VISIBLE_MAX_CHARS:
        return None
    if "byline" in names or "author" in names:
        return "author"
    return "published"


def _has_prose(element: etree._Element) -> bool:
    """Tell whether an element holds story prose: two long paragraphs of plain text.

    Furniture (share bars, rails, menus) holds short or linked lines; a
    class name that says ``sidebar`` on a layout grid around the story does
    not make the story furniture.
    """
    found = 0
    for paragraph in element.iter("p"):
        length = _text_length(paragraph)
        if length >= 150 and _link_length(paragraph) < length * 0.3:
            found += 1
            if found >= 2:
                return True
    return False


def _drop_tree(element: etree._Element, parent: etree._Element) -> None:
    """Remove an element and its content, keeping the text that follows it."""
    tail = element.tail
    if tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _remove(doomed: list[etree._Element]) -> None:
    for element in doomed:
        parent = element.getparent()
        if parent is None:
            continue
        if isinstance(element.tag, str):
            _drop_tree(element, parent)
        else:
            # Comments and processing instructions: keep their tail text.
            tail = element.tail
            previous = element.getprevious()
            if tail:
                if previous is not None:
                    previous.tail = (previous.tail or "") + tail
                else:
                    parent.text = (parent.text or "") + tail
            parent.remove(element)


def _own_text(element: etree._Element) -> str:
    parts = [element.text or ""]
    parts.extend(child.tail or "" for child in element)
    return " ".join("".join(parts).split())


def _paragraph_text(element: etree._Element) -> tuple[str, int] | None:
    """Return the text a paragraph-like element holds and its link length."""
    tag = element.tag
    if tag in ("p", "pre", "td", "blockquote", "font"):
        text = " ".join(_text_of(element).split())
        return text, _link_length(element) if text else 0
    has_block_child = any(child.tag in _BLOCK_TAGS for child in element)
    if not has_block_child:
        text = " ".join(_text_of(element).split())
        return text, _link_length(element) if text else 0
    # Text written straight into a container between its blocks (<br> layouts).
    text = _own_text(element)
    return text, 0


def _class_weight(element: etree._Element) -> float:
    names = _attrs_text(element)
    weight = 0.0
    if names.strip():
        if _NEGATIVE.search(names):
            weight -= 25.0
        if _POSITIVE.search(names):
            weight += 25.0
    if (element.get("itemprop") or "").lower() == "articlebody":
        weight += 50.0
    if (element.get("role") or "").lower() == "main":
        weight += 10.0
    return weight


def _score(
    root: etree._Element,
) -> tuple[dict[etree._Element, float], dict[etree._Element, int]]:
    """Score containers by the paragraphs under them.

    Returns:
        The decayed paragraph scores of each paragraph's nearest ancestors,
        and for every ancestor the total length of the prose paragraphs it
        holds (used to widen the chosen container over a story split into
        several sections).
    """
    scores: dict[etree._Element, float] = {}
    prose: dict[etree._Element, int] = {}
    for element in root.iter(*_SCORED_TAGS):
        found = _paragraph_text(element)
        if found is None:
            continue
        text, links = found
        length = len(text)
        if length < _MIN_PARAGRAPH:
            continue
        density = links / length
        if density > 0.5:
            continue
        score = (1.0 + len(_COMMAS.findall(text)) + min(length / 100.0, 3.0)) * (1.0 - density)
        ancestor = element.getparent()
        level = 0
        while ancestor is not None and level < 5:
            if ancestor not in scores:
                scores[ancestor] = _TAG_BONUS.get(ancestor.tag, 0.0) + _class_weight(ancestor)
            divider = 1.0 if level == 0 else 2.0 if level == 1 else level * 3.0
            scores[ancestor] += score / divider
            ancestor = ancestor.getparent()
            level += 1
        ancestor = element
        while ancestor is not None:
            prose[ancestor] = prose.get(ancestor, 0) + length - links
            ancestor = ancestor.getparent()
    return scores, prose


def _widen(best: etree._Element, prose: dict[etree._Element, int]) -> etree._Element:
    """Move up while what the parent adds is mostly more prose.

    A story cut into sections by ad slots, pictures or "read also" boxes
    spreads its paragraphs over sibling containers; the parent then holds more
    of the story and little else.
    """
    node = best
    length = _text_length(node)
    while True:
        parent = node.getparent()
        if parent is None or parent.tag in ("body", "html"):
            return node
        gain = prose.get(parent, 0) - prose.get(node, 0)
        parent_length = _text_length(parent)
        extra = parent_length - length
        if extra > 0 and gain < extra * _WIDEN_PROSE_SHARE:
            return node
        # A wrapper that adds nothing is passed through on the way up.
        node, length = parent, parent_length


_WIDEN_PROSE_SHARE = 0.85
# Only the strongest raw scores need their link density measured.
_CANDIDATES = 40


def _near(element: etree._Element, scope: frozenset[etree._Element]) -> bool:
    node: etree._Element | None = element
    for _ in range(8):
        if node is None:
            return False
        if node in scope:
            return True
        node = node.getparent()
    return False


def _pick_container(
    scores: dict[etree._Element, float],
    headline: etree._Element | None,
) -> tuple[etree._Element | None, dict[etree._Element, float]]:
    final: dict[etree._Element, float] = {}
    # The story follows its headline: a container that shares the headline's
    # parent, grandparent or great-grandparent beats a second story lower on
    # the page or a rail of teasers.
    scope: set[etree._Element] = set()
    node = headline.getparent() if headline is not None else None
    while node is not None and len(scope) < 3 and node.tag not in ("body", "html"):
        scope.add(node)
        if node.tag == "article":
            break  # the headline's own article: the stories around it are others
        node = node.getparent()
    frozen_scope = frozenset(scope)
    # Only the strongest raw scores need their link density measured.
    ranked = sorted(scores.items(), key=lambda item: item[1], reverse=True)[:_CANDIDATES]
    for element, score in ranked:
        if element.tag in ("html", "body"):
            continue
        length = _text_length(element)
        density = _link_length(element) / length if length else 1.0
        final[element] = score * (1.0 - density)
        if frozen_scope and _near(element, frozen_scope):
            final[element] *= 1.5
    if not final:
        return None, final
    best = max(final, key=final.__getitem__)
    return best, final


def _image_url(element: etree._Element, base: str | None) -> str | None:
    for attribute in ("src", "data-src", "data-original", "data-lazy-src", "data-url"):
        value = (element.get(attribute) or "").strip()
        if value and not value.startswith("data:"):
            return urljoin(base, value) if base else value
    srcset = (element.get("srcset") or element.get("data-srcset") or "").strip()
    if srcset:
        first = srcset.split(",")[0].strip().split(" ")[0]
        if first:
            return urljoin(base, first) if base else first
    return None


def _figure_media(figure: etree._Element, base: str | None) -> tuple[Media | None, str | None]:
    url = None
    for image in figure.iter("img", "source"):
        url = _image_url(image, base)
        if url:
            break
    caption_parts: list[str] = []
    credit: str | None = None
    for caption in figure.iter("figcaption"):
        for part in caption.iter():
            if part is caption:
                continue
            names = _attrs_text(part)
            if ("credit" in names or "copyright" in names or "source" in names) and credit is None:
                credit = " ".join(_text_of(part).split()) or None
        caption_parts.append(" ".join(_text_of(caption).split()))
    text = " ".join(caption_parts).strip()
    if credit and text.endswith(credit):
        text = text[: -len(credit)].strip()
    if url is None and not text:
        return None, None
    return Media(url=url, caption=text or None), credit


class _Walker:
    """Turns one container into blocks in reading order."""

    def __init__(self, skip: frozenset[etree._Element], base: str | None) -> None:
        self.skip = skip
        self.base = base
        self.blocks: list[RawBlock] = []
        self.media: list[Media] = []
        self.credits: list[str] = []
        self.buffer: list[str] = []
        self.link_chars = 0
        self.in_link = 0
        self.context: list[str] = []
        self.standfirst_depth = 0
        self.headline_seen = False

    def _kind(self) -> BlockKind:
        for tag in reversed(self.context):
            if tag == "pre":
                return BlockKind.PREFORMATTED
            if tag in _HEADING_TAGS:
                return BlockKind.HEADING
            if tag == "li":
                return BlockKind.LIST_ITEM
            if tag == "blockquote":
                return BlockKind.BLOCKQUOTE
        return BlockKind.PARAGRAPH

    def _add(self, text: str | None) -> None:
        if text:
            self.buffer.append(text)
            if self.in_link:
                self.link_chars += len(text.strip())

    def flush(self) -> None:
        if not self.buffer:
            return
        raw = "".join(self.buffer)
        self.buffer = []
        links, self.link_chars = self.link_chars, 0
        kind = self._kind()
        text = raw if kind is BlockKind.PREFORMATTED else " ".join(raw.split())
        if not text.strip():
            return
        length = len(text.strip())
        if links and links / length > 0.6:
            return  # a link, or a line of links: navigation, not story
        if length < 120 and _FURNITURE_LINE.match(text.strip()):
            return
        if length <= _CONSENT_CHARS and _CONSENT_LINE.match(text.strip()):
            return
        if length <= 24 and _LABEL_LINE.match(text.strip()):
            return
        stripped = text.strip()
        if length <= 60 and (
            _TIMESTAMP_LINE.match(stripped)
            or (
                _YEAR.search(stripped)
                and _CLOCK_OR_DATE.search(stripped)
                and stripped[-1:] not in _SENTENCE_END
            )
        ):
            return  # "Stand: 17.06.2025 18:24 Uhr": when, not what
        if length <= _CLIP_TEASER_CHARS and _CLIP_TEASER.search(stripped):
            return
        if length <= _CAPTION_CREDIT_CHARS:
            credit = _CAPTION_CREDIT.search(stripped)
            if credit is not None:
                # "The square at dawn © Ada Example": a caption and its credit.
                self.credits.append(credit.group().strip())
                return
        if length <= _POST_META_CHARS and len(_POST_META_LABEL.findall(stripped)) >= 2:
            return  # "Posted by: ... - Category: ... - Tags: ...": about the post
        if _DIGITS_ONLY.match(stripped):
            return  # page numbers, a rating widget
        if length <= _CREDIT_LINE_CHARS and _CREDIT_LINE.match(stripped):
            self.credits.append(stripped)  # "Photo: AFP", "Quelle: dpa": a credit
            return
        self.blocks.append(RawBlock(kind, text, is_standfirst=self.standfirst_depth > 0))

    def _table(self, table: etree._Element) -> bool:
        """Emit a data table as one block; return False for a layout table."""
        if any(
            True
            for _ in table.iter("table", "p", "div", "ul", "ol", "blockquote")
            if _ is not table
        ):
            return False
        rows: list[tuple[str, ...]] = []
        for row in table.iter("tr"):
            cells = tuple(
                " ".join(_text_of(cell).split()) for cell in row if cell.tag in ("td", "th")
            )
            if any(cells):
                rows.append(cells)
        if not rows:
            return True
        if len(rows) == 1 and len(rows[0]) == 1:
            return False  # a one-cell table is a box, not data
        text = " ".join(c for row in rows for c in row if c)
        if text:
            self.blocks.append(RawBlock(BlockKind.TABLE, text, rows=tuple(rows)))
        return True

    def walk(self, container: etree._Element, headline: etree._Element | None) -> None:
        walker = etree.iterwalk(container, events=("start", "end"))
        for event, element in walker:
            tag = element.tag
            if not isinstance(tag, str):
                continue
            if event == "start":
                if element is headline:
                    self.flush()
                    # What stands above the headline is a kicker or breadcrumb.
                    if len(self.blocks) <= 3 and sum(len(b.text) for b in self.blocks) < 300:
                        self.blocks.clear()
                    self.headline_seen = True
                    walker.skip_subtree()
                    continue
                if element in self.skip:
                    walker.skip_subtree()
                    continue
                if tag in ("figure", "picture") or (
                    tag == "img" and element.getparent() is not None
                ):
                    self.flush() if tag != "img" else None
                    if tag == "img":
                        continue
                    media, credit = _figure_media(element, self.base)
                    if media is not None:
                        self.media.append(media)
                    if credit:
                        self.credits.append(credit)
                    walker.skip_subtree()
                    continue
                if tag in ("figcaption", "h1"):
                    walker.skip_subtree()
                    continue
                names = _attrs_text(element)
                if (
                    element is not container
                    and tag not in _TEXT_TAGS
                    and _SECONDARY_SUBSTRINGS.search(names)
                    and (not _STANDFIRST_WORDS.search(names) or _CAPTION_BOX.search(names))
                    and (
                        _text_length(element) < 250
                        or (_SECONDARY_STRICT.search(names) and not _has_prose(element))
                    )
                    and not _is_heading_box(element, names)
                ):
                    walker.skip_subtree()
                    continue
                if (
                    tag == "p"
                    and names
                    and _CAPTION_NAME.search(names)
                    and _text_length(element) <= _CAPTION_CHARS
                ):
                    walker.skip_subtree()  # a picture's caption set as a paragraph
                    continue
                if element is not container and tag in _BOX_TAGS and _is_link_box(element):
                    walker.skip_subtree()
                    continue
                if tag == "table":
                    self.flush()
                    if self._table(element):
                        walker.skip_subtree()
                        continue
                if tag == "br":
                    self.flush()
                    continue
                if tag in _BLOCK_TAGS:
                    self.flush()
                    self.context.append(tag)
                    if _STANDFIRST_WORDS.search(names):
                        self.standfirst_depth += 1
                        self.context[-1] = tag + "#lead"
                elif tag == "a":
                    self.in_link += 1
                self._add(element.text)
            else:
                if element is headline or element in self.skip:
                    self._add(element.tail)
                    continue
                if tag in _BLOCK_TAGS:
                    self.flush()
                    if self.context and self.context[-1].split("#")[0] == tag:
                        popped = self.context.pop()
                        if popped.endswith("#lead"):
                            self.standfirst_depth -= 1
                elif tag == "a" and self.in_link:
                    self.in_link -= 1
                if element is not container:
                    self._add(element.tail)
        self.flush()


# A picture's description is its caption, whatever "description" says elsewhere.
_CAPTION_BOX = re.compile(r"(?:image|photo|picture|img|bild)[-_]?(?:description|desc|text)")
_CAPTION_NAME = re.compile(r"caption|bildunterschrift|legende|image-text|photo-text")
_CAPTION_CHARS = 400
_BOX_TAGS = frozenset({"div", "section", "ul", "ol", "aside", "nav", "header", "footer", "span"})


def _has_link_heading(element: etree._Element) -> bool:
    for heading in element.iter("h2", "h3", "h4", "h5", "h6"):
        length = _text_length(heading)
        if length and _link_length(heading) >= length * 0.9:
            return True
        parent = heading.getparent()
        if parent is not None and parent.tag == "a":
            return True
    return False


def _is_link_box(element: etree._Element) -> bool:
    """Tell a box of links and teasers inside the story from a part of it.

    A box whose text is mostly link text, or a short one with a fair share of
    links and no paragraph of plain prose, points elsewhere: related stories,
    "next article" teasers, tag lists.
    """
    length = _text_length(element)
    if length < _MIN_PARAGRAPH:
        return False
    links = _link_length(element)
    if links == 0:
        return False
    density = links / length
    if density > 0.5:
        return True
    if density > 0.15 and length < 600 and _has_link_heading(element):
        return True  # a teaser: a linked headline over a short excerpt
    if density > 0.25 and length < 600:
        for paragraph in element.iter("p"):
            own = _text_length(paragraph)
            if (
                own >= 60
                and _link_length(paragraph) < own * 0.5
                and _text_of(paragraph).rstrip()[-1:] in _SENTENCE_END
            ):
                return False  # a sentence with a link in it, not a list of links
        return True
    return False


_SUBHEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_TITLE_NAME = re.compile(r"title|headline")


def _is_heading_box(element: etree._Element, names: str) -> bool:
    """Tell a box that only wraps a sub-heading of the story from secondary text.

    Slideshows and sectioned stories wrap each section's heading in a box
    named after it (``class="slide-title"``); the box holds the heading and
    nothing else.
    """
    if len(element) != 1 or not _TITLE_NAME.search(names):
        return False
    child = element[0]
    return (
        child.tag in _SUBHEADINGS
        and not (element.text or "").strip()
        and not (child.tail or "").strip()
        and not any(True for _ in child.iter("a"))
    )


_TEXT_TAGS = frozenset({"p", "li", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"})
_SECONDARY_STRICT = re.compile(r"caption|credit|byline|author|share|social|gallery|embed")


def _final_score(
    element: etree._Element,
    scores: dict[etree._Element, float],
    final: dict[etree._Element, float],
) -> float | None:
    """The link-discounted score of a container, measured on first use."""
    if element in final:
        return final[element]
    score = scores.get(element)
    if score is None:
        return None
    length = _text_length(element)
    density = _link_length(element) / length if length else 1.0
    final[element] = score * (1.0 - density)
    return final[element]


def _siblings(
    best: etree._Element,
    scores: dict[etree._Element, float],
    final: dict[etree._Element, float],
) -> list[etree._Element]:
    parent = best.getparent()
    if parent is None:
        return [best]
    threshold = max(10.0, final[best] * 0.2)
    chosen: list[etree._Element] = []
    best_class = best.get("class")
    for sibling in parent:
        if sibling is best:
            chosen.append(sibling)
            continue
        if not isinstance(sibling.tag, str):
            continue
        bonus = final[best] * 0.2 if best_class and sibling.get("class") == best_class else 0.0
        score = _final_score(sibling, scores, final)
        if score is not None and score + bonus >= threshold:
            chosen.append(sibling)
            continue
        if sibling.tag == "p":
            text = " ".join(_text_of(sibling).split())
            length = len(text)
            if not length:
                continue
            density = _link_length(sibling) / length
            if (length > 80 and density < 0.25) or (
                0 < length <= 80 and density == 0 and text.rstrip()[-1:] in ".!?。"
            ):
                chosen.append(sibling)
    return chosen


def _promote(best: etree._Element, final: dict[etree._Element, float]) -> etree._Element:
    """Move up while the parent holds the story's text spread over several children."""
    top = sorted(final.items(), key=lambda item: item[1], reverse=True)[:5]
    if len(top) < 3:
        return best
    threshold = final[best] * 0.75
    strong = [e for e, s in top[1:] if s >= threshold]
    if len(strong) < 2:
        return best
    ancestors: list[etree._Element] = []
    node = best.getparent()
    while node is not None and node.tag not in ("body", "html"):
        ancestors.append(node)
        node = node.getparent()
    for ancestor in ancestors:
        contained = 0
        for element in strong:
            probe = element.getparent()
            while probe is not None and probe is not ancestor:
                probe = probe.getparent()
            if probe is ancestor:
                contained += 1
        if contained >= 2:
            return ancestor
    return best


_HINT_LINES = re.compile(r"\s*\n\s*")
_TAG_LIKE = re.compile(r"<[^<>]{0,200}>")
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{0,500})\]\([^()\s]{0,2000}\)")
_MARKDOWN_EMPHASIS = re.compile(r"(?<!\w)\*{1,2}([^*\n]{1,500}?)\*{1,2}(?!\w)")


def _hint_blocks(text: str) -> list[RawBlock]:
    """Split a structured-data story text (JSON-LD ``articleBody``) into paragraphs."""
    if "<" in text and ">" in text:
        text = _TAG_LIKE.sub("\n", text)
    if "](" in text or "*" in text:
        # Some publishers write articleBody in Markdown: keep the words only.
        text = _MARKDOWN_EMPHASIS.sub(r"\1", _MARKDOWN_LINK.sub(r"\1", text))
    return [RawBlock(BlockKind.PARAGRAPH, line) for line in _HINT_LINES.split(text) if line.strip()]


_STANDFIRST_TAGS = ("p", "div", "span", "h2", "h3")
# How many opening blocks may already print the described lead.
_LEAD_REPEAT_BLOCKS = 4
_TRUNCATION = re.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*$")


_SENTENCE_END = frozenset(".!?…:;\"'”’»)。！？」")


def _is_loose_line(text: str) -> bool:
    stripped = text.strip()
    return len(stripped) < 50 and stripped[-1:] not in _SENTENCE_END


def _in_link(element: etree._Element) -> bool:
    node = element.getparent()
    for _ in range(4):
        if node is None:
            return False
        if node.tag == "a":
            return True
        node = node.getparent()
    return False


def _inside_link(element: etree._Element) -> bool:
    node: etree._Element | None = element
    for _ in range(4):
        if node is None:
            return False
        if node.tag == "a":
            return True
        node = node.getparent()
    return any(True for _ in element.iter("a"))


def _story_first(
    visible: list[tuple[str, str, etree._Element]],
    headline: etree._Element | None,
    container: etree._Element,
) -> list[tuple[str, str, etree._Element]]:
    """Order printed byline and date lines: those beside the story first.

    A page prints dates and names in teasers and rails too; the ones that
    share the headline's surroundings or sit in the story's container are the
    story's own.
    """
    scope: set[etree._Element] = {container}
    parent = container.getparent()
    if parent is not None and parent.tag not in ("body", "html"):
        scope.add(parent)
    node = headline.getparent() if headline is not None else None
    for _ in range(3):
        if node is None or node.tag in ("body", "html"):
            break
        scope.add(node)
        node = node.getparent()
    frozen = frozenset(scope)
    near = [item for item in visible if _near(item[2], frozen)]
    far = [item for item in visible if not _near(item[2], frozen)]
    ordered = near + far
    authors = [item for item in ordered if item[0] == "author"][:2]
    dates = [item for item in ordered if item[0] == "published"][:3]
    return authors + dates


def _text_without_captions(element: etree._Element) -> str:
    """Return an element's text, leaving out the picture captions inside it."""
    if not any(True for child in element.iter() if child is not element and _is_caption_box(child)):
        return _text_of(element)
    parts: list[str] = []
    walker = etree.iterwalk(element, events=("start", "end"))
    for event, node in walker:
        if event == "start":
            if node is not element and _is_caption_box(node):
                walker.skip_subtree()  # its "end" still comes, with the tail
                parts.append(" ")
                continue
            parts.append(node.text or "" if isinstance(node.tag, str) else "")
        elif node is not element:
            parts.append(node.tail or "")
    return "".join(parts)


def _is_caption_box(element: etree._Element) -> bool:
    if not isinstance(element.tag, str):
        return False
    if element.tag == "figcaption":
        return True
    names = _attrs_text(element)
    return bool(names) and (
        _CAPTION_BOX.search(names) is not None or _CAPTION_NAME.search(names) is not None
    )


def _standfirst_below(
    headline: etree._Element, raw: list[RawBlock]
) -> tuple[str | None, list[RawBlock]]:
    """Find the lead printed right below the headline and marked up as one.

    Any attribute may say so (``class="subheadline"``,
    ``data-qa="standfirst"``, ``data-manual="teaserText"``); the element must
    follow the headline closely, hold a sentence or two and no links.
    """
    followers: list[etree._Element] = list(headline.itersiblings())[:4]
    parent = headline.getparent()
    if parent is not None and parent.tag not in ("body", "html"):
        followers.extend(list(parent.itersiblings())[:3])
    for element in followers:
        if not isinstance(element.tag, str) or element.tag == "h1":
            continue
        names = " ".join(str(value) for value in element.attrib.values()).lower()
        if not names or not _STANDFIRST_WORDS.search(names) or _is_furniture_name(names):
            continue
        text = " ".join(_text_without_captions(element).split())
        if not 40 <= len(text) <= 800 or _link_length(element):
            continue
        found = _squash(text)
        for i, block in enumerate(raw):
            if _squash(block.text) == found:
                if i < 3:
                    return text, raw[:i] + raw[i + 1 :]
                return None, raw
        return text, raw
    return None, raw


def _described_standfirst(
    root: etree._Element,
    descriptions: tuple[str, ...],
    raw: list[RawBlock],
    headline: str,
) -> tuple[str | None, list[RawBlock]]:
    """Find the printed lead that the page's description repeats.

    Most sites put their standfirst in ``og:description`` or the JSON-LD
    ``description``, often cut with an ellipsis. The element that shows that
    text is the standfirst; a description that no element shows is not
    printed, and is not used.
    """
    wanted_all: list[str] = []
    for description in descriptions:
        wanted = _squash(_TRUNCATION.sub("", description))
        if len(wanted) >= 20 and wanted not in wanted_all:
            wanted_all.append(wanted)
    if not wanted_all:
        return None, raw
    keys = {wanted[:8] for wanted in wanted_all}
    for element in root.iter(*_STANDFIRST_TAGS):
        first = element.text
        if (first is None or not first.strip()) and len(element):
            first = element[0].text
        if not first:
            continue
        start = _squash(first[:40])[:8]
        if len(start) < 4 or not any(key.startswith(start) for key in keys):
            continue
        text = " ".join(_text_of(element).split())
        found = _squash(text)
        for wanted in wanted_all:
            if not found or len(found) > len(wanted) * 1.5 + 40 or found == headline:
                continue
            if not (
                found == wanted
                or found.startswith(wanted)
                or (wanted.startswith(found) and len(found) >= len(wanted) * 0.6)
            ):
                continue
            if _inside_link(element):
                break  # a teaser linking elsewhere, not this story's lead
            # Already the first block of the story: move it up.
            for i, block in enumerate(raw[:3]):
                if _squash(block.text) == found:
                    return text, raw[:i] + raw[i + 1 :]
            if any(_squash(block.text) == found for block in raw):
                return None, raw
            # Printed as the story's opening, after a dateline ("Berlin. ...")
            # or split into paragraphs: the story has it already.
            if found in _squash(" ".join(block.text for block in raw[:_LEAD_REPEAT_BLOCKS])):
                return None, raw
            return text, raw
    return None, raw


# A heading that introduces links to other stories ("You may also like",
# "Most read", "Das könnte Sie auch interessieren"). Phrases of several words
# may go on ("Most popular diets"); single words must stand alone, as
# "Popular uprising" is a sub-heading of a story.
_TEASER_HEADING = re.compile(
    r"^(?:(?:you (?:may|might) (?:also )?(?:like|enjoy)|you may also be interested|"
    r"more (?:stories|news|from|on this|articles|like this)|most (?:popular|read|viewed|shared)|"
    r"related (?:articles|stories|posts|news|content|coverage|reading)|"
    r"recommended for you|read next|what to read next|top stories|don'?t miss|"
    r"você (?:pode|também pode) gostar|veja também|leia também|mais lidas|"
    r"самые популярные|читайте также|похожие (?:статьи|новости)|"
    r"mehr zum thema|das könnte sie auch interessieren|meistgelesen|weitere artikel|"
    r"(?:también )?te puede interesar|lo más leído|ti potrebbe interessare|"
    r"potrebbe interessarti|i più letti|vous aimerez aussi|à lire aussi|les plus lus|"
    r"sur le même sujet)(?:\W.{0,40})?|"
    r"(?:related|recommended|popular|trending|популярное|empfehlungen))\W{0,3}$",
    re.IGNORECASE,
)


def _drop_teaser_sections(raw: list[RawBlock]) -> list[RawBlock]:
    """Drop the sections of teasers that follow the story, heading and all.

    Only after some story text: a section ends at the next heading.
    """
    kept: list[RawBlock] = []
    dropping = False
    story = 0
    for block in raw:
        if block.kind is BlockKind.HEADING:
            dropping = (
                story >= _STORY_BEFORE_TEASERS
                and len(block.text) <= 60
                and _TEASER_HEADING.match(block.text) is not None
            )
        if not dropping:
            kept.append(block)
            story += len(block.text)
    return kept


_STORY_BEFORE_TEASERS = 400


_MIN_LEAD = 40
_DATE_LINE_CHARS = 120


def _is_lead_text(text: str) -> bool:
    """Tell whether text found as the standfirst reads as a lead.

    A photo credit ("... © Agency"), a name, a label or a line of byline and
    date ("By A. Writer, 20.11.2019, 1:35") may sit where a lead would, or
    carry the lead's class name; none of them is one.
    """
    stripped = text.strip()
    if len(stripped) < _MIN_LEAD or "©" in stripped:
        return False
    return not (
        len(stripped) < _DATE_LINE_CHARS
        and _YEAR.search(stripped)
        and _CLOCK_OR_DATE.search(stripped)
    )


def extract_body(
    root: etree._Element,
    *,
    titles: Iterable[str] = (),
    base_url: str | None = None,
    body_hint: str | None = None,
    descriptions: tuple[str, ...] = (),
) -> Extraction:
    """Extract the story from a parsed page, in reading order.

    The tree is modified: furniture is removed from it.

    Args:
        root: The page's root element.
        titles: Headline strings from metadata, most trusted first; they pick
            the visible ``<h1>`` that is the headline.
        base_url: The page's URL, to make media URLs absolute.
        body_hint: The story text as the page's structured data gives it
            (JSON-LD ``articleBody``); evidence for which element holds it.
        descriptions: The page's descriptions from metadata, most trusted
            first; the element that prints one of them is the standfirst.

    Returns:
        The blocks, the standfirst, the visible headline and the media.
    """
    headline_text, headline = find_headline(root, titles)
    keep = frozenset(e for e in (headline,) if e is not None)
    visible = _clean(root, keep)
    if headline is not None and headline.getparent() is None and headline is not root:
        headline = None
    scores, prose = _score(root)
    best, final = _pick_container(scores, headline)
    walker = _Walker(frozenset(), base_url)
    if best is None:
        body = root.find("body")
        if body is not None:
            walker.walk(body, headline)
    else:
        best = _widen(_promote(best, final), prose)
        if best not in final:
            final[best] = scores.get(best, 0.0)
        for container in _siblings(best, scores, final):
            walker.walk(container, headline)
        visible = _story_first(visible, headline, best)
        # The lead picture usually sits beside the story's text, not in it.
        scope = best.getparent()
        if scope is not None and scope.tag not in ("body", "html"):
            known = {m.url for m in walker.media}
            for figure in scope.iter("figure"):
                media, credit = _figure_media(figure, base_url)
                if media is not None and media.url not in known:
                    known.add(media.url)
                    walker.media.append(media)
                    if credit:
                        walker.credits.append(credit)
    raw = walker.blocks
    if body_hint is not None:
        hint = _hint_blocks(body_hint)
        found = sum(len(b.text) for b in raw)
        hinted = sum(len(b.text) for b in hint)
        # The page's markup shows much less than its structured data says the
        # story holds: a script-rendered page. The structured text is the story.
        if hinted >= 200 and found < hinted * 0.5:
            raw = hint
    standfirst: str | None = None
    leading = [b for b in raw[:2] if b.is_standfirst and b.kind is BlockKind.PARAGRAPH]
    if leading and len(raw) > len(leading):
        # The same lead printed twice (a mobile and a desktop variant) is one lead.
        standfirst = " ".join(dict.fromkeys(b.text for b in leading))
        raw = raw[len(leading) :]
    if standfirst is None and headline is not None:
        standfirst, raw = _standfirst_below(headline, raw)
    if standfirst is None and descriptions:
        standfirst, raw = _described_standfirst(
            root, descriptions, raw, _squash(headline_text or "")
        )
    if standfirst is not None and not _is_lead_text(standfirst):
        standfirst = None  # a caption, a byline or a date line marked up as the lead
    if standfirst is not None and _squash(standfirst) in _squash(
        " ".join(block.text for block in raw[:_LEAD_REPEAT_BLOCKS])
    ):
        standfirst = None  # the story's opening prints it again
    # Below the story's last sentence, short lines without sentence punctuation
    # are tags, share prompts and credits, not story.
    while raw and raw[-1].kind is BlockKind.PARAGRAPH and _is_loose_line(raw[-1].text):
        raw = raw[:-1]
    raw = _drop_teaser_sections(raw)
    # Promotions after the story: newsletters, channels, paywall notices.
    raw = [
        block
        for i, block in enumerate(raw)
        if i < len(raw) - _PROMO_WINDOW
        or not (
            (len(block.text) <= 300 and _PROMO_LINE.search(block.text))
            or (len(block.text) <= _APPEAL_CHARS and _APPEAL_LINE.search(block.text))
        )
    ]
    blocks = tuple(Block(kind=b.kind, text=b.text, rows=b.rows) for b in raw if b.text.strip())
    return Extraction(
        blocks=blocks,
        standfirst=standfirst,
        headline=headline_text,
        media=tuple(walker.media),
        credit_texts=tuple(walker.credits),
        visible=tuple((field, text) for field, text, _element in visible),
    )
