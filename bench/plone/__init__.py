"""A real Plone 6.2 portal (PyPI's `Plone`) in Classic UI with its Barceloneta theme, on 127.0.0.1.

A portal CMS, the kind government portals are built on, where every other real site of issue 10
is a blog generator or WordPress; written by someone who does not tune the extractor. Plone runs
in a venv of its own (`.plone-venv`, made by `.ci/install-plone` from bench/plone/requirements.txt:
Plone pins many packages). `site.py` builds the site the way an editor does: plone.distribution's
"classic" site with no example content, in Vietnamese with the Asia/Ho_Chi_Minh timezone, the
site settings "Display publication date" and "Allow anyone to view 'about' information" on (or an
anonymous visitor sees no byline), one user per author, a "Tin tức" folder with a folder per
category holding the sample articles and some generated ones as published News Items (title,
description, rich text with captioned images and links to documents uploaded as File objects,
creators, subjects, the effective date), a "Tin mới" collection of every News Item as the home
page, and the static pages as Documents. The built database is cached, so a second start only
copies it and starts Zope (`runwsgi` with waitress).

What Barceloneta shows an anonymous visitor decides the truth: the title as the page's heading;
the description as its lead (not part of the body); the byline "bởi <fullname> … — xuất bản
dd/mm/YYYY": each creator's full name linked to their author page, nothing for a News Item naming
none, and the day of publication only (no time of day anywhere on the page, so the truth's
`published` is that day at 00:00 +07:00); the category as the folder in the breadcrumbs; each
subject as a link under "Lưu trong:" (filed under); captions as `figcaption` under each image; each
document linked as the File's own address, where Plone answers with the file itself.
Non-articles: the home page, the folders, the collection, the Documents, the author pages, the
search and subject search pages and the login, site map, accessibility and contact pages that
Barceloneta links on every page.

The truth comes from what Plone was given, never from its output; tests/test_plone.py checks the
two agree.

    with Plone(site_articles()) as site:
        print(site.base_url, len(site.articles()))

`missing()` says why it cannot run here.
"""

from __future__ import annotations

import dataclasses
import hashlib
import html
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from urllib.parse import quote

from bench.common import ServedFromTemp, free_port, keep_built, wait_serving
from bench.generalisation.api import Attachment, Image, SampleArticle, slugify
from bench.generalisation.static import (
    PAGES,
    body_blocks,
    site_posts,
    venv_missing,
    with_old_dates,
    write_assets,
)

HERE = Path(__file__).resolve().parent
VENV = HERE.parents[1] / ".plone-venv"
PLONE_VERSION = "6.2.2"
#: Scored fresh once (2026-11-30 08:44, bench/RESULTS.md), then opened to tuning: not fresh any more.
FRESH = False
THEMES = ("barceloneta",)
GENERATED_POSTS = 23   # with the 27 sample articles, 50 News Items
VN = timezone(timedelta(hours=7))
TZ = "Asia/Ho_Chi_Minh"
SITE_ID = "Plone"
SITENAME = "Cổng thông tin điện tử xã Hòa Bình"
DESCRIPTION = "Tin tức, sự kiện, văn bản chỉ đạo điều hành của UBND xã Hòa Bình"
#: (id, title) of the folders and the collection the site is made of.
NEWS = ("tin-tuc", "Tin tức")
FILES = ("tai-lieu", "Tài liệu")
LATEST = ("tin-moi", "Tin mới")
#: News Items a page of the collection lists (its "item count"); further pages are `?b_start:int=N`.
PAGE_SIZE = 30
#: The pages Barceloneta links on every page for an anonymous visitor (footer and personal tools).
SITE_PAGES = ("login", "sitemap", "accessibility-info", "contact-info", "@@search")
#: What the footer of every page says (its signature, site actions and colophon), in part.
FOOTER = ("Plone® Open Source CMS/WCM", "Sơ đồ Hệ thống Hỗ trợ sử dụng", "Powered by Plone")
#: Where built databases are kept between runs, by Plone version and content.
CACHE = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "archiver-bench" / "plone"


def missing() -> str | None:
    """Why a Plone site cannot be started here, or None when it can."""
    return venv_missing("Plone", VENV, "runwsgi", f"products_cmfplone-{PLONE_VERSION}",
                        ".ci/install-plone")


def site_articles() -> list[SampleArticle]:
    """The News Items of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=43)


class Plone(ServedFromTemp):
    """One private Plone site holding `articles`; a context manager that cleans up after itself."""

    def __init__(self, articles: Iterable[SampleArticle]) -> None:
        self.posts = sorted(articles, key=lambda a: (a.published, a.slug))
        self.base_url = ""
        self.timings: dict[str, float] = {}  # seconds: "build" (0 when cached), "serve"

    def start(self) -> None:
        """Build the site (or take it from the cache), copy it to a private instance and serve it."""
        if reason := missing():
            raise RuntimeError(f"Plone cannot run here: {reason}")
        self._tmp = Path(tempfile.mkdtemp(prefix="plone-"))
        started = time.perf_counter()
        built = self._built()
        self.timings["build"] = time.perf_counter() - started
        instance = self._tmp / "instance"
        shutil.copytree(built, instance)
        port = free_port()
        _write_instance(instance, port)
        started = time.perf_counter()
        self._web = subprocess.Popen(
            [str(VENV / "bin" / "runwsgi"), str(instance / "zope.ini")], env=_zope_env(),
            stdout=subprocess.DEVNULL, stderr=(instance / "serve.log").open("wb"),
            start_new_session=True)
        self.base_url = f"http://127.0.0.1:{port}/{SITE_ID}"
        # Zope reads its configuration first: ~10 s
        wait_serving(self.base_url, self._web, instance / "serve.log", timeout=180)
        self.timings["serve"] = time.perf_counter() - started

    def _built(self) -> Path:
        """The database (Data.fs and its blobs) of this content, built once and cached by what
        made it."""
        uploads = self._tmp / "uploads"
        spec = site_spec(self.posts, uploads)
        text = json.dumps(spec, ensure_ascii=False, sort_keys=True)
        # the content, the script that builds it and the pinned packages that run it
        made_by = "".join((HERE / f).read_text() for f in ("site.py", "requirements.txt"))
        key = hashlib.sha256((text + made_by).encode())
        text = json.dumps({**spec, "upload_root": str(uploads)}, ensure_ascii=False)
        done = CACHE / f"{PLONE_VERSION}-{key.hexdigest()[:16]}"
        if (done / "Data.fs").exists():
            return done
        work = self._tmp / "build"
        _write_instance(work, 0)
        (work / "spec.json").write_text(text, encoding="utf-8")
        ran = subprocess.run([str(VENV / "bin" / "zconsole"), "run", str(work / "zope.conf"),
                              str(HERE / "site.py"), str(work / "spec.json")],
                             env=_zope_env(), capture_output=True, text=True, timeout=900)
        if ran.returncode != 0:
            raise RuntimeError(f"building the Plone site failed: {ran.stderr[-1500:]}")
        staged = self._tmp / "keep"
        staged.mkdir()
        for part in ("Data.fs", "blobs"):
            shutil.move(str(work / part), staged / part)
        return keep_built(staged, done)

    # -- the truth ------------------------------------------------------------------------------
    def articles(self) -> dict[str, SampleArticle]:
        """Every News Item as Barceloneta shows it, by its address."""
        return {f"{self.base_url}/{article_path(a)}": shown(a, i) for i, a in enumerate(self.posts)}

    def non_articles(self) -> frozenset[str]:
        """The home page (the collection as its default page) and the collection with their further
        pages, the folders, Documents, author and subject search pages, and the pages every page
        links."""
        pages = ["", *(f"?b_start:int={n}" for n in range(PAGE_SIZE, len(self.posts), PAGE_SIZE))]
        paths = [NEWS[0], *SITE_PAGES, *(slug for _, slug, _ in PAGES),
                 *(f"{NEWS[0]}/{slugify(a.category)}" for a in self.posts),
                 *(f"author/{user}" for user in users(self.posts)),
                 *(f"@@search?Subject%3Alist={quote(tag)}" for a in self.posts for tag in a.tags)]
        return frozenset([*(f"{self.base_url}{home}{page}" for home in ("", f"/{LATEST[0]}")
                            for page in pages), *(f"{self.base_url}/{p}" for p in paths)])

    def foreign(self) -> tuple[str, ...]:
        """Text Barceloneta prints around every News Item that must never reach a body: the
        footer's signature, its site actions and its colophon."""
        return FOOTER


def shown(a: SampleArticle, i: int) -> SampleArticle:
    """The News Item as Barceloneta shows it: old dates in every fourth (`with_old_dates`), the
    day of publication only, each image at its scale and each document at its File's address."""
    local = a.published.astimezone(VN)
    return dataclasses.replace(
        with_old_dates(a, i), published=datetime(local.year, local.month, local.day, tzinfo=VN),
        images=[Image(f"/{SITE_ID}/{FILES[0]}/{upload_id(x.url)}", x.caption) for x in a.images],
        attachments=[Attachment(f"/{SITE_ID}/{FILES[0]}/{upload_id(f.url)}", f.title)
                     for f in a.attachments])


# -- what Plone is given ----------------------------------------------------------------------------

def site_spec(posts: list[SampleArticle], uploads: Path) -> dict:
    """Everything `site.py` creates, as JSON; writes the images and documents it uploads under
    `uploads` (their paths in the spec are relative to it, so the spec names the content only)."""
    write_assets(uploads, posts)
    names = users(posts)
    by_name = {name: user for user, name in names.items()}
    files = {x.url: (f"u{k}", x) for k, x in enumerate(
        {x.url: x for a in posts for x in [*a.images, *a.attachments]}.values())}
    uploads_spec = [{"key": key, "id": upload_id(url), "path": url.lstrip("/"),
                     "type": "Image" if isinstance(x, Image) else "File",
                     "title": x.title if isinstance(x, Attachment) else Path(url).stem,
                     "description": getattr(x, "caption", None) or ""}
                    for url, (key, x) in files.items()]
    return {
        "site_id": SITE_ID, "title": SITENAME, "description": DESCRIPTION, "users": names,
        "files": {"id": FILES[0], "title": FILES[1]}, "uploads": uploads_spec,
        "news": {"id": NEWS[0], "title": NEWS[1]},
        "categories": {slugify(a.category): a.category for a in posts},
        "latest": {"id": LATEST[0], "title": LATEST[1], "item_count": PAGE_SIZE},
        "posts": [{"id": a.slug, "title": a.title, "description": a.summary or "",
                   "category": slugify(a.category), "subjects": a.tags,
                   "creators": [by_name[n] for n in a.authors],
                   "effective": a.published.astimezone(VN).isoformat(),
                   "text": rich_text(with_old_dates(a, i), {u: k for u, (k, _) in files.items()})}
                  for i, a in enumerate(posts)],
        "pages": [{"id": slug, "title": title, "text": f"<p>{html.escape(text, quote=False)}</p>"}
                  for title, slug, text in PAGES]}


def rich_text(a: SampleArticle, keys: dict[str, str]) -> str:
    """The News Item's text as Plone's TinyMCE writes it (`static.body_blocks`): paragraphs,
    images inserted from the site (a `resolveuid` link to the Image at its large scale, class
    `captioned` where it has a caption: Plone prints the Image's description under it), documents
    linked as internal links to their File. `__uid_<key>__` stands for an upload's UID until
    `site.py` knows it."""
    def figure(url: str, caption: str | None) -> str:
        uid = f"__uid_{keys[url]}__"
        return (f'<img class="image-richtext image-inline{" captioned" if caption else ""}" '
                f'src="resolveuid/{uid}/@@images/image/large" alt="" data-linktype="image" '
                f'data-scale="large" data-val="{uid}" />')

    def link(url: str, title: str) -> str:
        uid = f"__uid_{keys[url]}__"
        return f'<p><a href="resolveuid/{uid}" data-linktype="internal" data-val="{uid}">{title}</a></p>'

    blocks = body_blocks(a, lambda t: html.escape(t, quote=False), figure, link)
    return "\n".join(b if b.startswith("<") else f"<p>{b}</p>" for b in blocks)


def users(posts: Iterable[SampleArticle]) -> dict[str, str]:
    """One Plone user per author name: user id → full name."""
    names = sorted({name for a in posts for name in a.authors})
    return {f"bientap{k}": name for k, name in enumerate(names)}


def upload_id(url: str) -> str:
    """The id (and so the address) of an uploaded file: its file name, as Plone names an upload."""
    return Path(url).name


def article_path(a: SampleArticle) -> str:
    return f"{NEWS[0]}/{slugify(a.category)}/{a.slug}"


# -- the Zope instance ------------------------------------------------------------------------------

def _write_instance(home: Path, port: int) -> None:
    """zope.conf (the database and its blobs under `home`), site.zcml and, with a port, zope.ini
    for `runwsgi` on 127.0.0.1."""
    home.mkdir(parents=True, exist_ok=True)
    (home / "blobs").mkdir(exist_ok=True)
    (home / "cache").mkdir(exist_ok=True)
    (home / "zope.conf").write_text(f"""%define INSTANCE {home}
instancehome $INSTANCE
<zodb_db main>
  <filestorage>
    path $INSTANCE/Data.fs
    blob-dir $INSTANCE/blobs
  </filestorage>
  mount-point /
</zodb_db>
<environment>
  CHAMELEON_CACHE $INSTANCE/cache
</environment>
""", encoding="utf-8")
    if port:
        (home / "zope.ini").write_text(f"""[app:zope]
use = egg:Zope#main
zope_conf = %(here)s/zope.conf

[server:main]
use = egg:waitress#main
listen = 127.0.0.1:{port}
threads = 4

[pipeline:main]
pipeline =
    egg:Zope#httpexceptions
    zope
""", encoding="utf-8")


def _zope_env() -> dict[str, str]:
    """The environment Zope runs in: a Vietnamese server's local time."""
    return {**os.environ, "TZ": TZ}
