"""Snippets: the best short window of an article's original text, with the matched syllables marked.

A syllable the query folds matches on its folded form, so `quy che` marks "Quy chế" in the accented
original; one it matches exactly marks only that syllable (`bão`, not "báo"). Offsets are those of the
original text: nothing is re-rendered. A phrase marks only where its
syllables stand adjacent, unless they never do, then each syllable is marked where it stands.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass
from fnmatch import translate
from functools import lru_cache

from archiver.extract.text import fold_diacritics
from index.analysis import SYLLABLE, Term, canonical, fold, matches_any, occurrences

WIDTH = 220  # characters: one or two terminal lines


@dataclass(frozen=True)
class Marks:
    """What to mark: sequences of query terms (phrases and single syllables) and wildcard patterns
    (each with whether it matches exactly)."""

    sequences: tuple[tuple[Term, ...], ...]
    patterns: tuple[Term, ...] = ()

    def matches(self, word: str) -> bool:
        """Whether an exact syllable matches one of the wildcard patterns."""
        return any(_pattern(p, exact).fullmatch(word if exact else fold(word))
                   for p, exact in self.patterns)


@lru_cache(maxsize=256)
def _pattern(pattern: str, exact: bool) -> re.Pattern:
    return re.compile(translate(pattern if exact else fold(pattern)))


@dataclass(frozen=True)
class Snippet:
    text: str
    spans: tuple[tuple[int, int], ...]  # [start, end) of each marked syllable in `text`


def spans(text: str, marks: Marks) -> list[tuple[int, int]]:
    """Offsets of the syllables of `text` that the query matched."""
    return _marked(text, marks)[0]


def _marked(text: str, marks: Marks) -> tuple[list[tuple[int, int]], bool]:
    """Offsets of the matched syllables, and whether a phrase of several syllables was found.

    Candidates are found by regular expressions over the folded text (folding keeps offsets), so
    only the few syllables that may match are looked at in Python; exact terms are then checked
    against the original syllable."""
    folded = fold_diacritics(text.lower())
    if len(folded) != len(text):  # a rare character whose lower case is longer: go word by word
        return _marked_by_word(text, marks)
    marked: set[tuple[int, int]] = set()
    phrase = False
    for seq in marks.sequences:
        hits = _found(text, folded, seq, adjacent=True)
        if hits:
            marked.update(hits)
            phrase = phrase or len(seq) > 1
        elif len(seq) > 1:
            marked.update(_found(text, folded, seq, adjacent=False))
    if marks.patterns:
        marked.update((m.start(), m.end()) for m in SYLLABLE.finditer(text)
                      if marks.matches(canonical(m.group().lower())))
    return sorted(marked), phrase


def _found(text: str, folded: str, seq: tuple[Term, ...], adjacent: bool) -> list[tuple[int, int]]:
    """Spans of the syllables matching a sequence of terms: standing adjacent in that order, or
    (not `adjacent`) each term wherever it stands."""
    forms = [re.escape(fold(t) if exact else t) for t, exact in seq]
    body = r"\W+".join(forms) if adjacent else "|".join(forms)
    out = []
    for m in _regex(f"(?<!\\w)(?:{body})(?!\\w)").finditer(folded):
        words = [(w.start(), w.end()) for w in SYLLABLE.finditer(text, m.start(), m.end())]
        if adjacent:
            ok = len(words) == len(seq) and all(
                _accepts(text[s:e], term) for (s, e), term in zip(words, seq, strict=True))
        else:  # one word, matching any of the terms
            ok = any(_accepts(text[m.start():m.end()], term) for term in seq)
        if ok:
            out += words
    return out


def _accepts(word: str, term: Term) -> bool:
    """Whether a word of the text matches a query term."""
    text, exact = term
    return canonical(word.lower()) == text if exact else fold(canonical(word.lower())) == text


@lru_cache(maxsize=1024)
def _regex(pattern: str) -> re.Pattern:
    return re.compile(pattern)


def _marked_by_word(text: str, marks: Marks) -> tuple[list[tuple[int, int]], bool]:
    """`_marked`, one syllable at a time."""
    tokens = [(m.start(), m.end(), canonical(m.group().lower())) for m in SYLLABLE.finditer(text)]
    words = [t[2] for t in tokens]
    marked: set[int] = set()
    phrase = False
    for seq in marks.sequences:
        n = len(seq)
        hits = occurrences(words, seq)
        if hits:
            marked.update(i + k for i in hits for k in range(n))
            phrase = phrase or n > 1
        elif n > 1:
            marked.update(i for i, w in enumerate(words) if matches_any(w, seq))
    if marks.patterns:
        marked.update(i for i, w in enumerate(words) if marks.matches(w))
    return [(tokens[i][0], tokens[i][1]) for i in sorted(marked)], phrase


def snippet(texts: Iterable[str], marks: Marks, width: int = WIDTH) -> Snippet:
    """The window of about `width` characters holding the most marked syllables, from the first
    text (e.g. summary, then body) holding a whole phrase of the query, else the first holding any
    marked syllable, else the start of the first text."""
    texts = [t for t in texts if t]
    found = [(text, *_marked(text, marks)) for text in texts]
    for text, marked, _ in sorted(found, key=lambda f: not f[2]):
        if marked:
            return _window(text, marked, width)
    return _window(texts[0], [], width) if texts else Snippet("", ())


def _window(text: str, found: list[tuple[int, int]], width: int) -> Snippet:
    start = 0
    if found:
        # The window starting a little before a mark that covers the most marks after it.
        starts = [s for s, _ in found]
        best, start = -1, 0
        for i, s in enumerate(starts):  # marks are in text order: count those in reach by bisection
            covered = bisect.bisect_left(starts, s + width - 20, i) - i
            if covered > best:
                best, start = covered, max(0, s - 20)
        start = _word_start(text, start)
    end = min(len(text), start + width)
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > start else end
    lead = "…" if start > 0 else ""
    tail = "…" if end < len(text) else ""
    body = " ".join(text[start:end].split())  # paragraphs become one line
    # Re-map spans onto the whitespace-collapsed window.
    out, shift = [], len(lead)
    collapsed = _collapse_map(text, start, end)
    for s, e in found:
        if s >= start and e <= end:
            out.append((collapsed[s - start] + shift, collapsed[e - start] + shift))
    return Snippet(lead + body + tail, tuple(out))


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _collapse_map(text: str, start: int, end: int) -> list[int]:
    """Offset in the collapsed window of each offset in text[start:end] (and of `end`)."""
    out, j, in_space, begun = [], 0, False, False
    for ch in text[start:end]:
        out.append(j)
        if ch.isspace():
            if begun and not in_space:
                j += 1
            in_space = True
        else:
            j += 1
            in_space, begun = False, True
    out.append(j)
    return out
