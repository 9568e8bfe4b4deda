"""Builds the Mezzanine site of bench/mezzanine inside its venv: `python build.py SPEC OUT`.

Runs in the CMS's own Python with the site's settings (`MEZZANINE_HOME`, `DJANGO_SETTINGS_MODULE`),
never in the project's. It does what `mezzanine-project`'s setup (`createdb --nodata`: the
database migrated, the required "Blog" page) and an editor in the admin do: the Blog page renamed
"Tin tức" at the blog's address, the site's title in Settings, the superuser `admin` (as
`createsuperuser` makes it: no name) and one user per author with their name, a blog category per
sample category, the images and documents uploaded through the media library (Mezzanine's
filebrowser, under `uploads/`), and each post a published BlogPost: title, publish date, author
(the editor's own account, `admin`, for a post that names none), categories, keywords (the tags,
typed into the keywords field), description (the summary, where there is one) and content as the
TinyMCE editor saves it (cleaned by the rich text field, as the admin's form does). It writes OUT:
what the CMS made (each post's address, each image's address as the page shows it after
Mezzanine's rich text filters, each document's, each keyword's and category's slug), for the
truth to name what the CMS chose.
"""

import re
import sys
from datetime import datetime
from pathlib import Path

import django

# the benchmark's own helpers for build scripts, importable from the CMS's venv
sys.path.append(str(Path(__file__).resolve().parents[3]))
django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.sites.models import Site  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from django.core.files.storage import default_storage  # noqa: E402
from django.core.management import call_command  # noqa: E402
from mezzanine.blog.models import BlogCategory, BlogPost  # noqa: E402
from mezzanine.conf.models import Setting  # noqa: E402
from mezzanine.core.templatetags.mezzanine_tags import richtext_filters  # noqa: E402
from mezzanine.generic.models import Keyword  # noqa: E402
from mezzanine.pages.models import RichTextPage  # noqa: E402

from bench.django_build import create_users, migrated_spec, write_made  # noqa: E402

spec = migrated_spec()
call_command("loaddata", "mezzanine_required.json", verbosity=0)  # what createdb --nodata adds
Site.objects.filter(pk=1).update(domain="127.0.0.1", name=spec["title"])
Setting.objects.create(name="SITE_TITLE", value=spec["title"], site_id=1)
Setting.objects.create(name="SITE_TAGLINE", value=spec["tagline"], site_id=1)
blog = RichTextPage.objects.get(slug="blog")
blog.title, blog.slug = spec["blog"]["title"], spec["blog"]["slug"]
blog.content = f"<p>{spec['blog']['title']}</p>"
blog.save()

admin = get_user_model().objects.create_superuser("admin", "admin@example.invalid", "bench-admin")
users = create_users(spec)

categories = {slug: BlogCategory.objects.create(title=title) for slug, title in spec["categories"].items()}

root = Path(spec["upload_root"])
uploads = {}
for item in spec["uploads"]:
    saved = default_storage.save("uploads/" + item["path"],
                                 ContentFile((root / item["path"]).read_bytes()))
    uploads[item["key"]] = default_storage.url(saved)

content_field = BlogPost._meta.get_field("content")
keywords_field = BlogPost._meta.get_field("keywords")
images, posts, keywords, tags = {}, {}, {}, {}
for given in spec["posts"]:
    content = re.sub(r"__url_(\w+)__", lambda m: uploads[m[1]], given["content"])
    post = BlogPost(title=given["title"], user=users.get(given["author"], admin),
                    publish_date=datetime.fromisoformat(given["date"]), allow_comments=True)
    post.content = content_field.clean(content, post)
    if given["description"]:
        post.description, post.gen_description = given["description"], False
    post.save()
    post.categories.add(categories[given["category"]])
    # as the keywords field takes what the editor types: one keyword per title, letter case aside
    typed = [Keyword.objects.get_or_create_iexact(title=t)[0] for t in given["tags"]]
    keywords_field.save_form_data(post, ",".join(str(k.pk) for k in typed))
    tags.update((t, k.slug) for t, k in zip(given["tags"], typed, strict=True))
    keywords[given["slug"]] = [k.title for k in typed]
    # the address each image has on the page, after the rich text filters (thumbnails)
    shown = re.findall(r'<img [^>]*src="([^"]+)"', str(richtext_filters(post.content)))
    images.update(zip(given["images"], shown, strict=True))
    posts[given["slug"]] = post.pk

saved = BlogPost.objects.filter(pk__in=posts.values())
out = {
    "posts": {slug: saved.get(pk=pk).get_absolute_url() for slug, pk in posts.items()},
    "images": images,
    "documents": {x["key"]: uploads[x["key"]] for x in spec["uploads"] if x["type"] == "document"},
    "tags": tags,
    "keywords": keywords,
    "categories": {c.title: c.slug for c in categories.values()},
    "page": blog.get_absolute_url(),
}
write_made(out)
