"""`archiver` with every page's publish date unreadable: the date-blind experiment (issue 10).

Some real sites print no date on a post page at all (Mezzanine's says only "7 years, 8 months
ago"); a page is then taken as an article only on other evidence (its URL, structured data, the
shape the source's articles share). Run as the crawl's command (`python -m bench.generalisation
--date-blind`, which sets `DATE_BLIND` for `bench.generalisation.crawl`), this module makes every
page of every site such a page — `ArticlePage.published` reads nothing — so the share of articles
still found, and of non-articles taken with them, measures that other evidence on every template
and real site at once. Nothing else of the extraction changes: a listing still prints its teasers'
dates, a body still holds the dates it cites.
"""

from __future__ import annotations

from datetime import datetime

from bench.generalisation.api import ArticlePage, archiver_main

#: The environment variable that makes `bench.generalisation.crawl` run this module.
DATE_BLIND = "GENERALISATION_DATE_BLIND"


def no_date(self: ArticlePage) -> tuple[str | None, datetime | None]:
    """What `ArticlePage.published` reads on a page that prints no date: nothing."""
    return None, None


if __name__ == "__main__":
    ArticlePage.published = no_date
    archiver_main()
