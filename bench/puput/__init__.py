"""A real Puput 2.2 blog (PyPI's `puput`: Wagtail 6.4 on Django 5.2) in its own theme, on 127.0.0.1.

Held out from tuning until 2026-11-30: scored as fresh material at 11:47 and held out at
12:11 and 12:34, then opened to tuning (its group `real`), because its misses could only be
fixed by someone who reads them (bench/RESULTS.md).
Wagtail is a CMS public bodies run; Puput is its WordPress-like blog, the
news section such a portal would add. It runs in a venv of its own (`.puput-venv`, made by
`.ci/install-cms-venv puput` from bench/puput/requirements.txt). `portal/build.py` builds the site
the way Puput's setup and an editor in Wagtail's admin do: Django's settings of Puput's
"standalone blog" (portal/settings.py: language vi, time zone Asia/Ho_Chi_Minh), the blog page
made the site's root, one user per author, a category per sample category, the images and
documents uploaded to Wagtail's libraries, and each post a published Entry (title, rich text body
with images inserted from the library at the "full width" format and documents linked from it,
excerpt, tags, category, owner, post date). The built site is cached (bench/django_site.py), so
a second start only copies it and starts Django's own server (`runserver --insecure`, which also
answers the static files; the media are answered by `django.views.static.serve` in
portal/urls.py). Puput's page head writes `<meta charset>` after the `<title>` and its canonical
address between newlines, and its sitemap.xml answers 500 on a site whose root is the blog (it
cannot name an entry's address there): the real software's own ways, left as they are.

What Puput's entry page shows an anonymous visitor decides the truth: the title as the page's
`h2` heading (a link to the entry itself); under it one line of icons: the owner's user name (a
link to their author page: Puput prints the user name, never the full name, and nothing for an
entry with no owner; an entry has one owner, so a post with several authors shows its first), the
post date as Django's Vietnamese DATE_FORMAT ("Ngày 09 tháng 3 năm 2019": the day only, no time
of day, so the truth's `published` is that day at 00:00 +07:00), the category and the tags, each a link to
its listing; captions as the editor writes them in Wagtail's rich text, which has no caption
field: an italic line under the image; each document linked as Wagtail serves it
(`/documents/<id>/<file>`). The excerpt (the sample's summary) shows in listings and
og:description only. Puput's entry addresses carry the date as stored, in UTC (`/YYYY/MM/DD/slug/`), so a post
published before 07:00 local time has the previous day in its address. Non-articles: the home
page (the blog) and its further pages, the category, tag, author, year and month archives every
page links from its sidebar.

The truth comes from what Puput was given and the addresses it made for it, never from its pages;
tests/test_puput_site.py checks the two agree.

    with Puput(site_articles()) as site:
        print(site.base_url, len(site.articles()))

`missing()` says why it cannot run here.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import quote

from bench.django_site import WagtailSite
from bench.generalisation.api import Attachment, Image, SampleArticle, slugify
from bench.generalisation.portal import VN, day_of
from bench.generalisation.static import (
    body_blocks,
    site_posts,
    venv_missing,
    with_old_dates,
    write_assets,
)
from bench.generalisation.templates import REAL

HERE = Path(__file__).resolve().parent
PORTAL = HERE / "portal"
VENV = HERE.parents[1] / ".puput-venv"
PUPUT_VERSION = "2.2.0"
#: Scored once, as fresh material, on 2026-11-30 11:47 (bench/RESULTS.md).
FRESH = False
#: Opened to tuning on 2026-11-30 after three scores: its figures count as `real`.
GROUP = REAL
NAME = "puput"
GENERATED_POSTS = 23   # with the 27 sample articles, 50 entries
SITENAME = "Tin tức xã Phú Mỹ"
DESCRIPTION = "Tin tức, sự kiện, văn bản chỉ đạo điều hành của UBND xã Phú Mỹ"
#: Entries a page of the blog lists (its "Entries per page"); further pages are `?page=N`.
PAGE_SIZE = 10
#: Text Puput prints on every page around an entry (its sidebar headings and footer), in part.
SIDEBAR = ("Last Entries", "Popular Entries", "Feed RSS", "Powered by Django, Wagtail and Puput")


def missing() -> str | None:
    """Why a Puput site cannot be started here, or None when it can."""
    return venv_missing("Puput", VENV, "django-admin", f"puput-{PUPUT_VERSION}", ".ci/install-cms-venv puput")


def site_articles() -> list[SampleArticle]:
    """The entries of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=47)


class Puput(WagtailSite):
    """One private Puput site holding `articles`; a context manager that cleans up after itself."""

    name, version, venv, portal = NAME, PUPUT_VERSION, VENV, PORTAL
    missing = staticmethod(missing)

    def spec(self, uploads: Path) -> dict:
        return site_spec(self.posts, uploads)

    def django_env(self, home: Path) -> dict[str, str]:
        """Puput's settings (portal/settings.py) with the site in `home`."""
        return {"PUPUT_HOME": str(home), "PYTHONPATH": str(PORTAL),
                "DJANGO_SETTINGS_MODULE": "settings", "PUPUT_SITE_NAME": SITENAME}

    # -- the truth ------------------------------------------------------------------------------
    def articles(self) -> dict[str, SampleArticle]:
        """Every entry as Puput's entry page shows it, by the address Puput links it at."""
        return {self.base_url + self.made["entries"][a.slug]: self.shown(a, i)
                for i, a in enumerate(self.posts)}

    def shown(self, a: SampleArticle, i: int) -> SampleArticle:
        """The `i`-th post as its entry page shows it: old dates in every fourth
        (`with_old_dates`), the owner's user name, the day of publication only, each image at its
        rendition and each document at Wagtail's address for it."""
        keys = upload_keys(self.posts)
        return dataclasses.replace(
            with_old_dates(a, i), authors=[username(a.authors[0])] if a.authors else [],
            published=day_of(a.published),
            images=[Image(self.made["images"][keys[x.url]], x.caption) for x in a.images],
            attachments=[Attachment(self.made["documents"][keys[f.url]], f.title)
                         for f in a.attachments])

    def non_articles(self) -> frozenset[str]:
        """The blog's home page with its further pages, and the category, tag, author, year and
        month archives."""
        pages = -(-len(self.posts) // PAGE_SIZE)
        months = {a.published.astimezone(VN).strftime("%Y/%m") for a in self.posts}
        paths = ["/", *(f"/?page={n}" for n in range(2, pages + 1)),
                 *(f"/category/{slugify(a.category)}/" for a in self.posts),
                 *(f"/tag/{quote(self.made['tags'][t])}/" for a in self.posts for t in a.tags),
                 *(f"/author/{username(a.authors[0])}/" for a in self.posts if a.authors),
                 *(f"/{m}/" for m in months), *(f"/{m[:4]}/" for m in months)]
        return frozenset(self.base_url + p for p in paths)

    def foreign(self) -> tuple[str, ...]:
        """Text Puput prints around every entry that must never reach a body: its sidebar's
        headings, feed link and footer."""
        return SIDEBAR


# -- what Puput is given ----------------------------------------------------------------------------

def site_spec(posts: list[SampleArticle], uploads: Path) -> dict:
    """Everything `portal/build.py` creates, as JSON; writes the images and documents it uploads
    under `uploads` (their paths in the spec are relative to it, so the spec names the content
    only)."""
    keys = upload_keys(posts)
    return {
        "title": SITENAME, "slug": "tin-tuc", "description": DESCRIPTION, "page_size": PAGE_SIZE,
        "users": {username(n): n for a in posts for n in a.authors},
        "categories": {slugify(a.category): a.category for a in posts},
        "uploads": uploads_spec(posts, uploads),
        "posts": [{"slug": a.slug, "title": a.title, "category": slugify(a.category),
                   "tags": a.tags, "owner": username(a.authors[0]) if a.authors else None,
                   "date": a.published.astimezone(VN).isoformat(),
                   "excerpt": f"<p>{html.escape(a.summary, quote=False)}</p>" if a.summary else "",
                   "body": rich_text(with_old_dates(a, i), keys)}
                  for i, a in enumerate(posts)]}


def rich_text(a: SampleArticle, keys: dict[str, str]) -> str:
    """The entry's body in Wagtail's stored rich text (`static.body_blocks`), as Draftail saves
    it: paragraphs, each image inserted from the library at the "fullwidth" format with its caption
    as an italic line under it (Wagtail's rich text has no caption), each document as a paragraph
    holding only its link. `__id_<key>__` stands for an upload's id until `build.py` knows it."""
    def figure(url: str, caption: str | None) -> str:
        image = f'<embed alt="" embedtype="image" format="fullwidth" id="__id_{keys[url]}__"/>'
        return image + (f"<p><i>{html.escape(caption, quote=False)}</i></p>" if caption else "")

    def link(url: str, title: str) -> str:
        return f'<p><a id="__id_{keys[url]}__" linktype="document">{title}</a></p>'

    blocks = body_blocks(a, lambda t: html.escape(t, quote=False), figure, link)
    return "".join(b if b.startswith("<") else f"<p>{b}</p>" for b in blocks)


def upload_keys(posts: Iterable[SampleArticle]) -> dict[str, str]:
    """A key for each image and document the posts link, by its URL."""
    urls = dict.fromkeys(x.url for a in posts for x in [*a.images, *a.attachments])
    return {url: f"u{k}" for k, url in enumerate(urls)}


def uploads_spec(posts: list[SampleArticle], uploads: Path) -> list[dict]:
    """The images and documents the posts link, written under `uploads` for a build script to
    upload: each once, with its key (`upload_keys`), its path relative to `uploads`, whether it
    is an image or a document, and its title (an image's is its file name's stem)."""
    write_assets(uploads, posts)
    keys = upload_keys(posts)
    files = {x.url: x for a in posts for x in [*a.images, *a.attachments]}
    return [{"key": keys[url], "path": url.lstrip("/"),
             "type": "image" if isinstance(x, Image) else "document",
             "title": x.title if isinstance(x, Attachment) else Path(url).stem}
            for url, x in files.items()]


def username(name: str) -> str:
    """An author's user name, as a Vietnamese site's editors are named: their name in ASCII
    letters, no spaces ("Trần Minh Hà" → "tranminhha")."""
    return slugify(name).replace("-", "")
