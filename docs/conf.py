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

# Docstring examples shown through autodoc run without their module's globals;
# give them the names each module's own doctests use (pytest runs them too).
doctest_global_setup = """
import datetime
import datetime as dt
import newsdoc
from newsdoc import *
from newsdoc.model import *
from newsdoc.analysis import *
from newsdoc.analysis.boilerplate import *
from newsdoc.analysis.bylines import *
from newsdoc.analysis.credits import *
from newsdoc.analysis.datelines import *
from newsdoc.analysis.dates import *
from newsdoc.parsers import *
from newsdoc.parsers._draft import Draft
from newsdoc.parsers.html import *
from newsdoc.parsers.newsml import *
from newsdoc.parsers.ninjs import *
from newsdoc.parsers.text import *
from newsdoc.serialize import *
from newsdoc.serialize.schema import *
from newsdoc.writers.newsml import *
from newsdoc.writers.ninjs import *
from newsdoc.writers.text import *
"""

# Offline builds: intersphinx inventories are fetched only when asked for.
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}
nitpicky = False

html_theme = "furo"
html_title = "newsdoc"
