"""Log lines an archivist can read: a dropped item is one line with its reason, not a dump."""

from __future__ import annotations

from scrapy import logformatter


class OneLineLogFormatter(logformatter.LogFormatter):
    def dropped(self, item, exception, response, spider):  # noqa: ANN001, ANN201 - Scrapy's
        result = super().dropped(item, exception, response, spider)
        return {**result, "msg": "dropped: %(exception)s", "args": {"exception": exception}}
