"""`archiver timeline`: how many selected articles were published per day, week, month or year.

Media Cloud calls it "attention over time". The articles are those `archiver export` would write for
the same query and filters (latest versions), counted by their publish date in Vietnam time; periods
without any article are kept (a gap is a finding), undated articles are counted apart. Output: a compact
bar chart for the terminal, a CSV table, or a chart file drawn with matplotlib (the `plot` extra).
The counts may be split by source or by province (`split_groups`), the same way on the command line
and on the web site.
"""

from __future__ import annotations

import csv
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TextIO

from archiver.datasets.export import atomic_file
from archiver.datasets.selection import Plan, Selection
from index.filters import as_typed
from index.query import source_places

PERIODS = ("day", "week", "month", "year")
#: What the counts may be split by: each source apart, or the sources of each province together.
SPLITS = ("source", "province")
PLOT_SUFFIXES = (".png", ".svg")
#: Sources drawn apart in a chart; the rest are summed as "other".
PLOT_SOURCES = 9
_EIGHTHS = " ▏▎▍▌▋▊▉"


class PlotError(ValueError):
    """A chart that cannot be drawn as asked; the message says why."""


@dataclass
class Timeline:
    by: str
    starts: list[date]  # first day of every period from the first to the last, gaps included
    counts: dict[date, Counter[str]]  # period start → source → articles (one key when not split)
    sources: list[str]  # the columns: source ids by name, or ["articles"] when not split
    undated: int  # articles without a publish date, in no period

    @property
    def split(self) -> bool:
        return self.sources != ["articles"]

    def label(self, start: date) -> str:
        """`2022-06-05` (day, and week by its Monday), `2022-06` (month), `2022` (year)."""
        return {"month": f"{start:%Y-%m}", "year": f"{start:%Y}"}.get(self.by, start.isoformat())


def timeline(plan: Plan, by: str = "month", split: bool = False,
             groups: dict[str, str] | None = None) -> Timeline:
    """Articles of a plan per period, optionally per source, or per group of sources (`groups`:
    source → e.g. its province)."""
    if by not in PERIODS:
        raise ValueError(f"--by must be one of {', '.join(PERIODS)}")
    counts: dict[date, Counter[str]] = {}
    undated = 0
    for article in plan.articles:
        if article.published is None:
            undated += 1
            continue
        start = period_start(article.published.date(), by)
        column = (groups or {}).get(article.source, article.source) if split else "articles"
        counts.setdefault(start, Counter())[column] += 1
    starts = list(_periods(min(counts), max(counts), by)) if counts else []
    sources = sorted({s for c in counts.values() for s in c}) if split else ["articles"]
    return Timeline(by, starts, counts, sources, undated)


def split_groups(split: str | None, index_dir: Path) -> dict[str, str] | None:
    """The `groups` of `timeline` for a split: by province, each source's province as its articles
    in the index give it ("?" when none do); None otherwise (by source, or not split)."""
    if split not in (None, *SPLITS):
        raise ValueError(f"--split must be one of {', '.join(SPLITS)}")
    if split != "province":
        return None
    return {s: place["province"] or "?" for s, place in source_places(index_dir).items()}


def period_start(day: date, by: str) -> date:
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    if by == "year":
        return day.replace(month=1, day=1)
    return day


def _periods(first: date, last: date, by: str) -> Iterator[date]:
    start = first
    while start <= last:
        yield start
        if by in ("day", "week"):
            start += timedelta(days=1 if by == "day" else 7)
        elif by == "month":
            start = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        else:
            start = date(start.year + 1, 1, 1)


def describe(selection: Selection) -> str:
    """The query and filters in a few words, for titles."""
    parts = [f'"{selection.query}"'] if selection.query else []
    parts += [f"{name} {value}" for name, value in as_typed(selection.filters).items()]
    return ", ".join(parts) or "all articles"


def bars(t: Timeline, width: int | None = None) -> list[str]:
    """A compact horizontal bar chart, one line per period; the split sources after each bar."""
    width = width or shutil.get_terminal_size((100, 24)).columns
    labels = [t.label(s) for s in t.starts]
    totals = [t.counts.get(s, Counter()).total() for s in t.starts]
    if not totals:
        return []
    pad, digits = max(map(len, labels)), len(f"{max(totals):,}")
    room = max(10, (width - pad - digits - 3) // (2 if t.split else 1))
    top = max(totals) or 1
    lines = []
    for start, label, total in zip(t.starts, labels, totals, strict=True):
        line = f"{label:<{pad}} {_bar(total / top * room):<{room}} {total:>{digits},}"
        if t.split and total:
            parts = ", ".join(f"{s} {n:,}" for s, n in t.counts[start].most_common())
            line += "  " + _clip(parts, width - len(line) - 2)
        lines.append(line.rstrip())
    return lines


def _bar(cells: float) -> str:
    """A bar `cells` characters long, drawn to an eighth of a character."""
    full, eighths = divmod(round(cells * 8), 8)
    return "█" * full + (_EIGHTHS[eighths] if eighths else "")


def _clip(text: str, room: int) -> str:
    return text if len(text) <= room else text[:max(room - 1, 0)] + "…"


def write_csv(t: Timeline, stream: TextIO) -> None:
    """The table: `period,count`, or with sources `period,<source>…,total`."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow([t.by, *t.sources, "total"] if t.split else [t.by, "count"])
    for start in t.starts:
        row = t.counts.get(start, Counter())
        cells = [row[s] for s in t.sources] if t.split else []
        writer.writerow([t.label(start), *cells, row.total()])


def plot(t: Timeline, path: Path, title: str, split: str = "source") -> None:
    """A bar chart (stacked by source, or by what `split` names, when split) with labelled axes,
    title and legend."""
    if path.suffix.lower() not in PLOT_SUFFIXES:
        raise PlotError(f"{path.name}: the chart must be a .png or .svg file")
    try:
        from matplotlib.figure import Figure  # not pyplot: no GUI backend, no global state
    except ImportError:
        raise PlotError("--plot needs matplotlib: pip install 'archiver[plot]'") from None

    series = _series(t)
    fig = Figure(figsize=(max(6.0, min(18.0, 2 + 0.25 * len(t.starts))), 4.5))
    ax = fig.subplots()
    positions = range(len(t.starts))
    bottom = [0] * len(t.starts)
    for name, values in series:
        ax.bar(positions, values, bottom=bottom, label=name, width=0.85)
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    step = max(1, len(t.starts) // 24)  # at most about 24 labels
    slanted = len(t.starts) > 8
    ax.set_xticks(list(positions)[::step], [t.label(s) for s in t.starts][::step],
                  rotation=45 if slanted else 0, ha="right" if slanted else "center")
    ax.set_xlabel(t.by if t.by != "week" else "week (starting Monday)")
    ax.set_ylabel("articles")
    ax.set_title(title)
    if not t.split:
        ax.legend()
    else:  # beside the chart: many sources would hide the bars
        handles, labels = ax.get_legend_handles_labels()  # listed top-down, as stacked
        ax.legend(handles[::-1], labels[::-1], title=split, loc="upper left",
                  bbox_to_anchor=(1.01, 1))
    fig.tight_layout()
    with atomic_file(path) as f:
        fig.savefig(f, format=path.suffix.lower()[1:], bbox_inches="tight")


def _series(t: Timeline) -> list[tuple[str, list[int]]]:
    """The bars' series: the biggest sources apart, the others summed as "other"."""
    sums: Counter[str] = Counter()
    for c in t.counts.values():
        sums.update(c)
    ranked = [s for s, _ in sums.most_common()]
    named = ranked if len(ranked) <= PLOT_SOURCES + 1 else ranked[:PLOT_SOURCES]
    rest = ranked[len(named):]
    series = [(s, [t.counts.get(p, Counter())[s] for p in t.starts]) for s in named]
    if rest:
        series.append(("other", [sum(t.counts.get(p, Counter())[s] for s in rest)
                                 for p in t.starts]))
    return series
