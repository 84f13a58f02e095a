"""Export the directory as an HSDS tabular data package that `import_hsds` reads back.

The objects are directory.hsds.serialize's (the same as the API's), flattened into tables
by directory.hsds.tabular_writer, so import, export and API share one mapping. An export in
the default language holds every live service; an export in another language holds the
services translated into it (what `import_hsds --locale` of that language reads back).

A complete export (the default) includes confidential locations and checkers' emails, so
that it restores the directory exactly; `public=True` leaves them out, as the API does.
"""

from pathlib import Path

from django.conf import settings

from directory.hsds import serialize
from directory.hsds.tabular_writer import write_package
from directory.models import ServiceCategory, ServicePage
from portal.localization import default_language


def services_to_export(language: str) -> list[ServicePage]:
    pages = ServicePage.objects.filter(
        live=True, alias_of__isnull=True, locale__language_code=language
    ).order_by("path")
    return serialize.prefetch_for_hsds(pages, language)


def ancestor_terms(services, language: str) -> list[dict]:
    """The parents (and theirs) of the services' categories, which the services do not
    link to but the category tree needs."""
    linked = {category.pk for service in services for category in service.categories.all()}
    parents = {
        category.parent_id
        for service in services
        for category in service.categories.all()
        if category.parent_id
    }
    terms, seen = [], set(linked)
    while parents - seen:
        rows = list(ServiceCategory.objects.filter(pk__in=parents - seen))
        seen |= parents
        parents = {row.parent_id for row in rows if row.parent_id}
        in_language = {
            str(row.translation_key): row
            for row in ServiceCategory.objects.filter(
                translation_key__in=[row.translation_key for row in rows],
                locale__language_code=language,
            )
        }
        terms += [
            serialize.taxonomy_term_object(
                in_language.get(str(row.translation_key), row), language=language
            )
            for row in rows
        ]
    return terms


def export_package(folder, *, language: str | None = None, public: bool = False) -> dict:
    """Write the data package; returns {file name: rows written}."""
    language = language or default_language()
    pages = services_to_export(language)
    services = [
        serialize.service_object(page, language=language, private=not public) for page in pages
    ]
    return write_package(
        Path(folder),
        services,
        terms=ancestor_terms(pages, language),
        title=f"{settings.WAGTAIL_SITE_NAME}: HSDS 3.0 ({language})",
        language=language,
    )
