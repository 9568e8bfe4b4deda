"""When a source is due: an interval (`6h`, `1d`, `1w`) or a cron expression.

Cron expressions are read by cronsim (a maintained cron library: day and month names, `L`, `@daily`
and the other aliases), and one that can never come due (`0 0 31 2 *`) is refused when the sources
file is checked, not when the scheduler meets it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from cronsim import CronSim, CronSimError

UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
#: The longest interval: a bigger one (`999999999d`) overflows every date it is added to.
MAX_INTERVAL = timedelta(days=3660)
#: cron's `@` aliases (cronsim reads five fields).
ALIASES = {"@yearly": "0 0 1 1 *", "@annually": "0 0 1 1 *", "@monthly": "0 0 1 * *",
           "@weekly": "0 0 * * 0", "@daily": "0 0 * * *", "@midnight": "0 0 * * *",
           "@hourly": "0 * * * *"}


class ScheduleError(ValueError):
    pass


def parse_interval(text: str) -> timedelta:
    """`30m`, `6h`, `1d`, `2w` → timedelta, at most MAX_INTERVAL."""
    m = re.fullmatch(r"\s*(\d+)\s*([mhdw])\s*", text or "")
    if not m or int(m.group(1)) == 0:
        raise ScheduleError(f"{text!r} is not an interval like 30m, 6h, 1d or 1w")
    try:
        interval = timedelta(**{UNITS[m.group(2)]: int(m.group(1))})
    except OverflowError:
        interval = MAX_INTERVAL * 2
    if interval > MAX_INTERVAL:
        raise ScheduleError(f"{text!r} is longer than {MAX_INTERVAL.days} days")
    return interval


@dataclass(frozen=True)
class Schedule:
    text: str
    interval: timedelta | None = None
    cron: str | None = None  # five fields, aliases expanded

    def next_after(self, last: datetime) -> datetime:
        """The first due time after `last` (cron times are read in last's time zone)."""
        if self.interval is not None:
            return last + self.interval
        assert self.cron is not None
        return next(CronSim(self.cron, last.replace(second=0, microsecond=0)))


def parse_schedule(text: str) -> Schedule:
    """An interval or a cron expression; raises ScheduleError with the reason."""
    if re.fullmatch(r"\s*\d+\s*[mhdw]\s*", text or ""):
        return Schedule(text, interval=parse_interval(text))
    expr = ALIASES.get((text or "").strip().lower(), (text or "").strip())
    if len(expr.split()) != 5:
        raise ScheduleError(f"{text!r} is neither an interval (6h, 1d, 1w) nor a 5-field cron "
                            "expression")
    try:
        CronSim(expr, datetime(2000, 1, 1))
    except (CronSimError, ValueError) as exc:  # "Bad day-of-month" for 31 February, too
        field = str(exc).removeprefix("Bad ").rstrip(".")
        raise ScheduleError(f"cron {field} field of {text!r} is invalid or never comes due") \
            from None
    return Schedule(text, cron=expr)
