"""What the build scripts of the benchmark's Wagtail CMSes share (bench/puput/portal/build.py,
bench/coderedcms/portal/build.py) beyond any Django CMS's (bench/django_build.py, whose helpers
they import from here): uploads to Wagtail's libraries. Runs inside the CMS's own venv."""

from pathlib import Path

from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.models import Image

from bench.django_build import create_users, migrated_spec, write_made

__all__ = ["create_users", "migrated_spec", "upload", "write_made"]


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
