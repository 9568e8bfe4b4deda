"""The site as a person uses it: `archiver serve` in its own process on a demo archive, driven by
headless Chromium (Debian's chromium + chromium-driver through Selenium). Types a query without
diacritics, applies a facet, opens an article, reads its version diff, downloads the CSV and compares
it with `archiver export`. Screenshots of each page go to the test's directory and to
/work/wt/web-shots/ when that machine layout exists (to look at them)."""

from __future__ import annotations

import csv
import os
import shutil
import time
from pathlib import Path

import pytest
from conftest import archiver_serve, run_archiver
from dataset_archive import GPMB, make_dataset

from archiver.archive.store import Archive
from index.build import update_index

CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
SHOTS = Path("/work/wt/web-shots")
QUERY = "giai phong mat bang"  # typed without diacritics

if not (CHROMIUM.exists() and DRIVER.exists()):
    pytest.skip("needs Debian's chromium and chromium-driver (.ci/install-system-packages)",
                allow_module_level=True)
webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (the test extra)")
By = pytest.importorskip("selenium.webdriver.common.by").By


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """`archiver serve` on a demo archive (two versions of one article, a removed one, runs)."""
    data = tmp_path_factory.mktemp("site")
    config = make_dataset(data)
    update_index(config.data.index, Archive(config.data.archive))
    with archiver_serve(data) as base:
        yield base, data


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path_factory.mktemp("downloads")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=vi",
                 f"--user-data-dir={tmp_path_factory.mktemp('profile')}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False})
    driver = webdriver.Chrome(options=options, service=Service(str(DRIVER)))
    driver.execute_cdp_cmd("Page.setDownloadBehavior",
                           {"behavior": "allow", "downloadPath": str(downloads)})
    driver.downloads = downloads
    yield driver
    driver.quit()


def shot(driver, tmp_path: Path, name: str) -> None:
    """A screenshot of the whole page, kept with the test and copied out to look at."""
    height = driver.execute_script("return document.documentElement.scrollHeight")
    driver.set_window_size(1280, max(700, min(height + 20, 4000)))
    path = tmp_path / f"{name}.png"
    driver.save_screenshot(str(path))
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        shutil.copy(path, SHOTS / path.name)
    driver.set_window_size(1280, 1000)


def test_search_facet_article_diff_and_download(site, browser, tmp_path):
    base, data = site
    browser.get(base + "/")
    shot(browser, tmp_path, "1-home")
    box = browser.find_element(By.NAME, "q")
    box.send_keys(QUERY)
    box.submit()
    titles = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".hit .title")]
    assert GPMB["title"] in titles  # found with diacritics, typed without
    marks = {e.text.lower() for e in browser.find_elements(By.CSS_SELECTOR, ".hit mark")}
    assert {"giải", "phóng", "mặt", "bằng"} <= marks
    shot(browser, tmp_path, "2-search")

    browser.find_element(By.LINK_TEXT, "Quảng Ninh").click()  # the province facet
    assert "province=" in browser.current_url
    assert browser.find_element(By.CSS_SELECTOR, ".chip").text.startswith("Tỉnh/thành: Quảng Ninh")
    hits = browser.find_elements(By.CSS_SELECTOR, ".hit .title")
    assert [h.text for h in hits] == [GPMB["title"]]
    shot(browser, tmp_path, "3-facet")
    search_url = browser.current_url

    hits[0].click()
    assert browser.find_element(By.TAG_NAME, "h1").text == GPMB["title"]
    added = [e.text for e in browser.find_elements(By.CSS_SELECTOR, ".diff ins")]
    assert added == ["Cập nhật: đã chi trả cho 4 hộ."]
    assert "v1 → v2" in browser.find_element(By.CSS_SELECTOR, ".diff h3").text
    shot(browser, tmp_path, "4-article")

    browser.get(search_url)
    browser.find_element(By.LINK_TEXT, "CSV").click()
    csv_file = _downloaded(browser.downloads, ".csv")
    expected = tmp_path / "expected.csv"
    done = run_archiver("--data-dir", str(data), "export", QUERY, "--province", "Quảng Ninh",
                        "--format", "csv", "--output", str(expected))
    assert done.returncode == 0, done.stderr
    got = list(csv.reader(csv_file.open(encoding="utf-8", newline="")))
    assert got == list(csv.reader(expected.open(encoding="utf-8", newline="")))
    assert len(got) == 2 and got[1][0] == GPMB["id"]
    assert csv_file.read_bytes() == expected.read_bytes()


def test_timeline_and_sources_pages(site, browser, tmp_path):
    base, _ = site
    browser.get(base + "/timeline?q=dan&by=year&split=province&lang=en")
    assert browser.find_elements(By.CSS_SELECTOR, "svg.chart circle")
    header = [e.text for e in browser.find_elements(By.CSS_SELECTOR, "table.data th")]
    assert header[:4] == ["PERIOD", "ARTICLES", "ALL ARTICLES", "%"]
    shot(browser, tmp_path, "5-timeline")
    browser.get(base + "/sources")
    shot(browser, tmp_path, "6-sources")
    browser.find_element(By.LINK_TEXT, "quangninh").click()
    assert "shutdown" in browser.find_element(By.CSS_SELECTOR, "table.data").text
    shot(browser, tmp_path, "7-source")
    browser.get(base + "/?q=%22unclosed")
    assert "quote" in browser.find_element(By.CSS_SELECTOR, ".message").text
    shot(browser, tmp_path, "8-error")


def _downloaded(folder: Path, suffix: str) -> Path:
    for _ in range(300):
        done = [p for p in folder.iterdir() if p.suffix == suffix]
        if done and not any(p.name.endswith(".crdownload") for p in folder.iterdir()):
            return done[0]
        time.sleep(0.1)
    raise AssertionError(f"no {suffix} download in {folder}: {os.listdir(folder)}")
