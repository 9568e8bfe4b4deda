"""What the benchmark's static-site CMSes share (bench/pelican, bench/hexo): posts written as
Markdown the way a site's editor writes them, and the generator's output directory answered the
way a static web server answers it. Only the input is shared; each CMS renders it its own way."""

from __future__ import annotations

import dataclasses
import html
import math
import mimetypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from urllib.parse import quote

from bench.corpus import generate
from bench.generalisation.api import JPEG, Page, SampleArticle, load_articles
from bench.generalisation.portal import OLD_DATES

#: The static pages both sites have besides their posts: (title, slug, text).
PAGES = (("Giới thiệu", "gioi-thieu", "Xã Tân Lập nằm ở phía đông huyện Phú Lâm, có 9 thôn với "
          "hơn 2.100 hộ dân."),
         ("Liên hệ", "lien-he", "Trụ sở UBND xã Tân Lập, thôn Trung, xã Tân Lập, huyện Phú Lâm. "
          "Điện thoại: 0203.3861.456"))


def site_posts(generated: int, seed: int) -> list[SampleArticle]:
    """The sample articles and `generated` ones from bench.corpus, oldest first: a site's posts
    (another `seed` for another site, so no two sites hold the same generated posts)."""
    return sorted([*load_articles(), *generate(generated, seed=seed)],
                  key=lambda a: (a.published, a.slug))


def showcase(posts: list[SampleArticle]) -> list[SampleArticle]:
    """A few of a site's posts with what portals have, for a quick test site: captioned images,
    attached documents, several authors or none, and the newest three."""
    chosen = [a for a in posts if a.images][:3] + [a for a in posts if a.attachments][:2]
    chosen += [a for a in posts if len(a.authors) != 1][:2] + posts[-3:]
    return list({a.slug: a for a in chosen}.values())


def with_old_dates(a: SampleArticle, i: int) -> SampleArticle:
    """The `i`-th post (oldest first): every fourth opens with a paragraph of dates that are not
    its publish date, as WordPress's posts do (bench/wordpress)."""
    return dataclasses.replace(a, paragraphs=([OLD_DATES] if i % 4 == 1 else []) + list(a.paragraphs))


def body_blocks(a: SampleArticle, escape: Callable[[str], str],
                figure: Callable[[str, str | None], str], link: Callable[[str, str], str]) -> list[str]:
    """A post's text as its editor writes it, block by block in one markup (`escape` for text,
    `figure` for an image URL and caption, `link` for a URL and escaped title): paragraphs,
    captioned images after the first paragraph, each attached document as a block holding only
    its link."""
    blocks = []
    for k, text in enumerate(a.paragraphs):
        blocks.append(escape(text))
        if k == 0:
            blocks += [figure(image.url, image.caption) for image in a.images]
    return blocks + [link(f.url, escape(f.title)) for f in a.attachments]


def markdown_body(a: SampleArticle, link_scheme: str = "") -> str:
    """A post's text in Markdown (`body_blocks`), images as `<figure>`; each document's link
    written `link_scheme` + its URL (Docusaurus's `pathname://` keeps a link to a static file as
    it is instead of making it a hashed build asset)."""
    return "\n\n".join(body_blocks(a, escape, _figure,
                                   lambda url, title: f"[{title}]({link_scheme}{url})")) + "\n"


def _figure(url: str, caption: str | None) -> str:
    if not caption:
        return f"![]({url})"
    return (f'<figure class="image">\n<img src="{url}" alt="">\n<figcaption>'
            f"{html.escape(caption, quote=False)}</figcaption>\n</figure>")


def escape(text: str) -> str:
    """Text that Markdown prints as it is: no emphasis, links, HTML or list markers."""
    text = re.sub(r"([\\`*_\[\]])", r"\\\1", html.escape(text, quote=False))
    return re.sub(r"^(\d+)\.(\s)|^([-+#>])", lambda m: f"{m[1]}\\.{m[2]}" if m[1] else f"\\{m[3]}",
                  text)


def write_assets(content: Path, posts: list[SampleArticle]) -> None:
    """The images and PDFs the posts link, at their site paths under the content directory."""
    for a in posts:
        for image in a.images:
            _write(content / image.url.lstrip("/"), JPEG)
        for f in a.attachments:
            _write(content / f.url.lstrip("/"), f"%PDF-1.4\n% {f.title}\n%%EOF\n".encode())


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def paged(first: str, count: int, page_size: int, directory: str) -> list[str]:
    """A listing's first page and its further pages `first/<directory>/N/`, for `count` items."""
    return [first] + [f"{first.rstrip('/')}/{directory}/{n}/"
                      for n in range(2, math.ceil(count / page_size) + 1)]


def npm_missing(site: Path, packages: Iterable[str], node_at_least: tuple[int, int]) -> str | None:
    """Why the npm generator whose packages `npm ci --prefix <site>` installs cannot run here (no
    Node.js, an older one than `node_at_least`, one of `packages` not installed), or None."""
    node = shutil.which("node")
    if node is None:
        return "Node.js is not installed (Debian packages nodejs and npm)"
    version = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
    try:
        numbers = tuple(int(x) for x in version.lstrip("v").split(".")[:2])
    except ValueError:
        return f"cannot read the Node.js version ({version!r})"
    if numbers < node_at_least:
        return (f"bench/{site.name} needs Node.js {'.'.join(map(str, node_at_least))} or later, "
                f"this is {version}")
    for package in packages:
        if not (site / "node_modules" / package / "package.json").exists():
            return f"{package} is not installed (run `npm ci --prefix bench/{site.name}`)"
    return None


def venv_missing(cms: str, venv: Path, command: str, dist: str, install: str) -> str | None:
    """Why the PyPI CMS `cms` that runs in a venv of its own (`venv`, made by the script
    `install`) cannot run here: no venv with its `command`, or not the pinned `dist` (a
    distribution's name-version, as its dist-info directory spells it); or None."""
    if not (venv / "bin" / command).exists():
        return f"{cms} is not installed ({venv} missing: run {install})"
    if not list(venv.glob(f"lib/python3*/site-packages/{dist}.dist-info")):
        return f"{venv} holds no {dist} (run {install})"
    return None


def python_command(name: str) -> Path:
    """The console script `name` a PyPI generator installs beside this Python (the venv's `bin`),
    which need not be on PATH."""
    return Path(sys.executable).parent / name


def run_generator(name: str, command: list[str], cwd: Path, output: Path,
                  env: Mapping[str, str] | None = None) -> dict[str, Page]:
    """Run generator `name`'s build `command` in `cwd` (with `env` added to the environment) and
    return what it wrote under `output` as `served` pages; a build that fails or writes no home
    page raises with the generator's own last words, which say why."""
    run_step(name, command, output / "index.html", cwd=cwd, timeout=600, env=env)
    return served(output)


def run_step(name: str, command: list[str], made: Path, cwd: Path | None = None,
             answers: str | None = None, timeout: int = 120,
             env: Mapping[str, str] | None = None) -> None:
    """Run generator step `name` (a quickstart, a build), giving it `answers` on its standard
    input and `env` added to the environment (e.g. to keep a tool from asking a registry for
    updates); one that fails or does not write `made` raises with the generator's own last words,
    which say why."""
    done = subprocess.run(command, input=answers, capture_output=True, text=True, timeout=timeout,
                          cwd=cwd, env={**os.environ, **env} if env else None)
    if done.returncode != 0 or not made.exists():
        raise RuntimeError(f"{name} failed: {(done.stderr or done.stdout)[-800:]}")


def served(output: Path) -> dict[str, Page]:
    """Every file a generator wrote as a page at its path, percent-encoded as links to it are;
    `dir/index.html` answers at `dir/` too, as a static web server answers."""
    pages = {}
    for file in sorted(p for p in output.rglob("*") if p.is_file()):
        path = quote("/" + file.relative_to(output).as_posix())
        kind = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind.endswith("xml"):
            kind += "; charset=utf-8"
        pages[path] = Page(200, kind, file.read_bytes())
        if path.endswith("/index.html"):
            pages[path.removesuffix("index.html")] = pages[path]
    return pages


def html_paths(pages: dict[str, Page]) -> set[str]:
    """The HTML pages among `pages`, each once (a directory's page, not its `index.html`)."""
    return {p for p, page in pages.items()
            if page.content_type.startswith("text/html") and not p.endswith("/index.html")}
