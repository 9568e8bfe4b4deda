"""Offsite requests: Scrapy's middleware with the port taken into account.

Scrapy compares host names only, so a redirect to another port of the same host (another web site,
perhaps another source) was followed and that site crawled. Here a request is on site when its host
and port match one of the source's domains (`archiver.extract.links.in_domains`).
"""

from __future__ import annotations

import scrapy
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware

from archiver.extract.links import in_domains


class SameSiteMiddleware(OffsiteMiddleware):
    def should_follow(self, request: scrapy.Request, spider: scrapy.Spider) -> bool:
        source = getattr(spider, "source", None)
        if source is None:
            return super().should_follow(request, spider)
        return in_domains(request.url, source.domains)
