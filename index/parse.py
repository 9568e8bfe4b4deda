"""The query language: words, "phrases", AND/OR/NOT, -word, title:…, author:…, wildcards chuy*,
and the matching modes exact:… and fold:… .

Consecutive bare words form one `Words` node, because a Vietnamese word is several syllables: the user
typing `quy che dan chu` means the phrase, so the engine matches all the syllables and ranks the
articles holding them adjacent first. A quoted phrase must be adjacent. A malformed query raises
`QueryError` with a message meant for the user.

How a syllable matches follows how it was typed (`MATCH_MODES`): with diacritics it means exactly that
syllable (`bão` is not `báo` nor `bao`), without them every accented form (`bao` finds all three).
`exact:bao` / `fold:bão` (or `exact:(…)`) override that for what follows them; a whole query's default
comes from the caller (`--exact`, `--fold`), and the syntax wins over it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from index.analysis import fold, syllables

#: Field names a user may type, and the text group each searches.
FIELDS = {"title": "title", "author": "author", "tieude": "title", "tacgia": "author"}
#: How a query's syllables match: by how each was typed, exactly as typed, or folded.
MATCH_MODES = ("auto", "exact", "fold")
#: Mode prefixes a user may type (English, and Vietnamese without diacritics).
MODES = {"exact": "exact", "fold": "fold", "chinhxac": "exact", "khongdau": "fold"}
#: Characters a wildcard term may hold besides letters and digits.
WILDCARD = re.compile(r"[*?]")

_TOKEN = re.compile(r"""
    \s*(?:
      (?P<field>[^\W\d_]+):(?=\S)       # title:…  author:…
    | (?P<quote>")
    | (?P<open>\()
    | (?P<close>\))
    | (?P<neg>-)(?=[^\s\-])
    | (?P<word>[^\s()"]+)
    )""", re.VERBOSE)


class QueryError(ValueError):
    """A query that cannot be understood; the message says why."""


@dataclass(frozen=True)
class Words:
    """Syllables in one text group; `phrase`: they must be adjacent (quoted), else all must occur.
    `modes`: the matching mode typed for each syllable (empty: all "auto")."""

    group: str  # "text", "title" or "author"
    syllables: tuple[str, ...]
    phrase: bool = False
    modes: tuple[str, ...] = ()

    def exact(self, default: str = "auto") -> tuple[bool, ...]:
        """Whether each syllable matches exactly, given the query's default mode."""
        modes = self.modes or ("auto",) * len(self.syllables)
        return tuple(is_exact(s, m, default) for s, m in zip(self.syllables, modes, strict=True))


@dataclass(frozen=True)
class Wildcard:
    group: str
    pattern: str  # normalised, lower-case, with * and ?
    mode: str = "auto"

    def exact(self, default: str = "auto") -> bool:
        return is_exact(WILDCARD.sub("", self.pattern), self.mode, default)


@dataclass(frozen=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    item: Node


Node = Words | Wildcard | And | Or | Not


def is_exact(syllable: str, mode: str, default: str = "auto") -> bool:
    """Whether a syllable typed under `mode` (the query's `default` when "auto") matches exactly:
    so asked, or, left to how it was typed, when it carries diacritics."""
    if mode == "auto":
        mode = default
    if mode not in MATCH_MODES:
        raise QueryError(f"matching must be one of {', '.join(MATCH_MODES)}, not {mode!r}")
    return mode == "exact" or (mode == "auto" and fold(syllable) != syllable)


#: Deeper nesting of parentheses is refused: no one types it, and it would exhaust the stack.
MAX_NESTING = 32


def parse(text: str) -> Node:
    """The query tree of a typed query."""
    tokens = _tokens(text)
    depth = 0
    for kind, _ in tokens:
        depth += (kind == "open") - (kind == "close")
        if depth > MAX_NESTING:
            raise QueryError(f"parentheses are nested more than {MAX_NESTING} deep")
    parser = _Parser(tokens)
    node = parser.expression()
    if parser.peek() is not None:
        raise QueryError(f"unexpected {parser.peek()[1]!r}")
    if node is None:
        raise QueryError("the query has no words to search for")
    return node


def _tokens(text: str) -> list[tuple[str, str]]:
    out, pos = [], 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:  # only trailing spaces are left
            break
        pos = m.end()
        kind = m.lastgroup
        if kind == "quote":
            end = text.find('"', pos)
            if end < 0:
                raise QueryError('a quote (") is not closed')
            out.append(("phrase", text[pos:end]))
            pos = end + 1
        elif kind == "field" and m.group("field").lower() not in FIELDS | MODES:
            # Not a field we know ("10:30", "Chú ý:"): read the whole thing as words.
            word = re.match(r"[^\s()\"]+", text[m.start("field"):])
            out.append(("word", word.group()))
            pos = m.start("field") + word.end()
        else:
            out.append((kind, m.group(kind)))
    return out


class _Parser:
    """Recursive descent: or := and (OR and)* ; and := unary ((AND)? unary)* ;
    unary := NOT unary | -unary | field:atom | atom ; atom := (or) | "phrase" | words."""

    def __init__(self, tokens: list[tuple[str, str]]):
        self.tokens = tokens
        self.i = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> tuple[str, str]:
        self.i += 1
        return self.tokens[self.i - 1]

    def is_op(self, name: str) -> bool:
        tok = self.peek()
        return tok is not None and tok == ("word", name)

    def expression(self) -> Node | None:
        items = [self.conjunction()]
        while self.is_op("OR"):
            self.take()
            items.append(self.conjunction())
            if items[-1] is None:
                raise QueryError("OR must be followed by something to search for")
        if items[0] is None:
            if len(items) > 1:
                raise QueryError("OR must have something to search for on both sides")
            return None
        return items[0] if len(items) == 1 else Or(tuple(items))

    def conjunction(self) -> Node | None:
        items: list[Node] = []
        while (tok := self.peek()) is not None and tok[0] != "close" and not self.is_op("OR"):
            explicit = self.is_op("AND")
            if explicit:
                self.take()
                nxt = self.peek()
                if not items or nxt is None or nxt[0] == "close" or self.is_op("OR"):
                    raise QueryError("AND must have something to search for on both sides")
            node = self.unary(group="text")
            if node is None:
                if explicit:
                    raise QueryError("AND must be followed by something to search for")
                continue
            # Bare words next to bare words extend one run: "giải phóng mặt bằng".
            if (not explicit and items and _is_run(items[-1]) and _is_run(node)
                    and items[-1].group == node.group == "text"):
                before = items[-1]
                items[-1] = Words("text", before.syllables + node.syllables,
                                  modes=_modes(before) + _modes(node))
            else:
                items.append(node)
        if not items:
            return None
        return items[0] if len(items) == 1 else And(tuple(items))

    def unary(self, group: str) -> Node | None:
        kind, value = self.peek()
        if (kind, value) == ("word", "NOT"):
            self.take()
            return Not(self._operand("NOT", group))
        if kind == "neg":
            self.take()
            return Not(self._operand("-", group))
        if kind == "field":
            self.take()
            if self.peek() is None:
                raise QueryError(f"{value}: must be followed by something to search for")
            if value.lower() in MODES:
                node = self.unary(group)
                if node is None:
                    raise QueryError(f"{value}: must be followed by something to search for")
                return _with_mode(node, MODES[value.lower()])
            return self.atom(FIELDS[value.lower()], field=True)
        return self.atom(group)

    def _operand(self, op: str, group: str) -> Node:
        if self.peek() is None:
            raise QueryError(f"{op} must be followed by something to search for")
        node = self.unary(group)
        if node is None:
            raise QueryError(f"{op} must be followed by something to search for")
        return node

    def atom(self, group: str, field: bool = False) -> Node | None:
        kind, value = self.take()
        if kind == "open":
            node = self.expression()
            if self.peek() is None or self.peek()[0] != "close":
                raise QueryError("a parenthesis is not closed")
            self.take()
            return _with_group(node, group) if field else node
        if kind == "close":
            raise QueryError("a closing parenthesis has no opening one")
        if kind == "phrase":
            syls = tuple(syllables(value))
            return Words(group, syls, phrase=True) if syls else None
        if kind == "word":
            if WILDCARD.search(value):
                return _wildcard(group, value)
            syls = tuple(syllables(value))
            # "kinh-tế" reads as the phrase it spells; "title:quy" stays a one-syllable word.
            return Words(group, syls, phrase=len(syls) > 1 and not field) if syls else None
        raise QueryError(f"unexpected {value!r}")


def _is_run(node: Node) -> bool:
    return isinstance(node, Words) and not node.phrase


def _modes(words: Words) -> tuple[str, ...]:
    return words.modes or ("auto",) * len(words.syllables)


def _with_mode(node: Node, mode: str) -> Node:
    """A query part under a mode prefix: every word in it matches that way."""
    match node:
        case Words():
            return Words(node.group, node.syllables, node.phrase, (mode,) * len(node.syllables))
        case Wildcard():
            return Wildcard(node.group, node.pattern, mode)
        case And() | Or():
            return type(node)(tuple(_with_mode(i, mode) for i in node.items))
        case Not():
            return Not(_with_mode(node.item, mode))
    raise TypeError(node)


def _wildcard(group: str, value: str) -> Wildcard:
    pattern = "".join(p if WILDCARD.fullmatch(p) else "".join(syllables(p))
                      for p in re.split(r"([*?])", value))
    if len(pattern.replace("*", "").replace("?", "")) < 2:
        raise QueryError(f"wildcard {value!r} needs at least two letters besides * and ?")
    return Wildcard(group, pattern)


def _with_group(node: Node | None, group: str) -> Node | None:
    """A parenthesised query under a field prefix: every word in it searches that field."""
    match node:
        case Words():
            return Words(group, node.syllables, node.phrase, node.modes)
        case Wildcard():
            return Wildcard(group, node.pattern, node.mode)
        case And() | Or():
            return type(node)(tuple(_with_group(i, group) for i in node.items))
        case Not():
            return Not(_with_group(node.item, group))
    return None
