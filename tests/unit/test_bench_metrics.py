"""The evaluation harness's metrics (bench/_metrics.py) on tiny synthetic cases."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import _metrics as m  # type: ignore[import-not-found, unused-ignore]

STORY = (
    "The council voted on Tuesday to rebuild the old bridge over the river, "
    "ending a dispute that had lasted for more than a decade."
)


def _body_f1(gold: str, predicted: str | None) -> float:
    return float(m.body_prf([m.body_page_scores(gold, predicted)]).f1)


# --- tokens and shingles ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        pytest.param("Hello, world!", ["Hello", "world"], id="punctuation splits"),
        pytest.param("Straße über Köln", ["Straße", "über", "Köln"], id="latin diacritics"),
        pytest.param("Путин заявил", ["Путин", "заявил"], id="cyrillic"),
        pytest.param("東京で会議", ["東京で会議"], id="CJK without spaces is one token"),
        pytest.param("don’t stop", ["don", "t", "stop"], id="curly apostrophe splits"),
        pytest.param("COVID-19 case", ["COVID", "19", "case"], id="hyphen splits, case kept"),
        pytest.param("snake_case", ["snake_case"], id="underscore is a word character"),
        pytest.param("", [], id="empty"),
        pytest.param(None, [], id="none"),
    ],
)
def test_tokenize(text: str | None, tokens: list[str]) -> None:
    assert m.tokenize(text) == tokens


def test_shingles_are_4grams_with_counts() -> None:
    counted = m.shingles("a b c d a b c d")
    assert counted[("a", "b", "c", "d")] == 2
    assert sum(counted.values()) == 5


def test_short_text_is_one_shorter_shingle() -> None:
    assert m.shingles("two words") == {("two", "words"): 1}


# --- body -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "precision", "recall"),
    [
        pytest.param(STORY, 1.0, 1.0, id="perfect extraction"),
        pytest.param(STORY.upper(), 0.0, 0.0, id="case is kept"),
        pytest.param(" ".join(STORY.split()[:12]), 1.0, 9 / 21, id="first half only"),
        pytest.param(STORY + " Subscribe to our newsletter today", 21 / 26, 1.0, id="boilerplate"),
        pytest.param("Read more about cookies on this site", 0.0, 0.0, id="wrong text"),
    ],
)
def test_body_page_scores(predicted: str, precision: float, recall: float) -> None:
    got_precision, got_recall = m.body_page_scores(STORY, predicted)
    assert got_precision == pytest.approx(precision)
    assert got_recall == pytest.approx(recall)


def test_empty_extraction_scores_zero() -> None:
    assert m.body_page_scores(STORY, "") == (None, 0.0)
    assert _body_f1(STORY, "") == 0.0
    assert _body_f1(STORY, None) == 0.0


def test_perfect_extraction_scores_one() -> None:
    assert _body_f1(STORY, STORY) == 1.0
    # Whitespace and line breaks between paragraphs do not matter.
    assert _body_f1(STORY, "\n\n".join(STORY.split(", "))) == 1.0


def test_half_extraction_scores_what_it_should() -> None:
    words = STORY.split()
    first_half = " ".join(words[:12])
    # 24 tokens give 21 shingles; 12 tokens give 9, all of them right.
    precision, recall = m.body_page_scores(STORY, first_half)
    assert precision == 1.0
    assert recall == pytest.approx(9 / 21)
    assert _body_f1(STORY, first_half) == pytest.approx(2 * (9 / 21) / (1 + 9 / 21))


def test_body_averages_are_per_page_and_skip_empty_predictions() -> None:
    pages = [m.body_page_scores(STORY, STORY), m.body_page_scores(STORY, "")]
    result = m.body_prf(pages)
    # The empty page has no precision (nothing predicted) but a recall of 0.
    assert result.precision == 1.0
    assert result.recall == 0.5
    assert result.n_precision == 1
    assert result.n_recall == 2
    assert result.f1 == pytest.approx(2 / 3)


def test_both_empty_is_perfect() -> None:
    assert m.body_page_scores("", "") == (1.0, 1.0)


def test_unicode_body_matches_across_normal_forms_only_when_equal() -> None:
    gold = "Der Bürgermeister sagte am Montag, die Brücke werde gebaut."
    assert _body_f1(gold, gold) == 1.0
    assert _body_f1(gold, "Der Burgermeister sagte am Montag, die Brucke werde gebaut.") < 1.0


# --- titles -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        pytest.param("Bridge to be rebuilt", "Bridge to be rebuilt", True, id="identical"),
        pytest.param("Bridge to be rebuilt", "BRIDGE  to be\nrebuilt ", True, id="case and space"),
        pytest.param(
            "Bridge to be rebuilt",
            "Bridge to be rebuilt | Daily Bugle",
            False,
            id="site name appended is wrong",
        ),
        pytest.param(
            "Bridge to be rebuilt",
            "Bridge to be rebuilt - Daily Bugle",
            False,
            id="site name after a dash is wrong",
        ),
        pytest.param(
            "Brücken\u00adbau beginnt", "Brückenbau beginnt", True, id="soft hyphen is invisible"
        ),
        pytest.param("Zero\u200bwidth", "Zerowidth", True, id="zero-width space is invisible"),
        pytest.param("Ｆｕｌｌ width", "Full width", True, id="NFKC folds full-width"),
        pytest.param(
            "Café opens", "Cafe\u0301 opens", True, id="combining accent equals precomposed"
        ),
        pytest.param("Café opens", "Cafe opens", False, id="missing accent is wrong"),
        pytest.param("Bridge", None, False, id="no title"),
        pytest.param("Bridge", "", False, id="empty title"),
    ],
)
def test_titles_match(gold: str, predicted: str | None, expected: bool) -> None:
    assert m.titles_match(gold, predicted) is expected


# --- authors ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gold", "predicted", "counts"),
    [
        pytest.param(["José Núñez"], ["Jose Nunez"], (1, 0, 0), id="accents stripped"),
        pytest.param(
            ["Anne-Marie SLAUGHTER"], ["anne-marie slaughter"], (1, 0, 0), id="case-insensitive"
        ),
        pytest.param(["Jan  Novák"], ["Jan Novák"], (1, 0, 0), id="whitespace collapsed"),
        pytest.param(
            ["Søren Kierkegaard"],
            ["Soren Kierkegaard"],
            (0, 1, 1),
            id="a letter that is not an accent stays",
        ),
        pytest.param(["A One", "B Two"], ["A One"], (1, 0, 1), id="one missing"),
        pytest.param(["A One"], ["A One", "Staff"], (1, 1, 0), id="one extra"),
        pytest.param([], [], (0, 0, 0), id="both empty"),
        pytest.param(["A One"], ["A One", "a one"], (1, 0, 0), id="duplicates are one name"),
    ],
)
def test_name_counts(gold: list[str], predicted: list[str], counts: tuple[int, int, int]) -> None:
    result = m.name_counts(gold, predicted)
    assert (result.tp, result.fp, result.fn) == counts


def test_author_prf_is_summed_over_pages() -> None:
    pages = [m.name_counts(["A"], ["A"]), m.name_counts(["B", "C"], ["B", "X", "Y"])]
    result = m.micro_prf(pages)
    assert result.precision == pytest.approx(2 / 4)
    assert result.recall == pytest.approx(2 / 3)


def test_micro_prf_with_nothing_predicted_is_zero() -> None:
    result = m.micro_prf([m.name_counts(["A"], [])])
    assert (result.precision, result.recall, result.f1) == (0.0, 0.0, 0.0)


# --- dates --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "day", "minute", "has_time"),
    [
        pytest.param(
            "2024-11-22T06:57:50+01:00",
            "2024-11-22",
            "2024-11-22T06:57",
            True,
            id="offset kept as written",
        ),
        pytest.param("2024-11-22 06:57", "2024-11-22", "2024-11-22T06:57", True, id="space"),
        pytest.param("2024-11-22", "2024-11-22", None, False, id="day only"),
        pytest.param(
            "2024-11-22T00:00:00",
            "2024-11-22",
            "2024-11-22T00:00",
            False,
            id="gold midnight is date-only",
        ),
        pytest.param(
            "2024-11-22T00:00:00.000Z",
            "2024-11-22",
            "2024-11-22T00:00",
            False,
            id="midnight with fraction",
        ),
        pytest.param(
            "2024-11-22T00:00:30",
            "2024-11-22",
            "2024-11-22T00:00",
            True,
            id="seconds past midnight is a time",
        ),
        pytest.param("Nov 22, 2024", None, None, False, id="not ISO"),
        pytest.param(None, None, None, False, id="none"),
    ],
)
def test_dates(value: str | None, day: str | None, minute: str | None, has_time: bool) -> None:
    assert m.date_day(value) == day
    assert m.date_minute(value) == minute
    assert m.gold_has_time(value) is has_time


def test_dates_are_compared_as_written_not_converted() -> None:
    gold = "2024-11-22T23:30:00-05:00"
    converted = "2024-11-23T04:30:00+00:00"  # the same instant in UTC
    assert m.date_day(gold) != m.date_day(converted)


# --- languages, words and speakers --------------------------------------------------------


@pytest.mark.parametrize(
    ("tag", "group"),
    [("en-US", "en"), ("DE", "de"), ("pt_BR", "pt"), (None, "unknown"), ("", "unknown")],
)
def test_language_group(tag: str | None, group: str) -> None:
    assert m.language_group(tag) == group


@pytest.mark.parametrize(
    ("start", "text", "expected"),
    [
        pytest.param(
            "I’m running for president",
            "I'm running for president because",
            True,
            id="apostrophes ignored",
        ),
        pytest.param("We will rebuild", "“We will rebuild,” he said", True, id="quote marks"),
        pytest.param("We will rebuild", "We will", False, id="too short"),
        pytest.param("We will rebuild", "They will rebuild", False, id="different"),
        pytest.param("", "anything", False, id="empty gold"),
    ],
)
def test_starts_alike(start: str, text: str, expected: bool) -> None:
    assert m.starts_alike(start, text) is expected


@pytest.mark.parametrize(
    ("gold", "predicted", "expected"),
    [
        pytest.param("Bruce Boudreau", "Bruce Boudreau", True, id="equal"),
        pytest.param("Bruce Boudreau", "Boudreau", True, id="surname"),
        pytest.param("WeWork spokesperson", "a WeWork spokesperson", True, id="contained"),
        pytest.param("Bruce Boudreau", "Ryan Suter", False, id="other person"),
        pytest.param(None, None, True, id="both unknown"),
        pytest.param(None, "Ryan Suter", False, id="guessed speaker"),
        pytest.param("Ryan Suter", None, False, id="missed speaker"),
    ],
)
def test_same_person(gold: str | None, predicted: str | None, expected: bool) -> None:
    assert m.same_person(gold, predicted) is expected


def test_same_person_accepts_alternatives() -> None:
    assert m.same_person(None, "Patrick Carlineo", alternatives=["Patrick W. Carlineo Jr."])
    assert m.same_person("economist", "Jeremiah Mbelu", alternatives=["Jeremiah Mbelu"])
