"""The public finder: search and filter the services under a ServiceDirectoryPage.

A GET form, so a search is a link that can be shared, and it works without JavaScript.
Choosing an area sorts by distance from its centre. "Near me" happens on the reader's
phone: near-me/ (JSON) gives the services matching the same filters, with no location in the
request, and near-me.js sorts them by the distance it works out on the device.

"Now" is read from directory.hours.city_now at each request, so tests can set the time.
The number of queries does not depend on the number of services.
"""

import hashlib
from functools import cache

from django.core.paginator import Paginator
from django.db.models import Exists, F, OuterRef, Q
from django.http import HttpResponseNotModified, JsonResponse
from django.utils.cache import patch_cache_control
from django.utils.html import format_html_join
from django.utils.translation import gettext as _
from wagtail.models import Page

from directory import admin_units, hours
from directory.cards import load_cards
from directory.finder_form import add_area_alternatives, read_query
from directory.models import ServiceCategory, ServiceLocation, ServicePage, SpokenLanguage
from directory.queries import keyword_q, nearest_location_subquery
from directory.service_detail import service_page_context
from portal.listing import PagesBar, page_number, with_source_language
from portal.localization import in_reader_language

PER_PAGE = 20
# near-me/ gives at most this many services; beyond, readers narrow their search first.
NEAR_ME_LIMIT = 1000
# Long enough for a phone that taps "Near me" twice, short enough for "open now" to hold.
NEAR_ME_MAX_AGE = 120
HIDDEN_STATUSES = [ServicePage.Status.INACTIVE, ServicePage.Status.DEFUNCT]


@cache
def ward_options() -> str:
    # The same 168 options on every finder page: rendered once, not on each request.
    return format_html_join(
        "", '<option value="{}"></option>', ((w.name,) for w in admin_units.wards_of())
    )


def finder_categories() -> list:
    """The categories that services use, in the reader's language, in the editors' order."""
    # Services point to the default language's categories; asking each category whether it
    # is used reads the link table's index, not every link.
    tagged = ServicePage.categories.through.objects.filter(servicecategory_id=OuterRef("pk"))
    used = ServiceCategory.objects.filter(Exists(tagged)).values("translation_key")
    found = in_reader_language(ServiceCategory.objects.filter(translation_key__in=used))
    return sorted(found, key=lambda category: (category.sort_order, category.name.casefold()))


def children_q(parent) -> Q:
    """The pages right below parent, as a range of the indexed path. (Page.child_of is a
    LIKE on the path, which SQLite does not answer from the index: every service of every
    language would be read.)"""
    first = parent.path + Page.alphabet[0] * Page.steplen
    last = parent.path + Page.alphabet[-1] * Page.steplen
    return Q(path__range=(first, last), depth=parent.depth + 1)


def matching_services(directory, query, moment):
    """Live, public services under the directory page (so in its language), not closed for
    good, matching every filter of the query, by name."""
    services = (
        ServicePage.objects.live()
        .public()
        .filter(children_q(directory))
        .exclude(status__in=HIDDEN_STATUSES)
        .defer("search_text", "description")
    )
    if (keyword := keyword_q(query.keyword)) is not None:
        services = services.filter(keyword)
    if query.category_slugs:
        tagged = ServicePage.categories.through.objects.filter(
            servicecategory__slug__in=query.category_slugs
        )
        services = services.filter(pk__in=tagged.values("servicepage_id"))
    if query.language_code:
        spoken = ServicePage.languages.through.objects.filter(spokenlanguage_id=query.language_code)
        services = services.filter(pk__in=spoken.values("servicepage_id"))
    if query.free:
        services = services.filter(is_free=True)
    if query.anonymous:
        services = services.filter(is_anonymous=True)
    if query.open_now:
        # A subquery: joining the schedules would repeat a service open in two periods.
        open_now = ServicePage.objects.filter(hours.open_at_q(moment)).values("pk")
        services = services.filter(pk__in=open_now).exclude(
            status=ServicePage.Status.TEMPORARILY_CLOSED
        )
    if query.filters_area:
        # Confidential places never match an area.
        in_area = ServiceLocation.objects.filter(
            location__ward_code__in=query.area.ward_codes, location__is_confidential=False
        )
        services = services.filter(pk__in=in_area.values("service_id"))
    return services.order_by("sort_name", "pk")


def rows_by_id(ids):
    """The services to show, found, with the language of their text, by their ids."""
    return with_source_language(
        ServicePage.objects.filter(pk__in=ids).defer("search_text", "description")
    )


class FinderSearch:
    """A reader's search: the query as understood, the choices offered, matching services."""

    def __init__(self, directory, request):
        self.base_url = directory.get_url(request) or ""
        self.moment = hours.city_now()
        self.categories = finder_categories()
        self.category_by_key = {category.translation_key: category for category in self.categories}
        self.languages = list(SpokenLanguage.objects.all())
        self.query = read_query(
            request,
            category_slugs={category.slug for category in self.categories},
            language_codes={language.code for language in self.languages},
        )
        add_area_alternatives(self.query, self.base_url)
        self.services = matching_services(directory, self.query, self.moment)

    @property
    def centre(self):
        return self.query.area.centre if self.query.area else None


class FinderListing(PagesBar, FinderSearch):
    """The finder page: one page of results, with links that keep the filters."""

    def __init__(self, directory, request):
        super().__init__(directory, request)
        services = self.services
        if self.centre:
            services = services.annotate(nearest=nearest_location_subquery(*self.centre)).order_by(
                F("nearest").asc(nulls_last=True), "sort_name", "pk"
            )
        # The ids of every match in one query, then the page's rows by id: the filters (a
        # keyword is a scan of every service's text) run once, not again for a count.
        paginator = Paginator(list(services.values_list("pk", flat=True)), PER_PAGE)
        number = page_number(request.GET.get("page"), paginator.num_pages)
        self.page = paginator.page(number)
        page_ids = list(self.page.object_list)
        by_id = {row.pk: row for row in rows_by_id(page_ids)}
        rows = [by_id[pk] for pk in page_ids if pk in by_id]
        self.cards = load_cards(
            rows,
            [row.pk for row in rows],
            moment=self.moment,
            categories_by_key=self.category_by_key,
            centre=self.centre,
        )
        self.near_me_url = self.query.url(self.base_url + directory.reverse_subpage("near_me_data"))

    @property
    def ward_options(self):
        """Today's wards and communes of the city, for the area field's suggestions."""
        return ward_options()

    @property
    def count(self) -> int:
        return self.page.paginator.count

    @property
    def is_filtered(self) -> bool:
        return self.query.is_filtered

    @property
    def clear_url(self) -> str:
        return self.base_url

    @property
    def selected_categories(self) -> list:
        return [c for c in self.categories if c.slug in self.query.category_slugs]

    @property
    def selected_language(self):
        return next(
            (lang for lang in self.languages if lang.code == self.query.language_code), None
        )

    @property
    def active_filters(self) -> list[dict]:
        """Each filter in use, with a link that removes it."""
        query, url = self.query, self.query.url
        active = []
        if query.keyword:
            active.append(
                {
                    "label": _("“%(text)s”") % {"text": query.keyword},
                    "url": url(self.base_url, q=""),
                }
            )
        if query.area:
            active.append(
                {"label": query.area.place.name, "url": url(self.base_url, area="", only_area="")}
            )
            if query.only_area:
                active.append(
                    {"label": _("Only in this area"), "url": url(self.base_url, only_area="")}
                )
        for category in self.selected_categories:
            others = [slug for slug in query.category_slugs if slug != category.slug]
            active.append({"label": category.name, "url": url(self.base_url, category=others)})
        if query.open_now:
            active.append({"label": _("Open now"), "url": url(self.base_url, open="")})
        if query.free:
            active.append({"label": _("Free of charge"), "url": url(self.base_url, free="")})
        if query.anonymous:
            active.append({"label": _("Anonymous"), "url": url(self.base_url, anonymous="")})
        if language := self.selected_language:
            active.append({"label": language.display_name, "url": url(self.base_url, language="")})
        return active

    def page_url(self, number: int) -> str:
        return self.query.url(self.base_url, page=number)


def finder_context(page, request):
    return {"finder": FinderListing(page, request)}


def service_context(page, request):
    return service_page_context(page, request)


def near_me_entry(card, request) -> dict:
    """What near-me.js needs to show a service: never a confidential place."""
    service = card.service
    call = card.call_phone
    return {
        "id": str(service.translation_key),
        "name": service.title,
        "url": service.get_url(request),
        "lang": card.source_language,
        "summary": service.summary,
        "categories": [category.name for category in card.categories],
        "free": service.is_free,
        "anonymous": service.is_anonymous,
        "open": card.is_open,
        "status": card.status_text,
        "today": card.today_text,
        "notice": service.alert,
        "closed": card.is_temporarily_closed,
        "call": {"href": card.call_url, "number": call.number} if call else None,
        "zalo": card.zalo_url or None,
        "confidential": card.is_confidential_only,
        # Public places with a position: [latitude, longitude, address].
        "places": [
            [round(place.lat, 6), round(place.lng, 6), place.address]
            for place in card.places
            if place.has_position
        ],
        "address": card.nearest.address if card.nearest else "",
    }


def near_me_data(page, request):
    """The services matching the page's filters, for sorting by distance on the phone.

    The request carries filters only, never a position. The answer is the same for every
    reader of a language, so it is cacheable and sets no cookie.
    """
    search = FinderSearch(page, request)
    # The ids first (the filters run once), the rows only if there are not too many.
    ids = list(search.services.values_list("pk", flat=True))
    too_many = len(ids) > NEAR_ME_LIMIT
    payload = {"count": len(ids), "limit": NEAR_ME_LIMIT, "too_many": too_many}
    entries = []
    if ids and not too_many:
        by_id = {row.pk: row for row in rows_by_id(ids)}
        rows = [by_id[pk] for pk in ids if pk in by_id]
        # Ids rather than the filters as a subquery, which SQLite would run again for each
        # of the five lists of rows. A thousand ids is well within SQLite's (3.32+) and
        # PostgreSQL's limits on query parameters.
        cards = load_cards(
            rows,
            ids,
            moment=search.moment,
            categories_by_key=search.category_by_key,
        )
        entries = [near_me_entry(card, request) for card in cards]
    payload["services"] = entries
    payload["notices"] = [str(notice) for notice in search.query.notices]
    response = JsonResponse(
        payload, json_dumps_params={"ensure_ascii": False, "separators": (",", ":")}
    )
    etag = f'"{hashlib.sha256(response.content).hexdigest()[:32]}"'
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponseNotModified()
    response["ETag"] = etag
    patch_cache_control(response, public=True, max_age=NEAR_ME_MAX_AGE)
    return response
