"""Filters and pages for the article index and the legal library.

Filters are plain links (`?topic=suc-khoe&audience=cong-dong&page=2`), so they work without
JavaScript and can be shared. Whatever is in the query string, the page renders: unknown
values are ignored (and the reader told), a page number that is not a number means the first
page, and one past the end means the last. The number of queries does not depend on the
number of articles or documents.
"""

from collections import Counter
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import F

from portal.listing import (
    FilterGroup,
    FilterOption,
    PagesBar,
    counted_filter_group,
    page_number,
    query_url,
    requested,
    with_source_language,
)
from portal.localization import by_translation_key, in_reader_language

PER_PAGE = 12


class ArticleListing(PagesBar):
    """The articles under an index page, filtered by topic and audience, a page at a time."""

    def __init__(self, index, request):
        from articles.models import ArticlePage, Audience, Topic

        self.base_url = index.get_url(request) or ""
        topics = in_reader_language(Topic.objects.all())
        audiences = in_reader_language(Audience.objects.all())
        self.topic_by_key = by_translation_key(topics)

        asked_topic, asked_audience = requested(request, "topic"), requested(request, "audience")
        self.topic = next((topic for topic in topics if topic.slug == asked_topic), None)
        self.audience = next((item for item in audiences if item.slug == asked_audience), None)
        self.unknown_filter = bool(
            (asked_topic and self.topic is None) or (asked_audience and self.audience is None)
        )
        topic_slug = self.topic.slug if self.topic else ""
        audience_slug = self.audience.slug if self.audience else ""

        articles = with_source_language(
            ArticlePage.objects.live()
            .public()
            .child_of(index)
            .defer_streamfields()
            .order_by("-date", "-first_published_at", "-pk")
        )
        if self.topic:
            tagged = ArticlePage.topics.through.objects.filter(topic__slug=topic_slug)
            articles = articles.filter(pk__in=tagged.values("articlepage_id"))
        if self.audience:
            tagged = ArticlePage.audiences.through.objects.filter(audience__slug=audience_slug)
            articles = articles.filter(pk__in=tagged.values("articlepage_id"))

        self.filters = {"topic": topic_slug, "audience": audience_slug}
        self.topic_filter = self._group(topics, "topic")
        self.audience_filter = self._group(audiences, "audience")
        self.is_filtered = bool(self.topic or self.audience)
        self.clear_url = self.base_url

        paginator = Paginator(articles, PER_PAGE)
        number = page_number(request.GET.get("page"), paginator.num_pages)
        self.page = paginator.page(number)
        self.articles = list(self.page.object_list.prefetch_related("topics"))
        for article in self.articles:
            article.card_topics = [
                self.topic_by_key[topic.translation_key]
                for topic in article.topics.all()
                if topic.translation_key in self.topic_by_key
            ]

    def _group(self, terms, param):
        group = FilterGroup(
            param=param, all_url=query_url(self.base_url, **{**self.filters, param: ""})
        )
        for term in terms:
            is_active = term.slug == self.filters[param]
            # The active option's link removes it; the others replace it.
            url = (
                group.all_url
                if is_active
                else query_url(self.base_url, **{**self.filters, param: term.slug})
            )
            group.options.append(FilterOption(term.slug, term.name, url, is_active))
        return group

    def page_url(self, number: int) -> str:
        return query_url(self.base_url, **self.filters, page=number)


@dataclass
class LibraryEntry:
    document: object
    articles: list = field(default_factory=list)


class LegalLibraryListing:
    """Legal documents in the reader's language, filtered by type and status, each with the
    live articles in the same language that cite it. Four queries, however many of either."""

    def __init__(self, library_page, request):
        from articles.models import ArticleCitation, ArticlePage, LegalDocument

        self.base_url = library_page.get_url(request) or ""
        documents = in_reader_language(LegalDocument.objects.all())
        types = dict(LegalDocument.DocumentType.choices)
        statuses = dict(LegalDocument.Status.choices)

        asked_type, asked_status = requested(request, "type"), requested(request, "status")
        self.document_type = asked_type if asked_type in types else ""
        self.status = asked_status if asked_status in statuses else ""
        self.unknown_filter = bool(
            (asked_type and not self.document_type) or (asked_status and not self.status)
        )
        self.is_filtered = bool(self.document_type or self.status)
        self.clear_url = self.base_url

        def matches(document, document_type, status):
            return (not document_type or document.document_type == document_type) and (
                not status or document.status == status
            )

        self.filters = {"type": self.document_type, "status": self.status}
        # Counts follow the other filter: how many documents choosing this option would show.
        self.type_filter = self._group(
            "type", types, [doc.document_type for doc in documents if matches(doc, "", self.status)]
        )
        self.status_filter = self._group(
            "status",
            statuses,
            [doc.status for doc in documents if matches(doc, self.document_type, "")],
        )

        shown = [doc for doc in documents if matches(doc, self.document_type, self.status)]
        self.entries = [LibraryEntry(document) for document in shown]
        by_key = {entry.document.translation_key: entry for entry in self.entries}
        if not by_key:
            return
        live_articles = ArticlePage.objects.live().public().filter(locale_id=library_page.locale_id)
        citations = (
            ArticleCitation.objects.filter(
                document__translation_key__in=by_key, article_id__in=live_articles.values("pk")
            )
            .select_related("article")
            .defer("article__body")
            .annotate(
                document_key=F("document__translation_key"),
                source_language=F("article__alias_of__locale__language_code"),
            )
            .order_by("article__title", "article_id")
        )
        for citation in citations:
            entry = by_key[citation.document_key]
            if all(article.pk != citation.article_id for article in entry.articles):
                citation.article.source_language = citation.source_language
                entry.articles.append(citation.article)

    def _group(self, param, choices, values):
        return counted_filter_group(
            self.base_url, self.filters, param, choices.items(), Counter(values)
        )
