"""to_text: an article as canonical wire copy.

The layout is the one :func:`newsdoc.parse_text` reads first::

    <headline>
    <byline line: "By A, B and C, Affiliation", or "By Agency">
    <blank line>
    <paragraph>
    <blank line>
    ...
    <credit lines, each once>
    <photo captions, each followed by its credit>

>>> from newsdoc.model import Article, Block, Byline
>>> print(to_text(Article(
...     headline="Storm hits coast",
...     bylines=(Byline(name="Ann Lee", affiliation="AP"), Byline(name="Bo Ray", affiliation="AP")),
...     body=(Block(text="MIAMI (AP) — A storm hit."),),
... )))
Storm hits coast
By Ann Lee and Bo Ray, AP
<BLANKLINE>
MIAMI (AP) — A storm hit.
<BLANKLINE>
"""

from __future__ import annotations

from newsdoc.model import Article, Byline, Credit

__all__ = ["to_text"]


def _names(bylines: tuple[Byline, ...]) -> str:
    names = [b.name for b in bylines]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _byline_line(article: Article) -> str | None:
    if article.bylines:
        line = "By " + _names(article.bylines)
        affiliations = {b.affiliation for b in article.bylines}
        if len(affiliations) == 1:
            (affiliation,) = affiliations
            if affiliation is not None:
                line += ", " + affiliation
        return line
    if article.provider is not None:
        return "By " + article.provider
    return None


def _credit_lines(credits: tuple[Credit, ...], photo_raws: set[str]) -> list[str]:
    lines: list[str] = []
    for credit in credits:
        if credit.raw is None or credit.raw in photo_raws or credit.raw in lines:
            continue
        lines.append(credit.raw)
    return lines


def to_text(article: Article) -> str:
    """Write *article* as canonical wire copy that :func:`newsdoc.parse_text` reads back.

    The text carries the headline, the byline line (people with one shared
    affiliation, or the providing agency when no person is credited), the
    body paragraphs as printed (the dateline and the quotes are in them),
    the credit lines and the photo captions with their credits.

    It cannot carry: the subheadline and standfirst, bylines' titles and
    roles (and different affiliations for different people), block kinds
    other than paragraphs, table rows, media URLs and kinds, publication
    times, language, identifiers, urgency, subjects, keywords and the other
    metadata fields. ``parse_text(to_text(a)) == a`` holds for the articles
    of ``newsdoc.strategies.articles(subset="text")``.

    Args:
        article: The article to write.

    Returns:
        The text, ending with a newline.
    """
    lines: list[str] = []
    if article.headline is not None:
        lines.append(article.headline)
        byline = _byline_line(article)
        if byline is not None:
            lines.append(byline)
        lines.append("")
    for block in article.body:
        lines.extend((block.text, ""))
    photo_raws = {
        m.credit.raw for m in article.media if m.credit is not None and m.credit.raw is not None
    }
    for line in _credit_lines(article.credits, photo_raws):
        lines.extend((line, ""))
    for media in article.media:
        parts = [part for part in (media.caption, media.credit and media.credit.raw) if part]
        if parts:
            lines.extend((" ".join(parts), ""))
    return "\n".join(lines)
