"""RSS and Atom feeds of pages, one per language, for any page type.

A feed lists the newest live, public pages of one model under a parent page (an index
page; the home page of the reader's language by default), in the parent's language.
Aliases (pages not translated yet) are left out: they would repeat the Vietnamese items in
the English feed. What each item says comes from the page (``BasePage.get_feed_title``,
``get_description``, ``get_feed_pubdate``, ``get_feed_updateddate``,
``get_feed_author_name``, ``get_feed_categories``), so a page type controls its items by
overriding those methods. Every URL in a feed is absolute, built from the Wagtail Site's root
URL.

Served from a page's own route (RoutablePageMixin), which gives one feed per language at
the index page's address in that language::

    @path("feed/rss/", name="feed_rss")
    def rss_feed(self, request):
        return PageFeed(ArticlePage, parent=self)(request)

or from a URLconf, as ``PageFeed(ArticlePage)`` inside ``i18n_patterns``.
"""

from dataclasses import dataclass
from typing import NamedTuple

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from wagtail.models import Locale, Page, Site

from portal.sharing import PORTAL_NAME, SITE_DESCRIPTION, absolute_url

RSS_CONTENT_TYPE = "application/rss+xml"
ATOM_CONTENT_TYPE = "application/atom+xml"


class FeedLink(NamedTuple):
    """A feed to announce in a page's head (``BasePage.get_feed_links``)."""

    url: str
    title: str
    content_type: str = RSS_CONTENT_TYPE


@dataclass(frozen=True)
class FeedSource:
    """What one request for a feed is about (feed instances are shared between requests)."""

    parent: Page
    request: object
    root_url: str
    language_code: str


@dataclass(frozen=True)
class FeedEntry:
    page: Page
    link: str


class PageFeed(Feed):
    """An RSS 2.0 feed of the newest pages of ``model`` under ``parent``."""

    feed_type = Rss201rev2Feed
    limit = 20
    ordering = ("-first_published_at", "-pk")

    def __init__(self, model, *, parent=None, title=None, description=None):
        self.model = model
        self.parent = parent
        self.feed_title = title
        self.feed_description = description

    def get_object(self, request, *args, **kwargs) -> FeedSource:
        parent = self.parent or self.home_page(request)
        url_parts = parent.get_url_parts(request)
        if not url_parts or not url_parts[1]:
            raise Http404("The feed's parent page has no URL")
        return FeedSource(
            parent=parent,
            request=request,
            root_url=url_parts[1],
            language_code=parent.locale.language_code,
        )

    @staticmethod
    def home_page(request):
        """The home page in the reader's language."""
        site = Site.find_for_request(request)
        if site is None:
            raise Http404("No site")
        home = site.root_page.get_translation_or_none(Locale.get_active())
        return (home or site.root_page).specific

    def get_feed(self, obj, request):
        # Dates, interface strings and the feed's language all follow the parent page.
        with translation.override(obj.language_code):
            return super().get_feed(obj, request)

    def get_queryset(self, source: FeedSource):
        return (
            self.model.objects.descendant_of(source.parent)
            .live()
            .public()
            .filter(locale_id=source.parent.locale_id, alias_of__isnull=True)
            .order_by(*self.ordering)
        )

    def items(self, source: FeedSource):
        pages = self.get_queryset(source)[: self.limit]
        return [FeedEntry(page, page.get_full_url(source.request)) for page in pages]

    # The feed.

    def title(self, source):
        if self.feed_title:
            return str(self.feed_title)
        if is_home_page(source.parent):  # the portal's name says it all
            return str(PORTAL_NAME)
        return f"{source.parent.title} · {PORTAL_NAME}"

    def link(self, source):
        return source.parent.get_full_url(source.request)

    def feed_url(self, source):
        return absolute_url(source.request.path, source.root_url)

    def description(self, source):
        if self.feed_description:
            return str(self.feed_description)
        get_description = getattr(source.parent.specific_deferred, "get_description", None)
        return (get_description and get_description()) or str(SITE_DESCRIPTION)

    def author_name(self, source):
        # The portal, never an editor: editors' names are not published.
        return str(PORTAL_NAME)

    def author_link(self, source):
        return absolute_url("/", source.root_url)

    # Its items.

    def item_title(self, entry):
        # RSS readers take titles as HTML, so they are escaped once more (Django's default).
        return escape(entry.page.get_feed_title())

    def item_description(self, entry):
        # Both formats carry descriptions as HTML; ours are plain text.
        return escape(entry.page.get_description())

    def item_link(self, entry):
        return entry.link

    def item_pubdate(self, entry):
        return entry.page.get_feed_pubdate()

    def item_updateddate(self, entry):
        return entry.page.get_feed_updateddate()

    def item_author_name(self, entry):
        return entry.page.get_feed_author_name() or None

    def item_categories(self, entry):
        return [str(category) for category in entry.page.get_feed_categories()]


def is_home_page(page) -> bool:
    """Whether the page is a site's home page in one of its languages."""
    return any(site_root.root_path == page.url_path for site_root in Site.get_site_root_paths())


class PageAtomFeed(PageFeed):
    """The same feed in Atom 1.0."""

    feed_type = Atom1Feed

    def subtitle(self, source):
        return self.description(source)

    def item_title(self, entry):
        # Atom titles are plain text (type="text"): no extra escaping.
        return entry.page.get_feed_title()
