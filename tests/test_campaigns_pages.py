"""A campaign page as readers see it: every block, status and dates, areas, terms and partners
in their language, translations and aliases, share cards and links, and privacy."""

import datetime
import re
import uuid
from urllib.parse import urlsplit

import pytest
import wagtail_factories
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from wagtail.documents.models import Document

from campaigns.models import ShortLink
from directory import admin_units
from portal.sharing import SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH
from tests.articles_factories import AudienceFactory, TopicFactory, alias_in_english
from tests.campaigns_factories import (
    campaign,
    campaign_index,
    channel_image,
    consented_testimony,
    every_block,
)
from tests.directory_factories import OrganizationFactory, directory_page
from tests.factories import HotlineFactory, english, publish_translation

pytestmark = pytest.mark.django_db

SITE_ROOT = "http://localhost"
CONSENT_NOTE = "Chị Lan đồng ý bằng văn bản ngày 3/2/2026, lưu tại hồ sơ số 17."
ANONYMOUS_NAME = "Nguyễn Thị Hoa"
TODAY = timezone.localdate()


def days(number) -> datetime.date:
    return TODAY + datetime.timedelta(days=number)


def a_testimony(**fields):
    return consented_testimony(**{"consent_note": CONSENT_NOTE, **fields})


@pytest.fixture
def index():
    return campaign_index()


@pytest.fixture
def photo():
    return wagtail_factories.ImageFactory(title="Chân dung", file__width=400, file__height=400)


@pytest.fixture
def leaflet():
    document = Document(title="Tờ rơi Không kỳ thị")
    document.file.save("to-roi.pdf", ContentFile(b"%PDF-1.4\n" + b"0" * 2048), save=False)
    document.save()
    return document


@pytest.fixture
def full_campaign(index, photo, leaflet):
    """A campaign with every kind of block."""
    finder = directory_page()
    image = channel_image(1600, 900, title="Hai bàn tay")
    return campaign(
        index,
        title="Không kỳ thị",
        slug="khong-ky-thi",
        key_message="Không kỳ thị — Không phân biệt đối xử.",
        summary="Mỗi người đều xứng đáng được tôn trọng.",
        hero_image=image,
        hero_alt_text="Hai bàn tay nắm lấy nhau",
        body=every_block(
            image=image,
            finder=finder,
            document=leaflet,
            testimonies=[
                a_testimony(photo=photo),
                a_testimony(
                    name=ANONYMOUS_NAME,
                    anonymous=True,
                    description="một phụ nữ ở Phường Sài Gòn",
                    photo=photo,
                    quote="Tôi đã dám đi xét nghiệm.",
                ),
            ],
        ),
    )


# What the page shows.


def test_title_key_message_summary_and_hero_image(client, soup, full_campaign):
    parsed = soup(client.get(full_campaign.url))

    assert parsed.h1.get_text() == "Không kỳ thị"
    assert parsed.select_one(".campaign-hero__message").get_text() == (
        "Không kỳ thị — Không phân biệt đối xử."
    )
    assert parsed.select_one(".campaign-hero .lead").get_text() == (
        "Mỗi người đều xứng đáng được tôn trọng."
    )
    hero = parsed.select_one("img.campaign-hero__image")
    assert hero["alt"] == "Hai bàn tay nắm lấy nhau"
    assert hero["sizes"].endswith("100vw")
    widths = [candidate.split()[-1] for candidate in hero["srcset"].split(", ")]
    assert widths[:3] == ["360w", "720w", "1080w"]
    assert all("/media/images/" in candidate for candidate in hero["srcset"].split(", "))
    # The page's main image is what readers see first: never lazy.
    assert not hero.has_attr("loading")
    back = parsed.select_one(".breadcrumb a")
    assert back["href"] == "/chien-dich/"


def test_hero_alt_falls_back_to_the_images_own_description(client, soup, index):
    image = channel_image(1200, 800, title="Tình nguyện viên", description="Ba người cười")
    page = campaign(index, hero_image=image)
    assert soup(client.get(page.url)).select_one(".campaign-hero__image")["alt"] == "Ba người cười"


def test_a_campaign_without_an_image_renders(client, soup, index):
    response = client.get(campaign(index).url)
    assert response.status_code == 200
    assert soup(response).select_one(".campaign-hero__image") is None


@pytest.mark.parametrize(
    ("start", "end", "status"),
    [
        (days(3), days(30), "upcoming"),
        (days(0), days(0), "running"),
        (days(-30), None, "running"),
        (days(-30), days(-1), "ended"),
    ],
    ids=["upcoming", "one-day-today", "open-ended", "ended"],
)
def test_status_badge_and_dates(client, soup, index, start, end, status):
    page = campaign(index, start_date=start, end_date=end)
    parsed = soup(client.get(page.url))

    badge = parsed.select_one(".campaign-hero .status-badge")
    assert badge["class"] == ["status-badge", f"status-badge--{status}"]
    with translation.override("vi"):
        assert badge.get_text() == str(page.get_status_display())
    times = parsed.select(".campaign-hero .campaign-status__dates time")
    assert [time["datetime"] for time in times] == [
        day.isoformat() for day in (start, end) if day is not None
    ]
    # Vietnamese readers write 15/10/2026.
    assert times[0].get_text() == start.strftime("%d/%m/%Y")


def test_english_readers_get_english_dates(client, soup, index):
    page = campaign(
        index, start_date=datetime.date(2026, 3, 8), end_date=datetime.date(2026, 12, 1)
    )
    english_page = publish_translation(page, title="No stigma", slug="no-stigma")
    parsed = soup(client.get(english_page.url))
    dates = parsed.select_one(".campaign-hero .campaign-status")
    assert [time.get_text() for time in dates.select("time")] == ["8 March 2026", "1 December 2026"]
    assert "From 8 March 2026 to 1 December 2026" in " ".join(dates.get_text().split())
    assert dates.parent["lang"] == "en"


def test_every_block_is_rendered(client, soup, full_campaign, leaflet):
    parsed = soup(client.get(full_campaign.url))
    body = parsed.select_one(".campaign__body")

    assert body.select_one("h2.block-heading").get_text() == "Câu chuyện của chúng tôi"
    assert body.select_one("b").get_text() == "người bán dâm"
    figure = body.select_one("figure.figure")
    assert figure.img["alt"] == "Một buổi tư vấn"
    assert figure.figcaption.get_text() == "Tư vấn"

    named, anonymous = body.select("figure.testimonial")
    assert named.select_one(".testimonial__name").get_text() == "Lan"
    assert "người đã dùng dịch vụ tư vấn" in named.figcaption.get_text()
    assert named.select_one("img.testimonial__photo")
    assert anonymous.blockquote.get_text(strip=True) == "Tôi đã dám đi xét nghiệm."
    assert anonymous.select_one(".testimonial__name") is None
    assert anonymous.select_one("img") is None
    assert "một phụ nữ ở Phường Sài Gòn" in anonymous.figcaption.get_text()

    facts = body.select(".fact")
    assert [fact.select_one(".fact__figure").get_text() for fact in facts] == ["1/3", "80%"]
    source = facts[0].select_one(".fact__source a")
    assert source.get_text() == "Khảo sát cộng đồng, 2024"
    assert source["href"] == "https://example.org/khao-sat"
    assert source["rel"] == ["noopener", "noreferrer"]
    assert not source.has_attr("target")
    assert facts[1].select_one(".fact__source a") is None
    assert "Sở Y tế, 2025" in facts[1].select_one(".fact__source").get_text()

    cta = body.select_one(".cta")
    assert cta.select_one("a.button")["href"] == "/dich-vu/"

    video = body.select_one("figure.video")
    play = video.select_one("a.video__play")
    assert play["href"] == "https://www.youtube.com/watch?v=abcdefghijk"
    assert play["data-video-embed"].startswith("https://www.youtube-nocookie.com/embed/abcdefghijk")
    assert video.select_one("iframe") is None
    assert video.select_one("img.video__thumbnail")["src"].startswith("/media/")
    assert parsed.select_one('script[src="/static/articles/js/video.js"]')

    download = body.select_one(".document-download")
    assert download.a["href"] == leaflet.url
    assert download.a.get_text() == "Tờ rơi Không kỳ thị"
    assert "PDF" in download.select_one(".document-download__meta").get_text()


def test_consent_notes_and_anonymous_names_never_reach_readers(client, full_campaign):
    html = client.get(full_campaign.url).content.decode()

    assert CONSENT_NOTE not in html
    assert "hồ sơ số 17" not in html
    assert ANONYMOUS_NAME not in html


def test_the_video_script_is_loaded_only_for_a_video(client, soup, index):
    parsed = soup(client.get(campaign(index, body=[("story", "<p>Chữ.</p>")]).url))
    assert parsed.select_one('script[src$="video.js"]') is None


# Where, for whom, with whom.


def about(parsed, term):
    for row in parsed.select(".campaign-about__list > div"):
        if row.dt.get_text() == term:
            return row.dd
    return None


def test_a_campaign_without_areas_covers_the_whole_city(client, soup, index):
    parsed = soup(client.get(campaign(index, areas=[]).url))
    with translation.override("vi"):
        where, whole_city = translation.gettext("Where"), translation.gettext("The whole city")
    assert about(parsed, where).get_text(strip=True) == whole_city


def test_areas_are_named_in_the_citys_order(client, soup, index):
    first, second, third = admin_units.wards_of()[:3]
    page = campaign(index, areas=[third.code, first.code])
    parsed = soup(client.get(page.url))

    areas = parsed.select(".campaign-areas li")
    assert [item.get_text() for item in areas] == [first.name, third.name]
    assert second.name not in parsed.select_one(".campaign-about").get_text()


def test_ward_names_are_marked_vietnamese_on_english_pages(client, soup, index):
    ward = admin_units.wards_of()[0]
    page = campaign(index, areas=[ward.code])
    english_page = publish_translation(page, title="No stigma", slug="no-stigma")
    parsed = soup(client.get(english_page.url))
    assert parsed.select_one(".campaign-areas")["lang"] == "vi"
    assert about(parsed, "Where") is not None


@pytest.fixture
def terms():
    health = TopicFactory(name="Sức khoẻ", slug="suc-khoe", sort_order=1)
    rights = TopicFactory(name="Quyền", slug="quyen", sort_order=2)
    health_en = health.copy_for_translation(english())
    health_en.name = "Health"
    health_en.save()
    public = AudienceFactory(name="Cộng đồng", slug="cong-dong")
    public_en = public.copy_for_translation(english())
    public_en.name = "The public"
    public_en.save()
    clinic = OrganizationFactory(name="Phòng khám Cộng Đồng", website="https://example.org/pk")
    clinic_en = clinic.copy_for_translation(english())
    clinic_en.name = "Community Clinic"
    clinic_en.save()
    union = OrganizationFactory(name="Hội Phụ nữ Phường", website="")
    return {"topics": [health, rights], "audiences": [public], "partners": [clinic, union]}


def test_topics_audiences_and_partners(client, soup, index, terms):
    page = campaign(index, **terms)
    parsed = soup(client.get(page.url))

    topics = parsed.select(".campaign-about__tags a.tag")
    assert [topic.get_text() for topic in topics] == ["Sức khoẻ", "Quyền"]
    assert topics[0]["href"] == "/chien-dich/?topic=suc-khoe"
    aside = parsed.select_one(".campaign-about")
    assert "Cộng đồng" in aside.get_text()
    partners = aside.select(".campaign-about__values li")
    names = [item.get_text(strip=True) for item in partners]
    assert "Hội Phụ nữ Phường" in names
    assert "Phòng khám Cộng Đồng" in names
    link = aside.find("a", string="Phòng khám Cộng Đồng")
    assert link["href"] == "https://example.org/pk"
    assert link["rel"] == ["noopener", "noreferrer"]
    assert aside.find("li", string="Hội Phụ nữ Phường").a is None


def test_english_page_names_terms_and_partners_in_english_where_translated(
    client, soup, index, terms
):
    page = campaign(index, **terms)
    english_index = publish_translation(index, title="Campaigns", slug="campaigns")
    english_page = publish_translation(
        page, title="No stigma", slug="no-stigma", summary="Everyone deserves respect."
    )
    parsed = soup(client.get(english_page.url))
    aside = parsed.select_one(".campaign-about")

    topics = aside.select("a.tag")
    assert [topic.get_text() for topic in topics] == ["Health", "Quyền"]
    assert topics[0]["href"] == f"{english_index.url}?topic=suc-khoe"
    # An untranslated name stays Vietnamese, and says so.
    assert topics[1]["lang"] == "vi"
    assert not topics[0].has_attr("lang")
    assert "The public" in aside.get_text()
    partner_names = [
        item.get_text(strip=True) for item in aside.select(".campaign-about__values li")
    ]
    assert "Community Clinic" in partner_names
    assert "Phòng khám Cộng Đồng" not in partner_names
    assert aside.find("li", string="Hội Phụ nữ Phường")["lang"] == "vi"


# Languages.


def test_english_translation_shows_english(client, soup, index):
    page = campaign(index, title="Không kỳ thị", slug="khong-ky-thi")
    publish_translation(index, title="Campaigns", slug="campaigns")
    english_page = publish_translation(
        page,
        title="No stigma",
        slug="no-stigma",
        key_message="No stigma, no discrimination.",
        summary="Everyone deserves respect and support.",
        body=[("story", "<p>Stigma keeps people from care.</p>")],
    )
    parsed = soup(client.get(english_page.url))

    assert parsed.html["lang"] == "en"
    assert parsed.h1.get_text() == "No stigma"
    assert parsed.select_one(".campaign-hero__message").get_text() == (
        "No stigma, no discrimination."
    )
    assert "Stigma keeps people from care." in parsed.select_one(".campaign__body").get_text()
    assert parsed.select_one(".notice--language") is None
    assert parsed.select_one(".breadcrumb a").get_text(strip=True).endswith("Campaigns")
    assert parsed.select_one('meta[name="robots"]') is None
    hreflangs = {link["hreflang"] for link in parsed.select('link[rel="alternate"][hreflang]')}
    assert hreflangs == {"vi", "en", "x-default"}


def test_untranslated_alias_says_so_and_points_to_the_original(client, soup, index, terms):
    page = campaign(index, title="Không kỳ thị", slug="khong-ky-thi", **terms)
    alias = alias_in_english(page)
    parsed = soup(client.get(alias.url))

    assert parsed.select_one(".notice--language")
    assert parsed.select_one('meta[name="robots"]')["content"] == "noindex"
    assert parsed.select_one('link[rel="canonical"]')["href"] == f"{SITE_ROOT}{page.url}"
    assert parsed.main["lang"] == "vi"
    assert parsed.h1.get_text() == "Không kỳ thị"
    # What the portal itself says is in English, and marked as such inside the Vietnamese text.
    assert parsed.select_one(".campaign-about")["lang"] == "en"
    assert parsed.select_one(".campaign-about h2").get_text() == "About this campaign"
    assert parsed.select_one(".get-support")["lang"] == "en"
    assert parsed.select_one(".campaign-hero .campaign-status").parent["lang"] == "en"
    # The index above is an alias too: its title is the Vietnamese one, in Vietnamese.
    assert parsed.select_one(".breadcrumb a").get_text(strip=True).endswith("Chiến dịch")
    assert not parsed.select_one(".breadcrumb a").has_attr("lang")
    # Terms the reader has in English are in English, and marked.
    assert parsed.select_one(".campaign-about a.tag").get_text() == "Health"


# Getting support.


def test_get_support_leads_to_the_finder_and_the_hotline(client, soup, index):
    finder = directory_page()
    HotlineFactory(phone_number="1900 1234")
    parsed = soup(client.get(campaign(index).url))
    support = parsed.select_one(".get-support")

    assert support.select_one("a.button")["href"] == finder.url
    assert support.select_one('a[href^="tel:"]')["href"] == "tel:19001234"


def test_get_support_uses_the_english_finder_for_english_readers(client, soup, index):
    finder = directory_page()
    english_finder = publish_translation(finder, title="Support services", slug="support-services")
    english_page = publish_translation(campaign(index), slug="no-stigma")
    support = soup(client.get(english_page.url)).select_one(".get-support")
    assert support.select_one("a.button")["href"] == english_finder.url


def test_without_a_finder_or_hotline_the_page_still_offers_its_message(client, soup, index):
    parsed = soup(client.get(campaign(index).url))
    assert parsed.select_one(".get-support h2")
    assert parsed.select_one(".get-support__actions") is None


# Sharing.


def meta(parsed, name):
    tag = parsed.find("meta", attrs={"property": name}) or parsed.find("meta", attrs={"name": name})
    return tag["content"] if tag else None


@pytest.fixture
def shared_campaign(index):
    hero = channel_image(2400, 1600, title="Ảnh chính")
    social = channel_image(2400, 1260, title="Ảnh chia sẻ", description="Hai bàn tay")
    page = campaign(
        index,
        title="Không kỳ thị",
        slug="khong-ky-thi",
        summary="Mỗi người đều xứng đáng được tôn trọng.",
        hero_image=hero,
        social_image=social,
    )
    publish_translation(index, title="Campaigns", slug="campaigns")
    english_page = publish_translation(
        page, title="No stigma", slug="no-stigma", summary="Everyone deserves respect."
    )
    return {"vi": page, "en": english_page, "hero": hero, "social": social}


@pytest.mark.parametrize(
    ("language", "title", "description", "locale"),
    [
        ("vi", "Không kỳ thị", "Mỗi người đều xứng đáng được tôn trọng.", "vi_VN"),
        ("en", "No stigma", "Everyone deserves respect.", "en_US"),
    ],
)
def test_open_graph_and_twitter_tags(
    client, soup, shared_campaign, language, title, description, locale
):
    page = shared_campaign[language]
    parsed = soup(client.get(page.url))

    assert meta(parsed, "og:title") == title
    assert meta(parsed, "og:description") == description
    assert meta(parsed, "og:url") == f"{SITE_ROOT}{page.url}"
    assert meta(parsed, "og:locale") == locale
    assert meta(parsed, "og:locale:alternate") == ({"vi_VN", "en_US"} - {locale}).pop()
    assert meta(parsed, "og:type") == "website"
    assert meta(parsed, "twitter:card") == "summary_large_image"
    assert meta(parsed, "twitter:title") == title
    image = meta(parsed, "og:image")
    rendition = shared_campaign["social"].get_rendition(
        f"fill-{SOCIAL_IMAGE_WIDTH}x{SOCIAL_IMAGE_HEIGHT}|format-jpeg"
    )
    assert image == f"{SITE_ROOT}{rendition.url}"
    assert meta(parsed, "og:image:width") == "1200"
    assert meta(parsed, "og:image:height") == "630"
    assert meta(parsed, "og:image:alt") == "Hai bàn tay"
    assert meta(parsed, "twitter:image") == image


def test_the_hero_image_is_shared_when_there_is_no_share_image(client, soup, index):
    hero = channel_image(2400, 1600, title="Ảnh chính")
    page = campaign(index, hero_image=hero)
    parsed = soup(client.get(page.url))

    rendition = hero.get_rendition(f"fill-{SOCIAL_IMAGE_WIDTH}x{SOCIAL_IMAGE_HEIGHT}|format-jpeg")
    assert meta(parsed, "og:image") == f"{SITE_ROOT}{rendition.url}"
    assert (rendition.width, rendition.height) == (1200, 630)


def test_share_links_are_plain_links_to_the_canonical_address(client, soup, shared_campaign):
    page = shared_campaign["vi"]
    parsed = soup(client.get(page.url))
    share = parsed.select_one("section.share")
    url = f"{SITE_ROOT}{page.url}"

    hrefs = [link["href"] for link in share.select("a.share__link")]
    assert hrefs[0].startswith("https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2F")
    assert hrefs[1].startswith("https://x.com/intent/post?url=http%3A%2F%2F")
    assert share.select_one("input.share__url")["value"] == url
    assert share["data-share-url"] == url
    # The phone's share sheet (Zalo) and the copy button appear only with JavaScript.
    assert share.select_one("[data-share-native]").has_attr("hidden")


# Privacy.


def test_reading_sets_no_cookie(client, full_campaign):
    response = client.get(full_campaign.url)
    assert response.status_code == 200
    assert "Set-Cookie" not in response.headers
    assert not response.cookies


def loaded_addresses(parsed) -> list[str]:
    """Every address the browser loads by itself: scripts, styles, icons, images, frames."""
    addresses = []
    for tag in parsed.select("script[src], img[src], iframe[src], source[src], video, audio"):
        addresses.append(tag.get("src", ""))
    for tag in parsed.select("img[srcset], source[srcset]"):
        addresses.extend(candidate.split()[0] for candidate in tag["srcset"].split(", "))
    for tag in parsed.select("link[href]"):
        if {"stylesheet", "icon", "preload", "prefetch", "modulepreload"} & set(tag["rel"]):
            addresses.append(tag["href"])
    for tag in parsed.select("[style]"):
        addresses.extend(re.findall(r"url\(([^)]*)\)", tag["style"]))
    return addresses


def test_nothing_is_loaded_from_another_site(client, soup, full_campaign):
    HotlineFactory()
    parsed = soup(client.get(full_campaign.url))
    addresses = loaded_addresses(parsed)

    assert len(addresses) > 10
    for address in addresses:
        parts = urlsplit(address)
        assert parts.netloc in ("", "localhost") and address.startswith(("/", SITE_ROOT)), address
    # Nothing waits to load another site's content either (the video waits for a click).
    assert parsed.select("iframe, object, embed") == []


# The page of a short link whose campaign is gone.


def test_a_short_link_to_a_campaign_that_is_gone_offers_help(client, soup):
    finder = directory_page()
    HotlineFactory(phone_number="1900 1234", availability="24/7")
    link = ShortLink.objects.create(
        code="abc2345",
        campaign_key=uuid.uuid4(),
        post_key=uuid.uuid4(),
        language_code="vi",
        channel="poster",
        utm_campaign="khong-ky-thi",
    )
    response = client.get(f"/c/{link.code}")

    assert response.status_code == 410
    parsed = soup(response)
    hrefs = [a["href"] for a in parsed.select("main a")]
    assert finder.url in hrefs
    assert "tel:19001234" in hrefs
    assert parsed.select_one('meta[name="robots"]')["content"] == "noindex"
    assert "Set-Cookie" not in response.headers


def test_the_gone_page_speaks_the_links_language(client, soup):
    finder = directory_page()
    english_finder = publish_translation(finder, title="Support services", slug="services")
    ShortLink.objects.create(
        code="def2345",
        campaign_key=uuid.uuid4(),
        post_key=uuid.uuid4(),
        language_code="en",
        channel="sms",
        utm_campaign="no-stigma",
    )
    parsed = soup(client.get("/c/def2345"))

    assert parsed.html["lang"] == "en"
    assert parsed.h1.get_text() == "This campaign has ended"
    assert english_finder.url in [a["href"] for a in parsed.select("main a")]


# Cost.

# The same budget as an article page (tests/test_articles_query_counts.py): measured 21 (vi)
# and 24 (en), of which about 16 are Wagtail's routing and the site's header and footer.
PAGE_BUDGET = 28


def queries_for(client, url) -> list[str]:
    client.get(url)  # renditions and Wagtail's per-process caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_query_count_does_not_grow_with_terms_and_partners(client, index, language):
    def tagged_campaign(count, slug):
        topics = [TopicFactory() for _ in range(count)]
        audiences = [AudienceFactory() for _ in range(count)]
        partners = [OrganizationFactory(website="https://example.org/") for _ in range(count)]
        for term in [*topics[:1], *audiences[:1], *partners[:1]]:
            term.copy_for_translation(english()).save()
        page = campaign(
            index,
            slug=slug,
            topics=topics,
            audiences=audiences,
            partners=partners,
            areas=[ward.code for ward in admin_units.wards_of()[:count]],
        )
        return page if language == "vi" else publish_translation(page, slug=f"{slug}-en")

    directory_page()
    HotlineFactory()
    few = queries_for(client, tagged_campaign(1, "it").url)
    many = queries_for(client, tagged_campaign(8, "nhieu").url)
    assert len(many) == len(few), "\n".join(many)
    assert len(many) <= PAGE_BUDGET, "\n".join(many)


def test_a_preview_shows_the_drafts_terms(soup, index, terms):
    page = campaign(index, topics=[terms["topics"][0]])
    page.topics = [terms["topics"][1]]
    page.audiences = terms["audiences"]
    draft = page.save_revision().as_object()

    response = draft.make_preview_request()
    assert response.status_code == 200
    aside = soup(response.render()).select_one(".campaign-about")
    assert [tag.get_text() for tag in aside.select(".tag")] == ["Quyền"]
    assert "Cộng đồng" in aside.get_text()
