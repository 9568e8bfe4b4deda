"""What a request asks for, read from its query string and checked: a bad value is a `BadRequest`
with one line saying which parameter and why (shown as a 400 page or JSON error, never a traceback).

Filters mean what they mean on the command line: their names are the options' (`province`, `from`)
and their values are read by index.filters, so a URL and a command with the same values select the
same articles.
Sizes are bounded (page size, page number, query length): the site is safe to leave running.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from urllib.parse import quote_plus

from archiver.datasets.export import FORMATS
from archiver.datasets.timeline import PERIODS, SPLITS
from index.filters import FILTERS, Filters, from_typed
from index.parse import MATCH_MODES
from index.query import SORTS

#: Longest query accepted, in characters.
MAX_QUERY = 500
#: Hits per page: the default and the most a request may ask for.
PER_PAGE, MAX_PER_PAGE = 20, 100
#: Deepest hit reachable by paging (relevance ranking costs grow with depth).
MAX_OFFSET = 10_000
LANGS = ("vi", "en")
#: Query-string names of the filters: their command-line options without dashes.
FILTER_PARAMS = tuple(f.option.removeprefix("--") for f in FILTERS)


#: Parameters left out of links when they hold their default.
DEFAULTS = {"sort": "relevance", "page": 1, "per": PER_PAGE, "match": "auto", "by": "month",
            "lang": "vi"}


def _encode(name: str, value: object) -> str:
    """One parameter as `urlencode` writes it, or "" when it is left out (empty or default)."""
    if value in (None, "") or DEFAULTS.get(name) == value:
        return ""
    return f"{quote_plus(name)}={quote_plus(str(value))}"


class BadRequest(ValueError):
    """A parameter the site cannot use; the message names it and says why, in one line."""


@dataclass(frozen=True)
class Params:
    """Everything a page or API call can be asked, as typed (for links) and as parsed."""

    q: str = ""
    filters: Filters = field(default_factory=Filters)
    raw_filters: tuple[tuple[str, str], ...] = ()  # as typed, for links and forms
    sort: str = "relevance"
    page: int = 1
    per: int = PER_PAGE
    match: str = "auto"
    by: str = "month"
    split: str = ""
    format: str = "csv"
    lang: str = "vi"

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per

    def typed(self, name: str) -> str:
        return dict(self.raw_filters).get(name, "")

    def query_string(self, **changes: object) -> str:
        """This request's parameters with some changed (None or "" removes one), for links.
        A search page links to a few hundred of these (one per facet value): each encodes only
        its changes, the rest was encoded once (`_encoded`)."""
        pieces = dict(self._encoded)
        pieces.update((k, _encode(k, v)) for k, v in changes.items())
        return "&".join(piece for piece in pieces.values() if piece)

    @cached_property
    def _encoded(self) -> dict[str, str]:
        """Each parameter as `name=value` in the query string ("" when left out), in order."""
        values = {"q": self.q, **dict(self.raw_filters), "sort": self.sort, "page": self.page,
                  "per": self.per, "match": self.match, "by": self.by, "split": self.split,
                  "lang": self.lang}
        return {k: _encode(k, v) for k, v in values.items()}

    def without(self, name: str) -> str:
        """The query string without one filter (and back to the first page)."""
        return self.query_string(**{name: None, "page": None})


def read(args: Mapping[str, str]) -> Params:
    """Parse and check a request's query parameters."""
    q = args.get("q", "").strip()
    if len(q) > MAX_QUERY:
        raise BadRequest(f"q: the query is longer than {MAX_QUERY} characters")
    raw = tuple((name, value.strip()) for name in FILTER_PARAMS
                if (value := args.get(name, "")).strip())
    for name, value in raw:
        if len(value) > MAX_QUERY:
            raise BadRequest(f"{name}: longer than {MAX_QUERY} characters")
        try:
            from_typed({name: value})
        except ValueError as exc:
            raise BadRequest(f"{name}: {exc}") from None
    params = Params(
        q=q, filters=from_typed(dict(raw)), raw_filters=raw,
        sort=_choice(args, "sort", SORTS, "relevance"),
        page=_number(args, "page", 1, 1, MAX_OFFSET),
        per=_number(args, "per", PER_PAGE, 1, MAX_PER_PAGE),
        match=_choice(args, "match", MATCH_MODES, "auto"),
        by=_choice(args, "by", PERIODS, "month"),
        split=_choice(args, "split", ("", *SPLITS), ""),
        format=_choice(args, "format", FORMATS, "csv"),
        lang=_choice(args, "lang", LANGS, "vi"),
    )
    if params.offset + params.per > MAX_OFFSET:
        raise BadRequest(f"page: results are listed up to the {MAX_OFFSET:,}th; narrow the search")
    return params


def _choice(args: Mapping[str, str], name: str, allowed: tuple[str, ...], default: str) -> str:
    value = args.get(name, default).strip() or default
    if value not in allowed:
        shown = ", ".join(a for a in allowed if a)
        raise BadRequest(f"{name}: {value[:40]!r} is not one of {shown}")
    return value


def _number(args: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    value = args.get(name, "").strip()
    if not value:
        return default
    if not value.isdigit() or not low <= int(value) <= high:
        raise BadRequest(f"{name}: must be a whole number from {low} to {high:,}")
    return int(value)
