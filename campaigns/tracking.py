"""Tracked links: the campaign's address with UTM parameters, and short links for print.

UTM parameters say where a reader came from (source: the network; medium: social, email,
print, sms; campaign: the campaign's slug). They travel in the address only: the portal sets
no cookie and loads no analytics script, and the parameters carry nothing about the reader.
Short links (/c/<code>) are what posters, QR codes and SMS carry: they point to the campaign,
not to an address, so a printed poster keeps working when the page moves.
"""

from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from django.conf import settings
from django.urls import reverse

from campaigns.channels import ChannelRules

SHORT_CODE_LENGTH = 7
# No 0/o, 1/l/i: codes are typed from paper too.
SHORT_CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"


def utm_parameters(rules: ChannelRules, campaign: str) -> dict[str, str]:
    return {
        "utm_source": rules.utm_source,
        "utm_medium": rules.utm_medium,
        "utm_campaign": campaign,
    }


def with_parameters(url: str, parameters: dict[str, str]) -> str:
    """url with the parameters added, replacing any of the same name it already has."""
    parts = urlsplit(url)
    query = [(name, value) for name, value in parse_qsl(parts.query) if name not in parameters]
    query += [(name, value) for name, value in parameters.items() if value]
    return urlunsplit(parts._replace(query=urlencode(query)))


def tracked_url(page_url: str, rules: ChannelRules, campaign: str) -> str:
    return with_parameters(page_url, utm_parameters(rules, campaign))


def short_path(code: str) -> str:
    return reverse("campaigns:short_link", args=[code])


def short_url(code: str, root_url: str | None = None) -> str:
    root = (root_url or settings.WAGTAILADMIN_BASE_URL).rstrip("/")
    return root + short_path(code)


def placeholder_short_url(root_url: str | None = None) -> str:
    """A short link of the real length, to count a text before its link exists."""
    return short_url("x" * SHORT_CODE_LENGTH, root_url)
