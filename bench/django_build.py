"""What the build scripts of the benchmark's real Django CMSes share (bench/puput, bench/coderedcms,
bench/djangocmsblog, bench/mezzanine: each `portal/build.py`): run inside the CMS's own venv, after
`django.setup()`, never in the project's. The spec is the script's first argument and what the
CMS made goes to its second (bench/django_site.py gives both)."""

import json
import sys
from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management import call_command


def migrated_spec() -> dict:
    """The spec, once the site's database is migrated (as the CMS's setup does first)."""
    call_command("migrate", verbosity=0)
    return json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))


def create_users(spec: dict) -> dict:
    """One user per author of the spec: user name → user, with the full name as first name."""
    return {username: get_user_model().objects.create_user(
                username, f"{username}@example.invalid", "bench-" + username, first_name=name)
            for username, name in spec["users"].items()}


def write_made(made: dict) -> None:
    """Hand what the CMS made back to the benchmark."""
    Path(sys.argv[2]).write_text(json.dumps(made, ensure_ascii=False), encoding="utf-8")
