"""Scrapyd: a real scrapyd on 127.0.0.1, the project deployed to it with `scrapyd-deploy` (as the
README says), a crawl of a sample portal scheduled through its HTTP API, the articles in the archive."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from archiver.archive.store import Archive
from tests.changing_site import many_articles, serve_articles, source_table

REPO = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
PROJECT_FILES = ("archiver", "index", "pyproject.toml", "README.md")


def _tools() -> tuple[Path, Path]:
    scrapyd, deploy = BIN / "scrapyd", BIN / "scrapyd-deploy"
    if not (scrapyd.exists() and deploy.exists()):
        pytest.skip("scrapyd and scrapyd-client are not installed "
                    "(pip install -e '.[test]' installs them)")
    return scrapyd, deploy


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _api(url: str, path: str, data: list[tuple[str, str]] | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(f"{url}/{path}", body, timeout=10) as response:
        return json.load(response)


@pytest.fixture(scope="module")
def scrapyd(tmp_path_factory):
    """A scrapyd of its own, polling its queue often, on a free port."""
    binary, _ = _tools()
    home = tmp_path_factory.mktemp("scrapyd")
    port = _free_port()
    (home / "scrapyd.conf").write_text(
        f"[scrapyd]\nbind_address = 127.0.0.1\nhttp_port = {port}\npoll_interval = 0.2\n"
        f"eggs_dir = {home / 'eggs'}\nlogs_dir = {home / 'logs'}\ndbs_dir = {home / 'dbs'}\n",
        encoding="utf-8")
    proc = subprocess.Popen([str(binary)], cwd=home, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            if _api(url, "daemonstatus.json")["status"] == "ok":
                break
        except (urllib.error.URLError, ConnectionError):
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"scrapyd did not start: {proc.stderr.read()[-2000:]}")
        time.sleep(0.2)
    yield url, home
    proc.terminate()
    proc.wait(timeout=10)


def test_deploy_schedule_and_archive(scrapyd, tmp_path):
    url, home = scrapyd
    _, deploy = _tools()
    # deploy from a copy of the project: scrapyd-deploy writes setup.py and build/ next to scrapy.cfg
    project = tmp_path / "project"
    for name in PROJECT_FILES:
        src = REPO / name
        if src.is_dir():
            shutil.copytree(src, project / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(src, project / name)
    cfg = (REPO / "scrapy.cfg").read_text(encoding="utf-8")
    (project / "scrapy.cfg").write_text(cfg.replace("http://127.0.0.1:6800/", f"{url}/"),
                                        encoding="utf-8")
    deployed = subprocess.run([str(deploy), "local", "-p", "archiver"], cwd=project,
                              capture_output=True, text=True, timeout=120)
    assert deployed.returncode == 0, deployed.stderr
    assert '"status": "ok"' in deployed.stdout + deployed.stderr, deployed.stdout
    assert _api(url, "listspiders.json?project=archiver")["spiders"] == ["portal"]

    server = serve_articles(many_articles(1))
    try:
        sources = tmp_path / "sources.toml"
        sources.write_text(source_table("viascrapyd", server), encoding="utf-8")
        data = tmp_path / "data"
        job = _api(url, "schedule.json", [
            ("project", "archiver"), ("spider", "portal"), ("source", "viascrapyd"),
            ("setting", f"ARCHIVER_DATA_DIR={data}"), ("setting", f"ARCHIVER_SOURCES={sources}"),
            ("setting", "DOWNLOAD_DELAY=0"), ("setting", "AUTOTHROTTLE_ENABLED=False")])
        assert job["status"] == "ok", job
        deadline = time.monotonic() + 90
        while not any(j["id"] == job["jobid"]
                      for j in _api(url, "listjobs.json?project=archiver")["finished"]):
            assert time.monotonic() < deadline, "the scheduled crawl did not finish in 90 s"
            time.sleep(0.3)
    finally:
        server.stop()
    records = list(Archive(data / "archive").iter_records(["viascrapyd"]))
    log = next((home / "logs" / "archiver" / "portal").glob(f"{job['jobid']}.log"))
    assert {r["url"] for r in records} == set(server.site.articles), log.read_text()[-3000:]
    run = json.loads((data / "runs.jsonl").read_text())
    assert run["source"] == "viascrapyd" and run["stopped_because"] == "finished"
