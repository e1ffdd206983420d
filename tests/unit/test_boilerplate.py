"""is_boilerplate, read_signoff and read_syndication: one row per convention."""

from __future__ import annotations

import pytest

from newsdoc.analysis.boilerplate import (
    is_author_bio,
    is_boilerplate,
    is_separator,
    read_signoff,
    read_syndication,
)

FURNITURE = [
    pytest.param("Text size Aa Aa", id="text-size control"),
    pytest.param("Access to the comments Comments", id="comments link"),
    pytest.param("This content is not available in your region", id="region notice"),
    pytest.param("Share this:", id="share heading"),
    pytest.param("* Click to share on Facebook (Opens in new window)", id="share button"),
    pytest.param("Facebook Twitter Email LinkedIn Reddit Pinterest", id="share row"),
    pytest.param("Read More", id="read more"),
    pytest.param("Sign up for Newsletters and Alerts", id="newsletter prompt"),
    pytest.param("We use cookies to improve your experience.", id="cookie notice"),
    pytest.param("Copyright 2019 Hawaii News Now. All rights reserved.", id="copyright line"),
    pytest.param("© 2019 Reuters. All Rights Reserved.", id="copyright sign"),
    pytest.param("___", id="separator"),
    pytest.param("(Graphic: Global assets in 2019 - here)", id="graphics note"),
    pytest.param("This article has been adapted from its original source.", id="adaptation"),
    pytest.param("Please enable JavaScript to view the comments.", id="javascript notice"),
    pytest.param("View all (23)", id="gallery count"),
    pytest.param(
        "This advertisement has not loaded yet, but your article continues below.",
        id="advertisement placeholder",
    ),
    pytest.param("In order to comment, you must be logged in.", id="comment login"),
    pytest.param("Facebook X LinkedIn Share via Email Print", id="share row with a verb"),
    pytest.param("Subscribe now to read the latest news in your city.", id="paywall prompt"),
    pytest.param(
        "Create an account or sign in to continue with your reading experience.",
        id="registration prompt",
    ),
    pytest.param(
        "euronews provides breaking news articles from reuters as a service to its readers.",
        id="syndication notice",
    ),
    pytest.param("Privacy Policy | Cookie Policy | Terms of Use", id="footer links"),
    pytest.param(
        "By signing up, you agree to our privacy policy and terms of use.", id="consent notice"
    ),
    pytest.param("Next post", id="post navigation"),
    pytest.param(
        "Previous post: Floods hit the city as rivers burst their banks on Monday.",
        id="post navigation label",
    ),
    pytest.param("Copyright 2024 Example News Ltd. Used with permission.", id="copyright year"),
    pytest.param(
        "This material may not be reproduced without the permission of the copyright holder.",
        id="reproduction notice",
    ),
    pytest.param(
        "This site uses cookies; see the privacy policy", id="topical fragment, no sentence"
    ),
    pytest.param(
        "Just $2 for the first month. Support us by subscribing to our digital edition.",
        id="subscription offer",
    ),
    pytest.param("For Reprints and Permissions, click here.", id="click here"),
    pytest.param(
        "The material on this site may not be reproduced, distributed, transmitted, cached or "
        "otherwise used, except with the prior written permission of Harbour Media.",
        id="reproduction notice of a site",
    ),
    pytest.param(
        "Choose Harbour Times as a 'Preferred Source' on Google News for quick access.",
        id="preferred source",
    ),
    pytest.param(
        'I agree that Harbour Times can send me the "Morning Tide" newsletter.',
        id="newsletter consent",
    ),
    pytest.param(
        "Please check the opt-in box to acknowledge that you would like to subscribe.",
        id="newsletter opt-in",
    ),
    pytest.param("See All Newsletters", id="newsletter list link"),
    pytest.param("Follow Harbour Radio on Instagram, Facebook, X and YouTube.", id="follow prompt"),
    pytest.param("Prev Previous Harbour festival opens on Friday", id="previous post link"),
    pytest.param(
        "For the best experience, please update to a modern browser.", id="browser notice"
    ),
    pytest.param("Back to overview", id="back link"),
]


@pytest.mark.parametrize("text", FURNITURE)
def test_furniture(text: str) -> None:
    assert is_boilerplate(text)


STORY = [
    pytest.param("The flow of cars and vehicles leaving is not stopping.", id="story sentence"),
    pytest.param("AUSTRALIA AHEAD", id="subhead"),
    pytest.param("What has Trump said about Nato?", id="question subhead"),
    pytest.param("Readers shared the post more than 2,000 times.", id="share as a verb"),
    pytest.param("x" * 5000, id="long block"),
    pytest.param(
        "The company changed its privacy policy last week, drawing complaints from users.",
        id="privacy policy as the story's subject",
    ),
    pytest.param(
        "Publishers said ad blocking cost them millions in revenue last year.",
        id="ad blocking as the story's subject",
    ),
    pytest.param(
        "Copyright lawyers said the ruling could reshape the music industry.",
        id="copyright opening a story sentence",
    ),
    pytest.param(
        "The river is still the city's preferred source of drinking water, officials said.",
        id="preferred source as the story's subject",
    ),
    pytest.param(
        "Follow the money, the senator said on Twitter and Facebook.",
        id="follow as a verb beside network names",
    ),
    pytest.param(
        "I agree that the harbour needs a new wall, the mayor told the council.",
        id="I agree without a newsletter",
    ),
]


@pytest.mark.parametrize("text", STORY)
def test_story_text(text: str) -> None:
    assert not is_boilerplate(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("PTI", (True, "PTI"), id="agency sign-off"),
        pytest.param("Reuters", (True, "Reuters"), id="agency name"),
        pytest.param("(BusinessDesk)", (True, "BusinessDesk"), id="desk in parentheses"),
        pytest.param("hh/ph/ts/hd", (True, None), id="editor initials"),
        pytest.param("DM", (True, None), id="initials in capitals"),
        pytest.param("AAP RTV ar", (True, "AAP"), id="agency, desk code and initials"),
        pytest.param("جج/ح س/كمل", (True, None), id="slashed initials in Arabic script"),
        pytest.param("Reuters said so", (False, None), id="agency opening a sentence"),
        pytest.param("Colombia had lost to Belgium.", (False, None), id="sentence"),
        pytest.param("AUSTRALIA AHEAD", (False, None), id="subhead"),
    ],
)
def test_signoffs(text: str, expected: tuple[bool, str | None]) -> None:
    assert read_signoff(text) == expected


def test_syndication_names_publisher_and_provider() -> None:
    notice = "newsroom24 provides breaking news articles from reuters as a service to its readers"
    assert read_syndication(notice) == ("newsroom24", "Reuters")
    assert read_syndication("Rain fell on Tuesday.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("___", True), ("* * *", False), ("---", True), ("A", False)],
    ids=["underscores", "spaced stars", "hyphens", "letter"],
)
def test_separators(text: str, expected: bool) -> None:
    assert is_separator(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Jane Doe is a politics reporter for Example News.", True, id="reporter bio"),
        pytest.param("Ann Lee covers climate as a senior correspondent.", True, id="covers bio"),
        pytest.param("Jane Doe is confident the bridge will reopen.", False, id="story sentence"),
        pytest.param("The reporter said the mayor had left.", False, id="reporter in a story"),
    ],
)
def test_author_bio(text: str, expected: bool) -> None:
    assert is_author_bio(text) is expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Advertisement 3", id="numbered advertisement"),
        pytest.param("Article content", id="article content label"),
        pytest.param("Anzeige", id="German ad label"),
        pytest.param("\u200b", id="zero-width space alone"),
        pytest.param("—", id="lone dash"),
    ],
)
def test_labels_and_empty_lines(text: str) -> None:
    assert is_boilerplate(text)
