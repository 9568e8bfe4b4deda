"""Builds the Plone site of bench/plone inside the Plone venv: `zconsole run zope.conf site.py SPEC`.

Runs in Zope's own Python (`app` is the Zope root zconsole gives), never in the project's: it
reads the JSON spec bench/plone wrote (users, folders, News Items, files, images, pages) and does
what an editor does through Plone's UI, with plone.api. The site is made by plone.distribution's
"classic" distribution (Classic UI, Barceloneta) with no example content, in Vietnamese with the
Asia/Ho_Chi_Minh timezone; the two site settings a news portal turns on for its visitors are set:
"Display publication date" (Site) and "Allow anyone to view 'about' information" (Security), or
an anonymous visitor sees no byline at all.
"""

import json
import sys
from pathlib import Path

import transaction
from DateTime import DateTime
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.distribution.api import site as site_api
from plone.namedfile.file import NamedBlobFile, NamedBlobImage
from zope.component.hooks import setSite

# zconsole gives `app` (the Zope root, with a request, as its system user) and leaves sys.argv
# as it was: the spec is the last argument
spec = json.loads(Path(sys.argv[-1]).read_text(encoding="utf-8"))
answers = {"site_id": spec["site_id"], "title": spec["title"], "description": spec["description"],
           "default_language": "vi", "portal_timezone": "Asia/Ho_Chi_Minh", "setup_content": False}
site = site_api.create(app, "classic", answers)  # noqa: F821
setSite(site)
api.portal.set_registry_record("plone.display_publication_date_in_byline", True)
api.portal.set_registry_record("plone.allow_anon_views_about", True)

for username, fullname in spec["users"].items():
    api.user.create(email=f"{username}@example.invalid", username=username,
                    password="bench-" + username, roles=("Member",),
                    properties={"fullname": fullname})


def publish(obj, when=None):
    """Publish `obj`; with `when`, written and published at that minute (created, effective and
    last modified), as an item entered on the day it ran. Files and Images have no workflow of
    their own: they are seen where their folder is."""
    if api.content.get_state(obj, default=None) is not None:
        api.content.transition(obj, transition="publish")
    if when:
        date = DateTime(when)
        obj.setEffectiveDate(date)
        obj.creation_date = date
        obj.setModificationDate(date)
        obj.reindexObject(idxs=["effective", "created", "modified", "Date", "EffectiveDate"])
    return obj


def folder(parent, id_, title, **fields):
    return publish(api.content.create(container=parent, type="Folder", id=id_, title=title,
                                      **fields))


files = folder(site, spec["files"]["id"], spec["files"]["title"], exclude_from_nav=True)
uids = {}
for item in spec["uploads"]:
    data = (Path(spec["upload_root"]) / item["path"]).read_bytes()
    if item["type"] == "Image":
        obj = api.content.create(container=files, type="Image", id=item["id"], title=item["title"],
                                 description=item.get("description", ""),
                                 image=NamedBlobImage(data=data, filename=item["id"]))
    else:
        obj = api.content.create(container=files, type="File", id=item["id"], title=item["title"],
                                 file=NamedBlobFile(data=data, filename=item["id"]))
    uids[item["key"]] = api.content.get_uuid(obj)

news = folder(site, spec["news"]["id"], spec["news"]["title"])
for slug, title in spec["categories"].items():
    folder(news, slug, title)
for post in spec["posts"]:
    parent = news[post["category"]]
    text = post["text"]
    for key, uid in uids.items():
        text = text.replace(f"__uid_{key}__", uid)
    obj = api.content.create(container=parent, type="News Item", id=post["id"], title=post["title"],
                             description=post["description"], subject=post["subjects"],
                             text=RichTextValue(text, "text/html", "text/x-html-safe"))
    obj.setCreators(post["creators"])
    publish(obj, post["effective"])

latest = api.content.create(
    container=site, type="Collection", id=spec["latest"]["id"], title=spec["latest"]["title"],
    query=[{"i": "portal_type", "o": "plone.app.querystring.operation.selection.any",
            "v": ["News Item"]},
           {"i": "review_state", "o": "plone.app.querystring.operation.selection.any",
            "v": ["published"]}],
    sort_on="effective", sort_reversed=True, item_count=spec["latest"]["item_count"])
latest.setLayout("summary_view")
publish(latest)
for page in spec["pages"]:
    publish(api.content.create(container=site, type="Document", id=page["id"], title=page["title"],
                               text=RichTextValue(page["text"], "text/html", "text/x-html-safe")))
site.setDefaultPage(latest.getId())
transaction.commit()
