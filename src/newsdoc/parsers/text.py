"""parse_text: wire copy and pages copied out of a browser.

Two layouts are read:

* **wire copy**: a headline line, a byline line when the story has one, a
  blank line, then one paragraph per line with blank lines between them (the
  layout :func:`newsdoc.writers.text.to_text` writes);
* **a copied page**: no fixed layout. The story starts at the first paragraph
  that opens with a dateline, or else at the longest run of prose; it ends
  where the prose stops and navigation, "Tags", "Most popular" or footers
  begin. The headline is the headline-like line closest above the byline (or
  the story), preferring a line the page prints twice; the byline is a
  ``By ...`` line above the story, or a bare line of names just under the
  headline.

Either way the blocks go through :func:`newsdoc.analysis.build_article`, which
takes out bylines, credit lines, captions and boilerplate.

>>> article = parse_text(
...     "Storm hits coast\\nBy Ann Lee\\n\\n"
...     "MIAMI (AP) — A storm hit.\\n\\n“It was loud,” said Bo Ray.\\n"
... )
>>> article.headline, article.bylines[0].name, article.dateline.location
('Storm hits coast', 'Ann Lee', 'MIAMI')
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from newsdoc.analysis import build_article
from newsdoc.analysis._lexicon import (
    AUTHOR_BOX_LABELS,
    AUTHOR_LABELS,
    BIO_VERBS,
    BREADCRUMB_MARKS,
    CAPTION_LABELS,
    CONTACT_OPENINGS,
    CONTACT_PHRASES,
    HEADLINE_OPEN_ENDINGS,
    JOB_TITLE_WORDS,
    MONTHS,
    NEWSLETTER_HEADING_ENDS,
    STORY_END_FINAL,
    STORY_END_LINES,
    STORY_END_MARKS,
    STORY_END_PREFIXES,
    TIMESTAMP_WORDS,
)
from newsdoc.analysis.boilerplate import _is_furniture_line, _syndication_of_line, read_signoff
from newsdoc.analysis.bylines import agency_name, looks_like_name, read_byline
from newsdoc.analysis.credits import _credits_of_line, _split_caption_line
from newsdoc.analysis.datelines import split_dateline
from newsdoc.errors import TextParseError
from newsdoc.model import Article, Block, normalize_text
from newsdoc.parsers._draft import Draft

__all__ = ["parse_text"]

_BULLET = re.compile(r"(?:[*+•·o\-]|\d{1,2}[.)])(?: |$)")
_ENDS_SENTENCE = frozenset('.?!:;"”’)…»')
_DATE_LINE = re.compile(
    r"(?:published|updated|posted|last updated|first published)\b", re.IGNORECASE
)
_TOKEN = re.compile(r"[\w:.]+")
# A line that opens with a date in figures ("13/06/2014", "2019-11-18").
_NUMERIC_DATE = re.compile(r"\d{1,4}[./\-]\d{1,2}[./\-]\d{1,4}\b")
# A paragraph's first letter split off its word by a drop cap ("H ong Kong").
_DROP_CAP = re.compile(r"([A-Z]) ([a-z]{1,30})\b")
# Words this long or shorter ("of", "the", "and") keep lower case in a title.
_SHORT_WORD = 3
_TITLE_WORDS = 3
_DIGIT = re.compile(r"\d")
# A full stop after a lower-case word, then a capital: two sentences in one line.
_SENTENCE_BREAK = re.compile(r"[a-z]{3}[.!?] [A-Z“‘\"]")
# The heading of a page's comments: "[ 167 comments ]", "Comments (12)".
_COMMENT_COUNT = re.compile(r"\[? ?\d{1,5} (?:comments|responses) ?\]?|comments \(\d{1,5}\)")
# What may follow a paragraph's last sentence: an end mark ("♦"), editors'
# initials ("DM") or the writer's name after a dash ("—Jane Doe", "-- WORRIED MOM").
_SIGNED_END = re.compile(
    r"(?<=[.?!\"”’)…])\s*(?:["
    + re.escape("".join(sorted(STORY_END_MARKS)))
    + r"]|[A-Z]{2,4}|(?:--|[—–])\s?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})$"
)
_SIGNATURE_LENGTH = 60
# A note on how to reach the writer is a sentence or two with an address in it.
_CONTACT_LENGTH = 300
_EMAIL = re.compile(r"[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,4}")
# The longest line a byline or a heading that ends the story can be.
_MAX_BYLINE_LENGTH = 200
_MAX_HEADING_LENGTH = 80
# How photo captions open or end when they carry no credit.
_CAPTION_MARK = re.compile(
    r"^(?:FILE(?: PHOTO)?\s?[-–—:]|In this \w)|\b(?:[Ff]ile (?:image|photo|picture)|"
    r"[Ss]upplied|[Hh]andout)\.?$"
)
# A caption that names its source after its last sentence: "... in November.
# (NPA)", "... Iowa. (Courtesy of Jane Doe)", "... 2019. (AP)".
_SOURCED_CAPTION = re.compile(
    r"[.!?\"”’] \((?:(?:Photo|Image|Picture)s?:? )?(?:[Cc]ourtesy(?: of)? [^()]{2,60}"
    r"|[A-Z][A-Za-z]{0,2}[A-Z]{1,4}|[Ss]upplied|[Hh]andout|[Ff]ile(?: photo)?)\)$"
)
_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ")
# What joins the parts of a line of a story's details (author, outlet, time).
_DETAIL_SEPARATORS = (" · ", " | ", " • ")
# What copying a page does to a byline: "bySauli Giliard", "Name@handle".
_GLUED_BY = re.compile(r"^[Bb]y(?=[A-Z][a-z])")
_HANDLE = re.compile(r"@\w{1,40}$")
# "Jane Doe1": the mark of an affiliation note after an author's name.
_TRAILING_MARK = re.compile(r"(?<=[^\W\d_])\d{1,2}$")
# Words that say what a text is about: the longer ones.
_WORD = re.compile(r"\w+")
_CONTENT_WORD = 5
# How many paragraphs open the story, for the headline to speak of, and how
# many lines may stand between a headline and its subheadline.
_OPENING_PARAGRAPHS = 3
_STACKED_BETWEEN = 1
_KICKER_WORDS = 4
# How many lines under an author label may list names.
_LABELLED_LINES = 8
# The source line under an embedded post: "— Name (@handle) November 18, 2019".
_EMBED_SOURCE = re.compile(r"[—–-] [^()]{1,80}\(@\w{1,40}\)")
# A photo credit on a line of its own is short and holds one of these marks.
_MAX_CREDIT_LENGTH = 120
_CREDIT_MARKS = "/:()©"

# A copied page's story region: how far (in lines) from the story start to
# look back for a byline and a headline, how many lines to look past a
# standfirst, and how many lines after the story may hold its credits.
_LOOK_BACK = 80
# A byline may stand further up, over a first paragraph and a paywall box.
_BYLINE_LOOK_BACK = 100
_LOOK_AHEAD = 30
_LOOK_AHEAD_LINES = 3
_MAX_GAP = 3
# How many lines under a box of links ("Trending") the story may resume.
_RESUME_LOOK = 50
_TRAILER = 8
# What a line of furniture costs against the prose around it, how much
# furniture in a row ends the story, and the most one box of furniture between
# two paragraphs can cost.
_FURNITURE_COST = 100
_FOOTER_COST = 1500
_BOX_COST = 1000
# Sizes, in words: a paragraph of prose, a story's opening statement, a first
# paragraph that a box may part from the rest of the story, a
# question long enough to be story text, a headline.
_MIN_PROSE_WORDS = 6
_OPENING_WORDS = 10
_LEDE_WORDS = 25
_QUESTION_WORDS = 12
_HEADLINE_WORDS = (4, 30)
# How many list items wire copy may hold before it reads as a page of menus.
_WIRE_BULLETS = 3
# How many lines under the headline may hold the standfirst, and how many
# paragraphs it may have.
_STANDFIRST_WINDOW = 2
_STANDFIRST_PARAGRAPHS = 2


def _unbullet(line: str) -> str:
    """``* By Associated Press`` -> ``By Associated Press``."""
    match = _BULLET.match(line)
    return line if match is None else line[match.end() :]


def _is_bullet(line: str) -> bool:
    return _BULLET.match(line) is not None


def _is_prose(line: str, *, furniture_checked: bool = False) -> bool:
    """A paragraph of story text: a sentence of some length.

    *furniture_checked* says the caller already knows *line* is not
    boilerplate, which spares the check on the hot path.
    """
    if not line or _is_bullet(line):
        return False
    if line[-1] not in _ENDS_SENTENCE:
        # A signature is short: look for it in the line's tail only.
        signed = _SIGNED_END.search(line, max(0, len(line) - _SIGNATURE_LENGTH))
        if signed is None:
            return False
        line = line[: signed.start()]
    words = line.split()
    if len(words) < _MIN_PROSE_WORDS or not any(c.islower() for c in line):
        return False
    if line.endswith(("...", "…")) or (line[-1] == "?" and len(words) < _QUESTION_WORDS):
        return False  # a truncated teaser, or a headline put as a question
    if _is_date_line(line):
        return False
    return (furniture_checked or not _is_furniture_line(line)) and not _credits_of_line(line)


def _is_date_line(line: str) -> bool:
    """``Nov. 20, 2019 5:52 AM EST``, ``Updated 12:44, 20 Apr 2026``: a timestamp."""
    if _DIGIT.search(line) is None:
        return False  # a timestamp has digits; most lines have none
    tokens = _TOKEN.findall(line)
    if len(tokens) == 1 and tokens[0].isdigit():
        return False  # a lone number: a gallery counter, a rating
    if not tokens:
        return False
    # At least half the tokens must be dated: stop as soon as more than half
    # are not, which for a sentence that merely holds a number is soon.
    undated_allowed = len(tokens) // 2
    for token in tokens:
        if token[:1].isdigit():
            continue
        lowered = token.lower()
        if lowered.rstrip(".") in TIMESTAMP_WORDS or lowered in MONTHS:
            continue
        undated_allowed -= 1
        if undated_allowed < 0:
            return False
    return True


def _is_headline_like(line: str, *, fewest_words: int = _HEADLINE_WORDS[0]) -> bool:
    words = line.split()
    if not fewest_words <= len(words) <= _HEADLINE_WORDS[1] or _is_bullet(line):
        return False
    if _is_date_line(line):
        return False  # a timestamp
    titled = _is_title_case(words)
    if _SENTENCE_BREAK.search(line) is not None and line[-1] in ".?!" and not titled:
        return False  # a standfirst or caption of several sentences
    if _CAPTION_MARK.search(line) is not None or (
        line[-1] == ")" and _SOURCED_CAPTION.search(line) is not None
    ):
        return False  # an agency photo caption ("FILE - In this photo ...", "... File image")
    if words[-1].lower() in HEADLINE_OPEN_ENDINGS or line[0] in "([":
        return False  # a fragment ("Try refreshing your browser, or") or a note
    if words[-1].lower() in JOB_TITLE_WORDS and len(words) <= 7:
        return False  # "Thabo Mokone Parliamentary editor": a byline with a title
    if line[-1] in ".:;," and not line.endswith("...") and not (titled and line[-1] == "."):
        return False
    if _NUMERIC_DATE.match(line) is not None:
        return False  # "13/06/2014 Jane Doe News, Reviews": the story's details
    if "http" in line or "www." in line or _DATE_LINE.match(line) is not None:
        return False
    if _is_furniture_line(line) or any(mark in line for mark in BREADCRUMB_MARKS):
        return False
    if line.lower().startswith(CAPTION_LABELS):
        return False  # "Image: ...", "Media caption ..."
    if sum(c.isalpha() for c in line) < 10:
        return False
    if _split_caption_line(line)[1] is not None or _credits_of_line(line):
        return False
    return read_byline(line) is None and read_byline(line, require_prefix=False) is None


def _is_title_case(words: Sequence[str]) -> bool:
    """Whether every longer word of a line of a few words opens with a capital.

    Headlines in title case may hold a full stop ("Shares Fall After Its
    Earnings Release. Why You Should Not Worry."); captions and standfirsts
    of several sentences are in sentence case.
    """
    long = [word for word in words if len(word) > _SHORT_WORD]
    return len(long) >= _TITLE_WORDS and all(word[0].isupper() for word in long)


def _lines(text: str) -> list[str]:
    """The lines of *text*, each normalised once, here.

    Every line this module tests comes from here, so it calls the analysis'
    line tests in their form for normalised text (``_is_furniture_line``,
    ``_credits_of_line`` ...), which skips normalising again.
    """
    return [normalize_text(line) for line in text.splitlines()]


def _is_wire_copy(lines: Sequence[str]) -> bool:
    """Headline, optional byline, blank line, then one paragraph per line."""
    if not lines or not lines[0] or _is_furniture_line(lines[0]) or _is_bullet(lines[0]):
        return False
    if len(lines) > 1 and lines[1] and (len(lines) < 3 or lines[2]):
        return False
    start = 2 if len(lines) > 1 and lines[1] else 1
    first_body = next((line for line in lines[start:] if line), "")
    if not first_body or _is_bullet(first_body) or _is_furniture_line(first_body):
        return False
    if first_body[-1] not in _ENDS_SENTENCE and len(first_body.split()) < 8:
        return False
    previous = ""
    bullets = 0
    for line in lines[start:]:
        if line and previous:
            return False
        bullets += _is_bullet(line)
        previous = line
    # A story may hold a short list; a page spaced out line by line holds menus.
    return bullets <= _WIRE_BULLETS


def _wire_draft(lines: Sequence[str]) -> Draft:
    headline = lines[0]
    byline_texts: tuple[str, ...] = ()
    subheadline: str | None = None
    start = 1
    if len(lines) > 1 and lines[1]:
        start = 2
        line = read_byline(lines[1]) or read_byline(lines[1], require_prefix=False)
        if line is not None:
            byline_texts = (lines[1],)
        else:
            subheadline = lines[1]
    blocks = tuple(Block(text=line) for line in lines[start:] if line)
    return Draft(
        headline=headline, subheadline=subheadline, byline_texts=byline_texts, blocks=blocks
    )


def _opens_story(line: str, weight: int) -> bool:
    """A line that can be a story's first paragraph: a statement, not a heading."""
    # A question or a colon closes a story's first paragraph when a
    # statement comes before it ("X launches today. Is it any good?"); on its
    # own such a line is a headline or a heading.
    return (
        weight > 0
        and len(line.split()) >= _OPENING_WORDS
        and (line[-1] not in "?:" or _SENTENCE_BREAK.search(line) is not None)
        and _split_caption_line(line)[1] is None
    )


def _is_credit_only(line: str) -> bool:
    """A line that is only a photo credit ("Jane Doe/Getty Images", "(Image: © NASA)")."""
    if not line or len(line) > _MAX_CREDIT_LENGTH or not any(c in line for c in _CREDIT_MARKS):
        return False
    caption, credit = _split_caption_line(line)
    return caption is None and credit is not None


def _mark_boxes(lines: Sequence[str], weights: list[int]) -> dict[int, int]:
    """Reweigh the lines that their neighbours show to be captions or embeds.

    A sentence on the line right above a photo credit is that photo's
    caption: furniture, however much it reads like prose. So is a sentence a
    blank line above a credit, when no paragraph comes before it: a photo
    over the story, not a story paragraph followed by a photo without
    caption. A post embedded in the story ("— Name (@handle) November 18,
    2019" under its text) is neither story nor furniture: it costs nothing,
    so the story runs on past it.

    Returns:
        The captions found by their credit: the caption's index, and its
        credit's.
    """
    captions: dict[int, int] = {}
    for i in range(1, len(lines)):
        line = lines[i]
        if not line:
            continue
        if _EMBED_SOURCE.match(line) is not None:
            weights[i] = 0
            above = i - 1 if lines[i - 1] else i - 2
            if above >= 0 and weights[above] < 0:
                weights[above] = 0
            continue
        above = i - 1 if lines[i - 1] or i < 2 else i - 2
        if weights[above] <= 0 or not lines[above]:
            continue
        if above < i - 1 and (
            _follows_prose(lines, weights, above) or (i + 1 < len(lines) and lines[i + 1])
        ):
            continue  # a paragraph, then a photo's credit over its caption
        if _is_credit_only(line):
            captions[above] = i
            weights[above] = -(_FURNITURE_COST // 2 + len(lines[above]) // 2)
    return captions


def _follows_prose(lines: Sequence[str], weights: Sequence[int], index: int) -> bool:
    """Whether the filled line before *index* is a paragraph of prose."""
    for i in range(index - 1, max(-1, index - _MAX_GAP * 2), -1):
        if lines[i]:
            return weights[i] > 0
    return False


def _cap_boxes(weights: Sequence[int]) -> list[int]:
    """Let a box of furniture between two paragraphs cost at most so much.

    A paywall notice, a list of related links or a gallery stands in the
    middle of many stories; however many lines it has, it is one box, and
    the story runs on past it when the prose after it outweighs the box.
    """
    capped: list[int] = []
    box = 0
    for weight in weights:
        cost = weight
        if weight > 0:
            box = 0
        elif weight < 0:
            cost = max(weight, box - _BOX_COST)
            box -= cost
        capped.append(cost)
    return capped


def _story_start(lines: Sequence[str], weights: Sequence[int], ends: frozenset[int]) -> int | None:
    """Where a copied page's story starts: its dateline, else its densest prose."""
    for i, line in enumerate(lines):
        if (
            weights[i] > 0
            and len(line.split()) >= 8
            and split_dateline(line)[0] is not None
            and _followed_by_prose(weights, i)
        ):
            return i
    best = _longest_prose_run(lines, weights, ends)
    if best is None:
        return None
    best = _extend_back(lines, weights, best)
    # The run may open with a question headline or a standfirst: the story
    # starts at its first statement, and after the byline or timestamp that
    # pages print between the standfirst and the story.
    start = best
    for i in range(best, min(len(lines), best + _MAX_GAP * 3)):
        if lines[i] and _opens_story(lines[i], weights[i]):
            start = i
            break
    filled = [i for i in range(start + 1, min(len(lines), start + 16)) if lines[i]][: _MAX_GAP * 2]
    prose = 1
    for position, i in enumerate(filled):
        line = lines[i]
        if _EMBED_SOURCE.match(line) is not None:
            continue  # the date under an embedded post is no timestamp of the story
        if (
            _is_date_line(line)
            or _is_prefixed_byline(line)
            or _is_bare_byline(lines, filled, position)
        ):
            after = next(
                (
                    j
                    for j in range(i + 1, min(len(lines), i + 12))
                    if lines[j] and _opens_story(lines[j], weights[j])
                ),
                None,
            )
            return start if after is None else after
        prose += weights[i] > 0
        if prose > _STANDFIRST_PARAGRAPHS:
            break  # past a standfirst: a line of names further down is a subhead
    return start


def _opening_under_byline(
    lines: Sequence[str],
    weights: Sequence[int],
    captions: Mapping[int, int],
    byline_at: int,
    start: int,
) -> int:
    """The story's first paragraph, when a box cut it off from the rest.

    Pages print the first paragraph, then a paywall or sign-up box, then the
    rest of the story: the first statement under the byline, if it is as long
    as a story's first paragraph (a note to the reader or a caption is
    shorter), opens the story however much furniture stands between it and
    the rest.
    """
    for i in range(byline_at + 1, start):
        if weights[i] <= 0 or i in captions or _split_caption_line(lines[i])[1] is not None:
            continue
        if (
            len(lines[i].split()) >= _LEDE_WORDS
            and _opens_story(lines[i], weights[i])
            # Cut off by a box that outweighs it, not a standfirst over a timestamp.
            and sum(weights[i:start]) <= 0
        ):
            return i
        return start
    return start


def _is_bare_byline(lines: Sequence[str], filled: Sequence[int], position: int) -> bool:
    """A bare line of names with a timestamp or an "Author:" label beside it.

    A line of capitalised words alone ("Status Quo", "Continue Reading
    Below") is as likely a subhead or a button as a byline; one that
    copying has glued to its "by" or its handle is not.
    """
    line = lines[filled[position]]
    cleaned = _clean_byline(line)
    if not _names_only(cleaned):
        return False
    if cleaned != line:
        return True
    neighbours = [lines[j] for j in filled[max(0, position - 2) : position + 3]]
    return any(
        _is_date_line(other) or other.lower().rstrip(": ") in AUTHOR_LABELS
        for other in neighbours
        if other != line
    )


def _followed_by_prose(weights: Sequence[int], index: int) -> bool:
    """A story's first paragraph is followed by more; a teaser's excerpt is not."""
    following = [w for w in weights[index + 1 : index + 1 + _LOOK_AHEAD] if w != 0]
    return sum(w > 0 for w in following[:_LOOK_AHEAD_LINES]) >= min(2, len(following))


def _extend_back(lines: Sequence[str], weights: Sequence[int], start: int) -> int:
    """Take in the opening paragraphs a photo or a number cut off from the rest.

    The densest run of prose can begin after the story's first paragraphs when
    a caption or a gallery counter stands between them; earlier prose a few
    lines up belongs to the story, unless a heading, a byline, a timestamp or
    a list stands in between. Captions with their credit and gallery numbers
    do not count as lines between.
    """
    best, gap = start, 0
    for i in range(start - 1, max(-1, start - _LOOK_BACK), -1):
        line = lines[i]
        if not line or (weights[i] == 0 and _is_furniture_line(line)):
            continue
        if weights[i] > 0:
            best, gap = i, 0
            continue
        if line.isdigit() or _split_caption_line(line)[1] is not None:
            continue  # a photo's caption or its number in a gallery
        if _is_bullet(line) or _is_date_line(line) or _is_headline_like(line):
            break
        gap += 1
        if gap > _MAX_GAP:
            break
    return best


def _is_prefixed_byline(line: str) -> bool:
    found = read_byline(_clean_byline(line))
    return found is not None and bool(found.bylines or found.organization)


def _weight(line: str) -> int:
    """How much a line says "story here": prose counts for, furniture against."""
    if not line or _is_furniture_line(line):
        return 0
    if _is_prose(line, furniture_checked=True):
        if line[-1] == ")" and _SOURCED_CAPTION.search(line) is not None:
            return -(_FURNITURE_COST // 2 + len(line) // 2)  # a photo's caption
        return len(line)
    if _is_bullet(line):
        return -(_FURNITURE_COST + len(line))
    return -(_FURNITURE_COST // 2 + len(line) // 2)


def _longest_prose_run(
    lines: Sequence[str], weights: Sequence[int], ends: frozenset[int]
) -> int | None:
    """The start of the stretch of lines with the most prose net of furniture.

    Past a line that ends a story, once a story's worth of prose has been
    seen, no stretch is the story: comments under it are prose too.
    """
    best, best_score = None, 0
    run_start, score = None, 0
    for i in range(len(lines)):
        if i in ends:
            if best_score >= _FOOTER_COST:
                break
            run_start, score = None, 0
            continue
        weight = weights[i]
        if run_start is None:
            if weight <= 0:
                continue
            run_start, score = i, 0
        score += weight
        if score <= 0:
            run_start, score = None, 0
        elif score > best_score:
            best, best_score = run_start, score
    return best


def _is_story_end(line: str) -> bool:
    if len(line) > _MAX_HEADING_LENGTH:
        return _is_contact_note(line)  # a heading is short; most lines are not
    lowered = line.lower().lstrip("*+•·- ")
    return (
        lowered in STORY_END_LINES
        or lowered.startswith(STORY_END_PREFIXES)
        or (
            ("comments" in lowered or "responses" in lowered)
            and _COMMENT_COUNT.fullmatch(lowered) is not None
        )
        or (
            lowered.endswith(NEWSLETTER_HEADING_ENDS)
            and len(lowered.split()) <= _KICKER_WORDS + 2
            and lowered[-1] not in _ENDS_SENTENCE
        )
        or _is_contact_note(line)
    )


def _is_final_end(line: str) -> bool:
    """Whether *line* ends the story for good: no story resumes under it."""
    lowered = line.lower().lstrip("*+•·- ")
    return (
        lowered in STORY_END_FINAL
        or _COMMENT_COUNT.fullmatch(lowered) is not None
        or _is_contact_note(line)
    )


def _is_contact_note(line: str) -> bool:
    """Whether *line* tells the reader how to reach the writer, with an address.

    "Write to Jane Doe at jane@example.com", "Have a tip? Jane Doe may be
    reached at ...": a note printed under the last paragraph.
    """
    if "@" not in line or len(line) > _CONTACT_LENGTH or _EMAIL.search(line) is None:
        return False
    lowered = line.lower().lstrip("*+•·- ")
    return lowered.startswith(CONTACT_OPENINGS) or any(
        phrase in lowered for phrase in CONTACT_PHRASES
    )


def _story_ends(
    lines: Sequence[str], weights: Sequence[int]
) -> tuple[frozenset[int], frozenset[int]]:
    """The lines after which a copied page holds no more of its story.

    "Tags" or "Comments" end it. A box of links ("Trending", "Most read",
    "More from ...") ends it too, unless the story's prose resumes under the
    box: two paragraphs in a row, not the headline and excerpt of a teaser
    standing alone among the links.

    Returns:
        The lines that end the story, and the furniture of the boxes the
        story resumes under.
    """
    ends: set[int] = set()
    boxed: set[int] = set()
    for i, line in enumerate(lines):
        if not line or not _is_story_end(line):
            continue
        resumes = None if _is_final_end(line) else _story_resumes(lines, weights, i)
        if resumes is None:
            ends.add(i)
            continue
        # A box between two paragraphs, not one over the story's header.
        above = next((w for w in reversed(weights[max(0, i - _RESUME_LOOK) : i]) if w), 0)
        if above > 0:
            boxed.update(j for j in range(i, resumes) if weights[j] <= 0)
    return frozenset(ends), frozenset(boxed)


def _story_resumes(lines: Sequence[str], weights: Sequence[int], heading: int) -> int | None:
    """Where two paragraphs in a row follow, anywhere in the box under *heading*."""
    first = None
    for j in range(heading + 1, min(len(lines), heading + _RESUME_LOOK)):
        if not lines[j] or weights[j] == 0:
            continue
        if _is_story_end(lines[j]):
            return None
        if weights[j] <= 0:
            first = None
        elif first is None:
            first = j
        else:
            return first
    return None


def _story_end(
    lines: Sequence[str], weights: Sequence[int], start: int, ends: frozenset[int]
) -> tuple[int, int]:
    """Return (index of the last paragraph, index where the page furniture begins).

    The story ends where the prose seen since its start, net of furniture, is
    greatest: a caption or an advertisement between paragraphs costs less
    than the paragraphs after it are worth, a footer does not.
    """
    last, best, score = start, 0, 0
    j = start + 1
    while j < len(lines):
        if j in ends:
            break
        score += weights[j]
        if score > best or (score == best and weights[j] > 0):
            last, best = j, score
        if score < best - _FOOTER_COST:
            break
        j += 1
    return last, j


def _byline_index(lines: Sequence[str], start: int) -> tuple[int, str] | None:
    """The byline line above the story, and its text as a byline reads it.

    A label on a line of its own ("By", "Von", "Author of the article:")
    names the people on the lines under it.
    """
    for i in range(start - 1, max(-1, start - _BYLINE_LOOK_BACK), -1):
        line = _unbullet(lines[i])
        if not line:
            continue
        if line.lower().rstrip(": ") in AUTHOR_LABELS:
            names = _labelled_names(lines, i + 1, start)
            if names:
                return i, "By " + " and ".join(names)
            continue
        if len(line) > _MAX_BYLINE_LENGTH:
            continue  # a paragraph: read_byline would say no, after more work
        found = read_byline(line)
        if found is not None and (found.bylines or found.organization is not None):
            return i, line
    return None


def _labelled_names(lines: Sequence[str], first: int, end: int) -> list[str]:
    """The names listed one a line under an author label, in order."""
    names: list[str] = []
    for i in range(first, min(end, first + _LABELLED_LINES)):
        if not lines[i]:
            continue
        line = _TRAILING_MARK.sub("", _clean_byline(_unbullet(lines[i])).rstrip(" ,;&"))
        if line in {"…", "..."}:
            continue  # a list shortened on the page
        if not _names_only(line):
            break
        if line not in names:
            names.append(line)
    return names


def _short_headline_above(lines: Sequence[str], anchor: int) -> int | None:
    """A short headline ("Storm closes harbour") opening the text, right above the byline.

    Short lines are mostly page furniture ("Article content", "Link copied"),
    so one counts only as the text's first line, directly above the anchor,
    in sentence case with a word of its own in lower case ("closes").
    """
    for i in range(anchor - 1, max(-1, anchor - _LOOK_BACK), -1):
        line = lines[i]
        if not line or _is_furniture_line(line) or _is_date_line(line):
            continue
        words = line.split()
        if i == 0 and len(words) < _HEADLINE_WORDS[0] and _is_headline_like(line, fewest_words=2):
            own = [w for w in words[1:] if w[:1].islower() and w not in HEADLINE_OPEN_ENDINGS]
            if own and len(own[0]) >= 3:
                return i
        return None
    return None


def _content_words(text: str) -> set[str]:
    """The longer words of *text*, without a plural "s" ("spaceports" and
    "spaceport" are one word)."""
    return {w.removesuffix("s") for w in _WORD.findall(text.lower()) if len(w) >= _CONTENT_WORD}


def _headline_index(
    lines: Sequence[str], anchor: int, story: Sequence[str], *, floor: int = -1
) -> int | None:
    """The headline above *anchor* (the byline, or the story's first paragraph).

    A headline speaks of its story: a candidate sharing a word with the
    story's opening paragraphs beats furniture that shares none. Of two
    headline-like lines stacked one on the other, the upper one is the
    headline and the lower its subheadline. Only lines below *floor* are
    looked at.
    """
    short = _short_headline_above(lines, anchor) if floor < 0 else None
    if short is not None:
        return short
    candidates = [
        i
        for i in range(anchor - 1, max(floor, anchor - _LOOK_BACK), -1)
        if lines[i] and _is_headline_like(lines[i])
    ]
    if not candidates:
        return None
    story_words: set[str] = set()
    for paragraph in story:
        story_words |= _content_words(paragraph)
    # A headline under a kicker ("The Big Picture") is the headline, whatever
    # words the kicker happens to share with the story.
    under_kicker = len(candidates) > 1 and _is_kicker(lines, candidates[1], candidates[0])
    candidates = [
        i
        for position, i in enumerate(candidates)
        if (position == 0 and under_kicker) or not story_words.isdisjoint(_content_words(lines[i]))
    ] or candidates
    counts: dict[str, int] = {}
    heads: dict[str, int] = {}
    for line in lines:
        if line:
            counts[line] = counts.get(line, 0) + 1
            # "Headline | Site name", the page's title: it repeats the headline.
            for separator in _SITE_SEPARATORS:
                head, found, _site = line.rpartition(separator)
                if found and head:
                    heads[head] = heads.get(head, 0) + 1
    # Not the page's title when the headline it repeats is printed on its own
    # ("BUDGET 3.0 | Sars gets R4bn ..." is a headline with its kicker).
    candidates = [
        i
        for i in candidates
        if not any(counts.get(lines[i].rpartition(s)[0], 0) for s in _SITE_SEPARATORS)
    ] or candidates
    for i in candidates:
        if counts[lines[i]] + heads.get(lines[i], 0) > 1:
            return i
    best = candidates[0]
    if len(candidates) > 1:
        above = candidates[1]
        between = [line for line in lines[above + 1 : best] if line]
        # Not a breadcrumb ending with the headline, nor a kicker ("The Big Story").
        if (
            len(between) <= _STACKED_BETWEEN
            and lines[best] not in lines[above]
            and not _is_kicker(lines, above, best, stacked=False)
        ):
            return above
    return best


def _is_kicker(lines: Sequence[str], upper: int, lower: int, *, stacked: bool = True) -> bool:
    """A short line ("The Big Story") printed over a longer headline.

    *stacked* asks that no more than one line stand between the two.
    """
    upper_words, lower_words = lines[upper].split(), lines[lower].split()
    if len(upper_words) > _KICKER_WORDS or len(upper_words) >= len(lower_words):
        return False
    return not stacked or sum(1 for line in lines[upper + 1 : lower] if line) <= _STACKED_BETWEEN


def _clean_byline(line: str) -> str:
    """Undo what copying a page does to a byline: ``bySauli Giliard``,
    ``Greg Iacurci@GregIacurci``, ``Yasmine Hassan · CBC News ·``,
    ``| Written by Jane Doe`` (the separator of a row of page details)."""
    line = _GLUED_BY.sub("By ", line.lstrip("|• "))
    line = _HANDLE.sub("", line)
    head, dot, outlet = line.partition(" · ")
    if dot:
        outlet = outlet.strip(" ·")
        line = f"{head}, {outlet}" if outlet and "·" not in outlet else head
    return line.strip(" ·")


def _bare_byline(lines: Sequence[str], headline: str | None, start: int) -> str | None:
    """A line of names without "By": just under the headline, or beside a timestamp.

    Pages print the author's name on its own line, next to the publication
    time ("Angus Thompson" / "Friday 22 November 2024 08:49 GMT") or under an
    "Author of the article:" label; the name alone is not enough evidence.
    """
    top = max(0, start - _LOOK_BACK)
    if headline is not None:
        top = next(i for i, line in enumerate(lines) if line == headline)
    filled = [i for i in range(top, start) if lines[i]]
    for position, i in enumerate(filled):
        line = _clean_byline(lines[i])
        if line != lines[i] and (found := read_byline(line)) is not None and found.bylines:
            return line
        in_details = _byline_in_details(line)
        if in_details is not None:
            return in_details
        if not _names_only(line):
            continue
        neighbours = [lines[j] for j in filled[max(0, position - 2) : position + 3] if j != i]
        under_headline = headline is not None and headline in {
            lines[j] for j in filled[max(0, position - 2) : position]
        }
        if under_headline or any(
            _is_date_line(other) or other.lower().rstrip(": ") in AUTHOR_LABELS
            for other in neighbours
        ):
            return line
    return None


def _standfirst(
    lines: Sequence[str],
    weights: Sequence[int],
    headline_at: int | None,
    byline_at: int | None,
    start: int,
) -> str | None:
    """The sentence printed between the headline and the byline or the story."""
    if headline_at is None:
        return None
    end = start if byline_at is None or byline_at < headline_at else min(byline_at, start)
    # Right under the headline: the first lines after it, not a promo further down.
    for i in [i for i in range(headline_at + 1, end) if lines[i]][:_STANDFIRST_WINDOW]:
        line = lines[i]
        if weights[i] > 0 and _split_caption_line(line)[1] is None and not _is_date_line(line):
            return line
    return None


def _byline_in_details(line: str) -> str | None:
    """The byline among a line of the story's details joined by "·" or "|".

    "Jane Doe · Example News · Posted: Aug 8, 2024" names its author first,
    beside a timestamp; "News | Published: 5 hours ago | Written by Jane Doe"
    labels them.
    """
    separator = next((mark for mark in _DETAIL_SEPARATORS if mark in line), None)
    if separator is None or len(line) > _MAX_BYLINE_LENGTH:
        return None
    parts = [part.strip() for part in line.split(separator)]
    for part in parts:
        found = read_byline(part)
        if found is not None and found.bylines:
            return part
    if _names_only(parts[0]) and any(
        _is_date_line(part) or _DATE_LINE.match(part) is not None for part in parts[1:]
    ):
        return parts[0]
    return None


def _names_only(line: str) -> bool:
    """A bare line of names under a headline ("JANIE HAR", "A and B, AP")."""
    found = read_byline(line, require_prefix=False)
    return found is not None and bool(found.bylines)


def _before_author_box(
    lines: Sequence[str], weights: Sequence[int], byline_texts: Sequence[str], start: int, last: int
) -> int:
    """The story's last paragraph, above a box about its author.

    Pages print the author's name again on a line of its own under the
    story, over a note about them ("Jane Doe" / "Jane Doe covers politics
    ..."): the story ends above it.
    """
    names: set[str] = set()
    for text in byline_texts:
        found = read_byline(text) or read_byline(text, require_prefix=False)
        if found is not None:
            names.update(byline.name for byline in found.bylines)
    for i in range(max(start + 1, last - _TRAILER), last + 1):
        line = _unbullet(lines[i])
        if not line:
            continue
        lowered = line.lower()
        label = next((label for label in AUTHOR_BOX_LABELS if lowered.startswith(label)), "")
        name = line[len(label) :]
        # The note is a paragraph at most; an entry of a live blog signed by
        # its author has more story under the name.
        if sum(w > 0 for w in weights[i + 1 : last + 1]) > 1:
            continue
        if any(
            candidate in names or _over_a_note(lines, i, candidate, last)
            for candidate in {name, line}
        ):
            return next((j for j in range(i - 1, start, -1) if weights[j] > 0), last)
    return last


def _over_a_note(lines: Sequence[str], index: int, name: str, last: int) -> bool:
    """Whether the name on line *index* heads a note about that person.

    "Jane Doe" over "Jane joined the paper in 2019 ..." or "Jane Doe covers
    the courts ...": the note names the person, then says what they do.
    """
    if len(name) > _MAX_BYLINE_LENGTH or not looks_like_name(name):
        return False
    note = next((line for line in lines[index + 1 : last + 1] if line), "")
    words = note.split()
    parts = name.split()
    first = parts[0]
    for size in (len(parts), 1):
        if " ".join(words[:size]) in (name, first) and len(words) > size:
            return words[size].lower() in BIO_VERBS
    return False


def _mend_drop_cap(line: str, drop_cap: re.Match[str], page_words: set[str]) -> str:
    """*line* with a drop cap joined back to its word ("H ong Kong" -> "Hong Kong").

    A page that prints a paragraph's first letter large copies it as a word
    of its own. The letter and the lower-case run after it are joined only
    when the page prints the word they make (*page_words*, in lower case),
    so "A dam burst" stays as it is unless the page speaks of an "Adam" too.
    """
    word = drop_cap.group(1) + drop_cap.group(2)
    return word + line[drop_cap.end() :] if word.lower() in page_words else line


def _org_line(line: str) -> bool:
    return bool(line) and len(line.split()) <= 4 and agency_name(line) is not None


def _page_draft(lines: Sequence[str]) -> Draft:
    # Pages repeat their furniture (menus, share rows): weigh each line once.
    seen: dict[str, int] = {}
    weights = [
        seen[line] if line in seen else seen.setdefault(line, _weight(line)) for line in lines
    ]
    captions = _mark_boxes(lines, weights)
    credits = frozenset(captions.values())
    weights = _cap_boxes(weights)
    ends, boxed = _story_ends(lines, weights)
    start = _story_start(lines, weights, ends)
    if start is None:
        raise TextParseError("no story text found: no line reads as a paragraph of prose")
    last, furniture = _story_end(lines, weights, start, ends)
    if boxed:
        # Where the story starts, a box it resumes under costs nothing; where
        # it ends, the box is weighed, lest a run of teasers pass for the story.
        free = [0 if i in boxed else weight for i, weight in enumerate(weights)]
        earlier = _story_start(lines, free, ends)
        if earlier is not None and earlier < start:
            start = earlier
            last, furniture = max((last, furniture), _story_end(lines, weights, start, ends))
    found_byline = _byline_index(lines, start)
    byline_at = None if found_byline is None else found_byline[0]
    # The box between a first paragraph and the rest of the story is no story.
    box = range(0)
    if byline_at is not None:
        lede = _opening_under_byline(lines, weights, captions, byline_at, start)
        box, start = range(lede + 1, start), lede
    anchor = byline_at if byline_at is not None else start
    opening = [
        line
        for line, weight in zip(lines[start : last + 1], weights[start : last + 1], strict=True)
        if weight > 0
    ][:_OPENING_PARAGRAPHS]
    headline_at = _headline_index(lines, anchor, opening)
    if headline_at is None and byline_at is not None and byline_at < start:
        # Some pages print the byline over the headline.
        headline_at = _headline_index(lines, start, opening, floor=byline_at)
    headline = lines[headline_at] if headline_at is not None else None
    byline_texts: list[str] = []
    if found_byline is not None:
        byline_at, text = found_byline
        following = next((line for line in lines[byline_at + 1 : start] if line), "")
        if _org_line(following):
            text = f"{text}, {following}"
        byline_texts.append(text)
    else:
        found = _bare_byline(lines, headline, start)
        if found is not None:
            byline_texts.append(found)
    last = _before_author_box(lines, weights, byline_texts, start, last)
    # Photo captions printed between the headline and the story.
    top = max(0, start - _LOOK_BACK)
    if headline is not None:
        top = next(i for i, line in enumerate(lines) if line == headline)
    blocks: list[Block] = []
    previous = -1
    for i in range(top + 1, start):
        line = lines[i]
        if not line or _is_bullet(line):
            continue
        caption, credit = _split_caption_line(line)
        if credit is not None:
            if (
                caption is None
                and previous >= 0
                and (weights[previous] > 0 or previous in captions)
            ):
                # "Photo: Name, AP" on the line under its caption.
                blocks.append(Block(text=f"{lines[previous]} {line}"))
            else:
                blocks.append(Block(text=line))
        previous = i
    standfirst = _standfirst(lines, weights, headline_at, byline_at, start)
    page_words: set[str] = set()  # the page's words, in lower case, once a drop cap needs them
    for i in range(start, last + 1):
        line = lines[i]
        if not line or _is_bullet(line) or i in credits:
            continue  # a photo credit went out with its caption
        if (i in box and weights[i] <= 0) or i in boxed:
            continue
        # A caption and its credit make one block, which the analysis makes media.
        if i in captions:
            blocks.append(Block(text=f"{line} {lines[captions[i]]}"))
            continue
        drop_cap = _DROP_CAP.match(line)
        if drop_cap is not None:
            if not page_words:
                page_words.update(_WORD.findall(" ".join(lines).lower()))
            line = _mend_drop_cap(line, drop_cap, page_words)
        blocks.append(Block(text=line))
    blocks.extend(
        Block(text=line)
        for line in lines[last + 1 : min(furniture, last + 1 + _TRAILER)]
        if line
        and (
            _credits_of_line(line)
            or read_signoff(line)[0]
            or _syndication_of_line(line) is not None
        )
    )
    # The captions above the story come first: the analysis takes them out of
    # the body (they end with a photo credit) and makes them media.
    return Draft(
        headline=headline,
        standfirst=standfirst,
        byline_texts=tuple(byline_texts),
        blocks=tuple(blocks),
        # A line of positive weight was found to be neither furniture nor a
        # credit line when it was weighed.
        prose=frozenset(line for line, weight in seen.items() if weight > 0),
    )


def parse_text(text: str) -> Article:
    """Read a plain-text story: wire copy or a page copied out of a browser.

    Args:
        text: The story as text (a ``str``, never a path).

    Returns:
        The :class:`~newsdoc.model.Article`.

    Raises:
        TextParseError: *text* is not a ``str``, is empty, or holds no line
            that reads as story text.
    """
    if not isinstance(text, str):
        raise TextParseError(f"parse_text expects a str, got {type(text).__name__}")
    if "\x00" in text:
        raise TextParseError("the text holds a NUL character: it is binary data, not a story")
    # A byte-order mark left by decoding is not part of the headline.
    lines = _lines(text.removeprefix("\ufeff"))
    first = next((i for i, line in enumerate(lines) if line), len(lines))
    while len(lines) > first and not lines[-1]:
        lines.pop()
    lines = lines[first:]
    if not lines:
        raise TextParseError("the text is empty")
    draft = _wire_draft(lines) if _is_wire_copy(lines) else _page_draft(lines)
    return build_article(draft)
