"""Write nested HSDS services as a tabular data package (the inverse of tabular.read_package).

Each nested object becomes a row of its table with the id columns that join it to its
parent (`phones.csv` gets `service_id`); an object shared by several services (an
organisation, a location, a taxonomy term) is written once.
"""

import csv
import json
from pathlib import Path

from directory.hsds.schemas import HSDS_PROFILE, HSDS_VERSION
from directory.hsds.tabular import DESCRIPTOR_NAME, Table, tables


class _Collector:
    """Rows of every table, each record once (an organisation shared by ten services)."""

    def __init__(self):
        self.rows: dict[str, dict[str, dict]] = {name: {} for name in tables()}

    def add(self, name: str, record: dict, **links) -> None:
        table = tables()[name]
        row = {column: record.get(column) for column in table.columns}
        for column, value in links.items():
            if column in table.columns and value is not None:
                row[column] = value
        self.rows[name].setdefault(row["id"], row)

    def attributes(self, owner: dict, entity: str) -> None:
        for attribute in owner.get("attributes") or []:
            term = attribute.get("taxonomy_term")
            term_id = attribute.get("taxonomy_term_id") or (term or {}).get("id")
            self.add(
                "attribute",
                attribute,
                link_id=owner["id"],
                link_entity=entity,
                taxonomy_term_id=term_id,
            )
            if term:
                self.term(term)

    def term(self, term: dict) -> None:
        taxonomy = term.get("taxonomy_detail")
        self.add(
            "taxonomy_term", term, taxonomy_id=term.get("taxonomy_id") or (taxonomy or {}).get("id")
        )
        if taxonomy:
            self.add("taxonomy", taxonomy)

    def phone(self, phone: dict, **links) -> None:
        self.add("phone", phone, **links)
        self.attributes(phone, "phone")
        for language in phone.get("languages") or []:
            self.add("language", language, phone_id=phone["id"])

    def location(self, location: dict) -> None:
        self.add("location", location)
        self.attributes(location, "location")
        for address in location.get("addresses") or []:
            self.add("address", address, location_id=location["id"])
            self.attributes(address, "address")
        for item in location.get("accessibility") or []:
            self.add("accessibility", item, location_id=location["id"])
        for language in location.get("languages") or []:
            self.add("language", language, location_id=location["id"])

    def service(self, service: dict) -> None:
        organization = service.get("organization")
        service_id = service["id"]
        self.add("service", service, organization_id=(organization or {}).get("id"))
        self.attributes(service, "service")
        if organization:
            self.add("organization", organization)
            self.attributes(organization, "organization")
        for phone in service.get("phones") or []:
            self.phone(phone, service_id=service_id)
        for schedule in service.get("schedules") or []:
            self.add("schedule", schedule, service_id=service_id)
            self.attributes(schedule, "schedule")
        for language in service.get("languages") or []:
            self.add("language", language, service_id=service_id)
        for document in service.get("required_documents") or []:
            self.add("required_document", document, service_id=service_id)
        for link in service.get("service_at_locations") or []:
            location = link.get("location")
            location_id = link.get("location_id") or (location or {}).get("id")
            self.add("service_at_location", link, service_id=service_id, location_id=location_id)
            self.attributes(link, "service_at_location")
            if location:
                self.location(location)
            for schedule in link.get("schedules") or []:
                self.add(
                    "schedule",
                    schedule,
                    service_id=service_id,
                    location_id=location_id,
                    service_at_location_id=link["id"],
                )
                self.attributes(schedule, "schedule")
            for phone in link.get("phones") or []:
                self.phone(
                    phone,
                    service_id=service_id,
                    location_id=location_id,
                    service_at_location_id=link["id"],
                )


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _field_descriptor(table: Table, column: str) -> dict:
    field = {"name": column, "type": table.types.get(column, "string")}
    if table.formats.get(column) in ("uuid", "email", "uri"):
        field["format"] = table.formats[column]
    return field


def write_package(
    folder: Path, services: list[dict], *, terms=(), title: str, language: str
) -> dict:
    """Write services as datapackage.json and one CSV per table that has rows; `terms`
    are taxonomy terms to list even if no service links to them (categories' parents).

    Returns the number of rows written per file.
    """
    collector = _Collector()
    for service in services:
        collector.service(service)
    for term in terms:
        collector.term(term)
    folder.mkdir(parents=True, exist_ok=True)
    resources, counts = [], {}
    for table in sorted(tables().values(), key=lambda table: table.order):
        rows = list(collector.rows[table.name].values())
        if not rows and table.name != "service":
            # A table left from an earlier export into this folder would mislead readers.
            (folder / table.path).unlink(missing_ok=True)
            continue
        with (folder / table.path).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(table.columns)
            writer.writerows([_cell(row.get(column)) for column in table.columns] for row in rows)
        counts[table.path] = len(rows)
        resources.append(
            {
                "name": table.path.removesuffix(".csv"),
                "path": table.path,
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": {
                    "fields": [_field_descriptor(table, column) for column in table.columns],
                    "primaryKey": "id",
                },
            }
        )
    descriptor = {
        "profile": "tabular-data-package",
        "name": "hsds-services",
        "title": title,
        "language": language,
        "hsds": {"version": HSDS_VERSION, "profile": HSDS_PROFILE},
        "resources": resources,
    }
    (folder / DESCRIPTOR_NAME).write_text(
        json.dumps(descriptor, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return counts
