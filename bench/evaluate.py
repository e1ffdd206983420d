"""Score newsdoc and the extractors people use today on the same corpus, side by side.

    python bench/evaluate.py --corpus ../shared/corpus [--format html|text|newsml ...]
        [--tools newsdoc,trafilatura,newspaper4k,goose3,readability-lxml]
        [--json FILE] [--markdown docs/evaluation.md]

Each tool runs in its own subprocess (newsdoc in this interpreter, the anchors
in ``bench/.venv-anchors``, created from ``bench/requirements.txt`` on first
use) on the same documents in the same order, with the network blocked. A page
a tool fails on is counted as an error; a tool that tries the network stops
the run. The scoring conventions are those of the corpus READMEs; the metric
functions live in ``bench/_metrics.py``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import unicodedata
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import _metrics as m
import _report
import _runner

DEFAULT_TOOLS = ("newsdoc", *_runner.ANCHOR_TOOLS)
FORMATS = ("html", "text", "newsml")
NOT_AVAILABLE = "not available"

Row = dict[str, Any]


def _fmt(value: float | None, digits: int = 3) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def _ratio(hits: int, total: int) -> float | None:
    return hits / total if total else None


# --- HTML -----------------------------------------------------------------------------


def load_html_cases(
    corpus: Path, limit: int | None = None, only: str | None = None
) -> list[dict[str, Any]]:
    """Read the cases of ``corpus/html`` (gold and page path), sorted by id.

    *only* keeps the cases whose id contains it; *limit* the first N.
    """
    cases = []
    for gold_path in sorted((corpus / "html").glob("*/gold.json")):
        if only and only not in gold_path.parent.name:
            continue
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        gold["path"] = str(gold_path.parent / "page.html.gz")
        cases.append(gold)
    return cases[:limit] if limit else cases


def gold_body(gold: dict[str, Any]) -> str | None:
    """Return the gold body text: the text of every block, joined with newlines."""
    if gold.get("blocks") is not None:
        return "\n".join(block["text"] for block in gold["blocks"])
    if gold.get("body") is not None:
        return "\n".join(gold["body"])
    return None


def score_html(
    cases: Sequence[dict[str, Any]],
    records: dict[str, Row],
    pages: dict[str, Row] | None = None,
) -> Row:
    """Score one tool's records on *cases* (all HTML metrics, one row).

    When *pages* is given, each page's own scores are stored in it by case id,
    so that failures can be found page by page.
    """
    body_pages: list[tuple[float | None, float | None]] = []
    author_counts: list[m.SetCounts] = []
    title_hits = title_total = day_hits = day_total = minute_hits = minute_total = 0
    coverage = {"title": [0, 0], "authors": [0, 0], "published": [0, 0], "body": [0, 0]}
    errors = 0
    seconds = 0.0
    for gold in cases:
        record = records.get(gold["id"]) or {"ok": False, "error": "no record"}
        ok = bool(record.get("ok"))
        if not ok:
            errors += 1
        seconds += float(record.get("seconds") or 0.0)
        page: Row = {"error": record.get("error")} if not ok else {}
        body_text = gold_body(gold)
        if body_text is not None:
            body_pages.append(m.body_page_scores(body_text, record.get("body") if ok else None))
            page["body_p"], page["body_r"] = body_pages[-1]
            coverage["body"][1] += 1
            coverage["body"][0] += bool(ok and m.tokenize(record.get("body")))
        if gold.get("title") is not None:
            title_total += 1
            page["title"] = m.titles_match(gold["title"], record.get("title") if ok else None)
            title_hits += page["title"]
            coverage["title"][1] += 1
            coverage["title"][0] += bool(ok and record.get("title"))
        if gold.get("authors") is not None:
            predicted = (record.get("authors") or []) if ok else []
            author_counts.append(m.name_counts(gold["authors"], predicted))
            page["authors"] = asdict(author_counts[-1])
            if gold["authors"]:
                coverage["authors"][1] += 1
                coverage["authors"][0] += bool(predicted)
        if gold.get("published") is not None:
            published = _iso_or_none(record.get("published")) if ok else None
            day_total += 1
            page["day"] = m.date_day(published) == m.date_day(gold["published"])
            day_hits += page["day"]
            coverage["published"][1] += 1
            coverage["published"][0] += published is not None
            if m.gold_has_time(gold["published"]):
                minute_total += 1
                page["minute"] = m.date_minute(published) == m.date_minute(gold["published"])
                minute_hits += page["minute"]
        if pages is not None:
            pages[gold["id"]] = page
    body = m.body_prf(body_pages)
    authors = m.micro_prf(author_counts)
    return {
        "pages": len(cases),
        "body": asdict(body),
        "title": _ratio(title_hits, title_total),
        "title_n": title_total,
        "authors": asdict(authors),
        "authors_pages": len(author_counts),
        "day": _ratio(day_hits, day_total),
        "day_n": day_total,
        "minute": _ratio(minute_hits, minute_total),
        "minute_n": minute_total,
        "coverage": {key: _ratio(hit, total) for key, (hit, total) in coverage.items()},
        "errors": errors,
        "seconds": seconds,
    }


_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_or_none(value: object) -> str | None:
    """Bring a tool's date to ISO 8601 as written (no zone conversion)."""
    if value is None or value == "":
        return None
    text = str(value).strip()
    if _ISO_START.match(text):
        return text
    try:
        from dateutil import parser as date_parser
    except ImportError:
        return None
    try:
        with warnings.catch_warnings():
            # An unknown zone name ("CEST") only warns; the time as written is kept.
            warnings.simplefilter("ignore")
            return date_parser.parse(text).isoformat()
    except (ValueError, OverflowError):
        return None


def html_subsets(cases: Sequence[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Group cases: all, by source, by language (primary subtag)."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for gold in cases:
        groups["all"].append(gold)
        groups[f"source:{gold['source']}"].append(gold)
        groups[f"language:{m.language_group(gold.get('language'))}"].append(gold)
    return dict(groups)


def html_markdown(results: dict[str, Any]) -> str:
    """Render the HTML results as markdown tables."""
    out = []
    headers = [
        "tool", "pages", "body P", "body R", "body F1", "title", "authors P", "authors R",
        "authors F1", "date (day)", "date (minute)", "coverage title/authors/date/body",
        "errors", "seconds",
    ]  # fmt: skip
    subsets = results["subsets"]
    ordered = ["all", *sorted(k for k in subsets if k.startswith("source:"))]
    for subset in ordered:
        rows = []
        for tool, by_subset in results["tools"].items():
            if isinstance(by_subset, str):
                rows.append([tool, *[NOT_AVAILABLE] + [""] * (len(headers) - 2)])
                continue
            row = by_subset[subset]
            cov = row["coverage"]
            rows.append(
                [
                    tool,
                    str(row["pages"]),
                    _fmt(row["body"]["precision"]),
                    _fmt(row["body"]["recall"]),
                    f"**{_fmt(row['body']['f1'])}**",
                    _fmt(row["title"]),
                    *(
                        [_fmt(row["authors"][k]) for k in ("precision", "recall", "f1")]
                        if row["authors_pages"]
                        else ["–", "–", "–"]  # no gold authors in this subset
                    ),
                    _fmt(row["day"]),
                    _fmt(row["minute"]),
                    "/".join(_fmt(cov[k], 2) for k in ("title", "authors", "published", "body")),
                    str(row["errors"]),
                    f"{row['seconds']:.1f}",
                ]
            )
        title = "All pages" if subset == "all" else f"Source: {subset.split(':', 1)[1]}"
        out.append(
            f"### HTML — {title} ({subsets[subset]} pages)\n\n{_report.table(headers, rows)}"
        )
    # Body F1 (and title accuracy) by language.
    languages = sorted(
        (k for k in subsets if k.startswith("language:")), key=lambda k: (-subsets[k], k)
    )
    tools = list(results["tools"])
    rows = []
    for subset in languages:
        cells = [subset.split(":", 1)[1], str(subsets[subset])]
        for tool in tools:
            by_subset = results["tools"][tool]
            if isinstance(by_subset, str):
                cells.append(NOT_AVAILABLE)
                continue
            row = by_subset[subset]
            cells.append(f"{_fmt(row['body']['f1'])} / {_fmt(row['title'], 2)}")
        rows.append(cells)
    out.append(
        "### HTML — body F1 / title exact by language (`<html lang>` primary subtag)\n\n"
        + _report.table(["language", "pages", *tools], rows)
    )
    return "\n\n".join(out)


def evaluate_html(
    corpus: Path, tools: Sequence[str], limit: int | None, only: str | None = None
) -> dict[str, Any]:
    """Run every tool on the HTML corpus and score it."""
    cases = load_html_cases(corpus, limit, only)
    docs = [{"id": g["id"], "path": g["path"], "url": g.get("url")} for g in cases]
    subsets = html_subsets(cases)
    results: dict[str, Any] = {"subsets": {k: len(v) for k, v in subsets.items()}, "tools": {}}
    for tool in tools:
        started = time.perf_counter()
        run = _runner.run_worker(tool, "html", docs)
        wall = time.perf_counter() - started
        if run.unavailable:
            print(f"html: {tool}: {NOT_AVAILABLE} ({run.unavailable})", file=sys.stderr)
            results["tools"][tool] = f"{NOT_AVAILABLE}: {run.unavailable}"
            continue
        pages: dict[str, Row] = {}
        by_subset = {
            name: score_html(group, run.records, pages if name == "all" else None)
            for name, group in subsets.items()
        }
        by_subset["all"]["per_page"] = pages
        by_subset["all"]["wall_seconds"] = wall
        by_subset["all"]["crashes"] = run.crashes
        by_subset["all"]["error_pages"] = sorted(
            key for key, record in run.records.items() if not record.get("ok")
        )
        results["tools"][tool] = by_subset
        row = by_subset["all"]
        print(
            f"html: {tool}: body F1 {row['body']['f1']:.3f}, errors {row['errors']}, {wall:.0f} s",
            file=sys.stderr,
        )
    return results


# --- text (issue 4) -------------------------------------------------------------------


def _fold(text: str | None) -> str | None:
    if text is None:
        return None
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split()) or None


def _quote_scores(
    gold_quotes: Sequence[dict[str, Any]], predicted: Sequence[dict[str, Any]]
) -> tuple[m.SetCounts, list[tuple[dict[str, Any], dict[str, Any]]]]:
    """Match gold quotes to predicted ones on their first words, in text order."""
    used: set[int] = set()
    pairs = []
    for quote in gold_quotes:
        for index, candidate in enumerate(predicted):
            if index not in used and m.starts_alike(quote["text_start"], candidate.get("text")):
                used.add(index)
                pairs.append((quote, candidate))
                break
    tp = len(pairs)
    return m.SetCounts(tp, len(predicted) - tp, len(gold_quotes) - tp), pairs


def _credit_pairs(credits: Iterable[dict[str, Any]]) -> set[tuple[str, str]]:
    pairs: set[tuple[str, str]] = set()
    for credit in credits:
        role = str(credit.get("role") or "")
        names = list(credit.get("names") or [])
        if not names and credit.get("organization"):
            names = [credit["organization"]]
        pairs.update((role, m.normalize_name(name)) for name in names if name)
    return pairs


def _paragraphs(article: dict[str, Any]) -> list[str]:
    return [block["text"] for block in article.get("body") or [] if block.get("text")]


def _after_dateline(article: dict[str, Any], text: str) -> str:
    dateline = article.get("dateline")
    if dateline and dateline.get("raw") and text.startswith(dateline["raw"]):
        return text[len(dateline["raw"]) :]
    return text


def score_text(stories: Sequence[dict[str, Any]], records: dict[str, Row]) -> Row:
    """Score newsdoc's parse_text on a set of text-corpus stories."""
    headline = dateline = errors = 0
    byline_counts: list[m.SetCounts] = []
    credit_counts: list[m.SetCounts] = []
    quote_counts: list[m.SetCounts] = []
    speaker_hits = verb_hits = matched = 0
    first_hits = last_hits = noisy = 0
    for gold in stories:
        record = records.get(gold["id"]) or {"ok": False}
        if not record.get("ok"):
            errors += 1
        article: dict[str, Any] = record.get("article") or {}
        headline += m.titles_match(gold["headline"], article.get("headline"))
        gold_dl = gold.get("dateline") or {}
        pred_dl = article.get("dateline") or {}
        dateline += (_fold(gold_dl.get("location")), _fold(gold_dl.get("agency"))) == (
            _fold(pred_dl.get("location")),
            _fold(pred_dl.get("agency")),
        )
        byline_counts.append(
            m.name_counts(
                [b["name"] for b in gold.get("bylines") or []],
                [b["name"] for b in article.get("bylines") or []],
            )
        )
        true_credits = _credit_pairs(gold.get("credits") or [])
        pred_credits = _credit_pairs(article.get("credits") or [])
        credit_counts.append(
            m.SetCounts(
                len(true_credits & pred_credits),
                len(pred_credits - true_credits),
                len(true_credits - pred_credits),
            )
        )
        counts, pairs = _quote_scores(gold.get("quotes") or [], article.get("quotes") or [])
        quote_counts.append(counts)
        for quote, candidate in pairs:
            matched += 1
            speaker_hits += m.same_person(
                quote.get("speaker"),
                candidate.get("speaker"),
                alternatives=quote.get("speaker_alt") or (),
            )
            verb_hits += _fold(quote.get("verb")) == _fold(candidate.get("verb"))
        if "first_paragraph_start" in gold:
            noisy += 1
            paragraphs = _paragraphs(article)
            if paragraphs:
                first_hits += m.starts_alike(
                    gold["first_paragraph_start"], _after_dateline(article, paragraphs[0])
                )
                last_hits += m.starts_alike(gold["last_paragraph_start"], paragraphs[-1])
    n = len(stories)
    return {
        "stories": n,
        "errors": errors,
        "headline": _ratio(headline, n),
        "dateline": _ratio(dateline, n),
        "bylines": asdict(m.micro_prf(byline_counts)),
        "credits": asdict(m.micro_prf(credit_counts)),
        "quotes": asdict(m.micro_prf(quote_counts)),
        "speaker": _ratio(speaker_hits, matched),
        "verb": _ratio(verb_hits, matched),
        "first_paragraph": _ratio(first_hits, noisy),
        "last_paragraph": _ratio(last_hits, noisy),
    }


def _seed_checks(gold: dict[str, Any], article: dict[str, Any]) -> dict[str, bool]:
    """Compare newsdoc's seed article with every field of the seed's complete gold."""
    checks: dict[str, bool] = {}
    checks["headline"] = article.get("headline") == gold.get("headline")
    checks["bylines"] = [
        (b.get("name"), b.get("affiliation")) for b in article.get("bylines") or []
    ] == [(b.get("name"), b.get("affiliation")) for b in gold.get("bylines") or []]
    gold_dl = gold.get("dateline") or {}
    pred_dl = article.get("dateline") or {}
    checks["dateline"] = all(
        gold_dl.get(k) == pred_dl.get(k) for k in ("raw", "location", "region", "agency", "date")
    )
    checks["body"] = _paragraphs(article) == list(gold.get("body") or [])
    gold_quotes = [
        (q.get("paragraph"), q.get("start"), q.get("end"), q.get("speaker"), q.get("verb"),
         q.get("kind"))
        for q in gold.get("quotes") or []
    ]  # fmt: skip
    pred_quotes = [
        (q.get("paragraph"), q.get("start"), q.get("end"), q.get("speaker"), q.get("verb"),
         q.get("kind"))
        for q in article.get("quotes") or []
    ]  # fmt: skip
    checks["quotes"] = gold_quotes == pred_quotes
    checks["credits"] = _credit_pairs(gold.get("credits") or []) == _credit_pairs(
        article.get("credits") or []
    )
    checks["provider"] = article.get("provider") == gold.get("provider")
    checks["publisher"] = article.get("publisher") == gold.get("publisher")
    media = article.get("media") or []
    caption = gold.get("photo_caption")
    checks["photo caption"] = any(item.get("caption") == caption for item in media)
    boilerplate = set(gold.get("boilerplate") or []) | set(gold.get("repeated_lines") or [])
    body = set(_paragraphs(article))
    checks["no boilerplate"] = bool(article) and not (boilerplate & body)
    return checks


def evaluate_text(corpus: Path, tools: Sequence[str]) -> dict[str, Any]:
    """Run newsdoc's parse_text on the text corpus and score it."""
    root = corpus / "text"
    golds = {}
    docs = []
    for gold_path in sorted(root.glob("*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        story = gold_path.parent / "story.txt"
        if story.exists():
            golds[gold_path.parent.name] = gold
            docs.append({"id": gold_path.parent.name, "path": str(story)})
    results: dict[str, Any] = {"tools": {}}
    if "newsdoc" not in tools:
        return results
    run = _runner.run_worker("newsdoc", "text", docs)
    if run.unavailable:
        results["tools"]["newsdoc"] = f"{NOT_AVAILABLE}: {run.unavailable}"
        print(f"text: newsdoc: {NOT_AVAILABLE} ({run.unavailable})", file=sys.stderr)
        return results
    records = dict(run.records)
    for key, gold in golds.items():
        gold["id"] = key
    sets = {
        "clean": [g for k, g in golds.items() if k.startswith(("sh-", "fu-"))],
        "noisy": [g for k, g in golds.items() if k.startswith("noisy-")],
        "seed": [g for k, g in golds.items() if k == "seed"],
    }
    scores = {name: score_text(group, records) for name, group in sets.items() if group}
    if "seed" in golds:
        seed_article = (records.get("seed") or {}).get("article") or {}
        scores["seed_checks"] = _seed_checks(golds["seed"], seed_article)
    results["tools"]["newsdoc"] = scores
    return results


def text_markdown(results: dict[str, Any]) -> str:
    """Render the text results as markdown."""
    headers = [
        "tool", "set", "stories", "headline", "dateline loc+agency", "byline F1", "credit F1",
        "quote P", "quote R", "quote F1", "speaker", "verb", "first ¶", "last ¶", "errors",
    ]  # fmt: skip
    rows = []
    seed_line = ""
    for tool, scores in results["tools"].items():
        if isinstance(scores, str):
            rows.append([tool, "all", *[NOT_AVAILABLE] + [""] * (len(headers) - 3)])
            continue
        for name in ("clean", "noisy", "seed"):
            row = scores.get(name)
            if row is None:
                continue
            rows.append(
                [
                    tool, name, str(row["stories"]), _fmt(row["headline"]),
                    _fmt(row["dateline"]), _fmt(row["bylines"]["f1"]),
                    _fmt(row["credits"]["f1"]), _fmt(row["quotes"]["precision"]),
                    _fmt(row["quotes"]["recall"]), _fmt(row["quotes"]["f1"]),
                    _fmt(row["speaker"]), _fmt(row["verb"]), _fmt(row["first_paragraph"]),
                    _fmt(row["last_paragraph"]), str(row["errors"]),
                ]
            )  # fmt: skip
        checks = scores.get("seed_checks")
        if checks:
            passed = [k for k, ok in checks.items() if ok]
            failed = [k for k, ok in checks.items() if not ok]
            seed_line = (
                f"\n\nSeed story, fields exact: {len(passed)}/{len(checks)}"
                + (f" (not yet: {', '.join(failed)})" if failed else "")
                + "."
            )
    return "### Text (`parse_text`)\n\n" + _report.table(headers, rows) + seed_line


# --- NewsML (issue 6) -----------------------------------------------------------------

_PARSE_ERRORS = ("ParseError", "NewsMLError")


def _xml_ws(text: str | None) -> str | None:
    if text is None:
        return None
    return " ".join(re.split(r"[ \t\r\n]+", text.strip(" \t\r\n"))) or None


def _nfkc(text: str | None) -> str | None:
    if text is None:
        return None
    return " ".join(unicodedata.normalize("NFKC", text).split()) or None


def _instant(value: str | None) -> tuple[str, object] | None:
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        try:
            return ("date", dt.date.fromisoformat(value[:10]))
        except ValueError:
            return ("raw", value)
    if parsed.tzinfo is None:
        return ("naive", parsed.replace(microsecond=0))
    return ("aware", parsed.astimezone(dt.UTC).replace(microsecond=0))


def _newsml_fields(
    item: dict[str, Any], article: dict[str, Any], norm: Callable[[str | None], str | None]
) -> dict[str, bool]:
    """Compare one gold item with one article, field by field (gold nulls included)."""
    paragraphs = [
        block["text"] for block in article.get("body") or [] if block.get("kind") == "paragraph"
    ]
    checks: dict[str, bool] = {}
    for name in ("guid", "version", "headline", "subheadline", "located", "creditline"):
        checks[name] = norm(item.get(name)) == norm(article.get(name))
    checks["bylines"] = [
        norm(b.get("name")) for b in item.get("bylines") or [] if b.get("name")
    ] == [norm(b.get("name")) for b in article.get("bylines") or []]
    dateline = (article.get("dateline") or {}).get("raw")
    # The model has one dateline: the printed one, or else the metadata one.
    gold_datelines = {
        value for value in (norm(item.get("body_dateline")), norm(item.get("dateline"))) if value
    }
    checks["dateline"] = (
        norm(dateline) in gold_datelines if gold_datelines else norm(dateline) is None
    )
    checks["published"] = _instant(item.get("published")) == _instant(article.get("published"))
    checks["language"] = (item.get("language") or "").casefold() == (
        article.get("language") or ""
    ).casefold()
    checks["paragraph count"] = item.get("body_paragraph_count", 0) == len(paragraphs)
    checks["first paragraph"] = norm(item.get("first_paragraph")) == norm(
        paragraphs[0] if paragraphs else None
    )
    checks["last paragraph"] = norm(item.get("last_paragraph")) == norm(
        paragraphs[-1] if paragraphs else None
    )
    checks["credits"] = _credit_pairs(item.get("credits") or []) == _credit_pairs(
        article.get("credits") or []
    )
    return checks


def _outcome_met(gold: dict[str, Any], record: dict[str, Any]) -> bool:
    outcome = gold["expect"]["outcome"]
    error = str(record.get("error") or "")
    is_parse_error = error.split(":", 1)[0].endswith(_PARSE_ERRORS)
    articles = record.get("articles") or []
    if outcome == "articles":
        return bool(record.get("ok")) and len(articles) == len(gold.get("items") or [])
    if outcome in ("non-article", "package"):
        return (bool(record.get("ok")) and not articles) or is_parse_error
    return is_parse_error  # "error"


def evaluate_newsml(corpus: Path, tools: Sequence[str]) -> dict[str, Any]:
    """Run newsdoc's NewsML / ninjs readers on the NewsML corpus and score them."""
    root = corpus / "newsml"
    golds = {}
    docs = []
    for gold_path in sorted(root.glob("*/gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        document = gold_path.parent / gold.get("document", "document.xml")
        golds[gold["id"]] = gold
        docs.append({"id": gold["id"], "path": str(document)})
    results: dict[str, Any] = {"files": len(docs), "tools": {}}
    if "newsdoc" not in tools:
        return results
    run = _runner.run_worker("newsdoc", "newsml", docs)
    if run.unavailable:
        results["tools"]["newsdoc"] = f"{NOT_AVAILABLE}: {run.unavailable}"
        print(f"newsml: newsdoc: {NOT_AVAILABLE} ({run.unavailable})", file=sys.stderr)
        return results
    outcome_hits = 0
    fields: dict[str, dict[str, list[int]]] = {"exact": {}, "nfkc": {}}
    misses: list[str] = []
    for key, gold in golds.items():
        record = run.records.get(key) or {"ok": False, "error": "no record"}
        met = _outcome_met(gold, record)
        outcome_hits += met
        if not met:
            misses.append(f"{key}: expected {gold['expect']['outcome']}")
        if gold["expect"]["outcome"] != "articles":
            continue
        articles = record.get("articles") or []
        for index, item in enumerate(gold.get("items") or []):
            article = articles[index] if index < len(articles) else {}
            for variant, norm in (("exact", _xml_ws), ("nfkc", _nfkc)):
                for name, ok in _newsml_fields(item, article, norm).items():
                    hit_total = fields[variant].setdefault(name, [0, 0])
                    hit_total[0] += ok
                    hit_total[1] += 1
                    if not ok and variant == "exact":
                        misses.append(f"{key}[{index}].{name}")
    results["tools"]["newsdoc"] = {
        "outcomes": _ratio(outcome_hits, len(golds)),
        "outcomes_met": outcome_hits,
        "fields": {
            variant: {name: _ratio(h, t) for name, (h, t) in by_name.items()}
            for variant, by_name in fields.items()
        },
        "overall": {
            variant: _ratio(
                sum(h for h, _ in by_name.values()), sum(t for _, t in by_name.values())
            )
            for variant, by_name in fields.items()
        },
        "misses": misses,
    }
    return results


def newsml_markdown(results: dict[str, Any]) -> str:
    """Render the NewsML results as markdown."""
    names = [
        "guid", "version", "headline", "subheadline", "bylines", "dateline", "located",
        "creditline", "published", "language", "paragraph count", "first paragraph",
        "last paragraph", "credits",
    ]  # fmt: skip
    rows = []
    for tool, scores in results["tools"].items():
        if isinstance(scores, str):
            rows.append([tool, "", *[NOT_AVAILABLE] + [""] * len(names)])
            continue
        for variant in ("exact", "nfkc"):
            by_name = scores["fields"][variant]
            rows.append(
                [
                    tool if variant == "exact" else "",
                    variant,
                    _fmt(scores["outcomes"]) if variant == "exact" else "",
                    _fmt(scores["overall"][variant]),
                    *[_fmt(by_name.get(name)) for name in names],
                ]
            )
    headers = ["tool", "compare", "outcomes met", "all fields", *names]
    return (
        f"### NewsML / NITF / ninjs ({results['files']} files; share of gold values matched)"
        f"\n\n{_report.table(headers, rows)}"
    )


# --- main -----------------------------------------------------------------------------


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Read the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    default_corpus = Path(__file__).resolve().parents[2] / "shared" / "corpus"
    parser.add_argument("--corpus", type=Path, default=default_corpus)
    parser.add_argument(
        "--format",
        action="append",
        help="html, text or newsml (repeatable or comma-separated; default: all)",
    )
    parser.add_argument("--tools", default=",".join(DEFAULT_TOOLS))
    parser.add_argument("--json", type=Path, help="write every figure to this file")
    parser.add_argument("--markdown", type=Path, help="regenerate the tables in this file")
    parser.add_argument("--limit", type=int, help="only the first N HTML pages (development)")
    parser.add_argument("--only", help="only the HTML cases whose id contains this (development)")
    parser.add_argument(
        "--from-json", type=Path, help="render the tables of an earlier --json run, run nothing"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the evaluation; print markdown tables; optionally write JSON and markdown."""
    args = parse_args(argv)
    formats = [f for item in args.format or [",".join(FORMATS)] for f in item.split(",") if f]
    tools = [t.strip() for t in args.tools.split(",") if t.strip()]
    for name in formats:
        if name not in FORMATS:
            raise SystemExit(f"unknown format {name!r}; choose from {', '.join(FORMATS)}")
    renderers = {"html": html_markdown, "text": text_markdown, "newsml": newsml_markdown}
    runners: dict[str, Callable[[], dict[str, Any]]] = {
        "html": lambda: evaluate_html(args.corpus, tools, args.limit, args.only),
        "text": lambda: evaluate_text(args.corpus, tools),
        "newsml": lambda: evaluate_newsml(args.corpus, tools),
    }
    results: dict[str, Any] = {}
    if args.from_json:
        results = json.loads(args.from_json.read_text(encoding="utf-8"))
        formats = [name for name in FORMATS if name in results]
    sections = []
    try:
        for name in formats:
            if not args.from_json:
                results[name] = runners[name]()
            if results[name]["tools"]:
                sections.append(renderers[name](results[name]))
    except _runner.NetworkAttemptError as exc:
        print(f"FAILED: {exc}", file=sys.stderr)
        return 2
    print("\n\n".join(sections))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, ensure_ascii=False), encoding="utf-8")
    if args.markdown:
        command = (
            f"python bench/evaluate.py --corpus ../shared/corpus"
            f" --format {','.join(formats)} --tools {','.join(tools)} --markdown {args.markdown}"
        )
        _report.write_markdown(args.markdown, sections, script="bench/evaluate.py", command=command)
    return 0


if __name__ == "__main__":
    sys.exit(main())
