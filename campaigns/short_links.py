"""Following a short link, and its QR code.

Posters hang for months: the redirect is temporary (302), so the campaign can move, and it
is looked up on every scan. No cookie is set and nothing about the reader is recorded; the
UTM parameters in the address are the only trace, and they describe the poster, not the
person.
"""

import segno
from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Site

from campaigns.models import ShortLink
from campaigns.tracking import SHORT_CODE_ALPHABET, short_url, with_parameters

# Error correction M survives a folded or slightly torn poster; 4 modules of quiet zone is
# what scanners expect. PNG modules of 10 pixels print sharply at poster size.
QR_ERROR_CORRECTION = "m"
QR_BORDER = 4
QR_PNG_SCALE = 10


def _link_or_404(code: str) -> ShortLink:
    code = (code or "").strip().lower()
    if not (0 < len(code) <= 16 and all(character in SHORT_CODE_ALPHABET for character in code)):
        raise Http404("No such short link")
    try:
        return ShortLink.objects.get(code=code)
    except ShortLink.DoesNotExist:
        raise Http404("No such short link") from None


@require_safe
@cache_control(max_age=300, public=True)
def follow(request, code):
    link = _link_or_404(code)
    page = link.campaign_page()
    if page is None:
        with translation.override(link.language_code):
            response = render(request, "campaigns/short_link_ended.html", status=410)
        return response
    return HttpResponseRedirect(with_parameters(page.get_full_url(request), link.utm_parameters()))


def site_root_url(request) -> str | None:
    """The Wagtail Site's root URL for the request, not the Host header as sent."""
    site = Site.find_for_request(request)
    return site.root_url if site else None


def qr_code(link: ShortLink, root_url: str | None = None) -> segno.QRCode:
    return segno.make(short_url(link.code, root_url), error=QR_ERROR_CORRECTION, boost_error=False)


@require_safe
@cache_control(max_age=86400, public=True)
def qr_svg(request, code):
    link = _link_or_404(code)
    response = HttpResponse(content_type="image/svg+xml")
    qr_code(link, site_root_url(request)).save(
        response, kind="svg", border=QR_BORDER, xmldecl=True, svgns=True
    )
    response["Content-Disposition"] = f'inline; filename="qr-{link.code}.svg"'
    return response


@require_safe
@cache_control(max_age=86400, public=True)
def qr_png(request, code):
    link = _link_or_404(code)
    response = HttpResponse(content_type="image/png")
    qr_code(link, site_root_url(request)).save(
        response, kind="png", border=QR_BORDER, scale=QR_PNG_SCALE
    )
    response["Content-Disposition"] = f'inline; filename="qr-{link.code}.png"'
    return response
