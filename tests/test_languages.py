"""Vietnamese at /, English at /en/, aliases for missing translations, hreflang and switcher."""

import pytest
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail_localize.models import LocaleSynchronization

from home.models import InformationPage
from tests.factories import (
    InformationPageFactory,
    english,
    english_home,
    publish_child,
    publish_translation,
    site_home,
    vietnamese,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def translated_page():
    """A Vietnamese information page with a real English translation."""
    source = publish_child(
        site_home(),
        InformationPageFactory.build(title="Duyệt web an toàn", slug="duyet-web-an-toan"),
    )
    return source, publish_translation(source, title="Browse safely", slug="browse-safely")


@pytest.fixture
def aliased_page():
    """A Vietnamese page whose English version is only an alias (not translated yet)."""
    source = publish_child(
        site_home(), InformationPageFactory.build(title="Giới thiệu", slug="gioi-thieu")
    )
    alias = source.copy_for_translation(english(), copy_parents=True, alias=True)
    return source, InformationPage.objects.get(pk=alias.pk)


def alternates(parsed):
    return {
        link["hreflang"]: link["href"] for link in parsed.select('link[rel="alternate"][hreflang]')
    }


def switcher_links(parsed):
    return {a["hreflang"]: a["href"] for a in parsed.select(".language-switcher a[hreflang]")}


def test_both_locales_exist_after_migrate_and_english_follows_vietnamese():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"vi", "en"}
    assert Locale.get_default().language_code == "vi"
    sync = LocaleSynchronization.objects.get(locale=english())
    assert sync.sync_from == vietnamese()


def test_empty_database_serves_both_home_pages():
    assert site_home().locale == vietnamese()
    assert english_home().alias_of_id == site_home().pk


def test_root_is_vietnamese_even_when_the_browser_prefers_english(client, soup):
    response = client.get("/", headers={"accept-language": "en-GB,en;q=0.9"})
    assert response.status_code == 200
    assert soup(response).html["lang"] == "vi"
    assert response["Content-Language"] == "vi"


def test_english_prefix_without_slash_redirects(client):
    response = client.get("/en")
    assert response.status_code == 301
    assert response["Location"] == "/en/"


@pytest.mark.parametrize(
    "header",
    [
        "xx-;q=abc,,,;",
        "en;q=2,vi;q=-1",
        "*" * 600,
        "en-US,en;q=0.9," * 60,
        "\u00e9\u00e8;q=0.1",
    ],
)
def test_malformed_accept_language_never_breaks_a_page(client, header):
    for path in ["/", "/en/", "/no-such-page/"]:
        response = client.get(path, headers={"accept-language": header})
        assert response.status_code in {200, 404}, path


@pytest.mark.parametrize("path", ["/fr/", "/zz/", "/vi/", "/en-gb/", "/en/en/"])
def test_unknown_language_prefix_is_a_normal_404(client, path):
    assert client.get(path).status_code == 404


def test_translated_page_has_hreflang_alternates_and_self_canonical(client, soup, translated_page):
    source, translation = translated_page
    vi = soup(client.get(source.url))
    en = soup(client.get(translation.url))

    expected = {
        "vi": source.full_url,
        "en": translation.full_url,
        "x-default": source.full_url,
    }
    assert alternates(vi) == expected
    assert alternates(en) == expected
    assert vi.find("link", rel="canonical")["href"] == source.full_url
    assert en.find("link", rel="canonical")["href"] == translation.full_url
    assert vi.find("meta", attrs={"name": "robots"}) is None
    assert en.select(".notice--language") == []


def test_translated_page_is_served_under_its_own_language(client, soup, translated_page):
    _source, translation = translated_page
    assert translation.url == "/en/browse-safely/"
    parsed = soup(client.get("/en/browse-safely/"))
    assert parsed.html["lang"] == "en"
    assert parsed.h1.get_text(strip=True) == "Browse safely"


def test_alias_shows_notice_noindex_and_points_canonical_to_the_original(
    client, soup, aliased_page
):
    source, alias = aliased_page
    response = client.get(alias.url)
    assert response.status_code == 200
    parsed = soup(response)

    notice = parsed.select_one(".notice--language")
    assert notice is not None
    assert "not yet available in English" in notice.get_text()
    assert parsed.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert parsed.find("link", rel="canonical")["href"] == source.full_url
    # The content is Vietnamese, and says so to screen readers.
    assert parsed.main["lang"] == "vi"
    # An alias is not a translation: no hreflang that would invite search engines to index it.
    assert "en" not in alternates(parsed)


def test_switcher_leads_to_the_same_page_in_the_other_language(client, soup, translated_page):
    source, translation = translated_page
    assert switcher_links(soup(client.get(source.url))) == {"en": translation.url}
    assert switcher_links(soup(client.get(translation.url))) == {"vi": source.url}


def test_switcher_on_alias_leads_back_to_the_original(client, soup, aliased_page):
    source, alias = aliased_page
    assert switcher_links(soup(client.get(source.url))) == {"en": alias.url}
    assert switcher_links(soup(client.get(alias.url))) == {"vi": source.url}


def test_switcher_marks_the_active_language(client, soup):
    current = soup(client.get("/en/")).select_one(".language-switcher [aria-current]")
    assert current.get_text(strip=True) == "English"
    assert current["lang"] == "en"


def test_switcher_falls_back_to_the_home_page_when_no_version_exists(client, soup):
    # add_child does not run the admin's "after create" hook, so no English alias exists.
    page = publish_child(
        site_home(), InformationPageFactory.build(title="Chỉ tiếng Việt", slug="chi-tieng-viet")
    )
    assert not Page.objects.filter(translation_key=page.translation_key, locale=english()).exists()
    assert switcher_links(soup(client.get(page.url))) == {"en": "/en/"}


def test_switcher_on_a_404_page_translates_the_path(client, soup):
    parsed = soup(client.get("/en/no-such-page/"))
    assert switcher_links(parsed) == {"vi": "/no-such-page/"}


def test_page_created_in_the_admin_gets_an_english_alias(admin_client):
    """wagtail-localize keeps the trees synchronised for pages created by editors."""
    home = site_home()
    response = admin_client.post(
        f"/admin/pages/add/home/informationpage/{home.pk}/",
        nested_form_data(
            {
                "title": "Tư vấn pháp lý",
                "slug": "tu-van-phap-ly",
                "introduction": "",
                "body": streamfield([("paragraph", rich_text("<p>Miễn phí và bí mật.</p>"))]),
                "action-publish": "action-publish",
            }
        ),
    )
    assert response.status_code == 302, response.content[:2000]
    page = InformationPage.objects.get(slug="tu-van-phap-ly", locale=vietnamese())
    alias = InformationPage.objects.get(translation_key=page.translation_key, locale=english())
    assert alias.alias_of_id == page.pk
    assert alias.get_parent().pk == english_home().pk
