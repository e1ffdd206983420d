"""Run one tool over a list of documents, in its own process, with the network blocked.

    python bench/_worker.py JOB.json

``bench/evaluate.py`` and ``bench/speed.py`` start this script once per tool,
with newsdoc's interpreter or with the anchors' (``bench/.venv-anchors``), and
read one JSON line per document from its standard output. It depends only on
the standard library and on the tool it runs, so that it works in both
environments.

Before any tool is imported, every way out to the network (``connect``,
``getaddrinfo``, ``create_connection`` ...) is replaced by a function that
records the attempt and raises. A tool may swallow the exception, but the
attempt is still recorded: after the document the worker prints a
``{"network": ...}`` line and exits with status 3, and the caller stops the
whole run, loudly.

The job file is a JSON object:

* ``tool``: ``newsdoc``, ``trafilatura``, ``newspaper4k``, ``goose3``,
  ``readability-lxml``, ``lxml-tree``, ``lxml-text`` or ``newsmlg2``;
* ``task``: ``html`` (extract fields from each page), ``text`` or ``newsml``
  (newsdoc's full article values), ``speed-html``, ``speed-text``,
  ``speed-linear`` or ``speed-newsml`` (timings);
* ``docs``: ``[{"id", "path", "url"}]``, in the order to process them;
* ``start``: index of the first document (to resume after a crash);
* ``rounds``: timing rounds for the speed tasks;
* ``timeout``: seconds allowed per document (extraction tasks).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import gzip
import json
import resource
import signal
import socket
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

NETWORK_EXIT = 3
_ATTEMPTS: list[str] = []


class NetworkBlockedError(OSError):
    """Raised when a tool tries to reach the network inside the harness."""


def _deny(name: str) -> Callable[..., Any]:
    def deny(*args: Any, **kwargs: Any) -> Any:
        _ATTEMPTS.append(f"{name}{args[1:3] if name.startswith('socket.') else args[:2]!r}")
        raise NetworkBlockedError(f"network access blocked by the bench harness: {name}")

    return deny


def block_network() -> None:
    """Make every attempt to open a network connection fail and be recorded."""
    socket.socket.connect = _deny("socket.connect")  # type: ignore[method-assign]
    socket.socket.connect_ex = _deny("socket.connect_ex")  # type: ignore[method-assign]
    socket.create_connection = _deny("create_connection")
    socket.getaddrinfo = _deny("getaddrinfo")
    socket.gethostbyname = _deny("gethostbyname")
    socket.gethostbyname_ex = _deny("gethostbyname_ex")


class _Timeout(Exception):  # noqa: N818 - internal signal, never escapes the worker
    pass


def _on_alarm(signum: int, frame: object) -> None:
    raise _Timeout


def _emit(record: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
    sys.stdout.flush()


def _check_network(doc_id: str) -> None:
    if _ATTEMPTS:
        _emit({"id": doc_id, "network": _ATTEMPTS[:5]})
        sys.exit(NETWORK_EXIT)


def _iso(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    return str(value)


def _plain(value: object) -> object:
    """Turn an attrs value tree into JSON-ready data (dates as ISO, enums as str)."""
    import attrs

    def serialize(inst: object, field: object, item: object) -> object:
        if isinstance(item, dt.datetime | dt.date):
            return item.isoformat()
        if isinstance(item, enum.Enum):
            return item.value
        return item

    return attrs.asdict(value, value_serializer=serialize)  # type: ignore[arg-type]


def _read_page(path: str) -> bytes:
    with gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb") as handle:
        return handle.read()


# --- HTML extractors: (page bytes, url) -> {title, authors, published, body} ---------


def _html_newsdoc() -> Callable[[bytes, str | None], dict[str, Any]]:
    import newsdoc

    parse_html = getattr(newsdoc, "parse_html", None)
    if parse_html is None:
        raise _Unavailable("newsdoc.parse_html does not exist yet")

    def run(data: bytes, url: str | None) -> dict[str, Any]:
        article = parse_html(data, url=url)
        names = [byline.name for byline in article.bylines]
        if not names and article.provider:
            names = [article.provider]
        parts = [article.standfirst] if article.standfirst else []
        parts.extend(block.text for block in article.body if block.text)
        return {
            "title": article.headline,
            "authors": names,
            "published": _iso(article.published),
            "body": "\n".join(parts),
            "dateline": article.dateline is not None,
            "quotes": len(article.quotes),
            "credits": len(article.credits),
        }

    return run


def _html_trafilatura() -> Callable[[bytes, str | None], dict[str, Any]]:
    import trafilatura  # type: ignore[import-not-found, unused-ignore]

    # Ask for the time of day too (the default output is the day only); no zone
    # in the format, since trafilatura would print +0000 whatever the page says.
    date_params = {
        "extensive_search": True,
        "original_date": True,
        "outputformat": "%Y-%m-%dT%H:%M:%S",
    }

    def run(data: bytes, url: str | None) -> dict[str, Any]:
        html = data.decode("utf-8", "replace")
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, date_extraction_params=date_params
        )
        if doc is None:
            return {"title": None, "authors": [], "published": None, "body": ""}
        authors = [name.strip() for name in (doc.author or "").split(";") if name.strip()]
        return {
            "title": doc.title,
            "authors": authors,
            "published": doc.date,
            "body": doc.text or "",
        }

    return run


def _html_newspaper4k() -> Callable[[bytes, str | None], dict[str, Any]]:
    from newspaper import Article, Config  # type: ignore[import-not-found, unused-ignore]

    config = Config()
    config.fetch_images = False  # no image downloads (top image sizing)
    config.memorize_articles = False
    config.disable_category_cache = True
    config.request_timeout = 1

    def run(data: bytes, url: str | None) -> dict[str, Any]:
        html = data.decode("utf-8", "replace")
        article = Article(url or "https://example.invalid/article", config=config)
        article.download(input_html=html)
        article.parse()  # parse only: .nlp() would want NLTK data
        return {
            "title": article.title or None,
            "authors": list(article.authors or []),
            "published": _iso(article.publish_date),
            "body": article.text or "",
        }

    return run


def _html_goose3() -> Callable[[bytes, str | None], dict[str, Any]]:
    from goose3 import Goose  # type: ignore[import-not-found, unused-ignore]

    goose = Goose({"enable_image_fetching": False, "http_timeout": 1, "strict": False})

    def run(data: bytes, url: str | None) -> dict[str, Any]:
        html = data.decode("utf-8", "replace")
        article = goose.extract(raw_html=html)
        return {
            "title": article.title or None,
            "authors": list(article.authors or []),
            "published": _iso(article.publish_date),
            "body": article.cleaned_text or "",
        }

    return run


_BLOCK_TAGS = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
        "table", "tr", "td", "th", "br", "section", "article", "header", "footer", "figure",
        "figcaption", "dd", "dt",
    }
)  # fmt: skip


def _html_readability() -> Callable[[bytes, str | None], dict[str, Any]]:
    import lxml.html
    from readability import Document  # type: ignore[import-not-found, unused-ignore]

    def run(data: bytes, url: str | None) -> dict[str, Any]:
        html = data.decode("utf-8", "replace")
        document = Document(html, url=url)
        summary = document.summary(html_partial=True)
        tree = lxml.html.fragment_fromstring(summary, create_parent="div")
        # A line break after every block, so that "end.</p><p>Next" stays two words.
        for element in tree.iter():
            if isinstance(element.tag, str) and element.tag in _BLOCK_TAGS:
                element.tail = "\n" + (element.tail or "")
        return {
            "title": document.short_title() or None,
            "authors": [],
            "published": None,
            "body": tree.text_content(),
        }

    return run


def _html_lxml_tree() -> Callable[[bytes, str | None], dict[str, Any]]:
    import lxml.html

    def run(data: bytes, url: str | None) -> dict[str, Any]:
        lxml.html.document_fromstring(data)
        return {"title": None, "authors": [], "published": None, "body": ""}

    return run


def _html_lxml_text() -> Callable[[bytes, str | None], dict[str, Any]]:
    import lxml.html

    def run(data: bytes, url: str | None) -> dict[str, Any]:
        text = lxml.html.document_fromstring(data).text_content()  # type: ignore[attr-defined, unused-ignore]
        return {"title": None, "authors": [], "published": None, "body": text}

    return run


HTML_TOOLS: dict[str, Callable[[], Callable[[bytes, str | None], dict[str, Any]]]] = {
    "newsdoc": _html_newsdoc,
    "trafilatura": _html_trafilatura,
    "newspaper4k": _html_newspaper4k,
    "goose3": _html_goose3,
    "readability-lxml": _html_readability,
    "lxml-tree": _html_lxml_tree,
    "lxml-text": _html_lxml_text,
}


class _Unavailable(Exception):  # noqa: N818 - a state, reported as such
    pass


# --- newsdoc's other front ends -------------------------------------------------------


def _newsdoc_function(name: str) -> Callable[..., Any]:
    import newsdoc

    function = getattr(newsdoc, name, None)
    if function is None:
        raise _Unavailable(f"newsdoc.{name} does not exist yet")
    return function  # type: ignore[no-any-return]


def _newsml_reader() -> Callable[[bytes, str], list[object]]:
    iter_newsml = _newsdoc_function("iter_newsml")
    try:
        parse_ninjs: Callable[..., Any] | None = _newsdoc_function("parse_ninjs")
    except _Unavailable:
        parse_ninjs = None

    def run(data: bytes, path: str) -> list[object]:
        if path.endswith(".json"):
            if parse_ninjs is None:
                raise NotImplementedError("newsdoc.parse_ninjs does not exist yet")
            return [parse_ninjs(data)]
        return list(iter_newsml(data))

    return run


def _newsmlg2_reader() -> Callable[[bytes, str], list[object]]:
    from NewsMLG2 import NewsMLG2Document  # type: ignore[import-not-found, unused-ignore]

    def run(data: bytes, path: str) -> list[object]:
        if path.endswith(".json"):
            raise NotImplementedError("newsmlg2 reads NewsML-G2 only")
        document = NewsMLG2Document(filename_or_string=data)
        item = document.get_item()
        if item is None:
            raise ValueError("newsmlg2 found no item")
        return [item]

    return run


# --- tasks ----------------------------------------------------------------------------


def _error_record(doc_id: str, exc: BaseException) -> dict[str, Any]:
    message = str(exc).splitlines()[0][:300] if str(exc) else ""
    return {"id": doc_id, "ok": False, "error": f"{type(exc).__name__}: {message}"}


def _guarded(doc_id: str, timeout: int, call: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Run one document; any failure of the tool is this document's error, never a crash."""
    signal.alarm(timeout)
    try:
        record = call()
    except _Timeout:
        record = {"id": doc_id, "ok": False, "error": f"timeout after {timeout} s"}
    except _Unavailable:
        raise
    # The harness measures third-party tools: whatever one of them raises on a
    # page is that page's error, recorded with its type, and the run goes on.
    except Exception as exc:
        record = _error_record(doc_id, exc)
    finally:
        signal.alarm(0)
    return record


def task_html(job: dict[str, Any]) -> None:
    """Extract title, authors, date and body from each page."""
    run = HTML_TOOLS[job["tool"]]()
    timeout = int(job.get("timeout", 60))
    for doc in job["docs"][job.get("start", 0) :]:
        data = _read_page(doc["path"])

        def call(doc: dict[str, Any] = doc, data: bytes = data) -> dict[str, Any]:
            started = time.perf_counter()
            fields = run(data, doc.get("url"))
            return {"id": doc["id"], "ok": True, "seconds": time.perf_counter() - started, **fields}

        record = _guarded(doc["id"], timeout, call)
        _check_network(doc["id"])
        _emit(record)


def task_text(job: dict[str, Any]) -> None:
    """Run newsdoc.parse_text on each story and print the whole article."""
    parse_text = _newsdoc_function("parse_text")
    timeout = int(job.get("timeout", 60))
    for doc in job["docs"][job.get("start", 0) :]:
        text = Path(doc["path"]).read_text(encoding="utf-8")

        def call(doc: dict[str, Any] = doc, text: str = text) -> dict[str, Any]:
            return {"id": doc["id"], "ok": True, "article": _plain(parse_text(text))}

        record = _guarded(doc["id"], timeout, call)
        _check_network(doc["id"])
        _emit(record)


def task_newsml(job: dict[str, Any]) -> None:
    """Read each NewsML / NITF / ninjs file with newsdoc and print every article."""
    run = _newsml_reader()
    timeout = int(job.get("timeout", 60))
    for doc in job["docs"][job.get("start", 0) :]:
        data = Path(doc["path"]).read_bytes()

        def call(doc: dict[str, Any] = doc, data: bytes = data) -> dict[str, Any]:
            articles = run(data, doc["path"])
            return {"id": doc["id"], "ok": True, "articles": [_plain(a) for a in articles]}

        # A ParseError is the expected outcome for some files: its class is kept.
        record = _guarded(doc["id"], timeout, call)
        _check_network(doc["id"])
        _emit(record)


def _peak_mb() -> float:
    # ru_maxrss is in KiB on Linux.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _time_rounds(
    items: list[tuple[str, Any]],
    call: Callable[[Any], object],
    rounds: int,
) -> tuple[list[float], dict[str, list[float]], dict[str, str]]:
    """Time *call* on every item, *rounds* times; failures are recorded, not fatal."""
    totals: list[float] = []
    per_item: dict[str, list[float]] = {key: [] for key, _ in items}
    errors: dict[str, str] = {}
    clock = time.perf_counter
    for _ in range(rounds):
        round_start = clock()
        for key, value in items:
            started = clock()
            try:
                call(value)
            # As in task_html: a tool's failure on one input is recorded.
            except Exception as exc:
                errors[key] = f"{type(exc).__name__}: {str(exc)[:200]}"
            per_item[key].append(clock() - started)
            _check_network(key)
        totals.append(clock() - round_start)
    return totals, per_item, errors


def task_speed_html(job: dict[str, Any]) -> None:
    """Time parsing every page (already decompressed, in memory), several rounds."""
    run = HTML_TOOLS[job["tool"]]()
    pages = [(doc["id"], (_read_page(doc["path"]), doc.get("url"))) for doc in job["docs"]]
    baseline = _peak_mb()
    # One untimed page first, so that lazy imports and caches are not billed to page 1.
    if pages:
        # Its failure, if any, is timed and recorded below.
        with contextlib.suppress(Exception):
            run(*pages[0][1])
    totals, per_item, errors = _time_rounds(pages, lambda v: run(*v), int(job.get("rounds", 3)))
    _emit(
        {
            "tool": job["tool"],
            "docs": len(pages),
            "bytes": sum(len(v[0]) for _, v in pages),
            "round_seconds": totals,
            "page_median_ms": [statistics.median(t) * 1000 for t in per_item.values()],
            "errors": errors,
            "baseline_mb": baseline,
            "peak_mb": _peak_mb(),
        }
    )


def task_speed_text(job: dict[str, Any]) -> None:
    """Time newsdoc.parse_text over every story of the text corpus."""
    parse_text = _newsdoc_function("parse_text")
    stories = [(doc["id"], Path(doc["path"]).read_text(encoding="utf-8")) for doc in job["docs"]]
    baseline = _peak_mb()
    totals, _, errors = _time_rounds(stories, parse_text, int(job.get("rounds", 3)))
    _emit(
        {
            "tool": "newsdoc",
            "docs": len(stories),
            "bytes": sum(len(text.encode("utf-8")) for _, text in stories),
            "round_seconds": totals,
            "errors": errors,
            "baseline_mb": baseline,
            "peak_mb": _peak_mb(),
        }
    )


def _grow_story(paragraphs: list[str], size: int) -> str:
    """Build one wire story of about *size* bytes from real paragraphs.

    Paragraphs are cycled; from the second cycle on each carries a counter, so
    that no paragraph repeats (a repeated line is boilerplate to the parser).
    """
    lines = ["Linearity check headline", "By Test Writer", ""]
    total = sum(len(line) + 1 for line in lines)
    index = 0
    while total < size:
        cycle, position = divmod(index, len(paragraphs))
        paragraph = paragraphs[position] + (f" [{cycle}]" if cycle else "")
        lines.extend((paragraph, ""))
        total += len(paragraph.encode("utf-8")) + 2
        index += 1
    return "\n".join(lines)


def task_speed_linear(job: dict[str, Any]) -> None:
    """Time parse_text on one story grown from 1 KB to 10 MB."""
    parse_text = _newsdoc_function("parse_text")
    paragraphs: list[str] = []
    for doc in job["docs"]:
        text = Path(doc["path"]).read_text(encoding="utf-8")
        # Clean stories only: headline and byline first, then one paragraph a line.
        paragraphs.extend(" ".join(p.split()) for p in text.split("\n\n")[1:] if p.strip())
    results = []
    for size in job["sizes"]:
        story = _grow_story(paragraphs, int(size))
        rounds = max(1, min(int(job.get("rounds", 3)), int(2e7 // max(size, 1))))
        times = []
        error = None
        for _ in range(rounds):
            started = time.perf_counter()
            signal.alarm(int(job.get("timeout", 120)))
            try:
                parse_text(story)
            except _Timeout:
                error = f"timeout after {job.get('timeout', 120)} s"
            except Exception as exc:  # recorded, as everywhere in the harness
                error = f"{type(exc).__name__}: {str(exc)[:200]}"
            finally:
                signal.alarm(0)
            times.append(time.perf_counter() - started)
            _check_network(f"linear-{size}")
            if error:
                break
        results.append({"size": len(story.encode("utf-8")), "seconds": min(times), "error": error})
        if error:
            break  # a larger input would only take longer
    _emit({"tool": "newsdoc", "linear": results, "peak_mb": _peak_mb()})


def task_speed_newsml(job: dict[str, Any]) -> None:
    """Time reading each NewsML file (newsdoc or newsmlg2), several rounds."""
    run = _newsml_reader() if job["tool"] == "newsdoc" else _newsmlg2_reader()
    files = [(doc["id"], (Path(doc["path"]).read_bytes(), doc["path"])) for doc in job["docs"]]
    baseline = _peak_mb()
    totals, per_item, errors = _time_rounds(files, lambda v: run(*v), int(job.get("rounds", 3)))
    _emit(
        {
            "tool": job["tool"],
            "docs": len(files),
            "sizes": {key: len(v[0]) for key, v in files},
            "item_median_ms": {key: statistics.median(t) * 1000 for key, t in per_item.items()},
            "errors": errors,
            "round_seconds": totals,
            "baseline_mb": baseline,
            "peak_mb": _peak_mb(),
        }
    )


TASKS: dict[str, Callable[[dict[str, Any]], None]] = {
    "html": task_html,
    "text": task_text,
    "newsml": task_newsml,
    "speed-html": task_speed_html,
    "speed-text": task_speed_text,
    "speed-linear": task_speed_linear,
    "speed-newsml": task_speed_newsml,
}


def main(argv: list[str]) -> int:
    """Run the job described by the JSON file *argv[0]*."""
    job = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    block_network()
    signal.signal(signal.SIGALRM, _on_alarm)
    try:
        TASKS[job["task"]](job)
    except _Unavailable as exc:
        _emit({"unavailable": str(exc)})
        return 0
    except ImportError as exc:
        _emit({"unavailable": f"cannot import the tool: {exc}"})
        return 0
    if _ATTEMPTS:
        _emit({"network": _ATTEMPTS[:5]})
        return NETWORK_EXIT
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
