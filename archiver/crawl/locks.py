"""One crawl per source at a time: an advisory `flock` on `<data>/locks/<source>.lock`.

The kernel drops the lock when its process ends, however it ends (Ctrl-C, `kill -9`, a power cut), so a
stale lock never blocks the next crawl. The file holds the holder's pid, for the message.
"""

from __future__ import annotations

import fcntl
import os

from archiver.config import DataDir


class SourceLocked(Exception):
    """Another process is crawling the source; the message is one line naming it and the pid."""


class SourceLock:
    def __init__(self, data: DataDir, source: str):
        self.source = source
        self.path = data.lock(source)
        self._file = None

    def acquire(self) -> None:
        """Take the lock or raise SourceLocked at once (never waits)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        f = open(self.path, "a+")  # noqa: SIM115 - held open while locked, closed by release()
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            f.close()
            raise SourceLocked(self.busy() or f"source {self.source!r} is locked") from None
        f.truncate(0)
        f.write(f"{os.getpid()}\n")
        f.flush()
        self._file = f

    def release(self) -> None:
        if self._file is not None:
            self._file.close()  # closing the descriptor releases the flock
            self._file = None

    def holder(self) -> int | None:
        """The pid holding the lock, or None when the source is free."""
        if not self.path.exists():
            return None
        with open(self.path) as f:
            try:
                fcntl.flock(f, fcntl.LOCK_SH | fcntl.LOCK_NB)
            except BlockingIOError:
                text = f.read().strip()
                return int(text) if text.isdigit() else -1
            return None

    def busy(self) -> str | None:
        """Why the source cannot be crawled now (one line naming it and the pid), or None."""
        pid = self.holder()
        if pid is None:
            return None
        who = f"process {pid}" if pid > 0 else "another process"
        return f"source {self.source!r} is being crawled by {who} (lock {self.path})"

    def __enter__(self) -> SourceLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
