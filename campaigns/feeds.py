"""Campaign feeds, at the campaign index's address in each language.

- The public Atom feed of campaigns (feed/atom/): the live campaigns of the index's language.
- Feeds for scheduling tools (Hootsuite, Buffer and the like), one per channel in RSS 2.0 and
  Atom (feed/<channel>/rss/, feed/<channel>/atom/): the approved posts of live campaigns whose
  planned time has come, newest first. Each item is what the tool posts: the published text
  (with the short link for SMS), the tracked link, and the channel's first image size as an
  enclosure. An item's guid stays the same when its post is edited, so a tool never posts the
  same post twice.

Only published versions count: a post a writer changed waits in the campaign's revision
until an approver publishes it. Nothing personal is in a feed, and serving one sets no cookie.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch, Q
from django.http import Http404
from django.utils import timezone, translation
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.formats import date_format
from django.utils.html import escape, format_html
from django.utils.translation import gettext as _
from wagtail.images import get_image_model
from wagtail.images.models import SourceImageIOError

from campaigns.channels import Channel, rules_for
from campaigns.ics import post_uid
from campaigns.models import CampaignPage, ChannelPost, ShortLink
from portal.feeds import ATOM_CONTENT_TYPE, FeedLink, PageAtomFeed
from portal.sharing import PORTAL_NAME, absolute_url

FEED_ATOM_PATH = "feed/atom/"
CHANNEL_FEED_LIMIT = 50
MEDIA_NAMESPACE = "http://search.yahoo.com/mrss/"


class CampaignAtomFeed(PageAtomFeed):
    """The public feed of campaigns: what each is about, its dates and whether it runs."""

    def get_queryset(self, source):
        # Expired but not yet taken down (publish_scheduled has not run since): over already.
        return (
            super()
            .get_queryset(source)
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
            .defer_streamfields()
        )

    def item_description(self, entry):
        page = entry.page
        start = date_format(page.start_date, "DATE_FORMAT")
        if page.end_date:
            dates = _("%(status)s: from %(start)s to %(end)s") % {
                "status": page.get_status_display(),
                "start": start,
                "end": date_format(page.end_date, "DATE_FORMAT"),
            }
        else:
            dates = _("%(status)s: from %(start)s, with no end date") % {
                "status": page.get_status_display(),
                "start": start,
            }
        return format_html("<p>{}</p><p>{}</p>", page.get_description(), dates)


def campaign_feed_links(index, request=None) -> list[FeedLink]:
    """The public campaign feed, for the head of the index page."""
    url = index.get_full_url(request) if index else None
    if not url:
        return []
    return [FeedLink(url + FEED_ATOM_PATH, f"{index.title} (Atom)", ATOM_CONTENT_TYPE)]


# Feeds for scheduling tools.


class MediaRssFeed(Rss201rev2Feed):
    """RSS 2.0 with Media RSS, which scheduling tools read the picture from."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": MEDIA_NAMESPACE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        media = item.get("media")
        if media:
            handler.addQuickElement("media:content", "", media)


class MediaAtomFeed(Atom1Feed):
    def root_attributes(self):
        return {**super().root_attributes(), "xmlns:media": MEDIA_NAMESPACE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        media = item.get("media")
        if media:
            handler.addQuickElement("media:content", "", media)


@dataclass(frozen=True)
class ChannelSource:
    index: object
    channel: str
    request: object
    root_url: str
    language_code: str


@dataclass(frozen=True)
class ChannelItem:
    post: ChannelPost
    text: str
    link: str
    image: object  # the rendition, or None


class ChannelPostFeed(Feed):
    feed_type = MediaRssFeed
    limit = CHANNEL_FEED_LIMIT

    def __init__(self, index, channel):
        self.index = index
        self.channel = channel

    def get_object(self, request, *args, **kwargs):
        url_parts = self.index.get_url_parts(request)
        if not url_parts or not url_parts[1]:
            raise Http404("The campaign index has no URL")
        return ChannelSource(
            self.index, self.channel, request, url_parts[1], self.index.locale.language_code
        )

    def get_feed(self, obj, request):
        with translation.override(obj.language_code):
            return super().get_feed(obj, request)

    def items(self, source):
        now = timezone.now()
        campaigns = (
            CampaignPage.objects.descendant_of(source.index)
            .live()
            .public()
            .filter(locale_id=source.index.locale_id, alias_of__isnull=True)
            # Expired but not yet taken down (publish_scheduled has not run since).
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=now))
        )
        rules = rules_for(source.channel)
        image_format = rules.image_formats[0] if rules.image_formats else None
        posts = (
            ChannelPost.objects.filter(
                page__in=campaigns.values("pk"),
                channel=source.channel,
                status__in=ChannelPost.APPROVED_STATUSES,
                planned_at__lte=now,
            )
            .select_related("page", "page__locale")
            .defer("page__body")
            .order_by("-planned_at", "-pk")
        )
        if image_format:
            posts = posts.prefetch_related(
                Prefetch(
                    "image",
                    queryset=get_image_model().objects.prefetch_renditions(
                        image_format.filter_spec
                    ),
                )
            )
        posts = list(posts[: self.limit])
        short_links = {}
        if rules.uses_short_link and posts:
            short_links = {
                link.post_key: link
                for link in ShortLink.objects.filter(
                    campaign_key__in={post.page.translation_key for post in posts},
                    post_key__in=[post.post_key for post in posts],
                    language_code=source.language_code,
                )
            }
        items = []
        for post in posts:
            short_link = None
            if rules.uses_short_link:
                short_link = short_links.get(post.post_key) or ShortLink.objects.for_post(
                    post, source.language_code
                )
            items.append(
                ChannelItem(
                    post=post,
                    text=post.published_text(short_link, source.request),
                    link=post.tracked_url(source.request),
                    image=channel_rendition(post.image, image_format, source.root_url)
                    if image_format
                    else None,
                )
            )
        return items

    # The feed.

    def title(self, source):
        return f"{source.index.title} · {rules_for(source.channel).label}"

    def link(self, source):
        return source.index.get_full_url(source.request)

    def feed_url(self, source):
        return absolute_url(source.request.path, source.root_url)

    def description(self, source):
        return _(
            "Approved %(channel)s posts of the campaigns whose planned time has come, newest first."
        ) % {"channel": rules_for(source.channel).label}

    def subtitle(self, source):
        return self.description(source)

    def author_name(self, source):
        return str(PORTAL_NAME)

    # Its items: everything is computed in items(), one source per request.

    def item_title(self, item):
        title = item.post.title or item.post.page.title
        return escape(title) if self.feed_type is MediaRssFeed else title

    def item_description(self, item):
        return escape(item.text).replace("\n", "<br>\n")

    def item_link(self, item):
        return item.link or item.post.page.get_full_url()

    def item_guid(self, item):
        return f"urn:uuid:{post_uid(item.post.post_key, item.post.page.locale.language_code)}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.post.planned_at

    def item_updateddate(self, item):
        return item.post.page.last_published_at or item.post.planned_at

    def item_categories(self, item):
        return [str(rules_for(item.post.channel).label)]

    def item_enclosures(self, item):
        image = item.image
        if image is None:
            return []
        return [Enclosure(image.url, str(image.size), "image/jpeg")]

    def item_extra_kwargs(self, item):
        image = item.image
        if image is None:
            return {}
        return {
            "media": {
                "url": image.url,
                "medium": "image",
                "type": "image/jpeg",
                "fileSize": str(image.size),
                "width": str(image.width),
                "height": str(image.height),
            }
        }


class ChannelPostAtomFeed(ChannelPostFeed):
    feed_type = MediaAtomFeed


@dataclass(frozen=True)
class ChannelImage:
    url: str  # absolute
    size: int
    width: int
    height: int


def channel_rendition(image, image_format, root_url) -> ChannelImage | None:
    """The post's image at the channel's first size; None without one, or if its file is
    gone (a missing file must not take the whole feed down)."""
    if image is None or image_format is None:
        return None
    try:
        rendition = image.get_rendition(image_format.filter_spec)
        size = rendition.file.size
    except (SourceImageIOError, OSError):
        return None
    return ChannelImage(
        absolute_url(rendition.url, root_url), size, rendition.width, rendition.height
    )


def channel_feed(index, request, channel, atom=False):
    if channel not in Channel.values:
        raise Http404("No such channel")
    feed_class = ChannelPostAtomFeed if atom else ChannelPostFeed
    return feed_class(index, channel)(request)
