"""Readers report a problem with a listing, at <service address>report-problem/.

No account and no personal data: the report holds the service, the kind of problem, the
optional details and the language of the page. Spam meets a honeypot and a rate limit per
connection, counted in the cache under a keyed hash of the address and the hour, so that
neither the database nor the logs ever see who reported what.
"""

import datetime
import hashlib
import hmac
import ipaddress

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.middleware.csrf import CsrfViewMiddleware
from django.template.response import TemplateResponse
from django.urls import re_path
from django.utils import timezone
from django.views.decorators.csrf import csrf_exempt
from wagtail.models import Page
from wagtail.views import serve as wagtail_serve

from directory.forms import ProblemReportForm
from directory.models import ProblemReport, ServicePage
from portal.localization import reader_language
from portal.pages import BasePage

REPORTS_PER_HOUR = 5
ROUTE_NAME = "report_problem"
SENT_PARAMETER = "sent"
ALLOWED_METHODS = ["GET", "HEAD", "POST"]


class HttpResponseSeeOther(HttpResponseRedirect):
    """After a POST, the browser fetches the thank-you state with GET (no resubmission)."""

    status_code = 303


def report_problem(page, request):
    """The form of one live service (ServicePage.report_problem routes here)."""
    if request.method not in ALLOWED_METHODS:
        return HttpResponseNotAllowed(ALLOWED_METHODS)
    if request.method != "POST":
        state = "sent" if SENT_PARAMETER in request.GET else "form"
        return render_report_page(page, request, ProblemReportForm(), state)

    if not comes_from_this_site(request):
        return render_report_page(page, request, None, "refused", status=403)
    key = rate_limit_key(request.META.get("REMOTE_ADDR", ""))
    if cache.get(key, 0) >= REPORTS_PER_HOUR:
        response = render_report_page(page, request, None, "rate_limited", status=429)
        response["Retry-After"] = str(seconds_to_next_hour())
        return response

    form = ProblemReportForm(request.POST)
    if form.caught_in_honeypot:
        # Robots are thanked like people, so they learn nothing from the answer.
        count_report(key)
        return HttpResponseSeeOther(sent_url(page, request))
    if not form.is_valid():
        return render_report_page(page, request, form, "form")
    ProblemReport.objects.create(
        # An alias stands in for its original: editors correct (and count reports on) that.
        service_id=page.alias_of_id or page.pk,
        kind=form.cleaned_data["kind"],
        message=form.cleaned_data["details"],
        language=reader_language(),
    )
    count_report(key)
    return HttpResponseSeeOther(sent_url(page, request))


def render_report_page(page, request, form, state, status=200):
    # The page's own context without the service's (hours, locations...): the form shows
    # the service's name and nothing about where it is, which keeps confidential places so.
    context = BasePage.get_context(page, request)
    context.update(
        {
            "form": form,
            "state": state,
            "untranslated_notice": False,
            "service_language": (
                page.source_language_version.locale.language_code
                if page.is_untranslated_alias
                else ""
            ),
            "service_url": page.get_url(request),
            "form_url": form_url(page, request),
            "reports_per_hour": REPORTS_PER_HOUR,
        }
    )
    return TemplateResponse(request, "directory/problem_report.html", context, status=status)


def form_url(page, request) -> str:
    return page.get_url(request) + page.reverse_subpage(ROUTE_NAME)


def sent_url(page, request) -> str:
    return f"{form_url(page, request)}?{SENT_PARAMETER}=1"


# Rate limit. Only a keyed hash of the address and the hour reaches the cache, and it
# expires with the hour; the address itself is not kept anywhere. Behind a proxy,
# REMOTE_ADDR must be the reader's address (the production-engines issue sets that up).


def rate_limit_key(client_address: str, now: datetime.datetime | None = None) -> str:
    hour = int((now or timezone.now()).timestamp()) // 3600
    client = client_network(client_address)
    digest = hmac.new(
        settings.SECRET_KEY.encode(), f"{hour}|{client}".encode(), hashlib.sha256
    ).hexdigest()
    return f"directory:problem-reports:{digest}"


def client_network(address: str) -> str:
    """The address, or for IPv6 its /64: one connection is given a whole /64 and may pick
    any address in it."""
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return address
    if ip.version == 6:
        return str(ipaddress.ip_network(f"{ip}/64", strict=False))
    return str(ip)


def count_report(key: str) -> None:
    cache.add(key, 0, timeout=seconds_to_next_hour() + 60)
    try:
        cache.incr(key)
    except ValueError:  # expired in between: this report starts the next hour's count
        cache.set(key, 1, timeout=3600)


def seconds_to_next_hour() -> int:
    return 3600 - int(timezone.now().timestamp()) % 3600


# Cross-site request forgery without a cookie.
#
# Anonymous readers get no cookie, on GET or POST, so the form carries no CSRF token
# (Django's token lives in a cookie, and {% csrf_token %} would set it on GET). The report
# address is exempt from Django's token check instead (serve_report_form below), and the
# view refuses posts that the browser says come from another site: the Origin header when
# present (browsers send it with every POST; the Referer is no help, the referrer policy
# strips it) and Sec-Fetch-Site. A forged post could at worst add an item to the moderation
# queue, which the rate limit bounds; it can change nothing and read nothing.


def comes_from_this_site(request) -> bool:
    if request.headers.get("Sec-Fetch-Site", "same-origin") not in {"same-origin", "none"}:
        return False
    origin = request.headers.get("Origin")
    if origin is None:
        return True
    this_site = f"{request.scheme}://{request.get_host()}"
    return origin == this_site or origin in settings.CSRF_TRUSTED_ORIGINS


def is_report_route(route_result) -> bool:
    if route_result is None:
        return False
    page, args, _kwargs = route_result
    view = args[0] if args else None
    return isinstance(page, ServicePage) and getattr(view, "__func__", None) is getattr(
        ServicePage, ROUTE_NAME
    )


def _no_response(request):
    return None


@csrf_exempt
def serve_report_form(request, path):
    """Wagtail's page view for addresses ending in report-problem/, exempt from the CSRF
    token check when (and only when) the address is a service's report form."""
    route_result = Page.route_for_request(request, path)
    # No page at all is a 404 whatever the method; any other page that happens to end so
    # keeps the site's usual protection.
    if route_result is not None and not is_report_route(route_result):
        refusal = CsrfViewMiddleware(_no_response).process_view(request, wagtail_serve, (path,), {})
        if refusal is not None:
            return refusal
    # The route found above is cached on the request: Wagtail does not look it up again.
    return wagtail_serve(request, path)


# Include in portal/urls.py's i18n_patterns, before Wagtail's own URLs.
urlpatterns = [
    re_path(
        r"^((?:[\w\-]+/)+report-problem/)$", serve_report_form, name="directory_report_problem"
    ),
]
