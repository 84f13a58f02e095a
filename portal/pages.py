"""What every public page type shares: language versions, alias handling, localised links."""

from django.conf import settings
from django.utils.functional import cached_property
from wagtail.fields import StreamField
from wagtail.models import Page

from portal.links import localize_links


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
