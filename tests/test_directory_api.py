"""The HSDS 3.0 API at /api/hsds/: schema-valid responses, the spec's parameters, the
locale and distance extensions, CORS, bad input, query counts, and confidential places."""

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Page

from directory import admin_units
from directory.hsds import vocabulary as vocab
from directory.hsds.schemas import errors
from directory.models import (
    PORTAL_TAXONOMY_ID,
    ProblemReport,
    ServicePage,
    ServicePhone,
    SpokenLanguage,
)
from tests.articles_factories import alias_in_english
from tests.directory_factories import (
    SAI_GON_POSITION,
    LocationFactory,
    OrganizationFactory,
    ServiceCategoryFactory,
    make_service,
)
from tests.factories import english, publish_translation

pytestmark = pytest.mark.django_db

API = "/api/hsds/"
PAGE_KEYS = {
    "total_items",
    "total_pages",
    "page_number",
    "size",
    "first_page",
    "last_page",
    "empty",
    "contents",
}
# A shelter in a ward no other record uses, so its name would only appear by leaking.
SHELTER_WARD = "27442"  # Phường Bình Tân
SHELTER_ADDRESS = "77 Đường Kín Đáo"
SHELTER_POSITION = (10.80591, 106.59407)
SHELTER_NAME = "Nhà tạm lánh Hoa Sen"


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, body(response)[:500]
    assert response["Content-Type"].startswith("application/json")
    return response.json()


def ndjson(client, url) -> list:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/x-ndjson")
    return [json.loads(line) for line in body(response).decode().splitlines()]


def assert_valid(obj, *schemas):
    for schema in schemas:
        assert errors(obj, schema) == [], (schema, errors(obj, schema))


def assert_page(data, *schemas):
    assert set(data) == PAGE_KEYS
    assert data["size"] == len(data["contents"])
    for item in data["contents"]:
        assert_valid(item, *schemas)


@pytest.fixture
def directory():
    """Three services: one translated into English, one only in Vietnamese (with the
    English alias wagtail-localize makes), one given only at a confidential shelter."""
    hiv = ServiceCategoryFactory(name="Xét nghiệm HIV", slug="xet-nghiem-hiv")
    hiv_en = hiv.copy_for_translation(english())
    hiv_en.name = "HIV testing"
    hiv_en.save()
    legal = ServiceCategoryFactory(name="Tư vấn pháp lý", slug="tu-van-phap-ly")
    clinic = OrganizationFactory(name="Phòng khám Đa khoa Cộng đồng")
    clinic_en = clinic.copy_for_translation(english())
    clinic_en.name = "Community General Clinic"
    clinic_en.save()
    vietnamese_language, _created = SpokenLanguage.objects.get_or_create(
        code="vi", defaults={"name": "Tiếng Việt", "english_name": "Vietnamese"}
    )
    clinic_place = LocationFactory(name="Cơ sở Lê Lợi", address_1="125 Lê Lợi")
    testing = make_service(
        title="Xét nghiệm HIV miễn phí",
        organization=clinic,
        categories=[hiv],
        locations=[clinic_place],
        hours={0: [("08:00", "11:30"), ("13:30", "17:00")], 5: [("20:00", "02:00")]},
        closures=[(datetime.date(2026, 2, 16), datetime.date(2026, 2, 20))],
        languages=[vietnamese_language],
        is_free=True,
        is_anonymous=True,
        required_documents="Không cần giấy tờ",
    )
    ServicePhone.objects.filter(service=testing).update(on_zalo=True)
    testing_en = publish_translation(
        testing,
        title="Free HIV testing",
        slug="free-hiv-testing",
        summary="Free, anonymous HIV testing.",
        description="Rapid HIV tests, results in 20 minutes.",
    )
    counselling = make_service(
        title="Tư vấn pháp lý đường phố",
        categories=[legal],
        locations=[LocationFactory(name="Văn phòng Tân Định", ward_code="26737")],
        is_walk_in=True,
    )
    alias_in_english(counselling)
    shelter_place = LocationFactory(
        name=SHELTER_NAME,
        address_1=SHELTER_ADDRESS,
        ward_code=SHELTER_WARD,
        latitude=SHELTER_POSITION[0],
        longitude=SHELTER_POSITION[1],
        is_confidential=True,
    )
    shelter = make_service(
        title="Nơi ở an toàn",
        categories=[legal],
        locations=[shelter_place],
        hours={2: [("09:00", "17:00")]},
        phones=["1800 1567"],
    )
    return {
        "hiv": hiv,
        "legal": legal,
        "clinic": clinic,
        "testing": testing,
        "testing_en": testing_en,
        "counselling": counselling,
        "shelter": shelter,
        "shelter_place": shelter_place,
    }


def ids(data) -> list:
    return [item["id"] for item in data["contents"]]


def key(page) -> str:
    return str(page.translation_key)


# The root and the OpenAPI document ---------------------------------------------------------


def test_root_names_the_version_profile_and_openapi_document(client):
    data = get_json(client, API)
    assert data["version"] == "3.0"
    assert data["profile"].startswith("https://")
    assert data["openapi_url"] == "http://testserver/api/hsds/openapi.json"
    assert client.get(data["openapi_url"]).status_code == 200


def test_openapi_document_describes_this_server_and_its_extensions(client):
    document = get_json(client, API + "openapi.json")
    assert document["servers"] == [{"url": "http://testserver/api/hsds"}]
    assert "Open Referral" in document["info"]["description"]
    assert document["info"]["license"]["name"] == "CC BY-SA 4.0"
    parameters = document["components"]["parameters"]
    assert parameters["locale"]["schema"]["enum"] == ["vi", "en"]
    assert {"lat", "lng", "proximity"} <= set(parameters)
    sal_parameters = document["paths"]["/service_at_locations"]["get"]["parameters"]
    assert {"$ref": "#/components/parameters/lat"} in sal_parameters
    text = json.dumps(document)
    assert "raw.githubusercontent.com" not in text


def test_every_schema_the_openapi_document_names_is_served(client):
    text = client.get(API + "openapi.json").content.decode()
    document = json.loads(text)
    refs = set()

    def collect(node):
        if isinstance(node, dict):
            for name, value in node.items():
                if name == "$ref" and value.startswith("http"):
                    refs.add(value)
                collect(value)
        elif isinstance(node, list):
            for value in node:
                collect(value)

    collect(document)
    assert "http://testserver/api/hsds/schema/compiled/service.json" in refs
    for ref in refs:
        response = client.get(ref)
        assert response.status_code == 200, ref
        assert json.loads(response.content)["properties"]


@pytest.mark.parametrize(
    "address", ["schema/../settings.json", "schema/nothing.json", "schema/compiled/x.json"]
)
def test_unknown_schema_files_are_not_found(client, address):
    assert client.get(API + address).status_code == 404


# Every response type validates ---------------------------------------------------------


def test_services_list_validates_and_has_one_to_one_fields_only(client, directory):
    data = get_json(client, API + "services")
    assert_page(data, "compiled/service_list")
    assert data["total_items"] == 3
    for item in data["contents"]:
        assert "phones" not in item and "service_at_locations" not in item
        assert item["organization"]["id"] == item["organization_id"]


def test_services_full_list_validates(client, directory):
    data = get_json(client, API + "services?full=true")
    assert_page(data, "compiled/service", "service")
    assert all("phones" in item for item in data["contents"])


def test_single_service_is_fully_nested_and_valid(client, directory):
    testing = directory["testing"]
    data = get_json(client, API + f"services/{key(testing)}")
    assert_valid(data, "compiled/service", "service")
    assert data["id"] == key(testing)
    assert data["organization"]["id"] == str(directory["clinic"].translation_key)
    assert [phone["number"] for phone in data["phones"]] == ["028 3930 0000"]
    weekly = [s for s in data["schedules"] if s.get("freq") == "WEEKLY"]
    assert {(s["byday"], s["opens_at"], s["closes_at"]) for s in weekly} == {
        ("MO", "08:00+07:00", "11:30+07:00"),
        ("MO", "13:30+07:00", "17:00+07:00"),
        ("SA", "20:00+07:00", "02:00+07:00"),
    }
    assert all(s["timezone"] == 7 for s in weekly)
    [closure] = [s for s in data["schedules"] if s.get("notes") == vocab.CLOSED_NOTES]
    assert (closure["valid_from"], closure["valid_to"]) == ("2026-02-16", "2026-02-20")
    [place] = data["service_at_locations"]
    [address] = place["location"]["addresses"]
    assert address["address_1"] == "125 Lê Lợi"
    assert address["city"] == admin_units.ward("26740").name
    assert address["state_province"] == "Thành phố Hồ Chí Minh"
    assert (address["country"], address["postal_code"]) == ("VN", "")
    codes = {a["taxonomy_term"]["code"] for a in data["attributes"]}
    assert codes == {"xet-nghiem-hiv", "free", "anonymous"}
    assert data["languages"][0]["code"] == "vi"
    assert data["phones"][0]["attributes"][0]["taxonomy_term_id"] == vocab.ZALO_TERM.id


def test_service_at_locations_list_and_single_validate(client, directory):
    data = get_json(client, API + "service_at_locations")
    assert_page(data, "service_at_location", "compiled/service_at_location")
    assert data["total_items"] == 2
    full = get_json(client, API + "service_at_locations?full=true")
    assert_page(full, "compiled/service_at_location")
    first = full["contents"][0]
    single = get_json(client, API + f"service_at_locations/{first['id']}")
    assert_valid(single, "compiled/service_at_location", "service_at_location")
    assert single["service"]["id"] == first["service_id"]
    assert single["location"]["addresses"]


def test_organizations_list_and_single_validate(client, directory):
    data = get_json(client, API + "organizations")
    assert_page(data, "organization")
    assert "services" not in data["contents"][0]
    full = get_json(client, API + "organizations?full=true")
    assert_page(full, "compiled/organization")
    clinic_id = str(directory["clinic"].translation_key)
    single = get_json(client, API + f"organizations/{clinic_id}")
    assert_valid(single, "compiled/organization", "organization")
    assert [service["id"] for service in single["services"]] == [key(directory["testing"])]
    assert "phones" not in single["services"][0]
    with_services = get_json(client, API + f"organizations/{clinic_id}?full_service=true")
    assert_valid(with_services, "compiled/organization")
    assert with_services["services"][0]["phones"]


def test_taxonomies_and_terms_validate(client, directory):
    data = get_json(client, API + "taxonomies")
    assert_page(data, "taxonomy")
    assert set(ids(data)) == {vocab.SAFETY_TAXONOMY_ID, str(PORTAL_TAXONOMY_ID)}
    for taxonomy_id in ids(data):
        assert_valid(get_json(client, API + f"taxonomies/{taxonomy_id}"), "taxonomy")
    terms = get_json(client, API + "taxonomy_terms")
    assert_page(terms, "taxonomy_term")
    term_ids = set(ids(terms))
    assert {str(directory["hiv"].translation_key), vocab.SAFETY_TERMS[0].id} <= term_ids
    assert vocab.CONFIDENTIAL_TERM.id not in term_ids
    for term_id in term_ids:
        assert_valid(get_json(client, API + f"taxonomy_terms/{term_id}"), "taxonomy_term")


def test_every_attribute_points_to_a_term_the_api_serves(client, directory):
    data = get_json(client, API + "services?full=true")
    for service in data["contents"]:
        for attribute in service["attributes"]:
            term_id = attribute["taxonomy_term_id"]
            assert get_json(client, API + f"taxonomy_terms/{term_id}")["id"] == term_id


# Parameters ------------------------------------------------------------------------------


@pytest.mark.parametrize("words", ["xet nghiem hiv", "XÉT NGHIỆM", "mien phi", "phong kham"])
def test_search_ignores_diacritics_and_case(client, directory, words):
    data = get_json(client, API + f"services?search={words}")
    assert ids(data) == [key(directory["testing"])]


def test_search_also_matches_category_names_and_filters_service_at_locations(client, directory):
    data = get_json(client, API + "services?search=tu van phap ly")
    assert set(ids(data)) == {key(directory["counselling"]), key(directory["shelter"])}
    places = get_json(client, API + "service_at_locations?search=tu van phap ly")
    assert [item["service_id"] for item in places["contents"]] == [key(directory["counselling"])]


def test_search_on_organizations_and_terms_ignores_diacritics(client, directory):
    orgs = get_json(client, API + "organizations?search=da khoa cong dong")
    assert ids(orgs) == [str(directory["clinic"].translation_key)]
    terms = get_json(client, API + "taxonomy_terms?search=phap ly")
    assert ids(terms) == [str(directory["legal"].translation_key)]


def test_pages_follow_the_spec_envelope(client, directory):
    first = get_json(client, API + "services?per_page=2")
    assert {k: first[k] for k in PAGE_KEYS - {"contents"}} == {
        "total_items": 3,
        "total_pages": 2,
        "page_number": 1,
        "size": 2,
        "first_page": True,
        "last_page": False,
        "empty": False,
    }
    second = get_json(client, API + "services?per_page=2&page=2")
    assert (second["size"], second["first_page"], second["last_page"]) == (1, False, True)
    assert not set(ids(first)) & set(ids(second))
    beyond = get_json(client, API + "services?per_page=2&page=9")
    assert (beyond["contents"], beyond["empty"], beyond["last_page"]) == ([], True, True)


def test_services_filter_by_term_taxonomy_and_organization(client, directory):
    hiv_id = str(directory["hiv"].translation_key)
    assert ids(get_json(client, API + f"services?taxonomy_term_id={hiv_id}")) == [
        key(directory["testing"])
    ]
    walk_in = next(t for t in vocab.SAFETY_TERMS if t.code == "walk-in")
    assert ids(get_json(client, API + f"services?taxonomy_term_id={walk_in.id}")) == [
        key(directory["counselling"])
    ]
    zalo = get_json(client, API + f"services?taxonomy_term_id={vocab.ZALO_TERM.id}")
    assert ids(zalo) == [key(directory["testing"])]
    safety = get_json(client, API + f"services?taxonomy_id={vocab.SAFETY_TAXONOMY_ID}")
    assert set(ids(safety)) == {key(directory["testing"]), key(directory["counselling"])}
    portal = get_json(client, API + f"services?taxonomy_id={PORTAL_TAXONOMY_ID}")
    assert portal["total_items"] == 3
    clinic_id = str(directory["clinic"].translation_key)
    by_org = get_json(client, API + f"services?organization_id={clinic_id}")
    assert ids(by_org) == [key(directory["testing"])]
    sal = get_json(client, API + f"service_at_locations?organization_id={clinic_id}")
    assert [item["service_id"] for item in sal["contents"]] == [key(directory["testing"])]


def test_modified_after_takes_dates_and_datetimes(client, directory):
    ServicePage.objects.filter(pk=directory["counselling"].pk).update(
        last_published_at=timezone.now() - datetime.timedelta(days=30)
    )
    last_week = (timezone.localdate() - datetime.timedelta(days=7)).isoformat()
    recent = get_json(client, API + f"services?modified_after={last_week}")
    assert key(directory["counselling"]) not in ids(recent)
    assert recent["total_items"] == 2
    tomorrow = (timezone.now() + datetime.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert get_json(client, API + f"services?modified_after={tomorrow}")["total_items"] == 0


def test_minimal_gives_ids_and_modification_times(client, directory):
    data = get_json(client, API + "services?minimal=true")
    assert data["total_items"] == 3
    for item in data["contents"]:
        assert set(item) == {"id", "last_modified"}
        assert item["last_modified"].endswith("Z")


def test_ndjson_streams_every_result_without_pages(client, directory):
    lines = ndjson(client, API + "services?format=ndjson&per_page=1")
    assert len(lines) == 3
    for line in lines:
        assert_valid(line, "compiled/service_list")
    full = ndjson(client, API + "services?format=ndjson&full=true")
    assert all("service_at_locations" in line for line in full)
    minimal = ndjson(client, API + "services?format=ndjson&minimal=true")
    assert all(set(line) == {"id", "last_modified"} for line in minimal)
    for address, schema in [
        ("service_at_locations", "service_at_location"),
        ("organizations", "organization"),
        ("taxonomies", "taxonomy"),
        ("taxonomy_terms", "taxonomy_term"),
    ]:
        lines = ndjson(client, API + f"{address}?format=ndjson")
        assert lines and all(errors(line, schema) == [] for line in lines)


def test_taxonomy_terms_filter_by_taxonomy_and_parent(client, directory):
    parent = directory["legal"]
    child = ServiceCategoryFactory(name="Tư vấn hợp đồng", parent=parent)
    safety = get_json(client, API + f"taxonomy_terms?taxonomy_id={vocab.SAFETY_TAXONOMY_ID}")
    assert {term["code"] for term in safety["contents"]} == {
        "free",
        "anonymous",
        "sex-worker-friendly",
        "walk-in",
        "zalo",
    }
    portal = get_json(client, API + f"taxonomy_terms?taxonomy_id={PORTAL_TAXONOMY_ID}")
    assert portal["total_items"] == 3
    children = get_json(client, API + f"taxonomy_terms?parent_id={parent.translation_key}")
    assert ids(children) == [str(child.translation_key)]
    assert children["contents"][0]["parent_id"] == str(parent.translation_key)
    top = get_json(client, API + f"taxonomy_terms?top_only=true&taxonomy_id={PORTAL_TAXONOMY_ID}")
    assert str(child.translation_key) not in ids(top)


# Languages ---------------------------------------------------------------------------------


def test_english_shows_translations_and_vietnamese_where_there_are_none(client, directory):
    data = get_json(client, API + "services?locale=en&full=true")
    by_id = {item["id"]: item for item in data["contents"]}
    assert len(by_id) == data["total_items"] == 3
    testing = by_id[key(directory["testing"])]
    assert testing["name"] == "Free HIV testing"
    assert testing["description"] == "Rapid HIV tests, results in 20 minutes."
    assert testing["organization"]["name"] == "Community General Clinic"
    hiv = next(a for a in testing["attributes"] if a["link_type"] == "category")
    assert hiv["taxonomy_term"]["name"] == "HIV testing"
    free = next(a for a in testing["attributes"] if a["taxonomy_term"]["code"] == "free")
    assert free["taxonomy_term"]["name"] == "Free of charge"
    # Only the Vietnamese text exists; the English alias is not shown as a second copy.
    assert by_id[key(directory["counselling"])]["name"] == "Tư vấn pháp lý đường phố"


def test_vietnamese_is_the_default_and_english_ids_are_the_same(client, directory):
    vietnamese = get_json(client, API + f"services/{key(directory['testing'])}")
    same = get_json(client, API + f"services/{key(directory['testing'])}?locale=vi")
    english_version = get_json(client, API + f"services/{key(directory['testing'])}?locale=en")
    assert vietnamese == same
    assert vietnamese["name"] == "Xét nghiệm HIV miễn phí"
    assert english_version["name"] == "Free HIV testing"
    assert [p["id"] for p in english_version["phones"]] == [p["id"] for p in vietnamese["phones"]]
    assert [s["id"] for s in english_version["service_at_locations"]] == [
        s["id"] for s in vietnamese["service_at_locations"]
    ]


def test_english_search_finds_english_words(client, directory):
    data = get_json(client, API + "services?locale=en&search=rapid hiv")
    assert ids(data) == [key(directory["testing"])]


def test_drafts_are_not_published(client, directory):
    draft = make_service(title="Dịch vụ chưa đăng", publish=False)
    assert key(draft) not in ids(get_json(client, API + "services?per_page=100"))
    assert client.get(API + f"services/{key(draft)}").status_code == 404


# Distance ------------------------------------------------------------------------------------


@pytest.fixture
def places_around():
    """Services at 1 km, 3 km and 12 km north of the centre of Sài Gòn ward."""
    lat, lng = SAI_GON_POSITION
    services = {}
    for name, km in [("far", 12), ("near", 1), ("middle", 3)]:
        place = LocationFactory(latitude=lat + km / 111.2, longitude=lng)
        services[name] = make_service(title=f"Dịch vụ {name}", locations=[place])
    return services


def test_service_at_locations_sort_by_distance_with_distances(client, places_around):
    lat, lng = SAI_GON_POSITION
    data = get_json(client, API + f"service_at_locations?lat={lat}&lng={lng}")
    assert [item["service_id"] for item in data["contents"]] == [
        key(places_around[name]) for name in ("near", "middle", "far")
    ]
    distances = [item["distance"] for item in data["contents"]]
    assert distances == sorted(distances)
    assert 950 <= distances[0] <= 1050
    assert_page(data, "service_at_location")


def test_proximity_keeps_only_nearer_places(client, places_around):
    lat, lng = SAI_GON_POSITION
    data = get_json(client, API + f"service_at_locations?lat={lat}&lng={lng}&proximity=5000")
    assert [item["service_id"] for item in data["contents"]] == [
        key(places_around["near"]),
        key(places_around["middle"]),
    ]
    assert all(item["distance"] <= 5000 for item in data["contents"])
    lines = ndjson(client, API + f"service_at_locations?lat={lat}&lng={lng}&format=ndjson")
    assert [line["service_id"] for line in lines] == [
        key(places_around[name]) for name in ("near", "middle", "far")
    ]


# CORS, caching, methods, cookies ---------------------------------------------------------


def test_get_is_open_to_every_origin_and_cacheable(client, directory):
    response = client.get(API + "services", HTTP_ORIGIN="https://example.org")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "public" in response["Cache-Control"]
    assert "Set-Cookie" not in response and not response.cookies


def test_the_locale_parameter_not_the_browser_language_chooses_the_text(client, directory):
    url = API + f"services/{key(directory['testing'])}"
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 200
    assert response.json()["name"] == "Xét nghiệm HIV miễn phí"
    assert client.head(url).status_code == 200


def test_preflight_is_answered(client):
    response = client.options(
        API + "services",
        HTTP_ORIGIN="https://example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert response.status_code == 204
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "GET" in response["Access-Control-Allow-Methods"]


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
@pytest.mark.parametrize("address", ["services", "services/{id}", "organizations", ""])
def test_writing_methods_are_refused(client, directory, method, address):
    pages = Page.objects.count()
    url = API + address.format(id=key(directory["testing"]))
    response = getattr(client, method)(url, data="{}", content_type="application/json")
    assert response.status_code == 405
    assert response.json()["error"]
    assert "GET" in response["Allow"]
    assert Page.objects.count() == pages


ADDRESSES = [
    "",
    "openapi.json",
    "services",
    "services?full=true&format=ndjson",
    "service_at_locations?lat=10.77&lng=106.7&proximity=20000",
    "organizations?full=true",
    "taxonomies",
    "taxonomy_terms",
    "services?page=x",
]


@pytest.mark.parametrize("address", ADDRESSES)
def test_no_response_sets_a_cookie(client, directory, address):
    response = client.get(API + address)
    body(response)
    assert not response.cookies
    assert "Set-Cookie" not in response


# Bad input ---------------------------------------------------------------------------------

BAD_REQUESTS = [
    ("service_at_locations?lat=abc&lng=106.7", "lat"),
    ("service_at_locations?lat=91&lng=106.7", "lat"),
    ("service_at_locations?lat=10.7&lng=-181", "lng"),
    ("service_at_locations?lat=nan&lng=106.7", "lat"),
    ("service_at_locations?lat=10.7&lng=inf", "lng"),
    ("service_at_locations?lat=10.7", "lng"),
    ("service_at_locations?lng=106.7", "lat"),
    ("service_at_locations?proximity=500", "proximity"),
    ("service_at_locations?lat=10.7&lng=106.7&proximity=-5", "proximity"),
    ("service_at_locations?lat=10.7&lng=106.7&proximity=1e9", "proximity"),
    ("service_at_locations?lat=10.7&lng=106.7&proximity=ten", "proximity"),
    ("service_at_locations?postcode=700000", "postcode"),
    ("services?page=0", "page"),
    ("services?page=-1", "page"),
    ("services?page=two", "page"),
    ("services?page=99999999999999999999", "page"),
    ("services?per_page=0", "per_page"),
    ("services?per_page=100000", "per_page"),
    ("services?per_page=1.5", "per_page"),
    ("services?search=" + "a" * 2000, "search"),
    ("services?search=%00%01%02%ff%fe", "search"),
    ("services?search=%C0%AF%C0%AF", "search"),
    ("services?taxonomy_term_id=not-a-uuid", "taxonomy_term_id"),
    ("services?taxonomy_term_id=00000000-0000-0000-0000-000000000000", "taxonomy_term_id"),
    ("services?taxonomy_term_id=" + vocab.CONFIDENTIAL_TERM.id, "taxonomy_term_id"),
    ("services?taxonomy_id=1' OR '1'='1", "taxonomy_id"),
    ("services?taxonomy_id=00000000-0000-0000-0000-000000000000", "taxonomy_id"),
    ("services?organization_id=<script>alert(1)</script>", "organization_id"),
    ("services?organization_id=00000000-0000-0000-0000-000000000000", "organization_id"),
    ("services?modified_after=yesterday", "modified_after"),
    ("services?modified_after=2025-13-45", "modified_after"),
    ("services?full=maybe", "full"),
    ("services?minimal=2", "minimal"),
    ("services?format=xml", "format"),
    ("services?locale=fr", "locale"),
    ("organizations?full_service=perhaps", "full_service"),
    ("taxonomy_terms?parent_id=nope", "parent_id"),
    ("taxonomy_terms?taxonomy_id=00000000-0000-0000-0000-000000000000", "taxonomy_id"),
    ("services/not-a-uuid", "id"),
    ("services/'%3B DROP TABLE wagtailcore_page%3B--", "id"),
    ("organizations/<b>x<b>", "id"),
    ("service_at_locations/123", "id"),
    ("taxonomies/%E2%80%AE", "id"),
    ("taxonomy_terms/" + "f" * 90, "id"),
]


@pytest.mark.parametrize(("address", "parameter"), BAD_REQUESTS)
def test_bad_input_is_a_400_json_error_and_writes_nothing(client, directory, address, parameter):
    pages, reports = Page.objects.count(), ProblemReport.objects.count()
    response = client.get(API + address)
    assert response.status_code == 400, body(response)[:300]
    data = response.json()
    assert data["error"] and data["detail"]
    assert data["parameter"] == parameter
    assert response["Access-Control-Allow-Origin"] == "*"
    # Nothing the client sent is echoed back.
    assert "<script>" not in response.content.decode() and "DROP" not in response.content.decode()
    assert (Page.objects.count(), ProblemReport.objects.count()) == (pages, reports)


@pytest.mark.parametrize(
    "address",
    [
        "services/{unknown}",
        "service_at_locations/{unknown}",
        "organizations/{unknown}",
        "taxonomies/{unknown}",
        "taxonomy_terms/{unknown}",
        "taxonomy_terms/" + vocab.CONFIDENTIAL_TERM.id,
    ],
)
def test_unknown_ids_are_404_json(client, directory, address):
    response = client.get(API + address.format(unknown="0b9f1c3e-1111-4222-8333-944455556666"))
    assert response.status_code == 404
    assert response.json()["error"]


@pytest.mark.parametrize("address", ["nothing", "services/a/b", "organizations/<b>x</b>"])
def test_unknown_addresses_are_404_json(client, address):
    response = client.get(API + address)
    assert response.status_code == 404
    assert response.json()["error"]
    assert response["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    "words", ["'; DROP TABLE wagtailcore_page; --", "<img src=x onerror=alert(1)>", "1' OR '1'='1"]
)
def test_injection_in_search_is_just_words(client, directory, words):
    pages = Page.objects.count()
    response = client.get(API + "services", {"search": words})
    assert response.status_code == 200
    assert response.json()["total_items"] == 0
    assert Page.objects.count() == pages


# Query counts ----------------------------------------------------------------------------


def queries_for(client, url) -> list:
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
        body(response)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


COUNTED = [
    "services",
    "services?full=true",
    "services?full=true&locale=en",
    "services?minimal=true",
    "services?search=dich vu&taxonomy_term_id={category}",
    "services?format=ndjson&full=true",
    "service_at_locations",
    "service_at_locations?full=true&locale=en",
    "service_at_locations?lat=10.77&lng=106.70&proximity=50000",
    "organizations?full=true&full_service=true",
    "taxonomy_terms",
]


def test_query_count_does_not_grow_with_the_number_of_results(client):
    category = ServiceCategoryFactory()
    category.copy_for_translation(english()).save()
    organization = OrganizationFactory()
    separator = {True: "&", False: "?"}
    urls = [API + address.format(category=category.translation_key) for address in COUNTED]
    urls = [url + separator["?" in url] + "per_page=200" for url in urls]

    def add(count):
        for _ in range(count):
            service = make_service(
                title="Dịch vụ mẫu",
                organization=organization,
                categories=[category, ServiceCategoryFactory()],
                locations=[LocationFactory(), LocationFactory()],
                hours={0: [("08:00", "17:00")]},
                closures=[(datetime.date(2026, 1, 1), None)],
            )
            publish_translation(service, slug=f"service-{service.pk}")

    add(3)
    few = {url: queries_for(client, url) for url in urls}
    add(17)
    for url in urls:
        many = queries_for(client, url)
        assert len(many) == len(few[url]), (url, "\n".join(many))
        assert len(many) <= 20, (url, "\n".join(many))


# Confidential locations ------------------------------------------------------------------


def leaks(text: str) -> list:
    ward = admin_units.ward(SHELTER_WARD)
    secrets = [
        SHELTER_ADDRESS,
        SHELTER_NAME,
        ward.name,
        ward.short_name,
        str(SHELTER_POSITION[0]),
        str(SHELTER_POSITION[1]),
        "10.805",
        "106.594",
    ]
    return [secret for secret in secrets if secret in text]


def test_confidential_locations_never_appear(client, directory):
    shelter = directory["shelter"]
    place = directory["shelter_place"]
    near = f"lat={SHELTER_POSITION[0]}&lng={SHELTER_POSITION[1]}"
    addresses = [
        "services?full=true&per_page=200",
        "services?full=true&format=ndjson",
        "services?full=true&locale=en",
        f"services/{key(shelter)}",
        f"services/{key(shelter)}?locale=en",
        "service_at_locations?full=true",
        f"service_at_locations?{near}",
        f"service_at_locations?{near}&proximity=100",
        f"service_at_locations?{near}&proximity=100&full=true&format=ndjson",
        "organizations?full=true&full_service=true",
        f"organizations/{shelter.organization.translation_key}?full_service=true",
        "taxonomy_terms",
        "taxonomies",
    ]
    for address in addresses:
        text = body(client.get(API + address)).decode()
        assert leaks(text) == [], address
        assert str(place.translation_key) not in text, address
    # The service itself is listed, with its phone, but without any place.
    data = get_json(client, API + f"services/{key(shelter)}")
    assert data["phones"][0]["number"] == "1800 1567"
    assert data["service_at_locations"] == []
    assert all(s.get("location_id") is None for s in data["schedules"])
    assert data["schedules"], "its opening hours are not a secret"


def test_confidential_places_are_not_found_by_their_address_or_id(client, directory):
    place = directory["shelter_place"]
    for words in [SHELTER_ADDRESS, "kin dao", admin_units.ward(SHELTER_WARD).short_name]:
        response = client.get(API + "services", {"search": words})
        assert response.json()["total_items"] == 0, words
        response = client.get(API + "service_at_locations", {"search": words})
        assert response.json()["total_items"] == 0, words
    sal = directory["shelter"].service_locations.get()
    assert client.get(API + f"service_at_locations/{sal.hsds_id}").status_code == 404
    assert client.get(API + f"service_at_locations/{place.translation_key}").status_code == 404
    near = f"lat={SHELTER_POSITION[0]}&lng={SHELTER_POSITION[1]}&proximity=500"
    assert get_json(client, API + f"service_at_locations?{near}")["total_items"] == 0
