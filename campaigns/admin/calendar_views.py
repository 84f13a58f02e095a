"""The campaign calendar in the admin: channel posts by week or month across campaigns.

Every member of staff who may use the admin sees every campaign's plan: the calendar is for
coordinating who posts what where, so a team must see the other teams' posts, and plans are
internal but not secret from staff. Each title links to the campaign's editor only for those
who may edit it. Drafts are read from each campaign's latest revision (campaigns.planning).
"""

import calendar
import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page
from wagtail.permissions import policy_registry

from campaigns import ics
from campaigns.channels import Channel
from campaigns.models import CalendarSubscription, ChannelPost
from campaigns.planning import PlanFilters

WEEK, MONTH = "week", "month"
# Far enough for any plan; keeps date arithmetic (previous, next) away from date.min/max.
FIRST_YEAR, LAST_YEAR = 2000, 2100


@dataclass(frozen=True)
class Period:
    view: str
    first: datetime.date
    last: datetime.date  # included

    @classmethod
    def around(cls, view: str, day: datetime.date) -> "Period":
        if view == MONTH:
            length = calendar.monthrange(day.year, day.month)[1]
            return cls(MONTH, day.replace(day=1), day.replace(day=length))
        monday = day - datetime.timedelta(days=day.weekday())
        return cls(WEEK, monday, monday + datetime.timedelta(days=6))

    @property
    def days(self) -> list[datetime.date]:
        count = (self.last - self.first).days + 1
        return [self.first + datetime.timedelta(days=offset) for offset in range(count)]

    @property
    def previous_day(self) -> datetime.date:
        if self.view == MONTH:
            return (self.first - datetime.timedelta(days=1)).replace(day=1)
        return self.first - datetime.timedelta(days=7)

    @property
    def next_day(self) -> datetime.date:
        return self.last + datetime.timedelta(days=1)

    def bounds(self) -> tuple[datetime.datetime, datetime.datetime]:
        return ics.day_start(self.first), ics.day_start(self.next_day)

    def weeks(self) -> list[list[datetime.date]]:
        """The calendar grid of the period: whole weeks, Monday first."""
        start = self.first - datetime.timedelta(days=self.first.weekday())
        end = self.last + datetime.timedelta(days=6 - self.last.weekday())
        days = [start + datetime.timedelta(days=n) for n in range((end - start).days + 1)]
        return [days[index : index + 7] for index in range(0, len(days), 7)]


def period_from_query(query, problems: list) -> Period:
    view = (query.get("view") or "").strip()
    if view not in (WEEK, MONTH):
        if view:
            problems.append(_("Unknown view “%(value)s”: showing a week.") % {"value": view[:40]})
        view = WEEK
    today = timezone.localdate()
    value = (query.get("date") or "").strip()
    day = today
    if value:
        try:
            day = datetime.date.fromisoformat(value)
            if not FIRST_YEAR <= day.year <= LAST_YEAR or len(value) != 10:
                raise ValueError(value)
        except ValueError:
            problems.append(
                _("“%(value)s” is not a date (YYYY-MM-DD) the calendar shows: showing today.")
                % {"value": value[:40]}
            )
            day = today
    return Period.around(view, day)


def calendar_query(period: Period, filters: PlanFilters, **changes) -> str:
    query = {"view": period.view, "date": period.first.isoformat(), **filters.as_query()}
    query.update(changes)
    return urlencode({name: value for name, value in query.items() if value})


def editable_page_ids(user, pages) -> set[int]:
    if not pages:
        return set()
    editable = policy_registry.get_by_type(Page).instances_user_has_permission_for(user, "change")
    return set(editable.filter(pk__in=[page.pk for page in pages]).values_list("pk", flat=True))


class CalendarView(WagtailAdminTemplateMixin, TemplateView):
    page_title = gettext_lazy("Campaign calendar")
    header_icon = "date"
    template_name = "campaigns/admin/calendar.html"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = PlanFilters.from_query(self.request.GET)
        problems = filters.problems
        period = period_from_query(self.request.GET, problems)
        rows = filters.posts(*period.bounds())
        editable = editable_page_ids(self.request.user, {row.campaign for row in rows})
        for row in rows:
            row.edit_url = (
                reverse("wagtailadmin_pages:edit", args=[row.campaign.pk])
                if row.campaign.pk in editable
                else ""
            )
        by_day = {}
        for row in rows:
            by_day.setdefault(row.day, []).append(row)
        today = timezone.localdate()
        shown_days = period.days if period.view == WEEK else sorted(by_day)
        subscription = CalendarSubscription.objects.filter(user=self.request.user).first()
        calendar_url = reverse("campaigns_calendar")
        context.update(
            period=period,
            filters=filters,
            problems=problems,
            rows=rows,
            days=[(day, by_day.get(day, [])) for day in shown_days],
            weeks=[
                [
                    (day, len(by_day.get(day, ())), period.first <= day <= period.last)
                    for day in week
                ]
                for week in period.weeks()
            ]
            if period.view == MONTH
            else [],
            today=today,
            channel_choices=Channel.choices,
            status_choices=ChannelPost.Status.choices,
            language_choices=settings.LANGUAGES,
            week_url=f"{calendar_url}?{calendar_query(period, filters, view=WEEK)}",
            month_url=f"{calendar_url}?{calendar_query(period, filters, view=MONTH)}",
            previous_url=f"{calendar_url}?"
            + calendar_query(period, filters, date=period.previous_day.isoformat()),
            next_url=f"{calendar_url}?"
            + calendar_query(period, filters, date=period.next_day.isoformat()),
            today_url=f"{calendar_url}?{calendar_query(period, filters, date=today.isoformat())}",
            download_url=reverse("campaigns_calendar_ics") + "?" + calendar_query(period, filters),
            subscription=subscription,
            subscription_url=ics.subscription_url(subscription, filters) if subscription else "",
            subscription_action=reverse("campaigns_calendar_subscription"),
            return_query=calendar_query(period, filters),
        )
        if subscription:
            context["webcal_url"] = "webcal://" + context["subscription_url"].split("://", 1)[1]
        return context


class CalendarDownloadView(View):
    """The calendar page's period and filters as an .ics file."""

    def get(self, request):
        filters = PlanFilters.from_query(request.GET)
        period = period_from_query(request.GET, filters.problems)
        filename = f"campaign-calendar-{period.view}-{period.first.isoformat()}.ics"
        return ics.calendar_response(filters.posts(*period.bounds()), filters, filename)


class SubscriptionView(View):
    """Create, replace or stop one's own subscription address (POST only, with CSRF)."""

    http_method_names = ["post"]

    def post(self, request):
        action = request.POST.get("action")
        subscription = CalendarSubscription.objects.filter(user=request.user).first()
        if action == "create" and subscription is None:
            CalendarSubscription.objects.create(user=request.user)
            messages.success(request, _("Your subscription address is ready."))
        elif action == "renew" and subscription is not None:
            subscription.renew()
            messages.success(
                request,
                _("Your subscription address was replaced: the old one no longer works."),
            )
        elif action == "stop" and subscription is not None:
            subscription.delete()
            messages.success(request, _("Your subscription address no longer works."))
        else:
            messages.warning(request, _("Nothing was changed."))
        # Back to the same calendar page, rebuilt from what the form says (never a raw URL).
        filters = PlanFilters.from_query(request.POST)
        period = period_from_query(request.POST, filters.problems)
        url = reverse("campaigns_calendar") + "?" + calendar_query(period, filters)
        return HttpResponseRedirect(url)
