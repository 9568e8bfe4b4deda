"""Any template the project has not been told about: every field from the generic heuristics."""

from archiver.families.base import Family

GENERIC = Family(name="generic")
