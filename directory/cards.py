"""A service as readers see it in a list, in the near-me data and on its page: open now, today's
hours, where (public places only), how far, and the one-tap actions.

Everything here works on rows already loaded (`load_rows` fetches them for a whole list in
a fixed number of queries), and never reads a confidential location's address or position.
"""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field
from typing import NamedTuple

from django.db.models import Q, Subquery
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from directory import admin_units, hours
from directory.models import (
    ServiceClosure,
    ServiceLocation,
    ServicePage,
    ServicePhone,
    ServiceSchedule,
)
from portal.localization import preferred_versions, reader_language

# Phones that answer a call (not fax, not text only).
CALLABLE_KINDS = {
    ServicePhone.Kind.VOICE,
    ServicePhone.Kind.CELL,
    ServicePhone.Kind.VIDEO,
}


def phone_call_url(phone) -> str:
    extension = "".join(char for char in phone.extension or "" if char.isdigit())
    return f"tel:{phone.dial}" + (f",{extension}" if extension else "")


def zalo_chat_url(phone) -> str:
    """Zalo's chat link takes the number as dialled in Vietnam (0 instead of +84)."""
    dial = phone.dial
    if dial.startswith("+84"):
        dial = "0" + dial[3:]
    return f"https://zalo.me/{dial.lstrip('+')}"


def osm_directions_url(lat: float, lng: float) -> str:
    return f"https://www.openstreetmap.org/directions?to={lat:.6f}%2C{lng:.6f}"


def google_directions_url(lat: float, lng: float) -> str:
    return f"https://www.google.com/maps/dir/?api=1&destination={lat:.6f},{lng:.6f}"


def distance_label(metres: float) -> str:
    if metres < 1000:
        return _("%(distance)s m") % {"distance": max(10, round(metres / 10) * 10)}
    kilometres = metres / 1000
    digits = 1 if kilometres < 10 else 0
    return _("%(distance)s km") % {"distance": number_format(round(kilometres, digits), digits)}


def status_text(status: hours.OpeningStatus) -> str:
    if not status.has_hours:
        return _("Opening hours not listed")
    if status.is_open:
        if any(period.is_whole_day for period in status.today) and not status.closed_today:
            return _("Open now, all day")
        if status.closes_at == hours.MIDNIGHT:
            return _("Open now, until midnight")
        return _("Open now, until %(time)s") % {"time": f"{status.closes_at:%H:%M}"}
    if status.closed_today:
        return _("Closed today")
    return _("Closed now")


def today_text(status: hours.OpeningStatus) -> str:
    if not status.has_hours:
        return ""
    if status.closed_today or not status.today:
        return _("Today: closed")
    return _("Today: %(hours)s") % {"hours": ", ".join(period.label() for period in status.today)}


@dataclass
class PublicPlace:
    """A location that may be published: never made from a confidential one."""

    location: object
    address: str
    lat: float | None
    lng: float | None
    distance_m: float | None = None

    @property
    def has_position(self) -> bool:
        return self.lat is not None and self.lng is not None

    @property
    def directions_url(self) -> str:
        return osm_directions_url(self.lat, self.lng) if self.has_position else ""

    @property
    def google_directions_url(self) -> str:
        return google_directions_url(self.lat, self.lng) if self.has_position else ""

    @property
    def distance_label(self) -> str:
        return distance_label(self.distance_m) if self.distance_m is not None else ""


def public_place(location, centre=None) -> PublicPlace | None:
    if location is None or location.is_confidential:
        return None
    place = PublicPlace(location, location.address_line, location.latitude, location.longitude)
    if centre and place.has_position:
        place.distance_m = admin_units.distance_m(*centre, place.lat, place.lng)
    return place


@dataclass
class ServiceCard:
    service: ServicePage
    status: hours.OpeningStatus
    categories: list = field(default_factory=list)
    phones: list = field(default_factory=list)
    places: list[PublicPlace] = field(default_factory=list)
    has_confidential_location: bool = False

    @property
    def source_language(self) -> str:
        """The language of the page's text when it is an alias of another language's page."""
        return getattr(self.service, "source_language", None) or ""

    @property
    def is_temporarily_closed(self) -> bool:
        return self.service.status == ServicePage.Status.TEMPORARILY_CLOSED

    @property
    def is_open(self) -> bool:
        return self.status.is_open and not self.is_temporarily_closed

    @property
    def status_text(self) -> str:
        if self.is_temporarily_closed:
            return _("Temporarily closed")
        return status_text(self.status)

    @property
    def today_text(self) -> str:
        return "" if self.is_temporarily_closed else today_text(self.status)

    @property
    def call_phone(self):
        return next((phone for phone in self.phones if phone.kind in CALLABLE_KINDS), None)

    @property
    def zalo_phone(self):
        return next((phone for phone in self.phones if phone.on_zalo), None)

    @property
    def call_url(self) -> str:
        return phone_call_url(self.call_phone) if self.call_phone else ""

    @property
    def zalo_url(self) -> str:
        return zalo_chat_url(self.zalo_phone) if self.zalo_phone else ""

    @property
    def is_confidential_only(self) -> bool:
        """Only a confidential place: readers get a phone contact, nothing about where."""
        return self.has_confidential_location and not self.places

    @property
    def nearest(self) -> PublicPlace | None:
        """The place to show and give directions to: the nearest with a distance, else the
        first with a position, else the first."""
        measured = [place for place in self.places if place.distance_m is not None]
        if measured:
            return min(measured, key=lambda place: place.distance_m)
        positioned = [place for place in self.places if place.has_position]
        return (positioned or self.places or [None])[0]

    @property
    def distance_label(self) -> str:
        place = self.nearest
        return place.distance_label if place else ""


def build_card(
    service, *, phones, schedules, closures, locations, categories=(), moment=None, centre=None
) -> ServiceCard:
    """A card from a service's rows; `locations` are Location objects in display order."""
    places = [place for place in (public_place(loc, centre) for loc in locations) if place]
    return ServiceCard(
        service=service,
        status=hours.opening_status(schedules, closures, moment or hours.city_now()),
        categories=list(categories),
        phones=list(phones),
        places=places,
        has_confidential_location=any(loc.is_confidential for loc in locations if loc),
    )


class ScheduleRow(NamedTuple):
    """What opening hours need of a ServiceSchedule, lighter to load by the thousand."""

    service_id: int
    weekday: int
    opens_at: datetime.time
    closes_at: datetime.time


def _grouped(rows, key="service_id") -> dict[int, list]:
    groups = defaultdict(list)
    for row in rows:
        groups[getattr(row, key)].append(row)
    return groups


def load_cards(services, scope, *, moment, categories_by_key, centre=None) -> list[ServiceCard]:
    """Cards for services, with their rows fetched for all of them at once (five queries).

    `scope` selects the services' rows: a list of their ids (or a queryset of ids).
    Only the closures that today's and yesterday's status needs are loaded.
    """
    day = moment.date()
    yesterday = day - datetime.timedelta(days=1)
    phones = _grouped(
        ServicePhone.objects.filter(service_id__in=scope).order_by("service_id", "sort_order", "pk")
    )
    # Every weekday: filtering on it would lead SQLite to the weekday index, past the
    # service's own rows, and a service has a handful of periods.
    schedules = _grouped(
        ScheduleRow(*row)
        for row in ServiceSchedule.objects.filter(service_id__in=scope).values_list(
            "service_id", "weekday", "opens_at", "closes_at"
        )
    )
    closures = _grouped(
        ServiceClosure.objects.filter(service_id__in=scope, starts_on__lte=day)
        .filter(Q(ends_on__gte=yesterday) | Q(ends_on__isnull=True, starts_on__gte=yesterday))
        .only("service_id", "starts_on", "ends_on")
    )
    links = _grouped(
        ServiceLocation.objects.filter(service_id__in=scope)
        .select_related("location")
        .order_by("service_id", "sort_order", "pk")
    )
    category_keys = defaultdict(list)
    through = ServicePage.categories.through.objects.filter(servicepage_id__in=scope)
    for service_id, key in through.values_list(
        "servicepage_id", "servicecategory__translation_key"
    ):
        category_keys[service_id].append(key)

    cards = []
    for service in services:
        keys = category_keys.get(service.pk, [])
        categories = sorted(
            (categories_by_key[key] for key in set(keys) if key in categories_by_key),
            key=lambda category: (category.sort_order, category.name),
        )
        cards.append(
            build_card(
                service,
                phones=phones.get(service.pk, []),
                schedules=schedules.get(service.pk, []),
                closures=closures.get(service.pk, []),
                locations=[link.location for link in links.get(service.pk, [])],
                categories=categories,
                moment=moment,
                centre=centre,
            )
        )
    return cards


def reader_versions(model, ids) -> dict:
    """{id: the reader's language version of that object} for translatable objects, in one
    query: the version in the reader's language, else the default language's, else the
    object itself."""
    ids = {pk for pk in ids if pk is not None}
    if not ids:
        return {}
    keys = model.objects.filter(pk__in=ids).values("translation_key")
    rows = list(model.objects.filter(translation_key__in=Subquery(keys)).select_related("locale"))
    best = preferred_versions(rows, reader_language())
    key_of = {row.pk: row.translation_key for row in rows}
    return {pk: best[key_of[pk]] for pk in ids if pk in key_of}
