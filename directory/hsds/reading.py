"""What reading HSDS records needs: the records themselves, the problems found, and
values cleaned as the directory's model fields would store them.

A problem names the record and the field ("service <id>: phones.0.number: ..."); a value
that fails is returned as None with its problem recorded, so that one pass finds them all.
"""

import datetime
import re
import unicodedata
import uuid
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError

from directory.hsds import vocabulary as vocab

_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$")
_CITY_OFFSETS = {None, "+07:00", "+0700"}


class Problems:
    """What is wrong with one record, each line naming the record and the field."""

    def __init__(self, label: str):
        self.label = label
        self.lines: list[str] = []

    def add(self, where: str, message: str) -> None:
        self.lines.append(f"{self.label}: {where}: {message}")

    def __bool__(self):
        return bool(self.lines)


@dataclass
class TaxonomyRecord:
    id: str
    fields: dict | None  # None when the file only names the taxonomy by id


@dataclass
class TermRecord:
    key: str
    fields: dict  # name, description, slug, term_uri
    taxonomy: TaxonomyRecord | None
    parent_key: str | None


@dataclass
class OrganizationRecord:
    key: str
    fields: dict


@dataclass
class LocationRecord:
    key: str
    fields: dict
    organization_key: str | None
    is_confidential: bool


@dataclass
class ServiceRecord:
    key: str
    fields: dict  # ServicePage fields; missing assured_date/assurer_email keep the current
    organization: OrganizationRecord
    terms: list[TermRecord] = field(default_factory=list)
    languages: list[tuple[str, str]] = field(default_factory=list)  # (code, name)
    locations: list[tuple[str, LocationRecord, str]] = field(default_factory=list)
    phones: list[dict] = field(default_factory=list)
    schedules: list[dict] = field(default_factory=list)  # with location_key
    closures: list[dict] = field(default_factory=list)


def text(value) -> str:
    if value is None:
        return ""
    return unicodedata.normalize("NFC", str(value)).strip()


def clean(model, name: str, value, problems: Problems, where: str):
    """The value as the model field would store it, or None with a problem recorded."""
    model_field = model._meta.get_field(name)
    if isinstance(value, str):
        if "\x00" in value:
            problems.add(where, "contains a NUL character")
            return None
        # TextField does not enforce max_length itself; the admin form does.
        if model_field.max_length and len(value) > model_field.max_length:
            problems.add(
                where,
                f"is {len(value)} characters long; the portal keeps at most "
                f"{model_field.max_length}",
            )
            return None
    try:
        return model_field.clean(value, None)
    except ValidationError as error:
        problems.add(where, " ".join(error.messages))
        return None


def clean_texts(model, obj: dict, mapping: dict, problems: Problems, prefix: str) -> dict:
    """{model field: cleaned text} for HSDS keys mapped to text fields; absent means empty."""
    return {
        name: clean(model, name, text(obj.get(key)), problems, f"{prefix}{key}")
        for key, name in mapping.items()
    }


def as_uuid(value, problems: Problems, where: str) -> str | None:
    try:
        return str(uuid.UUID(str(value)))
    except (ValueError, TypeError, AttributeError):
        problems.add(where, f"{value!r} is not a UUID")
        return None


def as_time(value, problems: Problems, where: str) -> datetime.time | None:
    match = _TIME.match(text(value))
    if not match:
        problems.add(where, f"{value!r} is not a time (HH:MM, optionally +07:00)")
        return None
    hour, minute, second, offset = match.groups()
    if offset not in _CITY_OFFSETS:
        problems.add(where, f"{value!r}: give Ho Chi Minh City time (+07:00)")
        return None
    if int(hour) == 24 and int(minute) == 0:
        return datetime.time(0, 0)  # 24:00 closes at midnight
    try:
        return datetime.time(int(hour), int(minute), int(second or 0))
    except ValueError:
        problems.add(where, f"{value!r} is not a time of day")
        return None


def as_date(value, problems: Problems, where: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(text(value))
    except ValueError:
        problems.add(where, f"{value!r} is not a date (YYYY-MM-DD)")
        return None


# Attributes with the portal's fixed terms ----------------------------------------------


def is_true(attribute: dict) -> bool:
    return text(attribute.get("value") or vocab.ATTRIBUTE_TRUE).lower() != "false"


def fixed_flags(obj: dict) -> dict[str, bool]:
    """{model field: value} for attributes with the portal's fixed terms."""
    flags = {}
    for attribute in obj.get("attributes") or []:
        term_id = attribute.get("taxonomy_term_id") or (attribute.get("taxonomy_term") or {}).get(
            "id"
        )
        term = vocab.FIXED_TERMS_BY_ID.get(str(term_id))
        if term is not None:
            flags[term.field] = is_true(attribute)
    return flags
