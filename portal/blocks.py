"""Blocks shared by every app: links, rich text, images, callouts.

Each block has an icon, a description and a preview value so that editors see
what it does in the block picker.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h3", "h4"]


class LinkValue(blocks.StructValue):
    """Resolves the link in the reader's language.

    portal.links.localize_links sets localized_page for many links at once; without it
    each link looks up its own translation.
    """

    localized_page = None
    localized_language = None

    def target_page(self):
        page = self.get("page")
        if not page:
            return None
        if self.localized_page is None:
            self.localized_page = page.localized
        return self.localized_page

    def href(self):
        page = self.target_page()
        if page:
            return page.url
        return self.get("url") or ""

    def text(self):
        if self.get("label"):
            return self.get("label")
        page = self.target_page()
        return page.title if page else self.get("url")

    def text_language(self):
        """The language of text() when it is a page title, which may be a fallback
        in another language; None when it is the editor's own label."""
        if self.get("label") or not self.get("page"):
            return None
        return self.localized_language

    def is_external(self):
        return not self.get("page")


class LinkBlock(blocks.StructBlock):
    """A link to a page of this site or to another address, with its own label."""

    label = blocks.CharBlock(
        max_length=80,
        required=False,
        label=_("Label"),
        help_text=_("Leave blank to use the page title."),
    )
    page = blocks.PageChooserBlock(required=False, label=_("Page"))
    url = blocks.URLBlock(required=False, label=_("Other address"))

    class Meta:
        icon = "link"
        label = _("Link")
        description = _("A link to a page of this site or to another address.")
        value_class = LinkValue

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(_("Choose a page or enter an address, not both."))
                }
            )
        if value.get("url") and not value.get("label"):
            raise StructBlockValidationError(
                block_errors={
                    "label": ValidationError(_("A link to another address needs a label."))
                }
            )
        return value


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, label=_("Heading"))
    text = blocks.TextBlock(required=False, max_length=400, label=_("Text"))
    link = LinkBlock(label=_("Button"))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        description = _("A short message with one clear button.")
        template = "portal/blocks/call_to_action.html"
        preview_value = {
            "heading": "Cần hỗ trợ ngay?",
            "text": "Tư vấn viên lắng nghe bạn, miễn phí và giữ bí mật.",
            "link": {"label": "Tìm dịch vụ gần bạn", "url": "https://example.org/"},
        }


class CalloutBlock(blocks.StructBlock):
    KIND_CHOICES = [
        ("info", _("Good to know")),
        ("warning", _("Warning")),
        ("safety", _("Safety tip")),
    ]
    kind = blocks.ChoiceBlock(choices=KIND_CHOICES, default="info", label=_("Kind"))
    heading = blocks.CharBlock(max_length=120, required=False, label=_("Heading"))
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ul"], label=_("Text"))

    class Meta:
        icon = "warning"
        label = _("Callout")
        description = _("A highlighted box for a tip, a warning or a safety note.")
        template = "portal/blocks/callout.html"
        preview_value = {
            "kind": "safety",
            "heading": "Giữ an toàn khi lên mạng",
            "text": "<p>Dùng chế độ duyệt web riêng tư và xoá lịch sử sau khi đọc.</p>",
        }


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        max_length=250,
        label=_("Alternative text"),
        help_text=_("Describe the image for people who cannot see it."),
    )
    caption = blocks.CharBlock(max_length=250, required=False, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image with alternative text and an optional caption.")
        template = "portal/blocks/image.html"

    def get_preview_value(self):
        from wagtail.images import get_image_model

        image = get_image_model().objects.order_by("pk").first()
        return self.to_python(
            {
                "image": image.pk if image else None,
                "alt_text": image.title if image else "",
                "caption": "",
            }
        )


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A section heading; it also appears in the page outline.")
        template = "portal/blocks/heading.html"
        preview_value = "Quyền của bạn"


class ParagraphBlock(blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        description = _("Text with bold, italic, links and lists.")
        preview_value = (
            "<p>Mọi người đều có quyền được đối xử tôn trọng và được tiếp cận dịch vụ y tế.</p>"
        )


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = ImageBlock()
    callout = CalloutBlock()
    call_to_action = CallToActionBlock()

    class Meta:
        label = _("Body")
