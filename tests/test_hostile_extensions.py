"""No remote code execution endpoint in a crawl (issue 11 item 17): Scrapy 2.19's remote-control HTTP
server (it runs Python code sent to it) is off, as the telnet console already was."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from scrapy.settings import Settings

from archiver.crawl.settings import CODE_RUNNING_EXTENSIONS
from tests.hostile_site import HostileSite, article, crawl, listing

REPO = Path(__file__).resolve().parents[1]


def test_a_crawl_opens_no_remote_control(tmp_path):
    jobs = tmp_path / "remote-control-jobs"
    jobs.mkdir()
    seen: list[str] = []

    def answer(target: str) -> str | None:
        seen.extend(p.name for p in jobs.iterdir())  # the server announces itself here while up
        if target == "/":
            return listing(["/news/1"])
        return article("Tin một", 1) if target == "/news/1" else None

    with HostileSite(answer) as site:
        done = crawl(site, tmp_path, "-s", f"REMOTE_CONTROL_JOBS_DIR={jobs}")
    assert done.returncode == 0, done.stdout + done.stderr
    assert seen == [], "a remote-control server was listening during the crawl"


def test_code_running_extensions_are_off_in_the_settings():
    settings = Settings()
    settings.setmodule("archiver.crawl.settings")
    for name in CODE_RUNNING_EXTENSIONS:
        assert name not in settings.getdict("EXTENSIONS_BASE")
        assert settings.getdict("EXTENSIONS").get(name) is None
    assert not settings.getbool("REMOTE_CONTROL_ENABLED")
    assert not settings.getbool("TELNETCONSOLE_ENABLED")


def test_a_crawl_never_imports_what_it_leaves_off():
    """Scrapy imports every component its lists name, even one set to None or NotConfigured: the
    remote control (aiohttp's web server) and the cookie middleware (tldextract) were loaded by
    every crawl process. Here a crawl's settings give their extensions and downloader middlewares
    as Scrapy's managers load them (with a command line's EXTENSIONS, as `crawl --jobs` children
    have), in a fresh interpreter."""
    code = (
        "import sys\n"
        "from archiver.config import Config\n"
        "from archiver.crawl.run import crawl_settings\n"
        "settings = crawl_settings(Config.resolve(sys.argv[1], sys.argv[1] + '/s.toml'),\n"
        "                          {'EXTENSIONS': {'archiver.cli.progress.CrawlProgressLines': 500}})\n"
        "from scrapy.utils.conf import build_component_list\n"
        "from scrapy.utils.misc import load_object\n"
        "for name in ('EXTENSIONS', 'DOWNLOADER_MIDDLEWARES'):  # as Scrapy's managers load them\n"
        "    for path in build_component_list(settings.get_component_priority_dict_with_base(name)):\n"
        "        load_object(path)\n"
        "print(sorted(m for m in ('aiohttp', 'tldextract') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", code, "/nonexistent"], cwd=REPO,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
