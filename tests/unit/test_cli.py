"""The newsdoc command: parse files or stdin, one document per article."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from newsdoc.cli import main

STORY = "Harbour closes\nBy Ann Lee\n\nOSLO (NTB) — The harbour closed.\n"


def _run(argv: list[str], stdin: bytes = b"") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(argv, stdin=io.BytesIO(stdin), stdout=out, stderr=err)
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_parse_file_to_json_lines(story: Path) -> None:
    status, out, err = _run(["parse", str(story), str(story)])
    assert status == 0
    assert err == ""
    lines = out.splitlines()
    assert len(lines) == 2
    document = json.loads(lines[0])
    assert document["headline"] == "Harbour closes"
    assert document["dateline"]["location"] == "OSLO"


def test_pretty_json(story: Path) -> None:
    status, out, _err = _run(["parse", "--pretty", str(story)])
    assert status == 0
    assert out.startswith("{\n")
    assert json.loads(out)["bylines"][0]["name"] == "Ann Lee"


def test_stdin() -> None:
    status, out, _err = _run(["parse", "-"], stdin=STORY.encode())
    assert status == 0
    assert json.loads(out)["headline"] == "Harbour closes"


def test_text_output(story: Path) -> None:
    status, out, _err = _run(["parse", "--format", "text", str(story)])
    assert status == 0
    assert out == STORY


def test_unreadable_file_does_not_stop_the_others(story: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    status, out, err = _run(["parse", str(missing), str(empty), str(story)])
    assert status == 1
    assert len(out.splitlines()) == 1
    errors = err.splitlines()
    assert len(errors) == 2
    assert errors[0].startswith(f"newsdoc: cannot read {missing}")
    assert errors[1].startswith(f"newsdoc: {empty}:")


def test_usage_error_exits_2() -> None:
    with pytest.raises(SystemExit) as exc:
        _run(["parse"])
    assert exc.value.code == 2


def test_python_dash_m(story: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsdoc", "parse", str(story)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0
    assert json.loads(done.stdout)["headline"] == "Harbour closes"


class _ClosedPipe(io.StringIO):
    def write(self, text: str) -> int:
        raise BrokenPipeError


def test_closed_pipe_stops_quietly(story: Path) -> None:
    err = io.StringIO()
    status = main(["parse", str(story)], stdin=io.BytesIO(), stdout=_ClosedPipe(), stderr=err)
    assert status == 0
    assert err.getvalue() == ""
