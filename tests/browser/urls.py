"""The portal's URLs, plus two that only the browser tests need.

With DEBUG off (as in production) Django serves no media files, but the pages under test
show uploaded images; and the server error page can only be seen on a page that fails.
"""

from django.conf import settings
from django.urls import path, re_path
from django.views.static import serve

from portal import urls as portal_urls


def serve_media(request, path):
    # MEDIA_ROOT is read on each request: every test has its own media folder.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def fail(request):
    raise RuntimeError("A deliberate failure, to show the server error page")


urlpatterns = [
    re_path(r"^media/(?P<path>.+)$", serve_media),
    path("test-server-error/", fail),
    *portal_urls.urlpatterns,
]

handler404 = portal_urls.handler404
handler500 = portal_urls.handler500
