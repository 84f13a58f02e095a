"""What keyword search matches: a service's folded text, kept in step with its snippets."""

import pytest

from directory.models import ServicePage
from directory.queries import keyword_q
from tests.directory_factories import (
    LocationFactory,
    OrganizationFactory,
    ServiceCategoryFactory,
    make_service,
)
from tests.factories import english

pytestmark = pytest.mark.django_db


def found(text):
    return set(ServicePage.objects.filter(keyword_q(text)).values_list("title", flat=True))


def test_search_text_holds_the_service_its_organisation_categories_and_address():
    testing = ServiceCategoryFactory(name="Xét nghiệm HIV")
    make_service(
        title="Điểm tư vấn Đồng Hành",
        organization=OrganizationFactory(name="Hội Bạn Đường"),
        categories=[testing],
        locations=[LocationFactory(address_1="12 Đinh Tiên Hoàng", ward_code="26737")],
    )
    for typed in ("dong hanh", "ĐỒNG HÀNH", "hoi ban duong", "xet nghiem hiv", "dinh tien hoang"):
        assert found(typed) == {"Điểm tư vấn Đồng Hành"}, typed
    assert found("xet nghiem lao") == set()


def test_every_word_must_match_in_any_order():
    make_service(title="Tư vấn pháp lý miễn phí")
    assert found("mien phi tu van") == {"Tư vấn pháp lý miễn phí"}
    assert found("tu van tam ly") == set()


def test_a_confidential_address_is_not_searchable():
    make_service(
        title="Nhà tạm lánh",
        locations=[LocationFactory(address_1="99 Đường Bí Mật", is_confidential=True)],
    )
    assert found("bi mat") == set()
    assert found("nha tam lanh") == {"Nhà tạm lánh"}


def test_renaming_or_translating_a_category_updates_what_finds_the_service():
    category = ServiceCategoryFactory(name="Vay vốn")
    make_service(title="Chương trình hỗ trợ", categories=[category])
    category.name = "Vay vốn ưu đãi"
    category.save()
    assert found("uu dai") == {"Chương trình hỗ trợ"}
    translation = category.copy_for_translation(english())
    translation.name = "Preferential loans"
    translation.save()
    assert found("preferential loans") == {"Chương trình hỗ trợ"}


def test_renaming_an_organisation_or_moving_a_location_updates_search_text():
    organization = OrganizationFactory(name="Trung tâm cũ")
    location = LocationFactory(address_1="1 Lê Lợi")
    make_service(title="Dịch vụ A", organization=organization, locations=[location])
    organization.name = "Trung tâm Bình Minh"
    organization.save()
    location.address_1 = "77 Nguyễn Huệ"
    location.save()
    assert found("binh minh") == {"Dịch vụ A"}
    assert found("nguyen hue") == {"Dịch vụ A"}
    assert found("le loi") == set()


@pytest.mark.parametrize("typed", ["", "   ", "!!!", '"*^-'])
def test_text_without_words_gives_no_filter(typed):
    assert keyword_q(typed) is None
