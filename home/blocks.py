"""Blocks for the home page: shortcuts to help and editor-managed sections."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from portal.blocks import CalloutBlock, CallToActionBlock, LinkBlock, ParagraphBlock


class ShortcutBlock(blocks.StructBlock):
    """A large tap target leading to a kind of help, e.g. a directory category."""

    ICON_CHOICES = [
        ("health", _("Health care and testing")),
        ("counselling", _("Counselling")),
        ("legal", _("Legal help")),
        ("training", _("Training and jobs")),
        ("loan", _("Loans")),
        ("shelter", _("Shelter")),
        ("other", _("Other")),
    ]
    icon = blocks.ChoiceBlock(choices=ICON_CHOICES, default="other", label=_("Icon"))
    title = blocks.CharBlock(max_length=60, label=_("Title"))
    description = blocks.CharBlock(max_length=140, required=False, label=_("Description"))
    link = LinkBlock(label=_("Link"))

    class Meta:
        icon = "arrow-right"
        label = _("Shortcut")
        description = _("A large button leading to one kind of help.")
        template = "home/blocks/shortcut.html"
        preview_value = {
            "icon": "health",
            "title": "Xét nghiệm HIV",
            "description": "Miễn phí, không cần giấy tờ tuỳ thân.",
            "link": {"label": "Xét nghiệm HIV", "url": "https://example.org/"},
        }


class SectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    text = ParagraphBlock(required=False, label=_("Text"))
    links = blocks.ListBlock(LinkBlock(), min_num=0, max_num=6, label=_("Links"))

    class Meta:
        icon = "doc-full"
        label = _("Section")
        description = _("A heading, some text and up to six links.")
        template = "home/blocks/section.html"
        preview_value = {
            "heading": "Hiểu đúng về pháp luật",
            "text": "<p>Những điều cần biết về quyền và nghĩa vụ của bạn.</p>",
            "links": [],
        }


class HomeSectionsBlock(blocks.StreamBlock):
    section = SectionBlock()
    callout = CalloutBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        label = _("Sections")
