"""find_quotes: one row per wire-copy quoting convention, on synthetic text."""

from __future__ import annotations

import pytest

from newsdoc.analysis.quotes import find_quotes
from newsdoc.model import Block, BlockKind, QuoteKind


def _quotes(*paragraphs: str) -> list[tuple[str, str | None, str | None, str]]:
    blocks = tuple(Block(text=p) for p in paragraphs)
    found = find_quotes(blocks)
    for quote in found:
        assert blocks[quote.paragraph].text[quote.start : quote.end] == quote.text
    return [(q.text, q.speaker, q.verb, q.kind.value) for q in found]


CASES = [
    pytest.param(
        ("“The road is closed,” said Maria Lopez from the village.",),
        [("The road is closed,", "Maria Lopez", "said", "direct")],
        id="quote-said-name",
    ),
    pytest.param(
        ("“We saw ten trucks,” Omar Haddad told Reuters from the border.",),
        [("We saw ten trucks,", "Omar Haddad", "told", "direct")],
        id="quote-name-told",
    ),
    pytest.param(
        ("Council leader Anna Berg said: “We will rebuild the bridge this year.”",),
        [("We will rebuild the bridge this year.", "Anna Berg", "said", "direct")],
        id="name-said-colon-quote",
    ),
    pytest.param(
        ("The ruling was what critics say is a “blatant land grab”.",),
        [("blatant land grab", "critics", "say", "partial")],
        id="partial-governed-by-verb",
    ),
    pytest.param(
        ("The plant was shut, according to the energy ministry, after a “serious leak”.",),
        [("serious leak", "energy ministry", "according to", "partial")],
        id="according-to",
    ),
    pytest.param(
        (
            "Striker Tom Vance scored twice.",
            "“It was a good night,” Vance said. “We needed it.”",
        ),
        [
            ("It was a good night,", "Tom Vance", "said", "direct"),
            ("We needed it.", "Tom Vance", "said", "direct"),
        ],
        id="surname-expanded-and-follow-on",
    ),
    pytest.param(
        (
            "Ruth Amos, the mayor, spoke after the vote.",
            "“The people have spoken,” she said.",
        ),
        [("The people have spoken,", "Ruth Amos", "said", "direct")],
        id="pronoun-previous-paragraph",
    ),
    pytest.param(
        ("Nobody was named here.", "“It cannot go on like this,” he said."),
        [("It cannot go on like this,", None, "said", "direct")],
        id="pronoun-unresolved-is-none",
    ),
    pytest.param(
        ("“The bridge will open in May,” Lt. Col. Karen Ode told reporters.",),
        [("The bridge will open in May,", "Karen Ode", "told", "direct")],
        id="titles-dropped",
    ),
    pytest.param(
        ("“We are reviewing the decision,” said a city spokesperson.",),
        [("We are reviewing the decision,", "city spokesperson", "said", "direct")],
        id="non-person-source-without-article",
    ),
    pytest.param(
        (
            "Judge Paul Reyes said: “The first part of the ruling is clear.",
            "“The second part of the ruling is clear too.”",
        ),
        [
            ("The first part of the ruling is clear.", "Paul Reyes", "said", "direct"),
            ("The second part of the ruling is clear too.", "Paul Reyes", "said", "direct"),
        ],
        id="multi-paragraph-quote",
    ),
    pytest.param(
        ("“The vote was fair and open,’’ election chief Lena Holm said.",),
        [("The vote was fair and open,", "Lena Holm", "said", "direct")],
        id="double-apostrophe-closer",
    ),
    pytest.param(
        ("Another reader wrote: ”The prices are far too high for families.”",),
        [("The prices are far too high for families.", "Another reader", "wrote", "direct")],
        id="reversed-opener",
    ),
    pytest.param(
        ("\"It's the players' night,\" coach Dan Mire said.",),
        [("It's the players' night,", "Dan Mire", "said", "direct")],
        id="straight-marks-with-apostrophes",
    ),
    pytest.param(
        ("“He told me ‘never again’ and left,” said Ivo Mark.",),
        [("He told me ‘never again’ and left,", "Ivo Mark", "said", "direct")],
        id="nested-quote-stays-inside",
    ),
    pytest.param(
        ("« Nous allons reconstruire », a déclaré Claire Martin.",),
        [("Nous allons reconstruire", "Claire Martin", "a déclaré", "direct")],
        id="french-guillemets",
    ),
    pytest.param(
        ("„Wir bauen die Brücke neu“, sagte Jonas Weber.",),
        [("Wir bauen die Brücke neu", "Jonas Weber", "sagte", "direct")],
        id="german-low-high-marks",
    ),
    pytest.param(
        ("“We will appeal,” John Roe, the mayor of Exeter, said on Monday.",),
        [("We will appeal,", "John Roe", "said", "direct")],
        id="apposition-after-name",
    ),
    pytest.param(
        ("“The panel will meet,” Sen. Ann Poe, R-Neb., who chairs it, said.",),
        [("The panel will meet,", "Ann Poe", "said", "direct")],
        id="party-tag-and-relative-clause",
    ),
    pytest.param(
        ("Prices will rise again next year, said Omar Diaz, an economist at a bank.",),
        [],
        id="inverted-attribution-without-quote",
    ),
    pytest.param(
        ("Tariffs are a tax on buyers in the end, said Omar Diaz. “Everyone pays for them.”",),
        [("Everyone pays for them.", "Omar Diaz", "said", "direct")],
        id="quote-after-attributed-sentence",
    ),
    pytest.param(
        ("The minister rejected the claims, calling them “a pack of lies”.",),
        [("a pack of lies", "minister", "calling", "partial")],
        id="participle-shares-subject",
    ),
    pytest.param(
        ("Cruz called the ruling a “profound failure of the system.”",),
        [("profound failure of the system.", "Cruz", "called", "partial")],
        id="short-partial-governed-by-verb",
    ),
    pytest.param(
        (
            "The city’s planning chief, Rosa Lind, spoke on Tuesday.",
            "“We need more homes,” the chief said.",
        ),
        [("We need more homes,", "Rosa Lind", "said", "direct")],
        id="description-replaced-by-name",
    ),
    pytest.param(
        ("A doctor at the clinic was shaken.", "“I have never seen this,” the doctor said."),
        [("I have never seen this,", "doctor", "said", "direct")],
        id="description-kept-without-article",
    ),
    pytest.param(
        (
            "Coach Ida Berg said the team had trained hard.",
            "“The players gave everything they had tonight.”",
        ),
        [("The players gave everything they had tonight.", "Ida Berg", None, "direct")],
        id="quote-paragraph-continues-previous-speaker",
    ),
    pytest.param(
        (
            "“Novel ideas will not end this conflict.",
            "“We support aid with safeguards,” envoy Paul Simms concluded.",
        ),
        [
            ("Novel ideas will not end this conflict.", "Paul Simms", "concluded", "direct"),
            ("We support aid with safeguards,", "Paul Simms", "concluded", "direct"),
        ],
        id="multi-paragraph-attributed-at-the-end",
    ),
    pytest.param(
        ("“Why did nobody warn us?” asked Lena Park, a resident.",),
        [("Why did nobody warn us?", "Lena Park", "asked", "direct")],
        id="question-mark-then-attribution",
    ),
    pytest.param(
        (
            "The outages were “deeply disruptive” and, at the moment, “we will not take risks,” "
            "chief executive Andy Vale said.",
        ),
        [
            ("deeply disruptive", "Andy Vale", "said", "partial"),
            ("we will not take risks,", "Andy Vale", "said", "partial"),
        ],
        id="shared-attribution-at-sentence-end",
    ),
    pytest.param(
        ("The trio played “Takin’ It Back Home Again” at the encore.",),
        [],
        id="title-case-span-not-a-quote",
    ),
    pytest.param(
        ("We had a “historic” day, everyone agreed.",),
        [],
        id="scare-quote-without-speech-verb",
    ),
    pytest.param(
        ("Weeks’ family asked for privacy. ‘Ends the debate’ was on the sign.",),
        [],
        id="single-marks-possessive-and-sign",
    ),
    pytest.param(
        ("When he was asked, “Will you stay on?” the minister said nothing.",),
        [("Will you stay on?", None, None, "direct")],
        id="question-put-to-someone-is-not-theirs",
    ),
    pytest.param(
        (
            "“Water is everywhere,” study author Lea Pinto, a scientist at the Space Center "
            "in Greenbelt, Maryland, and at a college in Washington, D.C., said.",
        ),
        [("Water is everywhere,", "Lea Pinto", "said", "direct")],
        id="apposition-run-ending-in-a-place",
    ),
    pytest.param(
        ("The envoy to Britain Liu Wen said the city would see “resolve and power” soon.",),
        [("resolve and power", "Liu Wen", "said", "partial")],
        id="place-between-title-and-name",
    ),
    pytest.param(
        ("The plan is a “bad idea” for farmers, Trade Minister Rosa Vega said Tuesday.",),
        [("bad idea", "Rosa Vega", "said", "partial")],
        id="sentence-final-attribution-of-short-quote",
    ),
    pytest.param(
        ("The People’s Daily warned there was “no room for compromise” on the issue.",),
        [("no room for compromise", "People’s Daily", "warned", "partial")],
        id="possessive-inside-organisation-name",
    ),
    pytest.param(
        ("“We will vote no,” Sen. Ted Cole (R-Texas) said.",),
        [("We will vote no,", "Ted Cole", "said", "direct")],
        id="bracketed-party-tag",
    ),
    pytest.param(
        (
            "Ann Lee spoke first.",
            "“It is done,” she said, adding that the board “will meet again in May.”",
        ),
        [
            ("It is done,", "Ann Lee", "said", "direct"),
            ("will meet again in May.", "Ann Lee", "adding", "partial"),
        ],
        id="participle-after-pronoun",
    ),
    pytest.param(
        ("The council said deaths were under review and called on the “interim” board to act.",),
        [],
        id="scare-quote-adjective-before-noun",
    ),
    pytest.param(
        ("The premier cheered the “historic” move on Monday.",),
        [("historic", "premier", "cheered", "partial")],
        id="one-word-quote-right-after-verb",
    ),
    pytest.param(
        ("‘There is only one road left for the city’", "The mayor spoke on Monday."),
        [],
        id="single-marked-subheading",
    ),
    pytest.param(
        ("市長は「私たちは必ず橋を再建します」と述べた。",),
        [("私たちは必ず橋を再建します", None, None, "partial")],
        id="japanese-corner-brackets",
    ),
    pytest.param(
        ("‘It’s a shame,’ Tom Hale said. ‘We tried.’",),
        [
            ("It’s a shame,", "Tom Hale", "said", "direct"),
            ("We tried.", "Tom Hale", "said", "direct"),
        ],
        id="british-single-marks",
    ),
    pytest.param(
        ("Music of the '90s and the 'real world' was back on the stage, said Ivo Pina.",),
        [],
        id="elided-year-is-not-an-opening-mark",
    ),
    pytest.param(
        ("The band closed with the song “Rivers Of Gold” on Friday.",),
        [],
        id="song-title-not-a-quote",
    ),
    pytest.param(
        ("The party renamed its account to the name “FactDesk” during the debate.",),
        [],
        id="name-not-a-quote",
    ),
    pytest.param(
        ("The so-called “on-ramp” was designed for larger landers.",),
        [],
        id="scare-quote-not-a-quote",
    ),
    pytest.param(
        ("He spelled out the word “We” on the sign.",),
        [],
        id="word-as-word-not-a-quote",
    ),
    pytest.param(
        ("‘A strong report for the economy’: Example Bank",),
        [("A strong report for the economy", "Example Bank", None, "direct")],
        id="quote-heading-with-source",
    ),
    pytest.param(
        (
            "AMMAN (Reuters) – Thousands fled the city, residents said.",
            "“The flow of cars is not stopping,” said Ali Younis from the city.",
        ),
        [("The flow of cars is not stopping,", "Ali Younis", "said", "direct")],
        id="dateline-paragraph-first",
    ),
    pytest.param(
        (
            "Jane Doe, the health minister, said the hospitals were ready.",
            "The mayor said the city was “fully prepared” for the storm.",
        ),
        [("fully prepared", "mayor", "said", "partial")],
        id="a-post-nobody-was-described-by-stays-a-description",
    ),
    pytest.param(
        (
            "Bo Ray, an economist at the bank, spoke at a briefing.",
            "“Prices will rise,” the economist said.",
        ),
        [("Prices will rise,", "Bo Ray", "said", "direct")],
        id="the-post-the-person-was-described-by",
    ),
    pytest.param(
        (
            "Prime Minister Ann Cole visited the site on Monday with aides.",
            "Rescue teams worked through the night as Cole watched.",
            "“We will rebuild,” the prime minister said.",
        ),
        [("We will rebuild,", "Ann Cole", "said", "direct")],
        id="the-post-printed-beside-the-name-earlier",
    ),
    pytest.param(
        (
            "Amina Salum, 34, sells food near the bus station.",
            "“Light makes us safe,” says the mother of four.",
        ),
        [("Light makes us safe,", "Amina Salum", "says", "direct")],
        id="a-person-described-by-their-life-refers-back",
    ),
    pytest.param(
        ("“We need help now,” pleaded Maria Lopez, a mother of three.",),
        [("We need help now,", "Maria Lopez", "pleaded", "direct")],
        id="quote-pleaded-name",
    ),
    pytest.param(
        ("Tom Ash pleaded guilty on Monday to “knowingly defrauding thousands of investors”.",),
        [("knowingly defrauding thousands of investors", None, None, "partial")],
        id="pleaded-guilty-is-no-speech",
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_find_quotes(
    paragraphs: tuple[str, ...], expected: list[tuple[str, str | None, str | None, str]]
) -> None:
    assert _quotes(*paragraphs) == expected


def test_block_quote_without_marks_is_one_block_quote() -> None:
    blocks = (
        Block(text="The minister wrote:"),
        Block(kind=BlockKind.BLOCKQUOTE, text="We will not give up the fight."),
    )
    (quote,) = find_quotes(blocks)
    assert quote.kind is QuoteKind.BLOCK
    assert quote.paragraph == 1
    assert blocks[1].text[quote.start : quote.end] == quote.text


def test_non_prose_blocks_are_skipped() -> None:
    blocks = (Block(kind=BlockKind.TABLE, text="“A long quoted cell in a table”"),)
    assert find_quotes(blocks) == ()


def test_empty_input() -> None:
    assert find_quotes(()) == ()
