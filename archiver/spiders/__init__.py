"""The one spider that crawls any source."""
