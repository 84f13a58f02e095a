"""Factories for the directory: categories, organisations, locations, services.

`make_service` publishes a complete service under a directory page in one call:

    service = make_service(
        title="Xét nghiệm HIV miễn phí",
        categories=[hiv_testing],
        locations=[LocationFactory(ward_code="26740", latitude=10.77, longitude=106.70)],
        hours={0: [("08:00", "11:30"), ("13:30", "17:00")]},  # Monday, two periods
        phones=["028 3930 0000"],
        is_free=True,
    )
"""

import datetime

import factory
import wagtail_factories

from directory.models import (
    Location,
    Organization,
    ServiceCategory,
    ServiceClosure,
    ServiceDirectoryPage,
    ServiceLocation,
    ServicePage,
    ServicePhone,
    ServiceSchedule,
)
from tests.factories import publish_child, site_home, vietnamese

# A ward of central Ho Chi Minh City and its centre, for tests that need a real place.
SAI_GON_WARD = "26740"
SAI_GON_POSITION = (10.7769, 106.7009)


class ServiceCategoryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Loại dịch vụ {n}")
    slug = factory.Sequence(lambda n: f"loai-dich-vu-{n}")
    description = "Mô tả loại dịch vụ."
    locale = factory.LazyFunction(vietnamese)

    class Meta:
        model = ServiceCategory


class OrganizationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tổ chức mẫu {n}")
    description = "Một tổ chức mẫu cung cấp dịch vụ hỗ trợ."
    locale = factory.LazyFunction(vietnamese)

    class Meta:
        model = Organization


class LocationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Điểm hỗ trợ {n}")
    address_1 = factory.Sequence(lambda n: f"{n + 1} Lê Lợi")
    ward_code = SAI_GON_WARD
    latitude = SAI_GON_POSITION[0]
    longitude = SAI_GON_POSITION[1]
    locale = factory.LazyFunction(vietnamese)

    class Meta:
        model = Location


class ServiceDirectoryPageFactory(wagtail_factories.PageFactory):
    title = "Dịch vụ hỗ trợ"
    slug = "dich-vu"
    introduction = "Tìm dịch vụ hỗ trợ gần bạn."

    class Meta:
        model = ServiceDirectoryPage


def directory_page() -> ServiceDirectoryPage:
    """The Vietnamese service directory under the home page, made on first use."""
    existing = ServiceDirectoryPage.objects.filter(locale=vietnamese()).first()
    if existing:
        return existing
    return publish_child(site_home(), ServiceDirectoryPage(title="Dịch vụ hỗ trợ", slug="dich-vu"))


def _time(value) -> datetime.time:
    return value if isinstance(value, datetime.time) else datetime.time.fromisoformat(value)


def make_service(
    *,
    title="Dịch vụ mẫu",
    parent=None,
    organization=None,
    categories=(),
    locations=None,
    hours=None,
    closures=(),
    phones=("028 3930 0000",),
    languages=(),
    publish=True,
    **fields,
) -> ServicePage:
    """A service with its locations, weekly hours ({weekday: [(opens, closes)]}), closures
    ([(first day, last day or None)]) and phones, published unless publish=False."""
    fields.setdefault("summary", f"Tóm tắt: {title}.")
    fields.setdefault("live", publish)
    fields.setdefault("description", f"Mô tả đầy đủ của {title}.")
    service = ServicePage(
        title=title,
        organization=organization or OrganizationFactory(),
        **fields,
    )
    if locations is None:
        locations = [LocationFactory()]
    service.service_locations = [ServiceLocation(location=location) for location in locations]
    service.phones = [ServicePhone(number=number) for number in phones]
    service.schedules = [
        ServiceSchedule(weekday=weekday, opens_at=_time(opens), closes_at=_time(closes))
        for weekday, periods in (hours or {}).items()
        for opens, closes in periods
    ]
    service.closures = [ServiceClosure(starts_on=first, ends_on=last) for first, last in closures]
    service.categories = list(categories)
    service.languages = list(languages)
    (parent or directory_page()).add_child(instance=service)
    revision = service.save_revision()
    if publish:
        revision.publish()
    service.refresh_from_db()
    return service
