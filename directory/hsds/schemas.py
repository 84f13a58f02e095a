"""Validate objects against the HSDS 3.0 JSON Schemas shipped in schema/.

The schema files name each other by file name ("phone.json"), so they are registered
under those names; validation is Draft 2020-12 with formats checked (uuid, date, uri...).
"""

import json
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMA_DIR = Path(__file__).resolve().parent / "schema"
HSDS_VERSION = "3.0"
HSDS_PROFILE = "https://openreferral.org/imls/hsds/"


@cache
def _registry() -> Registry:
    resources = []
    for path in sorted(SCHEMA_DIR.glob("*.json")) + sorted(SCHEMA_DIR.glob("compiled/*.json")):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents(contents, default_specification=DRAFT202012)
        resources.append((str(path.relative_to(SCHEMA_DIR)), resource))
    return Registry().with_resources(resources)


@cache
def validator(name: str) -> Draft202012Validator:
    """The validator for one object type: "service", "compiled/service", "taxonomy"..."""
    schema = json.loads((SCHEMA_DIR / f"{name}.json").read_text(encoding="utf-8"))
    return Draft202012Validator(
        schema, registry=_registry(), format_checker=Draft202012Validator.FORMAT_CHECKER
    )


def errors(obj, name: str) -> list[str]:
    """Readable errors ("phones.0.number: 'number' is a required property"), empty if valid."""
    found = []
    for error in sorted(validator(name).iter_errors(obj), key=lambda e: list(e.absolute_path)):
        where = ".".join(str(part) for part in error.absolute_path) or "(record)"
        found.append(f"{where}: {error.message}")
    return found


def openapi_document() -> dict:
    return json.loads((SCHEMA_DIR / "openapi.json").read_text(encoding="utf-8"))
