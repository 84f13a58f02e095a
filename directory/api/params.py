"""Read and check the API's query parameters; anything unusable is a 400, never a 500.

Each reader takes the request's GET dict and returns a clean value, or raises BadParameter
with a message for people (translatable) and the parameter's name. Values are never echoed
back: a search string may be an injection attempt or someone's private words.
"""

import datetime
import math
import unicodedata
import uuid
from dataclasses import dataclass

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext_lazy as _

from directory.hours import CITY_TIMEZONE

LOCALES = ("vi", "en")
MAX_SEARCH_LENGTH = 200
MAX_PAGE = 100_000
MAX_PER_PAGE = 200
MAX_PER_PAGE_MINIMAL = 10_000
DEFAULT_PER_PAGE = 50
MAX_PROXIMITY_M = 200_000
_TRUE = {"true", "1", "yes"}
_FALSE = {"false", "0", "no"}


class BadParameter(Exception):
    def __init__(self, parameter: str, message):
        super().__init__(parameter)
        self.parameter = parameter
        self.message = message


def _raw(query, name: str) -> str | None:
    value = query.get(name)
    if value is None:
        return None
    value = value.strip()
    return value or None


def boolean(query, name: str, default: bool = False) -> bool:
    value = _raw(query, name)
    if value is None:
        return default
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    raise BadParameter(name, _("Use true or false."))


def integer(query, name: str, default: int, minimum: int, maximum: int) -> int:
    value = _raw(query, name)
    if value is None:
        return default
    if not (value.isascii() and value.isdigit()) or len(value) > 9:
        raise BadParameter(name, _("Use a whole number."))
    number = int(value)
    if not minimum <= number <= maximum:
        raise BadParameter(
            name,
            _("Use a number from %(minimum)s to %(maximum)s.")
            % {"minimum": minimum, "maximum": maximum},
        )
    return number


def decimal(query, name: str, minimum: float, maximum: float) -> float | None:
    value = _raw(query, name)
    if value is None:
        return None
    try:
        if not value.isascii() or len(value) > 32:
            raise ValueError
        number = float(value)
    except ValueError:
        raise BadParameter(name, _("Use a decimal number, such as 10.7769.")) from None
    if not math.isfinite(number) or not minimum <= number <= maximum:
        raise BadParameter(
            name,
            _("Use a number from %(minimum)s to %(maximum)s.")
            % {"minimum": minimum, "maximum": maximum},
        )
    return number


def hsds_id(value: str | None, name: str = "id") -> str | None:
    """A canonical uuid string, or None when absent."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        if len(value) > 64:
            raise ValueError
        return str(uuid.UUID(value))
    except ValueError:
        raise BadParameter(name, _("Use an HSDS id (a UUID).")) from None


def locale(query) -> str:
    value = _raw(query, "locale")
    if value is None:
        return LOCALES[0]
    if value.lower() not in LOCALES:
        raise BadParameter("locale", _("Use vi or en."))
    return value.lower()


def search(query) -> str | None:
    value = _raw(query, "search")
    if value is None:
        return None
    if len(value) > MAX_SEARCH_LENGTH:
        raise BadParameter(
            "search",
            _("Use at most %(count)s characters.") % {"count": MAX_SEARCH_LENGTH},
        )
    # Control characters and replacement characters: binary data, not words.
    if any(
        unicodedata.category(char) in {"Cc", "Cs", "Co", "Cn"} or char == "\ufffd" for char in value
    ):
        raise BadParameter("search", _("Use words only."))
    return value


def modified_after(query) -> datetime.datetime | None:
    value = _raw(query, "modified_after")
    if value is None:
        return None
    moment = None
    try:
        moment = parse_datetime(value.replace("Z", "+00:00")) if len(value) <= 40 else None
        if moment is None and len(value) <= 10:
            day = parse_date(value)
            if day is not None:
                moment = datetime.datetime.combine(day, datetime.time())
    except ValueError:
        moment = None
    if moment is None:
        raise BadParameter(
            "modified_after", _("Use a date or date and time, such as 2025-07-01T08:00:00Z.")
        )
    if timezone.is_naive(moment):
        moment = moment.replace(tzinfo=CITY_TIMEZONE)
    return moment


def response_format(query) -> str:
    value = _raw(query, "format")
    if value is None or value.lower() == "json":
        return "json"
    if value.lower() == "ndjson":
        return "ndjson"
    raise BadParameter("format", _("Use json or ndjson."))


@dataclass(frozen=True)
class Paging:
    page: int
    per_page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.per_page


def paging(query, *, minimal: bool = False) -> Paging:
    largest = MAX_PER_PAGE_MINIMAL if minimal else MAX_PER_PAGE
    return Paging(
        integer(query, "page", 1, 1, MAX_PAGE),
        integer(query, "per_page", DEFAULT_PER_PAGE, 1, largest),
    )


@dataclass(frozen=True)
class Point:
    lat: float
    lng: float
    proximity: float | None


def point(query) -> Point | None:
    """lat and lng together, and proximity (metres) only with them."""
    lat = decimal(query, "lat", -90, 90)
    lng = decimal(query, "lng", -180, 180)
    proximity = decimal(query, "proximity", 1, MAX_PROXIMITY_M)
    if (lat is None) != (lng is None):
        raise BadParameter("lat" if lat is None else "lng", _("Give both lat and lng."))
    if lat is None:
        if proximity is not None:
            raise BadParameter("proximity", _("Give lat and lng with proximity."))
        return None
    return Point(lat, lng, proximity)
