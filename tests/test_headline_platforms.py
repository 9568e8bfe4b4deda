"""Headline evidence on platforms' documented markup: Blogger's posts widget and `<title>`, and
the link text of video teasers whose thumbnails carry a running time (issue 10)."""

from parsel import Selector

from archiver.extract.links import link_texts
from archiver.extract.page import ArticlePage

TITLE = "Phường Hòa Lạc ra quân tổng vệ sinh môi trường đầu năm"
BODY = ("Sáng 14/3, Ủy ban nhân dân phường Hòa Lạc tổ chức lễ ra quân tổng vệ sinh môi trường "
        "tại các tổ dân phố, với sự tham gia của hơn năm trăm đoàn viên và hội viên.")


def blogger_post(*, generator: bool = True) -> str:
    """A post page in Blogger's Simple theme: the post inside `div.widget.Blog`, the blog's name
    as the page's only `h1`, `<title>` as Blogger writes it ("Blog: Post")."""
    meta = "<meta content='blogger' name='generator'/>" if generator else ""
    return f"""<html><head>{meta}<title>Phường Hòa Lạc - Trang tin: {TITLE}</title></head><body>
<header><div class='widget Header' id='Header1'>
<h1 class='title'><a href='/'>Phường Hòa Lạc - Trang tin</a></h1></div></header>
<div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>
<div class='date-outer'><h2 class='date-header'><span>Thứ Năm, 14 tháng 3, 2019</span></h2>
<div class='post hentry'><h3 class='post-title entry-title'>{TITLE}</h3>
<div class='post-body entry-content'><div>{BODY}</div><div>{BODY}</div></div></div></div></div></div></div>
<div class='sidebar section'><div class='widget PopularPosts' id='PopularPosts1'><h2>Bài đăng phổ biến</h2>
<ul><li><a href='/2019/02/khac.html'>Một bài khác của phường trong tháng hai</a></li></ul></div></div>
</body></html>"""


def test_blogger_post_headline_in_the_posts_widget_named_by_its_title() -> None:
    page = ArticlePage("http://127.0.0.1:8080/2019/03/phuong-hoa-lac-ra-quan.html", blogger_post())
    assert page.title() == TITLE


def test_blogger_post_headline_named_by_the_link_text() -> None:
    page = ArticlePage("http://127.0.0.1:8080/2019/03/phuong-hoa-lac-ra-quan.html",
                       blogger_post(generator=False), hint=TITLE)
    assert page.title() == TITLE


def test_a_colon_splits_the_title_as_evidence_only_on_blogger() -> None:
    """Without Blogger's generator mark, "Site: Post" is only a fallback (many headlines hold a
    colon): a first `h1` outside the masthead wins over what follows the colon."""
    html = blogger_post(generator=False).replace(
        "<div class='post hentry'>", "<div class='post hentry'><h1>Tin hoạt động của phường</h1>")
    page = ArticlePage("http://127.0.0.1:8080/2019/03/phuong-hoa-lac-ra-quan.html", html)
    assert page.title() == "Tin hoạt động của phường"


def test_without_an_h1_the_title_after_its_colon_names_the_headline() -> None:
    """A page that names nothing else it prints and has no `h1` outside its masthead: what
    `<title>` says after "Blog:" is the headline (Chronicle's copyrighteous theme titles a post
    "copyrighteous: Post", prints the title in a `span` under the date and the blog's name in a
    link home)."""
    page = ArticlePage("http://127.0.0.1:8080/2019/03/phuong-hoa-lac-ra-quan.html",
                       blogger_post(generator=False))
    assert page.title() == TITLE


def test_sidebar_widgets_stay_not_content_beside_blogger_posts() -> None:
    """The Popular Posts widget beside the posts widget is still a widget: its teaser is never
    the headline, even when the link text names it."""
    page = ArticlePage("http://127.0.0.1:8080/2019/03/phuong-hoa-lac-ra-quan.html",
                       blogger_post(), hint="Một bài khác của phường trong tháng hai")
    assert page.title() == TITLE


def test_link_text_leaves_out_a_video_thumbnails_running_time() -> None:
    """A "most watched" box links the story with its thumbnail and running time in one link,
    longer than the teaser's title link: the running time is no part of the title."""
    html = f"""<html><body>
<div class="vitem"><a href="/thoi-su/ra-quan-1234.htm"><img src="/p.jpg" alt=""><span>02:35</span></a>
<h3><a href="/thoi-su/ra-quan-1234.htm">{TITLE}</a></h3></div>
<ul class="vmost"><li><a href="/thoi-su/ra-quan-1234.htm">
<span class="thumb"><img src="/p.jpg" alt=""><span class="len">02:35</span></span>
<span class="t">{TITLE}</span></a></li>
<li><a href="/thoi-su/khac-99.htm"><span class="thumb"><img src="/q.jpg" alt="">
<span class="len">01:15</span></span><span class="t">Bản tin khác</span></a></li></ul>
</body></html>"""
    texts = link_texts(Selector(text=html), "http://127.0.0.1:8080/", ("127.0.0.1:8080",))
    assert texts["http://127.0.0.1:8080/thoi-su/ra-quan-1234.htm"] == TITLE
    assert texts["http://127.0.0.1:8080/thoi-su/khac-99.htm"] == "Bản tin khác"


def test_link_text_keeps_the_words_beside_an_image_right_in_the_link() -> None:
    html = f'<html><body><a href="/a-1.htm"><img src="/p.jpg" alt=""> {TITLE}</a></body></html>'
    texts = link_texts(Selector(text=html), "http://127.0.0.1:8080/", ("127.0.0.1:8080",))
    assert texts["http://127.0.0.1:8080/a-1.htm"] == TITLE
