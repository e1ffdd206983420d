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
import re
from collections.abc import Sequence
from typing import NamedTuple

import attrs

from newsdoc.analysis._quote_lexicon import (
    ACCORDING_TO,
    ARTICLES,
    AUXILIARIES,
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    GENERIC_PERSON_NOUNS,
    INVERTIBLE_VERBS,
    NAME_SUFFIXES,
    NON_SPEECH_PHRASES,
    NOT_A_QUOTE_CUES,
    NOUN_MARKERS,
    PERSON_NOUNS,
    SMALL_TITLE_WORDS,
    SPEECH_VERBS,
    SUBJECT_STOP_WORDS,
)
from newsdoc.analysis._quote_marks import (
    _MASK,
    _QUOTING_MARK_RE,
    _SPACES,
    _mask,
    _pair_marks,
    _sentence_bounds,
    _sentence_starts,
    _Span,
)
from newsdoc.analysis._speakers import (
    _CONJUNCTIONS,
    _DETERMINERS,
    _GIVEN,
    _PASSIVE_MARKERS,
    _PREPOSITIONS,
    _PRONOUN,
    _RELATIVES,
    _SENTENCE,
    _VERBS_SINGLE,
    _appendage,
    _bare,
    _clean_name,
    _description,
    _ends_phrase,
    _full_names_in,
    _is_capitalised,
    _is_name_word,
    _is_possessive,
    _is_pronoun,
    _key,
    _Mention,
    _name_at_end,
    _names_in,
    _noun_phrase,
    _skippable_part,
    _subject_after,
    _subject_before,
    _trim_description,
)
from newsdoc.model import Block, BlockKind, Quote, QuoteKind

__all__ = ["find_quotes"]


# Blocks whose text is prose that may hold quotations.
_PROSE_KINDS = frozenset(
    {BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.BLOCKQUOTE, BlockKind.LIST_ITEM}
)
_VERBS_MULTI = frozenset(tuple(v.split()) for v in SPEECH_VERBS if " " in v)


_VERB_FIRST_WORDS = frozenset(words[0] for words in _VERBS_MULTI)
# Their second words: most first words ("a", for the French "a dit") are
# followed by none of them.
_VERB_SECOND_WORDS = frozenset(words[1] for words in _VERBS_MULTI)
_MULTI_MAX = max((len(words) for words in _VERBS_MULTI), default=1)
# The words a speech verb may start with (all lower case: a capitalised
# "Said" begins a sentence or a name).
_VERB_STARTS = frozenset(w for w in _VERBS_SINGLE | _VERB_FIRST_WORDS if w.islower())


_LOWER_WORD_RE = re.compile(r"[^\W\d_][\w\-]*")
_HEADING_SOURCE_MAX_WORDS = 5


_TITLE_MAX_WORDS = 12
_KIND_WINDOW = 40


_SHORT_QUOTE_WORDS = 3


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


# --- Attribution ------------------------------------------------------------------


# How far around a quotation attribution is looked for; this bounds the work
# per quotation, so the whole pass stays linear in the input.
_PRE_WINDOW = 400
# How many paragraphs back a person's description ("Jane Roe, the mayor") is
# looked for when a quote says "the mayor said": more than most stories hold.
_DESCRIBED_LOOK_BACK = 60
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
    found: list[_Found]
    # Worked out once, on first use, so that resolving many pronouns stays linear
    # (and only for the few paragraphs a pronoun or a quote looks back at). A
    # paragraph without quotes needs its sentences only when one is looked back at.
    starts: list[int] | None = None
    mentions: list[_Mention] | None = None
    people: list[_Mention] | None = None
    named_speaker: str | None = None
    named_speaker_known: bool = False
    closing_person: str | None = None
    closing_person_known: bool = False


def _starts(par: _Paragraph) -> list[int]:
    """Where the paragraph's sentences start (computed once, on first use)."""
    if par.starts is None:
        par.starts = _sentence_starts(par.masked)
    return par.starts


def _people(par: _Paragraph, surnames: dict[str, str]) -> list[_Mention]:
    """The paragraph's mentions that can speak (computed once)."""
    if par.people is None:
        par.people = _person_mentions(_mentions(par), surnames)
    return par.people


def _mentions(par: _Paragraph) -> list[_Mention]:
    """The paragraph's names (computed once, on first use)."""
    if par.mentions is None:
        par.mentions = _names_in(par.masked)
    return par.mentions


def _closing_person(par: _Paragraph, surnames: dict[str, str]) -> str | None:
    """The first person named in the paragraph's last sentence, else its last person."""
    if not par.closing_person_known:
        par.closing_person_known = True
        people = _people(par, surnames)
        last_sentence = _starts(par)[-1]
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


class _Verb(NamedTuple):
    """A speech verb found in a text, shaped like a regex match (a tuple: cheap to make)."""

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
    verbs: list[_Verb] = []
    strings = _LOWER_WORD_RE.findall(text)
    # Most words are no speech verb: find the few that may start one first
    # (a set lookup per word), and only then look at their surroundings.
    hits = [index for index, word in enumerate(strings) if word in _VERB_STARTS]
    # Which of them start a verb, and how many words it has, follows from the
    # words alone. Most do not: "a" starts only the French "a dit".
    sized: list[tuple[int, int]] = []
    for index in hits:
        word = strings[index]
        size = 1 if word in _VERBS_SINGLE else 0
        if (
            word in _VERB_FIRST_WORDS
            and index + 1 < len(strings)
            and strings[index + 1] in _VERB_SECOND_WORDS
        ):
            for length in range(_MULTI_MAX, 1, -1):
                group = tuple(strings[index : index + length])
                if len(group) == length and group in _VERBS_MULTI:
                    size = length  # the longest verb wins
                    break
        if size:
            sized.append((index, size))
    if not sized:
        return verbs
    # Offsets are needed only now, and only up to the last verb's last word.
    # No letter stands between two words (it would start a word), so each word
    # is the first occurrence of its string after the word before.
    stop = max(index + size for index, size in sized)
    offsets: list[int] = []
    offset = 0
    for word in strings[:stop]:
        offset = text.find(word, offset)
        offsets.append(offset)
        offset += len(word)
    for index, size in sized:
        word = strings[index]
        at = offsets[index]
        until = offsets[index + size - 1] + len(strings[index + size - 1])
        following = text[until : until + 16]
        after = following.split()
        if after and following[:1] not in ",:" and (word, _key(after[0])) in NON_SPEECH_PHRASES:
            continue
        before = text[max(0, at - 24) : at].split()
        if before and (_key(before[-1]) in NOUN_MARKERS or _is_possessive(before[-1])):
            continue  # "the notes", "Trump's call": a noun
        is_passive = (
            bool(before) and _key(before[-1]) in _PASSIVE_MARKERS and word.endswith(("ed", "told"))
        )
        if is_passive and not passive:
            continue  # "before being asked", "was told": the subject did not speak.
        verbs.append(_Verb(at, until, text[at:until], is_passive))
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


# Kana and CJK ideographs, counted for the length of a Chinese or Japanese quote.
_CJK_RE = re.compile("[\u3040-\u9fff]")


def _word_count(text: str) -> int:
    """Words in *text*; in Chinese and Japanese, about two characters make a word."""
    count = len(text.split())
    if not text.isascii():
        count += len(_CJK_RE.findall(text)) // 2
    return count


def _is_title_like(text: str) -> bool:
    """Two words or more, every one capitalised but the small ones, not all in capitals."""
    if text.count(" ") > _TITLE_MAX_WORDS:
        return False
    words = 0
    big: list[str] = []
    for word in text.split():
        if not any(map(str.isalpha, word)):
            continue
        words += 1
        if _key(word) in SMALL_TITLE_WORDS:
            continue
        if not _is_capitalised(word):
            return False  # most quotes: a lower-case word settles it early
        big.append(word)
    return words >= 2 and bool(big) and not all(w.isupper() for w in big)


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
    # The words of the last comma-separated part that has any (split from the end).
    last_part: list[str] = next(filter(None, map(str.split, reversed(clause.split(",")))), [])
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


def _attribute(par: _Paragraph, found: _Found, surnames: dict[str, str], *, short: bool) -> bool:
    """Find the verb and speaker of one quotation from its own sentence.

    *short* says whether the quotation is a few words only. Returns whether a
    speech verb (or "according to") governs the quotation.
    """
    span = found.span
    masked = par.masked
    sent_start, _ = _sentence_bounds(_starts(par), len(masked), span.outer_start)
    start = max(sent_start, span.outer_start - _PRE_WINDOW)
    _, end = _sentence_bounds(_starts(par), len(masked), max(span.outer_end - 1, 0))
    end = max(min(end, span.outer_end + _POST_WINDOW), span.outer_end)
    # One window over the sentence; the quote stands at [open_at, close_at).
    window = masked[start:end]
    open_at, close_at = span.outer_start - start, span.outer_end - start
    words = par.text[span.start : span.end]
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
    earlier: Sequence[_Paragraph],
) -> str | None:
    """Resolve a pronoun or a description to a name, expand a surname, drop "the"."""
    if speaker is None or speaker == _SENTENCE:
        return None
    if speaker == _PRONOUN:
        return _expand(_resolve(par, found, previous, surnames, last_speaker), surnames)
    if speaker[:4].lower() == "the ":
        noun = _head_noun(speaker)
        if noun in PERSON_NOUNS and speaker[4:5].islower():
            # "the woman said", "Jane Roe, an economist, ... the economist
            # said": the person the text has just named. A post ("the mayor")
            # refers back only to someone the text described by it: the
            # person named just before may be someone else.
            named = _resolve(par, found, previous, surnames, None)
            if named is not None and (
                noun in GENERIC_PERSON_NOUNS or _described(noun, named, par, previous, earlier)
            ):
                return _expand(named, surnames)
        return speaker[4:].strip() or None
    return _expand(speaker, surnames)


def _described(
    noun: str,
    name: str,
    par: _Paragraph,
    previous: _Paragraph | None,
    earlier: Sequence[_Paragraph],
) -> bool:
    """Whether the text described *name* by *noun* before "the <noun>" in *par*.

    The noun printed twice in *par* (the description, then the reference) or
    once in *previous* will do; further back, within ``_DESCRIBED_LOOK_BACK``
    paragraphs (so that a long text costs linear time), it must stand beside
    the person's surname ("Prime Minister Shigeru Ishiba", "Roe, the mayor").
    """
    word = rf"\b{re.escape(noun)}\b"
    printed = re.finditer(word, par.masked, re.IGNORECASE)
    if next(printed, None) is not None and next(printed, None) is not None:
        return True
    if previous is not None and re.search(word, previous.masked, re.IGNORECASE):
        return True
    words = name.split()
    if not words:
        return False
    surname = re.escape(words[-1])
    beside = re.compile(
        rf"{word}[^.;]{{0,60}}\b{surname}\b|\b{surname}\b[^.;]{{0,60}}{word}", re.IGNORECASE
    )
    return any(beside.search(other.masked) is not None for other in earlier[-_DESCRIBED_LOOK_BACK:])


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


def _index_names(names: Sequence[str], surnames: dict[str, str]) -> None:
    """Index each full personal name by its surname, last two names and given name."""
    for name in names:
        for key in _name_keys(name):
            surnames[key] = name


_NAME_CACHE = 1 << 12


@functools.lru_cache(maxsize=_NAME_CACHE)
def _name_keys(name: str) -> tuple[str, ...]:
    """The keys ``_index_names`` files a full name under ("roe", "jane roe", given "jane")."""
    tokens = [t for t in name.split() if _key(t) not in NAME_SUFFIXES]
    if len(tokens) < 2:
        return ()
    return (tokens[-1].lower(), " ".join(tokens[-2:]).lower(), _GIVEN + tokens[0].lower())


def _previous_speaker(previous: _Paragraph | None, surnames: dict[str, str]) -> str | None:
    """Who spoke in the paragraph before: its last quote's speaker, or its "X said"."""
    if previous is None:
        return None
    for other in reversed(previous.found):
        if other.keep and other.speaker:
            return other.speaker
    known = {m.name for m in _mentions(previous)}
    for verb in _speech_verbs(previous.masked):
        start, _ = _sentence_bounds(_starts(previous), len(previous.masked), verb.start())
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
    sent_start, _ = _sentence_bounds(_starts(par), len(par.masked), found.span.outer_start)
    if sent_start == 0:
        return False
    before_start, _ = _sentence_bounds(_starts(par), len(par.masked), sent_start - 1)
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


def _analyse(
    par: _Paragraph,
    previous: _Paragraph | None,
    surnames: dict[str, str],
    earlier: Sequence[_Paragraph],
) -> None:
    text = par.text
    leads: list[str] = []
    shorts: list[bool] = []  # whether each quote is a few words only (asked three times)
    for found in par.found:
        span = found.span
        words = text[span.start : span.end]
        short = _word_count(words) <= _SHORT_QUOTE_WORDS
        shorts.append(short)
        sent_start, _ = _sentence_bounds(_starts(par), len(par.masked), span.outer_start)
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
        found.attributed = _attribute(par, found, surnames, short=short)
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
    for found, lead, short in zip(par.found, leads, shorts, strict=True):
        if not found.keep:
            continue
        if not found.attributed and last is not None:
            found.speaker = last.speaker
            found.verb = last.verb if not lead else None
            found.attributed = True
        elif not found.attributed and not lead and found.span.outer_start > 0:
            found.attributed = _previous_sentence(par, found, surnames)
        if not found.attributed and short:
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
                earlier=earlier,
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
    # (for surnames later on). Marks are found by one compiled search, which
    # passes over apostrophes inside words ("it’s"): they never pair.
    close = [
        block.kind in _PROSE_KINDS
        and (block.kind is BlockKind.BLOCKQUOTE or _QUOTING_MARK_RE.search(block.text) is not None)
        for block in blocks
    ]
    close.append(False)
    # Past the last paragraph read closely nothing is read at all: there is no
    # quote left to look up the names the paragraphs there print.
    reach = max((index for index, flag in enumerate(close) if flag), default=-1) + 1
    for index, block in enumerate(blocks[:reach]):
        if block.kind not in _PROSE_KINDS:
            previous = None
            continue
        text = block.text
        if not close[index] and not close[index + 1]:
            # No marks here (so no quotes), and no quote after it that could
            # look back at this paragraph.
            _index_names(_full_names_in(text), surnames)
            par = _Paragraph(index=index, text=text, masked=text, found=[])
            paragraphs.append(par)
            previous = par
            continue
        spans = _pair_marks(text)
        masked = _mask(text, spans)
        # Only full names go into the index; the paragraph's other names are
        # read when a pronoun or the next paragraph needs them.
        _index_names(_full_names_in(masked), surnames)
        par = _Paragraph(
            index=index,
            text=text,
            masked=masked,
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
        _analyse(par, previous, surnames, paragraphs)
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
