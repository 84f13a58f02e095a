"""The campaign page's admin form: moderation of channel posts, and the checks that need the
whole campaign.

Each post checks its own channel's rules (ChannelPost.clean). What a post cannot see is
checked here: who is editing it, the campaign's dates and the campaign's other posts.

Writers leave posts as drafts; an approver (anyone who may publish the campaign) approves
them. A writer cannot approve a post, and cannot change an approved one without setting it
back to Draft, so an approver reads every word that goes out. Errors go on the field
concerned and the form comes back with everything the editor typed.
"""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.forms import WagtailAdminPageForm

from campaigns.channels import Channel

# ChannelPost.Status.DRAFT: the models import this module, so it cannot import them.
DRAFT = "draft"
# What an approver checked, named as in "a writer cannot change its …"; a writer changing
# one of them sends the post back to Draft.
APPROVED_CONTENT = {
    "channel": gettext_lazy("channel"),
    "title": gettext_lazy("title"),
    "text": gettext_lazy("text"),
    "hashtags": gettext_lazy("hashtags"),
    "image": gettext_lazy("image"),
    "video_url": gettext_lazy("video"),
    "planned_at": gettext_lazy("planned time"),
}
# Posters go up in many places on the same day; every other channel posts one at a time.
CHANNELS_WITH_SIMULTANEOUS_POSTS = {Channel.POSTER}


def _day(value: datetime.date) -> str:
    return value.strftime("%d/%m/%Y")


def _minute(value: datetime.datetime | None) -> datetime.datetime | None:
    return value.replace(second=0, microsecond=0) if value else None


class CampaignPageForm(WagtailAdminPageForm):
    def is_valid(self):
        # ClusterForm checks the page's fields, then each post's own rules; what needs both
        # (who is editing, the campaign's dates, its other posts) is checked after, once.
        if hasattr(self, "_is_valid"):
            return self._is_valid
        posts = self.formsets.get("channel_posts")
        if posts is not None:
            # A post counts its text with the campaign's link, so it needs the campaign being
            # edited (the formset gives a new campaign's posts only an empty page id).
            for form in posts.forms:
                form.instance.page = self.instance
        valid = super().is_valid()
        if posts is not None and hasattr(self, "cleaned_data"):
            forms = [
                form
                for form in posts.forms
                if hasattr(form, "cleaned_data")
                and not form.cleaned_data.get("DELETE")
                and (form.has_changed() or not form.empty_permitted)
            ]
            if self.for_user is not None and not self.user_can_approve_posts():
                for form in forms:
                    self._check_writer_changes(form)
            self._check_campaign_dates(forms, self.cleaned_data)
            self._check_simultaneous_posts(forms)
            valid = valid and posts.is_valid()
        self._is_valid = valid
        return valid

    def user_can_approve_posts(self) -> bool:
        """Approvers are those who may publish the campaign (Moderators, administrators):
        approving the campaign's moderation task publishes it, which needs the same right."""
        user, page = self.for_user, self.instance
        if page.pk:
            return page.permissions_for_user(user).can_publish()
        parent = self.parent_page
        return parent is not None and parent.permissions_for_user(user).can_publish_subpage()

    # Moderation

    def _check_writer_changes(self, form):
        old_status = form.initial.get("status") or DRAFT
        new_status = form.cleaned_data.get("status")
        if new_status is None or new_status == DRAFT:
            return
        if new_status != old_status:
            if old_status == DRAFT:
                message = _(
                    "Only an approver can approve a post: leave it as Draft and submit the "
                    "campaign for moderation."
                )
            else:
                message = _(
                    "Only an approver can change the status of an approved post: leave it as "
                    "it was or set it back to Draft."
                )
            form.add_error("status", message)
            return
        for name in self._changed_content(form):
            form.add_error(
                name,
                _(
                    "This post is approved, so a writer cannot change its %(field)s. Set its "
                    "status back to Draft to change it, then submit the campaign for "
                    "moderation again."
                )
                % {"field": APPROVED_CONTENT[name]},
            )

    @staticmethod
    def _changed_content(form) -> list[str]:
        changed = [name for name in APPROVED_CONTENT if name in form.changed_data]
        if "planned_at" in changed:
            # The editor shows minutes: seconds an approved time carries are not a change.
            initial = form.get_initial_for_field(form.fields["planned_at"], "planned_at")
            if _minute(initial) == _minute(form.cleaned_data.get("planned_at")):
                changed.remove("planned_at")
        return changed

    # The whole campaign

    def _check_campaign_dates(self, forms, cleaned_data):
        if "start_date" in self.errors or "end_date" in self.errors:
            return  # the campaign's own dates are wrong: their message comes first
        first, last = cleaned_data.get("start_date"), cleaned_data.get("end_date")
        if first is None:
            return
        for form in forms:
            planned_at = form.cleaned_data.get("planned_at")
            if planned_at is None:
                continue
            # Campaign days are Ho Chi Minh City's, whatever the editor's own time zone.
            day = timezone.localtime(planned_at, timezone.get_default_timezone()).date()
            if first <= day and (last is None or day <= last):
                continue
            values = {"day": _day(day), "first": _day(first), "last": _day(last or first)}
            if last is None:
                message = _(
                    "This post is planned for %(day)s, before the campaign starts on "
                    "%(first)s. Plan it on or after %(first)s, or change the campaign's dates."
                )
            elif day < first:
                message = _(
                    "This post is planned for %(day)s, before the campaign starts on "
                    "%(first)s. Plan it between %(first)s and %(last)s, or change the "
                    "campaign's dates."
                )
            else:
                message = _(
                    "This post is planned for %(day)s, after the campaign ends on %(last)s. "
                    "Plan it between %(first)s and %(last)s, or change the campaign's dates."
                )
            form.add_error("planned_at", message % values)

    @staticmethod
    def _check_simultaneous_posts(forms):
        """Two approved posts of one channel at the same minute would go out together; drafts
        may be alternatives for the same slot, of which an approver approves one."""
        seen = {}
        for form in forms:
            data = form.cleaned_data
            channel, planned_at = data.get("channel"), _minute(data.get("planned_at"))
            if (
                planned_at is None
                or data.get("status") in (None, DRAFT)
                or channel in CHANNELS_WITH_SIMULTANEOUS_POSTS
            ):
                continue
            if (channel, planned_at) in seen:
                form.add_error(
                    "planned_at",
                    _(
                        "Another approved %(channel)s post of this campaign goes out at the "
                        "same time (%(time)s). Move one of them: a channel takes one post at "
                        "a time."
                    )
                    % {
                        "channel": Channel(channel).label,
                        "time": timezone.localtime(planned_at).strftime("%H:%M %d/%m/%Y"),
                    },
                )
            else:
                seen[(channel, planned_at)] = form
