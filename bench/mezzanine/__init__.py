"""A real Mezzanine 6.0 site with its blog (PyPI's `Mezzanine`: Django 4.2), on 127.0.0.1.

Held out from tuning once, now open to it (`GROUP`).
Mezzanine is a Django CMS that small organisations run; `mezzanine.blog`, its built-in blog, is the
news section of such a site. It runs in a venv of its own (`.mezzanine-venv`, made by
`.ci/install-cms-venv mezzanine` from bench/mezzanine/requirements.txt). The project is laid out as
`mezzanine-project` writes it (portal/settings.py and portal/urls.py: the home page it offers "for
a blog-only site", the post list; language vi, time zone Asia/Ho_Chi_Minh; the blog at `tin-tuc`);
`portal/build.py` builds it the way its setup and an editor in the admin do: the required "Blog"
page renamed "Tin tức", the site's title, the superuser `admin` and one user per author, a category
per sample category, the images and documents uploaded to the media library, and each post a
published BlogPost (title, publish date to the minute, author, category, the tags as keywords, the
summary as its description, content as the TinyMCE editor saves it: paragraphs, each image centred
in a paragraph of its own with its width and height, its caption an italic centred paragraph under
it, as an editor writes one in an editor with no caption field, and each document a paragraph
holding only its link). The templates are Mezzanine's own Bootstrap ones, untouched. The built site
is cached (bench/django_site.py); Mezzanine's `runserver` serves it, its static files and media
answered by Django's views in portal/urls.py (Mezzanine's `runserver --insecure` answers every
upload with a 500 when DEBUG is off).

What Mezzanine's post page shows an anonymous visitor decides the truth (its own words in its
Vietnamese translation where it has one, the rest English): the title as the page's `h1` (and,
with the site's title, its `<title>`); under the breadcrumb "Gửi bởi:" ("Posted by") and the
author's full name (a link to their post list; the user name for a user with no name; a post
has one user, so a post with several authors shows its first; a post that names no author shows
`admin`, the superuser the editor posts under, an administrator account that names no writer, so
its truth has no authors: docs/record.md) followed by how long ago it was published ("7 years, 8 months
trước"): the page prints no date, so the truth's `published` is None; the content: the text, each
image at the address Mezzanine's thumbnail filter leaves it, its caption the italic line under
it, each document a paragraph holding its link; then "Các thẻ:" ("Tags") and the keywords, each a
link to its post list. The page never prints the post's blog category (only the listings do:
"trong <category>"); its breadcrumb files the post under the blog page, "Trang chủ / Tin tức /
<title>", and a record's `category` is the section or the breadcrumb's leaf (docs/record.md,
shared/docs/article-record.md), so the truth's `category` is the blog page's title. The
description (the sample's summary) shows in the meta description only. Around every post: the
menu ("Trang chủ", "Tin tức"), the sidebar of recent posts, the monthly archive, the categories,
the tag cloud, the authors and the feeds; a rating form, share buttons, links to the previous and
next posts and the comment form. Post addresses are `/tin-tuc/<slug>/`, the slug Mezzanine makes
of the title (Vietnamese letters kept, percent-encoded in links). Non-articles: the home page (the
post list) and the blog page, each with its further pages (`?page=N`), and the category, tag,
author and month lists the sidebar links.

The truth comes from what the CMS was given and the addresses it made for it, never from its
pages; tests/test_mezzanine_site.py checks the two agree.

    with Mezzanine(site_articles()) as site:
        print(site.base_url, len(site.articles()))

`missing()` says why it cannot run here.
"""

from __future__ import annotations

import collections
import dataclasses
import html
from pathlib import Path
from urllib.parse import quote

from bench.django_site import DjangoSite
from bench.generalisation.api import Attachment, Image, SampleArticle, slugify
from bench.generalisation.static import body_blocks, site_posts, venv_missing, with_old_dates
from bench.generalisation.templates import REAL
from bench.puput import VN, upload_keys, uploads_spec, username

HERE = Path(__file__).resolve().parent
PORTAL = HERE / "portal"
VENV = HERE.parents[1] / ".mezzanine-venv"
MEZZANINE_VERSION = "6.0.0"
#: Scored held out, as fresh material, on 2026-11-30 17:42 (bench/RESULTS.md); opened to tuning
#: after it, drawn at random from the three fresh real CMS modules (`random.Random(2026113017)`).
FRESH = False
GROUP = REAL
NAME = "mezzanine"
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
SITENAME = "Cổng thông tin điện tử xã Hòa Bình"
TAGLINE = "Tin tức, sự kiện của Ủy ban nhân dân xã Hòa Bình"
BLOG = ("tin-tuc", "Tin tức")
#: The account `createsuperuser` makes, which an editor posts under when a post names no author:
#: the page prints it as the poster, and the record leaves an administrator account out.
EDITOR = "admin"
#: Posts a page of the post list shows (Mezzanine's BLOG_POST_PER_PAGE as it ships).
PAGE_SIZE = 5
#: Text Mezzanine prints on every post page around the post, in its Vietnamese where it has it:
#: its sidebar's headings, the share buttons and the comment form's heading.
SIDEBAR = ("Bài viết gần đây", "Archive", "Danh mục", "Tác giả", "Chia sẻ lên Facebook",
           "Nhận xét mới")


def missing() -> str | None:
    """Why a Mezzanine site cannot be started here, or None when it can."""
    return venv_missing("Mezzanine", VENV, "mezzanine-project", f"Mezzanine-{MEZZANINE_VERSION}",
                        ".ci/install-cms-venv mezzanine")


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=61)


class Mezzanine(DjangoSite):
    """One private Mezzanine site with its blog holding `articles`; a context manager that cleans
    up after itself."""

    name, version, venv, portal = NAME, MEZZANINE_VERSION, VENV, PORTAL
    missing = staticmethod(missing)
    runserver_options = ()  # portal/urls.py answers the static files and media

    def spec(self, uploads: Path) -> dict:
        return site_spec(self.posts, uploads)

    def django_env(self, home: Path) -> dict[str, str]:
        """The site's settings (portal/settings.py) with the site in `home`."""
        return {"MEZZANINE_HOME": str(home), "PYTHONPATH": str(PORTAL),
                "DJANGO_SETTINGS_MODULE": "settings"}

    def moved(self, port: int) -> str:
        """The Sites framework's domain, by which Mezzanine finds the site a request is for."""
        return ("from django.contrib.sites.models import Site; "
                f"Site.objects.filter(pk=1).update(domain='127.0.0.1:{port}')")

    # -- the truth ------------------------------------------------------------------------------
    def articles(self) -> dict[str, SampleArticle]:
        """Every post as its page shows it, by the address Mezzanine links it at: old dates in
        every fourth (`with_old_dates`), the author's full name (none where it shows the editor's
        administrator account), no date, the blog page as the category (the breadcrumb's step
        before the title), the keywords as the CMS keeps them,
        each image at the address its thumbnail filter gives it and each document at the media
        library's."""
        keys = upload_keys(self.posts)
        return {self.base_url + self.made["posts"][a.slug]: dataclasses.replace(
            with_old_dates(a, i), authors=a.authors[:1], published=None,
            category=BLOG[1], tags=self.made["keywords"][a.slug],
            images=[Image(self.made["images"][keys[x.url]], x.caption) for x in a.images],
            attachments=[Attachment(self.made["documents"][keys[f.url]], f.title)
                         for f in a.attachments])
            for i, a in enumerate(self.posts)}

    def non_articles(self) -> frozenset[str]:
        """The post lists: the home page, the blog page, and the category, tag, author and month
        lists the sidebar links, each with its further pages (`?page=N`, the first one too)."""
        blog = f"/{BLOG[0]}/"
        lists: dict[str, int] = collections.Counter()
        for a in self.posts:
            local = a.published.astimezone(VN)
            lists.update(["/", self.made["page"],
                          f"{blog}category/{quote(self.made['categories'][a.category])}/",
                          f"{blog}author/{username(a.authors[0]) if a.authors else EDITOR}/",
                          f"{blog}archive/{local.year}/{local.month}/",
                          *{f"{blog}tag/{quote(self.made['tags'][t])}/" for t in a.tags}])
        paths = [p + (f"?page={n}" if n else "") for p, count in lists.items()
                 for n in ([0, *range(1, -(-count // PAGE_SIZE) + 1)] if count > PAGE_SIZE else [0])]
        return frozenset(self.base_url + p for p in paths)

    def foreign(self) -> tuple[str, ...]:
        """Text Mezzanine prints around every post that must never reach a body: its sidebar's
        headings, share buttons and comment form."""
        return SIDEBAR


# -- what the CMS is given --------------------------------------------------------------------------

def site_spec(posts: list[SampleArticle], uploads: Path) -> dict:
    """Everything `portal/build.py` creates, as JSON; writes the images and documents it uploads
    under `uploads` (their paths in the spec are relative to it, so the spec names the content
    only)."""
    keys = upload_keys(posts)
    return {
        "title": SITENAME, "tagline": TAGLINE,
        "blog": {"slug": BLOG[0], "title": BLOG[1]},
        "users": {username(n): n for a in posts for n in a.authors},
        "categories": {slugify(a.category): a.category for a in posts},
        "uploads": uploads_spec(posts, uploads),
        "posts": [{"slug": a.slug, "title": a.title, "category": slugify(a.category),
                   "tags": a.tags, "author": username(a.authors[0]) if a.authors else None,
                   "date": a.published.astimezone(VN).isoformat(),
                   "description": a.summary or "", "images": [keys[x.url] for x in a.images],
                   "content": rich_text(with_old_dates(a, i), keys)}
                  for i, a in enumerate(posts)]}


def rich_text(a: SampleArticle, keys: dict[str, str]) -> str:
    """The post's content as Mezzanine's TinyMCE editor saves it (`static.body_blocks`):
    paragraphs; each image inserted from the media library centred in a paragraph of its own, with
    the width and height TinyMCE fills in (the sample image's 1×1), and its caption an italic
    centred paragraph under it; each document a paragraph holding only its link.
    `__url_<key>__` stands for an upload's address until `build.py` knows it."""
    centred = '<p style="text-align: center;">'

    def figure(url: str, caption: str | None) -> str:
        image = f'{centred}<img src="__url_{keys[url]}__" alt="" width="1" height="1" /></p>'
        return image + (f"{centred}<em>{html.escape(caption, quote=False)}</em></p>"
                        if caption else "")

    def link(url: str, title: str) -> str:
        return f'<p><a href="__url_{keys[url]}__">{title}</a></p>'

    blocks = body_blocks(a, lambda t: html.escape(t, quote=False), figure, link)
    return "\n".join(b if b.startswith("<") else f"<p>{b}</p>" for b in blocks)
