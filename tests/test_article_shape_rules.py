"""The article shape of a source whose pages print no readable date (issue 10, the date-blind
measurement): teasers that label the title or open with it, ids glued to a word in file names
and after a slug, the section segments the articles share, in the path or in a query
(archiver.extract.template: `labels_the_title`, `opens_with_the_title`, `id_shape`,
`shared_segments`, `section_segment`)."""

from __future__ import annotations

from lxml import etree

from archiver.extract.template import (
    MIN_PAGES,
    TemplateLearner,
    element_selector,
    id_shape,
    labels_the_title,
    names_its_teaser,
    opens_with_the_title,
    section_segment,
    shared_segments,
)

BASE = "http://127.0.0.1:8080"
TITLES = [f"Xã Phú Lâm tổ chức hội nghị chuyên đề số {i} về cải cách hành chính" for i in range(8)]


def elements() -> dict[str, etree._Element]:
    root = etree.fromstring('<div><div class="ndtitle">t</div><div class="ndcontent">b</div></div>')
    return {"title": root[0], "body": root[1]}


def learner(paths: list[str], others: list[str], teaser: str = "{}") -> TemplateLearner:
    """A source's pages with no date read at `paths`, each linked by a listing teaser `teaser`
    around its title, and the pages judged no article at `others`."""
    out = TemplateLearner("src")
    for path, title in zip(paths, TITLES, strict=False):
        out.add_dateless(BASE + path, elements(), title)
        out.add_teaser(BASE + path, teaser.format(title))
    for path in others:
        out.add_other(BASE + path)
    return out


def test_a_label_then_the_whole_title_names_the_page():
    """Drupal's "Read more about Title" (Vietnamese "Xem thêm về") and Hugo PaperMod's previous
    and next links ("Trước" over the title, read run together)."""
    title = TITLES[0]
    assert labels_the_title(title, f"Xem thêm về {title}")
    assert names_its_teaser(title, f"Xem thêm về {title}")
    assert names_its_teaser(title, f"Trước{title}")
    assert names_its_teaser(title, f"Sau »{title}")


def test_a_long_text_ending_in_a_title_or_a_short_title_names_nothing():
    title = TITLES[0]
    assert not labels_the_title(title, f"Các bài viết khác của tác giả Nguyễn Văn An: {title}")
    assert not labels_the_title("Hội nghị", "Xem thêm về Hội nghị")
    assert not names_its_teaser(title, f"Xem thêm về {TITLES[1]}")


def test_drupal_read_more_teasers_give_the_shape():
    paths = [f"/tin-tuc/hoi-nghi-chuyen-de-so-{n}-ve-cai-cach" for n in "abcdefg"]
    shape = learner(paths, ["/tac-gia/thu-trang", "/the/ocop"], "Xem thêm về {}").article_shape()
    assert shape is not None and shape.teased == len(paths)


def test_ids_glued_to_a_word_are_generalised():
    assert id_shape(BASE + "/tintuc/tin5403.htm") == id_shape(BASE + "/tintuc/tin8639.htm") \
        == r"^/tintuc/tin\d+\.htm$"
    assert id_shape(BASE + "/tintuc/muc68_1.htm") == r"^/tintuc/muc\d+_\d+\.htm$"
    paths = [f"/tintuc/tin{5400 + 7 * i}.htm" for i in range(MIN_PAGES + 1)]
    shape = learner(paths, ["/tintuc/muc68_1.htm", "/tintuc/muc74_1.htm", "/"]).article_shape()
    assert shape is not None and shape.pattern == r"^/tintuc/tin\d+\.htm$"
    assert shape.pages == len(paths) and shape.others == 0


def test_the_section_every_article_shares_is_written_out():
    """ASP.NET portals: articles at /tin-tuc-su-kien/<id>/<slug>.aspx, the section lists at
    /chuyen-muc/<id>/trang-1.aspx; the slug-shaped pattern takes in the lists, too many of them
    for an article shape of a small site."""
    paths = [f"/tin-tuc-su-kien/{5400 + i}/hoi-nghi-chuyen-de-so-{i}.aspx" for i in range(8)]
    assert shared_segments(r"^/[^/?&]+/\d+/[^/?&]+$", paths) == r"^/tin-tuc-su-kien/\d+/[^/?&]+$"
    assert shared_segments(r"^/[^/?&]+/\d+/[^/?&]+$", [*paths, "/thong-bao/1/x-y-z.aspx"]) \
        == r"^/(?:thong-bao|tin-tuc-su-kien)/\d+/[^/?&]+$"
    assert shared_segments(r"^/[^/?&]+/\d+/[^/?&]+$", [*paths[:2], "/thong-bao/1/x-y-z.aspx"]) \
        == r"^/[^/?&]+/\d+/[^/?&]+$"
    lists = [f"/chuyen-muc/{n}/trang-1.aspx" for n in (59, 68, 74, 82)]
    shape = learner(paths, ["/", *lists]).article_shape()
    assert shape is not None and shape.pattern.startswith("^/tin-tuc-su-kien/")
    assert shape.pages == len(paths) and shape.others == 0


def test_a_card_link_opening_with_the_title_names_the_page():
    """A card made one link (Bootstrap's `stretched-link`, `<a class="card">`): its text is the
    title, then the excerpt, run together."""
    title = TITLES[0]
    teaser = f"{title}Năm 2023, tỷ lệ hồ sơ thủ tục hành chính trực tuyến đạt 68%."
    assert opens_with_the_title(title, teaser)
    assert names_its_teaser(title, teaser)
    assert not opens_with_the_title("Chuyển đổi số", "Chuyển đổi số trong giải quyết thủ tục")
    assert not names_its_teaser(TITLES[1], teaser)
    paths = [f"/kham-pha/chi-dao-dieu-hanh?xem={1900 + i}" for i in range(MIN_PAGES + 1)]
    shape = learner(paths, ["/", "/kham-pha/chi-dao-dieu-hanh?trang=2"],
                    "{}Đoạn mở đầu của bài viết.").article_shape()
    assert shape is not None and shape.teased == len(paths)


def test_the_sections_the_articles_share_are_written_out():
    """Articles filed under their sections' slugs (`/vi/kinh-te/<slug>.4804.html`) beside tag,
    author and month archives of the same depth: the sections, each holding a few articles,
    narrow the pattern to leave the archives out; a slug that differs on every page is no
    section."""
    assert section_segment(["kinh-te", "kinh-te", "thong-bao", "thong-bao"]) \
        == "(?:kinh-te|thong-bao)"
    assert section_segment(["a-b-c", "d-e-f", "g-h-i"]) is None
    sections = ("chi-dao-dieu-hanh", "van-hoa-xa-hoi", "kinh-te")
    paths = [f"/vi/{sections[i % 3]}/hoi-nghi-chuyen-de-so-{i}.{5400 + i}.html"
             for i in range(len(TITLES))]
    archives = [f"/vi/{kind}/{slug}.html" for kind in ("tag", "author", "month")
                for slug in ("ocop", "thu-trang", "2019-03", "nong-thon-moi")]
    shape = learner(paths, ["/", *archives]).article_shape()
    assert shape is not None and shape.pattern \
        == r"^/vi/(?:chi-dao-dieu-hanh|kinh-te|van-hoa-xa-hoi)/[^/?&]+\.html$"
    assert shape.pages == len(paths) and shape.others == 0


def test_a_section_inside_the_query_and_an_escaped_slash():
    """NukeViet-style routes `index.php?mod=news&op=<section>/<slug>-<id>`, the `/` escaped by
    the crawler's URL cleaning (`%2F`); day archives `op=ngay/14-03-2019` share the slug's
    shape."""
    sections = ("tin-tuc-su-kien", "chi-dao-dieu-hanh")
    paths = [f"/index.php?mod=news&op={sections[i % 2]}%2Fhoi-nghi-so-{i}-{5400 + i}"
             for i in range(8)]
    days = [f"/index.php?mod=news&op=ngay%2F1{i}-03-2019" for i in range(8)]
    shape = learner(paths, ["/", *days]).article_shape()
    assert shape is not None
    assert shape.pattern == r"^/index\.php\?mod=news&op=(?:chi-dao-dieu-hanh|tin-tuc-su-kien)/[^/?&]+-\d+$"
    assert shape.others == 0


def test_the_word_glued_to_a_slugs_id_is_kept():
    """`/<slug>-n8639.html` news items beside `/<slug>-c82.html` categories (small firms' PHP news
    scripts; Thanh Niên's `-post123456.html`): the article shape keeps the word."""
    assert id_shape(BASE + "/tong-ket-cong-tac-nam-2022-n8639.html") == r"^/[^/?&]+-n\d+\.html$"
    assert id_shape(BASE + "/chi-dao-dieu-hanh-c82.html") == r"^/[^/?&]+-c\d+\.html$"
    assert id_shape(BASE + "/tin-tuc/abc-def-123.html") == r"^/tin-tuc/[^/?&]+-\d+\.html$"
    paths = [f"/hoi-nghi-chuyen-de-so-{i}-n{5400 + i}.html" for i in range(MIN_PAGES + 1)]
    categories = [f"/{s}-c{n}.html" for s, n in (("kinh-te", 74), ("chi-dao-dieu-hanh", 82),
                                                  ("thong-bao", 26), ("van-hoa-xa-hoi", 68))]
    shape = learner(paths, ["/", "/lien-he.html", *categories]).article_shape()
    assert shape is not None and shape.pattern == r"^/[^/?&]+-n\d+\.html$"


def test_sections_named_in_words_with_spaces_join_one_shape():
    """VitePress files each post in its category's folder, named in Vietnamese with spaces and
    written percent-encoded (`/Kinh%20t%E1%BA%BF/<slug>.html`): read decoded, no section holds
    `MIN_PAGES` posts on its own, and the sections are written out of one generalised pattern;
    the listing pages beside them stay out."""
    folders = ("Kinh%20t%E1%BA%BF", "V%C4%83n%20h%C3%B3a%20-%20X%C3%A3%20h%E1%BB%99i",
               "Th%C3%B4ng%20b%C3%A1o", "Y%20t%E1%BA%BF")
    paths = [f"/{folders[i % 4]}/hoi-nghi-chuyen-de-so-{i}-ve-cai-cach.html" for i in range(len(TITLES))]
    shape = learner(paths, ["/", "/archives.html", "/tags.html", "/gioi-thieu/"]).article_shape()
    assert shape is not None and shape.pages == len(paths)
    assert shape.pattern == r"^/(?:Kinh tế|Thông báo|Văn hóa - Xã hội|Y tế)/[^/?&]+\.html$"


def test_a_headings_anchor_made_from_its_text_names_no_element_of_the_template():
    """Markdown renderers give each heading an id made from its text (VitePress's
    `<h1 id="chuyen-đoi-so-trong-…">`): it differs on every page, so the selector leaves it out;
    an id of the layout stays."""
    root = etree.fromstring(f'<div class="vp-doc"><h1 id="xa-phu-lam-to-chuc-hoi-nghi">{TITLES[0]}'
                            '</h1><div id="noi-dung-chinh">b</div></div>')
    assert element_selector(root[0]) == "div.vp-doc h1"
    assert element_selector(root[1]) == "div#noi-dung-chinh"


def test_a_title_word_run_into_the_id_is_no_kind():
    """VNPT's SharePoint writes `/portal/Pages/<day>/<Title-Words><id>.aspx`: the word glued to
    the id is the title's last, different on every page; the shape is found without it."""
    words = ("Moi", "Nam", "Huyen", "Doan", "Cu", "Nguoi", "Tan", "Lap")
    paths = [f"/portal/Pages/2019-3-{i + 1}/Hoi-Nghi-Chuyen-De-{w}{5400 + i}.aspx"
             for i, w in enumerate(words)]
    shape = learner(paths, ["/", "/portal/Pages/Tin-tuc.aspx"]).article_shape()
    assert shape is not None and shape.pages == len(paths)
    assert shape.pattern == r"^/portal/Pages/[^/?&]+/[^/?&]+\.aspx$"
