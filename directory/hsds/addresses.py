"""Today's ward of an imported HSDS address, whatever names the address uses.

The portal's own exports write the ward's official name in `city` and the province in
`state_province` (directory.hsds.serialize). Other sources still write the units in
force before July 2025: "Phường Bến Nghé" in address_2 and "Quận 1" in city, or only the
former district. Those are turned into today's wards with directory.admin_units; a
former district that is now several wards is narrowed down by the location's coordinates.
"""

from dataclasses import dataclass
from functools import cache

from directory import admin_units
from portal.text import fold

# Where sources put the ward and the district, most specific first.
NAME_FIELDS = ("city", "address_2", "region")
_CITY_NICKNAMES = {
    "tp hcm",
    "tphcm",
    "hcm",
    "hcmc",
    "tp ho chi minh",
    "sai gon",
    "ho chi minh city",
}


@dataclass(frozen=True)
class WardMatch:
    code: str = ""
    field: str = ""  # the address field the problem is in
    problem: str = ""


@cache
def _province_index() -> dict[str, str]:
    index = {}
    for province in admin_units.provinces().values():
        for name in (province.name, province.short_name):
            index[fold(name)] = province.code
    # Provinces merged in 2025 ("Tỉnh Bình Dương") name the province they joined.
    for row in admin_units._data()["former_districts"]:
        former = row["former_province"]
        for name in (former, former.split(" ", 1)[-1]):
            index.setdefault(fold(name), row["province"])
    for nickname in _CITY_NICKNAMES:
        index[nickname] = admin_units.HO_CHI_MINH_CITY
    return index


@cache
def _ward_index() -> dict[tuple[str, str], str]:
    """(province code, folded ward name or short name) -> ward code."""
    index = {}
    for unit in admin_units.wards().values():
        for name in (unit.name, unit.short_name):
            index[(unit.province_code, fold(name))] = unit.code
    return index


def province_code(text: str) -> str | None:
    return _province_index().get(fold(text))


def _nearest(codes, position) -> str:
    lat, lng = position
    return min(
        codes,
        key=lambda code: admin_units.distance_m(
            lat, lng, admin_units.ward(code).lat, admin_units.ward(code).lng
        ),
    )


def find_ward(address: dict, position: tuple[float, float] | None = None) -> WardMatch:
    """The ward an address names; a WardMatch with a problem when it names none or several.

    An address without any unit names has no ward (an empty code, no problem).
    """
    texts = [
        (field, address[field].strip())
        for field in NAME_FIELDS
        if isinstance(address.get(field), str) and address[field].strip()
    ]
    state = address.get("state_province")
    state = state.strip() if isinstance(state, str) else ""
    if not texts:
        if state and province_code(state) is None:
            return WardMatch(field="state_province", problem=f"unknown province or city {state!r}")
        return WardMatch()
    for _field, text in texts:
        if admin_units.ward(text):
            return WardMatch(code=text)
    province = province_code(state) if state else None
    if state and province is None:
        return WardMatch(field="state_province", problem=f"unknown province or city {state!r}")
    if province:
        for _field, text in texts:
            if code := _ward_index().get((province, fold(text))):
                return WardMatch(code=code)
    if province not in (None, admin_units.HO_CHI_MINH_CITY):
        field, text = texts[0]
        name = admin_units.provinces()[province].name
        return WardMatch(field=field, problem=f"{name} has no ward or commune called {text!r}")
    return _former_units(dict(texts), position)


def _codes(text: str) -> tuple[str, ...]:
    """Today's wards a name may mean: one for a ward, several for a former district or
    for a former ward name that several districts had ("Phường 12")."""
    places = admin_units.find_places(text)
    if not places:
        return ()
    if not places[0].former:
        return places[0].ward_codes
    return tuple(dict.fromkeys(code for place in places for code in place.ward_codes))


def _former_units(named: dict[str, str], position) -> WardMatch:
    """Ho Chi Minh City names, including the wards and districts in force before 2025."""
    # A former ward with its district first ("Phường 12" + "Quận Bình Thạnh"), then each name.
    tries = [
        (first, f"{named[first]} {named[second]}")
        for first in named
        for second in named
        if first != second
    ]
    tries += list(named.items())
    several = None
    for field, text in tries:
        codes = _codes(text)
        if len(codes) == 1:
            return WardMatch(code=codes[0])
        if codes and several is None:
            several = (field, text, codes)
    if several is None:
        field, text = next(iter(named.items()))
        return WardMatch(
            field=field,
            problem=f"{text!r} is not a ward, commune or former district of Ho Chi Minh City",
        )
    field, text, codes = several
    if position is not None:
        return WardMatch(code=_nearest(codes, position))
    return WardMatch(
        field=field,
        problem=(
            f"{text!r} is now {len(codes)} wards; give the ward (city) or the location's "
            "latitude and longitude"
        ),
    )
