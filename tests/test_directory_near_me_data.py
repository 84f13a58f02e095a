"""near-me/: what the phone needs to sort services by distance on the device. The request
holds the page's filters and no position; the answer is cacheable and sets no cookie."""

import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from directory import admin_units, finder, hours
from tests.articles_factories import alias_in_english
from tests.directory_factories import (
    LocationFactory,
    ServiceCategoryFactory,
    directory_page,
    make_service,
)
from tests.factories import english, publish_translation

pytestmark = pytest.mark.django_db

SATURDAY_10AM = datetime.datetime(2026, 11, 28, 10, 0, tzinfo=hours.CITY_TIMEZONE)
BEN_THANH_WARD = "26743"
SHELTER_ADDRESS = "99 Đường Bí Mật"


@pytest.fixture(autouse=True)
def _saturday_morning(monkeypatch):
    monkeypatch.setattr(hours, "city_now", lambda: SATURDAY_10AM)


@pytest.fixture
def testing():
    category = ServiceCategoryFactory(name="Xét nghiệm HIV", slug="xet-nghiem-hiv")
    translation = category.copy_for_translation(english())
    translation.name = "HIV testing"
    translation.save()
    return category


def near_me_url(directory=None, query=""):
    directory = directory or directory_page()
    return directory.url + directory.reverse_subpage("near_me_data") + query


def get_data(client, query="", directory=None, **headers):
    response = client.get(near_me_url(directory, query), **headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()


def test_it_gives_the_services_matching_the_filters_with_their_public_places(client, testing):
    make_service(
        title="Xét nghiệm nhanh",
        categories=[testing],
        is_free=True,
        hours={5: [("08:00", "17:00")]},
        locations=[LocationFactory(latitude=10.7712, longitude=106.6981, address_1="5 Lê Lợi")],
    )
    make_service(title="Tư vấn pháp lý")

    data = get_data(client, "?category=xet-nghiem-hiv")
    assert data["count"] == 1 and data["too_many"] is False
    [service] = data["services"]
    assert service["name"] == "Xét nghiệm nhanh"
    assert service["categories"] == ["Xét nghiệm HIV"]
    assert service["free"] is True and service["anonymous"] is False
    assert service["open"] is True
    with translation.override("vi"):
        assert service["status"] == gettext("Open now, until %(time)s") % {"time": "17:00"}
        assert service["today"] == gettext("Today: %(hours)s") % {"hours": "08:00–17:00"}
    assert service["call"] == {"href": "tel:02839300000", "number": "028 3930 0000"}
    assert service["places"] == [
        [10.7712, 106.6981, "5 Lê Lợi, Phường Sài Gòn, Thành phố Hồ Chí Minh"]
    ]
    assert service["url"].startswith(directory_page().url)

    assert [s["name"] for s in get_data(client, "?q=phap+ly")["services"]] == ["Tư vấn pháp lý"]
    assert get_data(client, "?open=1")["count"] == 1


def test_the_finder_asks_for_it_with_its_filters_and_never_a_position(client, soup, testing):
    make_service(title="Xét nghiệm", categories=[testing], is_free=True)
    page = soup(
        client.get(
            directory_page().url,
            {"q": "xet", "category": "xet-nghiem-hiv", "area": "Quận 1", "free": "1"},
        )
    )
    url = page.select_one("[data-near-me]")["data-url"]
    assert urlsplit(url).path == near_me_url().split("?")[0]
    query = parse_qs(urlsplit(url).query)
    assert query == {
        "q": ["xet"],
        "area": ["Quận 1"],
        "category": ["xet-nghiem-hiv"],
        "free": ["1"],
    }
    assert not {"lat", "lng", "latitude", "longitude", "position"} & set(query)


def test_a_confidential_place_is_never_in_it(client):
    unit = admin_units.ward(BEN_THANH_WARD)
    make_service(
        title="Nhà tạm lánh",
        locations=[
            LocationFactory(
                name="Nhà an toàn",
                address_1=SHELTER_ADDRESS,
                ward_code=BEN_THANH_WARD,
                latitude=10.801234,
                longitude=106.712345,
                is_confidential=True,
            )
        ],
    )
    for query in ("", "?area=26743", "?area=26743&only_area=1", "?q=nha+tam+lanh"):
        response = client.get(near_me_url(query=query))
        text = response.content.decode()
        for secret in (SHELTER_ADDRESS, "10.80123", "106.71234", "Nhà an toàn", unit.name):
            assert secret not in text, (query, secret)
    [shelter] = get_data(client)["services"]
    assert shelter["confidential"] is True
    assert shelter["places"] == [] and shelter["address"] == ""
    assert shelter["call"]["href"] == "tel:02839300000"


def test_it_sets_no_cookie_and_can_be_cached(client):
    make_service(title="Dịch vụ")
    response = client.get(near_me_url())
    assert response.cookies == {}
    assert "Set-Cookie" not in response.headers
    assert "Cookie" not in response.get("Vary", "")
    cache_control = response["Cache-Control"]
    assert "public" in cache_control and f"max-age={finder.NEAR_ME_MAX_AGE}" in cache_control

    again = client.get(near_me_url(), HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_too_many_services_ask_the_reader_to_narrow_the_search(client, monkeypatch, testing):
    monkeypatch.setattr(finder, "NEAR_ME_LIMIT", 2)
    for number in range(3):
        make_service(title=f"Dịch vụ {number}", categories=[testing] if number == 0 else [])
    data = get_data(client)
    assert data == {"count": 3, "limit": 2, "too_many": True, "services": [], "notices": []}
    narrowed = get_data(client, "?category=xet-nghiem-hiv")
    assert narrowed["too_many"] is False
    assert [service["name"] for service in narrowed["services"]] == ["Dịch vụ 0"]


def test_bad_filters_give_notices_not_errors(client):
    make_service(title="Dịch vụ")
    data = get_data(client, "?category=khong-co&language=%00&q=%27%3B+DROP+TABLE+x%3B--&page=abc")
    assert data["count"] == 0
    assert any("khong-co" in notice for notice in data["notices"])
    assert get_data(client, "?category=khong-co")["count"] == 1


def test_the_english_finder_gives_english_pages(client, testing):
    directory_en = publish_translation(directory_page(), title="Services", slug="services")
    service = make_service(title="Xét nghiệm", categories=[testing])
    publish_translation(service, title="Testing")
    alias_in_english(make_service(title="Pháp lý"))

    data = get_data(client, directory=directory_en)
    names = {entry["name"]: entry for entry in data["services"]}
    assert set(names) == {"Testing", "Pháp lý"}
    assert names["Testing"]["categories"] == ["HIV testing"]
    assert names["Testing"]["lang"] == ""
    assert names["Pháp lý"]["lang"] == "vi"
    assert names["Testing"]["url"].startswith("/en/services/")


def add_services(count, category, start=0):
    for number in range(start, start + count):
        make_service(
            title=f"Dịch vụ {number}",
            categories=[category],
            hours={5: [("08:00", "12:00"), ("13:00", "17:00")]},
            closures=[(SATURDAY_10AM.date() + datetime.timedelta(days=1), None)],
            phones=("028 3930 0000", "0909 000 000"),
            locations=[LocationFactory(), LocationFactory(ward_code=BEN_THANH_WARD)],
        )


def queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_the_number_of_queries_does_not_depend_on_the_number_of_services(client, testing):
    url = near_me_url(query="?category=xet-nghiem-hiv&open=1&area=26743&only_area=1")
    add_services(2, testing)
    few = queries(client, url)
    add_services(20, testing, start=2)
    assert queries(client, url) == few
    assert client.get(url).json()["count"] == 22
