"""Organisations and the places where they serve people."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from directory import admin_units
from portal.taxonomy import in_default_language


class Organization(TranslatableMixin, RevisionMixin, index.Indexed, models.Model):
    """Who runs services: a clinic, a centre, an NGO, a bank. Its translation key is its HSDS id."""

    name = models.CharField(_("name"), max_length=200)
    alternate_name = models.CharField(_("other name"), max_length=200, blank=True)
    description = models.TextField(_("description"), max_length=2000)
    website = models.URLField(_("website"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    legal_status = models.CharField(_("legal status"), max_length=120, blank=True)

    override_translatable_fields = [
        SynchronizedField("website"),
        SynchronizedField("email"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("alternate_name"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("website"), FieldPanel("email")]),
        FieldPanel("legal_status"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Location(TranslatableMixin, RevisionMixin, index.Indexed, models.Model):
    """A place where people get help. Its translation key is its HSDS id.

    A confidential location (a shelter) keeps its address and coordinates to the portal's
    editors: nothing public shows them, and it is never found by area or distance.
    """

    class LocationType(models.TextChoices):
        PHYSICAL = "physical", _("a place people can visit")
        VIRTUAL = "virtual", _("online or by phone only")
        POSTAL = "postal", _("postal address only")

    name = models.CharField(_("name"), max_length=200)
    alternate_name = models.CharField(_("other name"), max_length=200, blank=True)
    description = models.TextField(_("description"), max_length=2000, blank=True)
    organization = models.ForeignKey(
        Organization,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="locations",
        limit_choices_to=in_default_language,
        verbose_name=_("organisation"),
    )
    location_type = models.CharField(
        _("kind of place"),
        max_length=10,
        choices=LocationType.choices,
        default=LocationType.PHYSICAL,
    )
    address_1 = models.CharField(
        _("street address"),
        max_length=200,
        blank=True,
        help_text=_("House number and street, e.g. 125 Lê Lợi."),
    )
    ward_code = models.CharField(
        _("ward, commune or special zone"),
        max_length=5,
        blank=True,
        db_index=True,
        choices=admin_units.ward_choices,
        help_text=_("Units in force since 1 July 2025."),
    )
    province_code = models.CharField(
        _("province or city"), max_length=2, blank=True, editable=False, db_index=True
    )
    postal_code = models.CharField(_("postal code"), max_length=10, blank=True)
    latitude = models.FloatField(
        _("latitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Decimal degrees, e.g. 10.7769. Used for distances and directions."),
    )
    longitude = models.FloatField(
        _("longitude"),
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Decimal degrees, e.g. 106.7009."),
    )
    is_confidential = models.BooleanField(
        _("confidential location"),
        default=False,
        help_text=_(
            "For shelters and other places that must not be found: the address, area and "
            "map position are never shown to the public or given out by the API; readers "
            "see a phone contact only."
        ),
    )
    transportation = models.CharField(_("how to get there"), max_length=400, blank=True)
    accessibility = models.CharField(
        _("accessibility"),
        max_length=400,
        blank=True,
        help_text=_("Step-free entrance, accessible toilet, sign language..."),
    )

    override_translatable_fields = [
        SynchronizedField("organization"),
        SynchronizedField("location_type"),
        SynchronizedField("address_1"),
        SynchronizedField("ward_code"),
        SynchronizedField("postal_code"),
        SynchronizedField("latitude"),
        SynchronizedField("longitude"),
        SynchronizedField("is_confidential"),
    ]
    panels = [
        FieldPanel("name"),
        FieldPanel("alternate_name"),
        FieldPanel("organization"),
        FieldPanel("location_type"),
        FieldPanel("is_confidential"),
        MultiFieldPanel(
            [
                FieldPanel("address_1"),
                FieldPanel("ward_code"),
                FieldPanel("postal_code"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Address"),
        ),
        FieldPanel("description"),
        FieldPanel("transportation"),
        FieldPanel("accessibility"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("location")
        verbose_name_plural = _("locations")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        unit = admin_units.ward(self.ward_code)
        self.province_code = unit.province_code if unit else ""
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                {"longitude": _("Give both the latitude and the longitude, or neither.")}
            )
        if self.ward_code and not admin_units.ward(self.ward_code):
            raise ValidationError({"ward_code": _("This is not a known ward or commune code.")})

    @property
    def ward(self):
        return admin_units.ward(self.ward_code)

    @property
    def is_public(self) -> bool:
        return not self.is_confidential

    @property
    def has_position(self) -> bool:
        return self.is_public and self.latitude is not None and self.longitude is not None

    @property
    def address_line(self) -> str:
        """The address as readers write it: street, ward, province."""
        if self.is_confidential:
            return ""
        unit = self.ward
        parts = [self.address_1]
        if unit:
            parts += [unit.name, unit.province.name]
        return ", ".join(part for part in parts if part)
