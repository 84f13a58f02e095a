"""The directory's demo content: a bilingual finder and sample services a newcomer can trust
to look real, and never mistake for real.

The demo is loaded once for this module, inside a transaction rolled back at the end; each
test runs in a savepoint of it (pytest-django), so no test sees another's changes.
"""

import datetime
import io
import re
import unicodedata

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page, ReferenceIndex, Revision

from directory import admin_units
from directory.demo_content import next_tet_holiday
from directory.hsds.schemas import errors as hsds_errors
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
)
from directory.queries import keyword_q
from tests.factories import english, vietnamese

pytestmark = pytest.mark.django_db

SLURS_VI = ["gái điếm", "gái mại dâm", "gái gọi", "gái bán hoa", "cave", "điếm", "đĩ", "làng chơi"]
SLURS_EN = [r"\bprostitutes?\b", r"\bwhores?\b", r"\bhookers?\b", r"\bfallen women\b"]
# Ranges that are not in service: Ho Chi Minh City, former Bình Dương and Bà Rịa–Vũng Tàu
# landlines whose subscriber number starts with 0, and a made-up 1800 line.
FICTIONAL_NUMBER = re.compile(r"^(028 0000 \d{4}|0274 0000 \d{3}|0254 0000 \d{3}|1800 0000)$")
CATEGORY_SLUGS = {
    "xet-nghiem-hiv",
    "prep",
    "dieu-tri-arv",
    "kham-dieu-tri-sti",
    "tu-van-phap-ly",
    "tu-van-tam-ly",
    "kham-chua-benh",
    "hoc-nghe",
    "gioi-thieu-viec-lam",
    "bo-tuc-van-hoa",
    "vay-von-uu-dai",
    "nha-tam-lanh",
}
TEXT_FIELDS = [
    "summary",
    "description",
    "eligibility_description",
    "fees_description",
    "application_process",
    "required_documents",
    "wait_time",
]


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock(), transaction.atomic():
        output = io.StringIO()
        call_command("load_demo_content", stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)


def services(language="vi"):
    return ServicePage.objects.live().filter(locale__language_code=language)


def demo_wards():
    codes = Location.objects.filter(locale=vietnamese()).values_list("ward_code", flat=True)
    return {code for code in codes if code}


def former_area(name):
    """Ward codes of today that were part of the former district or city of that name."""
    place = next(place for place in admin_units.find_places(name) if place.former and place.note)
    return set(place.ward_codes)


def test_the_finder_is_translated_and_says_the_listings_are_sample_data(client, soup):
    finder = ServiceDirectoryPage.objects.get(locale=vietnamese())
    translation = finder.get_translation(english()).specific
    assert (finder.title, finder.url) == ("Dịch vụ hỗ trợ", "/dich-vu/")
    assert (translation.title, translation.url) == ("Support services", "/en/services/")
    assert translation.alias_of_id is None and translation.live
    assert "DỮ LIỆU MẪU" in finder.introduction
    assert "SAMPLE DATA" in translation.introduction
    for page, language in [(finder, "vi"), (translation, "en")]:
        response = client.get(page.url)
        assert response.status_code == 200
        html = soup(response)
        assert html.html["lang"] == language
        assert not html.select(".notice--language")
        assert page.introduction in html.get_text(" ")
        # It is in the header menu, in the reader's language.
        assert page.url in [link["href"] for link in html.select(".main-nav a")]


def test_twelve_categories_share_their_slug_across_languages():
    in_vietnamese = ServiceCategory.objects.filter(locale=vietnamese())
    assert set(in_vietnamese.values_list("slug", flat=True)) == CATEGORY_SLUGS
    names = {}
    for category in in_vietnamese:
        translation = category.get_translation(english())
        assert translation.slug == category.slug
        assert translation.name != category.name or category.slug == "prep"
        names[category.slug] = (category.name, translation.name)
    assert names["xet-nghiem-hiv"] == ("Xét nghiệm HIV", "HIV testing")
    assert names["vay-von-uu-dai"] == ("Vay vốn ưu đãi", "Preferential loans")
    assert names["nha-tam-lanh"] == ("Nhà tạm lánh", "Shelter")


def test_at_least_thirty_services_each_really_translated_into_english():
    in_vietnamese = services().select_related("locale")
    assert in_vietnamese.count() >= 30
    for page in in_vietnamese:
        translation = page.get_translation(english()).specific
        assert translation.alias_of_id is None, page.title
        assert translation.live
        assert translation.get_parent().url_path.endswith("/services/")
        assert translation.title != page.title
        for version in (page, translation):
            for name in TEXT_FIELDS:
                assert getattr(version, name).strip(), f"{version.title}: {name}"
        # Phones and closed days are the same rows in both languages (same HSDS ids),
        # with their notes translated.
        for relation in ("phones", "closures", "schedules", "service_locations"):
            source_ids = sorted(getattr(page, relation).values_list("hsds_id", flat=True))
            translated_ids = sorted(
                getattr(translation, relation).values_list("hsds_id", flat=True)
            )
            assert source_ids == translated_ids, f"{page.title}: {relation}"
        notes = set(translation.phones.values_list("description", flat=True))
        assert all(note.startswith("Sample number") for note in notes), page.title


def test_every_category_has_services_across_the_whole_city():
    used = ServicePage.categories.through.objects.filter(servicepage__locale=vietnamese())
    counts = {}
    for slug in used.values_list("servicecategory__slug", flat=True):
        counts[slug] = counts.get(slug, 0) + 1
    assert set(counts) == CATEGORY_SLUGS
    assert counts["nha-tam-lanh"] >= 2

    wards = demo_wards()
    names = {admin_units.ward(code).short_name for code in wards}
    assert {"Sài Gòn", "Bến Thành", "Tân Định", "Chợ Lớn"} <= names
    assert all(admin_units.ward(code).province_code == "79" for code in wards)
    for area in ["Thủ Đức", "Củ Chi", "Hóc Môn", "Bình Chánh", "Cần Giờ"]:
        assert wards & former_area(area), area
    for area in ["Thủ Dầu Một", "Dĩ An", "Thuận An", "Vũng Tàu", "Bà Rịa", "Côn Đảo"]:
        assert wards & former_area(area), area


def test_places_sit_near_the_centre_of_their_ward():
    for location in Location.objects.filter(locale=vietnamese()):
        if location.location_type == Location.LocationType.VIRTUAL:
            assert not location.ward_code and location.latitude is None
            continue
        ward = location.ward
        assert ward is not None, location.name
        assert location.province_code == "79"
        distance = admin_units.distance_m(ward.lat, ward.lng, location.latitude, location.longitude)
        assert 50 < distance < 1000, location.name
        assert "địa chỉ mẫu" in location.address_1


def test_opening_hours_are_those_of_real_services():
    periods = list(ServiceSchedule.objects.filter(service__locale=vietnamese()))
    by_service = {}
    for period in periods:
        by_service.setdefault(period.service_id, []).append(period)

    def is_whole_week_round_the_clock(rows):
        return {row.weekday for row in rows} == set(range(7)) and all(
            row.opens_at == row.closes_at == datetime.time(0) for row in rows
        )

    assert any(is_whole_week_round_the_clock(rows) for rows in by_service.values())
    overnight = [row for row in periods if datetime.time(0) < row.closes_at <= row.opens_at]
    assert overnight, "a service open past midnight"
    assert any(
        row.opens_at >= datetime.time(17) and row.closes_at <= datetime.time(22) for row in periods
    )
    # Lunch breaks: two periods on one weekday, the first ending before 12:00.
    assert any(
        len([row for row in rows if row.weekday == 0]) == 2
        and min(row.closes_at for row in rows if row.weekday == 0) <= datetime.time(12)
        for rows in by_service.values()
    )
    assert any(row.weekday == 5 and row.closes_at <= datetime.time(12) for row in periods)


def test_offices_close_for_the_next_tet():
    today = timezone.localdate()
    closures = ServiceClosure.objects.filter(service__locale=vietnamese())
    assert closures.count() >= 5
    for closure in closures:
        assert closure.last_day >= today
        assert closure.reason == "Nghỉ Tết Nguyên đán"
        assert (closure.starts_on, closure.ends_on) == next_tet_holiday(today)
    english_reasons = set(
        ServiceClosure.objects.filter(service__locale=english()).values_list("reason", flat=True)
    )
    assert english_reasons == {"Closed for the Lunar New Year (Tết)"}


def test_next_tet_holiday_is_the_week_around_the_lunar_new_year():
    assert next_tet_holiday(datetime.date(2026, 11, 28)) == (
        datetime.date(2027, 2, 4),
        datetime.date(2027, 2, 10),
    )
    # During the holiday, it is the holiday itself.
    assert next_tet_holiday(datetime.date(2027, 2, 8))[0] == datetime.date(2027, 2, 4)


def test_safety_facts_and_languages_vary_as_they_do_in_life():
    pages = list(services())
    for flag in ["is_free", "is_anonymous", "is_sex_worker_friendly", "is_walk_in"]:
        assert {getattr(page, flag) for page in pages} == {True, False}, flag
    spoken = set(
        ServicePage.languages.through.objects.filter(servicepage__in=pages).values_list(
            "spokenlanguage_id", flat=True
        )
    )
    assert {"vi", "en", "sgn-VN"} <= spoken
    assert spoken & {"km", "zh"}


def test_shelters_keep_their_place_for_editors_and_show_it_to_nobody(client, soup):
    shelters = services().filter(categories__slug="nha-tam-lanh").distinct()
    assert shelters.count() >= 2
    finder_pages = [
        client.get(page.url).content.decode()
        for page in ServiceDirectoryPage.objects.filter(live=True)
    ]
    for shelter in shelters:
        locations = [row.location for row in shelter.service_locations.all()]
        assert locations and all(location.is_confidential for location in locations)
        assert shelter.phones.exists()
        for location in locations:
            # Editors need to know where it is.
            assert location.ward_code and location.latitude and location.address_1
            secrets = [
                location.address_1,
                f"{location.latitude:.4f}",
                f"{location.longitude:.4f}",
            ]
            for version in (shelter, shelter.get_translation(english()).specific):
                response = client.get(version.get_url())
                assert response.status_code == 200
                text = response.content.decode()
                for secret in [*secrets, location.ward.name]:
                    assert secret not in text, (version.title, secret)
                assert not soup(text).select('a[href*="maps"]'), version.title
            for text in finder_pages:
                for secret in secrets:
                    assert secret not in text, secret


def test_every_service_is_valid_hsds_in_both_languages_and_shelters_stay_hidden(client):
    for page in services():
        for suffix, title in [("", page.title), ("?locale=en", english_title(page))]:
            response = client.get(f"/api/hsds/services/{page.translation_key}{suffix}")
            assert response.status_code == 200, page.title
            record = response.json()
            assert record["name"] == title
            assert hsds_errors(record, "compiled/service") == [], page.title
            if page.categories.filter(slug="nha-tam-lanh").exists():
                body = response.content.decode()
                for row in page.service_locations.select_related("location"):
                    for secret in [row.location.address_1, str(row.location.latitude)]:
                        assert secret not in body, (page.title, secret)


def english_title(page):
    return page.get_translation(english()).title


def test_last_checked_dates_spread_over_the_months_some_overdue():
    today = timezone.localdate()
    ages = sorted((today - page.assured_date).days for page in services())
    assert ages[0] >= 0
    overdue = [age for age in ages if age > 180]
    assert 1 <= len(overdue) <= 3
    assert len({age // 30 for age in ages}) >= 5


def test_everything_says_it_is_sample_data_and_nobody_real_is_called():
    for organisation in Organization.objects.all():
        marker = "mẫu" if organisation.locale == vietnamese() else "sample"
        assert marker in organisation.name, organisation.name
    for page in services("vi"):
        assert page.title.endswith("(mẫu)"), page.title
    for page in services("en"):
        assert page.title.endswith("(sample)"), page.title
    numbers = set(ServicePhone.objects.values_list("number", flat=True))
    assert numbers
    assert [number for number in numbers if not FICTIONAL_NUMBER.match(number)] == []
    emails = [page.email for page in ServicePage.objects.all() if page.email]
    emails += [org.email for org in Organization.objects.all() if org.email]
    assert emails and all(email.endswith("@example.org") for email in emails)


def test_search_text_lets_readers_find_services_without_diacritics():
    for page in ServicePage.objects.prefetch_related("categories", "service_locations__location"):
        assert page.search_text == page.build_search_text(), page.title
    found = services().filter(keyword_q("xet nghiem hiv"))
    assert found.filter(slug="xet-nghiem-hiv-ben-thanh").exists()
    # English category names find Vietnamese pages too.
    assert services().filter(keyword_q("preferential loans")).count() >= 3


def test_the_finder_finds_the_demo_services(client):
    for url, title in [
        ("/dich-vu/?q=xet+nghiem+hiv", "Xét nghiệm HIV nhanh – Bến Thành (mẫu)"),
        ("/en/services/?category=vay-von-uu-dai", "Preferential loans – Phú Lợi (sample)"),
    ]:
        response = client.get(url)
        assert response.status_code == 200
        assert title in response.content.decode(), url


def test_text_is_nfc_and_respectful():
    texts = []
    for model in [ServicePage, ServiceDirectoryPage, Organization, Location, ServiceCategory]:
        for item in model.objects.all():
            texts += [
                value
                for field in item._meta.concrete_fields
                if isinstance(value := field.value_from_object(item), str)
            ]
    for model in [ServicePhone, ServiceClosure, ServiceLocation]:
        texts += [
            str(value)
            for value in model.objects.values_list(
                "description" if model is not ServiceClosure else "reason", flat=True
            )
        ]
    assert any("người bán dâm" in text for text in texts)
    assert any("people who sell sex" in text for text in texts)
    assert [text for text in texts if not unicodedata.is_normalized("NFC", text)] == []
    joined = "\n".join(texts).lower()
    found = [slur for slur in SLURS_VI if re.search(rf"(?<!\w){slur}(?!\w)", joined)]
    found += [slur for slur in SLURS_EN if re.search(slur, joined)]
    assert found == []


def test_running_again_creates_nothing():
    def snapshot():
        models = [
            Page,
            Revision,
            ReferenceIndex,
            ServiceCategory,
            Organization,
            Location,
            ServiceLocation,
            ServicePhone,
            ServiceSchedule,
            ServiceClosure,
            ServicePage.categories.through,
            ServicePage.languages.through,
        ]
        counts = {model.__name__: model.objects.count() for model in models}
        counts["latest revisions"] = sorted(Page.objects.values_list("pk", "latest_revision_id"))
        return counts

    before = snapshot()
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    assert "Nothing was missing" in output.getvalue()
    assert snapshot() == before


def test_the_demo_says_what_it_made(demo):
    assert "+ page: Dịch vụ hỗ trợ  /dich-vu/" in demo
    assert "+ page translation: Support services  /en/services/" in demo
    assert "service category ×12" in demo
