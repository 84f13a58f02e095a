"""Factories for the campaigns app: the index, campaigns with their channel posts, images."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Page

from campaigns.channels import Channel
from campaigns.models import CampaignIndexPage, CampaignPage, ChannelPost
from tests.factories import publish_child, site_home

# Large enough for every channel's sizes (the vertical 1080×1920 is the tallest).
FULL_SIZE = (2160, 2160)


def channel_image(width=FULL_SIZE[0], height=FULL_SIZE[1], **fields):
    """An image of the given size (a real JPEG file, so renditions can be cut from it)."""
    return wagtail_factories.ImageFactory(
        file__width=width, file__height=height, file__filename="campaign.jpg", **fields
    )


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    title = "Chiến dịch"
    slug = "chien-dich"
    introduction = "Các chiến dịch truyền thông chống kỳ thị của Thành phố."

    class Meta:
        model = CampaignIndexPage


class CampaignPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Chiến dịch {n}")
    slug = factory.Sequence(lambda n: f"chien-dich-{n}")
    key_message = "Không kỳ thị — Không phân biệt đối xử."
    summary = "Mỗi người đều xứng đáng được tôn trọng và được hỗ trợ."
    body = wagtail_factories.StreamFieldFactory({})
    start_date = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=7))
    end_date = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=30))

    class Meta:
        model = CampaignPage


def campaign_index(**fields) -> CampaignIndexPage:
    return publish_child(site_home(), CampaignIndexPageFactory.build(**fields))


def post(channel=Channel.FACEBOOK, **fields) -> ChannelPost:
    """An unsaved channel post, for campaign(posts=[...])."""
    defaults = {
        "text": "Hãy đối xử với mọi người bằng sự tôn trọng.",
        "status": ChannelPost.Status.DRAFT,
    }
    if channel in (Channel.YOUTUBE, Channel.EMAIL, Channel.POSTER):
        defaults["title"] = "Không kỳ thị"
    return ChannelPost(channel=channel, **{**defaults, **fields})


def approved_post(channel=Channel.FACEBOOK, **fields) -> ChannelPost:
    fields.setdefault("status", ChannelPost.Status.APPROVED)
    fields.setdefault("planned_at", timezone.now() - datetime.timedelta(hours=1))
    if channel in (Channel.TIKTOK, Channel.YOUTUBE):
        fields.setdefault("video_url", "https://www.youtube.com/watch?v=dQw4w9WgXcQ")
    return post(channel, **fields)


def campaign(
    index: Page, *, posts=(), topics=(), audiences=(), partners=(), publish=True, **fields
) -> CampaignPage:
    """A campaign under index with the given posts; published unless publish=False."""
    page = CampaignPageFactory.build(**fields)
    page.topics = list(topics)
    page.audiences = list(audiences)
    page.partners = list(partners)
    page.channel_posts = list(posts)
    if publish:
        return publish_child(index, page)
    page.live = False
    index.add_child(instance=page)
    page.save_revision()
    return CampaignPage.objects.get(pk=page.pk)


def consented_testimony(**fields) -> tuple:
    """A testimony block given with consent; named unless told otherwise."""
    value = {
        "quote": "Lần đầu tiên có người lắng nghe tôi mà không phán xét.",
        "name": "Lan",
        "anonymous": False,
        "description": "người đã dùng dịch vụ tư vấn",
        "photo": None,
        "consent_given": True,
        "consent_note": "Đồng ý bằng văn bản ngày 02/03/2026, lưu tại hồ sơ tư vấn số 17.",
    }
    return ("testimonial", {**value, **fields})


def every_block(*, image, finder, document, testimonies=()) -> list[tuple]:
    """A campaign body with every block type: heading, story, image, the testimonies given,
    facts (one with a source link), a call to action to the finder, a video, a download."""
    return [
        ("heading", "Câu chuyện của chúng tôi"),
        ("story", "<p>Kỳ thị khiến <b>người bán dâm</b> ngại đi khám.</p>"),
        ("image", {"image": image, "alt_text": "Một buổi tư vấn", "caption": "Tư vấn"}),
        *testimonies,
        (
            "facts",
            {
                "heading": "Những con số",
                "facts": [
                    {
                        "figure": "1/3",
                        "text": "người ngại đi khám vì sợ bị kỳ thị",
                        "source": "Khảo sát cộng đồng, 2024",
                        "source_url": "https://example.org/khao-sat",
                    },
                    {
                        "figure": "80%",
                        "text": "dịch vụ miễn phí",
                        "source": "Sở Y tế, 2025",
                        "source_url": "",
                    },
                ],
            },
        ),
        (
            "call_to_action",
            {
                "heading": "Cần hỗ trợ?",
                "text": "Tư vấn miễn phí.",
                "link": {"page": finder, "url": "", "label": "Tìm dịch vụ"},
            },
        ),
        (
            "video",
            {
                "title": "Câu chuyện của Lan",
                "video_url": "https://www.youtube.com/watch?v=abcdefghijk",
                "thumbnail": image,
                "description": "Ba phút.",
                "transcript": "<p>Lời thoại.</p>",
            },
        ),
        ("materials", {"document": document, "title": "", "description": "Để in A5."}),
    ]
