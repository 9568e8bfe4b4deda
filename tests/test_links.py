"""Link rules: which URLs are never articles, and how a listing's next page is found."""

import pytest
from parsel import Selector

from archiver.extract.links import next_pages, page_key, site_links, url_kind
from archiver.families.generic import GENERIC
from archiver.families.nukeviet import NUKEVIET

BASE = "http://portal.example.vn"


def nexts(html: str, url: str) -> list[str]:
    return next_pages(Selector(text=html), url)


@pytest.mark.parametrize(("url", "html", "expected"), [
    (BASE + "/index.php?com=danhmuc_tin&id_category=9",
     '<div class="phantrang">Trang: <b>[1]</b> <a href="?com=danhmuc_tin&id_category=9&page=2">2</a>'
     ' <a href="?com=danhmuc_tin&id_category=9&page=2">Trang sau &gt;&gt;</a></div>',
     [BASE + "/index.php?com=danhmuc_tin&id_category=9&page=2"]),
    (BASE + "/chuyen-muc/tin", '<a href="/chuyen-muc/tin?trang=2">Xem thêm</a>'
     '<a href="/chuyen-muc/kinh-te">Xem thêm</a>', [BASE + "/chuyen-muc/tin?trang=2"]),
    (BASE + "/vi/news/thoi-su/page-2/", '<a href="/vi/news/thoi-su/page-1/">1</a>'
     '<a href="/vi/news/thoi-su/page-3/">3</a>', [BASE + "/vi/news/thoi-su/page-3/"]),
    (BASE + "/tin", '<a href="/tin?p=7">»</a>', [BASE + "/tin?p=7"]),
    (BASE + "/tin-tuc/trang-1.htm", '<a href="/tin-tuc/trang-2.htm">2</a>'
     '<a href="/tin-tuc/trang-3.htm">3</a>', [BASE + "/tin-tuc/trang-2.htm"]),
    (BASE + "/tin", '<a rel="next" href="/tin/2">more</a>', [BASE + "/tin/2"]),
    (BASE + "/tin", '<a href="/x">Tiếp</a>', [BASE + "/x"]),
    (BASE + "/tin", '<a href="/">Trang chủ</a><a href="/tin?id=5">Tin mới</a>', []),
])
def test_next_page_forms(url, html, expected):
    assert nexts(html, url) == expected


def test_page_key_strips_only_the_page_number():
    assert page_key("http://a/x?page=2&cat=3") == ("http://a/x?cat=3", 2)
    assert page_key("http://a/l?p_p_id=101&_101_cur=4") == ("http://a/l?p_p_id=101", 4)
    assert page_key("http://a/post?p=124") == ("http://a/post?p=124", 1)  # WordPress ids
    assert page_key("http://a/tin-tuc/trang-2.htm") == ("http://a/tin-tuc.htm", 2)


@pytest.mark.parametrize("url", [
    BASE + "/tim-kiem/?q=dan+chu", BASE + "/lien-he", BASE + "/Lich-cong-tac.aspx",
    BASE + "/vi/news/print/thoi-su/bai-1.html", BASE + "/tin?print=1", BASE + "/so-do-cong",
    BASE + "/index.atom", BASE + "/index.rss",
])
def test_never_articles(url):
    assert url_kind(url, GENERIC) == "never"


def test_site_links_stay_inside_and_drop_tracking():
    html = ('<a href="/a?utm_source=x&id=2#top">a</a><a href="https://other.vn/b">b</a>'
            '<a href="mailto:x@y.vn">m</a><a href="/file.pdf">f</a><a href="/a?id=2">again</a>')
    assert site_links(Selector(text=html), BASE + "/", ("portal.example.vn",)) == [
        BASE + "/a?id=2"]


def test_a_frameset_pages_frames_are_its_links():
    """HTML 4.01's frameset has no body: its `frame src` documents are the page, and `noframes`
    is raw text to the parser; an `iframe src` in the site loads one of its documents too, an
    embed from elsewhere (a video) stays outside, and so does WordPress's embed view of another
    post (its excerpt again)."""
    html = ('<html><frameset rows="150,*"><frame name="top" src="/top.php">'
            '<frameset cols="190,*"><frame name="menu" src="/menu.php"><frame name="main" '
            'src="/trangchu.php"></frameset><noframes><body><a href="/noframes.php">x</a>'
            '</body></noframes></frameset></html>')
    assert site_links(Selector(text=html), BASE + "/", ("portal.example.vn",)) == [
        BASE + "/top.php", BASE + "/menu.php", BASE + "/trangchu.php"]
    inline = ('<body><iframe src="/tin-anh.php?id=3"></iframe>'
              '<iframe src="https://www.youtube.com/embed/x"></iframe>'
              '<iframe class="wp-embedded-content" src="/bai-khac/embed/#?secret=a1"></iframe>'
              '<iframe src="/?p=12&embed=true"></iframe></body>')
    assert site_links(Selector(text=inline), BASE + "/", ("portal.example.vn",)) == [
        BASE + "/tin-anh.php?id=3"]


@pytest.mark.parametrize("url", [
    BASE + "/index.php/vi/news/Kinh-Te-41/page-5/", BASE + "/category/tin-tuc/page/2/",
    BASE + "/tin-tuc/trang-3", BASE + "/tin-tuc/trang-3.htm", BASE + "/Tin-tuc/page-2.aspx",
])
def test_a_page_number_ending_the_path_is_a_listing(url):
    """`ends_in_page_number`: NukeViet 3's `…/Cat-41/page-5/` fits its article shape, yet is paging."""
    assert url_kind(url, NUKEVIET) == "listing"


def test_an_article_slug_ending_in_a_number_stays_an_article():
    assert url_kind(BASE + "/index.php/vi/news/Kinh-Te-41/Hop-thuong-ky-1234/", NUKEVIET) == "article"
    assert url_kind(BASE + "/tin-tuc/trang-phuc-dan-toc-5.html?page=2", GENERIC) is None


@pytest.mark.parametrize("hint", [
    r"^https?://portal\.example\.vn/Kinh",               # as an archivist may write one: the whole URL
    r"^/Kinh tế/[^/?&]+-\d+\.html$",                     # as `sources learn` prints one now (decoded)
    r"^/Kinh%20t%E1%BA%BF/[^/?&]+-\d+\.html$",           # as one was learned before paths were decoded
])
def test_a_pinned_or_learned_article_pattern_fits_in_the_form_it_was_written(hint):
    """A learned pattern is anchored to the path (`^/…`); pasted into sources.toml it must still
    say "article", though the spider matches hints against whole URLs."""
    url = BASE + "/Kinh%20t%E1%BA%BF/hop-giao-ban-4804.html"
    assert url_kind(url, GENERIC, article_hint=hint) == "article"
    assert url_kind(url.replace("Kinh%20t%E1%BA%BF", "van-hoa"), GENERIC, article_hint=hint) is None
