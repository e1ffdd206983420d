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
