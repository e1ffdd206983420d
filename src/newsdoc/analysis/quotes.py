"""Find quotations in body blocks, with their speakers, verbs and kinds.

Quote marks are paired within each paragraph; a quotation that runs over
several paragraphs (the opening mark repeated at each one, the closing mark
only at the end) gives one quote per paragraph. What sits in quote marks but
is nobody's speech (titles, names, words mentioned as words, scare quotes) is
left out. The speaker is found by wire-copy patterns, in order:

1. a speech verb before the quote in the same sentence (``X said: “Q”``,
   ``X said the plan was “a mistake”``);
2. ``according to X`` in the same sentence;
3. an attribution after the quote (``“Q,” said X``, ``“Q,” X said``);
4. the previous quote of the same paragraph (``“A,” he said. “B.”``) or of the
   same multi-paragraph quotation;
5. for a paragraph that is all quotation, the speaker of the paragraph before.

Pronouns are resolved to a person named in the same or the previous
paragraph, surnames are expanded to the full name printed earlier, and titles
are dropped. When nothing says who spoke, the speaker is ``None``.

>>> from newsdoc.model import Block
>>> blocks = (
...     Block(text="Wild coach Bruce Boudreau was upbeat."),
...     Block(text="“That’s perfect,” Boudreau said. “It is.”"),
... )
>>> [(q.text, q.speaker, q.verb, q.kind.value) for q in find_quotes(blocks)]
[('That’s perfect,', 'Bruce Boudreau', 'said', 'direct'),
 ('It is.', 'Bruce Boudreau', 'said', 'direct')]
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from newsdoc.analysis._quote_lexicon import (
    ABBREVIATIONS,
    ACCORDING_TO,
    ADVERBS_BEFORE_VERB,
    ARTICLES,
    AUXILIARIES,
    CALENDAR_WORDS,
    CLOSERS_FOR,
    DOUBLE_CLOSE_PAIRS,
    DOUBLE_OPEN_PAIRS,
    FUNCTION_WORDS,
    INVERTIBLE_VERBS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NON_SPEECH_PHRASES,
    NOT_A_QUOTE_CUES,
    NOUN_MARKERS,
    ORGANISATION_WORDS,
    PERSON_NOUNS,
    PRONOUNS,
    SINGLE_CLOSERS,
    SINGLE_OPENERS,
    SMALL_TITLE_WORDS,
    SPEECH_VERBS,
    SUBJECT_STOP_WORDS,
    TITLE_SUFFIXES,
    TITLE_WORDS,
)
from newsdoc.model import Block, BlockKind, Quote, QuoteKind

__all__ = ["find_quotes"]

# Blocks whose text is prose that may hold quotations.
_PROSE_KINDS = frozenset(
    {BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.BLOCKQUOTE, BlockKind.LIST_ITEM}
)

_DOUBLE_MARKS = frozenset('"\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d\u300e\u300f')
_ALL_MARKS = _DOUBLE_MARKS | SINGLE_OPENERS | SINGLE_CLOSERS | {"\u203a", "\u2039", "`"}
# Marks that only ever open or only ever close (whatever the context).
_PURE_OPENERS = frozenset("\u201c\u201e\u201f\u00ab\u300c\u300e")
_PURE_CLOSERS = frozenset("\u201d\u300d\u300f")

# Any quote mark (one character; doubled marks are read in code).
_MARK_RE = re.compile("[" + re.escape("".join(sorted(_ALL_MARKS))) + "]")

# Masking: quoted text is blanked out with this character (same length, so
# offsets survive) before speech verbs and names are looked for.
_MASK = "\ufffc"
_SPACES = " \t\u00a0\u202f\u2009\u2007\u200a"
_OPENING_CONTEXT = frozenset(" \t\u00a0\u202f([{\u2014\u2013-/:;\u201c\u2018\"'")
_TRAILING_PUNCT = ",.;:!?)]}\u2026"
_LEADING_PUNCT = "([{"

# Speech verbs are looked up word by word in sets (a regex alternation of a
# few hundred verbs would be tried at every character).
_VERBS_SINGLE = frozenset(v for v in SPEECH_VERBS if " " not in v)
_VERBS_MULTI = frozenset(tuple(v.split()) for v in SPEECH_VERBS if " " in v)
_VERB_FIRST_WORDS = frozenset(words[0] for words in _VERBS_MULTI)
_MULTI_MAX = max((len(words) for words in _VERBS_MULTI), default=1)
_LOWER_WORD_RE = re.compile(r"[^\W\d_][\w\-]*")
# A sentence ends at . ! ? (optionally followed by a closing bracket or mark)
# and a space; whether the next sentence really starts is checked in code.
_SENTENCE_END_RE = re.compile(r"[.!?\u2026][)\]\u201d\u2019\"']?[ \u00a0]+")
# ‘Headline words’: Source — a quote heading naming its source.
# A short bracketed aside: bounded, no nesting, so linear.
_BRACKETED_RE = re.compile(r"\([^()]{0,40}\)")
_AFTER_WINDOW = 200
_HEADING_SOURCE_MAX_WORDS = 5
_TITLE_MAX_WORDS = 12
_KIND_WINDOW = 40
_SHORT_QUOTE_WORDS = 3
_SUBJECT_MAX_WORDS = 14


@attrs.frozen
class _Span:
    """Where one quotation stands inside its paragraph."""

    start: int  # first character of the words inside the marks
    end: int  # just past the last character of the words
    outer_start: int  # the opening mark
    outer_end: int  # just past the closing mark (or the paragraph's end)
    closed: bool
    single: bool  # set in single marks


@attrs.define
class _Found:
    """A quotation being attributed."""

    paragraph: int
    span: _Span
    speaker: str | None = None
    verb: str | None = None
    kind: QuoteKind = QuoteKind.DIRECT
    keep: bool = True
    attributed: bool = False  # the sentence itself says who spoke
    heading: bool = False
    tentative: bool = False  # speaker guessed from the paragraph before
    anchor: int = -1  # where the attributing verb stands in the paragraph


# --- Pairing the marks ------------------------------------------------------------


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


def _can_open(text: str, i: int, width: int) -> bool:
    """Whether the mark at ``text[i:i+width]`` stands where a quotation opens."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before in _OPENING_CONTEXT or before in _ALL_MARKS) and not after.isspace()


def _can_close(text: str, i: int, width: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < len(text) else " "
    return not before.isspace() and not _is_word_char(after)


def _marks(text: str) -> list[tuple[int, int, str]]:
    """List the quote marks of *text* as (position, width, mark) in order.

    A doubled single mark (’’, '', ‘‘, ``) counts as one double mark.
    """
    found: list[tuple[int, int, str]] = []
    skip_to = 0
    for match in _MARK_RE.finditer(text):
        i = match.start()
        if i < skip_to:
            continue  # the second half of a doubled mark
        ch = text[i]
        pair = text[i : i + 2]
        if pair in DOUBLE_CLOSE_PAIRS and (pair != "''" or not _can_open(text, i, 2)):
            found.append((i, 2, "\u201d"))
            skip_to = i + 2
        elif pair in DOUBLE_OPEN_PAIRS and not _can_open(text, i, 2):
            skip_to = i + 2  # "41‘‘" (seconds) or a stray pair: no mark
        elif pair in DOUBLE_OPEN_PAIRS or pair == "''":
            found.append((i, 2, "\u201c"))
            skip_to = i + 2
        elif ch != "`":
            found.append((i, 1, ch))
    return found


def _single_opens(text: str, i: int) -> bool:
    # An opening single mark: after a space or bracket, before a letter. Before
    # a digit it is an elision ("the ’90s", "summer ’80"), not a quote.
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPENING_CONTEXT or before in _DOUBLE_MARKS) and after.isalpha()


def _single_closes(text: str, i: int) -> bool:
    # A closing single mark: after a non-space, not before a letter (’s, don’t).
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and not _is_word_char(after)


def _make_span(
    text: str, outer_start: int, start: int, end: int, *, closed: bool, single: bool, outer_end: int
) -> _Span | None:
    while start < end and (text[start] in _SPACES):
        start += 1
    while end > start and (text[end - 1] in _SPACES):
        end -= 1
    if start >= end:
        return None
    return _Span(start, end, outer_start, outer_end, closed, single)


def _pair_marks(text: str) -> list[_Span]:
    """Pair the quote marks of one paragraph into spans, outermost only.

    Linear: one pass over the marks with a single open quotation at a time
    (nested quotations stay inside the outer one).
    """
    spans: list[_Span] = []
    marks = _marks(text)
    open_at = -1
    open_mark = ""
    open_width = 0
    single_open = -1  # an open single-mark quotation (only outside doubles)
    for pos, width, mark in marks:
        if open_at >= 0:
            # Inside a double quotation only its closer matters; anything else
            # (single marks, other doubles) is nested and stays inside.
            if mark in CLOSERS_FOR.get(open_mark, "") and mark not in SINGLE_CLOSERS:
                closes = True
                if mark == '"':
                    closes = _can_close(text, pos, width) or not _can_open(text, pos, width)
                if closes:
                    span = _make_span(
                        text,
                        open_at,
                        open_at + open_width,
                        pos,
                        closed=True,
                        single=False,
                        outer_end=pos + width,
                    )
                    if span is not None:
                        spans.append(span)
                    open_at = -1
            continue
        if mark in _DOUBLE_MARKS:
            if mark in _PURE_CLOSERS or mark in '"\u00bb':
                # A straight mark, » or a reversed opener (” set before the
                # words) opens only where an opening mark would stand.
                opens = _can_open(text, pos, width) and not (
                    mark in _PURE_CLOSERS and _can_close(text, pos, width)
                )
            else:
                opens = True
            if opens:
                single_open = -1  # a double mark inside single ones: give the single up
                open_at, open_mark, open_width = pos, mark, width
            continue
        # Single marks, outside any double quotation.
        if single_open < 0:
            if mark in SINGLE_OPENERS and _single_opens(text, pos):
                single_open = pos
        elif mark in SINGLE_CLOSERS and _single_closes(text, pos):
            span = _make_span(
                text, single_open, single_open + 1, pos, closed=True, single=True, outer_end=pos + 1
            )
            if span is not None:
                spans.append(span)
            single_open = -1
    if open_at >= 0:
        # Open to the end: a quotation that runs on into the next paragraph.
        span = _make_span(
            text,
            open_at,
            open_at + open_width,
            len(text),
            closed=False,
            single=False,
            outer_end=len(text),
        )
        if span is not None:
            spans.append(span)
    return spans


# --- Sentences and masking ------------------------------------------------------------


def _mask(text: str, spans: Sequence[_Span]) -> str:
    """Blank out every quotation, marks included, keeping offsets.

    A quotation that ends with a period keeps one at its closing mark, so that
    the sentence still ends there once the words are blanked; one that ends
    with "?" or "!" may still be followed by its attribution ("“Why?” he asked").
    """
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for span in spans:
        parts.append(text[last : span.outer_start])
        width = span.outer_end - span.outer_start
        inner_end = text[span.start : span.end][-1:]
        if width > 1 and inner_end in ".\u2026":
            parts.append(_MASK * (width - 1) + ".")
        else:
            parts.append(_MASK * width)
        last = span.outer_end
    parts.append(text[last:])
    return "".join(parts)


def _sentence_starts(masked: str) -> list[int]:
    """Offsets where sentences start in a masked paragraph (always begins with 0)."""
    starts = [0]
    for match in _SENTENCE_END_RE.finditer(masked):
        nxt = masked[match.end() : match.end() + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in _MASK + "\u201c\u2018\"'(["):
            continue
        # The word before the period: an abbreviation or an initial does not end a sentence.
        word_start = masked.rfind(" ", max(0, match.start() - 12), match.start()) + 1
        if word_start == 0 and match.start() > 12:
            word_start = match.start() - 12
        word = masked[word_start : match.start()].lower().strip('([\u201c"')
        if masked[match.start()] == "." and (
            word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word
        ):
            continue
        starts.append(match.end())
    return starts


def _sentence_bounds(starts: Sequence[int], length: int, index: int) -> tuple[int, int]:
    """The sentence holding offset *index*: (start, end). *starts* is sorted."""
    lo, hi = 0, len(starts)
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if starts[mid] <= index:
            lo = mid
        else:
            hi = mid
    end = starts[lo + 1] if lo + 1 < len(starts) else length
    return starts[lo], end


# --- Words and names ----------------------------------------------------------------

# Word predicates are pure functions of one word, asked again and again of the
# same words (names recur through a story): a bounded cache answers repeats.
_WORD_CACHE = 1 << 14


_STRIPPED = _TRAILING_PUNCT + _LEADING_PUNCT + "\u201c\u201d\u2018\u2019\"'" + _MASK


@functools.lru_cache(maxsize=_WORD_CACHE)
def _bare(word: str) -> str:
    """A word without the punctuation around it."""
    return word.strip(_STRIPPED)


@functools.lru_cache(maxsize=_WORD_CACHE)
def _key(word: str) -> str:
    return _bare(word).rstrip(".").lower()


@functools.lru_cache(maxsize=_WORD_CACHE)
def _is_possessive(word: str) -> bool:
    bare = word.rstrip(_TRAILING_PUNCT)
    return bare.endswith(("\u2019s", "'s", "s\u2019", "s'"))


@functools.lru_cache(maxsize=_WORD_CACHE)
def _is_capitalised(word: str) -> bool:
    bare = _bare(word)
    return bool(bare) and bare[0].isupper()


@functools.lru_cache(maxsize=_WORD_CACHE)
def _is_name_word(word: str) -> bool:
    """A word that may stand in a name: capitalised, a particle or a suffix."""
    if not word or _MASK in word:
        return False
    first = word[1:2] if word[0] in _STRIPPED else word[0]
    if not first.isupper():
        # Lower-case words in names are short particles ("al", "van", "de").
        return len(word) <= _PARTICLE_MAX and _key(word) in NAME_PARTICLES
    key = _key(word)
    bare = _bare(word)
    return bool(key) and (
        key not in FUNCTION_WORDS
        or key in NAME_PARTICLES
        or key in NAME_SUFFIXES
        or (len(bare) > 1 and bare.isupper())  # "WHO", "IT" as names of bodies
    )


@functools.lru_cache(maxsize=_WORD_CACHE)
def _ends_phrase(word: str) -> bool:
    """Whether punctuation after *word* ends a run of name words."""
    if word.endswith((",", ";", ":", ")", "\u2014", "\u2013")) or _is_possessive(word):
        return True
    if word.endswith("."):
        key = _key(word)
        # "Dr." "U.S." "W." "Jr." do not end a name; "Boudreau." does.
        return (
            key not in ABBREVIATIONS
            and key not in NAME_SUFFIXES
            and "." not in key
            and (len(key) > 1)
        )
    return False


@functools.lru_cache(maxsize=_WORD_CACHE)
def _is_title(word: str) -> bool:
    """A title or office word ("Dr.", "President", "Außenministerin")."""
    key = _key(word)
    return key in TITLE_WORDS or (len(key) > 8 and key.endswith(TITLE_SUFFIXES))


_SUFFIXES_WITH_PERIOD = tuple(suffix + "." for suffix in NAME_SUFFIXES)


def _clean_name(words: Sequence[str]) -> str:
    text = " ".join(words).strip(",;:)(\u2014\u2013 " + _MASK)
    if text.endswith(".") and not text.lower().endswith(_SUFFIXES_WITH_PERIOD):
        last = text.rsplit(" ", 1)[-1]
        if not (len(last) == 2 and last[0].isupper()) and "." not in last[:-1]:
            text = text[:-1]
    return text.strip()


def _is_blocking_preposition(words: Sequence[str], index: int) -> bool:
    """A preposition that opens a phrase of the writer's ("on the conflict …")."""
    if _key(words[index]) not in _PREPOSITIONS or index + 1 >= len(words):
        return False
    following = words[index + 1]
    return _key(following) in ARTICLES or not _is_capitalised(following)


def _name_at_end(words: Sequence[str], *, strict: bool = False) -> str | None:
    """The person or body named by the last words of a phrase, titles dropped.

    ``["Wild", "coach", "Bruce", "Boudreau"]`` gives ``"Bruce Boudreau"``;
    ``["the", "US", "President"]`` gives ``"US President"`` (an office, kept).
    ``None`` when the phrase does not end in a name, or when the name sits in
    a prepositional phrase (``"a user on Weibo"``, ``"lawmakers on the House
    Committee"``); with *strict* (for a phrase set off by commas), also when
    a prepositional phrase comes anywhere before it (``"an expert on the
    conflict at think-tank Chatham House"``).
    """
    if not words:
        return None
    last = words[-1]
    if (
        not _is_name_word(last)
        or not _is_capitalised(last)
        or _is_possessive(last)
        or _key(last) in CALENDAR_WORDS
    ):
        return None
    i = len(words) - 1
    while i > 0 and (
        not _ends_phrase(words[i - 1])
        or (_is_possessive(words[i - 1]) and _is_capitalised(words[i - 1]))
    ):
        if _is_name_word(words[i - 1]) or (
            # "Secretary of State Mike Pompeo", "Committee on the Strategic
            # Competition": a name runs on through a connector.
            _key(words[i - 1]) in _RUN_CONNECTORS
            and i > 1
            and (_is_capitalised(words[i - 2]) or _key(words[i - 2]) == "the")
            and _is_name_word(words[i - 2 if _key(words[i - 2]) != "the" else max(i - 3, 0)])
        ):
            i -= 1
        else:
            break
    while i < len(words) and not _is_capitalised(words[i]):
        i += 1  # a run does not start with a particle or a connector
    run = list(words[i:])
    if not run or all(_key(w) in CALENDAR_WORDS for w in run):
        return None  # "Last August", "On Tuesday"
    # "minister of mines and energy Tom Alweendo": a personal name right
    # after its role stands, whatever phrase the role has.
    role_then_person = (
        i > 0
        and words[i - 1].islower()
        and _key(words[i - 1]) not in _PREPOSITIONS
        and len(run) >= 2
        and not any(_key(w) in ORGANISATION_WORDS for w in run)
    )
    if (
        strict
        and not role_then_person
        and any(_is_blocking_preposition(words, j) for j in range(i))
    ):
        return None
    before = _key(words[i - 1]) if i > 0 else ""
    if before in ARTICLES and i > 1:
        before = _key(words[i - 2])
    if before in _PREPOSITIONS:
        # "ambassador to Britain Liu Xiaming": a place, then the person.
        if len(run) != 3 or any(_key(w) in ORGANISATION_WORDS for w in run):
            return None
        run = run[1:]
    # Titles: keep what follows the last title word, when that is a name.
    cut = 0
    for j, word in enumerate(run):
        if _is_title(word):
            cut = j + 1
    name = run[cut:] if cut < len(run) else run
    if (
        any(_key(w) in ORGANISATION_WORDS for w in name)
        or _key(name[0]) in _CONNECTORS
        or (len(name) == 1 and any(_key(w) in ORGANISATION_WORDS for w in run))
    ):
        # "UN General Assembly", "High Commissioner for Human Rights": an
        # office or a body, kept whole.
        name = run
    while name and _key(name[0]) in _CONNECTORS:
        name = name[1:]
    if not name:
        return None
    core = [w for w in name if _is_core_name_word(w)]
    if len(core) > _NAME_MAX_WORDS and not any(_key(w) in ORGANISATION_WORDS for w in name):
        # "of Public Prosecution Eva-Marie Persson": four capitalised words
        # and more are an office running into a name; keep the name.
        kept = 0
        cut_at = len(name)
        while cut_at > 0 and kept < 2:
            cut_at -= 1
            kept += _is_core_name_word(name[cut_at])
        name = name[cut_at:]
    return _clean_name(name) or None


@functools.lru_cache(maxsize=_WORD_CACHE)
def _is_core_name_word(word: str) -> bool:
    """A given name or surname: not a particle, an initial or a suffix."""
    key = _key(word)
    return key not in NAME_PARTICLES and key not in NAME_SUFFIXES and len(_bare(word)) > 2


_NAME_MAX_WORDS = 3
_PARTICLE_MAX = 6
_RUN_CONNECTORS = frozenset({"of", "on", "for", "the", "and", "between"})
_PREPOSITIONS = frozenset(
    {
        "on",
        "of",
        "at",
        "in",
        "from",
        "for",
        "with",
        "by",
        "to",
        "into",
        "about",
        "against",
        "between",
        "among",
        "over",
        "under",
        "behind",
        "toward",
        "towards",
        "via",
        "like",
        "during",
        "after",
        "before",
        "despite",
        "since",
        "through",
    }
)
_CONNECTORS = frozenset({"of", "for", "and", "the"})
_DETERMINERS = ARTICLES | frozenset(
    {"his", "her", "its", "their", "our", "my", "your", "this", "these", "those"}
)
# Words that open an introductory phrase or clause, never a subject.
_INTRO_WORDS = (
    FUNCTION_WORDS
    - ARTICLES
    - PRONOUNS
    - frozenset(
        {
            "his",
            "her",
            "its",
            "their",
            "our",
            "my",
            "your",
            "this",
            "these",
            "those",
            "some",
            "many",
            "most",
            "all",
            "both",
            "each",
            "every",
            "no",
            "another",
        }
    )
)
_RELATIVES = frozenset({"who", "which", "whose", "whom", "where", "when", "that"})
_CONJUNCTIONS = frozenset({"and", "but", "or", "yet", "nor"})
# A long description is cut at its first phrase of place or time.
_DESCRIPTION_CUTS = frozenset({"on", "in", "at", "from", "with", "during", "after"})
_DESCRIPTION_LONG = 6
_PASSIVE_MARKERS = frozenset({"being", "been", "was", "were", "is", "are", "be", "get", "got"})
_IRREGULAR_PARTICIPLES = frozenset(
    {
        "held",
        "led",
        "made",
        "given",
        "taken",
        "set",
        "known",
        "seen",
        "built",
        "shown",
        "born",
        "based",
        "including",
        "according",
    }
)


def _trim_description(words: list[str]) -> list[str]:
    """Drop a trailing time ("on Sunday") and, when long, the phrases after the head."""
    for index, word in enumerate(words):
        if (
            index
            and _key(word) in _PREPOSITIONS
            and any(_key(w) in CALENDAR_WORDS for w in words[index + 1 : index + 3])
        ):
            words = words[:index]
            break
    if len(words) > _DESCRIPTION_LONG:
        for index, word in enumerate(words[1:], start=1):
            if _key(word) in _DESCRIPTION_CUTS:
                return words[:index]
    return words


def _description(words: Sequence[str], *, whole: bool = False) -> str | None:
    """The noun phrase ending *words*, read back to a stop word.

    A leading "a"/"an" is dropped and "the" kept (a definite description may
    later be replaced by a name). With *whole*, ``None`` unless the phrase is
    all of *words* and reads as a noun phrase (no pronoun, no verb in it).
    """
    start = len(words)
    while start > 0:
        word = words[start - 1]
        key = _key(word)
        if (
            not key
            or key in SUBJECT_STOP_WORDS
            or key in PRONOUNS
            or key in _VERBS_SINGLE
            or _MASK in word
            or (key in _CONJUNCTIONS and start == len(words))
            or (word.endswith((",", ";", ":")) and start < len(words))
        ):
            break
        start -= 1
    if whole and (start != 0 or len(words) > _SUBJECT_MAX_WORDS):
        return None
    collected = list(words[start:])
    while collected and _key(collected[0]) in _DETERMINERS and _key(collected[0]) != "the":
        collected.pop(0)
    if collected and _key(collected[0]) == "the" and len(collected) == 1:
        return None
    collected = _trim_description(collected)[:_SUBJECT_MAX_WORDS]
    if not collected:
        return None
    return _clean_name(collected) or None


_CONTRACTIONS = ("\u2019d", "'d", "\u2019ll", "'ll")
# Given names are indexed under this prefix, so that "Mike" counts as a
# person named in the text ("Mike Ford" earlier) when a pronoun is resolved.
_GIVEN = "given:"
_PRONOUN = "\x00pronoun"
_SENTENCE = "\x00sentence"


def _strip_verb_helpers(words: list[str]) -> list[str]:
    while words and (
        _key(words[-1]) in ADVERBS_BEFORE_VERB
        or _key(words[-1]) in AUXILIARIES
        or (_key(words[-1]).endswith("ly") and len(words) > 1 and words[-1].islower())
    ):
        words = words[:-1]
    return words


def _is_pronoun(word: str) -> bool:
    key = _key(word)
    for suffix in _CONTRACTIONS:
        if key.endswith(suffix):
            key = key[: -len(suffix)]  # "he’d respond", "she’ll say"
            break
    return key in PRONOUNS


def _skippable_part(words: Sequence[str]) -> bool:
    """A comma-separated part that cannot be the speaker: an intro, an age, a tag."""
    first = words[0]
    key = _key(first)
    if key in _RELATIVES or key in _PREPOSITIONS or key in _INTRO_WORDS:
        return True
    bare = _bare(first)
    if len(words) == 1 and bare.isdigit():
        return True  # an age: "Jane Doe, 55, said"
    if len(words) == 1 and len(bare) >= 3 and bare[1] == "-" and bare[0] in "RDI":
        return True  # a party tag: "Sen. Ben Sasse, R-Neb., said"
    return (
        first.islower()
        and (key.endswith(("ed", "ing")) or key in _IRREGULAR_PARTICIPLES)
        and key not in PRONOUNS
    )


def _without_conjunction(words: Sequence[str]) -> list[str]:
    """*words* without a leading "and"/"or" ("…, and American University in …")."""
    start = 0
    while start < len(words) and _key(words[start]) in _CONJUNCTIONS:
        start += 1
    return list(words[start:])


def _skip_for_subject(words: Sequence[str]) -> bool:
    """Whether a part before the verb is passed over when looking for its subject.

    A relative clause, an age or a party tag is; a participial phrase is,
    unless a new clause starts inside it ("…, conducting raids in what
    experts say").
    """
    if not words or _key(words[0]) in _RELATIVES:
        return True
    if not _skippable_part(words):
        return False
    return _description(words, whole=True) is not None or (
        _name_at_end(words) is None and _description(words) is None
    )


def _appendage(words: Sequence[str]) -> bool:
    """A part that hangs on the name before it: "who …", an age, a party tag."""
    bare = _bare(words[0])
    return (
        _key(words[0]) in _RELATIVES
        or (len(words) == 1 and bare.isdigit())
        or (len(words) == 1 and len(bare) >= 3 and bare[1] == "-" and bare[0] in "RDI")
    )


def _noun_phrase(words: Sequence[str]) -> bool:
    """Whether *words* read as a noun phrase that could be a subject."""
    return (
        bool(words)
        and not _skippable_part(words)
        and (
            _name_at_end(words, strict=True) is not None
            or _description(words, whole=True) is not None
        )
    )


def _drop_brackets(text: str) -> str:
    """Blank out short bracketed asides ("Sen. Ted Cruz (R-Texas)", "(ÖVP)")."""
    if "(" not in text:
        return text
    return _BRACKETED_RE.sub(lambda m: " " * len(m.group()), text)


def _subject_before(clause: str) -> str | None:
    """Who does the speaking in *clause*, the text right before a speech verb.

    Appositions are looked through (``"John Williams, the president of X,"``
    gives ``"John Williams"``). Returns ``_PRONOUN`` for a pronoun,
    ``_SENTENCE`` when the verb shares the sentence's subject ("… and said").
    """
    clause = _drop_brackets(clause)
    comma_end = clause.rstrip(_SPACES).endswith(",")
    parts = [_strip_verb_helpers(p.split()) for p in clause.split(",")]
    while parts and not parts[-1]:
        parts.pop()
    if not parts:
        return None
    words = parts[-1]
    if _key(words[-1]) in _CONJUNCTIONS:
        return _SENTENCE
    if (
        _key(words[0]) in _RELATIVES
        and len(words) > 1
        and (_is_capitalised(words[1]) or _is_pronoun(words[1]))
    ):
        words = words[1:]  # "…, which Tessa says:", "…, that he said"
        parts[-1] = words
    if _key(words[-1]) in _RELATIVES and len(words) > 1:
        words = words[:-1]  # "an officer who described …"
    elif _key(words[-1]) in _RELATIVES and len(parts) > 1:
        words = parts[-2]
        parts = parts[:-1]
    if _is_pronoun(words[-1]) and _key(words[0]) not in _RELATIVES:
        return _PRONOUN
    index = len(parts) - 1
    while index > 0 and words is parts[index] and _skip_for_subject(words):
        index -= 1
        words = parts[index]
    strict = comma_end or index < len(parts) - 1
    if words is not parts[index] or not _noun_phrase(words):
        # A clause ("… what experts say"): the phrase ending it speaks.
        return _name_at_end(words, strict=strict) or _description(words)
    # A run of noun phrases set off by commas is one subject with its
    # appositions ("Lucas Paganini, a scientist at X in Washington, D.C.,
    # said"): a full name among them speaks, else the first of them.
    first = index
    while first > 0 and parts[first - 1]:
        earlier = _without_conjunction(parts[first - 1])
        if not earlier or not (
            _appendage(earlier) or _noun_phrase(earlier) or _key(earlier[0]) in _PREPOSITIONS
        ):
            break
        first -= 1
    # Appositions, coordinated ones included; not ages, tags or "in …" phrases.
    chain = [_without_conjunction(p) for p in parts[first : index + 1]]
    chain = [p for p in chain if p and not _appendage(p) and _key(p[0]) not in _PREPOSITIONS]
    if not chain:
        return _description(words)
    names = [_name_at_end(p, strict=True) for p in chain]
    for name in names:
        if name is not None and len(name.split()) >= 2 and not _is_title(name.split()[-1]):
            return name
    for name in reversed(names):
        if name is not None:
            return name
    return _description(chain[0]) if chain else None


_AFTER_STOPS = (_PREPOSITIONS - {"of", "for"}) | SUBJECT_STOP_WORDS | _RELATIVES | {"as", "to"}


def _phrase_after(words: Sequence[str]) -> list[str]:
    if words and _key(words[0]) in _AFTER_STOPS:
        return []  # "said in a statement": no speaker after the verb
    phrase: list[str] = []
    for word in words:
        if _MASK in word or (phrase and _key(word) in _AFTER_STOPS):
            break
        if (
            len(phrase) >= 2
            and _is_capitalised(phrase[-1])
            and _is_capitalised(phrase[-2])
            and not _is_name_word(word)
            and _key(word) not in _RUN_CONNECTORS
        ):
            break  # a full name ends at the writer's next word
        phrase.append(word)
        if word.endswith((".", ";", ":")) and _ends_phrase(word):
            break
        if len(phrase) >= _SUBJECT_MAX_WORDS:
            break
    return phrase


def _subject_after(text: str) -> str | None:
    """Who speaks in the words right after a speech verb (``said X, the …``)."""
    text = _drop_brackets(text[:_AFTER_WINDOW])
    parts = text.split(",", 3)
    words = parts[0].split()
    if not words or _MASK in words[0]:
        return None
    if _is_pronoun(words[0]):
        return _PRONOUN
    phrase = _phrase_after(words)
    if not phrase:
        return None
    name = _name_at_end(phrase)
    if name is not None:
        return name
    if len(parts) > 1:
        following = _phrase_after(parts[1].split())
        appositive = _name_at_end(following)
        if appositive is not None:
            return appositive
    while phrase and _key(phrase[0]) in _DETERMINERS and _key(phrase[0]) != "the":
        phrase.pop(0)
    phrase = _trim_description(phrase)
    if not phrase or (len(phrase) == 1 and _key(phrase[0]) == "the"):
        return None
    return _clean_name(phrase) or None


class _Mention(NamedTuple):
    """A capitalised name in a paragraph (a tuple: paragraphs hold many)."""

    offset: int
    name: str
    person_like: bool  # a full personal name, not an office or an organisation
    possessive: bool  # "Parise’s feed": indexed for later, never a speaker here
    governed: bool = False  # after a preposition ("asked about the X"): not a speaker


def _names_in(masked: str, *, people_only: bool = False) -> list[_Mention]:
    """The capitalised names of a masked text, in order.

    With *people_only*, only the full personal names (``person_like``) are
    listed: all that a paragraph nobody quotes near adds to what is known.

    A name is a run of name words: it starts at a capitalised one, takes in
    particles ("van", "al"), and stops after a word whose punctuation ends the
    phrase. Each word's shape is one letter (``_shape``), so the runs are
    found by one compiled pattern over the paragraph's shapes.
    """
    found: list[_Mention] = []
    # Body text is normalised (single spaces), so offsets follow from lengths:
    # the offset of the k-th piece is the length of the pieces before it plus k.
    pieces = masked.split(" ")
    ends = itertools.accumulate(map(len, pieces), initial=0)
    offsets = list(map(operator.add, ends, range(len(pieces))))
    if "" in pieces:
        kept = [k for k, piece in enumerate(pieces) if piece]
        words = [pieces[k] for k in kept]
        offsets = [offsets[k] for k in kept]
    else:
        words = pieces
    shapes = "".join(map(_shape, words))
    for run_match in _RUN_RE.finditer(shapes):
        i, j = run_match.span()
        run = words[i:j]
        possessive = _is_possessive(run[-1])
        if possessive:
            run = [*run[:-1], _possessor(run[-1])]
        if (
            len(run) >= 3
            and i >= 2
            and _key(words[i - 1]) in {"to", "of", "in", "for", "from"}
            and words[i - 2].islower()
        ):
            run = run[1:]  # "envoy to Ukraine Kurt Volker": the place is not his name
        if len(run) == 1:
            # The common case, kept cheap: one capitalised word is never a full
            # personal name, only a possible surname.
            if people_only:
                continue
            name = _lone_name(run[0])
            if name is not None:
                found.append(
                    _Mention(offsets[i], name, False, possessive, _is_governed(words, i, 1, 1))
                )
            continue
        facts = _run_facts(tuple(run))
        if facts is not None:
            name, person_like, name_length = facts
            if people_only and not person_like:
                continue
            governed = _is_governed(words, i, len(run), name_length)
            found.append(_Mention(offsets[i], name, person_like, possessive, governed))
    return found


# A word's shape for ``_names_in``: "A" a capitalised name word, "c" another
# name word (a particle), "B" and "d" the same when the word's punctuation
# ends the phrase, "x" any other word.
_RUN_RE = re.compile("B|A[Ac]*[Bd]?")
_SHAPE_CACHE = 1 << 16


@functools.lru_cache(maxsize=_SHAPE_CACHE)
def _shape(word: str) -> str:
    """The one-letter shape of *word* that ``_RUN_RE`` reads."""
    if not _is_name_word(word):
        return "x"
    first = word[1:2] if word[0] in _STRIPPED else word[0]
    if first.isupper():
        return "B" if _ends_phrase(word) else "A"
    return "d" if _ends_phrase(word) else "c"


@functools.lru_cache(maxsize=_WORD_CACHE)
def _run_facts(run: tuple[str, ...]) -> tuple[str, bool, int] | None:
    """The name a run of two or more name words gives, whether it is a person's, its length.

    ``None`` when the run names nobody (``_name_at_end``).
    """
    name = _name_at_end(run)
    if name is None:
        return None
    tokens = name.split()
    # An acronym ("CPA Canada", "TD Economics") marks a body, not a person.
    upper = any(t.isupper() and len(_bare(t)) > 1 and _key(t) not in NAME_SUFFIXES for t in tokens)
    org = any(_key(t) in ORGANISATION_WORDS for t in tokens)
    office = _is_title(run[-1])
    core = [t for t in tokens if _is_core_name_word(t)]
    person_like = (
        len(tokens) >= 2
        and 1 <= len(core) <= _NAME_MAX_WORDS
        and not org
        and not upper
        and not office
    )
    return name, person_like, len(tokens)


@functools.lru_cache(maxsize=_WORD_CACHE)
def _lone_name(word: str) -> str | None:
    """The name one capitalised word gives on its own (a possible surname)."""
    return None if _key(word) in CALENDAR_WORDS else _clean_name((word,)) or None


def _is_governed(words: Sequence[str], i: int, run_length: int, name_length: int) -> bool:
    """Whether the name starting at ``words[i]`` is the object of a preposition.

    "asked about the X" makes X an object, not a speaker; "according to X"
    and "by X" do not, nor does a title that came with the name ("Chief of
    Army Staff General Asim Munir").
    """
    before = _key(words[i - 1]) if i else ""
    if before in ARTICLES and i > 1:
        before = _key(words[i - 2])
    return (
        before in _PREPOSITIONS
        and before != "by"
        and not (before == "to" and i > 1 and _key(words[i - 2]) == "according")
        and name_length == run_length
    )


def _possessor(word: str) -> str:
    bare = word.rstrip(_TRAILING_PUNCT)
    for suffix in ("\u2019s", "'s", "\u2019", "'"):
        if bare.endswith(suffix):
            return bare[: -len(suffix)]
    return bare


# --- Attribution ------------------------------------------------------------------

# How far around a quotation attribution is looked for; this bounds the work
# per quotation, so the whole pass stays linear in the input.
_PRE_WINDOW = 400
_POST_WINDOW = 300
_CUE_WINDOW = 40
_IMMEDIATE_WORDS = 6
_PARTICIPLE_SUFFIX = "ing"
_PUNCTUATION = _SPACES + ",;:.!?\u2014\u2013-" + _MASK


@attrs.define
class _Paragraph:
    """What the pass knows about one paragraph."""

    index: int
    text: str
    masked: str
    starts: list[int]
    mentions: list[_Mention]
    found: list[_Found]
    # Worked out once, on first use, so that resolving many pronouns stays linear.
    people: list[_Mention] | None = None
    named_speaker: str | None = None
    named_speaker_known: bool = False
    closing_person: str | None = None
    closing_person_known: bool = False


def _people(par: _Paragraph, surnames: dict[str, str]) -> list[_Mention]:
    """The paragraph's mentions that can speak (computed once)."""
    if par.people is None:
        par.people = _person_mentions(par.mentions, surnames)
    return par.people


def _closing_person(par: _Paragraph, surnames: dict[str, str]) -> str | None:
    """The first person named in the paragraph's last sentence, else its last person."""
    if not par.closing_person_known:
        par.closing_person_known = True
        people = _people(par, surnames)
        last_sentence = par.starts[-1]
        for mention in people:
            if mention.offset >= last_sentence:
                par.closing_person = mention.name
                break
        else:
            par.closing_person = people[-1].name if people else None
    return par.closing_person


def _named_speaker(par: _Paragraph) -> str | None:
    """The speaker of the paragraph's last quote, when the paragraph names them."""
    if not par.named_speaker_known:
        par.named_speaker_known = True
        for other in reversed(par.found):
            if other.keep and other.speaker and other.speaker not in {_PRONOUN, _SENTENCE}:
                if other.speaker.split()[-1] in par.masked:
                    par.named_speaker = other.speaker
                break
    return par.named_speaker


@attrs.frozen
class _Verb:
    """A speech verb found in a text, shaped like a regex match."""

    at: int
    until: int
    text: str
    passive: bool = False  # "was asked": the subject did not speak

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.until

    def group(self) -> str:
        return self.text


def _speech_verbs(text: str, *, passive: bool = False) -> list[_Verb]:
    """The speech verbs in *text* that are used as verbs, in order.

    With *passive*, verbs in the passive voice ("he was asked") are listed too,
    marked as such; otherwise they are left out.
    """
    words = list(_LOWER_WORD_RE.finditer(text))
    verbs: list[_Verb] = []
    for index, match in enumerate(words):
        word = match.group()
        if not word.islower():
            continue
        found: _Verb | None = None
        if word in _VERB_FIRST_WORDS:
            for size in range(_MULTI_MAX, 1, -1):
                group = words[index : index + size]
                if len(group) == size and tuple(m.group() for m in group) in _VERBS_MULTI:
                    end = group[-1].end()
                    found = _Verb(match.start(), end, text[match.start() : end])
                    break
        if found is None and word in _VERBS_SINGLE:
            found = _Verb(match.start(), match.end(), word)
        if found is None:
            continue
        following = text[found.end() : found.end() + 16]
        after = following.split()
        if after and following[:1] not in ",:" and (word, _key(after[0])) in NON_SPEECH_PHRASES:
            continue
        before = text[max(0, found.start() - 24) : found.start()].split()
        if before and (_key(before[-1]) in NOUN_MARKERS or _is_possessive(before[-1])):
            continue  # "the notes", "Trump's call": a noun
        if before and _key(before[-1]) in _PASSIVE_MARKERS and word.endswith(("ed", "told")):
            # "before being asked", "was told": the subject did not speak.
            if passive:
                verbs.append(attrs.evolve(found, passive=True))
            continue
        verbs.append(found)
    return verbs


def _person_mentions(mentions: Sequence[_Mention], surnames: dict[str, str]) -> list[_Mention]:
    """The mentions that can speak: a full name, or a surname already known."""
    return [
        m
        for m in mentions
        if not m.possessive
        and not m.governed
        and (m.person_like or m.name.lower() in surnames or (_GIVEN + m.name.lower()) in surnames)
    ]


def _sentence_subject(text: str, surnames: dict[str, str]) -> str | None:
    """The subject of the sentence *text* starts: for "…, saying", "… and said"."""
    for part in text.split(","):
        words = [w for w in part.split() if _MASK not in w]
        while words and _key(words[0]) in _CONJUNCTIONS:
            words = words[1:]  # "But Ishiba brushed him off, saying …"
        if not words:
            continue
        if _is_pronoun(words[0]):
            return _PRONOUN
        if _skippable_part(words) or all(
            _key(w) in FUNCTION_WORDS or _key(w) in CALENDAR_WORDS or _bare(w).isdigit()
            for w in words[:3]
        ):
            continue
        if _is_name_word(words[0]) and _is_capitalised(words[0]):
            run: list[str] = []
            for word in words:
                if not _is_name_word(word):
                    break
                run.append(word)
                if _ends_phrase(word):
                    break
            name = _name_at_end(run)
            if name is not None:
                return name
        people = _person_mentions(_names_in(part), surnames)
        if people:
            return people[0].name
        collected: list[str] = []
        for word in words:
            key = _key(word)
            if (
                _MASK in word
                or key in AUXILIARIES
                or key in _VERBS_SINGLE
                or (collected and len(key) > 3 and key.endswith("ed"))
            ):
                break
            collected.append(word)
        while collected and _key(collected[0]) in _DETERMINERS and _key(collected[0]) != "the":
            collected.pop(0)
        collected = _trim_description(collected)
        return _clean_name(collected) or None
    return None


def _find_according(text: str) -> tuple[int, int] | None:
    """Where "according to" (or its equivalent) stands in *text*, as whole words."""
    lower = text.lower()
    for phrase in ACCORDING_TO:
        at = lower.find(phrase)
        while at >= 0:
            end = at + len(phrase)
            if (at == 0 or not lower[at - 1].isalnum()) and (
                end == len(lower) or not lower[end].isalnum()
            ):
                return at, end
            at = lower.find(phrase, end)
    return None


def _according_subject(text: str) -> str | None:
    words: list[str] = []
    for word in text.split():
        if _MASK in word or (words and _key(word) in _RELATIVES):
            break  # "according to a correspondent who joined them"
        words.append(word)
        if word.endswith((",", ".", ";", ":")) or len(words) >= 8:
            break
    if not words:
        return None
    # "a study conducted by Teri Allery": the person behind the document.
    people = [m.name for m in _names_in(" ".join(words)) if m.person_like and not m.possessive]
    if people:
        return people[0]
    while words and _key(words[0]) in _DETERMINERS:
        words.pop(0)
    return _clean_name(words) or None


def _word_count(text: str) -> int:
    """Words in *text*; in Chinese and Japanese, about two characters make a word."""
    count = len(text.split())
    if not text.isascii():
        count += sum(1 for ch in text if "\u3040" <= ch <= "\u9fff") // 2
    return count


def _is_title_like(text: str) -> bool:
    if text.count(" ") > _TITLE_MAX_WORDS:
        return False
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    if len(words) < 2:
        return False
    big = [w for w in words if _key(w) not in SMALL_TITLE_WORDS]
    if not big:
        return False
    capitalised = sum(1 for w in big if _is_capitalised(w))
    return capitalised == len(big) and not all(w.isupper() for w in big)


def _cue_before(masked: str, outer_start: int) -> bool:
    """Whether the words before the opening mark call the quote a title or a name."""
    before = masked[max(0, outer_start - _CUE_WINDOW) : outer_start]
    words = before.replace("\u2014", " ").replace("\u2013", " ").split()
    if not words:
        return False
    last = _key(words[-1])
    if last in NOT_A_QUOTE_CUES or words[-1].lower() in {"(see", "(cf."}:
        return True  # "(see ‘Brazil yo-yos on deforestation’)": a cross-reference
    return bool(
        (last in ARTICLES or last in {"as", "of", "its", "his", "her", "their"})
        and len(words) >= 2
        and _key(words[-2]) in NOT_A_QUOTE_CUES
    )


def _subject_of(verb: _Verb, text: str, surnames: dict[str, str]) -> str | None:
    """The speaker of *verb* in *text* (the sentence up to the verb and after it)."""
    clause = text[text.rfind(_MASK, 0, verb.start()) + 1 : verb.start()]
    parts = [p.split() for p in clause.split(",")]
    while parts and not parts[-1]:
        parts.pop()
    last_part = parts[-1] if parts else []
    words = clause.split()
    if words and _key(words[-1]) == "to":
        subject: str | None = _SENTENCE  # "X turned to Twitter to describe …"
    elif verb.group().endswith(_PARTICIPLE_SUFFIX):
        subject = _SENTENCE
        if words and not clause.rstrip(_SPACES).endswith(","):
            # "…, with Foreign Minister X warning of …": an absolute construction.
            part = last_part
            keys = [_key(w) for w in part]
            if "with" in keys[-8:]:
                part = part[len(keys) - 1 - keys[::-1].index("with") + 1 :]
                subject = _name_at_end(part) or _description(part) or _SENTENCE
            else:
                name = _name_at_end(part)
                if name is not None and (len(name.split()) >= 2 or name.lower() in surnames):
                    subject = name
    elif not clause.strip(_PUNCTUATION):
        subject = _subject_after(text[verb.end() :])
    elif clause.rstrip(_SPACES).endswith(","):
        # "X, the economist, said" (an apposition), "…, said X" (inverted),
        # or "X denied it, calling it …" (the sentence's subject).
        if last_part and _noun_phrase(last_part):
            subject = _subject_before(clause)
        else:
            subject = None
            if verb.group() in INVERTIBLE_VERBS:
                subject = _subject_after(text[verb.end() :])
            if subject is None and last_part and _appendage(last_part):
                subject = _subject_before(clause)
            subject = subject or _SENTENCE
    else:
        subject = _subject_before(clause)
    if subject == _SENTENCE:
        subject = _sentence_subject(text[: verb.start()], surnames)
    return subject


def _last_pronoun(text: str, end: int) -> int:
    """Offset of the last pronoun in ``text[:end]``, or -1."""
    at = end
    while at > 0:
        space = text.rfind(" ", 0, at - 1)
        word = text[space + 1 : at].strip()
        if word and _is_pronoun(word):
            return space + 1
        at = space
        if space < 0:
            break
    return -1


def _attribute(par: _Paragraph, found: _Found, surnames: dict[str, str]) -> bool:
    """Find the verb and speaker of one quotation from its own sentence.

    Returns whether a speech verb (or "according to") governs the quotation.
    """
    span = found.span
    masked = par.masked
    sent_start, _ = _sentence_bounds(par.starts, len(masked), span.outer_start)
    start = max(sent_start, span.outer_start - _PRE_WINDOW)
    _, end = _sentence_bounds(par.starts, len(masked), max(span.outer_end - 1, 0))
    end = max(min(end, span.outer_end + _POST_WINDOW), span.outer_end)
    # One window over the sentence; the quote stands at [open_at, close_at).
    window = masked[start:end]
    open_at, close_at = span.outer_start - start, span.outer_end - start
    words = par.text[span.start : span.end]
    short = _word_count(words) <= _SHORT_QUOTE_WORDS
    verbs = _speech_verbs(window, passive=True)
    before = [v for v in verbs if v.end() <= open_at]
    if before and before[-1].passive and not window[before[-1].end() : open_at].strip(_PUNCTUATION):
        # "Ishiba was asked, “Q?”": the words are someone else's, unnamed.
        found.anchor = start + before[-1].start()
        return True
    verbs = [v for v in verbs if not v.passive]
    before = [v for v in before if not v.passive]
    after = [v for v in verbs if v.start() >= close_at]

    def take(verb: _Verb) -> bool:
        found.verb = verb.group()
        found.anchor = start + verb.start()
        found.speaker = _subject_of(verb, window, surnames)
        if found.speaker == _PRONOUN:
            # Resolve from what precedes the pronoun itself ("he asked …,
            # called Omar a “…”": not Omar).
            at = _last_pronoun(window, verb.start())
            if at >= 0:
                found.anchor = start + at
        return True

    introduced = bool(before) and not window[before[-1].end() : open_at].strip(_PUNCTUATION)
    if after and words[-1:] in {",", "?", "!"} and not introduced:
        # "… any “hostile attacks,” the ministry said": a quote that ends
        # with a comma is attributed right after it, unless a verb introduced
        # it ("he said, “…,” the office said": his words, in its report).
        gap = window[close_at : after[0].start()]
        if _MASK not in gap and _word_count(gap) <= _IMMEDIATE_WORDS:
            return take(after[0])
    if before:
        verb = before[-1]
        if len(before) > 1 and not window[before[-2].end() : verb.start()].strip(_SPACES):
            verb = before[-2]  # "she recalled saying …": the first verb attributes
        return take(verb)
    if after:
        gap = window[close_at : after[0].start()]
        immediate = _MASK not in gap and _word_count(gap) <= _IMMEDIATE_WORDS
        # A short span right before a noun ("a “so what” attitude") is not
        # attributed by a verb that follows: it needs its own comma.
        set_off = (
            words[-1:] in {",", "?", "!", "."}
            or gap.lstrip(_SPACES)[:1] in {",", "\u2014", "\u2013"}
            or gap.rstrip(_SPACES).endswith(",")
            or _is_pronoun(gap.split()[0] if gap.split() else "")
        )
        if immediate and (not short or set_off):
            return take(after[0])
    according = _find_according(window)
    if according is not None:
        found.verb = window[according[0] : according[1]].lower()
        found.anchor = start + according[0]
        found.speaker = _according_subject(window[according[1] : according[1] + 120])
        return True
    if after:
        gap = window[close_at : after[0].start()]
        shared = False
        if _MASK in gap:
            # "… “A” and … “B,” X said": the attribution after the last quote.
            tail = gap[gap.rfind(_MASK) + 1 :]
            shared = _word_count(tail) <= _IMMEDIATE_WORDS
        # "… a “bad idea” for Mexico, Economy Minister Marcelo Ebrard said."
        final = gap.rstrip(_SPACES)
        tail = gap[gap.rfind(",") + 1 :] if "," in gap else ""
        ends_sentence = (
            bool(tail) and _word_count(tail) <= _IMMEDIATE_WORDS and not final.endswith(",")
        )
        if not short or shared or ends_sentence or words[-1:] in {",", "?", "!"}:
            return take(after[0])
    return False


def _head_noun(description: str) -> str:
    words: list[str] = []
    for word in description.split()[1:]:
        if _key(word) in _PREPOSITIONS or _key(word) in _RELATIVES:
            break
        words.append(_key(word))
    return words[-1] if words else ""


def _resolve(
    par: _Paragraph,
    found: _Found,
    previous: _Paragraph | None,
    surnames: dict[str, str],
    last_speaker: str | None,
) -> str | None:
    """The person a pronoun stands for, named in this paragraph or the one before.

    In order: the speaker of an earlier quote in the same paragraph; the first
    person named earlier in the paragraph; the speaker of the last quote of
    the paragraph before, when that paragraph names them; the first person
    named in its last sentence; the last person it names.
    """
    if last_speaker is not None:
        return last_speaker
    # Only what stands before the pronoun's own verb: "He said Ann Lee …"
    # does not make Ann Lee the "he".
    limit = found.anchor if found.anchor >= 0 else found.span.outer_start
    window_start = max(0, limit - _PRE_WINDOW)
    window = par.masked[window_start:limit]
    for verb in reversed(_speech_verbs(window)):
        subject = _subject_of(verb, window, surnames)
        if (
            subject
            and subject not in {_PRONOUN, _SENTENCE}
            and _is_capitalised(subject)
            and _key(subject.split()[0]) not in ARTICLES
        ):
            return subject  # "The key, says Buser, is … “Q,” he says."
    people = _people(par, surnames)
    if people and 0 <= people[0].offset < limit:
        return people[0].name
    if previous is None or previous.index != par.index - 1:
        return None
    named = _named_speaker(previous)
    if named is not None:
        return named
    return _closing_person(previous, surnames)


def _finish_speaker(
    speaker: str | None,
    *,
    par: _Paragraph,
    found: _Found,
    previous: _Paragraph | None,
    surnames: dict[str, str],
    last_speaker: str | None,
) -> str | None:
    """Resolve a pronoun or a description to a name, expand a surname, drop "the"."""
    if speaker is None or speaker == _SENTENCE:
        return None
    if speaker == _PRONOUN:
        return _expand(_resolve(par, found, previous, surnames, last_speaker), surnames)
    if speaker[:4].lower() == "the ":
        if _head_noun(speaker) in PERSON_NOUNS and speaker[4:5].islower():
            # "the economist said": the economist the text has just named.
            named = _resolve(par, found, previous, surnames, None)
            if named is not None:
                return _expand(named, surnames)
        return speaker[4:].strip() or None
    return _expand(speaker, surnames)


def _expand(name: str | None, surnames: dict[str, str]) -> str | None:
    """Expand a surname to the full name printed earlier ("Boudreau" → "Bruce Boudreau")."""
    if name is None:
        return None
    if len(name.split()) > 2:
        return name
    full = surnames.get(name.lower())
    if full is not None and len(full) > len(name):
        return full
    return name


def _index_names(mentions: Sequence[_Mention], surnames: dict[str, str]) -> None:
    for mention in mentions:
        if not mention.person_like:
            continue
        tokens = [t for t in mention.name.split() if _key(t) not in NAME_SUFFIXES]
        if len(tokens) < 2:
            continue
        surnames[tokens[-1].lower()] = mention.name
        surnames[" ".join(tokens[-2:]).lower()] = mention.name
        surnames[_GIVEN + tokens[0].lower()] = mention.name


def _previous_speaker(previous: _Paragraph | None, surnames: dict[str, str]) -> str | None:
    """Who spoke in the paragraph before: its last quote's speaker, or its "X said"."""
    if previous is None:
        return None
    for other in reversed(previous.found):
        if other.keep and other.speaker:
            return other.speaker
    known = {m.name for m in previous.mentions}
    for verb in _speech_verbs(previous.masked):
        start, _ = _sentence_bounds(previous.starts, len(previous.masked), verb.start())
        window = previous.masked[max(start, verb.start() - _PRE_WINDOW) : verb.end() + 80]
        local = _Verb(verb.start() - max(start, verb.start() - _PRE_WINDOW), 0, verb.group())
        local = _Verb(local.at, local.at + len(verb.group()), verb.group())
        subject = _subject_of(local, window, surnames)
        if subject is None or subject in {_PRONOUN, _SENTENCE}:
            continue
        if subject.split()[-1].lower() in surnames or subject in known:
            return subject
    return None


def _heading_source(par: _Paragraph, span: _Span) -> str | None:
    """For a quote heading (‘Words’: Source), the source."""
    if span.outer_start != 0 or not span.closed:
        return None
    rest = par.text[span.outer_end : span.outer_end + 80].strip()
    if not rest.startswith(":") or len(par.text) - span.outer_end > 80:
        return None
    source = rest[1:].strip()
    if not source or _word_count(source) > _HEADING_SOURCE_MAX_WORDS or source[-1] in ".!?":
        return None
    if _MASK in par.masked[span.outer_end :]:
        return None
    return source


def _previous_sentence(par: _Paragraph, found: _Found, surnames: dict[str, str]) -> bool:
    """Attribute a quote that opens a sentence from the sentence before it.

    "Sometimes rules are broken, he said. “But does that mean …?”"
    """
    sent_start, _ = _sentence_bounds(par.starts, len(par.masked), found.span.outer_start)
    if sent_start == 0:
        return False
    before_start, _ = _sentence_bounds(par.starts, len(par.masked), sent_start - 1)
    window_start = max(before_start, sent_start - _PRE_WINDOW)
    window = par.masked[window_start:sent_start]
    verbs = _speech_verbs(window)
    if not verbs:
        return False
    found.verb = verbs[-1].group()
    found.speaker = _subject_of(verbs[-1], window, surnames)
    return found.speaker is not None


def _is_scare_adjective(par: _Paragraph, span: _Span, lead: str) -> bool:
    """A one-word quote between an article and a noun ("the “interim” government").

    It is a scare quote unless a speech verb stands right before the article
    ("cheered the “historic” move", "blamed a “certain” party").
    """
    text = par.text
    if " " in text[span.start : span.end].strip() or not span.closed:
        return False
    lead_words = lead.split()
    if not lead_words or _key(lead_words[-1]) not in ARTICLES:
        return False
    following = text[span.outer_end : span.outer_end + _CUE_WINDOW].split()
    noun = _bare(following[0]) if following else ""
    if not noun.isalpha() or not noun.islower():
        return False
    if noun in FUNCTION_WORDS or noun in _PREPOSITIONS or noun in SUBJECT_STOP_WORDS:
        return False  # "a “hard-liner” even within …", "“duty” to report"
    near = " ".join(lead_words[-4:-1])
    return not _speech_verbs(near)


def _kind(lead: str, words: str) -> QuoteKind:
    """Direct or partial, from what precedes the quote in its sentence.

    Direct: the quote opens its sentence, follows a colon, or follows a comma
    or dash after a speech verb ("he said, “…”") or with a capital letter of
    its own ("…, in a statement, “We …”"). Partial: words built into the
    writer's sentence ("may not, as an occupying power, “unilaterally …”").
    """
    if not lead or lead[-1] == ":":
        return QuoteKind.DIRECT
    if lead[-1] not in ",;\u2014\u2013-":
        return QuoteKind.PARTIAL
    if words[:1].isupper():
        return QuoteKind.DIRECT
    tail = lead[-_KIND_WINDOW:]
    return QuoteKind.DIRECT if _speech_verbs(tail) else QuoteKind.PARTIAL


def _analyse(par: _Paragraph, previous: _Paragraph | None, surnames: dict[str, str]) -> None:
    text = par.text
    leads: list[str] = []
    for found in par.found:
        span = found.span
        words = text[span.start : span.end]
        sent_start, _ = _sentence_bounds(par.starts, len(par.masked), span.outer_start)
        lead_from = max(sent_start, span.outer_start - _PRE_WINDOW)
        lead = par.masked[lead_from : span.outer_start].strip(_SPACES)
        leads.append(lead)
        source = _heading_source(par, span)
        if source is not None:
            found.speaker, found.heading, found.attributed = source, True, True
            continue
        found.kind = _kind(lead, words)
        if _cue_before(par.masked, span.outer_start):
            found.keep = False
            continue
        found.attributed = _attribute(par, found, surnames)
        short = _word_count(words) <= _SHORT_QUOTE_WORDS
        # Short spans in single marks are names and scare quotes; a short
        # partial span needs a speech verb; a title needs a direct attribution.
        # (A short direct quote in single marks, British style, stays when it
        # is attributed: "‘Not now,’ he said.")
        scare = short and found.kind is QuoteKind.PARTIAL and (span.single or not found.attributed)
        title = _is_title_like(words) and not (found.attributed and found.kind is QuoteKind.DIRECT)
        # A paragraph that is one quote in single marks, with no source, is a
        # subheading ("‘There is only one place for him’").
        subhead = (
            span.single and len(par.found) == 1 and not par.masked.strip(_SPACES + _MASK + ".")
        )
        if scare or title or subhead or _is_scare_adjective(par, span, lead):
            found.keep = False
    # Follow-on quotes: "“A,” he said. “B.”" — B has A's speaker and verb.
    last: _Found | None = None
    last_speaker: str | None = None
    for found, lead in zip(par.found, leads, strict=True):
        if not found.keep:
            continue
        if not found.attributed and last is not None:
            found.speaker = last.speaker
            found.verb = last.verb if not lead else None
            found.attributed = True
        elif not found.attributed and not lead and found.span.outer_start > 0:
            found.attributed = _previous_sentence(par, found, surnames)
        if not found.attributed and _word_count(text[found.span.start : found.span.end]) <= (
            _SHORT_QUOTE_WORDS
        ):
            found.keep = False  # a short quote nobody is said to have said
            continue
        if not found.heading:
            found.speaker = _finish_speaker(
                found.speaker,
                par=par,
                found=found,
                previous=previous,
                surnames=surnames,
                last_speaker=last_speaker,
            )
        if found.attributed:
            last = found
        if found.speaker is not None:
            last_speaker = found.speaker


def find_quotes(blocks: Sequence[Block]) -> tuple[Quote, ...]:
    """Find the quotations in *blocks*, with their speakers, verbs and kinds.

    Each paragraph's quote marks are paired (curly, straight, « », „ “, 「」;
    apostrophes are told apart from closing marks; a reversed opener and ’’
    as a closer are repaired); a quotation nested in another stays inside it;
    a quotation running over several paragraphs gives one quote per
    paragraph. Titles, names, words mentioned as words and scare quotes are
    left out. A block quote without marks of its own is one ``block`` quote.

    Args:
        blocks: Body blocks in reading order (the first may still start with
            its dateline).

    Returns:
        The quotes in text order. ``paragraph`` indexes *blocks*, and
        ``blocks[q.paragraph].text[q.start:q.end] == q.text``. ``speaker`` is
        ``None`` when the text does not say who spoke.

    .. versionadded:: 0.1
    """
    surnames: dict[str, str] = {}
    paragraphs: list[_Paragraph] = []
    previous: _Paragraph | None = None
    block_quotes: list[Quote] = []
    # Only a paragraph with quote marks, a block quote, or the paragraph just
    # before one is read closely; any other adds only the full names it prints
    # (for surnames later on). Marks are found by one compiled search.
    close = [
        block.kind in _PROSE_KINDS
        and (block.kind is BlockKind.BLOCKQUOTE or _MARK_RE.search(block.text) is not None)
        for block in blocks
    ]
    close.append(False)
    for index, block in enumerate(blocks):
        if block.kind not in _PROSE_KINDS:
            previous = None
            continue
        text = block.text
        if not close[index] and not close[index + 1]:
            # No marks here (so no quotes), and no quote after it that could
            # look back at this paragraph.
            _index_names(_names_in(text, people_only=True), surnames)
            par = _Paragraph(index=index, text=text, masked=text, starts=[0], mentions=[], found=[])
            paragraphs.append(par)
            previous = par
            continue
        spans = _pair_marks(text)
        masked = _mask(text, spans)
        mentions = _names_in(masked)
        _index_names(mentions, surnames)
        par = _Paragraph(
            index=index,
            text=text,
            masked=masked,
            starts=_sentence_starts(masked),
            mentions=mentions,
            found=[_Found(index, span) for span in spans],
        )
        if block.kind is BlockKind.BLOCKQUOTE and not spans:
            stripped = text.strip(_SPACES)
            if stripped:
                start = text.index(stripped)
                speaker = _previous_speaker(previous, surnames) if previous else None
                block_quotes.append(
                    Quote(
                        text=stripped,
                        speaker=speaker,
                        kind=QuoteKind.BLOCK,
                        paragraph=index,
                        start=start,
                        end=start + len(stripped),
                    )
                )
            previous = par
            paragraphs.append(par)
            continue
        # A paragraph that carries on an open quotation from the one before.
        continues = (
            previous is not None
            and previous.index == index - 1
            and bool(previous.found)
            and not previous.found[-1].span.closed
            and previous.found[-1].keep
            and bool(spans)
            and spans[0].outer_start == 0
        )
        _analyse(par, previous, surnames)
        if par.found and par.found[0].keep and not par.found[0].attributed:
            first = par.found[0]
            if continues and previous is not None:
                carried = previous.found[-1]
                first.speaker, first.verb, first.attributed = (
                    carried.speaker,
                    carried.verb,
                    carried.attributed,
                )
                _carry_forward(par)
            elif first.span.outer_start == 0:
                first.speaker = _expand(_previous_speaker(previous, surnames), surnames)
                first.tentative = True
                _carry_forward(par)
        if continues and previous is not None and par.found and par.found[0].attributed:
            # The attribution came at the end ("… ,” Simmons concluded): fill back.
            _carry_back(paragraphs, par.found[0])
        if block.kind is BlockKind.BLOCKQUOTE:
            for found in par.found:
                found.kind = QuoteKind.BLOCK
        paragraphs.append(par)
        previous = par
    quotes = list(block_quotes)
    for par in paragraphs:
        for found in par.found:
            if not found.keep:
                continue
            span = found.span
            speaker = found.speaker if found.speaker != _PRONOUN else None
            quotes.append(
                Quote(
                    text=par.text[span.start : span.end],
                    speaker=speaker,
                    verb=found.verb,
                    kind=found.kind,
                    paragraph=par.index,
                    start=span.start,
                    end=span.end,
                )
            )
    quotes.sort(key=lambda q: (q.paragraph, q.start))
    return tuple(quotes)


def _carry_forward(par: _Paragraph) -> None:
    first = par.found[0]
    for found in par.found[1:]:
        if found.keep and not found.attributed and found.speaker is None:
            found.speaker, found.verb = first.speaker, first.verb


def _carry_back(paragraphs: Sequence[_Paragraph], source: _Found) -> None:
    """Give an attribution found late in a multi-paragraph quote to its start."""
    for par in reversed(paragraphs):
        if not par.found:
            return
        last = par.found[-1]
        if last.span.closed or not last.keep or (last.speaker is not None and not last.tentative):
            return
        last.speaker, last.verb = source.speaker, source.verb
        for found in par.found:
            if found.keep and (found.speaker is None or found.tentative):
                found.speaker, found.verb = source.speaker, source.verb
        if par.found[0].span.outer_start != 0:
            return
