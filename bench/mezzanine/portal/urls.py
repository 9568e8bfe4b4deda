"""The Mezzanine site's URLs, as `mezzanine-project` writes them with the home page it offers
"for a blog-only site": the blog's post list (a news site's front page); and, as there is no front
web server on the bench, its static files and media answered by Django itself. Not by
Mezzanine's `runserver --insecure`: with DEBUG off, its handler answers every file under /media/
with a 500, its 404 page (`mezzanine.core.views.page_not_found`, needing the request's user)
failing where the static files handler runs without middleware."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.staticfiles.views import serve as serve_static
from django.urls import include, path, re_path
from django.views.static import serve
from mezzanine.blog import views as blog_views

admin.autodiscover()

urlpatterns = i18n_patterns(
    path("admin/", include(admin.site.urls)),
)
urlpatterns += [
    re_path(r"^static/(?P<path>.*)$", serve_static, {"insecure": True}),
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    path("", blog_views.blog_post_list, name="home"),
    path("", include("mezzanine.urls")),
]

handler404 = "mezzanine.core.views.page_not_found"
handler500 = "mezzanine.core.views.server_error"
