"""Speakers: words, names, descriptions and the subject of a speech verb.

Names are runs of capitalised words (with particles such as "van" or "al");
titles are dropped, offices and bodies kept whole. Subjects are read
backwards from a speech verb (``X said``, ``X, the mayor, said``) or forwards
from an inverted one (``said X``). Word predicates are pure functions of one
word and are cached, since names recur through a story.
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Sequence
from typing import NamedTuple

from newsdoc.analysis._quote_lexicon import (
    ABBREVIATIONS,
    ADVERBS_BEFORE_VERB,
    ARTICLES,
    AUXILIARIES,
    CALENDAR_WORDS,
    FUNCTION_WORDS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    ORGANISATION_WORDS,
    PRONOUNS,
    SPEECH_VERBS,
    SUBJECT_STOP_WORDS,
    TITLE_SUFFIXES,
    TITLE_WORDS,
)
from newsdoc.analysis._quote_marks import (
    _MASK,
    _SPACES,
)

_TRAILING_PUNCT = ",.;:!?)]}\u2026"
_LEADING_PUNCT = "([{"


# Speech verbs are looked up word by word in sets (a regex alternation of a
# few hundred verbs would be tried at every character).
_VERBS_SINGLE = frozenset(v for v in SPEECH_VERBS if " " not in v)
# ‘Headline words’: Source — a quote heading naming its source.
# A short bracketed aside: bounded, no nesting, so linear.
_BRACKETED_RE = re.compile(r"\([^()]{0,40}\)")
_AFTER_WINDOW = 200


_SUBJECT_MAX_WORDS = 14


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
    run = tuple(words[i:])
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
    return _name_in_run(run)


@functools.lru_cache(maxsize=_WORD_CACHE)
def _name_in_run(run: tuple[str, ...]) -> str | None:
    """The name a run of name words gives (``_name_at_end`` once the run is found).

    Titles are dropped, offices and bodies kept whole; a pure function of the
    run, cached since names recur through a story.
    """
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


@functools.lru_cache(maxsize=_WORD_CACHE)
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


class _StrictNames(dict[tuple[str, ...], str | None]):
    """``_name_at_end(words, strict=True)`` of the parts of one clause, each
    worked out once: ``_noun_phrase`` and the chain of appositions in
    ``_subject_before`` ask for the same parts' names."""

    def __missing__(self, words: tuple[str, ...]) -> str | None:
        name = self[words] = _name_at_end(words, strict=True)
        return name


def _noun_phrase(words: Sequence[str], names: _StrictNames | None = None) -> bool:
    """Whether *words* read as a noun phrase that could be a subject."""
    if not words or _skippable_part(words):
        return False
    name = _name_at_end(words, strict=True) if names is None else names[tuple(words)]
    return name is not None or _description(words, whole=True) is not None


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
    names_of = _StrictNames()
    if words is not parts[index] or not _noun_phrase(words, names_of):
        # A clause ("… what experts say"): the phrase ending it speaks.
        return _name_at_end(words, strict=strict) or _description(words)
    # A run of noun phrases set off by commas is one subject with its
    # appositions ("Lucas Paganini, a scientist at X in Washington, D.C.,
    # said"): a full name among them speaks, else the first of them.
    first = index
    while first > 0 and parts[first - 1]:
        earlier = _without_conjunction(parts[first - 1])
        if not earlier or not (
            _appendage(earlier)
            or _noun_phrase(earlier, names_of)
            or _key(earlier[0]) in _PREPOSITIONS
        ):
            break
        first -= 1
    # Appositions, coordinated ones included; not ages, tags or "in …" phrases.
    chain = [_without_conjunction(p) for p in parts[first : index + 1]]
    chain = [p for p in chain if p and not _appendage(p) and _key(p[0]) not in _PREPOSITIONS]
    if not chain:
        return _description(words)
    names = [names_of[tuple(p)] for p in chain]
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


def _names_in(masked: str) -> list[_Mention]:
    """The capitalised names of a masked text, in order.

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
        if j - i == 1:
            # The common case, kept cheap: one capitalised word is never a full
            # personal name, only a possible surname.
            lone = _lone_mention(words[i])
            if lone is not None:
                name, possessive = lone
                found.append(
                    _Mention(offsets[i], name, False, possessive, _is_governed(words, i, 1, 1))
                )
            continue
        run, possessive = _run_of(words, i, j)
        facts = _run_facts(run)
        if facts is not None:
            name, person_like, name_length = facts
            governed = _is_governed(words, i, len(run), name_length)
            found.append(_Mention(offsets[i], name, person_like, possessive, governed))
    return found


def _full_names_in(text: str) -> list[str]:
    """The full personal names of a text, in order: the ``person_like`` names of
    ``_names_in``, found without building the rest."""
    words = text.split(" ")
    if "" in words:
        words = list(filter(None, words))
    shapes = "".join(map(_shape, words))
    names: list[str] = []
    for run_match in _PEOPLE_RUN_RE.finditer(shapes):
        i, j = run_match.span()
        if j - i >= 3 and _place_first(words, i):
            i += 1  # as _run_of does; the rest depends on the run's words alone
        name = _full_name(tuple(words[i:j]))
        if name is not None:
            names.append(name)
    return names


@functools.lru_cache(maxsize=_WORD_CACHE)
def _full_name(run: tuple[str, ...]) -> str | None:
    """The full personal name the run of name words gives, if it gives one."""
    facts = _run_facts(_run_of(run, 0, len(run))[0])
    return facts[0] if facts is not None and facts[1] else None


def _place_first(words: Sequence[str], i: int) -> bool:
    """Whether a run of three name words or more at ``words[i]`` starts with a
    place: "envoy to Ukraine Kurt Volker" (the place is not his name)."""
    return (
        i >= 2
        and _key(words[i - 1]) in {"to", "of", "in", "for", "from"}
        and words[i - 2].islower()
    )


def _run_of(words: Sequence[str], i: int, j: int) -> tuple[tuple[str, ...], bool]:
    """The name words of the run ``words[i:j]`` (two or more); whether it ends possessive."""
    run = words[i:j]
    possessive = _is_possessive(run[-1])
    if possessive:
        run = [*run[:-1], _possessor(run[-1])]
    if len(run) >= 3 and _place_first(words, i):
        run = run[1:]
    return tuple(run), possessive


# A word's shape for ``_names_in``: "A" a capitalised name word, "c" another
# name word (a particle), "B" and "d" the same when the word's punctuation
# ends the phrase, "x" any other word.
_RUN_RE = re.compile("B|A[Ac]*[Bd]?")
# The same runs, two words long or more (the only ones that name a person in full).
_PEOPLE_RUN_RE = re.compile("A[Ac]*[Bd]|A[Ac]+")
_SHAPE_CACHE = 1 << 16


def _shape_of(word: str) -> str:
    """The one-letter shape of *word* that ``_RUN_RE`` reads."""
    if not _is_name_word(word):
        return "x"
    first = word[1:2] if word[0] in _STRIPPED else word[0]
    if first.isupper():
        return "B" if _ends_phrase(word) else "A"
    return "d" if _ends_phrase(word) else "c"


class _Shapes(dict[str, str]):
    """Word shapes already worked out, looked up in C (``map(_SHAPES.__getitem__, ...)``
    costs a dictionary lookup per word); bounded: emptied when full."""

    def __missing__(self, word: str) -> str:
        if len(self) >= _SHAPE_CACHE:
            self.clear()
        shape = self[word] = _shape_of(word)
        return shape


_SHAPES = _Shapes()
_shape = _SHAPES.__getitem__


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
def _lone_mention(word: str) -> tuple[str, bool] | None:
    """The name one capitalised word gives on its own (a possible surname), and
    whether it is a possessive ("Parise’s"); ``None`` for a calendar word."""
    possessive = _is_possessive(word)
    bare = _possessor(word) if possessive else word
    if _key(bare) in CALENDAR_WORDS:
        return None
    name = _clean_name((bare,))
    return (name, possessive) if name else None


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
