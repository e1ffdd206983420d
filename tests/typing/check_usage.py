"""User-style code that mypy --strict checks and nothing executes.

If the public API's types regress, this file stops type-checking.
"""

from __future__ import annotations

import datetime as dt

import attrs
import cattrs

import newsdoc
from newsdoc import Article, Block, BlockKind, Byline, Quote


def headline_or_default(article: Article) -> str:
    return article.headline or "(untitled)"


def names(article: Article) -> list[str]:
    return [byline.name for byline in article.bylines]


def published_day(article: Article) -> dt.date | None:
    when = article.published
    if isinstance(when, dt.datetime):
        return when.date()
    return when


def build() -> Article:
    body = (Block(kind=BlockKind.PARAGRAPH, text="“Yes,” she said."),)
    quote = Quote(text="Yes,", paragraph=0, start=1, end=5)
    article = Article(headline="x", body=body, quotes=(quote,), bylines=(Byline(name="A B"),))
    return attrs.evolve(article, headline="y")


def round_trip(article: Article) -> Article:
    converter: cattrs.Converter = newsdoc.make_converter()
    data: dict[str, object] = newsdoc.to_dict(article)
    assert converter is not newsdoc.converter
    return newsdoc.from_json(newsdoc.to_json(article, indent=2)) or newsdoc.from_dict(data)
