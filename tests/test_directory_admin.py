"""What editors meet in the admin for the directory: the snippets, the moderation queue of
readers' problem reports, the "Services to check" report and the service editor."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.models import Revision, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from directory.models import Location, ProblemReport, ServicePage
from tests.directory_factories import (
    SAI_GON_WARD,
    LocationFactory,
    OrganizationFactory,
    ServiceCategoryFactory,
    directory_page,
    make_service,
)
from tests.factories import english

pytestmark = pytest.mark.django_db

QUEUE_URL = "/admin/snippets/directory/problemreport/"
REPORT_URL = "/admin/reports/services-to-check/"
SCRIPT = '<script>alert("x")</script>'


def days_ago(days):
    return timezone.localdate() - datetime.timedelta(days=days)


def report(service, **fields):
    fields.setdefault("kind", ProblemReport.Kind.HOURS)
    return ProblemReport.objects.create(service=service, **fields)


def listing_rows(soup, response):
    return soup(response).select("table.listing tbody tr")


# The directory's snippets


def test_directory_snippets_are_grouped_in_the_menu(editor):
    content = editor.get("/admin/").content.decode()
    for model in [
        "servicecategory",
        "organization",
        "location",
        "taxonomy",
        "spokenlanguage",
        "problemreport",
    ]:
        url = f"/admin/snippets/directory/{model}/"
        assert url in content, model
        assert editor.get(url).status_code == 200, model


def test_taxonomies_and_languages_open_in_the_editor(editor, soup):
    for model in ["taxonomy", "spokenlanguage"]:
        listing = editor.get(f"/admin/snippets/directory/{model}/")
        links = [link["href"] for link in soup(listing).select("td.title a[href*='/edit/']")]
        assert links, model
        assert editor.get(links[0]).status_code == 200, links[0]


def test_locations_list_their_ward_and_whether_they_are_confidential(editor, soup):
    LocationFactory(name="Phòng khám công khai", ward_code=SAI_GON_WARD)
    LocationFactory(name="Nhà tạm lánh", is_confidential=True)
    response = editor.get("/admin/snippets/directory/location/")
    headers = [th.get_text(strip=True) for th in soup(response).select("table.listing thead th")]
    assert headers[1:] == ["Name", "Ward or commune", "Confidential location", "Locale"]
    rows = {
        row.select_one("td.title [id$=_title]").get_text(strip=True): row.select("td")[2:4]
        for row in listing_rows(soup, response)
    }
    ward, confidential = rows["Phòng khám công khai"]
    assert ward.get_text(strip=True) == "Phường Sài Gòn, Thành phố Hồ Chí Minh"
    assert confidential.select_one("svg use")["href"] == "#icon-cross"
    ward, confidential = rows["Nhà tạm lánh"]
    assert confidential.select_one("svg use")["href"] == "#icon-check"


def test_categories_list_name_slug_and_language_and_filter_by_language(editor, soup):
    category = ServiceCategoryFactory(name="Xét nghiệm HIV", slug="xet-nghiem-hiv")
    translation = category.copy_for_translation(english())
    translation.name = "HIV testing"
    translation.save()
    url = "/admin/snippets/directory/servicecategory/"
    rows = listing_rows(soup, editor.get(url))
    assert len(rows) == 2
    assert "xet-nghiem-hiv" in rows[0].get_text()
    rows = listing_rows(soup, editor.get(f"{url}?locale=en"))
    assert [row.select_one("td.title [id$=_title]").get_text(strip=True) for row in rows] == [
        "HIV testing"
    ]


def test_a_location_needs_both_coordinates_and_a_known_ward(editor):
    data = {
        "name": "Điểm mới",
        "alternate_name": "",
        "organization": "",
        "location_type": "physical",
        "is_confidential": "",
        "address_1": "1 Lê Lợi",
        "ward_code": SAI_GON_WARD,
        "postal_code": "",
        "latitude": "10.77",
        "longitude": "",
        "description": "",
        "transportation": "",
        "accessibility": "",
        "locale": "vi",
    }
    response = editor.post("/admin/snippets/directory/location/add/", data)
    assert response.status_code == 200
    assert "longitude" in response.context["form"].errors

    response = editor.post(
        "/admin/snippets/directory/location/add/",
        {**data, "longitude": "106.70", "ward_code": "99999"},
    )
    assert response.status_code == 200
    assert "ward_code" in response.context["form"].errors
    assert not Location.objects.exists()

    response = editor.post(
        "/admin/snippets/directory/location/add/", {**data, "longitude": "106.70"}
    )
    assert response.status_code == 302
    assert Location.objects.get().province_code == "79"


# The moderation queue


def test_the_queue_lists_reports_newest_first_with_service_kind_status_and_date(editor, soup):
    service = make_service(title="Phòng khám A", slug="phong-kham-a")
    older = report(service, kind=ProblemReport.Kind.PHONE)
    newer = report(service, kind=ProblemReport.Kind.CLOSED)
    ProblemReport.objects.filter(pk=older.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=2)
    )
    response = editor.get(QUEUE_URL)
    parsed = soup(response)
    headers = [th.get_text(strip=True) for th in parsed.select("table.listing thead th")]
    for heading in ["Service", "Problem", "Status", "Reported at"]:
        assert any(heading in header for header in headers), headers
    rows = listing_rows(soup, response)
    assert len(rows) == 2
    assert "Phòng khám A" in rows[0].get_text()
    with translation.override("en"):  # the admin speaks the editor's language
        assert newer.get_kind_display() in rows[0].get_text()
        assert older.get_kind_display() in rows[1].get_text()
    assert "open" in rows[0].get_text().lower()


def test_the_queue_escapes_what_readers_wrote(editor, soup):
    service = make_service(title=f"Dịch vụ {SCRIPT}", slug="dich-vu-script")
    item = report(service, message=SCRIPT)
    for url in [QUEUE_URL, f"{QUEUE_URL}edit/{item.pk}/", f"{QUEUE_URL}inspect/{item.pk}/"]:
        response = editor.get(url)
        assert response.status_code == 200, url
        assert SCRIPT.encode() not in response.content, url
        assert b"&lt;script&gt;" in response.content, url


def test_the_queue_filters_by_status_and_kind(editor, soup):
    service = make_service()
    report(service, kind=ProblemReport.Kind.PHONE)
    report(service, kind=ProblemReport.Kind.HOURS, status=ProblemReport.Status.RESOLVED)
    report(service, kind=ProblemReport.Kind.PHONE, status=ProblemReport.Status.DISMISSED)
    assert len(listing_rows(soup, editor.get(f"{QUEUE_URL}?status=open"))) == 1
    assert len(listing_rows(soup, editor.get(f"{QUEUE_URL}?kind=phone"))) == 2
    assert len(listing_rows(soup, editor.get(f"{QUEUE_URL}?status=resolved&kind=phone"))) == 0


def test_the_queue_filters_by_service_in_every_language(editor, soup):
    service = make_service(title="Dịch vụ một", slug="mot")
    translation = service.copy_for_translation(english(), copy_parents=True)
    translation.save_revision().publish()
    other = make_service(title="Dịch vụ hai", slug="hai")
    report(service)
    report(ServicePage.objects.get(pk=translation.pk))
    report(other)
    rows = listing_rows(soup, editor.get(f"{QUEUE_URL}?service={service.translation_key}"))
    assert len(rows) == 2
    assert editor.get(f"{QUEUE_URL}?service=not-a-uuid").status_code == 200


def test_editors_resolve_or_dismiss_a_report_and_the_time_is_kept(editor):
    item = report(make_service(), message="Giờ sai.")
    response = editor.post(
        f"{QUEUE_URL}edit/{item.pk}/",
        {
            "status": "resolved",
            "moderator_note": "Đã gọi điện kiểm tra.",
            # Read-only fields are ignored even if sent.
            "kind": "other",
            "message": "changed",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    item.refresh_from_db()
    assert (item.status, item.moderator_note, item.kind, item.message) == (
        "resolved",
        "Đã gọi điện kiểm tra.",
        "hours",
        "Giờ sai.",
    )
    assert item.resolved_at is not None
    assert timezone.now() - item.resolved_at < datetime.timedelta(minutes=1)

    editor.post(f"{QUEUE_URL}edit/{item.pk}/", {"status": "open", "moderator_note": ""})
    item.refresh_from_db()
    assert item.resolved_at is None

    editor.post(f"{QUEUE_URL}edit/{item.pk}/", {"status": "dismissed", "moderator_note": ""})
    item.refresh_from_db()
    assert item.status == "dismissed"
    assert item.resolved_at is not None


def test_editing_only_the_note_keeps_the_resolution_time(editor):
    resolved_at = timezone.now() - datetime.timedelta(days=3)
    item = report(make_service(), status="resolved", resolved_at=resolved_at)
    editor.post(f"{QUEUE_URL}edit/{item.pk}/", {"status": "resolved", "moderator_note": "Thêm."})
    item.refresh_from_db()
    assert item.resolved_at == resolved_at


def test_reports_come_from_readers_only(editor):
    item = report(make_service())
    listing = editor.get(QUEUE_URL).content.decode()
    assert f"{QUEUE_URL}add/" not in listing
    assert editor.get(f"{QUEUE_URL}add/").status_code in {302, 403}
    assert editor.get(f"{QUEUE_URL}copy/{item.pk}/").status_code == 404
    assert ProblemReport.objects.count() == 1


def test_the_queue_query_count_does_not_grow_with_the_number_of_reports(editor):
    services = [make_service(title=f"Dịch vụ {n}", slug=f"dich-vu-{n}") for n in range(3)]
    for service in services:
        report(service)

    def count():
        editor.get(QUEUE_URL)
        with CaptureQueriesContext(connection) as queries:
            assert editor.get(QUEUE_URL).status_code == 200
        return len(queries)

    few = count()
    for service in services:
        for _ in range(5):
            report(service)
    assert count() == few


# Services to check


@pytest.fixture
def services():
    stale = make_service(title="Lâu chưa kiểm tra", slug="lau", assured_date=days_ago(400))
    reported = make_service(title="Có báo lỗi", slug="bao-loi", assured_date=days_ago(10))
    fresh = make_service(title="Mới kiểm tra", slug="moi", assured_date=days_ago(5))
    stale_translation = stale.copy_for_translation(english(), copy_parents=True)
    stale_translation.title = "Not checked for long"
    stale_translation.save_revision().publish()
    # A report sent from the English page counts for the service.
    report(ServicePage.objects.get(pk=stale_translation.pk))
    report(reported)
    report(reported)
    report(fresh, status=ProblemReport.Status.RESOLVED)
    return {"stale": stale, "reported": reported, "fresh": fresh}


def row_titles(rows):
    return [row.select_one("td.title").get_text(" ", strip=True) for row in rows]


def test_the_report_lists_stale_and_reported_services_oldest_check_first(editor, soup, services):
    response = editor.get(REPORT_URL)
    assert response.status_code == 200
    parsed = soup(response)
    assert parsed.h1.get_text(strip=True) == "Services to check"
    rows = parsed.select("table.listing tbody tr")
    titles = row_titles(rows)
    assert len(rows) == 2, titles
    assert titles[0].startswith("Lâu chưa kiểm tra")
    assert titles[1].startswith("Có báo lỗi")
    dates = [row.select_one("[data-assured-date] time")["datetime"] for row in rows]
    assert dates == [days_ago(400).isoformat(), days_ago(10).isoformat()]
    assert "Due for checking" in rows[0].select_one("[data-assured-date]").get_text()
    assert "Due for checking" not in rows[1].select_one("[data-assured-date]").get_text()
    assert "active" in rows[0].select_one("[data-service-status]").get_text()

    stale_reports = rows[0].select_one("[data-open-reports] a")
    assert stale_reports.get_text(" ", strip=True) == "1 open report"
    assert stale_reports["href"] == (
        f"{QUEUE_URL}?status=open&service={services['stale'].translation_key}"
    )
    assert rows[1].select_one("[data-open-reports] a").get_text(" ", strip=True) == (
        "2 open reports"
    )
    # The edit link of each row.
    assert rows[0].select_one(f'a[href="/admin/pages/{services["stale"].pk}/edit/"]')
    # The queue it links to lists that service's reports from both languages.
    queue = editor.get(stale_reports["href"])
    assert len(listing_rows(soup, queue)) == 1
    assert parsed.select_one(f'a[href="{QUEUE_URL}?status=open"]')


def test_the_age_that_counts_as_stale_is_a_setting(editor, soup, services, settings):
    settings.DIRECTORY_STALE_AFTER_DAYS = 7
    titles = row_titles(soup(editor.get(REPORT_URL)).select("table.listing tbody tr"))
    assert len(titles) == 2
    settings.DIRECTORY_STALE_AFTER_DAYS = 3
    titles = row_titles(soup(editor.get(REPORT_URL)).select("table.listing tbody tr"))
    assert [title.split()[0] for title in titles] == ["Lâu", "Có", "Mới"]


def test_the_report_is_empty_when_every_service_is_fresh(editor, soup):
    make_service(assured_date=days_ago(1))
    parsed = soup(editor.get(REPORT_URL))
    assert parsed.select("table.listing tbody tr") == []
    assert "Every service was checked" in parsed.get_text()


def test_the_report_is_in_the_reports_menu(editor):
    assert REPORT_URL in editor.get("/admin/").content.decode()


def test_the_report_exports_a_spreadsheet(editor, services):
    response = editor.get(f"{REPORT_URL}?export=csv")
    assert response.status_code == 200
    content = (
        b"".join(response.streaming_content) if response.streaming else response.content
    ).decode()
    lines = content.strip().splitlines()
    assert len(lines) == 3
    assert lines[1].startswith("Lâu chưa kiểm tra,")
    assert days_ago(400).isoformat() in lines[1]


def test_the_report_query_count_does_not_grow_with_the_number_of_services(editor):
    def add(count, offset):
        for n in range(count):
            service = make_service(
                title=f"Dịch vụ {offset + n}",
                slug=f"dv-{offset + n}",
                assured_date=days_ago(300 + n),
            )
            report(service)

    def count():
        editor.get(REPORT_URL)
        with CaptureQueriesContext(connection) as queries:
            response = editor.get(REPORT_URL)
        return len(queries), len(response.context["pages"])

    add(2, 0)
    few_queries, few_rows = count()
    add(10, 100)
    many_queries, many_rows = count()
    assert (few_rows, many_rows) == (2, 12)
    assert many_queries == few_queries


def test_people_who_cannot_edit_pages_cannot_see_the_report(client, services):
    user = get_user_model().objects.create_user("documents-only", password="password")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(user)
    assert REPORT_URL not in client.get("/admin/").content.decode()
    assert client.get(REPORT_URL).status_code in {302, 403}


def test_editors_only_see_services_they_may_edit(client, services, soup):
    user = get_user_model().objects.create_user("editor", password="password")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    rows = soup(client.get(REPORT_URL)).select("table.listing tbody tr")
    assert len(rows) == 2


# The service editor


def service_form(**overrides):
    organization = overrides.pop("organization", None) or OrganizationFactory()
    location = overrides.pop("location", None) or LocationFactory()
    category = ServiceCategoryFactory()
    fields = {
        "title": "Tư vấn pháp lý miễn phí",
        "slug": "tu-van-phap-ly",
        "alternate_name": "",
        "organization": organization.pk,
        "summary": "Luật sư tư vấn miễn phí.",
        "description": "Tư vấn pháp lý cho mọi người.",
        "status": "active",
        "assured_date": timezone.localdate().isoformat(),
        "alert": "",
        "is_free": "on",
        "is_anonymous": "on",
        "eligibility_description": "",
        "minimum_age": "16",
        "maximum_age": "",
        "fees_description": "",
        "application_process": "",
        "required_documents": "",
        "wait_time": "",
        "url": "",
        "email": "",
        "assurer_email": "",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "service_locations": inline_formset([{"location": location.pk, "description": ""}]),
        "phones": inline_formset(
            [
                {
                    "number": "028 3930 0000",
                    "extension": "",
                    "kind": "voice",
                    "on_zalo": "on",
                    "description": "",
                }
            ]
        ),
        "schedules": inline_formset(
            [
                {"weekday": "0", "opens_at": "08:00", "closes_at": "11:30", "location": ""},
                {"weekday": "0", "opens_at": "13:30", "closes_at": "17:00", "location": ""},
            ]
        ),
        "closures": inline_formset(
            [{"starts_on": "2026-02-16", "ends_on": "2026-02-20", "reason": "Tết"}]
        ),
    }
    fields.update(overrides)
    data = nested_form_data(fields)
    data["categories"] = [category.pk]
    return data


def add_url():
    return f"/admin/pages/add/directory/servicepage/{directory_page().pk}/"


def test_an_editor_creates_a_service_as_a_draft_with_its_rows(editor):
    response = editor.post(add_url(), service_form())
    assert response.status_code == 302, response.content.decode()[:3000]
    service = ServicePage.objects.get(slug="tu-van-phap-ly", locale__language_code="vi")
    assert not service.live
    assert service.has_unpublished_changes
    revision = service.latest_revision
    assert revision is not None
    draft = revision.as_object()
    assert [phone.number for phone in draft.phones.all()] == ["028 3930 0000"]
    assert draft.phones.first().on_zalo
    assert [(s.opens_at.isoformat(), s.closes_at.isoformat()) for s in draft.schedules.all()] == [
        ("08:00:00", "11:30:00"),
        ("13:30:00", "17:00:00"),
    ]
    assert [c.reason for c in draft.closures.all()] == ["Tết"]
    assert len(draft.service_locations.all()) == 1
    assert service.phones.count() == 1  # saved on the page itself too

    # A second save makes a second revision.
    edit = service_form(title="Tư vấn pháp lý", organization=service.organization)
    response = editor.post(f"/admin/pages/{service.pk}/edit/", edit)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert Revision.page_revisions.filter(object_id=str(service.pk)).count() == 2


def test_a_service_goes_through_moderation(editor):
    data = service_form()
    data["action-submit"] = "Submit for moderation"
    response = editor.post(add_url(), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    service = ServicePage.objects.get(slug="tu-van-phap-ly", locale__language_code="vi")
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(service.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.workflow.name == "Moderators approval"
    assert not service.live


def test_an_editor_publishes_a_service(editor, client):
    data = service_form()
    data["action-publish"] = "Publish"
    response = editor.post(add_url(), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    service = ServicePage.objects.get(slug="tu-van-phap-ly", locale__language_code="vi")
    assert service.live
    assert [phone.number for phone in service.phones.all()] == ["028 3930 0000"]


@pytest.mark.parametrize(
    ("overrides", "where"),
    [
        ({"minimum_age": "30", "maximum_age": "18"}, "maximum_age"),
        (
            {
                "closures": inline_formset(
                    [{"starts_on": "2026-02-20", "ends_on": "2026-02-16", "reason": ""}]
                )
            },
            "closures",
        ),
        (
            {
                "phones": inline_formset(
                    [
                        {
                            "number": "không có số",
                            "extension": "",
                            "kind": "voice",
                            "description": "",
                        }
                    ]
                )
            },
            "phones",
        ),
        (
            {
                "schedules": inline_formset(
                    [{"weekday": "9", "opens_at": "25:00", "closes_at": "x", "location": ""}]
                )
            },
            "schedules",
        ),
        ({"minimum_age": "-1"}, "minimum_age"),
        ({"assured_date": "not a date"}, "assured_date"),
    ],
)
def test_mistakes_in_a_service_are_form_errors_not_server_errors(editor, overrides, where):
    response = editor.post(add_url(), service_form(**overrides))
    assert response.status_code == 200
    form = response.context["form"]
    if where in form.formsets:
        assert any(errors for errors in form.formsets[where].errors), form.formsets[where].errors
    else:
        assert where in form.errors, form.errors
    assert not ServicePage.objects.filter(slug="tu-van-phap-ly").exists()
