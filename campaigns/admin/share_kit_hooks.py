"""Downloading a campaign's share kit from the admin.

The kit holds the campaign's latest revision, drafts included, so only users who can edit
that language version may download it. The buttons sit in the campaign's header menu (one
per language the campaign is written in) and in its row's "More" menu in page listings (the
row's language).
"""

import tempfile

from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.urls import path, reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.models import Page

from campaigns.models import CampaignPage
from campaigns.share_kit import (
    campaign_in_language,
    campaign_versions,
    share_kit_filename,
    write_share_kit,
)

# Kits are a few megabytes: kept in memory up to this size, on disk beyond.
SPOOL_BYTES = 32 * 1024 * 1024


@require_safe
@never_cache
def download_share_kit(request, page_id, language):
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, CampaignPage):
        raise Http404("Not a campaign")
    version = campaign_in_language(page, language)
    if version is None:
        raise Http404("The campaign is not written in this language")
    if not version.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    output = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115 (FileResponse closes it)
    write_share_kit(version, output, request=request)
    output.seek(0)
    return FileResponse(
        output,
        as_attachment=True,
        filename=share_kit_filename(version),
        content_type="application/zip",
    )


def share_kit_url(page, language: str) -> str:
    return reverse("campaigns_share_kit", args=[page.pk, language])


@hooks.register("register_admin_urls")
def register_share_kit_urls():
    return [
        path(
            "campaigns/<int:page_id>/share-kit/<str:language>.zip",
            download_share_kit,
            name="campaigns_share_kit",
        ),
    ]


@hooks.register("register_page_header_buttons")
def share_kit_buttons(page, user, view_name=None, next_url=None):
    if not issubclass(page.specific_class or Page, CampaignPage):
        return
    for version in campaign_versions(page):
        if not version.permissions_for_user(user).can_edit():
            continue
        language = version.locale.get_display_name() or version.locale.language_code
        yield Button(
            _("Download share kit (%(language)s)") % {"language": language},
            share_kit_url(page, version.locale.language_code),
            icon_name="download",
            attrs={"download": share_kit_filename(version)},
            priority=90,
        )


@hooks.register("register_page_listing_more_buttons")
def share_kit_listing_button(page, user, next_url=None):
    """In a page listing's "More" menu: the kit in the row's own language. The listing has
    each row's locale and permissions at hand, so this costs no query per row."""
    if not issubclass(page.specific_class or Page, CampaignPage) or page.alias_of_id:
        return
    if not page.permissions_for_user(user).can_edit():
        return
    yield Button(
        _("Download share kit"),
        share_kit_url(page, page.locale.language_code),
        icon_name="download",
        attrs={"download": share_kit_filename(page)},
        priority=90,
    )
