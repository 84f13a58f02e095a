"""Vietnam's provinces and wards since 1 July 2025, and the names readers still use.

The units, their official codes and centre points come from directory/data/admin_units.json,
built from the `vietnamadminunits` package by scripts/build_admin_units.py (see there for why
the data is shipped rather than the package). Ho Chi Minh City has 168 wards, communes and a
special zone; readers and older records still say "Quận 1", "Bình Thạnh" or "Thủ Đức", and
`find_places` turns those into today's wards.
"""

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from portal.text import fold

DATA_FILE = Path(__file__).resolve().parent / "data" / "admin_units.json"
HO_CHI_MINH_CITY = "79"
# Unit types that readers may leave out when they type a name.
_TYPE_WORDS = (
    "thanh pho",
    "tinh",
    "phuong",
    "xa",
    "dac khu",
    "thi tran",
    "quan",
    "huyen",
    "thi xa",
    "tp",
    "q",
    "p",
    "tx",
)
# Thủ Đức city (2021-2025) merged Districts 2 and 9 with the old Thủ Đức district; the
# package lists only the city, so the older names lead to all of its wards.
_FORMER_DISTRICT_ALIASES = {"quan 2": "Thành phố Thủ Đức", "quan 9": "Thành phố Thủ Đức"}


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    short_name: str
    lat: float
    lng: float


@dataclass(frozen=True)
class Ward:
    code: str
    name: str
    short_name: str
    type: str
    province_code: str
    lat: float
    lng: float

    @property
    def province(self) -> Province:
        return provinces()[self.province_code]


@dataclass(frozen=True)
class Place:
    """What a reader's words name: one ward, or a former unit now split across several."""

    name: str
    ward_codes: tuple[str, ...]
    former: bool = False
    note: str = ""

    @property
    def wards(self) -> list[Ward]:
        return [wards()[code] for code in self.ward_codes]


@cache
def _data() -> dict:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


@cache
def provinces() -> dict[str, Province]:
    return {
        row["code"]: Province(row["code"], row["name"], row["short_name"], row["lat"], row["lng"])
        for row in _data()["provinces"]
    }


@cache
def wards() -> dict[str, Ward]:
    return {
        row["code"]: Ward(
            row["code"],
            row["name"],
            row["short_name"],
            row["type"],
            row["province"],
            row["lat"],
            row["lng"],
        )
        for row in _data()["wards"]
    }


def ward(code) -> Ward | None:
    return wards().get(str(code or "").strip())


@cache
def wards_of(province_code: str = HO_CHI_MINH_CITY) -> tuple[Ward, ...]:
    return tuple(
        sorted(
            (ward for ward in wards().values() if ward.province_code == province_code),
            key=lambda ward: fold(ward.short_name),
        )
    )


@cache
def ward_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    """Every ward grouped by province, Ho Chi Minh City's first."""
    codes = [HO_CHI_MINH_CITY, *(code for code in provinces() if code != HO_CHI_MINH_CITY)]
    return [
        (provinces()[code].name, [(ward.code, ward.name) for ward in wards_of(code)])
        for code in codes
    ]


def _bare(text: str) -> str:
    """The folded name without its unit type: "Phường Bến Thành" -> "ben thanh"."""
    folded = fold(text)
    for word in _TYPE_WORDS:
        if folded.startswith(word + " ") and len(folded) > len(word) + 1:
            return folded[len(word) + 1 :]
    return folded


_NUMBERED = re.compile(r"^(q|quan|p|phuong)\s*(\d+)$")


def _spelled_out(folded: str) -> str:
    """ "q1", "q 1" (from "Q.1") and "p12" as "quan 1" and "phuong 12"."""
    if match := _NUMBERED.match(folded):
        kind = "quan" if match[1].startswith("q") else "phuong"
        return f"{kind} {int(match[2])}"
    return folded


def centre_of(codes) -> tuple[float, float] | None:
    points = [(w.lat, w.lng) for w in (ward(code) for code in codes) if w]
    if not points:
        return None
    return (
        sum(lat for lat, _lng in points) / len(points),
        sum(lng for _lat, lng in points) / len(points),
    )


@cache
def _place_index() -> dict[str, list[Place]]:
    """Folded names, with and without their unit type, to the places they may mean."""
    index: dict[str, list[Place]] = {}

    def add(names, place, bare=True):
        keys = {fold(n) for n in names}
        if bare:
            keys |= {_bare(n) for n in names if not _bare(n).isdigit()}
        for name in keys:
            if name and place not in index.setdefault(name, []):
                index[name].append(place)

    for unit in wards().values():
        if unit.province_code != HO_CHI_MINH_CITY:
            continue
        add([unit.name, unit.short_name], Place(unit.name, (unit.code,)))
    districts_by_name = {}
    for row in _data()["former_districts"]:
        if row["province"] != HO_CHI_MINH_CITY:
            continue
        place = Place(row["name"], tuple(row["wards"]), former=True, note=row["former_province"])
        districts_by_name[row["name"]] = place
        add([row["name"], row["short_name"]], place)
    for alias, district in _FORMER_DISTRICT_ALIASES.items():
        if district in districts_by_name:
            add([alias], districts_by_name[district])
    for row in _data()["former_wards"]:
        place = Place(f"{row['name']} ({row['district']})", tuple(row["wards"]), former=True)
        # Former ward names alone are ambiguous ("Phường 1" existed in many districts), so
        # they are found by name only when unique, and always with their district.
        add([f"{row['name']} {row['district']}", f"{row['short_name']} {row['district']}"], place)
        add([row["name"]], place)
    return index


def find_places(text: str) -> list[Place]:
    """The places that a reader's words may name, today's wards first.

    Exact names first ("Bến Thành", "Phường Bến Thành", "ben thanh"), then former districts
    ("Quận 1", "q1", "Bình Thạnh", "Thủ Đức", "Dĩ An") and former wards ("Phường Đa Kao").
    Empty when nothing matches.
    """
    if not text or len(text) > 200:
        return []
    index = _place_index()
    # The words as typed first; without their unit type ("Quận") only if that finds nothing.
    typed = _spelled_out(fold(text))
    found = list(index.get(typed, [])) or list(index.get(_bare(typed), []))
    # A ward of today wins over a former unit of the same name ("Phường Sài Gòn").
    return sorted(found, key=lambda place: place.former)


def ward_codes_for(text: str) -> tuple[str, ...]:
    """Today's ward codes that a name or code stands for; empty when unknown."""
    text = (text or "").strip()
    if unit := ward(text):
        return (unit.code,)
    places = find_places(text)
    if not places:
        return ()
    return places[0].ward_codes


def distance_m(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Great-circle distance in metres."""
    radius = 6_371_000
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlambda = phi2 - phi1, math.radians(lng2 - lng1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * radius * math.asin(math.sqrt(a))
