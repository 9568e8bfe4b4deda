"""A real django CMS 3.11 site with its blog app djangocms-blog 2.0 (PyPI: Django 4.2), on 127.0.0.1.

Held out from tuning once (scored at 14:39), now open to it (`GROUP`).
django CMS is a Django CMS that public bodies and companies run; djangocms-blog is its blog app,
the news section such a portal would add. It runs in a venv of its own (`.djangocmsblog-venv`,
made by `.ci/install-cms-venv djangocmsblog` from bench/djangocmsblog/requirements.txt, with the
plugins djangocms-picture and djangocms-file an editor fills a post with). `portal/build.py` builds
the site the way the apps' setup and an editor in the admin do: Django's settings of their
installation guides (portal/settings.py: language vi, time zone Asia/Ho_Chi_Minh), a home page,
a "Tin tức" page the blog is hooked to, one user per author, a category per sample category, the
images and documents uploaded to django-filer, and each post a published Post (title, abstract,
author, publish date to the minute, category, tags) whose content holds a Text plugin per run of
paragraphs, a Picture plugin per image with its caption and a File plugin per document. The
templates are djangocms-blog's as they ship; the one page template django CMS requires is
portal/templates/base.html, the minimal one its tutorial writes (the toolbar, the menu
`show_menu 0 100 100 100`, the `content` placeholder, sekizai's blocks) with the `title`,
`canonical_url` and `meta` blocks djangocms-blog's templates fill, a charset and `lang="vi"`. The
built site is cached (bench/django_site.py); Django's `runserver --insecure` serves it, the media
answered by `django.views.static.serve` (portal/urls.py). The blog's menu (its default, categories
and posts) lists every category and post on every page. djangocms-blog ships no Vietnamese
translation, so its own words stay English ("by", "read more", "Back", "Page 1 of 5").

What djangocms-blog's post page shows an anonymous visitor decides the truth: the title as the
page's `h2` (and its `<title>`); under it one list: "by" and the author's full name (a link to
their author page; it prints the user name only for a user without a name, and nothing for a post
with no author; a post has one author, so a post with several shows its first), the publish date
as Django's Vietnamese DATE_FORMAT ("Ngày 09 tháng 3 năm 2019": the day only, no time of day, so
the truth's `published` is that day at 00:00 +07:00); a second list of the categories and tags,
each a link to its listing; then the content: the text, each picture as a `<figure>` with its
`<figcaption>` (the address the Picture plugin makes: an easy-thumbnails thumbnail of the filer
image), each document as a bare link named by its title to django-filer's address for it. The
abstract (the sample's summary) shows in listings and the meta description only. The canonical
address is django-meta's, from the Sites framework's domain, which `moved` sets at each start.
Post addresses carry the publish date as stored, in UTC (`/tin-tuc/YYYY/MM/DD/slug/`).
Non-articles: the home page, the blog page and its further pages (`?page=N`), the category, tag
and author pages the posts link.

The truth comes from what the CMS was given and the addresses it made for it, never from its
pages; tests/test_djangocmsblog_site.py checks the two agree.

    with DjangoCMSBlog(site_articles()) as site:
        print(site.base_url, len(site.articles()))

`missing()` says why it cannot run here.
"""

from __future__ import annotations

import dataclasses
import html
import itertools
from pathlib import Path
from urllib.parse import quote

from bench.django_site import DjangoSite
from bench.generalisation.api import Attachment, Image, SampleArticle, slugify
from bench.generalisation.portal import VN, day_of
from bench.generalisation.static import body_blocks, site_posts, venv_missing, with_old_dates
from bench.generalisation.templates import REAL
from bench.puput import upload_keys, uploads_spec, username

HERE = Path(__file__).resolve().parent
PORTAL = HERE / "portal"
VENV = HERE.parents[1] / ".djangocmsblog-venv"
BLOG_VERSION = "2.0.10"
#: Scored held out, as fresh material, on 2026-11-30 14:39 (bench/RESULTS.md); opened to tuning
#: on 2026-11-30 16:18, drawn at random with five other held-out pieces
#: (`random.Random(2026113016).sample(sorted(pieces), 6)`).
FRESH = False
GROUP = REAL
NAME = "djangocmsblog"
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
SITENAME = "Cổng thông tin điện tử xã Tân Phước"
HOME = ("Trang chủ", "Chào mừng đến với cổng thông tin điện tử của Ủy ban nhân dân xã Tân Phước.")
BLOG = ("tin-tuc", "Tin tức")
#: Posts a page of the blog lists (the blog configuration's "Paginate size"); further pages are
#: `?page=N`.
PAGE_SIZE = 10


def missing() -> str | None:
    """Why a django CMS blog cannot be started here, or None when it can."""
    return venv_missing("django CMS with djangocms-blog", VENV, "django-admin",
                        f"djangocms_blog-{BLOG_VERSION}", ".ci/install-cms-venv djangocmsblog")


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=59)


class DjangoCMSBlog(DjangoSite):
    """One private django CMS site with its blog holding `articles`; a context manager that
    cleans up after itself."""

    name, version, venv, portal = NAME, BLOG_VERSION, VENV, PORTAL
    missing = staticmethod(missing)

    def spec(self, uploads: Path) -> dict:
        return site_spec(self.posts, uploads)

    def django_env(self, home: Path) -> dict[str, str]:
        """The site's settings (portal/settings.py) with the site in `home`."""
        return {"DJANGOCMS_HOME": str(home), "PYTHONPATH": str(PORTAL),
                "DJANGO_SETTINGS_MODULE": "settings"}

    def moved(self, port: int) -> str:
        """The Sites framework's domain, where django-meta takes the canonical address from."""
        return ("from django.contrib.sites.models import Site; "
                f"Site.objects.filter(pk=1).update(domain='127.0.0.1:{port}')")

    # -- the truth ------------------------------------------------------------------------------
    def articles(self) -> dict[str, SampleArticle]:
        """Every post as its page shows it, by the address djangocms-blog links it at: old dates
        in every fourth (`with_old_dates`), the author's full name, the day of publication only,
        each picture at the Picture plugin's address and each document at django-filer's."""
        keys = upload_keys(self.posts)
        return {self.base_url + self.made["posts"][a.slug]: dataclasses.replace(
            with_old_dates(a, i), authors=a.authors[:1], published=day_of(a.published),
            images=[Image(self.made["images"][keys[x.url]], x.caption) for x in a.images],
            attachments=[Attachment(self.made["documents"][keys[f.url]], f.title)
                         for f in a.attachments])
            for i, a in enumerate(self.posts)}

    def non_articles(self) -> frozenset[str]:
        """The home page, the blog page with its further pages, and the category, tag and author
        pages."""
        pages = -(-len(self.posts) // PAGE_SIZE)
        blog = f"/{BLOG[0]}/"
        paths = ["/", blog, *(f"{blog}?page={n}" for n in range(2, pages + 1)),
                 *(f"{blog}category/{slugify(a.category)}/" for a in self.posts),
                 *(f"{blog}tag/{quote(self.made['tags'][t])}/" for a in self.posts for t in a.tags),
                 *(f"{blog}author/{username(a.authors[0])}/" for a in self.posts if a.authors)]
        return frozenset(self.base_url + p for p in paths)

    def foreign(self) -> tuple[str, ...]:
        """Text the site prints around every post that must never reach a body: the home page's
        entry in the menu."""
        return (HOME[0],)


# -- what the CMS is given --------------------------------------------------------------------------

def site_spec(posts: list[SampleArticle], uploads: Path) -> dict:
    """Everything `portal/build.py` creates, as JSON; writes the images and documents it uploads
    under `uploads` (their paths in the spec are relative to it, so the spec names the content
    only)."""
    keys = upload_keys(posts)
    return {
        "title": SITENAME, "page_size": PAGE_SIZE,
        "home": {"title": HOME[0], "text": f"<p>{HOME[1]}</p>"},
        "blog": {"slug": BLOG[0], "title": BLOG[1]},
        "users": {username(n): n for a in posts for n in a.authors},
        "categories": {slugify(a.category): a.category for a in posts},
        "uploads": uploads_spec(posts, uploads),
        "posts": [{"slug": a.slug, "title": a.title, "category": slugify(a.category),
                   "tags": a.tags, "author": username(a.authors[0]) if a.authors else None,
                   "date": a.published.astimezone(VN).isoformat(),
                   "abstract": f"<p>{html.escape(a.summary, quote=False)}</p>" if a.summary else "",
                   "content": plugins(with_old_dates(a, i), keys)}
                  for i, a in enumerate(posts)]}


def plugins(a: SampleArticle, keys: dict[str, str]) -> list[tuple[str, object]]:
    """The post's content as an editor adds it with django CMS's plugins (`static.body_blocks`):
    ("text", the HTML of a run of paragraphs), ("picture", (upload key, caption)), ("file",
    (upload key, title))."""
    blocks = body_blocks(a, lambda t: html.escape(t, quote=False),
                         lambda url, caption: ("picture", (keys[url], caption)),
                         lambda url, title: ("file", (keys[url], html.unescape(title))))
    out: list[tuple[str, object]] = []
    for text, run in itertools.groupby(blocks, key=lambda b: isinstance(b, str)):
        items = list(run)
        out += [("text", "".join(f"<p>{b}</p>" for b in items))] if text else items
    return out
