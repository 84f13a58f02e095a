"""Import HSDS 3.0 services: check every record first, then write all of them or none.

    report = import_services(load_services(path), language="vi", dry_run=False)

1. Read: each service object is validated against the HSDS schema and the portal's rules
   (directory.hsds.records); a record shared by several services (an organisation, a
   location, a category) must say the same thing each time.
2. Check against the directory: a page id that belongs to another kind of page, a
   category named only by id that does not exist, and for a translation (--locale en),
   Vietnamese records that are missing.
3. Write, in one transaction: the directory page if the site has none, taxonomies,
   categories, organisations, locations, spoken languages, then the service pages
   (directory.hsds.saving, directory.hsds.service_pages). A dry run does the same and
   rolls back, so its report is exactly what a real run would do.

Any problem raises InvalidImport with one line per problem, and nothing is written.
Services stored but absent from the file are left alone: an import adds and updates.
What public HSDS never carries is kept rather than erased: a checker's email, a service's
confidential locations, a location's confidentiality, the one-line summary.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import get_language_info
from wagtail.models import Locale, Page, ReferenceIndex, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from directory.hsds.records import Problems, read_service, read_term
from directory.hsds.saving import Report, SnippetWriter
from directory.hsds.schemas import errors as schema_errors
from directory.hsds.service_pages import PAGE_RELATIONS, ServicePageWriter
from directory.models import Location, Organization, ServiceCategory, ServicePage
from portal.localization import default_language


class InvalidImport(Exception):
    """The input has problems; `problems` has one line per problem, naming record and field."""

    def __init__(self, problems: list[str]):
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


class _Shared:
    """Records that several services share, by id; a second, different copy is a problem.

    A record that only names its id (a taxonomy without details) gives way to a full one.
    """

    def __init__(self):
        self.by_kind: dict[str, dict] = {}

    def add(self, kind: str, key: str, record, problems, where: str):
        known = self.by_kind.setdefault(kind, {})
        first = known.get(key)
        if first is None or (first.fields is None and record.fields is not None):
            known[key] = record
        elif record.fields is not None and first != record:
            problems.add(
                where,
                f"differs from {kind} {key} elsewhere in the file; give the same values everywhere",
            )

    def records(self, kind: str) -> list:
        return list(self.by_kind.get(kind, {}).values())


def _read(raw: list, translating: bool):
    services, shared, problems = [], _Shared(), []
    seen = set()
    for position, obj in enumerate(raw, start=1):
        record, found = read_service(obj, position, translating=translating)
        if record is not None:
            if record.key in seen:
                found.add("id", "appears twice in the file")
            seen.add(record.key)
            if record.organization:
                organization = record.organization
                shared.add("organization", organization.key, organization, found, "organization")
            for index, (_link, location, _text) in enumerate(record.locations):
                where = f"service_at_locations.{index}.location"
                shared.add("location", location.key, location, found, where)
            for term in record.terms:
                if not term.fields:
                    continue  # named by id only: a stored category
                shared.add("category", term.key, term, found, "attributes")
                if term.taxonomy:
                    taxonomy = term.taxonomy
                    shared.add("taxonomy", taxonomy.id, taxonomy, found, "attributes")
        problems += found.lines
        if record is not None and not found:
            services.append(record)
    return services, shared, problems


def _add_parent_terms(shared: _Shared, terms: dict, problems: list) -> None:
    """Categories' parents that a data package lists but no service links to."""
    known = {record.key for record in shared.records("category")}
    waiting = [record.parent_key for record in shared.records("category") if record.parent_key]
    while waiting:
        key = waiting.pop()
        if key in known or key not in terms:
            continue  # a stored category, or none (the link is left empty)
        known.add(key)
        found = Problems(f"taxonomy term {key}")
        for line in schema_errors(terms[key], "taxonomy_term"):
            where, _sep, message = line.partition(": ")
            found.add(where, message)
        record = None if found else read_term(terms[key], found, "(record)")
        if record is not None and not found:
            shared.add("category", key, record, found, "(record)")
            if record.taxonomy:
                shared.add("taxonomy", record.taxonomy.id, record.taxonomy, found, "taxonomy")
            if record.parent_key:
                waiting.append(record.parent_key)
        problems += found.lines


def _stored_keys(model, locale, keys) -> set[str]:
    """Which of these HSDS ids the directory has in this language."""
    found = model.objects.filter(translation_key__in=list(keys), locale=locale)
    return {str(key) for key in found.values_list("translation_key", flat=True)}


def _check_default_language(services, shared, source_locale, report) -> list[str]:
    problems = []
    keys = [service.key for service in services]
    other_pages = (
        Page.objects.filter(translation_key__in=keys, locale=source_locale)
        .exclude(content_type__model="servicepage", content_type__app_label="directory")
        .values_list("translation_key", flat=True)
    )
    problems += [
        f"service {key}: id: belongs to a page that is not a service" for key in other_pages
    ]
    described = {term.key for term in shared.records("category")}
    named_only = {
        term.key for service in services for term in service.terms if term.key not in described
    }
    stored = _stored_keys(ServiceCategory, source_locale, named_only)
    for service in services:
        for term in service.terms:
            if term.key in named_only - stored:
                problems.append(
                    f"service {service.key}: attributes: taxonomy term {term.key} is neither in "
                    "the file nor in the directory"
                )
    organizations = {record.key for record in shared.records("organization")}
    stored_organizations = _stored_keys(
        Organization,
        source_locale,
        [
            record.organization_key
            for record in shared.records("location")
            if record.organization_key
        ],
    )
    for location in shared.records("location"):
        key = location.organization_key
        if key and key not in organizations and key not in stored_organizations:
            report.warn(f"location {location.key}: organization {key} is unknown; left empty")
            location.organization_key = None
    return problems


def _check_translation(services, shared, source_locale) -> list[str]:
    """A translation needs the default-language records it translates."""
    problems = []
    pages = {
        str(page.translation_key): page
        for page in ServicePage.objects.filter(
            translation_key__in=[s.key for s in services], locale=source_locale
        ).prefetch_related("phones", "closures", "service_locations")
    }
    language = get_language_info(source_locale.language_code)["name"]
    for service in services:
        page = pages.get(service.key)
        if page is None:
            problems.append(
                f"service {service.key}: id: no {language} service has this id; import the "
                f"{language} records first"
            )
            continue
        stored = {
            "phones": {str(row.hsds_id) for row in page.phones.all()},
            "closures": {str(row.hsds_id) for row in page.closures.all()},
            "service_at_locations": {str(row.hsds_id) for row in page.service_locations.all()},
        }
        given = {
            "phones": [phone["hsds_id"] for phone in service.phones],
            "closures": [closure["hsds_id"] for closure in service.closures],
            "service_at_locations": [link for link, _location, _text in service.locations],
        }
        for kind, ids in given.items():
            for hsds_id in ids:
                if hsds_id not in stored[kind]:
                    problems.append(
                        f"service {service.key}: {kind}: {hsds_id} is not in the {language} service"
                    )
    for kind, model in (
        ("organization", Organization),
        ("location", Location),
        ("category", ServiceCategory),
    ):
        keys = [record.key for record in shared.records(kind)]
        stored = _stored_keys(model, source_locale, keys)
        problems += [
            f"{kind} {key}: id: no {language} {kind} has this id; import the {language} "
            "records first"
            for key in keys
            if key not in stored
        ]
    return problems


def import_services(
    raw: list, *, terms: dict | None = None, language: str | None = None, dry_run: bool = False
) -> Report:
    """Import a list of HSDS service objects; see the module. Raises InvalidImport.

    `terms` are taxonomy terms by id that services may not link to but their categories
    descend from (a data package's taxonomy_terms.csv).
    """
    language = language or default_language()
    locale = Locale.objects.filter(language_code=language).first()
    source_locale = Locale.objects.filter(language_code=default_language()).first()
    if locale is None or source_locale is None:
        raise InvalidImport([f"{language!r} is not a language of the site"])
    if not Site.objects.filter(is_default_site=True).exists():
        raise InvalidImport(["the site has no default site: run `manage.py migrate` first"])
    translating = locale != source_locale
    services, shared, problems = _read(raw, translating)
    _add_parent_terms(shared, terms or {}, problems)
    report = Report()
    if not problems:
        if translating:
            problems = _check_translation(services, shared, source_locale)
        else:
            problems = _check_default_language(services, shared, source_locale, report)
    if problems:
        raise InvalidImport(problems)
    try:
        with transaction.atomic():
            # Wagtail reindexes references at every save, a dozen times per new page; once
            # per saved object at the end is enough.
            with disable_reference_index_auto_update():
                _write(services, shared, report, source_locale, locale)
            _update_reference_index(report)
            if dry_run:
                transaction.set_rollback(True)
    except ValidationError as error:
        # The checks above mirror the models' own; this is a safety net, not a path.
        raise InvalidImport([f"not written: {message}" for message in error.messages]) from error
    return report


def _update_reference_index(report: Report) -> None:
    pages = Page.objects.filter(translation_key__in=report.saved_page_keys).specific()
    for instance in [*pages, *report.saved_snippets]:
        if ReferenceIndex.is_indexed(type(instance)):
            ReferenceIndex.create_or_update_for_object(instance)


def _write(services, shared, report, source_locale, locale) -> None:
    if not services:
        return
    snippets = SnippetWriter(report, source_locale, locale)
    pages = ServicePageWriter(report, snippets, source_locale, locale)
    pages.directory()
    categories = shared.records("category")
    organizations = shared.records("organization")
    locations = shared.records("location")
    snippets.existing(ServiceCategory, [record.key for record in categories])
    snippets.existing(Organization, [record.key for record in organizations])
    snippets.existing(Location, [record.key for record in locations])
    languages = {code: name for service in services for code, name in service.languages}
    stored_pages = {
        str(page.translation_key): page
        for page in ServicePage.objects.filter(
            translation_key__in=[service.key for service in services], locale=source_locale
        ).prefetch_related(*PAGE_RELATIONS)
    }
    if locale != source_locale:
        for kind, model, records in (
            ("category", ServiceCategory, categories),
            ("organization", Organization, organizations),
            ("location", Location, locations),
        ):
            for record in records:
                snippets.translate(model, record, kind)
        snippets.write_languages(languages)
        for service in services:
            pages.translate(service, stored_pages[service.key])
        return
    for taxonomy in shared.records("taxonomy"):
        snippets.write_taxonomy(taxonomy)
    for record in categories:
        snippets.write_category(record)
    snippets.link_parents(categories)
    # Categories named only by id are stored ones.
    snippets.existing(ServiceCategory, [term.key for service in services for term in service.terms])
    for record in organizations:
        snippets.write_organization(record)
    for record in locations:
        snippets.write_location(record)
    spoken = snippets.write_languages(languages)
    for service in services:
        pages.write(service, stored_pages, spoken)
