"""HSDS 3.0 endpoints for organizations, taxonomies and taxonomy terms.

These lists are short next to services (a few hundred organisations, dozens of terms), so
search folds their names in Python, which ignores diacritics the same way on every
database. /taxonomies and /taxonomy_terms also list the portal's fixed safety taxonomy
(directory.hsds.vocabulary), which services' attributes point to.
"""

from collections import defaultdict

from django.utils.translation import gettext_lazy as _

from directory.api import params
from directory.api.pages import envelope, list_page
from directory.api.params import BadParameter
from directory.api.responses import api_view, json_response, ndjson_response, not_found
from directory.hsds import vocabulary as vocab
from directory.hsds.serialize import (
    organization_object,
    prefetch_for_hsds,
    service_object,
    shown_services,
    taxonomy_object,
    taxonomy_term_object,
)
from directory.hsds.versions import shown_versions
from directory.models import Location, Organization, ServiceCategory, Taxonomy
from directory.queries import MAX_KEYWORD_WORDS
from portal.text import fold, folded_words


def _matches(text: str | None, *fields) -> bool:
    words = folded_words(text or "")[:MAX_KEYWORD_WORDS]
    folded = fold(" ".join(str(field) for field in fields if field))
    return all(word in folded for word in words)


def _respond(query, objects_page, all_objects):
    """A page of objects, or all of them as NDJSON."""
    if params.response_format(query) == "ndjson":
        return ndjson_response(all_objects())
    paging = params.paging(query)
    total, contents = objects_page(paging)
    return json_response(envelope(total, paging, contents))


# Organisations ---------------------------------------------------------------------------


def _service_summary(service, language, full_service) -> dict:
    obj = service_object(service, full=full_service, language=language)
    obj.pop("organization", None)  # It is the organisation around it.
    return obj


def _organization_objects(orgs, language, *, full, full_service) -> list:
    if not (full or full_service):
        return [organization_object(org, language=language) for org in orgs]
    keys = [org.translation_key for org in orgs]
    locations = defaultdict(list)
    public = Location.objects.filter(organization__translation_key__in=keys, is_confidential=False)
    for location in (
        shown_versions(public, language).select_related("organization").order_by("name", "pk")
    ):
        locations[location.organization.translation_key].append(location)
    services = defaultdict(list)
    for service in prefetch_for_hsds(
        shown_services(language)
        .filter(organization__translation_key__in=keys)
        .order_by("sort_name", "pk"),
        language,
        full=full_service,
    ):
        summary = _service_summary(service, language, full_service)
        services[service.organization.translation_key].append(summary)
    return [
        organization_object(
            org,
            language=language,
            locations=locations[org.translation_key],
            services=services[org.translation_key],
        )
        for org in orgs
    ]


@api_view
def organizations(request):
    query = request.GET
    language = params.locale(query)
    full = params.boolean(query, "full")
    full_service = params.boolean(query, "full_service")
    text = params.search(query)
    shown = shown_versions(Organization.objects.all(), language).order_by("name", "pk")
    rows = shown.values_list("pk", "name", "alternate_name", "description")
    pks = [pk for pk, *fields in rows if _matches(text, *fields)]

    def objects(page_pks):
        by_pk = {org.pk: org for org in Organization.objects.filter(pk__in=page_pks)}
        orgs = [by_pk[pk] for pk in page_pks if pk in by_pk]
        return _organization_objects(orgs, language, full=full, full_service=full_service)

    def page(paging):
        total, page_pks = list_page(pks, paging)
        return total, objects(page_pks)

    def everything():
        for start in range(0, len(pks), 200):
            yield from objects(pks[start : start + 200])

    return _respond(query, page, everything)


@api_view
def organization(request, id):
    language = params.locale(request.GET)
    full_service = params.boolean(request.GET, "full_service")
    org_id = params.hsds_id(id)
    orgs = list(shown_versions(Organization.objects.filter(translation_key=org_id), language))
    if not orgs:
        return not_found()
    objects = _organization_objects(orgs, language, full=True, full_service=full_service)
    return json_response(objects[0])


# Taxonomies ----------------------------------------------------------------------------


def _all_taxonomies():
    return [vocab.SAFETY_TAXONOMY_ID, *Taxonomy.objects.order_by("name", "id")]


@api_view
def taxonomies(request):
    query = request.GET
    language = params.locale(query)
    text = params.search(query)
    found = [
        obj
        for obj in (taxonomy_object(t, language=language) for t in _all_taxonomies())
        if _matches(text, obj["name"], obj["description"])
    ]
    return _respond(query, lambda paging: list_page(found, paging), lambda: found)


@api_view
def taxonomy(request, id):
    language = params.locale(request.GET)
    taxonomy_id = params.hsds_id(id)
    if taxonomy_id == vocab.SAFETY_TAXONOMY_ID:
        return json_response(taxonomy_object(taxonomy_id, language=language))
    found = Taxonomy.objects.filter(id=taxonomy_id).first()
    if found is None:
        return not_found()
    return json_response(taxonomy_object(found, language=language))


def _categories(language):
    return (
        shown_versions(ServiceCategory.objects.all(), language)
        .select_related("taxonomy", "parent", "locale")
        .order_by("taxonomy__name", "sort_order", "name", "pk")
    )


def _term_list(query, language) -> list:
    categories = _categories(language)
    with_fixed = True
    if taxonomy_id := params.hsds_id(query.get("taxonomy_id"), "taxonomy_id"):
        if taxonomy_id != vocab.SAFETY_TAXONOMY_ID:
            if not Taxonomy.objects.filter(id=taxonomy_id).exists():
                raise BadParameter("taxonomy_id", _("No taxonomy has this id."))
            with_fixed = False
        categories = categories.filter(taxonomy_id=taxonomy_id)
    if parent_id := params.hsds_id(query.get("parent_id"), "parent_id"):
        categories = categories.filter(parent__translation_key=parent_id)
        with_fixed = False
    # The spec's "top_only": terms at the top of their taxonomy, without a parent.
    if params.boolean(query, "top_only"):
        categories = categories.filter(parent__isnull=True)
    terms = [*(vocab.PUBLIC_FIXED_TERMS if with_fixed else ()), *categories]
    objects = [taxonomy_term_object(term, language=language) for term in terms]
    text = params.search(query)
    return [
        obj for obj in objects if _matches(text, obj["name"], obj["description"], obj.get("code"))
    ]


@api_view
def taxonomy_terms(request):
    query = request.GET
    language = params.locale(query)
    found = _term_list(query, language)
    return _respond(query, lambda paging: list_page(found, paging), lambda: found)


@api_view
def taxonomy_term(request, id):
    language = params.locale(request.GET)
    term_id = params.hsds_id(id)
    fixed = vocab.FIXED_TERMS_BY_ID.get(term_id)
    if fixed in vocab.PUBLIC_FIXED_TERMS:
        return json_response(taxonomy_term_object(fixed, language=language))
    found = _categories(language).filter(translation_key=term_id).first()
    if found is None:
        return not_found()
    return json_response(taxonomy_term_object(found, language=language))
