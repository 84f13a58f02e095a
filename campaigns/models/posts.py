"""Channel posts: a campaign's message written for one channel, inline on the campaign page."""

import uuid

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable
from wagtail_localize.fields import SynchronizedField

from campaigns import post_rules
from campaigns.channels import Channel, rules_for
from campaigns.tracking import placeholder_short_url, short_url, tracked_url


class ChannelPost(Orderable):
    class Status(models.TextChoices):
        # "Published" alone already means the date an article was published.
        DRAFT = "draft", pgettext_lazy("channel post status", "Draft")
        # An approver accepted it: it may go out at its planned time.
        APPROVED = "approved", pgettext_lazy("channel post status", "Approved")
        # Loaded into the channel's own scheduler or a scheduling tool.
        SCHEDULED = "scheduled", pgettext_lazy("channel post status", "Scheduled")
        PUBLISHED = "published", pgettext_lazy("channel post status", "Published")

    # Every status but draft means an approver has accepted the post.
    APPROVED_STATUSES = (Status.APPROVED, Status.SCHEDULED, Status.PUBLISHED)

    page = ParentalKey(
        "campaigns.CampaignPage", on_delete=models.CASCADE, related_name="channel_posts"
    )
    # The same post in every language and every revision: short links and feed items keep it.
    post_key = models.UUIDField(default=uuid.uuid4, editable=False)
    channel = models.CharField(_("channel"), max_length=20, choices=Channel.choices)
    title = models.CharField(
        _("title"),
        max_length=150,
        blank=True,
        help_text=_("The video title, the email subject or the poster headline."),
    )
    text = models.TextField(_("text"), blank=True)
    hashtags = models.CharField(
        _("hashtags"),
        max_length=300,
        blank=True,
        help_text=_("Separated by spaces, such as #KhôngKỳThị #TPHCM. Added after the link."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("image"),
        help_text=_("Cut to each size the channel needs around its focal point."),
    )
    video_url = models.URLField(
        _("video address"),
        blank=True,
        help_text=_("Where the video is once uploaded (YouTube, TikTok, Facebook)."),
    )
    planned_at = models.DateTimeField(_("planned for"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )

    panels = [
        FieldRowPanel([FieldPanel("channel"), FieldPanel("planned_at"), FieldPanel("status")]),
        FieldPanel("title"),
        FieldPanel("text"),
        FieldPanel("hashtags"),
        FieldRowPanel([FieldPanel("image"), FieldPanel("video_url")]),
    ]

    override_translatable_fields = [
        SynchronizedField("post_key", overridable=False),
        SynchronizedField("channel", overridable=False),
        SynchronizedField("planned_at"),
        SynchronizedField("status"),
        SynchronizedField("image"),
        SynchronizedField("video_url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("channel post")
        verbose_name_plural = _("channel posts")

    def __str__(self):
        return f"{self.get_channel_display()} · {self.title or self.text[:40]}"

    @property
    def rules(self):
        return rules_for(self.channel)

    @property
    def is_approved(self) -> bool:
        return self.status in self.APPROVED_STATUSES

    # Links. A post's page may not have an address yet (a new campaign): its tracked link is
    # then empty and texts are counted with a link of the real length.

    @property
    def campaign(self):
        """The post's campaign page, or None for a post not attached to one yet."""
        try:
            return self.page
        except ObjectDoesNotExist:
            return None

    def tracked_url(self, request=None) -> str:
        campaign = self.campaign
        page_url = campaign.get_full_url(request) if campaign and campaign.pk else None
        if not page_url:
            return ""
        return tracked_url(page_url, self.rules, campaign.tracking_name)

    def link_for_text(self, short_link=None, request=None) -> str:
        """The link the published text carries: the short one for SMS, else the tracked one."""
        if self.rules.uses_short_link:
            if short_link is not None:
                return short_url(short_link.code, self._root_url(request))
            return placeholder_short_url(self._root_url(request))
        return self.tracked_url(request) or self._placeholder_tracked_url()

    def published_text(self, short_link=None, request=None) -> str:
        return post_rules.compose(
            self.text, self.link_for_text(short_link, request), self.hashtags, self.rules
        )

    def _root_url(self, request=None):
        campaign = self.campaign
        parts = campaign.get_url_parts(request) if campaign and campaign.pk else None
        return parts[1] if parts else None

    def _placeholder_tracked_url(self) -> str:
        """The tracked link a campaign not saved yet will have, near enough to count with:
        its slug under the site's address (its index's slug is not known yet)."""
        slug = (self.campaign.slug if self.campaign else "") or "chien-dich"
        page_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/{slug}/"
        return tracked_url(page_url, self.rules, slug)

    # Validation: clean() runs for each post of the campaign form, so each rule's message
    # shows next to the field it is about, and nothing the editor typed is lost.

    def clean(self):
        super().clean()
        if not self.channel:
            return
        rules = self.rules
        errors = {}
        self.text = (self.text or "").strip()
        if not self.text and self.channel != Channel.POSTER:
            errors.setdefault("text", []).append(_("Write the post's text."))
        for field, messages in (
            ("title", post_rules.title_errors(self.title, rules)),
            ("text", post_rules.length_errors(self.published_text(), rules)),
            ("hashtags", post_rules.hashtag_errors(self.hashtags, rules)),
            ("image", post_rules.image_errors(self.image, rules)),
        ):
            if messages:
                errors.setdefault(field, []).extend(messages)
        if self.is_approved:
            if not self.planned_at:
                errors.setdefault("planned_at", []).append(
                    _("Give the date and time it goes out before approving it.")
                )
            if rules.video_required and not self.video_url:
                errors.setdefault("video_url", []).append(
                    _("A %(channel)s post needs its video before it can be approved.")
                    % {"channel": rules.label}
                )
        if errors:
            raise ValidationError(errors)
