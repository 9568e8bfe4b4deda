"""Scrapy's downloader, keeping CONCURRENT_REQUESTS_PER_DOMAIN for a source crawled with no delay.

Scrapy 2.19's `Downloader._process_queue` starts queued requests while the slot (the host) has a free
transfer place; each start is a task, and with the asyncio reactor (ours) a task takes its place
(`slot.transferring`) only once it first runs. With a delay the loop stops after one request; with no
delay it emptied the slot's whole queue at once, so a source with `delay = 0` was sent up to
CONCURRENT_REQUESTS (16) requests at once instead of one, each on a new connection. Measured on a
local portal: 15 requests at once and 36 connections for 44 requests, whose bursts overflowed the
sample server's listen queue (each dropped connection waits for the kernel's retry, 1 s or more).
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any

from scrapy import Request
from scrapy.core.downloader import Downloader, Slot
from scrapy.http import Response
from twisted.internet.defer import Deferred


class PoliteDownloader(Downloader):
    """Scrapy's downloader, but a request takes its slot's transfer place as soon as it is started."""

    def _wait_for_download(self, slot: Slot, request: Request,
                           queue_dfd: Deferred[Response]) -> Coroutine[Any, Any, None]:
        # called when the request is started, before its task runs: the place is taken now, and
        # Downloader._download (which adds it again) frees it when the transfer ends
        slot.transferring.add(request)
        return super()._wait_for_download(slot, request, queue_dfd)
