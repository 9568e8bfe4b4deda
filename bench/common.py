"""What every benchmark shares: the machine it ran on, child processes measured one at a time (wall
time, CPU time, peak memory), and the markdown every benchmark prints its tables in.

Each side of a comparison runs in a fresh Python process, so its peak RSS is its own and neither side
warms a cache for the other; `os.wait4` reports that one child's CPU time and `ru_maxrss`.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Self

#: Versions worth knowing when comparing figures across machines or months.
PACKAGES = ("scrapy", "twisted", "lxml", "parsel", "trafilatura", "htmldate", "whoosh")


class BenchError(Exception):
    """A benchmark could not produce its figures; the message says which step and why."""


def machine() -> dict[str, str]:
    """The machine, interpreter and packages, and the load from other processes at the start."""
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    versions = []
    for name in PACKAGES:
        try:
            versions.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            continue
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": f"{os.cpu_count()} cores, {_cpu_model()}",
        "memory": f"{_mem_total_gb():.0f} GB",
        "os": platform.platform(terse=True),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "packages": ", ".join(versions),
        "load average (1, 5, 15 min) at start": load,
    }


def machine_markdown() -> str:
    return "\n".join(f"- {key}: {value}" for key, value in machine().items())


def _cpu_model() -> str:
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _mem_total_gb() -> float:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError):
        return 0.0


@dataclass(frozen=True)
class Measured:
    """One finished child process: exit status, wall and CPU seconds, peak resident memory."""

    returncode: int
    wall: float
    cpu: float
    peak_rss_mb: float
    stdout: str
    stderr: str

    def result(self) -> dict:
        """The JSON object a worker prints as its last line of output."""
        lines = self.stdout.strip().splitlines()
        if self.returncode != 0 or not lines:
            tail = " | ".join(self.stderr.strip().splitlines()[-3:]) or "no output"
            raise BenchError(f"worker failed with exit status {self.returncode}: {tail}")
        return json.loads(lines[-1])


def run_measured(cmd: Sequence[str], env: dict[str, str] | None = None) -> Measured:
    """Run `cmd` to the end and measure that process alone (its children's use included)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(list(cmd), stdout=out, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped: Popen must not wait again
        out.seek(0)
        err.seek(0)
        return Measured(proc.returncode, wall, usage.ru_utime + usage.ru_stime,
                        usage.ru_maxrss / 1024,  # Linux reports KiB
                        out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace"))


def run_worker(module: str, *args: str) -> tuple[dict, Measured]:
    """Run `python -m module args…` in a fresh interpreter; its last output line is a JSON result."""
    measured = run_measured([sys.executable, "-m", module, *args])
    try:
        return measured.result(), measured
    except BenchError as exc:
        raise BenchError(f"{module} {' '.join(args)}: {exc}") from None


def print_result(result: dict) -> None:
    """What a worker prints last, for `run_worker` to read."""
    print(json.dumps(result), flush=True)


def arguments(description: str) -> argparse.ArgumentParser:
    """A benchmark's command line: every benchmark has `--quick`, a smoke-test size."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true",
                        help="a small size that only checks the benchmark runs")
    return parser


def emit(report: Callable[[], str]) -> None:
    """Print a benchmark's report; a benchmark that cannot finish says why in one line, exit 1."""
    try:
        text = report()
    except BenchError as exc:
        sys.exit(f"error: {exc}")
    print(text, flush=True)


class Started:
    """A real server a benchmark starts (bench/wordpress, bench/plone): a context manager that
    stops it and removes what it wrote, also when starting it failed half-way."""

    def start(self) -> None:
        raise NotImplementedError

    def stop(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        try:
            self.start()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


class ServedFromTemp(Started):
    """A server process (`_web`, in a session of its own) serving a private directory (`_tmp`):
    stopping it stops the process group and removes the directory (bench/plone, the Wagtail
    sites)."""

    _web: subprocess.Popen | None = None
    _tmp: Path | None = None

    def stop(self) -> None:
        if self._web is not None:
            stop_group(self._web)
            self._web = None
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None


def stop_group(process: subprocess.Popen, timeout: float = 20) -> None:
    """Stop a server started in a session of its own, with the workers it forked."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def wait_serving(url: str, process: subprocess.Popen, log: Path, timeout: float) -> None:
    """Until `url` answers 200 from the server `process` just started (its errors going to
    `log`): a server that stops first, or does not answer within `timeout` seconds, raises with
    the end of its log, which says why."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped: {log.read_text(errors='replace')[-1500:]}")
        try:
            with urllib.request.urlopen(url, timeout=10) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            time.sleep(0.3)
    raise RuntimeError(f"nothing answered at {url} within {timeout:.0f} s: "
                       f"{log.read_text(errors='replace')[-1500:]}")


def keep_built(staged: Path, done: Path) -> Path:
    """Move the directory `staged` (a site a benchmark built, holding only what it keeps) into the
    cache as `done` and return `done`; where another process cached the same build first, theirs
    is kept and `staged` removed."""
    done.parent.mkdir(parents=True, exist_ok=True)
    mine = done.with_name(f"{done.name}.{os.getpid()}")
    shutil.move(str(staged), mine)
    with contextlib.suppress(OSError):
        mine.rename(done)
    shutil.rmtree(mine, ignore_errors=True)
    return done


def free_port() -> int:
    """A TCP port on 127.0.0.1 free now, for a server a benchmark starts."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def note(message: str) -> None:
    """Progress for whoever watches; stdout carries only the report."""
    print(message, file=sys.stderr, flush=True)


def num(x: float | int | None) -> str:
    """A figure with as many digits as a reader compares: 12,345 · 123 · 12.3 · 1.23."""
    if x is None:
        return "—"
    if isinstance(x, int):
        return f"{x:,}"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    if abs(x) >= 100:
        return f"{x:.0f}"
    if abs(x) >= 10:
        return f"{x:.1f}"
    return f"{x:.2f}" if abs(x) >= 0.01 else f"{x:.2g}"


def pct(x: float | None) -> str:
    return "—" if x is None else f"{100 * x:.1f}%"


def ratio(ours: float | None, baseline: float | None) -> str:
    """ours / baseline, as "0.62×"."""
    if not ours or not baseline:
        return "—"
    return f"{ours / baseline:.2f}×"


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A GitHub markdown table; text columns left-aligned, figures right-aligned."""
    cells = [[str(c) for c in row] for row in rows]
    numeric = [all(_looks_numeric(r[i]) for r in cells) and bool(cells) for i in range(len(headers))]
    align = ["---:" if n else ":---" for n in numeric]
    lines = [headers, align, *cells]
    return "\n".join("| " + " | ".join(line) + " |" for line in lines)


def _looks_numeric(text: str) -> bool:
    return text == "—" or (bool(text) and (text[0].isdigit() or text[0] in "-+.")
                            and not any(c.isalpha() for c in text.rstrip("×%s")))


def section(title: str, *parts: str) -> str:
    """One benchmark's report: a `##` heading, then paragraphs and tables."""
    return "\n\n".join([f"## {title}", *(p.strip() for p in parts if p and p.strip())]) + "\n"
