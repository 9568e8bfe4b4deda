"""Author bylines and source lines at the end of a Vietnamese article.

A byline names who wrote the article: "Tin, ảnh: Minh Hà", "T/h: Thùy Dương" (tổng hợp, compiled
by), "Tác giả: …", "PV", or a bare name as the last line. A source line names where the text came
from: "Nguồn: …", "Nguồn tin: …", "Theo TTXVN". A photo credit ("Ảnh: …") is neither.

An agency after a name ("Lê Phương (TTXVN)", "Minh Hà/TTXVN") is dropped: it says who the writer
works for, not who the writer is, and the record's `authors` holds names (VnExpress's own expected
output for its byline "Lê Phương" is exactly that).
"""

from __future__ import annotations

import re

#: Labels that introduce the writer; "Ảnh:" alone credits a photo and is not among them.
_AUTHOR_LABEL_RE = re.compile(
    r"^(?:t/h|tổng hợp|tin|bài|(?:tin|bài|bài viết)\s*(?:,|và|-|&|\+)\s*ảnh|tác giả|người viết"
    r"|thực hiện|nhóm thực hiện|phóng viên|pv)\s*:\s*",
    re.IGNORECASE,
)
#: "Phóng viên Minh Hà": the label without a colon, only before a name.
_REPORTER_RE = re.compile(r"^phóng viên\s+(?=\S)", re.IGNORECASE)
#: Stand-ins for a name that pages print as the whole byline.
_STAFF_BYLINES = {"pv": "PV", "nhóm pv": "Nhóm PV", "nhóm phóng viên": "Nhóm phóng viên"}
_SOURCE_LABEL_RE = re.compile(r"^(?:nguồn(?: tin)?\s*:\s*|theo\s+)(?P<source>.+)$", re.IGNORECASE)
_PHOTO_CREDIT_RE = re.compile(r"^(?:ảnh|nguồn ảnh|video|clip)\s*:", re.IGNORECASE)
_NAME_SEPARATOR_RE = re.compile(r"\s*(?:,|;|/|&|\s-\s|\s–\s|\svà\s)\s*")
_TRAILING_PARENS_RE = re.compile(r"\s*\([^()]*\)$")
#: One syllable of a name: capitalised, or initials with dots ("Ng.Hà", "N.T.H", "H.").
_NAME_TOKEN_RE = re.compile(r"(?:[^\W\d_]\.)*[^\W\d_]+\.?|(?:[^\W\d_]\.)+")
#: An agency acronym after a slash: "TTXVN", "VNA", "QNO".
_AGENCY_RE = re.compile(r"[A-ZĐ]{2,}")

_MAX_BYLINE_WORDS = 12
_MAX_SOURCE_WORDS = 8


def _strip_wrapping(line: str) -> str:
    """Remove brackets and a final period around a whole line: "(Theo TTXVN)." → "Theo TTXVN"."""
    line = line.strip().rstrip(".").strip()
    while len(line) > 2 and line[0] + line[-1] in ("()", "[]"):
        line = line[1:-1].strip()
    return line


def _is_name(text: str, min_words: int = 1) -> bool:
    """2–5 capitalised syllables (1–5 after a label), not an all-capitals acronym like "UBND"."""
    words = text.split()
    return (
        min_words <= len(words) <= 5
        and all(_NAME_TOKEN_RE.fullmatch(w) and w[0].isupper() for w in words)
        and not all(w.isupper() and len(w) > 1 and "." not in w for w in words)
    )


def _names(text: str, min_words: int) -> list[str] | None:
    """Split "Minh Hà - Thu Trang" into names; None unless every part is name-like."""
    text = _TRAILING_PARENS_RE.sub("", text).strip()
    parts = [p for p in _NAME_SEPARATOR_RE.split(text) if p]
    parts = [parts[0], *(p for p in parts[1:] if not _AGENCY_RE.fullmatch(p))] if parts else []
    if parts and all(_is_name(p, min_words) for p in parts):
        return parts
    return None


def parse_byline(line: str, closing: bool = False) -> list[str] | None:
    """The author names if `line` is a byline, else None.

    `closing=True` says the line is the last of the article: only then can a bare name
    ("Hoàng Anh", 2–5 capitalised syllables) be a byline. After a label, a text that is not a list
    of names ("Tác giả: Phòng Văn hóa - Thông tin") is kept whole as one author.
    """
    text = _strip_wrapping(line)
    if not text or len(text.split()) > _MAX_BYLINE_WORDS or _PHOTO_CREDIT_RE.match(text):
        return None
    if staff := _STAFF_BYLINES.get(text.casefold()):
        return [staff]
    if label := _AUTHOR_LABEL_RE.match(text):
        rest = text[label.end():].strip()
        if staff := _STAFF_BYLINES.get(rest.casefold()):
            return [staff]
        return _names(rest, 1) or ([rest] if rest and not rest.endswith((".", "!", "?")) else None)
    if reporter := _REPORTER_RE.match(text):
        return _names(text[reporter.end():], 1)
    if closing and not _SOURCE_LABEL_RE.match(text):
        return _names(text, 2)
    return None


def parse_source_line(line: str) -> str | None:
    """The source named by "Nguồn: …", "Nguồn tin: …" or "Theo …", else None.

    "Theo" also starts ordinary sentences ("Theo kế hoạch, …"), so after "Theo" the source must be
    short, capitalised and free of commas.
    """
    text = _strip_wrapping(line)
    m = _SOURCE_LABEL_RE.match(text)
    if not m:
        return None
    source = m["source"].strip()
    if text[:4].casefold() == "theo" and (
        not source[:1].isupper() or "," in source or len(source.split()) > _MAX_SOURCE_WORDS
    ):
        return None
    return source or None


def split_trailing_byline(paragraphs: list[str]) -> tuple[list[str], list[str]]:
    """Remove closing byline, source and photo-credit lines; return (body paragraphs, authors).

    Looks at no more than the last three paragraphs and stops at the first one that is none of
    these, so a real paragraph (a sentence of more than a dozen words) is never removed.
    """
    body = list(paragraphs)
    authors: list[str] = []
    for _ in range(3):
        if not body:
            break
        last = body[-1]
        names = parse_byline(last, closing=True)
        if names is None and parse_source_line(last) is None and not _PHOTO_CREDIT_RE.match(
            _strip_wrapping(last)
        ):
            break
        body.pop()
        authors = [n for n in names or [] if n not in authors] + authors
    return body, authors
