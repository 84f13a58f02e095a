"""Campaign feeds: per channel for scheduling tools (approved posts whose time has come), and
the public Atom feed of campaigns, per language."""

import datetime
import html
import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import feedparser
import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from campaigns.channels import OPEN_GRAPH, Channel
from campaigns.ics import post_uid
from campaigns.models import CampaignPage, ChannelPost, ShortLink
from tests.campaigns_factories import (
    approved_post,
    campaign,
    campaign_index,
    channel_image,
    post,
)
from tests.factories import english, publish_translation

pytestmark = pytest.mark.django_db

SITE_ROOT = "http://localhost"
Status = ChannelPost.Status


def fetch(client, path):
    response = client.get(path)
    assert response.status_code == 200, path
    assert not response.cookies
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    return response, parsed


def plain(summary):
    """The published text as the tool shows it: line breaks are <br> in the feed."""
    return html.unescape(re.sub(r"<br\s*/?>\n?", "\n", summary))


def texts(parsed):
    return [plain(entry.summary) for entry in parsed.entries]


def first_lines(parsed):
    return [text.split("\n")[0] for text in texts(parsed)]


def hours(count):
    return timezone.now() - datetime.timedelta(hours=count)


def translate_campaign(page, *, title, slug, translated_texts):
    """Publish an English translation of page whose posts say something else."""
    translation = page.copy_for_translation(english(), copy_parents=True)
    posts = list(translation.channel_posts.all())
    for translated in posts:
        translated.text = translated_texts.get(translated.text, translated.text)
    translation.title = title
    translation.slug = slug
    translation.channel_posts = posts
    translation.save_revision().publish()
    return CampaignPage.objects.get(pk=translation.pk)


@pytest.fixture
def plan():
    index = campaign_index()
    english_index = publish_translation(index, title="Campaigns", slug="campaigns")
    image = channel_image()
    running = campaign(
        index,
        title="Không kỳ thị",
        slug="khong-ky-thi",
        posts=[
            approved_post(
                Channel.FACEBOOK, text="Đã duyệt, đến giờ", image=image, planned_at=hours(2)
            ),
            post(Channel.FACEBOOK, text="Bản nháp", planned_at=hours(1)),
            approved_post(Channel.FACEBOOK, text="Chưa đến giờ", planned_at=hours(-24)),
            approved_post(
                Channel.FACEBOOK, text="Đã lên lịch", status=Status.SCHEDULED, planned_at=hours(3)
            ),
            approved_post(
                Channel.FACEBOOK, text="Đã đăng", status=Status.PUBLISHED, planned_at=hours(4)
            ),
            approved_post(
                Channel.ZALO, title="Tin Zalo", text="Nội dung Zalo", planned_at=hours(1)
            ),
            approved_post(Channel.SMS, text="Xét nghiệm HIV miễn phí.", planned_at=hours(1)),
        ],
    )
    translated = translate_campaign(
        running,
        title="No stigma",
        slug="no-stigma",
        translated_texts={"Đã duyệt, đến giờ": "Approved, its time has come"},
    )
    unpublished = campaign(index, publish=False, posts=[approved_post(text="Chưa xuất bản")])
    taken_down = campaign(index, posts=[approved_post(text="Đã gỡ xuống")])
    taken_down.unpublish()
    expired = campaign(index, posts=[approved_post(text="Đã hết hạn")])
    CampaignPage.objects.filter(pk=expired.pk).update(expire_at=hours(1))
    return {
        "index": index,
        "english_index": english_index,
        "running": running,
        "translated": translated,
        "unpublished": unpublished,
        "image": image,
    }


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_only_approved_posts_whose_time_has_come_newest_first(client, plan, kind):
    _response, parsed = fetch(client, f"/chien-dich/feed/facebook/{kind}/")
    # Drafts, future posts and posts of unpublished, taken-down or expired campaigns are out.
    assert texts(parsed)[0].startswith("Đã duyệt, đến giờ")
    assert first_lines(parsed) == [
        "Đã duyệt, đến giờ",
        "Đã lên lịch",
        "Đã đăng",
    ]
    assert parsed.feed.language.startswith("vi") if kind == "rss" else True


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_each_language_has_its_own_posts_and_guids(client, plan, kind):
    _response, vietnamese = fetch(client, f"/chien-dich/feed/facebook/{kind}/")
    _response, english_feed = fetch(client, f"/en/campaigns/feed/facebook/{kind}/")
    assert first_lines(english_feed) == [
        "Approved, its time has come",
        "Đã lên lịch",
        "Đã đăng",
    ]
    first_post = plan["running"].channel_posts.get(text="Đã duyệt, đến giờ")
    assert vietnamese.entries[0].id == f"urn:uuid:{post_uid(first_post.post_key, 'vi')}"
    assert english_feed.entries[0].id == f"urn:uuid:{post_uid(first_post.post_key, 'en')}"
    assert {entry.id for entry in vietnamese.entries}.isdisjoint(
        entry.id for entry in english_feed.entries
    )


def test_items_carry_what_a_scheduling_tool_posts(client, plan):
    _response, parsed = fetch(client, "/chien-dich/feed/facebook/rss/")
    entry = parsed.entries[0]
    # No title of its own: the campaign's.
    assert entry.title == "Không kỳ thị"
    link = urlsplit(entry.link)
    assert f"{link.scheme}://{link.netloc}{link.path}" == f"{SITE_ROOT}/chien-dich/khong-ky-thi/"
    assert parse_qs(link.query) == {
        "utm_source": ["facebook"],
        "utm_medium": ["social"],
        "utm_campaign": ["khong-ky-thi"],
    }
    # The published text carries the tracked link.
    assert plain(entry.summary) == f"Đã duyệt, đến giờ\n\n{entry.link}"
    assert [tag.term for tag in entry.tags] == ["Facebook"]
    planned = plan["running"].channel_posts.get(text="Đã duyệt, đến giờ").planned_at
    assert datetime.datetime(*entry.published_parsed[:6], tzinfo=datetime.UTC) == planned.replace(
        microsecond=0
    )


@pytest.mark.parametrize("kind", ["rss", "atom"])
def test_the_enclosure_is_the_channels_first_size_at_an_absolute_address(client, plan, kind):
    _response, parsed = fetch(client, f"/chien-dich/feed/facebook/{kind}/")
    enclosures = parsed.entries[0].enclosures
    assert len(enclosures) == 1
    enclosure = enclosures[0]
    assert enclosure.href.startswith(f"{SITE_ROOT}{settings.MEDIA_URL}")
    assert enclosure.type == "image/jpeg"
    rendition = plan["image"].get_rendition(OPEN_GRAPH.filter_spec)
    assert (rendition.width, rendition.height) == (1200, 630)
    assert enclosure.href == SITE_ROOT + rendition.url
    file = Path(settings.MEDIA_ROOT) / rendition.file.name
    assert int(enclosure.length) == file.stat().st_size > 0
    # Posts without an image have none.
    assert all(not entry.get("enclosures") for entry in parsed.entries[1:])


def test_titles_and_channels_are_per_channel(client, plan):
    _response, parsed = fetch(client, "/chien-dich/feed/zalo/atom/")
    assert [entry.title for entry in parsed.entries] == ["Tin Zalo"]
    assert parsed.entries[0].tags[0].term == "Zalo OA"
    assert "Zalo OA" in parsed.feed.title


def test_sms_items_carry_the_short_link(client, plan):
    _response, parsed = fetch(client, "/chien-dich/feed/sms/rss/")
    (entry,) = parsed.entries
    link = ShortLink.objects.get(channel=Channel.SMS, language_code="vi")
    assert plain(entry.summary) == f"Xét nghiệm HIV miễn phí.\n\n{SITE_ROOT}/c/{link.code}"
    # Asked again, the same link: made once.
    _response, again = fetch(client, "/chien-dich/feed/sms/rss/")
    assert again.entries[0].summary == entry.summary
    assert ShortLink.objects.filter(language_code="vi").count() == 1


def test_guid_stays_the_same_when_the_post_is_edited(client, plan):
    _response, before = fetch(client, "/chien-dich/feed/facebook/atom/")
    page = CampaignPage.objects.get(pk=plan["running"].pk)
    posts = list(page.channel_posts.all())
    for edited in posts:
        if edited.text == "Đã duyệt, đến giờ":
            edited.text = "Đã sửa lại"
    page.channel_posts = posts
    page.save_revision().publish()
    _response, after = fetch(client, "/chien-dich/feed/facebook/atom/")
    assert plain(after.entries[0].summary).startswith("Đã sửa lại")
    assert after.entries[0].id == before.entries[0].id


def test_edits_waiting_for_an_approver_do_not_reach_the_feed(client, plan):
    page = CampaignPage.objects.get(pk=plan["running"].pk)
    posts = list(page.channel_posts.all())
    for edited in posts:
        if edited.text == "Bản nháp":
            edited.status = Status.APPROVED
    page.channel_posts = posts
    page.save_revision()  # saved, not published
    _response, parsed = fetch(client, "/chien-dich/feed/facebook/rss/")
    assert "Bản nháp" not in " ".join(texts(parsed))


@pytest.mark.parametrize(
    "path", ["/chien-dich/feed/myspace/rss/", "/chien-dich/feed/Facebook/atom/"]
)
def test_an_unknown_channel_is_not_found(client, plan, path):
    assert client.get(path).status_code == 404


def test_a_channel_without_due_posts_gives_an_empty_valid_feed(client, plan):
    _response, parsed = fetch(client, "/chien-dich/feed/youtube/rss/")
    assert parsed.entries == []


def feed_queries(client, url):
    client.get(url)  # warm Wagtail's caches, make the renditions and short links
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured.captured_queries)


@pytest.mark.parametrize("channel", [Channel.FACEBOOK, Channel.SMS])
def test_query_count_does_not_grow_with_the_number_of_posts(client, channel):
    index = campaign_index()
    url = f"/chien-dich/feed/{channel}/rss/"

    def add_campaigns(count):
        for number in range(count):
            campaign(
                index,
                posts=[
                    approved_post(channel, image=channel_image(), text=f"Bài {number}"),
                    approved_post(channel, image=channel_image(), text=f"Bài thêm {number}"),
                ],
            )

    add_campaigns(2)
    few = feed_queries(client, url)
    add_campaigns(6)
    many = feed_queries(client, url)
    assert few == many
    _response, parsed = fetch(client, url)
    assert len(parsed.entries) == 16


# The public Atom feed of campaigns.


def test_public_feed_lists_live_campaigns_of_its_language(client, plan):
    _response, parsed = fetch(client, "/chien-dich/feed/atom/")
    assert [entry.title for entry in parsed.entries] == ["Không kỳ thị"]
    entry = parsed.entries[0]
    assert entry.link == f"{SITE_ROOT}/chien-dich/khong-ky-thi/"
    summary = html.unescape(entry.summary)
    assert "Mỗi người đều xứng đáng được tôn trọng" in summary
    assert "Đang diễn ra" in summary or "Running" in summary
    _response, english_feed = fetch(client, "/en/campaigns/feed/atom/")
    assert [entry.title for entry in english_feed.entries] == ["No stigma"]


def test_public_feed_leaves_out_aliases(client):
    index = campaign_index()
    publish_translation(index, title="Campaigns", slug="campaigns")
    source = campaign(index, title="Biết quyền của mình", slug="biet-quyen")
    source.copy_for_translation(english(), alias=True)
    _response, parsed = fetch(client, "/en/campaigns/feed/atom/")
    assert parsed.entries == []


def test_the_index_announces_the_public_feed_only(plan):
    from campaigns.feeds import campaign_feed_links

    links = campaign_feed_links(plan["index"])
    assert [(link.url, link.content_type) for link in links] == [
        (f"{SITE_ROOT}/chien-dich/feed/atom/", "application/atom+xml")
    ]
