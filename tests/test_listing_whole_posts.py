"""A listing that prints whole posts, each under its title printed as a link to the post's own
page with no heading (`archiver.extract.listing._heading_leads_away`, `_title_line`), is no
article, however few its posts (a month's page of one post); the post's own page, whose title is
no link or links itself, stays one. The shape of old blog themes: Chronicle's default, leftbar
and blog.steve.org.uk (`<div class="title"><a>…</a></div>`), blocky (`<legend><a>…</a></legend>`),
under a masthead whose `<h1>` is the blog's name linking home."""

import pytest

from archiver.extract.listing import not_article_reason
from archiver.extract.page import ArticlePage
from tests import generic_pages as g

BLOG = "Trang thông tin điện tử xã Hòa Thuận"
SUBTITLE = "Tin tức, thông báo của Đảng ủy, HĐND, UBND xã Hòa Thuận và các đoàn thể"
POST_URL = "http://127.0.0.1:8080/archive/2019/03/huyen_tien_yen.html"
MONTH_URL = "http://127.0.0.1:8080/archive/2019/03/"
#: A whole post's text, longer than a teaser's block (`listing.MAX_TEASER_BLOCK_CHARS`).
TEXT = g.BODY_HTML * 3


def blog_page(title: str, heading: str = "") -> str:
    """A page of one whole post, titled by `title` (markup), under the blog's masthead."""
    return f"""<html><head><title>{BLOG}: {g.TITLE}</title></head><body>
<div class="title"><h1><a href="http://127.0.0.1:8080/">{BLOG}</a></h1><h2>{SUBTITLE}</h2></div>
{heading}<div class="entry">{title}<div class="date">14/03/2019 08:30</div>
<div class="body">{TEXT}</div>
<div class="tags">Tags: <a href="http://127.0.0.1:8080/tags/chuyển đổi số">chuyển đổi số</a>.</div>
</div><div id="sidebar"><h2>Archive</h2><ul><li><a href="/archive/2019/03/">March (1)</a></li></ul>
</div></body></html>"""


def reason_for(html: str, url: str) -> str | None:
    page = ArticlePage(url, html)
    return not_article_reason(page, page.fields(), url_says_article=False)


@pytest.mark.parametrize("title", [
    f'<div class="title"><a href="{POST_URL}">{g.TITLE}</a></div>',   # Chronicle's default
    f'<fieldset><legend><a href="{POST_URL}">{g.TITLE}</a></legend></fieldset>',
])
def test_a_month_page_of_one_whole_post_under_its_title_link_is_a_listing(title: str) -> None:
    html = blog_page(title, heading="<h3>Entries from March 2019.</h3>")
    # blocky: the fieldset holds the legend, the date and the text
    if "fieldset" in title:
        html = html.replace("</legend></fieldset>", "</legend>").replace(
            '<div class="tags">', '</fieldset><div class="tags">')
    assert reason_for(html, MONTH_URL) is not None


@pytest.mark.parametrize("title", [
    f'<div class="title">{g.TITLE}</div>',                            # the post's own page
    f'<div class="title"><a href="{POST_URL}">{g.TITLE}</a></div>',   # a title linking itself
])
def test_the_post_under_its_own_title_is_an_article(title: str) -> None:
    assert reason_for(blog_page(title), POST_URL) is None


def test_a_title_line_linking_home_is_the_masthead_not_another_post() -> None:
    """The blog's name linking home, printed right above the post's text with no heading:
    no other post's title."""
    site = f'<div class="site"><a href="/">{BLOG} Hòa Thuận</a></div>'
    html = blog_page(f'{site}<div class="title">{g.TITLE}</div>')
    assert reason_for(html, POST_URL) is None


def test_a_list_of_related_titles_between_the_lead_and_the_text_is_no_title_line() -> None:
    """A news paper's unlabelled box of related posts (`<ul><li><a>…</a></li>…</ul>`) printed
    between the headline's lead and the text: each item is one link, but a list's item, not
    the title of the text that follows."""
    related = "".join(f'<li><a href="/tin/{i}.html">{t}</a></li>' for i, (t, _d) in enumerate(g.TEASERS[:3]))
    lead = f'<div class="sapo"><p>{g.PARAGRAPHS[0]}</p></div>'
    html = blog_page(f'<h1>{g.TITLE}</h1>').replace(
        '<div class="body">', f'{lead}<ul>{related}</ul><div class="body">')
    assert reason_for(html, POST_URL) is None


def test_a_dateline_that_is_one_link_is_no_title_line_hiding_the_heading() -> None:
    """Nikola's index pages: each post's `h1` links its page, then a dateline that is one
    link (the date, to the post's page): a short link, no title, so the heading above it
    still says the text is another post's."""
    title = (f'<h1><a href="{POST_URL}">{g.TITLE}</a></h1>'
             f'<p class="dateline"><a href="{POST_URL}" rel="bookmark">14/03/2019 08:30</a></p>')
    assert reason_for(blog_page(title), MONTH_URL) is not None
