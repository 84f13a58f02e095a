"""Error pages that never fail themselves."""

import logging

from django.http import HttpResponseNotFound, HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

from portal.models import DEFAULT_QUICK_EXIT_URL

logger = logging.getLogger(__name__)


@requires_csrf_token
def page_not_found(request, exception=None):
    try:
        body = loader.render_to_string("404.html", {"request_path": request.path}, request)
    except Exception:
        # The styled page depends on the database (menus, settings); fall back to the
        # plain error page rather than turn a 404 into a 500.
        logger.exception("Could not render the styled 404 page")
        body = _render_plain_error(404)
    return HttpResponseNotFound(body)


@requires_csrf_token
def server_error(request):
    # Rendered without a request context: nothing that can fail again, and no details.
    return HttpResponseServerError(_render_plain_error(500))


def _render_plain_error(status_code):
    return loader.render_to_string(
        "500.html", {"status_code": status_code, "exit_url": DEFAULT_QUICK_EXIT_URL}
    )
