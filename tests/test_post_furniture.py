"""A post's furniture printed around its text in the column a body finder takes (issue 10: a real
Mezzanine blog prints its tag row, rating widget, share buttons and comment count there): never
body, and never enough short lines to make an article read as a menu
(archiver.extract.layout.post_furniture)."""

from __future__ import annotations

from lxml import html as lxml_html

from archiver.extract.layout import post_furniture
from archiver.extract.listing import NO_DATE, not_article_reason, short_line_share
from archiver.extract.page import ArticlePage

URL = "http://127.0.0.1:8080/tin-tuc/hop-tac-xa-yen-son-lien-ket-tieu-thu-san-pham-ocop/"
TEXT = [
    "Thành lập năm 2018 với 15 thành viên, đến nay Hợp tác xã nông nghiệp Yên Sơn đã có 62 thành "
    "viên, liên kết với gần 300 hộ trồng dong riềng và nuôi ong trên diện tích hơn 120 ha.",
    "Hai sản phẩm miến dong Yên Sơn và mật ong rừng Khe Mơ đã được công nhận sản phẩm OCOP 4 sao "
    "cấp tỉnh, bao bì và nhãn mác được thiết kế lại với mã QR truy xuất nguồn gốc.",
]
#: As Mezzanine 6's blog_post_detail.html prints a post (its Vietnamese translation), trimmed.
PAGE = f"""<html><head><title>Hợp tác xã Yên Sơn liên kết tiêu thụ sản phẩm OCOP</title></head>
<body><div class="container"><h1>Hợp tác xã Yên Sơn liên kết tiêu thụ sản phẩm OCOP</h1></div>
<div class="container"><div class="row">
<div class="col-md-7 middle">
<p>(<a href="#comments">0 nhận xét</a>)</p>
{"".join(f"<p>{t}</p>" for t in TEXT)}
<ul class="list-inline tags"><li>Các thẻ:</li><li><a href="/tin-tuc/tag/ocop/">OCOP</a>, </li>
<li><a href="/tin-tuc/tag/hop-tac-xa/">hợp tác xã</a>, </li>
<li><a href="/tin-tuc/tag/yen-son/">Yên Sơn</a></li></ul>
<div class="panel panel-default rating"><div class="panel-body">
<span id="rating-41">Chưa được đánh giá</span>
<form class="form-inline" method="post" action="/rating/"><label><input type="radio"> 1</label>
<input type="submit" value="Đánh giá"></form></div></div>
<a class="btn btn-sm share-twitter" href="https://twitter.com/intent/tweet">Chia sẻ lên Twitter</a>
<a class="btn btn-sm share-facebook" href="https://www.facebook.com/sharer">Chia sẻ lên
Facebook</a>
</div>
<div class="col-md-3 right"><h3>Bài viết gần đây</h3>
<ul><li><a href="/tin-tuc/a/">Xã Hòa Bình ra quân làm đường giao thông nông thôn</a></li></ul>
</div></div></div></body></html>"""


def test_a_posts_furniture_is_no_part_of_its_body():
    page = ArticlePage(URL, PAGE)
    assert page.paragraphs() == TEXT
    assert page.tags() == ["OCOP", "hợp tác xã", "Yên Sơn"]


def test_a_dateless_post_with_its_furniture_is_refused_for_its_date_only():
    """Without the rule the body is two sentences among eight short lines: "mostly short lines
    (menus, titles)", which no article shape may take back."""
    page = ArticlePage(URL, PAGE)
    assert short_line_share(page) == 0
    assert not_article_reason(page, page.fields(), url_says_article=False) == NO_DATE


def test_furniture_is_found_by_its_marks_not_its_words():
    root = lxml_html.fromstring(PAGE)
    body = root.xpath("//div[contains(@class, 'middle')]")[0]
    found = post_furniture(body, root.xpath("//ul[contains(@class, 'tags')]"))
    assert {el.get("class") or el.get("href") for el in found} == {
        "#comments", "list-inline tags", "panel panel-default rating", "btn btn-sm share-twitter",
        "btn btn-sm share-facebook"}


def test_a_sentence_in_a_tag_marked_box_or_a_long_share_marked_box_stays():
    """A box marked as tags that holds a sentence, or a "share" wrapper around the whole post
    (`MAX_FURNITURE_WORDS`), is no furniture."""
    root = lxml_html.fromstring(
        f'<div><div class="tags">{TEXT[0]} <a href="/t/">OCOP</a></div>'
        f'<div class="share-wrap"><p>{TEXT[0]}</p><p>{TEXT[1]}</p></div></div>')
    assert post_furniture(root, root.xpath("//div[@class='tags']")) == set()


def test_a_tag_link_inside_a_sentence_stays():
    root = lxml_html.fromstring(f'<div><p>{TEXT[0]} <a rel="tag" href="/t/">OCOP</a>.</p></div>')
    assert post_furniture(root, root.xpath("//a")) == set()
