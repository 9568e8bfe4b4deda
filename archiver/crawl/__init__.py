"""Crawling: the run, the spider, its pipelines and extensions, jobs, locks, settings."""
