"""What the portal's lists share: page numbers, filter links and the pages bar.

Lists are plain links (`?topic=suc-khoe&page=2`), so they work without JavaScript and can be
shared; whatever is in the query string, the page renders.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.db.models import F

# Longer values cannot be a slug or a choice; they are cut short before any comparison.
MAX_VALUE_LENGTH = 100


def requested(request, name: str) -> str:
    """A filter's value from the query string, trimmed and cut short."""
    return request.GET.get(name, "")[: MAX_VALUE_LENGTH + 1].strip()


def page_number(raw, num_pages: int) -> int:
    """The page asked for, within 1..num_pages; anything that is not a number is page 1."""
    raw = (raw or "").strip()
    if not (raw.isascii() and raw.isdigit()):
        return 1
    if len(raw) > 9:
        return num_pages
    return min(max(int(raw), 1), num_pages)


def query_url(base_url: str, **params) -> str:
    """base_url with the given non-empty parameters, in the order given (page 1 is omitted)."""
    kept = {name: value for name, value in params.items() if value and value != 1}
    return f"{base_url}?{urlencode(kept)}" if kept else base_url


def with_source_language(queryset):
    """Annotate each page with the language of the page it is an alias of, if any.

    An alias shows the original's text, so listings mark its title with that language.
    """
    return queryset.annotate(source_language=F("alias_of__locale__language_code"))


def page_window(current: int, last: int, around: int = 2) -> list[int | None]:
    """Page numbers to link to: the first, the last and a few around the current; None is a gap."""
    shown = {1, last, *range(current - around, current + around + 1)}
    numbers = sorted(number for number in shown if 1 <= number <= last)
    window: list[int | None] = []
    for number in numbers:
        if window and number - window[-1] > 1:
            window.append(None)
        window.append(number)
    return window


class PagesBar:
    """The pages bar of a list: needs `self.page` (a Paginator page) and `page_url(number)`."""

    def page_url(self, number: int) -> str:
        raise NotImplementedError

    @property
    def pages(self) -> list[dict | None]:
        current, last = self.page.number, self.page.paginator.num_pages
        return [
            {"number": number, "url": self.page_url(number), "is_current": number == current}
            if number
            else None
            for number in page_window(current, last)
        ]

    @property
    def previous_url(self):
        return self.page_url(self.page.number - 1) if self.page.has_previous() else None

    @property
    def next_url(self):
        return self.page_url(self.page.number + 1) if self.page.has_next() else None


@dataclass
class FilterOption:
    value: str
    label: str
    url: str
    is_active: bool = False
    count: int | None = None


@dataclass
class FilterGroup:
    param: str
    all_url: str
    options: list[FilterOption] = field(default_factory=list)

    @property
    def active(self):
        return next((option for option in self.options if option.is_active), None)


def counted_filter_group(
    base_url: str,
    filters: dict[str, str],
    param: str,
    choices: Iterable[tuple[str, str]],
    counts: Mapping[str, int],
) -> FilterGroup:
    """The options of one filter with how many items each would show; an option that would
    show none is left out, unless it is the one chosen. `filters` are the active values."""
    group = FilterGroup(param=param, all_url=query_url(base_url, **{**filters, param: ""}))
    for value, label in choices:
        count = counts.get(value, 0)
        is_active = value == filters[param]
        if not count and not is_active:
            continue
        # The active option's link removes it; the others replace it.
        url = group.all_url if is_active else query_url(base_url, **{**filters, param: value})
        group.options.append(FilterOption(value, str(label), url, is_active, count))
    return group
