"""Translatable labels that readers filter by: article topics and audiences, service categories."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from portal.localization import default_language


def in_default_language():
    """Articles are tagged with the default language's terms; translations follow by slug."""
    return models.Q(locale__language_code=default_language())


class TaxonomyTerm(TranslatableMixin, models.Model):
    """A label with a name per language and one slug shared by all its translations.

    The slug is what filter addresses use (`?topic=suc-khoe`), so the same address filters
    the same articles in every language.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_(
            "Used in filter addresses, such as ?topic=suc-khoe. "
            "It is the same in every language: translations keep it."
        ),
    )
    description = models.CharField(_("description"), max_length=200, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    override_translatable_fields = [
        SynchronizedField("slug", overridable=False),
        SynchronizedField("sort_order"),
    ]

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="%(app_label)s_%(class)s_unique_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        # Translations share a slug; two different terms must not.
        taken = (
            type(self).objects.filter(slug=self.slug).exclude(translation_key=self.translation_key)
        )
        if self.slug and taken.exists():
            raise ValidationError({"slug": _("Another term already uses this slug.")})
