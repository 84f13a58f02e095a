"""The campaigns' demo content: three bilingual campaigns a newcomer can show to staff, with
posts on every kind of channel that pass the channels' rules, in every workflow state.

The demo is loaded once for this module, inside a transaction rolled back at the end; each
test runs in a savepoint of it (pytest-django), so no test sees another's changes.
"""

import io
import json
import re
import unicodedata

import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import override_settings
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Revision

from articles.models import ArticlePage, Audience, Topic
from campaigns import post_rules
from campaigns.channels import RULES, Channel
from campaigns.models import (
    CampaignIndexPage,
    CampaignPage,
    CampaignStatus,
    ChannelPost,
    ShortLink,
)
from campaigns.tracking import short_url
from directory import admin_units
from directory.models import Organization, ServiceDirectoryPage
from portal.demo import find_loaders
from portal.models import Navigation
from tests.factories import english, vietnamese

pytestmark = pytest.mark.django_db

SLURS_VI = ["gái điếm", "gái mại dâm", "gái gọi", "gái bán hoa", "cave", "điếm", "đĩ", "làng chơi"]
SLURS_EN = [r"\bprostitutes?\b", r"\bwhores?\b", r"\bhookers?\b", r"\bfallen women\b"]
TITLES = {
    "Không kỳ thị — Không phân biệt đối xử": "No stigma, no discrimination",
    "Biết quyền của mình": "Know your rights",
    "Xét nghiệm HIV miễn phí": "Free HIV testing",
}
# A production address longer than the demo's, so that SMS texts are measured as sent.
PRODUCTION_ROOT_URL = "https://congdong.hochiminhcity.gov.vn"


@pytest.fixture(scope="module")
def demo_media(tmp_path_factory):
    return tmp_path_factory.mktemp("campaigns-demo-media")


@pytest.fixture(scope="module", autouse=True)
def demo(django_db_setup, django_db_blocker, demo_media):
    with (
        django_db_blocker.unblock(),
        transaction.atomic(),
        override_settings(MEDIA_ROOT=demo_media),
    ):
        output = io.StringIO()
        call_command("load_demo_content", stdout=output)
        yield output.getvalue()
        transaction.set_rollback(True)


def campaigns(language="vi"):
    return CampaignPage.objects.live().filter(locale__language_code=language).order_by("path")


def posts_of(page):
    return list(page.channel_posts.all())


def body_blocks(page, block_type):
    return [block.value for block in page.body if block.block_type == block_type]


def test_loaders_run_after_the_pages_and_organisations_campaigns_link_to():
    names = [name for name, _load in find_loaders()]
    position = names.index("campaigns.demo_content")
    assert names.index("articles.demo_content") < position
    assert names.index("directory.demo_content") < position
    # The menus are made last, so that they can hold the campaign index.
    assert names[-1] == "portal.demo_content"


def test_the_index_is_in_both_languages_and_in_both_menus():
    index = CampaignIndexPage.objects.get(locale=vietnamese())
    translation = index.get_translation(english()).specific
    assert (index.title, index.url) == ("Chiến dịch", "/chien-dich/")
    assert (translation.title, translation.url) == ("Campaigns", "/en/campaigns/")
    assert translation.alias_of_id is None and translation.live
    assert index.introduction and translation.introduction != index.introduction
    for page, locale in [(index, vietnamese()), (translation, english())]:
        navigation = Navigation.objects.get(locale=locale)
        for links in (navigation.header_links, navigation.footer_links):
            assert page.pk in [link.value["page"].pk for link in links]


def test_three_campaigns_each_really_translated_into_english():
    in_vietnamese = list(campaigns("vi"))
    assert {page.title for page in in_vietnamese} >= set(TITLES)
    for page in in_vietnamese:
        translation = page.get_translation(english()).specific
        assert translation.alias_of_id is None and translation.live, page.title
        assert translation.get_parent().url == "/en/campaigns/"
        if page.title in TITLES:
            assert translation.title == TITLES[page.title]
        for name in ["title", "slug", "key_message", "summary", "hero_alt_text"]:
            assert getattr(page, name) and getattr(translation, name), f"{page.title}: {name}"
            assert getattr(translation, name) != getattr(page, name), f"{page.title}: {name}"
        # What a translation cannot change is the same in both languages.
        for name in ["start_date", "end_date", "hero_image_id", "areas"]:
            assert getattr(translation, name) == getattr(page, name), f"{page.title}: {name}"
        assert set(translation.topics.all()) == set(page.topics.all())
        assert set(translation.partners.all()) == set(page.partners.all())


def test_the_index_shows_a_running_an_upcoming_and_an_ended_campaign():
    statuses = {page.title: page.status for page in campaigns("vi")}
    assert statuses["Không kỳ thị — Không phân biệt đối xử"] == CampaignStatus.RUNNING
    assert statuses["Biết quyền của mình"] == CampaignStatus.UPCOMING
    assert statuses["Xét nghiệm HIV miễn phí"] == CampaignStatus.ENDED
    for page in campaigns("vi"):
        assert page.end_date is None or page.end_date >= page.start_date


def test_each_campaign_has_topics_audiences_partners_and_areas_from_the_demo():
    areas = []
    for page in campaigns("vi"):
        assert page.topics.exists() and page.audiences.exists(), page.title
        assert set(page.topics.all()) <= set(Topic.objects.filter(locale=vietnamese()))
        assert set(page.audiences.all()) <= set(Audience.objects.filter(locale=vietnamese()))
        partners = list(page.partners.all())
        assert partners, page.title
        assert all(isinstance(partner, Organization) for partner in partners)
        assert all("(dữ liệu mẫu)" in partner.name for partner in partners)
        for code in page.areas:
            assert admin_units.ward(code).province_code == admin_units.HO_CHI_MINH_CITY
        assert len(page.area_names) == len(page.areas)
        areas.append(page.areas)
    assert [] in areas, "one campaign covers the whole city"
    assert any(len(codes) >= 3 for codes in areas), "another runs in a few wards"
    stigma = CampaignPage.objects.get(
        locale=vietnamese(), slug="khong-ky-thi-khong-phan-biet-doi-xu"
    )
    assert "chong-ky-thi" in stigma.topics.values_list("slug", flat=True)


def test_bodies_tell_a_story_quote_consenting_people_cite_sources_and_lead_to_help():
    anonymous = []
    for language in ["vi", "en"]:
        finder = ServiceDirectoryPage.objects.get(locale__language_code=language)
        for page in campaigns(language):
            for block_type in ["heading", "story", "testimonial", "facts", "call_to_action"]:
                assert body_blocks(page, block_type), f"{page.title}: {block_type}"
            for testimony in body_blocks(page, "testimonial"):
                assert testimony["consent_given"] and testimony["consent_note"], page.title
                assert testimony["anonymous"] or testimony["name"], page.title
                anonymous.append(testimony["anonymous"])
            targets = [
                action["link"]["page"].specific for action in body_blocks(page, "call_to_action")
            ]
            assert finder in targets, f"{page.title} leads to the finder"
            articles = [target for target in targets if isinstance(target, ArticlePage)]
            assert articles, f"{page.title} leads to an article"
            assert {target.locale.language_code for target in targets} == {language}
    assert True in anonymous and False in anonymous


def test_facts_quote_the_law_or_say_they_are_illustrative():
    for language in ["vi", "en"]:
        for page in campaigns(language):
            for block in body_blocks(page, "facts"):
                for fact in block["facts"]:
                    source = fact["source"]
                    assert source, f"{page.title}: {fact['figure']}"
                    cites_a_text = re.search(
                        r"Hiến pháp|Luật|Bộ luật|WHO|Constitution|Law on|Civil Code", source
                    )
                    illustrative = re.search(r"minh hoạ|[Ii]llustrative", source)
                    assert cites_a_text or illustrative, source
                    # A number that is not an article of a law is a statistic: the demo has
                    # none that is real, so any it shows must say it is illustrative.
                    figure = fact["figure"]
                    if re.search(r"\d", figure) and not re.match(r"(Điều|Article) \d+$", figure):
                        assert illustrative, f"{page.title}: {figure} from {source}"


def test_hero_images_are_big_enough_for_every_channel_and_have_a_focal_point(settings, demo_media):
    settings.MEDIA_ROOT = demo_media
    formats = {image_format for rules in RULES.values() for image_format in rules.image_formats}
    images = {page.hero_image for page in campaigns("vi")}
    assert len(images) == 3
    for image in images:
        assert image.collection.name == "Demo content"
        assert image.title.startswith("Minh hoạ mẫu")
        assert (image.width, image.height) >= (2160, 2160)
        focal_point = image.get_focal_point()
        assert focal_point is not None, image.title
        assert 0 < focal_point.left < focal_point.right < image.width
        assert 0 < focal_point.top < focal_point.bottom < image.height
        for image_format in formats:
            assert image_format.fits(image.width, image.height)
            rendition = image.get_rendition(image_format.filter_spec)
            assert (rendition.width, rendition.height) == (image_format.width, image_format.height)


def test_every_campaign_has_posts_on_several_channels_and_a_poster_in_both_languages():
    for page in campaigns("vi"):
        posts = posts_of(page)
        channels = {post.channel for post in posts}
        assert {Channel.FACEBOOK, Channel.ZALO, Channel.X, Channel.SMS, Channel.POSTER} <= channels
        translation = page.get_translation(english()).specific
        english_posts = {post.post_key: post for post in posts_of(translation)}
        assert set(english_posts) == {post.post_key for post in posts}, page.title
        for post in posts:
            english_post = english_posts[post.post_key]
            assert english_post.channel == post.channel
            assert (english_post.status, english_post.planned_at) == (post.status, post.planned_at)
            assert english_post.image_id == post.image_id
            assert english_post.text != post.text, f"{page.title}: {post.channel}"
            assert english_post.title != post.title or not post.title
        poster = next(post for post in posts if post.channel == Channel.POSTER)
        assert poster.title and poster.image_id and poster.is_approved


def test_every_post_keeps_its_channels_rules():
    checked = 0
    for language in ["vi", "en"]:
        for page in campaigns(language):
            for post in posts_of(page):
                post.full_clean()
                report = post_rules.measure(post.published_text(), post.rules)
                assert not report.is_too_long, f"{page.title}: {post.channel}"
                checked += 1
    assert checked >= 40


def test_sms_posts_fit_two_messages_on_a_production_address():
    for language in ["vi", "en"]:
        for page in campaigns(language):
            for post in posts_of(page):
                if post.channel != Channel.SMS:
                    continue
                assert not post.hashtags and not post.image_id
                sent = post_rules.compose(
                    post.text, short_url("abcdefg", PRODUCTION_ROOT_URL), post.hashtags, post.rules
                )
                report = post_rules.measure(sent, post.rules)
                assert report.used <= 2, f"{page.title}: {report}"
                expected_encoding = "ucs2" if language == "vi" else "gsm7"
                assert report.sms_encoding == expected_encoding


def test_posts_are_planned_within_their_campaigns_dates_as_the_admin_form_requires():
    for language in ["vi", "en"]:
        for page in campaigns(language):
            approved_slots = set()
            for post in posts_of(page):
                day = timezone.localtime(post.planned_at).date()
                assert page.start_date <= day, f"{page.title}: {post.channel} {day}"
                assert page.end_date is None or day <= page.end_date, f"{page.title}: {day}"
                if post.is_approved and post.channel != Channel.POSTER:
                    slot = (post.channel, post.planned_at)
                    assert slot not in approved_slots, f"{page.title}: {slot}"
                    approved_slots.add(slot)


def test_statuses_are_mixed_approved_posts_are_due_and_drafts_lie_ahead():
    now = timezone.now()
    statuses = set()
    due = {"vi": set(), "en": set()}
    for language in ["vi", "en"]:
        for page in campaigns(language):
            for post in posts_of(page):
                statuses.add(post.status)
                assert post.planned_at, f"{page.title}: {post.channel}"
                if post.is_approved and post.planned_at <= now:
                    due[language].add(post.channel)
                if post.status == ChannelPost.Status.DRAFT:
                    assert post.planned_at > now
                # No made-up video addresses: video channels stay drafts until the video exists.
                assert not post.video_url
                if post.rules.video_required:
                    assert post.status == ChannelPost.Status.DRAFT
    assert statuses == set(ChannelPost.Status.values)
    for language, channels in due.items():
        assert len(channels) >= 4, f"{language}: the schedulers' feeds have posts"
    running = campaigns("vi").get(slug="khong-ky-thi-khong-phan-biet-doi-xu")
    assert any(post.status == ChannelPost.Status.APPROVED for post in posts_of(running))


def test_posts_link_to_their_campaign_in_their_own_language():
    for language, prefix in [("vi", "/chien-dich/"), ("en", "/en/campaigns/")]:
        for page in campaigns(language):
            facebook = next(post for post in posts_of(page) if post.channel == Channel.FACEBOOK)
            link = facebook.tracked_url()
            assert f"{prefix}{page.slug}/?" in link
            assert "utm_source=facebook" in link
            assert f"utm_campaign={page.slug}" in link


def test_text_is_nfc_and_respectful():
    texts = []
    for page in CampaignPage.objects.all():
        texts += [page.title, page.key_message, page.summary, page.hero_alt_text]
        texts.append(json.dumps(list(page.body.raw_data), ensure_ascii=False))
        for post in posts_of(page):
            texts += [post.title, post.text, post.hashtags]
    for index in CampaignIndexPage.objects.all():
        texts += [index.title, index.introduction]
    texts += [
        json.dumps(content, ensure_ascii=False)
        for content in Revision.objects.filter(
            base_content_type__model="page",
            object_id__in=[str(pk) for pk in CampaignPage.objects.values_list("pk", flat=True)],
        ).values_list("content", flat=True)
    ]
    joined = "\n".join(texts)
    assert "người bán dâm" in joined and "people who sell sex" in joined
    assert [text for text in texts if not unicodedata.is_normalized("NFC", text)] == []
    lowered = joined.lower()
    found = [slur for slur in SLURS_VI if re.search(rf"(?<!\w){slur}(?!\w)", lowered)]
    found += [slur for slur in SLURS_EN if re.search(slur, lowered)]
    assert found == []


def snapshot():
    models = [
        Page,
        Revision,
        ReferenceIndex,
        ChannelPost,
        ShortLink,
        get_image_model(),
        get_document_model(),
        CampaignPage.topics.through,
        CampaignPage.audiences.through,
        CampaignPage.partners.through,
    ]
    counts = {model.__name__: model.objects.count() for model in models}
    counts["latest revisions"] = sorted(Page.objects.values_list("pk", "latest_revision_id"))
    counts["posts"] = sorted(
        ChannelPost.objects.values_list("pk", "page_id", "post_key", "status", "planned_at")
    )
    return counts


def test_running_again_changes_nothing():
    before = snapshot()
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    assert "Nothing was missing" in output.getvalue()
    assert snapshot() == before


def test_running_again_keeps_what_editors_changed():
    page = campaigns("vi").get(slug="biet-quyen-cua-minh")
    page.title = "Quyền của bạn"
    page.slug = "quyen-cua-ban"
    page.channel_posts = [post for post in posts_of(page) if post.channel != Channel.SMS]
    page.save_revision().publish()
    testing = campaigns("vi").get(slug="xet-nghiem-hiv-mien-phi")
    testing.get_translation(english()).delete()

    call_command("load_demo_content", stdout=io.StringIO())

    assert campaigns("vi").count() == 3
    page = CampaignPage.objects.get(pk=page.pk)
    assert (page.title, page.slug) == ("Quyền của bạn", "quyen-cua-ban")
    assert Channel.SMS not in {post.channel for post in posts_of(page)}
    # The editor removed the translation; the demo does not bring it back.
    assert testing.get_translation_or_none(english()) is None


def test_the_demo_says_what_it_made(demo):
    assert "+ page: Chiến dịch  /chien-dich/" in demo
    assert "+ page translation: Campaigns  /en/campaigns/" in demo
    assert "+ page: Biết quyền của mình  /chien-dich/biet-quyen-cua-minh/" in demo
    assert "+ page translation: Know your rights  /en/campaigns/know-your-rights/" in demo
