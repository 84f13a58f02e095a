"""A service's page: the week's hours (several periods, past midnight, closed days), the
conditions, public places and contacts, the last check, the problem report link, structured
data; never a confidential place; in both languages; a bounded number of queries."""

import datetime
import json

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from directory import hours
from directory.models import ServiceClosure, ServicePage, ServicePhone, SpokenLanguage, Weekday
from tests.articles_factories import alias_in_english
from tests.directory_factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceCategoryFactory,
    directory_page,
    make_service,
)
from tests.factories import english, publish_translation

pytestmark = pytest.mark.django_db

SATURDAY = datetime.date(2026, 11, 28)
BEN_THANH_WARD = "26743"
SHELTER = {
    "name": "Nhà an toàn Bến Thành",
    "address_1": "99 Đường Bí Mật",
    "ward_code": BEN_THANH_WARD,
    "latitude": 10.801234,
    "longitude": 106.712345,
    "is_confidential": True,
}
SHELTER_SECRETS = ("99 Đường Bí Mật", "10.80123", "106.71234", "Nhà an toàn Bến Thành")


def ui(text, language="vi", **values):
    with translation.override(language):
        translated = gettext(text)
    return translated % values if values else translated


@pytest.fixture(autouse=True)
def _saturday_morning(monkeypatch):
    moment = datetime.datetime.combine(SATURDAY, datetime.time(10), hours.CITY_TIMEZONE)
    monkeypatch.setattr(hours, "city_now", lambda: moment)


@pytest.fixture
def organization():
    organization = OrganizationFactory(name="Hội Y tế Cộng đồng")
    translation_ = organization.copy_for_translation(english())
    translation_.name = "Community Health Association"
    translation_.save()
    return organization


@pytest.fixture
def clinic(organization):
    testing = ServiceCategoryFactory(name="Xét nghiệm HIV", slug="xet-nghiem-hiv")
    testing_en = testing.copy_for_translation(english())
    testing_en.name = "HIV testing"
    testing_en.save()
    vietnamese, english_spoken = (
        SpokenLanguage.objects.get_or_create(
            code=code, defaults={"name": name, "english_name": english_name}
        )[0]
        for code, name, english_name in [
            ("vi", "Tiếng Việt", "Vietnamese"),
            ("en", "Tiếng Anh", "English"),
        ]
    )
    service = make_service(
        title="Phòng khám Cộng Đồng",
        alternate_name="PKCĐ",
        organization=organization,
        categories=[testing],
        locations=[
            LocationFactory(
                name="Cơ sở Bến Thành",
                address_1="12 Lê Thánh Tôn",
                ward_code=BEN_THANH_WARD,
                latitude=10.7725,
                longitude=106.6980,
                transportation="Xe buýt số 36",
                accessibility="Lối vào không bậc thang",
            ),
            LocationFactory(**SHELTER),
        ],
        hours={
            Weekday.MONDAY: [("08:00", "11:30"), ("13:30", "17:00")],
            Weekday.FRIDAY: [("20:00", "02:00")],
            Weekday.SATURDAY: [("00:00", "00:00")],
        },
        phones=(),
        languages=[vietnamese, english_spoken],
        eligibility_description="Mọi người, không phân biệt nghề nghiệp.",
        minimum_age=16,
        fees_description="Xét nghiệm miễn phí; điều trị theo bảo hiểm y tế.",
        application_process="Đến trực tiếp, không cần hẹn trước.",
        required_documents="Không cần giấy tờ tuỳ thân\n\nSổ khám bệnh, nếu có\n",
        wait_time="Khoảng 30 phút",
        website="https://example.org/pkcd",
        email="lienhe@example.org",
        assured_date=datetime.date(2026, 10, 5),
        alert="Nghỉ lễ ngày 1 tháng 12.",
        is_free=True,
        is_anonymous=True,
        is_sex_worker_friendly=True,
        is_walk_in=True,
    )
    service.phones = [
        ServicePhone(number="028 3930 0000", extension="12"),
        ServicePhone(number="0909 123 456", kind=ServicePhone.Kind.CELL, on_zalo=True),
    ]
    service.closures = [
        ServiceClosure(
            starts_on=SATURDAY + datetime.timedelta(days=2),
            ends_on=SATURDAY + datetime.timedelta(days=4),
            reason="Tập huấn nhân viên",
        ),
        ServiceClosure(starts_on=SATURDAY - datetime.timedelta(days=10), reason="Đã qua"),
        ServiceClosure(starts_on=SATURDAY + datetime.timedelta(days=90), reason="Còn xa"),
    ]
    service.save_revision().publish()
    return ServicePage.objects.get(pk=service.pk)


def get(client, soup, service):
    response = client.get(service.get_url())
    assert response.status_code == 200
    return soup(response)


def week(parsed):
    return [
        (row.th.get_text(" ", strip=True), row.td.get_text(strip=True))
        for row in parsed.select("table.hours tr")
    ]


def test_the_week_shows_every_day_several_periods_past_midnight_and_closed_days(
    client, soup, clinic
):
    parsed = get(client, soup, clinic)
    with translation.override("vi"):
        names = [str(label) for _value, label in Weekday.choices]
    closed = ui("Closed")
    assert [hours_ for _day, hours_ in week(parsed)] == [
        "08:00–11:30, 13:30–17:00",
        closed,
        closed,
        closed,
        "20:00–02:00",
        "00:00–24:00",
        closed,
    ]
    assert [day.split(" (")[0] for day, _hours in week(parsed)] == names
    assert parsed.select_one("tr.hours__today th").get_text(" ", strip=True).startswith(names[5])
    # Closed days in the next 60 days only.
    closures = [item.get_text(" ", strip=True) for item in parsed.select(".closures li")]
    assert len(closures) == 1
    assert "30/11/2026" in closures[0] and "02/12/2026" in closures[0]
    assert "Tập huấn nhân viên" in closures[0]


def test_it_shows_what_to_know_before_going(client, soup, clinic):
    parsed = get(client, soup, clinic)
    text = parsed.select_one("main").get_text(" ", strip=True)
    for expected in (
        "PKCĐ",
        "Mọi người, không phân biệt nghề nghiệp.",
        "Xét nghiệm miễn phí; điều trị theo bảo hiểm y tế.",
        "Đến trực tiếp, không cần hẹn trước.",
        "Khoảng 30 phút",
        "Hội Y tế Cộng đồng",
        "Nghỉ lễ ngày 1 tháng 12.",
        "Xe buýt số 36",
        "Lối vào không bậc thang",
        "Tiếng Việt",
        "Tiếng Anh",
        "Xét nghiệm HIV",
    ):
        assert expected in text, expected
    bring = parsed.select_one("#service-bring").find_next("ul")
    assert [item.text for item in bring.select("li")] == [
        "Không cần giấy tờ tuỳ thân",
        "Sổ khám bệnh, nếu có",
    ]
    assert [badge.text for badge in parsed.select(".badges .badge")] == [
        ui("Free"),
        ui("Anonymous, no ID needed"),
        ui("Welcoming to people who sell sex"),
        ui("Walk in, no appointment"),
    ]
    assert parsed.select_one(".service__glance .opening").text == ui("Open now, all day")
    assert parsed.select_one(".service__checked time")["datetime"] == "2026-10-05"
    assert parsed.select_one(".service__checked time").text == "05/10/2026"


def test_places_phones_and_links(client, soup, clinic):
    parsed = get(client, soup, clinic)
    [place] = parsed.select(".place")
    assert place.select_one(".place__name").text == "Cơ sở Bến Thành"
    assert "12 Lê Thánh Tôn, Phường Bến Thành" in place.select_one(".place__address").text
    assert [link["href"] for link in place.select(".action")] == [
        "https://www.openstreetmap.org/directions?to=10.772500%2C106.698000",
        "https://www.google.com/maps/dir/?api=1&destination=10.772500,106.698000",
    ]
    assert place["data-lat"] == "10.772500"
    contact_links = [link["href"] for link in parsed.select(".contacts a")]
    assert contact_links == [
        "tel:02839300000,12",
        "tel:0909123456",
        "https://zalo.me/0909123456",
        "https://example.org/pkcd",
        "mailto:lienhe@example.org",
    ]
    glance = [link["href"] for link in parsed.select(".service__glance .action")]
    assert glance[:2] == ["tel:02839300000,12", "https://zalo.me/0909123456"]
    report = parsed.select_one(".service__report a")["href"]
    assert report == clinic.get_url() + clinic.reverse_subpage("report_problem")
    assert parsed.select_one(".breadcrumb a")["href"] == directory_page().url
    assert parsed.select_one("[data-map]") is not None
    assert parsed.select_one("#share-heading") is not None


def test_a_confidential_place_is_never_shown_named_or_described(client, soup, clinic):
    response = client.get(clinic.get_url())
    html = response.content.decode()
    for secret in SHELTER_SECRETS:
        assert secret not in html, secret
    parsed = soup(response)
    assert len(parsed.select("[data-pin]")) == 1
    assert ui(
        "Another place is kept confidential to keep people safe. Call to arrange a visit."
    ) in (parsed.select_one(".callout--safety").text)


def test_a_shelter_shows_a_phone_contact_only(client, soup):
    shelter = make_service(
        title="Nhà tạm lánh",
        phones=("0909 000 111",),
        locations=[LocationFactory(**SHELTER)],
        hours={Weekday.SATURDAY: [("00:00", "00:00")]},
    )
    response = client.get(shelter.get_url())
    html = response.content.decode()
    for secret in SHELTER_SECRETS:
        assert secret not in html, secret
    assert "openstreetmap" not in html and "google.com/maps" not in html
    parsed = soup(response)
    assert parsed.select(".place") == []
    assert parsed.select_one("[data-map]") is None
    assert parsed.select_one(".service__glance .action")["href"] == "tel:0909000111"
    assert ui("The address is kept confidential to keep people safe. Call to arrange a visit.") in (
        parsed.select_one(".callout--safety").text
    )
    for data in parsed.select('script[type="application/ld+json"]'):
        for secret in SHELTER_SECRETS:
            assert secret not in data.string


def test_hours_kept_for_a_confidential_place_do_not_name_it(client, soup):
    shelter_place = LocationFactory(**SHELTER)
    service = make_service(title="Hỗ trợ", locations=[LocationFactory(), shelter_place])
    service.schedules = [
        service.schedules.model(
            weekday=Weekday.MONDAY,
            opens_at=datetime.time(8),
            closes_at=datetime.time(12),
            location=shelter_place,
        )
    ]
    service.save_revision().publish()
    html = client.get(service.get_url()).content.decode()
    for secret in SHELTER_SECRETS:
        assert secret not in html, secret
    caption = soup(html).select_one("table.hours caption").text
    assert caption == ui("Another place")


def test_structured_data_describes_the_service_without_confidential_places(client, soup, clinic):
    parsed = get(client, soup, clinic)
    objects = [
        json.loads(script.string) for script in parsed.select('script[type="application/ld+json"]')
    ]
    service = next(data for data in objects if data.get("@type") == "Service")
    assert service["name"] == "Phòng khám Cộng Đồng"
    assert service["provider"] == {"@type": "Organization", "name": "Hội Y tế Cộng đồng"}
    assert service["isAccessibleForFree"] is True
    assert service["serviceType"] == ["Xét nghiệm HIV"]
    places = [c["serviceLocation"] for c in service["availableChannel"] if "serviceLocation" in c]
    assert [p["name"] for p in places] == ["Cơ sở Bến Thành"]
    assert places[0]["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 10.7725,
        "longitude": 106.698,
    }
    phones = [
        c["servicePhone"]["telephone"] for c in service["availableChannel"] if "servicePhone" in c
    ]
    assert phones == ["028 3930 0000", "0909 123 456"]
    assert {
        "dayOfWeek": "https://schema.org/Friday",
        "opens": "20:00",
        "closes": "02:00",
    }.items() <= (service["hoursAvailable"][2].items())
    assert any(data.get("@type") == "BreadcrumbList" for data in objects)


def test_a_temporarily_closed_service_says_so(client, soup):
    service = make_service(
        title="Tạm đóng",
        status=ServicePage.Status.TEMPORARILY_CLOSED,
        hours={Weekday.SATURDAY: [("08:00", "17:00")]},
    )
    parsed = get(client, soup, service)
    assert parsed.select_one(".callout--warning .callout__heading").text == ui(
        "This service is temporarily closed."
    )
    assert parsed.select_one(".service__glance .opening").text == ui("Temporarily closed")


def test_the_english_page_speaks_english_and_marks_vietnamese_text(client, soup, clinic):
    publish_translation(directory_page(), title="Services", slug="services")
    translated = publish_translation(clinic, title="Community Clinic", summary="Free HIV tests.")
    parsed = get(client, soup, translated)
    assert parsed.select_one("h1").text == "Community Clinic"
    assert parsed.select_one(".service")["lang"] == "en"
    assert "lang" not in parsed.select_one("h1").attrs
    assert parsed.select_one(".tag").text == "HIV testing"
    assert (
        "Community Health Association"
        in parsed.select_one("#service-contact").find_parent("section").text
    )
    assert parsed.select_one(".service__checked time").text == "5 October 2026"
    assert parsed.select_one(".place__address span[lang]")["lang"] == "vi"
    assert "English" in parsed.select_one("#service-languages").find_next("ul").text

    untranslated = make_service(title="Tư vấn pháp lý")
    alias = alias_in_english(untranslated)
    parsed = get(client, soup, alias)
    assert parsed.select_one("main")["lang"] == "vi"
    assert parsed.select_one(".service")["lang"] == "en"
    assert parsed.select_one("h1")["lang"] == "vi"
    assert parsed.select_one(".lead")["lang"] == "vi"


def test_a_preview_shows_rows_the_editor_has_not_saved(clinic):
    clinic.phones = [ServicePhone(number="0999 888 777", on_zalo=True)]
    clinic.schedules = [
        clinic.schedules.model(
            weekday=Weekday.SUNDAY, opens_at=datetime.time(7), closes_at=datetime.time(9)
        )
    ]
    html = clinic.make_preview_request().content.decode()
    assert "tel:0999888777" in html
    assert "https://zalo.me/0999888777" in html
    assert "07:00–09:00" in html
    assert "tel:02839300000" not in html


def page_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured.captured_queries)


def test_the_number_of_queries_does_not_depend_on_places_phones_or_hours(client, organization):
    small = make_service(
        title="Nhỏ",
        organization=organization,
        categories=[ServiceCategoryFactory()],
        hours={0: [("08:00", "17:00")]},
        closures=[(SATURDAY + datetime.timedelta(days=1), None)],
        languages=list(SpokenLanguage.objects.all()[:1]),
    )
    large = make_service(
        title="Lớn",
        organization=organization,
        categories=[ServiceCategoryFactory() for _ in range(4)],
        locations=[LocationFactory() for _ in range(4)] + [LocationFactory(**SHELTER)],
        phones=[f"0909 000 00{n}" for n in range(5)],
        hours={day: [("08:00", "11:00"), ("13:00", "17:00")] for day in range(7)},
        closures=[(SATURDAY + datetime.timedelta(days=n), None) for n in range(1, 6)],
        languages=list(SpokenLanguage.objects.all()[:3]),
    )
    assert page_queries(client, small.get_url()) == page_queries(client, large.get_url())
