"""The article index's RSS and Atom feeds (portal.feeds), in the order of the index.

The index lists articles by their editorial date, so the feeds do too, and each item is
dated by it. Topic names come in the feed's language, one query for the whole feed.
"""

from portal.feeds import PageAtomFeed, PageFeed
from portal.localization import in_reader_language


class ArticleFeedMixin:
    # As ArticleListing: newest editorial date first.
    ordering = ("-date", "-first_published_at", "-pk")

    def get_queryset(self, source):
        return super().get_queryset(source).defer_streamfields().prefetch_related("topics")

    def items(self, source):
        from articles.models import Topic

        entries = super().items(source)
        keys = {topic.translation_key for entry in entries for topic in entry.page.topics.all()}
        # get_feed runs in the feed's language, so this is the reader's language of the feed.
        named = {
            topic.translation_key: topic
            for topic in (
                in_reader_language(Topic.objects.filter(translation_key__in=keys)) if keys else []
            )
        }
        for entry in entries:
            # Fills ArticlePage.reader_topics, which get_feed_categories reads.
            entry.page.reader_topics = [
                named[topic.translation_key]
                for topic in entry.page.topics.all()
                if topic.translation_key in named
            ]
        return entries


class ArticleFeed(ArticleFeedMixin, PageFeed):
    """RSS 2.0."""


class ArticleAtomFeed(ArticleFeedMixin, PageAtomFeed):
    """Atom 1.0."""
