"""Articles whose page prints no date (issue 10: a real Mezzanine blog says only "7 years, 8
months ago"): taken on the source's article shape and a listing teaser naming them
(archiver.extract.template: `names_its_teaser`, `TemplateLearner.article_shape`,
`dateless_refusal`), never on "any page linked from the home page"; counted as a warning; and
explained by `archiver try`. The crawl test is a real `archiver crawl` over HTTP from 127.0.0.1."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from parsel import Selector

from archiver.archive.runs import CrawlSummary
from archiver.archive.store import Archive
from archiver.demo.server import SiteServer, serve
from archiver.demo.site import Page, Site
from archiver.extract.links import link_texts
from archiver.extract.listing import NO_DATE, is_a_form, learned_reason, not_article_reason
from archiver.extract.page import ArticlePage
from archiver.extract.template import (
    DATELESS,
    MIN_PAGES,
    LearnedTemplate,
    TemplateLearner,
    names_its_teaser,
)
from tests.conftest import FAST, run_archiver

BASE = "http://127.0.0.1:8080"
HTML = "text/html; charset=utf-8"
POSTS = 12
#: A page of the posts' URL pattern and template that no listing teaser links to: a static page
#: the menu links by a short name.
STATIC = "/bai-viet/lich-su-hinh-thanh-xa-hong-phong/"


def title(i: int) -> str:
    return f"Xã Hồng Phong tổ chức hội nghị chuyên đề số {i} về phát triển kinh tế"


def post_path(i: int) -> str:
    return f"/bai-viet/hoi-nghi-chuyen-de-so-{i}-ve-phat-trien-kinh-te/"


def paragraphs(i: int) -> str:
    return "".join(
        f"<p>Đoạn {k} của bài {i}: Ủy ban nhân dân xã Hồng Phong tổ chức hội nghị triển khai "
        "nhiệm vụ phát triển kinh tế xã hội, với sự tham gia của đông đảo cán bộ, đảng viên và "
        f"nhân dân trên địa bàn, thảo luận các giải pháp cho thôn số {i * 7 + k}.</p>"
        for k in range(5))


def post_html(heading: str, text: str) -> str:
    """A post page that prints no date at all, only how long ago it went out."""
    return (f"<html><head><title>{heading} | Xã Hồng Phong</title></head><body>"
            '<div class="menu"><a href="/">Trang chủ</a> <a href="/">Tin tức</a> '
            f'<a href="{STATIC}">Lịch sử xã</a></div>'
            f'<div class="khung"><h1 class="tieude">{heading}</h1>'
            f'<div class="truoc">Gửi bởi Ban biên tập, 3 năm trước</div>'
            f'<div class="noidung">{text}</div></div>'
            '<div class="chan">Bản quyền thuộc Ủy ban nhân dân xã Hồng Phong</div></body></html>')


def home_html(n: int, pages: int) -> str:
    """Page `n` of the post list: teasers whose links give each post's title."""
    teasers = "".join(
        f'<div class="tin"><h3><a href="{post_path(i)}">{title(i)}</a></h3><p>Ủy ban nhân dân '
        f"xã Hồng Phong tổ chức hội nghị chuyên đề số {i}.</p></div>"
        for i in range((n - 1) * 6, min(n * 6, POSTS)))
    pager = f'<a href="/?page={n + 1}">Trang sau »</a>' if n < pages else ""
    return (f"<html><head><title>Xã Hồng Phong</title></head><body><div class='menu'>"
            f'<a href="{STATIC}">Lịch sử xã</a></div>{teasers}{pager}</body></html>')


def dateless_site(base: str) -> Site:
    pages = {"/": Page(200, HTML, home_html(1, 2).encode()),
             "/?page=2": Page(200, HTML, home_html(2, 2).encode()),
             STATIC: Page(200, HTML, post_html(
                 "Lịch sử hình thành và phát triển của xã Hồng Phong qua các thời kỳ",
                 paragraphs(99)).encode())}
    pages |= {post_path(i): Page(200, HTML, post_html(title(i), paragraphs(i)).encode())
              for i in range(POSTS)}
    return Site("generic", "Hồng Phong", base, pages, {}, set(), ["/", "/?page=2", STATIC])


@pytest.fixture(scope="module")
def portal() -> Iterator[SiteServer]:
    server = serve(dateless_site)
    yield server
    server.stop()


# -- the evidence, rule by rule -----------------------------------------------------------------

def test_a_teaser_names_a_page_by_its_whole_headline() -> None:
    assert names_its_teaser(title(1), title(1))
    assert names_its_teaser(title(1), f"← {title(1)}")  # a previous-post link
    assert names_its_teaser(title(1), f"{title(1)} →")  # a next-post link
    # an archive box's link names a writer or a month in a few words, and so does its page
    assert not names_its_teaser("Nguyễn Văn An", "Nguyễn Văn An")
    assert not names_its_teaser("Tháng 03/2019", "Tháng 03/2019")
    assert not names_its_teaser(title(1), title(2))
    assert not names_its_teaser(title(1), None)


def learner_with(dateless: int, teased: bool = True, others: int = 0,
                 untreated: int = 0) -> TemplateLearner:
    """A learner that met `dateless` posts with no date (named by a teaser, or not), `others`
    pages of the posts' URL pattern judged listings, and `untreated` dateless pages of that
    pattern no teaser names."""
    learner = TemplateLearner("hp")
    for i in range(dateless + untreated):
        page = ArticlePage(BASE + post_path(i), post_html(title(i), paragraphs(i)))
        page.fields()
        learner.add_dateless(page.url, page.field_elements(), page.title())
        if teased and i < dateless:
            learner.add_teaser(page.url, title(i))
    for i in range(others):
        learner.add_other(BASE + f"/bai-viet/chuyen-muc-so-{i}-tin-tuc/")
    return learner


def test_pages_listing_teasers_name_give_the_article_shape() -> None:
    shape = learner_with(MIN_PAGES).article_shape()
    assert shape is not None
    assert (shape.pattern, shape.title, shape.body) == (
        r"^/bai-viet/[^/?&]+/$", "h1.tieude", "div.noidung")
    assert shape.teased == MIN_PAGES and shape.pages == MIN_PAGES
    assert learner_with(MIN_PAGES - 1).article_shape() is None  # too few
    assert learner_with(MIN_PAGES, teased=False).article_shape() is None  # any linked page: no


def test_a_url_pattern_listings_share_is_no_article_shape() -> None:
    """Pages of the pattern judged listings: the pattern is not the articles' alone."""
    assert learner_with(9, others=1).article_shape() is not None
    assert learner_with(9, others=2).article_shape() is None


def test_a_pattern_mostly_of_pages_no_teaser_names_is_no_article_shape() -> None:
    """Tag archives share a pattern; a few long tags make teaser-long links, most do not."""
    assert learner_with(MIN_PAGES, untreated=MIN_PAGES).article_shape() is not None
    assert learner_with(MIN_PAGES, untreated=MIN_PAGES + 1).article_shape() is None


def test_confirmed_articles_give_the_shape_too() -> None:
    learner = TemplateLearner("hp")
    for i in range(MIN_PAGES):
        page = ArticlePage(BASE + post_path(i), post_html(title(i), paragraphs(i)))
        page.fields()
        learner.add(page.url, page.field_elements(), page.short_blocks(), page.body_lines())
    shape = learner.result().shape()
    assert shape is not None and shape.teased == 0 and shape.title == "h1.tieude"


def dateless_page(path: str, heading: str, hint: str | None,
                  template: LearnedTemplate | None) -> tuple[ArticlePage, str | None]:
    page = ArticlePage(BASE + path, post_html(heading, paragraphs(1)), hint=hint,
                       template=template)
    return page, learned_reason(page, page.fields(), url_says_article=False)


def test_a_dateless_page_is_an_article_on_the_shape_and_a_teaser() -> None:
    template = learner_with(MIN_PAGES).result()
    page, reason = dateless_page(post_path(20), title(20), title(20), None)
    assert not_article_reason(page, page.fields(), url_says_article=False) == NO_DATE
    assert reason == f"{DATELESS}, and no article shape learned for its source yet"
    page, reason = dateless_page(post_path(20), title(20), title(20), template)
    assert reason is None and page.fields()["published"] is None
    _, reason = dateless_page(post_path(20), title(20), None, template)
    assert reason == f"{DATELESS}, and no listing teaser led to it (its link text is unknown)"
    _, reason = dateless_page(STATIC, "Những người con ưu tú của xã Hồng Phong", "Lịch sử xã",
                              template)
    assert reason.startswith(f"{DATELESS}, and the link that led to it ('Lịch sử xã')")
    heading = "Lịch sử hình thành và phát triển của xã Hồng Phong"
    _, reason = dateless_page("/gioi-thieu/lich-su-hinh-thanh-xa/", heading, heading, template)
    assert reason == (f"{DATELESS}, and its URL does not fit the articles' pattern "
                      r"^/bai-viet/[^/?&]+/$")


def test_a_comment_form_in_the_posts_column_makes_no_form_page() -> None:
    """Mezzanine prints its comment form inside the post's column, in `<div id="comments">`."""
    comments = ('<div id="comments"><h3>Nhận xét mới</h3><form><input type="text" name="name">'
                '<input type="email" name="email"><textarea name="comment"></textarea></form></div>')
    post = post_html(title(1), paragraphs(1) + comments)
    assert not is_a_form(ArticlePage(BASE + post_path(1), post))
    contact = post_html("Liên hệ với Ủy ban nhân dân xã", paragraphs(1) + comments.replace(
        'id="comments"', 'id="lienhe"'))
    assert is_a_form(ArticlePage(BASE + "/lien-he/", contact))


def test_a_runs_warnings_are_kept_and_shown() -> None:
    summary = CrawlSummary.from_stats("hp", {"finish_reason": "finished",
                                             "response_received_count": 3,
                                             "archiver/articles/new": 2,
                                             "archiver/warnings/no_date_read": 2})
    assert summary.warnings == {"no_date_read": 2}
    assert summary.line().endswith("; warnings: no date read 2")


# -- a real crawl --------------------------------------------------------------------------------

def test_a_crawl_archives_posts_that_print_no_date_and_nothing_else(
        tmp_path: Path, portal: SiteServer) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text(f'[[source]]\nid = "hp"\nname = "Xã Hồng Phong"\nstart_urls = '
                       f'["{portal.base_url}/"]\ndelay = 0\n', encoding="utf-8")
    common = ("--data-dir", str(tmp_path), "--sources", str(sources))
    done = run_archiver(*common, "crawl", "--no-index", *FAST)
    assert done.returncode == 0, done.stderr + done.stdout
    records = Archive(tmp_path / "archive").latest(["hp"])
    urls = {r["url"] for r in records.values()}
    assert urls == {portal.base_url + post_path(i) for i in range(POSTS)}  # not STATIC
    assert all(r["published"] is None for r in records.values())
    runs = [json.loads(line) for line in (tmp_path / "runs.jsonl").read_text().splitlines()]
    assert runs[-1]["warnings"] == {"no_date_read": POSTS}
    shown = run_archiver(*common, "runs")
    assert f"warnings: no date read {POSTS}" in shown.stdout
    shape = json.loads((tmp_path / "templates" / "hp.json").read_text())["article_shape"]
    assert shape["pattern"] == r"^/bai-viet/[^/?&]+/$" and shape["teased"] == POSTS
    learned = run_archiver(*common, "sources", "learn", "hp")
    assert "# article shape" in learned.stdout

    taken = run_archiver(*common, "try", "--source", "hp", "--hint", title(3),
                         portal.base_url + post_path(3))
    assert "verdict     article with no date read: it fits the source's article shape" in \
        taken.stdout, taken.stdout + taken.stderr
    refused = run_archiver(*common, "try", "--source", "hp", portal.base_url + STATIC)
    assert f"NOT an article: {DATELESS}, and no listing teaser led to it" in refused.stdout


def test_the_date_blind_bench_reads_no_date_in_every_process_of_a_crawl() -> None:
    """`python -m bench.generalisation --date-blind`: a crawl's processes (each source's too) start
    with `bench/generalisation/blind` on their path, and read no page's date."""
    import os
    import subprocess
    import sys

    from bench.generalisation.crawl import BLIND, REPO

    dated = post_html(title(1), "<p>Ngày đăng: 14/03/2019 08:30</p>" + paragraphs(1))
    probe = ("import sys; from archiver.extract.page import extract_article; "
             "print(extract_article('http://127.0.0.1/a', sys.stdin.read())['published'])")

    def published(path: list[Path]) -> str:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(map(str, path))}
        return subprocess.run([sys.executable, "-c", probe], input=dated, capture_output=True,
                              text=True, cwd=REPO, env=env, timeout=120).stdout.strip()

    assert published([REPO]) == "2019-03-14T08:30:00+07:00"
    assert published([BLIND, REPO]) == "None"


def test_a_dateless_article_that_moved_is_no_removal() -> None:
    """A re-check redirected to the same post at a new address (`still_the_article`): with the
    source's learned article shape, and the archived title as the link that led there, a post
    that prints no date is the article moved, not a soft 404; without the shape it could not be
    told from a page that is none. The home page it might be sent to instead is no article."""
    from scrapy.http import HtmlResponse

    from archiver.crawl.jobs import still_the_article
    from archiver.record import article_id, content_hash
    from archiver.sources import Source

    source = Source(id="hp", name="Xã Hồng Phong", start_urls=(BASE + "/",))
    template = learner_with(MIN_PAGES).result()
    page = ArticlePage(BASE + "/tin/1.html", post_html(title(20), paragraphs(20)))
    fields = page.fields()
    archived = {"id": article_id(BASE + "/tin/1.html"), "title": title(20),
                "content_hash": content_hash(fields["title"], fields["body"])}

    def moved_to(path: str, html: str) -> HtmlResponse:
        return HtmlResponse(BASE + path, body=html.encode(), encoding="utf-8")

    moved = moved_to(post_path(20), post_html(title(20), paragraphs(20)))
    assert still_the_article(archived, moved, source, template)
    assert not still_the_article(archived, moved, source, None)
    assert not still_the_article(archived, moved_to("/", home_html(1, 2)), source, template)


# -- listings that name a post outside the link's visible words -----------------------------------

def listing_links(teaser: str) -> dict[str, str]:
    """The text each link of a listing gives its page (`links.link_texts`: the spider's hints)."""
    return link_texts(Selector(text=f"<html><body><div class='tin'>{teaser}</div></body></html>"),
                      BASE + "/", ("127.0.0.1:8080",))


@pytest.mark.parametrize("teaser", [
    # the headline as plain text, the link a "read more" with the headline in its title
    f'<h3>{title(1)}</h3><p>Tóm tắt.</p><a href="{post_path(1)}" title="{title(1)}">Xem chi tiết</a>',
    # the thumbnail as the link, its alt the headline
    f'<a href="{post_path(1)}"><img src="/a.jpg" alt="{title(1)}"></a><h3>{title(1)}</h3>',
])
def test_a_teaser_names_its_post_by_the_links_title_or_thumbnail_alt(teaser: str) -> None:
    hint = listing_links(teaser)[BASE + post_path(1)]
    assert hint == title(1) and names_its_teaser(title(1), hint)


def test_a_links_visible_title_beats_its_attributes() -> None:
    caption = "Quang cảnh hội nghị chuyên đề của xã Hồng Phong với sự tham gia của nhân dân"
    teaser = (f'<a href="{post_path(1)}" title="{caption}">{title(1)}</a>'
              f'<a href="{post_path(2)}" title="Xem chi tiết">Đọc tiếp</a>'
              f'<a href="{post_path(3)}"><img src="/a.jpg" alt="{caption}"> Ảnh</a>')
    links = listing_links(teaser)
    assert links[BASE + post_path(1)] == title(1)
    assert links[BASE + post_path(2)] == "Đọc tiếp"  # a short title names no post
    assert links[BASE + post_path(3)] == "Ảnh"  # an image beside words: the words name it
