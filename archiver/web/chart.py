"""Timeline charts drawn on the server as inline SVG: no JavaScript, readable in any browser, and
every bar or point carries its exact value as a tooltip (`<title>`).

One series (no split) is drawn as bars; a split as one line per column (the largest ones named, the
rest summed as "other", as the terminal and matplotlib charts do).
"""

from __future__ import annotations

import math

from markupsafe import Markup, escape

from archiver.web.service import TimelineView

WIDTH, HEIGHT = 760, 250
LEFT, RIGHT, TOP, BOTTOM = 56, 12, 12, 46
#: Columns drawn apart; the others are summed as "other".
MAX_SERIES = 7
#: Colour-blind-safe palette (Okabe–Ito), then grey for "other".
COLOURS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442", "#999999")


def series(view: TimelineView, metric: str) -> list[tuple[str, list[float | None]]]:
    """The chart's series: (name, one value per period); `metric` is "count" or "share"."""
    def value(count: int, total: int) -> float | None:
        if metric == "count":
            return float(count)
        return count / total if total else None

    if not view.split:
        return [("", [value(p.count, p.total) for p in view.periods])]
    sums = {c: sum(p.by[c][0] for p in view.periods) for c in view.columns}
    ranked = sorted(view.columns, key=lambda c: (-sums[c], c))
    named = ranked if len(ranked) <= MAX_SERIES + 1 else ranked[:MAX_SERIES]
    out = [(c, [value(*p.by[c]) for p in view.periods]) for c in named]
    rest = ranked[len(named):]
    if rest:
        out.append(("other", [value(sum(p.by[c][0] for c in rest), sum(p.by[c][1] for c in rest))
                              for p in view.periods]))
    return out


def _ceiling(peak: float, metric: str) -> float:
    """The top of the y axis: four even, round steps (1, 2, 2.5 or 5 times a power of ten) at or
    above the peak; whole articles for counts."""
    raw = peak / 4 or (1 if metric == "count" else 0.01)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    if metric == "count":
        step = max(1, math.ceil(step))
    return step * 4


def svg(view: TimelineView, metric: str, title: str) -> Markup:
    """An accessible SVG chart of the timeline (`role="img"` with the title as its label)."""
    drawn = series(view, metric)
    labels = [p.label for p in view.periods]
    top = _ceiling(max((v for _, values in drawn for v in values if v is not None), default=0),
                   metric)
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / max(len(labels), 1)

    def x(i: int) -> float:
        return LEFT + step * (i + 0.5)

    def y(v: float) -> float:
        return TOP + plot_h * (1 - v / top)

    def shown(v: float) -> str:
        return f"{v:.1%}" if metric == "share" else f"{v:,.0f}"

    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
             f"<title>{escape(title)}</title>"]
    for k in range(5):  # grid lines and y labels
        v = top * k / 4
        parts.append(f'<line class="grid" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{y(v):.1f}" '
                     f'y2="{y(v):.1f}"/><text class="axis" x="{LEFT - 6}" y="{y(v) + 4:.1f}" '
                     f'text-anchor="end">{shown(v)}</text>')
    every = max(1, -(-len(labels) // 12))  # at most about 12 x labels
    for i, label in enumerate(labels):
        if i % every == 0:
            parts.append(f'<text class="axis" x="{x(i):.1f}" y="{HEIGHT - BOTTOM + 16}" '
                         f'text-anchor="middle">{escape(label)}</text>')
    for n, (name, values) in enumerate(drawn):
        colour = COLOURS[min(n, len(COLOURS) - 1)] if name != "other" else COLOURS[-1]
        if not view.split:
            bar = max(1.0, step * 0.7)
            for i, v in enumerate(values):
                if v:
                    parts.append(f'<rect fill="{colour}" x="{x(i) - bar / 2:.1f}" y="{y(v):.1f}" '
                                 f'width="{bar:.1f}" height="{TOP + plot_h - y(v):.1f}">'
                                 f"<title>{escape(labels[i])}: {shown(v)}</title></rect>")
            continue
        points = [(x(i), y(v), i, v) for i, v in enumerate(values) if v is not None]
        if len(points) > 1:
            path = " ".join(f"{px:.1f},{py:.1f}" for px, py, _, _ in points)
            parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" '
                         f'points="{path}"/>')
        for px, py, i, v in points:
            parts.append(f'<circle fill="{colour}" cx="{px:.1f}" cy="{py:.1f}" r="3">'
                         f"<title>{escape(name)}, {escape(labels[i])}: {shown(v)}</title></circle>")
    parts.append(f'<line class="base" x1="{LEFT}" x2="{WIDTH - RIGHT}" y1="{TOP + plot_h}" '
                 f'y2="{TOP + plot_h}"/>')
    if view.split:  # legend under the axis labels
        lx = LEFT
        for n, (name, _) in enumerate(drawn):
            colour = COLOURS[min(n, len(COLOURS) - 1)] if name != "other" else COLOURS[-1]
            parts.append(f'<rect x="{lx}" y="{HEIGHT - 16}" width="10" height="10" '
                         f'fill="{colour}"/><text class="legend" x="{lx + 14}" '
                         f'y="{HEIGHT - 7}">{escape(name)}</text>')
            lx += 22 + 7 * len(name)
    parts.append("</svg>")
    return Markup("".join(parts))
