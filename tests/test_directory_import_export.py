"""HSDS 3.0 import and export: `import_hsds` and `export_hsds`.

The fixtures in tests/fixtures/hsds/ are sample services in Ho Chi Minh City:
services.json (a JSON list, shaped like the spec's service_full example, with addresses
written with the districts in force before 2025), services.en.json (the English text of
two of them, same ids) and tabular/ (a hand-written tabular data package).
The test database holds only what the migrations made: the "empty database" of the issue.
"""

import copy
import datetime
import io
import json
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.db import connection
from wagtail.models import ModelLogEntry, Page, PageLogEntry, Revision

from directory import admin_units
from directory.hsds import serialize
from directory.hsds.exporter import services_to_export
from directory.hsds.tabular import read_services
from directory.hsds.tabular_writer import write_package
from directory.models import (
    PORTAL_TAXONOMY_ID,
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
    Taxonomy,
)
from tests.directory_factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceCategoryFactory,
    make_service,
)
from tests.factories import english, publish_translation, vietnamese

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "hsds"
SERVICES_JSON = FIXTURES / "services.json"
SERVICES_EN_JSON = FIXTURES / "services.en.json"
TABULAR = FIXTURES / "tabular"

HIV_TESTING = "ac148810-d857-441c-9679-408f346de14b"
SHELTER = "9801ed2c-b099-4474-8231-b8feb858afe9"
EVENING = "51e39bbf-186d-4b74-9b99-435b7216c5ec"
LEGAL_ADVICE = "6b1e2f3a-4c5d-4e6f-8a9b-0c1d2e3f4a51"
ID_PAPERS = "6b1e2f3a-4c5d-4e6f-8a9b-0c1d2e3f4a52"
SNAPSHOT_MODELS = [
    Page,
    ServicePage,
    ServiceLocation,
    ServicePhone,
    ServiceSchedule,
    ServiceClosure,
    Organization,
    Location,
    ServiceCategory,
    Taxonomy,
    SpokenLanguage,
    Revision,
    PageLogEntry,
    ModelLogEntry,
]


def run_import(path, **options) -> str:
    output = io.StringIO()
    errors = io.StringIO()
    try:
        call_command("import_hsds", str(path), stdout=output, stderr=errors, **options)
    except CommandError as error:
        raise AssertionError(errors.getvalue()) from error
    return output.getvalue()


def failed_import(path, **options) -> tuple[str, str]:
    """(the command's error, the problems it listed) for an import that must fail."""
    errors = io.StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_hsds", str(path), stdout=io.StringIO(), stderr=errors, **options)
    return str(raised.value), errors.getvalue()


def run_export(path, **options) -> str:
    output = io.StringIO()
    call_command("export_hsds", str(path), stdout=output, **options)
    return output.getvalue()


def snapshot() -> dict:
    """Every row an import may touch, revisions and history included."""
    return {
        model.__name__: list(model.objects.order_by("pk").values()) for model in SNAPSHOT_MODELS
    }


def fixture_services() -> list:
    return json.loads(SERVICES_JSON.read_text(encoding="utf-8"))


def write_json(tmp_path, data, name="services.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def service(key, locale=None) -> ServicePage:
    return ServicePage.objects.get(translation_key=key, locale=locale or vietnamese())


def hsds_state(language: str) -> list[dict]:
    """Every exported service as HSDS, without the publication time (a new import
    publishes anew)."""
    objects = []
    for page in services_to_export(language):
        obj = serialize.service_object(page, language=language, private=True)
        obj.pop("last_modified", None)
        objects.append(obj)
    return sorted(objects, key=lambda obj: obj["id"])


# The JSON list format on an empty database ----------------------------------------------


def test_json_import_builds_the_directory_on_a_database_that_has_only_migrations():
    assert not ServiceDirectoryPage.objects.exists()

    output = run_import(SERVICES_JSON)

    assert "created 3 services" in output
    directory = ServiceDirectoryPage.objects.get(locale=vietnamese())
    assert (directory.title, directory.url, directory.live) == ("Dịch vụ hỗ trợ", "/dich-vu/", True)
    english_directory = directory.get_translation(english()).specific
    assert english_directory.alias_of_id is None
    assert (english_directory.title, english_directory.url) == ("Support services", "/en/services/")

    page = service(HIV_TESTING)
    assert page.get_parent().pk == directory.pk
    assert page.live and page.title == "Tư vấn và xét nghiệm HIV miễn phí (mẫu)"
    assert page.revisions.count() == 1 and page.live_revision_id
    assert (
        page.summary
        == "Tư vấn trước và sau xét nghiệm, xét nghiệm HIV nhanh, có kết quả trong ngày."
    )
    assert page.assured_date == datetime.date(2025, 9, 1)
    assert page.assurer_email == "kiemtra@example.org"
    assert (page.minimum_age, page.maximum_age) == (16, 100)
    assert (page.is_free, page.is_anonymous, page.is_walk_in, page.is_sex_worker_friendly) == (
        True,
        True,
        True,
        False,
    )
    assert page.required_documents == "Không cần giấy tờ tùy thân."
    assert page.organization.translation_key == uuid.UUID("d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610")
    assert page.organization.website == "https://example.org/ttyt"


def test_json_import_keeps_hsds_ids_and_rows():
    run_import(SERVICES_JSON)
    page = service(HIV_TESTING)

    phones = list(page.phones.values_list("hsds_id", "number", "extension", "kind", "on_zalo"))
    assert phones == [
        (uuid.UUID("1554f2e2-a373-45db-a3fa-9fc48a61c15e"), "028 3930 0000", "100", "voice", False),
        (uuid.UUID("25619a9b-9a08-4ac6-80ab-16c629a87794"), "0909 000 111", "", "cell", True),
    ]
    # One HSDS schedule for Monday to Friday is one opening period per day.
    periods = {(s.weekday, f"{s.opens_at:%H:%M}-{s.closes_at:%H:%M}") for s in page.schedules.all()}
    assert periods == {
        *((day, "07:30-11:30") for day in range(5)),
        *((day, "13:30-16:30") for day in range(5)),
        (5, "07:30-11:30"),
    }
    assert page.schedules.filter(hsds_id="48102e86-bb50-41c4-8f1e-e269368c41d1").get().weekday == 0
    closure = page.closures.get()
    assert (closure.starts_on, closure.ends_on, closure.reason) == (
        datetime.date(2026, 2, 14),
        datetime.date(2026, 2, 22),
        "Nghỉ Tết Nguyên đán",
    )
    link = page.service_locations.get()
    assert str(link.hsds_id) == "e94c9f38-1e8f-4564-91d4-d53501ab1765"
    assert link.description == "Phòng 3, tầng trệt."
    assert sorted(page.languages.values_list("code", flat=True)) == ["en", "ur", "vi"]
    # Urdu was not known: it is created with the name the file gives.
    assert SpokenLanguage.objects.get(code="ur").name == "Tiếng Urdu"

    category = page.categories.get()
    assert str(category.translation_key) == "3f7b145d-84af-42d7-8fae-eaca714b02b2"
    assert (category.slug, category.name, category.taxonomy_id) == (
        "xet-nghiem-hiv",
        "Xét nghiệm HIV",
        PORTAL_TAXONOMY_ID,
    )
    overnight = service(EVENING).schedules.order_by("weekday")
    assert [(s.weekday, s.runs_past_midnight) for s in overnight] == [(4, True), (5, True)]


def test_a_service_schedule_naming_one_of_its_locations_is_for_that_location(tmp_path):
    data = fixture_services()[2:]
    data[0]["schedules"][0]["service_at_location_id"] = data[0]["service_at_locations"][0]["id"]

    run_import(write_json(tmp_path, data))

    location = Location.objects.get(translation_key="c366b117-dcf4-400d-ae33-1d1a39936702")
    assert {s.location_id for s in service(EVENING).schedules.all()} == {location.pk}


def test_old_district_names_in_addresses_become_todays_wards():
    run_import(SERVICES_JSON)

    clinic = Location.objects.get(translation_key="3a19ff88-4620-4d17-9830-ac1d859eb5d5")
    # "Phường Bến Nghé", "Quận 1" is Phường Sài Gòn since July 2025.
    assert (clinic.ward_code, clinic.address_1, clinic.postal_code) == (
        "26740",
        "125 Lê Lợi",
        "700000",
    )
    assert clinic.accessibility == "Lối vào không bậc thềm."
    shelter = Location.objects.get(translation_key="eeb5eaec-2d0a-45c4-a858-decf2e1acff7")
    # "Phường 12", "Quận Bình Thạnh" (state "TP HCM"), and a confidential place.
    assert shelter.ward_code == admin_units.ward_codes_for("Phường 12 Quận Bình Thạnh")[0]
    assert shelter.is_confidential
    thu_duc = Location.objects.get(translation_key="c366b117-dcf4-400d-ae33-1d1a39936702")
    assert thu_duc.ward_code == admin_units.ward_codes_for("Thủ Đức")[0]


@pytest.mark.parametrize(
    ("address", "position", "ward"),
    [
        ({"city": "Phường Sài Gòn", "state_province": "Thành phố Hồ Chí Minh"}, None, "26740"),
        ({"address_2": "Phường Bến Nghé", "city": "Quận 1"}, None, "26740"),
        ({"city": "q1"}, (10.7769, 106.7009), "26740"),  # a district narrowed by position
        ({"region": "Bình Thạnh"}, None, "26929"),
        ({"city": "26740"}, None, "26740"),  # an official code
        ({"city": "Dĩ An", "state_province": "Tỉnh Bình Dương"}, None, "25942"),  # merged
        ({"city": "Phường Ba Đình", "state_province": "Hà Nội"}, None, "00004"),
    ],
)
def test_addresses_are_matched_to_wards(tmp_path, address, position, ward):
    data = [fixture_services()[2]]
    location = data[0]["service_at_locations"][0]["location"]
    location["addresses"][0] = {
        "id": location["addresses"][0]["id"],
        "address_1": "1 Đường số 1",
        "city": "",
        "state_province": "",
        "postal_code": "",
        "country": "VN",
        "address_type": "physical",
        **address,
    }
    location["latitude"], location["longitude"] = position or (None, None)
    if position is None:
        del location["latitude"], location["longitude"]

    run_import(write_json(tmp_path, data))

    assert Location.objects.get(translation_key=location["id"]).ward_code == ward


# The tabular data package format --------------------------------------------------------


def test_tabular_package_import():
    output = run_import(TABULAR)

    assert "created 2 services" in output
    advice = service(LEGAL_ADVICE)
    assert advice.title == "Tư vấn pháp lý miễn phí (mẫu)"
    assert (advice.minimum_age, advice.maximum_age, advice.is_anonymous) == (16, None, True)
    assert advice.required_documents == "Giấy tờ liên quan đến vụ việc (nếu có)\nKhông cần căn cước"
    assert sorted(advice.languages.values_list("code", flat=True)) == ["km", "vi"]
    # A phone of the service at one of its locations is one of the service's phones.
    assert list(advice.phones.values_list("number", "extension", "on_zalo")) == [
        ("1900 6789", "12", True),
        ("028 3822 0000", "", False),
    ]
    office = Location.objects.get(translation_key="7c2f3a4b-5d6e-4f7a-9b8c-1d2e3f4a5b61")
    # "Quận 3" is several wards today: the coordinates choose one of them.
    assert office.ward_code in admin_units.ward_codes_for("Quận 3")
    saturday = advice.schedules.get(weekday=5)
    assert saturday.location_id == office.pk
    assert sorted(advice.schedules.filter(location=None).values_list("weekday", flat=True)) == [
        0,
        2,
        4,
    ]
    assert advice.closures.get().starts_on == datetime.date(2026, 4, 30)

    papers = service(ID_PAPERS)
    assert papers.status == ServicePage.Status.TEMPORARILY_CLOSED
    assert papers.alert == "Tạm ngưng đến tháng 10."
    taxonomy = Taxonomy.objects.get(pk="e39a0b1c-2d3e-4a4b-9c5d-8e9fa0b1c2d1")
    assert (taxonomy.name, taxonomy.version) == ("Danh mục trợ giúp pháp lý (mẫu)", "2025")
    advice_category = advice.categories.get()
    assert advice_category.slug == "tu-van-phap-ly"
    assert advice_category.parent == papers.categories.get()
    assert advice_category.taxonomy == taxonomy


def test_the_package_may_be_named_by_its_descriptor():
    assert "created 2 services" in run_import(TABULAR / "datapackage.json")


def test_reimporting_a_tabular_package_changes_nothing():
    run_import(TABULAR)
    before = snapshot()

    output = run_import(TABULAR)

    assert "unchanged 2 services" in output
    assert snapshot() == before


# Importing again ------------------------------------------------------------------------


def test_importing_the_same_file_twice_changes_nothing():
    run_import(SERVICES_JSON)
    before = snapshot()
    revisions = Revision.objects.count()

    output = run_import(SERVICES_JSON)

    assert "unchanged 3 services" in output
    assert "created" not in output and "updated" not in output
    assert Revision.objects.count() == revisions
    assert snapshot() == before


def test_a_changed_record_updates_only_that_service_with_a_new_revision(tmp_path):
    run_import(SERVICES_JSON)
    data = fixture_services()
    data[0]["phones"][0]["number"] = "028 3930 9999"
    data[0]["schedules"].pop(2)  # no more Saturday mornings
    revisions = {key: service(key).revisions.count() for key in (HIV_TESTING, SHELTER, EVENING)}

    output = run_import(write_json(tmp_path, data))

    assert "updated 1 service" in output and "unchanged 2 services" in output
    page = service(HIV_TESTING)
    assert page.revisions.count() == revisions[HIV_TESTING] + 1
    assert page.phones.get(hsds_id="1554f2e2-a373-45db-a3fa-9fc48a61c15e").number == "028 3930 9999"
    assert not page.schedules.filter(weekday=5).exists()
    assert service(SHELTER).revisions.count() == revisions[SHELTER]


def test_a_file_cannot_make_a_confidential_location_public(tmp_path):
    run_import(SERVICES_JSON)
    data = fixture_services()
    del data[1]["service_at_locations"][0]["location"]["attributes"]

    output = run_import(write_json(tmp_path, data))

    assert "stays confidential" in output
    assert Location.objects.get(
        translation_key="eeb5eaec-2d0a-45c4-a858-decf2e1acff7"
    ).is_confidential


def test_reimporting_a_public_file_keeps_the_confidential_locations_it_leaves_out(tmp_path):
    run_import(SERVICES_JSON)
    data = fixture_services()
    data[1]["service_at_locations"] = []  # as the public API shows a shelter

    run_import(write_json(tmp_path, data))

    assert service(SHELTER).service_locations.get().location.is_confidential


# Dry run ---------------------------------------------------------------------------------


def test_dry_run_reports_what_would_change_and_writes_nothing():
    before = snapshot()

    output = run_import(SERVICES_JSON, dry_run=True)

    assert "Dry run, nothing was written" in output
    assert "created 3 services" in output
    assert "+ service created: Nhà tạm lánh an toàn (mẫu)" in output
    assert snapshot() == before


def test_dry_run_of_changes_writes_nothing(tmp_path):
    run_import(SERVICES_JSON)
    data = fixture_services()
    data[2]["name"] = "Tư vấn đồng đẳng buổi tối và cuối tuần (mẫu)"
    before = snapshot()

    output = run_import(write_json(tmp_path, data), dry_run=True)

    assert "updated 1 service" in output
    assert snapshot() == before


# English --------------------------------------------------------------------------------


def test_english_import_translates_keeping_vietnamese_numbers_and_places():
    run_import(SERVICES_JSON)
    source = service(HIV_TESTING)
    assert source.get_translation(english()).alias_of_id == source.pk  # made as the admin does

    output = run_import(SERVICES_EN_JSON, locale="en")

    assert "translated 2 services" in output
    page = service(HIV_TESTING, english())
    assert page.alias_of_id is None and page.live
    assert page.title == "Free HIV counselling and testing (sample)"
    # ServicePage.url is the service's website; the page's address is get_url().
    assert page.get_url() == "/en/services/free-hiv-counselling-and-testing-sample/"
    assert page.summary.startswith("Counselling before and after the test")
    assert page.alert == "Closed for Tết from 28 January to 2 February."
    assert page.required_documents == "No ID needed."
    # Synchronised fields come from Vietnamese, whatever the English file says.
    assert page.phones.get(hsds_id="1554f2e2-a373-45db-a3fa-9fc48a61c15e").number == "028 3930 0000"
    assert list(page.phones.values_list("description", flat=True)) == [
        "Reception, office hours.",
        "Peer counsellor.",
    ]
    assert page.phones.filter(on_zalo=True).count() == 1
    assert page.closures.get().reason == "Closed for Lunar New Year"
    assert page.service_locations.get().description == "Room 3, ground floor."
    assert page.schedules.count() == source.schedules.count()
    assert (page.organization_id, page.is_free, page.assured_date) == (
        source.organization_id,
        source.is_free,
        source.assured_date,
    )
    assert set(page.categories.all()) == set(source.categories.all())

    location = Location.objects.get(
        translation_key="3a19ff88-4620-4d17-9830-ac1d859eb5d5", locale=english()
    )
    assert (location.name, location.transportation, location.accessibility) == (
        "Outpatient clinic (sample)",
        "Bus 03 or 19.",
        "Step-free entrance.",
    )
    assert (location.latitude, location.longitude, location.ward_code) == (
        10.7769,
        106.7009,
        "26740",
    )
    organization = Organization.objects.get(
        translation_key=source.organization.translation_key, locale=english()
    )
    assert organization.name == "District 1 Health Centre (sample)"
    assert organization.website == "https://example.org/ttyt"
    category = ServiceCategory.objects.get(translation_key=HIV_TERM_ID, locale=english())
    assert (category.name, category.slug) == ("HIV testing", "xet-nghiem-hiv")
    # The service the English file leaves out stays an alias of the Vietnamese page.
    assert service(EVENING).get_translation(english()).alias_of_id == service(EVENING).pk


HIV_TERM_ID = "3f7b145d-84af-42d7-8fae-eaca714b02b2"


def test_english_pages_are_served_under_en(client, soup):
    run_import(SERVICES_JSON)
    run_import(SERVICES_EN_JSON, locale="en")

    translated = client.get(service(HIV_TESTING, english()).get_url())
    alias = client.get(service(EVENING).get_translation(english()).get_url())

    assert translated.status_code == 200
    assert soup(translated).h1.get_text(strip=True) == "Free HIV counselling and testing (sample)"
    assert soup(translated).html["lang"] == "en"
    assert alias.status_code == 200
    assert client.get("/en/services/").status_code == 200


def test_importing_english_again_changes_nothing():
    run_import(SERVICES_JSON)
    run_import(SERVICES_EN_JSON, locale="en")
    before = snapshot()

    output = run_import(SERVICES_EN_JSON, locale="en")

    assert "unchanged 2 services" in output
    assert snapshot() == before


def test_vietnamese_changes_reach_the_english_translation_and_keep_its_text(tmp_path):
    run_import(SERVICES_JSON)
    run_import(SERVICES_EN_JSON, locale="en")
    data = fixture_services()
    data[0]["phones"][0]["number"] = "028 3930 9999"
    data[0]["attributes"] = data[0]["attributes"][:2]  # no longer anonymous nor walk-in

    run_import(write_json(tmp_path, data))

    page = service(HIV_TESTING, english())
    phone = page.phones.get(hsds_id="1554f2e2-a373-45db-a3fa-9fc48a61c15e")
    assert (phone.number, phone.description) == ("028 3930 9999", "Reception, office hours.")
    assert (page.is_anonymous, page.title) == (False, "Free HIV counselling and testing (sample)")


def test_english_dry_run_writes_nothing():
    run_import(SERVICES_JSON)
    before = snapshot()

    output = run_import(SERVICES_EN_JSON, locale="en", dry_run=True)

    assert "translated 2 services" in output
    assert snapshot() == before


def test_english_before_vietnamese_is_refused():
    error, problems = failed_import(SERVICES_EN_JSON, locale="en")

    assert "nothing was imported" in error
    assert (
        f"service {HIV_TESTING}: id: no Vietnamese service has this id; import the Vietnamese "
        "records first"
    ) in problems
    assert not ServicePage.objects.exists()


# Invalid records --------------------------------------------------------------------------


def test_one_invalid_record_among_valid_ones_writes_nothing(tmp_path):
    data = fixture_services()
    data[1]["phones"][0]["number"] = "gọi cho chúng tôi"
    data[2]["service_at_locations"][0]["location"]["latitude"] = 200
    data[2]["phones"][0]["number"] = 5  # not a string: the HSDS schema says so
    before = snapshot()

    error, problems = failed_import(write_json(tmp_path, data))

    assert "nothing was imported" in error
    assert f"service {SHELTER}: phones.0.number: a phone number needs digits" in problems
    assert f"service {EVENING}: phones.0.number: 5 is not of type 'string'" in problems
    assert HIV_TESTING not in problems
    assert snapshot() == before
    assert not ServiceDirectoryPage.objects.exists()


def only_a_former_district(service):
    """An address naming only "Quận 1", now four wards, and no coordinates to choose."""
    location = service["service_at_locations"][0]["location"]
    location["addresses"][0].update(city="Quận 1", address_2="")
    del location["latitude"], location["longitude"]


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (
            lambda s: s.update(id="not-a-uuid"),
            "service not-a-uuid: id: 'not-a-uuid' is not a 'uuid'",
        ),
        (lambda s: s.update(status="open"), "status: 'open' is not one of"),
        (
            lambda s: s.update(name="x" * 300),
            "name: is 300 characters long; the portal keeps at most 255",
        ),
        (lambda s: s.update(description=""), "description: This field cannot be blank."),
        (lambda s: s.update(url="not a url"), "url: Enter a valid URL."),
        (lambda s: s.update(minimum_age=150), "minimum_age: 150 is not an age"),
        (lambda s: s.pop("organization"), "organization: a service needs its organization"),
        (
            lambda s: s["service_at_locations"][0]["location"].update(longitude=None),
            "service_at_locations.0.location.longitude: None is not of type 'number'",
        ),
        (
            lambda s: s["service_at_locations"][0]["location"]["addresses"][0].update(
                city="Springfield"
            ),
            "addresses.0.city: 'Springfield' is not a ward, commune or former district",
        ),
        (only_a_former_district, "addresses.0.city: 'Quận 1' is now 4 wards"),
        (
            lambda s: s["service_at_locations"][0]["location"]["addresses"][0].update(country="TH"),
            "addresses.0.country: 'TH': the directory covers Viet Nam",
        ),
        (
            lambda s: s["schedules"][0].update(opens_at="8h"),
            "schedules.0.opens_at: '8h' is not a time",
        ),
        (lambda s: s["schedules"][0].update(opens_at="08:00+02:00"), "give Ho Chi Minh City time"),
        (lambda s: s["schedules"][0].update(byday="XX"), "schedules.0.byday: XX: use MO, TU"),
        (lambda s: s["schedules"][0].update(freq="MONTHLY"), "the portal keeps weekly hours only"),
        (lambda s: s["schedules"][0].pop("closes_at"), "schedules.0: a schedule needs byday"),
        (
            lambda s: (
                s["schedules"][0].update(valid_from="2026-03-01", valid_to="2026-02-01")
                or s["schedules"][0].update(notes="closed")
            ),
            "schedules.0.valid_to: the last closed day is before the first",
        ),
        (
            lambda s: s["phones"][0].update(type="pager"),
            "phones.0.type: Value 'pager' is not a valid choice.",
        ),
        (
            lambda s: s["attributes"][0]["taxonomy_term"].update(name="x" * 81),
            "attributes.0.taxonomy_term.name: is 81 characters long; the portal keeps at most 80",
        ),
        (
            lambda s: s["attributes"].append(
                {"id": str(uuid.uuid4()), "taxonomy_term_id": str(uuid.uuid4())}
            ),
            "is neither in the file nor in the directory",
        ),
    ],
)
def test_invalid_records_are_reported_by_id_and_field(tmp_path, change, expected):
    data = fixture_services()[2:]
    change(data[0])

    _error, problems = failed_import(write_json(tmp_path, data))

    assert expected in problems
    assert not Location.objects.exists()


def test_the_same_organization_must_not_differ_between_services(tmp_path):
    data = fixture_services()
    data[2]["organization"]["name"] = "Một tên khác"

    _error, problems = failed_import(write_json(tmp_path, data))

    assert f"service {EVENING}: organization: differs from organization" in problems


def test_a_service_twice_in_one_file_is_refused(tmp_path):
    data = fixture_services()
    _error, problems = failed_import(write_json(tmp_path, [*data, data[0]]))

    assert f"service {HIV_TESTING}: id: appears twice in the file" in problems


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (None, "does not exist"),
        (b"this is not json", "is not valid JSON"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file"),
        (b"\xff\xfe\xfa", "is not UTF-8 text"),
        (b'{"id": "x"}', "holds a JSON object; expected a list of HSDS service objects"),
        (b'"services"', "holds a JSON string"),
        (b"[1, null]", "service #1: (record): is a JSON int, not an object"),
    ],
)
def test_bad_files_are_refused_with_a_message(tmp_path, content, expected):
    path = tmp_path / "input.json"
    if content is not None:
        path.write_bytes(content)

    error, problems = failed_import(path)

    assert expected in error + problems
    assert not ServicePage.objects.exists()


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"services.csv": "id,name\n"}, "folder without datapackage.json"),
        ({"datapackage.json": "{"}, "datapackage.json is not valid JSON"),
        ({"datapackage.json": '{"resources": 3}'}, "has no list of resources"),
        (
            {"datapackage.json": '{"resources": [{"path": "services.csv"}]}'},
            "lists services.csv, which does not exist",
        ),
        (
            {"datapackage.json": '{"resources": [{"path": "../services.csv"}]}'},
            "outside the data package's folder",
        ),
        (
            {"datapackage.json": '{"resources": [{"path": "phones.csv"}]}', "phones.csv": "id\n"},
            "has no services.csv",
        ),
        (
            {
                "datapackage.json": '{"resources": [{"path": "services.csv"}]}',
                "services.csv": b"\xff\xfe",
            },
            "services.csv is not UTF-8 text",
        ),
    ],
)
def test_bad_data_packages_are_refused_with_a_message(tmp_path, files, expected):
    folder = tmp_path / "package"
    folder.mkdir()
    for name, content in files.items():
        target = folder / name
        target.write_bytes(content if isinstance(content, bytes) else content.encode())

    error, _problems = failed_import(folder)

    assert expected in error


def test_a_page_of_the_hsds_api_is_accepted(tmp_path):
    page = {"total_items": 3, "page_number": 1, "contents": fixture_services()}

    output = run_import(write_json(tmp_path, page))

    assert "created 3 services" in output


def test_an_empty_list_imports_nothing(tmp_path):
    output = run_import(write_json(tmp_path, []))

    assert "nothing to import" in output
    assert not Page.objects.type(ServiceDirectoryPage).exists()


@pytest.mark.parametrize(
    ("content", "expected"), [(None, "does not exist"), (b"[{", "not valid JSON")]
)
def test_the_command_exits_with_an_error_and_no_traceback(tmp_path, content, expected):
    path = tmp_path / "input.json"
    if content is not None:
        path.write_bytes(content)
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test"}

    finished = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "import_hsds", str(path)],
        cwd=settings.BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert finished.returncode == 1
    assert expected in finished.stderr
    assert "Traceback" not in finished.stderr


# Export and round trip --------------------------------------------------------------------


@pytest.fixture
def seeded_directory():
    """Services as editors make them: two periods a day, a night past midnight, closed days,
    categories, languages, a Zalo phone, a confidential shelter, one English translation."""
    parent = ServiceCategoryFactory(name="Y tế", slug="y-te")
    hiv = ServiceCategoryFactory(name="Xét nghiệm HIV", slug="xet-nghiem-hiv", parent=parent)
    legal = ServiceCategoryFactory(name="Tư vấn pháp lý", slug="tu-van-phap-ly")
    organization = OrganizationFactory(website="https://example.org", legal_status="Công lập")
    clinic = LocationFactory(
        organization=organization, postal_code="700000", accessibility="Có dốc"
    )
    shelter = LocationFactory(name="Nhà tạm lánh", is_confidential=True, ward_code="26929")
    online = LocationFactory(
        name="Tư vấn trực tuyến",
        location_type=Location.LocationType.VIRTUAL,
        address_1="",
        ward_code="",
        latitude=None,
        longitude=None,
    )
    testing = make_service(
        title="Xét nghiệm HIV miễn phí",
        organization=organization,
        categories=[hiv, legal],
        locations=[clinic, shelter],
        hours={0: [("08:00", "11:30"), ("13:30", "17:00")], 4: [("20:00", "02:00")]},
        closures=[
            (datetime.date(2026, 2, 14), datetime.date(2026, 2, 20)),
            (datetime.date(2026, 4, 30), None),
        ],
        phones=["028 3930 0000", "0909 000 111"],
        languages=list(SpokenLanguage.objects.filter(code__in=["vi", "en"])),
        is_free=True,
        is_anonymous=True,
        alert="Nghỉ Tết.",
        required_documents="Không cần giấy tờ\nMang theo sổ khám nếu có",
        minimum_age=16,
        website="https://example.org/xet-nghiem",
        email="xn@example.org",
        assurer_email="kiemtra@example.org",
        assured_date=datetime.date(2025, 9, 1),
        eligibility_description="Mọi người.",
    )
    ServicePhone.objects.filter(service=testing, number="0909 000 111").update(
        on_zalo=True, kind="cell", description="Tư vấn viên", extension=""
    )
    ServiceSchedule.objects.create(
        service=testing,
        weekday=5,
        opens_at=datetime.time(8),
        closes_at=datetime.time(12),
        location=clinic,
    )
    counselling = make_service(
        title="Tư vấn trực tuyến",
        categories=[legal],
        locations=[online],
        hours={day: [("00:00", "00:00")] for day in range(7)},
        is_walk_in=True,
        is_sex_worker_friendly=True,
    )
    publish_translation(
        counselling,
        title="Online counselling",
        slug="online-counselling",
        summary="Online.",
        description="Counselling online, every day.",
    )
    organization_en = organization.copy_for_translation(english())
    organization_en.name = "Sample organisation"
    organization_en.save()
    return testing, counselling


def delete_directory():
    """Back to the state after migrate (spoken languages are the migration's)."""
    for page in ServiceDirectoryPage.objects.order_by("-depth"):
        if Page.objects.filter(pk=page.pk).exists():
            page.delete()
    ServicePage.objects.all().delete()
    Location.objects.all().delete()
    Organization.objects.all().delete()
    ServiceCategory.objects.filter(parent__isnull=False).delete()
    ServiceCategory.objects.all().delete()
    Taxonomy.objects.exclude(pk=PORTAL_TAXONOMY_ID).delete()


def test_export_writes_a_tabular_data_package(tmp_path, seeded_directory):
    output = run_export(tmp_path / "package", include_confidential=True)

    folder = tmp_path / "package"
    descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    paths = {resource["path"] for resource in descriptor["resources"]}
    assert {
        "services.csv",
        "organizations.csv",
        "locations.csv",
        "addresses.csv",
        "phones.csv",
    } <= paths
    assert {
        "schedules.csv",
        "service_at_location.csv",
        "taxonomy_terms.csv",
        "attributes.csv",
    } <= paths
    services_csv = (folder / "services.csv").read_text(encoding="utf-8")
    assert services_csv.splitlines()[0].startswith("id,organization_id,")
    assert "Xét nghiệm HIV miễn phí" in services_csv
    assert "keep it private" in output
    assert "Nhà tạm lánh" in (folder / "locations.csv").read_text(encoding="utf-8")


def test_the_default_export_leaves_confidential_locations_out(tmp_path, seeded_directory):
    output = run_export(tmp_path / "package")
    assert "keep it private" not in output

    assert "Nhà tạm lánh" not in (tmp_path / "package" / "locations.csv").read_text(
        encoding="utf-8"
    )
    assert "kiemtra@example.org" not in (tmp_path / "package" / "services.csv").read_text(
        encoding="utf-8"
    )
    # Shared and imported back, it changes no service: imports never delete, and keep a
    # service's confidential locations that the file leaves out.
    before = hsds_state("vi")
    run_import(tmp_path / "package")
    assert hsds_state("vi") == before


def test_an_english_export_before_any_translation_imports_nothing(tmp_path):
    run_import(SERVICES_JSON)

    run_export(tmp_path / "en", locale="en")

    assert (tmp_path / "en" / "services.csv").read_text(encoding="utf-8").startswith("id,")
    assert "nothing to import" in run_import(tmp_path / "en", locale="en")


def test_export_refuses_a_file_or_a_folder_of_other_things(tmp_path):
    (tmp_path / "file.txt").write_text("x")
    with pytest.raises(CommandError, match="is a file"):
        run_export(tmp_path / "file.txt")
    with pytest.raises(CommandError, match="not empty"):
        run_export(tmp_path)


def test_export_then_import_into_an_empty_directory_gives_the_same_services(
    tmp_path, seeded_directory
):
    vietnamese_before, english_before = hsds_state("vi"), hsds_state("en")
    assert len(vietnamese_before) == 2 and len(english_before) == 1
    run_export(tmp_path / "vi", include_confidential=True)
    run_export(tmp_path / "en", locale="en", include_confidential=True)
    delete_directory()
    assert hsds_state("vi") == []

    run_import(tmp_path / "vi")
    run_import(tmp_path / "en", locale="en")

    assert hsds_state("vi") == vietnamese_before
    assert hsds_state("en") == english_before
    shelter = Location.objects.get(name="Nhà tạm lánh")
    assert shelter.is_confidential and shelter.ward_code == "26929"
    # And the package imports into the directory it came from without changing anything.
    before = snapshot()
    run_import(tmp_path / "vi")
    run_import(tmp_path / "en", locale="en")
    assert snapshot() == before


def test_tabular_writer_and_reader_are_inverse(tmp_path):
    services = fixture_services()
    services[0]["schedules"][0]["byday"] = "MO"  # as the portal writes them

    write_package(tmp_path, services, title="test", language="vi")
    again = read_services(tmp_path)

    assert [s["id"] for s in again] == [s["id"] for s in services]
    first = again[0]
    assert first["organization"]["name"] == services[0]["organization"]["name"]
    assert [p["id"] for p in first["phones"]] == [p["id"] for p in services[0]["phones"]]
    assert (
        first["phones"][1]["attributes"][0]["taxonomy_term_id"]
        == (services[0]["phones"][1]["attributes"][0]["taxonomy_term_id"])
    )
    location = first["service_at_locations"][0]["location"]
    assert location["addresses"][0]["city"] == "Quận 1"
    assert location["latitude"] == 10.7769
    assert first["attributes"][0]["taxonomy_term"]["taxonomy_detail"]["id"] == str(
        PORTAL_TAXONOMY_ID
    )


class QueryCounter:
    """Counts every query (CaptureQueriesContext keeps only the last 9,000)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


# Scale --------------------------------------------------------------------------------------


def test_a_hundred_services_import_at_a_steady_cost_and_reimport_in_constant_queries(tmp_path):
    template = fixture_services()[2]
    data = []
    for number in range(100):
        item = copy.deepcopy(template)
        item["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"service/{number}"))
        item["name"] = f"Dịch vụ mẫu số {number}"
        for key in ("phones", "schedules", "service_at_locations"):
            for row in item[key]:
                row["id"] = str(uuid.uuid5(uuid.NAMESPACE_URL, f"{key}/{number}"))
        data.append(item)
    path = write_json(tmp_path, data)

    first, again = QueryCounter(), QueryCounter()
    started = time.perf_counter()
    with connection.execute_wrapper(first):
        run_import(path)
    elapsed = time.perf_counter() - started
    with connection.execute_wrapper(again):
        run_import(path)

    assert ServicePage.objects.filter(locale=vietnamese()).count() == 100
    # Creating a page is Wagtail's work (tree, revision, publication, English alias):
    # a bounded number of queries per service, nothing that grows with the others.
    assert first.count < 100 * 400
    assert again.count < 40
    assert elapsed < 60, f"100 services took {elapsed:.1f} s"
