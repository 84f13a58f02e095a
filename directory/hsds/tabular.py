"""HSDS tabular data packages: a folder of CSV files described by datapackage.json.

The importer and the API speak nested objects (a service with its organisation, phones,
schedules and locations inside it). A data package holds the same records as flat tables
joined by id columns (`phones.csv` has `service_id`). `read_package` joins the tables back
into nested services, and tabular_writer.write_package flattens nested services into
tables, so that the import and export mapping lives in one place: the nested objects.

Which file holds which object, and the columns of each, come from the "path" and
"properties" of the schema files in schema/.
"""

import csv
import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from directory.hsds.schemas import SCHEMA_DIR

DESCRIPTOR_NAME = "datapackage.json"


class PackageError(Exception):
    """The folder is not a readable data package; the message says why."""


@dataclass(frozen=True)
class Table:
    name: str  # the object type: "service", "phone"
    path: str  # its file: "services.csv"
    order: int
    columns: tuple[str, ...]  # scalar properties, in the schema's order
    types: dict  # column -> "string", "number", "date", "time", "datetime"
    formats: dict  # column -> "uuid", "email", "uri"
    required: frozenset  # columns the object must have, even if empty ("postal_code")


@cache
def tables() -> dict[str, Table]:
    """Every HSDS table by object type, from the schema files."""
    found = {}
    for schema_file in sorted(SCHEMA_DIR.glob("*.json")):
        schema = json.loads(schema_file.read_text(encoding="utf-8"))
        if not schema.get("path"):
            continue
        columns, types, formats = [], {}, {}
        for name, prop in schema["properties"].items():
            if prop.get("type") in ("array", "object") or "$ref" in prop:
                continue
            columns.append(name)
            types[name] = prop.get("datapackage_type") or prop.get("type", "string")
            if prop.get("format"):
                formats[name] = prop["format"]
        found[schema["name"]] = Table(
            name=schema["name"],
            path=schema["path"],
            order=schema.get("datapackage_metadata", {}).get("order", 99),
            columns=tuple(columns),
            types=types,
            formats=formats,
            required=frozenset(schema.get("required", ())),
        )
    return found


def _table_for_path(path: str) -> Table | None:
    filename = Path(path).name
    return next((table for table in tables().values() if table.path == filename), None)


# Reading


def _typed(value: str, kind: str):
    """A CSV cell as JSON would hold it; text that is not a number stays text, so that
    schema validation reports it against the record."""
    if kind != "number":
        return value
    try:
        number = float(value)
    except ValueError:
        return value
    return int(number) if number.is_integer() and "." not in value else number


def read_table(file: Path, table: Table) -> list[dict]:
    try:
        with file.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except UnicodeDecodeError as error:
        raise PackageError(f"{file.name} is not UTF-8 text ({error.reason}).") from error
    except csv.Error as error:
        raise PackageError(f"{file.name} is not a readable CSV file: {error}.") from error
    except OSError as error:
        raise PackageError(f"{file.name} cannot be read: {error.strerror}.") from error
    records = []
    for row in rows:
        # An empty cell is an absent value, except in a column the object requires (a
        # postal code may be empty, not missing). A row longer than the header puts its
        # extra cells under the key None.
        record = {
            column: _typed(value.strip(), table.types.get(column, "string"))
            for column, value in row.items()
            if column
            and isinstance(value, str)
            and (value.strip() != "" or column in table.required)
        }
        if record:
            records.append(record)
    return records


def _resource_paths(folder: Path) -> list[str]:
    descriptor_file = folder / DESCRIPTOR_NAME
    try:
        descriptor = json.loads(descriptor_file.read_text(encoding="utf-8"))
    except UnicodeDecodeError as error:
        raise PackageError(f"{DESCRIPTOR_NAME} is not UTF-8 text.") from error
    except json.JSONDecodeError as error:
        raise PackageError(
            f"{DESCRIPTOR_NAME} is not valid JSON (line {error.lineno}, column {error.colno})."
        ) from error
    resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
    if not isinstance(resources, list):
        raise PackageError(f"{DESCRIPTOR_NAME} has no list of resources.")
    paths = []
    for resource in resources:
        path = resource.get("path") if isinstance(resource, dict) else None
        if isinstance(path, str) and path:
            paths.append(path)
    return paths


def read_tables(folder: Path) -> dict[str, list[dict]]:
    """The package's records by object type ("service": [...]); HSDS tables only."""
    found: dict[str, list[dict]] = {}
    for path in _resource_paths(folder):
        table = _table_for_path(path)
        if table is None:
            continue
        file = (folder / path).resolve()
        # A descriptor may only name files inside its own folder.
        if folder.resolve() not in file.parents:
            raise PackageError(f"{path} is outside the data package's folder.")
        if not file.is_file():
            raise PackageError(f"{DESCRIPTOR_NAME} lists {path}, which does not exist.")
        found.setdefault(table.name, []).extend(read_table(file, table))
    if "service" not in found:
        raise PackageError(f"The data package has no {tables()['service'].path}.")
    return found


def _group(rows, key) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = {}
    for row in rows:
        if isinstance(row.get(key), str):
            grouped.setdefault(row[key], []).append(row)
    return grouped


def _by_id(rows) -> dict[str, dict]:
    return {row["id"]: row for row in rows if isinstance(row.get("id"), str)}


def read_services(folder: Path) -> list[dict]:
    """The package's services as nested HSDS objects, in the order of services.csv."""
    return read_package(folder)[0]


def read_package(folder: Path) -> tuple[list[dict], dict[str, dict]]:
    """(services as nested HSDS objects, every taxonomy term by id).

    The terms include those no service links to: a category's parent, say, which the
    importer needs to rebuild the category tree.
    """
    found = read_tables(folder)
    rows = {name: found.get(name, []) for name in tables()}
    taxonomies = _by_id(rows["taxonomy"])

    def term_with_taxonomy(term: dict) -> dict:
        term = dict(term)
        taxonomy = taxonomies.get(term.get("taxonomy_id"))
        if taxonomy is not None:
            term["taxonomy_detail"] = dict(taxonomy)
        return term

    terms = {key: term_with_taxonomy(term) for key, term in _by_id(rows["taxonomy_term"]).items()}
    attributes_of = _group(rows["attribute"], "link_id")
    languages_of = {
        key: _group(rows["language"], key) for key in ("service_id", "location_id", "phone_id")
    }

    def with_attributes(record: dict) -> dict:
        record = dict(record)
        attributes = []
        for attribute in attributes_of.get(record.get("id"), []):
            attribute = dict(attribute)
            term = terms.get(attribute.get("taxonomy_term_id"))
            if term is not None:
                attribute["taxonomy_term"] = term
            attributes.append(attribute)
        if attributes:
            record["attributes"] = attributes
        return record

    organizations = _by_id(rows["organization"])
    addresses_of = _group(rows["address"], "location_id")
    accessibility_of = _group(rows["accessibility"], "location_id")

    def location(record: dict) -> dict:
        record = with_attributes(record)
        for key, children in (
            ("addresses", addresses_of),
            ("accessibility", accessibility_of),
            ("languages", languages_of["location_id"]),
        ):
            if record["id"] in children:
                record[key] = [with_attributes(child) for child in children[record["id"]]]
        return record

    locations = {key: location(row) for key, row in _by_id(rows["location"]).items()}

    def phone(record: dict) -> dict:
        record = with_attributes(record)
        if record.get("id") in languages_of["phone_id"]:
            record["languages"] = languages_of["phone_id"][record["id"]]
        return record

    phones_of = _group(rows["phone"], "service_id")
    schedules = rows["schedule"]
    service_schedules = _group(
        [row for row in schedules if not row.get("service_at_location_id")], "service_id"
    )
    schedules_at = _group(schedules, "service_at_location_id")
    phones_at = _group(rows["phone"], "service_at_location_id")

    def service_at_location(record: dict) -> dict:
        record = with_attributes(record)
        if record.get("location_id") in locations:
            record["location"] = locations[record["location_id"]]
        if record.get("id") in schedules_at:
            record["schedules"] = [with_attributes(row) for row in schedules_at[record["id"]]]
        if record.get("id") in phones_at:
            record["phones"] = [phone(row) for row in phones_at[record["id"]]]
        return record

    children_of = {
        "phones": (phones_of, phone),
        "schedules": (service_schedules, with_attributes),
        "service_at_locations": (
            _group(rows["service_at_location"], "service_id"),
            service_at_location,
        ),
        "languages": (languages_of["service_id"], dict),
        "required_documents": (_group(rows["required_document"], "service_id"), dict),
    }
    services = []
    for row in rows["service"]:
        service = with_attributes(row)
        if row.get("organization_id") in organizations:
            service["organization"] = with_attributes(organizations[row["organization_id"]])
        for key, (grouped, build) in children_of.items():
            if service.get("id") in grouped:
                # A phone of a service at one of its locations belongs to that location.
                service[key] = [
                    build(child)
                    for child in grouped[service["id"]]
                    if not (key == "phones" and child.get("service_at_location_id"))
                ]
        services.append(service)
    return services, terms
