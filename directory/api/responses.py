"""How every API response is sent: JSON or NDJSON, open to any origin, cacheable, no cookies.

The API is public data for other services' apps and websites, so any origin may read it
(GET only, no credentials). Errors are JSON too: 400 for unusable parameters, 404 for
unknown ids, 405 for anything but GET/HEAD/OPTIONS.
"""

import json
from functools import wraps

from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.utils.translation import gettext_lazy as _

from directory.api.params import BadParameter

ALLOWED_METHODS = ("GET", "HEAD", "OPTIONS")
CACHE_SECONDS = 300
JSON_OPTIONS = {"ensure_ascii": False, "separators": (",", ":")}
NDJSON_TYPE = "application/x-ndjson; charset=utf-8"


def _open_to_all(response, *, cache=True):
    response["Access-Control-Allow-Origin"] = "*"
    response["Cross-Origin-Resource-Policy"] = "cross-origin"
    response["Cache-Control"] = f"public, max-age={CACHE_SECONDS}" if cache else "no-store"
    return response


def error(status: int, message, detail="", parameter: str = "") -> JsonResponse:
    body = {"error": str(message), "detail": str(detail)}
    if parameter:
        body["parameter"] = parameter
    response = JsonResponse(body, status=status, json_dumps_params=JSON_OPTIONS)
    # Errors may be cached briefly too: the same address gives the same error.
    return _open_to_all(response, cache=status != 405)


def not_found(detail=""):
    return error(404, _("Not found"), detail or _("Nothing has this id."))


def json_response(data) -> JsonResponse:
    return JsonResponse(data, json_dumps_params=JSON_OPTIONS, safe=False)


def ndjson_response(objects) -> StreamingHttpResponse:
    """One JSON object per line, streamed: the spec's format=ndjson, without pages."""
    lines = (json.dumps(obj, **JSON_OPTIONS) + "\n" for obj in objects)
    return StreamingHttpResponse(lines, content_type=NDJSON_TYPE)


def _preflight():
    response = HttpResponse(status=204)
    response["Access-Control-Allow-Methods"] = ", ".join(ALLOWED_METHODS)
    response["Access-Control-Allow-Headers"] = "Accept, Accept-Language, Content-Type"
    response["Access-Control-Max-Age"] = "86400"
    response["Allow"] = ", ".join(ALLOWED_METHODS)
    return _open_to_all(response)


def api_view(view):
    """GET (and HEAD) only, CORS for all, JSON errors; the view returns a response."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            return _preflight()
        if request.method not in ALLOWED_METHODS:
            response = error(405, _("Method not allowed"), _("This API is read-only: use GET."))
            response["Allow"] = ", ".join(ALLOWED_METHODS)
            return response
        try:
            response = view(request, *args, **kwargs)
        except BadParameter as problem:
            return error(
                400,
                _("Bad parameter: %(name)s") % {"name": problem.parameter},
                problem.message,
                problem.parameter,
            )
        except Http404:
            return not_found()
        return _open_to_all(response)

    # Cross-site requests carry no cookie or token here, so there is nothing to forge.
    wrapper.csrf_exempt = True
    return wrapper
