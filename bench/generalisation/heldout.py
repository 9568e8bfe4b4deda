# ruff: noqa: E501 - markup keeps the long lines of the pages it imitates
"""Held-out templates: the extractor's developer must not read this module.

Their figures are the honest measure of extraction on portals the extractor has never seen, so
nothing here should be tuned against, copied into fixtures, or described in detail outside the
benchmark's own table. Each is written independently of the development templates, by someone
who does not tune the extractor.
"""

from __future__ import annotations

from bench.generalisation.portal import Template

TEMPLATES: tuple[Template, ...] = ()
#: Held-out templates nobody tuning the extractor has yet seen scored (the report gives them their
#: own total). A new one written here is named in this set until its first score is recorded.
FRESH: frozenset[str] = frozenset()
