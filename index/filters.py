"""Every search filter, defined once: its option, what it keeps in the index, what it keeps of a record.

`archiver search`, `export`, `timeline`, the manifest and the web site all read `FILTERS`; a new filter
is one row there. Text values compare folded (`--province "quang ninh"` finds "Quảng Ninh"), dates are
Vietnam wall time in [from, to), and an article matches on its latest version.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, make_dataclass
from datetime import datetime, timedelta
from typing import Protocol

from archiver.record import published_at
from index.analysis import fold, pairs, syllables
from index.parse import QueryError
from index.schema import key


class Narrowing(Protocol):
    """What a filter may ask of an open index (index.query provides it): bitmaps of documents."""

    def term(self, field: str, text: str) -> int: ...
    def phrase(self, group: str, syllables: tuple[str, ...]) -> int: ...
    def date_range(self, start: datetime | None, end: datetime | None) -> int: ...


@dataclass(frozen=True)
class Filter:
    """One filter: `name` is its field in `Filters`, `option` the command-line flag."""

    name: str
    option: str
    help: str
    #: The documents of an index the value keeps.
    narrow: Callable[[Narrowing, object], int]
    #: Whether a record (its latest version) is kept by the value.
    keeps: Callable[[dict, object], bool]
    metavar: str = "TEXT"
    #: The value from the text a user typed (ValueError says why it cannot be).
    parse: Callable[[str], object] = str
    #: The value as a user would type it again (manifests, `archiver export` command lines).
    show: Callable[[object], str] = str


# -- the kinds of value -----------------------------------------------------------------------

def _keyed(name: str) -> tuple[Callable, Callable]:
    """A metadata value compared folded, as index.schema keys it."""
    return (lambda index, value: index.term(name, key(value)),
            lambda record, value: bool(record.get(name)) and key(record[name]) == key(value))


def _author_syllables(value: str) -> tuple[str, ...]:
    found = tuple(syllables(value))
    if not found:
        raise QueryError(f"author {value!r} has no letters")
    return found


def _author_keeps(record: dict, value: str) -> bool:
    """Every adjacent pair of the author's syllables (its one syllable) among the record's authors,
    as the phrase search over the author field finds them."""
    asked = [fold(s) for s in _author_syllables(value)]
    held = [fold(s) for s in syllables("\n".join(record.get("authors") or []))]
    return asked[0] in held if len(asked) == 1 else set(pairs(asked)) <= set(pairs(held))


_DATE_FORMS = [
    (re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})"), ("y", "m", "d")),
    (re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})"), ("d", "m", "y")),
    (re.compile(r"(\d{4})-(\d{1,2})"), ("y", "m")),
    (re.compile(r"(\d{4})"), ("y",)),
]


def parse_date_bound(text: str, *, end: bool) -> datetime:
    """`YYYY-MM-DD`, `YYYY-MM`, `YYYY` or `DD/MM/YYYY` as the first moment of that day, month or year
    (Vietnam time), or with `end`, the first moment after it: ranges are [from, to)."""
    for pattern, parts in _DATE_FORMS:
        m = pattern.fullmatch(text.strip())
        if m:
            values = dict(zip(parts, map(int, m.groups()), strict=True))
            y, mo, d = values["y"], values.get("m", 1), values.get("d", 1)
            try:
                start = datetime(y, mo, d)
            except ValueError as exc:
                raise ValueError(f"{text!r} is not a real date ({exc})") from None
            if not end:
                return start
            if "d" in values:
                return datetime.fromordinal(start.toordinal() + 1)
            if "m" in values:
                return datetime(y + mo // 12, mo % 12 + 1, 1)
            return datetime(y + 1, 1, 1)
    raise ValueError(f"{text!r} is not a date: use YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY")


def _on_or_after(record: dict, start: datetime) -> bool:
    when = published_at(record)
    return when is not None and when >= start


def _before(record: dict, end: datetime) -> bool:
    when = published_at(record)
    return when is not None and when < end


_DATE_HELP = "YYYY-MM-DD, YYYY-MM, YYYY or DD/MM/YYYY"

#: The filters, in the order commands list them.
FILTERS = (
    Filter("source", "--source", "Only articles of this source (its id).",
           narrow=lambda index, value: index.term("source", value),
           keeps=lambda record, value: record.get("source") == value, metavar="ID"),
    Filter("province", "--province", "Only this province (diacritics optional).", *_keyed("province")),
    Filter("district", "--district", "Only this district (diacritics optional).", *_keyed("district")),
    Filter("category", "--category", "Only this category (diacritics optional).", *_keyed("category")),
    Filter("author", "--author", "Only articles by this author (diacritics optional).",
           narrow=lambda index, value: index.phrase("author", _author_syllables(value)),
           keeps=_author_keeps),
    Filter("date_from", "--from", f"Published on or after DATE: {_DATE_HELP}.",
           narrow=lambda index, value: index.date_range(value, None), keeps=_on_or_after,
           metavar="DATE", parse=lambda text: parse_date_bound(text, end=False),
           show=lambda value: value.date().isoformat()),
    Filter("date_to", "--to", "Published on or before DATE (the whole day, month or year).",
           narrow=lambda index, value: index.date_range(None, value), keeps=_before,
           metavar="DATE", parse=lambda text: parse_date_bound(text, end=True),
           show=lambda value: (value - timedelta(microseconds=1)).date().isoformat()),
)

#: The values of the filters a query uses; None where a filter is not used.
Filters = make_dataclass("Filters", [(f.name, object, None) for f in FILTERS], frozen=True)
Filters.__doc__ = "The filters' values beside a query (None: not used); see FILTERS."


def used(filters: Filters) -> list[tuple[Filter, object]]:
    """The filters that are set, with their values."""
    return [(f, value) for f in FILTERS if (value := getattr(filters, f.name)) is not None]


def narrow(index: Narrowing, filters: Filters, documents: int) -> int:
    """The documents the filters keep."""
    for f, value in used(filters):
        documents &= f.narrow(index, value)
    return documents


def keeps(filters: Filters, record: dict) -> bool:
    """Whether the filters keep a record, exactly as `narrow` keeps its document."""
    return all(f.keeps(record, value) for f, value in used(filters))


def as_typed(filters: Filters) -> dict[str, str]:
    """The filters that are set, by option name without dashes (`from`, `to`), as a user types them."""
    return {f.option.removeprefix("--"): f.show(value) for f, value in used(filters)}


def from_typed(values: dict[str, str]) -> Filters:
    """The inverse of `as_typed` (ValueError names an option that is unknown or malformed)."""
    by_option = {f.option.removeprefix("--"): f for f in FILTERS}
    out = {}
    for option, text in values.items():
        f = by_option.get(option)
        if f is None:
            raise ValueError(f"unknown filter {option!r}")
        out[f.name] = f.parse(text)
    return Filters(**out)


