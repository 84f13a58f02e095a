"""Turn directory records into HSDS 3.0 objects: plain dicts, ready for json.dumps.

Used by the API (directory.api) and the exporter. Every function returns an object that
validates with directory.hsds.schemas.errors(obj, name) for the schema named below.

Functions (all keyword options after `*`):

- service_object(service, *, full=True, minimal=False, language=None, with_locations=True,
  private=False) -> dict. full: "compiled/service" (phones, schedules, service_at_locations
  with location and address, languages, attributes, required_documents, cost_options,
  organization). full=False: the one-to-one fields and the organization's, as in the
  spec's service list ("compiled/service_list"). minimal: {"id", "last_modified"} only.
  with_locations=False leaves out service_at_locations (a service nested in a
  service_at_location).
- organization_object(org, *, language=None, locations=None, services=None) -> dict:
  "organization" with locations/services only when given (lists of Location / dicts);
  with them it validates as "compiled/organization".
- location_object(location, *, language=None, full=True, private=False) -> dict | None:
  "location"; None for a confidential location unless private.
- service_at_location_object(service_location, *, full=True, language=None,
  private=False) -> dict | None: full: "compiled/service_at_location" (location with
  address, schedules for that location, the full service); else its one-to-one fields,
  the location's and the service's (the spec's list shape). None if the location is
  confidential (unless private).
- taxonomy_object(taxonomy, *, language=None) -> dict: "taxonomy". Accepts a Taxonomy or
  the string SAFETY_TAXONOMY_ID.
- taxonomy_term_object(term, *, language=None) -> dict: "taxonomy_term", with
  taxonomy_detail. Accepts a ServiceCategory or a vocabulary.FixedTerm.
- prefetch_for_hsds(queryset, language=None, *, full=True) -> list[ServicePage] and
  prefetch_services(list, language, *, full=True): load many services in a constant
  number of queries (directory.hsds.versions); prefetch_service_locations(rows, language,
  *, full=True) the same for ServiceLocation rows; shown_services(language) is the
  queryset of live services, one per id, in that language.

Mapping decisions (the importer reads these back):

- Ids: a service's id is its pages' translation_key; organisations, locations and
  categories use theirs; phones, schedules, closures and service_at_locations their
  hsds_id. Objects the portal keeps no row for get uuid5 ids from their parent
  (vocabulary.derived_id): languages ("language:<code>"), required documents
  ("required_document:<line number>"), the free cost option ("cost_option:free"),
  addresses ("address"), accessibility ("accessibility"), attributes
  (derived_id(linked id, "attribute", term id)).
- Categories and safety facts are service attributes (HSDS 3.0 links services to terms
  through attributes): link_type "category" with the ServiceCategory term, or link_type
  "safety" with value "true" and a term of the fixed safety taxonomy
  (vocabulary.SAFETY_TERMS). Only true facts are written; no attribute means false.
  A phone on Zalo carries the ZALO_TERM attribute.
- Schedules: each weekly period is one schedule: freq WEEKLY, wkst MO, byday MO..SU,
  opens_at/closes_at "HH:MM+07:00", timezone 7. A period that closes at or before it opens
  runs past midnight; 00:00-00:00 is the whole day. Periods for one location only are
  in that service_at_location's schedules (with service_at_location_id and location_id),
  the others in the service's. Closures are schedules in the service's list with
  valid_from, valid_to (the last closed day), notes "closed" (vocabulary.CLOSED_NOTES), the
  reason as description, and no freq or times.
- Address: address_1, city = ward/commune name, region "", state_province = province
  name, postal_code ("" when unknown; HSDS requires it), country "VN", address_type
  "physical" (or "postal" for postal-only locations). Latitude/longitude on the location.
- Confidential locations are left out entirely: no location, service_at_location,
  address, ward, coordinates or schedule of theirs appears. A service whose locations
  are all confidential still appears, with its phones. private=True (exports for the
  portal's own backups only) includes them, marked with CONFIDENTIAL_TERM, and the
  assurer's email; nothing public may pass private=True.
- Language: objects are written in `language` (default: the default language). The
  caller picks the service page (shown_services); related snippets are shown in that
  language by translation key, falling back to Vietnamese per object. Admin unit names
  are official Vietnamese names in every language.
- Dates: assured_date "YYYY-MM-DD"; last_modified the last publication, ISO 8601 UTC with
  milliseconds ("2025-03-15T10:30:45.123Z"). It changes when the page is published, not
  when a snippet it points to is edited.
- Empty optional values are left out (an empty url/email would not be a valid uri/email);
  required text fields are written even when empty.
- The service summary has no HSDS field and is not written; the description is.
"""

import datetime

from directory.hsds import vocabulary as vocab

# Some are re-exported (see __all__), so that callers need this one module.
from directory.hsds.objects import (
    attribute,
    compact,
    fixed_attribute,
    iso_datetime,
    location_object,
    organization_object,
    output_language,
    taxonomy_object,
    taxonomy_term_object,
)
from directory.hsds.versions import (
    Versions,
    attach_versions,
    prefetch_for_hsds,
    prefetch_service_locations,
    prefetch_services,
    shown_services,
)
from directory.models import Location


def _hsds_time(value: datetime.time) -> str:
    return f"{value:%H:%M}{vocab.TIME_SUFFIX}"


def _versions(service, language, *, full=True):
    versions = getattr(service, "hsds_versions", None)
    if versions is None or versions.language != language or (full and not versions.full):
        versions = attach_versions([service], language, full=full)
    return versions


# Services ------------------------------------------------------------------------------


def _phone(phone, service_id, language) -> dict:
    phone_id = str(phone.hsds_id)
    extension = phone.extension.strip()
    obj = compact(
        {
            "id": phone_id,
            "service_id": service_id,
            "number": phone.number,
            "extension": int(extension) if extension.isdigit() else None,
            "type": phone.kind,
            "description": phone.description,
        },
        "number",
    )
    if phone.on_zalo:
        obj["attributes"] = [fixed_attribute(phone_id, "phone", vocab.ZALO_TERM, language)]
    return obj


def _weekly_schedule(schedule, service_id, service_location=None) -> dict:
    obj = {
        "id": str(schedule.hsds_id),
        "service_id": service_id,
        "freq": "WEEKLY",
        "wkst": "MO",
        "byday": vocab.WEEKDAY_CODES[schedule.weekday],
        "opens_at": _hsds_time(schedule.opens_at),
        "closes_at": _hsds_time(schedule.closes_at),
        "timezone": vocab.TIMEZONE_OFFSET_HOURS,
    }
    if service_location is not None:
        obj["service_at_location_id"] = str(service_location.hsds_id)
        obj["location_id"] = str(service_location.location.translation_key)
    return obj


def _closure_schedule(closure, service_id) -> dict:
    return compact(
        {
            "id": str(closure.hsds_id),
            "service_id": service_id,
            "valid_from": closure.starts_on.isoformat(),
            "valid_to": closure.last_day.isoformat(),
            "timezone": vocab.TIMEZONE_OFFSET_HOURS,
            "description": closure.reason,
            "notes": vocab.CLOSED_NOTES,
        }
    )


def _service_fields(service, language, private) -> dict:
    organization = _versions(service, language, full=False).get(service.organization)
    return compact(
        {
            "id": str(service.translation_key),
            "organization_id": str(organization.translation_key),
            "name": service.title,
            "alternate_name": service.alternate_name,
            "description": service.description,
            "url": service.website,
            "email": service.email,
            "status": service.status,
            "application_process": service.application_process,
            "fees_description": service.fees_description,
            "wait_time": service.wait_time,
            "eligibility_description": service.eligibility_description,
            "minimum_age": service.minimum_age,
            "maximum_age": service.maximum_age,
            "assured_date": service.assured_date.isoformat() if service.assured_date else None,
            "assurer_email": service.assurer_email if private else None,
            "alert": service.alert,
            "last_modified": iso_datetime(service.last_modified),
        },
        "name",
        "status",
    ) | {"organization": organization_object(organization, language=language)}


def _public_service_locations(service, versions, private):
    """(row, location in the output language) for the locations that may be shown."""
    shown = []
    for service_location in service.service_locations.all():
        location = versions.get(service_location.location)
        hidden = service_location.location.is_confidential or location.is_confidential
        if private or not hidden:
            shown.append((service_location, location))
    return shown


def _service_attributes(service, versions, language) -> list:
    service_id = str(service.translation_key)
    attributes = []
    categories = sorted(
        (versions.get(category) for category in service.categories.all()),
        key=lambda category: (category.sort_order, category.name),
    )
    for category in categories:
        term = taxonomy_term_object(category, language=language)
        attributes.append(attribute(service_id, "service", vocab.LINK_TYPE_CATEGORY, term))
    for term in vocab.SAFETY_TERMS:
        if getattr(service, term.field):
            attributes.append(fixed_attribute(service_id, "service", term, language))
    return attributes


def _sal_object(service_location, location, service, language, private, schedules) -> dict:
    sal_id = str(service_location.hsds_id)
    location_obj = location_object(location, language=language, private=private)
    return compact(
        {
            "id": sal_id,
            "service_id": str(service.translation_key),
            "location_id": location_obj["id"],
            "description": service_location.description,
        }
    ) | {
        "schedules": [
            _weekly_schedule(s, str(service.translation_key), service_location)
            for s in schedules
            if s.location_id and s.location.translation_key == location.translation_key
        ],
        "location": location_obj,
    }


def service_object(
    service,
    *,
    full=True,
    minimal=False,
    language=None,
    with_locations=True,
    private=False,
) -> dict:
    language = output_language(language)
    service_id = str(service.translation_key)
    if minimal:
        return {"id": service_id, "last_modified": iso_datetime(service.last_modified)}
    obj = _service_fields(service, language, private)
    if not full:
        return obj
    versions = _versions(service, language)
    shown_locations = _public_service_locations(service, versions, private)
    schedules = list(service.schedules.all())
    obj["phones"] = [_phone(phone, service_id, language) for phone in service.phones.all()]
    obj["schedules"] = [_weekly_schedule(s, service_id) for s in schedules if not s.location_id]
    # A period for one location goes with that location; hidden locations' periods nowhere.
    obj["schedules"] += [_closure_schedule(c, service_id) for c in service.closures.all()]
    if with_locations:
        obj["service_at_locations"] = [
            _sal_object(row, location, service, language, private, schedules)
            for row, location in shown_locations
        ]
    obj["languages"] = [
        {
            "id": vocab.derived_id(service_id, "language", spoken.code),
            "service_id": service_id,
            "name": spoken.english_name if language == "en" else spoken.name,
            "code": spoken.code,
        }
        for spoken in service.languages.all()
    ]
    obj["required_documents"] = [
        {
            "id": vocab.derived_id(service_id, "required_document", number),
            "service_id": service_id,
            "document": line,
        }
        for number, line in enumerate(service.required_document_list, start=1)
    ]
    obj["cost_options"] = (
        [
            {
                "id": vocab.derived_id(service_id, "cost_option", "free"),
                "service_id": service_id,
                "option": vocab.SAFETY_TERMS[0].name(language),
                "currency": "VND",
                "amount": 0,
            }
        ]
        if service.is_free
        else []
    )
    obj["attributes"] = _service_attributes(service, versions, language)
    return obj


def service_at_location_object(
    service_location, *, full=True, language=None, private=False
) -> dict | None:
    """None when the location is confidential (unless private)."""
    language = output_language(language)
    service = service_location.service
    versions = _versions(service, language, full=full)
    # Already loaded by prefetch_service_locations; one query when called on its own.
    versions.load(Location, {service_location.location.translation_key}, "organization")
    location = versions.get(service_location.location)
    if (service_location.location.is_confidential or location.is_confidential) and not private:
        return None
    if full:
        obj = _sal_object(
            service_location, location, service, language, private, service.schedules.all()
        )
        obj["service"] = service_object(
            service, language=language, with_locations=False, private=private
        )
        return obj
    return compact(
        {
            "id": str(service_location.hsds_id),
            "service_id": str(service.translation_key),
            "location_id": str(location.translation_key),
            "description": service_location.description,
        }
    ) | {
        "location": location_object(location, language=language, full=False, private=private),
        "service": service_object(service, full=False, language=language, private=private),
    }


__all__ = [
    "Versions",
    "attach_versions",
    "iso_datetime",
    "location_object",
    "organization_object",
    "prefetch_for_hsds",
    "prefetch_service_locations",
    "prefetch_services",
    "service_at_location_object",
    "service_object",
    "shown_services",
    "taxonomy_object",
    "taxonomy_term_object",
]
