"""The campaign calendar's admin pages and its menu item.

Admin URLs require the admin access permission (Wagtail wraps them); the subscription
address that calendar apps read lives outside the admin (campaigns.urls, campaigns.ics).
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from campaigns.admin.calendar_views import CalendarDownloadView, CalendarView, SubscriptionView


@hooks.register("register_admin_urls")
def register_calendar_urls():
    return [
        path("campaigns/calendar/", CalendarView.as_view(), name="campaigns_calendar"),
        path(
            "campaigns/calendar/export.ics",
            CalendarDownloadView.as_view(),
            name="campaigns_calendar_ics",
        ),
        path(
            "campaigns/calendar/subscription/",
            SubscriptionView.as_view(),
            name="campaigns_calendar_subscription",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_calendar_menu_item():
    return MenuItem(
        _("Campaign calendar"),
        reverse("campaigns_calendar"),
        name="campaign-calendar",
        icon_name="date",
        order=350,
    )
