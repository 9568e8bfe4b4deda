"""Django settings of the django CMS site with djangocms-blog (bench/djangocmsblog), as their
installation guides write them.

Runs in the CMS's own venv (`.djangocmsblog-venv`), never in the project's. The instance
directory (the SQLite database, the media django-filer keeps; static files are served by
`runserver --insecure`) is `DJANGOCMS_HOME`. What the guides ask for and nothing more: django CMS's
apps, middleware and context processors, one page template (templates/base.html), one language;
django-filer with easy-thumbnails' processors; djangocms-blog's apps; the text, picture and file
plugins an editor fills a post with; django-meta's protocol with the Sites framework's domain;
tags' slugs in ASCII (below). The site is a Vietnamese one: language vi, time zone
Asia/Ho_Chi_Minh, Django's own Vietnamese date formats.
"""

import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
HOME = Path(os.environ["DJANGOCMS_HOME"])
SECRET_KEY = "bench-djangocms-not-secret"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
SITE_ID = 1
INSTALLED_APPS = [
    "djangocms_admin_style",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "cms",
    "menus",
    "treebeard",
    "sekizai",
    "filer",
    "easy_thumbnails",
    "parler",
    "meta",
    "taggit",
    "taggit_autosuggest",
    "sortedm2m",
    "aldryn_apphooks_config",
    "djangocms_text_ckeditor",
    "djangocms_picture",
    "djangocms_file",
    "djangocms_blog",
]
MIDDLEWARE = [
    "cms.middleware.utils.ApphookReloadMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cms.middleware.user.CurrentUserMiddleware",
    "cms.middleware.page.CurrentPageMiddleware",
    "cms.middleware.toolbar.ToolbarMiddleware",
    "cms.middleware.language.LanguageCookieMiddleware",
]
ROOT_URLCONF = "urls"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [HERE / "templates"],
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.debug",
        "django.template.context_processors.request",
        "django.template.context_processors.i18n",
        "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages",
        "sekizai.context_processors.sekizai",
        "cms.context_processors.cms_settings",
    ]},
}]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": HOME / "db.sqlite3"}}
DEFAULT_AUTO_FIELD = "django.db.models.AutoField"
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True
STATIC_URL = "/static/"
MEDIA_URL = "/media/"
MEDIA_ROOT = HOME / "media"

CMS_TEMPLATES = [("base.html", "Trang")]
CMS_LANGUAGES = {SITE_ID: [{"code": "vi", "name": "Tiếng Việt"}]}
PARLER_LANGUAGES = {SITE_ID: ({"code": "vi"},), "default": {"fallbacks": ["vi"]}}
THUMBNAIL_PROCESSORS = (
    "easy_thumbnails.processors.colorspace",
    "easy_thumbnails.processors.autocrop",
    "filer.thumbnail_processors.scale_and_crop_with_subject_location",
    "easy_thumbnails.processors.filters",
)
META_SITE_PROTOCOL = "http"
META_USE_SITES = True
# the blog page is made by build.py, as an editor does, not on the first request
BLOG_AUTO_SETUP = False
# tags' slugs in ASCII (with Unidecode, as django-taggit's docs say): djangocms-blog's tag
# address takes a Django `slug`, which a Vietnamese tag's Unicode slug is not
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True
