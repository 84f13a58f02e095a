"""Short links (/c/<code>) and their QR codes: made when a campaign is published, they follow
the campaign wherever its page goes, and their QR codes decode back to them."""

import io
import re
import xml.etree.ElementTree as ET
from urllib.parse import parse_qs, urlsplit

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.models import Page

from campaigns.channels import Channel
from campaigns.models import CampaignPage, ShortLink
from campaigns.short_links import short_links_for
from tests.campaigns_factories import approved_post, campaign, campaign_index, post
from tests.campaigns_qr import decoded, svg_as_image
from tests.factories import publish_translation

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    return campaign_index()


@pytest.fixture
def published(index):
    return campaign(
        index,
        slug="khong-ky-thi",
        posts=[
            approved_post(Channel.FACEBOOK),
            approved_post(Channel.POSTER),
            approved_post(Channel.SMS, text="Xét nghiệm HIV miễn phí, bí mật."),
        ],
    )


def link_of(page, channel) -> ShortLink:
    post_key = page.channel_posts.get(channel=channel).post_key
    return ShortLink.objects.get(
        campaign_key=page.translation_key,
        post_key=post_key,
        language_code=page.locale.language_code,
    )


def redirect_target(response):
    assert response.status_code == 302
    target = urlsplit(response["Location"])
    return target, {name: values[0] for name, values in parse_qs(target.query).items()}


# Made on publish.


def test_publishing_makes_one_link_per_post_that_prints_or_texts_it(published):
    links = ShortLink.objects.filter(campaign_key=published.translation_key)
    assert sorted(links.values_list("channel", flat=True)) == ["poster", "sms"]
    assert {link.language_code for link in links} == {"vi"}
    assert {link.utm_campaign for link in links} == {"khong-ky-thi"}
    for link in links:
        assert re.fullmatch(r"[23456789abcdefghjkmnpqrstuvwxyz]{7}", link.code)


def test_publishing_again_keeps_the_links(published):
    codes = set(ShortLink.objects.values_list("code", flat=True))
    published.save_revision().publish()
    assert set(ShortLink.objects.values_list("code", flat=True)) == codes


def test_a_draft_campaign_has_no_links_until_it_is_published(index):
    draft = campaign(index, publish=False, posts=[post(Channel.POSTER), post(Channel.SMS)])
    assert not ShortLink.objects.exists()
    draft.get_latest_revision().publish()
    assert ShortLink.objects.filter(campaign_key=draft.translation_key).count() == 2


def test_a_translation_gets_links_in_its_own_language(published):
    english = publish_translation(published, title="No stigma", slug="no-stigma")
    assert link_of(english, Channel.POSTER).language_code == "en"
    assert link_of(english, Channel.POSTER).code != link_of(published, Channel.POSTER).code


def test_links_for_posts_are_made_once_even_when_asked_again(published):
    posts = list(published.channel_posts.all())
    first = short_links_for(published, posts)
    again = short_links_for(published, posts)
    assert {key: link.pk for key, link in first.items()} == {
        key: link.pk for key, link in again.items()
    }
    assert ShortLink.objects.count() == 2


# Following a link.


def test_a_short_link_redirects_to_the_campaign_with_its_utm_parameters(client, published):
    response = client.get(f"/c/{link_of(published, Channel.SMS).code}")
    target, query = redirect_target(response)
    assert target.path == "/chien-dich/khong-ky-thi/"
    assert query == {"utm_source": "sms", "utm_medium": "sms", "utm_campaign": "khong-ky-thi"}
    assert not response.cookies
    assert "public" in response["Cache-Control"]


def test_a_code_typed_in_capitals_still_works(client, published):
    code = link_of(published, Channel.POSTER).code
    target, query = redirect_target(client.get(f"/c/{code.upper()}"))
    assert target.path == "/chien-dich/khong-ky-thi/"
    assert query["utm_medium"] == "print"


def test_a_head_request_is_answered_and_a_post_is_not(client, published):
    code = link_of(published, Channel.POSTER).code
    assert client.head(f"/c/{code}").status_code == 302
    assert client.post(f"/c/{code}").status_code == 405


def test_the_link_follows_the_campaign_when_its_slug_changes(client, published):
    code = link_of(published, Channel.POSTER).code
    published.slug = "ton-trong-moi-nguoi"
    published.save_revision().publish()
    target, query = redirect_target(client.get(f"/c/{code}"))
    assert target.path == "/chien-dich/ton-trong-moi-nguoi/"
    # The poster keeps the campaign name it was printed with.
    assert query["utm_campaign"] == "khong-ky-thi"


def test_the_link_follows_the_campaign_when_it_moves(client, published):
    code = link_of(published, Channel.POSTER).code
    other_index = campaign_index(title="Truyền thông", slug="truyen-thong")
    published.move(other_index, pos="last-child")
    target, _query = redirect_target(client.get(f"/c/{code}"))
    assert target.path == "/truyen-thong/khong-ky-thi/"


def test_an_english_link_leads_to_the_english_page(client, published):
    english = publish_translation(published, title="No stigma", slug="no-stigma")
    target, _query = redirect_target(client.get(f"/c/{link_of(english, Channel.POSTER).code}"))
    assert target.path == "/en/chien-dich/no-stigma/"


def test_a_link_falls_back_to_the_other_language_when_its_own_is_taken_down(client, published):
    english = publish_translation(published, title="No stigma", slug="no-stigma")
    code = link_of(english, Channel.POSTER).code
    english.unpublish()
    target, query = redirect_target(client.get(f"/c/{code}"))
    assert target.path == "/chien-dich/khong-ky-thi/"
    assert query["utm_source"] == "poster"


def test_a_link_to_a_campaign_taken_down_says_it_has_ended(client, published, soup):
    code = link_of(published, Channel.POSTER).code
    published.unpublish()
    response = client.get(f"/c/{code}")
    assert response.status_code == 410
    assert not response.cookies
    with translation.override("vi"):
        heading = translation.gettext("This campaign has ended")
    assert soup(response).find("h1").get_text(strip=True) == heading
    assert soup(response).find("html")["lang"] == "vi"


def test_a_link_to_a_deleted_campaign_says_it_has_ended(client, published):
    code = link_of(published, Channel.SMS).code
    Page.objects.get(pk=published.pk).delete()
    assert not CampaignPage.objects.exists()
    response = client.get(f"/c/{code}")
    assert response.status_code == 410
    assert not response.cookies


@pytest.mark.parametrize(
    "code",
    ["zzzzzzz", "abc-def", "a" * 17, "2" * 5000, "xétnghiệm", "ｋｈｏｎｇ", "%00", "%20"],
)
def test_unknown_or_malformed_codes_are_not_found(client, published, code):
    for suffix in ("", "/qr.svg", "/qr.png"):
        response = client.get(f"/c/{code}{suffix}")
        assert response.status_code == 404
        assert not response.cookies


# QR codes.


def test_the_png_qr_code_decodes_to_the_short_link(client, published):
    code = link_of(published, Channel.POSTER).code
    response = client.get(f"/c/{code}/qr.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    assert not response.cookies
    image = Image.open(io.BytesIO(response.content))
    assert image.width >= 290
    assert decoded(image) == [f"http://localhost/c/{code}"]


def test_the_svg_qr_code_decodes_to_the_short_link_and_prints_large_enough(client, published):
    code = link_of(published, Channel.POSTER).code
    response = client.get(f"/c/{code}/qr.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    root = ET.fromstring(response.content)  # noqa: S314 (our own output)
    assert root.get("viewBox")
    width_mm = float(root.get("width").removesuffix("mm"))
    assert width_mm >= 40
    assert decoded(svg_as_image(response.content)) == [f"http://localhost/c/{code}"]


def test_qr_codes_use_the_site_address_not_the_host_asked_for(client, published):
    code = link_of(published, Channel.POSTER).code
    response = client.get(f"/c/{code}/qr.png", HTTP_HOST="127.0.0.1")
    image = Image.open(io.BytesIO(response.content))
    assert decoded(image) == [f"http://localhost/c/{code}"]


# The editor's "Tracked links" panel.


def tracked_links_table(soup, response):
    return soup(response).select_one("table[data-tracked-links]")


def test_the_panel_lists_every_saved_post_with_its_links(admin_client, published, soup):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[published.pk]))
    assert response.status_code == 200
    rows = tracked_links_table(soup, response).select("tbody tr")
    assert [row["data-channel"] for row in rows] == ["facebook", "poster", "sms"]
    facebook, poster, sms = rows
    assert facebook.select_one("[data-tracked-url]")["href"] == (
        "http://localhost/chien-dich/khong-ky-thi/"
        "?utm_source=facebook&utm_medium=social&utm_campaign=khong-ky-thi"
    )
    assert not facebook.select("[data-short-url]")
    code = link_of(published, Channel.POSTER).code
    assert poster.select_one("[data-short-url]").get_text() == f"http://localhost/c/{code}"
    assert poster.select_one("[data-qr-svg]")["href"] == f"/c/{code}/qr.svg"
    assert poster.select_one("[data-qr-png]")["href"] == f"/c/{code}/qr.png"
    # The SMS is counted with its short link, in messages.
    assert "SMS" in sms.select_one("[data-length]").get_text()


def test_the_panel_shows_the_latest_draft_and_makes_its_short_links(admin_client, published, soup):
    draft = published.get_latest_revision_as_object()
    draft.channel_posts.add(post(Channel.POSTER, title="Bản nháp"))
    draft.save_revision()
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[published.pk]))
    rows = tracked_links_table(soup, response).select("tbody tr")
    assert [row["data-channel"] for row in rows] == ["facebook", "poster", "sms", "poster"]
    assert rows[-1].select_one("[data-short-url]")
    assert ShortLink.objects.filter(channel="poster").count() == 2


def test_the_panel_asks_to_save_a_new_campaign_first(admin_client, index):
    url = reverse("wagtailadmin_pages:add", args=["campaigns", "campaignpage", index.pk])
    response = admin_client.get(url)
    assert response.status_code == 200
    with translation.override("vi"):
        message = translation.gettext("Save the campaign to see its links.")
    assert message in response.content.decode()


def test_the_panel_costs_the_same_queries_for_few_and_many_posts(admin_client, index):
    def edit_page_queries(posts):
        page = campaign(index, posts=posts)
        url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        admin_client.get(url)  # Warms the caches that the first admin page fills.
        with CaptureQueriesContext(connection) as queries:
            assert admin_client.get(url).status_code == 200
        return len(queries)

    few = edit_page_queries([approved_post(Channel.FACEBOOK), approved_post(Channel.POSTER)])
    many = edit_page_queries(
        [approved_post(channel) for channel in Channel]
        + [approved_post(Channel.POSTER), approved_post(Channel.SMS)]
    )
    assert many == few
