# ruff: noqa: E501 - page markup reads best one element per line, as a CMS prints it
"""Hand-written pages in the templates issue 10 names, for the generic-extraction tests.

Each builder returns the HTML of one article page (or listing) with the markup the issue describes:
SharePoint with spans and no `<h1>`, a table-layout town portal, NukeViet's labelled byline block,
a WordPress classic theme (`h1.entry-title` inside `header.entry-header`, `<time datetime>`,
comments), a block theme whose only date follows the body, archives. They are not the benchmark's
templates: the benchmark's held-out pages are never read here.
"""

from __future__ import annotations

TITLE = "Huyện Tiên Yên đẩy mạnh chuyển đổi số trong cải cách hành chính"
PARAGRAPHS = [
    "Sáng ngày 14/3, Ủy ban nhân dân huyện Tiên Yên tổ chức hội nghị triển khai kế hoạch chuyển "
    "đổi số năm 2019, với sự tham dự của lãnh đạo các phòng, ban chuyên môn và chủ tịch ủy ban "
    "nhân dân các xã, thị trấn trên địa bàn huyện.",
    "Theo báo cáo tại hội nghị, năm 2018 toàn huyện đã tiếp nhận và giải quyết hơn 12.000 hồ sơ "
    "thủ tục hành chính, trong đó tỷ lệ hồ sơ được giải quyết đúng hạn đạt trên 98%, số hồ sơ "
    "nộp trực tuyến mức độ 3 và 4 tăng gấp đôi so với năm trước.",
    "Phát biểu chỉ đạo, đồng chí Chủ tịch Ủy ban nhân dân huyện yêu cầu các đơn vị tập trung "
    "hoàn thiện hạ tầng công nghệ thông tin, đẩy mạnh tuyên truyền để người dân và doanh nghiệp "
    "sử dụng dịch vụ công trực tuyến, coi đây là nhiệm vụ trọng tâm của cả năm.",
]
BODY = "\n\n".join(PARAGRAPHS)
BODY_HTML = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
CAPTION = "Quang cảnh hội nghị triển khai kế hoạch chuyển đổi số."
TEASERS = [
    ("Xã Đông Ngũ ra quân làm đường giao thông nông thôn", "12/03/2019"),
    ("Thị trấn Tiên Yên tổng kết công tác dân số năm 2018", "11/03/2019"),
    ("Hội nghị tập huấn nghiệp vụ văn thư lưu trữ cho cán bộ xã", "10/03/2019"),
    ("Tiên Yên tổ chức lễ ra quân huấn luyện quân sự năm 2019", "09/03/2019"),
    ("Kiểm tra công tác phòng chống cháy rừng tại các xã vùng cao", "08/03/2019"),
    ("Ngày hội đọc sách tại trường tiểu học thị trấn Tiên Yên", "07/03/2019"),
]


def _teaser_list(heading: str, css: str = "") -> str:
    items = "".join(f'<li><a href="/tin/{i}.html">{t}</a> <span>({d})</span></li>'
                    for i, (t, d) in enumerate(TEASERS))
    return f'<div{css}><div class="tieu-de">{heading}</div><ul>{items}</ul></div>'


def sharepoint_spans(*, title_tag: str = TITLE) -> str:
    """A SharePoint TinTuc page: headline and date in spans, no heading, "Từ khóa:" TagNews box,
    a PDF attachment in the body."""
    return f"""<html><head><title>{title_tag}</title>
<input type="hidden" id="__VIEWSTATE" value="x"></head><body class="s4-body">
<div id="s4-workspace"><div class="banner"><span class="ten-cong">CỔNG THÔNG TIN ĐIỆN TỬ TỈNH</span></div>
<div class="menu"><a href="/">Trang chủ</a> <a href="/Trang/Tin-tuc.aspx">Tin tức</a></div>
<div id="ctl00_PlaceHolderMain_g_1"><div class="chitiet">
<span class="TieuDeTin">{TITLE}</span><br/>
<span class="NgayDang">14/03/2019 08:30</span>
<div class="ExternalClassA1B2"><p class="MsoNormal">{PARAGRAPHS[0]}</p>
<p><img src="/Libraries/HinhAnhBaiViet/a.jpg?renditionID=6"></p><p><em>{CAPTION}</em></p>
<p class="MsoNormal">{PARAGRAPHS[1]}</p><p class="MsoNormal">{PARAGRAPHS[2]}</p>
<p>Tải về: <a href="/Lists/TinTuc/Attachments/5/ke-hoach.pdf">Kế hoạch chuyển đổi số</a></p>
<p style="text-align:right"><strong>Minh Hà</strong></p></div>
<div class="TagNews"><span>Từ khóa:</span> <a href="/tag/1">chuyển đổi số</a>, <a href="/tag/2">Tiên Yên</a></div>
</div></div>
{_teaser_list("Tin liên quan")}
</div></body></html>"""


def table_portal(*, title_tag: str = "UBND THỊ TRẤN TIÊN YÊN") -> str:
    """A table-layout town portal: headline and date in plain divs, no heading, "Tin Nóng" and a
    visit counter in the side column, dated teasers everywhere."""
    return f"""<html><head><title>{title_tag}</title></head><body>
<table width="1000"><tr><td colspan="2"><img src="/banner.jpg"></td></tr>
<tr><td width="250" valign="top">
<div><b>Tin Nóng</b></div>{"".join(f'<div><a href="/t/{i}">{t}</a><br/>{d}</div>' for i, (t, d) in enumerate(TEASERS))}
<div><b>Thống kê truy cập</b></div><div>Hôm nay: 120</div><div>Tổng lượt truy cập: 45.678</div>
</td><td valign="top">
<div style="font-size:18px;color:#b00;font-weight:bold">{TITLE}</div>
<div style="color:#777">Cập nhật lúc 08:30 ngày 14/3/2019</div>
<div>{BODY_HTML}</div>
<div align="right"><b>Ban biên tập</b></div>
<div><b>Các tin khác</b></div>{"".join(f'<div>- <a href="/t/{i}">{t}</a> ({d})</div>' for i, (t, d) in enumerate(TEASERS))}
</td></tr></table></body></html>"""


def font_paragraphs() -> str:
    """An early-2000s table template: each paragraph a `<font>…</font><br><br>` written straight
    into the cell that also holds an image's centred `<div>`, the masthead a bold line."""
    text = "".join(f'<font face="Arial" size="2">{p}</font><br><br>' for p in PARAGRAPHS[1:])
    return f"""<html><head><title>Xã Tiên Lãng :: {TITLE}</title></head><body><table width="1000">
<tr><td><font size="5"><b>TRANG THÔNG TIN ĐIỆN TỬ XÃ TIÊN LÃNG</b></font></td></tr>
<tr><td><table><tr><td><a href="/">Trang chủ</a></td><td><a href="/?mod=news">Tin tức</a></td></tr></table></td></tr>
<tr><td><table width="100%"><tr><td><span class="title_news"><font size="4"><b>{TITLE}</b></font></span></td></tr>
<tr><td><font size="1">Ngày 14/03/2019</font></td></tr>
<tr><td align="justify"><font face="Arial" size="2">{PARAGRAPHS[0]}</font><br><br>
<div align="center"><img src="/img/a.jpg"></div><div align="center"><font size="2">{CAPTION}</font></div><br>
{text}</td></tr></table></td></tr></table></body></html>"""


def nukeviet_like() -> str:
    """NukeViet's detail layout without its generator tag: the labelled `Tác giả:` / `Nguồn tin:`
    block after the body."""
    return f"""<html><head><title>{TITLE} - Cổng thông tin huyện</title></head><body>
<div class="wraper"><div class="col-md-18"><div class="news-detail">
<h2 class="tieude">{TITLE}</h2>
<span class="ngay">Thứ năm - 14/03/2019 08:30</span>
<div class="noidung">{BODY_HTML}</div>
<div class="tacgia"><p class="h5 text-right"><strong>Tác giả: </strong>Nguyễn Thu Trang</p>
<p class="h5 text-right"><strong>Nguồn tin: </strong>Văn phòng HĐND và UBND huyện</p></div>
</div>
<div class="news-other"><h3>Những tin mới hơn</h3>{_teaser_list("Tin khác")}</div>
</div></div></body></html>"""


def by_line_theme() -> str:
    """A theme that prints "Đăng bởi … | date" under the headline."""
    return f"""<html><head><title>{TITLE}</title></head><body><div id="page">
<div class="post"><h1>{TITLE}</h1><div class="meta">Đăng bởi Lê Văn Hùng | 14/03/2019 08:30</div>
<div class="content">{BODY_HTML}</div></div></div></body></html>"""


def wordpress_classic(*, comment_date: str = "2019-03-20T10:00:00+07:00") -> str:
    """WordPress's classic theme: the headline in `header.entry-header`, the publish time in a
    `<time datetime>` of the entry footer, a dated body sentence, comments with their times."""
    return f"""<html><head><title>{TITLE} &#8211; Cổng thông tin</title>
<link rel="canonical" href="http://127.0.0.1:8080/2019/03/14/chuyen-doi-so/"></head>
<body class="post-template-default single single-post postid-12 single-format-standard">
<header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Cổng thông tin</a></p></div>
<nav class="primary-navigation"><a href="/">Trang chủ</a></nav></header>
<main id="main" class="site-main"><article id="post-12" class="post-12 post type-post category-tin-tuc">
<header class="entry-header alignwide"><h1 class="entry-title">{TITLE}</h1></header>
<div class="entry-content"><p>{PARAGRAPHS[0]}</p>
<figure class="wp-block-image"><img src="/wp-content/uploads/a.jpg"><figcaption class="wp-element-caption">{CAPTION}</figcaption></figure>
<p>{PARAGRAPHS[1]}</p><p>Kế hoạch được ban hành ngày 02 tháng 6 năm 2005 và sửa đổi ngày 28 / 5 / 2008.</p><p>{PARAGRAPHS[2]}</p>
<div class="wp-block-file"><a href="/wp-content/uploads/ke-hoach.pdf">ke-hoach.pdf</a></div></div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">Đã đăng <time class="entry-date published updated" datetime="2019-03-14T08:30:00+07:00">14/03/2019</time></span><span class="byline">Bởi <a href="/author/trang/" rel="author">Nguyễn Thu Trang</a></span></div>
<div class="post-taxonomies"><span class="cat-links">Chuyên mục <a href="/category/tin-tuc/" rel="category tag">Tin tức</a></span><span class="tags-links">Thẻ <a href="/tag/chuyen-doi-so/" rel="tag">chuyển đổi số</a><a href="/tag/tien-yen/" rel="tag">Tiên Yên</a></span></div></footer>
</article>
<div id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><article class="comment-body"><footer class="comment-meta"><div class="comment-metadata"><a href="#c1"><time datetime="{comment_date}">20/03/2019 lúc 10:00</time></a></div></footer>
<div class="comment-content"><p>Rất hữu ích cho người dân trong huyện, cảm ơn ban biên tập.</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=5#respond">Trả lời</a></div></article></li></ol></div>
</main><aside class="widget-area"><section class="widget"><h2>Bài viết mới</h2><ul>{"".join(f'<li><a href="/p/{i}">{t}</a><span class="post-date">{d}</span></li>' for i, (t, d) in enumerate(TEASERS))}</ul></section></aside>
</body></html>"""


def block_theme() -> str:
    """A block theme: the headline a `h1.wp-block-post-title`, the only date a `<time>` after the
    body, a comment whose timestamp comes first in the page."""
    return f"""<html><head><title>{TITLE} &#8211; Cổng thông tin</title></head>
<body class="post-template-default single single-post postid-13">
<div class="wp-site-blocks"><header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/">Cổng thông tin</a></p></header>
<main class="wp-block-group"><h1 class="has-text-align-left wp-block-post-title">{TITLE}</h1>
<div class="entry-content wp-block-post-content">{BODY_HTML}<p>Số liệu cập nhật đến ngày 28/5/2008 theo báo cáo của huyện.</p></div>
<div class="wp-block-group"><div class="wp-block-post-date"><time datetime="2019-03-14T08:30:00+07:00">14/03/2019</time></div>
<div class="wp-block-post-author has-small-font-size"><div class="wp-block-post-author__content"><p class="wp-block-post-author__name">Ban Biên tập</p></div></div>
<div class="taxonomy-category wp-block-post-terms"><a href="/category/tin-tuc/" rel="tag">Tin tức</a></div>
<div class="taxonomy-post_tag wp-block-post-terms"><a href="/tag/chuyen-doi-so/" rel="tag">chuyển đổi số</a></div></div>
<div class="wp-block-comments"><div class="wp-block-comment-date"><time datetime="2019-03-20T10:00:00+07:00">20/03/2019</time></div></div>
</main></div></body></html>"""


def wordpress_archive(body_class: str = "archive category category-tin-tuc") -> str:
    """A category archive (or, with another body class, the home page or an author archive)."""
    posts = "".join(
        f'<article class="post type-post"><header class="entry-header"><h2 class="entry-title">'
        f'<a href="/2019/03/{i:02d}/p{i}/">{t}</a></h2></header><div class="entry-content"><p>'
        f'{PARAGRAPHS[i % 3]}</p></div><footer class="entry-footer"><time class="entry-date '
        f'published" datetime="2019-03-{i + 1:02d}T08:00:00+07:00">{d}</time></footer></article>'
        for i, (t, d) in enumerate(TEASERS))
    return f"""<html><head><title>Tin tức &#8211; Cổng thông tin</title></head>
<body class="{body_class}"><main id="main"><header class="page-header"><h1 class="page-title">Chuyên mục: Tin tức</h1></header>
{posts}</main></body></html>"""


def listing_over_a_link_row(teasers: int = 4) -> str:
    """A section page of bare teaser rows (a title link, a date line) with a footer row of links
    to every month of the archive, every tag and every writer: the longest run of words on the
    page is that row, which a body finder takes when the teasers are too short to be text."""
    items = "".join(f'<div class="news-item"><a class="news-item-title" href="/bai-viet/{i}">{t}</a>'
                    f'<div class="news-item-date">{d} 08:30</div></div>'
                    for i, (t, d) in enumerate(TEASERS[:teasers]))
    months = [(f"/month/{y}-{m:02}/", f"Tháng {m:02}/{y}") for y in range(2019, 2026) for m in (2, 5, 9, 11)]
    words = ["chuyển đổi số", "nông thôn mới", "cải cách hành chính", "y tế", "giáo dục", "du lịch",
             "bầu cử", "Đoàn Thanh niên", "Minh Hà", "Thu Trang", "Hoàng Anh", "Trần Thị Hoa"]
    row = " · ".join(f'<a href="{h}">{t}</a>' for h, t in months + [(f"/tag/{i}/", w) for i, w in enumerate(words)])
    return f"""<html><head><meta charset="utf-8"><title>Chỉ đạo điều hành</title></head><body>
<div class="topbar"><a href="/">Trang chủ</a> <a href="/danh-muc/chi-dao-dieu-hanh">Chỉ đạo điều hành</a></div>
<div class="content-area"><div class="list-title">Chỉ đạo điều hành</div>{items}</div>
<div class="bottom-links">{row}</div><div class="footer-info">Bản quyền thuộc Ủy ban nhân dân huyện Tiên Yên</div>
</body></html>"""


def plain_listing() -> str:
    """A listing with no CMS body class: dated teasers with their leads, in the main column."""
    items = "".join(
        f'<div class="item"><a href="/tin/{i}.html"><img src="/i{i}.jpg"></a><div><a href="/tin/{i}.html">{t}</a>'
        f'</div><div>{d}</div><div>{PARAGRAPHS[i % 3][:160]}</div></div>'
        for i, (t, d) in enumerate(TEASERS))
    return f"""<html><head><title>Tin tức - Sự kiện</title></head><body>
<div class="main"><div class="cat-title">Tin tức - Sự kiện</div>{items}</div></body></html>"""


def table_listing() -> str:
    """An old table portal's section page: each teaser a row whose cell holds the title link and
    its date, "(12/03/19 - 08:30)", and a second row its lead; menus and a counter around."""
    items = "".join(
        f'<TABLE width="100%"><TR><TD class=tieudetin><A href="/tin/chitiet.asp?id={i}"><B>{t}</B></A> '
        f'<FONT color=#808080>({d[:6]}{d[8:]} - 08:30)</FONT></TD></TR><TR><TD class=tomtat>{PARAGRAPHS[i % 3][:180]}</TD></TR></TABLE>'
        for i, (t, d) in enumerate(TEASERS[:5]))
    return f"""<HTML><HEAD><TITLE>Tin tức - Sự kiện - Trang thông tin điện tử xã Đông Ngũ</TITLE></HEAD><BODY>
<TABLE width=980><TR><TD colSpan=2 class=tenxa>Trang thông tin điện tử xã Đông Ngũ</TD></TR>
<TR><TD width=190><TABLE><TR><TD>DANH MỤC</TD></TR><TR><TD><A href="/tin/danhsach.asp?cid=1">Tin tức - Sự kiện</A></TD></TR>
<TR><TD><A href="/tin/danhsach.asp?cid=2">Thông báo</A></TD></TR></TABLE>
<TABLE><TR><TD>THỐNG KÊ TRUY CẬP</TD></TR><TR><TD>Đang truy cập: 4<BR>Tổng lượt truy cập: 98.112</TD></TR></TABLE></TD>
<TD width=590>{items}</TD></TR></TABLE></BODY></HTML>"""


def two_post_tag_page() -> str:
    """A Bootstrap tag page of two posts: the tag's name as its heading, then two cards (a
    thumbnail, a title link in an `h5`, a date line, a lead; the first post has none)."""
    cards = "".join(
        f'<div class="card mb-3"><div class="row g-0"><div class="col-4"><img src="/i/{i}.jpg" class="img-fluid" alt=""></div>'
        f'<div class="col-8"><div class="card-body"><h5 class="card-title"><a href="/bai-viet/{i}">{t}</a></h5>'
        f'<p class="card-text small"><i class="bi bi-calendar3"></i> {d} <i class="bi bi-clock"></i> 08:30</p>'
        f'<p class="card-text">{PARAGRAPHS[i][:190] if i else ""}</p></div></div></div></div>'
        for i, (t, d) in enumerate(TEASERS[:2]))
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="/chuyen-muc/{i}">{t}</a></li>'
                   for i, t in enumerate(["Trang chủ", "Tin tức - Sự kiện", "Chỉ đạo điều hành", "Thông báo", "Liên hệ"]))
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>chuyển đổi số trong cải cách | Cổng thông tin điện tử huyện Tiên Yên</title></head>
<body><div class="bg-primary"><div class="container"><img src="/quoc-huy.png" alt=""><div><div class="small">Ủy ban nhân dân tỉnh Quảng Ninh</div><div class="fs-4 fw-bold">Cổng thông tin điện tử huyện Tiên Yên</div></div></div></div>
<div class="navbar"><div class="container"><ul class="navbar-nav">{menu}</ul></div></div>
<main class="container"><div class="row"><div class="col-lg-8">
<div class="list-title">chuyển đổi số trong cải cách</div>
{cards}
</div></div></main></body></html>"""


def icon_meta_row(byline: str = "Tác giả: Minh Hà") -> str:
    """A Bootstrap article: under the `h1` a meta row of icon spans with no separator between
    them — the date, the time, the byline as the editor typed it, the view count."""
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{TITLE} | Cổng thông tin điện tử huyện Tiên Yên</title></head>
<body><nav class="navbar"><a href="/">Trang chủ</a> <a href="/chuyen-muc/tin-tuc">Tin tức</a></nav>
<main class="container"><div class="card"><div class="card-body">
<h1 class="h3 fw-bold">{TITLE}</h1>
<div class="d-flex small text-secondary"><span class="me-3"><i class="bi bi-calendar3"></i> 14/03/2019</span><span class="me-3"><i class="bi bi-clock"></i> 08:30</span><span class="me-3"><i class="bi bi-person-fill"></i> {byline}</span><span><i class="bi bi-eye"></i> 1.204</span></div>
<div class="article-content">{BODY_HTML}</div></div></div></main></body></html>"""


def byline_after_a_file_box() -> str:
    """A SharePoint article whose "Tệp đính kèm:" box (a label, then a file link) sits between the
    text and the right-aligned "Tác giả:" line."""
    files = "".join(f'<div class="tinbai-dinhkem-item"><img src="/icpdf.png" alt="" /> <a href="/Lists/TinTuc/Attachments/{i}/{n}.pdf">{t}</a></div>'
                    for i, (n, t) in enumerate([("ke-hoach", "Kế hoạch chuyển đổi số")]))
    return f"""<html><head><title>{TITLE}</title></head><body><div id="s4-workspace">
<div class="menu"><a href="/">Trang chủ</a> <a href="/Pages/Tin-tuc.aspx">Tin tức</a></div>
<div class="chitiet-tinbai"><div class="chitiet-tieude"><span id="lblTieuDe">{TITLE}</span></div>
<div class="chitiet-ngay">Thứ Năm, 14/03/2019 - 08:30</div>
<div class="chitiet-noidung">{BODY_HTML}</div>
<div class="tinbai-dinhkem"><span class="nhan">Tệp đính kèm:</span>{files}</div><div class="chitiet-tacgia" style="text-align:right"><b>Tác giả: Minh Hà</b></div>
<div class="chitiet-nguon" style="text-align:right">Nguồn: Trung tâm Thông tin - Công báo tỉnh</div></div>
{_teaser_list("Tin cùng chuyên mục")}</div></body></html>"""


def calendar_under_a_top_bar() -> str:
    """A work calendar: the site's owner and name in a top bar above the `<nav>`, the name also
    in `<title>`; then a line and a table of dated rows, no headline of its own."""
    rows = "".join(f"<tr><td>Thứ {d}, {n}/08/2025</td><td>0{n % 3 + 7}:30</td><td>{what}</td></tr>"
                   for d, n, what in (("hai", 18, "Họp giao ban Thường trực Ủy ban nhân dân huyện"),
                                      ("ba", 19, "Tiếp công dân định kỳ tại trụ sở tiếp công dân"),
                                      ("tư", 20, "Kiểm tra tiến độ xây dựng nông thôn mới tại các xã"),
                                      ("năm", 21, "Làm việc với Phòng Tài nguyên và Môi trường huyện")))
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Lịch công tác | Cổng thông tin điện tử huyện Tiên Yên</title></head>
<body><div class="bg-primary"><div class="container"><img src="/quoc-huy.png" alt=""><div><div class="small">Ủy ban nhân dân tỉnh Quảng Ninh</div><div class="fs-4 fw-bold">Cổng thông tin điện tử huyện Tiên Yên</div></div></div></div>
<nav class="navbar"><a href="/">Trang chủ</a> <a href="/chuyen-muc/tin-tuc">Tin tức</a> <a href="/lich-cong-tac">Lịch công tác</a></nav>
<main class="container"><p>Lịch công tác tuần của Thường trực Hội đồng nhân dân, Ủy ban nhân dân huyện</p><table class="lich">{rows}</table></main></body></html>"""


def sidebar_body_class(lead: str) -> str:
    """Joomla 4's Cassiopeia: `<body class="… has-sidebar-right">` whenever the right-hand module
    position is filled, the headline an h2 in `div.page-header`, the intro text printed as a bold
    first paragraph of the article body, a module column of latest news beside it."""
    return f"""<html lang="vi-vn"><head><title>{TITLE}</title></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-101 has-sidebar-right">
<header class="header container-header"><a class="brand-logo" href="/">Cổng thông tin</a></header>
<div class="site-grid"><div class="grid-child container-component"><main>
<div class="com-content-article item-page"><div class="page-header"><h2>{TITLE}</h2></div>
<dl class="article-info"><dd class="published"><time datetime="2019-03-14T08:30:00+07:00">Đăng ngày: 14/03/2019 08:30</time></dd></dl>
<div class="com-content-article__body"><p><strong>{lead}</strong></p>{BODY_HTML}</div></div></main></div>
<div class="grid-child container-sidebar-right"><div class="card"><h3>Tin mới</h3><ul>{"".join(f'<li><a href="/p/{i}">{t}</a></li>' for i, (t, _) in enumerate(TEASERS))}</ul></div></div></div>
</body></html>"""
