"""parse_text end to end on synthetic stories, and to_text."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsdoc.errors import TextParseError
from newsdoc.model import Article, Block, Byline, Credit, CreditRole, Media
from newsdoc.parsers.text import parse_text
from newsdoc.writers.text import to_text

FIXTURES = Path(__file__).parent.parent / "fixtures" / "text"


def _read(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def test_copied_page_like_the_seed() -> None:
    """A syndicated agency story copied out of a browser page, with all its furniture."""
    article = parse_text(_read("copied-page.txt"))
    assert article.headline == "Bridge reopens after month-long repairs in river city"
    assert article.bylines == (Byline(name="Piotr Zieliński"),)
    assert article.dateline is not None
    assert (article.dateline.raw, article.dateline.location, article.dateline.agency) == (
        "TARNÓW (Reuters) –",
        "TARNÓW",
        "Reuters",
    )
    assert len(article.body) == 4
    assert article.body[0].text.startswith("TARNÓW (Reuters) – The Old Bridge reopened")
    assert article.body[-1].text.startswith("Shopkeepers on both banks")
    photo = Credit(
        role=CreditRole.PHOTO,
        names=("Agnieszka Nowak",),
        organization="Reuters",
        raw="REUTERS/Agnieszka Nowak/File Photo - Copyright Agnieszka Nowak(Reuters)",
    )
    line = "(Reporting by Piotr Zieliński; Editing by Ann Lee)"
    assert article.credits == (
        Credit(role=CreditRole.REPORTING, names=("Piotr Zieliński",), raw=line),
        Credit(role=CreditRole.EDITING, names=("Ann Lee",), raw=line),
        photo,
    )
    assert article.media == (
        Media(
            caption="FILE PHOTO: Cars cross the Old Bridge in the river city of Tarnów, "
            "March 3, 2021.",
            credit=photo,
        ),
    )
    assert article.provider == "Reuters"
    assert article.publisher == "newsroom24"
    first_quote = article.quotes[0]
    assert (first_quote.paragraph, first_quote.speaker, first_quote.verb) == (
        1,
        "Marta Kowalska",
        "said",
    )
    furniture = ("Text size", "Access to the comments", "not available", "provides breaking")
    assert not [b.text for b in article.body if any(f in b.text for f in furniture)]


def test_browser_page_with_navigation() -> None:
    article = parse_text(_read("browser-page.txt"))
    assert article.headline == "Storm knocks out power to thousands along the coast"
    assert [(b.name, b.affiliation) for b in article.bylines] == [
        ("HANNA LUND", "Associated Press"),
        ("OSKAR BERG", "Associated Press"),
    ]
    assert article.dateline is not None
    assert article.dateline.region == "Norway"
    texts = [b.text for b in article.body]
    assert texts[0].startswith("BERGEN, Norway (AP) —")
    assert texts[-1] == "Schools in three districts stayed closed as a precaution."
    assert "Read More" not in texts
    assert [(c.role.value, c.names, c.organization) for c in article.credits] == [
        ("additional reporting", ("Lena Holm",), "Associated Press"),
        ("photo", ("Erik Dahl",), "AP"),
    ]
    assert article.media[0].caption is not None
    assert article.media[0].caption.startswith("A boat drifts")


def test_page_with_standfirst_bare_byline_and_author_note() -> None:
    article = parse_text(_read("standfirst-page.txt"))
    assert article.headline == "Tide gauges show the harbour rising faster than forecast"
    assert article.standfirst is not None
    assert article.standfirst.startswith("New measurements suggest")
    assert [b.name for b in article.bylines] == ["Erika Lindqvist"]
    texts = [b.text for b in article.body]
    assert texts[0].startswith("Tide gauges installed along the harbour")
    assert texts[-1].startswith("The council said")


WIRE = [
    pytest.param(
        "Nadal keeps Spain alive\nBy The Associated Press\n\nMADRID — Nadal won.\n",
        None,
        "Associated Press",
        id="agency byline gives provider",
    ),
    pytest.param(
        "Snooze cruise for astronauts\nThe Associated Press\n\nBERLIN -- The agency says so.\n",
        None,
        "Associated Press",
        id="agency byline without By",
    ),
    pytest.param(
        "Plague case confirmed\nBy Sean Mart\n\nHealth officials confirmed a case.\n",
        "Sean Mart",
        None,
        id="person byline",
    ),
    pytest.param(
        "Sweden drops investigation\n\nProsecutors dropped the case.\n",
        None,
        None,
        id="no byline line",
    ),
]


@pytest.mark.parametrize(("text", "name", "provider"), WIRE)
def test_wire_copy_header(text: str, name: str | None, provider: str | None) -> None:
    article = parse_text(text)
    assert [b.name for b in article.bylines] == ([name] if name else [])
    assert article.provider == provider


def test_wire_copy_drops_credits_signoffs_and_separators() -> None:
    text = (
        "Ferry talks resume\nBy Ann Lee\n\nOSLO (NTB) — Talks resumed on Monday.\n\n"
        "Both sides said they hoped for a deal.\n\n___\n\nContributing: Bo Ray\n\n"
        "Copyright 2021 Example News. All rights reserved.\n\nhh/ph\n"
    )
    article = parse_text(text)
    assert [b.text for b in article.body] == [
        "OSLO (NTB) — Talks resumed on Monday.",
        "Both sides said they hoped for a deal.",
    ]
    assert [c.names for c in article.credits] == [("Bo Ray",)]


def test_story_about_a_privacy_policy_keeps_its_paragraphs() -> None:
    # Phrases that notices print ("privacy policy", "ad blocking") are story
    # text in a story about them; the footer that prints them as links is not.
    text = (
        "Regulators question app maker\nBy Ann Lee\n\n"
        "BRUSSELS (Reuters) - Regulators questioned an app maker on Monday.\n\n"
        "The company changed its privacy policy last week, drawing complaints from users.\n\n"
        "Publishers said ad blocking cost them millions in revenue last year.\n\n"
        "Privacy Policy | Cookie Policy | Terms of Use\n"
    )
    assert [b.text for b in parse_text(text).body] == [
        "BRUSSELS (Reuters) - Regulators questioned an app maker on Monday.",
        "The company changed its privacy policy last week, drawing complaints from users.",
        "Publishers said ad blocking cost them millions in revenue last year.",
    ]


def test_wire_copy_keeps_subheads() -> None:
    text = "Cup preview\nBy Ann Lee\n\nThe teams meet on Sunday.\n\nAUSTRALIA AHEAD\n\nThey lead.\n"
    assert [b.text for b in parse_text(text).body] == [
        "The teams meet on Sunday.",
        "AUSTRALIA AHEAD",
        "They lead.",
    ]


def test_signoff_names_provider() -> None:
    text = "Rates held\n\nNEW DELHI: The bank held rates on Friday.\n\nPTI\n"
    article = parse_text(text)
    assert article.provider == "PTI"
    assert len(article.body) == 1


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("", id="empty"),
        pytest.param("   \n\n\t\n", id="only whitespace"),
        pytest.param("* Home\n* News\n* Sports\n", id="navigation only"),
        pytest.param("abc\x00def", id="NUL byte"),
    ],
)
def test_unreadable_text_raises(text: str) -> None:
    with pytest.raises(TextParseError):
        parse_text(text)


def test_non_string_raises() -> None:
    with pytest.raises(TextParseError):
        parse_text(b"bytes are not text")  # type: ignore[arg-type]


def test_to_text_round_trip() -> None:
    article = Article(
        headline="Harbour closes",
        bylines=(Byline(name="Ann Lee", affiliation="Reuters"),),
        body=(Block(text="The harbour closed on Monday."),),
        credits=(Credit(role=CreditRole.EDITING, names=("Bo Ray",), raw="(Editing by Bo Ray)"),),
    )
    text = to_text(article)
    assert text == (
        "Harbour closes\nBy Ann Lee, Reuters\n\nThe harbour closed on Monday.\n\n"
        "(Editing by Bo Ray)\n"
    )
    assert parse_text(text) == article


def test_to_text_writes_captions() -> None:
    credit = Credit(
        role=CreditRole.PHOTO, names=("Jane Doe",), organization="Reuters", raw="REUTERS/Jane Doe"
    )
    article = Article(
        headline="Harbour closes",
        body=(Block(text="The harbour closed on Monday."),),
        credits=(credit,),
        media=(Media(caption="Boats in the harbour.", credit=credit),),
    )
    assert parse_text(to_text(article)) == article


def test_byte_order_mark_is_not_text() -> None:
    article = parse_text("\ufeffHarbour closes\n\nThe harbour closed on Monday morning.\n")
    assert article.headline == "Harbour closes"


def test_teaser_with_a_dateline_above_the_story_is_not_the_start() -> None:
    page = (
        "Latest news\n\nOSLO (NTB) — Ferry crews voted to accept the new contract on Friday.\n"
        "Read more\n* Weather\n* Sport\n\nHarbour wall to be raised after record tides\n\n"
        "By Ann Lee\n\nBERGEN (NTB) — The council voted on Monday to raise the harbour wall "
        "by half a metre.\n\nWork will start in the spring and last two years, officials said.\n\n"
        "Residents will be consulted on the design before building begins next year.\n"
    )
    article = parse_text(page)
    assert article.body[0].text.startswith("BERGEN (NTB) —")
    assert article.headline == "Harbour wall to be raised after record tides"


def test_short_headline_above_a_two_line_byline() -> None:
    text = (
        "Storm closes harbour\nBy Jane Doe\nReuters\n\n"
        "LONDON (Reuters) - The harbour closed on Monday after the storm.\n\n"
        "Ships waited offshore for two days, officials said.\n"
    )
    article = parse_text(text)
    assert article.headline == "Storm closes harbour"
    assert [(b.name, b.affiliation) for b in article.bylines] == [("Jane Doe", "Reuters")]


def test_photo_credit_under_its_caption_makes_media() -> None:
    page = (
        "* Home\n* News\nHarbour wall to be raised after record tides\n\nBy Ann Lee\n\n"
        "The mayor speaks to residents on the quay, Tuesday, March 9, 2021.\n"
        "Photo: Bo Ray, AP\n\n"
        "BERGEN (NTB) — The council voted on Monday to raise the harbour wall by half a metre.\n\n"
        "Work will start in the spring and last two years, officials said.\n\n"
        "Residents will be consulted on the design before building begins next year.\n"
    )
    article = parse_text(page)
    assert len(article.media) == 1
    assert (
        article.media[0].caption
        == "The mayor speaks to residents on the quay, Tuesday, March 9, 2021."
    )
    assert article.media[0].credit is not None
    assert article.media[0].credit.names == ("Bo Ray",)


_NAV = "* Home\n* News\n* Sport\n\n"
# Navigation, headline and byline: the top of most copied pages below.
_HEAD = _NAV + "Harbour wall to be raised after record tides\n\nBy Ann Lee\n\n"
_STORY = (
    "BERGEN (NTB) — The council voted on Monday to raise the harbour wall by half a metre.\n\n"
    "Work will start in the spring and last two years, officials said on Monday.\n\n"
    "Residents will be consulted on the design before building begins next year.\n"
)


def test_caption_with_its_credit_on_the_next_line_is_not_the_story() -> None:
    page = (
        _NAV + "Harbour wall to be raised after record tides\n\n"
        "Waves break over the harbour wall during the storm on Sunday night.\n"
        "Jane Doe/Harbour Times/Getty Images\n\n" + _STORY
    )
    article = parse_text(page)
    assert article.body[0].text.startswith("BERGEN (NTB) —")
    assert [m.caption for m in article.media] == [
        "Waves break over the harbour wall during the storm on Sunday night."
    ]


def test_caption_and_credit_inside_the_story_make_media() -> None:
    first, rest = _STORY.split("\n\n", 1)
    page = (
        _NAV + "Harbour wall to be raised after record tides\n\n" + first + "\n\n"
        "The harbour wall seen from the ferry terminal on a calm morning in May.\n"
        "(Image: © Bo Ray/ESA)\n\n" + rest
    )
    article = parse_text(page)
    assert len(article.body) == 3
    assert article.media[0].credit is not None
    assert article.media[0].credit.names == ("Bo Ray",)


def test_name_like_subhead_inside_the_story_does_not_move_its_start() -> None:
    first, rest = _STORY.split("\n\n", 1)
    page = (
        _NAV + "Harbour wall to be raised after record tides\n\n" + first + "\n\n"
        "It was the third vote on the matter in as many years, the council said.\n\n"
        "Quay Works\n\n" + rest
    )
    assert parse_text(page).body[0].text.startswith("BERGEN (NTB) —")


def test_embedded_post_does_not_end_the_story() -> None:
    first, rest = _STORY.split("\n\n", 1)
    page = (
        _NAV + "Harbour wall to be raised after record tides\n\n" + first + "\n\n"
        "Big news for the harbour today, the wall is finally going up #bergen\n\n"
        "— Harbour Watch (@harbourwatch) March 9, 2021\n\n" + rest
    )
    article = parse_text(page)
    assert article.body[-1].text.startswith("Residents will be consulted")


@pytest.mark.parametrize(
    ("header", "names"),
    [
        pytest.param(
            "By\n* Ann Lee1,\n* Bo Ray &\n* …\n* Cy Tan\n",
            ["Ann Lee", "Bo Ray", "Cy Tan"],
            id="label over a list of names",
        ),
        pytest.param("Author of the article:\nAnn Lee\n", ["Ann Lee"], id="label with a colon"),
        pytest.param("Kommentar von\n\nAnn Lee\n", ["Ann Lee"], id="German label"),
    ],
)
def test_author_label_on_its_own_line(header: str, names: list[str]) -> None:
    page = _NAV + "Harbour wall to be raised after record tides\n\n" + header + "\n" + _STORY
    assert [b.name for b in parse_text(page).bylines] == names


@pytest.mark.parametrize(
    "header",
    [
        pytest.param(
            "Council votes to raise the harbour wall\n\n"
            "Work on the wall starts in spring after record tides\n\n"
            "Add this site to your favourites\n\nBy Ann Lee\n",
            id="headline above its subheadline, furniture below",
        ),
        pytest.param(
            "Home / News / Council votes to raise the harbour wall\n"
            "Council votes to raise the harbour wall\n\nBy Ann Lee\n",
            id="breadcrumb ending with the headline",
        ),
        pytest.param(
            "The Big Picture\nCouncil votes to raise the harbour wall\n\nBy Ann Lee\n",
            id="kicker above the headline",
        ),
    ],
)
def test_headline_among_other_headline_like_lines(header: str) -> None:
    page = _NAV + header + "\n" + _STORY
    assert parse_text(page).headline == "Council votes to raise the harbour wall"


def test_box_of_links_inside_the_story_does_not_end_it() -> None:
    paragraphs = [
        f"Paragraph {n} of the harbour story says what the council decided and why it did so, "
        "who spoke for the plan and who against it, what the new wall will cost and who will "
        "pay for it, and when the work on the quay and the ferry terminal is due to start."
        for n in range(1, 11)
    ]
    links = [
        f"* Related: ferry timetable changes for the winter season, part {n}" for n in range(14)
    ]
    page = (
        _HEAD
        + "\n\n".join(paragraphs[:5])
        + "\n\n"
        + "\n".join(links)
        + "\n\n"
        + "\n\n".join(paragraphs[5:])
        + "\n"
    )
    texts = _texts(page)
    assert texts[0].startswith("Paragraph 1 ")
    assert texts[-1].startswith("Paragraph 10 ")


def test_story_may_open_with_a_statement_then_a_question() -> None:
    page = (
        _NAV + "The new ferry is here, and it is quieter than the old one\n\nBy Ann Lee\n\n"
        "The new harbour ferry starts service today. Is it the quiet ride the council "
        "promised residents?\n\n" + _STORY.replace("BERGEN (NTB) — The", "The")
    )
    assert parse_text(page).body[0].text.startswith("The new harbour ferry starts")


def test_gallery_between_the_opening_paragraphs_does_not_cut_them_off() -> None:
    page = (
        _HEAD + "THE council voted to raise the harbour wall after the worst tides in memory.\n\n"
        "It is the third time in ten years that the wall has been raised by the town.\n\n6\n\n"
        "The old quay under water on Sunday night. Photo: Bo Ray/Getty Images\n\n6\n\n"
        "Waves break over the quay during the storm on Sunday Credit: Getty Images\n\n"
        + _STORY.replace("BERGEN (NTB) — The", "The")
    )
    assert parse_text(page).body[0].text.startswith("THE council voted")


def test_story_may_open_with_a_statement_ending_in_a_colon() -> None:
    page = (
        _NAV + "The new ferry is here, and it is quieter than the old one\n\nBy Ann Lee\n\n"
        "The new harbour ferry starts service today. Here is what the first passengers "
        "said about the quiet ride the council promised:\n\n"
        + _STORY.replace("BERGEN (NTB) — The", "The")
    )
    assert parse_text(page).body[0].text.startswith("The new harbour ferry starts")


def _texts(page: str) -> list[str]:
    return [block.text for block in parse_text(page).body]


def _paragraphs(count: int, first: int = 1) -> list[str]:
    return [
        f"Paragraph {n} of the harbour story says what the council decided and why, who "
        "spoke for the plan and who against it, and when the work on the quay will start."
        for n in range(first, first + count)
    ]


def test_story_resumes_under_a_trending_box() -> None:
    box = (
        "Trending\n\n"
        "Ferry fares to rise in the new year\n\n"
        "Lighthouse keeper retires after forty years\n\n"
        "Fish market moves to the old station\n\n"
    )
    page = (
        _HEAD
        + "\n\n".join(_paragraphs(4))
        + "\n\n"
        + box
        + "\n\n".join(_paragraphs(2, first=5))
        + "\n\nTags\n* Harbour\n* Council\n\nComments\n\n"
        + "I think the wall is a waste of money and the council should say why it is needed.\n"
    )
    texts = _texts(page)
    assert texts[0].startswith("Paragraph 1 ")
    assert texts[-1].startswith("Paragraph 6 ")


def test_trending_box_after_the_story_ends_it() -> None:
    teasers = "".join(
        f"* {title}\n{excerpt}\n\n"
        for title, excerpt in [
            ("Ferry fares to rise", "The operator says fuel costs more than it did last year."),
            ("Lighthouse keeper retires", "After forty years he hands the keys to the town."),
        ]
    )
    page = _HEAD + "\n\n".join(_paragraphs(4)) + "\n\nTrending\n\n" + teasers
    texts = _texts(page)
    assert texts[-1].startswith("Paragraph 4 ")


@pytest.mark.parametrize(
    "ending",
    [
        pytest.param(" ♦", id="end mark"),
        pytest.param(" HL", id="editors' initials"),
        pytest.param(" —Ann Lee", id="writer's name after a dash"),
        pytest.param(" -- WORRIED IN BERGEN", id="letter writer's sign-off"),
    ],
)
def test_last_paragraph_may_end_with_a_mark_or_a_signature(ending: str) -> None:
    page = (
        _HEAD
        + "\n\n".join(_paragraphs(3))
        + "\n\nThe wall will be finished before the autumn storms, the harbour master said."
        + ending
        + "\n\nShare this article\n* Facebook\n* X\n* Email\n"
    )
    texts = _texts(page)
    assert texts[-1].startswith("The wall will be finished")


def test_byline_after_the_separator_of_a_row_of_page_details() -> None:
    page = (
        _NAV + "Harbour wall to be raised after record tides\n\n"
        "Harbour, News |\nPublished: 5 hours ago\n|\n| Written by Ann Lee\n\n" + _STORY
    )
    assert [b.name for b in parse_text(page).bylines] == ["Ann Lee"]


def test_paper_credited_as_author_anchors_the_headline() -> None:
    page = (
        _NAV + "* Harbour wall to be raised\n\nLocal News\n\nHarbour wall to be raised\n\n"
        "by Harbour Times\nNovember 21, 2025\n\n"
        "…as residents say the tides reach their doors every winter now\n\n"
        "…council promises a decision before the spring\n\n" + _STORY
    )
    assert parse_text(page).headline == "Harbour wall to be raised"


def test_headline_with_a_kicker_before_a_bar() -> None:
    page = (
        _NAV + "Business\n\nHARBOUR 2.0 | Council finds the money to raise the harbour wall\n\n"
        "The harbour wall will be raised by half a metre after the record tides\n\n"
        + _STORY
        + "\nMore stories\n\n"
        "HARBOUR 2.0 | Council finds the money to raise the harbour wall Business\n"
    )
    assert parse_text(page).headline == (
        "HARBOUR 2.0 | Council finds the money to raise the harbour wall"
    )


def test_headline_sharing_a_plural_with_the_story_is_not_passed_over() -> None:
    page = (
        _NAV + "Features\n\nThe coast needs taller seawalls. Our town wants one\n\n"
        "Can a small harbour town pay for a defence against the tides on its own?\n\n"
        "By Ann Lee\n\n"
        "The council voted on Monday to build a seawall along the old harbour front.\n\n"
        "Work will start in the spring and last two years, officials said on Monday.\n\n"
        "Residents will be consulted on the design before building begins next year.\n"
    )
    assert parse_text(page).headline == "The coast needs taller seawalls. Our town wants one"


def test_first_paragraph_cut_off_by_a_paywall_box() -> None:
    lede = (
        "The council voted on Monday to raise the harbour wall by half a metre after the "
        "worst tides in living memory flooded the old quay and the fish market twice in a week."
    )
    box = (
        "THIS STORY IS FOR SUBSCRIBERS\n\n"
        "Subscribe now to read the latest news from the harbour and the coast.\n\n"
        + "".join(
            f"* Unlimited access to the harbour news site and its {n} sister papers online.\n"
            for n in range(2, 9)
        )
        + "\nEmail Address\nor\nView more offers\n\n"
    )
    page = (
        _NAV + "Harbour wall to be raised after record tides\n\nBy Ann Lee\n"
        "Published Jun 05, 2026\n\n" + lede + "\n\n" + box + "\n\n".join(_paragraphs(6)) + "\n"
    )
    texts = _texts(page)
    assert texts[0] == lede
    assert texts[1].startswith("Paragraph 1 ")


def test_byline_found_above_a_long_paywall_box() -> None:
    lede = (
        "The council voted on Monday to raise the harbour wall by half a metre after the "
        "worst tides in living memory flooded the old quay and the fish market twice in a week."
    )
    offers = "".join(
        f"SUBSCRIBE TO READ MORE, OFFER {n}\n\n"
        "* Unlimited access to the harbour news site and its sister papers online.\n"
        "* The print edition as an electronic replica on any device.\n"
        "* Daily puzzles and the crossword.\n\n"
        for n in range(1, 16)
    )
    page = (
        _NAV + "Harbour wall to be raised after record tides\n\nAuthor of the article:\nAnn Lee\n"
        "Published Jun 05, 2026\n\n" + lede + "\n\n" + offers + "\n\n".join(_paragraphs(6)) + "\n"
    )
    article = parse_text(page)
    assert [b.name for b in article.bylines] == ["Ann Lee"]
    assert article.body[0].text == lede


def test_story_resumes_under_a_box_of_links_with_an_introduction() -> None:
    box = (
        "More from Harbour Watch\n\n"
        "Here are more of our reporters' views on how the harbour is changing this year.\n\n"
        "* Ferry fares to rise in the new year as fuel costs more\n"
        "* Lighthouse keeper retires after forty years on the point\n"
        "* Fish market moves to the old station in the spring\n\n"
    )
    page = (
        _HEAD
        + "\n\n".join(_paragraphs(3))
        + "\n\n"
        + box
        + "\n\n".join(_paragraphs(3, first=4))
        + "\n\nTags\n* Harbour\n"
    )
    texts = _texts(page)
    assert texts[0].startswith("Paragraph 1 ")
    assert texts[-1].startswith("Paragraph 6 ")


def test_link_box_costs_nothing_where_the_story_starts_and_is_left_out() -> None:
    teasers = "".join(
        f"*\n\nHarbour news in brief, part {n}: ferry fares, the lighthouse and the market\n\n"
        for n in range(1, 9)
    )
    page = (
        _HEAD
        + "\n\n".join(_paragraphs(2))
        + "\n\nMore from Harbour Watch\n\n"
        + teasers
        + "\n\n".join(_paragraphs(6, first=3))
        + "\n\nTags\n* Harbour\n"
    )
    texts = _texts(page)
    assert texts[0].startswith("Paragraph 1 ")
    assert texts[-1].startswith("Paragraph 8 ")
    assert not any(t.startswith("Harbour news in brief") for t in texts)


def test_date_under_an_embedded_post_does_not_move_the_start() -> None:
    page = (
        _NAV
        + "Harbour wall to be raised after record tides\n\n"
        + "\n\n".join(_paragraphs(2))
        + "\n\nBig news for the harbour today, the wall is finally going up #bergen\n"
        "Thanks to everyone who came to the meeting #harbour\n\n"
        "— Harbour Watch (@harbourwatch) March 9, 2021\n\n"
        + "\n\n".join(_paragraphs(4, first=3))
        + "\n"
    )
    assert parse_text(page).body[0].text.startswith("Paragraph 1 ")


def test_kicker_sharing_a_word_with_the_story_is_not_the_headline() -> None:
    page = (
        _NAV + "The Harbour Wall Diaries\n\nA Shield for the Most Important Quay in the North\n\n"
        "Engineers might be able to protect it with a coat of tiny glass bubbles. Should they?\n\n"
        "By Ann Lee\n\n" + _STORY
    )
    assert parse_text(page).headline == "A Shield for the Most Important Quay in the North"


def test_caption_a_blank_line_above_its_credit_over_the_story() -> None:
    page = (
        _NAV + "Harbour wall to be raised after record tides\n\nBy Ann Lee\nMarch 9, 2021\n\n"
        "The harbour master urged residents to keep away from the quay during the storms.\n\n"
        "Picture: Bo Ray/Harbour Times\n\n" + _STORY.replace("BERGEN (NTB) — The", "The")
    )
    article = parse_text(page)
    assert article.body[0].text.startswith("The council voted")
    assert article.media[0].caption is not None
    assert article.media[0].caption.startswith("The harbour master urged")


def test_paragraph_before_a_photo_without_caption_stays_in_the_story() -> None:
    page = (
        _HEAD
        + "\n\n".join(_paragraphs(3))
        + "\n\nPicture: Bo Ray/Harbour Times\n\n"
        + "\n\n".join(_paragraphs(2, first=4))
        + "\n"
    )
    texts = _texts(page)
    assert [t[:11] for t in texts] == [f"Paragraph {n}" for n in range(1, 6)]


@pytest.mark.parametrize("heading", ["Leave a Reply", "[ 167 comments ]", "Comments (12)"])
def test_comments_longer_than_the_story_are_not_the_story(heading: str) -> None:
    comment = (
        "I have lived by the harbour for thirty years and I think the council is right to "
        "raise the wall, though the cost of it worries me more than the tides do, honestly. "
        "The last time they built anything on the quay it took twice as long as promised.\n\n"
    )
    comments = "".join(f"Reader {n}\n\n" + comment * 3 for n in range(1, 10))
    page = _HEAD + "\n\n".join(_paragraphs(10)) + f"\n\n{heading}\n\n" + comments
    texts = _texts(page)
    assert texts[0].startswith("Paragraph 1 ")
    assert texts[-1].startswith("Paragraph 10 ")


@pytest.mark.parametrize(
    "box",
    [
        pytest.param(
            "ABOUT THE AUTHOR\n\nAnn Lee\n\nProducer\n\n"
            "She joined the paper in 2019 and has followed the sea and the people who live by it "
            "ever since, from the fish market on the quay to the lighthouse on the point, and "
            "the ferries that run between them in all weathers.\n",
            id="about the author",
        ),
        pytest.param(
            "Ann Lee\n\nAnn Lee covers the harbour, the council and the weather, always with "
            "an eye on the tides.\n",
            id="name over a note",
        ),
    ],
)
def test_author_box_after_the_story_is_not_the_story(box: str) -> None:
    page = _HEAD + "\n\n".join(_paragraphs(4)) + "\n\n" + box
    assert parse_text(page).body[-1].text.startswith("Paragraph 4 ")


def test_entries_of_a_live_blog_signed_by_the_author_stay() -> None:
    entries = "".join(
        f"Entry {n}: the tide gauge\n10:0{n}\nAnn Lee\n\n" + "\n\n".join(_paragraphs(2)) + "\n\n"
        for n in range(1, 4)
    )
    page = _NAV + "Harbour storm: live updates\n\nBy Ann Lee\n\n" + entries
    assert len(parse_text(page).body) >= 6


@pytest.mark.parametrize(
    "source", ["(Courtesy of Bo Ray)", "(NPA)", "(Supplied)", "(Photo: Harbour Trust)"]
)
def test_caption_naming_its_source_over_the_story(source: str) -> None:
    page = (
        _NAV + "Harbour wall to be raised after record tides\n\nBy Ann Lee\nMarch 9, 2021\n\n"
        "The harbour master walks along the old quay wall in the spring of last year. "
        + source
        + "\n\n"
        + _STORY.replace("BERGEN (NTB) — The", "The")
    )
    article = parse_text(page)
    assert article.headline == "Harbour wall to be raised after record tides"
    assert article.body[0].text.startswith("The council voted")


def test_sentence_ending_with_an_acronym_in_brackets_is_story() -> None:
    page = (
        _HEAD
        + "The wall will be paid for by the National Harbour Authority (NHA).\n\n"
        + _STORY.replace("BERGEN (NTB) — The", "The")
    )
    texts = _texts(page)
    assert any(t.startswith("The wall will be paid for") for t in texts)


@pytest.mark.parametrize(
    "note",
    [
        pytest.param("Write to Ann Lee at ann.lee@example.com", id="write to"),
        pytest.param(
            "Have a tip? Ann Lee may be reached at alee@example.com. Follow her on X.",
            id="may be reached at",
        ),
    ],
)
def test_contact_note_ends_the_story(note: str) -> None:
    teaser = (
        "Ferry fares to rise in the new year as the operator says fuel costs more than it "
        "did last year and the council will not pay the difference for the town's residents."
    )
    page = _HEAD + "\n\n".join(_paragraphs(4)) + f"\n\n{note}\n\n" + teaser + "\n\n" + teaser
    texts = _texts(page)
    assert texts[-1].startswith("Paragraph 4 ")


def test_newsletter_box_after_the_story_ends_it() -> None:
    box = (
        "Morning Tide Newsletter\n\n"
        "Get the day's big stories from the harbour, the market and the ferries, every morning.\n\n"
        'I agree that Harbour Times can send me the "Morning Tide" newsletter.\n\n'
        "See All Newsletters\n"
        "Please check the opt-in box to acknowledge that you would like to subscribe.\n\n"
        "Thanks for signing up!\n\n"
        "Keep an eye on your inbox for the latest harbour news.\n\n"
    )
    page = _HEAD + "\n\n".join(_paragraphs(4)) + "\n\n" + box + "* Tags\n* Harbour\n"
    assert _texts(page)[-1].startswith("Paragraph 4 ")


@pytest.mark.parametrize(
    "box",
    [
        pytest.param(
            "About Ann Lee\n\nAnn Lee covers the harbour and the council for the paper, "
            "and has done so since she joined it in 2019.\n",
            id="about the byline's author",
        ),
        pytest.param(
            "Bo Ray\n\nBo joined the paper in March 2017. He has been reporting on the harbour, "
            "its ferries and its fish market since 2009.\n",
            id="a name over a note about that person",
        ),
    ],
)
def test_note_about_a_writer_after_the_story_is_not_the_story(box: str) -> None:
    page = _HEAD + "\n\n".join(_paragraphs(4)) + "\n\n" + box
    assert _texts(page)[-1].startswith("Paragraph 4 ")


def test_headline_under_a_byline_printed_over_it() -> None:
    page = (
        _NAV
        + "Back to overview\n\nBy Ann Lee\n\nHarbour wall to be raised after record tides\n\n"
        + "\n\n".join(_paragraphs(3))
        + "\n"
    )
    article = parse_text(page)
    assert article.headline == "Harbour wall to be raised after record tides"
    assert [b.name for b in article.bylines] == ["Ann Lee"]


@pytest.mark.parametrize(
    "furniture",
    [
        pytest.param("Home » Harbour » Council", id="breadcrumb"),
        pytest.param("Image: The harbour wall during the storm on Sunday", id="caption label"),
        pytest.param("13/06/2014 Ann Lee Harbour , Council , Storms", id="date and tags"),
    ],
)
def test_furniture_under_the_headline_is_not_the_headline(furniture: str) -> None:
    page = (
        _NAV
        + "Harbour wall to be raised after record tides\n\n"
        + furniture
        + "\n\n"
        + "\n\n".join(_paragraphs(3))
        + "\n"
    )
    assert parse_text(page).headline == "Harbour wall to be raised after record tides"


def test_headline_in_title_case_may_hold_a_full_stop() -> None:
    headline = "Harbour Shares Fall After the Storm. Why Investors Should Not Worry."
    page = _NAV + headline + "\n\nBy Ann Lee\n\n" + "\n\n".join(_paragraphs(3)) + "\n"
    assert parse_text(page).headline == headline


@pytest.mark.parametrize(
    ("opening", "expected"),
    [
        pytest.param("H arbour", "Harbour", id="drop cap joined to a word the page prints"),
        pytest.param("A dam", "A dam", id="a letter that is a word stays apart"),
    ],
)
def test_drop_cap_split_from_its_word(opening: str, expected: str) -> None:
    first = f"{opening} on the river held through the storm, officials told the council on Monday."
    page = _HEAD + first + "\n\n" + "\n\n".join(_paragraphs(3)) + "\n"
    assert _texts(page)[0].startswith(expected + " on the river")


@pytest.mark.parametrize(
    "details",
    [
        pytest.param("Ann Lee · Harbour Times · Posted: Mar 09, 2021 4:00 AM", id="name first"),
        pytest.param("Council | Published: 5 hours ago | Written by Ann Lee", id="labelled part"),
    ],
)
def test_byline_in_a_line_of_details(details: str) -> None:
    page = (
        _NAV
        + "Harbour wall to be raised after record tides\n\n"
        + details
        + "\n\n"
        + "\n\n".join(_paragraphs(3))
        + "\n"
    )
    assert [b.name for b in parse_text(page).bylines] == ["Ann Lee"]
