"""What every public page type shares: language alternates, alias handling, search."""

from wagtail.models import Page


class BasePage(Page):
    """Abstract base for the portal's page types."""

    class Meta:
        abstract = True

    @property
    def is_untranslated_alias(self):
        """An alias standing in for a translation that does not exist yet."""
        return bool(self.alias_of_id) and self.alias_of.locale_id != self.locale_id

    def get_canonical_page(self):
        return self.alias_of.specific if self.is_untranslated_alias else self

    def get_language_alternates(self, request=None):
        """Live, real (not alias) versions of this page in every language, default first.

        Returns (language_code, absolute_url) pairs for hreflang links.
        """
        translations = (
            Page.objects.filter(translation_key=self.translation_key, alias_of__isnull=True)
            .live()
            .select_related("locale")
            .order_by("locale__pk")
        )
        return [(page.locale.language_code, page.get_full_url(request)) for page in translations]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["untranslated_notice"] = self.is_untranslated_alias
        return context
