"""The date-blind experiment (issue 10): a crawl in which no page's publish date can be read.

Some real sites print no date on a post page at all (Mezzanine's says only "7 years, 8 months
ago"); a page is then taken as an article only on other evidence (its URL, structured data, the
shape the source's articles share). `python -m bench.generalisation --date-blind` sets
`DATE_BLIND`; each crawl it starts then runs with `blind/` first on its PYTHONPATH, whose
`sitecustomize` calls `blind()` in every process of the crawl (a source is crawled in a process of
its own), so `ArticlePage.published` reads nothing on any page of any site; the share of articles
still found, and of non-articles taken with them, measures that other evidence. Nothing else of the
extraction changes: a listing still prints its teasers' dates, a body still holds the dates it
cites.
"""

from __future__ import annotations

from datetime import datetime

from bench.generalisation.api import ArticlePage

#: The environment variable that makes `bench.generalisation.crawl` crawl date-blind.
DATE_BLIND = "GENERALISATION_DATE_BLIND"


def no_date(self: ArticlePage) -> tuple[str | None, datetime | None]:
    """What `ArticlePage.published` reads on a page that prints no date: nothing."""
    return None, None


def blind() -> None:
    """Make `ArticlePage.published` read nothing in this process."""
    ArticlePage.published = no_date
