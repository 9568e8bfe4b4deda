"""A real CodeRed CMS 6.0 website (PyPI's `coderedcms`: Wagtail 7.4, Django 5.2) with news, on 127.0.0.1.

Held out from tuning until 2026-11-30: scored as fresh material at 11:47 and held out at
12:11 and 12:34, then opened to tuning (its group `real`), because its misses could only be
fixed by someone who reads them (bench/RESULTS.md).
CodeRed is a Wagtail CMS for organisations' websites, with articles for news:
the project `coderedcms start` makes, unchanged but for its `settings/local.py` (portal/local.py:
language vi, time zone Asia/Ho_Chi_Minh), served by Django's `runserver` with the project's dev
settings (which answer the static files and media). `portal/build.py` builds the content the way
an editor does in the admin: the home page named after the site, an "Article Landing Page" "Tin
tức" holding each post as an Article (title; the summary as its caption, shown as the lead;
the author, or "Display author as" naming several; a body of CodeRed's content blocks: rich
text, image blocks from the library with the caption as an italic line in the text under
them, a download button per document), published, its first-published time the post's. The
built project (database, media, code) is cached, so a second start only copies it.

What CodeRed's article page shows an anonymous visitor decides the truth: the title as the
page's `h1`, the caption as `p.lead`, the author's full name (or the names joined by ", ")
and the day of publication as Django's Vietnamese DATE_FORMAT ("Ngày 09 tháng 3 năm 2019")
in one line, and nothing more of the date anywhere (no time of day, no machine-readable date:
CodeRed's SEO meta call the page a "website"), so the truth's `published` is that day at 00:00
+07:00; the body's blocks; then "Related": three cards of other articles, each with its lead,
day and opening. CodeRed's articles have no category or tags, so the truth has none, and its
footer is empty. The Site's address (Settings › Sites) is set to the port it is served on at
each start, as an owner does when the site moves, since Wagtail writes every canonical and
og:url from it. Non-articles: the home page, the news landing page and its further pages.

The truth comes from what CodeRed was given and the addresses it made for it, never from its
pages; tests/test_coderedcms_site.py checks the two agree.

    with CodeRed(site_articles()) as site:
        print(site.base_url, len(site.articles()))

`missing()` says why it cannot run here.
"""

from __future__ import annotations

import dataclasses
import html
import shutil
import subprocess
from pathlib import Path

from bench.django_site import WagtailSite
from bench.generalisation.api import Attachment, Image, SampleArticle
from bench.generalisation.portal import VN, day_of
from bench.generalisation.static import (
    body_blocks,
    site_posts,
    venv_missing,
    with_old_dates,
)
from bench.generalisation.templates import REAL
from bench.puput import upload_keys, uploads_spec, username

HERE = Path(__file__).resolve().parent
PORTAL = HERE / "portal"
VENV = HERE.parents[1] / ".coderedcms-venv"
CODERED_VERSION = "6.0.0"
#: Scored once, as fresh material, on 2026-11-30 11:47 (bench/RESULTS.md).
FRESH = False
#: Opened to tuning on 2026-11-30 after three scores: its figures count as `real`.
GROUP = REAL
NAME = "coderedcms"
GENERATED_POSTS = 23   # with the 27 sample articles, 50 articles
SITENAME = "Cổng thông tin điện tử phường An Khánh"
NEWS = ("tin-tuc", "Tin tức")
#: Articles a page of the news landing page lists; further pages are `?p=N`.
PAGE_SIZE = 10
#: Text CodeRed prints on every article page around the article: the heading of its related
#: articles and the skip link.
AROUND = ("Related", "Skip navigation")


def missing() -> str | None:
    """Why a CodeRed site cannot be started here, or None when it can."""
    return venv_missing("CodeRed CMS", VENV, "coderedcms", f"coderedcms-{CODERED_VERSION}",
                        ".ci/install-cms-venv coderedcms")


def site_articles() -> list[SampleArticle]:
    """The articles of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=53)


class CodeRed(WagtailSite):
    """One private CodeRed site holding `articles`; a context manager that cleans up after itself."""

    name, version, venv, portal = NAME, CODERED_VERSION, VENV, PORTAL
    missing = staticmethod(missing)

    def spec(self, uploads: Path) -> dict:
        return site_spec(self.posts, uploads)

    def scaffold(self, home: Path) -> None:
        """The project `coderedcms start` makes, with the owner's local settings."""
        subprocess.run([str(VENV / "bin" / "coderedcms"), "start", "portal", str(home)],
                       check=True, capture_output=True, timeout=120)
        shutil.copy(PORTAL / "local.py", home / "portal" / "settings" / "local.py")

    def django_env(self, home: Path) -> dict[str, str]:
        """The project's dev settings, which answer its static files and media."""
        return {"PYTHONPATH": str(home), "DJANGO_SETTINGS_MODULE": "portal.settings.dev"}

    # -- the truth ------------------------------------------------------------------------------
    def articles(self) -> dict[str, SampleArticle]:
        """Every article as CodeRed's article page shows it, by its address: old dates in every
        fourth (`with_old_dates`), the day of publication only, no category or tags, each image
        at its rendition and each document at Wagtail's address for it."""
        keys = upload_keys(self.posts)
        return {self.base_url + self.made["articles"][a.slug]: dataclasses.replace(
            with_old_dates(a, i), category="", tags=[], published=day_of(a.published),
            images=[Image(self.made["images"][keys[x.url]], x.caption) for x in a.images],
            attachments=[Attachment(self.made["documents"][keys[f.url]], f.title)
                         for f in a.attachments])
            for i, a in enumerate(self.posts)}

    def non_articles(self) -> frozenset[str]:
        """The home page, and the news landing page with its further pages."""
        pages = -(-len(self.posts) // PAGE_SIZE)
        news = f"{self.base_url}/{NEWS[0]}/"
        return frozenset([self.base_url + "/", news,
                          *(f"{news}?p={n}" for n in range(2, pages + 1))])

    def foreign(self) -> tuple[str, ...]:
        """Text CodeRed prints around every article that must never reach a body."""
        return AROUND


# -- what CodeRed is given --------------------------------------------------------------------------

def site_spec(posts: list[SampleArticle], uploads: Path) -> dict:
    """Everything `portal/build.py` creates, as JSON; writes the images and documents it uploads
    under `uploads` (their paths in the spec are relative to it, so the spec names the content
    only)."""
    keys = upload_keys(posts)
    return {
        "title": SITENAME, "news": {"slug": NEWS[0], "title": NEWS[1]}, "page_size": PAGE_SIZE,
        "users": {username(n): n for a in posts for n in a.authors},
        "uploads": uploads_spec(posts, uploads),
        "posts": [{"slug": a.slug, "title": a.title, "caption": a.summary or "",
                   "author": username(a.authors[0]) if len(a.authors) == 1 else None,
                   "author_display": ", ".join(a.authors) if len(a.authors) > 1 else "",
                   "published": a.published.astimezone(VN).isoformat(),
                   "body": content_blocks(with_old_dates(a, i), keys)}
                  for i, a in enumerate(posts)]}


def content_blocks(a: SampleArticle, keys: dict[str, str]) -> list[tuple[str, object]]:
    """The article's body as CodeRed's content blocks (`static.body_blocks`): ("text", rich text
    in Wagtail's stored form), ("image", upload key) with its caption as an italic line opening
    the text under it, ("download", (upload key, title))."""
    parts: list[tuple[str, object]] = []
    text: list[str] = []

    def flush() -> None:
        if text:
            parts.append(("text", "".join(text)))
            text.clear()

    def figure(url: str, caption: str | None) -> tuple:
        return ("image", keys[url], caption)

    def link(url: str, title: str) -> tuple:
        return ("download", (keys[url], html.unescape(title)))

    for b in body_blocks(a, lambda t: html.escape(t, quote=False), figure, link):
        if isinstance(b, str):
            text.append(f"<p>{b}</p>")
            continue
        flush()
        parts.append(b[:2])
        if b[0] == "image" and b[2]:
            text.append(f"<p><i>{html.escape(b[2], quote=False)}</i></p>")
    flush()
    return parts
