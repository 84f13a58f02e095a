"""A seeded generator of campaigns, for the benchmark (`manage.py bench_campaigns`).

It writes N campaigns through Wagtail (add_child), as an editor's publishing would leave
them but without revisions, under a benchmark index in each language: dates spread over
three years (so the index has running, upcoming and past campaigns), one or two topics,
wards, a body of story, facts and a call to action, and a few text-only channel posts.
English versions are as wagtail-localize makes them: a third real translations, the rest
aliases. One more campaign carries a post on every channel with large photographs (a
gradient with blotches and grain: JPEG cannot squeeze it the way it squeezes a flat colour,
so its sizes weigh what a photograph's do), published with a revision, for the share kit.

The same seed gives the same pages (the photographs' grain is Pillow's own noise).
"""

import datetime
import io

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PillowImage
from wagtail.images import get_image_model
from wagtail.models import Locale, Site

from articles.models import Topic
from campaigns.channels import Channel
from campaigns.models import CampaignIndexPage, CampaignPage, ChannelPost
from directory import admin_units
from portal.demo import gradient

SLUG = "bench-campaigns"
KIT_SLUG = "bench-share-kit"
TOPIC_PREFIX = "bench-campaigns-topic-"
IMAGE_TITLE = "bench: campaign photograph"
TOPICS = 8
TRANSLATED_EVERY = 3
# 24 megapixels, as phones take them.
PHOTO_SIZE = (6000, 4000)
PHOTOS = 3

# fmt: off
WORDS = (
    "không", "kỳ", "thị", "tôn", "trọng", "hỗ", "trợ", "xét", "nghiệm", "miễn", "phí", "bí",
    "mật", "tư", "vấn", "pháp", "lý", "sức", "khoẻ", "cộng", "đồng", "quyền", "được", "lắng",
    "nghe", "an", "toàn", "phường", "xã", "thành", "phố", "người", "bán", "dâm", "việc", "làm",
    "học", "nghề", "vay", "vốn", "đường", "dây", "nóng", "gia", "đình", "bạn", "bè", "dịch", "vụ",
)
# fmt: on


class CampaignSeeder:
    def __init__(self, rng, stdout, photo_size=PHOTO_SIZE):
        self.rng = rng
        self.stdout = stdout
        self.photo_size = photo_size
        self.vietnamese = Locale.objects.get(language_code="vi")
        self.english = Locale.objects.get(language_code="en")
        self.wards = [ward.code for ward in admin_units.wards_of()]

    def text(self, words: int) -> str:
        return " ".join(self.rng.choice(WORDS) for _ in range(words)).capitalize() + "."

    def seed(self, count: int) -> dict:
        home = Site.objects.get(is_default_site=True).root_page.specific
        index = CampaignIndexPage(
            title="Chiến dịch (benchmark)", slug=SLUG, locale=self.vietnamese, live=True
        )
        home.add_child(instance=index)
        english_index = CampaignIndexPage(
            title="Campaigns (benchmark)",
            slug=SLUG,
            locale=self.english,
            translation_key=index.translation_key,
            live=True,
        )
        home.get_translation(self.english).add_child(instance=english_index)
        self.topics = self.make_topics()
        today = timezone.localdate()
        for number in range(count):
            page = self.campaign(index, number, today)
            self.english_version(english_index, page, number)
            if (number + 1) % 100 == 0:
                self.stdout.write(f"  {number + 1} campaigns")
        kit_campaign = self.kit_campaign(index, today)
        return {"vi": index, "en": english_index, "kit": kit_campaign}

    def make_topics(self):
        Topic.objects.filter(slug__startswith=TOPIC_PREFIX).delete()
        topics = []
        for number in range(TOPICS):
            topic = Topic.objects.create(
                locale=self.vietnamese, name=f"Chủ đề {number}", slug=f"{TOPIC_PREFIX}{number}"
            )
            translation = topic.copy_for_translation(self.english)
            translation.name = f"Topic {number}"
            translation.save()
            topics.append(topic)
        return topics

    def body(self):
        return [
            ("heading", self.text(5)),
            ("story", f"<p>{self.text(80)}</p><p>{self.text(60)}</p>"),
            (
                "facts",
                {
                    "heading": self.text(3),
                    "facts": [
                        {
                            "figure": f"{self.rng.randint(2, 95)}%",
                            "text": self.text(8),
                            "source": "Sở Y tế TP.HCM, 2025",
                            "source_url": "",
                        }
                        for _ in range(3)
                    ],
                },
            ),
            ("story", f"<p>{self.text(80)}</p>"),
        ]

    def campaign(self, index, number, today) -> CampaignPage:
        rng = self.rng
        start = today + datetime.timedelta(days=rng.randint(-3 * 365, 120))
        end = None if number % 10 == 0 else start + datetime.timedelta(days=rng.randint(7, 90))
        page = CampaignPage(
            title=f"Chiến dịch {number}: {self.text(4)}",
            slug=f"chien-dich-{number}",
            locale=self.vietnamese,
            key_message=self.text(10)[:160],
            summary=self.text(30)[:400],
            body=self.body(),
            start_date=start,
            end_date=end,
            areas=rng.sample(self.wards, rng.randint(0, 4)),
            live=True,
            first_published_at=timezone.now(),
        )
        page.topics = rng.sample(self.topics, rng.randint(1, 2))
        page.channel_posts = [
            ChannelPost(channel=channel, text=self.text(25), status=ChannelPost.Status.APPROVED)
            for channel in rng.sample([Channel.FACEBOOK, Channel.ZALO, Channel.X], 2)
        ]
        index.add_child(instance=page)
        return page

    def english_version(self, english_index, page, number):
        translated = number % TRANSLATED_EVERY == 0
        version = CampaignPage(
            title=f"Campaign {number}" if translated else page.title,
            slug=f"campaign-{number}" if translated else page.slug,
            locale=self.english,
            translation_key=page.translation_key,
            alias_of=None if translated else page,
            key_message=page.key_message,
            summary=page.summary,
            body=page.body,
            start_date=page.start_date,
            end_date=page.end_date,
            areas=page.areas,
            live=True,
            first_published_at=page.first_published_at,
        )
        version.topics = list(page.topics.all())
        version.channel_posts = [
            ChannelPost(
                post_key=post.post_key, channel=post.channel, text=post.text, status=post.status
            )
            for post in page.channel_posts.all()
        ]
        english_index.add_child(instance=version)

    # The share kit's campaign.

    def photographs(self) -> list:
        model = get_image_model()
        existing = [
            photo
            for photo in model.objects.filter(title=IMAGE_TITLE).order_by("pk")
            if (photo.width, photo.height) == self.photo_size
        ]
        if len(existing) >= PHOTOS:
            return existing[:PHOTOS]
        photos = existing
        colours = [("#cfe9e4", "#2f7f86"), ("#f6e3c5", "#b5651d"), ("#e3d7f4", "#5b3f8c")]
        for top, bottom in colours[len(existing) : PHOTOS]:
            buffer = io.BytesIO()
            photograph(self.photo_size, top, bottom).save(buffer, "JPEG", quality=85)
            photo = model(
                title=IMAGE_TITLE,
                file=ImageFile(buffer, name="bench-photo.jpg"),
                file_size=buffer.tell(),
                focal_point_x=self.photo_size[0] * 2 // 3,
                focal_point_y=self.photo_size[1] // 3,
                focal_point_width=400,
                focal_point_height=400,
            )
            photo.save()
            photos.append(photo)
        return photos

    def kit_campaign(self, index, today) -> CampaignPage:
        photos = self.photographs()
        planned = timezone.now() + datetime.timedelta(days=1)
        posts = []
        for number, channel in enumerate(Channel):
            post = ChannelPost(
                channel=channel,
                text=self.text(30 if channel != Channel.SMS else 12),
                hashtags="#KhôngKỳThị #TPHCM" if channel not in (Channel.SMS,) else "",
                image=photos[number % len(photos)] if channel != Channel.SMS else None,
                planned_at=planned + datetime.timedelta(hours=number),
                status=ChannelPost.Status.APPROVED,
                video_url="https://www.youtube.com/watch?v=bench"
                if channel in (Channel.TIKTOK, Channel.YOUTUBE)
                else "",
            )
            if channel in (Channel.YOUTUBE, Channel.EMAIL, Channel.POSTER, Channel.ZALO):
                post.title = self.text(6)[:80]
            posts.append(post)
        page = CampaignPage(
            title="Không kỳ thị — Không phân biệt đối xử (benchmark)",
            slug=KIT_SLUG,
            locale=self.vietnamese,
            key_message="Không kỳ thị — Không phân biệt đối xử.",
            summary=self.text(30)[:400],
            body=self.body(),
            hero_image=photos[0],
            start_date=today,
            end_date=today + datetime.timedelta(days=60),
        )
        page.channel_posts = posts
        index.add_child(instance=page)
        page.save_revision().publish()
        return CampaignPage.objects.get(pk=page.pk)


def photograph(size, top: str, bottom: str) -> PillowImage.Image:
    """A gradient with detail at every scale, as a photograph has: blotches that survive
    being cut down to a channel's size, and grain."""
    width, height = size
    blotches = PillowImage.merge(
        "RGB",
        [
            PillowImage.effect_noise((width // 6, height // 6), 70).resize(
                size, PillowImage.Resampling.BILINEAR
            )
            for _channel in range(3)
        ],
    )
    grain = PillowImage.effect_noise(size, 40).convert("RGB")
    picture = PillowImage.blend(gradient(size, top, bottom), blotches, 0.45)
    return PillowImage.blend(picture, grain, 0.12)
