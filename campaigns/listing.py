"""The campaign index: running campaigns first, then upcoming, then past; by topic and year.

Filters are plain links (`?topic=suc-khoe&year=2025&page=2`), so they work without JavaScript
and can be shared. Whatever is in the query string, the page renders: an unknown topic or a
year without campaigns is left out and the reader told, a page number that is not a number
means the first page, and one past the end means the last. The order is computed by the
database from the reader's date, so a page of the list is one query; the number of queries
does not depend on the number of campaigns.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field
from itertools import groupby

from django.core.paginator import Paginator
from django.db.models import Case, F, IntegerField, Prefetch, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model

from portal.listing import (
    FilterGroup,
    PagesBar,
    counted_filter_group,
    page_number,
    query_url,
    requested,
    with_source_language,
)
from portal.localization import by_translation_key, in_reader_language

PER_PAGE = 12
# The card image, as campaigns/includes/campaign_card.html cuts it (around the focal point).
CARD_IMAGE_SPECS = ("fill-360x240", "fill-720x480")
# The order of the sections, which is also the order of the list.
RUNNING, UPCOMING, ENDED = 0, 1, 2


@dataclass(frozen=True)
class Phase:
    rank: int
    status: str
    heading: str


PHASES = {
    RUNNING: Phase(RUNNING, "running", _("Running now")),
    UPCOMING: Phase(UPCOMING, "upcoming", _("Upcoming")),
    ENDED: Phase(ENDED, "ended", _("Past")),
}


@dataclass
class Section:
    phase: Phase
    campaigns: list = field(default_factory=list)

    @property
    def heading_id(self) -> str:
        return f"campaigns-{self.phase.status}"


def last_year_of(start: datetime.date, end: datetime.date | None, today: datetime.date) -> int:
    """A campaign without a last day runs on: it counts up to this year (or its first)."""
    return end.year if end else max(start.year, today.year)


def years_of(start: datetime.date, end: datetime.date | None, today: datetime.date) -> range:
    """Every year a campaign runs in, from its first day to its last."""
    return range(start.year, last_year_of(start, end, today) + 1)


def phase_of(today: datetime.date) -> Case:
    """campaigns.models.pages.campaign_status as an SQL expression: 0, 1 or 2."""
    return Case(
        When(start_date__gt=today, then=Value(UPCOMING)),
        When(end_date__lt=today, then=Value(ENDED)),
        default=Value(RUNNING),
        output_field=IntegerField(),
    )


def in_phase(phase: int, expression):
    return Case(When(phase=phase, then=expression), default=None)


def in_list_order(campaigns, today: datetime.date):
    """Running first, the newest first; then upcoming, the soonest first; then past, the most
    recently ended first. Each campaign is annotated with its phase (RUNNING, UPCOMING, ENDED)."""
    return (
        campaigns.annotate(phase=phase_of(today))
        .alias(
            running_start=in_phase(RUNNING, F("start_date")),
            upcoming_start=in_phase(UPCOMING, F("start_date")),
            ended_end=in_phase(ENDED, F("end_date")),
        )
        .order_by(
            "phase",
            F("running_start").desc(nulls_last=True),
            F("upcoming_start").asc(nulls_last=True),
            F("ended_end").desc(nulls_last=True),
            "title",
            "pk",
        )
    )


def parse_year(raw: str) -> int | None:
    if raw.isascii() and raw.isdigit() and len(raw) == 4:
        return int(raw)
    return None


class CampaignListing(PagesBar):
    """The live public campaigns under an index (in its language), a page at a time."""

    def __init__(self, index, request):
        from articles.models import Topic
        from campaigns.models import CampaignPage

        self.today = timezone.localdate()
        self.base_url = index.get_url(request) or ""
        self.feed_url = self.base_url + index.reverse_subpage("feed_atom") if self.base_url else ""
        # Past its expiry but not yet taken down (publish_scheduled has not run since): gone.
        campaigns = (
            CampaignPage.objects.live()
            .public()
            .child_of(index)
            .filter(Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now()))
        )

        # What the filters offer and count, and which campaigns they leave: every campaign's
        # dates (one query) and topics (one). Filtering here, then asking for one page of the
        # campaigns by id, keeps the page tree's path scan (child_of) to a single query.
        dates = {
            pk: (start, end)
            for pk, start, end in campaigns.values_list("pk", "start_date", "end_date")
        }
        tagged = CampaignPage.topics.through.objects.filter(campaignpage_id__in=list(dates))
        slugs_of: dict[int, set[str]] = {}
        for campaign_id, slug in tagged.values_list("campaignpage_id", "topic__slug"):
            slugs_of.setdefault(campaign_id, set()).add(slug)
        years_by_campaign = {pk: years_of(*span, self.today) for pk, span in dates.items()}

        topics = in_reader_language(Topic.objects.all())
        self.topic_by_key = by_translation_key(topics)
        asked_topic, asked_year = requested(request, "topic"), requested(request, "year")
        self.topic = next((topic for topic in topics if topic.slug == asked_topic), None)
        all_years = {year for years in years_by_campaign.values() for year in years}
        year = parse_year(asked_year)
        self.year = year if year in all_years else None
        self.unknown_topic = bool(asked_topic and self.topic is None)
        self.unknown_year = bool(asked_year and self.year is None)
        topic_slug = self.topic.slug if self.topic else ""
        self.filters = {"topic": topic_slug, "year": str(self.year or "")}
        self.is_filtered = bool(self.topic or self.year)
        self.clear_url = self.base_url

        # Counts follow the other filter: how many campaigns choosing this option would show.
        topic_counts = Counter(
            slug
            for pk, slugs in slugs_of.items()
            if not self.year or self.year in years_by_campaign[pk]
            for slug in slugs
        )
        year_counts = Counter(
            year
            for pk, years in years_by_campaign.items()
            if not topic_slug or topic_slug in slugs_of.get(pk, ())
            for year in years
        )
        self.topic_filter = self._group(
            "topic", [(topic.slug, topic.name) for topic in topics], topic_counts
        )
        self.year_filter = self._group(
            "year",
            [(str(year), str(year)) for year in sorted(all_years, reverse=True)],
            {str(year): count for year, count in year_counts.items()},
        )

        shown_ids = [
            pk
            for pk in dates
            if (not topic_slug or topic_slug in slugs_of.get(pk, ()))
            and (not self.year or self.year in years_by_campaign[pk])
        ]
        shown = in_list_order(
            with_source_language(
                CampaignPage.objects.filter(pk__in=shown_ids).defer_streamfields()
            ),
            self.today,
        )

        paginator = Paginator(shown, PER_PAGE)
        number = page_number(request.GET.get("page"), paginator.num_pages)
        self.page = paginator.page(number)
        images = get_image_model().objects.prefetch_renditions(*CARD_IMAGE_SPECS)
        self.campaigns = list(
            self.page.object_list.prefetch_related(
                "topics", Prefetch("hero_image", queryset=images)
            )
        )
        for campaign in self.campaigns:
            campaign.card_topics = [
                self.topic_by_key[topic.translation_key]
                for topic in campaign.topics.all()
                if topic.translation_key in self.topic_by_key
            ]
        self.sections = [
            Section(PHASES[phase], list(rows))
            for phase, rows in groupby(self.campaigns, key=lambda campaign: campaign.phase)
        ]

    def _group(self, param, choices, counts) -> FilterGroup:
        return counted_filter_group(self.base_url, self.filters, param, choices, counts)

    def page_url(self, number: int) -> str:
        return query_url(self.base_url, **self.filters, page=number)
