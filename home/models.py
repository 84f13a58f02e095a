from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from home.blocks import HomeSectionsBlock, ShortcutBlock
from portal.blocks import BodyBlock
from portal.fields import StreamField
from portal.pages import BasePage
from portal.sharing import PORTAL_NAME


class HomePage(BasePage):
    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=400, blank=True)
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    shortcuts_heading = models.CharField(
        _("shortcuts heading"), max_length=120, blank=True, default=""
    )
    shortcuts = StreamField(
        [("shortcut", ShortcutBlock())], blank=True, max_num=8, verbose_name=_("shortcuts")
    )
    body = StreamField(HomeSectionsBlock(), blank=True, verbose_name=_("sections"))

    parent_page_types = ["wagtailcore.Page"]
    template = "home/home_page.html"

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_text"), FieldPanel("hero_image")],
            heading=_("Hero"),
        ),
        MultiFieldPanel(
            [FieldPanel("shortcuts_heading"), FieldPanel("shortcuts")],
            heading=_("Shortcuts to help"),
        ),
        FieldPanel("body"),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_heading"),
        index.SearchField("hero_text"),
    ]

    class Meta:
        verbose_name = _("home page")

    def get_social_title(self):
        # "Home" says nothing on a share card; the portal's name does.
        return self.seo_title or PORTAL_NAME

    def get_social_description(self):
        return self.hero_text

    def get_social_image(self):
        return self.hero_image

    def get_structured_data(self, request=None):
        return [*super().get_structured_data(request), self.get_organization_data(request)]


class InformationPage(BasePage):
    """A plain page of information, such as "Browse safely" or "About this site"."""

    introduction = models.TextField(_("introduction"), max_length=500, blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"))

    template = "home/information_page.html"

    content_panels = [*BasePage.content_panels, FieldPanel("introduction"), FieldPanel("body")]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        verbose_name = _("information page")

    def get_social_description(self):
        return self.introduction
