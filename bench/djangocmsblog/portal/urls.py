"""The django CMS site's URLs, as its installation guide writes them for one language (no language
prefix), and its uploaded media answered by Django itself (there is no front web server on the
bench)."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    path("admin/", admin.site.urls),
    path("taggit_autosuggest/", include("taggit_autosuggest.urls")),
    path("", include("cms.urls")),
]
