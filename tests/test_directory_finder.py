"""The public finder: keyword search without diacritics, filters that combine and can be
shared, areas (old district names too) sorted by distance, open now at any hour, bad input,
confidential places, English pages, and a constant number of queries."""

import datetime
import gzip
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from django.conf import settings as django_settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext

from directory import admin_units, hours
from directory.cards import distance_label, status_text, zalo_chat_url
from directory.finder_form import former_note
from directory.models import ServiceDirectoryPage, ServicePage, ServicePhone, SpokenLanguage
from tests.articles_factories import alias_in_english
from tests.directory_factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceCategoryFactory,
    directory_page,
    make_service,
)
from tests.factories import english, publish_child, publish_translation, site_home

pytestmark = pytest.mark.django_db

# Saturday 28 November 2026.
SATURDAY = datetime.date(2026, 11, 28)
FRIDAY, SATURDAY_WEEKDAY = 4, 5
EVERY_DAY_9_TO_5 = {day: [("09:00", "17:00")] for day in range(7)}
BEN_THANH_WARD = "26743"
BINH_THANH_WARD = "26929"
THU_DUC_WARD = "26824"
SHELTER_ADDRESS = "99 Đường Bí Mật"
SHELTER_POSITION = (10.801234, 106.712345)


def ui(text, **values):
    """An interface string as Vietnamese readers see it, whether or not it is translated."""
    with translation.override("vi"):
        translated = gettext(text)
    return translated % values if values else translated


def at(day, time):
    return datetime.datetime.combine(day, datetime.time.fromisoformat(time), hours.CITY_TIMEZONE)


@pytest.fixture(autouse=True)
def clock(monkeypatch):
    """The finder's "now", Saturday 10:00 unless a test sets another time."""

    def set_time(day, time):
        monkeypatch.setattr(hours, "city_now", lambda: at(day, time))

    set_time(SATURDAY, "10:00")
    return set_time


@pytest.fixture
def categories():
    hiv = ServiceCategoryFactory(name="Xét nghiệm HIV", slug="xet-nghiem-hiv", sort_order=1)
    arv = ServiceCategoryFactory(name="Điều trị ARV", slug="dieu-tri-arv", sort_order=2)
    legal = ServiceCategoryFactory(name="Tư vấn pháp lý", slug="tu-van-phap-ly", sort_order=3)
    for category, name in [(hiv, "HIV testing"), (legal, "Legal advice")]:
        translation = category.copy_for_translation(english())
        translation.name = name
        translation.save()
    return {"hiv": hiv, "arv": arv, "legal": legal}


def place(ward_code, **fields):
    unit = admin_units.ward(ward_code)
    fields.setdefault("latitude", unit.lat)
    fields.setdefault("longitude", unit.lng)
    return LocationFactory(ward_code=ward_code, **fields)


def search(client, soup, url=None, **params):
    response = client.get(url or directory_page().url, params)
    assert response.status_code == 200
    return soup(response)


def titles(parsed):
    return [link.get_text(strip=True) for link in parsed.select(".service-card__title a")]


def notices(parsed):
    return " ".join(item.get_text(" ", strip=True) for item in parsed.select(".finder-notices li"))


def card(parsed, title):
    return next(
        found
        for found in parsed.select(".service-card")
        if found.select_one(".service-card__title").get_text(strip=True) == title
    )


# Keyword search


def test_keywords_match_with_or_without_diacritics_and_in_any_case(client, soup, categories):
    make_service(title="Xét nghiệm HIV miễn phí")
    make_service(title="Điều trị ARV tại phòng khám")
    make_service(title="Tư vấn pháp lý")

    assert titles(search(client, soup, q="xet nghiem hiv")) == ["Xét nghiệm HIV miễn phí"]
    assert titles(search(client, soup, q="XÉT NGHIỆM")) == ["Xét nghiệm HIV miễn phí"]
    for typed in ("dieu tri", "điều trị", "ĐIEU TRI", "Dieu Tri Arv"):
        assert titles(search(client, soup, q=typed)) == ["Điều trị ARV tại phòng khám"], typed
    assert titles(search(client, soup, q="xet nghiem lao")) == []


def test_keywords_match_category_names_in_both_languages_and_the_organisation(
    client, soup, categories
):
    make_service(
        title="Phòng khám Hy Vọng",
        categories=[categories["hiv"]],
        organization=OrganizationFactory(name="Hội Đồng Hành"),
    )
    for typed in ("xet nghiem hiv", "HIV testing", "hoi dong hanh"):
        assert titles(search(client, soup, q=typed)) == ["Phòng khám Hy Vọng"], typed


# Filters


def test_category_filter_takes_several_categories_and_finds_any_of_them(client, soup, categories):
    make_service(title="Xét nghiệm", categories=[categories["hiv"]])
    make_service(title="Điều trị", categories=[categories["arv"]])
    make_service(title="Pháp lý", categories=[categories["legal"]])

    assert titles(search(client, soup, category="xet-nghiem-hiv")) == ["Xét nghiệm"]
    both = search(client, soup, category=["xet-nghiem-hiv", "tu-van-phap-ly"])
    assert sorted(titles(both)) == ["Pháp lý", "Xét nghiệm"]
    ticked = [box["value"] for box in both.select('input[name="category"][checked]')]
    assert ticked == ["xet-nghiem-hiv", "tu-van-phap-ly"]


def test_free_anonymous_and_language_filters_combine(client, soup, categories):
    english_spoken = SpokenLanguage.objects.get_or_create(
        code="en", defaults={"name": "Tiếng Anh", "english_name": "English"}
    )[0]
    make_service(title="Miễn phí, ẩn danh", is_free=True, is_anonymous=True)
    make_service(title="Miễn phí", is_free=True)
    make_service(title="Ẩn danh, tiếng Anh", is_anonymous=True, languages=[english_spoken])
    make_service(
        title="Tất cả",
        is_free=True,
        is_anonymous=True,
        languages=[english_spoken],
        categories=[categories["hiv"]],
    )

    assert sorted(titles(search(client, soup, free="1"))) == sorted(
        ["Miễn phí", "Miễn phí, ẩn danh", "Tất cả"]
    )
    assert sorted(titles(search(client, soup, anonymous="1"))) == sorted(
        ["Miễn phí, ẩn danh", "Ẩn danh, tiếng Anh", "Tất cả"]
    )
    assert titles(search(client, soup, free="1", anonymous="1", language="en")) == ["Tất cả"]
    assert titles(search(client, soup, language="en", category="xet-nghiem-hiv")) == ["Tất cả"]
    assert titles(search(client, soup, q="mien phi", anonymous="1")) == ["Miễn phí, ẩn danh"]


def test_unknown_category_or_language_is_left_out_and_said(client, soup, categories):
    make_service(title="Xét nghiệm", categories=[categories["hiv"]])
    make_service(title="Pháp lý", categories=[categories["legal"]])

    parsed = search(client, soup, category=["khong-ton-tai", "xet-nghiem-hiv"], language="xx")
    assert titles(parsed) == ["Xét nghiệm"]
    assert "khong-ton-tai" in notices(parsed)
    assert "xx" in notices(parsed)
    # Links built from this page do not repeat what was not understood.
    assert "khong-ton-tai" not in parsed.select_one("[data-near-me]")["data-url"]


def test_statuses_defunct_and_inactive_are_hidden_temporarily_closed_is_shown(client, soup):
    make_service(title="Đang hoạt động")
    make_service(title="Ngừng hẳn", status=ServicePage.Status.DEFUNCT)
    make_service(title="Tạm dừng dài hạn", status=ServicePage.Status.INACTIVE)
    make_service(
        title="Tạm đóng cửa",
        status=ServicePage.Status.TEMPORARILY_CLOSED,
        alert="Nghỉ Tết đến hết ngày 3 tháng 2.",
        hours=EVERY_DAY_9_TO_5,
    )
    make_service(title="Bản nháp", publish=False)

    parsed = search(client, soup)
    assert sorted(titles(parsed)) == ["Tạm đóng cửa", "Đang hoạt động"]
    closed = card(parsed, "Tạm đóng cửa")
    assert "Nghỉ Tết đến hết ngày 3 tháng 2." in closed.select_one(".service-card__notice").text
    assert closed.select_one(".opening").get_text(strip=True) == ui("Temporarily closed")
    # Open at 10:00 by its hours, but closed for now: not "open now".
    assert titles(search(client, soup, open="1")) == []


def test_only_services_under_this_finder_are_listed(client, soup):
    make_service(title="Ở đây")
    other = publish_child(site_home(), ServiceDirectoryPage(title="Danh bạ khác", slug="khac"))
    make_service(title="Ở nơi khác", parent=other)
    assert titles(search(client, soup)) == ["Ở đây"]
    assert titles(search(client, soup, url=other.url)) == ["Ở nơi khác"]


# Open now


def test_open_now_by_day_at_night_past_midnight_and_on_closed_days(client, soup, clock):
    make_service(
        title="Ban ngày", hours={SATURDAY_WEEKDAY: [("08:00", "11:30"), ("13:30", "17:00")]}
    )
    make_service(title="Ban đêm", hours={FRIDAY: [("20:00", "02:00")]})
    make_service(title="Nghỉ hôm nay", hours=EVERY_DAY_9_TO_5, closures=[(SATURDAY, None)])
    make_service(title="Cả ngày", hours={day: [("00:00", "00:00")] for day in range(7)})

    clock(SATURDAY, "10:00")
    parsed = search(client, soup, open="1")
    assert sorted(titles(parsed)) == ["Ban ngày", "Cả ngày"]
    assert card(parsed, "Ban ngày").select_one(".opening").text == ui(
        "Open now, until %(time)s", time="11:30"
    )

    everything = search(client, soup)
    closed_today = card(everything, "Nghỉ hôm nay")
    assert closed_today.select_one(".opening").text == ui("Closed today")
    assert ui("Today: closed") in closed_today.text
    assert (
        ui("Today: %(hours)s", hours="08:00–11:30, 13:30–17:00")
        in card(everything, "Ban ngày").text
    )
    assert card(everything, "Ban đêm").select_one(".opening").text == ui("Closed now")

    clock(SATURDAY, "12:00")  # lunch break
    assert titles(search(client, soup, open="1")) == ["Cả ngày"]

    clock(SATURDAY, "01:30")  # Friday night, past midnight
    parsed = search(client, soup, open="1")
    assert sorted(titles(parsed)) == ["Ban đêm", "Cả ngày"]
    assert card(parsed, "Ban đêm").select_one(".opening").text == ui(
        "Open now, until %(time)s", time="02:00"
    )

    clock(SATURDAY, "02:00")
    assert titles(search(client, soup, open="1")) == ["Cả ngày"]


def test_open_now_lists_a_service_once_whatever_its_matching_periods(client, soup):
    make_service(
        title="Hai ca chồng nhau",
        hours={
            SATURDAY_WEEKDAY: [("08:00", "12:00"), ("09:00", "17:00")],
            FRIDAY: [("22:00", "23:00")],
        },
    )
    parsed = search(client, soup, open="1")
    assert titles(parsed) == ["Hai ca chồng nhau"]
    assert parsed.select_one(".results-summary").get_text(" ", strip=True).startswith("1 ")


# Areas


def test_an_area_sorts_by_distance_from_its_centre_and_shows_the_distance(client, soup):
    make_service(title="Thủ Đức", locations=[place(THU_DUC_WARD)])
    make_service(title="Bến Thành", locations=[place(BEN_THANH_WARD)])
    make_service(title="Bình Thạnh", locations=[place(BINH_THANH_WARD)])
    make_service(
        title="Nhà tạm lánh",
        locations=[
            LocationFactory(
                address_1=SHELTER_ADDRESS,
                ward_code=BEN_THANH_WARD,
                latitude=SHELTER_POSITION[0],
                longitude=SHELTER_POSITION[1],
                is_confidential=True,
            )
        ],
    )

    parsed = search(client, soup, area="Phường Bến Thành")
    assert titles(parsed) == ["Bến Thành", "Bình Thạnh", "Thủ Đức", "Nhà tạm lánh"]
    assert card(parsed, "Bến Thành").select_one(".service-card__distance").text.endswith("10 m")
    thu_duc = admin_units.ward(THU_DUC_WARD)
    ben_thanh = admin_units.ward(BEN_THANH_WARD)
    expected = distance_label(
        admin_units.distance_m(ben_thanh.lat, ben_thanh.lng, thu_duc.lat, thu_duc.lng)
    )
    assert card(parsed, "Thủ Đức").select_one(".service-card__distance").text.endswith(expected)
    assert card(parsed, "Nhà tạm lánh").select_one(".service-card__distance") is None
    assert "Phường Bến Thành" in parsed.select_one(".results-summary").text

    only = search(client, soup, area="Phường Bến Thành", only_area="1")
    assert titles(only) == ["Bến Thành"]


@pytest.mark.parametrize("typed", ["Quận 1", "quan 1", "q1", "Q.1", "Q 1"])
def test_old_district_names_mean_todays_wards(client, soup, typed):
    make_service(title="Quận 1 cũ", locations=[place(BEN_THANH_WARD)])
    make_service(title="Thủ Đức", locations=[place(THU_DUC_WARD)])

    parsed = search(client, soup, area=typed, only_area="1")
    assert titles(parsed) == ["Quận 1 cũ"]
    understood = parsed.select_one(".finder-area")
    assert "Quận 1" in understood.text
    assert [li.text for li in understood.select(".finder-area__wards li")] == [
        unit.name for unit in admin_units.find_places("Quận 1")[0].wards
    ]


def test_thu_duc_the_former_city_is_offered_beside_the_ward(client, soup):
    make_service(title="Linh Xuân", locations=[place("26800")])
    parsed = search(client, soup, area="Thủ Đức")
    understood = parsed.select_one(".finder-area")
    assert "Phường Thủ Đức" in understood.text
    offered = {link.select_one("span").text: link["href"] for link in understood.select("a")}
    assert "Thành phố Thủ Đức" in offered

    followed = search(client, soup, url=offered["Thành phố Thủ Đức"])
    assert "Thành phố Thủ Đức" in followed.select_one(".finder-area").text
    assert followed.select_one(".finder-area__alternatives") is None
    assert titles(search(client, soup, area="Thành phố Thủ Đức", only_area="1")) == ["Linh Xuân"]


def test_an_ambiguous_area_says_what_was_understood_and_offers_the_others(client, soup):
    make_service(title="Gia Định", locations=[place(BINH_THANH_WARD)])
    parsed = search(client, soup, area="Bình Thạnh", q="gia dinh")
    understood = parsed.select_one(".finder-area")
    assert understood.select_one("strong").text == "Phường Bình Thạnh"
    alternative = understood.select_one(".finder-area__alternatives a")
    assert "Quận Bình Thạnh" in alternative.text
    with translation.override("vi"):
        assert former_note(admin_units.find_places("Quận Bình Thạnh")[0]) in alternative.text
    query = parse_qs(urlsplit(alternative["href"]).query)
    assert query == {"q": ["gia dinh"], "area": ["Quận Bình Thạnh"]}


def test_wards_whose_names_differ_only_by_accents_are_told_apart(client, soup):
    make_service(title="Cần Giờ", locations=[place("27676")])
    make_service(title="Dầu Tiếng", locations=[place("25807")])
    parsed = search(client, soup, area="Thanh An", only_area="1")
    assert titles(parsed) == ["Dầu Tiếng"]
    offered = {
        link.select_one("span").text: link["href"]
        for link in parsed.select(".finder-area__alternatives a")
    }
    # "Xã Thạnh An" typed back would mean "Xã Thanh An" again: its link gives its code.
    assert parse_qs(urlsplit(offered["Xã Thạnh An"]).query)["area"] == ["27676"]
    followed = search(client, soup, url=offered["Xã Thạnh An"])
    assert titles(followed) == ["Cần Giờ"]
    assert followed.select_one(".finder-area strong").text == "Xã Thạnh An"


def test_an_unknown_area_gives_the_whole_list_and_a_message(client, soup):
    make_service(title="Dịch vụ")
    parsed = search(client, soup, area="Hà Nội xyz", only_area="1")
    assert titles(parsed) == ["Dịch vụ"]
    assert "Hà Nội xyz" in notices(parsed)
    assert parsed.select_one(".finder-area") is None
    assert parsed.select_one(".service-card__distance") is None


def test_the_area_field_suggests_todays_168_wards_of_the_city(client, soup):
    make_service(title="Dịch vụ")
    options = search(client, soup).select("#finder-wards option")
    assert len(options) == 168
    assert "Phường Bến Thành" in [option["value"] for option in options]


# Results


def test_a_result_shows_its_badges_and_one_tap_actions(client, soup, categories):
    service = make_service(
        title="Phòng khám bạn bè",
        categories=[categories["hiv"], categories["legal"]],
        is_free=True,
        is_anonymous=True,
        phones=(),
        locations=[place(BEN_THANH_WARD, latitude=10.772, longitude=106.698)],
    )
    service.phones = [
        ServicePhone(number="028 3930 0000", kind=ServicePhone.Kind.FAX),
        ServicePhone(number="+84 90 123 4567", kind=ServicePhone.Kind.CELL, on_zalo=True),
    ]
    service.save_revision().publish()

    result = card(search(client, soup), "Phòng khám bạn bè")
    assert [tag.text for tag in result.select(".tag")] == ["Xét nghiệm HIV", "Tư vấn pháp lý"]
    assert [badge.text for badge in result.select(".badge")] == [
        ui("Free"),
        ui("Anonymous, no ID needed"),
    ]
    actions = [link["href"] for link in result.select(".action")]
    # Call (the first number that answers calls, not the fax), Zalo, directions, share.
    assert actions == [
        "tel:+84901234567",
        "https://zalo.me/0901234567",
        "https://www.openstreetmap.org/directions?to=10.772000%2C106.698000",
        service.get_url() + "#share-heading",
    ]
    assert "+84 90 123 4567" in result.select_one(".action--call").text
    assert result["data-lat"] == "10.772000"


def test_english_finder_lists_english_pages_with_english_categories(client, soup, categories):
    directory_en = publish_translation(directory_page(), title="Services", slug="services")
    translated = make_service(title="Xét nghiệm HIV", categories=[categories["hiv"]])
    publish_translation(translated, title="HIV testing clinic", summary="Free HIV tests.")
    untranslated = make_service(title="Tư vấn pháp lý", categories=[categories["legal"]])
    alias_in_english(untranslated)
    make_service(title="Điều trị ARV", categories=[categories["arv"]], publish=False)

    parsed = search(client, soup, url=directory_en.url)
    assert titles(parsed) == ["HIV testing clinic", "Tư vấn pháp lý"]
    assert card(parsed, "HIV testing clinic").select_one(".tag").text == "HIV testing"
    alias_card = card(parsed, "Tư vấn pháp lý")
    assert alias_card.select_one(".service-card__title a")["lang"] == "vi"
    assert alias_card.select_one(".service-card__summary")["lang"] == "vi"
    assert alias_card.select_one(".tag").text == "Legal advice"
    assert "lang" not in alias_card.select_one(".tag").attrs
    assert parsed.select_one(".finder")["lang"] == "en"
    # Keywords in English find the English page; the Vietnamese finder lists Vietnamese pages.
    assert titles(search(client, soup, url=directory_en.url, q="clinic")) == ["HIV testing clinic"]
    assert sorted(titles(search(client, soup))) == ["Tư vấn pháp lý", "Xét nghiệm HIV"]


def test_an_untranslated_english_finder_marks_its_vietnamese_title(client, soup):
    alias = alias_in_english(directory_page())
    alias_in_english(make_service(title="Tư vấn pháp lý"))
    parsed = search(client, soup, url=alias.url)
    assert parsed.select_one("main")["lang"] == "vi"
    assert parsed.select_one(".finder")["lang"] == "en"
    assert parsed.select_one("h1")["lang"] == "vi"
    assert titles(parsed) == ["Tư vấn pháp lý"]
    assert parsed.select_one(".service-card__title a")["lang"] == "vi"


# Links, pages, bad input


def test_filters_are_kept_in_pagination_links_and_each_can_be_removed(client, soup, categories):
    for number in range(25):
        make_service(title=f"Dịch vụ {number:02d}", is_free=True, categories=[categories["hiv"]])
    make_service(title="Không miễn phí")

    first = search(client, soup, free="1", category="xet-nghiem-hiv", q="dich vu")
    assert len(titles(first)) == 20
    assert titles(first)[0] == "Dịch vụ 00"
    next_url = first.select_one('nav.pagination a[rel="next"]')["href"]
    assert parse_qs(urlsplit(next_url).query) == {
        "q": ["dich vu"],
        "category": ["xet-nghiem-hiv"],
        "free": ["1"],
        "page": ["2"],
    }
    second = search(client, soup, url=next_url)
    assert titles(second) == [f"Dịch vụ {number:02d}" for number in range(20, 25)]
    assert second.select_one("ol.service-list")["start"] == "21"

    removals = [parse_qs(urlsplit(link["href"]).query) for link in first.select(".finder-active a")]
    kept = {"q": ["dich vu"], "category": ["xet-nghiem-hiv"], "free": ["1"]}
    # One link per filter in use, each leading to the same search without it.
    assert removals == [
        {name: value for name, value in kept.items() if name != removed}
        for removed in ("q", "category", "free")
    ]
    assert first.select_one('input[name="free"]').has_attr("checked")
    assert first.select_one('input[name="q"]')["value"] == "dich vu"


@pytest.mark.parametrize(
    ("raw", "expected_page"), [("abc", 1), ("0", 1), ("-3", 1), ("99999", 2), ("1e5", 1), ("2", 2)]
)
def test_odd_page_numbers_give_a_page(client, soup, raw, expected_page):
    for number in range(25):
        make_service(title=f"Dịch vụ {number:02d}")
    parsed = search(client, soup, page=raw)
    current = parsed.select_one('nav.pagination [aria-current="page"]')
    assert current.get_text(strip=True).endswith(str(expected_page))


@pytest.mark.parametrize(
    "typed",
    [
        "x" * 2000,
        "xét nghiệm " * 200,
        "\x00\x01\x02\ufffd\x7f binary",
        "' OR 1=1; DROP TABLE directory_servicepage; --",
        '"><script>alert(1)</script>',
        "%00%27%22",
    ],
)
def test_bad_keywords_give_a_normal_page_and_everything_is_escaped(client, soup, typed):
    make_service(title="Dịch vụ")
    response = client.get(directory_page().url, {"q": typed, "area": typed, "category": typed})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "\x00" not in html
    parsed = soup(response)
    assert len(parsed.select_one('input[name="q"]')["value"]) <= 200
    assert ServicePage.objects.filter(title="Dịch vụ").exists()


def test_a_very_long_or_unreadable_search_is_said(client, soup):
    make_service(title="Dịch vụ")
    assert "200" in notices(search(client, soup, q="a " * 1000))
    assert ui("Some characters in your search could not be read and were left out.") in notices(
        search(client, soup, q="abc\x00\x01")
    )


def test_a_confidential_place_appears_nowhere_in_the_finder(client, soup):
    make_service(
        title="Nhà tạm lánh",
        phones=("0909 000 111",),
        locations=[
            LocationFactory(
                name="Nhà an toàn Bến Thành",
                address_1=SHELTER_ADDRESS,
                ward_code=BEN_THANH_WARD,
                latitude=SHELTER_POSITION[0],
                longitude=SHELTER_POSITION[1],
                is_confidential=True,
            )
        ],
    )
    for params in ({}, {"area": BEN_THANH_WARD}, {"q": "nha tam lanh"}, {"open": "1"}):
        html = client.get(directory_page().url, params).content.decode()
        for secret in (SHELTER_ADDRESS, "10.80123", "106.71234", "Nhà an toàn"):
            assert secret not in html, (params, secret)
    parsed = search(client, soup)
    shelter = card(parsed, "Nhà tạm lánh")
    assert shelter.select_one(".service-card__address").text == ui(
        "The address is kept confidential to keep people safe. Call to arrange a visit."
    )
    assert shelter.select_one('a[href^="tel:"]')["href"] == "tel:0909000111"
    assert not shelter.has_attr("data-pin")
    assert "openstreetmap" not in str(shelter)
    assert titles(search(client, soup, area=BEN_THANH_WARD, only_area="1")) == []


# Cost


def finder_queries(client, url):
    client.get(url)  # warm Wagtail's per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


def add_services(count, categories, start=0):
    for number in range(start, start + count):
        make_service(
            title=f"Dịch vụ {number:02d}",
            categories=[categories["hiv"], categories["legal"]],
            is_free=True,
            hours={SATURDAY_WEEKDAY: [("08:00", "12:00"), ("13:00", "17:00")]},
            closures=[(SATURDAY + datetime.timedelta(days=1), None)],
            phones=("028 3930 0000", "0909 123 456"),
            locations=[place(BEN_THANH_WARD), place(THU_DUC_WARD)],
        )


@pytest.mark.parametrize(
    "query",
    [
        "",
        "?q=dich+vu",
        "?area=Qu%E1%BA%ADn+1&open=1&category=xet-nghiem-hiv",
        "?area=26743&only_area=1&free=1&page=2",
    ],
)
def test_the_number_of_queries_does_not_depend_on_the_number_of_services(client, categories, query):
    url = directory_page().url + query
    add_services(3, categories)
    few = finder_queries(client, url)
    add_services(22, categories, start=3)
    many = finder_queries(client, url)
    assert few == many


def test_the_finder_page_with_twenty_results_weighs_under_60_kb_compressed(client, categories):
    add_services(25, categories)
    response = client.get(directory_page().url, {"area": "Quận 1"})
    assert len(response.context["finder"].cards) == 20
    html = response.content
    static_root = Path(django_settings.BASE_DIR)
    assets = [
        "portal/static/portal/css/site.css",
        "articles/static/articles/css/articles.css",
        "directory/static/directory/css/directory.css",
        "portal/static/portal/js/quick-exit.js",
        "directory/static/directory/js/near-me.js",
        "directory/static/directory/js/service-map.js",
    ]
    for asset in assets:
        assert f"/static/{asset.split('/static/')[1]}" in html.decode()
    total = len(gzip.compress(html)) + sum(
        len(gzip.compress((static_root / asset).read_bytes())) for asset in assets
    )
    assert total < 60 * 1024, total


# Helpers


def test_distances_are_written_as_readers_expect():
    with translation.override("en"):
        assert distance_label(4) == "10 m"
        assert distance_label(347) == "350 m"
        assert distance_label(1234) == "1.2 km"
        assert distance_label(15_600) == "16 km"
    with translation.override("vi"):
        assert distance_label(1234) == "1,2 km"


@translation.override("en")
def test_status_text_around_midnight():
    night = [hours.Period(datetime.time(20), datetime.time(0))]
    assert status_text(hours.OpeningStatus(True, night, False, True, datetime.time(0))) == (
        "Open now, until midnight"
    )
    assert status_text(hours.OpeningStatus(False, [], False, False)) == "Opening hours not listed"


def test_zalo_links_use_the_number_as_dialled_in_vietnam():
    assert zalo_chat_url(ServicePhone(number="+84 90 123 4567")) == "https://zalo.me/0901234567"
    assert zalo_chat_url(ServicePhone(number="090.123.4567")) == "https://zalo.me/0901234567"
