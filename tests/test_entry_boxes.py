"""A box marked as a widget or a sidebar that holds the page's own entry is content
(`layout.holds_main_entry`), a page builder's layout words mark no box (`layout.box_marks`),
and hAtom / microformats2 times are the entry's machine-readable publish and update times
(`microformats.page_times`) (issue 10)."""

import pytest
from lxml import etree
from lxml import html as lxml_html

from archiver.extract.layout import not_content
from archiver.extract.microformats import machine_time
from archiver.extract.page import ArticlePage
from tests import generic_pages as g

URL = "http://127.0.0.1:8080/2019/03/chuyen-doi-so.html"
ISO = "2019-03-14T08:30:00+07:00"
#: A sidebar's widget of recent posts: other posts' titles, each with an hAtom time of its own.
RECENT = "".join(f'<li class="hentry"><a class="entry-title" href="/p/{i}.html">{t}</a> '
                 f'<abbr class="published" title="2019-03-1{i}T07:00:00+07:00">{d}</abbr></li>'
                 for i, (t, d) in enumerate(g.TEASERS))


def blogger_post(*, timestamp: str | None = None) -> str:
    """A Blogger post page (Simple theme): the post inside the posts widget `div.widget.Blog`, the
    day in the date header over it and the time alone in the footer, in hAtom's `abbr.published`
    whose `title` holds the ISO time; a Popular Posts widget beside it."""
    stamp = timestamp if timestamp is not None else f"<abbr class='published' title='{ISO}'>08:30</abbr>"
    return f"""<html><head><meta content='blogger' name='generator'/>
<title>Phường Hòa Lạc: {g.TITLE}</title></head><body>
<header><div class='widget Header' id='Header1'>
<h1 class='title'><a href='/'>Phường Hòa Lạc</a></h1></div></header>
<div class='main section' id='main'><div class='widget Blog' id='Blog1'><div class='blog-posts hfeed'>
<div class='date-outer'><h2 class='date-header'><span>Thứ Năm, 14 tháng 3, 2019</span></h2>
<div class='post hentry'><h3 class='post-title entry-title'>{g.TITLE}</h3>
<div class='post-body entry-content'>{g.BODY_HTML}</div>
<div class='post-footer'><span class='post-author vcard'>Đăng bởi <span class='fn'>Admin</span></span>
<span class='post-timestamp'>vào lúc <a class='timestamp-link' href='{URL}'>{stamp}</a></span></div>
</div></div></div></div></div>
<aside><div class='sidebar section'><div class='widget PopularPosts' id='PopularPosts1'>
<h2>Bài đăng phổ biến</h2><ul>{RECENT}</ul></div></div></aside></body></html>"""


def genesis_post() -> str:
    """A WordPress Genesis child theme: the content column and the sidebar wrapped together in
    `div.content-sidebar-wrap`, the post an `article.entry` with its `h1.entry-title`."""
    return f"""<html><head><title>{g.TITLE} - Cổng thông tin</title></head>
<body class="post-template-default single single-post content-sidebar genesis-title-hidden">
<div class="site-container"><header class="site-header">
<p class="site-title"><a href="/">Cổng thông tin</a></p></header>
<div class="site-inner"><div class="content-sidebar-wrap"><main class="content" id="genesis-content">
<article class="post-12 post type-post status-publish entry"><header class="entry-header">
<h1 class="entry-title">{g.TITLE}</h1>
<p class="entry-meta"><time class="entry-time" datetime="{ISO}">14/03/2019</time></p></header>
<div class="entry-content">{g.BODY_HTML}</div></article></main>
<aside class="sidebar sidebar-primary widget-area"><section class="widget widget_recent_entries">
<h3 class="widgettitle">Bài viết mới</h3><ul>{RECENT}</ul></section></aside>
</div></div></div></body></html>"""


def test_the_box_holding_the_entry_is_content_and_widgets_beside_it_are_not() -> None:
    root = lxml_html.fromstring(blogger_post())
    assert not not_content(root.get_element_by_id("Blog1"))
    assert not_content(root.get_element_by_id("PopularPosts1"))
    assert not_content(root.get_element_by_id("Header1"))


def test_blogger_post_body_date_and_time_from_the_posts_widget() -> None:
    """The post is in the posts widget: its text is the body (no whole-page fallback taking in the
    header and the popular posts), and its time is hAtom's `abbr.published`, not the date header's
    day alone nor a popular post's time."""
    page = ArticlePage(URL, blogger_post())
    assert page.title() == g.TITLE
    assert page.body() == g.BODY
    assert page.published()[1].isoformat() == ISO
    assert page.evidence["published"] == "hAtom / microformats2 time of the article"


def test_a_wrapper_of_content_and_sidebar_is_content() -> None:
    """Genesis's `content-sidebar-wrap`: the post in it is found, its sidebar stays out."""
    page = ArticlePage(URL, genesis_post())
    fields = page.fields()
    assert fields["title"] == g.TITLE
    assert fields["body"] == g.BODY
    assert fields["published"] == ISO
    assert not any(t in fields["body"] for t, _ in g.TEASERS)


def test_an_aside_holding_the_entry_is_content() -> None:
    """A page builder that prints the post inside an `<aside>`: the entry is the page's text."""
    html = (f"<html><head><title>{g.TITLE}</title></head><body><div id='menu'><a href='/'>Trang chủ</a></div>"
            f"<aside class='col-main'><article><h1>{g.TITLE}</h1><div class='entry-content'>"
            f"{g.BODY_HTML}</div></article></aside><aside class='col-side'><ul>{RECENT}</ul></aside>"
            f"</body></html>")
    root = lxml_html.fromstring(html)
    main, side = root.findall(".//aside")
    assert not not_content(main)
    assert not_content(side)
    assert ArticlePage(URL, html).body() == g.BODY


def test_a_comment_marked_as_an_entry_makes_no_box_content() -> None:
    """IndieWeb themes mark each reader's comment an `h-entry` with `e-content`: a comments box
    holding one is no entry's box. With no other entry, the comments stay not content."""
    html = (f"<html><body><div class='post'><h2>{g.TITLE}</h2>{g.BODY_HTML}</div>"
            f"<div class='comments-area' id='comments'><article class='p-comment h-entry'>"
            f"<div class='e-content'><p>{g.PARAGRAPHS[0]}</p></div></article></div></body></html>")
    root = lxml_html.fromstring(html)
    assert not_content(root.get_element_by_id("comments"))


def test_the_entry_with_the_most_text_is_the_pages_own() -> None:
    """Teasers marked as entries with their excerpts (`entry-content`) in a widget beside a post
    whose text is marked too: the widget stays not content."""
    teasers = "".join(f"<div class='hentry'><a href='/p/{i}'>{t}</a>"
                      f"<div class='entry-content'>{t}.</div></div>" for i, (t, _) in enumerate(g.TEASERS))
    html = (f"<html><body><div class='widget' id='w'>{teasers}</div><div class='post hentry'>"
            f"<h1>{g.TITLE}</h1><div class='entry-content'>{g.BODY_HTML}</div></div></body></html>")
    root = lxml_html.fromstring(html)
    assert not_content(root.get_element_by_id("w"))


@pytest.mark.parametrize("markup", [
    f"<abbr class='published' title='{ISO}'>08:30</abbr>",
    f"<time class='dt-published' datetime='{ISO}'>14/03/2019</time>",
    f"<data class='dt-published' value='{ISO}'>hôm qua</data>",
    "<span class='dt-published'><span class='value-title' title='2019-03-14T08:30:00+07:00'></span>"
    "14/3</span>",
    "<span class='published'><abbr class='value' title='2019-03-14'>14/3</abbr> lúc "
    "<span class='value'>08:30</span></span>",
])
def test_hatom_and_microformats2_publish_times(markup: str) -> None:
    """hAtom's datetime design pattern, microformats2's `dt-published` on `time`/`data`, and the
    value-class pattern (a machine title, or a date part and a time part joined)."""
    page = ArticlePage(URL, blogger_post(timestamp=markup))
    assert page.published()[1].isoformat() == ISO


def test_a_marked_time_with_visible_text_only_and_an_unmarked_abbr_are_no_machine_time() -> None:
    """A marked element's visible text is a date line, left to the date-line rules; an `abbr` no
    class marks is an abbreviation ("UBND"), its `title` no time of the entry."""
    span = lxml_html.fromstring("<div><span class='published'>14/03/2019</span></div>").find(".//span")
    assert machine_time(span) is None
    page = ArticlePage(URL, blogger_post(timestamp=f"<abbr title='{ISO}'>08:30</abbr>"))
    assert page.published()[1].isoformat() != ISO


def test_an_entrys_updated_time_is_its_last_edit_not_its_publish_time() -> None:
    stamp = (f"<abbr class='published' title='{ISO}'>08:30</abbr> "
             "<abbr class='updated' title='2019-03-20T10:00:00+07:00'>20/03</abbr>")
    page = ArticlePage(URL, blogger_post(timestamp=stamp))
    assert page.published()[1].isoformat() == ISO
    assert page.modified().isoformat() == "2019-03-20T10:00:00+07:00"
    only_updated = ArticlePage(URL, blogger_post(
        timestamp="<abbr class='updated' title='2019-03-20T10:00:00+07:00'>20/03</abbr>"))
    assert only_updated.published()[1].isoformat() != "2019-03-20T10:00:00+07:00"


def vitepress_post() -> str:
    """A VitePress 1.6 post page as its default layout prints it (the Teek blog theme keeps it):
    the `<main>` inside `div.VPContent.has-sidebar` and `div.VPDoc.has-aside`, the headline an
    `h1` with its permalink anchor, the day after it; the sidebar of the section's other posts
    in `aside.VPSidebar` beside the content."""
    sidebar = "".join(f'<a class="link" href="/p/{i}.html"><p class="text">{t}</p></a>'
                      for i, (t, _) in enumerate(g.TEASERS))
    return f"""<html><head><title>{g.TITLE} | Cổng thông tin</title></head><body><div id="app">
<div class="Layout tk-layout">
<header class="VPNav"><a class="VPNavBarTitle" href="/">Cổng thông tin</a></header>
<aside class="VPSidebar"><nav class="nav">{sidebar}</nav></aside>
<div class="VPContent has-sidebar" id="VPContent"><div class="VPDoc has-sidebar has-aside">
<div class="container"><div class="content"><div class="content-container"><main class="main">
<div class="vp-doc"><div><h1 id="t" tabindex="-1">{g.TITLE} <a class="header-anchor" href="#t">\u200b</a></h1>
<p class="tk-article-info"><span>14/03/2019</span></p>{g.BODY_HTML}</div></div></main></div></div></div>
</div></div></div></div></body></html>"""


def test_boxes_around_the_main_landmark_are_content() -> None:
    """VitePress wraps its `<main>` in `has-sidebar` / `has-aside` boxes: layout classes of the
    boxes around the page's main landmark, which is the page's own text (HTML's `<main>`, ARIA's
    `role="main"`); the sidebar beside them stays not content, and the post is read."""
    root = lxml_html.fromstring(vitepress_post())
    assert not not_content(root.get_element_by_id("VPContent"))
    assert not_content(root.find(".//aside"))
    page = ArticlePage(URL, vitepress_post())
    assert page.title() == g.TITLE
    assert page.body() == g.BODY
    role = vitepress_post().replace('<main class="main">', '<div role="main">').replace(
        "</main>", "</div>")
    assert not not_content(lxml_html.fromstring(role).get_element_by_id("VPContent"))


def _elementor_widget(name: str, inner: str) -> str:
    """An Elementor widget as its frontend prints it: the element's box named after the widget,
    its container inside."""
    return (f'<div class="elementor-element elementor-element-5f3a2c1 elementor-widget '
            f'elementor-widget-{name}" data-widget_type="{name}.default">'
            f'<div class="elementor-widget-container">{inner}</div></div>')


def _elementor_row(*columns: str, containers: bool) -> str:
    """Elementor's layout of widgets side by side: a section's columns, or flexbox containers."""
    if containers:
        inner = "".join(f'<div class="elementor-element e-con-full e-flex e-con e-child">{c}</div>'
                        for c in columns)
        return ('<div class="elementor-element e-flex e-con-boxed e-con e-parent" '
                f'data-element_type="container"><div class="e-con-inner">{inner}</div></div>')
    inner = "".join('<div class="elementor-column elementor-col-50 elementor-top-column elementor-element">'
                    f'<div class="elementor-widget-wrap elementor-element-populated">{c}</div></div>'
                    for c in columns)
    return ('<section class="elementor-section elementor-top-section elementor-element '
            'elementor-section-boxed elementor-section-height-default">'
            f'<div class="elementor-container elementor-column-gap-default">{inner}</div></section>')


LEAD = "Năm 2023, tỷ lệ hồ sơ được tiếp nhận trực tuyến đạt 68%, gấp ba lần năm 2021."


def elementor_post(*, containers: bool = False) -> str:
    """A post printed by Elementor Pro's theme builder (Hello Elementor theme): the header and
    footer documents of the theme's locations, the single-post template laid out in a section of
    two columns (or, `containers`, in flexbox containers), the post's title, excerpt and content
    widgets in one, a WordPress recent-posts widget in the other. No `entry-content`, no
    `<article>`, no `<main>`: every box is a builder's."""
    menu = ('<nav class="elementor-nav-menu--main"><ul class="elementor-nav-menu">'
            '<li><a href="/">Trang chủ</a></li></ul></nav>')
    hotline = ('<div class="elementor-icon-box-content"><span class="elementor-icon-box-title">'
               'Đường dây nóng</span><p class="elementor-icon-box-description">0967.115.115</p></div>')
    header = _elementor_row(_elementor_widget("nav-menu", menu), _elementor_widget("icon-box", hotline),
                            containers=containers)
    post = (_elementor_widget("theme-post-title", f'<h1 class="elementor-heading-title">{g.TITLE}</h1>')
            + _elementor_widget("theme-post-excerpt", f"<p>{LEAD}</p>")
            + _elementor_widget("theme-post-content", g.BODY_HTML))
    recent = _elementor_widget("wp-widget-recent-posts", f"<h5>Bài viết mới</h5><ul>{RECENT}</ul>")
    footer = _elementor_widget("text-editor", "<p>Địa chỉ: số 1 đường Hùng Vương, tỉnh Hà Lâm</p>")
    return f"""<html><head><title>{g.TITLE} - Cổng thông tin</title></head>
<body class="post-template-default single single-post elementor-default elementor-kit-5">
<div data-elementor-type="header" class="elementor elementor-12 elementor-location-header">{header}</div>
<div data-elementor-type="single-post" class="elementor elementor-88 elementor-location-single">
{_elementor_row(post, recent, containers=containers)}</div>
<div data-elementor-type="footer" class="elementor elementor-20 elementor-location-footer">
{_elementor_row(footer, containers=containers)}</div></body></html>"""


@pytest.mark.parametrize("containers", [False, True])
def test_a_page_builders_boxes_are_read_by_the_widget_they_hold(containers: bool) -> None:
    """Elementor marks every widget `elementor-widget` in an `elementor-widget-wrap`: its layout
    words say nothing of the box, the widget's name does (`layout.box_marks`). The post's title,
    excerpt and text widgets are content, the recent posts widget is not, and the theme
    builder's header is the site's (its hotline is no summary)."""
    html = elementor_post(containers=containers)
    root = lxml_html.fromstring(html)

    def box(word: str) -> etree._Element:
        return root.xpath(f"//*[contains(concat(' ', @class, ' '), ' {word} ')]")[0]

    assert not not_content(box("elementor-widget-theme-post-content"))
    assert not_content(box("elementor-widget-wp-widget-recent-posts"))
    assert not_content(box("elementor-location-header"))
    fields = ArticlePage(URL, html).fields()
    assert fields["title"] == g.TITLE
    assert fields["body"] == g.BODY
    assert fields["summary"] == LEAD
