"""Django settings of the Puput site (bench/puput), as Puput's "standalone blog" setup writes them.

Runs in Puput's own venv (`.puput-venv`), never in the project's. The instance directory (the
SQLite database, uploaded media, collected nothing: static files are served by `runserver
--insecure`) is `PUPUT_HOME`; the site is a Vietnamese one: language vi, time zone
Asia/Ho_Chi_Minh, Django's own Vietnamese date formats.
"""

import os
from pathlib import Path

from puput import PUPUT_APPS

HOME = Path(os.environ["PUPUT_HOME"])
SECRET_KEY = "bench-puput-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    *PUPUT_APPS,
]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]
ROOT_URLCONF = "urls"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.debug",
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages",
    ]},
}]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": HOME / "db.sqlite3"}}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
LANGUAGE_CODE = "vi"
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
MEDIA_ROOT = HOME / "media"
WAGTAIL_SITE_NAME = os.environ.get("PUPUT_SITE_NAME", "Puput")
WAGTAILADMIN_BASE_URL = "http://127.0.0.1"
