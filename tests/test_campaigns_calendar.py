"""The campaign calendar in the admin, its .ics download and the subscription address."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from icalendar import Calendar
from wagtail.models import Revision

from campaigns.channels import Channel
from campaigns.ics import post_uid
from campaigns.models import CalendarSubscription, CampaignPage, ChannelPost
from campaigns.planning import planned_posts
from tests.campaigns_factories import approved_post, campaign, campaign_index, post
from tests.factories import english, publish_translation

pytestmark = pytest.mark.django_db

Status = ChannelPost.Status
CALENDAR = "/admin/campaigns/calendar/"
DOWNLOAD = "/admin/campaigns/calendar/export.ics"
SUBSCRIPTION = "/admin/campaigns/calendar/subscription/"
# A week of March 2026, Monday to Sunday.
WEEK = "view=week&date=2026-03-04"
AN_DONG, AN_HOI_DONG = "27316", "26878"


def at(day, hour, minute=0):
    """A time in Ho Chi Minh City, 2026."""
    month, day = day
    return timezone.make_aware(datetime.datetime(2026, month, day, hour, minute))


@pytest.fixture
def plans(admin_user):
    index = campaign_index()
    publish_translation(index, title="Campaigns", slug="campaigns")
    stigma = campaign(
        index,
        title="Không kỳ thị",
        slug="khong-ky-thi",
        areas=[AN_DONG, AN_HOI_DONG],
        posts=[
            approved_post(Channel.FACEBOOK, text="Bài Facebook", planned_at=at((3, 3), 9)),
            post(Channel.ZALO, text="Tin Zalo nháp", planned_at=at((3, 4), 14, 30)),
            approved_post(Channel.SMS, text="Tin nhắn", planned_at=at((3, 20), 8)),
        ],
    )
    english_stigma = stigma.copy_for_translation(english(), copy_parents=True)
    english_stigma.title = "No stigma"
    english_stigma.slug = "no-stigma"
    english_stigma.save_revision().publish()

    rights = campaign(
        index,
        title="Biết quyền của mình",
        slug="biet-quyen",
        posts=[approved_post(Channel.FACEBOOK, text="Quyền của bạn", planned_at=at((3, 5), 10))],
    )
    # A writer moves the post, adds one, renames the campaign and narrows its areas, without
    # publishing.
    draft = rights.get_latest_revision_as_object()
    moved = list(draft.channel_posts.all())
    moved[0].planned_at = at((3, 6), 11)
    moved.append(post(Channel.TIKTOK, text="Video TikTok", planned_at=at((3, 7), 8)))
    draft.channel_posts = moved
    draft.title = "Biết quyền của mình (bản mới)"
    draft.areas = [AN_DONG]
    draft.save_revision(user=admin_user)

    testing = campaign(
        index,
        publish=False,
        title="Xét nghiệm HIV miễn phí",
        slug="xet-nghiem",
        posts=[post(Channel.FACEBOOK, text="Xét nghiệm", planned_at=at((3, 2), 7))],
    )
    testing.get_workflow().start(testing, admin_user)
    return {
        "stigma": CampaignPage.objects.get(pk=stigma.pk),
        "english_stigma": CampaignPage.objects.get(pk=english_stigma.pk),
        "rights": CampaignPage.objects.get(pk=rights.pk),
        "testing": CampaignPage.objects.get(pk=testing.pk),
    }


def rows_of(page_soup):
    return [
        {
            "day": row.find_parent("section")["data-day"],
            "time": row.find("time").get_text(strip=True),
            "channel": row.find(attrs={"data-channel": True})["data-channel"],
            "status": row.find(attrs={"data-status": True})["data-status"],
            "campaign": row.find_all("td")[4].find(["a", "span"]).get_text(strip=True),
            "language": row["data-language"],
            "areas": row.find(attrs={"data-areas": True}).get_text(strip=True),
            "markers": [marker["data-marker"] for marker in row.select("[data-marker]")],
        }
        for row in page_soup.select("tr[data-post]")
    ]


def calendar(client, soup, query=WEEK):
    response = client.get(f"{CALENDAR}?{query}")
    assert response.status_code == 200
    return soup(response)


def test_the_week_lists_every_campaigns_latest_plan_by_day(editor, plans, soup):
    page = calendar(editor, soup)
    assert [section["data-day"] for section in page.select("section[data-day]")] == [
        f"2026-03-0{day}" for day in range(2, 9)
    ]
    assert rows_of(page) == [
        {
            "day": "2026-03-02",
            "time": "07:00",
            "channel": "facebook",
            "status": "draft",
            "campaign": "Xét nghiệm HIV miễn phí",
            "language": "vi",
            "areas": "Whole city",
            "markers": ["draft", "moderation"],
        },
        {
            "day": "2026-03-03",
            "time": "09:00",
            "channel": "facebook",
            "status": "approved",
            "campaign": "Không kỳ thị",
            "language": "vi",
            "areas": "Phường An Đông, Phường An Hội Đông",
            "markers": [],
        },
        {
            "day": "2026-03-03",
            "time": "09:00",
            "channel": "facebook",
            "status": "approved",
            "campaign": "No stigma",
            "language": "en",
            "areas": "Phường An Đông, Phường An Hội Đông",
            "markers": [],
        },
        {
            "day": "2026-03-04",
            "time": "14:30",
            "channel": "zalo",
            "status": "draft",
            "campaign": "Không kỳ thị",
            "language": "vi",
            "areas": "Phường An Đông, Phường An Hội Đông",
            "markers": [],
        },
        {
            "day": "2026-03-04",
            "time": "14:30",
            "channel": "zalo",
            "status": "draft",
            "campaign": "No stigma",
            "language": "en",
            "areas": "Phường An Đông, Phường An Hội Đông",
            "markers": [],
        },
        # Moved from Thursday in the unpublished revision, under the campaign's new title.
        {
            "day": "2026-03-06",
            "time": "11:00",
            "channel": "facebook",
            "status": "approved",
            "campaign": "Biết quyền của mình (bản mới)",
            "language": "vi",
            "areas": "Phường An Đông",
            "markers": ["changes"],
        },
        {
            "day": "2026-03-07",
            "time": "08:00",
            "channel": "tiktok",
            "status": "draft",
            "campaign": "Biết quyền của mình (bản mới)",
            "language": "vi",
            "areas": "Phường An Đông",
            "markers": ["changes"],
        },
    ]
    thursday = page.select_one('section[data-day="2026-03-05"]')
    assert "Nothing planned." in thursday.get_text()
    # Markers are words, not colours.
    markers = {marker.get_text(strip=True) for marker in page.select("[data-marker]")}
    assert markers == {"Draft: not published", "In moderation", "Unpublished changes"}


def test_campaign_titles_link_to_their_editor(editor, plans, soup):
    page = calendar(editor, soup, WEEK + "&language=vi")
    links = {link.get_text(strip=True): link["href"] for link in page.select("tr[data-post] a")}
    assert links["Không kỳ thị"] == f"/admin/pages/{plans['stigma'].pk}/edit/"
    assert links["Xét nghiệm HIV miễn phí"] == f"/admin/pages/{plans['testing'].pk}/edit/"


def test_the_month_view_has_a_grid_and_the_days_with_posts(editor, plans, soup):
    page = calendar(editor, soup, "view=month&date=2026-03-17")
    assert page.select_one("[data-period]").get_text(strip=True) == "March 2026"
    days = [section["data-day"] for section in page.select("section[data-day]")]
    assert days == [
        "2026-03-02",
        "2026-03-03",
        "2026-03-04",
        "2026-03-06",
        "2026-03-07",
        "2026-03-20",
    ]
    grid = page.select_one("table[data-month-grid]")
    assert [th.get_text(strip=True) for th in grid.select("thead th")] == [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    # Monday 23 February to Sunday 5 April: six weeks.
    assert len(grid.select("tbody tr")) == 6
    counts = {link["href"]: link.get_text(strip=True) for link in grid.select("a")}
    assert counts["#day-2026-03-03"] == "2 posts"
    assert counts["#day-2026-03-20"] == "2 posts"
    assert counts["#day-2026-03-02"] == "1 post"


def test_previous_next_and_today_links_keep_the_filters(editor, plans, soup):
    page = calendar(editor, soup, WEEK + "&channel=zalo")
    links = {link.get_text(strip=True): link["href"] for link in page.select("nav a")}
    assert links["Previous week"] == f"{CALENDAR}?view=week&date=2026-02-23&channel=zalo"
    assert links["Next week"] == f"{CALENDAR}?view=week&date=2026-03-09&channel=zalo"
    today = timezone.localdate().isoformat()
    assert links["This week"] == f"{CALENDAR}?view=week&date={today}&channel=zalo"
    assert links["Month"] == f"{CALENDAR}?view=month&date=2026-03-02&channel=zalo"
    month = calendar(editor, soup, "view=month&date=2026-03-17")
    links = {link.get_text(strip=True): link["href"] for link in month.select("nav a")}
    assert links["Previous month"] == f"{CALENDAR}?view=month&date=2026-02-01"
    assert links["Next month"] == f"{CALENDAR}?view=month&date=2026-04-01"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("channel=zalo", {("zalo", "vi"), ("zalo", "en")}),
        ("status=approved", {("facebook", "vi"), ("facebook", "en")}),
        ("status=draft&language=vi", {("zalo", "vi"), ("facebook", "vi"), ("tiktok", "vi")}),
        ("language=en", {("facebook", "en"), ("zalo", "en")}),
        ("channel=tiktok&status=draft", {("tiktok", "vi")}),
    ],
)
def test_filters(editor, plans, soup, query, expected):
    rows = rows_of(calendar(editor, soup, f"{WEEK}&{query}"))
    assert {(row["channel"], row["language"]) for row in rows} == expected


@pytest.mark.parametrize(
    "query",
    [
        "view=year&date=2026-03-04",
        "date=2026-13-45",
        "date=tomorrow",
        "date=0001-01-01",
        "date=9999-12-31",
        "channel=myspace",
        "status=lost&language=fr",
        "date=" + "9" * 5000,
    ],
)
def test_bad_parameters_fall_back_to_defaults_with_a_message(editor, plans, soup, query):
    response = editor.get(f"{CALENDAR}?{query}")
    assert response.status_code == 200
    page = soup(response)
    assert page.select(".help-warning [role=status]")
    assert page.select("section[data-day]") or page.select("[data-nothing-planned]")


def test_anonymous_visitors_are_sent_to_the_login(client, plans):
    for url in (CALENDAR, DOWNLOAD):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/admin/login/")


def staff_member(username="writer", *, active=True, admin_access=True):
    user = get_user_model().objects.create_user(username, password="x", is_active=active)
    if admin_access:
        group = Group.objects.create(name=f"Calendar readers {username}")
        group.permissions.add(Permission.objects.get(codename="access_admin"))
        user.groups.add(group)
    return user


def test_staff_who_cannot_edit_a_campaign_see_it_without_a_link(client, plans, soup):
    client.force_login(staff_member())
    page = calendar(client, soup)
    assert len(rows_of(page)) == 7
    assert not page.select("tr[data-post] a")


def calendar_queries(client, query):
    client.get(f"{CALENDAR}?{query}")
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"{CALENDAR}?{query}")
    assert response.status_code == 200
    return len(captured.captured_queries)


def test_query_count_does_not_grow_with_the_number_of_campaigns(editor, admin_user):
    index = campaign_index()

    def add(count):
        for number in range(count):
            published = campaign(
                index,
                posts=[
                    approved_post(Channel.FACEBOOK, planned_at=at((3, 3), 9)),
                    post(Channel.ZALO, planned_at=at((3, 4), 10)),
                ],
            )
            draft = published.get_latest_revision_as_object()
            draft.channel_posts = [*draft.channel_posts.all(), post(planned_at=at((3, 5), 9))]
            draft.save_revision(user=admin_user)
            campaign(index, publish=False, posts=[post(planned_at=at((3, 6), number))])

    add(1)
    few = calendar_queries(editor, WEEK)
    add(5)
    many = calendar_queries(editor, WEEK)
    assert few == many


def test_planned_posts_reads_revisions_without_a_query_per_campaign(admin_user):
    index = campaign_index()
    for number in range(4):
        campaign(index, publish=False, posts=[post(planned_at=at((3, 6), number))])
    start, end = at((3, 2), 0), at((3, 9), 0)
    with CaptureQueriesContext(connection) as captured:
        rows = planned_posts(start, end)
    # The campaigns, the posts of published ones, the revisions, the moderation states.
    assert len(captured.captured_queries) <= 4
    assert [row.planned_at.hour for row in rows] == [0, 1, 2, 3]
    assert all(row.from_draft and not row.is_live for row in rows)
    # What as_object() would have cost instead, for one of the four campaigns:
    revision = Revision.objects.get(pk=rows[0].campaign.latest_revision_id)
    with CaptureQueriesContext(connection) as as_object:
        revision.as_object()
    assert len(as_object.captured_queries) > len(captured.captured_queries)


# iCalendar.


def download(client, query=WEEK):
    response = client.get(f"{DOWNLOAD}?{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return response, Calendar.from_ical(response.content)


def test_the_download_has_one_event_per_post_of_the_filter(editor, plans):
    response, parsed = download(editor, WEEK + "&language=vi")
    assert "attachment" in response["Content-Disposition"]
    assert response["Content-Disposition"].endswith('campaign-calendar-week-2026-03-02.ics"')
    events = parsed.walk("VEVENT")
    assert len(events) == 5
    stigma_post = plans["stigma"].channel_posts.get(channel=Channel.FACEBOOK)
    (event,) = [e for e in events if str(e["UID"]) == post_uid(stigma_post.post_key, "vi")]
    assert event.decoded("DTSTART") == at((3, 3), 9)
    assert event.decoded("DTSTART").utcoffset() == datetime.timedelta(0)
    assert str(event["SUMMARY"]) == "[Facebook] Không kỳ thị"
    assert str(event["URL"]).endswith(f"/admin/pages/{plans['stigma'].pk}/edit/")
    description = str(event["DESCRIPTION"])
    assert "Approved" in description
    assert "Phường An Đông, Phường An Hội Đông" in description
    assert "Bài Facebook" in description
    assert "Language: Vietnamese" in description
    assert str(event["STATUS"]) == "CONFIRMED"
    assert event.decoded("LAST-MODIFIED")
    summaries = {str(e["SUMMARY"]): e for e in events}
    draft = summaries["[TikTok] Biết quyền của mình (bản mới)"]
    assert str(draft["STATUS"]) == "TENTATIVE"
    assert "Areas: Phường An Đông\n" in str(draft["DESCRIPTION"])
    assert "Areas: Whole city" in str(
        summaries["[Facebook] Xét nghiệm HIV miễn phí"]["DESCRIPTION"]
    )


def test_uids_stay_the_same_across_languages_edits_and_moves(editor, plans, admin_user):
    _response, before = download(editor)
    uids = {str(event["UID"]) for event in before.walk("VEVENT")}
    assert len(uids) == 7  # one per post and language
    page = plans["stigma"].get_latest_revision_as_object()
    moved = list(page.channel_posts.all())
    for item in moved:
        item.planned_at += datetime.timedelta(hours=2)
        item.text = "Đã sửa"
    page.channel_posts = moved
    page.save_revision(user=admin_user).publish()
    _response, after = download(editor)
    assert {str(event["UID"]) for event in after.walk("VEVENT")} == uids


# The subscription address.


def subscribe(client, action="create"):
    response = client.post(SUBSCRIPTION, {"action": action, "view": "month", "date": "2026-03-01"})
    assert response.status_code == 302
    assert response["Location"] == f"{CALENDAR}?view=month&date=2026-03-01"


def test_the_calendar_page_offers_and_shows_the_subscription_address(editor, admin_user, soup):
    page = calendar(editor, soup)
    assert page.select_one("[data-subscription] button[value=create]")
    assert not page.select_one("[data-subscription-url]")
    subscribe(editor)
    token = CalendarSubscription.objects.get(user=admin_user).token
    page = calendar(editor, soup, WEEK + "&channel=sms")
    url = page.select_one("[data-subscription-url]")["value"]
    assert url.endswith(f"/calendar/{token}.ics?channel=sms")
    assert page.select_one("[data-subscription] button[value=renew]")
    assert page.select_one("[data-subscription] input[name=csrfmiddlewaretoken]")


def test_a_calendar_app_reads_the_subscription_without_logging_in(editor, admin_user):
    index = campaign_index()
    publish_translation(index, title="Campaigns", slug="campaigns")
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    page = campaign(index, title="Không kỳ thị", posts=[approved_post(planned_at=tomorrow)])
    publish_translation(page, title="No stigma", slug="no-stigma")
    subscribe(editor)
    token = CalendarSubscription.objects.get(user=admin_user).token
    app = type(editor)()  # no session, as a calendar app
    response = app.get(f"/calendar/{token}.ics?language=vi")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert "private" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "no-referrer"
    assert not response.cookies
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [str(event["SUMMARY"]) for event in events] == ["[Facebook] Không kỳ thị"]
    both = Calendar.from_ical(app.get(f"/calendar/{token}.ics").content).walk("VEVENT")
    assert sorted(str(event["SUMMARY"]) for event in both) == [
        "[Facebook] Không kỳ thị",
        "[Facebook] No stigma",
    ]


def test_the_subscription_covers_the_year_ahead(editor, admin_user):
    index = campaign_index()
    soon = timezone.now() + datetime.timedelta(days=200)
    later = timezone.now() + datetime.timedelta(days=400)
    campaign(
        index,
        title="Sắp tới",
        posts=[approved_post(planned_at=soon), approved_post(planned_at=later)],
    )
    subscribe(editor)
    token = CalendarSubscription.objects.get(user=admin_user).token
    response = type(editor)().get(f"/calendar/{token}.ics")
    events = Calendar.from_ical(response.content).walk("VEVENT")
    assert [event.decoded("DTSTART") for event in events] == [soon.replace(microsecond=0)]
    # In the subscriber's admin language.
    assert "Approved" in str(events[0]["DESCRIPTION"])


def test_replacing_the_address_revokes_the_old_one(editor, admin_user):
    subscribe(editor)
    old = CalendarSubscription.objects.get(user=admin_user).token
    subscribe(editor, "renew")
    new = CalendarSubscription.objects.get(user=admin_user).token
    assert new != old
    app = type(editor)()
    assert app.get(f"/calendar/{old}.ics").status_code == 404
    assert app.get(f"/calendar/{new}.ics").status_code == 200
    subscribe(editor, "stop")
    assert app.get(f"/calendar/{new}.ics").status_code == 404
    assert not CalendarSubscription.objects.exists()


def test_subscription_changes_need_a_post_with_csrf(admin_user):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(admin_user)
    assert strict.get(SUBSCRIPTION).status_code == 405
    assert strict.post(SUBSCRIPTION, {"action": "create"}).status_code == 403
    assert not CalendarSubscription.objects.exists()


@pytest.mark.parametrize(
    "user_options",
    [{"active": False}, {"admin_access": False}],
    ids=["inactive", "no-admin-access"],
)
def test_addresses_of_accounts_that_cannot_use_the_admin_are_not_found(client, user_options):
    user = staff_member(**user_options)
    subscription = CalendarSubscription.objects.create(user=user)
    assert client.get(f"/calendar/{subscription.token}.ics").status_code == 404


def test_an_unknown_address_is_not_found(client):
    assert client.get("/calendar/not-a-token.ics").status_code == 404
