"""HSDS 3.0 objects for the portal's taxonomies, terms, organisations and locations.

Part of directory.hsds.serialize (which re-exports these functions and documents their
contracts and the mapping); services and service_at_locations are built there.
"""

import datetime

from directory.hsds import vocabulary as vocab
from directory.models import Location
from portal.localization import default_language


def compact(obj: dict, *keep) -> dict:
    """Leave out None and empty strings, except the keys the schema requires."""
    return {k: v for k, v in obj.items() if k in keep or (v is not None and v != "")}


def iso_datetime(moment) -> str | None:
    if moment is None:
        return None
    moment = moment.astimezone(datetime.UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def output_language(language):
    return language or default_language()


# Taxonomies and terms ------------------------------------------------------------------


def taxonomy_object(taxonomy, *, language=None) -> dict:
    language = output_language(language)
    if str(getattr(taxonomy, "id", taxonomy)) == vocab.SAFETY_TAXONOMY_ID:
        return {
            "id": vocab.SAFETY_TAXONOMY_ID,
            "name": vocab.SAFETY_TAXONOMY_NAME.get(language, vocab.SAFETY_TAXONOMY_NAME["vi"]),
            "description": vocab.SAFETY_TAXONOMY_DESCRIPTION.get(
                language, vocab.SAFETY_TAXONOMY_DESCRIPTION["vi"]
            ),
        }
    return compact(
        {
            "id": str(taxonomy.id),
            "name": taxonomy.name,
            "description": taxonomy.description,
            "uri": taxonomy.uri,
            "version": taxonomy.version,
        },
        "name",
        "description",
    )


def taxonomy_term_object(term, *, language=None) -> dict:
    language = output_language(language)
    if isinstance(term, vocab.FixedTerm):
        taxonomy = taxonomy_object(vocab.SAFETY_TAXONOMY_ID, language=language)
        return {
            "id": term.id,
            "code": term.code,
            "name": term.name(language),
            "description": term.description(language),
            "taxonomy": taxonomy["name"],
            "taxonomy_id": taxonomy["id"],
            "taxonomy_detail": taxonomy,
            "language": language,
        }
    taxonomy = term.taxonomy
    return compact(
        {
            "id": str(term.translation_key),
            "code": term.slug,
            "name": term.name,
            "description": term.description,
            "parent_id": str(term.parent.translation_key) if term.parent_id else None,
            "taxonomy": taxonomy.name,
            "taxonomy_id": str(taxonomy.id),
            "taxonomy_detail": taxonomy_object(taxonomy, language=language),
            "language": term.locale.language_code,
            "term_uri": term.term_uri,
        },
        "name",
        "description",
    )


def attribute(link_id, entity: str, link_type: str, term: dict, value=None) -> dict:
    return compact(
        {
            "id": vocab.derived_id(link_id, "attribute", term["id"]),
            "link_id": str(link_id),
            "link_type": link_type,
            "link_entity": entity,
            "taxonomy_term_id": term["id"],
            "taxonomy_term": term,
            "value": value,
        }
    )


def fixed_attribute(link_id, entity: str, term: vocab.FixedTerm, language) -> dict:
    term_object = taxonomy_term_object(term, language=language)
    return attribute(link_id, entity, vocab.LINK_TYPE_SAFETY, term_object, vocab.ATTRIBUTE_TRUE)


# Organisations and locations -------------------------------------------------------------


def organization_object(org, *, language=None, locations=None, services=None) -> dict:
    obj = compact(
        {
            "id": str(org.translation_key),
            "name": org.name,
            "alternate_name": org.alternate_name,
            "description": org.description,
            "email": org.email,
            "website": org.website,
            "legal_status": org.legal_status,
        },
        "name",
        "description",
    )
    if locations is not None:
        obj["locations"] = [
            found
            for location in locations
            if (found := location_object(location, language=language)) is not None
        ]
    if services is not None:
        obj["services"] = list(services)
    return obj


def _address(location) -> dict | None:
    ward = location.ward
    if not (location.address_1 or ward):
        return None
    postal = location.location_type == Location.LocationType.POSTAL
    return {
        "id": vocab.derived_id(location.translation_key, "address"),
        "location_id": str(location.translation_key),
        "address_1": location.address_1,
        "city": ward.name if ward else "",
        "region": "",
        "state_province": ward.province.name if ward else "",
        "postal_code": location.postal_code,
        "country": vocab.COUNTRY_CODE,
        "address_type": "postal" if postal else "physical",
    }


def location_object(location, *, language=None, full=True, private=False) -> dict | None:
    """None for a confidential location: nothing about it may be published."""
    if location.is_confidential and not private:
        return None
    location_id = str(location.translation_key)
    obj = compact(
        {
            "id": location_id,
            "location_type": location.location_type,
            "organization_id": (
                str(location.organization.translation_key) if location.organization_id else None
            ),
            "name": location.name,
            "alternate_name": location.alternate_name,
            "description": location.description,
            "transportation": location.transportation,
            "latitude": location.latitude,
            "longitude": location.longitude,
        },
        "location_type",
    )
    if not full:
        return obj
    address = _address(location)
    obj["addresses"] = [address] if address else []
    obj["accessibility"] = (
        [
            {
                "id": vocab.derived_id(location_id, "accessibility"),
                "location_id": location_id,
                "description": location.accessibility,
            }
        ]
        if location.accessibility
        else []
    )
    if private and location.is_confidential:
        obj["attributes"] = [
            fixed_attribute(location_id, "location", vocab.CONFIDENTIAL_TERM, language)
        ]
    return obj
