from django import template
from django.utils.formats import date_format
from django.utils.html import format_html

from portal.localization import reader_language

register = template.Library()

# How dates are written in each language: 15/10/2004 in Vietnamese, 15 October 2004 in English.
DATE_FORMATS = {"vi": "d/m/Y"}
DEFAULT_DATE_FORMAT = "j F Y"


@register.filter
def reader_date(value):
    """A date as readers of the active language write it, in a <time> element."""
    if not value:
        return ""
    text = date_format(value, DATE_FORMATS.get(reader_language(), DEFAULT_DATE_FORMAT))
    return format_html('<time datetime="{}">{}</time>', value.isoformat(), text)


@register.filter
def has_block(stream_value, block_type):
    """Whether a stream holds a block of this type (without converting any block)."""
    return any(item.get("type") == block_type for item in stream_value.raw_data)
