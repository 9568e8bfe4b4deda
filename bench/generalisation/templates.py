"""Every template by name, with its group: `dev` (the extractor's developer may read it: dev.py,
and spent.py's templates that were held out once) or `held-out` (never read by that developer; the
honest figures). `FRESH` names the held-out
templates nobody tuning the extractor has yet seen scored: the report gives them their own total."""

from __future__ import annotations

from bench.generalisation import dev, dev_images, dev_pages, heldout, spent
from bench.generalisation.portal import Template

DEV, HELDOUT, REAL = "dev", "held-out", "real"
FRESH = heldout.FRESH


def templates() -> dict[str, tuple[str, Template]]:
    """name → (group, template), development templates first."""
    out: dict[str, tuple[str, Template]] = {}
    for group, module in ((DEV, dev), (DEV, dev_images), (DEV, spent), (DEV, dev_pages),
                          (HELDOUT, heldout)):
        for t in module.TEMPLATES:
            if t.name in out:
                raise ValueError(f"two templates are named {t.name}")
            out[t.name] = (group, t)
    return out
