"""Short links and their QR codes: language-neutral addresses, outside i18n_patterns."""

from django.urls import path

from campaigns import short_links

app_name = "campaigns"

urlpatterns = [
    path("c/<str:code>", short_links.follow, name="short_link"),
    path("c/<str:code>/qr.svg", short_links.qr_svg, name="short_link_qr_svg"),
    path("c/<str:code>/qr.png", short_links.qr_png, name="short_link_qr_png"),
]
