"""The one analysis path for Vietnamese text, shared by indexed documents and typed queries.

A text becomes syllables: NFC, one canonical tone placement (`hoà` = `hòa`), lower-case, one token per
run of letters or digits, nothing dropped (no stop words, no minimum length). Each syllable is indexed
twice, exactly and diacritic-folded (`đảng` → `dang`), and each pair of adjacent folded syllables once
more as a single term ("quy che"): a phrase then becomes a conjunction of pair terms, which Whoosh
answers from plain posting lists instead of checking positions.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from archiver.extract.text import canonical_tones, fold_diacritics

SYLLABLE = re.compile(r"\w+")


@lru_cache(maxsize=100_000)
def canonical(token: str) -> str:
    """One lower-case token in canonical tone placement (cached: a corpus has few distinct ones)."""
    return canonical_tones(token)


@lru_cache(maxsize=100_000)
def fold(syllable: str) -> str:
    """Diacritic-free form of a text (`đ` → `d`); keeps length and offsets."""
    return fold_diacritics(syllable)


def syllables(text: str) -> list[str]:
    """Exact syllables of a text, in order.

    Only NFC matters to the tokens here: the rest of `normalize_text` (entities, mojibake) was done
    when the record was stored and, at about 80 ns a character, would double the indexing time."""
    return list(map(canonical, SYLLABLE.findall(unicodedata.normalize("NFC", text).lower())))


def pairs(folded: list[str]) -> list[str]:
    """Adjacent-syllable pair terms ("quy che", "che dan", …) of folded syllables."""
    return [f"{a} {b}" for a, b in zip(folded, folded[1:], strict=False)]


@dataclass(frozen=True)
class Analyzed:
    """A text's index terms with their frequencies, one mapping per kind of term field."""

    exact: Counter[str]
    folded: Counter[str]
    pairs: Counter[str]


def sequences(text: str) -> tuple[list[str], list[str], list[str]]:
    """A text's exact syllables, folded syllables and folded pairs, in text order (for an engine
    that counts the terms itself)."""
    exact = syllables(text)
    folded = list(map(fold, exact))
    return exact, folded, pairs(folded)


def analyze(text: str) -> Analyzed:
    """Every index term of a document text with its frequency, computed in one pass."""
    return Analyzed(*map(Counter, sequences(text)))


#: A syllable as a query asks for it: its text and whether it must match exactly (else folded).
Term = tuple[str, bool]


def term(syllable: str, exact: bool) -> Term:
    """The form a query syllable is compared in: as typed (canonical) or folded."""
    return (syllable, True) if exact else (fold(syllable), False)


def occurrences(words: list[str], sequence: tuple[Term, ...]) -> list[int]:
    """Where a sequence of query terms stands adjacent among a text's exact syllables (start
    positions): an exact term equals the syllable, a folded one its folded form."""
    n = len(sequence)
    folded = list(map(fold, words)) if not all(exact for _, exact in sequence) else words
    forms = [words if exact else folded for _, exact in sequence]
    first, rest = sequence[0][0], range(1, n)
    return [i for i in range(len(words) - n + 1) if forms[0][i] == first
            and all(forms[k][i + k] == sequence[k][0] for k in rest)]


def matches_any(word: str, terms: tuple[Term, ...]) -> bool:
    """Whether an exact syllable matches one of some query terms, wherever they stand."""
    return any((word if exact else fold(word)) == text for text, exact in terms)
