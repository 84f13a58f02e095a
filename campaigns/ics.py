"""The campaign calendar as iCalendar (RFC 5545): a download from the admin, and a
subscription address for calendar apps.

Calendar apps cannot log in to the admin, so each member of staff can have a secret address
(campaigns.models.CalendarSubscription). It answers only while its account is active and may
use the admin; replacing it revokes the old one. The response sets no cookie and is cached
by nobody but the app that asked.

One event per post and language: its UID stays the same when the post is edited, moved or
approved, so calendar apps update the event instead of adding another.
"""

import datetime
import uuid
from urllib.parse import urlencode

from django.conf import settings
from django.http import Http404, HttpResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import pgettext
from django.views.decorators.http import require_safe
from icalendar import Calendar, Event

from campaigns.channels import Channel
from campaigns.models import CalendarSubscription, ChannelPost
from campaigns.planning import PlanFilters, PlannedPost

CONTENT_TYPE = "text/calendar; charset=utf-8"
PRODUCT_ID = "-//HCMC Community Support Portal//Campaign calendar//EN"
# A subscription covers the recent past and the year ahead.
SUBSCRIPTION_DAYS_BEFORE = 31
SUBSCRIPTION_DAYS_AFTER = 366
SUBSCRIPTION_MAX_AGE = 15 * 60


def post_uid(post_key, language_code: str) -> str:
    """The same for a post in one language across every edit (RFC 7986: a UUID)."""
    return str(uuid.uuid5(uuid.UUID(str(post_key)), language_code))


def admin_url(path: str) -> str:
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def edit_url(page) -> str:
    return admin_url(reverse("wagtailadmin_pages:edit", args=[page.pk]))


def language_name(code: str) -> str:
    """The language's name in the language being spoken ("Vietnamese", "Tiếng Anh")."""
    try:
        return translation.get_language_info(code)["name_translated"]
    except KeyError:
        return code


def campaign_state(row: PlannedPost) -> str:
    if row.in_moderation:
        return _("Submitted for moderation")
    if not row.is_live:
        return _("Draft campaign, not published")
    if row.from_draft:
        return _("Published, with unpublished changes")
    return pgettext("campaign state", "Published")


def event_description(row: PlannedPost) -> str:
    post = row.post
    areas = ", ".join(row.areas) if row.area_codes else _("Whole city")
    language = language_name(row.language)
    lines = [
        _("Status: %(status)s") % {"status": post.get_status_display()},
        _("Campaign: %(state)s") % {"state": campaign_state(row)},
        _("Language: %(language)s") % {"language": language},
        _("Areas: %(areas)s") % {"areas": areas},
    ]
    if post.title:
        lines += ["", post.title]
    if post.text:
        lines += ["", post.text]
    if post.hashtags:
        lines += ["", post.hashtags]
    if post.video_url:
        lines += ["", _("Video: %(url)s") % {"url": post.video_url}]
    return "\n".join(lines)


def build_calendar(rows: list[PlannedPost], name: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # Read by Apple Calendar, Google Calendar, Outlook and Thunderbird.
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now().astimezone(datetime.UTC).replace(microsecond=0)
    for row in rows:
        post = row.post
        event = Event()
        event.add("uid", post_uid(post.post_key, row.language))
        event.add("dtstamp", stamp)
        event.add("dtstart", post.planned_at.astimezone(datetime.UTC))
        event.add("summary", f"[{row.channel_label}] {row.title}")
        event.add("description", event_description(row))
        event.add("url", edit_url(row.campaign))
        event.add("categories", [row.channel_label])
        # Drafts may still move or be dropped.
        event.add("status", "CONFIRMED" if post.is_approved else "TENTATIVE")
        if row.last_modified:
            event.add("last-modified", row.last_modified.astimezone(datetime.UTC))
        calendar.add_component(event)
    return calendar.to_ical()


def calendar_name(filters: PlanFilters) -> str:
    parts = [_("Campaign calendar")]
    if filters.channel:
        parts.append(Channel(filters.channel).label)
    if filters.status:
        parts.append(ChannelPost.Status(filters.status).label)
    if filters.language:
        parts.append(language_name(filters.language))
    return " · ".join(str(part) for part in parts)


def calendar_response(rows, filters: PlanFilters, filename: str | None = None) -> HttpResponse:
    response = HttpResponse(build_calendar(rows, calendar_name(filters)), content_type=CONTENT_TYPE)
    if filename:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


# The subscription address.


def subscriber_may_see_calendar(user) -> bool:
    return user.is_active and user.has_perm("wagtailadmin.access_admin")


def subscriber_language(user) -> str:
    from wagtail.users.models import UserProfile

    # Not UserProfile.get_for_user, which creates a profile: this is a GET.
    profile = UserProfile.objects.filter(user=user).first()
    return profile.get_preferred_language() if profile else settings.LANGUAGE_CODE


@require_safe
def subscription_calendar(request, token):
    subscription = (
        CalendarSubscription.objects.select_related("user").filter(token=token).first()
        if token
        else None
    )
    if subscription is None or not subscriber_may_see_calendar(subscription.user):
        raise Http404("No such calendar")
    filters = PlanFilters.from_query(request.GET)
    today = timezone.localdate()
    start = day_start(today - datetime.timedelta(days=SUBSCRIPTION_DAYS_BEFORE))
    end = day_start(today + datetime.timedelta(days=SUBSCRIPTION_DAYS_AFTER))
    with translation.override(subscriber_language(subscription.user)):
        response = calendar_response(filters.posts(start, end), filters)
    patch_cache_control(response, private=True, max_age=SUBSCRIPTION_MAX_AGE)
    # The address is a secret: it must not travel in a Referer nor be indexed.
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    return response


def day_start(day: datetime.date) -> datetime.datetime:
    """Midnight in Ho Chi Minh City at the start of day."""
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def subscription_url(subscription: CalendarSubscription, filters: PlanFilters | None = None):
    url = admin_url(reverse("campaigns:calendar_subscription", args=[subscription.token]))
    query = filters.as_query() if filters else {}
    return f"{url}?{urlencode(query)}" if query else url
