"""Service categories: HSDS taxonomies and their terms."""

import uuid

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail_localize.fields import SynchronizedField

from portal.taxonomy import TaxonomyTerm

# The portal's own category list; imported records may bring other taxonomies.
PORTAL_TAXONOMY_ID = uuid.UUID("5b0c9d84-5a7e-4c8e-9f0e-2f4d1c6a7b10")


class Taxonomy(models.Model):
    """An HSDS taxonomy: a published list of terms, such as the portal's categories."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(_("name"), max_length=120)
    description = models.CharField(_("description"), max_length=400)
    uri = models.URLField(_("address"), blank=True)
    version = models.CharField(_("version"), max_length=40, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        FieldPanel("uri"),
        FieldPanel("version"),
    ]

    class Meta:
        verbose_name = _("taxonomy")
        verbose_name_plural = _("taxonomies")
        ordering = ["name"]

    def __str__(self):
        return self.name


def portal_taxonomy():
    taxonomy, _created = Taxonomy.objects.get_or_create(
        id=PORTAL_TAXONOMY_ID,
        defaults={
            "name": "Danh mục dịch vụ hỗ trợ TP.HCM",
            "description": "Các loại dịch vụ hỗ trợ trong danh bạ của cổng thông tin.",
        },
    )
    return taxonomy.pk


class ServiceCategory(TaxonomyTerm):
    """A kind of help (HIV testing, legal counselling, loans...): an HSDS taxonomy term.

    The slug is the term's code and what filter addresses use (`?category=xet-nghiem-hiv`).
    Its translation key is the term's HSDS id.
    """

    taxonomy = models.ForeignKey(
        Taxonomy,
        on_delete=models.PROTECT,
        related_name="terms",
        default=portal_taxonomy,
        verbose_name=_("taxonomy"),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
        verbose_name=_("parent category"),
    )
    term_uri = models.URLField(_("term address"), blank=True)

    override_translatable_fields = [
        *TaxonomyTerm.override_translatable_fields,
        SynchronizedField("taxonomy"),
        SynchronizedField("parent"),
        SynchronizedField("term_uri"),
    ]
    panels = [*TaxonomyTerm.panels, FieldPanel("parent"), FieldPanel("taxonomy")]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("service category")
        verbose_name_plural = _("service categories")


class SpokenLanguage(models.Model):
    """A language that staff of a service speak (ISO 639 code, or VSL for sign language)."""

    code = models.CharField(_("code"), max_length=12, primary_key=True)
    name = models.CharField(
        _("name"), max_length=60, help_text=_("In Vietnamese, as readers see it.")
    )
    english_name = models.CharField(_("English name"), max_length=60)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")
        ordering = ["sort_order", "code"]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return self.english_name if translation.get_language() == "en" else self.name
