"""parse_html body extraction: layouts, furniture and structure, one convention per row."""

from __future__ import annotations

import pytest
from lxml import etree

from newsdoc.model import Article, BlockKind
from newsdoc.parsers._html_body import extract_body
from newsdoc.parsers.html import parse_html

_P1 = "The river rose above its banks on Monday night, flooding the lower streets of the old town."
_P2 = "Firefighters moved dozens of residents to the school gym, where volunteers served hot meals."
_P3 = "The mayor said the clean-up would take weeks, and asked for patience from shop owners."
_P4 = "Forecasters expect more rain later in the week, though the worst of the storm has passed."


def _texts(article: Article) -> list[str]:
    return [block.text for block in article.body]


def _page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


_RAIL = (
    '<div class="related-stories"><h3>More news</h3><ul>'
    '<li><a href="/1">Council elects new chair after a long and heated debate in the hall</a></li>'
    '<li><a href="/2">Bakery wins regional prize for its rye bread and its famous pastries</a></li>'
    "</ul></div>"
)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param(
            f"<div class='story'><p>{_P1}</p><p>{_P2}</p></div>"
            "<div class='ad-slot'>Advertisement</div>"
            f"<div class='story'><p>{_P3}</p><p>{_P4}</p></div>",
            [_P1, _P2, _P3, _P4],
            id="story split by an ad slot",
        ),
        pytest.param(
            f"<main><article><h1>Flood in the old town</h1><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>"
            f"</article>{_RAIL}</main>",
            [_P1, _P2, _P3],
            id="related rail beside the story",
        ),
        pytest.param(
            f"<article><h1>Flood in the old town</h1><p>{_P1}</p><p>{_P2}</p></article>"
            "<section class='comments'><h3>Comments</h3>"
            + "<div class='comment'><p>I live there and the water was up to my knees, it was"
            " terrible, and nobody came to help us for hours and hours.</p></div>"
            * 6
            + "</section>",
            [_P1, _P2],
            id="comment section longer than the story",
        ),
        pytest.param(
            f"<table><tr><td class='nav'><a href='/'>Home</a></td><td>"
            f"<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></td></tr></table>",
            [_P1, _P2, _P3],
            id="layout table of an old site",
        ),
        pytest.param(
            f"<div class='text'>{_P1}<br><br>{_P2}<br><br>{_P3}</div>",
            [_P1, _P2, _P3],
            id="paragraphs separated by br",
        ),
        pytest.param(
            f"<div class='article-body'><p>{_P1}<p>{_P2}<div><p>{_P3}</div>",
            [_P1, _P2, _P3],
            id="unclosed tags",
        ),
        pytest.param(
            f"<article><div class='kicker'>Weather</div><h1>Flood in the old town</h1>"
            f"<p>{_P1}</p><p>{_P2}</p></article>",
            [_P1, _P2],
            id="kicker above the headline",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>{_P2}</p><p>Read more: <a href='/x'>Floods of"
            " the past decade</a></p><p>Tags</p><p>Weather</p></article>",
            [_P1, _P2],
            id="read-more line and loose lines after the story",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>{_P2}</p>"
            "<div class='next'><a href='/n'><h5>Bridge closed after storm</h5></a>"
            "<p>Engineers inspect the old bridge before reopening it.</p>"
            "<span>Jo Lind 2024-03-01</span></div></article>",
            [_P1, _P2],
            id="teaser box inside the story container",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>{_P2}</p><div class='teaser'>"
            "<h2><a href='/t'>Students want rules for artificial intelligence</a></h2>"
            "<div><p>More than eighty per cent of students would like clear guidance on how"
            " they may use such tools in their courses and above all in their exams.</p></div>"
            "</div></article>",
            [_P1, _P2],
            id="teaser with a linked headline and a long excerpt",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>{_P2}</p><p>Get the day's news in your inbox:"
            " sign up for our free morning newsletter.</p></article>",
            [_P1, _P2],
            id="newsletter promotion after the story",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><div class='block'><p>{_P1}</p></div><div class='block'><p>"
            "The mayor <a href='/m'>blamed the old flood defences</a> and the lack of money for"
            " repairs over the past ten years.</p></div></article>",
            [
                _P1,
                "The mayor blamed the old flood defences and the lack of money for repairs over"
                " the past ten years.",
            ],
            id="paragraph box with a link in its sentence",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>Stand: 17.06.2025 18:24 Uhr</p><p>{_P1}</p><p>{_P2}</p>"
            "</article>",
            [_P1, _P2],
            id="timestamp line",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p class='byline'>By Jo Lind</p><p>{_P1}</p>"
            f"<figure><img src='a.jpg'><figcaption>The flooded square. Photo: Jo Lind</figcaption>"
            f"</figure><p>{_P2}</p></article>",
            [_P1, _P2],
            id="byline and caption are not story",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p><p>{_P4}</p><p>{_P1}</p>"
            "<h3>You may also like...</h3>"
            "<p>A short teaser for a story about the new ferry timetable, with no link at all.</p>"
            "<p>Another teaser, about a bakery that has won a regional prize for its bread.</p>"
            "</article>",
            [_P1, _P2, _P3, _P4, _P1],
            id="teaser section under a you-may-like heading after the story",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p><p>{_P4}</p><p>{_P1}</p>"
            "<h3>Most popular diets</h3><p>Lose weight in a week with a menu of two dishes.</p>"
            f"<h3>How the town recovers</h3><p>{_P3}</p></article>",
            [_P1, _P2, _P3, _P4, _P1, "How the town recovers", _P3],
            id="teaser section ends at the next heading",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p><p>{_P4}</p><p>{_P1}</p>"
            f"<h3>Popular uprising</h3><p>{_P2}</p></article>",
            [_P1, _P2, _P3, _P4, _P1, "Popular uprising", _P2],
            id="a sub-heading that starts with a teaser word is story",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><div class='slide'><div class='slide-title'>"
            f"<h2>The square at dawn</h2></div><p>{_P1}</p></div><div class='slide'>"
            f"<div class='slide-title'><h2>The school gym</h2></div><p>{_P2}</p></div></article>",
            ["The square at dawn", _P1, "The school gym", _P2],
            id="section heading in a box named title",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><div role='dialog'><span>Save this story</span>"
            "<div>Only subscribers can save stories and read them later on any of their devices."
            f"</div></div><p>{_P2}</p><div role='tooltip'>Follow this topic</div><p>{_P3}</p>"
            f"<p>{_P4}</p></article>",
            [_P1, _P2, _P3, _P4],
            id="pop-over and tooltip marked by their ARIA role",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p><p>{_P4}</p>"
            "<div class='widget-cta'><p>Support local news: become a member today.</p></div>"
            "</article>",
            [_P1, _P2, _P3, _P4],
            id="call-to-action box",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>Photo: Example Pictures</p><p>{_P2}</p>"
            "<p>Quelle: Beispielagentur</p></article>",
            [_P1, _P2],
            id="labelled credit line is a credit, not story",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><div class='text print:hidden-caption desktop:mx-0'>"
            f"<p>{_P1}</p></div><p>{_P2}</p></article>",
            [_P1, _P2],
            id="utility classes with a variant prefix name no content",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><div class='embed-consent'><p>Externen Inhalt"
            " anzeigen</p><p>Ich bin damit einverstanden, dass mir externe Inhalte angezeigt"
            f" werden.</p></div><p>{_P2}</p></article>",
            [_P1, _P2],
            id="consent placeholder for an embedded post",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>{_P2}</p><p>Did you like this story? Then"
            " support us with a donation today.</p><p>Filed under Local News. Comments are"
            " closed.</p></article>",
            [_P1, _P2],
            id="support appeal and filed-under line after the story",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p><p>Please keep your"
            " comments on topic and polite. Insults, threats and links to other sites are"
            " removed, and the editors decide which comments appear; the comment policy"
            " explains the rules in full, and there is no right to publication of any"
            " comment or to its being kept. Repeated breaches close an account for good.</p>"
            "</article>",
            [_P1, _P2, _P3],
            id="paragraph of comment rules after the story",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>{_P2}</p><div class='post-author'>"
            "<div class='author-content'><p>Ada Example grew up by the river and now lives"
            " in the hills with her partner, three children and an old dog. Before moving"
            " back, she spent ten years abroad, teaching and writing about towns, rivers and"
            " the people who live beside them, and she still walks the towpath every day.</p>"
            "</div></div></article>",
            [_P1, _P2],
            id="author box with a long bio after the story",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><div class='clip'><p>Footage from the"
            " flooded square on Monday night. Who pays for the repairs? 21.04.2024 | 3:18 min"
            f"</p></div><p>{_P2}</p></article>",
            [_P1, _P2],
            id="video teaser ending with its date and running time",
        ),
    ],
)
def test_story_blocks(body: str, expected: list[str]) -> None:
    assert _texts(parse_html(_page(body))) == expected


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            f"<div id='page'><div class='post'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p>"
            "<div class='rodape'><div>Rua Exemplo, 100 - Centro - 00000-000 - Fone: (00)"
            " 0000-0000 - Caixa Postal 12</div></div></div></div>",
            id="footer named in Portuguese",
        ),
        pytest.param(
            f"<div class='post'><p>{_P1}</p><p>05/10/2018 - Posted by: Ada Example - Category:"
            f" Local - Tags: flood, river</p><p>{_P2}</p><p>{_P3}</p></div>",
            id="post meta line with several labelled fields",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p class='caption'>The flooded square at"
            f" dawn on Tuesday</p><p>{_P2}</p><p>{_P3}</p></article>",
            id="caption set as a paragraph named caption",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><div><small>Volunteers fill sandbags by"
            f" the bridge © Ada Example</small></div><p>{_P2}</p><p>{_P3}</p></article>",
            id="caption ending with its credit",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>{_P2}</p><section aria-label='Newsletter"
            " sign-up'><h3>The weekly river letter</h3><p>Every other Sunday: the week on the"
            f" river, from the towpath to the town hall.</p></section><p>{_P3}</p></article>",
            id="region labelled as a newsletter box",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>{_P2}</p><div class='box box--factbox'>"
            "<h3>Flood facts</h3><ul><li>Most floods in the valley come in spring.</li></ul>"
            f"</div><p>{_P3}</p></article>",
            id="fact box beside the story",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p><p>Folgst du schon"
            " dem Talboten auf Whatsapp?</p></article>",
            id="invitation to follow the outlet after the story",
        ),
        pytest.param(
            f"<article><h1>Flood</h1><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p><p>Have a tip about"
            " the flood? Ada Example may be reached at ada@courier.test.</p></article>",
            id="call for tips after the story",
        ),
    ],
)
def test_extractor_leaves_out(body: str) -> None:
    # The extractor's own output: the analysis layer would catch some of these too.
    extraction = extract_body(etree.HTML(_page(body)))
    assert [block.text for block in extraction.blocks] == [_P1, _P2, _P3]


def test_second_story_below_loses_to_the_one_under_the_headline() -> None:
    other = "".join(
        f"<p>Second story paragraph {i}, which is long enough to count as prose, really.</p>"
        for i in range(8)
    )
    body = (
        f"<article><h1>Flood in the old town</h1><div class='body'><p>{_P1}</p><p>{_P2}</p>"
        f"<p>{_P3}</p><p>{_P4}</p></div></article>"
        f"<article><h2>Next story</h2><div class='body'>{other}</div></article>"
    )
    head = '<meta property="og:title" content="Flood in the old town">'
    assert _texts(parse_html(_page(body, head))) == [_P1, _P2, _P3, _P4]


def test_block_kinds_in_reading_order() -> None:
    body = (
        f"<article><h1>Flood</h1><p>{_P1}</p><h2>What happens next</h2>"
        f"<ul><li>Schools stay closed on Tuesday.</li><li>Buses follow detours.</li></ul>"
        f"<blockquote><p>We have never seen the river this high.</p></blockquote>"
        f"<pre>Level  4.2 m\nPeak   5.1 m</pre>"
        f"<table><tr><th>Street</th><th>Depth</th></tr><tr><td>Main St</td><td>40 cm</td></tr>"
        f"</table><p>{_P2}</p></article>"
    )
    article = parse_html(_page(body))
    kinds = [block.kind for block in article.body]
    assert kinds == [
        BlockKind.PARAGRAPH,
        BlockKind.HEADING,
        BlockKind.LIST_ITEM,
        BlockKind.LIST_ITEM,
        BlockKind.BLOCKQUOTE,
        BlockKind.PREFORMATTED,
        BlockKind.TABLE,
        BlockKind.PARAGRAPH,
    ]
    table = article.body[6]
    assert table.rows == (("Street", "Depth"), ("Main St", "40 cm"))
    assert article.body[5].text == "Level  4.2 m\nPeak   5.1 m"


def test_standfirst_marked_up_as_lead() -> None:
    body = f"<article><h1>Flood</h1><p class='lead'>{_P4}</p><p>{_P1}</p><p>{_P2}</p></article>"
    article = parse_html(_page(body))
    assert article.standfirst == _P4
    assert _texts(article) == [_P1, _P2]


def test_lead_printed_twice_is_one_lead() -> None:
    body = (
        f"<article><h1>Flood</h1><p class='lead'>{_P4}</p><p class='lead'>{_P4}</p>"
        f"<p>{_P1}</p><p>{_P2}</p></article>"
    )
    assert parse_html(_page(body)).standfirst == _P4


def test_picture_description_in_the_intro_is_no_lead() -> None:
    body = (
        "<article><h1>Flood</h1><div class='intro'><div class='image-description'><p>"
        "The flooded square at dawn on Tuesday, seen from the bridge. Picture: Ada Example"
        f"</p></div><p>{_P4}</p></div><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></article>"
    )
    article = parse_html(_page(body))
    assert article.standfirst == _P4
    assert _texts(article) == [_P1, _P2, _P3]


def test_standfirst_below_the_headline_marked_by_any_attribute() -> None:
    body = (
        f"<header><h1>Flood</h1><h2 data-qa='subheadline'>{_P4}</h2></header>"
        f"<div class='content'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>"
    )
    article = parse_html(_page(body))
    assert article.standfirst == _P4
    assert _texts(article) == [_P1, _P2, _P3]


def test_standfirst_that_the_description_repeats() -> None:
    body = (
        f"<header><h1>Flood</h1><div class='summary-x'>{_P4}</div></header>"
        f"<div class='content'><p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>"
    )
    head = f'<meta property="og:description" content="{_P4[:60]}...">'
    article = parse_html(_page(body, head))
    assert article.standfirst == _P4
    assert _texts(article) == [_P1, _P2, _P3]


_LEAD = "The storm has passed over the valley. Forecasters still expect more rain this week."


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param(f"<p>RIVERTON. {_LEAD}</p>", id="after a dateline"),
        pytest.param(
            "".join(f"<p>{sentence}.</p>" for sentence in _LEAD.rstrip(".").split(". ")),
            id="split into paragraphs",
        ),
    ],
)
def test_lead_that_the_story_opening_prints_again_is_story(opening: str) -> None:
    body = (
        f"<header><h1>Flood</h1><div class='teaser-x'>{_LEAD}</div></header>"
        f"<div class='content'>{opening}<p>{_P1}</p><p>{_P2}</p><p>{_P3}</p></div>"
    )
    head = f'<meta property="og:description" content="{_LEAD}">'
    article = parse_html(_page(body, head))
    assert article.standfirst is None
    assert _texts(article)[-3:] == [_P1, _P2, _P3]


@pytest.mark.parametrize(
    "lead",
    [
        pytest.param("The flooded square at dawn. © Example Pictures", id="photo credit"),
        pytest.param("Jo Lind", id="a name"),
        pytest.param("By Jo Lind, 20.11.2019, 1:35 pm", id="byline and date line"),
    ],
)
def test_what_is_marked_up_as_lead_but_is_no_lead(lead: str) -> None:
    body = f"<article><h1>Flood</h1><p class='lead'>{lead}</p><p>{_P1}</p><p>{_P2}</p></article>"
    article = parse_html(_page(body))
    assert article.standfirst is None
    assert _texts(article) == [_P1, _P2]


def test_script_rendered_page_falls_back_to_json_ld_article_body() -> None:
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Flood",'
        f' "articleBody": "{_P1}\\n{_P2}\\n{_P3}"}}</script>'
    )
    body = "<div id='app'><h1>Flood</h1><p>Loading…</p></div>"
    assert _texts(parse_html(_page(body, head))) == [_P1, _P2, _P3]


def test_figure_becomes_media_with_caption() -> None:
    body = (
        f"<article><h1>Flood</h1><p>{_P1}</p><figure><img data-src='/img/square.jpg'>"
        f"<figcaption>The flooded square.</figcaption></figure><p>{_P2}</p></article>"
    )
    article = parse_html(_page(body), url="https://news.example/flood")
    assert [(m.url, m.caption) for m in article.media] == [
        ("https://news.example/img/square.jpg", "The flooded square.")
    ]


def test_hidden_and_script_text_is_not_story() -> None:
    body = (
        f"<article><h1>Flood</h1><p>{_P1}</p><div style='display: none'><p>Hidden promo text that"
        f" should never be read as part of the story.</p></div><script>var x = 'code';</script>"
        f"<p hidden>Also hidden from readers of the page.</p><p>{_P2}</p></article>"
    )
    assert _texts(parse_html(_page(body))) == [_P1, _P2]
