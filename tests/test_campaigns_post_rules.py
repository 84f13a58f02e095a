"""Each channel's rules, counted the way the channel counts: X's weighting, SMS messages for
Vietnamese text, caption limits, titles, hashtags and image sizes."""

import unicodedata

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from django.utils.formats import number_format
from wagtail.images.models import Image

from campaigns import post_rules
from campaigns.channels import RULES, Channel, rules_for
from campaigns.text_length import (
    GSM7_BASIC,
    GSM7_EXTENSION,
    sms_count,
    x_links,
    x_weighted_length,
)
from tests.campaigns_factories import campaign, campaign_index, channel_image, post

pytestmark = pytest.mark.django_db

X = rules_for(Channel.X)
SMS = rules_for(Channel.SMS)
LINK = "https://example.org/chien-dich/khong-ky-thi/?utm_source=x&utm_medium=social"


@pytest.fixture(autouse=True)
def _english():
    with translation.override("en"):
        yield


# X: twitter-text v3


@pytest.mark.parametrize(
    ("text", "weight"),
    [
        ("This is a test.", 15),
        # Any link is 23, however long (twitter-text's own conformance cases).
        ("Hi http://test.co", 26),
        (LINK, 23),
        ("Test https://test.com test https://test.com test.com test", 86),
        # Without a scheme: a known TLD makes a link; one label and a country code does not.
        ("hcmcpv.org.vn", 23),
        ("foo.co.jp", 23),
        ("abc.vn", 6),
        ("abc.vn/tu-van", 23),
        ("TP.HCM", 6),
        # An e-mail address is not a link.
        ("tuvan@example.org", 17),
        # Punctuation after a link ends the sentence, it is not part of the link.
        ("https://example.org.", 24),
        ("(https://vi.wikipedia.org/wiki/HIV_(virus))", 25),
    ],
)
def test_x_counts_text_and_links_like_twitter_text(text, weight):
    assert x_weighted_length(text) == weight


@pytest.mark.parametrize(
    ("letters", "weight"),
    [
        # Letters with a dot below, a hook or two marks are outside the light ranges.
        ("ạ", 2),
        ("ệ", 2),
        ("ữ", 2),
        ("ỹ", 2),
        # Latin-1 and Latin Extended-A letters weigh 1.
        ("á", 1),
        ("đ", 1),
        ("ơ", 1),
        ("ư", 1),
        ("Xét nghiệm", 11),
        # Typographic quotes and dashes weigh 1, the ellipsis 2.
        ("“—”", 3),
        ("…", 2),
    ],
)
def test_x_weighs_vietnamese_letters(letters, weight):
    assert x_weighted_length(letters) == weight


def test_x_counts_decomposed_vietnamese_as_its_composed_form():
    decomposed = unicodedata.normalize("NFD", "Biết quyền của mình")
    assert len(decomposed) > len("Biết quyền của mình")
    assert x_weighted_length(decomposed) == x_weighted_length("Biết quyền của mình") == 22


@pytest.mark.parametrize(
    ("emoji", "weight"),
    [
        ("😷👾😡🔥💩", 10),
        # A skin tone and a zero-width-joined sequence are one emoji each.
        ("🙋🏽👨\u200d🎤", 4),
        ("H🐱☺👨\u200d👩\u200d👧\u200d👦", 7),
        ("🇻🇳", 2),
        ("1\ufe0f\u20e3", 2),
        ("❤️", 2),
        # © alone is a Latin-1 sign; with the emoji selector it is an emoji.
        ("©", 1),
        ("©\ufe0f", 2),
    ],
)
def test_x_counts_an_emoji_as_two(emoji, weight):
    assert x_weighted_length(emoji) == weight


def test_x_finds_links_where_twitter_does():
    text = "Xem https://example.org/a và hcmcpv.org.vn/tin, gửi tuvan@example.org"
    assert [text[start:end] for start, end in x_links(text)] == [
        "https://example.org/a",
        "hcmcpv.org.vn/tin",
    ]


def test_an_x_post_of_exactly_280_passes_and_281_is_refused_with_the_count():
    # Text, a blank line, the link (23).
    fits = post_rules.compose("a" * 255, LINK, "", X)
    assert x_weighted_length(fits) == 280
    assert post_rules.length_errors(fits, X) == []

    too_long = post_rules.compose("a" * 256, LINK, "", X)
    [message] = post_rules.length_errors(too_long, X)
    assert message.startswith("This X post is too long: shorten it by 1.")
    assert "281 of 280 X characters" in message


def test_vietnamese_runs_out_of_room_on_x_sooner_than_its_character_count():
    text = "Hỗ trợ người bán dâm tiếp cận dịch vụ y tế. " * 5
    published = post_rules.compose(text, LINK, "", X)
    characters_with_the_link_as_23 = len(published) - len(LINK) + 23
    assert characters_with_the_link_as_23 == 244
    report = post_rules.measure(published, X)
    assert (report.used, report.is_too_long) == (284, True)


# SMS: GSM 03.38 and UCS-2


def test_the_gsm_tables_are_the_standard_ones():
    assert len(GSM7_BASIC) == 127  # 128 codes, less the escape to the extension table
    assert set("€[]{}^~\\|\f") == GSM7_EXTENSION
    assert not GSM7_BASIC & GSM7_EXTENSION
    # The Greek capitals are the Greek letters, not look-alike symbols (Ω, not the ohm sign).
    assert {"\u0394", "\u03a9", "\u03a3"} <= GSM7_BASIC
    assert "\u2126" not in GSM7_BASIC
    # ASCII is in, except the backquote; ç is not (only Ç is).
    assert "`" not in GSM7_BASIC | GSM7_EXTENSION
    assert sms_count("`").encoding == sms_count("ç").encoding == "ucs2"


@pytest.mark.parametrize(
    ("length", "segments"), [(0, 0), (1, 1), (160, 1), (161, 2), (306, 2), (307, 3), (459, 3)]
)
def test_gsm7_gives_160_in_one_message_and_153_per_part(length, segments):
    count = sms_count("a" * length)
    assert (count.encoding, count.units, count.segments) == ("gsm7", length, segments)


def test_extension_characters_take_two_septets():
    assert sms_count("€" * 80).segments == 1
    count = sms_count("€" * 81)
    assert (count.units, count.segments, count.double_units) == (162, 2, 81)


def test_a_part_never_ends_between_the_escape_and_its_character():
    # 306 septets would be two parts of 153, but the € at septets 153–154 moves whole.
    count = sms_count("a" * 152 + "€" + "a" * 152)
    assert count.units == 306
    assert count.segments == 3


@pytest.mark.parametrize(
    ("length", "segments"), [(70, 1), (71, 2), (134, 2), (135, 3), (201, 3), (202, 4)]
)
def test_vietnamese_with_diacritics_is_unicode_70_then_67_per_part(length, segments):
    count = sms_count("ệ" * length)
    assert (count.encoding, count.units, count.segments) == ("ucs2", length, segments)


def test_an_emoji_takes_two_units_and_never_straddles_two_parts():
    assert sms_count("😀" * 35).segments == 1
    assert sms_count("😀" * 36).units == 72
    assert sms_count("😀" * 36).segments == 2
    # 134 units would be two parts of 67; the emoji at units 67–68 moves whole.
    count = sms_count("ạ" * 66 + "😀" + "ạ" * 66)
    assert (count.units, count.segments) == (134, 3)


def test_decomposed_text_and_windows_line_ends_are_counted_as_sent():
    decomposed = unicodedata.normalize("NFD", "Xét nghiệm")
    assert sms_count(decomposed).units == 10
    published = post_rules.compose("Dòng một\r\nDòng hai", "", "", SMS)
    assert "\r" not in published
    assert post_rules.measure(published, SMS).sms_units == len("Dòng một\nDòng hai")


def test_the_sms_summary_shows_the_messages_and_the_count_without_diacritics():
    text = "Xét nghiệm HIV miễn phí, bảo mật. " * 3
    assert len(text.strip()) == 101
    report = post_rules.measure(text, SMS)
    assert (report.used, report.sms_encoding) == (2, "ucs2")
    assert report.sms_segments_without_diacritics == 1
    assert post_rules.length_summary(report) == (
        "2 SMS messages (Unicode, because of the Vietnamese diacritics): 101 characters, "
        "sent in parts of 67. Without diacritics it would be 1 message."
    )


def test_the_sms_summary_names_what_else_makes_a_text_unicode():
    report = post_rules.measure("Xet nghiem “mien phi” — goi\u00a0ngay", SMS)
    summary = post_rules.length_summary(report)
    assert summary.startswith(
        "1 SMS message (Unicode, because of “, ”, —, U+00A0 no-break space): 32 of 70"
    )
    report = post_rules.measure("Xét nghiệm “miễn phí”", SMS)
    assert "Without diacritics it would still be Unicode, because of “, ”." in (
        post_rules.length_summary(report)
    )


def test_a_gsm_summary_says_which_characters_count_twice():
    summary = post_rules.length_summary(post_rules.measure("Giam 10€ hom nay", SMS))
    assert summary == (
        "1 SMS message (GSM-7): 17 of 160 characters. Each of € [ ] { } ^ ~ \\ | counts as 2."
    )


def test_an_sms_longer_than_three_messages_is_refused_with_its_count():
    [message] = post_rules.length_errors("ệ" * 202, SMS)
    assert message.startswith("This SMS is too long: at most 3 messages. 4 SMS messages")
    assert post_rules.length_errors("ệ" * 201, SMS) == []


# Captions, titles, hashtags


@pytest.mark.parametrize("channel", [Channel.TIKTOK, Channel.INSTAGRAM])
def test_tiktok_and_instagram_captions_take_2200_characters_with_hashtags(channel):
    rules = rules_for(channel)
    # Their captions hold no link: it goes in the profile.
    assert post_rules.compose("a", LINK, "", rules) == "a"
    assert post_rules.length_errors(post_rules.compose("a" * 2200, LINK, "", rules), rules) == []
    over = post_rules.compose("a" * 2190, LINK, "#KhongKyThi", rules)
    [message] = post_rules.length_errors(over, rules)
    used, limit = number_format(2203), number_format(2200)
    assert f"{used} of {limit} characters, with the hashtags." in message


@pytest.mark.parametrize(
    ("channel", "title", "expected"),
    [
        (Channel.YOUTUBE, "", ["YouTube posts need a video title."]),
        (Channel.YOUTUBE, "a" * 100, []),
        (
            Channel.YOUTUBE,
            "a" * 101,
            ["The video title is 101 characters long; YouTube allows 100."],
        ),
        (Channel.EMAIL, "ệ" * 120, []),
        (Channel.POSTER, "", ["Poster and print posts need a headline."]),
        (Channel.ZALO, "", []),
        (Channel.FACEBOOK, "Tiêu đề", ["Facebook posts have no title: leave it empty."]),
    ],
)
def test_title_rules(channel, title, expected):
    assert post_rules.title_errors(title, rules_for(channel)) == expected


def test_a_decomposed_title_is_counted_by_its_letters():
    title = unicodedata.normalize("NFD", "ệ" * 100)
    assert post_rules.title_errors(title, rules_for(Channel.YOUTUBE)) == []


def test_hashtags_are_parsed_from_what_editors_type():
    tags, invalid = post_rules.parse_hashtags(
        "#KhôngKỳThị, TPHCM; #TPHCM #1st #12345 #a-b ##x #KhôngKỳThị"
    )
    assert tags == ["#KhôngKỳThị", "#TPHCM", "#1st"]
    assert invalid == ["#12345", "#a-b", "##x"]
    decomposed, _invalid = post_rules.parse_hashtags(unicodedata.normalize("NFD", "#KhôngKỳThị"))
    assert decomposed == ["#KhôngKỳThị"]


def test_hashtag_limits_per_channel():
    six = "#a1 #a2 #a3 #a4 #a5 #a6"
    assert post_rules.hashtag_errors(six, X) == ["X posts take at most 5 hashtags."]
    assert post_rules.hashtag_errors(six[:-4], X) == []
    assert post_rules.hashtag_errors("#TPHCM", SMS) == ["SMS posts take no hashtags."]
    assert post_rules.hashtag_errors("#xét nghiệm!", X) == [
        "“nghiệm!” cannot be a hashtag: use letters, digits and _ only, no spaces."
    ]


# Images


def image_named(filename, width, height):
    """An image as stored, for the rules that read its name and size only."""
    return Image(title=filename, file=f"original_images/{filename}", width=width, height=height)


@pytest.mark.parametrize("channel", [rules.channel for rules in RULES.values() if rules.has_images])
def test_every_channel_takes_an_image_just_large_enough_for_all_its_sizes(channel):
    rules = rules_for(channel)
    width, height = post_rules.smallest_original(rules)
    assert all(f.fits(width, height) for f in rules.image_formats)
    assert post_rules.image_errors(image_named("a.jpg", width, height), rules) == []
    for smaller in ((width - 1, height), (width, height - 1)):
        [message] = post_rules.image_errors(image_named("a.jpg", *smaller), rules)
        assert f"needs a picture of at least {width}×{height} pixels" in message


def test_a_too_small_image_is_told_which_sizes_it_cannot_give():
    [message] = post_rules.image_errors(
        image_named("a.jpg", 1200, 1000), rules_for(Channel.FACEBOOK)
    )
    assert message == (
        "This image is 1200×1000 pixels, too small for 1080×1080 (Square), 1080×1350 "
        "(Portrait). Facebook needs a picture of at least 1200×1350 pixels; choose a larger one."
    )


@pytest.mark.parametrize("filename", ["banner.gif", "logo.svg"])
def test_a_gif_or_a_drawing_gets_the_channels_sizes(filename):
    [message] = post_rules.image_errors(image_named(filename, 3000, 3000), X)
    extension = filename.rsplit(".", 1)[1].upper()
    assert message == (
        f"This image is a {extension} file. X needs a JPEG, PNG or WebP photo of at least "
        "1200×630 pixels to cut 1200×630 (Link preview (Open Graph)) from it."
    )


def test_images_on_channels_without_images_and_required_images():
    assert post_rules.image_errors(image_named("a.jpg", 3000, 3000), SMS) == [
        "SMS posts carry no image: remove it."
    ]
    assert post_rules.image_errors(None, rules_for(Channel.INSTAGRAM)) == [
        "Instagram posts need an image."
    ]
    assert post_rules.image_errors(None, X) == []


def test_each_size_is_cut_from_the_image_at_exactly_its_size():
    image = channel_image()
    formats = {f for rules in RULES.values() for f in rules.image_formats}
    for image_format in formats:
        rendition = image.get_rendition(image_format.filter_spec)
        assert (rendition.width, rendition.height) == (image_format.width, image_format.height)
        assert rendition.file.name.endswith(".jpg")


def test_a_post_checks_every_rule_and_puts_each_message_on_its_field():
    page = campaign(campaign_index())
    bad = post(
        Channel.X,
        page=page,
        text="ạ" * 200,
        title="Tiêu đề",
        hashtags="#a1 #a2 #a3 #a4 #a5 #a6",
        image=channel_image(800, 600),
    )
    with pytest.raises(ValidationError) as error:
        bad.full_clean(exclude=["page"])
    messages = error.value.message_dict
    assert set(messages) == {"text", "title", "hashtags", "image"}
    assert "of 280 X characters" in messages["text"][0]
    assert messages["image"][0].startswith("This image is 800×600 pixels")
