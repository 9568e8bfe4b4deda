# ruff: noqa: E501 - page markup reads best one element per line, as a CMS prints it
"""Which element is the headline (archiver.extract.headline), on markup real themes print."""

from archiver.extract.page import ArticlePage
from tests import generic_pages as g

SITE = "Trang thông tin điện tử phường An Phú, thành phố Thủ Đức"
HEADLINE = "Của cấp bảo vệ thăm hỏi"


def brand_in_main() -> str:
    """A post as Hexo Keep prints it: the whole page in `<main>`, its header bar there too with the
    logo's picture and the site's name as two links home; the headline a `div.post-title`
    shorter than the site's name, which `<title>` also holds."""
    return f"""<html><head><title>{HEADLINE} | {SITE}</title></head><body>
<main class="page-container"><header class="header-wrapper"><div class="left">
<a class="logo-image" href="/"><img src="/images/logo.svg"></a>
<a class="site-name" href="/">{SITE}</a></div>
<ul class="menu-list"><li><a href="/">Trang chủ</a></li><li><a href="/luu-tru/">Lưu trữ</a></li></ul></header>
<div class="post-content-container"><div class="post-title">{HEADLINE}</div>
<div class="post-meta"><span class="datetime">2019-03-14 08:30:00</span></div>
<div class="post-content">{g.BODY_HTML}</div></div></main></body></html>"""


def test_a_brand_box_of_two_links_home_is_no_headline() -> None:
    page = ArticlePage("http://127.0.0.1:8080/2019/03/cua-cap/", brand_in_main())
    assert page.fields()["title"] == HEADLINE


def test_a_headline_in_a_named_anchor_is_still_the_named_headline() -> None:
    """An `<a name>` anchor leads nowhere: the heading around it is no link home."""
    html = brand_in_main().replace(f'<div class="post-title">{HEADLINE}</div>',
                                   f'<h1 class="post-title"><a name="top">{HEADLINE}</a></h1>')
    page = ArticlePage("http://127.0.0.1:8080/2019/03/cua-cap/", html)
    assert page.fields()["title"] == HEADLINE
    assert page.evidence["title"] == "named by link text / og:title / <title>"


def wiki_path_page(parent: str) -> str:
    """A post as ikiwiki's actiontabs prints it: its path of parent pages (`PARENTLINKS`) over
    the title, each parent a link with a slash after it."""
    return f"""<html><head><title>{g.TITLE}</title></head><body><article class="page">
<section class="pageheader"><header class="header"><span><span class="parentlinks">
<a href="../../">Trang tin điện tử xã Hòa An</a>/ <a href="../">{parent}</a>/ </span>
<span class="title">{g.TITLE}</span></span></header></section>
<div id="content">{g.BODY_HTML}</div>
<footer id="footer"><div class="pagedate">Sửa lần cuối <time datetime="2019-03-14T01:30:00Z">14/03/2019 08:30</time></div></footer>
</article></body></html>"""


def test_a_wiki_parent_page_named_by_its_file_is_no_section() -> None:
    """ikiwiki names a parent page by its file ("posts"): a directory, not a section."""
    page = ArticlePage("http://127.0.0.1:8080/posts/mot-bai/", wiki_path_page("posts"))
    assert page.fields()["category"] is None


def test_a_titled_parent_above_the_headline_is_its_section() -> None:
    page = ArticlePage("http://127.0.0.1:8080/posts/mot-bai/", wiki_path_page("Tin tức"))
    assert page.fields()["category"] == "Tin tức"


def toc_post() -> str:
    """Hexo's Redefine: the `h1` inside a box of the same text marked `article-title`, the text,
    its licence box, then a table of contents whose own title box repeats the headline
    (`page-title`)."""
    return f"""<html><head><title>{g.TITLE} | Phường An Phú</title><meta property="og:title" content="{g.TITLE}"></head><body><main>
<div class="article-content-container"><div class="article-title"><div class="flex"><h1 class="article-title-regular">{g.TITLE}</h1></div></div>
<div class="article-meta-info"><span class="article-date">14/03/2019 08:30</span></div>
<div class="article-content markdown-body">{g.BODY_HTML}</div>
<div class="post-copyright-info"><ul><li><strong>Title:</strong> {g.TITLE}</li><li><strong>Author:</strong> Minh Hà</li><li><strong>Link:</strong> http://127.0.0.1:8080/2019/03/mot-bai/</li></ul></div></div>
<div class="toc-content-container"><div class="post-toc"><div class="toc-title">On this page</div><div class="page-title">{g.TITLE}</div></div></div>
</main></body></html>"""


def test_a_heading_in_a_box_of_its_own_text_is_the_headline_not_a_later_title_box() -> None:
    """`find_named` stops climbing at the heading: the box around it ranks as a title class, as
    the table of contents' `page-title` does, and the later of equals would win."""
    page = ArticlePage("http://127.0.0.1:8080/2019/03/mot-bai/", toc_post())
    assert page.headline_element is not None and page.headline_element.tag == "h1"
    fields = page.fields()
    assert fields["title"] == g.TITLE
    assert fields["body"] == g.BODY  # found after the headline: the licence box is no text
    assert fields["authors"] == ["Minh Hà"]
