"""Editing campaigns and their channel posts in the admin: the full page form as the editor
posts it, the messages for bad input (with nothing lost and nothing saved), the live length
counter, and image uploads that are too large or broken."""

import datetime
import io
import json

import pytest
import wagtail_factories
from django.contrib.auth.models import Group, Permission, User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image as PILImage
from wagtail.images.models import Image

from campaigns import post_rules
from campaigns.channels import Channel, rules_for
from campaigns.models import CampaignPage, ChannelPost
from tests.campaigns_admin_forms import (
    TODAY,
    add_url,
    campaign_data,
    planned,
    post_data,
    post_errors,
)
from tests.campaigns_factories import campaign, campaign_index, channel_image, post

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    return campaign_index()


# Creating and editing


def test_an_editor_creates_a_campaign_with_posts_for_several_channels(editor, index):
    sms_text = "Xét nghiệm HIV miễn phí, bảo mật tại trạm y tế phường. Gọi 1900 1234."
    response = editor.post(
        add_url(index),
        campaign_data(
            [
                post_data(Channel.FACEBOOK, hashtags="#KhôngKỳThị #TPHCM"),
                post_data(Channel.X, text="Không kỳ thị. Không phân biệt đối xử."),
                post_data(Channel.SMS, text=sms_text, planned_at=planned(2)),
                post_data(Channel.YOUTUBE, title="Câu chuyện của chị Lan"),
            ]
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    page = CampaignPage.objects.get(slug="khong-ky-thi", locale__language_code="vi")
    assert not page.live
    draft = page.latest_revision.as_object()
    posts = list(draft.channel_posts.all())
    assert [p.channel for p in posts] == ["facebook", "x", "sms", "youtube"]
    assert posts[0].hashtags == "#KhôngKỳThị #TPHCM"
    assert posts[2].text == sms_text
    assert timezone.localtime(posts[2].planned_at).strftime("%Y-%m-%d %H:%M") == planned(2)
    assert posts[3].title == "Câu chuyện của chị Lan"
    assert {p.status for p in posts} == {"draft"}


def test_an_editor_changes_adds_and_removes_posts_and_publishes(editor, index):
    page = campaign(index, posts=[post(Channel.FACEBOOK), post(Channel.X)])
    facebook, x = page.channel_posts.all()
    key = facebook.post_key
    data = campaign_data(
        [
            post_data(Channel.FACEBOOK, id=facebook.pk, text="Tôn trọng mọi người."),
            post_data(Channel.X, id=x.pk, DELETE="1"),
            post_data(Channel.ZALO, title="Biết quyền của mình", planned_at=planned(3)),
        ],
        initial=2,
        slug=page.slug,
        title=page.title,
    )
    data["action-publish"] = "Publish"
    response = editor.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    live = CampaignPage.objects.get(pk=page.pk)
    assert [(p.channel, p.text) for p in live.channel_posts.all()] == [
        ("facebook", "Tôn trọng mọi người."),
        ("zalo", "Hãy đối xử với mọi người bằng sự tôn trọng."),
    ]
    # The post keeps its key, so its short links and feed items stay the same.
    assert live.channel_posts.get(channel="facebook").post_key == key
    assert not ChannelPost.objects.filter(pk=x.pk).exists()


# Bad input: a message on the field, the editor's input kept, nothing saved


@pytest.mark.parametrize(
    ("changes", "where", "message"),
    [
        (
            {"channel_posts": [post_data(Channel.X, text="ạ" * 140)]},
            ("channel_posts", "text"),
            "of 280 X characters",
        ),
        (
            {"channel_posts": [post_data(Channel.SMS, text="Xét nghiệm HIV miễn phí. " * 10)]},
            ("channel_posts", "text"),
            "This SMS is too long: at most 3 messages. 5 SMS messages (Unicode, because of the",
        ),
        (
            {"channel_posts": [post_data(Channel.INSTAGRAM, text="x" * 2188)]},
            ("channel_posts", "text"),
            "This Instagram post is too long: shorten it by 1.",
        ),
        (
            {"end_date": (TODAY - datetime.timedelta(days=1)).isoformat()},
            ("page", "end_date"),
            "The last day is before the first day.",
        ),
        (
            {"channel_posts": [post_data(Channel.X, planned_at=planned(31))]},
            ("channel_posts", "planned_at"),
            f"after the campaign ends on {(TODAY + datetime.timedelta(days=30)):%d/%m/%Y}",
        ),
        (
            {"channel_posts": [post_data(Channel.X, planned_at=planned(-1))]},
            ("channel_posts", "planned_at"),
            f"before the campaign starts on {TODAY:%d/%m/%Y}",
        ),
    ],
)
def test_bad_input_is_a_message_on_its_field_and_the_form_keeps_what_was_typed(
    editor, index, soup, changes, where, message
):
    posts = changes.pop("channel_posts", [post_data(Channel.FACEBOOK)])
    posts[0]["hashtags"] = "#KhôngKỳThị"
    response = editor.post(add_url(index), campaign_data(posts, **changes))
    assert response.status_code == 200
    kind, field = where
    if kind == "page":
        errors = response.context["form"].errors[field]
    else:
        errors = post_errors(response)[0][field]
    assert any(message in error for error in errors), errors
    # Nothing saved, nothing lost.
    assert not CampaignPage.objects.filter(slug="khong-ky-thi").exists()
    parsed = soup(response)
    typed = parsed.find("textarea", {"name": "channel_posts-0-text"}).get_text().strip()
    assert typed == posts[0]["text"].strip()
    hashtags = parsed.find("input", {"name": "channel_posts-0-hashtags"})
    assert hashtags["value"] == "#KhôngKỳThị"
    assert parsed.find("input", {"name": "title"})["value"] == (
        "Không kỳ thị — Không phân biệt đối xử"
    )
    # The message is on the page the editor sees, not only in the form object.
    assert message.split(":")[0] in response.content.decode()


@pytest.mark.parametrize(
    ("image", "message"),
    [
        (
            lambda: channel_image(800, 600),
            "This image is 800×600 pixels, too small for 1280×720 (YouTube thumbnail). YouTube "
            "needs a picture of at least 1280×720 pixels; choose a larger one.",
        ),
        (
            lambda: wagtail_factories.ImageFactory(
                file__filename="banner.gif", file__format="GIF", file__width=2000
            ),
            "This image is a GIF file. YouTube needs a JPEG, PNG or WebP photo of at least "
            "1280×720 pixels to cut 1280×720 (YouTube thumbnail) from it.",
        ),
    ],
    ids=["too-small", "gif"],
)
def test_an_image_the_channel_cannot_use_gets_its_sizes(editor, index, image, message):
    chosen = image()
    response = editor.post(
        add_url(index), campaign_data([post_data(Channel.YOUTUBE, title="Video", image=chosen.pk)])
    )
    assert response.status_code == 200
    assert post_errors(response)[0]["image"] == [message]
    assert not CampaignPage.objects.filter(slug="khong-ky-thi").exists()


def test_an_over_long_post_on_a_live_campaign_changes_nothing_live(editor, index, soup):
    page = campaign(index, posts=[post(Channel.X, text="Không kỳ thị.")])
    x = page.channel_posts.get()
    data = campaign_data([post_data(Channel.X, id=x.pk, text="ạ" * 200)], initial=1, slug=page.slug)
    data["action-publish"] = "Publish"
    response = editor.post(f"/admin/pages/{page.pk}/edit/", data)
    assert response.status_code == 200
    assert "of 280 X characters" in post_errors(response)[0]["text"][0]
    assert soup(response).find("textarea", {"name": "channel_posts-0-text"}).get_text().strip() == (
        "ạ" * 200
    )
    assert ChannelPost.objects.get(pk=x.pk).text == "Không kỳ thị."
    assert page.revisions.count() == 1


def test_two_approved_posts_of_a_channel_cannot_go_out_at_the_same_minute(editor, index):
    video = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    same_time = planned(2)
    response = editor.post(
        add_url(index),
        campaign_data(
            [
                post_data(Channel.X, status="approved", planned_at=same_time),
                post_data(Channel.X, status="approved", planned_at=same_time, text="Khác."),
                # Drafts may be alternatives for one slot; posters go up together.
                post_data(Channel.TIKTOK, planned_at=same_time, video_url=video),
                post_data(Channel.TIKTOK, planned_at=same_time, text="Khác."),
                post_data(Channel.POSTER, title="A", status="approved", planned_at=same_time),
                post_data(Channel.POSTER, title="B", status="approved", planned_at=same_time),
            ]
        ),
    )
    assert response.status_code == 200
    errors = post_errors(response)
    assert [bool(form_errors) for form_errors in errors] == [
        False,
        True,
        False,
        False,
        False,
        False,
    ]
    assert errors[1]["planned_at"] == [
        "Another approved X post of this campaign goes out at the same time "
        f"(09:00 {TODAY + datetime.timedelta(days=2):%d/%m/%Y}). Move one of them: a channel "
        "takes one post at a time."
    ]


def test_an_approver_approves_posts_in_the_editor(editor, index):
    data = campaign_data([post_data(Channel.X, status="approved", planned_at=planned(1))])
    data["action-publish"] = "Publish"
    response = editor.post(add_url(index), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = CampaignPage.objects.get(slug="khong-ky-thi", locale__language_code="vi")
    assert page.live
    assert page.channel_posts.get().status == "approved"


# The length counter


def count(client, method="post", **data):
    url = reverse("campaigns_post_length")
    return getattr(client, method)(url, data)


def test_the_editor_loads_the_counter_with_its_address(editor, index):
    page = campaign(index, posts=[post(Channel.SMS)])
    html = editor.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'src="/static/campaigns/js/post-counter.js"' in html
    assert f'data-post-length-url="{reverse("campaigns_post_length")}"' in html


def test_the_counter_says_what_validation_says_for_a_new_campaign(editor):
    text = "ạ" * 100
    response = count(editor, channel="x", text=text, hashtags="#KhôngKỳThị", slug="khong-ky-thi")
    assert response.status_code == 200
    data = response.json()
    # 100 letters of weight 2, two line breaks, the link (23), two more, the hashtag (13: ỳ
    # and ị weigh 2).
    assert data["length"] == {"used": 240, "limit": 280, "unit": "x", "too_long": False}
    expected = ChannelPost(
        page=CampaignPage(slug="khong-ky-thi"), channel="x", text=text, hashtags="#KhôngKỳThị"
    )
    with translation.override("en"):
        report = post_rules.measure(expected.published_text(), rules_for("x"))
        assert data["fields"]["text"] == {
            "summary": post_rules.length_summary(report),
            "errors": [],
        }
    assert data["fields"]["hashtags"] == {"summary": "1 of 5 hashtags.", "errors": []}
    assert data["fields"]["title"] == {
        "summary": "",
        "errors": [],
    }


def test_the_counter_counts_sms_messages_for_vietnamese_with_the_plain_count(editor, index):
    page = campaign(index)
    text = "Xét nghiệm HIV miễn phí, bảo mật tại trạm y tế phường, không cần giấy tờ tùy thân."
    data = count(editor, channel="sms", text=text, page=str(page.pk)).json()
    # The text, two line breaks and the short link /c/xxxxxxx on the site's root.
    post_on_page = ChannelPost(page=page, channel="sms", text=text)
    assert data["length"]["used"] == 2
    summary = data["fields"]["text"]["summary"]
    assert summary.startswith("2 SMS messages (Unicode, because of the Vietnamese diacritics)")
    assert "Without diacritics it would be 1 message." in summary
    sms = post_rules.measure(post_on_page.published_text(), rules_for("sms")).sms
    assert f"{sms.units} characters, sent in parts of 67" in summary


def test_the_counter_gives_the_too_long_message_and_the_title_count(editor):
    data = count(editor, method="get", channel="youtube", text="x", title="t" * 101).json()
    assert data["fields"]["title"]["summary"] == "101 of 100 characters."
    assert data["fields"]["title"]["errors"] == [
        "The video title is 101 characters long; YouTube allows 100."
    ]
    data = count(editor, channel="sms", text="ệ" * 300).json()
    assert data["length"]["too_long"] is True
    assert data["fields"]["text"]["errors"][0].startswith("This SMS is too long")


@pytest.mark.parametrize(
    ("data", "status"),
    [
        ({}, 400),
        ({"channel": "myspace", "text": "a"}, 400),
        ({"channel": "x", "text": "a" * 100_001}, 400),
        ({"channel": "x", "page": "abc"}, 400),
        ({"channel": "x", "page": "999999"}, 404),
    ],
)
def test_bad_input_to_the_counter_is_a_json_error(editor, data, status):
    response = count(editor, **data)
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]


def test_the_counter_is_for_signed_in_editors_of_the_campaign(client, index):
    page = campaign(index)
    anonymous = count(client, channel="x", text="a")
    assert anonymous.status_code == 302
    assert "/admin/login/" in anonymous["Location"]
    reader = User.objects.create_user("reader", password="not-used")
    reader.groups.add(Group.objects.get(name="Editors"))
    # Editors may edit pages: the count is theirs. Without page permissions it is not.
    client.force_login(reader)
    assert count(client, channel="x", text="a", page=str(page.pk)).status_code == 200
    reader.groups.clear()
    reader.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(reader)
    assert count(client, channel="x", text="a", page=str(page.pk)).status_code == 403
    assert count(client, channel="x", text="a", method="put").status_code == 405


# Image uploads


def png(width, height):
    output = io.BytesIO()
    PILImage.new("L", (width, height), 200).save(output, "PNG")
    return output.getvalue()


def jpeg(width, height):
    output = io.BytesIO()
    PILImage.new("RGB", (width, height), (200, 60, 60)).save(output, "JPEG", quality=90)
    return output.getvalue()


def upload(client, name, content):
    return client.post(
        "/admin/images/add/",
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": "1"},
    )


def file_errors(response):
    with translation.override("en"):  # Django's own messages are translated lazily
        return [str(message) for message in response.context["form"].errors["file"]]


def test_a_50_megapixel_upload_is_refused_with_its_size(editor):
    response = upload(editor, "poster.png", png(10_000, 5_000))
    assert response.status_code == 200
    assert file_errors(response) == [
        "This image is 10000×5000 pixels (50.0 megapixels); the largest accepted is 40.0 "
        "megapixels. Make it smaller and upload it again."
    ]
    assert not Image.objects.exists()


@pytest.mark.parametrize(
    "content",
    [b"not an image at all", jpeg(1600, 1600)[:20_000]],
    ids=["not-an-image", "cut-short"],
)
def test_a_corrupt_upload_is_a_form_error(editor, content):
    response = upload(editor, "photo.jpg", content)
    assert response.status_code == 200
    assert file_errors(response) == [
        "Upload a valid image. The file you uploaded was either not an image or a corrupted image."
    ]
    assert not Image.objects.exists()


def test_a_file_over_10_mb_is_refused(editor):
    padded = jpeg(200, 200) + b"\0" * (10 * 1024 * 1024)
    response = upload(editor, "large.jpg", padded)
    assert response.status_code == 200
    [message] = file_errors(response)
    assert message.startswith("This file is too big")
    assert "Maximum filesize 10.0\xa0MB" in message


def test_the_multiple_uploader_says_the_same(editor):
    response = editor.post(
        "/admin/images/multiple/add/",
        {"files[]": SimpleUploadedFile("poster.png", png(10_000, 5_000))},
    )
    assert response.status_code == 200
    data = json.loads(response.content)
    assert data["success"] is False
    assert "50.0 megapixels" in data["error_message"]
    assert not Image.objects.exists()
