"""Pages cost a constant number of queries, however many links and hotlines they show."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from portal.models import Navigation
from tests.factories import (
    HotlineFactory,
    InformationPageFactory,
    NavigationFactory,
    english,
    publish_child,
    publish_translation,
    site_home,
)

pytestmark = pytest.mark.django_db

PATHS = ["/", "/en/", "/trang-0/", "/en/page-0/"]


def translated_pages(start, count):
    pages = []
    for number in range(start, start + count):
        page = publish_child(
            site_home(),
            InformationPageFactory.build(title=f"Trang {number}", slug=f"trang-{number}"),
        )
        publish_translation(page, slug=f"page-{number}")
        pages.append(page)
    return pages


def set_menu(pages):
    """One navigation, in both languages, linking to the pages from header and footer."""
    Navigation.objects.all().delete()
    links = [("link", {"label": "", "page": page, "url": ""}) for page in pages]
    navigation = NavigationFactory(header_links=links, footer_links=links)
    navigation.copy_for_translation(english()).save()


def queries_for(client, path):
    client.get(path)  # warm Wagtail's per-process caches (site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


@pytest.fixture
def hotlines():
    for number in range(3):
        HotlineFactory(label=f"Đường dây {number}", phone_number=f"1900 000{number}")


@pytest.mark.parametrize("path", PATHS)
def test_query_count_does_not_grow_with_the_number_of_links(client, hotlines, path):
    pages = translated_pages(0, 1)
    set_menu(pages)
    with_one_link = queries_for(client, path)
    set_menu(pages + translated_pages(1, 6))
    with_seven_links = queries_for(client, path)
    assert len(with_seven_links) == len(with_one_link), "\n".join(with_seven_links)


@pytest.mark.parametrize("path", PATHS)
def test_public_pages_stay_within_the_query_budget(
    client, hotlines, django_assert_max_num_queries, path
):
    set_menu(translated_pages(0, 7))
    client.get(path)
    # Wagtail's routing takes up to 8; settings, hotlines, menu, its pages and their
    # translations, and the page's language versions take the rest, plus one for the
    # ancestors in the breadcrumb structured data (pages below home). The share card adds
    # none: the default social image comes with the settings and its rendition from the
    # cache (tests/test_sharing.py counts those).
    with django_assert_max_num_queries(17):
        client.get(path)
