"""``python -m newsdoc``: the ``newsdoc`` command."""

from __future__ import annotations

import sys

from newsdoc.cli import main

if __name__ == "__main__":
    sys.exit(main())
