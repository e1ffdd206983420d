"""split_dateline: one row per dateline convention."""

from __future__ import annotations

import pytest

from newsdoc.analysis.datelines import read_dateline, split_dateline

# text, raw, location, region, agency, date, rest
FOUND = [
    pytest.param(
        "AMMAN (Reuters) – Ten people fled.",
        "AMMAN (Reuters) –", "AMMAN", None, "Reuters", None, "Ten people fled.",
        id="CITY (Agency) en dash",
    ),
    pytest.param(
        "LA CROSSE, Wis. (AP) — A man was charged.",
        "LA CROSSE, Wis. (AP) —", "LA CROSSE", "Wis.", "AP", None, "A man was charged.",
        id="CITY, Region abbreviation (AP) em dash",
    ),
    pytest.param(
        "COLUMBIA, S.C. (AP) — Owners met.",
        "COLUMBIA, S.C. (AP) —", "COLUMBIA", "S.C.", "AP", None, "Owners met.",
        id="dotted state abbreviation",
    ),
    pytest.param(
        "DUBAI, United Arab Emirates — The carrier signed.",
        "DUBAI, United Arab Emirates —", "DUBAI", "United Arab Emirates", None, None,
        "The carrier signed.",
        id="CITY, multi-word country, no agency",
    ),
    pytest.param(
        "NEW YORK (Reuters) - Oil fell.",
        "NEW YORK (Reuters) -", "NEW YORK", None, "Reuters", None, "Oil fell.",
        id="hyphen as dash",
    ),
    pytest.param(
        "BERLIN -- The agency says.",
        "BERLIN --", "BERLIN", None, None, None, "The agency says.",
        id="double hyphen",
    ),
    pytest.param(
        "WASHINGTON — NASA announced a plan.",
        "WASHINGTON —", "WASHINGTON", None, None, None, "NASA announced a plan.",
        id="CITY em dash",
    ),
    pytest.param(
        "PUTRAJAYA, Nov 22 — Talks began.",
        "PUTRAJAYA, Nov 22 —", "PUTRAJAYA", None, None, "Nov 22", "Talks began.",
        id="CITY, Month Day",
    ),
    pytest.param(
        "LONDON, 22 November (IPS) - Rain fell.",
        "LONDON, 22 November (IPS) -", "LONDON", None, "IPS", "22 November", "Rain fell.",
        id="CITY, Day Month (Agency)",
    ),
    pytest.param(
        "NEW DELHI: Pakistan's army said.",
        "NEW DELHI:", "NEW DELHI", None, None, None, "Pakistan's army said.",
        id="CITY colon",
    ),
    pytest.param(
        "(Reuters) — The attorney general is investigating.",
        "(Reuters) —", None, None, "Reuters", None, "The attorney general is investigating.",
        id="agency only with dash",
    ),
    pytest.param(
        "(CNN) President Trump made a trip.",
        "(CNN)", None, None, "CNN", None, "President Trump made a trip.",
        id="agency only without dash",
    ),
    pytest.param(
        "Hong Kong (CNN Business)A muddled view weighs on investors.",
        "Hong Kong (CNN Business)", "Hong Kong", None, "CNN Business", None,
        "A muddled view weighs on investors.",
        id="ordinary-case place glued to the first word",
    ),
    pytest.param(
        "HONOLULU, Hawaii (HawaiiNewsNow) - Scientists confirmed it.",
        "HONOLULU, Hawaii (HawaiiNewsNow) -", "HONOLULU", "Hawaii", "HawaiiNewsNow", None,
        "Scientists confirmed it.",
        id="station as agency",
    ),
    pytest.param(
        "SÃO PAULO (Reuters) - Shares rose.",
        "SÃO PAULO (Reuters) -", "SÃO PAULO", None, "Reuters", None, "Shares rose.",
        id="all-caps place with diacritics",
    ),
    pytest.param(
        "Dekalb, Ill. — Voters lined up.",
        "Dekalb, Ill. —", "Dekalb", "Ill.", None, None, "Voters lined up.",
        id="ordinary-case place with region",
    ),
    pytest.param(
        "Quito, 3 Mar (EFE).- El ministro habló.",
        "Quito, 3 Mar (EFE).-", "Quito", None, "EFE", "3 Mar", "El ministro habló.",
        id="Spanish agency style with dot-dash",
    ),
    pytest.param(
        "Jerusalem, 24 November (dpa) - The cabinet met.",
        "Jerusalem, 24 November (dpa) -", "Jerusalem", None, "dpa", "24 November",
        "The cabinet met.",
        id="agency that prints its name in lower case",
    ),
]  # fmt: skip


@pytest.mark.parametrize("case", [pytest.param(p.values, id=p.id) for p in FOUND])
def test_dateline_found(case: tuple[str, ...]) -> None:
    text, raw, location, region, agency, date, rest = case
    dateline, remainder = split_dateline(text)
    assert dateline is not None
    assert (dateline.raw, dateline.location, dateline.region, dateline.agency, dateline.date) == (
        raw,
        location,
        region,
        agency,
        date,
    )
    assert remainder == rest


NOT_FOUND = [
    pytest.param("WASHINGTON The vote is today.", id="all-caps lead word without separator"),
    pytest.param("Three people died — and more were hurt.", id="sentence with a dash"),
    pytest.param("The United Nations’ (UN) top court heard arguments.", id="parenthesised acronym"),
    pytest.param("BREAKING: The vote is delayed.", id="label, not a place"),
    pytest.param(
        "Hong Kong stocks rose (slightly) on Monday.", id="ordinary-case words, no agency"
    ),
    pytest.param("Residents said: “Leave now.”", id="colon after ordinary words"),
    pytest.param(
        "Global (English, daily)Germany (German, daily) newsletters", id="comma inside parentheses"
    ),
    pytest.param("AMMAN (Reuters) –", id="dateline with nothing after it"),
    pytest.param("", id="empty"),
    pytest.param("(1) The first point.", id="numbered point"),
    pytest.param("2019 — A year of change.", id="year, not a place"),
    pytest.param("Berlin (local time) - Talks began.", id="lower-case note, not an agency"),
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_dateline(text: str) -> None:
    dateline, rest = split_dateline(text)
    assert dateline is None
    assert rest == text


def test_paragraph_is_unchanged_by_reading() -> None:
    text = "MADRID — Nadal won."
    split_dateline(text)
    assert text == "MADRID — Nadal won."


def test_long_paragraph_reads_only_its_opening() -> None:
    dateline, rest = split_dateline("LONDON — " + "word " * 100_000)
    assert dateline is not None
    assert rest.startswith("word")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param('"LOCKDOWN-ALARM: the post was shared.', id="quoted label"),
        pytest.param("DEAR ANNA: My neighbour plays drums.", id="advice-column salutation"),
    ],
)
def test_labels_are_not_places(text: str) -> None:
    assert split_dateline(text)[0] is None


def test_the_hague_is_a_place() -> None:
    dateline, _rest = split_dateline("THE HAGUE, Netherlands (Reuters) - Judges met.")
    assert dateline is not None
    assert dateline.location == "THE HAGUE"


@pytest.mark.parametrize(
    ("text", "location", "region", "agency", "date"),
    [
        pytest.param(
            "WASHINGTON, Nov 22", "WASHINGTON", None, None, "Nov 22", id="metadata, no dash"
        ),
        pytest.param(
            "LONDON (Reuters) -", "LONDON", None, "Reuters", None, id="metadata with dash"
        ),
        pytest.param("Berlin", "Berlin", None, None, None, id="ordinary-case place alone"),
        pytest.param(
            "Zürich, Switzerland", "Zürich", "Switzerland", None, None, id="place, country"
        ),
    ],
)
def test_read_dateline_from_metadata(
    text: str, location: str, region: str | None, agency: str | None, date: str | None
) -> None:
    dateline = read_dateline(text)
    assert dateline is not None
    assert dateline.raw == text
    assert (dateline.location, dateline.region, dateline.agency, dateline.date) == (
        location,
        region,
        agency,
        date,
    )


@pytest.mark.parametrize("text", ["the day after", "", "12345"], ids=["words", "empty", "number"])
def test_read_dateline_refuses(text: str) -> None:
    assert read_dateline(text) is None
