"""`archiver worker --redis redis://HOST`: many machines share the due sources through Redis.

Every worker reads the same sources file and the same data directory (shared storage: the archive,
run records and crawl job state). A source that is due is *leased* to one worker at a time: a Redis key
`archiver:lease:<source>` set only if absent, with an expiry that the holding worker renews (a
heartbeat) while its crawl runs. The lease is what keeps each source's archive single-writer across
machines; on one machine the source's flock (crawl/locks.py) guards it as well. The crawl itself is a
child `archiver crawl SOURCE` whose frontier and duplicate filter live in Redis (scrapy-redis, keys
`archiver:<source>:requests|seen`): flushed when a crawl of the source starts, emptied by its clean end.

A worker killed with SIGKILL takes its crawl with it (the child dies with its parent), stops renewing,
and its lease expires: the source is due again and another worker takes it. Requests that were queued
or in flight are not replayed from Redis (the dead crawl's duplicate filter would hide the in-flight
ones): the next crawl resumes the source's crawl job (crawl/jobs.py), re-walking the listings and
fetching every article the archive does not hold yet, so nothing is lost or archived twice. A crawl
that fails keeps its lease until it expires: a short pause before any worker retries it.
"""

from __future__ import annotations

import ctypes
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from scrapy_redis.scheduler import Scheduler

from archiver.config import Config
from archiver.crawl.scheduler import source_states

#: Redis key prefix of everything the workers share.
PREFIX = "archiver"
#: A lease lasts this long unless renewed; renewed every third of it.
LEASE_SECONDS = 30.0
#: An idle worker looks for due sources this often.
POLL_SECONDS = 2.0

_RENEW = """if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end"""
_RELEASE = """if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('del', KEYS[1]) else return 0 end"""


def lease_key(source: str) -> str:
    return f"{PREFIX}:lease:{source}"


class RedisScheduler(Scheduler):
    """scrapy-redis's scheduler (0.9.1) for Scrapy 2.13+: stats without the `spider` argument
    Scrapy deprecated; otherwise as it is."""

    def enqueue_request(self, request) -> bool:  # noqa: ANN001
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self):  # noqa: ANN201
        request = self.queue.pop(self.idle_before_close)
        if request is not None:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request


def redis_settings(redis_url: str, source: str) -> list[str]:
    """`-s` arguments that put a crawl's frontier and duplicate filter in Redis, keyed by source."""
    pairs = {
        "SCHEDULER": "archiver.crawl.worker.RedisScheduler",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_KEY": f"{PREFIX}:{source}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{PREFIX}:{source}:seen",
        "SCHEDULER_FLUSH_ON_START": "True",
        "SCHEDULER_PERSIST": "False",
        "REDIS_URL": redis_url,
    }
    return [arg for name, value in pairs.items() for arg in ("-s", f"{name}={value}")]


@dataclass
class _Crawl:
    source: str
    process: subprocess.Popen


class Worker:
    """One worker process: leases due sources, crawls up to `jobs` of them at once."""

    def __init__(self, config: Config, redis_url: str, jobs: int = 1,
                 lease_seconds: float = LEASE_SECONDS, args: list[str] | None = None,
                 echo: Callable[[str], None] = print):
        import redis

        self.config = config
        self.redis_url = redis_url
        self.redis = redis.Redis.from_url(redis_url)
        self.jobs = jobs
        self.ttl_ms = int(lease_seconds * 1000)
        self.args = args or []
        self.echo = echo
        self.name = f"{socket.gethostname()}:{os.getpid()}"
        self.running: dict[str, _Crawl] = {}
        self._renew = self.redis.register_script(_RENEW)
        self._release = self.redis.register_script(_RELEASE)
        self._stop = threading.Event()

    def run(self, until_idle: bool = False) -> int:
        """Crawl due sources until stopped (or, `until_idle`, until no source is due or leased by
        any worker); returns how many crawls failed."""
        self.redis.ping()
        heartbeat = threading.Thread(target=self._heartbeat, daemon=True)
        heartbeat.start()
        failed = 0
        try:
            while True:
                failed += self._reap()
                if len(self.running) < self.jobs:  # reading every source's state costs CPU
                    self._take_due()
                if until_idle and not self.running and not self._anything_left():
                    return failed
                time.sleep(POLL_SECONDS if not self.running else 0.2)
        finally:
            self._stop.set()
            self._stop_crawls()

    def _stop_crawls(self, grace: float = 30.0) -> None:
        """Stop running crawls as Ctrl-C does (they record where they stopped, to resume), then
        kill what is still running after `grace` seconds; their leases expire."""
        for crawl in self.running.values():
            crawl.process.send_signal(signal.SIGINT)
        deadline = time.monotonic() + grace
        for crawl in self.running.values():
            try:
                crawl.process.wait(max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                crawl.process.kill()

    def _take_due(self) -> None:
        now = datetime.now(UTC)
        for state in source_states(self.config):
            if len(self.running) >= self.jobs:
                return
            source = state.source.id
            if source in self.running or not state.is_due(now):
                continue
            if not self.redis.set(lease_key(source), self.name, nx=True, px=self.ttl_ms):
                continue
            if not self._still_due(source):  # another worker finished it meanwhile
                self._release(keys=[lease_key(source)], args=[self.name])
                continue
            self.echo(f"{source}: leased by {self.name}, crawling")
            self.running[source] = _Crawl(source, self._start(source))

    def _still_due(self, source: str) -> bool:
        now = datetime.now(UTC)
        return any(s.source.id == source and s.is_due(now) for s in source_states(self.config))

    def _start(self, source: str) -> subprocess.Popen:
        command = [sys.executable, "-m", "archiver", "--data-dir", str(self.config.data.root),
                   "--sources", str(self.config.sources_path), "crawl", source, "--no-index",
                   *redis_settings(self.redis_url, source), *self.args]
        return subprocess.Popen(command, stdin=subprocess.DEVNULL, preexec_fn=_die_with_parent)

    def _reap(self) -> int:
        """Collect finished crawls: release the lease of a completed one; a failed one keeps its
        lease until it expires (a pause before a retry)."""
        failed = 0
        for source, crawl in list(self.running.items()):
            status = crawl.process.poll()
            if status is None:
                continue
            del self.running[source]
            if status == 0:
                self._release(keys=[lease_key(source)], args=[self.name])
            else:
                failed += 1
                self.echo(f"{source}: crawl failed (exit status {status}); retried when its "
                          "lease expires")
        return failed

    def _anything_left(self) -> bool:
        """Whether a source is due or leased (by any worker: one may die and give it back)."""
        now = datetime.now(UTC)
        states = source_states(self.config)
        return any(s.is_due(now) for s in states) or any(
            self.redis.exists(lease_key(s.source.id)) for s in states)

    def _heartbeat(self) -> None:
        """Renew the leases of running crawls; a crawl whose lease is lost (Redis unreachable or
        the key gone) is stopped, so that a source never has two writers."""
        while not self._stop.wait(self.ttl_ms / 3000):
            for source, crawl in list(self.running.items()):
                try:
                    held = self._renew(keys=[lease_key(source)], args=[self.name, self.ttl_ms])
                except Exception:  # noqa: BLE001 - any Redis failure: the lease cannot be trusted
                    held = 0
                if not held and crawl.process.poll() is None:
                    self.echo(f"{source}: lease lost, stopping its crawl")
                    crawl.process.send_signal(signal.SIGINT)


def _die_with_parent() -> None:
    """In the child, before exec: be killed when the worker dies, however it dies (Linux)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
