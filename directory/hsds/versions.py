"""Which language version of each record HSDS output shows, and loading it without N+1.

Every HSDS id is a translation key: a service's Vietnamese and English pages, an
organisation's or location's two snippets, share it. Output in a language shows, per key,
the version in that language when it exists and is real (for pages: live and not an
alias, since an alias is the Vietnamese text filed under English), else the default
language's (Vietnamese), else whatever version exists. A page in one language may point
to snippets of another (an English page still naming the Vietnamese organisation), so
related snippets are looked up again by translation key in the output language.
"""

from django.db.models import Exists, OuterRef, Prefetch, Q, Subquery, prefetch_related_objects
from wagtail.models import Locale, Page

from directory.models import (
    Location,
    Organization,
    ServiceCategory,
    ServiceLocation,
    ServicePage,
    ServiceSchedule,
)
from portal.localization import default_language, preferred_versions

SERVICE_RELATIONS_FULL = (
    "categories",
    "languages",
    "phones",
    "closures",
    Prefetch("schedules", queryset=ServiceSchedule.objects.select_related("location")),
    Prefetch(
        "service_locations",
        queryset=ServiceLocation.objects.select_related("location__organization"),
    ),
)


def _locale_id(code: str):
    # A scalar subquery SQLite runs once, instead of a join in every row's check.
    return Subquery(Locale.objects.filter(language_code=code).values("pk")[:1])


def chosen_version_q(model, language: str, eligible: Q | None = None) -> Q:
    """Rows that are the version shown in `language` of their translation key.

    `eligible` says which rows count at all (for pages: live and not an alias); the caller
    must filter the outer queryset by it too. With two languages this keeps exactly one
    row per key.
    """
    default = default_language()
    eligible = eligible or Q()
    # Translations of a page are pages of the same type, so the bare Page table will do.
    versions = Page.objects if issubclass(model, Page) else model._default_manager

    def exists_in(code):
        return Exists(
            versions.filter(
                eligible, translation_key=OuterRef("translation_key"), locale_id=_locale_id(code)
            )
        )

    in_language = Q(locale_id=_locale_id(language))
    if language == default:
        return in_language | ~exists_in(default)
    in_default = Q(locale_id=_locale_id(default))
    return in_language | (~exists_in(language) & (in_default | ~exists_in(default)))


SHOWN_PAGE_Q = Q(live=True, alias_of__isnull=True)


def shown_services(language: str):
    """Live service pages, one per HSDS id, in the output language (see the module)."""
    return (
        ServicePage.objects.public()
        .filter(SHOWN_PAGE_Q)
        .filter(chosen_version_q(ServicePage, language, SHOWN_PAGE_Q))
    )


def shown_versions(queryset, language: str):
    """For translatable snippets (organisations, locations, categories): one per key."""
    return queryset.filter(chosen_version_q(queryset.model, language))


class Versions:
    """The output language's versions of translatable snippets, looked up by translation key.

    `load` costs one query per model, however many keys; `get` returns the object itself
    when no version was loaded for it (an object only in another language).
    """

    def __init__(self, language: str, *, full: bool = True):
        self.language = language
        self.full = full  # whether locations and categories were loaded too
        self._by_model = {}

    def load(self, model, keys, *related) -> None:
        keys = {key for key in keys if key} - set(self._by_model.get(model, {}))
        if not keys:
            return
        languages = {self.language, default_language()}
        rows = model.objects.filter(translation_key__in=keys, locale__language_code__in=languages)
        chosen = self._by_model.setdefault(model, {})
        chosen.update(preferred_versions(rows.select_related("locale", *related), self.language))

    def get(self, obj):
        if obj is None:
            return None
        return self._by_model.get(type(obj), {}).get(obj.translation_key, obj)


def attach_versions(services, language: str, *, full: bool = True) -> Versions:
    """Load, in a few queries, the snippets the services point to, in `language`, and
    remember them on each service (`service.hsds_versions`) for the serializer."""
    versions = Versions(language, full=full)
    versions.load(Organization, {s.organization.translation_key for s in services})
    if full:
        location_keys, category_keys = set(), set()
        for service in services:
            location_keys |= {sl.location.translation_key for sl in service.service_locations.all()}
            location_keys |= {
                s.location.translation_key for s in service.schedules.all() if s.location
            }
            category_keys |= {c.translation_key for c in service.categories.all()}
        versions.load(Location, location_keys, "organization")
        versions.load(ServiceCategory, category_keys, "taxonomy", "parent")
    for service in services:
        service.hsds_versions = versions
    return versions


def prefetch_services(services, language: str, *, full: bool = True) -> list:
    """Prefetch what service_object needs on already-loaded pages (a list); query count
    does not grow with the number of services."""
    services = list(services)
    if full:
        prefetch_related_objects(services, *SERVICE_RELATIONS_FULL)
    attach_versions(services, language, full=full)
    return services


def prefetch_service_locations(rows, language: str, *, full: bool = True) -> list:
    """Prefetch for service_at_location_object on loaded ServiceLocation rows (with their
    service and location selected): everything when full, else only the organisation's
    and the location's versions."""
    rows = list(rows)
    services = [row.service for row in rows]
    if full:
        prefetch_services(services, language, full=True)
    else:
        versions = attach_versions(services, language, full=False)
        versions.load(Location, {row.location.translation_key for row in rows}, "organization")
    return rows


def prefetch_for_hsds(queryset, language: str | None = None, *, full: bool = True) -> list:
    """Evaluate a ServicePage queryset with everything service_object needs (a list).

    services = prefetch_for_hsds(shown_services("en").order_by("sort_name"), "en")
    objects = [service_object(s, language="en") for s in services]
    """
    language = language or default_language()
    services = list(queryset.select_related("organization", "locale"))
    return prefetch_services(services, language, full=full)
