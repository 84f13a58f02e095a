"""Read the parts of an HSDS service that become rows: its locations (with the ward their
address names), phones, weekly opening periods and closed days.

The conventions are directory.hsds.serialize's: one schedule per weekly period
("HH:MM+07:00"), closed days as schedules with notes "closed", Zalo and confidential places
as attributes with the fixed terms of directory.hsds.vocabulary.
"""

from directory.hsds import vocabulary as vocab
from directory.hsds.addresses import find_ward
from directory.hsds.reading import (
    LocationRecord,
    Problems,
    as_date,
    as_time,
    as_uuid,
    clean,
    clean_texts,
    fixed_flags,
    text,
)
from directory.models import Location, ServiceClosure, ServicePhone


def _address(location: dict) -> tuple[int, dict] | None:
    addresses = [a for a in location.get("addresses") or [] if isinstance(a, dict)]
    for index, address in enumerate(addresses):
        if address.get("address_type", "physical") == "physical":
            return index, address
    return (0, addresses[0]) if addresses else None


def read_location(obj, problems: Problems, where: str, *, translating: bool):
    if not isinstance(obj, dict) or not obj.get("id"):
        problems.add(where, "a service at a location needs its location (with id)")
        return None
    key = as_uuid(obj["id"], problems, f"{where}.id")
    fields = clean_texts(
        Location,
        obj,
        {
            "name": "name",
            "alternate_name": "alternate_name",
            "description": "description",
            "transportation": "transportation",
        },
        problems,
        f"{where}.",
    )
    accessibility = [
        text(item.get("description"))
        for item in obj.get("accessibility") or []
        if isinstance(item, dict) and text(item.get("description"))
    ]
    fields["accessibility"] = clean(
        Location, "accessibility", "\n".join(accessibility), problems, f"{where}.accessibility"
    )
    is_confidential = fixed_flags(obj).get("is_confidential", False)
    organization_key = None
    if not translating:
        fields.update(_location_place(obj, problems, where))
        if obj.get("organization_id"):
            organization_key = as_uuid(obj["organization_id"], problems, f"{where}.organization_id")
    return LocationRecord(key, fields, organization_key, is_confidential) if key else None


def _location_place(obj: dict, problems: Problems, where: str) -> dict:
    """The synchronised fields of a location: kind, address, ward, coordinates."""
    fields = {
        "location_type": clean(
            Location, "location_type", obj.get("location_type"), problems, f"{where}.location_type"
        )
    }
    lat, lng = obj.get("latitude"), obj.get("longitude")
    position = None
    for name, value, limit in (("latitude", lat, 90), ("longitude", lng, 180)):
        if value is not None and not (isinstance(value, int | float) and -limit <= value <= limit):
            problems.add(f"{where}.{name}", f"{value!r} is not between -{limit} and {limit}")
            lat = lng = None
    if (lat is None) != (lng is None):
        problems.add(f"{where}.longitude", "give both the latitude and the longitude, or neither")
    elif lat is not None:
        position = (float(lat), float(lng))
    fields["latitude"], fields["longitude"] = position or (None, None)
    found = _address(obj)
    fields.update(address_1="", ward_code="", postal_code="")
    if found:
        index, address = found
        prefix = f"{where}.addresses.{index}"
        country = text(address.get("country")).upper()
        if country not in ("", vocab.COUNTRY_CODE, "VNM"):
            problems.add(f"{prefix}.country", f"{country!r}: the directory covers Viet Nam (VN)")
        match = find_ward(address, position)
        if match.problem:
            problems.add(f"{prefix}.{match.field}", match.problem)
        fields["ward_code"] = match.code
        fields["address_1"] = clean(
            Location, "address_1", text(address.get("address_1")), problems, f"{prefix}.address_1"
        )
        fields["postal_code"] = clean(
            Location,
            "postal_code",
            text(address.get("postal_code")),
            problems,
            f"{prefix}.postal_code",
        )
    return fields


def read_phone(obj: dict, problems: Problems, where: str) -> dict | None:
    hsds_id = as_uuid(obj.get("id"), problems, f"{where}.id")
    extension = obj.get("extension")
    if isinstance(extension, float) and extension.is_integer():
        extension = int(extension)
    phone = {
        "hsds_id": hsds_id,
        "number": clean(
            ServicePhone, "number", text(obj.get("number")), problems, f"{where}.number"
        ),
        "extension": clean(
            ServicePhone,
            "extension",
            "" if extension is None else text(extension),
            problems,
            f"{where}.extension",
        ),
        "kind": clean(
            ServicePhone, "kind", text(obj.get("type")) or "voice", problems, f"{where}.type"
        ),
        "description": clean(
            ServicePhone,
            "description",
            text(obj.get("description")),
            problems,
            f"{where}.description",
        ),
        "on_zalo": fixed_flags(obj).get("on_zalo", False),
    }
    if phone["number"] and not any(char.isdigit() for char in phone["number"]):
        problems.add(f"{where}.number", "a phone number needs digits")
    return phone if hsds_id else None


def read_schedule(obj: dict, problems: Problems, where: str, location_key=None) -> list[dict]:
    """One schedule as the weekly periods it stands for (one per day of `byday`)."""
    schedule_id = as_uuid(obj.get("id"), problems, f"{where}.id")
    freq = text(obj.get("freq")).upper()
    timezone = obj.get("timezone")
    if timezone not in (None, vocab.TIMEZONE_OFFSET_HOURS):
        problems.add(f"{where}.timezone", f"{timezone!r}: give Ho Chi Minh City time (7)")
    if freq and freq != "WEEKLY":
        problems.add(f"{where}.freq", f"{freq!r}: the portal keeps weekly hours only")
        return []
    days = [day.strip().upper() for day in text(obj.get("byday")).split(",") if day.strip()]
    if not (days and obj.get("opens_at") and obj.get("closes_at")):
        problems.add(
            where,
            "a schedule needs byday, opens_at and closes_at (weekly hours), or notes "
            f"{vocab.CLOSED_NOTES!r} with valid_from (closed days)",
        )
        return []
    unknown = [day for day in days if day not in vocab.WEEKDAY_CODES]
    if unknown:
        problems.add(f"{where}.byday", f"{', '.join(unknown)}: use MO, TU, WE, TH, FR, SA, SU")
        return []
    opens_at = as_time(obj["opens_at"], problems, f"{where}.opens_at")
    closes_at = as_time(obj["closes_at"], problems, f"{where}.closes_at")
    if not (schedule_id and opens_at and closes_at):
        return []
    # One HSDS schedule for several days is one row per day; the first keeps the id.
    return [
        {
            "hsds_id": schedule_id if index == 0 else vocab.derived_id(schedule_id, "byday", day),
            "weekday": vocab.WEEKDAY_CODES.index(day),
            "opens_at": opens_at,
            "closes_at": closes_at,
            "location_key": location_key,
        }
        for index, day in enumerate(dict.fromkeys(days))
    ]


def read_closure(obj: dict, problems: Problems, where: str) -> dict | None:
    hsds_id = as_uuid(obj.get("id"), problems, f"{where}.id")
    if not obj.get("valid_from"):
        problems.add(f"{where}.valid_from", "closed days need their first day (valid_from)")
        return None
    starts_on = as_date(obj["valid_from"], problems, f"{where}.valid_from")
    ends_on = (
        as_date(obj["valid_to"], problems, f"{where}.valid_to") if obj.get("valid_to") else None
    )
    if starts_on and ends_on and ends_on < starts_on:
        problems.add(f"{where}.valid_to", "the last closed day is before the first")
    reason = clean(
        ServiceClosure, "reason", text(obj.get("description")), problems, f"{where}.description"
    )
    if not (hsds_id and starts_on):
        return None
    return {
        "hsds_id": hsds_id,
        "starts_on": starts_on,
        "ends_on": ends_on if ends_on != starts_on else None,
        "reason": reason,
    }


def is_closure(obj: dict) -> bool:
    return text(obj.get("notes")).lower() == vocab.CLOSED_NOTES
