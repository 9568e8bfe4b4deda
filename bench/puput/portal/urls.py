"""The Puput site's URLs, as its standalone setup writes them, and its uploaded media answered
by Django itself (there is no front web server on the bench)."""

from django.conf import settings
from django.urls import include, path, re_path
from django.views.static import serve

urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    path("", include("puput.urls")),
]
