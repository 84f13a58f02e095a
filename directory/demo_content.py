"""Demo content of the directory: the service finder and sample services, in both languages.

Run by `manage.py load_demo_content`; see portal/demo.py for the rules loaders follow.
The data, all of it made up and saying so, is in directory/demo_services.py. Categories,
organisations and places are found again by their translation key, a uuid5 of their demo
key, so their HSDS ids are the same on every machine that loads the demo; services are
found by their slug under the finder.
"""

import datetime
import uuid
from contextlib import contextmanager

from django.db.models.signals import post_save
from django.utils import timezone
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import ReferenceIndex
from wagtail.signal_handlers import disable_reference_index_auto_update

from directory import admin_units
from directory.demo_services import CATEGORIES, ORGANISATIONS, PLACES, SERVICES
from directory.models import (
    Location,
    Organization,
    ServiceCategory,
    ServiceClosure,
    ServiceDirectoryPage,
    ServiceLocation,
    ServicePage,
    ServicePhone,
    ServiceSchedule,
    SpokenLanguage,
)
from portal.demo import DemoContent, save_snippet

# Never change it: the demo's HSDS ids are derived from it.
DEMO_NAMESPACE = uuid.UUID("0b6f4d1e-3f7a-5c2b-9e4d-7a1c2b3d4e5f")

# The first day of Tết (Vietnamese Lunar New Year; in 2030 a day before the Chinese New
# Year, as Vietnam's time zone puts that new moon on the 2nd). Offices and clinics close for
# about a week around it; the demo closes its services for the next Tết to come. Add years
# before the list runs out: after its last Tết, the demo has no closed days.
TET_NEW_YEAR_DAYS = [
    datetime.date(2026, 2, 17),
    datetime.date(2027, 2, 6),
    datetime.date(2028, 1, 26),
    datetime.date(2029, 2, 13),
    datetime.date(2030, 2, 2),
    datetime.date(2031, 1, 23),
    datetime.date(2032, 2, 11),
    datetime.date(2033, 1, 31),
    datetime.date(2034, 2, 19),
    datetime.date(2035, 2, 8),
]
TET_REASON_VI = "Nghỉ Tết Nguyên đán"
TET_REASON_EN = "Closed for the Lunar New Year (Tết)"

SAMPLE_STREET_VI = "địa chỉ mẫu"

INTRODUCTION_VI = (
    "Tìm nơi xét nghiệm HIV, PrEP, điều trị ARV, khám STI, tư vấn pháp lý và tâm lý, học "
    "nghề, việc làm, vay vốn ưu đãi và nhà tạm lánh gần bạn. Lưu ý: các dịch vụ đang có ở "
    "đây là DỮ LIỆU MẪU để minh hoạ, không phải cơ sở có thật; số điện thoại và địa chỉ "
    "chưa dùng được."
)
INTRODUCTION_EN = (
    "Find HIV testing, PrEP, ARV treatment, STI care, legal and psychological counselling, "
    "vocational training, jobs, preferential loans and shelters near you. Please note: the "
    "services listed here are SAMPLE DATA for demonstration, not real places; their phone "
    "numbers and addresses do not work."
)


def demo_id(*names: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, "/".join(names))


def load_demo_content(demo: DemoContent) -> None:
    with indexes_updated_at_the_end() as made:
        directory = load_directory(demo, made)
        categories = load_categories(demo, made)
        organisations = load_organisations(demo, made)
        places = load_places(demo, made, organisations)
        load_services(demo, made, directory, categories, organisations, places)


@contextmanager
def indexes_updated_at_the_end():
    """Update the search and reference indexes once for each object made, at the end.

    Wagtail updates both each time an object is saved, and re-reads a whole page for its
    reference index each time one of its rows (an opening period, a phone) is saved: dozens
    of times per service, as it is published and translated. Once per object, after the
    last save, gives the same indexes in a fraction of the time. The caller adds what it
    makes to the list it is given.
    """
    made = []
    models = [
        model
        for model in search_index.get_indexed_models()
        if model._meta.app_label == "directory" and getattr(model, "search_auto_update", True)
    ]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield made
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)
    for instance in made:
        saved = type(instance).objects.get(pk=instance.pk)
        if ReferenceIndex.is_indexed(type(saved)):
            ReferenceIndex.create_or_update_for_object(saved)
        if isinstance(saved, search_index.Indexed):
            search_index.insert_or_update_object(saved)


def load_directory(demo, made) -> ServiceDirectoryPage:
    page, created = demo.child_page(
        demo.home,
        ServiceDirectoryPage(
            title="Dịch vụ hỗ trợ",
            slug="dich-vu",
            locale=demo.vietnamese,
            introduction=INTRODUCTION_VI,
        ),
    )
    demo.register_page("services", page, in_header=True, in_footer=True)
    if created:
        translation = demo.translate_page(
            page, title="Support services", slug="services", introduction=INTRODUCTION_EN
        )
        made += [page, translation]
    return page


def load_categories(demo, made) -> dict[str, ServiceCategory]:
    found = {}
    for order, category in enumerate(CATEGORIES):
        term = ServiceCategory.objects.filter(locale=demo.vietnamese, slug=category.slug).first()
        if term is None:
            term = ServiceCategory(
                locale=demo.vietnamese,
                translation_key=demo_id("category", category.slug),
                slug=category.slug,
                name=category.name_vi,
                description=category.description_vi,
                sort_order=order,
            )
            save_snippet(term)
            demo.record("service category", term.name)
            translation = demo.translate_snippet(
                term, name=category.name_en, description=category.description_en
            )
            made += [term, translation]
        found[category.slug] = term
    return found


def load_organisations(demo, made) -> dict[str, Organization]:
    found = {}
    for organisation in ORGANISATIONS:
        key = demo_id("organisation", organisation.key)
        existing = Organization.objects.filter(locale=demo.vietnamese, translation_key=key).first()
        if existing is None:
            existing = Organization(
                locale=demo.vietnamese,
                translation_key=key,
                name=organisation.name_vi,
                description=organisation.description_vi,
                email=organisation.email,
            )
            save_snippet(existing)
            demo.record("organisation", existing.name)
            translation = demo.translate_snippet(
                existing, name=organisation.name_en, description=organisation.description_en
            )
            made += [existing, translation]
        found[organisation.key] = existing
    return found


def load_places(demo, made, organisations) -> dict[str, Location]:
    found = {}
    for place in PLACES:
        key = demo_id("location", place.key)
        existing = Location.objects.filter(locale=demo.vietnamese, translation_key=key).first()
        if existing is None:
            existing = Location(
                locale=demo.vietnamese,
                translation_key=key,
                organization=organisations[place.organisation],
                name=place.name_vi,
                accessibility=place.accessibility_vi,
                transportation=place.transportation_vi,
                is_confidential=place.confidential,
                **position_of(place),
            )
            save_snippet(existing)
            demo.record("location", existing.name)
            translation = demo.translate_snippet(
                existing,
                name=place.name_en,
                accessibility=place.accessibility_en,
                transportation=place.transportation_en,
            )
            made += [existing, translation]
        found[place.key] = existing
    return found


def position_of(place) -> dict:
    """Where a place is: a virtual one nowhere, the others near their ward's centre."""
    if place.virtual:
        return {"location_type": Location.LocationType.VIRTUAL}
    ward = ward_named(place.ward)
    return {
        "location_type": Location.LocationType.PHYSICAL,
        "address_1": f"{place.street} ({SAMPLE_STREET_VI})",
        "ward_code": ward.code,
        "latitude": round(ward.lat + place.offset[0], 6),
        "longitude": round(ward.lng + place.offset[1], 6),
    }


def ward_named(name: str) -> admin_units.Ward:
    """The one ward or commune of today with exactly this name (not a former unit)."""
    wards = [
        unit
        for place in admin_units.find_places(name)
        if not place.former
        for unit in place.wards
        if unit.short_name == name
    ]
    if len(wards) != 1:
        raise ValueError(f"The demo names {name!r}, which is not exactly one ward today.")
    return wards[0]


def next_tet_holiday(today: datetime.date) -> tuple[datetime.date, datetime.date] | None:
    """(first, last) closed day around the next Tết that has not ended yet."""
    for new_year in TET_NEW_YEAR_DAYS:
        first, last = new_year - datetime.timedelta(days=2), new_year + datetime.timedelta(days=4)
        if last >= today:
            return first, last
    return None


def load_services(demo, made, directory, categories, organisations, places) -> None:
    today = timezone.localdate()
    context = {
        "categories": categories,
        "organisations": organisations,
        "places": places,
        "languages": {language.code: language for language in SpokenLanguage.objects.all()},
        "today": today,
        "tet": next_tet_holiday(today),
    }
    for spec in SERVICES:
        page, created = demo.child_page(directory, vietnamese_service(demo, spec, context))
        if created:
            translation = demo.translate_page(
                page,
                title=spec.en.title,
                slug=spec.en.slug,
                **text_fields(spec.en),
                phones=phones_of(spec, english=True),
                closures=closures_of(spec, context["tet"], english=True),
            )
            made += [page, translation]


def vietnamese_service(demo, spec, context) -> ServicePage:
    slug = spec.vi.slug
    page = ServicePage(
        locale=demo.vietnamese,
        translation_key=demo_id("service", slug),
        title=spec.vi.title,
        slug=slug,
        organization=context["organisations"][spec.organisation],
        **text_fields(spec.vi),
        is_free=spec.free,
        is_anonymous=spec.anonymous,
        is_sex_worker_friendly=spec.sex_worker_friendly,
        is_walk_in=spec.walk_in,
        minimum_age=spec.minimum_age,
        maximum_age=spec.maximum_age,
        email=spec.email,
        assured_date=context["today"] - datetime.timedelta(days=spec.checked_days_ago),
    )
    page.categories = [context["categories"][key] for key in spec.categories]
    page.languages = [context["languages"][code] for code in spec.languages]
    page.service_locations = [
        ServiceLocation(location=context["places"][key], hsds_id=demo_id("service", slug, key))
        for key in spec.places
    ]
    page.phones = phones_of(spec, english=False)
    page.schedules = [
        ServiceSchedule(
            weekday=weekday,
            opens_at=datetime.time.fromisoformat(opens),
            closes_at=datetime.time.fromisoformat(closes),
            hsds_id=demo_id("service", slug, "hours", str(weekday), opens),
        )
        for weekday, periods in sorted(spec.hours.items())
        for opens, closes in periods
    ]
    page.closures = closures_of(spec, context["tet"], english=False)
    return page


def text_fields(text) -> dict:
    return {
        "summary": text.summary,
        "description": text.description,
        "eligibility_description": text.eligibility,
        "fees_description": text.fees,
        "application_process": text.application,
        "required_documents": text.documents,
        "wait_time": text.wait,
    }


def phones_of(spec, *, english: bool) -> list[ServicePhone]:
    # The English rows keep the Vietnamese rows' HSDS ids: they are the same phones.
    return [
        ServicePhone(
            number=phone.number,
            on_zalo=phone.on_zalo,
            description=phone.note_en if english else phone.note_vi,
            hsds_id=demo_id("service", spec.vi.slug, "phone", str(number)),
        )
        for number, phone in enumerate(spec.phones)
    ]


def closures_of(spec, tet, *, english: bool) -> list[ServiceClosure]:
    if not (spec.closed_for_tet and tet):
        return []
    first, last = tet
    return [
        ServiceClosure(
            starts_on=first,
            ends_on=last,
            reason=TET_REASON_EN if english else TET_REASON_VI,
            hsds_id=demo_id("service", spec.vi.slug, "closure", first.isoformat()),
        )
    ]
