"""parse_credits, split_caption and parse_photo_credit: one row per credit convention."""

from __future__ import annotations

import pytest

from newsdoc.analysis.credits import parse_credit, parse_credits, parse_photo_credit, split_caption

# text, [(role, names, organization)]
LINES = [
    pytest.param(
        "(Reporting by Ann Lee; Editing by Bo Ray)",
        [("reporting", ("Ann Lee",), None), ("editing", ("Bo Ray",), None)],
        id="Reuters style in parentheses",
    ),
    pytest.param(
        "Reporting by Ann Lee and Cy Tan; additional reporting by Di Fox, Ed Ng and Flo Wu; "
        "Editing by Bo Ray",
        [
            ("reporting", ("Ann Lee", "Cy Tan"), None),
            ("additional reporting", ("Di Fox", "Ed Ng", "Flo Wu"), None),
            ("editing", ("Bo Ray",), None),
        ],
        id="without parentheses, lists of names",
    ),
    pytest.param(
        "(Reporting by Ann Lee in Berlin; Writing by Cy Tan, editing by Bo Ray)",
        [
            ("reporting", ("Ann Lee",), None),
            ("writing", ("Cy Tan",), None),
            ("editing", ("Bo Ray",), None),
        ],
        id="place after name, comma between roles",
    ),
    pytest.param(
        "Contributing: Kristine Phillips",
        [("additional reporting", ("Kristine Phillips",), None)],
        id="Contributing colon",
    ),
    pytest.param(
        "Associated Press writers Alan Fram and Zeke Miller contributed to this report.",
        [("additional reporting", ("Alan Fram", "Zeke Miller"), "Associated Press")],
        id="writers contributed to this report",
    ),
    pytest.param(
        "Jane Doe contributed reporting.",
        [("additional reporting", ("Jane Doe",), None)],
        id="contributed reporting",
    ),
    pytest.param(
        "Main image credit: Getty", [("photo", (), "Getty")], id="image credit organization"
    ),
    pytest.param(
        "Photo: Meg Kinnard, AP", [("photo", ("Meg Kinnard",), "AP")], id="Photo colon, AP"
    ),
    pytest.param(
        "(Translated by Ann Lee)", [("translation", ("Ann Lee",), None)], id="translation"
    ),
]


@pytest.mark.parametrize(("text", "expected"), LINES)
def test_credit_lines(text: str, expected: list[tuple[str, tuple[str, ...], str | None]]) -> None:
    credits = parse_credits(text)
    assert [(c.role.value, c.names, c.organization) for c in credits] == expected
    assert all(c.raw == text for c in credits)


NOT_CREDITS = [
    pytest.param("He was hit by a car and taken to hospital.", id="sentence with by"),
    pytest.param("Our Standards: The Thomson Reuters Trust Principles.", id="standards notice"),
    pytest.param("Parise said: “We have been there.”", id="quote after a colon"),
    pytest.param("The plan was backed by most lawmakers.", id="passive voice"),
    pytest.param("", id="empty"),
]


@pytest.mark.parametrize("text", NOT_CREDITS)
def test_not_credit_lines(text: str) -> None:
    assert parse_credits(text) == ()
    assert parse_credit(text) is None


# caption line, caption, names, organization, raw
CAPTIONS = [
    pytest.param(
        "FILE PHOTO: A view of the town, March 16, 2015. "
        "REUTERS/Khalil Ashawi/File Photo   -   Copyright  Khalil Ashawi(Reuters)",
        "FILE PHOTO: A view of the town, March 16, 2015.",
        ("Khalil Ashawi",),
        "Reuters",
        "REUTERS/Khalil Ashawi/File Photo - Copyright Khalil Ashawi(Reuters)",
        id="REUTERS slash name, file photo, copyright",
    ),
    pytest.param(
        "Traders work on the floor. REUTERS/Brendan McDermid",
        "Traders work on the floor.",
        ("Brendan McDermid",),
        "Reuters",
        "REUTERS/Brendan McDermid",
        id="REUTERS slash name",
    ),
    pytest.param(
        "A player celebrates his goal in Buffalo, N.Y. (AP Photo/Jeffrey T. Barnes)",
        "A player celebrates his goal in Buffalo, N.Y.",
        ("Jeffrey T. Barnes",),
        "AP",
        "(AP Photo/Jeffrey T. Barnes)",
        id="AP Photo in parentheses",
    ),
    pytest.param(
        "The house where he was born. Leonhard Foeger / Reuters file",
        "The house where he was born.",
        ("Leonhard Foeger",),
        "Reuters",
        "Leonhard Foeger / Reuters file",
        id="name slash agency file",
    ),
    pytest.param(
        "Shoppers look at cords. (Elias Funez/The Union via AP)",
        "Shoppers look at cords.",
        ("Elias Funez",),
        "AP",
        "(Elias Funez/The Union via AP)",
        id="via agency",
    ),
    pytest.param(
        "The lander on the moon. Credit: SpaceX",
        "The lander on the moon.",
        (),
        "SpaceX",
        "Credit: SpaceX",
        id="Credit colon organization",
    ),
    pytest.param(
        "Smoke over the city. Jane Doe/Harbour Times/Getty Images",
        "Smoke over the city.",
        ("Jane Doe",),
        "Getty Images",
        "Jane Doe/Harbour Times/Getty Images",
        id="name slash outlet slash picture library",
    ),
    pytest.param(
        "The comet's tail. (Image: © Bo Ray/ESA)",
        "The comet's tail.",
        ("Bo Ray",),
        "ESA",
        "(Image: © Bo Ray/ESA)",
        id="labelled credit in parentheses",
    ),
    pytest.param(
        "The mayor at the opening. Foto: Urs Meier (Keystone)",
        "The mayor at the opening.",
        ("Urs Meier",),
        "Keystone",
        "Foto: Urs Meier (Keystone)",
        id="name then agency in parentheses",
    ),
    pytest.param(
        "A ferry leaves the harbour, Aug. 31, 2019. (AP)",
        "A ferry leaves the harbour, Aug. 31, 2019.",
        (),
        "AP",
        "(AP)",
        id="agency alone in parentheses after the caption",
    ),
]


@pytest.mark.parametrize(("line", "caption", "names", "organization", "raw"), CAPTIONS)
def test_captions(
    line: str, caption: str, names: tuple[str, ...], organization: str | None, raw: str
) -> None:
    got_caption, credit = split_caption(line)
    assert got_caption == caption
    assert credit is not None
    assert credit.role.value == "photo"
    assert (credit.names, credit.organization, credit.raw) == (names, organization, raw)


NOT_CAPTIONS = [
    pytest.param("He said (in a statement) it was fine.", id="parenthesis in a sentence"),
    pytest.param("Patrick Semansky, ASSOCIATED PRESS", id="bare name and agency"),
    pytest.param("Prices rose 3/4 of a point.", id="fraction"),
    pytest.param("“We will rebuild,” said Ann Lee.", id="quote"),
    pytest.param("(AP)", id="agency sign-off on its own"),
    pytest.param("Oil rose on Monday (Reuters).", id="agency inside the sentence"),
]


@pytest.mark.parametrize("line", NOT_CAPTIONS)
def test_not_captions(line: str) -> None:
    caption, credit = split_caption(line)
    assert credit is None
    assert caption == line


def test_photo_credit_alone() -> None:
    credit = parse_photo_credit("(AP Photo/Jeffrey T. Barnes)")
    assert credit is not None
    assert credit.names == ("Jeffrey T. Barnes",)
    assert parse_photo_credit("A caption. REUTERS/Jane Doe") is None


MORE_LINES = [
    pytest.param(
        "(Reporting by Ann Lee, Cy Tan, with reporting by Di Fox, editing by Bo Ray.)",
        [
            ("reporting", ("Ann Lee", "Cy Tan"), None),
            ("additional reporting", ("Di Fox",), None),
            ("editing", ("Bo Ray",), None),
        ],
        id="with reporting by, roles after commas",
    ),
    pytest.param(
        "Example News’ Jane Doe contributed to this report.",
        [("additional reporting", ("Jane Doe",), "Example News")],
        id="outlet in the possessive",
    ),
    pytest.param(
        "—Associated Press writer Lena Holm in Oslo contributed to this report.",
        [("additional reporting", ("Lena Holm",), "Associated Press")],
        id="dash before, place after the name",
    ),
    pytest.param(
        "Ann Lee, Bo Ray, and Cy Tan contributed to this guide.",
        [("additional reporting", ("Ann Lee", "Bo Ray", "Cy Tan"), None)],
        id="contributed to this guide, serial comma",
    ),
    pytest.param(
        "With reporting by Associated Press writer Sam Oak",
        [("additional reporting", ("Sam Oak",), "Associated Press")],
        id="with reporting by an agency writer",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_LINES)
def test_more_credit_lines(
    text: str, expected: list[tuple[str, tuple[str, ...], str | None]]
) -> None:
    credits = parse_credits(text)
    assert [(c.role.value, c.names, c.organization) for c in credits] == expected


def test_contributed_reporting_from_a_place() -> None:
    credits = parse_credits("Keith Oak contributed reporting from Hong Kong.")
    assert [(c.role.value, c.names) for c in credits] == [("additional reporting", ("Keith Oak",))]


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        pytest.param(
            "Der Turm fiel. Foto: Peter Kneffel/dpa", ("Peter Kneffel",), "dpa", id="Foto"
        ),
        pytest.param(
            "Students left. Credit: Yan Oak/Global Images/Getty",
            ("Yan Oak",),
            "Global Images",
            id="photographer, outlet and agency",
        ),
    ],
)
def test_more_captions(line: str, names: tuple[str, ...], organization: str) -> None:
    _caption, credit = split_caption(line)
    assert credit is not None
    assert (credit.names, credit.organization) == (names, organization)


@pytest.mark.parametrize(
    ("line", "names", "organization"),
    [
        pytest.param(
            "The gulf. Getty Images/Juanmonino",
            ("Juanmonino",),
            "Getty Images",
            id="library/handle",
        ),
        pytest.param("A view. AFP/Jane Doe/File", ("Jane Doe",), "AFP", id="agency/name/File"),
    ],
)
def test_picture_library_credits(line: str, names: tuple[str, ...], organization: str) -> None:
    _caption, credit = split_caption(line)
    assert credit is not None
    assert (credit.names, credit.organization) == (names, organization)


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("He said the EU/US deal is off.", id="pair of places"),
        pytest.param("Talks on NATO/Russia.", id="pair ending a sentence"),
    ],
)
def test_slashes_in_sentences_are_not_credits(line: str) -> None:
    assert split_caption(line)[1] is None


def test_library_after_via() -> None:
    _caption, credit = split_caption("Crowds gather. | Ann Oak/PA Images via Getty Images")
    assert credit is not None
    assert (credit.names, credit.organization) == (("Ann Oak",), "Getty Images")
