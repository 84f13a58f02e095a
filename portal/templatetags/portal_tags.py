from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html, format_html_join
from wagtail.models import Locale, Page, Site

from portal.links import localize_links
from portal.models import Navigation, hotlines_for
from portal.pages import BasePage, language_versions_of
from portal.structured_data import to_json_ld

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context, page=None):
    """Where each language's version of the current page lives.

    Returns one dict per configured language: code, name, url (relative), and
    whether it is the active language. A page without a version in a language
    (not even an alias) points to that language's home page; a view that is not
    a Wagtail page is translated through its URL pattern.
    """
    request = context.get("request")
    active = translation.get_language()
    by_language = {}
    if isinstance(page, BasePage):
        by_language = page.language_versions
    elif page is not None and getattr(page, "pk", None):
        by_language = language_versions_of(page)

    site_root = None
    result = []
    for code, name in settings.LANGUAGES:
        version = by_language.get(code)
        if version is not None:
            url = version.get_url(request)
        elif page is not None and getattr(page, "pk", None):
            if site_root is None:
                site = Site.find_for_request(request) if request else None
                site_root = site.root_page if site else None
            url = _home_url_for(site_root, code, request)
        else:
            path = request.get_full_path() if request else "/"
            url = translate_url(path, code)
        result.append({"code": code, "name": name, "url": url, "is_active": code == active})
    return result


def _home_url_for(site_root, language_code, request):
    if site_root is None:
        return "/" if language_code == settings.LANGUAGE_CODE else f"/{language_code}/"
    try:
        locale = Locale.objects.get(language_code=language_code)
        home = site_root.get_translation(locale)
    except (Locale.DoesNotExist, Page.DoesNotExist):
        home = site_root
    return home.get_url(request)


@register.simple_tag
def navigation():
    found = Navigation.objects.in_reader_language()
    if not found:
        return None
    menu = found[0]
    localize_links(menu.header_links, menu.footer_links)
    return menu


@register.simple_tag(takes_context=True)
def hotlines(context):
    return hotlines_for(context.get("request"))


@register.simple_tag(takes_context=True)
def social_card(context, page=None):
    """The share card of a portal page (portal.sharing.SocialCard), or None."""
    if isinstance(page, BasePage) and page.pk:
        return page.get_social_card(context.get("request"))
    return None


@register.simple_tag(takes_context=True)
def structured_data(context, page=None):
    """The page's schema.org data, one <script type="application/ld+json"> per object."""
    if not (isinstance(page, BasePage) and page.pk):
        return ""
    objects = page.get_structured_data(context.get("request"))
    return format_html_join("\n", "{}", ((to_json_ld(data),) for data in objects if data))


@register.filter
def lang_attr(language_code, surrounding_language=None):
    """A lang attribute for text in another language than what surrounds it.

    Menus, hotlines and page titles fall back to Vietnamese until they are translated;
    screen readers must then read them as Vietnamese (WCAG 3.1.2).
    """
    surrounding = surrounding_language or translation.get_language()
    if language_code and language_code != surrounding:
        return format_html(' lang="{}"', language_code)
    return ""


@register.filter
def header_hotline(hotline_list):
    return next((line for line in hotline_list if line.show_in_header), None)
