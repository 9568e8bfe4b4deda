"""A real WordPress 6.1 (Debian's package) on 127.0.0.1, in Vietnamese, for crawling.

Templates we write ourselves only show what we think a platform prints; WordPress shows what it
really prints. `WordPress` starts a private MariaDB (no TCP port) and `php -S` with `router.php`,
installs the site with `wp.php` (Vietnamese locale, d/m/Y and H:i, Asia/Ho_Chi_Minh, pretty
permalinks), adds ~60 posts with categories, tags, authors, classic `[caption]` and block
`figure/figcaption` images, PDF file blocks, body text with dates that are not the publish date,
comments (so `?replytocom=` links exist) and pages; the truth is what WordPress renders
(`wp.php truth`). Facts behind it: shared/docs/real-cms.md.

    with WordPress() as wp:
        wp.use_theme("twentytwentythree")
        print(wp.base_url, len(wp.articles()))

Everything it starts is stopped and everything it writes (the temp directory, the
/etc/wordpress/config-NAME.php file) is removed on exit. `missing()` says why it cannot run here.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import time
import unicodedata
from datetime import datetime, timedelta
from pathlib import Path

from lxml import html as lxml_html

from bench.common import Started, free_port, stop_group
from bench.corpus import generate
from bench.generalisation.api import JPEG, Image, SampleArticle, load_articles, slugify
from bench.generalisation.api import Attachment as File
from bench.generalisation.portal import COMMENTS, OLD_DATES, VN

HERE = Path(__file__).resolve().parent
WP_ROOT = Path("/usr/share/wordpress")
CONFIG_DIR = Path("/etc/wordpress")
THEMES = ("twentytwentyone", "twentytwentytwo", "twentytwentythree")
NO_AUTHOR = "Ban Biên tập"
GENERATED_POSTS = 33   # with the 27 sample articles, ~60 posts
BLOCKS_FROM = 2022     # posts published from this year on use the block editor's markup
PAGES = (("Giới thiệu", "gioi-thieu", "<p>Huyện Phú Lâm nằm ở phía tây tỉnh Hà Lâm, thành lập "
          "ngày 15 tháng 8 năm 1977, diện tích tự nhiên 512 km².</p>"),
         ("Liên hệ", "lien-he", "<p>Trụ sở: số 02 đường Trần Hưng Đạo, thị trấn Phú Lâm.</p>"
          "<p>Điện thoại: 0203.3850.123</p>"),
         ("Lịch công tác", "lich-cong-tac", "<table><tr><td>Thứ hai, 06/01/2025</td><td>07:30"
          "</td><td>Họp giao ban</td></tr><tr><td>Thứ ba, 07/01/2025</td><td>14:00</td><td>Tiếp "
          "công dân</td></tr></table>"))
_BLOCK_TEXT = ("p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre")


def missing() -> str | None:
    """Why a WordPress site cannot be started here, or None when it can."""
    needed = {"WordPress (package wordpress)": WP_ROOT / "wp-load.php",
              **{f"theme {t} (package wordpress-theme-{t})": WP_ROOT / "wp-content/themes" / t
                 for t in THEMES}}
    for what, path in needed.items():
        if not path.exists():
            return f"{what} is not installed ({path} missing)"
    if not _which("php"):
        return "php is not installed (package php-cli)"
    if reason := mariadb_missing():
        return reason
    modules = subprocess.run(["php", "-m"], capture_output=True, text=True).stdout.split()
    if "mysqli" not in modules:
        return "PHP has no mysqli module (package php-mysql)"
    if not os.access(CONFIG_DIR, os.W_OK):
        return f"{CONFIG_DIR} is not writable (the site's config file goes there)"
    return None



def mariadb_missing() -> str | None:
    """Why a private MariaDB (`MariaDB`) cannot be started here, or None when it can."""
    for tool in ("mariadbd", "mariadb-install-db", "mariadb"):
        if not _which(tool):
            return f"{tool} is not installed (package mariadb-server)"
    return None

def _which(tool: str) -> str | None:
    return shutil.which(tool) or shutil.which(tool, path="/usr/sbin:/sbin")


class MariaDB:
    """A private MariaDB server in `home` (its data, socket and log there; no TCP port), for a
    real CMS that keeps its site in MySQL (WordPress, bench/ghost)."""

    def __init__(self, home: Path) -> None:
        self.home = home
        self.socket = home / "db.sock"  # a unix socket's path must stay under 108 bytes
        self._server: subprocess.Popen | None = None

    def start(self, database: str) -> Path:
        """Initialise, start, and create `database` (utf8mb4); the socket to reach it by."""
        data = self.home / "db"
        as_root = ["--user=root"] if os.geteuid() == 0 else []
        subprocess.run([_which("mariadb-install-db"), "--no-defaults", f"--datadir={data}",
                        "--auth-root-authentication-method=normal", "--skip-test-db", *as_root],
                       check=True, capture_output=True)
        self._server = subprocess.Popen(
            [_which("mariadbd"), "--no-defaults", f"--datadir={data}", f"--socket={self.socket}",
             f"--pid-file={self.home / 'db.pid'}", "--skip-networking", "--skip-log-bin",
             f"--log-error={self.home / 'db.err'}", *as_root],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.sql(f"CREATE DATABASE {database} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        return self.socket

    def sql(self, statement: str, timeout: float = 30) -> None:
        """Run one statement as root over the socket, waiting for the server to come up."""
        deadline = time.monotonic() + timeout
        while True:
            done = subprocess.run([_which("mariadb"), "--no-defaults", f"--socket={self.socket}",
                                   "-u", "root", "-e", statement], capture_output=True, text=True)
            if done.returncode == 0:
                return
            if time.monotonic() > deadline or self._server.poll() is not None:
                raise RuntimeError(f"MariaDB did not start: {done.stderr.strip()}")
            time.sleep(0.2)

    def stop(self) -> None:
        if self._server is not None:
            self._server.terminate()
            try:
                self._server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._server.kill()
                self._server.wait()
            self._server = None


class WordPress(Started):
    """One private WordPress site; a context manager that cleans up after itself."""

    def __init__(self, generated: int = GENERATED_POSTS) -> None:
        self.generated = generated  # posts from bench.corpus added to the 27 sample articles
        self._tmp: Path | None = None
        self._db: MariaDB | None = None
        self._web: subprocess.Popen | None = None
        self._config: Path | None = None
        self._truth: dict | None = None
        self.base_url = ""

    # -- processes ------------------------------------------------------------------------
    def start(self) -> None:
        """Database, config, web server, install and content: about 20 s."""
        if reason := missing():
            raise RuntimeError(f"WordPress cannot run here: {reason}")
        # a short path: a unix socket's path must stay under 108 bytes
        self._tmp = Path(tempfile.mkdtemp(prefix="wp-", dir="/tmp"))
        self._db = MariaDB(self._tmp)
        sock = self._db.start("wordpress")
        port = free_port()
        self.base_url = f"http://127.0.0.1:{port}"
        name = f"bench-{os.getpid()}-{port}"
        self._config = CONFIG_DIR / f"config-{name}.php"
        self._config.write_text(_config_php(sock, self.base_url), encoding="utf-8")
        uploads = self._tmp / "uploads"
        uploads.mkdir()
        self._env = {**os.environ, "WORDPRESS_CONFIG": name, "BENCH_HOST": f"127.0.0.1:{port}",
                     "BENCH_UPLOADS": str(uploads), "PHP_CLI_SERVER_WORKERS": "4"}
        self._web = subprocess.Popen(
            ["php", "-S", f"127.0.0.1:{port}", "-t", str(WP_ROOT), str(HERE / "router.php")],
            env=self._env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)  # its workers share its process group, stopped together
        spec = site_spec(uploads, self.generated)
        (self._tmp / "spec.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
        self._php("install", str(self._tmp / "spec.json"))
        _wait_for_port(port)

    def stop(self) -> None:
        if self._web is not None:
            stop_group(self._web)
            self._web = None
        if self._db is not None:
            self._db.stop()
            self._db = None
        if self._config is not None:
            self._config.unlink(missing_ok=True)
            self._config = None
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def _php(self, *args: str) -> str:
        done = subprocess.run(["php", str(HERE / "wp.php"), *args], env=self._env,
                              capture_output=True, text=True, timeout=300)
        if done.returncode != 0:
            raise RuntimeError(f"wp.php {args[0]} failed: {(done.stderr or done.stdout)[-500:]}")
        return done.stdout

    # -- the site -------------------------------------------------------------------------
    def use_theme(self, theme: str) -> None:
        """Switch the theme; the truth is read again, as a theme may render content its way."""
        self._php("theme", theme)
        self._truth = None

    def truth(self) -> dict:
        """WordPress's own account of the site (`wp.php truth`), read once per theme."""
        if self._truth is None:
            self._truth = json.loads(self._php("truth"))
        return self._truth

    def articles(self) -> dict[str, SampleArticle]:
        """Every published post as WordPress renders it, by permalink."""
        return {p["url"]: post_truth(p, self.base_url) for p in self.truth()["posts"]}

    def non_articles(self) -> frozenset[str]:
        """Home, pages, and the category, tag and author archives."""
        return frozenset(self.truth()["non_articles"])

    def foreign(self) -> tuple[str, ...]:
        """Text printed around posts that must never reach a body: the readers' comments."""
        return COMMENTS


def post_truth(post: dict, base_url: str) -> SampleArticle:
    """One post of `wp.php truth` as the record the archive should hold for it."""
    root = lxml_html.fragment_fromstring(post["content"] or "<p></p>", create_parent="div")
    paragraphs, images, files = [], [], {}
    for el in root.iter(*_BLOCK_TEXT):
        if el.xpath("ancestor::figure or ancestor::*[contains(@class, 'wp-caption') or "
                    "contains(@class, 'wp-block-file')] or ancestor::li or ancestor::blockquote"
                    if el.tag != "li" else "ancestor::figure"):
            continue
        if _is_file_link(el):
            continue
        if text := _clean(el.text_content()):
            paragraphs.append(text)
    for img in root.iter("img"):
        holder = img.xpath("ancestor::figure[1] | ancestor::*[contains(@class, 'wp-caption')][1]")
        caption = holder[-1].xpath(".//figcaption | .//*[contains(@class, 'wp-caption-text')]") \
            if holder else []
        images.append(Image(_absolute(img.get("src"), base_url),
                            _clean(caption[0].text_content()) if caption else None))
    for a in root.iter("a"):
        href = a.get("href") or ""
        if href.lower().endswith(".pdf"):
            files.setdefault(_absolute(href, base_url), _clean(a.text_content()))
    return SampleArticle(
        slug=post["url"].rstrip("/").rsplit("/", 1)[-1], title=_clean(post["title"]),
        summary=None, paragraphs=paragraphs, authors=[post["author"]], byline=None,
        published=datetime.strptime(post["date"], "%Y-%m-%d %H:%M:%S").replace(tzinfo=VN),
        category=post["categories"][0], tags=sorted(post["tags"]), images=images,
        attachments=[File(url, title) for url, title in files.items()])


def _is_file_link(el: lxml_html.HtmlElement) -> bool:
    """A paragraph that is nothing but a link to a document (the classic editor's attachment)."""
    links = [a for a in el.iter("a") if (a.get("href") or "").lower().endswith(".pdf")]
    return len(links) == 1 and _clean(links[0].text_content()) == _clean(el.text_content())


def _clean(text: str) -> str:
    return unicodedata.normalize("NFC", re.sub(r"\s+", " ", html.unescape(text))).strip()


def _absolute(url: str, base_url: str) -> str:
    return url if "://" in url else base_url + url


# -- what the site is made of ---------------------------------------------------------------------

def site_spec(uploads: Path, generated: int = GENERATED_POSTS) -> dict:
    """The users, categories, posts and pages to install; writes the images and PDFs they link."""
    articles = sorted([*load_articles(), *generate(generated, seed=10)],
                      key=lambda a: a.published)
    users = {f"bientap{k}": n for k, n in
             enumerate(sorted({(a.authors or [NO_AUTHOR])[0] for a in articles} | {NO_AUTHOR}))}
    posts = []
    for i, a in enumerate(articles):
        blocks = a.published.year >= BLOCKS_FROM
        paragraphs = ([OLD_DATES] if i % 4 == 1 else []) + list(a.paragraphs)
        images = [(f"/wp-content/uploads/{Path(x.url).name}", x.caption) for x in a.images]
        files = [(f"/wp-content/uploads/{Path(f.url).name}", f.title) for f in a.attachments]
        for url, _ in images:
            (uploads / Path(url).name).write_bytes(JPEG)
        for url, title in files:
            (uploads / Path(url).name).write_bytes(f"%PDF-1.4\n% {title}\n%%EOF\n".encode())
        content = (_blocks if blocks else _classic)(paragraphs, images, files)
        comments = [{"author": ("Nguyễn Văn Bình", "Lê Thị Lan")[k], "text": COMMENTS[(i + k) % 3],
                     "date": f"{a.published + timedelta(hours=5 + 26 * k):%Y-%m-%d %H:%M:%S}"}
                    for k in range(i % 3)]
        posts.append({"title": a.title, "slug": a.slug, "content": content,
                      "excerpt": a.summary or "", "date": f"{a.published:%Y-%m-%d %H:%M:%S}",
                      "author": (a.authors or [NO_AUTHOR])[0], "category": a.category,
                      "tags": a.tags, "comments": comments})
    categories = {a.category: slugify(a.category) for a in articles}
    return {"title": "Cổng thông tin điện tử huyện Phú Lâm",
            "description": "Tin tức, sự kiện của huyện Phú Lâm, tỉnh Hà Lâm",
            "users": users, "categories": categories, "posts": posts,
            "pages": [{"title": t, "slug": s, "content": c} for t, s, c in PAGES]}


def _classic(paragraphs: list[str], images: list[tuple], files: list[tuple]) -> str:
    """Classic-editor HTML: paragraphs separated by blank lines, `[caption]` shortcodes."""
    out = []
    for i, text in enumerate(paragraphs):
        out.append(html.escape(text, quote=False))
        if i == 0:
            for k, (url, caption) in enumerate(images):
                img = f'<img class="size-full" src="{url}" alt="" width="600" height="400" />'
                out.append(f'[caption id="attachment_{k}" align="aligncenter" width="600"]{img} '
                           f"{html.escape(caption, quote=False)}[/caption]" if caption else img)
    out += [f'<a href="{url}">{html.escape(title, quote=False)}</a>' for url, title in files]
    return "\n\n".join(out)


def _blocks(paragraphs: list[str], images: list[tuple], files: list[tuple]) -> str:
    """Block-editor markup: paragraph, image (figure/figcaption) and file blocks."""
    out = []
    for i, text in enumerate(paragraphs):
        out.append(f"<!-- wp:paragraph -->\n<p>{html.escape(text, quote=False)}</p>\n"
                   "<!-- /wp:paragraph -->")
        if i == 0:
            for url, caption in images:
                cap = (f'<figcaption class="wp-element-caption">{html.escape(caption, quote=False)}'
                       "</figcaption>") if caption else ""
                out.append('<!-- wp:image {"sizeSlug":"large"} -->\n<figure class="wp-block-image '
                           f'size-large"><img src="{url}" alt=""/>{cap}</figure>\n<!-- /wp:image -->')
    for url, title in files:
        out.append(f'<!-- wp:file {{"href":"{url}"}} -->\n<div class="wp-block-file"><a href="{url}">'
                   f'{html.escape(title, quote=False)}</a><a href="{url}" class="wp-block-file__button'
                   '" download>Tải xuống</a></div>\n<!-- /wp:file -->')
    return "\n\n".join(out)


def _config_php(sock: Path, base_url: str) -> str:
    return f"""<?php
// Written by bench/wordpress for one test site; deleted when the site stops.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:{sock}');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', '{base_url}');
define('WP_SITEURL', '{base_url}');
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_DEBUG', false);
$table_prefix = 'wp_';
"""


def _wait_for_port(port: int, timeout: float = 20) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"php -S did not listen on port {port}")
