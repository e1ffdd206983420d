"""Start tools in subprocesses: the anchors' virtual environment and the worker protocol.

Shared by ``bench/evaluate.py`` and ``bench/speed.py``. newsdoc and the lxml
floors run in the current interpreter; the anchors (trafilatura, newspaper4k,
goose3, readability-lxml, newsmlg2) run in ``bench/.venv-anchors``, created on
first use from ``bench/requirements.txt``::

    python -m venv bench/.venv-anchors
    bench/.venv-anchors/bin/pip install -r bench/requirements.txt
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
WORKER = BENCH / "_worker.py"
REQUIREMENTS = BENCH / "requirements.txt"
DEFAULT_VENV = BENCH / ".venv-anchors"
NETWORK_EXIT = 3

#: Tools that run in newsdoc's own interpreter.
LOCAL_TOOLS = frozenset({"newsdoc", "lxml-tree", "lxml-text"})
#: Tools installed from bench/requirements.txt.
ANCHOR_TOOLS = ("trafilatura", "newspaper4k", "goose3", "readability-lxml")


class NetworkAttemptError(RuntimeError):
    """A tool tried to reach the network: the run is void."""


@dataclass
class ToolRun:
    """What one tool produced on one task.

    Attributes:
        tool: The tool's name.
        records: One record per document id, in the order they came back.
        unavailable: Why the tool could not run at all, or ``None``.
        crashes: Documents on which the worker process died.
    """

    tool: str
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    unavailable: str | None = None
    crashes: list[str] = field(default_factory=list)


def anchors_python(venv: Path = DEFAULT_VENV, *, create: bool = True) -> Path:
    """Return the anchors' interpreter, creating their environment if needed.

    Args:
        venv: Where the anchors' virtual environment lives.
        create: Create it (``python -m venv`` + ``pip install -r
            bench/requirements.txt``) when it is missing.

    Returns:
        The path of its ``python``.

    Raises:
        FileNotFoundError: It is missing and *create* is false.
    """
    python = venv / "bin" / "python"
    if python.exists():
        return python
    if not create:
        raise FileNotFoundError(f"{python} is missing; create it with --setup")
    print(f"creating the anchors' environment in {venv} ...", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", "-r", str(REQUIREMENTS)], check=True)
    return python


def interpreter_for(tool: str, venv: Path = DEFAULT_VENV) -> Path:
    """Return the interpreter a tool runs in."""
    return Path(sys.executable) if tool in LOCAL_TOOLS else anchors_python(venv)


def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    # No proxy variables: a tool that tries the network must hit the guard,
    # not a proxy. No thread fan-out either: each tool gets one core.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "http_proxy", "https_proxy", "ALL_PROXY"):
        env.pop(name, None)
    env.update({"OMP_NUM_THREADS": "1", "PYTHONHASHSEED": "0", "NO_PROXY": "*"})
    return env


def run_worker(
    tool: str,
    task: str,
    docs: Sequence[dict[str, Any]],
    *,
    venv: Path = DEFAULT_VENV,
    extra: dict[str, Any] | None = None,
) -> ToolRun:
    """Run *tool* on *docs* in a subprocess; restart it after a crash.

    A document on which the process dies is recorded as an error and the
    worker is restarted on the next one, so one bad page never ends the run.

    Args:
        tool: The tool's name.
        task: The worker task (see ``bench/_worker.py``).
        docs: ``{"id", "path", "url"}`` dictionaries, in processing order.
        venv: The anchors' virtual environment.
        extra: More job keys (``rounds``, ``sizes``, ``timeout``).

    Returns:
        The records, keyed by document id.

    Raises:
        NetworkAttemptError: The tool tried to reach the network.
    """
    result = ToolRun(tool)
    python = interpreter_for(tool, venv)
    start = 0
    while True:
        job = {"tool": tool, "task": task, "docs": list(docs), "start": start, **(extra or {})}
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
            json.dump(job, handle)
            job_path = handle.name
        try:
            process = subprocess.run(
                [str(python), str(WORKER), job_path],
                capture_output=True,
                text=True,
                env=_child_env(),
                check=False,
            )
        finally:
            Path(job_path).unlink(missing_ok=True)
        for line in process.stdout.splitlines():
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                continue  # a line cut short by a dying worker, or a tool's own print
            if not isinstance(record, dict):
                continue
            if "network" in record:
                raise NetworkAttemptError(
                    f"{tool} tried to reach the network on {record.get('id')}: {record['network']}"
                )
            if "unavailable" in record:
                result.unavailable = record["unavailable"]
                return result
            key = record.get("id") or record.get("tool") or str(len(result.records))
            result.records[key] = record
        if process.returncode == NETWORK_EXIT:
            raise NetworkAttemptError(f"{tool} tried to reach the network")
        if process.returncode == 0:
            return result
        tail = " | ".join(process.stderr.strip().splitlines()[-3:])
        if task.startswith("speed"):
            # A timing run cannot be resumed page by page: report the failure.
            result.unavailable = f"worker exited with {process.returncode}: {tail}"
            return result
        done = start
        while done < len(docs) and docs[done]["id"] in result.records:
            done += 1
        if done >= len(docs):
            return result
        crashed = docs[done]["id"]
        result.crashes.append(crashed)
        result.records[crashed] = {
            "id": crashed,
            "ok": False,
            "error": f"worker died (exit {process.returncode}): {tail[-200:]}",
        }
        start = done + 1
        if start >= len(docs):
            return result
