"""Following a short link, and its QR code.

Posters hang for months: the redirect is temporary (302), so the campaign can move, and it
is looked up on every scan. No cookie is set and nothing about the reader is recorded; the
UTM parameters in the address are the only trace, and they describe the poster, not the
person.
"""

from django.http import Http404, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe
from wagtail.models import Site

from campaigns import qr
from campaigns.models import ShortLink
from campaigns.tracking import SHORT_CODE_ALPHABET, short_url, with_parameters

# Longer than any code ever made (ShortLink.code holds 16): anything longer is not looked up.
MAX_CODE_LENGTH = 16


def _link_or_404(code: str) -> ShortLink:
    # Codes are printed: a reader may type them in capitals.
    code = (code or "").strip().lower()
    if not (0 < len(code) <= MAX_CODE_LENGTH and set(code) <= set(SHORT_CODE_ALPHABET)):
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
        # Told in the language of the poster, which is the reader's best guess at theirs.
        with translation.override(link.language_code):
            return render(request, "campaigns/short_link_ended.html", status=410)
    return HttpResponseRedirect(link_destination(link, page, request))


def link_destination(link: ShortLink, page, request=None) -> str:
    return with_parameters(page.get_full_url(request), link.utm_parameters())


def site_root_url(request) -> str | None:
    """The Wagtail Site's root URL for the request, not the Host header as sent."""
    site = Site.find_for_request(request)
    return site.root_url if site else None


@require_safe
@cache_control(max_age=86400, public=True)
def qr_svg(request, code):
    link = _link_or_404(code)
    response = HttpResponse(
        qr.svg(short_url(link.code, site_root_url(request))), content_type="image/svg+xml"
    )
    response["Content-Disposition"] = f'inline; filename="qr-{link.code}.svg"'
    return response


@require_safe
@cache_control(max_age=86400, public=True)
def qr_png(request, code):
    link = _link_or_404(code)
    response = HttpResponse(
        qr.png(short_url(link.code, site_root_url(request))), content_type="image/png"
    )
    response["Content-Disposition"] = f'inline; filename="qr-{link.code}.png"'
    return response


def short_links_for(page, posts) -> dict:
    """{post_key: ShortLink} for the posts whose channel prints or texts a short link, in
    the page's language; links missing so far are made now. One query when all exist."""
    wanted = {post.post_key: post for post in posts if post.rules.uses_short_link}
    if not wanted or page.pk is None:
        return {}
    language_code = page.locale.language_code
    found = {
        link.post_key: link
        for link in ShortLink.objects.filter(
            campaign_key=page.translation_key,
            language_code=language_code,
            post_key__in=list(wanted),
        )
    }
    for key, post in wanted.items():
        if key not in found:
            # for_post reads post.page, which a revision's posts may hold as another copy.
            post.page = page
            found[key] = ShortLink.objects.for_post(post, language_code)
    return found
