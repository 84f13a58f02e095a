"""What `import_hsds` reads: a JSON list of HSDS services, or a tabular data package.

Anything else (a missing file, text that is not JSON, a binary file, an object where a
list is expected) is refused with a sentence saying what is wrong, never a traceback.
"""

import json
from dataclasses import dataclass, field
from pathlib import Path

from directory.hsds import tabular

# A directory of services is a few megabytes; anything far larger is a mistake.
MAX_JSON_BYTES = 200 * 1024 * 1024


class SourceError(Exception):
    """The file or folder cannot be read as HSDS services; the message says why."""


@dataclass
class Source:
    services: list  # as found: each is validated later, one by one
    terms: dict = field(default_factory=dict)  # a package's taxonomy terms, by id


def load_services(path) -> Source:
    """The records in a JSON file or a data package folder (or its datapackage.json)."""
    path = Path(path)
    if not path.exists():
        raise SourceError(f"{path} does not exist.")
    if path.is_dir() or path.name == tabular.DESCRIPTOR_NAME:
        folder = path if path.is_dir() else path.parent
        if not (folder / tabular.DESCRIPTOR_NAME).is_file():
            raise SourceError(
                f"{folder} is a folder without {tabular.DESCRIPTOR_NAME}: give a JSON file of "
                "services or an HSDS tabular data package."
            )
        try:
            services, terms = tabular.read_package(folder)
        except tabular.PackageError as error:
            raise SourceError(f"{folder}: {error}") from error
        return Source(services, terms)
    return Source(_load_json(path))


def _load_json(path: Path) -> list:
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise SourceError(f"{path} is larger than {MAX_JSON_BYTES // 2**20} MB.")
        raw = path.read_bytes()
    except OSError as error:
        raise SourceError(f"{path} cannot be read: {error.strerror}.") from error
    if b"\x00" in raw[:8192]:
        raise SourceError(f"{path} is a binary file, not JSON.")
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as error:
        raise SourceError(f"{path} is not UTF-8 text.") from error
    except json.JSONDecodeError as error:
        raise SourceError(
            f"{path} is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})."
        ) from error
    except RecursionError as error:
        raise SourceError(f"{path} nests too deeply to be HSDS services.") from error
    # A page of the HSDS API ({"contents": [...]}) holds services too.
    if isinstance(data, dict) and isinstance(data.get("contents"), list):
        data = data["contents"]
    if not isinstance(data, list):
        raise SourceError(
            f"{path} holds a JSON {_json_type(data)}; expected a list of HSDS service objects."
        )
    return data


def _json_type(value) -> str:
    if isinstance(value, dict):
        return "object"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    return "null"
