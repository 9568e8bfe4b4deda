"""`archiver crawl --jobs N` and `schedule run --jobs N`: sources crawled at once, each in a real
`archiver crawl` child process, end with the archive a one-at-a-time crawl gives; never more than N run
at once; a child killed with SIGKILL is reported, its run is on record (written by the parent) and the
other sources still complete."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from archiver.archive.runs import read_runs
from archiver.archive.store import Archive
from archiver.config import Config, DataDir
from archiver.crawl.locks import SourceLock
from archiver.crawl.parallel import CrawlEvents, crawl_in_children, default_jobs
from archiver.demo.articles import load_articles
from archiver.demo.server import SiteServer
from archiver.demo.site import build_site
from archiver.record import parse_utc
from tests.changing_site import many_articles, serve_articles, source_table
from tests.conftest import FAST, run_archiver, serve_families, sources_toml

REPO = Path(__file__).resolve().parents[1]
FAMILIES = ("sharepoint", "liferay", "nukeviet", "phpsite", "unknown")


def _archive(data: Path) -> dict[str, list[str]]:
    """Each source's article ids, sorted."""
    archive = Archive(data / "archive")
    return {s: sorted(r["id"] for r in archive.iter_records([s])) for s in archive.sources()}


def _most_at_once(data: Path) -> int:
    """The largest number of crawl runs whose [started, finished] overlap, from the run records."""
    edges = []
    for run in read_runs(DataDir(data)):
        edges += [(parse_utc(run["started"]), 1), (parse_utc(run["finished"]), -1)]
    now = most = 0
    for _, step in sorted(edges, key=lambda e: (e[0], e[1])):
        now += step
        most = max(most, now)
    return most


@pytest.fixture(scope="module")
def family_servers():
    """Sample portals of this module's own: other modules count their requests."""
    yield from serve_families()


@pytest.fixture(scope="module")
def crawled(family_servers, tmp_path_factory):
    """The five sample portals crawled with --jobs 3, and again one at a time (--jobs 1)."""
    out = {}
    for jobs in ("3", "1"):
        data = tmp_path_factory.mktemp(f"jobs{jobs}")
        sources = data / "sources.toml"
        sources.write_text(sources_toml({f: family_servers[f] for f in FAMILIES}), "utf-8")
        done = run_archiver("--data-dir", str(data), "--sources", str(sources), "crawl",
                            "--jobs", jobs, *FAST, timeout=300)
        out[jobs] = (data, done)
    return out


def test_parallel_crawl_archives_what_a_serial_one_does(crawled):
    (parallel, done), (serial, serial_done) = crawled["3"], crawled["1"]
    assert done.returncode == 0 and serial_done.returncode == 0, done.stderr
    assert _archive(parallel) == _archive(serial)
    assert sorted(_archive(parallel)) == sorted(FAMILIES)
    assert all(len(ids) == len(set(ids)) > 0 for ids in _archive(parallel).values())


def test_one_summary_line_per_source_then_the_index(crawled):
    _, done = crawled["3"]
    lines = done.stdout.splitlines()
    assert sorted(line.split(":")[0] for line in lines[:-1]) == sorted(FAMILIES)
    assert all("pages fetched" in line and "failures: none" in line for line in lines[:-1])
    assert lines[-1].startswith("index rebuilt: 135 added")
    assert "archiver-progress" not in done.stdout + done.stderr  # live lines only on a terminal


def test_never_more_crawls_at_once_than_jobs(crawled):
    assert _most_at_once(crawled["3"][0]) <= 3
    assert _most_at_once(crawled["1"][0]) == 1


class Recorder(CrawlEvents):
    def __init__(self):
        self.events: list[tuple[str, str]] = []
        self.said: list[str] = []  # summaries and log lines, for a failure's message

    def started(self, source: str) -> None:
        self.events.append(("started", source))

    def progress(self, source: str, line: str) -> None:
        self.events.append(("progress", source))

    def log(self, source: str, line: str) -> None:
        self.said.append(f"{source}: {line}")

    def finished(self, source: str, summary: str, status: int) -> None:
        self.events.append(("finished", source))
        self.said.append(summary)


def test_children_report_live_progress(family_servers, tmp_path):
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_toml({f: family_servers[f] for f in FAMILIES[:2]}), "utf-8")
    recorder = Recorder()
    statuses = crawl_in_children(Config(DataDir(tmp_path), sources), list(FAMILIES[:2]),
                                 [*FAST, "--no-index"], 2, recorder)
    assert statuses == dict.fromkeys(FAMILIES[:2], 0), "\n".join(recorder.said)
    for source in FAMILIES[:2]:
        mine = [kind for kind, s in recorder.events if s == source]
        assert mine[0] == "started" and mine[-1] == "finished" and "progress" in mine


def test_a_killed_child_leaves_the_others_running(family_servers, tmp_path):
    slow = serve_articles(many_articles(4))  # ≈ 110 articles at 0.2 s a page: half a minute
    try:
        tables = sources_toml({f: family_servers[f] for f in FAMILIES[:3]})
        tables += source_table("slow", slow).replace("delay = 0\n", "delay = 0.2\n")
        sources = tmp_path / "sources.toml"
        sources.write_text(tables, "utf-8")
        parent = subprocess.Popen(
            [sys.executable, "-m", "archiver", "--data-dir", str(tmp_path), "--sources",
             str(sources), "crawl", "--jobs", "4", "-s", "AUTOTHROTTLE_ENABLED=False"],
            cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        victim = _wait_for_slow_crawl(tmp_path, parent)
        os.kill(victim, signal.SIGKILL)
        out, err = parent.communicate(timeout=300)
    finally:
        slow.stop()
    assert parent.returncode == 1, err
    lines = out.splitlines()
    done = [line for line in lines if "pages fetched" in line and "stopped" not in line]
    assert sorted(line.split(":")[0] for line in done) == sorted(FAMILIES[:3])
    archive = _archive(tmp_path)
    assert all(len(archive[f]) == 27 for f in FAMILIES[:3])
    assert SourceLock(DataDir(tmp_path), "slow").busy() is None  # the kernel dropped the dead child's lock
    # The parent wrote the dead child's run record: failed, why, and what it had done.
    [run] = read_runs(DataDir(tmp_path), "slow")
    assert run["stopped_because"] == f"failed: killed by signal {signal.SIGKILL}"
    assert run["new"] == len(archive["slow"]) >= 3 and run["updated"] == run["removed"] == 0
    assert run["pages"] >= run["new"]  # each archived article was a page fetched
    assert (run["full"], run["why_full"], run["resumed"]) == (True, "first crawl", False)
    assert parse_utc(run["started"]) <= parse_utc(run["finished"])
    assert f"slow: {run['pages']} pages fetched, {run['new']} new" in out
    assert f"stopped: failed: killed by signal {signal.SIGKILL}" in out
    shown = run_archiver("--data-dir", str(tmp_path), "runs", "--source", "slow")
    assert f"{run['new']} new" in shown.stdout and "killed by signal 9" in shown.stdout


def test_a_dead_childs_run_is_not_written_twice(tmp_path):
    """A child that wrote its own run record before a signal ended it keeps that one alone."""
    from archiver.archive.runs import CrawlSummary, append_run
    from archiver.crawl.jobs import died

    config = Config(DataDir(tmp_path), tmp_path / "sources.toml")
    own = CrawlSummary("a", started="2025-01-01T00:00:00Z", finished="2025-01-01T00:05:00Z",
                       pages=4, new=2, stopped_because="finished")
    append_run(config.data, own)
    assert died(config, "a", "2025-01-01T00:00:00Z", 0, 4, -signal.SIGKILL) is None
    assert read_runs(config.data) == [own.as_record()]
    written = died(config, "a", "2025-01-01T00:06:00Z", 0, 1, -signal.SIGKILL)
    assert written is not None and read_runs(config.data)[-1] == written.as_record()
    assert (written.pages, written.new, written.stopped_because) == (1, 0, "failed: killed by signal 9")


def _wait_for_slow_crawl(data: Path, parent: subprocess.Popen) -> int:
    """The pid of the child crawling `slow`, once it has archived some articles."""
    lock = SourceLock(DataDir(data), "slow")
    path = data / "archive" / "slow.jsonl"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and parent.poll() is None:
        pid = lock.holder()
        if pid and pid != parent.pid and path.exists() and path.read_bytes().count(b"\n") >= 3:
            return pid
        time.sleep(0.05)
    parent.kill()
    pytest.fail(f"the slow source's crawl never got going: {parent.communicate()}")


def test_schedule_run_crawls_due_sources_at_once(family_servers, tmp_path):
    tables = "".join(source_table(f, family_servers[f], schedule="1h") for f in FAMILIES[:3])
    sources = tmp_path / "sources.toml"
    sources.write_text(tables, "utf-8")
    done = run_archiver("--data-dir", str(tmp_path), "--sources", str(sources), "schedule",
                        "run", "--jobs", "3", *FAST, timeout=300)
    assert done.returncode == 0, done.stderr
    assert all(f"{f}: due (1h), crawling" in done.stdout for f in FAMILIES[:3])
    assert sum("pages fetched" in line for line in done.stdout.splitlines()) == 3
    assert sorted(_archive(tmp_path)) == sorted(FAMILIES[:3])


def test_a_sample_portal_queues_a_burst_of_connections(tmp_path):
    """Many local portals are served by one process's threads, and a crawl with no delay opens a
    connection for most requests: a server that cannot take a burst of connections before it
    accepts them drops some, and each dropped one waits for the kernel's retry (1 s, 3 s…), which
    was most of a local crawl's time. Here nothing accepts (the server is bound, not serving):
    every connection must still be established, queued by the kernel."""
    server = SiteServer(lambda base: build_site("nukeviet", load_articles(), base))
    host, port = server.base_url.removeprefix("http://").split(":")
    connections = []
    try:
        for _ in range(64):  # socketserver's own backlog of 5 fails at the 7th
            connections.append(socket.create_connection((host, int(port)), timeout=5))
    finally:
        for connection in connections:
            connection.close()
        server.stop()


class _InFlight(SiteServer):
    """A sample portal that answers after a short pause, counting the requests it has at once."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.now = self.most = 0
        self._count = threading.Lock()

    def answer(self, target, request_headers):  # noqa: ANN001, ANN201 - SiteServer's
        with self._count:
            self.now += 1
            self.most = max(self.most, self.now)
        try:
            time.sleep(0.02)  # so that requests sent together are here together
            return super().answer(target, request_headers)
        finally:
            with self._count:
                self.now -= 1


def test_a_source_without_delay_gets_one_request_at_a_time(tmp_path):
    """CONCURRENT_REQUESTS_PER_DOMAIN (1) holds with `delay = 0` too: Scrapy's downloader, under the
    asyncio reactor, started every queued request of a host at once when there was no delay."""
    server = _InFlight(lambda base: build_site("nukeviet", load_articles(), base)).start()
    try:
        sources = tmp_path / "sources.toml"
        sources.write_text(source_table("p", server), "utf-8")
        done = run_archiver("--data-dir", str(tmp_path), "--sources", str(sources), "crawl",
                            "--no-index", "-s", "AUTOTHROTTLE_ENABLED=False")
    finally:
        server.stop()
    assert done.returncode == 0, done.stderr
    assert sum(server.requests.values()) > 30 and server.most == 1


def test_default_jobs_is_sensible():
    assert 1 <= default_jobs() <= 2 * (os.cpu_count() or 1)


def test_ctrl_c_stops_every_crawl_cleanly_and_they_resume(tmp_path):
    """Ctrl-C on a terminal reaches the whole process group: each child stops as a lone crawl does
    (its job kept), the parent waits for them and starts no more; the next crawl completes them."""
    portals = {sid: serve_articles(many_articles(3)) for sid in ("a", "b", "c")}
    try:
        sources = tmp_path / "sources.toml"
        sources.write_text("".join(source_table(sid, server).replace("delay = 0\n", "delay = 0.1\n")
                                   for sid, server in portals.items()), "utf-8")
        base = [sys.executable, "-m", "archiver", "--data-dir", str(tmp_path), "--sources",
                str(sources), "crawl", "--no-index"]
        parent = subprocess.Popen([*base, "--jobs", "2", "-s", "AUTOTHROTTLE_ENABLED=False"],
                                  cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, start_new_session=True, preexec_fn=_as_on_a_terminal)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(_started(tmp_path)) < 2:
            time.sleep(0.05)
        os.killpg(parent.pid, signal.SIGINT)
        out, err = parent.communicate(timeout=120)
        assert parent.returncode == 1 and "Traceback" not in err, err
        stopped = [line for line in out.splitlines() if "stopped: shutdown" in line]
        assert len(stopped) == 2 and "c:" not in out  # the third never started
        resumed = run_archiver(*base[3:], *FAST, timeout=300)
        assert resumed.returncode == 0, resumed.stderr
        archive = _archive(tmp_path)
        assert all(len(archive[sid]) == len(portals[sid].site.articles) for sid in portals)
    finally:
        for server in portals.values():
            server.stop()


def _as_on_a_terminal() -> None:
    """In the child, before exec: Ctrl-C interrupts, as in a terminal, even when the tests run in
    the background (a shell starts background jobs with SIGINT ignored, and Python keeps that)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _started(data: Path) -> list[str]:
    """Sources whose crawl has archived at least three articles."""
    folder = data / "archive"
    return [p.stem for p in folder.glob("*.jsonl") if p.read_bytes().count(b"\n") >= 3]


def test_a_crawl_that_cannot_start_is_a_failed_run_on_record(family_servers, tmp_path):
    """The benchmark's missing portal: a child whose job could not be opened (there, two crawls
    replacing the shared url-rules file at once; here, that file unreadable) said so only on its
    terminal, and `archiver runs`, the scheduler and the benchmark saw no run at all."""
    (tmp_path / "archive" / "url-rules.json").mkdir(parents=True)
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_toml({f: family_servers[f] for f in FAMILIES[:2]}), "utf-8")
    done = run_archiver("--data-dir", str(tmp_path), "--sources", str(sources), "crawl",
                        "--jobs", "2", *FAST, timeout=300)
    assert done.returncode == 1, done.stderr
    for source in FAMILIES[:2]:
        assert f"{source}: failed: could not start: [Errno 21] Is a directory" in done.stdout
    runs = read_runs(DataDir(tmp_path))
    assert sorted(r["source"] for r in runs) == sorted(FAMILIES[:2])
    assert all(r["stopped_because"].startswith("failed: could not start") for r in runs)
