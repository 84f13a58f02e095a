"""Queries shared by the finder, the HSDS API and the benchmark: keyword and distance.

Keyword search matches folded words (no diacritics, đ as d, any case) against the
service's folded `search_text`, which includes its categories' names in every language.
Distances are sorted in SQL with an equirectangular approximation (exact to well under 1%
across a city), using only arithmetic so that SQLite, PostgreSQL and others agree; shown
distances are computed exactly in Python (admin_units.distance_m).
"""

import math

from django.db.models import ExpressionWrapper, F, FloatField, OuterRef, Q, Subquery, Value
from django.db.models.functions import StrIndex
from django.db.models.lookups import GreaterThan

from portal.text import folded_words

METRES_PER_DEGREE = 111_320
MAX_KEYWORD_WORDS = 12


def keyword_q(text: str, field: str = "search_text") -> Q | None:
    """Every folded word must appear; None when the text has no words.

    Written with INSTR/STRPOS rather than LIKE: folded words are letters and digits only,
    so they need no escaping, and on SQLite `LIKE ... ESCAPE` is about three times slower
    over 10,000 services.
    """
    words = folded_words(text)[:MAX_KEYWORD_WORDS]
    if not words:
        return None
    q = Q()
    for word in dict.fromkeys(words):
        q &= Q(GreaterThan(StrIndex(field, Value(word)), 0))
    return q


def squared_degrees(lat: float, lng: float, prefix: str = ""):
    """A value that sorts locations by distance from (lat, lng): squared degrees of
    latitude, with longitude scaled by the cosine of the latitude."""
    scale = math.cos(math.radians(lat))
    dlat = F(f"{prefix}latitude") - Value(lat)
    dlng = (F(f"{prefix}longitude") - Value(lng)) * Value(scale)
    return ExpressionWrapper(dlat * dlat + dlng * dlng, output_field=FloatField())


def within_box_q(lat: float, lng: float, metres: float, prefix: str = "") -> Q:
    """Locations inside the square around (lat, lng) that holds the circle of radius metres."""
    dlat = metres / METRES_PER_DEGREE
    dlng = metres / (METRES_PER_DEGREE * max(math.cos(math.radians(lat)), 0.01))
    return Q(
        **{
            f"{prefix}latitude__gte": lat - dlat,
            f"{prefix}latitude__lte": lat + dlat,
            f"{prefix}longitude__gte": lng - dlng,
            f"{prefix}longitude__lte": lng + dlng,
        }
    )


def squared_degrees_for(metres: float) -> float:
    return (metres / METRES_PER_DEGREE) ** 2


def nearest_location_subquery(lat: float, lng: float):
    """For a ServicePage queryset: the squared-degree distance of its nearest public
    location with a position (NULL when it has none)."""
    from directory.models import ServiceLocation

    nearest = (
        ServiceLocation.objects.filter(
            service_id=OuterRef("pk"),
            location__is_confidential=False,
            location__latitude__isnull=False,
            location__longitude__isnull=False,
        )
        .annotate(squared=squared_degrees(lat, lng, "location__"))
        .order_by("squared")
        .values("squared")[:1]
    )
    return Subquery(nearest, output_field=FloatField())


def public_location_q(prefix: str = "") -> Q:
    return Q(**{f"{prefix}is_confidential": False})
