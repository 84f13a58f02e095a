"""What a reader asked the finder for, read from the query string.

The finder is a GET form, so every search is a link that can be shared. Whatever the query
string holds, reading it never fails: text that is too long is cut, characters that cannot
be text are dropped, and codes nobody knows are left out, each with a notice that says so.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from directory import admin_units

MAX_KEYWORD_LENGTH = 200
MAX_AREA_LENGTH = 100
MAX_CODE_LENGTH = 100
# More categories than anyone ticks; the rest of a longer list is ignored.
MAX_CATEGORIES = 20
TRUE_VALUES = {"1", "on", "true", "yes"}
# Control characters and the replacement character (what undecodable bytes become).
_UNREADABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ufffe\uffff]")


def _text(raw, limit: int) -> tuple[str, bool, bool]:
    """The text without unreadable characters, cut to limit: (text, was_cut, had_unreadable)."""
    raw = raw or ""
    readable = _UNREADABLE.sub(" ", raw)
    had_unreadable = readable != raw
    text = " ".join(readable.split())
    was_cut = len(text) > limit
    return text[:limit].strip(), was_cut, had_unreadable


def _flag(request, name: str) -> bool:
    return request.GET.get(name, "")[:10].strip().lower() in TRUE_VALUES


@dataclass(frozen=True)
class AreaAlternative:
    name: str
    note: str
    url: str


@dataclass
class Area:
    """The area a reader typed, as the finder understood it."""

    typed: str
    place: admin_units.Place
    alternatives: list[AreaAlternative] = field(default_factory=list)

    @property
    def ward_codes(self) -> tuple[str, ...]:
        return self.place.ward_codes

    @property
    def centre(self) -> tuple[float, float] | None:
        return admin_units.centre_of(self.ward_codes)

    @property
    def ward_names(self) -> list[str]:
        return [unit.name for unit in self.place.wards]

    @property
    def is_former(self) -> bool:
        return self.place.former


def former_note(place: admin_units.Place) -> str:
    if not place.former:
        return ""
    return ngettext(
        "before July 2025; now %(count)d ward or commune",
        "before July 2025; now %(count)d wards or communes",
        len(place.ward_codes),
    ) % {"count": len(place.ward_codes)}


@dataclass
class FinderQuery:
    """The finder's filters, as read from a request; `notices` say what was left out."""

    keyword: str = ""
    category_slugs: list[str] = field(default_factory=list)
    area_text: str = ""
    area: Area | None = None
    only_area: bool = False
    open_now: bool = False
    free: bool = False
    anonymous: bool = False
    language_code: str = ""
    notices: list[str] = field(default_factory=list)

    @property
    def is_filtered(self) -> bool:
        return bool(
            self.keyword
            or self.category_slugs
            or self.area
            or self.open_now
            or self.free
            or self.anonymous
            or self.language_code
        )

    @property
    def filters_area(self) -> bool:
        return bool(self.area and self.only_area)

    def params(self, **changes) -> list[tuple[str, str]]:
        """The query string's parameters, in a fixed order, with changes applied.

        Only what was understood is kept, so links never repeat an unknown code.
        """
        values = {
            "q": self.keyword,
            "area": self.area_text if self.area else "",
            "only_area": "1" if self.filters_area else "",
            "category": list(self.category_slugs),
            "open": "1" if self.open_now else "",
            "free": "1" if self.free else "",
            "anonymous": "1" if self.anonymous else "",
            "language": self.language_code,
        }
        values.update(changes)
        if not values["area"]:
            values["only_area"] = ""
        pairs = []
        for name, value in values.items():
            for item in value if isinstance(value, list) else [value]:
                if item in ("", None) or (name == "page" and str(item) == "1"):
                    continue
                pairs.append((name, str(item)))
        return pairs

    def url(self, base_url: str, **changes) -> str:
        pairs = self.params(**changes)
        return f"{base_url}?{urlencode(pairs)}" if pairs else base_url


def read_query(request, *, category_slugs: set[str], language_codes: set[str]) -> FinderQuery:
    """Read the finder's filters from request.GET, checking codes against the known ones."""
    query = FinderQuery()
    notices = query.notices

    keyword, was_cut, had_unreadable = _text(request.GET.get("q"), MAX_KEYWORD_LENGTH)
    query.keyword = keyword
    if was_cut:
        notices.append(
            _("Your search was very long, so only its first %(count)d characters were used.")
            % {"count": MAX_KEYWORD_LENGTH}
        )
    if had_unreadable:
        notices.append(_("Some characters in your search could not be read and were left out."))

    unknown = []
    for raw in request.GET.getlist("category")[: MAX_CATEGORIES * 2]:
        slug, _cut, _unreadable = _text(raw, MAX_CODE_LENGTH)
        if not slug or slug in query.category_slugs:
            continue
        if slug in category_slugs and len(query.category_slugs) < MAX_CATEGORIES:
            query.category_slugs.append(slug)
        elif slug not in category_slugs:
            unknown.append(slug)
    for slug in unknown[:3]:
        notices.append(
            _("There is no category “%(code)s”, so it was left out of the search.") % {"code": slug}
        )

    language, _cut, _unreadable = _text(request.GET.get("language"), MAX_CODE_LENGTH)
    if language in language_codes:
        query.language_code = language
    elif language:
        notices.append(
            _("There is no language “%(code)s” in the list, so it was left out of the search.")
            % {"code": language}
        )

    query.open_now = _flag(request, "open")
    query.free = _flag(request, "free")
    query.anonymous = _flag(request, "anonymous")
    query.only_area = _flag(request, "only_area")
    _read_area(request, query)
    return query


def _read_area(request, query: FinderQuery) -> None:
    text, was_cut, _unreadable = _text(request.GET.get("area"), MAX_AREA_LENGTH)
    if not text:
        return
    query.area_text = text
    unit = admin_units.ward(text)
    if unit:
        places = [admin_units.Place(unit.name, (unit.code,))]
    else:
        places = [] if was_cut else admin_units.find_places(text)
    if not places:
        query.notices.append(
            _(
                "We could not find the area “%(area)s”. Choose a ward or commune from the list, "
                "or type a district name from before July 2025, such as “Quận 1”."
            )
            % {"area": text}
        )
        return
    query.area = Area(typed=text, place=places[0])


def add_area_alternatives(query: FinderQuery, base_url: str) -> None:
    """Links to the other places the typed area may mean ("Bình Thạnh": the ward of today,
    or the former district)."""
    if not query.area or admin_units.ward(query.area.typed):
        return
    for place in admin_units.find_places(query.area.typed)[1:]:
        query.area.alternatives.append(
            AreaAlternative(
                place.name, former_note(place), query.url(base_url, area=_area_param(place))
            )
        )


def _area_param(place: admin_units.Place) -> str:
    """What to put in `area=` to mean this place and no other: its name, or the ward's code
    when two wards' names differ only by their diacritics ("Thanh An", "Thạnh An")."""
    found = admin_units.find_places(place.name)
    if (found and found[0] == place) or len(place.ward_codes) != 1:
        return place.name
    return place.ward_codes[0]
