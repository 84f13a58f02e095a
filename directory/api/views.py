"""HSDS 3.0 endpoints for services and service_at_locations.

Lists follow the spec: one-to-one fields unless full=true, the Page envelope, or every
result as NDJSON (format=ndjson, no pages). Single objects are fully nested. Extensions:
locale=vi|en on every endpoint (default vi: see directory.hsds.versions for which page is
shown), and lat, lng, proximity (metres) on /service_at_locations, which then returns
only locations with a position, nearest first, each with its `distance` in metres (an
extra property; the HSDS schemas allow them). Confidential locations never appear.
Each list costs the same number of queries however many results it has.
"""

from django.db.models import Count, Window
from django.utils.translation import gettext_lazy as _

from directory.admin_units import distance_m
from directory.api import params
from directory.api.filters import filtered_services, nearest_row_ids, public_service_locations
from directory.api.pages import chunked, envelope
from directory.api.params import BadParameter
from directory.api.responses import api_view, json_response, ndjson_response, not_found
from directory.hsds.serialize import (
    iso_datetime,
    prefetch_for_hsds,
    prefetch_service_locations,
    service_at_location_object,
    service_object,
    shown_services,
)
from directory.models import ServiceLocation, ServicePage

SERVICE_ORDER = ("sort_name", "pk")
MINIMAL_FIELDS = ("pk", "translation_key", "last_published_at", "latest_revision_created_at")


def counted_window(queryset, paging) -> tuple[int, list]:
    """(total, this page's rows) in one query: the total rides on each row as a window
    count. Only a page past the end needs a second query to count."""
    rows = list(
        queryset.annotate(total_found=Window(Count("pk")))[
            paging.offset : paging.offset + paging.per_page
        ]
    )
    if rows:
        total = rows[0]["total_found"] if isinstance(rows[0], dict) else rows[0].total_found
        return total, rows
    return (queryset.count() if paging.offset else 0), rows


def _minimal(row) -> dict:
    return {
        "id": str(row["translation_key"]),
        "last_modified": iso_datetime(
            row["last_published_at"] or row["latest_revision_created_at"]
        ),
    }


def _service_objects(pks, language, full) -> list:
    """Service objects for these page ids, in their order (a constant number of queries)."""
    pages = prefetch_for_hsds(ServicePage.objects.filter(pk__in=pks), language, full=full)
    position = {pk: index for index, pk in enumerate(pks)}
    pages.sort(key=lambda page: position[page.pk])
    return [service_object(page, full=full, language=language) for page in pages]


def _stream_services(pks, language, full):
    for chunk in chunked(pks):
        yield from _service_objects(chunk, language, full)


@api_view
def services(request):
    query = request.GET
    language = params.locale(query)
    output = params.response_format(query)
    minimal = params.boolean(query, "minimal")
    full = params.boolean(query, "full")
    paging = params.paging(query, minimal=minimal)
    found = filtered_services(query, language).order_by(*SERVICE_ORDER)
    if output == "ndjson":
        if minimal:
            return ndjson_response(_minimal(row) for row in found.values(*MINIMAL_FIELDS))
        pks = list(found.values_list("pk", flat=True))
        return ndjson_response(_stream_services(pks, language, full))
    total, rows = counted_window(found.values(*MINIMAL_FIELDS), paging)
    if minimal:
        contents = [_minimal(row) for row in rows]
    else:
        contents = _service_objects([row["pk"] for row in rows], language, full)
    return json_response(envelope(total, paging, contents))


@api_view
def service(request, id):
    language = params.locale(request.GET)
    service_id = params.hsds_id(id)
    found = prefetch_for_hsds(shown_services(language).filter(translation_key=service_id), language)
    if not found:
        return not_found()
    return json_response(service_object(found[0], language=language))


def _located_rows(rows):
    return rows.select_related("service__organization", "service__locale", "location")


def _sal_objects(rows, language, full, point=None) -> list:
    prefetch_service_locations(rows, language, full=full)
    objects = []
    for row in rows:
        obj = service_at_location_object(row, full=full, language=language)
        if obj is None:  # Kept out by the query already; never publish one regardless.
            continue
        if point is not None:
            location = row.location
            obj["distance"] = round(
                distance_m(point.lat, point.lng, location.latitude, location.longitude)
            )
        objects.append(obj)
    return objects


def _rows_in_order(pks) -> list:
    found = {row.pk: row for row in _located_rows(ServiceLocation.objects.filter(pk__in=pks))}
    return [found[pk] for pk in pks if pk in found]


def _stream_sals(pks, language, full, point):
    for chunk in chunked(pks):
        yield from _sal_objects(_rows_in_order(chunk), language, full, point)


@api_view
def service_at_locations(request):
    query = request.GET
    language = params.locale(query)
    output = params.response_format(query)
    full = params.boolean(query, "full")
    paging = params.paging(query)
    if query.get("postcode", "").strip():
        raise BadParameter("postcode", _("Postcodes are not supported here: give lat and lng."))
    point = params.point(query)
    services = filtered_services(query, language)
    if point is not None:
        pks = nearest_row_ids(services, point)
        if output == "ndjson":
            return ndjson_response(_stream_sals(pks, language, full, point))
        window = _rows_in_order(pks[paging.offset : paging.offset + paging.per_page])
        objects = _sal_objects(window, language, full, point)
        return json_response(envelope(len(pks), paging, objects))
    rows = public_service_locations(services).order_by(
        "service__sort_name", "service_id", "sort_order", "pk"
    )
    if output == "ndjson":
        pks = list(rows.values_list("pk", flat=True))
        return ndjson_response(_stream_sals(pks, language, full, None))
    total, window = counted_window(_located_rows(rows), paging)
    return json_response(envelope(total, paging, _sal_objects(window, language, full)))


@api_view
def service_at_location(request, id):
    language = params.locale(request.GET)
    row_id = params.hsds_id(id)
    rows = public_service_locations(shown_services(language)).filter(hsds_id=row_id)
    objects = _sal_objects(list(_located_rows(rows)[:1]), language, full=True)
    if not objects:
        return not_found()
    return json_response(objects[0])
