"""newsdoc: news articles as typed, immutable data."""
from newsdoc.errors import *  # noqa
from newsdoc.model import *  # noqa
