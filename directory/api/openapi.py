"""The API's description: GET / and the OpenAPI document, and the HSDS schemas it names.

The OpenAPI document is the HSDS 3.0 one (Human Services Data Specification: an Open
Referral resource, https://openreferral.org/, CC BY-SA 4.0), filled in for this server:
its address, the extension parameters, and schema references pointing at copies served
here (/api/hsds/schema/...) rather than at GitHub, so that clients validate against
exactly the files the server was built with and readers' apps make no third-party request.
"""

import copy
import json
import re
from functools import lru_cache

from django.http import HttpResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from directory.api.responses import api_view, json_response, not_found
from directory.hsds.schemas import HSDS_PROFILE, HSDS_VERSION, SCHEMA_DIR, openapi_document

UPSTREAM_SCHEMA = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
# The spec names list schemas it does not ship; the closest shipped ones describe the items.
SCHEMA_SUBSTITUTES = {
    "compiled/organization_list.json": "organization.json",
    "compiled/service_at_location_list.json": "service_at_location.json",
}
SCHEMA_NAME = re.compile(r"^(compiled/)?[a-z_]+$")

EXTENSION_PARAMETERS = {
    "locale": {
        "name": "locale",
        "in": "query",
        "required": False,
        "description": (
            "Extension. The language of the text: vi (default) or en. A record without an "
            "English version is given in Vietnamese."
        ),
        "schema": {"type": "string", "enum": ["vi", "en"], "default": "vi"},
    },
    "lat": {
        "name": "lat",
        "in": "query",
        "required": False,
        "description": (
            "Extension. Latitude (decimal degrees) to sort by distance from; needs lng. "
            "Only locations with a position are returned, nearest first, each with its "
            "`distance` in metres."
        ),
        "schema": {"type": "number", "minimum": -90, "maximum": 90},
    },
    "lng": {
        "name": "lng",
        "in": "query",
        "required": False,
        "description": "Extension. Longitude (decimal degrees); needs lat.",
        "schema": {"type": "number", "minimum": -180, "maximum": 180},
    },
    "proximity": {
        "name": "proximity",
        "in": "query",
        "required": False,
        "description": (
            "Only results within this many metres (up to 200000) of lat and lng. "
            "Postcodes are not supported."
        ),
        "schema": {"type": "number", "minimum": 1, "maximum": 200000},
    },
}
ERROR_SCHEMA = {
    "type": "object",
    "required": ["error", "detail"],
    "properties": {
        "error": {"type": "string"},
        "detail": {"type": "string"},
        "parameter": {"type": "string", "description": "The parameter at fault, if any."},
    },
}


def _schema_file(name: str):
    if not SCHEMA_NAME.match(name):
        return None
    path = SCHEMA_DIR / f"{name}.json"
    return path if path.is_file() else None


# One per host name the site answers to (ALLOWED_HOSTS bounds them).
@lru_cache(maxsize=8)
def _adjusted_document(base_url: str) -> str:
    document = copy.deepcopy(openapi_document())
    document["info"] = {
        "title": "Ho Chi Minh City support services directory: HSDS 3.0 API",
        "version": "1.0.0",
        "summary": "Read-only Open Referral HSDS 3.0 API of the portal's support services.",
        "description": (
            "Support services in Ho Chi Minh City (health, legal, counselling, training, "
            "loans, shelter) in Vietnamese and English. Confidential locations are never "
            "published. This document is adapted from the HSDS 3.0 OpenAPI document: "
            "Human Services Data Specification, an Open Referral resource "
            "(https://openreferral.org/), licensed CC BY-SA 4.0."
        ),
        "license": {
            "name": "CC BY-SA 4.0",
            "url": "https://creativecommons.org/licenses/by-sa/4.0/",
        },
    }
    document["servers"] = [{"url": base_url.rstrip("/")}]
    components = document.setdefault("components", {})
    components.setdefault("parameters", {}).update(EXTENSION_PARAMETERS)
    components.setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    paths = document["paths"]
    # The spec's /service_at_locations/{id} names the service schema by mistake.
    single_sal = paths["/service_at_locations/{id}"]["get"]["responses"]["200"]
    single_sal["content"]["application/json"]["schema"]["$ref"] = (
        UPSTREAM_SCHEMA + "compiled/service_at_location.json"
    )
    locale_ref = {"$ref": "#/components/parameters/locale"}
    error_response = {
        "description": "An unusable parameter or unknown id.",
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
    }
    for address, item in paths.items():
        if address == "/":
            continue
        get = item["get"]
        get.setdefault("parameters", []).append(locale_ref)
        get["responses"].setdefault("400", error_response)
        if "{id}" in address:
            get["responses"].setdefault("404", error_response)
    sal_parameters = paths["/service_at_locations"]["get"]["parameters"]
    sal_parameters += [
        {"$ref": "#/components/parameters/lat"},
        {"$ref": "#/components/parameters/lng"},
    ]
    text = json.dumps(document, ensure_ascii=False, indent=1)

    def local(match):
        name = SCHEMA_SUBSTITUTES.get(match[1], match[1])
        return f"{base_url}schema/{name}"

    return re.sub(re.escape(UPSTREAM_SCHEMA) + r"([a-z_/]+\.json)", local, text)


def _base_url(request) -> str:
    return request.build_absolute_uri(reverse("hsds_api:root"))


@api_view
def root(request):
    return json_response(
        {
            "version": HSDS_VERSION,
            "profile": HSDS_PROFILE,
            "openapi_url": request.build_absolute_uri(reverse("hsds_api:openapi")),
        }
    )


@api_view
def openapi(request):
    return HttpResponse(
        _adjusted_document(_base_url(request)), content_type="application/json; charset=utf-8"
    )


@api_view
def unknown_address(request):
    return not_found(_("This API has no such address. See openapi.json."))


@api_view
def schema(request, name):
    path = _schema_file(name)
    if path is None:
        return not_found()
    return HttpResponse(path.read_bytes(), content_type="application/schema+json")
