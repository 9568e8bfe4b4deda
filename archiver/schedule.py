"""When a source is due: an interval (`6h`, `1d`, `1w`) or a five-field cron expression."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}
#: (name, lowest, highest) of the five cron fields.
CRON_FIELDS = (("minute", 0, 59), ("hour", 0, 23), ("day", 1, 31), ("month", 1, 12),
               ("weekday", 0, 7))


class ScheduleError(ValueError):
    pass


def parse_interval(text: str) -> timedelta:
    """`30m`, `6h`, `1d`, `2w` → timedelta."""
    m = re.fullmatch(r"\s*(\d+)\s*([mhdw])\s*", text or "")
    if not m or int(m.group(1)) == 0:
        raise ScheduleError(f"{text!r} is not an interval like 30m, 6h, 1d or 1w")
    return timedelta(**{UNITS[m.group(2)]: int(m.group(1))})


@dataclass(frozen=True)
class Schedule:
    text: str
    interval: timedelta | None = None
    cron: tuple[frozenset[int], ...] | None = None

    def next_after(self, last: datetime) -> datetime:
        """The first due time after `last` (cron times are read in last's time zone)."""
        if self.interval is not None:
            return last + self.interval
        assert self.cron is not None
        minutes, hours, days, months, weekdays = self.cron
        t = last.replace(second=0, microsecond=0) + timedelta(minutes=1)
        limit = t + timedelta(days=366 * 5)
        while t < limit:
            if t.month not in months:
                t = (t.replace(day=1, hour=0, minute=0) + timedelta(days=32)).replace(day=1)
            elif not self._day_matches(t, days, weekdays):
                t = t.replace(hour=0, minute=0) + timedelta(days=1)
            elif t.hour not in hours:
                t = t.replace(minute=0) + timedelta(hours=1)
            elif t.minute not in minutes:
                t += timedelta(minutes=1)
            else:
                return t
        raise ScheduleError(f"{self.text!r} never comes due")

    @staticmethod
    def _day_matches(t: datetime, days: frozenset[int], weekdays: frozenset[int]) -> bool:
        weekday = (t.weekday() + 1) % 7  # cron: 0 (and 7) is Sunday
        day_ok, wd_ok = t.day in days, weekday in weekdays or (weekday == 0 and 7 in weekdays)
        # cron's rule: when both day fields are restricted, either may match
        if len(days) < 31 and len(weekdays) < 8:
            return day_ok or wd_ok
        return day_ok and wd_ok


def parse_schedule(text: str) -> Schedule:
    """An interval or a cron expression; raises ScheduleError with the reason."""
    if re.fullmatch(r"\s*\d+\s*[mhdw]\s*", text or ""):
        return Schedule(text, interval=parse_interval(text))
    parts = (text or "").split()
    if len(parts) != 5:
        raise ScheduleError(f"{text!r} is neither an interval (6h, 1d, 1w) nor a 5-field cron "
                            "expression")
    return Schedule(text, cron=tuple(_cron_field(p, *spec) for p, spec in zip(parts, CRON_FIELDS,
                                                                             strict=True)))


def _cron_field(text: str, name: str, low: int, high: int) -> frozenset[int]:
    values: set[int] = set()
    for part in text.split(","):
        m = re.fullmatch(r"(\*|\d+(?:-\d+)?)(?:/(\d+))?", part)
        if not m:
            raise ScheduleError(f"cron {name} field {text!r} is malformed")
        span, step = m.group(1), int(m.group(2) or 1)
        if span == "*":
            start, end = low, high
        else:
            start, _, end_text = span.partition("-")
            start, end = int(start), int(end_text or (high if m.group(2) else start))
        if not (low <= start <= end <= high) or step < 1:
            raise ScheduleError(f"cron {name} field {text!r} is out of range {low}-{high}")
        values.update(range(start, end + 1, step))
    return frozenset(values)
