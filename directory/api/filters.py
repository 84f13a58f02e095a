"""The spec's filters on services, shared by /services and /service_at_locations.

search matches folded words (no diacritics, đ as d, any case) in the service's text, its
organisation's and categories' names and its public locations (directory.queries).
taxonomy_term_id takes a category's id or a safety term's; taxonomy_id the portal's
category taxonomy, an imported one, or the safety taxonomy (a service with any safety
fact). An id that names nothing is a 400: a typo must not look like "no services".
"""

from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from directory.api import params
from directory.api.params import BadParameter
from directory.hsds import vocabulary as vocab
from directory.hsds.versions import shown_services
from directory.models import (
    Organization,
    ServiceCategory,
    ServiceLocation,
    ServicePage,
    ServicePhone,
    Taxonomy,
)
from directory.queries import (
    keyword_q,
    squared_degrees,
    squared_degrees_for,
    within_box_q,
)

CATEGORY_LINKS = ServicePage.categories.through


def _term_q(term_id: str) -> Q:
    term = vocab.FIXED_TERMS_BY_ID.get(term_id)
    if term in vocab.SAFETY_TERMS:
        return Q(**{term.field: True})
    if term is vocab.ZALO_TERM:
        return Q(Exists(ServicePhone.objects.filter(service_id=OuterRef("pk"), on_zalo=True)))
    if term is None and ServiceCategory.objects.filter(translation_key=term_id).exists():
        return Q(
            Exists(
                CATEGORY_LINKS.objects.filter(
                    servicepage_id=OuterRef("pk"), servicecategory__translation_key=term_id
                )
            )
        )
    raise BadParameter("taxonomy_term_id", _("No taxonomy term has this id."))


def _taxonomy_q(taxonomy_id: str) -> Q:
    if taxonomy_id == vocab.SAFETY_TAXONOMY_ID:
        q = Q()
        for term in vocab.SAFETY_TERMS:
            q |= Q(**{term.field: True})
        return q
    if Taxonomy.objects.filter(id=taxonomy_id).exists():
        return Q(
            Exists(
                CATEGORY_LINKS.objects.filter(
                    servicepage_id=OuterRef("pk"), servicecategory__taxonomy_id=taxonomy_id
                )
            )
        )
    raise BadParameter("taxonomy_id", _("No taxonomy has this id."))


def filtered_services(query, language: str):
    """Live services in `language` matching the request's filters (unordered)."""
    services = shown_services(language)
    text = params.search(query)
    if text and (matching := keyword_q(text)) is not None:
        services = services.filter(matching)
    if term_id := params.hsds_id(query.get("taxonomy_term_id"), "taxonomy_term_id"):
        services = services.filter(_term_q(term_id))
    if taxonomy_id := params.hsds_id(query.get("taxonomy_id"), "taxonomy_id"):
        services = services.filter(_taxonomy_q(taxonomy_id))
    if organization_id := params.hsds_id(query.get("organization_id"), "organization_id"):
        if not Organization.objects.filter(translation_key=organization_id).exists():
            raise BadParameter("organization_id", _("No organisation has this id."))
        services = services.filter(organization__translation_key=organization_id)
    if after := params.modified_after(query):
        services = services.filter(last_published_at__gte=after)
    return services


def public_service_locations(services):
    """The service_at_location rows of these services that may be published."""
    return ServiceLocation.objects.filter(
        service__in=services.values("pk"), location__is_confidential=False
    )


# Up to this many services near a point are checked by id; beyond, all shown ids are read.
_CHECK_BY_ID = 500


def nearest_row_ids(services, point: params.Point) -> list[int]:
    """Ids of the public service_at_location rows of these services that have a position,
    nearest first, within point.proximity metres when given.

    Two plain queries (the rows near the point, then which of their services are shown)
    sorted in Python: SQLite plans that far better than one query with the language
    choice nested inside, and it costs the same however many rows match.
    The SQL distance is the equirectangular approximation of directory.queries, which
    errs on the near side, so nothing beyond the proximity is returned.
    """
    rows = ServiceLocation.objects.filter(
        location__is_confidential=False,
        location__latitude__isnull=False,
        location__longitude__isnull=False,
    )
    if point.proximity:
        rows = rows.filter(within_box_q(point.lat, point.lng, point.proximity, "location__"))
    rows = rows.annotate(squared=squared_degrees(point.lat, point.lng, "location__"))
    if point.proximity:
        rows = rows.filter(squared__lte=squared_degrees_for(point.proximity))
    candidates = list(rows.values_list("pk", "service_id", "squared"))
    service_ids = {service_id for _pk, service_id, _squared in candidates}
    if len(service_ids) <= _CHECK_BY_ID:
        services = services.filter(pk__in=service_ids)
    shown = set(services.values_list("pk", flat=True))
    kept = sorted((squared, pk) for pk, service_id, squared in candidates if service_id in shown)
    return [pk for _squared, pk in kept]
