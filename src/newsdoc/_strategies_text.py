"""The "text" subset of :func:`newsdoc.strategies.articles`.

Articles that :func:`newsdoc.writers.text.to_text` writes and
:func:`newsdoc.parse_text` reads back exactly: a headline, people with one
shared affiliation (or an agency credited as author), paragraphs of story
text (a dateline at the start of the first one now and then, quotations with
their speakers), a credit line and photo captions with their credits. The
dateline, quotes, credits and media are the ones the analysis derives from the
generated text, so the round-trip law is exact.
"""

from __future__ import annotations

from hypothesis import strategies as st

from newsdoc.analysis.credits import parse_credits, split_caption
from newsdoc.analysis.datelines import split_dateline
from newsdoc.analysis.quotes import find_quotes
from newsdoc.model import Article, Block, Byline, Credit, Media, MediaKind
from newsdoc.strategies import names

__all__ = ["text_articles"]

# Written for these strategies; no outside text. Words of several scripts, so
# that the round trip is exercised beyond ASCII.
_SUBJECTS = (
    "Officials", "The minister", "Residents", "Rescuers", "The company", "Police",
    "Lawmakers", "The council", "Doctors", "Analysts", "The mayor of Zürich",
    "Farmers near Kraków", "Traders in São Paulo", "The agency",
)  # fmt: skip
_VERBS = (
    "said", "reported", "warned", "confirmed", "announced", "denied", "expected",
)  # fmt: skip
_CLAUSES = (
    "the bridge would reopen on Tuesday", "prices rose 3.5% in March",
    "talks had stalled after a week of protests", "the storm cut power to 1,200 homes",
    "the plan would cost €12 million", "the border stayed closed overnight",
    "schools in 東京都 would close early", "the café near القاهرة had reopened",
    "flights to Москва were cancelled", "the river rose 2\u00a0metres in a day",
    "a ceasefire could hold 🙂", "the vote in ירושלים was postponed",
    "l’État would pay for the repairs", "workers at the port went on strike",
)  # fmt: skip
_QUOTES = (
    "We will rebuild", "Nobody expected this", "It is too early to say",
    "We have never seen waves like it", "The roads are not safe",
    "Ça ne peut pas durer", "Wir schaffen das",
)  # fmt: skip
_SPEECH = ("said", "told reporters", "added")
_PLACES = ("AMMAN", "LA CROSSE", "WASHINGTON", "NEW DELHI", "SÃO PAULO", "BERLIN")
_REGIONS = (None, "Wis.", "Calif.", "Vietnam")
_AGENCIES = (None, "Reuters", "AP", "AFP")
_DASHES = ("—", "–", "-", "--")
_HEADLINE_WORDS = (
    "Storm", "closes", "harbour", "floods", "roads", "in", "Zürich", "talks", "stall",
    "over", "border", "prices", "rise", "again", "東京都", "vote", "delayed", "for", "now",
)  # fmt: skip
_AFFILIATIONS = (None, None, "Associated Press", "Reuters", "AP", "USA TODAY", "Daily Herald")
_PROVIDERS = (None, "Reuters", "Associated Press", "AFP")
_ROLES = ("Reporting", "Additional reporting", "Writing", "Editing")
_PHOTOGRAPHERS = (
    "Jane Doe", "Tomás Ruiz", "Erik Dahl", "Agnieszka Nowak", "Chloé Ménard", "Jürgen Müller",
    "Kwame Okonkwo", "Priya Ibrahim",
)  # fmt: skip
_CAPTIONS = (
    "Residents clear debris from the harbour on Wednesday.",
    "A ferry leaves the port of Bergen, March 3, 2021.",
    "FILE PHOTO: Traders work on the floor of the exchange in São Paulo.",
    "Smoke rises over the hills near Kraków.",
)  # fmt: skip
_PHOTO_CREDITS = ("REUTERS/{name}", "(AP Photo/{name})", "{name} / Reuters file", "AFP/{name}")


@st.composite
def _sentence(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 3))
    if kind == 0:
        quote = draw(st.sampled_from(_QUOTES))
        speaker = draw(names())
        verb = draw(st.sampled_from(_SPEECH))
        return f"“{quote},” {speaker} {verb}."
    if kind == 1:
        speaker = draw(names())
        quote = draw(st.sampled_from(_QUOTES))
        return f"{speaker} said: “{quote}.”"
    subject = draw(st.sampled_from(_SUBJECTS))
    verb = draw(st.sampled_from(_VERBS))
    clause = draw(st.sampled_from(_CLAUSES))
    return f"{subject} {verb} {clause}."


@st.composite
def _paragraph(draw: st.DrawFn) -> str:
    return " ".join(draw(st.lists(_sentence(), min_size=1, max_size=3)))


@st.composite
def _dateline_prefix(draw: st.DrawFn) -> str:
    place = draw(st.sampled_from(_PLACES))
    region = draw(st.sampled_from(_REGIONS))
    agency = draw(st.sampled_from(_AGENCIES))
    dash = draw(st.sampled_from(_DASHES))
    head = place if region is None else f"{place}, {region}"
    if agency is not None:
        head += f" ({agency})"
    return f"{head} {dash} "


@st.composite
def _credit_line(draw: st.DrawFn) -> str:
    roles = draw(st.lists(st.sampled_from(_ROLES), min_size=1, max_size=3, unique=True))
    segments = []
    for role in roles:
        people = draw(st.lists(names(), min_size=1, max_size=2, unique=True))
        segments.append(f"{role} by {' and '.join(people)}")
    line = "; ".join(segments)
    return f"({line})" if draw(st.booleans()) else line


@st.composite
def _caption_lines(draw: st.DrawFn) -> list[str]:
    captions = draw(st.lists(st.sampled_from(_CAPTIONS), max_size=2, unique=True))
    lines = []
    for caption in captions:
        credit = draw(st.sampled_from(_PHOTO_CREDITS))
        lines.append(f"{caption} {credit.format(name=draw(st.sampled_from(_PHOTOGRAPHERS)))}")
    return lines


@st.composite
def text_articles(draw: st.DrawFn) -> Article:
    """Articles that ``parse_text(to_text(a)) == a`` holds for.

    Returns:
        A strategy for :class:`~newsdoc.model.Article` values.
    """
    headline = " ".join(draw(st.lists(st.sampled_from(_HEADLINE_WORDS), min_size=3, max_size=9)))
    headline = headline[:1].upper() + headline[1:]
    people = draw(st.lists(names(), max_size=3, unique=True))
    affiliation = draw(st.sampled_from(_AFFILIATIONS))
    bylines = tuple(Byline(name=name, affiliation=affiliation) for name in people)
    provider = None if bylines else draw(st.sampled_from(_PROVIDERS))
    paragraphs = draw(st.lists(_paragraph(), min_size=1, max_size=6))
    if draw(st.booleans()):
        paragraphs[0] = draw(_dateline_prefix()) + paragraphs[0]
    body = tuple(Block(text=text) for text in paragraphs)
    credits: list[Credit] = []
    if draw(st.booleans()):
        credits.extend(parse_credits(draw(_credit_line())))
    # Photo captions, as the analysis reads them: the caption and its credit,
    # the credit also listed after the credit lines.
    media: list[Media] = []
    for line in draw(_caption_lines()):
        caption, credit = split_caption(line)
        if credit is not None:
            media.append(Media(kind=MediaKind.PHOTO, caption=caption, credit=credit))
            if credit not in credits:
                credits.append(credit)
    return Article(
        headline=headline,
        bylines=bylines,
        dateline=split_dateline(body[0].text)[0],
        body=body,
        quotes=find_quotes(body),
        credits=tuple(credits),
        media=tuple(media),
        provider=provider,
    )
