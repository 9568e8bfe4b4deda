"""Local settings of the CodeRed CMS site (bench/coderedcms), as a site's owner writes them into
the project `coderedcms start` made (its `settings/local.py`, which its dev settings read last):
a Vietnamese site (language vi, time zone Asia/Ho_Chi_Minh) answering on 127.0.0.1."""

LANGUAGE_CODE = "vi"
TIME_ZONE = "Asia/Ho_Chi_Minh"
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
WAGTAIL_SITE_NAME = "Cổng thông tin điện tử phường An Khánh"
