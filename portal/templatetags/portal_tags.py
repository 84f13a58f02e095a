from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Locale, Page, Site

from portal.models import Hotline, Navigation

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
    if page is not None and getattr(page, "pk", None):
        versions = (
            Page.objects.filter(translation_key=page.translation_key)
            .live()
            .select_related("locale")
        )
        by_language = {version.locale.language_code: version for version in versions}

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
    return Navigation.objects.for_active_locale().first()


@register.simple_tag
def hotlines():
    return list(Hotline.objects.for_active_locale())


@register.filter
def header_hotline(hotline_list):
    return next((line for line in hotline_list if line.show_in_header), None)
