"""Language-neutral addresses, outside i18n_patterns: short links, their QR codes, and
staff calendar subscriptions."""

from django.urls import path

from campaigns import ics, short_links

app_name = "campaigns"

urlpatterns = [
    path("c/<str:code>", short_links.follow, name="short_link"),
    path("c/<str:code>/qr.svg", short_links.qr_svg, name="short_link_qr_svg"),
    path("c/<str:code>/qr.png", short_links.qr_png, name="short_link_qr_png"),
    # Calendar apps cannot log in: each member of staff has a secret address (campaigns.ics).
    path("calendar/<str:token>.ics", ics.subscription_calendar, name="calendar_subscription"),
]
