"""Scoring functions of the evaluation harness: pure, typed, stdlib only.

The conventions are those of ``corpus/html/README.md`` (and, for the body
metric, of the scrapinghub article-extraction-benchmark):

* **Body**: tokens are runs of Unicode word characters (case kept); each text
  becomes the multiset of its token 4-grams ("shingles"; a text of fewer than
  four tokens is one shorter shingle). Per page, precision and recall of the
  predicted multiset against the gold one; precision is averaged over the pages
  where the tool returned some text, recall over the pages whose gold has some
  text; F1 is the harmonic mean of the two averages.
* **Title**: equal after NFKC, dropping invisible format characters (Unicode
  category ``Cf``: soft hyphens, zero-width spaces), casefolding and collapsing
  whitespace. A site name appended to the headline is therefore wrong.
* **Authors**: sets of names compared after stripping accents, casefolding and
  collapsing whitespace; true and false positives and negatives are summed over
  pages (micro average).
* **Dates**: the ``YYYY-MM-DD`` as written on each side (no conversion between
  zones); to the minute where the gold has a time that is not midnight.

The module is imported by ``bench/evaluate.py`` and by the unit tests, so it
depends on nothing outside the standard library.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

__all__ = [
    "PRF",
    "SetCounts",
    "body_page_scores",
    "body_prf",
    "date_day",
    "date_minute",
    "f1",
    "gold_has_time",
    "language_group",
    "micro_prf",
    "name_counts",
    "normalize_name",
    "normalize_title",
    "normalize_words",
    "same_person",
    "shingles",
    "starts_alike",
    "titles_match",
    "tokenize",
]

# Runs of Unicode word characters: the benchmark's tokenizer. It works for any
# script, if coarsely for those written without spaces (Japanese, Chinese).
_TOKEN = re.compile(r"\w+")
# ``str.split()`` without arguments splits on every Unicode whitespace.
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MINUTE = re.compile(r"(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})")
_MIDNIGHT = re.compile(r"\d{4}-\d{2}-\d{2}[T ]00:00(?::00(?:\.0{1,9})?)?(?![\d:.])")
_LANG_PRIMARY = re.compile(r"[A-Za-z]{2,8}")

# Generational suffixes that follow a surname ("Patrick W. Carlineo Jr.").
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

#: Shingle length of the body metric.
SHINGLE_SIZE = 4


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1, with the number of pages each is taken over.

    Attributes:
        precision: Mean (or micro) precision; 0.0 when nothing was predicted.
        recall: Mean (or micro) recall; 0.0 when the gold is empty.
        f1: Harmonic mean of *precision* and *recall*.
        n_precision: Pages (or items) the precision is taken over.
        n_recall: Pages (or items) the recall is taken over.
    """

    precision: float
    recall: float
    f1: float
    n_precision: int
    n_recall: int


@dataclass(frozen=True, slots=True)
class SetCounts:
    """True positives, false positives and false negatives of one comparison.

    Attributes:
        tp: Items on both sides.
        fp: Predicted items missing from the gold.
        fn: Gold items missing from the prediction.
    """

    tp: int
    fp: int
    fn: int


def f1(precision: float, recall: float) -> float:
    """Return the harmonic mean of *precision* and *recall* (0.0 when both are 0).

    Args:
        precision: A precision in [0, 1].
        recall: A recall in [0, 1].

    Returns:
        The F1 score.
    """
    total = precision + recall
    return 0.0 if total == 0 else 2 * precision * recall / total


def tokenize(text: str | None) -> list[str]:
    """Split *text* into runs of Unicode word characters, case kept.

    Args:
        text: Any text; ``None`` counts as empty.

    Returns:
        The tokens in order.
    """
    return _TOKEN.findall(text or "")


def shingles(text: str | None, size: int = SHINGLE_SIZE) -> Counter[tuple[str, ...]]:
    """Return the multiset of token *size*-grams of *text*.

    A text of fewer than *size* tokens (but at least one) gives a single
    shorter shingle, as in the benchmark; an empty text gives none.

    Args:
        text: Any text; ``None`` counts as empty.
        size: Tokens per shingle.

    Returns:
        A counter from shingle to number of occurrences.
    """
    tokens = tokenize(text)
    if not tokens:
        return Counter()
    if len(tokens) <= size:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def body_page_scores(gold: str | None, predicted: str | None) -> tuple[float | None, float | None]:
    """Score one page's body with the shingle metric.

    Args:
        gold: The gold body text.
        predicted: The tool's body text (``None`` when it returned nothing).

    Returns:
        ``(precision, recall)``; precision is ``None`` when the tool returned
        no shingle and recall is ``None`` when the gold has none, so that such
        pages drop out of the corresponding average (the benchmark's rule).
        When both sides are empty the page scores ``(1.0, 1.0)``.
    """
    true = shingles(gold)
    pred = shingles(predicted)
    if not true and not pred:
        return 1.0, 1.0
    tp = sum((true & pred).values())
    n_pred = sum(pred.values())
    n_true = sum(true.values())
    precision = tp / n_pred if n_pred else None
    recall = tp / n_true if n_true else None
    return precision, recall


def body_prf(pages: Iterable[tuple[float | None, float | None]]) -> PRF:
    """Average per-page body scores into one precision, recall and F1.

    Args:
        pages: ``(precision, recall)`` pairs from :func:`body_page_scores`.

    Returns:
        The mean precision over the pages that have one, the mean recall over
        the pages that have one, and the F1 of the two means.
    """
    precisions: list[float] = []
    recalls: list[float] = []
    for precision, recall in pages:
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    return PRF(p, r, f1(p, r), len(precisions), len(recalls))


def normalize_title(text: str) -> str:
    """Normalise a headline for exact comparison.

    NFKC, invisible format characters (category ``Cf``) dropped, casefolded,
    runs of whitespace collapsed to one space and stripped.

    Args:
        text: A headline.

    Returns:
        The comparison key.
    """
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.casefold().split())


def titles_match(gold: str, predicted: str | None) -> bool:
    """Tell whether *predicted* is the gold headline (see :func:`normalize_title`).

    Args:
        gold: The gold headline.
        predicted: The tool's headline, or ``None``.

    Returns:
        True when both normalise to the same non-empty string.
    """
    if predicted is None:
        return False
    key = normalize_title(predicted)
    return bool(key) and key == normalize_title(gold)


def normalize_name(text: str) -> str:
    """Normalise a person's name: accents stripped, casefolded, whitespace collapsed.

    Args:
        text: A name as printed.

    Returns:
        The comparison key.
    """
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    stripped = "".join(ch for ch in stripped if unicodedata.category(ch) != "Cf")
    return " ".join(stripped.casefold().split())


def name_counts(gold: Iterable[str], predicted: Iterable[str]) -> SetCounts:
    """Compare two sets of names after :func:`normalize_name`.

    Args:
        gold: Gold names.
        predicted: The tool's names.

    Returns:
        The counts of names on both sides, only predicted, only gold.
    """
    true = {key for key in map(normalize_name, gold) if key}
    pred = {key for key in map(normalize_name, predicted) if key}
    return SetCounts(len(true & pred), len(pred - true), len(true - pred))


def micro_prf(counts: Iterable[SetCounts]) -> PRF:
    """Sum counts over pages and return micro precision, recall and F1.

    Args:
        counts: One :class:`SetCounts` per page.

    Returns:
        Precision ``tp / (tp + fp)`` and recall ``tp / (tp + fn)`` of the sums;
        a precision with nothing predicted is 0.0, and so is a recall with an
        empty gold. ``n_precision`` and ``n_recall`` count predicted and gold
        items.
    """
    tp = fp = fn = 0
    for item in counts:
        tp += item.tp
        fp += item.fp
        fn += item.fn
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return PRF(precision, recall, f1(precision, recall), tp + fp, tp + fn)


def date_day(value: str | None) -> str | None:
    """Return the ``YYYY-MM-DD`` written at the start of an ISO 8601 value.

    Args:
        value: An ISO 8601 date or date-time string, or ``None``.

    Returns:
        The day as written (no zone conversion), or ``None``.
    """
    if not value:
        return None
    match = _DAY.match(value.strip())
    return match.group(0) if match else None


def date_minute(value: str | None) -> str | None:
    """Return ``YYYY-MM-DDTHH:MM`` as written in an ISO 8601 date-time.

    Args:
        value: An ISO 8601 date-time string, or ``None``.

    Returns:
        The minute as written (no zone conversion), or ``None`` when the value
        carries no time.
    """
    if not value:
        return None
    match = _MINUTE.match(value.strip())
    return f"{match.group(1)}T{match.group(2)}:{match.group(3)}" if match else None


def gold_has_time(value: str | None) -> bool:
    """Tell whether a gold date gives a time that is not exactly midnight.

    A gold midnight is treated as date-only (the pages give the day only).

    Args:
        value: The gold ISO 8601 value.

    Returns:
        True when the value has a time of day other than 00:00(:00).
    """
    if date_minute(value) is None:
        return False
    assert value is not None
    return _MIDNIGHT.match(value.strip()) is None


def language_group(tag: str | None) -> str:
    """Return the primary subtag of a BCP 47 tag, lower-cased (``en-US`` -> ``en``).

    Args:
        tag: A language tag as written, or ``None``.

    Returns:
        The primary language subtag, or ``"unknown"``.
    """
    if not tag:
        return "unknown"
    match = _LANG_PRIMARY.match(tag.strip())
    return match.group(0).lower() if match else "unknown"


def normalize_words(text: str | None) -> list[str]:
    """Return the casefolded words of *text*, ignoring punctuation and quote marks.

    Args:
        text: Any text.

    Returns:
        The words (runs of word characters, apostrophes inside words dropped).
    """
    if not text:
        return []
    # Curly and straight apostrophes inside words (“I’m”) would split a token;
    # drop them so that "I’m" and "Im" compare equal whatever the mark.
    text = text.replace("\u2019", "").replace("'", "").replace("\u02bc", "")
    return [token.casefold() for token in tokenize(unicodedata.normalize("NFKC", text))]


def starts_alike(gold_start: str, text: str | None) -> bool:
    """Tell whether *text* begins with the words of *gold_start*.

    Words are compared ignoring case, punctuation and quote marks; only as many
    words as the gold gives are compared, so *text* must have at least as many.

    Args:
        gold_start: The first words of a gold quote or paragraph.
        text: A predicted quote or paragraph text.

    Returns:
        True when the words agree.
    """
    gold_words = normalize_words(gold_start)
    words = normalize_words(text)
    if not gold_words or not words:
        return False
    return words[: len(gold_words)] == gold_words


def same_person(
    gold: str | None, predicted: str | None, *, alternatives: Sequence[str] = ()
) -> bool:
    """Tell whether a predicted speaker names the gold speaker.

    The same person: equal names, one contained in the other, or the same
    surname (last word), compared after :func:`normalize_name`. Two ``None``
    agree; ``None`` against a name does not.

    Args:
        gold: The gold speaker, or ``None`` when the text names none.
        predicted: The tool's speaker.
        alternatives: Other gold answers that are also right.

    Returns:
        True when the prediction matches the gold or an alternative.
    """
    for answer in (gold, *alternatives):
        if answer is None and predicted is None:
            return True
        if answer is None or predicted is None:
            continue
        true = normalize_name(answer)
        pred = normalize_name(predicted)
        if not true or not pred:
            continue
        if true == pred or f" {true} " in f" {pred} " or f" {pred} " in f" {true} ":
            return True
        if _surname(true) == _surname(pred):
            return True
    return False


def _surname(key: str) -> str:
    """Return the last word of a normalised name, generational suffixes skipped."""
    words = [word.strip(".,") for word in key.split()]
    words = [word for word in words if word] or [key]
    while len(words) > 1 and words[-1] in _NAME_SUFFIXES:
        words.pop()
    return words[-1]
