"""Article pages, the article index and the legal documents library page."""

import datetime
import math

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import path
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from articles.blocks import ArticleBodyBlock
from articles.citations import cited_document_ids, localize_citations
from articles.feeds import ArticleAtomFeed, ArticleFeed
from articles.listing import ArticleListing, LegalLibraryListing
from articles.models.legal import ArticleCitation, LegalDocument
from articles.models.taxonomy import Audience, Topic, in_default_language
from portal import structured_data
from portal.feeds import ATOM_CONTENT_TYPE, FeedLink
from portal.fields import StreamField
from portal.listing import with_source_language
from portal.localization import in_reader_language
from portal.pages import BasePage, RoutableBasePage
from portal.sharing import PORTAL_NAME

WORDS_PER_MINUTE = 200
RELATED_ARTICLES = 3
REVIEW_INTERVAL = datetime.timedelta(days=365)
# The index page's feed routes (ArticleIndexPage.feed_rss and feed_atom).
FEED_RSS_PATH = "feed/rss/"
FEED_ATOM_PATH = "feed/atom/"


def default_review_due():
    return timezone.localdate() + REVIEW_INTERVAL


def reading_minutes(*texts, stream_value=None) -> int:
    """Minutes to read the texts and the stream's text at 200 words a minute, at least 1."""
    words = sum(len(text.split()) for text in texts if text)
    if stream_value is not None:
        content = stream_value.stream_block.get_searchable_content(stream_value)
        words += sum(len(str(text).split()) for text in content)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def index_feed_links(index_page, request=None) -> list[FeedLink]:
    """The RSS and Atom feeds of an article index, for the head of the index and its articles."""
    url = index_page.get_full_url(request) if index_page else None
    if not url:
        return []
    return [
        FeedLink(url + FEED_RSS_PATH, f"{index_page.title} (RSS)"),
        FeedLink(url + FEED_ATOM_PATH, f"{index_page.title} (Atom)", ATOM_CONTENT_TYPE),
    ]


class ArticleIndexPage(RoutableBasePage):
    """The list of articles, filtered by topic and audience, newest first.

    Its feeds are routes of the page, so each language has them at its own index's address
    (/bai-viet/feed/rss/, /en/articles/feed/rss/). An English index that is still an alias
    serves the English articles under it: the articles that are aliases too are left out
    (portal.feeds), since their Vietnamese text would be labelled English in an English feed;
    the Vietnamese feed has them.
    """

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["articles.ArticlePage"]
    template = "articles/article_index_page.html"

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = _("article index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = ArticleListing(self, request)
        context["rss_feed_url"] = (self.get_url(request) or "") + self.reverse_subpage("feed_rss")
        return context

    @path(FEED_RSS_PATH, name="feed_rss")
    def feed_rss(self, request):
        return ArticleFeed(ArticlePage, parent=self)(request)

    @path(FEED_ATOM_PATH, name="feed_atom")
    def feed_atom(self, request):
        return ArticleAtomFeed(ArticlePage, parent=self)(request)

    def get_feed_links(self, request=None):
        return index_feed_links(self, request)

    def get_social_description(self):
        return self.introduction


class ArticlePage(BasePage):
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Two or three sentences in plain words: what readers will learn."),
    )
    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        help_text=_("Shown to readers. The article list puts the newest first."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    topics = ParentalManyToManyField(
        Topic,
        blank=True,
        related_name="articles",
        limit_choices_to=in_default_language,
        verbose_name=_("topics"),
    )
    audiences = ParentalManyToManyField(
        Audience,
        blank=True,
        related_name="articles",
        limit_choices_to=in_default_language,
        verbose_name=_("audiences"),
        help_text=_("Who the article is written for."),
    )
    last_reviewed = models.DateField(
        _("last reviewed"),
        null=True,
        blank=True,
        help_text=_("When someone last checked that the article is accurate and up to date."),
    )
    review_due = models.DateField(
        _("review due"),
        default=default_review_due,
        help_text=_("When the article must be checked again. Laws and services change."),
    )
    owner_team = models.CharField(
        _("owner team"),
        max_length=120,
        help_text=_("The team that keeps this article accurate. Readers do not see it."),
    )
    reading_minutes = models.PositiveSmallIntegerField(
        _("reading time in minutes"), default=1, editable=False
    )

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []
    template = "articles/article_page.html"

    override_translatable_fields = [
        SynchronizedField("topics"),
        SynchronizedField("audiences"),
        SynchronizedField("owner_team"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("review_due"),
    ]

    content_panels = [*BasePage.content_panels, FieldPanel("summary"), FieldPanel("body")]
    metadata_panels = [
        FieldPanel("date"),
        FieldRowPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Filters"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("review_due")]),
                FieldPanel("owner_team"),
            ],
            heading=_("Review"),
        ),
        InlinePanel(
            "related_article_links",
            label=_("Related article"),
            heading=_("Related articles"),
            help_text=_("Leave empty to show the newest articles that share a topic."),
            max_num=RELATED_ARTICLES,
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(metadata_panels, heading=_("Metadata")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    class Meta:
        verbose_name = _("article")

    def save(self, *args, **kwargs):
        # Wagtail saves the whole page when content goes live (creation, publishing, alias
        # updates); drafts save only bookkeeping fields, so the stored body stays the live one.
        update_fields = kwargs.get("update_fields")
        content_changed = update_fields is None or "body" in update_fields
        if content_changed:
            self.reading_minutes = reading_minutes(self.title, self.summary, stream_value=self.body)
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "reading_minutes"}
        result = super().save(*args, **kwargs)
        if content_changed:
            self.sync_citations()
        return result

    def clean(self):
        super().clean()
        errors = {}
        if self.last_reviewed and self.last_reviewed > timezone.localdate():
            errors["last_reviewed"] = _("The last review cannot be in the future.")
        if self.last_reviewed and self.review_due and self.review_due < self.last_reviewed:
            errors["review_due"] = _(
                "The next review cannot be due before the last review. "
                "Choose a date on or after the last reviewed date."
            )
        if errors:
            raise ValidationError(errors)

    def sync_citations(self):
        """Record which legal documents the stored body cites (see ArticleCitation)."""
        wanted = cited_document_ids(self.body)
        if wanted:
            wanted = set(LegalDocument.objects.filter(pk__in=wanted).values_list("pk", flat=True))
        existing = set(self.citations.values_list("document_id", flat=True))
        if existing - wanted:
            self.citations.filter(document_id__in=existing - wanted).delete()
        ArticleCitation.objects.bulk_create(
            [ArticleCitation(article=self, document_id=pk) for pk in wanted - existing],
            ignore_conflicts=True,
        )

    @cached_property
    def reader_topics(self) -> list:
        """The article's topics, named in the reader's language."""
        keys = [topic.translation_key for topic in self.topics.all()]
        if not keys:
            return []
        return in_reader_language(Topic.objects.filter(translation_key__in=keys))

    def related_articles(self) -> list:
        """Chosen by the editor, else the newest articles sharing a topic; live, same language."""
        chosen_ids = [link.article_id for link in self.related_article_links.all()]
        if chosen_ids:
            key_of = dict(
                Page.objects.filter(pk__in=chosen_ids).values_list("pk", "translation_key")
            )
            keys = [key_of[pk] for pk in chosen_ids if pk in key_of]
            found = {
                article.translation_key: article
                for article in with_source_language(
                    ArticlePage.objects.live()
                    .public()
                    .filter(translation_key__in=keys, locale_id=self.locale_id)
                    .exclude(pk=self.pk)
                    .defer_streamfields()
                )
            }
            related = [found[key] for key in dict.fromkeys(keys) if key in found]
            if related:
                return related[:RELATED_ARTICLES]
        slugs = [topic.slug for topic in self.reader_topics]
        if not slugs:
            return []
        sharing = ArticlePage.topics.through.objects.filter(topic__slug__in=slugs)
        return list(
            with_source_language(
                ArticlePage.objects.live()
                .public()
                .filter(locale_id=self.locale_id, pk__in=sharing.values("articlepage_id"))
                .exclude(pk=self.pk)
                .defer_streamfields()
                .order_by("-date", "-first_published_at", "-pk")[:RELATED_ARTICLES]
            )
        )

    @cached_property
    def index_page(self):
        """The parent article index (a plain Page): its link, and its feeds in the head."""
        return self.get_parent()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["legal_basis"] = localize_citations(self.body)
        context["related_articles"] = self.related_articles()
        context["index_page"] = self.index_page
        return context

    # Sharing and discovery (docs/sharing-and-discovery.md).

    def get_published_at(self) -> datetime.datetime:
        """The editorial date, which readers see and the index sorts by, as a moment."""
        return datetime.datetime.combine(
            self.date, datetime.time.min, tzinfo=timezone.get_default_timezone()
        )

    def get_modified_at(self) -> datetime.datetime | None:
        """The last publication, unless the editorial date is later (it would contradict it)."""
        modified = self.last_published_at
        if modified is None or modified < self.get_published_at():
            return None
        return timezone.localtime(modified, timezone.get_default_timezone())

    def get_social_description(self):
        return self.summary

    # get_social_image: articles have no image of their own (images are body blocks, chosen
    # for the text, not cropped for a card), so they share the site's default social image.

    def get_social_type(self):
        return "article"

    def get_extra_social_meta(self, request=None):
        meta = [("article:published_time", self.get_published_at().isoformat())]
        if modified := self.get_modified_at():
            meta.append(("article:modified_time", modified.isoformat()))
        # The topics are named in the reader's language, and an untranslated alias is shared
        # as its original (in Vietnamese): no tags rather than tags in another language.
        if not self.is_untranslated_alias:
            meta.extend(("article:tag", topic.name) for topic in self.reader_topics)
        return meta

    def get_structured_data(self, request=None):
        card = self.get_social_card(request)
        publisher = {
            key: value
            for key, value in self.get_organization_data(request).items()
            if key != "@context"
        }
        modified = self.get_modified_at() or self.get_published_at()
        article_data = {
            "@context": structured_data.SCHEMA_CONTEXT,
            "@type": "Article",
            "headline": card.title,
            "description": card.description,
            "datePublished": self.get_published_at().isoformat(),
            "dateModified": modified.isoformat(),
            "inLanguage": card.language_code,
            "url": card.url,
            "mainEntityOfPage": card.url,
            "publisher": publisher,
            # The owner team is internal (editors are told readers never see it), so the
            # portal is the author, as in the feeds.
            "author": {"@type": "Organization", "name": publisher["name"], "url": publisher["url"]},
        }
        if card.image:
            article_data["image"] = card.image.url
        faq = structured_data.faq_page(self.faq_questions())
        return [*super().get_structured_data(request), article_data, *([faq] if faq else [])]

    def faq_questions(self) -> list[tuple[str, str]]:
        """(question, answer HTML) of every questions-and-answers block of the body."""
        return [
            (item["question"], str(item["answer"]))
            for block in self.body
            if block.block_type == "faq"
            for item in block.value["questions"]
        ]

    def get_feed_pubdate(self):
        return self.get_published_at()

    def get_feed_author_name(self):
        # Never an editor, and not the owner team either: it is internal.
        return str(PORTAL_NAME)

    def get_feed_categories(self):
        return [topic.name for topic in self.reader_topics]

    def get_feed_links(self, request=None):
        return index_feed_links(self.index_page, request)


class ArticlePageRelatedArticle(Orderable):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="related_article_links")
    article = models.ForeignKey(
        ArticlePage,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("article"),
    )

    panels = [PageChooserPanel("article", "articles.ArticlePage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related article")
        verbose_name_plural = _("related articles")

    def __str__(self):
        return str(self.article)


class LegalDocumentIndexPage(BasePage):
    """The library of legal documents, with the articles that explain each one."""

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    template = "articles/legal_document_index_page.html"

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = _("legal documents library")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["library"] = LegalLibraryListing(self, request)
        return context
