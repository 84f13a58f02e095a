"""How a page looks when a reader shares it: the Open Graph and Twitter card of a page.

The card is built once per request (``BasePage.get_social_card``) and feeds the page's meta
tags, its share links and the "Social card" preview that editors see. Every URL in it is
absolute and built from the Wagtail Site's root URL, never from the request's host.
"""

import logging
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

from django.utils import translation
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import SourceImageIOError

logger = logging.getLogger(__name__)

# The same message as the site name in every page title, so it is translated once.
PORTAL_NAME = _("HCMC Community Support Portal")
# What a shared page says about itself when it has no description of its own. Deliberately
# neutral: whoever shares a link, and whoever sees it shared, is not labelled by it.
SITE_DESCRIPTION = _(
    "Legal information and free, confidential support in Ho Chi Minh City: "
    "health care, counselling, legal aid, training and jobs."
)

# Facebook, Zalo and X all show large cards at 1.91:1; 1200×630 is what Facebook asks for.
SOCIAL_IMAGE_WIDTH = 1200
SOCIAL_IMAGE_HEIGHT = 630
SOCIAL_IMAGE_FILTER = f"fill-{SOCIAL_IMAGE_WIDTH}x{SOCIAL_IMAGE_HEIGHT}|format-jpeg"
# Networks cut descriptions at 200–300 characters anyway; cutting here keeps the tags short.
DESCRIPTION_MAX_LENGTH = 300

# Open Graph locales are language_TERRITORY.
OG_LOCALES = {"vi": "vi_VN", "en": "en_US"}


def og_locale(language_code: str) -> str:
    return OG_LOCALES.get(language_code, language_code.replace("-", "_"))


def absolute_url(url: str, root_url: str | None) -> str:
    """url made absolute against a Site's root URL; URLs that are already absolute (media on
    a CDN, for instance) are returned as they are."""
    if not url or not root_url:
        return url or ""
    return urljoin(root_url.rstrip("/") + "/", url)


def short_description(text: str) -> str:
    """One line of plain text, no longer than the networks show."""
    return Truncator(" ".join(str(text or "").split())).chars(DESCRIPTION_MAX_LENGTH)


@dataclass(frozen=True)
class SocialImage:
    url: str  # absolute, for the meta tags
    src: str  # as the storage gives it, for an <img> in the admin preview
    width: int
    height: int
    alt: str
    mime_type: str = "image/jpeg"

    @property
    def is_full_size(self) -> bool:
        """False when the original was too small to fill 1200×630 (Wagtail never upscales)."""
        return self.width >= SOCIAL_IMAGE_WIDTH and self.height >= SOCIAL_IMAGE_HEIGHT


def social_image(image, root_url: str | None, alt: str | None = None) -> SocialImage | None:
    """The 1200×630 JPEG rendition of an image, or None if there is no image or its file is
    missing (a missing file must not break the page that wants to show it)."""
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SOCIAL_IMAGE_FILTER)
    except SourceImageIOError:
        logger.warning("The social image %s has no file; the page is shared without it", image.pk)
        return None
    return SocialImage(
        url=absolute_url(rendition.url, root_url),
        src=rendition.url,
        width=rendition.width,
        height=rendition.height,
        alt=image.default_alt_text if alt is None else alt,
    )


@dataclass(frozen=True)
class SocialCard:
    """What Open Graph and Twitter cards say about a page."""

    title: str
    description: str
    url: str
    type: str
    site_name: str
    language_code: str
    alternate_locales: list[str] = field(default_factory=list)
    image: SocialImage | None = None
    # More Open Graph properties, such as ("article:published_time", "2025-01-31T09:00:00+07:00").
    extra: list[tuple[str, str]] = field(default_factory=list)

    @property
    def locale(self) -> str:
        return og_locale(self.language_code)

    @property
    def domain(self) -> str:
        return urlsplit(self.url).hostname or ""

    @property
    def twitter_card(self) -> str:
        # A large card without an image would be an empty box.
        return "summary_large_image" if self.image else "summary"


def build_social_card(page, request=None) -> SocialCard:
    """The card of a page (a portal.pages.BasePage).

    An untranslated alias is shared as the page it stands in for: the networks follow og:url
    to the original anyway, so the alias describes that page, in that page's language.
    """
    canonical = page.get_canonical_page()
    language_code = language_of(canonical)
    url_parts = canonical.get_url_parts(request)
    root_url = url_parts[1] if url_parts else None
    with translation.override(language_code):
        title = str(page.get_social_title())
        description = short_description(page.get_description() or SITE_DESCRIPTION)
        site_name = str(PORTAL_NAME)
    image = page.get_social_image() or default_social_image(page, request)
    return SocialCard(
        title=title,
        description=description,
        url=canonical.get_full_url(request) or "",
        type=page.get_social_type(),
        site_name=site_name,
        language_code=language_code,
        alternate_locales=[
            og_locale(code)
            for code, _url in page.get_language_alternates(request)
            if code != language_code
        ],
        image=social_image(image, root_url),
        extra=list(page.get_extra_social_meta(request)),
    )


def language_of(page) -> str:
    """The page's language, without a query when its language versions are already known."""
    versions = getattr(page, "language_versions", {})
    for code, version in versions.items():
        if version.pk == page.pk:
            return code
    return page.locale.language_code


def default_social_image(page, request=None):
    from portal.models import SiteSettings

    if request is not None:
        site_settings = SiteSettings.for_request(request)
    else:
        site = page.get_site()
        if site is None:
            return None
        site_settings = SiteSettings.for_site(site)
    return site_settings.default_social_image
