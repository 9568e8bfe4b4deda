"""A real Ghost 5 news site in its Casper theme (npm's `ghost` 5.130, on a private MariaDB), on
127.0.0.1. Held out from tuning once, now open to it (`GROUP`).

Written by a non-tuner on 2026-11-30, scored once fresh at 00:04 on 2026-12-01 (bench/RESULTS.md):
the project's first Ghost, a Node.js publishing platform that newsrooms run, its pages rendered by
the server (Handlebars) on each request, in Casper, the theme Ghost ships (`content/themes/casper`,
5.9). Ghost is installed the way Ghost-CLI lays it out: the `ghost` package from npm unpacked and
its production dependencies installed inside it (`.ci/install-ghost`, pinned by
bench/ghost/package-lock.json). `Ghost` starts a private MariaDB (`bench.wordpress.MariaDB`, no TCP
port) and Ghost itself in production mode on it (its own migrations make the database on first
boot; its update check, Gravatar and pings off, as its privacy settings allow), then does what a
newsroom's editor does: sets the site up through the Admin API (the owner "Ban Biên tập", the
site's title), moves the content in as Ghost's migration guide says (the images and documents
copied into `content/images` and `content/files`, then one Ghost JSON import through the Admin API:
the site's settings — Vietnamese, Asia/Ho_Chi_Minh — the authors as staff users, the tags, the
posts and two static pages), deletes the sample posts and page Ghost's fixtures make, and activates
Casper. A post's content is Ghost's editor's (mobiledoc) cards: paragraphs, each image an image
card with its caption, each document a file card; its summary is the post's excerpt; its category
its primary tag, then its tags; its authors its staff users (a post that names none is the owner's,
as Ghost gives it).

What Casper prints on a post's page decides the truth: the title as `h1.article-title` and as
the `<title>` (alone); the primary tag above it as a link (the category); the excerpt under it
(`p.article-excerpt`, the sample's summary); the authors' names (`h4.author-name`, links joined by
", "; "Ban Biên tập" for a post that names none) and the day in the site's time zone in
Vietnamese ("14 Thg 03 2019") in a `<time>` whose `datetime` is the day only, with the reading time
("2 min read"); the content: paragraphs, each image in a `figure.kg-image-card` with its
`figcaption` (at `/content/images/...`, absolute), each document in a `div.kg-file-card` linking it
(its title, file name and size, "62 Bytes"); then the call to subscribe ("Sign up for more like
this."), "read more" cards of three other posts (title, excerpt, day, reading time) and the
footer. Ghost's own head (`ghost_head`) prints the instant to the second in
`article:published_time` and JSON-LD `datePublished` (so `published` is the time given, to the
minute), every tag in `article:tag`, the primary one first (the truth's tags: the category and
then the post's tags; the page shows the others nowhere else), and the first author in JSON-LD.
Non-articles: the home page (the post list, 25 posts a page, and its further pages `/page/N/`),
each tag's and each author's page (with theirs), and the two static pages. Ghost also answers
`/rss/`, the sitemaps and each tag's and author's feed (XML, not pages).

Ghost serves one deterministic site while it runs: the same bytes for a page each time. Two
starts of the same site differ in two things only, both of Ghost's making: the hash its asset links
carry (`?v=…`, from the time the server started) and the `data-key` of its Content API that the
search and sign-up scripts in every page's head are given (made at random when its database is
made). The truth comes from what
Ghost was given and the addresses its Admin API says it made, never from its pages;
tests/test_ghost_site.py checks the two agree.

    with Ghost(site_articles()) as site:
        print(site.base_url, len(site.articles()))

`missing()` says why it cannot run here.
"""

from __future__ import annotations

import dataclasses
import html
import http.cookiejar
import json
import os
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterable
from datetime import UTC
from pathlib import Path
from typing import Any

from bench.common import ServedFromTemp, free_port, stop_group, wait_serving
from bench.generalisation.api import JPEG, Attachment, Image, SampleArticle, slugify
from bench.generalisation.static import PAGES, npm_missing, site_posts, with_old_dates
from bench.generalisation.templates import REAL
from bench.wordpress import MariaDB, mariadb_missing

HERE = Path(__file__).resolve().parent
#: Ghost as `.ci/install-ghost` lays it out: the npm package unpacked, its dependencies inside.
GHOST = HERE / "ghost"
GHOST_VERSION = "5.130.4"
NODE_AT_LEAST = (20, 11)
GROUP = REAL
#: Added on 2026-11-30 by a non-tuner; scored once, as fresh material, at 00:04 on 2026-12-01
#: (bench/RESULTS.md); opened to tuning after it by a random draw (bench/generalisation/heldout.py
#: says which).
FRESH = False
NAME = "ghost casper"
THEMES = ("casper",)
GENERATED_POSTS = 23   # with the 27 sample articles, 50 posts
SITENAME = "Cổng thông tin điện tử xã Tân Thành"
DESCRIPTION = "Tin tức, sự kiện của Ủy ban nhân dân xã Tân Thành"
#: The owner Ghost's setup makes: the newsroom's editor, whose name a post with no author shows.
OWNER = ("Ban Biên tập", "bientap@tanthanh.example")
PASSWORD = "Tx9-qLm4-Wv7r-Kp2z"  # a site on 127.0.0.1 for the length of one benchmark
#: Posts a page of a list shows (Casper's `posts_per_page`).
PAGE_SIZE = 25
#: The site's menu: home and the static pages (Ghost's own menu links an "About" page its
#: fixtures make, which the editor deletes).
NAVIGATION = [{"label": "Trang chủ", "url": "/"},
              *({"label": title, "url": f"/{slug}/"} for title, slug, _ in PAGES)]
#: Text Casper prints around every post that must never reach a body: the call to subscribe
#: under it and the footer's "Powered by Ghost".
AROUND = ("Sign up for more like this.", "Powered by Ghost")


def missing() -> str | None:
    """Why a Ghost site cannot be started here, or None when it can."""
    if reason := npm_missing(GHOST, (), NODE_AT_LEAST):
        return reason
    manifest = GHOST / "package.json"
    if not manifest.exists() or json.loads(manifest.read_text())["version"] != GHOST_VERSION:
        return f"Ghost {GHOST_VERSION} is not installed in {GHOST} (run .ci/install-ghost)"
    if not (GHOST / "node_modules" / "mysql2" / "package.json").exists():
        return f"Ghost's dependencies are not installed in {GHOST} (run .ci/install-ghost)"
    return mariadb_missing()


def site_articles() -> list[SampleArticle]:
    """The posts of the site, oldest first (`static.site_posts`)."""
    return site_posts(GENERATED_POSTS, seed=113)


class Ghost(ServedFromTemp):
    """One private Ghost site in Casper holding `articles` as its posts; a context manager that
    stops it and removes what it wrote."""

    def __init__(self, articles: Iterable[SampleArticle]) -> None:
        self.posts = sorted(articles, key=lambda a: (a.published, a.slug))
        self.base_url = ""
        self.timings: dict[str, float] = {}  # seconds: "build" (content moved in), "serve"
        self.made: dict[str, Any] = {}       # what Ghost made: post, tag and author addresses
        self._db: MariaDB | None = None

    # -- processes ------------------------------------------------------------------------
    def start(self) -> None:
        """MariaDB, Ghost's first boot (its migrations: 10 to 30 s), then the content."""
        if reason := missing():
            raise RuntimeError(f"Ghost cannot run here: {reason}")
        started = time.perf_counter()
        self._tmp = Path(tempfile.mkdtemp(prefix="ghost-", dir="/tmp"))
        self._db = MariaDB(self._tmp)
        socket = self._db.start("ghost")
        content = self._tmp / "content"
        for sub in ("themes", "images", "files", "data", "logs", "settings"):
            (content / sub).mkdir(parents=True)
        (content / "themes" / "casper").symlink_to(GHOST / "content" / "themes" / "casper")
        (content / "themes" / "source").symlink_to(GHOST / "content" / "themes" / "source")
        copy_uploads(self.posts, content)
        port = free_port()
        self.base_url = f"http://127.0.0.1:{port}"
        log = self._tmp / "ghost.log"
        env = {**os.environ, "NODE_ENV": "production", "url": self.base_url,
               "server__host": "127.0.0.1", "server__port": str(port),
               "database__client": "mysql", "database__connection__socketPath": str(socket),
               "database__connection__user": "root", "database__connection__password": "",
               "database__connection__database": "ghost", "database__connection__charset": "utf8mb4",
               "paths__contentPath": str(content), "logging__transports": '["stdout"]',
               "logging__level": "warn", "security__staffDeviceVerification": "false",
               "privacy__useUpdateCheck": "false", "privacy__useGravatar": "false",
               "privacy__useRpcPing": "false", "mail__transport": "stub"}
        with log.open("wb") as out:
            self._web = subprocess.Popen(["node", "index.js"], cwd=GHOST, env=env, stdout=out,
                                         stderr=subprocess.STDOUT, start_new_session=True)
        wait_serving(self.base_url + "/", self._web, log, timeout=900)
        self.timings["serve"] = time.perf_counter() - started
        started = time.perf_counter()
        admin = AdminAPI(self.base_url)
        self.made = admin.build(self.posts)
        self.timings["build"] = time.perf_counter() - started

    def stop(self) -> None:
        """Ghost, then its database, then everything written."""
        if self._web is not None:
            stop_group(self._web)
            self._web = None
        if self._db is not None:
            self._db.stop()
            self._db = None
        super().stop()

    # -- the truth ------------------------------------------------------------------------
    def articles(self) -> dict[str, SampleArticle]:
        """Every post as Casper's page shows it, by the address Ghost made for it: old dates in
        every fourth (`with_old_dates`), the owner's name where a post names no author, the time
        given, the primary tag as its category and every tag, the primary one first, as its tags,
        each image and document at its address under `/content/`."""
        names = tag_names(self.posts)
        return {self.made["posts"][a.slug]: shown(a, i, names) for i, a in enumerate(self.posts)}

    def non_articles(self) -> frozenset[str]:
        """The home page, each tag's and author's page, each with its further pages, and the
        static pages."""
        counts: dict[str, int] = {"/": len(self.posts)}
        names = tag_names(self.posts)
        for a in self.posts:
            for path in [self.made["tags"][t] for t in post_tags(a, names)] + [
                    self.made["authors"][n] for n in a.authors or [OWNER[0]]]:
                counts[path] = counts.get(path, 0) + 1
        paths = [p if n == 1 else f"{p}page/{n}/" for p, count in counts.items()
                 for n in range(1, -(-count // PAGE_SIZE) + 1)]
        return frozenset([*(self.base_url + p for p in paths), *self.made["pages"]])

    def foreign(self) -> tuple[str, ...]:
        """Text Casper prints around every post (`AROUND`)."""
        return AROUND


def shown(a: SampleArticle, i: int, names: dict[str, str]) -> SampleArticle:
    """The `i`-th post as Casper's page shows it (`Ghost.articles`), its tags named as Ghost
    keeps them (`names`, `tag_names`)."""
    tags = post_tags(a, names)
    return dataclasses.replace(
        with_old_dates(a, i), authors=a.authors or [OWNER[0]], category=tags[0], tags=tags,
        images=[Image(image_path(x.url), x.caption) for x in a.images],
        attachments=[Attachment(file_path(f.url), f.title) for f in a.attachments])


def tag_names(posts: Iterable[SampleArticle]) -> dict[str, str]:
    """Each category and tag name the posts use → the name of the tag Ghost keeps for it: one tag
    per slug, named as it was first used (as Ghost's editor offers "Y tế" to one who types "y
    tế")."""
    used = [t for a in posts for t in [a.category, *a.tags]]
    kept: dict[str, str] = {}
    for t in used:
        kept.setdefault(slugify(t), t)
    return {t: kept[slugify(t)] for t in used}


def post_tags(a: SampleArticle, names: dict[str, str]) -> list[str]:
    """A post's tags as Ghost keeps them (`names`, `tag_names`): its category the primary
    (first) tag, then its tags."""
    return list(dict.fromkeys(names[t] for t in [a.category, *a.tags]))


def image_path(url: str) -> str:
    """Where an image the post links is in Ghost's image storage (`content/images`)."""
    return f"/content/images/{url.lstrip('/')}"


def file_path(url: str) -> str:
    """Where a document the post links is in Ghost's file storage (`content/files`)."""
    return f"/content/files/{url.lstrip('/')}"


def copy_uploads(posts: list[SampleArticle], content: Path) -> None:
    """The images and PDFs the posts link, in Ghost's content folder as a migration copies them."""
    for a in posts:
        for image in a.images:
            _write(content / image_path(image.url).removeprefix("/content/"), JPEG)
        for f in a.attachments:
            _write(content / file_path(f.url).removeprefix("/content/"),
                   f"%PDF-1.4\n% {f.title}\n%%EOF\n".encode())


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


# -- what Ghost is given ----------------------------------------------------------------------------

def mobiledoc(a: SampleArticle) -> str:
    """The post's content as Ghost's editor keeps it (mobiledoc 0.3.1): a paragraph section per
    paragraph, an image card with its caption for each image after the first paragraph, a file
    card for each document at the end."""
    cards: list[list] = []
    sections: list[list] = []

    def card(name: str, payload: dict) -> None:
        sections.append([10, len(cards)])
        cards.append([name, payload])

    for k, text in enumerate(a.paragraphs):
        sections.append([1, "p", [[0, [], 0, text]]])
        if k == 0:
            for image in a.images:
                card("image", {"src": image_path(image.url),
                               "caption": html.escape(image.caption or "", quote=False)})
    for f in a.attachments:
        card("file", {"src": file_path(f.url), "fileTitle": f.title, "fileCaption": "",
                      "fileName": Path(f.url).name,
                      "fileSize": len(f"%PDF-1.4\n% {f.title}\n%%EOF\n".encode())})
    return json.dumps({"version": "0.3.1", "ghostVersion": "4.0", "atoms": [], "markups": [],
                       "cards": cards, "sections": sections}, ensure_ascii=False)


def import_data(posts: list[SampleArticle]) -> dict:
    """Ghost's JSON import (its export format) of the site: settings, authors, tags, posts and
    pages."""
    ids = _ids()
    names = sorted({n for a in posts for n in a.authors})
    users = [{"id": ids(f"user {n}"), "name": n, "slug": slugify(n),
              "email": f"{slugify(n)}@tanthanh.example"} for n in names]
    names = tag_names(posts)
    tags = [{"id": ids(f"tag {t}"), "name": t, "slug": slugify(t)}
            for t in dict.fromkeys(names.values())]
    rows, posts_tags, posts_authors = [], [], []
    for i, a in enumerate(posts):
        when = a.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")
        post_id = ids(f"post {a.slug}")
        rows.append({"id": post_id, "uuid": str(uuid.uuid5(uuid.NAMESPACE_URL, a.slug)),
                     "title": a.title, "slug": a.slug, "mobiledoc": mobiledoc(with_old_dates(a, i)),
                     "custom_excerpt": a.summary, "status": "published", "type": "post",
                     "visibility": "public", "created_at": when, "updated_at": when,
                     "published_at": when})
        posts_tags += [{"post_id": post_id, "tag_id": ids(f"tag {t}"), "sort_order": k}
                       for k, t in enumerate(post_tags(a, names))]
        posts_authors += [{"post_id": post_id, "author_id": ids(f"user {n}"), "sort_order": k}
                          for k, n in enumerate(a.authors)]
    for title, slug, text in PAGES:
        rows.append({"id": ids(f"page {slug}"), "title": title, "slug": slug, "type": "page",
                     "mobiledoc": mobiledoc(SampleArticle(slug, title, None, [text], [], None, None,
                                                          "")),
                     "status": "published", "visibility": "public",
                     "published_at": "2015-01-05T01:00:00.000Z",
                     "created_at": "2015-01-05T01:00:00.000Z",
                     "updated_at": "2015-01-05T01:00:00.000Z"})
    settings = [{"key": "title", "value": SITENAME}, {"key": "description", "value": DESCRIPTION},
                {"key": "locale", "value": "vi"}, {"key": "timezone", "value": "Asia/Ho_Chi_Minh"},
                {"key": "navigation", "value": json.dumps(NAVIGATION, ensure_ascii=False)}]
    return {"meta": {"exported_on": 1764460800000, "version": GHOST_VERSION},
            "data": {"users": users, "tags": tags, "posts": rows, "posts_tags": posts_tags,
                     "posts_authors": posts_authors, "settings": settings}}


def _ids() -> Any:
    """Ghost's 24-hex object ids, the same for the same thing on every build."""
    made: dict[str, str] = {}

    def of(key: str) -> str:
        return made.setdefault(key, f"{len(made) + 1:024x}")
    return of


class AdminAPI:
    """Ghost's Admin API as an editor's browser uses it: a staff session cookie."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url
        self.root = f"{base_url}/ghost/api/admin"
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))

    def call(self, method: str, path: str, body: dict | None = None,
             data: bytes | None = None, kind: str = "application/json") -> dict:
        """One request; a failure raises with Ghost's own message, which says why."""
        if body is not None:
            data = json.dumps(body, ensure_ascii=False).encode()
        request = urllib.request.Request(
            self.root + path, data=data, method=method,
            headers={"Content-Type": kind, "Origin": self.base_url, "Accept-Version": "v5.0"})
        try:
            with self.opener.open(request, timeout=600) as response:
                text, answer = response.read(), response.headers.get_content_type()
        except urllib.error.HTTPError as exc:
            raise RuntimeError(f"Ghost {method} {path}: {exc.code} "
                               f"{exc.read().decode(errors='replace')[:800]}") from None
        return json.loads(text) if answer == "application/json" else {}  # a session says "Created"

    def build(self, posts: list[SampleArticle]) -> dict[str, Any]:
        """Set the site up, import its content, put Casper on, and return the addresses Ghost
        made: every post's by its slug, every tag's and author's path by name, the pages'."""
        self.call("POST", "/authentication/setup/", {"setup": [{
            "name": OWNER[0], "email": OWNER[1], "password": PASSWORD, "blogTitle": SITENAME}]})
        self.call("POST", "/session/", {"username": OWNER[1], "password": PASSWORD})
        for kind in ("posts", "pages", "tags"):  # the sample content Ghost's fixtures make
            self.delete(kind)
        self.upload_import(import_data(posts), len(posts))
        self.delete("tags", "visibility:internal")  # the import's "#Import <date time>" tag
        self.call("PUT", "/themes/casper/activate/")
        made = self.call("GET", "/posts/?limit=all&fields=slug,url&formats=mobiledoc")["posts"]
        tags = self.call("GET", "/tags/?limit=all&fields=name,slug")["tags"]
        users = self.call("GET", "/users/?limit=all&fields=name,slug")["users"]
        pages = self.call("GET", "/pages/?limit=all&fields=url")["pages"]
        return {"posts": {p["slug"]: p["url"] for p in made},
                "tags": {t["name"]: f"/tag/{t['slug']}/" for t in tags},
                "authors": {u["name"]: f"/author/{u['slug']}/" for u in users},
                "pages": [p["url"] for p in pages]}

    def delete(self, kind: str, where: str = "") -> None:
        """Delete every item of `kind` (posts, pages, tags) matching the filter `where`."""
        query = f"&filter={where}" if where else ""
        for item in self.call("GET", f"/{kind}/?limit=all&fields=id{query}")[kind]:
            self.call("DELETE", f"/{kind}/{item['id']}/")

    def upload_import(self, data: dict, posts: int, timeout: float = 600) -> None:
        """Ghost's import (Settings → Labs → Import content) of `data` as a JSON file, which Ghost
        runs in the background (and mails the owner when done): until its `posts` posts are
        there."""
        boundary = "benchghost" + uuid.uuid4().hex
        payload = json.dumps(data, ensure_ascii=False).encode()
        body = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"importfile\"; "
                f"filename=\"ghost-import.json\"\r\nContent-Type: application/json\r\n\r\n"
                ).encode() + payload + f"\r\n--{boundary}--\r\n".encode()
        self.call("POST", "/db/", data=body, kind=f"multipart/form-data; boundary={boundary}")
        deadline = time.monotonic() + timeout
        while len(self.call("GET", "/posts/?limit=all&fields=id")["posts"]) < posts:
            if time.monotonic() > deadline:
                raise RuntimeError(f"Ghost's import made no {posts} posts in {timeout:.0f} s")
            time.sleep(1)
