"""Archived text shown on a terminal: control characters made visible, never obeyed.

A portal's page can carry escape sequences in a canonical URL, a title or a byline (`ESC[2J` clears
the screen, OSC 52 writes the clipboard, bidi overrides reorder what is read). Every archived string a
command prints goes through `printable`; the files the archive and exports write keep the text as it
was.
"""

from __future__ import annotations

import re

#: C0 and C1 controls (DEL included) and the bidirectional overrides and isolates.
CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """`text` with each control character shown as its escape (`\\x1b`, `\\u202e`)."""
    return CONTROLS.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


def printable_record(value: object) -> object:
    """A record (or any JSON value) with `printable` applied to every key and string in it."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, dict):
        return {printable(str(k)): printable_record(v) for k, v in value.items()}
    if isinstance(value, list):
        return [printable_record(v) for v in value]
    return value
