"""find_quotes is total and every quote it returns points at its own text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdoc.analysis._speakers import _full_names_in, _names_in
from newsdoc.analysis.quotes import find_quotes
from newsdoc.model import Block, BlockKind

_MARKS = "\"'“”‘’„‚«»‹›「」『』`"
_WORDS = (
    "said",
    "says",
    "told",
    "he",
    "she",
    "according to",
    "the",
    "Ann",
    "Lee",
    "Dr.",
    "President",
    "Mr.",
    "called",
    "song",
    ",",
    ".",
    ":",
    "—",
    " ",
    "\u00a0",
    "\n",
)

_marks_and_words = st.lists(
    st.one_of(st.sampled_from(tuple(_MARKS)), st.sampled_from(_WORDS), st.text(max_size=6)),
    max_size=60,
).map("".join)
_any_text = st.one_of(st.text(max_size=200), _marks_and_words)
_blocks = st.lists(
    st.builds(
        lambda kind, text: (kind, text),
        st.sampled_from(tuple(BlockKind)),
        _any_text,
    ),
    max_size=6,
)


def _make_blocks(raw: list[tuple[BlockKind, str]]) -> tuple[Block, ...]:
    blocks = []
    for kind, text in raw:
        if kind is BlockKind.TABLE or not text.strip(" \t\r\n\f"):
            continue
        blocks.append(Block(kind=kind, text=text))
    return tuple(blocks)


@given(_blocks)
def test_total_and_spans_point_at_text(raw: list[tuple[BlockKind, str]]) -> None:
    blocks = _make_blocks(raw)
    quotes = find_quotes(blocks)
    for quote in quotes:
        assert 0 <= quote.paragraph < len(blocks)
        assert blocks[quote.paragraph].text[quote.start : quote.end] == quote.text
        assert quote.speaker is None or quote.speaker.strip()


@given(st.text(alphabet=_MARKS + " a.,", max_size=300))
def test_adversarial_runs_of_marks(text: str) -> None:
    if not text.strip(" "):
        return
    block = Block(text=text)
    for quote in find_quotes((block,)):
        assert block.text[quote.start : quote.end] == quote.text


# Words that drive the attribution rules: names, titles, pronouns, verbs,
# appositions, bracketed tags, passives, dates and every kind of mark.
_ATTRIBUTION_WORDS = (
    "said",
    "says",
    "told",
    "added",
    "according to",
    "calling",
    "saying",
    "asked",
    "was",
    "by",
    "he",
    "she",
    "it",
    "they",
    "who",
    "and",
    "but",
    "the",
    "a",
    "of",
    "on",
    "with",
    "to",
    "in",
    "Ann",
    "Lee",
    "Bank",
    "Canada",
    "Will",
    "May",
    "Sunday",
    "He",
    "The",
    "However,",
    "Dr.",
    "Lt.",
    "Col.",
    "Mr.",
    "President",
    "U.S.",
    "Jr.",
    "al",
    "van",
    "R-Neb.",
    "(AP)",
    "55",
    "song",
    "word",
    ",",
    ".",
    ":",
    "?",
    "!",
    "—",
    "it’s",
    "players’",
    "“",
    "”",
    "‘",
    "’",
    '"',
    "'",
    "«",
    "»",
    "„",
    "’’",
    "``",
)
_attribution_text = st.lists(st.sampled_from(_ATTRIBUTION_WORDS), max_size=40).map(" ".join)


@given(st.lists(_attribution_text, max_size=5))
def test_attribution_rules_are_total(paragraphs: list[str]) -> None:
    blocks = tuple(Block(text=p) for p in paragraphs if p.strip(" "))
    for quote in find_quotes(blocks):
        assert blocks[quote.paragraph].text[quote.start : quote.end] == quote.text
        assert quote.speaker is None or (quote.speaker.strip() and "\x00" not in quote.speaker)
        assert quote.verb is None or quote.verb.strip()


def test_long_paragraph_of_marks_is_handled() -> None:
    text = '“a ” ‘b’ "c" ' * 5_000 + "he said."
    block = Block(text=text)
    for quote in find_quotes((block,)):
        assert block.text[quote.start : quote.end] == quote.text


def test_many_quotes_in_one_sentence() -> None:
    text = " ".join(f"“word number {i} here today”" for i in range(2_000)) + ", Ann Lee said."
    block = Block(text=text)
    quotes = find_quotes((block,))
    assert quotes
    assert all(block.text[q.start : q.end] == q.text for q in quotes)


_NAME_WORDS = (
    "Ann",
    "Lee",
    "van",
    "der",
    "Berg",
    "Dr.",
    "President",
    "Jr.",
    "of",
    "to",
    "Bank",
    "Canada",
    "Ukraine",
    "envoy",
    "Monday",
    "Lee’s",
    "O'Neil,",
    "(Ann",
    "Berg)",
    "“Ann",
    "U.S.",
    "WHO",
    "said",
)
_name_text = st.lists(
    st.one_of(st.sampled_from(_NAME_WORDS), st.text(max_size=5)), max_size=40
).map(" ".join)


@given(_name_text)
def test_full_names_are_the_person_like_names(text: str) -> None:
    # The surname index reads full names by their own short pass: it must find
    # exactly the personal names the paragraph's full reading finds.
    expected = [m.name for m in _names_in(text) if m.person_like]
    assert _full_names_in(text) == expected
