"""Imported at start-up by every Python process of a date-blind crawl (`--date-blind`: the crawl
and the process of its own each source is crawled in), whose PYTHONPATH names this directory
first (`bench.generalisation.crawl`): every page's publish date reads as nothing there."""

from bench.generalisation.dateblind import blind

blind()
