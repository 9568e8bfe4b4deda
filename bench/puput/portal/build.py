"""Builds the Puput site of bench/puput inside Puput's venv: `python build.py SPEC OUT`.

Runs in Puput's own Python with the site's settings (`PUPUT_HOME`, `DJANGO_SETTINGS_MODULE`),
never in the project's. It does what Puput's setup and an editor in Wagtail's admin do: the
database migrated, one user per author, the blog page made the site's root (as Puput's docs
describe for a site that is only its blog), its categories, the images and documents uploaded to
Wagtail's libraries, and each post a published Entry page (title, rich text body, excerpt, tags,
category, owner, post date). It writes OUT: what the CMS made of it (each entry's address as
Puput links it, each image's rendition and each document's address, each tag's slug), for the
truth to name what Wagtail chose.
"""

import sys
from datetime import datetime
from pathlib import Path

import django

# the benchmark's own helpers for build scripts, importable from the CMS's venv
sys.path.append(str(Path(__file__).resolve().parents[3]))
django.setup()

from puput.models import BlogPage, Category, CategoryEntryPage, EntryPage  # noqa: E402
from puput.urls import get_entry_url  # noqa: E402
from wagtail.models import Page, Site  # noqa: E402

from bench.wagtail_build import create_users, migrated_spec, upload, write_made  # noqa: E402

#: The rendition Wagtail's rich text "fullwidth" image format makes.
FULLWIDTH = "width-800"

spec = migrated_spec()
users = create_users(spec)

# Wagtail's first migration leaves a welcome page as the site's root: the blog takes its place
tree_root = Page.objects.get(depth=1)
blog = tree_root.add_child(instance=BlogPage(
    title=spec["title"], slug=spec["slug"], description=spec["description"],
    num_entries_page=spec["page_size"], display_comments=False))
blog.save_revision().publish()
site = Site.objects.get(is_default_site=True)
welcome = site.root_page
site.root_page, site.site_name = blog, spec["title"]
site.save()
welcome.delete()

categories = {slug: Category.objects.create(name=name, slug=slug)
              for slug, name in spec["categories"].items()}
images, documents = upload(spec)

entries = []
for post in spec["posts"]:
    body = post["body"]
    for key, obj in [*images.items(), *documents.items()]:
        body = body.replace(f"__id_{key}__", str(obj.pk))
    entry = EntryPage(title=post["title"], slug=post["slug"], body=body, excerpt=post["excerpt"],
                      date=datetime.fromisoformat(post["date"]),
                      owner=users.get(post["owner"]) if post["owner"] else None)
    entry.tags.add(*post["tags"])
    entry.entry_categories = [CategoryEntryPage(category=categories[post["category"]])]
    blog.add_child(instance=entry)
    entry.save_revision(user=entry.owner).publish()
    entries.append(entry.pk)

# as Puput links each entry, from the database (its date as stored, not as given)
out = {
    "entries": {e.slug: get_entry_url(e, blog.page_ptr, blog.page_ptr)
                for e in EntryPage.objects.filter(pk__in=entries)},
    "images": {k: x.get_rendition(FULLWIDTH).url for k, x in images.items()},
    "documents": {k: x.url for k, x in documents.items()},
    "tags": {t.name: t.slug for e in EntryPage.objects.filter(pk__in=entries) for t in e.tags.all()},
}
write_made(out)
