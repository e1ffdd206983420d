"""Sphinx configuration for the newsdoc documentation."""

from __future__ import annotations

from importlib.metadata import version as _version

project = "newsdoc"
author = "The newsdoc developers"
copyright = "2026, The newsdoc developers"
release = _version("newsdoc")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
]
source_suffix = {".md": "markdown"}
exclude_patterns = ["_build"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# Docstring examples run as they would in a session that imported newsdoc.
doctest_global_setup = """
import datetime
import newsdoc
from newsdoc import *
from newsdoc.model import normalize_text
from newsdoc.analysis.dates import parse_datetime
"""

# Offline builds: intersphinx inventories are fetched only when asked for.
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}
nitpicky = False

html_theme = "furo"
html_title = "newsdoc"
