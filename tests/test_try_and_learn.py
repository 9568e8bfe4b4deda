"""`archiver try` on saved pages, template learning, and the re-check of recent articles."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import html as lxml_html

from archiver.cli import cli
from archiver.crawl.jobs import Job, Known
from archiver.extract.page import ArticlePage
from archiver.extract.template import LearnedTemplate, TemplateLearner, element_selector, url_shape
from tests import generic_pages as g

REPO = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archiver", *args], capture_output=True,
                          text=True, cwd=REPO, timeout=120)


def test_try_a_saved_article_prints_fields_rules_and_verdict(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(g.table_portal(), encoding="utf-8")
    done = run("--data-dir", str(tmp_path), "try", "--file", str(page), "--url",
               "http://127.0.0.1/tin?id=1")
    assert done.returncode == 0, done.stderr
    assert "verdict     article" in done.stdout
    assert f"title       {g.TITLE}  [line before the first date]" in done.stdout
    assert "published   2019-03-14T08:30:00+07:00" in done.stdout
    assert "family      generic" in done.stdout


def test_try_says_why_a_listing_is_not_an_article(tmp_path: Path) -> None:
    page = tmp_path / "list.html"
    page.write_text(g.wordpress_archive(), encoding="utf-8")
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "try", "--file", str(page),
                                      "--url", "http://127.0.0.1/category/tin-tuc/", "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["not_article"] == "the <body> class names a listing or archive"
    assert out["fields"]["title"] == "Chuyên mục: Tin tức"


def test_try_says_in_one_line_when_the_extractor_fails(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """An extractor bug on the page (injected here) is one line naming it, exit status 1."""
    def failing(page: ArticlePage) -> dict:
        raise TypeError("expected string or bytes-like object, got 'NoneType'")

    monkeypatch.setattr(ArticlePage, "fields", failing)
    page = tmp_path / "page.html"
    page.write_text(g.table_portal(), encoding="utf-8")
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "try", "--file", str(page),
                                      "--url", "http://127.0.0.1/tin?id=1"])
    assert result.exit_code == 1, result.output
    assert result.output.count("\n") == 1, result.output
    assert "the extractor failed (TypeError: expected string" in result.output
    assert not isinstance(result.exception, TypeError)


def test_try_file_without_url_is_a_usage_error(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<html></html>")
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "try", "--file", str(page)])
    assert result.exit_code == 2 and "--url" in result.output


def test_try_fetches_over_http_where_robots_allow(tmp_path: Path, family_servers) -> None:  # noqa: ANN001
    server = family_servers["nukeviet"]
    url, truth = next(iter(server.site.articles.items()))
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "try", url, "--json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["not_article"] is None and out["family"] == "nukeviet"
    assert out["fields"]["title"] == truth.title
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "try",
                                      server.base_url + "/admin/x.html"])
    assert result.exit_code == 2 and "robots.txt disallows" in result.output


@pytest.mark.parametrize("args", [["page.html"], ["ftp://x.vn/a.html"],
                                  ["--file", "page.html", "--url", "tin/a.html"]])
def test_try_says_in_one_line_what_is_no_web_address(tmp_path: Path, args: list[str]) -> None:
    """A file's path given as the URL (or a saved page's address that is none) is one line and
    exit status 2, never a traceback."""
    (tmp_path / "page.html").write_text("<html><body><h1>x</h1></body></html>")
    args = [str(tmp_path / a) if a == "page.html" else a for a in args]
    result = CliRunner().invoke(cli, ["--data-dir", str(tmp_path), "try", *args])
    assert result.exit_code == 2 and "not an http(s) address" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_element_selector_uses_stable_classes_and_ids() -> None:
    doc = lxml_html.fromstring('<div><div class="news-detail row"><h2>x</h2>'
                               '<span id="ctl00_Date123" class="NgayDang">y</span></div></div>')
    h2, span = doc.find(".//h2"), doc.find(".//span")
    assert element_selector(h2) == "div.news-detail h2"
    assert element_selector(span) == "span.NgayDang"


def test_url_shape_generalises_numbers_and_slugs() -> None:
    assert url_shape("http://x.vn/index.php?option=tin&task=view&id=12") == \
        r"^/index\.php\?option=tin&task=view&id=\d+$"
    shape = url_shape("http://x.vn/tin-tuc/huyen-tien-yen-day-manh-123.html")
    assert shape == url_shape("http://x.vn/tin-tuc/xa-dong-ngu-ra-quan-9.html")


def test_learned_template_settles_on_selectors_and_repeated_blocks(tmp_path: Path) -> None:
    learner = TemplateLearner("town")
    for key in range(6):
        html = g.nukeviet_like().replace("Tiên Yên đẩy", f"Tiên Yên {key} đẩy")
        page = ArticlePage(f"http://127.0.0.1/tin/bai-{key}.html", html)
        page.fields()
        learner.add(page.url, page.field_elements(), page.short_blocks())
    learned = learner.result()
    assert learned.best("title") == ("h2.tieude", 1.0)
    assert learned.best("published") == ("span.ngay", 1.0)
    assert learned.settled()["title"] == "h2.tieude"
    assert learned.article_pattern == r"^/tin/[^/?&]+-\d+\.html$"
    assert "Những tin mới hơn" in learned.boilerplate
    # offered to paste only once tried pinned (the spider tries the first crawl's held pages)
    assert '# title = "h2.tieude"  # hit rate 100%; not offered: never tried pinned' in \
        learned.to_toml()
    learner.tried_pinned("title", "h2.tieude", 6, 6)
    learner.tried_pinned("published", "span.ngay", 4, 6)
    learned = learner.result()
    toml = learned.to_toml()
    assert ('[source.selectors]\ntitle = "h2.tieude"  # hit rate 100%, read the same pinned on 6 '
            'of 6 pages') in toml
    assert ('# published = "span.ngay"  # hit rate 100%; not offered: pinned, it read otherwise '
            'on 2 of 6 pages') in toml
    assert learned.pinnable("title") == "h2.tieude" and learned.pinnable("published") is None
    path = tmp_path / "templates" / "town.json"
    learned.save(path)
    assert LearnedTemplate.load(path) == learned
    # a page of the source extracted with what was learned: same fields, by the extractor's own
    # rules (a learned selector is offered for pinning, never applied unasked)
    page = ArticlePage("http://127.0.0.1/tin/bai-9.html", g.nukeviet_like(), template=learned)
    assert page.fields()["title"] == g.TITLE
    assert not page.evidence["title"].startswith("override")


def test_unreadable_template_file_is_no_template(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    path.write_text("{not json")
    assert LearnedTemplate.load(path) is None
    path.write_text('{"unexpected": 1}')
    assert LearnedTemplate.load(path) is None


def test_sources_learn_prints_the_template_or_says_there_is_none(tmp_path: Path) -> None:
    sources = tmp_path / "sources.toml"
    sources.write_text('[[source]]\nid = "town"\nname = "Town"\nstart_urls = ["http://127.0.0.1/"]\n')
    base = ["--data-dir", str(tmp_path), "--sources", str(sources)]
    result = CliRunner().invoke(cli, [*base, "sources", "learn", "town"])
    assert result.exit_code == 2 and "nothing learned yet" in result.output
    LearnedTemplate("town", 10, {"title": {"h2.tieude": 10}},
                    pin_checks={"title": {"h2.tieude": [10, 10]}}).save(tmp_path / "templates" / "town.json")
    result = CliRunner().invoke(cli, [*base, "sources", "learn", "town"])
    assert result.exit_code == 0
    assert '\ntitle = "h2.tieude"  # hit rate 100%, read the same pinned on 10 of 10 pages' in \
        result.output


def known(aid: str, published: str | None, first_seen: str) -> Known:
    return Known(id=aid, url=f"http://x/{aid}", request_url=f"http://x/{aid}", offset=0,
                 version=1, content_hash=None, status="live", first_seen=first_seen,
                 published=published, etag=None, last_modified=None, validated_at=None)


@pytest.mark.parametrize("n", [2, 3])
def test_recheck_of_recent_articles_goes_by_first_seen_too(n: int) -> None:
    """An article archived yesterday whose date was misread as 2005 is still re-checked."""
    job = Job.__new__(Job)
    job.known = {k.id: k for k in (
        known("old1", "2019-01-01T00:00:00+07:00", "2024-01-01T00:00:00Z"),
        known("old2", "2019-01-02T00:00:00+07:00", "2024-01-01T00:00:00Z"),
        known("misdated", "2005-06-02T00:00:00+07:00", "2026-11-28T00:00:00Z"))}
    newest = [k.id for k in job.rechecks(n)]
    assert "misdated" in newest and len(newest) == n
