"""Time newsdoc against the extractors people use today, and against the lxml floor.

    python bench/speed.py --corpus ../shared/corpus [--rounds 3]
        [--tools newsdoc,trafilatura,newspaper4k,goose3,readability-lxml]
        [--skip-html] [--skip-text] [--skip-newsml] [--json FILE]

HTML: each tool runs in its own subprocess, one after the other, on every page
of ``corpus/html`` in the same order; the pages are decompressed and held in
memory before the clock starts, so only parsing is timed. Each round parses
every page once; documents per second come from the median round, and the
median milliseconds per page from each page's median over the rounds. Two
floor rows show the cost of lxml alone: building the tree, and building it
plus ``text_content()``. Peak memory is the subprocess's maximum resident set
size (``getrusage``), with the size after loading the pages for reference.

Text (once ``newsdoc.parse_text`` exists): MB of text per second over every
story of ``corpus/text``, and one story grown from 1 KB to 10 MB to show that
time grows linearly with the input.

NewsML (once ``newsdoc.iter_newsml`` exists): files per second and MB/s of
newsdoc and of the ``newsmlg2`` package, on the files both can read.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _report
import _runner

FLOORS = ("lxml-tree", "lxml-text")
DEFAULT_TOOLS = ("newsdoc", *_runner.ANCHOR_TOOLS)
LINEAR_SIZES = (1_000, 10_000, 100_000, 1_000_000, 10_000_000)
NOT_AVAILABLE = "not available"


def html_docs(corpus: Path, limit: int | None) -> list[dict[str, Any]]:
    """List the HTML pages in id order."""
    docs = []
    for gold_path in sorted((corpus / "html").glob("*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        docs.append(
            {"id": gold["id"], "path": str(gold_path.parent / "page.html.gz"), "url": gold["url"]}
        )
    return docs[:limit] if limit else docs


def speed_html(
    corpus: Path, tools: Sequence[str], rounds: int, limit: int | None
) -> dict[str, Any]:
    """Time every tool and both floors on the HTML pages."""
    docs = html_docs(corpus, limit)
    results: dict[str, Any] = {"pages": len(docs), "rounds": rounds, "tools": {}}
    for tool in (*FLOORS, *tools):
        run = _runner.run_worker(tool, "speed-html", docs, extra={"rounds": rounds})
        if run.unavailable:
            results["tools"][tool] = f"{NOT_AVAILABLE}: {run.unavailable}"
            print(f"speed html: {tool}: {NOT_AVAILABLE} ({run.unavailable})", file=sys.stderr)
            continue
        record = next(iter(run.records.values()))
        median_round = statistics.median(record["round_seconds"])
        row = {
            "docs_per_second": record["docs"] / median_round if median_round else None,
            "median_ms": statistics.median(record["page_median_ms"]),
            "mean_ms": 1000 * median_round / record["docs"] if record["docs"] else None,
            "round_seconds": record["round_seconds"],
            "errors": len(record["errors"]),
            "error_pages": sorted(record["errors"]),
            "peak_mb": record["peak_mb"],
            "baseline_mb": record["baseline_mb"],
            "mb": record["bytes"] / 1e6,
        }
        results["tools"][tool] = row
        print(
            f"speed html: {tool}: {row['docs_per_second']:.1f} docs/s,"
            f" median {row['median_ms']:.1f} ms, peak {row['peak_mb']:.0f} MB",
            file=sys.stderr,
        )
    rows = results["tools"]

    def rate(name: str) -> float | None:
        row = rows.get(name)
        return row["docs_per_second"] if isinstance(row, dict) else None

    newsdoc, trafilatura, floor = rate("newsdoc"), rate("trafilatura"), rate("lxml-tree")
    results["ratios"] = {
        # How many times trafilatura's throughput newsdoc reaches (higher is better).
        "newsdoc/trafilatura": newsdoc / trafilatura if newsdoc and trafilatura else None,
        # How many times the cost of building the tree newsdoc costs (lower is better).
        "newsdoc/floor": floor / newsdoc if newsdoc and floor else None,
        "trafilatura/floor": floor / trafilatura if trafilatura and floor else None,
    }
    return results


def html_markdown(results: dict[str, Any]) -> str:
    """Render the HTML timings as markdown."""
    headers = ["tool", "docs/s", "median ms/page", "mean ms/page", "× floor", "peak MB",
               "MB after loading", "errors"]  # fmt: skip
    floor = results["tools"].get("lxml-tree")
    floor_ms = floor["mean_ms"] if isinstance(floor, dict) else None
    rows = []
    for tool, row in results["tools"].items():
        label = {"lxml-tree": "floor: lxml tree", "lxml-text": "floor: tree + text_content()"}.get(
            tool, tool
        )
        if isinstance(row, str):
            rows.append([label, NOT_AVAILABLE, "", "", "", "", "", ""])
            continue
        rows.append(
            [
                label,
                f"{row['docs_per_second']:.1f}",
                f"{row['median_ms']:.1f}",
                f"{row['mean_ms']:.1f}",
                f"{row['mean_ms'] / floor_ms:.1f}" if floor_ms else "–",
                f"{row['peak_mb']:.0f}",
                f"{row['baseline_mb']:.0f}",
                str(row["errors"]),
            ]
        )
    ratios = results["ratios"]

    def show(value: float | None) -> str:
        return "–" if value is None else f"{value:.2f}"

    notes = (
        f"\n\nnewsdoc docs/s ÷ trafilatura docs/s: **{show(ratios['newsdoc/trafilatura'])}**;"
        f" newsdoc time ÷ lxml tree time: **{show(ratios['newsdoc/floor'])}**"
        f" (trafilatura: {show(ratios['trafilatura/floor'])})."
    )
    return (
        f"### Speed — HTML ({results['pages']} pages, {results['rounds']} rounds,"
        f" parse only, one process per tool)\n\n" + _report.table(headers, rows) + notes
    )


def text_docs(corpus: Path) -> list[dict[str, Any]]:
    """List every story of the text corpus."""
    return [
        {"id": path.parent.name, "path": str(path)}
        for path in sorted((corpus / "text").glob("*/story.txt"))
    ]


def speed_text(corpus: Path, rounds: int) -> dict[str, Any]:
    """Time parse_text on the text corpus, then on one story from 1 KB to 10 MB."""
    docs = text_docs(corpus)
    results: dict[str, Any] = {}
    run = _runner.run_worker("newsdoc", "speed-text", docs, extra={"rounds": rounds})
    if run.unavailable:
        print(f"speed text: {NOT_AVAILABLE} ({run.unavailable})", file=sys.stderr)
        return {"unavailable": run.unavailable}
    record = next(iter(run.records.values()))
    best = min(record["round_seconds"])
    results["corpus"] = {
        "stories": record["docs"],
        "mb": record["bytes"] / 1e6,
        "mb_per_second": record["bytes"] / 1e6 / best if best else None,
        "errors": len(record["errors"]),
        "peak_mb": record["peak_mb"],
    }
    clean = [doc for doc in docs if doc["id"].startswith(("sh-", "fu-"))]
    linear = _runner.run_worker(
        "newsdoc", "speed-linear", clean, extra={"rounds": rounds, "sizes": list(LINEAR_SIZES)}
    )
    if linear.unavailable:
        results["linear"] = f"{NOT_AVAILABLE}: {linear.unavailable}"
    else:
        results["linear"] = next(iter(linear.records.values()))["linear"]
    return results


def text_markdown(results: dict[str, Any]) -> str:
    """Render the text timings as markdown."""
    if "unavailable" in results:
        return f"### Speed — text (`parse_text`)\n\n{NOT_AVAILABLE}: {results['unavailable']}"
    corpus = results["corpus"]
    out = [
        "### Speed — text (`parse_text`, one core)\n\n"
        + _report.table(
            ["stories", "MB", "MB/s", "errors", "peak MB"],
            [
                [
                    str(corpus["stories"]),
                    f"{corpus['mb']:.2f}",
                    f"**{corpus['mb_per_second']:.2f}**",
                    str(corpus["errors"]),
                    f"{corpus['peak_mb']:.0f}",
                ]
            ],
        )
    ]
    linear = results["linear"]
    if isinstance(linear, str):
        out.append(linear)
    else:
        base = next((r for r in linear if r["size"] >= 10_000), linear[0])
        base_rate = base["seconds"] / base["size"]
        rows = [
            [
                f"{r['size'] / 1000:,.0f} KB",
                f"{r['seconds'] * 1000:.1f}",
                f"{r['size'] / 1e6 / r['seconds']:.2f}" if r["seconds"] else "–",
                f"{(r['seconds'] / r['size']) / base_rate:.2f}",
                r["error"] or "",
            ]
            for r in linear
        ]
        out.append(
            "Linearity: one story grown by repeating corpus paragraphs. Time per byte"
            " relative to the 10 KB story stays near 1 when time is linear in size.\n\n"
            + _report.table(["input", "ms", "MB/s", "time/byte vs 10 KB", "error"], rows)
        )
    return "\n\n".join(out)


def newsml_docs(corpus: Path) -> list[dict[str, Any]]:
    """List the NewsML, NITF and ninjs documents."""
    docs = []
    for gold_path in sorted((corpus / "newsml").glob("*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        docs.append(
            {"id": gold["id"], "path": str(gold_path.parent / gold.get("document", "document.xml"))}
        )
    return docs


def speed_newsml(corpus: Path, rounds: int) -> dict[str, Any]:
    """Time newsdoc and newsmlg2 on the NewsML files both can read."""
    docs = newsml_docs(corpus)
    runs = {}
    for tool in ("newsdoc", "newsmlg2"):
        run = _runner.run_worker(tool, "speed-newsml", docs, extra={"rounds": rounds})
        if run.unavailable:
            print(f"speed newsml: {tool}: {NOT_AVAILABLE} ({run.unavailable})", file=sys.stderr)
            return {"unavailable": f"{tool}: {run.unavailable}"}
        runs[tool] = next(iter(run.records.values()))
    both = [
        doc["id"]
        for doc in docs
        if all(doc["id"] not in record["errors"] for record in runs.values())
    ]
    results: dict[str, Any] = {"files": len(docs), "common": both, "tools": {}}
    for tool, record in runs.items():
        seconds = sum(record["item_median_ms"][key] for key in both) / 1000
        size = sum(record["sizes"][key] for key in both) / 1e6
        results["tools"][tool] = {
            "readable": len(docs) - len(record["errors"]),
            "files_per_second": len(both) / seconds if seconds else None,
            "mb_per_second": size / seconds if seconds else None,
            "peak_mb": record["peak_mb"],
        }
    a, b = results["tools"]["newsdoc"], results["tools"]["newsmlg2"]
    results["ratio"] = (
        a["files_per_second"] / b["files_per_second"]
        if a["files_per_second"] and b["files_per_second"]
        else None
    )
    return results


def newsml_markdown(results: dict[str, Any]) -> str:
    """Render the NewsML timings as markdown."""
    title = "### Speed — NewsML (`iter_newsml` / `parse_ninjs` vs `newsmlg2`)"
    if "unavailable" in results:
        return f"{title}\n\n{NOT_AVAILABLE}: {results['unavailable']}"
    rows = [
        [
            tool,
            f"{row['readable']}/{results['files']}",
            f"{row['files_per_second']:.0f}" if row["files_per_second"] else "–",
            f"{row['mb_per_second']:.2f}" if row["mb_per_second"] else "–",
            f"{row['peak_mb']:.0f}",
        ]
        for tool, row in results["tools"].items()
    ]
    ratio = results["ratio"]
    return (
        f"{title}\n\nTimed on the {len(results['common'])} files both read.\n\n"
        + _report.table(["tool", "files read", "files/s", "MB/s", "peak MB"], rows)
        + ("" if ratio is None else f"\n\nnewsdoc ÷ newsmlg2 files/s: **{ratio:.2f}**.")
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the timings and print markdown tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument(
        "--corpus", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "corpus"
    )
    parser.add_argument("--tools", default=",".join(DEFAULT_TOOLS))
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--limit", type=int, help="only the first N HTML pages (development)")
    parser.add_argument("--skip-html", action="store_true")
    parser.add_argument("--skip-text", action="store_true")
    parser.add_argument("--skip-newsml", action="store_true")
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument("--markdown", type=Path, help="regenerate the speed tables in this file")
    args = parser.parse_args(argv)
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    results: dict[str, Any] = {}
    sections = []
    try:
        if not args.skip_html:
            results["html"] = speed_html(args.corpus, tools, args.rounds, args.limit)
            sections.append(html_markdown(results["html"]))
        if not args.skip_text:
            results["text"] = speed_text(args.corpus, args.rounds)
            sections.append(text_markdown(results["text"]))
        if not args.skip_newsml:
            results["newsml"] = speed_newsml(args.corpus, args.rounds)
            sections.append(newsml_markdown(results["newsml"]))
    except _runner.NetworkAttemptError as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 2
    print("\n\n".join(sections))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1), encoding="utf-8")
    if args.markdown:
        command = (
            f"python bench/speed.py --corpus ../shared/corpus --tools {','.join(tools)}"
            f" --rounds {args.rounds} --markdown {args.markdown}"
        )
        _report.write_markdown(args.markdown, sections, script="bench/speed.py", command=command)
    return 0


if __name__ == "__main__":
    sys.exit(main())
