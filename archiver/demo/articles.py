"""The hand-written sample articles (articles.toml) as SampleArticle objects: the demo's truth."""

from __future__ import annotations

import tomllib
import unicodedata
from functools import cache
from importlib.resources import files

from archiver.demo.model import Attachment, Image, SampleArticle


def load_articles() -> list[SampleArticle]:
    """Every sample article, oldest first (the file's order, checked)."""
    articles = [_article(t) for t in _data()["article"]]
    if [a.published for a in articles] != sorted(a.published for a in articles):
        raise ValueError("articles.toml: articles must be listed oldest first")
    slugs = [a.slug for a in articles]
    if len(set(slugs)) != len(slugs):
        raise ValueError("articles.toml: duplicate slug")
    return articles


def load_draft() -> SampleArticle:
    """The unpublished draft a site exposes under a robots-disallowed path (never in any truth)."""
    return _article(_data()["draft"])


@cache
def _data() -> dict:
    return tomllib.loads((files("archiver.demo") / "articles.toml").read_text(encoding="utf-8"))


def _article(t: dict) -> SampleArticle:
    if t["published"].utcoffset() is None:
        raise ValueError(f"articles.toml: {t['slug']}: published needs a UTC offset")
    article = SampleArticle(
        slug=t["slug"],
        title=t["title"],
        summary=t.get("summary"),
        paragraphs=list(t["paragraphs"]),
        authors=list(t.get("authors", [])),
        byline=t.get("byline"),
        published=t["published"],
        category=t["category"],
        tags=list(t.get("tags", [])),
        images=[Image(i["url"], i.get("caption")) for i in t.get("images", [])],
        attachments=[Attachment(a["url"], a["title"]) for a in t.get("attachments", [])],
    )
    for text in _texts(article):
        if not unicodedata.is_normalized("NFC", text):
            raise ValueError(f"articles.toml: {article.slug}: text is not NFC: {text[:40]!r}")
    return article


def _texts(a: SampleArticle) -> list[str]:
    return [a.title, a.summary or "", a.byline or "", a.category, *a.paragraphs, *a.authors,
            *a.tags, *(i.caption or "" for i in a.images), *(f.title for f in a.attachments)]
