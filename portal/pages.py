"""What every public page type shares: language versions, alias handling, localised links,
and how pages present themselves elsewhere (share cards, structured data, feeds, previews)."""

from django.conf import settings
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import StreamField
from wagtail.models import Page, Site

from portal import structured_data
from portal.links import localize_links
from portal.models import SiteSettings, hotlines_for
from portal.sharing import PORTAL_NAME, absolute_url, build_social_card

SOCIAL_PREVIEW_MODE = "social"


def language_versions_of(page) -> dict:
    """The live versions of a page, real translations and aliases, by language code."""
    versions = (
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .select_related("locale", "alias_of__locale")
    )
    by_language = {version.locale.language_code: version for version in versions}
    # In the order of settings.LANGUAGES: the default language first.
    return {code: by_language[code] for code, _name in settings.LANGUAGES if code in by_language}


class BasePage(Page):
    """Abstract base for the portal's page types."""

    class Meta:
        abstract = True

    @cached_property
    def language_versions(self) -> dict:
        return language_versions_of(self)

    @property
    def is_untranslated_alias(self):
        """An alias standing in for a translation that does not exist yet."""
        return bool(self.alias_of_id) and self.source_language_version is not None

    @cached_property
    def source_language_version(self):
        """For an alias of a page in another language, that page; otherwise None."""
        if not self.alias_of_id:
            return None
        for version in self.language_versions.values():
            if version.pk == self.alias_of_id:
                return version if version.locale_id != self.locale_id else None
        return None

    def get_canonical_page(self):
        return self.source_language_version or self

    def get_language_alternates(self, request=None):
        """(language_code, absolute_url) of the real translations, for hreflang links."""
        return [
            (code, version.get_full_url(request))
            for code, version in self.language_versions.items()
            if not version.alias_of_id
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["untranslated_notice"] = self.is_untranslated_alias
        localize_links(
            *(
                getattr(self, field.name)
                for field in self._meta.fields
                if isinstance(field, StreamField)
            )
        )
        return context

    # Sharing. A page type says what its share card shows by overriding get_social_title,
    # get_social_description, get_social_image and get_social_type; the card itself
    # (get_social_card) is built once per request and feeds the meta tags and share links.

    def get_social_title(self) -> str:
        return self.seo_title or self.title

    def get_social_description(self) -> str:
        """What describes the page when it has no search description: an introduction, a
        summary. The site's description is used when this is empty too."""
        return ""

    def get_description(self) -> str:
        """The page in a sentence or two, for share cards and feeds."""
        return self.search_description or self.get_social_description() or ""

    def get_social_image(self):
        """The page's own image for share cards; None for the site's default social image."""
        return None

    def get_social_type(self) -> str:
        """The Open Graph type: "website", or "article" for articles."""
        return "website"

    def get_extra_social_meta(self, request=None) -> list[tuple[str, str]]:
        """More Open Graph properties as (property, content), e.g. article:published_time."""
        return []

    def get_social_card(self, request=None):
        """The page's share card (portal.sharing.SocialCard), built once per page object."""
        card = getattr(self, "_social_card", None)
        if card is None:
            card = self._social_card = build_social_card(self, request)
        return card

    # Structured data (JSON-LD). Subclasses extend the list from super().

    def get_structured_data(self, request=None) -> list[dict]:
        """schema.org objects describing the page: its breadcrumbs, below the home page."""
        crumbs = self.get_breadcrumbs(request)
        if len(crumbs) < 2:
            return []
        return [structured_data.breadcrumb_list(crumbs)]

    def get_breadcrumbs(self, request=None) -> list[tuple[str, str]]:
        """(title, absolute URL) from the home page of the page's language down to the page.

        The ancestors are those of the page's own tree, so the reader's language (or the
        Vietnamese title of an ancestor that is not translated yet). One query at most.
        """
        root_paths = [
            site_root.root_path
            for site_root in Site.get_site_root_paths()
            if self.url_path and self.url_path.startswith(site_root.root_path)
        ]
        if not root_paths:
            return []
        root_path = max(root_paths, key=len)
        ancestors = []
        if self.url_path != root_path:
            ancestors = (
                Page.objects.ancestor_of(self)
                .filter(url_path__startswith=root_path)
                .live()
                .order_by("depth")
            )
        crumbs = [(page.title, page.get_full_url(request)) for page in [*ancestors, self]]
        return [(title, url) for title, url in crumbs if url]

    def get_organization_data(self, request=None) -> dict:
        """The portal as a schema.org Organization: for the home page, and as the publisher
        of articles. Its contact point is the hotline shown in the header."""
        url_parts = self.get_url_parts(request)
        root_url = url_parts[1] if url_parts else None
        if request is not None:
            site_settings = SiteSettings.for_request(request)
        else:
            site = self.get_site()
            site_settings = SiteSettings.for_site(site) if site else None
        hotline = next((line for line in hotlines_for(request) if line.show_in_header), None)
        return structured_data.organization(
            name=PORTAL_NAME,
            # The site's address, the same in every language: one organisation.
            url=absolute_url("/", root_url),
            logo=absolute_url(static("portal/favicon.svg"), root_url),
            same_as=[url for _name, url in site_settings.social_accounts()]
            if site_settings
            else [],
            telephone=hotline.phone_number if hotline else "",
            contact_type=hotline.label if hotline else "",
        )

    # Feeds (portal.feeds.PageFeed). What a page says as a feed item.

    def get_feed_title(self) -> str:
        return self.title

    def get_feed_pubdate(self):
        return self.first_published_at

    def get_feed_updateddate(self):
        return self.last_published_at or self.latest_revision_created_at

    def get_feed_author_name(self) -> str:
        """A byline, if the page type has one. Never the editor: their names are private."""
        return ""

    def get_feed_categories(self) -> list[str]:
        return []

    def get_feed_links(self, request=None) -> list:
        """Feeds to announce in the page's head, as portal.feeds.FeedLink."""
        return []

    # Previews: editors can see the page as a share card too.

    @property
    def preview_modes(self):
        return [*Page.DEFAULT_PREVIEW_MODES, (SOCIAL_PREVIEW_MODE, _("Social card"))]

    def serve_preview(self, request, mode_name):
        if mode_name != SOCIAL_PREVIEW_MODE:
            return super().serve_preview(request, mode_name)
        context = self.get_social_preview_context(request)
        # In the language the page is shared in, whatever the editor's admin language.
        with translation.override(context["card"].language_code):
            response = TemplateResponse(request, "portal/social_preview.html", context)
            response.render()
        return response

    def get_social_preview_context(self, request) -> dict:
        card = self.get_social_card(request)
        names = dict(settings.LANGUAGES)
        other_languages = []
        for code, version in self.language_versions.items():
            if code == card.language_code or version.pk == self.pk:
                continue
            other_languages.append(
                {
                    "code": code,
                    "name": names[code],
                    # An alias is shared as the original: its card is this one.
                    "card": None
                    if version.alias_of_id
                    else version.specific.get_social_card(request),
                }
            )
        return {
            "page": self,
            "card": card,
            "card_language_name": names.get(card.language_code, card.language_code),
            "other_languages": other_languages,
            "request": request,
        }


class RoutableBasePage(RoutablePageMixin, BasePage):
    """A page that answers more addresses than its own (feeds, forms, JSON)."""

    class Meta:
        abstract = True

    def serve_preview(self, request, mode_name):
        # RoutablePageMixin previews its default route whatever the mode; the social card
        # preview is BasePage's.
        if mode_name == SOCIAL_PREVIEW_MODE:
            return BasePage.serve_preview(self, request, mode_name)
        return super().serve_preview(request, mode_name)
