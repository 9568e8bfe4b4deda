"""Every benchmark, one after the other, into one report: `make bench` (`python -m bench.run`).

Each benchmark runs as its own command (`python -m bench.<name> [--quick]`), exactly as it runs alone,
and prints a markdown section; this collects the sections under the machine's description and a
summary of the targets, and writes `bench/RESULTS.md`. A benchmark that is not there yet, fails or
runs out of time gets a note in its place and the rest still run.

    python -m bench.run                    # full sizes; writes bench/RESULTS.md
    python -m bench.run --quick            # smoke sizes; prints the report, writes nothing
    python -m bench.run --only crawl_bench extraction_bench
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from bench.common import arguments, machine_markdown, note, num, table

RESULTS = Path(__file__).with_name("RESULTS.md")
#: In the order they run; the first five are this suite's, the rest come from other issues.
BENCHMARKS = ("server", "extraction_quality", "extraction_bench", "crawl_bench", "archive_bench",
              "search_bench", "search_quality", "export_bench", "incremental_bench", "generalisation")
#: Extra arguments for a full run, where a benchmark's default size does not fit a coffee break:
#: search at 100,000 articles takes tens of minutes (run `python -m bench.search_bench` alone).
#: The generalisation benchmark also crawls a real WordPress when it is installed (it says so if not).
FULL_ARGS: dict[str, list[str]] = {"search_bench": ["--n", "30000"], "generalisation": ["--wordpress"]}
TIMEOUT = 45 * 60  # seconds per benchmark
VERDICTS = ("**Target", "**All targets", "**Below target")


@dataclass
class Outcome:
    name: str
    command: str
    seconds: float
    status: str
    text: str


def run_one(name: str, quick: bool) -> Outcome:
    module = f"bench.{name}"
    if importlib.util.find_spec(module) is None:
        return Outcome(name, f"python -m {module}", 0.0, "absent",
                       f"## {name}\n\n_Not run: `{module}` does not exist yet._\n")
    args = (["--quick"] if _accepts_quick(module) else []) if quick else FULL_ARGS.get(name, [])
    command = " ".join(["python", "-m", module, *args])
    note(f"== {command}")
    start = time.perf_counter()
    try:
        done = subprocess.run([sys.executable, "-m", module, *args], stdout=subprocess.PIPE,
                              text=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return Outcome(name, command, time.perf_counter() - start, "timed out",
                       f"## {name}\n\n_Stopped after {TIMEOUT // 60} minutes without a result._\n")
    seconds = time.perf_counter() - start
    text = _as_markdown(name, done.stdout)
    if done.returncode == 0:
        return Outcome(name, command, seconds, "ok", text)
    return Outcome(name, command, seconds, f"exit status {done.returncode}",
                   text + f"\n_`{command}` ended with exit status {done.returncode}; its error "
                          "output went to the terminal._\n")


def _accepts_quick(module: str) -> bool:
    """Whether a benchmark has a smoke-test size (one without runs at its only size)."""
    usage = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True)
    return "--quick" in usage.stdout


def _as_markdown(name: str, output: str) -> str:
    """A benchmark's output as a section: a markdown report from its first heading on (progress
    lines before it dropped), markdown tables as they are, anything else fenced."""
    lines = output.strip().splitlines()
    heading = next((i for i, line in enumerate(lines) if line.startswith("#")), None)
    if heading is not None:
        return "\n".join(lines[heading:]) + "\n"
    text = "\n".join(lines)
    if any(line.startswith("|") for line in lines):
        return f"## {name}\n\n{text}\n"
    return f"## {name}\n\n```\n{text or '(no output)'}\n```\n"


def report(outcomes: list[Outcome], quick: bool) -> str:
    verdicts = [[o.name, line.strip()] for o in outcomes for line in o.text.splitlines()
                if line.startswith(VERDICTS) or line.lower().startswith("target:")]
    runs = [[o.name, f"`{o.command}`", num(o.seconds), o.status] for o in outcomes]
    size = "quick (smoke-test) sizes: the figures mean nothing" if quick else "full sizes"
    parts = [
        "# Benchmark results",
        f"Produced by `make bench` (`python -m bench.run`), {size}. Every figure stands beside a "
        "baseline measured in the same run on the same machine; a ratio is ours ÷ baseline. "
        "The machine is shared with other work, so expect a few percent of noise between runs.",
        "## Machine", machine_markdown(),
        "## Targets", table(["benchmark", "verdict"], verdicts) if verdicts else "_No verdicts._",
        "## Runs", table(["benchmark", "command", "wall s", "status"], runs),
        *(o.text.strip() for o in outcomes),
    ]
    return "\n\n".join(parts) + "\n"


def main() -> None:
    parser = arguments(__doc__.split("\n")[0])
    parser.add_argument("--only", nargs="+", choices=BENCHMARKS, metavar="NAME",
                        help=f"run only these ({', '.join(BENCHMARKS)})")
    parser.add_argument("--output", type=Path,
                        help=f"where to write the report (default: {RESULTS} for a full run, "
                             "nowhere for --quick)")
    args = parser.parse_args()
    outcomes = [run_one(name, args.quick) for name in args.only or BENCHMARKS]
    text = report(outcomes, args.quick)
    output = args.output or (None if args.quick else RESULTS)
    if output:
        output.write_text(text, encoding="utf-8")
        note(f"written {output}")
    else:
        print(text)
    if any(o.status not in ("ok", "absent") for o in outcomes):
        sys.exit(1)


if __name__ == "__main__":
    main()
