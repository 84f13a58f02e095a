"""A confidential location (a shelter) leaks through neither the sitemap nor site search.

The finder, the service page and the HSDS API have their own leak tests.
"""

import pytest
from wagtail.search.backends import get_search_backend

from directory.models import ServicePage
from tests.directory_factories import LocationFactory, make_service

pytestmark = pytest.mark.django_db

SECRET_STREET = "88 Hẻm Kín Đáo"


@pytest.fixture
def shelter():
    return make_service(
        title="Nhà tạm lánh an toàn",
        locations=[
            LocationFactory(
                address_1=SECRET_STREET, latitude=10.8123, longitude=106.6789, is_confidential=True
            )
        ],
    )


def test_the_sitemap_lists_the_shelter_page_but_nothing_of_where_it_is(client, shelter):
    body = client.get("/sitemap.xml").content.decode()
    assert shelter.get_full_url() in body
    for secret in (SECRET_STREET, "10.8123", "106.6789", "Hẻm Kín"):
        assert secret not in body


def test_site_search_does_not_find_the_shelter_by_its_address(shelter):
    backend = get_search_backend()
    backend.add(shelter)
    assert list(backend.search("Nhà tạm lánh", ServicePage)) == [shelter]
    assert list(backend.search("Hẻm Kín Đáo", ServicePage)) == []
    assert "hem kin" not in shelter.search_text
