"""What the build scripts of the benchmark's Wagtail CMSes share (bench/puput/portal/build.py,
bench/coderedcms/portal/build.py): run inside the CMS's own venv, after `django.setup()`, never
in the project's. The spec is the script's first argument and what the CMS made goes to its
second (bench/wagtail_site.py gives both)."""

import json
import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import call_command
from wagtail.documents.models import Document
from wagtail.images.models import Image


def migrated_spec() -> dict:
    """The spec, once the site's database is migrated (as the CMS's setup does first)."""
    call_command("migrate", verbosity=0)
    return json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))


def create_users(spec: dict) -> dict:
    """One user per author of the spec: user name → user, with the full name as first name."""
    return {username: get_user_model().objects.create_user(
                username, f"{username}@example.invalid", "bench-" + username, first_name=name)
            for username, name in spec["users"].items()}


def upload(spec: dict) -> tuple[dict, dict]:
    """The spec's images and documents uploaded to Wagtail's libraries: (images, documents), each
    by the spec's key."""
    root = Path(spec["upload_root"])
    images, documents = {}, {}
    for item in spec["uploads"]:
        data = ContentFile((root / item["path"]).read_bytes(), name=Path(item["path"]).name)
        if item["type"] == "image":
            images[item["key"]] = Image.objects.create(title=item["title"], file=data)
        else:
            documents[item["key"]] = Document.objects.create(title=item["title"], file=data)
    return images, documents


def write_made(made: dict) -> None:
    """Hand what the CMS made back to the benchmark."""
    Path(sys.argv[2]).write_text(json.dumps(made, ensure_ascii=False), encoding="utf-8")
