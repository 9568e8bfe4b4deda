"""The article shape of a source whose pages print no readable date (issue 10, the date-blind
measurement): teasers that label the title, ids glued to a word in file names, and the section
segment every article shares (archiver.extract.template: `labels_the_title`, `id_shape`,
`shared_segments`)."""

from __future__ import annotations

from lxml import etree

from archiver.extract.template import (
    MIN_PAGES,
    TemplateLearner,
    id_shape,
    labels_the_title,
    names_its_teaser,
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
        == r"^/[^/?&]+/\d+/[^/?&]+$"
    lists = [f"/chuyen-muc/{n}/trang-1.aspx" for n in (59, 68, 74, 82)]
    shape = learner(paths, ["/", *lists]).article_shape()
    assert shape is not None and shape.pattern.startswith("^/tin-tuc-su-kien/")
    assert shape.pages == len(paths) and shape.others == 0
