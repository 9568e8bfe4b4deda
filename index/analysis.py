"""The one analysis path for Vietnamese text, shared by indexed documents and typed queries.

A text becomes syllables: NFC, one canonical tone placement (`hoà` = `hòa`), lower-case, one token per
run of letters or digits, nothing dropped (no stop words, no minimum length). Each syllable is indexed
twice, exactly and diacritic-folded (`đảng` → `dang`), and each pair of adjacent folded syllables once
more as a single term ("quy che"): a phrase then becomes a conjunction of pair terms, which Whoosh
answers from plain posting lists instead of checking positions.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from archiver.extract.text import canonical_tones, fold_diacritics, normalize_text

SYLLABLE = re.compile(r"\w+")


def normalize(text: str) -> str:
    """The exact searchable form of a text; same length as `normalize_text(text)` for Vietnamese."""
    return canonical_tones(normalize_text(text)).lower()


def fold(text: str) -> str:
    """Diacritic-free form of an already normalised text (`đ` → `d`); keeps offsets."""
    return fold_diacritics(text)


def syllables(text: str) -> list[str]:
    """Exact syllables of a text, in order."""
    return SYLLABLE.findall(normalize(text))


def pairs(folded: list[str]) -> list[str]:
    """Adjacent-syllable pair terms ("quy che", "che dan", …) of folded syllables."""
    return [f"{a} {b}" for a, b in zip(folded, folded[1:], strict=False)]


@dataclass(frozen=True)
class Analyzed:
    """A text's index terms with their frequencies, one mapping per index field kind."""

    exact: Counter[str]
    folded: Counter[str]
    pairs: Counter[str]
    length: int  # syllables


def analyze(text: str) -> Analyzed:
    """Every index term of a document text, computed in one pass."""
    exact = syllables(text)
    folded = fold(" ".join(exact)).split()
    return Analyzed(Counter(exact), Counter(folded), Counter(pairs(folded)), len(exact))
