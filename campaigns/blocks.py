"""Blocks of a campaign page.

Headings, paragraphs, images and calls to action come from portal.blocks, videos that load
only when the reader asks and document downloads from articles.blocks; this module adds what
campaigns need: testimonies given with consent, and facts that name their source.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from articles.blocks import DocumentBlock, VideoBlock
from portal.blocks import CallToActionBlock, HeadingBlock, ImageBlock, ParagraphBlock


class TestimonialValue(blocks.StructValue):
    def shown_name(self) -> str:
        """The name readers see: nothing when the person chose to stay anonymous."""
        return "" if self.get("anonymous") else self.get("name", "")


class TestimonialBlock(blocks.StructBlock):
    quote = blocks.TextBlock(max_length=800, label=_("What they said"))
    name = blocks.CharBlock(
        max_length=80,
        required=False,
        label=_("Name"),
        help_text=_("A first name or a chosen name. Leave it empty to stay anonymous."),
    )
    anonymous = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("Keep anonymous"),
        help_text=_("Readers see neither the name nor the photo, only the description."),
    )
    description = blocks.CharBlock(
        max_length=120,
        required=False,
        label=_("Description"),
        help_text=_(
            "Shown under the quote, such as “a woman who used the counselling service”. "
            "Nothing that would let someone recognise the person."
        ),
    )
    photo = ImageChooserBlock(
        required=False,
        label=_("Photo"),
        help_text=_("Only with consent to the photo too. Not shown when anonymous."),
    )
    consent_given = blocks.BooleanBlock(
        required=False,
        label=_("The person agreed to this being published"),
        help_text=_("Required. Ask again before using the testimony in a new campaign."),
    )
    consent_note = blocks.TextBlock(
        max_length=400,
        label=_("Consent note"),
        help_text=_(
            "For editors only, never shown: who gave consent, when, how it was recorded "
            "and what they agreed to."
        ),
    )

    class Meta:
        icon = "openquote"
        label = _("Testimony")
        description = _("Someone's own words, published with their consent.")
        template = "campaigns/blocks/testimonial.html"
        value_class = TestimonialValue
        form_classname = "struct-block testimonial-block"

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if not value.get("consent_given"):
            errors["consent_given"] = ValidationError(
                _("Publish a testimony only when the person has agreed to it.")
            )
        if not value.get("anonymous") and not value.get("name"):
            errors["name"] = ValidationError(
                _("Give a name, or tick “Keep anonymous” to publish without one.")
            )
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value


class FactBlock(blocks.StructBlock):
    figure = blocks.CharBlock(
        max_length=30, label=_("Figure"), help_text=_("Such as “1 in 3” or “80%”.")
    )
    text = blocks.CharBlock(max_length=200, label=_("What it means"))
    source = blocks.CharBlock(
        max_length=200,
        label=_("Source"),
        help_text=_("Who published the figure, and when. Required: every fact names its source."),
    )
    source_url = blocks.URLBlock(required=False, label=_("Source address"))

    class Meta:
        icon = "info-circle"
        label = _("Fact")


class FactsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(max_length=120, required=False, label=_("Heading"))
    facts = blocks.ListBlock(FactBlock(), min_num=1, max_num=6, label=_("Facts"))

    class Meta:
        icon = "table"
        label = _("Facts")
        description = _("Figures that correct a prejudice, each with its source.")
        template = "campaigns/blocks/facts.html"


class CampaignBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    story = ParagraphBlock(label=_("Story"))
    image = ImageBlock()
    testimonial = TestimonialBlock()
    facts = FactsBlock()
    call_to_action = CallToActionBlock(
        help_text=_("Lead readers to the support services or to an article.")
    )
    video = VideoBlock()
    materials = DocumentBlock(label=_("Downloadable material"))
