"""The channel posts that staff have planned across campaigns, for the calendar and its .ics.

Posts are inline on the campaign page, so what a writer saved as a draft or submitted for
moderation lives only in the campaign's latest revision; the page's own rows keep the
published version. Staff plan with the newest version, so each campaign is read from its
latest revision when it has unpublished changes (never-published campaigns always have them),
and from its rows otherwise.

Queries stay bounded whatever the number of campaigns: the campaigns, the posts of those
without unpublished changes, the latest revisions of the others and the moderation states,
one query each. A revision is read from its JSON rather than with ``Revision.as_object()``,
which costs queries per campaign for nothing the calendar shows: six for a bare campaign
(measured), plus one per image, topic, audience and partner field, as it checks every foreign
key, loads each many-to-many field, the parent page and the comments.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _
from modelcluster.models import model_from_serializable_data
from wagtail.models import Page, Revision, WorkflowState

from campaigns.channels import Channel, rules_for
from campaigns.fields import area_names
from campaigns.models import CampaignPage, ChannelPost


@dataclass
class PlannedPost:
    post: ChannelPost
    # The campaign as stored (its rows may be older than the post: see from_draft).
    campaign: CampaignPage
    # The campaign's title and areas in the version the post comes from.
    title: str
    language: str
    area_codes: list = field(default_factory=list)
    is_live: bool = False
    has_unpublished_changes: bool = False
    in_moderation: bool = False
    # Whether the post was read from an unpublished revision.
    from_draft: bool = False
    last_modified: datetime.datetime | None = None
    # Filled in by the calendar for those who may edit the campaign.
    edit_url: str = ""

    @property
    def planned_at(self) -> datetime.datetime:
        return timezone.localtime(self.post.planned_at)

    @property
    def day(self) -> datetime.date:
        return self.planned_at.date()

    @property
    def areas(self) -> list[str]:
        return area_names(self.area_codes)

    @property
    def covers_whole_city(self) -> bool:
        return not self.area_codes

    @property
    def channel_label(self) -> str:
        return str(rules_for(self.post.channel).label)

    @property
    def is_draft_campaign(self) -> bool:
        """Never published, or taken down: nothing of it is public."""
        return not self.is_live


def planned_posts(
    start: datetime.datetime,
    end: datetime.datetime,
    *,
    channels: Iterable[str] | None = None,
    statuses: Iterable[str] | None = None,
    language: str | None = None,
) -> list[PlannedPost]:
    """The posts planned from start (included) to end (excluded) in the latest version of
    every campaign, in both languages unless one is given, in date order.

    Aliases are left out: they repeat their original's posts word for word.
    """
    channels = set(channels or ())
    statuses = set(statuses or ())

    def wanted(post: ChannelPost) -> bool:
        return (
            post.planned_at is not None
            and start <= post.planned_at < end
            and (not channels or post.channel in channels)
            and (not statuses or post.status in statuses)
        )

    stored_posts = ChannelPost.objects.filter(planned_at__gte=start, planned_at__lt=end)
    if channels:
        stored_posts = stored_posts.filter(channel__in=channels)
    if statuses:
        stored_posts = stored_posts.filter(status__in=statuses)

    campaigns = (
        CampaignPage.objects.filter(alias_of__isnull=True)
        .filter(Q(has_unpublished_changes=True) | Q(pk__in=stored_posts.values("page_id")))
        .defer_streamfields()
        .select_related("locale")
    )
    if language:
        campaigns = campaigns.filter(locale__language_code=language)
    campaigns = list(campaigns)

    drafted = [page for page in campaigns if page.has_unpublished_changes]
    published = [page for page in campaigns if not page.has_unpublished_changes]
    moderated = pages_in_moderation(drafted)

    rows = []
    if published:
        by_pk = {page.pk: page for page in published}
        for post in stored_posts.filter(page_id__in=by_pk):
            page = by_pk[post.page_id]
            post.page = page
            rows.append(planned(post, page, page.title, page.areas, from_draft=False))

    revisions = Revision.objects.filter(
        pk__in=[page.latest_revision_id for page in drafted if page.latest_revision_id]
    ).only("pk", "content", "created_at")
    content_by_revision = {revision.pk: revision.content for revision in revisions}
    for page in drafted:
        content = content_by_revision.get(page.latest_revision_id)
        if content is None:
            # No revision (made outside the editor): its rows are all there is.
            posts = [post for post in page.channel_posts.all() if wanted(post)]
            areas = page.areas
        else:
            posts = [post for post in posts_of_revision(content) if wanted(post)]
            areas = content.get("areas") or []
        for post in posts:
            post.page = page
            rows.append(
                planned(
                    post,
                    page,
                    page.draft_title or page.title,
                    areas,
                    from_draft=True,
                    in_moderation=page.pk in moderated,
                )
            )

    # The same post in both languages side by side, the default language first.
    rows.sort(
        key=lambda row: (
            row.post.planned_at,
            str(row.campaign.translation_key),
            row.language != settings.LANGUAGE_CODE,
            row.post.channel,
            row.post.sort_order or 0,
        )
    )
    return rows


def planned(post, page, title, areas, *, from_draft, in_moderation=False) -> PlannedPost:
    return PlannedPost(
        post=post,
        campaign=page,
        title=title,
        language=page.locale.language_code,
        area_codes=list(areas or []),
        is_live=page.live,
        has_unpublished_changes=page.has_unpublished_changes,
        in_moderation=in_moderation,
        from_draft=from_draft,
        last_modified=page.latest_revision_created_at or page.last_published_at,
    )


def posts_of_revision(content: dict) -> list[ChannelPost]:
    """The channel posts saved in a revision, as unsaved objects. Foreign keys are not
    checked (a deleted image reads as its old id; nothing here shows the image)."""
    return [
        model_from_serializable_data(ChannelPost, data, check_fks=False)
        for data in content.get("channel_posts") or []
    ]


def pages_in_moderation(pages) -> set[int]:
    """The pks of the pages among pages that wait in a moderation workflow."""
    if not pages:
        return set()
    states = WorkflowState.objects.active().filter(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=[str(page.pk) for page in pages],
    )
    return {int(object_id) for object_id in states.values_list("object_id", flat=True)}


# What staff ask the calendar for, from the query string (the calendar page, its download and
# the subscription address all take the same parameters). A value that is not understood is
# dropped with a message, never an error page.


@dataclass
class PlanFilters:
    channel: str = ""
    status: str = ""
    language: str = ""
    problems: list = field(default_factory=list)

    @classmethod
    def from_query(cls, query) -> "PlanFilters":
        filters = cls()
        for name, choices, problem in (
            ("channel", dict(Channel.choices), _("Unknown channel “%(value)s”: all channels.")),
            (
                "status",
                dict(ChannelPost.Status.choices),
                _("Unknown status “%(value)s”: all statuses."),
            ),
            ("language", dict(settings.LANGUAGES), _("Unknown language “%(value)s”: both.")),
        ):
            value = (query.get(name) or "").strip()
            if value in choices:
                setattr(filters, name, value)
            elif value:
                filters.problems.append(problem % {"value": value[:40]})
        return filters

    def as_query(self) -> dict[str, str]:
        return {
            name: value
            for name, value in (
                ("channel", self.channel),
                ("status", self.status),
                ("language", self.language),
            )
            if value
        }

    def posts(self, start, end) -> list[PlannedPost]:
        return planned_posts(
            start,
            end,
            channels=[self.channel] if self.channel else None,
            statuses=[self.status] if self.status else None,
            language=self.language or None,
        )
