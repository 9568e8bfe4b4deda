"""Builds the django CMS site of bench/djangocmsblog inside its venv: `python build.py SPEC OUT`.

Runs in the CMS's own Python with the site's settings (`DJANGOCMS_HOME`, `DJANGO_SETTINGS_MODULE`),
never in the project's. It does what django CMS's and djangocms-blog's setup and an editor in
the admin do: the database migrated, the site's domain and name (Sites), one user per author,
a home page holding a text (set as home), a blog configuration (djangocms-blog's "apphook config": namespace,
title, articles per page, body in a placeholder, permalinks by date) and a "Tin tức" page under
the home page that the blog is hooked to, a category per sample category, the images and
documents uploaded to django-filer, and each post a published blog Post (title, slug, abstract,
author, publish date, category, tags) whose content placeholder holds what an editor adds with
the plugins: a Text plugin per run of paragraphs, a Picture plugin per image (its caption the
picture's caption text) and a File plugin per document (its name the document's title). It writes
OUT: what the CMS made of it (each post's address, each picture's address as the Picture plugin
makes it, each document's and each tag's slug), for the truth to name what the CMS chose.
"""

import sys
from datetime import datetime
from pathlib import Path

import django

# the benchmark's own helpers for build scripts, importable from the CMS's venv
sys.path.append(str(Path(__file__).resolve().parents[3]))
django.setup()

from cms.api import add_plugin, create_page  # noqa: E402
from django.contrib.sites.models import Site  # noqa: E402
from django.core.files.base import ContentFile  # noqa: E402
from djangocms_blog.cms_appconfig import BlogConfig  # noqa: E402
from djangocms_blog.models import BlogCategory, Post  # noqa: E402
from filer.models import File, Image  # noqa: E402

from bench.django_build import create_users, migrated_spec, write_made  # noqa: E402

LANGUAGE = "vi"

spec = migrated_spec()
users = create_users(spec)
Site.objects.filter(pk=1).update(domain="127.0.0.1", name=spec["title"])

home = create_page(spec["home"]["title"], "base.html", LANGUAGE, slug="trang-chu", in_navigation=True)
home.set_as_homepage()  # the admin's "Set as home" (create_page does not)
home.rescan_placeholders()
add_plugin(home.placeholders.get(slot="content"), "TextPlugin", LANGUAGE, body=spec["home"]["text"])
home.publish(LANGUAGE)

config = BlogConfig.objects.create(namespace=spec["blog"]["slug"])
config.set_current_language(LANGUAGE)
config.app_title = config.object_name = spec["blog"]["title"]
for key, value in {"paginate_by": spec["page_size"], "use_placeholder": True, "use_abstract": True,
                   "url_patterns": "full_date", "menu_structure": "complete"}.items():
    setattr(config.app_data.config, key, value)
config.save()
blog = create_page(spec["blog"]["title"], "base.html", LANGUAGE, slug=spec["blog"]["slug"],
                   parent=home, in_navigation=True, apphook="BlogApp",
                   apphook_namespace=config.namespace)
blog.publish(LANGUAGE)

categories = {}
for slug, name in spec["categories"].items():
    category = BlogCategory(app_config=config)
    category.set_current_language(LANGUAGE)
    category.name, category.slug = name, slug
    category.save()
    categories[slug] = category

root = Path(spec["upload_root"])
files = {}
for item in spec["uploads"]:
    name = Path(item["path"]).name
    data = ContentFile((root / item["path"]).read_bytes(), name=name)
    kind = Image if item["type"] == "image" else File
    files[item["key"]] = kind.objects.create(file=data, original_filename=name, name=item["title"])

pictures = {}
posts = []
for given in spec["posts"]:
    post = Post(app_config=config, author=users.get(given["author"]) if given["author"] else None,
                date_published=datetime.fromisoformat(given["date"]), publish=True)
    post.set_current_language(LANGUAGE)
    post.title, post.slug, post.abstract = given["title"], given["slug"], given["abstract"]
    post.save()
    post.categories.add(categories[given["category"]])
    post.tags.add(*given["tags"])
    for kind, value in given["content"]:
        if kind == "text":
            add_plugin(post.content, "TextPlugin", LANGUAGE, body=value)
        elif kind == "picture":
            key, caption = value
            plugin = add_plugin(post.content, "PicturePlugin", LANGUAGE, picture=files[key],
                                caption_text=caption or "")
            pictures[key] = plugin.img_src
        else:
            key, title = value
            add_plugin(post.content, "FilePlugin", LANGUAGE, file_src=files[key], file_name=title)
    posts.append(post.pk)

# as djangocms-blog links each post, from the database (its date as stored, not as given)
saved = Post.objects.language(LANGUAGE).filter(pk__in=posts)
out = {
    "posts": {p.slug: p.get_absolute_url(LANGUAGE) for p in saved},
    "images": pictures,
    "documents": {k: f.url for k, f in files.items() if not isinstance(f, Image)},
    "tags": {t.name: t.slug for p in saved for t in p.tags.all()},
}
write_made(out)
