"""Topics and audiences: translatable labels that readers filter articles by."""

from django.utils.translation import gettext_lazy as _

from portal.taxonomy import TaxonomyTerm, in_default_language

__all__ = ["Audience", "Topic", "in_default_language"]


class Topic(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class Audience(TaxonomyTerm):
    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")
