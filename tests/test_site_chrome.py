"""Header, footer, quick exit and site settings, as every reader sees them."""

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Site

from portal.models import Hotline, Navigation, SiteSettings
from tests.factories import (
    HotlineFactory,
    InformationPageFactory,
    NavigationFactory,
    english,
    english_home,
    publish_child,
    publish_translation,
    site_home,
)

pytestmark = pytest.mark.django_db

PUBLIC_PATHS = ["/", "/en/", "/no-such-page/", "/en/no-such-page/"]


@pytest.fixture
def site_settings():
    settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    settings.quick_exit_url = "https://weather.example/"
    settings.facebook_url = "https://facebook.example/portal"
    settings.zalo_url = "https://zalo.example/portal"
    settings.save()
    return settings


@pytest.fixture
def bilingual_navigation():
    page = publish_child(
        site_home(),
        InformationPageFactory.build(title="Duyệt web an toàn", slug="duyet-web-an-toan"),
    )
    publish_translation(page, title="Browse safely", slug="browse-safely")

    link = {"label": "", "page": page, "url": ""}
    navigation = NavigationFactory(
        header_links=[("link", link)],
        footer_links=[
            ("link", {"label": "Báo cáo sự cố", "page": None, "url": "https://example.org/report"})
        ],
        footer_text="<p>Cổng thông tin mẫu.</p>",
    )
    translation = navigation.copy_for_translation(english())
    translation.footer_text = "<p>Sample portal.</p>"
    translation.footer_links = [
        ("link", {"label": "Report a problem", "page": None, "url": "https://example.org/report"})
    ]
    translation.save()
    return navigation, translation


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_quick_exit_on_every_public_template(client, soup, site_settings, path):
    parsed = soup(client.get(path))
    exit_link = parsed.select_one("[data-quick-exit] a.quick-exit__button")
    assert exit_link["href"] == "https://weather.example/"
    assert parsed.select_one("[data-quick-exit]")["data-exit-url"] == "https://weather.example/"
    assert "noreferrer" in exit_link["rel"]
    # It comes before anything else a keyboard user can reach, apart from the skip link.
    focusable = parsed.body.find_all("a")
    assert [a.get("class") for a in focusable[:2]] == [["skip-link"], ["quick-exit__button"]]


def test_quick_exit_is_translated(client, soup):
    assert (
        soup(client.get("/")).select_one(".quick-exit__button").contents[0].strip() == "Thoát nhanh"
    )
    assert (
        soup(client.get("/en/")).select_one(".quick-exit__button").contents[0].strip()
        == "Quick exit"
    )


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_anonymous_readers_get_no_cookie(client, path, bilingual_navigation):
    response = client.get(path)
    assert not response.cookies
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("path", ["/", "/en/"])
def test_pages_link_only_to_our_own_scripts_and_styles(client, soup, path):
    parsed = soup(client.get(path))
    for tag, attribute in [("script", "src"), ("link", "href"), ("img", "src")]:
        for element in parsed.find_all(tag):
            value = element.get(attribute)
            if value and not (
                tag == "link" and element.get("rel") in (["canonical"], ["alternate"])
            ):
                assert value.startswith("/"), f"{tag} loads {value}"
    # JSON-LD is data, never run by the browser: the only script without src allowed.
    inline = [
        script
        for script in parsed.find_all("script", src=False)
        if script.get("type") != "application/ld+json"
    ]
    assert not inline, "inline scripts are not allowed"


def test_header_hotline_is_click_to_call_in_the_reader_language(client, soup):
    vi_line = HotlineFactory(label="Đường dây nóng", phone_number="1900 1234", availability="24/7")
    en_line = vi_line.copy_for_translation(english())
    en_line.label = "Hotline"
    en_line.availability = "24/7, free"
    en_line.save()

    vi = soup(client.get("/")).select_one(".site-header .hotline")
    assert vi["href"] == "tel:19001234"
    assert vi.select_one(".hotline__label").get_text() == "Đường dây nóng"
    assert vi.select_one(".hotline__number").get_text() == "1900 1234"
    en = soup(client.get("/en/")).select_one(".site-header .hotline")
    assert en.select_one(".hotline__label").get_text() == "Hotline"
    footer = soup(client.get("/en/")).select_one(".site-footer__hotlines")
    assert "24/7, free" in footer.get_text()


def test_english_pages_fall_back_to_vietnamese_chrome_until_it_is_translated(client, soup):
    HotlineFactory(label="Đường dây nóng", phone_number="1900 1234")
    assert soup(client.get("/en/")).select_one(".hotline__label").get_text() == "Đường dây nóng"


def test_only_hotlines_marked_for_the_header_appear_there(client, soup):
    HotlineFactory(
        label="Tư vấn pháp lý", phone_number="1900 5678", show_in_header=False, sort_order=1
    )
    parsed = soup(client.get("/"))
    assert parsed.select_one(".site-header .hotline") is None
    assert "1900 5678" in parsed.select_one(".site-footer__hotlines").get_text()


def test_navigation_is_translated_and_links_to_pages_in_the_reader_language(
    client, soup, bilingual_navigation
):
    vi = soup(client.get("/"))
    en = soup(client.get("/en/"))
    assert [(a.get_text(), a["href"]) for a in vi.select(".main-nav a")] == [
        ("Duyệt web an toàn", "/duyet-web-an-toan/")
    ]
    assert [(a.get_text(), a["href"]) for a in en.select(".main-nav a")] == [
        ("Browse safely", "/en/browse-safely/")
    ]
    assert vi.select_one(".site-footer__text").get_text(strip=True) == "Cổng thông tin mẫu."
    assert en.select_one(".site-footer__text").get_text(strip=True) == "Sample portal."
    assert en.select_one(".site-footer__links a").get_text() == "Report a problem"


def test_current_page_is_marked_in_the_menu(client, soup, bilingual_navigation):
    parsed = soup(client.get("/duyet-web-an-toan/"))
    assert parsed.select_one('.main-nav a[aria-current="page"]').get_text() == "Duyệt web an toàn"


def test_social_accounts_from_settings_appear_in_the_footer(client, soup, site_settings):
    links = soup(client.get("/")).select(".site-footer__social a")
    assert [(a.get_text(), a["href"]) for a in links] == [
        ("Zalo", "https://zalo.example/portal"),
        ("Facebook", "https://facebook.example/portal"),
    ]


def test_sample_content_notice_follows_the_setting(client, soup, site_settings):
    assert soup(client.get("/")).select_one(".notice--sample") is None
    site_settings.show_sample_data_notice = True
    site_settings.save()
    notice = soup(client.get("/en/")).select_one(".notice--sample")
    assert "sample content" in notice.get_text()


def test_site_has_a_single_navigation_translated_per_language(bilingual_navigation):
    second = Navigation(name="Another", locale=site_home().locale)
    with pytest.raises(ValidationError):
        second.full_clean()
    _navigation, translation = bilingual_navigation
    translation.full_clean()  # translations of the one navigation are fine
    assert Navigation.objects.count() == 2


@pytest.mark.parametrize("number", ["1900 1234", "+84 28 3822 1234", "(028) 3822-1234", "113"])
def test_hotline_accepts_phone_numbers(number):
    HotlineFactory.build(phone_number=number).full_clean(exclude=["translation_key", "locale"])


@pytest.mark.parametrize("number", ["call us", "1", "1900 1234 ext. 5", "javascript:alert(1)"])
def test_hotline_rejects_what_is_not_a_phone_number(number):
    with pytest.raises(ValidationError) as error:
        HotlineFactory.build(phone_number=number).full_clean(exclude=["translation_key", "locale"])
    assert "phone_number" in error.value.message_dict


def test_hotline_phone_number_is_shared_between_translations():
    line = HotlineFactory(phone_number="1900 1234")
    translation = line.copy_for_translation(english())
    translation.save()
    assert Hotline.objects.get(pk=translation.pk).phone_number == "1900 1234"


def test_english_home_alias_shows_vietnamese_content_with_notice(client, soup):
    parsed = soup(client.get(english_home().url))
    assert parsed.select_one(".notice--language")


def test_untranslated_menu_and_hotlines_are_marked_as_vietnamese_on_english_pages(client, soup):
    page = publish_child(
        site_home(),
        InformationPageFactory.build(title="Chỉ có tiếng Việt", slug="chi-co-tieng-viet"),
    )
    navigation = NavigationFactory(header_links=[("link", {"label": "", "page": page, "url": ""})])
    translation = navigation.copy_for_translation(english())
    translation.save()
    HotlineFactory(label="Đường dây nóng")

    parsed = soup(client.get("/en/"))
    # The English menu links to a page that has no English version: its title is Vietnamese.
    menu_link = parsed.select_one(".main-nav a")
    assert menu_link.get_text() == "Chỉ có tiếng Việt"
    assert menu_link["lang"] == "vi"
    assert parsed.select_one(".main-nav").get("lang") is None
    # The hotline has no English version at all.
    assert parsed.select_one(".site-header .hotline")["lang"] == "vi"
    assert parsed.select_one(".site-footer__hotlines li")["lang"] == "vi"
    # On Vietnamese pages nothing needs marking.
    vietnamese = soup(client.get("/"))
    assert not vietnamese.select(".main-nav [lang], .hotline[lang], .site-footer [lang]")


def test_whole_menu_falls_back_to_vietnamese_with_a_lang_attribute(
    client, soup, bilingual_navigation
):
    from portal.models import Navigation

    Navigation.objects.filter(locale=english()).delete()
    parsed = soup(client.get("/en/"))
    assert parsed.select_one(".main-nav")["lang"] == "vi"
    # The link's text is the English page title, inside a Vietnamese menu.
    link = parsed.select_one(".main-nav a")
    assert link.get_text() == "Browse safely"
    assert link["lang"] == "en"


def test_each_hotline_falls_back_on_its_own_until_it_is_translated(client, soup):
    translated = HotlineFactory(label="Đường dây nóng", phone_number="1900 1234", sort_order=0)
    english_line = translated.copy_for_translation(english())
    english_line.label = "Hotline"
    english_line.save()
    HotlineFactory(label="Tư vấn pháp lý", phone_number="1900 5678", sort_order=1)

    lines = soup(client.get("/en/")).select(".site-footer__hotlines li")
    assert [(line.span.get_text(), line.get("lang")) for line in lines] == [
        ("Hotline", None),
        ("Tư vấn pháp lý", "vi"),
    ]
