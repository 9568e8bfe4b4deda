"""Builds the CodeRed CMS site of bench/coderedcms inside its venv: `python build.py SPEC OUT`,
run in the project `coderedcms start` made (`DJANGO_SETTINGS_MODULE=portal.settings.dev`).

Runs in CodeRed's own Python, never in the project's. It does what an editor does in Wagtail's
admin of a new CodeRed site: the database migrated (CodeRed's project makes a home page), the
home page named after the site, one user per author, an "Article Landing Page" for the news
linked from the site's main menu, and each post an Article under it (title, caption as its
lead, author or "Display author as" for several, body of CodeRed's content blocks: rich text,
images from the library with the caption as an italic line in the text under them, a download
button per document), published with its first-published time set to the post's (as an import
of old news does). It writes OUT: what the
CMS made (each article's address, each image's rendition and each document's address).
"""

import sys
from datetime import datetime
from pathlib import Path

import django

# the benchmark's own helpers for build scripts, importable from the CMS's venv
sys.path.append(str(Path(__file__).resolve().parents[3]))
django.setup()

from coderedcms.models import LayoutSettings, Navbar, NavbarOrderable  # noqa: E402
from wagtail.models import Site  # noqa: E402
from website.models import ArticleIndexPage, ArticlePage, WebPage  # noqa: E402

from bench.wagtail_build import create_users, migrated_spec, upload, write_made  # noqa: E402

#: The rendition CodeRed's image block makes.
IMAGE = "max-1600x1600|format-webp"

spec = migrated_spec()
users = create_users(spec)

site = Site.objects.get(is_default_site=True)
site.site_name, site.hostname = spec["title"], "127.0.0.1"
site.save()
home = WebPage.objects.get(pk=site.root_page.pk)
home.title = spec["title"]
home.save_revision().publish()
news = ArticleIndexPage(title=spec["news"]["title"], slug=spec["news"]["slug"],
                        index_num_per_page=spec["page_size"])
# a new page takes its model's default order whatever it is given, and an index of articles
# defaults to an order its shared field rejects once another page model is loaded: the editor's
# choice, newest first, set afterwards
news.index_order_by = "-first_published_at"
home.add_child(instance=news)
news.save_revision().publish()
# the site's main menu (Snippets › Navigation Bars, chosen in Settings › CRX Settings), linking
# the news from every page
menu = Navbar.objects.create(name="Menu chính",
                             menu_items=[("page_link", {"page": news, "display_text": ""})])
layout = LayoutSettings.for_site(site)
layout.site_navbar.add(NavbarOrderable(navbar=menu))
layout.save()

images, documents = upload(spec)


def block(part):
    """One of CodeRed's content blocks from the spec's (kind, value)."""
    kind, value = part
    if kind == "image":
        return ("image", {"image": images[value]})
    if kind == "download":
        key, title = value
        return ("download", {"downloadable_file": documents[key], "button_title": title})
    return ("text", value)


pages = {}
for post in spec["posts"]:
    page = ArticlePage(title=post["title"], slug=post["slug"], caption=post["caption"],
                       author=users.get(post["author"]) if post["author"] else None,
                       author_display=post["author_display"],
                       body=[block(p) for p in post["body"]])
    news.add_child(instance=page)
    page.save_revision(user=page.author).publish()
    when = datetime.fromisoformat(post["published"])
    ArticlePage.objects.filter(pk=page.pk).update(first_published_at=when, last_published_at=when)
    pages[post["slug"]] = page.pk

out = {
    "articles": {slug: ArticlePage.objects.get(pk=pk).url for slug, pk in pages.items()},
    "images": {k: x.get_rendition(IMAGE).url for k, x in images.items()},
    "documents": {k: x.url for k, x in documents.items()},
}
write_made(out)
