"""The ``newsdoc`` command: parse files or standard input to JSON Lines.

::

    newsdoc parse story.txt page.html            # one JSON document per line
    newsdoc parse --pretty story.txt             # indented JSON
    newsdoc parse --format text page.html        # canonical wire copy
    cat story.txt | newsdoc parse -              # standard input

A file that cannot be read or parsed gives a one-line error on standard error
and a non-zero exit status; the other files are still processed.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable, Sequence
from typing import IO

from newsdoc.errors import NewsdocError, TextParseError
from newsdoc.model import Article

__all__ = ["main"]

_INPUT_FORMATS = ("auto", "html", "text", "newsml", "ninjs")
# Exit statuses: every input read; some input could not be read or parsed.
_OK = 0
_FAILED = 1


def _build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsdoc",
        description="Turn news articles into typed data and back.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    parse = commands.add_parser(
        "parse",
        help="parse articles and print them as JSON Lines (or text)",
        description=(
            "Parse each FILE (or standard input, given as -) and print one document per article."
        ),
    )
    parse.add_argument("files", nargs="+", metavar="FILE", help="a file to read, or - for stdin")
    parse.add_argument(
        "--format",
        choices=("json", "text"),
        default="json",
        help="output: JSON (one document per line, the default) or canonical wire text",
    )
    parse.add_argument(
        "--from",
        dest="input_format",
        choices=_INPUT_FORMATS,
        default="auto",
        help="the input format (default: sniffed from each input)",
    )
    parse.add_argument("--pretty", action="store_true", help="indent the JSON output")
    return parser


def _reader(input_format: str) -> Callable[[bytes], Article]:
    # The format dispatcher and the serializer are imported when a command
    # runs, so that the command works with whichever front ends this version
    # of newsdoc has.
    parse_any: Callable[..., Article] | None = getattr(
        importlib.import_module("newsdoc.parsers"), "parse", None
    )

    def read(data: bytes) -> Article:
        if parse_any is not None:
            if input_format == "auto":
                return parse_any(data)
            return parse_any(data, format=input_format)
        from newsdoc.parsers.text import parse_text

        if input_format not in {"auto", "text"}:
            raise TextParseError(f"reading {input_format} is not available in this version")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise TextParseError(
                f"the input is not UTF-8 text ({exc.reason} at byte {exc.start})"
            ) from None
        return parse_text(text)

    return read


def _writer(output: str, *, pretty: bool) -> Callable[[Article], str]:
    if output == "text":
        from newsdoc.writers.text import to_text

        def write_text(article: Article) -> str:
            return to_text(article)

        return write_text
    from newsdoc.serialize import to_json

    def write_json(article: Article) -> str:
        return to_json(article, indent=2 if pretty else None) + "\n"

    return write_json


def _read_input(name: str, stdin: IO[bytes]) -> bytes:
    if name == "-":
        return stdin.read()
    with open(name, "rb") as handle:
        return handle.read()


def _parse_command(
    args: argparse.Namespace, stdin: IO[bytes], stdout: IO[str], stderr: IO[str]
) -> int:
    read = _reader(args.input_format)
    write = _writer(args.format, pretty=args.pretty)
    status = _OK
    first = True
    for name in args.files:
        label = "<stdin>" if name == "-" else name
        try:
            data = _read_input(name, stdin)
        except OSError as exc:
            stderr.write(f"newsdoc: cannot read {label}: {exc.strerror or exc}\n")
            status = _FAILED
            continue
        try:
            article = read(data)
        except NewsdocError as exc:
            message = " ".join(str(exc).split())
            stderr.write(f"newsdoc: {label}: {message}\n")
            status = _FAILED
            continue
        if args.format == "text" and not first:
            stdout.write("\n")
        stdout.write(write(article))
        stdout.flush()
        first = False
    return status


def main(
    argv: Sequence[str] | None = None,
    *,
    stdin: IO[bytes] | None = None,
    stdout: IO[str] | None = None,
    stderr: IO[str] | None = None,
) -> int:
    """Run the ``newsdoc`` command.

    Args:
        argv: The arguments after the program name; ``sys.argv[1:]`` when
            ``None``.
        stdin: Where ``-`` reads from (standard input's bytes by default).
        stdout: Where documents are written (standard output by default).
        stderr: Where errors are written (standard error by default).

    Returns:
        The exit status: 0 when every input was parsed, 1 when some could not
        be read or parsed (the others are still processed). Usage errors exit
        with status 2, as argparse does.
    """
    args = _build_parser().parse_args(argv)
    stdin = stdin if stdin is not None else sys.stdin.buffer
    stdout = stdout if stdout is not None else sys.stdout
    stderr = stderr if stderr is not None else sys.stderr
    if args.command != "parse":  # pragma: no cover - argparse rejects unknown commands
        return _FAILED
    try:
        return _parse_command(args, stdin, stdout, stderr)
    except BrokenPipeError:
        # The reader went away (``newsdoc parse ... | head``): stop quietly.
        return _OK
