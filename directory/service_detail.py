"""A service's own page: everything the finder shows, and the full week, the conditions,
the places (public ones only) and the contacts.

It reads the page's rows through the page itself, so editors' previews show unsaved rows,
and resolves translatable objects in one query per kind: the number of queries does not
depend on how many places, phones or opening periods a service has.
"""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from directory import hours
from directory.cards import (
    build_card,
    phone_call_url,
    public_place,
    reader_versions,
    zalo_chat_url,
)
from directory.models import Location, Organization, ServiceCategory, ServicePhone, Weekday
from portal import structured_data

# Closed days shown ahead: holidays are announced weeks before.
CLOSURES_AHEAD_DAYS = 60
SCHEMA_DAYS = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
]


@dataclass
class WeekTable:
    """Opening hours for one week: for every place, or for one of them."""

    place_name: str
    days: list[dict] = field(default_factory=list)


def week_table(schedules, today: datetime.date, place_name: str = "") -> WeekTable:
    table = WeekTable(place_name)
    for weekday, periods in hours.weekly_hours(schedules):
        table.days.append(
            {
                "name": Weekday(weekday).label,
                "periods": [period.label() for period in periods],
                "is_today": weekday == today.weekday(),
            }
        )
    return table


def upcoming_closures(closures, today: datetime.date) -> list:
    horizon = today + datetime.timedelta(days=CLOSURES_AHEAD_DAYS)
    found = [c for c in closures if c.last_day >= today and c.starts_on <= horizon]
    return sorted(found, key=lambda closure: closure.starts_on)


PHONE_LABELS = {
    ServicePhone.Kind.VOICE: gettext_lazy("Phone"),
    ServicePhone.Kind.CELL: gettext_lazy("Mobile"),
    ServicePhone.Kind.TEXT: gettext_lazy("Text messages"),
    ServicePhone.Kind.FAX: gettext_lazy("Fax"),
    ServicePhone.Kind.VIDEO: gettext_lazy("Video calls"),
}


def phone_entries(phones) -> list[dict]:
    return [
        {
            "phone": phone,
            "call_url": phone_call_url(phone) if phone.dial else "",
            "zalo_url": zalo_chat_url(phone) if phone.on_zalo and phone.dial else "",
            "kind": PHONE_LABELS.get(phone.kind, phone.get_kind_display()),
        }
        for phone in phones
    ]


def in_order(rows) -> list:
    """Inline rows in the editor's order; rows saved without one keep their creation order."""
    return sorted(rows, key=lambda row: (row.sort_order is None, row.sort_order or 0, row.pk or 0))


def service_page_context(page, request) -> dict:
    moment = hours.city_now()
    today = moment.date()
    links = in_order(page.service_locations.all())
    schedules = list(page.schedules.all())
    closures = list(page.closures.all())
    phones = in_order(page.phones.all())
    locations = reader_versions(
        Location, {link.location_id for link in links} | {s.location_id for s in schedules}
    )
    category_ids = [category.pk for category in page.categories.all()]
    categories = reader_versions(ServiceCategory, category_ids)
    organization = reader_versions(Organization, [page.organization_id]).get(page.organization_id)

    card = build_card(
        page,
        phones=phones,
        schedules=schedules,
        closures=closures,
        locations=[locations.get(link.location_id) for link in links],
        categories=sorted(
            {category.pk: category for category in categories.values()}.values(),
            key=lambda category: (category.sort_order, category.name),
        ),
        moment=moment,
    )
    places = []
    for link in links:
        place = public_place(locations.get(link.location_id))
        if place:
            places.append({"place": place, "note": link.description})

    shared_hours = [s for s in schedules if s.location_id is None]
    week_tables = []
    if shared_hours or not schedules:
        week_tables.append(week_table(shared_hours, today))
    for location_id in dict.fromkeys(s.location_id for s in schedules if s.location_id):
        location = locations.get(location_id)
        # A confidential place is not named: its name may say where it is.
        name = location.name if location and not location.is_confidential else _("Another place")
        own_hours = [s for s in schedules if s.location_id == location_id]
        week_tables.append(week_table(own_hours, today, name))

    parent = page.get_parent()
    return {
        "service": card,
        "organization": organization,
        "places": places,
        "phones": phone_entries(phones),
        "week_tables": week_tables if schedules else [],
        "closures": upcoming_closures(closures, today),
        "spoken_languages": list(page.languages.all()),
        "directory_page": parent,
        # wagtail.contrib.routable_page is not an installed app, so its template tag is
        # not available; the route's address is built here instead.
        "report_problem_url": (page.get_url(request) or "")
        + page.reverse_subpage("report_problem"),
        "content_language": page.source_language_version.locale.language_code
        if page.is_untranslated_alias
        else "",
        "service_structured_data": structured_data.to_json_ld(
            service_schema(page, card, organization, schedules, request)
        ),
    }


def service_schema(page, card, organization, schedules, request) -> dict:
    """The service as a schema.org Service. Public places only, like everything else."""
    data = {
        "@context": structured_data.SCHEMA_CONTEXT,
        "@type": "Service",
        "name": page.title,
        "description": page.summary,
    }
    if url := page.get_full_url(request):
        data["url"] = url
    if card.categories:
        data["serviceType"] = [category.name for category in card.categories]
    if organization:
        data["provider"] = {"@type": "Organization", "name": organization.name}
    if page.is_free:
        data["isAccessibleForFree"] = True
    channels = []
    for place in card.places:
        location = {"@type": "Place", "name": place.location.name}
        unit = place.location.ward
        address = {"@type": "PostalAddress", "addressCountry": "VN"}
        if place.location.address_1:
            address["streetAddress"] = place.location.address_1
        if unit:
            address["addressLocality"] = unit.name
            address["addressRegion"] = unit.province.name
        location["address"] = address
        if place.has_position:
            location["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": place.lat,
                "longitude": place.lng,
            }
        channels.append({"@type": "ServiceChannel", "serviceLocation": location})
    for phone in card.phones:
        channels.append(
            {
                "@type": "ServiceChannel",
                "servicePhone": {"@type": "ContactPoint", "telephone": phone.number},
            }
        )
    if channels:
        data["availableChannel"] = channels
    opening = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[schedule.weekday]}",
            "opens": f"{schedule.opens_at:%H:%M}",
            "closes": f"{schedule.closes_at:%H:%M}",
        }
        for schedule in schedules
        if schedule.location_id is None
    ]
    if opening:
        data["hoursAvailable"] = opening
    return data
