"""The demo content: what `manage.py load_demo_content` promises a newcomer and an editor."""

import io
import json
import unicodedata

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import transaction
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, ReferenceIndex, Revision, Site

from articles.models import ArticlePage
from campaigns.models import CampaignPage
from directory.models import ServicePage
from home.models import HomePage, InformationPage
from portal.demo import find_loaders
from portal.models import Hotline, Navigation, SiteSettings
from tests.factories import english, english_home, site_home, vietnamese

pytestmark = pytest.mark.django_db

# Every page of the demo: (path, title, language).
DEMO_PAGES = [
    ("/", "Trang chủ", "vi"),
    ("/en/", "Home", "en"),
    ("/duyet-web-an-toan/", "Duyệt web an toàn", "vi"),
    ("/en/browse-safely/", "Browse safely", "en"),
    ("/can-ho-tro-ngay/", "Cần hỗ trợ ngay", "vi"),
    ("/en/get-help-now/", "Get help now", "en"),
    ("/quyen-rieng-tu/", "Quyền riêng tư", "vi"),
    ("/en/privacy/", "Privacy", "en"),
    ("/gioi-thieu/", "Giới thiệu", "vi"),
    ("/en/about/", "About this portal", "en"),
    ("/bai-viet/", "Bài viết", "vi"),
    ("/en/articles/", "Articles", "en"),
    ("/van-ban-phap-luat/", "Văn bản pháp luật", "vi"),
    ("/en/legal-documents/", "Legal documents", "en"),
    ("/dich-vu/", "Dịch vụ hỗ trợ", "vi"),
    ("/en/services/", "Support services", "en"),
    ("/chien-dich/", "Chiến dịch", "vi"),
    ("/en/campaigns/", "Campaigns", "en"),
]


def load_demo_content(**options):
    output = io.StringIO()
    call_command("load_demo_content", stdout=output, **options)
    return output.getvalue()


@pytest.fixture(scope="module", autouse=True)
def demo_output(django_db_setup, django_db_blocker):
    """Loaded once for the module; each test's changes are rolled back after it (pytest-django
    wraps each test in a savepoint inside this transaction)."""
    with django_db_blocker.unblock(), transaction.atomic():
        yield load_demo_content()
        transaction.set_rollback(True)


def snapshot():
    """How many of everything the command may create, and the latest revision of each page."""
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "collections": Collection.objects.count(),
        "hotlines": Hotline.objects.count(),
        "navigations": Navigation.objects.count(),
        "users": get_user_model().objects.count(),
        "site settings": SiteSettings.objects.count(),
        "references": ReferenceIndex.objects.count(),
        "latest revisions": sorted(Page.objects.values_list("pk", "latest_revision_id")),
    }


def test_every_page_renders_in_both_languages_with_its_title(client, soup, demo_output):
    # The articles themselves are checked in test_articles_demo.py.
    assert Page.objects.live().filter(depth__gt=1).not_type(
        ArticlePage, ServicePage, CampaignPage
    ).count() == len(DEMO_PAGES)
    for path, title, language in DEMO_PAGES:
        response = client.get(path)
        assert response.status_code == 200, path
        html = soup(response)
        assert html.html["lang"] == language, path
        assert html.title.get_text().startswith(f"{title} · "), path
        assert not html.select(".notice--language"), f"{path} is still an untranslated alias"


def test_information_pages_show_their_title_and_body(client, soup, demo_output):
    for page in InformationPage.objects.live():
        html = soup(client.get(page.url))
        assert html.h1.get_text() == page.title
        assert html.select("main .block-heading"), page.url
        assert html.select("main .callout"), page.url


def test_browse_safely_explains_private_browsing_history_and_quick_exit(client, soup, demo_output):
    vietnamese_text = soup(client.get("/duyet-web-an-toan/")).main.get_text()
    english_text = soup(client.get("/en/browse-safely/")).main.get_text()
    for words in ["ẩn danh", "iPhone", "Android", "Zalo", "Thoát nhanh", "Shift ba lần"]:
        assert words in vietnamese_text
    for words in ["Incognito", "iPhone", "Android", "Zalo", "Quick exit", "Shift key three times"]:
        assert words in english_text


def test_english_home_is_a_real_translation(client, soup, demo_output):
    home, home_in_english = site_home(), english_home()
    assert home_in_english.alias_of_id is None
    assert home_in_english.live_revision_id is not None
    assert home_in_english.title == "Home"
    assert home_in_english.hero_heading == "Information and support, safe and respectful"

    html = soup(client.get("/en/"))
    assert html.h1.get_text() == home_in_english.hero_heading
    assert {link["hreflang"] for link in html.select('link[rel="alternate"]')} == {
        "vi",
        "en",
        "x-default",
    }
    assert html.select_one('link[rel="canonical"]')["href"].endswith("/en/")
    assert home.hero_image_id is not None
    assert home_in_english.hero_image_id == home.hero_image_id


def test_home_shortcuts_and_menus_lead_to_live_pages_in_the_readers_language(
    client, soup, demo_output
):
    kinds = ["health", "counselling", "legal", "training", "loan", "shelter"]
    for path, language in [("/", "vi"), ("/en/", "en")]:
        html = soup(client.get(path))
        shortcuts = html.select(".shortcut")
        assert [link["class"][1] for link in shortcuts] == [f"shortcut--{kind}" for kind in kinds]
        menu_links = html.select(".main-nav a, .site-footer__links a")
        assert len(menu_links) == 7 + 8
        for href in {link["href"] for link in shortcuts + menu_links}:
            response = client.get(href)
            assert response.status_code == 200, href
            assert soup(response).html["lang"] == language, href


def test_snippets_exist_in_both_languages(client, soup, demo_output):
    for model in [Hotline, Navigation]:
        in_vietnamese = model.objects.filter(locale=vietnamese())
        assert in_vietnamese.exists()
        for item in in_vietnamese:
            assert item.get_translation(english()) is not None

    header_line = Hotline.objects.get(locale=english(), show_in_header=True)
    assert header_line.label == "Support line"
    # Made-up numbers say so; only the public 115 and 111 lines are real.
    for line in Hotline.objects.exclude(phone_number__in=["115", "111"]):
        assert "mẫu" in line.availability or "Sample" in line.availability

    html = soup(client.get("/en/"))
    assert html.select_one(".site-header .hotline__label").get_text() == "Support line"
    assert [a.get_text() for a in html.select(".main-nav a")] == [
        "Browse safely",
        "Get help now",
        "About this portal",
        "Articles",
        "Legal documents",
        "Support services",
        "Campaigns",
    ]
    assert "sample data" in html.select_one(".site-footer__text").get_text()


def test_images_are_made_locally_in_the_demo_collection(demo_output):
    images = get_image_model().objects.all()
    assert images.count() == 7
    for image in images:
        assert image.collection.name == "Demo content"
        assert image.title
        assert image.width >= 1200
        assert image.file_hash


def test_running_again_changes_nothing(demo_output):
    before = snapshot()

    second_output = load_demo_content()

    assert snapshot() == before
    assert "Nothing was missing" in second_output


def test_running_again_keeps_what_editors_changed(demo_output):
    about = InformationPage.objects.get(slug="gioi-thieu")
    about.title = "Về chúng tôi"
    about.save_revision().publish()
    Hotline.objects.filter(phone_number="115").update(label="Gọi cấp cứu")
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.quick_exit_url = "https://www.example.com/"
    site_settings.save()
    english_about = about.get_translation(english())
    english_about.delete()

    load_demo_content()

    assert InformationPage.objects.get(pk=about.pk).title == "Về chúng tôi"
    assert Hotline.objects.get(locale=vietnamese(), phone_number="115").label == "Gọi cấp cứu"
    site_settings.refresh_from_db()
    assert site_settings.quick_exit_url == "https://www.example.com/"
    # The editor removed the translation; the demo does not bring it back.
    assert about.get_translation_or_none(english()) is None


def test_sample_notice_is_turned_back_on_because_sample_numbers_remain(demo_output):
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.show_sample_data_notice = False
    site_settings.save()

    load_demo_content()

    site_settings.refresh_from_db()
    assert site_settings.show_sample_data_notice


def test_vietnamese_text_is_stored_in_unicode_nfc(demo_output):
    models = [HomePage, InformationPage, Hotline, Navigation, get_image_model(), Collection]
    texts = [text for model in models for item in model.objects.all() for text in texts_of(item)]
    texts += [
        json.dumps(content, ensure_ascii=False)
        for content in Revision.objects.values_list("content", flat=True)
    ]
    assert "Trang chủ" in texts
    not_nfc = [text for text in texts if not unicodedata.is_normalized("NFC", text)]
    assert not_nfc == []


def texts_of(item):
    for field in item._meta.concrete_fields:
        value = field.value_from_object(item)
        if isinstance(field, StreamField):
            yield json.dumps(field.get_prep_value(value), ensure_ascii=False)
        elif isinstance(value, str):
            yield value


def test_apps_add_demo_content_through_a_demo_content_module():
    names = [name for name, _load in find_loaders()]
    assert "home.demo_content" in names
    # The menus link to the pages other apps make, so the portal's loader runs last.
    assert names[-1] == "portal.demo_content"
