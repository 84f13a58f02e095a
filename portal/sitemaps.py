"""For search engines: /sitemap.xml with both languages, and /robots.txt.

The sitemap lists every live, public page of the site in every language, except aliases
(pages not translated yet, which are served with noindex and a canonical link to the
original). A page with real translations lists them all as hreflang alternates, plus
x-default for the Vietnamese one, as the pages' own <link rel="alternate"> do. It costs the
same number of queries however many pages the site has.
"""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Q
from django.http import HttpResponse
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.models import Page, Site

from portal.sharing import absolute_url


class PortalSitemap(WagtailSitemap):
    def site_pages(self):
        """Live, public, non-alias pages under the site's home page in every language."""
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        in_site = Q()
        for root in roots:
            in_site |= Q(path__startswith=root.path, depth__gte=root.depth)
        return Page.objects.filter(in_site).live().public().filter(alias_of__isnull=True)

    def items(self):
        return self.site_pages().order_by("path").defer_streamfields().specific()

    def _urls(self, page, protocol, domain):
        # Wagtail's sitemap asks each page for its URLs; this also adds their alternates.
        pages = list(self.paginator.page(page).object_list)
        alternates = self.alternates_for(pages)
        urls = []
        for item in pages:
            location = item.get_full_url(self.request)
            for url_info in item.get_sitemap_urls(self.request):
                if url_info.get("location") == location:
                    url_info = {**url_info, "alternates": alternates.get(item.pk, [])}
                urls.append(url_info)
        last_mods = [url_info.get("lastmod") for url_info in urls]
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls

    def alternates_for(self, pages) -> dict:
        """hreflang alternates by page id, for the pages that have real translations.

        One query for the translations of all the pages (plain pages: only their URLs are
        needed), whichever page of the sitemap they fall on.
        """
        versions = defaultdict(dict)
        for version in (
            self.site_pages()
            .filter(translation_key__in={page.translation_key for page in pages})
            .select_related("locale")
        ):
            versions[version.translation_key][version.locale.language_code] = version
        result = {}
        for page in pages:
            by_language = versions[page.translation_key]
            if len(by_language) < 2:
                continue
            links = [
                {"lang_code": code, "location": by_language[code].get_full_url(self.request)}
                for code, _name in settings.LANGUAGES
                if code in by_language
            ]
            # The default language's version, as in the pages' own hreflang links.
            links.append({"lang_code": "x-default", "location": links[0]["location"]})
            result[page.pk] = links
        return result


def sitemap(request):
    return sitemap_views.sitemap(
        request, {"pages": PortalSitemap(request)}, template_name="portal/sitemap.xml"
    )


def robots_txt(request):
    site = Site.find_for_request(request) or Site.objects.get(is_default_site=True)
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Allow: /",
        "",
        f"Sitemap: {absolute_url(reverse('sitemap'), site.root_url)}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
