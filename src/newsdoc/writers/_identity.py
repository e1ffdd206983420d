"""The identifier a writer gives an article that has none of its own."""

from __future__ import annotations

import hashlib

from newsdoc.model import Article

__all__ = ["item_identifier"]


def item_identifier(article: Article) -> str:
    """Return the article's ``guid``, or a stable URN derived from its content.

    NewsML-G2 and ninjs both require an identifier. One derived from the
    headline and body is the same every time the same article is written, so
    writing twice never mints two items.

    Args:
        article: The article being written.

    Returns:
        ``article.guid`` when set, else ``urn:newsdoc:sha256:<32 hex digits>``.
    """
    if article.guid is not None:
        return article.guid
    digest = hashlib.sha256(
        "\n".join([article.headline or "", article.text]).encode("utf-8", "surrogatepass")
    ).hexdigest()[:32]
    return f"urn:newsdoc:sha256:{digest}"
