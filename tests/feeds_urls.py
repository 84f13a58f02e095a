"""The portal's URLs plus feeds of information pages, for tests/test_feeds.py only.

Articles serve their feeds from the article index page (RoutablePageMixin); until they
exist, information pages stand in, both ways a feed can be served: from a URLconf inside
i18n_patterns (pages under the home page of the reader's language), and from a view that
passes the parent page, as a page's route does.
"""

from django.conf.urls.i18n import i18n_patterns
from django.shortcuts import get_object_or_404
from django.urls import LocalePrefixPattern, include, path
from wagtail import urls as wagtail_urls
from wagtail.models import Page

from home.models import InformationPage
from portal import urls as portal_urls
from portal.feeds import PageAtomFeed, PageFeed


def feed_under(request, page_id, atom=False):
    parent = get_object_or_404(Page, pk=page_id).specific
    feed_class = PageAtomFeed if atom else PageFeed
    return feed_class(InformationPage, parent=parent)(request)


urlpatterns = [
    # Everything but the portal's own i18n_patterns, which end with Wagtail's catch-all.
    *(
        pattern
        for pattern in portal_urls.urlpatterns
        if not isinstance(pattern.pattern, LocalePrefixPattern)
    ),
    *i18n_patterns(
        path("test-feeds/rss/", PageFeed(InformationPage)),
        path("test-feeds/atom/", PageAtomFeed(InformationPage)),
        path("test-feeds/<int:page_id>/rss/", feed_under),
        path("test-feeds/<int:page_id>/atom/", feed_under, {"atom": True}),
        path("", include(wagtail_urls)),
        prefix_default_language=False,
    ),
]
