"""Text normalisation shared by extraction and the search index.

Pages arrive with HTML entities left in text (sometimes escaped twice), UTF-8 that was read as
cp1252 ("mojibake"), decomposed (NFD) Vietnamese, invisible characters pasted from Word, and two
conventions for placing tone marks. Everything stored or indexed goes through `normalize_text` or
`normalize_block`; the index also applies `canonical_tones` and `fold_diacritics` to every token.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import cache, lru_cache
from itertools import chain

# -- entities -------------------------------------------------------------------------------------

#: `&amp;amp;ocirc;` needs three passes; more than that is not escaping, it is content.
_MAX_UNESCAPE_PASSES = 3


def _unescape(s: str) -> str:
    """Resolve HTML entities, including double-escaped ones (`&amp;ocirc;` → `ô`)."""
    for _ in range(_MAX_UNESCAPE_PASSES):
        if "&" not in s:
            break
        unescaped = html.unescape(s)
        if unescaped == s:
            break
        s = unescaped
    return s


# -- mojibake -------------------------------------------------------------------------------------


def _as_mojibake(ch: str) -> str:
    """What `ch` looks like after its UTF-8 bytes were decoded as cp1252."""
    import ftfy.bad_codecs  # noqa: F401 - registers the "sloppy-windows-1252" codec

    return ch.encode("utf-8").decode("sloppy-windows-1252")


#: Characters whose mojibake never occurs in correct Vietnamese text: the Vietnamese letters outside
#: Latin-1, the combining marks (mojibake of NFD text), the Latin-1 vowels whose second cp1252
#: character is a symbol or a control (`Ã¡`, `Ã´`, `Ã‚`), typographic punctuation (`â€œ`) and the
#: no-break space (`Â\xa0`: no Vietnamese syllable ends in `â`).
#: Left out on purpose: `Ò Ó Ô Õ`, whose mojibake (`Ã”`) is also a correct upper-case `Ã` before a
#: quote or bullet (`“NGÃ”`), and `à`, whose `Ã` + no-break space is also a correct `Ã` before a
#: no-break space (`XÃ\xa0HỘI`): it is repaired only where a correct `Ã` cannot stand, after a
#: lower-case letter (`HoÃ\xa0ng`) or a lone capital before a space or lower-case (`HÃ\xa0 Nội`).
_MOJIBAKE_SOURCES = "".join(chain(
    "ĂăĐđĨĩŨũƠơƯư",
    map(chr, range(0x1EA0, 0x1EFA)),
    "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b",
    "áâãèéêìíòóôõùúý",
    "ÀÂÃÈÉÊÌÍÙÚÝ",
    "–—‘’“”…•\u00a0",
))


@cache
def _mojibake() -> tuple[dict[str, str], re.Pattern]:
    """The mojibake table and the pattern finding its entries; built on first use, as ftfy (which
    they need) takes a sixth of a second to import and the search path never repairs text."""
    a_grave = _as_mojibake("à")
    table = {_as_mojibake(ch): ch for ch in _MOJIBAKE_SOURCES} | {a_grave: "à"}
    alternatives = "|".join(chain(
        map(re.escape, sorted(table.keys() - {a_grave}, key=len, reverse=True)),
        [f"(?<=[a-z]){a_grave}", rf"(?<=\b[A-Z]){a_grave}(?=[ a-z])"],
    ))
    # The look-ahead on first characters lets `re` skip correct text ~15x faster than the bare
    # alternation would (measured: 13 ms instead of 200 ms on 1 MB).
    first = "".join(sorted({key[0] for key in table}))
    return table, re.compile(f"(?=[{first}])(?:{alternatives})")


def repair_mojibake(s: str) -> str:
    """Undo UTF-8 that was decoded as cp1252/latin-1 (`Ä‘` → `đ`, `Ã¡` → `á`).

    Works on a title as well as on a whole HTML document. Text is touched only when it carries a
    sequence that correct Vietnamese never contains, so correct text cannot be damaged by ftfy's
    guesses (left alone, ftfy turns a correct `NGÃ”` into `NGÔ`). ftfy then repairs the text as a
    whole; the table repairs what its heuristics leave in short strings (`Trang chá»§`).
    """
    if s.isascii():
        return s
    table, pattern = _mojibake()
    if not pattern.search(s):
        return s
    import ftfy

    # Only the encoding steps; ftfy's other fixes (quotes, ligatures, widths, entities) stay off.
    s = ftfy.fix_encoding(s, ftfy.TextFixerConfig(
        unescape_html=False, remove_terminal_escapes=False, fix_latin_ligatures=False,
        fix_character_width=False, uncurl_quotes=False, fix_line_breaks=False, fix_surrogates=False,
        remove_control_chars=False, normalization=None, explain=False))
    return pattern.sub(lambda m: table[m[0]], s)


# -- invisible characters and whitespace ----------------------------------------------------------

_INVISIBLE = str.maketrans(
    {
        "\u00a0": " ", "\u2007": " ", "\u202f": " ",  # no-break spaces
        "\u00ad": None,  # soft hyphen
        "\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,  # zero-width
        "\ufeff": None,  # byte order mark
    }
    | {c: None for c in chain(range(0x20), range(0x7F, 0xA0)) if not chr(c).isspace()},
)
_WHITESPACE_RE = re.compile(r"\s+")
_INLINE_WHITESPACE_RE = re.compile(r"[^\S\n]+")
_BLANK_LINES_RE = re.compile(r"\n{3,}")


def _clean(s: str) -> str:
    s = repair_mojibake(_unescape(s))
    return unicodedata.normalize("NFC", s).translate(_INVISIBLE)


#: Distinct strings `normalize_text` remembers: a page's layout walkers normalise the same lines
#: again for every candidate headline, date and byline, and a site's pages repeat their
#: menus and footers, so nearly every call repeats an earlier one (97% over 200 dev pages).
NORMALIZED_CACHE_SIZE = 4096


@lru_cache(maxsize=NORMALIZED_CACHE_SIZE)
def normalize_text(s: str) -> str:
    """One line of clean NFC text: entities resolved, mojibake repaired, whitespace collapsed.

    Remembered per string (`NORMALIZED_CACHE_SIZE`): the result depends on `s` alone."""
    return _WHITESPACE_RE.sub(" ", _clean(s)).strip()


def normalize_block(s: str) -> str:
    """Like `normalize_text`, but keeps lines; paragraphs stay separated by one blank line."""
    lines = (_INLINE_WHITESPACE_RE.sub(" ", line).strip() for line in _clean(s).splitlines())
    return _BLANK_LINES_RE.sub("\n\n", "\n".join(lines)).strip()


#: A dash set between spaces: the typography a CMS prints for a name's " - " (WordPress's
#: wptexturize makes it " – " in a block theme's post terms, and leaves it alone elsewhere).
_SPACED_DASH_RE = re.compile(r" [\u2013\u2014] ")


def label_text(s: str) -> str:
    """A name used as a facet (a category) with its spaced dashes written as the editor typed them,
    " - ": the same category then reads the same on every page and in every theme of a site,
    whichever template printed it through typography filters."""
    return _SPACED_DASH_RE.sub(" - ", s)


# -- tone placement -------------------------------------------------------------------------------

_TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng
_GLIDE_NUCLEI = ("oa", "oe", "uy")


def _new_to_old_style() -> dict[str, str]:
    """`oà` → `òa`, `uỷ` → `ủy`, … in every combination of case."""
    table = {}
    for first, second in _GLIDE_NUCLEI:
        for a, b in ((first, second), (first.upper(), second), (first, second.upper()),
                     (first.upper(), second.upper())):
            for mark in _TONE_MARKS:
                new = a + unicodedata.normalize("NFC", b + mark)
                table[new] = unicodedata.normalize("NFC", a + mark) + b
    return table


_OLD_STYLE = _new_to_old_style()
_NEW_STYLE_NUCLEUS_RE = re.compile("(?=[oOuU])(?:" + "|".join(_OLD_STYLE) + r")(?![^\W\d_])")
#: Never `q`: in `quý` the `u` belongs to the onset `qu`, and the nucleus is `ý` alone.
_ONSET_CONSONANTS = frozenset("bcdđghklmnprstvxBCDĐGHKLMNPRSTVX")


def canonical_tones(s: str) -> str:
    """Old-style tone placement in open `oa`, `oe`, `uy` syllables: `hoà` → `hòa`, `thuỷ` → `thủy`.

    Both conventions are correct Vietnamese and real pages mix them, so the index and the queries
    must agree on one. The old style is the one Unikey and most other keyboards produce by default,
    so it is what most pages and most typed queries already contain: fewer tokens change, and a
    canonical form shown to a user looks like what they typed. Only a whole syllable is changed
    (onset consonants, the nucleus, nothing after it): `hoàn`, `thuyền`, `ngoài`, `quý` stay.
    Expects NFC text.
    """

    def old_style(m: re.Match[str]) -> str:
        start = m.start()
        while start and s[start - 1] in _ONSET_CONSONANTS:
            start -= 1
        if start and s[start - 1].isalpha():  # `qu…`, or a longer vowel cluster (`uoà`)
            return m[0]
        return _OLD_STYLE[m[0]]

    return _NEW_STYLE_NUCLEUS_RE.sub(old_style, s)


# -- folding --------------------------------------------------------------------------------------


def _fold_table() -> str:
    """Every precomposed Latin letter to its base letter, and `đ`/`Đ` (no decomposition) to d/D.

    A string indexed by code point (up to the last Vietnamese letter; later characters are left
    as they are): `str.translate` looks it up about 2.5× faster than a dict, which the search's
    snippets feel, folding every hit's whole text."""
    table = {ord("đ"): "d", ord("Đ"): "D"}
    for cp in chain(range(0xC0, 0x250), range(0x1E00, 0x1F00)):
        base = unicodedata.normalize("NFD", chr(cp))[0]
        if base != chr(cp) and base.isascii():
            table[cp] = base
    return "".join(table.get(cp, chr(cp)) for cp in range(0x1F00))


_FOLD = _fold_table()


def fold_diacritics(s: str) -> str:
    """Remove tone and vowel marks and map `đ` → `d`, one character for one character.

    Offsets in the folded text are offsets in the original, so a match found in folded text can be
    highlighted in the original. Expects NFC text: a stray combining mark is kept, not dropped,
    because dropping it would shift every later offset.
    """
    return s.translate(_FOLD)
