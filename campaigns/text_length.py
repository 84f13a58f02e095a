"""Counting a post's length the way each network counts it.

X counts "weighted" characters (twitter-text, version 3) after NFC normalisation: a code point
in the basic Latin to Georgian range or in a few punctuation ranges counts 1, anything else 2,
every link 23 whatever its length, and an emoji 2 however many code points it is made of (a
skin tone, a flag, a family joined with zero-width joiners). Vietnamese vowels with a tone
mark below or a hook (ạ, ế, ữ: U+1EA0–U+1EF9) are outside the light ranges, so Vietnamese text
runs out of room sooner than its character count says; á, ơ, ư and đ count 1.

SMS is sent in GSM-7 when every character is in the GSM 03.38 alphabet (160 septets in one
message, 153 in each part of a longer one; the extension characters € [ ] { } ^ ~ \\ | take
an escape and the character, two septets) and otherwise in UCS-2 (70 UTF-16 units, then 67
per part; a character outside the BMP, most emoji, takes two). A part never ends between an
escape and its character nor between the two halves of a surrogate pair: such a character
moves whole to the next part, which is why parts are packed one character at a time rather
than divided. Vietnamese with diacritics is always UCS-2; without them it usually fits GSM-7,
which is why the count without diacritics is offered too.
"""

import bisect
import re
import unicodedata
from dataclasses import dataclass

X_LINK_LENGTH = 23
# twitter-text v3 ranges that weigh 1 (100 on its scale of 200); everything else weighs 2.
X_LIGHT_RANGES = ((0x0000, 0x10FF), (0x2000, 0x200D), (0x2010, 0x201F), (0x2032, 0x2037))

# What X takes for a link. With a scheme: any host. Without one: an ASCII domain
# ending in a known top-level domain; a bare "name.cc" (one label and a country code, no
# path) is not a link, except t.co. X knows every TLD; the common ones and every two-letter
# country code cover what a campaign post mentions.
_GENERIC_TLDS = frozenset(
    {
        *("com", "net", "org", "edu", "gov", "mil", "int", "info", "biz", "name", "pro"),
        *("mobi", "asia", "aero", "coop", "museum", "jobs", "travel", "tel", "app", "dev"),
        *("page", "blog", "shop", "store", "online", "site", "website", "tech", "news"),
        *("live", "life", "link", "club", "xyz", "top", "vip", "one", "cloud", "art"),
        *("design", "media", "studio", "network", "email", "digital", "today", "world"),
        *("social", "health", "care", "help", "support", "center", "foundation", "charity"),
        *("ngo", "ong"),
    }
)
_NOT_URL_BEFORE = r"(?<![A-Za-z0-9@＠$#＃\u202a-\u202e])"
# (A host without a dot, such as localhost on a developer's machine, is taken too: X would
# not shorten it, but no published post carries one.)
_PROTOCOL_URL = re.compile(
    _NOT_URL_BEFORE + r"https?://[^\s/?#<>\"',.;:!]+[^\s<>\"]*", re.IGNORECASE
)
_LABEL = r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?"
_BARE_URL = re.compile(
    _NOT_URL_BEFORE
    + r"(?<![-_./])"
    + rf"(?P<domain>(?:{_LABEL}\.)+(?P<tld>{'|'.join(sorted(_GENERIC_TLDS, key=len, reverse=True))}"
    + r"|[a-z]{2}))(?![\w-])(?P<rest>(?::\d{1,5})?(?:/[^\s<>\"]*)?)",
    re.IGNORECASE,
)
# Punctuation that ends a sentence rather than the link it follows.
_TRAILING_PUNCTUATION = ".,:;!?'\"”’…)]}"

# Emoji, as X groups them: a regional-indicator pair (a flag), a keycap, or a pictograph with
# its variation selector, skin tone or tag characters, joined to others by zero-width joiners.
_PICTOGRAPH = (
    "[\U0001f000-\U0001faff\u2600-\u27bf\u2300-\u23ff\u2b00-\u2bff\u2190-\u21ff"
    "\u2100-\u214f\u25a0-\u25ff\u2934\u2935\u3030\u303d\u3297\u3299\u203c\u2049\u00a9\u00ae]"
)
_EMOJI_MODIFIER = "[\ufe0f\U0001f3fb-\U0001f3ff\U000e0020-\U000e007f]"
_EMOJI = re.compile(
    "[\U0001f1e6-\U0001f1ff]{2}"
    "|[0-9#*]\ufe0f?\u20e3"
    f"|{_PICTOGRAPH}{_EMOJI_MODIFIER}*(?:\u200d{_PICTOGRAPH}{_EMOJI_MODIFIER}*)*"
)


def _is_light(character: str) -> bool:
    code = ord(character)
    return any(low <= code <= high for low, high in X_LIGHT_RANGES)


def _trim_link(link: str) -> str:
    while link and link[-1] in _TRAILING_PUNCTUATION:
        # "(see https://example.com/a_(b))": a closing bracket the link opened is its own.
        if link[-1] == ")" and link.count("(") >= link.count(")"):
            break
        link = link[:-1]
    return link


def x_links(text: str) -> list[tuple[int, int]]:
    """Where X finds links in text (NFC), as (start, end) offsets, in order."""
    with_scheme = [
        (match.start(), match.start() + len(_trim_link(match.group())))
        for match in _PROTOCOL_URL.finditer(text)
    ]
    starts = [start for start, _end in with_scheme]
    spans = list(with_scheme)
    for match in _BARE_URL.finditer(text):
        # The host of a link with a scheme is not a second link.
        before = bisect.bisect_right(starts, match.start()) - 1
        if before >= 0 and match.start() < with_scheme[before][1]:
            continue
        domain, rest = match.group("domain"), _trim_link(match.group("rest"))
        one_label = domain.count(".") == 1
        if one_label and len(match.group("tld")) == 2 and not rest and domain.lower() != "t.co":
            continue
        spans.append((match.start(), match.start() + len(domain) + len(rest)))
    return sorted(spans)


def x_weighted_length(text: str) -> int:
    text = unicodedata.normalize("NFC", text or "")
    weight = 0
    position = 0
    for start, end in [*x_links(text), (len(text), len(text))]:
        weight += _x_plain_weight(text[position:start])
        if end > start:
            weight += X_LINK_LENGTH
        position = end
    return weight


def _x_plain_weight(text: str) -> int:
    weight = 0
    position = 0
    for match in _EMOJI.finditer(text):
        weight += sum(1 if _is_light(c) else 2 for c in text[position : match.start()])
        emoji = match.group()
        # A lone © or ® without its emoji selector is text, as light as any Latin-1 sign.
        weight += 1 if len(emoji) == 1 and _is_light(emoji) else 2
        position = match.end()
    return weight + sum(1 if _is_light(c) else 2 for c in text[position:])


# GSM 03.38: the basic table (the escape, 0x1B, is left out) and the extension table.
GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENSION = frozenset("^{}\\[~]|€\f")

SMS_SINGLE = {"gsm7": 160, "ucs2": 70}
SMS_PART = {"gsm7": 153, "ucs2": 67}


@dataclass(frozen=True)
class SmsCount:
    encoding: str  # "gsm7" or "ucs2"
    units: int  # septets for GSM-7, UTF-16 code units for UCS-2
    segments: int
    # The characters that make the text Unicode, in the order they first appear.
    non_gsm: tuple[str, ...] = ()
    # Characters that take two units: GSM-7 extension characters, or those outside the BMP.
    double_units: int = 0

    @property
    def per_segment(self) -> int:
        return SMS_SINGLE[self.encoding] if self.segments <= 1 else SMS_PART[self.encoding]

    @property
    def is_unicode(self) -> bool:
        return self.encoding == "ucs2"


def is_gsm7(character: str) -> bool:
    return character in GSM7_BASIC or character in GSM7_EXTENSION


def _units(character: str, encoding: str) -> int:
    if encoding == "gsm7":
        return 2 if character in GSM7_EXTENSION else 1
    return 2 if ord(character) > 0xFFFF else 1


def sms_segments(units: list[int], encoding: str) -> int:
    """How many messages characters of these sizes take, packed as a phone packs them."""
    total = sum(units)
    if total == 0:
        return 0
    if total <= SMS_SINGLE[encoding]:
        return 1
    segments, used = 1, 0
    for size in units:
        if used + size > SMS_PART[encoding]:
            segments, used = segments + 1, 0
        used += size
    return segments


def sms_count(text: str) -> SmsCount:
    text = unicodedata.normalize("NFC", text or "")
    non_gsm = tuple(dict.fromkeys(character for character in text if not is_gsm7(character)))
    encoding = "ucs2" if non_gsm else "gsm7"
    units = [_units(character, encoding) for character in text]
    return SmsCount(
        encoding=encoding,
        units=sum(units),
        segments=sms_segments(units, encoding),
        non_gsm=non_gsm,
        double_units=units.count(2),
    )
