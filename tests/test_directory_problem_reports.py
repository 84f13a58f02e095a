"""Readers report a problem with a listing: no account, no personal data, no cookie, no spam."""

import datetime

import pytest
from django.core.cache import cache
from django.test import Client
from django.utils import timezone

from directory.models import ProblemReport
from directory.problem_reports import REPORTS_PER_HOUR, rate_limit_key
from tests.directory_factories import LocationFactory, make_service
from tests.factories import InformationPageFactory, english, publish_child, site_home

pytestmark = pytest.mark.django_db

READER_ADDRESS = "203.0.113.7"
SCRIPT = '<script>alert("x")</script>'


@pytest.fixture
def service():
    return make_service(title="Xét nghiệm HIV Quận 1", slug="xet-nghiem-hiv")


@pytest.fixture
def english_service(service):
    """The English translation of the service, published."""
    translation = service.copy_for_translation(english(), copy_parents=True)
    translation.title = "HIV testing"
    translation.save_revision().publish()
    return type(translation).objects.get(pk=translation.pk)


@pytest.fixture
def reader():
    """A browser as the site meets it: Django's CSRF check on, one address, same-origin posts."""
    return Client(enforce_csrf_checks=True, REMOTE_ADDR=READER_ADDRESS)


def form_url(page):
    return f"{page.get_url()}report-problem/"


def post(client, page, origin="http://testserver", **data):
    headers = {"Origin": origin} if origin else {}
    return client.post(form_url(page), {"kind": "hours", "details": "", **data}, headers=headers)


# The form


def test_the_form_is_a_labelled_radio_group_and_an_optional_textarea(client, service, soup):
    response = client.get(form_url(service))
    assert response.status_code == 200
    page = soup(response)
    form = page.select_one("form.report-form")
    assert form["method"] == "post"
    assert form["action"] == form_url(service)
    group = form.select_one("fieldset")
    assert group.legend.get_text(strip=True)
    radios = group.select("input[type=radio][name=kind]")
    assert [radio["value"] for radio in radios] == list(ProblemReport.Kind.values)
    for radio in radios:
        assert page.select_one(f"label[for={radio['id']}]").get_text(strip=True)
    details = form.select_one("textarea[name=details]")
    assert page.select_one("label[for=id_details]")
    assert details["maxlength"] == "1000"
    assert "details-hint" in details["aria-describedby"]
    assert page.select_one(".page-problem-report .quick-exit, .quick-exit")
    assert page.select_one('meta[name=robots][content="noindex"]')
    assert service.title in page.h1.find_next("p").get_text()


def test_the_honeypot_is_hidden_from_people_and_screen_readers(client, service, soup):
    page = soup(client.get(form_url(service)))
    trap = page.select_one("input[name=website]")
    assert trap["tabindex"] == "-1"
    assert trap["autocomplete"] == "off"
    wrapper = trap.find_parent("div")
    assert "visually-hidden" in wrapper["class"]
    assert wrapper["aria-hidden"] == "true"
    assert page.select_one("label[for=id_website]")


def test_reading_and_sending_the_form_sets_no_cookie(reader, service, soup):
    response = reader.get(form_url(service))
    assert response.status_code == 200
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    assert not soup(response).select("input[name=csrfmiddlewaretoken]")

    response = post(reader, service, details="Giờ mở cửa đã đổi.")
    assert response.status_code == 303
    assert not response.cookies
    assert "Set-Cookie" not in response.headers
    assert ProblemReport.objects.count() == 1

    response = reader.get(response["Location"])
    assert response.status_code == 200
    assert not response.cookies


def test_a_report_is_saved_and_the_reader_is_thanked(reader, service, soup):
    response = post(reader, service, kind="phone", details="Số điện thoại không gọi được.")
    assert response.status_code == 303
    assert response["Location"] == f"{form_url(service)}?sent=1"
    report = ProblemReport.objects.get()
    assert (report.service_id, report.kind, report.message, report.language) == (
        service.pk,
        "phone",
        "Số điện thoại không gọi được.",
        "vi",
    )
    assert report.status == ProblemReport.Status.OPEN
    assert report.resolved_at is None

    thanks = soup(reader.get(response["Location"]))
    assert thanks.select_one("[role=status]")
    assert not thanks.select("form.report-form")
    assert thanks.select_one(f'main a[href="{service.get_url()}"]')


def test_a_report_keeps_nothing_about_who_sent_it(reader, service):
    reader.post(
        form_url(service),
        {"kind": "other", "details": "Không còn ở địa chỉ này."},
        headers={"Origin": "http://testserver", "User-Agent": "ReaderPhone/1.0"},
    )
    report = ProblemReport.objects.get()
    # The model's own fields, all of them: adding one that could identify a reader fails here.
    assert {field.name for field in ProblemReport._meta.concrete_fields} == {
        "id",
        "service",
        "kind",
        "message",
        "language",
        "created_at",
        "status",
        "moderator_note",
        "resolved_at",
    }
    stored = " ".join(
        str(getattr(report, field.attname)) for field in ProblemReport._meta.concrete_fields
    )
    assert READER_ADDRESS not in stored
    assert "ReaderPhone" not in stored


def test_the_details_are_optional(reader, service):
    assert post(reader, service, kind="closed").status_code == 303
    assert ProblemReport.objects.get().message == ""


def test_an_english_reader_reports_in_english(reader, english_service):
    post(reader, english_service)
    report = ProblemReport.objects.get()
    assert (report.service_id, report.language) == (english_service.pk, "en")


def test_a_report_through_an_untranslated_alias_goes_to_the_original(reader, service, soup):
    alias = service.copy_for_translation(english(), copy_parents=True, alias=True)
    response = reader.get(form_url(alias))
    assert response.status_code == 200
    title = soup(response).h1.find_next("p").span
    # The form speaks English; the service's name is still Vietnamese and says so.
    assert title["lang"] == "vi"
    post(reader, alias)
    report = ProblemReport.objects.get()
    assert (report.service_id, report.language) == (service.pk, "en")


# Escaping


def test_what_a_reader_types_is_escaped_when_the_form_is_shown_again(reader, service, soup):
    response = post(reader, service, kind="", details=SCRIPT)
    assert response.status_code == 200
    assert SCRIPT.encode() not in response.content
    assert soup(response).select_one("textarea[name=details]").get_text().strip() == SCRIPT
    assert not soup(response).select("main script")


def test_the_thank_you_page_shows_nothing_a_reader_typed(reader, service):
    response = post(reader, service, details=SCRIPT)
    thanks = reader.get(response["Location"])
    assert b"alert(" not in thanks.content
    assert ProblemReport.objects.get().message == SCRIPT


# Mistakes


def test_a_report_without_a_kind_is_explained_at_the_top_and_next_to_the_question(
    reader, english_service, soup
):
    response = post(reader, english_service, kind="", details="Một ghi chú.")
    assert response.status_code == 200
    page = soup(response)
    assert page.title.get_text().startswith("Error:")
    summary = page.select_one(".error-summary")
    assert summary["role"] == "alert"
    assert [link["href"] for link in summary.select("a")] == ["#id_kind_0"]
    group = page.select_one("fieldset")
    assert group["aria-describedby"] == "kind-error"
    assert page.select_one("#kind-error").get_text(" ", strip=True) == (
        "Error: Choose what is wrong with this listing."
    )
    # What the reader wrote is kept.
    assert page.select_one("textarea[name=details]").get_text().strip() == "Một ghi chú."
    assert not ProblemReport.objects.exists()


def test_an_unknown_kind_is_refused(reader, service, soup):
    response = post(reader, service, kind="<b>nonsense</b>" * 200)
    assert response.status_code == 200
    assert soup(response).select_one("#kind-error")
    assert not ProblemReport.objects.exists()


def test_binary_looking_details_are_a_form_error(reader, service, soup):
    response = post(reader, service, details="abc\x00\x01def")
    assert response.status_code == 200
    assert soup(response).select_one("#details-error")
    assert not ProblemReport.objects.exists()


def test_details_longer_than_a_thousand_characters_are_refused(reader, english_service, soup):
    response = post(reader, english_service, details="x" * 1001)
    assert response.status_code == 200
    page = soup(response)
    details = page.select_one("textarea[name=details]")
    assert details["aria-invalid"] == "true"
    assert details["aria-describedby"] == "details-hint details-error"
    assert "1000" in page.select_one("#details-error").get_text()
    assert [link["href"] for link in page.select(".error-summary a")] == ["#id_details"]
    assert not ProblemReport.objects.exists()


# Spam


def test_a_robot_caught_in_the_honeypot_is_thanked_but_nothing_is_saved(reader, service):
    response = post(reader, service, website="http://spam.example")
    assert response.status_code == 303
    assert response["Location"] == f"{form_url(service)}?sent=1"
    assert not ProblemReport.objects.exists()


def test_a_few_reports_an_hour_from_one_connection_then_a_friendly_429(
    reader, english_service, soup
):
    for _ in range(REPORTS_PER_HOUR):
        assert post(reader, english_service).status_code == 303
    response = post(reader, english_service)
    assert response.status_code == 429
    assert not response.cookies
    assert 0 < int(response["Retry-After"]) <= 3600
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Please try again later"
    assert page.select_one(".quick-exit")
    assert not page.select("form.report-form")
    assert ProblemReport.objects.count() == REPORTS_PER_HOUR

    other_connection = Client(enforce_csrf_checks=True, REMOTE_ADDR="198.51.100.20")
    assert post(other_connection, english_service).status_code == 303
    assert ProblemReport.objects.count() == REPORTS_PER_HOUR + 1


def test_honeypot_hits_count_towards_the_limit(reader, service):
    for _ in range(REPORTS_PER_HOUR):
        post(reader, service, website="spam")
    assert post(reader, service).status_code == 429
    assert not ProblemReport.objects.exists()


def test_mistakes_do_not_count_towards_the_limit(reader, service):
    for _ in range(REPORTS_PER_HOUR + 2):
        assert post(reader, service, kind="").status_code == 200
    assert post(reader, service).status_code == 303


def test_the_limit_is_kept_in_the_cache_without_the_address(reader, service):
    post(reader, service)
    keys = list(cache._cache.keys())  # the test settings' local-memory cache
    assert keys
    assert not any(READER_ADDRESS in key for key in keys)


def test_the_limit_starts_again_every_hour():
    now = timezone.now()
    assert rate_limit_key(READER_ADDRESS, now) == rate_limit_key(READER_ADDRESS, now)
    assert rate_limit_key(READER_ADDRESS, now) != rate_limit_key("198.51.100.20", now)
    next_hour = now + datetime.timedelta(hours=1)
    assert rate_limit_key(READER_ADDRESS, now) != rate_limit_key(READER_ADDRESS, next_hour)
    assert READER_ADDRESS not in rate_limit_key(READER_ADDRESS, now)


def test_an_ipv6_connection_counts_as_one_whatever_address_it_picks_in_its_block():
    now = timezone.now()
    first = rate_limit_key("2001:db8:1:2::1", now)
    assert rate_limit_key("2001:db8:1:2:abcd::99", now) == first
    assert rate_limit_key("2001:db8:1:3::1", now) != first
    assert rate_limit_key("not an address", now) != first


# Forgery, methods and addresses


def test_a_post_from_another_site_is_refused(reader, service, soup):
    response = post(reader, service, origin="https://attacker.example")
    assert response.status_code == 403
    assert not response.cookies
    assert soup(response).select_one(f'main a[href="{form_url(service)}"]')
    response = reader.post(
        form_url(service), {"kind": "hours"}, headers={"Sec-Fetch-Site": "cross-site"}
    )
    assert response.status_code == 403
    assert not ProblemReport.objects.exists()


def test_a_browser_that_sends_no_origin_can_still_report(reader, service):
    assert post(reader, service, origin=None).status_code == 303
    assert ProblemReport.objects.count() == 1


def test_other_pages_ending_in_report_problem_keep_the_csrf_check(reader):
    page = publish_child(site_home(), InformationPageFactory.build(slug="report-problem"))
    assert reader.get(page.url).status_code == 200
    response = reader.post(page.url, {}, headers={"Origin": "http://testserver"})
    assert response.status_code == 403


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_are_not_allowed(reader, service, method):
    response = getattr(reader, method)(form_url(service))
    assert response.status_code == 405
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD", "POST"}


def test_head_is_answered(reader, service):
    assert reader.head(form_url(service)).status_code == 200


def test_unknown_and_unpublished_services_have_no_form(reader, service):
    assert reader.get("/dich-vu/khong-co/report-problem/").status_code == 404
    assert post(reader, service.get_parent().specific, kind="hours").status_code == 404
    draft = make_service(title="Bản nháp", slug="ban-nhap", publish=False)
    assert reader.get(f"/dich-vu/{draft.slug}/report-problem/").status_code == 404
    response = reader.post(
        f"/dich-vu/{draft.slug}/report-problem/",
        {"kind": "hours"},
        headers={"Origin": "http://testserver"},
    )
    assert response.status_code == 404
    assert not ProblemReport.objects.exists()


def test_a_confidential_service_takes_reports_without_showing_where_it_is(reader, soup):
    shelter = make_service(
        title="Nhà tạm lánh",
        slug="nha-tam-lanh",
        locations=[
            LocationFactory(name="Mái ấm bí mật", address_1="99 Đường Kín", is_confidential=True)
        ],
    )
    response = reader.get(form_url(shelter))
    text = soup(response).get_text()
    assert "Nhà tạm lánh" in text
    for secret in ["Mái ấm bí mật", "99 Đường Kín", "Sài Gòn", "10.7769", "106.7009"]:
        assert secret not in response.content.decode()
    assert post(reader, shelter).status_code == 303
    assert ProblemReport.objects.get().service_id == shelter.pk


def test_a_service_with_no_known_place_takes_reports(reader):
    online = make_service(title="Tư vấn qua điện thoại", slug="tu-van-dien-thoai", locations=[])
    assert reader.get(form_url(online)).status_code == 200
    assert post(reader, online).status_code == 303
    assert ProblemReport.objects.get().service_id == online.pk
