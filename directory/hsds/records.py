"""Read HSDS service objects into what the directory stores, checking every value.

`read_service` turns one nested HSDS service (as in the JSON list format, or as
directory.hsds.tabular assembles it) into a ServiceRecord: the field values of the
ServicePage, its organisation, locations, categories, phones, schedules and closures. It
first validates the object against the HSDS 3.0 schema, then against the portal's own
rules: lengths and formats of the model fields, a ward the address names, coordinates in
range, weekly periods the portal can show. Problems are reported as
"service <id>: <where>: <what>" and make the record unusable.

It is the inverse of directory.hsds.serialize; the vocabulary (safety attributes, Zalo,
confidential locations, closed days) comes from directory.hsds.vocabulary.
"""

import re

from django.utils.text import slugify

from directory.hsds import vocabulary as vocab
from directory.hsds.reading import (
    OrganizationRecord,
    Problems,
    ServiceRecord,
    TaxonomyRecord,
    TermRecord,
    as_date,
    as_uuid,
    clean,
    clean_texts,
    is_true,
    text,
)
from directory.hsds.record_rows import (
    is_closure,
    read_closure,
    read_location,
    read_phone,
    read_schedule,
)
from directory.hsds.schemas import errors as schema_errors
from directory.models import (
    Organization,
    ServiceCategory,
    ServiceLocation,
    ServicePage,
    SpokenLanguage,
    Taxonomy,
)
from portal.text import fold


def read_organization(obj, problems: Problems, where: str) -> OrganizationRecord | None:
    if not isinstance(obj, dict) or not obj.get("id"):
        problems.add(where, "a service needs its organization (with id, name, description)")
        return None
    key = as_uuid(obj["id"], problems, f"{where}.id")
    fields = clean_texts(
        Organization,
        obj,
        {
            "name": "name",
            "alternate_name": "alternate_name",
            "description": "description",
            "legal_status": "legal_status",
            "website": "website",
            "email": "email",
        },
        problems,
        f"{where}.",
    )
    return OrganizationRecord(key, fields) if key else None


def read_term(obj, problems: Problems, where: str) -> TermRecord | None:
    key = as_uuid(obj.get("id"), problems, f"{where}.id")
    name = text(obj.get("name"))
    code = text(obj.get("code"))
    fields = {
        "name": clean(ServiceCategory, "name", name, problems, f"{where}.name"),
        "description": clean(
            ServiceCategory,
            "description",
            text(obj.get("description")),
            problems,
            f"{where}.description",
        ),
        "slug": clean(
            ServiceCategory, "slug", slugify(fold(code or name)), problems, f"{where}.code"
        ),
        "term_uri": clean(
            ServiceCategory, "term_uri", text(obj.get("term_uri")), problems, f"{where}.term_uri"
        ),
    }
    taxonomy = None
    detail = obj.get("taxonomy_detail")
    taxonomy_id = obj.get("taxonomy_id") or (detail or {}).get("id")
    if taxonomy_id:
        taxonomy_id = as_uuid(taxonomy_id, problems, f"{where}.taxonomy_id")
        taxonomy_fields = None
        if isinstance(detail, dict):
            taxonomy_fields = clean_texts(
                Taxonomy,
                detail,
                {"name": "name", "description": "description", "uri": "uri", "version": "version"},
                problems,
                f"{where}.taxonomy_detail.",
            )
        taxonomy = TaxonomyRecord(taxonomy_id, taxonomy_fields) if taxonomy_id else None
    parent_key = None
    if obj.get("parent_id"):
        parent_key = as_uuid(obj["parent_id"], problems, f"{where}.parent_id")
    return TermRecord(key, fields, taxonomy, parent_key) if key else None


def _read_attributes(obj: dict, record: "ServiceRecord", problems: Problems) -> None:
    for index, attribute in enumerate(obj.get("attributes") or []):
        where = f"attributes.{index}"
        term = attribute.get("taxonomy_term")
        term_id = attribute.get("taxonomy_term_id") or (term or {}).get("id")
        if not term_id:
            problems.add(where, "an attribute needs a taxonomy term")
            continue
        fixed = vocab.FIXED_TERMS_BY_ID.get(str(term_id))
        if fixed is not None:
            if fixed.entity != "service":
                problems.add(where, f"{fixed.code!r} is not a fact about a service")
            else:
                record.fields[fixed.field] = is_true(attribute)
        elif isinstance(term, dict):
            if found := read_term(term, problems, f"{where}.taxonomy_term"):
                record.terms.append(found)
        else:
            # A term the file names only by id must already be in the directory.
            key = as_uuid(term_id, problems, f"{where}.taxonomy_term_id")
            if key:
                record.terms.append(TermRecord(key, {}, None, None))


# Services ------------------------------------------------------------------------------


SERVICE_TEXTS = {
    "name": "title",
    "alternate_name": "alternate_name",
    "description": "description",
    "alert": "alert",
    "eligibility_description": "eligibility_description",
    "fees_description": "fees_description",
    "application_process": "application_process",
    "wait_time": "wait_time",
}
SERVICE_SETTINGS = {"url": "website", "email": "email", "status": "status"}


def summary_from(description: str) -> str:
    """A first sentence for the results list, which HSDS has no field for."""
    limit = ServicePage._meta.get_field("summary").max_length
    first = re.split(r"(?<=[.!?])\s", description.strip(), maxsplit=1)[0]
    if len(first) <= limit:
        return first
    return first[: limit - 1].rsplit(" ", 1)[0] + "…"


def _read_service_settings(obj: dict, record: ServiceRecord, problems: Problems) -> None:
    """The synchronised fields: status, contact, ages, dates, facts, languages."""
    fields = record.fields
    fields.update(clean_texts(ServicePage, obj, SERVICE_SETTINGS, problems, ""))
    if not obj.get("status"):
        fields["status"] = ServicePage.Status.ACTIVE
    for name in ("minimum_age", "maximum_age"):
        value = obj.get(name)
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if value is not None and not (isinstance(value, int) and 0 <= value <= 120):
            problems.add(name, f"{value!r} is not an age (a whole number from 0 to 120)")
            value = None
        fields[name] = value
    if (fields["minimum_age"] or 0) > (fields["maximum_age"] or 120):
        problems.add("maximum_age", "is below the minimum age")
    if obj.get("assured_date"):
        fields["assured_date"] = as_date(obj["assured_date"], problems, "assured_date")
    if obj.get("assurer_email"):
        fields["assurer_email"] = clean(
            ServicePage, "assurer_email", text(obj["assurer_email"]), problems, "assurer_email"
        )
    for term in vocab.SAFETY_TERMS:
        fields[term.field] = False
    # A cost option of nothing is free, as the portal's own exports write it.
    if any(
        isinstance(option, dict) and option.get("amount") == 0
        for option in obj.get("cost_options") or []
    ):
        fields["is_free"] = True
    for index, language in enumerate(obj.get("languages") or []):
        code = text(language.get("code"))
        name = text(language.get("name")) or code
        if not code:
            problems.add(f"languages.{index}.code", "give the language's code (such as vi, en)")
            continue
        clean(SpokenLanguage, "code", code, problems, f"languages.{index}.code")
        clean(SpokenLanguage, "name", name, problems, f"languages.{index}.name")
        record.languages.append((code, name))


def _read_rows(obj: dict, record: ServiceRecord, problems: Problems, translating: bool) -> None:
    phones = [("phones", index, phone) for index, phone in enumerate(obj.get("phones") or [])]
    for index, link in enumerate(obj.get("service_at_locations") or []):
        where = f"service_at_locations.{index}"
        location = read_location(
            link.get("location"), problems, f"{where}.location", translating=translating
        )
        description = clean(
            ServiceLocation,
            "description",
            text(link.get("description")),
            problems,
            f"{where}.description",
        )
        link_id = as_uuid(link.get("id"), problems, f"{where}.id")
        if location and link_id:
            record.locations.append((link_id, location, description))
        for number, schedule in enumerate(link.get("schedules") or []):
            record.schedules += read_schedule(
                schedule,
                problems,
                f"{where}.schedules.{number}",
                location.key if location else None,
            )
        phones += [
            (f"{where}.phones", number, phone)
            for number, phone in enumerate(link.get("phones") or [])
        ]
    seen = set()
    for prefix, index, obj_phone in phones:
        phone = read_phone(obj_phone, problems, f"{prefix}.{index}")
        if phone and phone["hsds_id"] not in seen:
            seen.add(phone["hsds_id"])
            record.phones.append(phone)
    # A service's schedule may name one of its locations instead of being nested in it.
    location_of_link = {link_id: location.key for link_id, location, _text in record.locations}
    location_keys = set(location_of_link.values())
    for index, schedule in enumerate(obj.get("schedules") or []):
        where = f"schedules.{index}"
        if is_closure(schedule):
            if closure := read_closure(schedule, problems, where):
                record.closures.append(closure)
            continue
        location_key = location_of_link.get(str(schedule.get("service_at_location_id")).lower())
        if location_key is None and str(schedule.get("location_id")).lower() in location_keys:
            location_key = str(schedule["location_id"]).lower()
        record.schedules += read_schedule(schedule, problems, where, location_key)
    for name in ("phones", "schedules", "closures"):
        ids = [row["hsds_id"] for row in getattr(record, name)]
        if len(ids) != len(set(ids)):
            problems.add(name, "two rows share one id")


def read_service(obj, position: int, *, translating: bool = False):
    """(ServiceRecord or None, problems) for one HSDS service object."""
    label = f"service #{position}"
    if isinstance(obj, dict) and isinstance(obj.get("id"), str) and obj["id"].strip():
        label = f"service {obj['id'].strip()[:60]}"
    problems = Problems(label)
    if not isinstance(obj, dict):
        problems.add("(record)", f"is a JSON {type(obj).__name__}, not an object")
        return None, problems
    for line in schema_errors(obj, "service"):
        where, _sep, message = line.partition(": ")
        problems.add(where, message)
    if problems:
        # The rules below assume the shapes the schema guarantees.
        return None, problems
    key = as_uuid(obj["id"], problems, "id")
    organization = None
    if not translating or obj.get("organization"):
        organization = read_organization(obj.get("organization"), problems, "organization")
    record = ServiceRecord(
        key, clean_texts(ServicePage, obj, SERVICE_TEXTS, problems, ""), organization
    )
    documents = [
        " ".join(text(item.get("document")).split()) for item in obj.get("required_documents") or []
    ]
    record.fields["required_documents"] = clean(
        ServicePage,
        "required_documents",
        "\n".join(line for line in documents if line),
        problems,
        "required_documents",
    )
    if not translating:
        _read_service_settings(obj, record, problems)
    # In a translation, attributes give the categories' names; facts are synchronised.
    _read_attributes(obj, record, problems)
    _read_rows(obj, record, problems, translating)
    return (None if problems else record), problems
