"""What a channel post looks like once published, and the channel's rules checked against it.

A post is published as its text, then its link (where the channel takes links in the text),
then its hashtags, separated by blank lines. Lengths are checked on that whole, counted the
channel's way (campaigns.text_length), so what staff paste is what fits.
"""

import os
import re
import unicodedata
from dataclasses import dataclass

from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from campaigns.channels import ChannelRules, LengthRule
from campaigns.text_length import SMS_PART, SMS_SINGLE, SmsCount, sms_count, x_weighted_length
from portal.text import strip_diacritics

# Formats networks accept as photos and Wagtail can crop; GIF and SVG are neither here.
CHANNEL_IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".webp"}
_HASHTAG_SEPARATORS = re.compile(r"[\s,;]+")
_HASHTAG = re.compile(r"^#?(\w+)$")


def parse_hashtags(raw: str) -> tuple[list[str], list[str]]:
    """(hashtags as "#word", what could not be a hashtag) from what an editor typed."""
    tags, invalid = [], []
    for word in _HASHTAG_SEPARATORS.split(unicodedata.normalize("NFC", raw or "")):
        if not word:
            continue
        match = _HASHTAG.match(word)
        if match and not match.group(1).isdigit():
            tag = "#" + match.group(1)
            if tag not in tags:
                tags.append(tag)
        else:
            invalid.append(word)
    return tags, invalid


def normalize_text(text: str) -> str:
    """NFC, with the CRLF line ends that browsers send from a text area made single LFs, as
    the networks store them (a CRLF would count twice)."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text.strip())


def compose(text: str, link: str, hashtags: str, rules: ChannelRules) -> str:
    """The post as published on the channel."""
    tags, _invalid = parse_hashtags(hashtags)
    parts = [normalize_text(text), link if rules.link_in_text else "", " ".join(tags)]
    return "\n\n".join(part for part in parts if part)


@dataclass(frozen=True)
class LengthReport:
    """A post's length as its channel counts it, for messages and counters."""

    used: int  # characters, X characters or SMS messages
    limit: int
    unit: str  # "characters", "x" or "sms"
    link_in_text: bool = True
    sms: SmsCount | None = None
    # The same text without diacritics (đ as d): what it would cost typed that way.
    sms_without_diacritics: SmsCount | None = None

    @property
    def is_too_long(self) -> bool:
        return self.used > self.limit

    @property
    def sms_encoding(self) -> str:
        return self.sms.encoding if self.sms else ""

    @property
    def sms_units(self) -> int:
        return self.sms.units if self.sms else 0

    @property
    def sms_segments_without_diacritics(self) -> int:
        return self.sms_without_diacritics.segments if self.sms_without_diacritics else 0


def measure(published_text: str, rules: ChannelRules) -> LengthReport:
    published_text = normalize_text(published_text)
    if rules.length_rule == LengthRule.X_WEIGHTED:
        return LengthReport(x_weighted_length(published_text), rules.max_length, "x")
    if rules.length_rule == LengthRule.SMS_SEGMENTS:
        count = sms_count(published_text)
        return LengthReport(
            count.segments,
            rules.max_length,
            "sms",
            sms=count,
            sms_without_diacritics=sms_count(strip_diacritics(published_text)),
        )
    return LengthReport(
        len(published_text), rules.max_length, "characters", link_in_text=rules.link_in_text
    )


def length_summary(report: LengthReport) -> str:
    """One line for editors: how long the post is, as its channel counts it."""
    if report.unit == "sms":
        return sms_summary(report.sms, report.sms_without_diacritics)
    values = {"used": number_format(report.used), "limit": number_format(report.limit)}
    if report.unit == "x":
        return (
            _(
                "%(used)s of %(limit)s X characters: a link counts as 23, an emoji and many "
                "Vietnamese letters (ạ, ế, ữ…) as 2."
            )
            % values
        )
    if report.link_in_text:
        return _("%(used)s of %(limit)s characters, with the link and hashtags.") % values
    return _("%(used)s of %(limit)s characters, with the hashtags.") % values


def _has_diacritics(character: str) -> bool:
    return strip_diacritics(character) != character


def _shown(character: str) -> str:
    # An invisible character pasted from a word processor (a no-break space) is named.
    if unicodedata.category(character)[0] in "ZC":
        return f"U+{ord(character):04X} {unicodedata.name(character, '').lower()}"
    return character


def _listing(characters) -> str:
    shown = [_shown(character) for character in characters[:6]]
    return ", ".join(shown) + (" …" if len(characters) > 6 else "")


def sms_summary(count: SmsCount, without_diacritics: SmsCount | None = None) -> str:
    """How many messages, in which encoding and why, and what typing without diacritics
    would save: the count a Vietnamese SMS needs explained."""
    values = {
        "count": count.segments,
        "units": number_format(count.units),
        "single": SMS_SINGLE[count.encoding],
        "part": SMS_PART[count.encoding],
    }
    if count.is_unicode:
        others = [c for c in count.non_gsm if not _has_diacritics(c)]
        if len(others) < len(count.non_gsm):
            values["encoding"] = _("Unicode, because of the Vietnamese diacritics")
        else:
            values["encoding"] = _("Unicode, because of %(characters)s") % {
                "characters": _listing(others)
            }
    else:
        values["encoding"] = "GSM-7"
    if count.segments <= 1:
        summary = ngettext(
            "%(count)s SMS message (%(encoding)s): %(units)s of %(single)s characters.",
            "%(count)s SMS messages (%(encoding)s): %(units)s of %(single)s characters.",
            count.segments,
        )
    else:
        summary = ngettext(
            "%(count)s SMS message (%(encoding)s): %(units)s characters, sent in parts of "
            "%(part)s.",
            "%(count)s SMS messages (%(encoding)s): %(units)s characters, sent in parts of "
            "%(part)s.",
            count.segments,
        )
    summary %= values
    if count.double_units:
        summary += " " + (
            _("Each emoji counts as 2.")
            if count.is_unicode
            else _("Each of € [ ] { } ^ ~ \\ | counts as 2.")
        )
    if without_diacritics is None or not count.is_unicode:
        return summary
    if without_diacritics.is_unicode and any(_has_diacritics(c) for c in count.non_gsm):
        summary += " " + _(
            "Without diacritics it would still be Unicode, because of %(characters)s."
        ) % {"characters": _listing(without_diacritics.non_gsm)}
    elif without_diacritics.segments < count.segments:
        summary += " " + ngettext(
            "Without diacritics it would be %(count)s message.",
            "Without diacritics it would be %(count)s messages.",
            without_diacritics.segments,
        ) % {"count": without_diacritics.segments}
    return summary


def too_long_message(report: LengthReport, rules: ChannelRules) -> str:
    """What to do about a post that is too long ("" when it fits); the count is apart."""
    if not report.is_too_long:
        return ""
    if report.unit == "sms":
        return ngettext(
            "This SMS is too long: at most %(limit)s message.",
            "This SMS is too long: at most %(limit)s messages.",
            report.limit,
        ) % {"limit": report.limit}
    return _("This %(channel)s post is too long: shorten it by %(over)s.") % {
        "channel": rules.label,
        "over": number_format(report.used - report.limit),
    }


def length_errors(published_text: str, rules: ChannelRules) -> list[str]:
    """The validation message, with the count, so that it says everything without the
    counter (no JavaScript)."""
    report = measure(published_text, rules)
    if not report.is_too_long:
        return []
    return [f"{too_long_message(report, rules)} {length_summary(report)}"]


def title_errors(title: str, rules: ChannelRules) -> list[str]:
    title = normalize_text(title)
    if not rules.title_max_length:
        return (
            [_("%(channel)s posts have no title: leave it empty.") % {"channel": rules.label}]
            if title
            else []
        )
    if rules.title_required and not title:
        return [_("%(channel)s posts need a %(title)s.") % _title_names(rules)]
    if len(title) > rules.title_max_length:
        return [
            _("The %(title)s is %(length)s characters long; %(channel)s allows %(limit)s.")
            % {
                **_title_names(rules),
                "length": number_format(len(title)),
                "limit": number_format(rules.title_max_length),
            }
        ]
    return []


def _title_names(rules):
    return {"channel": rules.label, "title": str(rules.title_label).lower()}


def hashtag_errors(raw: str, rules: ChannelRules) -> list[str]:
    tags, invalid = parse_hashtags(raw)
    errors = [
        _("“%(word)s” cannot be a hashtag: use letters, digits and _ only, no spaces.")
        % {"word": word}
        for word in invalid
    ]
    if len(tags) > rules.max_hashtags:
        if rules.max_hashtags == 0:
            errors.append(_("%(channel)s posts take no hashtags.") % {"channel": rules.label})
        else:
            errors.append(
                ngettext(
                    "%(channel)s posts take at most %(limit)s hashtag.",
                    "%(channel)s posts take at most %(limit)s hashtags.",
                    rules.max_hashtags,
                )
                % {"channel": rules.label, "limit": rules.max_hashtags}
            )
    return errors


def _sizes(image_formats) -> str:
    return ", ".join(f"{f.size_label} ({f.label})" for f in image_formats)


def smallest_original(rules: ChannelRules) -> tuple[int, int]:
    """The smallest picture every one of the channel's sizes can be cut from."""
    return (
        max(f.width for f in rules.image_formats),
        max(f.height for f in rules.image_formats),
    )


def image_errors(image, rules: ChannelRules) -> list[str]:
    """Whether the image can give every size the channel needs, in a format it takes."""
    if image is None:
        if rules.image_required:
            return [_("%(channel)s posts need an image.") % {"channel": rules.label}]
        return []
    if not rules.has_images:
        return [_("%(channel)s posts carry no image: remove it.") % {"channel": rules.label}]
    values = {
        "channel": rules.label,
        "minimum": "{}×{}".format(*smallest_original(rules)),
        "sizes": _sizes(rules.image_formats),
    }
    extension = os.path.splitext(image.file.name or "")[1].lower()
    if extension not in CHANNEL_IMAGE_EXTENSIONS or image.is_svg():
        return [
            _(
                "This image is a %(format)s file. %(channel)s needs a JPEG, PNG or WebP photo "
                "of at least %(minimum)s pixels to cut %(sizes)s from it."
            )
            % {**values, "format": extension.lstrip(".").upper() or _("unknown")}
        ]
    too_small = [f for f in rules.image_formats if not f.fits(image.width, image.height)]
    if not too_small:
        return []
    return [
        _(
            "This image is %(size)s pixels, too small for %(too_small)s. %(channel)s needs a "
            "picture of at least %(minimum)s pixels; choose a larger one."
        )
        % {
            **values,
            "size": f"{image.width}×{image.height}",
            "too_small": _sizes(too_small),
        }
    ]
