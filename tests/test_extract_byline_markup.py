# ruff: noqa: E501 - page markup reads best one element per line, as a CMS prints it
"""Writers and bodies read from markup conventions rather than from a byline's words: a person
icon labelling a meta row's fact, a byline element's part marked as the name, a JSON-LD author
that is the post's own publisher (archiver/extract/bylines.py, page.py, structured.py)."""

from __future__ import annotations

import json

import pytest
from lxml import html as lxml_html

from archiver.extract.bylines import person_icon_byline
from archiver.extract.page import extract_article
from tests import generic_pages as g

URL = "http://127.0.0.1:8080/tin-tuc/chuyen-doi-so.html"


def icon_list_post(writer: str, icon: str = "icofont-user-alt-3") -> str:
    """A bought theme's post: the headline in a banner over a breadcrumb that repeats it, then
    an icon list of facts, one `<li>` each: the date, the time, the writer, the section, views."""
    return f"""<html><head><title>{g.TITLE} - Trung tâm Y tế huyện</title></head><body>
<section class="breadcrumbs"><h1>{g.TITLE}</h1><ul class="bread-list"><li><a href="/">Trang chủ</a></li><li><a href="/danh-muc/tin-tuc">Tin tức</a></li><li class="active">{g.TITLE}</li></ul></section>
<div class="single-main"><div class="meta"><ul class="meta-left"><li><i class="icofont-calendar"></i> 14/03/2019</li><li><i class="icofont-clock-time"></i> 08:30</li><li><i class="{icon}"></i> {writer}</li><li><i class="icofont-folder"></i> <a href="/danh-muc/tin-tuc">Tin tức</a></li><li><i class="icofont-eye"></i> 1.204 lượt xem</li></ul></div>
<div class="news-text">{g.BODY_HTML}</div></div></body></html>"""


@pytest.mark.parametrize(("writer", "icon", "authors"), [
    ("Minh Hà", "icofont-user-alt-3", ["Minh Hà"]),              # IcoFont
    ("Thu Trang, Hoàng Anh", "fa fa-user", ["Thu Trang", "Hoàng Anh"]),  # Font Awesome
    ("Ban Biên tập", "bi bi-person-fill", ["Ban Biên tập"]),      # Bootstrap Icons: a desk, whole
    ("Tác giả: Minh Hà", "icon-user", ["Minh Hà"]),               # Joomla: the label printed too
    ("Minh Hà", "icofont-eye", []),                                # no person icon: no byline
])
def test_a_fact_labelled_by_a_person_icon_is_the_byline(writer: str, icon: str,
                                                         authors: list[str]) -> None:
    """`person_icon_byline`: the name is the third fact under the headline, past the two lines
    where a bare name is read, and only its icon says it is the writer."""
    fields = extract_article(URL, icon_list_post(writer, icon))
    assert fields["authors"] == authors
    assert fields["published"] == "2019-03-14T08:30:00+07:00"


@pytest.mark.parametrize(("markup", "authors"), [
    ('<li><i class="fa fa-user"></i> Minh Hà</li>', ["Minh Hà"]),
    ('<li><i class="fa fa-user"></i><span>Minh Hà</span></li>', ["Minh Hà"]),
    ('<div><span><i class="bi bi-person"></i> Minh Hà</span><span><i class="bi bi-eye"></i> 12</span></div>', ["Minh Hà"]),
    ('<li><i class="fa fa-user"></i> 1.204</li>', None),            # a count, not a name
    ('<li><i class="fa fa-users"></i> Minh Hà</li>', None),         # a group's icon (visitors)
    ('<li><i class="fa fa-calendar"></i> Minh Hà</li>', None),
    ('<li>Minh Hà <i class="fa fa-user"></i></li>', None),          # the icon does not open it
])
def test_person_icon_byline(markup: str, authors: list[str] | None) -> None:
    assert person_icon_byline(lxml_html.fragment_fromstring(markup)) == authors


def info_row_post(label: str, writer: str) -> str:
    """VitePress's Teek theme: the post's info row above the headline, each fact an SVG icon
    (no icon font, no class naming it) and a value, told apart only by its `aria-label` (Teek
    prints its labels in Chinese: "作者" the author, "创建时间" the creation time)."""
    icon = '<i class="tk-icon" aria-hidden="true"><svg viewBox="0 0 1024 1024"><path d="M512 512"></path></svg></i>'
    return f"""<html><head><title>{g.TITLE} | Cổng thông tin xã</title></head><body><div class="content">
<div class="tk-article-analyze"><div class="tk-breadcrumb"><a href="/" title="首页">{icon}</a> / <span>Tin tức</span></div>
<div class="tk-article-info" role="group" aria-label="文章信息"><span class="tk-article-info__item" role="group" aria-label="{label}">{icon}<a title="{label}" class="hover-color">{writer}</a></span>
<span class="tk-article-info__item" role="group" aria-label="创建时间">{icon}<span>2019-03-14</span></span></div></div>
<main class="main"><div class="vp-doc"><h1>{g.TITLE}</h1>{g.BODY_HTML}</div></main></div></body></html>"""


@pytest.mark.parametrize(("label", "writer", "authors"), [
    ("作者", "Minh Hà", ["Minh Hà"]),                               # Teek's Chinese labels
    ("作者", "Thu Trang, Hoàng Anh", ["Thu Trang", "Hoàng Anh"]),
    ("Author", "Nhóm PV", ["Nhóm PV"]),                             # its English ones
    ("Tác giả", "Minh Hà", ["Minh Hà"]),                            # a Vietnamese theme's
    ("Lượt xem", "Minh Hà", []),                                    # another fact: no byline
])
def test_a_fact_whose_accessible_name_says_author_is_the_byline(label: str, writer: str,
                                                                authors: list[str]) -> None:
    """`accessible_author_label`: only the `aria-label` (and the link's `title`) says which fact
    of the info row is the writer."""
    assert extract_article(URL, info_row_post(label, writer))["authors"] == authors


def badge_byline(name_part: str) -> str:
    """Hexo's Keep theme: the title in a `div`, then the byline box: the post's author in
    `span.name` beside a level badge, then the date."""
    return f"""<html><head><title>{g.TITLE}</title></head><body><div class="post-content-container">
<div class="post-title">{g.TITLE}</div>
<div class="post-header"><div class="avatar-box"><img src="/images/avatar.svg"></div><div class="info-box"><div class="author border-box">{name_part}<span class="author-badge">Lv4</span></div>
<div class="meta-info"><span class="datetime">2019-03-14 08:30:00</span></div></div></div>
<div class="post-content">{g.BODY_HTML}</div></div></body></html>"""


@pytest.mark.parametrize(("name_part", "authors"), [
    ('<span class="name">Minh Hà</span>', ["Minh Hà"]),
    ('<span class="name">Ban Biên tập</span>', ["Ban Biên tập"]),
    ('<span class="name">Thu Trang, Hoàng Anh</span>', ["Thu Trang", "Hoàng Anh"]),
    ('<span class="fn">Minh Hà</span>', ["Minh Hà"]),              # hCard
    ('<span itemprop="name">Minh Hà</span>', ["Minh Hà"]),         # schema.org microdata
    ('<span class="name">admin</span>', []),                        # the administrator account
])
def test_the_part_of_a_byline_marked_as_the_name_names_the_writer(name_part: str,
                                                                   authors: list[str]) -> None:
    """`marked_name`: "Minh Hà Lv4" read whole is no list of names."""
    assert extract_article(URL, badge_byline(name_part))["authors"] == authors


def json_ld_post(author: dict, publisher: dict) -> str:
    """A post page that prints no byline, its JSON-LD naming an author and a publisher."""
    ld = json.dumps({"@context": "https://schema.org", "@type": "BlogPosting", "headline": g.TITLE,
                     "datePublished": "2019-03-14T08:30:00+07:00", "author": author,
                     "publisher": publisher}, ensure_ascii=False)
    return (f'<html><head><title>{g.TITLE}</title><script type="application/ld+json">{ld}</script>'
            f"</head><body><main><article><h1>{g.TITLE}</h1><p>14/03/2019 08:30</p>"
            f"{g.BODY_HTML}</article></main></body></html>")


@pytest.mark.parametrize(("author", "publisher", "authors"), [
    # Hexo's Stellar: the site-wide `author` setting as both, on every post
    ({"@type": "Person", "name": "Ban Biên tập"}, {"@type": "Organization", "name": "Ban Biên tập"}, []),
    ({"@type": "Person", "name": "Ban Biên tập"}, [{"@type": "Person", "name": "Ban Biên tập"}], []),
    ({"@type": "Person", "name": "Minh Hà"}, {"@type": "Organization", "name": "Ban Biên tập"}, ["Minh Hà"]),
])
def test_a_structured_author_who_is_the_publisher_is_no_writer(author: dict, publisher: object,
                                                                authors: list[str]) -> None:
    """`publisher_names` among `Structured.owners`: the site speaking of itself."""
    assert extract_article(URL, json_ld_post(author, publisher))["authors"] == authors
