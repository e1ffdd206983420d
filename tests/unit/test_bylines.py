"""read_byline and parse_bylines: one row per byline convention."""

from __future__ import annotations

import pytest

from newsdoc.analysis.bylines import agency_name, looks_like_name, parse_bylines, read_byline

# text, [(name, affiliation, title)]
PEOPLE = [
    pytest.param("By Jamelle Bouie", [("Jamelle Bouie", None, None)], id="By name"),
    pytest.param("by Jeff Foust", [("Jeff Foust", None, None)], id="lower-case by"),
    pytest.param(
        "By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER, Associated Press",
        [
            ("LISA MASCARO", "Associated Press", None),
            ("MARY CLARE JALONICK", "Associated Press", None),
            ("ERIC TUCKER", "Associated Press", None),
        ],
        id="all-caps names, commas and and, agency after final comma",
    ),
    pytest.param(
        "By Bill Hoppe | Special to the Pioneer Press",
        [("Bill Hoppe", "Pioneer Press", None)],
        id="affiliation after bar, Special to the",
    ),
    pytest.param(
        "Analysis by Chris Cillizza, CNN Editor-at-large",
        [("Chris Cillizza", "CNN", "Editor-at-large")],
        id="Analysis by, outlet and job title",
    ),
    pytest.param(
        "By Steve Peoples, AP National Political Writer",
        [("Steve Peoples", "AP", "National Political Writer")],
        id="agency and job title",
    ),
    pytest.param(
        "By Troy L. Smith, cleveland.com",
        [("Troy L. Smith", "cleveland.com", None)],
        id="middle initial, domain as outlet",
    ),
    pytest.param(
        "By Lisa Kaczke and Trevor J. Mitchell, Sioux Falls Argus Leader",
        [
            ("Lisa Kaczke", "Sioux Falls Argus Leader", None),
            ("Trevor J. Mitchell", "Sioux Falls Argus Leader", None),
        ],
        id="two names then an outlet",
    ),
    pytest.param(
        "By Ann Lee, Bo Ray and Cy Tan",
        [("Ann Lee", None, None), ("Bo Ray", None, None), ("Cy Tan", None, None)],
        id="three names, no affiliation",
    ),
    pytest.param(
        "By Ann Lee & Bo Ray", [("Ann Lee", None, None), ("Bo Ray", None, None)], id="ampersand"
    ),
    pytest.param("By Mary Byrne", [("Mary Byrne", None, None)], id="surname starting with By"),
    pytest.param(
        "by Jeff Foust — November 18, 2019", [("Jeff Foust", None, None)], id="date after a dash"
    ),
    pytest.param("Von Anna Müller", [("Anna Müller", None, None)], id="German Von"),
    pytest.param("Par Jean-Luc Ménard", [("Jean-Luc Ménard", None, None)], id="French Par"),
    pytest.param(
        "By Suleiman Al-Khalidi", [("Suleiman Al-Khalidi", None, None)], id="hyphenated surname"
    ),
    pytest.param("By Victoria O’Regan", [("Victoria O’Regan", None, None)], id="curly apostrophe"),
]


@pytest.mark.parametrize(("text", "expected"), PEOPLE)
def test_people(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    got = [(b.name, b.affiliation, b.title) for b in parse_bylines(text)]
    assert got == expected


# text, organization, provider
ORGANIZATIONS = [
    pytest.param("By Reuters", "Reuters", "Reuters", id="agency byline"),
    pytest.param(
        "By The Associated Press", "Associated Press", "Associated Press", id="The agency"
    ),
    pytest.param("By Associated Press", "Associated Press", "Associated Press", id="agency name"),
    pytest.param("By HNN Staff", "HNN Staff", None, id="desk staff"),
    pytest.param(
        "By Guardian staff reporter", "Guardian staff reporter", None, id="staff reporter"
    ),
    pytest.param("By Euronews", "Euronews", None, id="one-word outlet"),
    pytest.param("By Harbour Times", "Harbour Times", None, id="the paper itself"),
]


@pytest.mark.parametrize(("text", "organization", "provider"), ORGANIZATIONS)
def test_organizations_give_no_person(
    text: str, organization: str | None, provider: str | None
) -> None:
    line = read_byline(text)
    assert line is not None
    assert line.bylines == ()
    assert line.provider == provider
    assert line.organization == organization


def test_agency_without_prefix() -> None:
    line = read_byline("The Associated Press", require_prefix=False)
    assert line is not None
    assert line.provider == "Associated Press"
    assert line.bylines == ()


BARE = [
    pytest.param("Rodrigo Campos", ["Rodrigo Campos"], id="bare name"),
    pytest.param("JANIE HAR", ["JANIE HAR"], id="bare all-caps name"),
    pytest.param(
        "Kevin Johnson and Kevin McCoy USA TODAY",
        ["Kevin Johnson", "Kevin McCoy"],
        id="names then all-caps outlet, no comma",
    ),
    pytest.param(
        "Meg Kinnard and Errin Haines, Associated Press",
        ["Meg Kinnard", "Errin Haines"],
        id="bare names with agency",
    ),
]


@pytest.mark.parametrize(("text", "names"), BARE)
def test_bare_names_without_prefix(text: str, names: list[str]) -> None:
    line = read_byline(text, require_prefix=False)
    assert line is not None
    assert [b.name for b in line.bylines] == names


NOT_BYLINES = [
    pytest.param("Most Popular", id="page furniture"),
    pytest.param("Breaking News Emails", id="newsletter promo"),
    pytest.param("Back to Gallery", id="gallery control"),
    pytest.param("Facebook Twitter Email LinkedIn Reddit Pinterest", id="share buttons"),
    pytest.param("The vote was delayed again on Tuesday.", id="sentence"),
    pytest.param("5 Min Read", id="reading time"),
    pytest.param("Social Sharing", id="share row label"),
    pytest.param("Listen Save Comment", id="audio and save buttons"),
    pytest.param(
        "Ann Lee, the harbour master of the old port, on the quay", id="caption naming a person"
    ),
]


@pytest.mark.parametrize("text", NOT_BYLINES)
def test_not_a_bare_byline(text: str) -> None:
    assert read_byline(text, require_prefix=False) is None


def test_byrne_is_not_a_prefix() -> None:
    assert read_byline("Byrne scored twice") is None


def test_agency_is_never_a_name() -> None:
    assert parse_bylines("By Ann Lee, Reuters")[0].affiliation == "Reuters"
    assert not looks_like_name("Reuters Staff")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("REUTERS", "Reuters", id="all caps"),
        pytest.param("The Associated Press", "Associated Press", id="with The"),
        pytest.param("Press Trust of India", "PTI", id="long name"),
        pytest.param("Euronews", None, id="not an agency"),
    ],
)
def test_agency_name(text: str, expected: str | None) -> None:
    assert agency_name(text) == expected


def test_uncased_scripts_read_as_names() -> None:
    assert looks_like_name("小林 田中")
    assert looks_like_name("Abdul Rahman al-Halabi")


@pytest.mark.parametrize(
    ("text", "names", "provider"),
    [
        pytest.param("By Jane Doe in Kyiv", ["Jane Doe"], None, id="filed from a place"),
        pytest.param(
            "By Jane Doe in Kyiv and John Roe in Moscow",
            ["Jane Doe", "John Roe"],
            None,
            id="each filed from a place",
        ),
        pytest.param(
            "By Associated Press in Valencia",
            [],
            "Associated Press",
            id="agency filed from a place",
        ),
    ],
)
def test_filed_from(text: str, names: list[str], provider: str | None) -> None:
    line = read_byline(text)
    assert line is not None
    assert [b.name for b in line.bylines] == names
    assert line.provider == provider


@pytest.mark.parametrize(
    ("text", "provider"),
    [
        pytest.param("By Reuters Staff", "Reuters", id="agency desk"),
        pytest.param("By AFP staff writer", "AFP", id="agency staff writer"),
        pytest.param("By HNN Staff", None, id="outlet desk, not an agency"),
    ],
)
def test_agency_desk_gives_provider(text: str, provider: str | None) -> None:
    line = read_byline(text)
    assert line is not None
    assert line.bylines == ()
    assert line.provider == provider


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Von Moritz Beck publiziert am 25. September 2018", id="German date after"),
        pytest.param(
            "By Moritz Beck Published 7:07 PM EST Nov 19, 2019", id="published time after"
        ),
        pytest.param("By Moritz Beck Follow", id="follow button after"),
        pytest.param("By Moritz Beck Twitter", id="social link after"),
        pytest.param("Moritz Beck 2 minutes read", id="reading time after"),
    ],
)
def test_date_after_the_name(text: str) -> None:
    assert [b.name for b in parse_bylines(text)] == ["Moritz Beck"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Kyle Oak 7 hours", [("Kyle Oak", None)], id="relative time after the name"),
        pytest.param(
            "Thabo Mokone Parliamentary editor",
            [("Thabo Mokone", "Parliamentary editor")],
            id="job title without a comma",
        ),
        pytest.param(
            "Asha Rao / EXAMPLE.COM / Sep 2, 2024, 17:07 IST",
            [("Asha Rao", None)],
            id="slash-separated outlet and date",
        ),
    ],
)
def test_bare_byline_shapes(text: str, expected: list[tuple[str, str | None]]) -> None:
    line = read_byline(text, require_prefix=False)
    assert line is not None
    assert [(b.name, b.title) for b in line.bylines] == expected


@pytest.mark.parametrize(
    ("text", "names"),
    [
        pytest.param("Jane Doe; John Smith", ["Jane Doe", "John Smith"], id="metadata, semicolons"),
        pytest.param("Jane Doe, John Smith", ["Jane Doe", "John Smith"], id="metadata, commas"),
        pytest.param("jane-doe", [], id="metadata slug"),
    ],
)
def test_author_metadata(text: str, names: list[str]) -> None:
    assert [b.name for b in parse_bylines(text)] == names


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Kommentar von Nicole Opitz", [("Nicole Opitz", None)], id="German comment by"
        ),
        pytest.param(
            "Sina Beck Landespolitische Korrespondentin",
            [("Sina Beck", "Landespolitische Korrespondentin")],
            id="German job title, capitalised",
        ),
        pytest.param("By Ann Lee Staff Writer", [("Ann Lee", "Staff Writer")], id="staff writer"),
    ],
)
def test_titles_and_prefixes(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert [(b.name, b.title) for b in parse_bylines(text)] == expected


@pytest.mark.parametrize(
    ("text", "affiliation"),
    [
        pytest.param(
            "By Jane Doe, The Washington Post", "The Washington Post", id="paper named with The"
        ),
        pytest.param(
            "By Jane Doe, The Associated Press", "Associated Press", id="agency without The"
        ),
    ],
)
def test_the_in_affiliations(text: str, affiliation: str) -> None:
    assert parse_bylines(text)[0].affiliation == affiliation


def test_agency_as_co_author_is_the_provider() -> None:
    line = read_byline("By Thorsten Beck and Reuters")
    assert line is not None
    assert [b.name for b in line.bylines] == ["Thorsten Beck"]
    assert line.provider == "Reuters"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Ann LindHarbour Reporter", [("Ann Lind", "Harbour Reporter")], id="glued job title"
        ),
        pytest.param("By Ann LindTwitter", [("Ann Lind", None)], id="glued button"),
        pytest.param("By Ann McDonald", [("Ann McDonald", None)], id="a name with a capital"),
        pytest.param("By Ann MacArthur Reporter", [("Ann MacArthur", "Reporter")], id="short head"),
    ],
)
def test_title_or_button_glued_to_the_name(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(b.name, b.title) for b in parse_bylines(text)] == expected
