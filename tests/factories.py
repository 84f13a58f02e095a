"""Factories for the portal's models, shared by every test module."""

import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from home.models import HomePage, InformationPage
from portal.models import Hotline, Navigation


def vietnamese():
    return Locale.objects.get(language_code="vi")


def english():
    return Locale.objects.get(language_code="en")


def site_home():
    """The Vietnamese home page created by the migrations."""
    return Site.objects.get(is_default_site=True).root_page.specific


def english_home():
    return site_home().get_translation(english()).specific


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Trang chủ"
    hero_heading = "Thông tin và hỗ trợ"

    class Meta:
        model = HomePage


class InformationPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Trang thông tin {n}")
    introduction = "Giới thiệu ngắn về trang này."
    body = wagtail_factories.StreamFieldFactory({})

    class Meta:
        model = InformationPage


class HotlineFactory(factory.django.DjangoModelFactory):
    label = "Đường dây nóng"
    phone_number = "1900 1234"
    availability = "24/7, miễn phí"
    show_in_header = True
    locale = factory.LazyFunction(vietnamese)

    class Meta:
        model = Hotline


class NavigationFactory(factory.django.DjangoModelFactory):
    name = "Main navigation"
    locale = factory.LazyFunction(vietnamese)

    class Meta:
        model = Navigation


def publish_child(parent: Page, page: Page) -> Page:
    """Add a page under parent and publish it, as an editor would."""
    parent.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def publish_translation(page: Page, **english_fields) -> Page:
    """Translate a page into English with the given fields, publish it, and reload it."""
    translation = page.copy_for_translation(english(), copy_parents=True)
    for name, value in english_fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return type(translation).objects.get(pk=translation.pk)
