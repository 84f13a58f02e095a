from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from portal import sitemaps, views

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    # For search engines, the same for both languages.
    path("sitemap.xml", sitemaps.sitemap, name="sitemap"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    # Open Referral HSDS 3.0; one address for both languages (`?locale=en`).
    path("api/hsds/", include("directory.api.urls")),
    # Short links for posters, QR codes and SMS: one address for every language.
    path("", include("campaigns.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    # Before Wagtail's pages: the problem-report form's POST needs its own CSRF handling.
    path("", include("directory.problem_reports")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = views.page_not_found
handler500 = views.server_error
