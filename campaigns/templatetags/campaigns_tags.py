"""What a campaign page shows around its body, in the reader's language.

A campaign is tagged with the default language's topics, audiences and organisations (they
are synchronised to its translations); readers see each one's version in their language
where it exists. One query for each kind, however many the campaign has.
"""

from dataclasses import dataclass, field

from django import template
from wagtail.models import Page

from portal.listing import with_source_language
from portal.localization import default_language, in_reader_language, reader_language

register = template.Library()


@dataclass
class CampaignDetails:
    topics: list = field(default_factory=list)
    audiences: list = field(default_factory=list)
    partners: list = field(default_factory=list)
    # The campaign index above the page, and the language its title is in (an index that
    # is an alias shows the original's title).
    index_page: Page | None = None
    index_language: str = ""
    # The language the page's own text is in: an untranslated alias shows the original's.
    page_language: str = ""
    # The service finder, where the "get support" button leads.
    support_page: Page | None = None


def reader_versions(model, chosen) -> list:
    """The reader's versions of the objects of a many-to-many field, one query.

    In a preview the field holds the draft's choices in memory, and the keys are read there.
    """
    return in_reader_language(
        model.objects.filter(translation_key__in=chosen.values_list("translation_key", flat=True))
    )


def service_finder():
    """The live service directory in the reader's language, else in the default one."""
    from directory.models import ServiceDirectoryPage

    reader, default = reader_language(), default_language()
    finders = (
        ServiceDirectoryPage.objects.live()
        .public()
        .filter(locale__language_code__in={reader, default})
        .select_related("locale")
        .order_by("path")
    )
    by_language = {}
    for finder in finders:
        by_language.setdefault(finder.locale.language_code, finder)
    return by_language.get(reader) or by_language.get(default)


@register.simple_tag
def campaign_details(page) -> CampaignDetails:
    from articles.models import Audience, Topic
    from directory.models import Organization

    index_page = (
        with_source_language(Page.objects.parent_of(page).live()).select_related("locale").first()
    )
    return CampaignDetails(
        topics=reader_versions(Topic, page.topics),
        audiences=reader_versions(Audience, page.audiences),
        partners=reader_versions(Organization, page.partners),
        index_page=index_page,
        index_language=(index_page.source_language or index_page.locale.language_code)
        if index_page
        else "",
        page_language=page.get_canonical_page().locale.language_code,
        support_page=service_finder(),
    )


@register.simple_tag
def support_services_page():
    """The service finder in the reader's language, for pages that are not campaigns."""
    return service_finder()
