"""Time newsdoc's JSON round trip against plain ``json`` on the same data.

    python bench/serialize.py [--rounds N]

Builds one large, realistic article (60 paragraphs, 30 quotes with speakers,
bylines, credits, media, subjects), then times, in one run and one process:

* newsdoc: ``to_json`` followed by ``from_json`` (validation included);
* plain json: ``json.dumps`` + ``json.loads`` of the equivalent plain dict
  (``to_dict`` of the same article), the floor any serializer pays.

Prints the median of several rounds for each and their ratio (target: at most
3x plain json).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import time

import newsdoc
from newsdoc import Article, Block, Byline, Credit, Dateline, Media, Quote, Subject

_SPEAKERS = ("Zoë Kowalczyk-Brandt", "Abdul Rahman al Halabi", "Jean-Luc Ménard", "李明")
_FILLER = (
    "Officials in the region said on Tuesday that the talks, which began in earnest "
    "at the end of April, had made little progress despite repeated attempts\u00a0to "
    "bridge the gap between the two sides."
)


def build_article(paragraphs: int = 60, quotes: int = 30) -> Article:
    """Build the benchmark article: *paragraphs* blocks, *quotes* of them quoted."""
    body: list[Block] = []
    found: list[Quote] = []
    for i in range(paragraphs):
        if i < quotes:
            words = f"We will not stop until every family has a home, number {i}, again,"
            speaker = _SPEAKERS[i % len(_SPEAKERS)]
            text = f"“{words}” said {speaker}. {_FILLER}"
            found.append(
                Quote(
                    text=words,
                    speaker=speaker,
                    verb="said",
                    paragraph=i,
                    start=1,
                    end=1 + len(words),
                )
            )
        else:
            text = f"{_FILLER} Paragraph {i} adds detail about the road ahead."
        body.append(Block(text=text))
    credit = Credit(
        role="photo", names=("Khalil Ashawi",), organization="Reuters", raw="REUTERS/Khalil Ashawi"
    )
    return Article(
        headline="Tens of thousands flee as talks stall",
        standfirst="A long, realistic standfirst for the benchmark article.",
        bylines=(Byline(name="Suleiman Al-Khalidi", affiliation="Reuters"),),
        dateline=Dateline(raw="AMMAN (Reuters) –", location="AMMAN", agency="Reuters"),
        body=tuple(body),
        quotes=tuple(found),
        credits=(
            Credit(
                role="reporting",
                names=("Suleiman Al-Khalidi",),
                raw="(Reporting by Suleiman Al-Khalidi; Editing by Jon Boyle)",
            ),
            Credit(
                role="editing",
                names=("Jon Boyle",),
                raw="(Reporting by Suleiman Al-Khalidi; Editing by Jon Boyle)",
            ),
            credit,
        ),
        media=(Media(url="https://example.org/a.jpg", caption="A general view.", credit=credit),),
        published=dt.datetime(2019, 8, 21, 10, 30, tzinfo=dt.timezone(dt.timedelta(hours=3))),
        modified=dt.date(2019, 8, 22),
        language="en",
        url="https://example.org/story",
        provider="Reuters",
        publisher="euronews",
        subjects=(Subject(code="medtop:16000000", name="conflict, war and peace"),),
        keywords=("Syria", "Idlib"),
    )


def _median_seconds(func: object, rounds: int, number: int) -> float:
    assert callable(func)
    samples = []
    for _ in range(rounds):
        start = time.perf_counter()
        for _ in range(number):
            func()
        samples.append((time.perf_counter() - start) / number)
    return statistics.median(samples)


def main() -> None:
    """Run the benchmark and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--number", type=int, default=50)
    args = parser.parse_args()

    article = build_article()
    plain = newsdoc.to_dict(article)
    text = newsdoc.to_json(article)
    assert newsdoc.from_json(text) == article

    def newsdoc_round_trip() -> None:
        newsdoc.from_json(newsdoc.to_json(article))

    def json_round_trip() -> None:
        json.loads(json.dumps(plain, ensure_ascii=False, separators=(",", ":")))

    ours = _median_seconds(newsdoc_round_trip, args.rounds, args.number)
    floor = _median_seconds(json_round_trip, args.rounds, args.number)
    size = f"{len(article.body)} paragraphs, {len(article.quotes)} quotes, {len(text):,} bytes"
    print(f"article: {size} of JSON")
    print("| round trip | median ms |")
    print("| --- | ---: |")
    print(f"| newsdoc to_json + from_json | {ours * 1000:.3f} |")
    print(f"| json.dumps + json.loads (plain dict) | {floor * 1000:.3f} |")
    print(f"ratio newsdoc / plain json: {ours / floor:.2f}x (target <= 3x)")


if __name__ == "__main__":
    main()
