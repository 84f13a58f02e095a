"""The campaign editor's form as the admin posts it, for tests that create and edit
campaigns through the real admin views."""

import datetime

from django.utils import timezone
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from campaigns.channels import Channel

TODAY = timezone.localdate()


def planned(days, hour=9):
    """A planned time as the editor's date-time field sends it, days from today."""
    return f"{TODAY + datetime.timedelta(days=days)} {hour:02d}:00"


def post_data(channel=Channel.FACEBOOK, **fields):
    data = {
        "channel": channel,
        "planned_at": "",
        "status": "draft",
        "title": "",
        "text": "Hãy đối xử với mọi người bằng sự tôn trọng.",
        "hashtags": "",
        "image": "",
        "video_url": "",
    }
    return {**data, **fields}


def campaign_data(posts=(), initial=0, **fields):
    """The whole page form of a campaign running for 30 days from today, with the posts."""
    data = {
        "title": "Không kỳ thị — Không phân biệt đối xử",
        "slug": "khong-ky-thi",
        "key_message": "Không kỳ thị — Không phân biệt đối xử.",
        "summary": "Mỗi người đều xứng đáng được tôn trọng và được hỗ trợ.",
        "hero_image": "",
        "hero_alt_text": "",
        "body": streamfield([("heading", "Vì sao chúng ta lên tiếng")]),
        "start_date": TODAY.isoformat(),
        "end_date": (TODAY + datetime.timedelta(days=30)).isoformat(),
        "social_image": "",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "channel_posts": inline_formset(list(posts), initial=initial),
    }
    return nested_form_data({**data, **fields})


def add_url(index):
    return f"/admin/pages/add/campaigns/campaignpage/{index.pk}/"


def edit_url(page):
    return f"/admin/pages/{page.pk}/edit/"


def post_errors(response):
    return [form.errors for form in response.context["form"].formsets["channel_posts"].forms]
