"""The channels a campaign is carried on, and what each of them accepts.

One place says, per channel, how long a post may be and how its length is counted, which
image sizes are cut for it, what its tracked links say (UTM source and medium) and whether
the link goes in the text or behind a QR code. Validation (campaigns.post_rules), the share
kit, the feeds and the calendar all read it from here.

Sizes are the networks' published recommendations as of 2026; change them here when a
network changes its own.
"""

from dataclasses import dataclass

from django.db import models
from django.utils.translation import gettext_lazy as _

# Renditions for channels are JPEG: every network accepts it and re-encodes what it gets.
CHANNEL_RENDITION_OPTIONS = "format-jpeg|jpegquality-85"


@dataclass(frozen=True)
class ImageFormat:
    """An image size cut from the post's image around its focal point (Wagtail's fill)."""

    slug: str
    label: str
    width: int
    height: int

    @property
    def filter_spec(self) -> str:
        return f"fill-{self.width}x{self.height}|{CHANNEL_RENDITION_OPTIONS}"

    @property
    def size_label(self) -> str:
        return f"{self.width}×{self.height}"

    def fits(self, width: int, height: int) -> bool:
        """Whether an original of this size gives the full size. Wagtail never upscales, and
        any crop of the format's shape needs at least its width and its height."""
        return width >= self.width and height >= self.height


OPEN_GRAPH = ImageFormat("open-graph", _("Link preview (Open Graph)"), 1200, 630)
SQUARE = ImageFormat("square", _("Square"), 1080, 1080)
PORTRAIT = ImageFormat("portrait", _("Portrait"), 1080, 1350)
VERTICAL = ImageFormat("vertical", _("Vertical (stories, short videos)"), 1080, 1920)
YOUTUBE_THUMBNAIL = ImageFormat("youtube-thumbnail", _("YouTube thumbnail"), 1280, 720)
ZALO_COVER = ImageFormat("zalo-cover", _("Zalo OA cover"), 1320, 492)
# A4 at 150 dpi is about 1240×1754; the poster's picture fills the top half of the page.
POSTER = ImageFormat("poster", _("Poster picture"), 1240, 900)


class LengthRule(models.TextChoices):
    """How a channel counts the length of a post."""

    CHARACTERS = "characters", _("characters")
    # X: a link counts as 23 whatever its length, most Vietnamese letters count as 2.
    X_WEIGHTED = "x", _("X characters")
    # SMS: 160 GSM-7 or 70 Unicode characters per message, fewer per part of a long one.
    SMS_SEGMENTS = "sms", _("SMS messages")


class LinkPlacement(models.TextChoices):
    IN_TEXT = "text", _("in the text")
    # Links in TikTok and Instagram captions cannot be tapped: the link goes in the profile.
    IN_PROFILE = "profile", _("in the profile (captions cannot hold links)")
    SHORT_IN_TEXT = "short", _("short link in the text")
    QR_CODE = "qr", _("QR code")


class Channel(models.TextChoices):
    FACEBOOK = "facebook", "Facebook"
    ZALO = "zalo", "Zalo OA"
    TIKTOK = "tiktok", "TikTok"
    INSTAGRAM = "instagram", "Instagram"
    YOUTUBE = "youtube", "YouTube"
    X = "x", "X"
    EMAIL = "email", _("Email newsletter")
    POSTER = "poster", _("Poster and print")
    SMS = "sms", "SMS"


@dataclass(frozen=True)
class ChannelRules:
    channel: Channel
    # The whole post as published: text, link (if it goes in the text) and hashtags.
    max_length: int
    length_rule: LengthRule = LengthRule.CHARACTERS
    # Headline, subject or video title, and how long it may be (0: the channel has none).
    title_label: str = ""
    title_max_length: int = 0
    title_required: bool = False
    image_formats: tuple[ImageFormat, ...] = ()
    image_required: bool = False
    # The channel publishes a video: approving a post needs its address.
    video_required: bool = False
    max_hashtags: int = 30
    link_placement: LinkPlacement = LinkPlacement.IN_TEXT
    utm_source: str = ""
    utm_medium: str = "social"

    @property
    def label(self) -> str:
        return self.channel.label

    @property
    def has_images(self) -> bool:
        return bool(self.image_formats)

    @property
    def uses_short_link(self) -> bool:
        return self.link_placement in (LinkPlacement.SHORT_IN_TEXT, LinkPlacement.QR_CODE)

    @property
    def link_in_text(self) -> bool:
        return self.link_placement in (LinkPlacement.IN_TEXT, LinkPlacement.SHORT_IN_TEXT)


RULES: dict[str, ChannelRules] = {
    rules.channel.value: rules
    for rules in (
        ChannelRules(
            Channel.FACEBOOK,
            max_length=63_206,
            image_formats=(OPEN_GRAPH, SQUARE, PORTRAIT),
            utm_source="facebook",
        ),
        ChannelRules(
            Channel.ZALO,
            # Zalo OA broadcast messages; longer texts belong in an OA article linking here.
            max_length=2_000,
            title_label=_("Article title"),
            title_max_length=100,
            image_formats=(ZALO_COVER, OPEN_GRAPH),
            utm_source="zalo",
        ),
        ChannelRules(
            Channel.TIKTOK,
            max_length=2_200,
            image_formats=(VERTICAL,),
            video_required=True,
            link_placement=LinkPlacement.IN_PROFILE,
            utm_source="tiktok",
        ),
        ChannelRules(
            Channel.INSTAGRAM,
            max_length=2_200,
            image_formats=(SQUARE, PORTRAIT, VERTICAL),
            image_required=True,
            link_placement=LinkPlacement.IN_PROFILE,
            utm_source="instagram",
        ),
        ChannelRules(
            Channel.YOUTUBE,
            # The description; the title has its own limit.
            max_length=5_000,
            title_label=_("Video title"),
            title_max_length=100,
            title_required=True,
            image_formats=(YOUTUBE_THUMBNAIL,),
            video_required=True,
            max_hashtags=15,
            utm_source="youtube",
        ),
        ChannelRules(
            Channel.X,
            max_length=280,
            length_rule=LengthRule.X_WEIGHTED,
            image_formats=(OPEN_GRAPH,),
            max_hashtags=5,
            utm_source="x",
        ),
        ChannelRules(
            Channel.EMAIL,
            max_length=20_000,
            title_label=_("Subject line"),
            title_max_length=120,
            title_required=True,
            image_formats=(OPEN_GRAPH,),
            utm_source="newsletter",
            utm_medium="email",
        ),
        ChannelRules(
            Channel.POSTER,
            # What fits on an A4 page under the picture, in a type size read from a metre away.
            max_length=400,
            title_label=_("Headline"),
            title_max_length=80,
            title_required=True,
            image_formats=(POSTER,),
            max_hashtags=3,
            link_placement=LinkPlacement.QR_CODE,
            utm_source="poster",
            utm_medium="print",
        ),
        ChannelRules(
            Channel.SMS,
            # Three messages at most; a longer text costs more than it is read.
            max_length=3,
            length_rule=LengthRule.SMS_SEGMENTS,
            max_hashtags=0,
            link_placement=LinkPlacement.SHORT_IN_TEXT,
            utm_source="sms",
            utm_medium="sms",
        ),
    )
}


def rules_for(channel: str) -> ChannelRules:
    return RULES[channel]
