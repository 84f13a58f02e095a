"""Campaigns and their channel posts go through Wagtail's moderation: a writer drafts and
submits, an approver approves; nothing reaches the live site before. Scheduled publishing
uses Wagtail's go_live_at and expire_at, run by `manage.py publish_scheduled`."""

import datetime

import pytest
from django.contrib.auth.models import Group, User
from django.core.management import call_command
from django.test import Client
from django.utils import timezone
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    querydict_from_html,
    streamfield,
)
from wagtail.users.models import UserProfile

from campaigns.channels import Channel
from campaigns.models import CampaignPage, ChannelPost
from tests.campaigns_admin_forms import (
    add_url,
    campaign_data,
    edit_url,
    planned,
    post_data,
    post_errors,
)
from tests.campaigns_factories import approved_post, campaign, campaign_index

pytestmark = pytest.mark.django_db

ONLY_AN_APPROVER = (
    "Only an approver can approve a post: leave it as Draft and submit the campaign for moderation."
)
VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"


def member_client(name, group):
    user = User.objects.create_user(name, password="not-used")
    user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    client = Client()
    client.force_login(user)
    client.user = user
    return client


@pytest.fixture
def writer():
    return member_client("writer", "Editors")


@pytest.fixture
def moderator():
    return member_client("moderator", "Moderators")


@pytest.fixture
def index():
    return campaign_index()


def rights_campaign(posts=(), initial=0, **fields):
    """The form of the "know your rights" campaign, which these tests follow."""
    fields = {"title": "Biết quyền của mình", "slug": "biet-quyen", **fields}
    return campaign_data(posts, initial, **fields)


def the_campaign():
    return CampaignPage.objects.get(slug="biet-quyen", locale__language_code="vi")


def approve(data):
    return {**data, "action-workflow-action": "true", "workflow-action-name": "approve"}


def test_a_writer_submits_drafts_and_an_approver_approves_them(writer, moderator, index, client):
    data = rights_campaign(
        [
            post_data(Channel.FACEBOOK, planned_at=planned(1)),
            post_data(Channel.TIKTOK, planned_at=planned(2), video_url=VIDEO),
        ]
    )
    response = writer.post(add_url(index), {**data, "action-submit": "Submit"})
    assert response.status_code == 302, response.content.decode()[:3000]

    page = the_campaign()
    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(page.pk))
    assert (state.workflow.name, state.status) == ("Moderators approval", "in_progress")
    # Nothing is live: not the page, not its posts.
    assert not page.live
    assert client.get(f"{index.url}biet-quyen/").status_code == 404
    assert not ChannelPost.objects.filter(page__live=True).exists()

    # The approver reads the posts, approves them and the campaign in one go.
    facebook, tiktok = page.get_latest_revision_as_object().channel_posts.all()
    approved = rights_campaign(
        [
            post_data(Channel.FACEBOOK, id=facebook.pk, status="approved", planned_at=planned(1)),
            post_data(
                Channel.TIKTOK,
                id=tiktok.pk,
                status="scheduled",
                planned_at=planned(2),
                video_url=VIDEO,
            ),
        ],
        initial=2,
    )
    response = moderator.post(edit_url(page), approve(approved))
    assert response.status_code == 302, response.content.decode()[:3000]

    page = the_campaign()
    assert page.live
    state.refresh_from_db()
    assert state.status == "approved"
    assert page.live_revision.user == moderator.user
    assert [(p.channel, p.status) for p in page.channel_posts.all()] == [
        ("facebook", "approved"),
        ("tiktok", "scheduled"),
    ]


def test_a_writer_cannot_approve_a_post(writer, index, soup):
    data = rights_campaign([post_data(Channel.X, status="approved", planned_at=planned(1))])
    response = writer.post(add_url(index), {**data, "action-submit": "Submit"})
    assert response.status_code == 200
    assert post_errors(response)[0]["status"] == [ONLY_AN_APPROVER]
    assert ONLY_AN_APPROVER in response.content.decode()
    assert not CampaignPage.objects.filter(slug="biet-quyen").exists()
    # The form comes back as typed, status included.
    status = soup(response).find("select", {"name": "channel_posts-0-status"})
    assert status.find("option", selected=True)["value"] == "approved"


@pytest.fixture
def live_campaign(index):
    return campaign(
        index,
        slug="biet-quyen",
        title="Biết quyền của mình",
        posts=[approved_post(Channel.X, text="Bạn có quyền được tôn trọng.")],
    )


def live_posts(page, **changes):
    x = page.channel_posts.get()
    fields = {
        "id": x.pk,
        "text": x.text,
        "status": x.status,
        "planned_at": timezone.localtime(x.planned_at).strftime("%Y-%m-%d %H:%M"),
    }
    return rights_campaign([post_data(Channel.X, **{**fields, **changes})], initial=1)


def test_a_writer_cannot_change_an_approved_post_without_sending_it_back(writer, live_campaign):
    response = writer.post(edit_url(live_campaign), live_posts(live_campaign, text="Đã sửa."))
    assert response.status_code == 200
    assert post_errors(response)[0]["text"] == [
        "This post is approved, so a writer cannot change its text. Set its status back to "
        "Draft to change it, then submit the campaign for moderation again."
    ]
    response = writer.post(
        edit_url(live_campaign), live_posts(live_campaign, planned_at=planned(5), hashtags="#Mới")
    )
    assert post_errors(response)[0]["planned_at"] == [
        "This post is approved, so a writer cannot change its planned time. Set its status "
        "back to Draft to change it, then submit the campaign for moderation again."
    ]
    assert "cannot change its hashtags" in post_errors(response)[0]["hashtags"][0]
    response = writer.post(edit_url(live_campaign), live_posts(live_campaign, status="published"))
    assert post_errors(response)[0]["status"] == [
        "Only an approver can change the status of an approved post: leave it as it was or "
        "set it back to Draft."
    ]

    # Back to Draft, the change is saved in a new revision; the live post is untouched.
    response = writer.post(
        edit_url(live_campaign), live_posts(live_campaign, text="Đã sửa.", status="draft")
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    draft = CampaignPage.objects.get(pk=live_campaign.pk).get_latest_revision_as_object()
    assert [(p.text, p.status) for p in draft.channel_posts.all()] == [("Đã sửa.", "draft")]
    assert [(p.text, p.status) for p in ChannelPost.objects.filter(page=live_campaign)] == [
        ("Bạn có quyền được tôn trọng.", "approved")
    ]


def test_a_writer_may_edit_the_campaign_around_an_approved_post(writer, live_campaign):
    data = live_posts(live_campaign)
    data["summary"] = "Một tóm tắt mới."
    response = writer.post(edit_url(live_campaign), data)
    assert response.status_code == 302, response.content.decode()[:3000]


def test_a_post_added_to_a_live_campaign_waits_for_approval(writer, moderator, live_campaign):
    x = live_campaign.channel_posts.get()
    data = live_posts(live_campaign)
    data.update(
        nested_form_data(
            {
                "channel_posts": inline_formset(
                    [
                        post_data(
                            Channel.X,
                            id=x.pk,
                            text=x.text,
                            status="approved",
                            planned_at=timezone.localtime(x.planned_at).strftime("%Y-%m-%d %H:%M"),
                        ),
                        post_data(Channel.SMS, text="Xét nghiệm HIV miễn phí tại phường."),
                    ],
                    initial=1,
                )
            }
        )
    )
    response = writer.post(edit_url(live_campaign), {**data, "action-submit": "Submit"})
    assert response.status_code == 302, response.content.decode()[:3000]
    # The live campaign, which feeds and the share kit read, still has one post.
    assert list(
        ChannelPost.objects.filter(page=live_campaign).values_list("channel", flat=True)
    ) == ["x"]

    # The approver opens the campaign as a browser would and approves the new post.
    page = CampaignPage.objects.get(pk=live_campaign.pk)
    form = querydict_from_html(moderator.get(edit_url(page)).content, form_id="page-edit-form")
    assert form["channel_posts-1-channel"] == "sms"
    form.update(nested_form_data({"body": streamfield([("heading", "Quyền của bạn")])}))
    form.pop("areas")  # an empty multiple choice, which the helper reads as its first option
    form["channel_posts-1-status"] = "approved"
    form["channel_posts-1-planned_at"] = planned(3)
    response = moderator.post(edit_url(page), approve(form))
    assert response.status_code == 302, response.content.decode()[:3000]
    assert [(p.channel, p.status) for p in ChannelPost.objects.filter(page=live_campaign)] == [
        ("x", "approved"),
        ("sms", "approved"),
    ]


# Scheduled publishing


def test_a_campaign_goes_live_at_its_time_and_comes_down_at_its_end(moderator, index):
    go_live_at = timezone.localtime() + datetime.timedelta(days=2)
    data = rights_campaign(
        [post_data(Channel.X, status="approved", planned_at=planned(3))],
        go_live_at=go_live_at.strftime("%Y-%m-%d %H:%M"),
        expire_at=(go_live_at + datetime.timedelta(days=20)).strftime("%Y-%m-%d %H:%M"),
    )
    response = moderator.post(add_url(index), {**data, "action-publish": "Publish"})
    assert response.status_code == 302, response.content.decode()[:3000]
    page = the_campaign()
    revision = page.latest_revision
    assert not page.live
    assert revision.approved_go_live_at is not None

    # Before its time, the scheduler leaves it alone.
    call_command("publish_scheduled")
    assert not the_campaign().live

    # Its time has come (as Wagtail's own tests do: the approved time moved into the past).
    past = timezone.now() - datetime.timedelta(minutes=1)
    revision.content["go_live_at"] = past.isoformat()
    revision.approved_go_live_at = past
    revision.save(update_fields=["content", "approved_go_live_at"])
    call_command("publish_scheduled")
    page = the_campaign()
    assert page.live
    assert page.channel_posts.get().status == "approved"

    # Its end has come.
    CampaignPage.objects.filter(pk=page.pk).update(
        expire_at=timezone.now() - datetime.timedelta(minutes=1)
    )
    call_command("publish_scheduled")
    page = the_campaign()
    assert not page.live
    assert page.expired


def test_a_copied_campaign_is_a_new_campaign_whose_posts_need_approval(moderator, index):
    original = campaign(index, posts=[approved_post(Channel.FACEBOOK), approved_post(Channel.X)])
    original_keys = set(original.channel_posts.values_list("post_key", flat=True))

    response = moderator.post(
        f"/admin/pages/{original.pk}/copy/",
        {
            "new_title": "Bản sao",
            "new_slug": "ban-sao",
            "new_parent_page": index.pk,
            "publish_copies": "on",
        },
    )

    assert response.status_code == 302
    copy = CampaignPage.objects.get(slug="ban-sao")
    assert copy.live
    posts = list(copy.channel_posts.all())
    assert len(posts) == 2
    assert {post.status for post in posts} == {ChannelPost.Status.DRAFT}
    assert not original_keys & {post.post_key for post in posts}
    # The editor opens the latest revision: it says the same.
    in_editor = copy.get_latest_revision_as_object().channel_posts.all()
    assert {post.post_key for post in in_editor} == {post.post_key for post in posts}
    assert {post.status for post in in_editor} == {ChannelPost.Status.DRAFT}
    # The original keeps its approved posts and keys.
    assert set(original.channel_posts.values_list("post_key", flat=True)) == original_keys
    assert set(original.channel_posts.values_list("status", flat=True)) == {"approved"}


def test_a_translation_keeps_its_posts_keys(index):
    from tests.factories import english

    original = campaign(index, posts=[approved_post(Channel.FACEBOOK)])
    translation = original.copy_for_translation(english(), copy_parents=True)

    assert list(translation.channel_posts.values_list("post_key", flat=True)) == list(
        original.channel_posts.values_list("post_key", flat=True)
    )
