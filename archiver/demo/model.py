"""The truth a sample site is rendered from, so extraction can be scored against it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Image:
    url: str  # site-relative path, e.g. "/media/2024/hoi-nghi.jpg"
    caption: str | None


@dataclass(frozen=True)
class Attachment:
    url: str  # site-relative path, e.g. "/files/ke-hoach-12.pdf"
    title: str


@dataclass(frozen=True)
class SampleArticle:
    """One article as its author wrote it; a renderer turns it into a family's HTML."""

    slug: str                     # ascii, unique within a site: "hoi-nghi-trien-khai-..."
    title: str                    # NFC
    summary: str | None           # the lead ("sapo"), or None when the article has none
    paragraphs: list[str]         # body paragraphs, NFC, no captions, no byline
    authors: list[str]            # names as the record should hold them
    byline: str | None            # the byline line as printed, e.g. "Tin, ảnh: Minh Hà"
    published: datetime | None    # aware, +07:00; None in a truth whose page prints no date
    category: str                 # "Tin tức - Sự kiện"
    tags: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)
