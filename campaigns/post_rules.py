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
from campaigns.text_length import SMS_PART, SMS_SINGLE, sms_count, x_weighted_length
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


def compose(text: str, link: str, hashtags: str, rules: ChannelRules) -> str:
    """The post as published on the channel."""
    tags, _invalid = parse_hashtags(hashtags)
    parts = [
        unicodedata.normalize("NFC", (text or "").strip()),
        link if rules.link_in_text else "",
        " ".join(tags),
    ]
    return "\n\n".join(part for part in parts if part)


@dataclass(frozen=True)
class LengthReport:
    """A post's length as its channel counts it, for messages and counters."""

    used: int
    limit: int
    unit: str  # "characters", "x" or "sms"
    sms_encoding: str = ""
    sms_units: int = 0
    sms_segments_without_diacritics: int = 0

    @property
    def is_too_long(self) -> bool:
        return self.used > self.limit


def measure(published_text: str, rules: ChannelRules) -> LengthReport:
    if rules.length_rule == LengthRule.X_WEIGHTED:
        return LengthReport(x_weighted_length(published_text), rules.max_length, "x")
    if rules.length_rule == LengthRule.SMS_SEGMENTS:
        count = sms_count(published_text)
        plain = sms_count(strip_diacritics(published_text))
        return LengthReport(
            count.segments,
            rules.max_length,
            "sms",
            sms_encoding=count.encoding,
            sms_units=count.units,
            sms_segments_without_diacritics=plain.segments,
        )
    return LengthReport(len(published_text), rules.max_length, "characters")


def length_summary(report: LengthReport) -> str:
    """One line for editors: how long the post is, as its channel counts it."""
    if report.unit == "sms":
        if report.sms_encoding == "ucs2":
            per = SMS_SINGLE["ucs2"] if report.used <= 1 else SMS_PART["ucs2"]
            summary = ngettext(
                "%(count)s SMS message: Unicode (Vietnamese with diacritics), "
                "%(units)s characters, %(per)s per message.",
                "%(count)s SMS messages: Unicode (Vietnamese with diacritics), "
                "%(units)s characters, %(per)s per message.",
                report.used,
            )
        else:
            per = SMS_SINGLE["gsm7"] if report.used <= 1 else SMS_PART["gsm7"]
            summary = ngettext(
                "%(count)s SMS message: GSM-7, %(units)s characters, %(per)s per message.",
                "%(count)s SMS messages: GSM-7, %(units)s characters, %(per)s per message.",
                report.used,
            )
        summary %= {"count": report.used, "units": report.sms_units, "per": per}
        if report.sms_segments_without_diacritics < report.used:
            summary += " " + ngettext(
                "Without diacritics it would be %(count)s message.",
                "Without diacritics it would be %(count)s messages.",
                report.sms_segments_without_diacritics,
            ) % {"count": report.sms_segments_without_diacritics}
        return summary
    if report.unit == "x":
        return _(
            "%(used)s of %(limit)s on X (a link counts as 23, most Vietnamese letters "
            "with tone marks count as 2)."
        ) % {"used": number_format(report.used), "limit": number_format(report.limit)}
    return _("%(used)s of %(limit)s characters, with the link and hashtags.") % {
        "used": number_format(report.used),
        "limit": number_format(report.limit),
    }


def length_errors(published_text: str, rules: ChannelRules) -> list[str]:
    report = measure(published_text, rules)
    if not report.is_too_long:
        return []
    if report.unit == "sms":
        message = ngettext(
            "This SMS is too long: at most %(limit)s message.",
            "This SMS is too long: at most %(limit)s messages.",
            report.limit,
        ) % {"limit": report.limit}
    else:
        message = _("This %(channel)s post is too long: shorten it by %(over)s.") % {
            "channel": rules.label,
            "over": number_format(report.used - report.limit),
        }
    return [f"{message} {length_summary(report)}"]


def title_errors(title: str, rules: ChannelRules) -> list[str]:
    title = (title or "").strip()
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


def image_errors(image, rules: ChannelRules) -> list[str]:
    """Whether the image can give every size the channel needs, in a format it takes."""
    if image is None:
        if rules.image_required:
            return [_("%(channel)s posts need an image.") % {"channel": rules.label}]
        return []
    if not rules.has_images:
        return [_("%(channel)s posts carry no image: remove it.") % {"channel": rules.label}]
    extension = os.path.splitext(image.file.name or "")[1].lower()
    if extension not in CHANNEL_IMAGE_EXTENSIONS:
        return [
            _("Choose a JPEG, PNG or WebP image: %(channel)s needs it cut to size.")
            % {"channel": rules.label}
        ]
    too_small = [
        image_format
        for image_format in rules.image_formats
        if not image_format.fits(image.width, image.height)
    ]
    if not too_small:
        return []
    return [
        _(
            "This image is %(size)s pixels. %(channel)s needs at least %(needed)s; "
            "choose a larger image."
        )
        % {
            "size": f"{image.width}×{image.height}",
            "channel": rules.label,
            "needed": ", ".join(
                f"{image_format.size_label} ({image_format.label})" for image_format in too_small
            ),
        }
    ]
