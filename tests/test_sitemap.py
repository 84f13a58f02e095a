"""/sitemap.xml lists both languages with hreflang alternates; /robots.txt points to it."""

import xml.etree.ElementTree as ET
from datetime import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.factories import (
    InformationPageFactory,
    english,
    english_home,
    publish_child,
    publish_translation,
    site_home,
)

pytestmark = pytest.mark.django_db

SITE_ROOT = "http://localhost"
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


def read_sitemap(client, **headers):
    response = client.get("/sitemap.xml", headers=headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    root = ET.fromstring(response.content)  # noqa: S314 (our own response, in a test)
    assert root.tag == f"{{{NS['sm']}}}urlset"
    entries = {}
    for url in root.findall("sm:url", NS):
        location = url.findtext("sm:loc", namespaces=NS)
        assert location not in entries, f"{location} is listed twice"
        entries[location] = {
            "lastmod": url.findtext("sm:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in url.findall("xhtml:link", NS)
                if link.get("rel") == "alternate"
            },
        }
    return entries


@pytest.fixture
def site():
    """A translated page, an untranslated one (English alias) and a Vietnamese-only one."""
    home = site_home()
    translated = publish_child(
        home, InformationPageFactory.build(title="Quyền của bạn", slug="quyen-cua-ban")
    )
    translation = publish_translation(translated, title="Your rights", slug="your-rights")
    untranslated = publish_child(
        home, InformationPageFactory.build(title="Giới thiệu", slug="gioi-thieu")
    )
    alias = untranslated.copy_for_translation(english(), alias=True)
    return {"translated": translated, "translation": translation, "alias": alias}


def test_sitemap_lists_both_languages_without_aliases(client, site):
    entries = read_sitemap(client)

    assert set(entries) == {
        f"{SITE_ROOT}/",
        f"{SITE_ROOT}/quyen-cua-ban/",
        f"{SITE_ROOT}/en/your-rights/",
        f"{SITE_ROOT}/gioi-thieu/",
    }
    # The English home page and "About" are aliases (noindex, canonical to Vietnamese).
    assert site["alias"].full_url not in entries
    assert english_home().full_url not in entries


def test_translated_pages_list_each_other_as_alternates(client, site):
    entries = read_sitemap(client)
    expected = {
        "vi": f"{SITE_ROOT}/quyen-cua-ban/",
        "en": f"{SITE_ROOT}/en/your-rights/",
        "x-default": f"{SITE_ROOT}/quyen-cua-ban/",
    }
    assert entries[f"{SITE_ROOT}/quyen-cua-ban/"]["alternates"] == expected
    assert entries[f"{SITE_ROOT}/en/your-rights/"]["alternates"] == expected
    # No alternates where there is no real translation.
    assert entries[f"{SITE_ROOT}/gioi-thieu/"]["alternates"] == {}
    assert entries[f"{SITE_ROOT}/"]["alternates"] == {}


def test_alternates_match_the_pages_own_hreflang_links(client, soup, site):
    entries = read_sitemap(client)
    for page in (site["translated"], site["translation"]):
        own = {
            link["hreflang"]: link["href"]
            for link in soup(client.get(page.url)).select('link[rel="alternate"][hreflang]')
        }
        assert entries[page.full_url]["alternates"] == own


def test_english_home_is_listed_once_translated(client, site):
    home_en = english_home()
    home_en.alias_of = None
    home_en.title = "Home"
    home_en.save_revision().publish()

    entries = read_sitemap(client)

    assert entries[f"{SITE_ROOT}/en/"]["alternates"] == {
        "vi": f"{SITE_ROOT}/",
        "en": f"{SITE_ROOT}/en/",
        "x-default": f"{SITE_ROOT}/",
    }


def test_lastmod_is_the_last_publication(client, site):
    entries = read_sitemap(client)
    page = site["translated"]
    page.refresh_from_db()
    lastmod = datetime.fromisoformat(entries[page.full_url]["lastmod"])
    assert lastmod == page.last_published_at


def test_drafts_and_private_pages_are_left_out(client, site):
    home = site_home()
    home.add_child(instance=InformationPageFactory.build(slug="ban-nhap", live=False))
    private = publish_child(home, InformationPageFactory.build(slug="rieng-tu"))
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="bí mật"
    )
    entries = read_sitemap(client)
    assert not [url for url in entries if "ban-nhap" in url or "rieng-tu" in url]


def test_urls_come_from_the_site_not_from_the_request(client, site):
    entries = read_sitemap(client, host="attacker.example")
    urls = [*entries, *(url for entry in entries.values() for url in entry["alternates"].values())]
    assert all(url.startswith(f"{SITE_ROOT}/") for url in urls)


def translated_pages(count, start=0):
    for number in range(start, start + count):
        page = publish_child(
            site_home(), InformationPageFactory.build(title=f"Trang {number}", slug=f"t-{number}")
        )
        publish_translation(page, slug=f"p-{number}")


def sitemap_queries(client):
    client.get("/sitemap.xml")  # warm Wagtail's caches of site root paths
    with CaptureQueriesContext(connection) as captured:
        client.get("/sitemap.xml")
    return [query["sql"] for query in captured.captured_queries]


def test_sitemap_costs_the_same_queries_for_5_or_20_pages(client):
    translated_pages(5)
    with_five = sitemap_queries(client)
    assert len(read_sitemap(client)) == 1 + 2 * 5
    translated_pages(15, start=5)
    with_twenty = sitemap_queries(client)
    assert len(read_sitemap(client)) == 1 + 2 * 20
    assert len(with_twenty) == len(with_five), "\n".join(with_twenty)


def test_sitemap_is_outside_the_language_prefixes(client):
    assert client.get("/en/sitemap.xml").status_code == 404


def test_robots_txt_allows_all_but_the_admin_and_points_to_the_sitemap(client):
    response = client.get("/robots.txt", headers={"host": "attacker.example"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Allow: /" in lines
    assert not [
        line for line in lines if line.startswith("Disallow:") and line != "Disallow: /admin/"
    ]
    assert f"Sitemap: {SITE_ROOT}/sitemap.xml" in lines
    assert not response.cookies
