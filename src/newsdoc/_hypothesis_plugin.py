"""Hypothesis' entry point for newsdoc: registers a strategy per model class.

Hypothesis calls :func:`_hypothesis_setup_hook` while it is itself being
imported, which may be in the middle of importing :mod:`newsdoc.strategies`;
the strategies are therefore looked up lazily, when first drawn.
"""

from __future__ import annotations

import importlib
from typing import Any


def _lazy(name: str) -> Any:
    from hypothesis import strategies as st

    def resolve() -> Any:
        return getattr(importlib.import_module("newsdoc.strategies"), name)()

    return st.deferred(resolve)


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every model class with Hypothesis."""
    from hypothesis import strategies as st

    from newsdoc import model

    for cls, name in (
        (model.Article, "articles"),
        (model.Block, "blocks"),
        (model.Byline, "bylines"),
        (model.Dateline, "datelines"),
        (model.Quote, "quotes"),
        (model.Credit, "credits"),
        (model.Media, "media"),
        (model.Subject, "subjects"),
        (model.Link, "links"),
        (model.Party, "parties"),
    ):
        st.register_type_strategy(cls, _lazy(name))
