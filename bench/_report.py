"""Markdown output of the bench scripts: tables, and the generated part of docs/evaluation.md."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from pathlib import Path


def table(headers: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Return a markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join(" --- " for _ in headers) + "|"]
    lines.extend("| " + " | ".join(row) + " |" for row in rows)
    return "\n".join(lines)


def write_markdown(path: Path, sections: Sequence[str], *, script: str, command: str) -> None:
    """Replace the part of *path* that *script* generated (or append it), keeping the rest.

    The generated part sits between ``<!-- BEGIN GENERATED: script -->`` and
    ``<!-- END GENERATED: script -->``; everything outside the markers is
    hand-written and left alone.
    """
    begin = f"<!-- BEGIN GENERATED: {script} -->"
    end = f"<!-- END GENERATED: {script} -->"
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    generated = f"{begin}\n\n_Generated {stamp} by `{command}`._\n\n" + "\n\n".join(sections)
    generated += f"\n\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else "# Evaluation\n"
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        tail = rest.split(end, 1)[1]
        text = head + generated + tail
    else:
        text = text.rstrip("\n") + "\n\n" + generated + "\n"
    path.write_text(text, encoding="utf-8")
