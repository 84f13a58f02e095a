"""Demo content of the campaigns app: the campaign index and three bilingual campaigns, each
with its channel posts, in both languages.

Run by `manage.py load_demo_content` after the articles and the directory, whose pages the
campaigns link to and whose organisations they name as partners (hence "campaigns" after
"directory" in INSTALLED_APPS); see portal/demo.py for the rules loaders follow. The words
are in campaigns/demo_campaigns.py.

Dates are counted from the day the demo is first loaded, and set only when a campaign is
made, like the articles' dates. Fixed dates would leave every campaign "ended" a few months
after they were written; counted this way, whoever loads the demo finds, that day, one
campaign running, one upcoming and one ended, approved posts whose time has come in the
schedulers' feeds and drafts still to come in the calendar. A second run makes nothing, so
nothing moves: as the weeks pass the campaigns go from upcoming to running to ended, as real
ones do.
"""

import datetime
import math
import uuid

from django.core.exceptions import ValidationError
from django.utils import timezone
from PIL import ImageDraw
from wagtail.images import get_image_model

from articles.demo_content import demo_document
from articles.models import Audience, Topic
from campaigns.demo_campaigns import CAMPAIGNS, INDEX_EN, INDEX_VI
from campaigns.models import CampaignIndexPage, CampaignPage, ChannelPost
from directory.demo_content import demo_id as directory_demo_id
from directory.demo_content import ward_named
from directory.models import Organization
from portal.demo import DemoContent, gradient

# Never change it: the campaigns' translation keys and the posts' keys are derived from it,
# so feed items and short links are the same on every machine that loads the demo.
DEMO_NAMESPACE = uuid.UUID("5d0c3a8e-2b1f-5e47-9c6a-8f2e1d4b7a93")

# Large enough for every channel's size (the vertical 1080×1920 is the tallest, the Zalo
# cover 1320 the widest), so no crop is ever upscaled.
IMAGE_SIZE = (2160, 2160)


def demo_id(*names: str) -> uuid.UUID:
    return uuid.uuid5(DEMO_NAMESPACE, "/".join(names))


def load_demo_content(demo: DemoContent) -> None:
    for key in ["services", "article:stigma"]:
        if key not in demo.pages:
            raise RuntimeError(
                f"The campaigns' demo links to the page {key!r}, which no loader has made yet: "
                "keep 'campaigns' after 'articles' and 'directory' in INSTALLED_APPS."
            )
    index = load_index(demo)
    for spec in CAMPAIGNS:
        load_campaign(demo, index, spec)


def load_index(demo) -> CampaignIndexPage:
    index, created = demo.child_page(
        demo.home, CampaignIndexPage(locale=demo.vietnamese, **INDEX_VI)
    )
    demo.register_page("campaigns", index, in_header=True, in_footer=True)
    if created:
        demo.translate_page(index, **INDEX_EN)
    return index


def load_campaign(demo, index, spec) -> CampaignPage:
    # Found by its translation key, so that an editor may rename it or change its address;
    # nothing (image, document) is made for a campaign that exists.
    translation_key = demo_id("campaign", spec.key)
    existing = CampaignPage.objects.filter(
        locale=demo.vietnamese, translation_key=translation_key
    ).first()
    if existing is not None:
        demo.register_page(f"campaign:{spec.key}", existing)
        return existing
    today = timezone.localdate()
    context = {
        "pages": demo.pages,
        "materials": material(demo, spec, "vi"),
    }
    page = CampaignPage(
        locale=demo.vietnamese,
        translation_key=translation_key,
        hero_image=hero_image(demo, spec.image),
        start_date=today + datetime.timedelta(days=spec.first_day),
        end_date=(
            None if spec.last_day is None else today + datetime.timedelta(days=spec.last_day)
        ),
        areas=[ward_named(name).code for name in spec.wards],
        **spec.vi(context),
    )
    page.topics = [term(Topic, demo, slug) for slug in spec.topics]
    page.audiences = [term(Audience, demo, slug) for slug in spec.audiences]
    page.partners = [organisation(demo, key) for key in spec.partners]
    page.channel_posts = [
        channel_post(spec, post, "vi", page.hero_image, order)
        for order, post in enumerate(spec.posts)
    ]
    page, created = demo.child_page(index, page)
    demo.register_page(f"campaign:{spec.key}", page)
    if created:
        check_posts(page)
        english_context = {
            "pages": {key: demo.in_english(found) for key, found in demo.pages.items()},
            "materials": material(demo, spec, "en"),
        }
        translation = demo.translate_page(
            page,
            **spec.en(english_context),
            channel_posts=[
                channel_post(spec, post, "en", page.hero_image, order)
                for order, post in enumerate(spec.posts)
            ],
        )
        check_posts(translation)
    return page


def channel_post(spec, post, language, image, order) -> ChannelPost:
    words = getattr(post, language)
    return ChannelPost(
        # The same key in both languages: the English post is a translation of the Vietnamese.
        post_key=demo_id("campaign", spec.key, "post", post.key),
        channel=post.channel,
        status=post.status,
        planned_at=planned_at(post.day, post.time),
        title=words.title,
        text=words.text,
        hashtags=words.hashtags,
        image=image if post.with_image else None,
        sort_order=order,
    )


def planned_at(day: int, time: str) -> datetime.datetime:
    date = timezone.localdate() + datetime.timedelta(days=day)
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time.fromisoformat(time)))


def check_posts(page) -> None:
    """Hold every post to its channel's rules, with its real link, as the admin form does."""
    for post in page.channel_posts.all():
        try:
            post.full_clean()
        except ValidationError as error:
            raise ValidationError(
                f"The demo post {post.channel!r} of “{page.title}” breaks its channel's rules: "
                f"{error.message_dict}"
            ) from error


def term(model, demo, slug):
    return model.objects.get(locale=demo.vietnamese, slug=slug)


def organisation(demo, key) -> Organization:
    return Organization.objects.get(
        locale=demo.vietnamese, translation_key=directory_demo_id("organisation", key)
    )


def material(demo, spec, language):
    if not spec.materials:
        return None
    return demo_document(demo, *spec.materials[language])


# Images: calm illustrations painted here, each subject placed off-centre with its focal
# point set, so that every channel's crop (square, vertical, the wide Zalo cover) keeps it.


def hero_image(demo, key):
    title, filename, paint, focal_point = IMAGES[key]
    image_model = get_image_model()
    is_new = not image_model.objects.filter(collection=demo.collection, title=title).exists()
    image = demo.image(title, filename, paint)
    if is_new:
        (image.focal_point_x, image.focal_point_y, image.focal_point_width,
         image.focal_point_height) = focal_point  # fmt: skip
        image.save(
            update_fields=[
                "focal_point_x",
                "focal_point_y",
                "focal_point_width",
                "focal_point_height",
            ]
        )
    return image


def paint_together():
    """Three figures standing shoulder to shoulder: no faces, no one singled out."""
    picture = gradient(IMAGE_SIZE, "#e3f1ee", "#b9dcd6")
    draw = ImageDraw.Draw(picture, "RGBA")
    draw.ellipse((1380, 240, 1900, 760), fill=(255, 240, 214, 200))
    for centre, colour in [
        (560, (46, 127, 134, 255)),
        (860, (232, 140, 92, 255)),
        (1160, (98, 112, 190, 255)),
    ]:
        draw.ellipse((centre - 120, 760, centre + 120, 1000), fill=colour)
        draw.rounded_rectangle((centre - 200, 1040, centre + 200, 1560), radius=190, fill=colour)
    draw.rounded_rectangle((-100, 1500, 2260, 2300), radius=400, fill=(47, 127, 134, 90))
    return picture


def paint_shield():
    """A shield with a tick: rights that protect."""
    picture = gradient(IMAGE_SIZE, "#f3ecfa", "#cdd9f2")
    draw = ImageDraw.Draw(picture, "RGBA")
    centre, top = 1300, 680
    draw.polygon(
        [
            (centre - 340, top),
            (centre + 340, top),
            (centre + 340, top + 380),
            (centre, top + 800),
            (centre - 340, top + 380),
        ],
        fill=(71, 102, 173, 255),
    )
    draw.line(
        [(centre - 160, top + 350), (centre - 40, top + 480), (centre + 190, top + 230)],
        fill=(255, 255, 255, 255),
        width=70,
        joint="curve",
    )
    draw.rounded_rectangle((240, 1700, 1100, 1780), radius=40, fill=(71, 102, 173, 110))
    draw.rounded_rectangle((240, 1840, 860, 1910), radius=35, fill=(71, 102, 173, 80))
    return picture


def paint_ribbon():
    """The red ribbon of the response to HIV, drawn as one stroke."""
    picture = gradient(IMAGE_SIZE, "#fdeee6", "#f4d2c6")
    draw = ImageDraw.Draw(picture, "RGBA")
    centre_x, loop_y, radius = 1080, 700, 230
    loop = [
        (
            centre_x + radius * math.cos(math.radians(angle)),
            loop_y - radius * math.sin(math.radians(angle)),
        )
        for angle in range(-40, 221, 10)
    ]
    path = [(centre_x - 330, 1560), *loop, (centre_x + 330, 1560)]
    draw.line(path, fill=(192, 57, 64, 255), width=120, joint="curve")
    draw.ellipse((300, 1700, 540, 1940), fill=(255, 255, 255, 150))
    draw.ellipse((1640, 300, 1840, 500), fill=(255, 255, 255, 120))
    return picture


# key: (title, file name, painter, focal point as Wagtail stores it: centre x, centre y,
# width, height). Each focal point is the subject's bounding box.
IMAGES = {
    "together": (
        "Minh hoạ mẫu: ba hình người đứng sát vai nhau",
        "demo-chien-dich-khong-ky-thi.jpg",
        paint_together,
        (860, 1160, 1000, 800),
    ),
    "shield": (
        "Minh hoạ mẫu: tấm khiên có dấu tích",
        "demo-chien-dich-biet-quyen.jpg",
        paint_shield,
        (1300, 1080, 680, 800),
    ),
    "ribbon": (
        "Minh hoạ mẫu: chiếc nơ đỏ",
        "demo-chien-dich-xet-nghiem-hiv.jpg",
        paint_ribbon,
        (1080, 790, 760, 780),
    ),
}
