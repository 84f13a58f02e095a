"""Settings and translatable snippets that every public page shows."""

from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from portal.blocks import LinkBlock
from portal.fields import StreamField
from portal.localization import in_reader_language

# Used wherever the settings cannot be read, e.g. on the server error page.
DEFAULT_QUICK_EXIT_URL = "https://www.google.com/"

phone_number_validator = RegexValidator(
    r"^\+?[0-9(][0-9 .()-]{1,22}[0-9]$",
    _("Enter a phone number using digits, spaces, dots, dashes or brackets, e.g. 1900 1234."),
)


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Settings that are the same in every language."""

    quick_exit_url = models.URLField(
        _("quick exit destination"),
        default=DEFAULT_QUICK_EXIT_URL,
        help_text=_(
            "A neutral website that the quick exit button opens in place of this site, "
            "such as a search engine or a weather forecast."
        ),
    )
    zalo_url = models.URLField(_("Zalo account"), blank=True)
    facebook_url = models.URLField(_("Facebook page"), blank=True)
    tiktok_url = models.URLField(_("TikTok account"), blank=True)
    youtube_url = models.URLField(_("YouTube channel"), blank=True)
    default_social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when a page is shared and has no image of its own."),
    )
    show_sample_data_notice = models.BooleanField(
        _("show the sample content notice"),
        default=False,
        help_text=_("Tell readers that the content is sample data. Turn off before launch."),
    )

    panels = [
        FieldPanel("quick_exit_url"),
        MultiFieldPanel(
            [
                FieldPanel("zalo_url"),
                FieldPanel("facebook_url"),
                FieldPanel("tiktok_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social accounts"),
        ),
        FieldPanel("default_social_image"),
        FieldPanel("show_sample_data_notice"),
    ]

    # Share cards show the default image on most pages: load it with the settings.
    select_related = ["default_social_image"]

    class Meta:
        verbose_name = _("site settings")

    def social_accounts(self):
        accounts = [
            ("Zalo", self.zalo_url),
            ("Facebook", self.facebook_url),
            ("TikTok", self.tiktok_url),
            ("YouTube", self.youtube_url),
        ]
        return [(name, url) for name, url in accounts if url]


class ReaderLanguageQuerySet(models.QuerySet):
    def in_reader_language(self) -> list:
        """Each row in the reader's language, or in the default one until it is translated."""
        return in_reader_language(self)


class Hotline(TranslatableMixin, models.Model):
    """A phone line that readers can call; its label is translated, its number is shared."""

    label = models.CharField(_("label"), max_length=80)
    phone_number = models.CharField(
        _("phone number"), max_length=24, validators=[phone_number_validator]
    )
    availability = models.CharField(
        _("availability"),
        max_length=80,
        blank=True,
        help_text=_("For example: 24/7, free of charge."),
    )
    show_in_header = models.BooleanField(
        _("show in the header"),
        default=False,
        help_text=_("The first hotline with this ticked is shown at the top of every page."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = ReaderLanguageQuerySet.as_manager()

    override_translatable_fields = [
        TranslatableField("label"),
        TranslatableField("availability"),
        SynchronizedField("phone_number"),
        SynchronizedField("show_in_header"),
        SynchronizedField("sort_order"),
    ]

    panels = [
        FieldPanel("label"),
        FieldPanel("phone_number"),
        FieldPanel("availability"),
        FieldPanel("show_in_header"),
        FieldPanel("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "pk"]
        verbose_name = _("hotline")
        verbose_name_plural = _("hotlines")

    def __str__(self):
        return f"{self.label} ({self.phone_number})"

    @property
    def tel_href(self):
        digits = "".join(ch for ch in self.phone_number if ch.isdigit() or ch == "+")
        return f"tel:{digits}"


def hotlines_for(request=None) -> list:
    """The hotlines in the reader's language, fetched once per request.

    The header, the footer and the home page's structured data all show them.
    """
    if request is None:
        return Hotline.objects.in_reader_language()
    if not hasattr(request, "_portal_hotlines"):
        request._portal_hotlines = Hotline.objects.in_reader_language()
    return request._portal_hotlines


class Navigation(TranslatableMixin, models.Model):
    """The header menu and footer, one translation per language."""

    name = models.CharField(
        _("name"),
        max_length=80,
        default="Main navigation",
        help_text=_("Only for editors; readers never see it."),
    )
    header_links = StreamField(
        [("link", LinkBlock())], blank=True, max_num=7, verbose_name=_("header menu")
    )
    footer_text = RichTextField(_("footer text"), features=["bold", "italic", "link"], blank=True)
    footer_links = StreamField(
        [("link", LinkBlock())], blank=True, max_num=12, verbose_name=_("footer links")
    )

    objects = ReaderLanguageQuerySet.as_manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("header_links"),
        FieldPanel("footer_text"),
        FieldPanel("footer_links"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("navigation and footer")
        verbose_name_plural = _("navigation and footer")

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        # One navigation for the site; other languages are translations of it.
        others = Navigation.objects.exclude(translation_key=self.translation_key)
        if self.pk:
            others = others.exclude(pk=self.pk)
        if others.exists():
            raise ValidationError(
                _(
                    "The site already has a navigation. "
                    "Edit it, or translate it into another language."
                )
            )
