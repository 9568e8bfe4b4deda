"""Access to the real saved pages in ../shared, which a user's clone does not have."""

from pathlib import Path

import pytest

REAL = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "real"


def real_page(relative: str) -> Path:
    """Path of a saved real page; skips the test with a visible reason when ../shared is absent."""
    path = REAL / relative
    if not path.exists():
        pytest.skip(f"shared fixtures not present: {path} (only in the project's workspace)")
    return path
