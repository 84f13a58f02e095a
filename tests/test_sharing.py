"""Sharing and discovery: Open Graph and Twitter cards, JSON-LD, share links, the social preview."""

import json
from urllib.parse import parse_qs, urlsplit

import pytest
import wagtail_factories
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from PIL import Image as PILImage
from wagtail.models import Site
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from home.models import InformationPage
from portal.models import SiteSettings
from portal.sharing import PORTAL_NAME, SITE_DESCRIPTION, SOCIAL_IMAGE_FILTER
from portal.structured_data import faq_page, to_json_ld
from tests.factories import (
    HotlineFactory,
    InformationPageFactory,
    english,
    english_home,
    publish_child,
    publish_translation,
    site_home,
)

pytestmark = pytest.mark.django_db

SITE_ROOT = "http://localhost"


def site_settings():
    return SiteSettings.for_site(Site.objects.get(is_default_site=True))


@pytest.fixture
def default_image():
    image = wagtail_factories.ImageFactory(
        title="Hai bàn tay nắm lấy nhau", file__width=1600, file__height=1000
    )
    settings = site_settings()
    settings.default_social_image = image
    settings.save()
    return image


@pytest.fixture
def translated_page():
    source = publish_child(
        site_home(),
        InformationPageFactory.build(
            title="Quyền của bạn",
            slug="quyen-cua-ban",
            introduction="Những điều pháp luật bảo vệ.",
        ),
    )
    return source, publish_translation(
        source,
        title="Your rights",
        slug="your-rights",
        introduction="What the law protects.",
    )


@pytest.fixture
def aliased_page():
    source = publish_child(
        site_home(), InformationPageFactory.build(title="Giới thiệu", slug="gioi-thieu")
    )
    alias = source.copy_for_translation(english(), copy_parents=True, alias=True)
    return source, InformationPage.objects.get(pk=alias.pk)


def og(parsed, name):
    """The content of an Open Graph (property) or Twitter (name) meta tag."""
    tag = parsed.find("meta", attrs={"property": name}) or parsed.find("meta", attrs={"name": name})
    return tag["content"] if tag else None


def og_all(parsed, name):
    return [tag["content"] for tag in parsed.find_all("meta", attrs={"property": name})]


def json_ld(parsed):
    return [
        json.loads(script.string) for script in parsed.select('script[type="application/ld+json"]')
    ]


def of_type(objects, schema_type):
    return [data for data in objects if data["@type"] == schema_type]


# Open Graph and Twitter cards.


@pytest.mark.parametrize("path", ["/", "/en/", "/quyen-cua-ban/", "/en/your-rights/"])
def test_every_page_has_a_complete_card(client, soup, default_image, translated_page, path):
    parsed = soup(client.get(path))

    assert og(parsed, "og:type") == "website"
    for name in ["og:title", "og:description", "og:site_name", "og:locale"]:
        assert og(parsed, name), name
    assert og(parsed, "og:url").startswith(f"{SITE_ROOT}/")
    assert og(parsed, "og:image").startswith(f"{SITE_ROOT}/media/")
    assert og(parsed, "twitter:card") == "summary_large_image"
    assert og(parsed, "twitter:title") == og(parsed, "og:title")
    assert og(parsed, "twitter:description") == og(parsed, "og:description")
    assert og(parsed, "twitter:image") == og(parsed, "og:image")
    assert og(parsed, "twitter:image:alt") == og(parsed, "og:image:alt")


def test_card_of_a_translated_page_is_in_its_language(client, soup, translated_page):
    vi = soup(client.get("/quyen-cua-ban/"))
    en = soup(client.get("/en/your-rights/"))

    assert og(vi, "og:title") == "Quyền của bạn"
    assert og(vi, "og:description") == "Những điều pháp luật bảo vệ."
    assert og(vi, "og:url") == f"{SITE_ROOT}/quyen-cua-ban/"
    assert og(vi, "og:locale") == "vi_VN"
    assert og_all(vi, "og:locale:alternate") == ["en_US"]
    with translation.override("vi"):
        assert og(vi, "og:site_name") == str(PORTAL_NAME)
    assert og(vi, "og:site_name") != "HCMC Community Support Portal"

    assert og(en, "og:title") == "Your rights"
    assert og(en, "og:description") == "What the law protects."
    assert og(en, "og:url") == f"{SITE_ROOT}/en/your-rights/"
    assert og(en, "og:locale") == "en_US"
    assert og_all(en, "og:locale:alternate") == ["vi_VN"]
    assert og(en, "og:site_name") == "HCMC Community Support Portal"


def test_alias_is_shared_as_the_original(client, soup, aliased_page):
    source, alias = aliased_page
    parsed = soup(client.get(alias.url))

    assert og(parsed, "og:url") == source.full_url == f"{SITE_ROOT}/gioi-thieu/"
    assert og(parsed, "og:locale") == "vi_VN"
    assert og_all(parsed, "og:locale:alternate") == []
    assert og(parsed, "og:title") == "Giới thiệu"


def test_page_without_translation_has_no_locale_alternate(client, soup):
    page = publish_child(site_home(), InformationPageFactory.build(slug="chi-tieng-viet"))
    assert og_all(soup(client.get(page.url)), "og:locale:alternate") == []


def test_description_prefers_the_search_description_then_the_introduction(client, soup):
    page = publish_child(
        site_home(),
        InformationPageFactory.build(
            slug="mo-ta", introduction="Phần giới thiệu.", search_description="Mô tả tìm kiếm."
        ),
    )
    assert og(soup(client.get(page.url)), "og:description") == "Mô tả tìm kiếm."

    page.search_description = ""
    page.save_revision().publish()
    assert og(soup(client.get(page.url)), "og:description") == "Phần giới thiệu."

    page.introduction = ""
    page.save_revision().publish()
    with translation.override("vi"):
        expected = str(SITE_DESCRIPTION)
    assert og(soup(client.get(page.url)), "og:description") == expected


def test_long_descriptions_are_shortened(client, soup):
    page = publish_child(
        site_home(), InformationPageFactory.build(slug="dai", introduction="chữ " * 200)
    )
    description = og(soup(client.get(page.url)), "og:description")
    assert len(description) <= 300
    assert description.endswith("…")


def test_home_page_card_uses_the_portal_name_hero_text_and_hero_image(client, soup, default_image):
    hero = wagtail_factories.ImageFactory(
        title="Bình minh trên sông", file__width=2000, file__height=1200
    )
    home = site_home()
    home.hero_text = "Chúng tôi lắng nghe, không phán xét."
    home.hero_image = hero
    home.save_revision().publish()

    parsed = soup(client.get("/"))

    assert og(parsed, "og:title") == og(parsed, "og:site_name")
    assert og(parsed, "og:description") == "Chúng tôi lắng nghe, không phán xét."
    assert og(parsed, "og:image") == SITE_ROOT + hero.get_rendition(SOCIAL_IMAGE_FILTER).url
    assert og(parsed, "og:image:alt") == "Bình minh trên sông"


def test_social_image_is_a_1200_by_630_jpeg_rendition(client, soup, default_image, settings):
    page = publish_child(site_home(), InformationPageFactory.build(slug="anh"))
    parsed = soup(client.get(page.url))

    url = og(parsed, "og:image")
    assert url.startswith(f"{SITE_ROOT}{settings.MEDIA_URL}")
    assert og(parsed, "og:image:type") == "image/jpeg"
    assert (og(parsed, "og:image:width"), og(parsed, "og:image:height")) == ("1200", "630")
    assert og(parsed, "og:image:alt") == "Hai bàn tay nắm lấy nhau"
    # The file behind the URL really is that JPEG.
    rendition = default_image.renditions.get(filter_spec=SOCIAL_IMAGE_FILTER)
    assert url == SITE_ROOT + rendition.url
    with rendition.file.open() as file, PILImage.open(file) as picture:
        assert (picture.format, picture.size) == ("JPEG", (1200, 630))


def test_small_image_reports_its_real_size(client, soup):
    # Wagtail never upscales: a small image is cropped to 1.91:1 and keeps its width.
    small = wagtail_factories.ImageFactory(title="Nhỏ", file__width=600, file__height=400)
    settings = site_settings()
    settings.default_social_image = small
    settings.save()

    parsed = soup(client.get("/"))

    rendition = small.renditions.get(filter_spec=SOCIAL_IMAGE_FILTER)
    with rendition.file.open() as file, PILImage.open(file) as picture:
        width, height = picture.size
    assert width == 600
    assert abs(height - 315) <= 1
    assert (og(parsed, "og:image:width"), og(parsed, "og:image:height")) == (
        str(width),
        str(height),
    )


def test_without_any_image_the_card_is_a_small_one(client, soup):
    parsed = soup(client.get("/"))
    assert og(parsed, "og:image") is None
    assert og(parsed, "twitter:image") is None
    assert og(parsed, "twitter:card") == "summary"


def test_a_missing_image_file_does_not_break_the_page(client, soup, default_image):
    default_image.file.storage.delete(default_image.file.name)
    response = client.get("/")
    assert response.status_code == 200
    assert og(soup(response), "og:image") is None


def test_absolute_urls_come_from_the_site_not_from_the_request(client, soup, default_image):
    page = publish_child(site_home(), InformationPageFactory.build(slug="dia-chi"))
    response = client.get(page.url, headers={"host": "attacker.example"})
    parsed = soup(response)

    assert og(parsed, "og:url") == f"{SITE_ROOT}/dia-chi/"
    assert og(parsed, "og:image").startswith(f"{SITE_ROOT}/")
    assert "attacker.example" not in response.content.decode()


def test_cards_make_the_page_fetch_nothing_from_elsewhere(client, soup, default_image):
    """Meta tags are read by the networks' crawlers, never loaded by the reader's browser."""
    parsed = soup(client.get("/"))
    loaded = [tag.get("src") for tag in parsed.find_all(["img", "script", "iframe"])]
    assert all(src is None or src.startswith("/") for src in loaded)


# JSON-LD.


def test_no_breadcrumbs_on_the_home_page(client, soup):
    assert of_type(json_ld(soup(client.get("/"))), "BreadcrumbList") == []


def test_breadcrumbs_below_home_in_the_reader_language(client, soup, translated_page):
    source, _translation = translated_page
    child = publish_child(
        source, InformationPageFactory.build(title="Khi bị bắt giữ", slug="khi-bi-bat-giu")
    )
    child_en = publish_translation(child, title="If you are arrested", slug="if-arrested")

    (vi,) = of_type(json_ld(soup(client.get(child.url))), "BreadcrumbList")
    (en,) = of_type(json_ld(soup(client.get(child_en.url))), "BreadcrumbList")

    assert vi["@context"] == "https://schema.org"
    assert [(item["position"], item["name"], item["item"]) for item in vi["itemListElement"]] == [
        (1, site_home().title, f"{SITE_ROOT}/"),
        (2, "Quyền của bạn", f"{SITE_ROOT}/quyen-cua-ban/"),
        (3, "Khi bị bắt giữ", f"{SITE_ROOT}/quyen-cua-ban/khi-bi-bat-giu/"),
    ]
    assert [(item["name"], item["item"]) for item in en["itemListElement"]] == [
        (english_home().title, f"{SITE_ROOT}/en/"),
        ("Your rights", f"{SITE_ROOT}/en/your-rights/"),
        ("If you are arrested", f"{SITE_ROOT}/en/your-rights/if-arrested/"),
    ]
    assert all(item["@type"] == "ListItem" for item in en["itemListElement"])


def test_home_page_describes_the_organisation(client, soup):
    settings = site_settings()
    settings.facebook_url = "https://www.facebook.com/example"
    settings.zalo_url = "https://zalo.me/example"
    settings.save()
    HotlineFactory(label="Tư vấn pháp lý", phone_number="1900 5678", show_in_header=False)
    HotlineFactory(label="Đường dây nóng", phone_number="1900 1234", show_in_header=True)

    (organisation,) = of_type(json_ld(soup(client.get("/"))), "Organization")

    assert organisation["@context"] == "https://schema.org"
    with translation.override("vi"):
        assert organisation["name"] == str(PORTAL_NAME)
    assert organisation["url"] == f"{SITE_ROOT}/"
    assert organisation["logo"] == f"{SITE_ROOT}/static/portal/favicon.svg"
    assert organisation["sameAs"] == ["https://zalo.me/example", "https://www.facebook.com/example"]
    (contact,) = organisation["contactPoint"]
    assert contact["@type"] == "ContactPoint"
    assert contact["telephone"] == "1900 1234"
    assert contact["contactType"] == "Đường dây nóng"


def test_other_pages_do_not_repeat_the_organisation(client, soup, translated_page):
    source, _translation = translated_page
    assert of_type(json_ld(soup(client.get(source.url))), "Organization") == []


def test_a_title_cannot_break_out_of_the_json_ld_script(client, soup):
    title = '</script><script>alert("x")</script><!-- & "quoted"'
    page = publish_child(site_home(), InformationPageFactory.build(title=title, slug="tieu-de"))

    response = client.get(page.url)
    html = response.content.decode()
    parsed = soup(response)

    assert "</script><script>alert" not in html
    scripts = parsed.find_all("script")
    assert all(s.get("src") or s.get("type") == "application/ld+json" for s in scripts)
    (breadcrumbs,) = of_type(json_ld(parsed), "BreadcrumbList")
    assert breadcrumbs["itemListElement"][-1]["name"] == title
    assert og(parsed, "og:title") == title


def test_faq_page_helper():
    data = faq_page(
        [
            ("Tôi có bị phạt không?", "<p>Không, nếu bạn <b>tự nguyện</b> tìm hỗ trợ.</p>"),
            ("", "<p>Câu hỏi trống bị bỏ qua.</p>"),
            ("Ai giữ bí mật cho tôi?", "<p>Mọi tư vấn viên.</p>"),
        ]
    )
    assert data == {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": "Tôi có bị phạt không?",
                "acceptedAnswer": {
                    "@type": "Answer",
                    "text": "<p>Không, nếu bạn <b>tự nguyện</b> tìm hỗ trợ.</p>",
                },
            },
            {
                "@type": "Question",
                "name": "Ai giữ bí mật cho tôi?",
                "acceptedAnswer": {"@type": "Answer", "text": "<p>Mọi tư vấn viên.</p>"},
            },
        ],
    }
    assert faq_page([]) is None


def test_json_ld_is_escaped_like_json_script(soup):
    data = faq_page([("Hỏi </script>?", "<p>Đáp & <b>rõ</b></p>")])
    element = to_json_ld(data)
    assert "<" not in element.removeprefix('<script type="application/ld+json">').removesuffix(
        "</script>"
    )
    (script,) = soup(str(element)).find_all("script")
    assert json.loads(script.string) == data


def test_page_types_extend_the_structured_data(client, soup, monkeypatch):
    """How articles add Article and FAQPage: override get_structured_data and call super()."""
    page = publish_child(site_home(), InformationPageFactory.build(slug="hoi-dap"))

    def with_faq(self, request=None):
        questions = [("Có mất phí không?", "<p>Không.</p>")]
        return [*super(InformationPage, self).get_structured_data(request), faq_page(questions)]

    monkeypatch.setattr(InformationPage, "get_structured_data", with_faq, raising=False)
    types = [data["@type"] for data in json_ld(soup(client.get(page.url)))]
    assert types == ["BreadcrumbList", "FAQPage"]


# Share links.


def share_block(parsed):
    return parsed.select_one("section.share")


def test_share_links_are_plain_links_to_the_page(client, soup):
    page = publish_child(
        site_home(),
        InformationPageFactory.build(title="Quyền & nghĩa vụ? #1 100%", slug="quyen-va-nghia-vu"),
    )
    block = share_block(soup(client.get(page.url)))
    url = f"{SITE_ROOT}/quyen-va-nghia-vu/"

    facebook, x = block.select("a.share__link")
    for link in (facebook, x):
        assert {"noopener", "noreferrer"} <= set(link["rel"])
        assert not link.has_attr("target")  # same tab: see share.html
    facebook_url = urlsplit(facebook["href"])
    assert (facebook_url.scheme, facebook_url.netloc, facebook_url.path) == (
        "https",
        "www.facebook.com",
        "/sharer/sharer.php",
    )
    assert parse_qs(facebook_url.query) == {"u": [url]}
    x_url = urlsplit(x["href"])
    assert (x_url.scheme, x_url.netloc, x_url.path) == ("https", "x.com", "/intent/post")
    assert parse_qs(x_url.query) == {"url": [url], "text": ["Quyền & nghĩa vụ? #1 100%"]}
    # Every reserved character is encoded, so the shared address cannot be cut short.
    assert "u=http%3A%2F%2Flocalhost%2Fquyen-va-nghia-vu%2F" in facebook["href"]
    assert "text=Quy%E1%BB%81n%20%26%20ngh%C4%A9a%20v%E1%BB%A5%3F%20%231%20100%25" in x["href"]


def test_copy_and_native_share_wait_for_javascript(client, soup, translated_page):
    source, _translation = translated_page
    block = share_block(soup(client.get(source.url)))

    address = block.select_one("input[data-share-input]")
    assert address["value"] == f"{SITE_ROOT}/quyen-cua-ban/"
    assert address.has_attr("readonly")
    assert block.select_one(f'label[for="{address["id"]}"]')
    assert block.select_one("[data-share-copy]").has_attr("hidden")
    assert block.select_one("[data-share-native]").has_attr("hidden")
    assert block["data-share-url"] == f"{SITE_ROOT}/quyen-cua-ban/"
    assert block["data-share-title"] == "Quyền của bạn"
    assert block["data-msg-copied"]
    assert block["data-msg-copy-failed"]
    script = block.find_next_sibling("script")
    assert script["src"] == "/static/portal/js/share.js"
    assert script.has_attr("defer")


def test_share_block_is_translated_and_marked_with_its_language(client, soup, aliased_page):
    source, alias = aliased_page
    parsed = soup(client.get(alias.url))
    block = share_block(parsed)
    # The alias's content is Vietnamese; the share block is part of the English interface.
    assert parsed.main["lang"] == "vi"
    assert block["lang"] == "en"
    assert block.h2.get_text() == "Share this page"
    assert block["data-msg-copied"] == "Link copied."
    # It shares the original, like the card.
    assert block.select_one("input")["value"] == source.full_url


def test_share_block_only_where_a_page_type_includes_it(client, soup):
    assert share_block(soup(client.get("/"))) is None


# The social card preview for editors.


def information_page_form(**fields):
    return nested_form_data(
        {
            "title": fields.get("title", "Tiêu đề"),
            "slug": fields.get("slug", "tieu-de"),
            "introduction": fields.get("introduction", ""),
            "body": streamfield([("paragraph", rich_text("<p>Nội dung.</p>"))]),
        }
    )


def test_every_page_type_offers_the_social_card_preview():
    from home.models import HomePage

    for model in (HomePage, InformationPage):
        modes = dict(model().preview_modes)
        assert "" in modes
        assert "social" in modes


def test_editor_previews_the_card_of_unsaved_changes(admin_client, soup, default_image):
    page = publish_child(site_home(), InformationPageFactory.build(title="Cũ", slug="xem-truoc"))
    preview_url = f"/admin/pages/{page.pk}/edit/preview/"
    form = information_page_form(
        title="Tiêu đề mới", slug="xem-truoc", introduction="Giới thiệu mới."
    )

    assert admin_client.post(preview_url, form).json()["is_valid"]
    response = admin_client.get(preview_url, {"mode": "social"})

    assert response.status_code == 200
    parsed = soup(response)
    assert parsed.html["lang"] == "vi"
    card = parsed.select_one(".social-card")
    assert card.select_one(".social-card__title").get_text() == "Tiêu đề mới"
    assert card.select_one(".social-card__description").get_text() == "Giới thiệu mới."
    assert card.select_one(".social-card__domain").get_text() == "localhost"
    image = card.select_one("img")
    assert (image["width"], image["height"]) == ("1200", "630")
    assert image["src"] == default_image.get_rendition(SOCIAL_IMAGE_FILTER).url
    assert image["alt"] == "Hai bàn tay nắm lấy nhau"
    # The page itself is unchanged until the editor publishes.
    assert InformationPage.objects.get(pk=page.pk).title == "Cũ"
    # The default preview is still the page.
    default = admin_client.get(preview_url)
    assert soup(default).h1.get_text() == "Tiêu đề mới"


def test_social_preview_in_both_languages(admin_client, soup, translated_page):
    _source, translation_ = translated_page
    preview_url = f"/admin/pages/{translation_.pk}/edit/preview/"
    form = information_page_form(
        title="Your rights", slug="your-rights", introduction="What the law protects."
    )
    assert admin_client.post(preview_url, form).json()["is_valid"]

    parsed = soup(admin_client.get(preview_url, {"mode": "social"}))

    assert parsed.html["lang"] == "en"
    assert parsed.h1.get_text() == "How this page looks when it is shared"
    english_card, vietnamese_card = parsed.select(".social-card")
    assert english_card.select_one(".social-card__title").get_text() == "Your rights"
    assert vietnamese_card["lang"] == "vi"
    assert vietnamese_card.select_one(".social-card__title").get_text() == "Quyền của bạn"
    # Without an image anywhere, the editor is told where to set one.
    assert parsed.select(".social-card__advice")


def test_social_preview_tells_about_an_untranslated_version(admin_client, soup, aliased_page):
    source, _alias = aliased_page
    preview_url = f"/admin/pages/{source.pk}/edit/preview/"
    assert admin_client.post(preview_url, information_page_form(slug="gioi-thieu")).json()[
        "is_valid"
    ]
    parsed = soup(admin_client.get(preview_url, {"mode": "social"}))
    assert len(parsed.select(".social-card")) == 1
    assert parsed.find("h2", lang="en")


def test_social_preview_warns_about_a_small_image(admin_client, soup):
    settings = site_settings()
    settings.default_social_image = wagtail_factories.ImageFactory(
        file__width=600, file__height=400
    )
    settings.save()
    page = publish_child(site_home(), InformationPageFactory.build(slug="anh-nho"))
    preview_url = f"/admin/pages/{page.pk}/edit/preview/"
    assert admin_client.post(preview_url, information_page_form(slug="anh-nho")).json()["is_valid"]
    advice = soup(admin_client.get(preview_url, {"mode": "social"})).select_one(
        ".social-card__advice"
    )
    assert "600" in advice.get_text()


def test_social_preview_of_a_page_being_created(admin_client, soup):
    home = site_home()
    preview_url = f"/admin/pages/add/home/informationpage/{home.pk}/preview/"
    form = information_page_form(title="Trang mới", slug="trang-moi", introduction="Mới.")
    assert admin_client.post(preview_url, form).json()["is_valid"]
    response = admin_client.get(preview_url, {"mode": "social"})
    assert response.status_code == 200
    assert soup(response).select_one(".social-card__title").get_text() == "Trang mới"


# Queries.


def rendition_queries(client, path):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(path).status_code == 200
    return [q["sql"] for q in captured.captured_queries if "wagtailimages_rendition" in q["sql"]]


def test_the_rendition_is_looked_up_once_per_page(client, default_image):
    client.get("/")  # makes the rendition
    cache.clear()  # so the next request has to find it in the database
    # og:image and twitter:image, one lookup.
    assert len(rendition_queries(client, "/")) == 1
    # Then it comes from the cache.
    assert rendition_queries(client, "/") == []


def query_count(client, path):
    client.get(path)
    with CaptureQueriesContext(connection) as captured:
        client.get(path)
    return len(captured.captured_queries)


@pytest.mark.parametrize("path", ["/", "/quyen-cua-ban/", "/en/your-rights/"])
def test_the_card_image_adds_no_queries(client, translated_page, path):
    without_image = query_count(client, path)
    image = wagtail_factories.ImageFactory(file__width=1300, file__height=700)
    settings = site_settings()
    settings.default_social_image = image
    settings.save()
    assert query_count(client, path) == without_image


def test_breadcrumbs_cost_one_query_however_deep_the_page(
    translated_page, django_assert_num_queries
):
    parent, _translation = translated_page
    child = publish_child(parent, InformationPageFactory.build(slug="con"))
    grandchild = publish_child(child, InformationPageFactory.build(slug="chau"))
    home = site_home()
    home.get_full_url()  # Wagtail caches the sites' root paths

    with django_assert_num_queries(1):
        assert len(grandchild.get_breadcrumbs()) == 4
    with django_assert_num_queries(0):
        assert len(home.get_breadcrumbs()) == 1
