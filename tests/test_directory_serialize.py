"""directory.hsds.serialize: records as HSDS 3.0 objects, the mapping conventions the
importer relies on, and loading many services in a constant number of queries."""

import datetime
import uuid

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from directory.hsds import serialize
from directory.hsds import vocabulary as vocab
from directory.hsds.schemas import errors
from directory.models import Location, ServicePage, ServicePhone, ServiceSchedule
from tests.directory_factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceCategoryFactory,
    make_service,
)
from tests.factories import english, publish_translation

pytestmark = pytest.mark.django_db


def valid(obj, schema):
    assert errors(obj, schema) == [], errors(obj, schema)
    return obj


def loaded(service, language="vi"):
    [page] = serialize.prefetch_for_hsds(ServicePage.objects.filter(pk=service.pk), language)
    return page


def test_fixed_ids_never_change():
    # Other systems hold these ids: changing them would orphan their data.
    assert vocab.SAFETY_TAXONOMY_ID == "ea021db4-6480-58f4-9294-56bf954690cb"
    assert vocab.FIXED_TERMS_BY_FIELD["is_free"].id == "40d2deb7-0c5b-53eb-aaa1-72b0694c13f2"
    assert len({term.id for term in vocab.FIXED_TERMS}) == len(vocab.FIXED_TERMS)
    parent = "3f7b145d-84af-42d7-8fae-eaca714b02b2"
    assert vocab.derived_id(parent, "language", "vi") == vocab.derived_id(
        uuid.UUID(parent), "language", "vi"
    )


@pytest.mark.parametrize("language", ["vi", "en"])
def test_fixed_taxonomy_and_terms_validate(language):
    valid(serialize.taxonomy_object(vocab.SAFETY_TAXONOMY_ID, language=language), "taxonomy")
    for term in vocab.FIXED_TERMS:
        obj = valid(serialize.taxonomy_term_object(term, language=language), "taxonomy_term")
        assert obj["taxonomy_id"] == vocab.SAFETY_TAXONOMY_ID
        assert obj["language"] == language


def test_service_levels_validate_against_their_schemas():
    service = make_service(
        title="Tư vấn tâm lý",
        categories=[ServiceCategoryFactory()],
        hours={1: [("08:00", "17:00")]},
        is_sex_worker_friendly=True,
        minimum_age=16,
        website="https://example.org/tu-van",
    )
    page = loaded(service)
    full = valid(serialize.service_object(page), "compiled/service")
    valid(full, "service")
    listed = valid(serialize.service_object(page, full=False), "compiled/service_list")
    assert "phones" not in listed and listed["minimum_age"] == 16
    minimal = serialize.service_object(page, minimal=True)
    assert set(minimal) == {"id", "last_modified"}
    assert full["last_modified"].endswith("Z") and "." in full["last_modified"]
    assert full["assured_date"] == service.assured_date.isoformat()


def test_empty_optional_values_are_left_out():
    page = loaded(make_service(title="Không có trang web"))
    obj = serialize.service_object(page)
    assert "url" not in obj and "email" not in obj and "alert" not in obj
    assert obj["organization"]["description"]


def test_schedules_follow_the_weekly_and_closure_conventions():
    service = make_service(
        hours={0: [("00:00", "00:00")], 4: [("20:00", "02:00")]},
        closures=[(datetime.date(2026, 2, 17), None)],
    )
    service.closures.update(reason="Tết")
    obj = serialize.service_object(loaded(service))
    weekly = sorted(
        (s["byday"], s["opens_at"], s["closes_at"]) for s in obj["schedules"] if "freq" in s
    )
    assert weekly == [("FR", "20:00+07:00", "02:00+07:00"), ("MO", "00:00+07:00", "00:00+07:00")]
    [closure] = [s for s in obj["schedules"] if "freq" not in s]
    assert closure == {
        "id": str(service.closures.get().hsds_id),
        "service_id": str(service.translation_key),
        "valid_from": "2026-02-17",
        "valid_to": "2026-02-17",
        "timezone": 7,
        "description": "Tết",
        "notes": vocab.CLOSED_NOTES,
    }


def test_hours_for_one_location_go_with_that_location():
    first, second = LocationFactory(), LocationFactory()
    service = make_service(locations=[first, second])
    ServiceSchedule.objects.create(
        service=service,
        weekday=2,
        opens_at=datetime.time(9),
        closes_at=datetime.time(12),
        location=second,
    )
    obj = valid(serialize.service_object(loaded(service)), "compiled/service")
    assert obj["schedules"] == []
    by_location = {sal["location"]["id"]: sal for sal in obj["service_at_locations"]}
    assert by_location[str(first.translation_key)]["schedules"] == []
    [schedule] = by_location[str(second.translation_key)]["schedules"]
    assert schedule["location_id"] == str(second.translation_key)
    assert schedule["service_at_location_id"] == by_location[str(second.translation_key)]["id"]


def test_addresses_use_ward_and_province_names():
    postal = LocationFactory(
        location_type=Location.LocationType.POSTAL, ward_code="", address_1="Hộp thư 12"
    )
    obj = valid(serialize.location_object(postal), "location")
    [address] = obj["addresses"]
    assert (address["address_type"], address["city"], address["state_province"]) == (
        "postal",
        "",
        "",
    )
    bare = LocationFactory(ward_code="", address_1="", latitude=None, longitude=None)
    bare_obj = valid(serialize.location_object(bare), "location")
    assert bare_obj["addresses"] == [] and "latitude" not in bare_obj


def test_phone_extensions_and_zalo():
    service = make_service(phones=["028 3930 0000", "0909 000 111"])
    first, second = ServicePhone.objects.filter(service=service).order_by("sort_order")
    ServicePhone.objects.filter(pk=first.pk).update(extension="12")
    ServicePhone.objects.filter(pk=second.pk).update(extension="ext. 3", on_zalo=True)
    phones = serialize.service_object(loaded(service))["phones"]
    assert phones[0]["extension"] == 12 and "attributes" not in phones[0]
    assert "extension" not in phones[1]
    assert phones[1]["attributes"][0]["taxonomy_term_id"] == vocab.ZALO_TERM.id
    assert phones[1]["attributes"][0]["link_id"] == phones[1]["id"]


def test_confidential_locations_are_left_out_unless_private():
    shelter = LocationFactory(is_confidential=True, address_1="9 Hẻm Kín")
    service = make_service(locations=[shelter], assurer_email="kiem.tra@example.org")
    page = loaded(service)
    public = serialize.service_object(page)
    assert public["service_at_locations"] == []
    assert "assurer_email" not in public
    assert "9 Hẻm Kín" not in str(public)
    assert serialize.location_object(shelter) is None
    row = page.service_locations.get()
    assert serialize.service_at_location_object(row) is None
    assert serialize.service_at_location_object(row, full=False) is None
    backup = valid(serialize.service_object(page, private=True), "compiled/service")
    assert backup["assurer_email"] == "kiem.tra@example.org"
    [sal] = backup["service_at_locations"]
    assert sal["location"]["addresses"][0]["address_1"] == "9 Hẻm Kín"
    assert sal["location"]["attributes"][0]["taxonomy_term_id"] == vocab.CONFIDENTIAL_TERM.id


def test_english_output_falls_back_to_vietnamese_per_object():
    translated = OrganizationFactory(name="Trung tâm Hỗ trợ")
    translated_en = translated.copy_for_translation(english())
    translated_en.name = "Support Centre"
    translated_en.save()
    untranslated = ServiceCategoryFactory(name="Học nghề")
    service = make_service(organization=translated, categories=[untranslated])
    english_page = publish_translation(service, title="Vocational training", slug="training")
    obj = serialize.service_object(loaded(english_page, "en"), language="en")
    assert obj["name"] == "Vocational training"
    assert obj["id"] == str(service.translation_key)
    assert obj["organization"]["name"] == "Support Centre"
    [category] = [a for a in obj["attributes"] if a["link_type"] == vocab.LINK_TYPE_CATEGORY]
    assert category["taxonomy_term"]["name"] == "Học nghề"
    assert category["taxonomy_term"]["language"] == "vi"


def test_shown_services_pick_one_page_per_service():
    only_vietnamese = make_service(title="Chỉ tiếng Việt")
    both = make_service(title="Hai thứ tiếng")
    publish_translation(both, title="Both languages", slug="both")
    for language, titles in [
        ("vi", {"Chỉ tiếng Việt", "Hai thứ tiếng"}),
        ("en", {"Chỉ tiếng Việt", "Both languages"}),
    ]:
        shown = serialize.shown_services(language)
        assert {page.title for page in shown} == titles
    assert only_vietnamese.live


def test_many_services_cost_a_constant_number_of_queries():
    category = ServiceCategoryFactory()

    def add(count):
        for _ in range(count):
            service = make_service(
                categories=[category],
                locations=[LocationFactory(), LocationFactory(is_confidential=True)],
                hours={0: [("08:00", "17:00")]},
                closures=[(datetime.date(2026, 1, 1), None)],
            )
            publish_translation(service, slug=f"s-{service.pk}")

    def count_queries(language):
        with CaptureQueriesContext(connection) as captured:
            pages = serialize.prefetch_for_hsds(serialize.shown_services(language), language)
            objects = [serialize.service_object(page, language=language) for page in pages]
            rows = [row for page in pages for row in page.service_locations.all()]
            sals = [serialize.service_at_location_object(row, language=language) for row in rows]
        return len(captured), len(objects), len([sal for sal in sals if sal])

    add(2)
    few = {language: count_queries(language) for language in ("vi", "en")}
    add(8)
    for language in ("vi", "en"):
        queries, services, places = count_queries(language)
        assert (services, places) == (10, 10)
        assert queries == few[language][0]
