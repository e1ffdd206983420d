"""Quote marks: pairing them into quotations, masking quotations, sentences.

Marks are paired within one paragraph (curly, straight, « », „ “, 「」),
apostrophes are told apart from closing marks, and the oddities of real copy
are repaired (a reversed opener, ’’ as a closer). ``_mask`` blanks each
quotation out, keeping offsets, so that speech verbs and names are looked for
in the writer's words only; ``_sentence_starts`` splits the masked paragraph
into sentences. Everything here is one linear pass over a paragraph.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import NamedTuple

from newsdoc.analysis._quote_lexicon import (
    ABBREVIATIONS,
    CLOSERS_FOR,
    DOUBLE_CLOSE_PAIRS,
    DOUBLE_OPEN_PAIRS,
    SINGLE_CLOSERS,
    SINGLE_OPENERS,
)

_DOUBLE_MARKS = frozenset('"\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d\u300e\u300f')
_ALL_MARKS = _DOUBLE_MARKS | SINGLE_OPENERS | SINGLE_CLOSERS | {"\u203a", "\u2039", "`"}


# Marks that only ever open or only ever close (whatever the context).
_PURE_OPENERS = frozenset("\u201c\u201e\u201f\u00ab\u300c\u300e")
_PURE_CLOSERS = frozenset("\u201d\u300d\u300f")


# Any quote mark (one character; doubled marks are read in code).
_MARK_RE = re.compile("[" + re.escape("".join(sorted(_ALL_MARKS))) + "]")
# Marks that are only ever single marks. Between two letters or digits
# ("it’s", "O'Neil") such a mark is an apostrophe: it is never half of a
# doubled mark, cannot open (``_single_opens`` wants a space or bracket before
# it) or close (``_single_closes`` wants no letter after it), and inside a
# double quotation no single mark closes. So it never changes the spans.
_SINGLE_ONLY = (SINGLE_OPENERS | SINGLE_CLOSERS | {"\u203a", "\u2039"}) - _DOUBLE_MARKS
# Any quote mark that may count in ``_pair_marks``: every mark but a single
# one between two letters or digits (``[^\W_]`` is exactly ``str.isalnum``).
# A paragraph without one has no quotation. The pattern starts with a
# character set, so the search skips ahead to the marks in C.
_QUOTING_MARK_RE = re.compile(
    _MARK_RE.pattern
    + "(?:(?<![^\\W_]["
    + re.escape("".join(sorted(_SINGLE_ONLY)))
    + "])|(?![^\\W_]))"
)
# Masking: quoted text is blanked out with this character (same length, so
# offsets survive) before speech verbs and names are looked for.
_MASK = "\ufffc"
_SPACES = " \t\u00a0\u202f\u2009\u2007\u200a"


_OPENING_CONTEXT = frozenset(" \t\u00a0\u202f([{\u2014\u2013-/:;\u201c\u2018\"'")
# A sentence ends at . ! ? (optionally followed by a closing bracket or mark)
# and a space; whether the next sentence really starts is checked in code.
_SENTENCE_END_RE = re.compile(r"[.!?\u2026][)\]\u201d\u2019\"']?[ \u00a0]+")
# Besides a capital or a digit, what may open the next sentence.
_SENTENCE_OPENERS = _MASK + "\u201c\u2018\"'(["


class _Span(NamedTuple):
    """Where one quotation stands inside its paragraph (a tuple: cheap to make)."""

    start: int  # first character of the words inside the marks
    end: int  # just past the last character of the words
    outer_start: int  # the opening mark
    outer_end: int  # just past the closing mark (or the paragraph's end)
    closed: bool
    single: bool  # set in single marks


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

    A doubled single mark (’’, '', ‘‘, ``) counts as one double mark. A single
    mark inside a word (an apostrophe) is left out: it would change nothing.
    """
    found: list[tuple[int, int, str]] = []
    skip_to = 0
    for match in _QUOTING_MARK_RE.finditer(text):
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
        stop, end = match.span()
        nxt = masked[end : end + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in _SENTENCE_OPENERS):
            continue
        if masked[stop] == ".":
            # The word before the period: an abbreviation or an initial does not end a sentence.
            word_start = masked.rfind(" ", max(0, stop - 12), stop) + 1
            if word_start == 0 and stop > 12:
                word_start = stop - 12
            word = masked[word_start:stop].lower().strip('([\u201c"')
            if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or "." in word:
                continue
        starts.append(end)
    return starts


def _sentence_bounds(starts: Sequence[int], length: int, index: int) -> tuple[int, int]:
    """The sentence holding offset *index*: (start, end). *starts* is sorted."""
    # The last start at or before *index* (the first sentence for any offset before it).
    lo = max(bisect.bisect_right(starts, index) - 1, 0)
    end = starts[lo + 1] if lo + 1 < len(starts) else length
    return starts[lo], end
