"""Resolve page links in the reader's language with a constant number of queries.

A StreamField may hold many links (menus, shortcuts, calls to action). Asking each
linked page for its translation (``page.localized``) costs queries per link; this
module finds every LinkValue in some stream values and localises all their pages at once.
"""

from wagtail import blocks
from wagtail.models import Locale, Page

from portal.blocks import LinkValue
from portal.localization import reader_language


def _link_values(value):
    if isinstance(value, LinkValue):
        yield value
    if isinstance(value, blocks.StreamValue):
        for child in value:
            yield from _link_values(child.value)
    elif isinstance(value, blocks.StructValue):
        for child in value.values():
            yield from _link_values(child)
    elif isinstance(value, blocks.list_block.ListValue | list):
        for child in value:
            yield from _link_values(child)


def localize_links(*stream_values) -> None:
    """Attach, to every link found in the values, its page in the active language
    (or the page itself where it is not translated) and that page's language."""
    links = [link for value in stream_values for link in _link_values(value) if link.get("page")]
    if not links:
        return
    language = reader_language()
    # Menus only need titles and URLs, so plain Page rows do (no .specific() queries).
    translations = {
        page.translation_key: page
        for page in Page.objects.filter(
            translation_key__in={link["page"].translation_key for link in links},
            locale__language_code=language,
        ).live()
    }
    fallbacks = [link for link in links if link["page"].translation_key not in translations]
    languages_by_locale = (
        dict(Locale.objects.values_list("pk", "language_code")) if fallbacks else {}
    )
    for link in links:
        page = link["page"]
        found = translations.get(page.translation_key)
        link.localized_page = found or page
        # A fallback title is in its own language, which the template marks with lang.
        link.localized_language = language if found else languages_by_locale.get(page.locale_id)
