"""Pick the reader's language version of translatable objects, a whole list at a time.

Hotlines, menus, topics, audiences and legal documents are translatable snippets, and
each is translated on its own: one hotline may have an English version while another does
not yet. A page in one language may also point to the snippet of another (an English
article copied from the Vietnamese one still cites the Vietnamese document). So what readers
see is looked up by translation key: the version in their language where it exists,
otherwise the default language's.
Each helper costs one query, however many objects it resolves.
"""

from django.conf import settings
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant


def reader_language() -> str:
    return get_supported_content_language_variant(translation.get_language())


def default_language() -> str:
    return get_supported_content_language_variant(settings.LANGUAGE_CODE)


def in_reader_language(queryset) -> list:
    """One object per translation key, in the reader's language or else the default one.

    Keeps the queryset's order (of the versions chosen). One query.
    """
    reader, default = reader_language(), default_language()
    rows = list(
        queryset.filter(locale__language_code__in={reader, default}).select_related("locale")
    )
    kept = {id(row) for row in preferred_versions(rows, reader).values()}
    return [row for row in rows if id(row) in kept]


def preferred_versions(rows, language: str) -> dict:
    """{translation key: the row in `language`, else the default language's, else the first
    other} among rows (with their locale loaded)."""
    rank = {language: 0, default_language(): 1}
    chosen = {}
    for row in rows:
        current = chosen.get(row.translation_key)
        if current is None or rank.get(row.locale.language_code, 2) < rank.get(
            current.locale.language_code, 2
        ):
            chosen[row.translation_key] = row
    return chosen


def by_translation_key(objects) -> dict:
    return {obj.translation_key: obj for obj in objects}
