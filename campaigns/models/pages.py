"""Campaign pages and the campaign index.

A campaign is a Wagtail page, so it goes through the same moderation workflow as every page
(writer submits, approver publishes) and goes live and ends with Wagtail's scheduled
publishing (go_live_at, expire_at, run by `manage.py publish_scheduled`). Its channel posts
are inline on it (campaigns.models.posts): they are part of each revision, so nothing a
writer changes reaches the feeds or the share kit's approved posts until an approver
publishes the campaign.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import path
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from campaigns.admin.panels import TrackedLinksPanel
from campaigns.blocks import CampaignBodyBlock
from campaigns.fields import WardCodesField, area_names
from campaigns.forms import CampaignPageForm
from portal.fields import StreamField
from portal.pages import BasePage, RoutableBasePage
from portal.taxonomy import in_default_language


class CampaignStatus(models.TextChoices):
    UPCOMING = "upcoming", _("Upcoming")
    RUNNING = "running", _("Running")
    ENDED = "ended", _("Ended")


def campaign_status(
    start: datetime.date, end: datetime.date | None, today: datetime.date | None = None
) -> CampaignStatus:
    """Upcoming before its first day, running through its last day (or for good when it has
    none), ended after. Days are Ho Chi Minh City's."""
    today = today or timezone.localdate()
    if today < start:
        return CampaignStatus.UPCOMING
    if end is not None and today > end:
        return CampaignStatus.ENDED
    return CampaignStatus.RUNNING


class CampaignIndexPage(RoutableBasePage):
    """The list of campaigns: running first, then upcoming, then past; by topic and year.

    Its routes give each language its feeds at the index's own address: the public Atom feed
    of campaigns (feed/atom/), and per channel the approved posts whose time has come, for
    scheduling tools (feed/<channel>/rss/ and feed/<channel>/atom/).
    """

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)

    parent_page_types = ["home.HomePage"]
    subpage_types = ["campaigns.CampaignPage"]
    template = "campaigns/campaign_index_page.html"

    content_panels = [*BasePage.content_panels, FieldPanel("introduction")]
    search_fields = [*BasePage.search_fields, index.SearchField("introduction")]

    class Meta:
        verbose_name = _("campaign index")

    def get_context(self, request, *args, **kwargs):
        from campaigns.listing import CampaignListing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = CampaignListing(self, request)
        return context

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        from campaigns.feeds import CampaignAtomFeed

        return CampaignAtomFeed(CampaignPage, parent=self)(request)

    @path("feed/<slug:channel>/rss/", name="channel_feed_rss")
    def channel_feed_rss(self, request, channel):
        from campaigns.feeds import channel_feed

        return channel_feed(self, request, channel, atom=False)

    @path("feed/<slug:channel>/atom/", name="channel_feed_atom")
    def channel_feed_atom(self, request, channel):
        from campaigns.feeds import channel_feed

        return channel_feed(self, request, channel, atom=True)

    def get_feed_links(self, request=None):
        from campaigns.feeds import campaign_feed_links

        return campaign_feed_links(self, request)

    def get_social_description(self):
        return self.introduction


class CampaignPage(BasePage):
    key_message = models.CharField(
        _("key message"),
        max_length=160,
        help_text=_("The one sentence everyone should remember. It heads every channel's kit."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Two or three sentences: what the campaign asks of readers, and why."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("main image"),
        help_text=_("Set its focal point: every channel's size is cut around it."),
    )
    hero_alt_text = models.CharField(
        _("main image description"),
        max_length=200,
        blank=True,
        help_text=_("For readers who cannot see the image. Empty: the image's own description."),
    )
    social_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("share image"),
        help_text=_("Shown when the page is shared. Empty: the main image."),
    )
    body = StreamField(CampaignBodyBlock(), verbose_name=_("body"))
    start_date = models.DateField(_("first day"))
    end_date = models.DateField(
        _("last day"), null=True, blank=True, help_text=_("Empty for a campaign that runs on.")
    )
    topics = ParentalManyToManyField(
        "articles.Topic",
        blank=True,
        related_name="campaigns",
        limit_choices_to=in_default_language,
        verbose_name=_("topics"),
    )
    audiences = ParentalManyToManyField(
        "articles.Audience",
        blank=True,
        related_name="campaigns",
        limit_choices_to=in_default_language,
        verbose_name=_("audiences"),
        help_text=_("Who the campaign speaks to."),
    )
    areas = WardCodesField(
        _("areas"),
        default=list,
        blank=True,
        help_text=_(
            "The wards and communes where the campaign runs (posters, events). "
            "None chosen: the whole city."
        ),
    )
    partners = ParentalManyToManyField(
        "directory.Organization",
        blank=True,
        related_name="campaigns",
        limit_choices_to=in_default_language,
        verbose_name=_("partner organisations"),
    )

    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []
    template = "campaigns/campaign_page.html"
    base_form_class = CampaignPageForm

    override_translatable_fields = [
        SynchronizedField("hero_image"),
        SynchronizedField("social_image"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("topics"),
        SynchronizedField("audiences"),
        SynchronizedField("areas"),
        SynchronizedField("partners"),
    ]

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("key_message"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt_text")], heading=_("Main image")
        ),
        FieldPanel("body"),
    ]
    details_panels = [
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
        FieldRowPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Filters"),
        ),
        FieldPanel("areas"),
        FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
        FieldPanel("social_image"),
    ]
    channel_panels = [
        InlinePanel(
            "channel_posts",
            label=_("Channel post"),
            heading=_("Channel posts"),
            help_text=_(
                "One post per channel and date. Writers leave posts as drafts and submit the "
                "campaign for moderation; an approver approves them."
            ),
        ),
        TrackedLinksPanel(),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(channel_panels, heading=_("Channels")),
            ObjectList(details_panels, heading=_("Details")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("key_message", boost=2),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]

    class Meta:
        verbose_name = _("campaign")

    def copy(self, *args, **kwargs):
        # The admin's copy view calls after_copy_page (campaigns.admin.editor_hooks); code
        # that copies pages itself comes through here.
        page_copy = super().copy(*args, **kwargs)
        if kwargs.get("reset_translation_key", True):
            from campaigns.copies import renew_copied_posts

            renew_copied_posts(page_copy)
        return page_copy

    def clean(self):
        super().clean()
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError(
                {
                    "end_date": _(
                        "The last day is before the first day. Choose a last day on or after "
                        "%(start)s, or leave it empty."
                    )
                    % {"start": self.start_date.strftime("%d/%m/%Y")}
                }
            )

    @property
    def status(self) -> CampaignStatus:
        return campaign_status(self.start_date, self.end_date)

    @property
    def area_names(self) -> list[str]:
        return area_names(self.areas)

    @property
    def covers_whole_city(self) -> bool:
        return not self.areas

    @property
    def hero_alt(self) -> str:
        if self.hero_alt_text:
            return self.hero_alt_text
        return self.hero_image.default_alt_text if self.hero_image else ""

    @property
    def tracking_name(self) -> str:
        """utm_campaign: the slug, which is also how staff name the campaign in reports."""
        return self.slug

    def get_social_image(self):
        return self.social_image or self.hero_image

    def get_social_description(self):
        return self.summary

    def get_feed_categories(self):
        return [str(self.get_status_display())]

    def get_status_display(self):
        return self.status.label
