"""No remote code execution endpoint in a crawl (issue 11 item 17): Scrapy 2.19's remote-control HTTP
server (it runs Python code sent to it) is off, as the telnet console already was."""

from __future__ import annotations

from scrapy.settings import Settings

from tests.hostile_site import HostileSite, article, crawl, listing


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
    extensions = settings.getdict("EXTENSIONS")
    assert extensions["scrapy.extensions.remote_control.RemoteControl"] is None
    assert extensions["scrapy.extensions.telnet.TelnetConsole"] is None
    assert not settings.getbool("REMOTE_CONTROL_ENABLED")
    assert not settings.getbool("TELNETCONSOLE_ENABLED")
