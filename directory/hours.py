"""Opening hours in Ho Chi Minh City time: open now, today's hours, the week.

Works on a service's prefetched schedules and closures (no queries), and gives the finder
the same rule as a database filter (`open_at_q`).
"""

import datetime
import zoneinfo
from dataclasses import dataclass

from django.db.models import F, Q
from django.utils import timezone

CITY_TIMEZONE = zoneinfo.ZoneInfo("Asia/Ho_Chi_Minh")
CITY_UTC_OFFSET = "+07:00"  # No daylight saving time in Vietnam.
MIDNIGHT = datetime.time(0, 0)


def city_now() -> datetime.datetime:
    return timezone.now().astimezone(CITY_TIMEZONE)


@dataclass(frozen=True)
class Period:
    opens_at: datetime.time
    closes_at: datetime.time

    @property
    def is_whole_day(self) -> bool:
        return self.opens_at == MIDNIGHT and self.closes_at == MIDNIGHT

    @property
    def runs_past_midnight(self) -> bool:
        return self.closes_at <= self.opens_at

    def label(self) -> str:
        if self.is_whole_day:
            return "00:00–24:00"
        return f"{self.opens_at:%H:%M}–{self.closes_at:%H:%M}"


def _periods(schedules, weekday: int) -> list[Period]:
    return sorted(
        {Period(s.opens_at, s.closes_at) for s in schedules if s.weekday == weekday},
        key=lambda period: period.opens_at,
    )


def _closed_on(closures, day: datetime.date) -> bool:
    return any(closure.covers(day) for closure in closures)


@dataclass(frozen=True)
class OpeningStatus:
    is_open: bool
    today: list[Period]
    closed_today: bool
    has_hours: bool
    closes_at: datetime.time | None = None


def opening_status(schedules, closures, moment: datetime.datetime | None = None):
    """Whether the service is open at the moment, and its hours for that day."""
    schedules, closures = list(schedules), list(closures)
    moment = (moment or city_now()).astimezone(CITY_TIMEZONE)
    day, time = moment.date(), moment.time()
    yesterday = day - datetime.timedelta(days=1)
    today = _periods(schedules, day.weekday())
    closed_today = _closed_on(closures, day)
    if not closed_today:
        for period in today:
            if period.opens_at <= time and (period.runs_past_midnight or time < period.closes_at):
                return OpeningStatus(True, today, False, True, period.closes_at)
    if not _closed_on(closures, yesterday):
        for period in _periods(schedules, yesterday.weekday()):
            if period.runs_past_midnight and time < period.closes_at:
                return OpeningStatus(True, today, closed_today, True, period.closes_at)
    return OpeningStatus(False, today, closed_today, bool(schedules))


def weekly_hours(schedules) -> list[tuple[int, list[Period]]]:
    """(weekday, periods) for Monday to Sunday; an empty list is a closed day."""
    schedules = list(schedules)
    return [(weekday, _periods(schedules, weekday)) for weekday in range(7)]


def open_at_q(moment: datetime.datetime | None = None, prefix: str = "") -> Q:
    """Services open at the moment, as a filter on ServicePage (`prefix` for a relation).

    The same rule as `opening_status`: a period of today that has begun and not ended (or
    runs past midnight), or yesterday's period that runs past midnight and has not ended;
    and no closure covering the day the period began.
    """
    moment = (moment or city_now()).astimezone(CITY_TIMEZONE)
    day, time = moment.date(), moment.time()
    yesterday = day - datetime.timedelta(days=1)
    p = prefix
    started_today = Q(
        **{f"{p}schedules__weekday": day.weekday(), f"{p}schedules__opens_at__lte": time}
    ) & (
        Q(**{f"{p}schedules__closes_at__gt": time})
        | Q(**{f"{p}schedules__closes_at__lte": F(f"{p}schedules__opens_at")})
    )
    started_yesterday = Q(
        **{
            f"{p}schedules__weekday": yesterday.weekday(),
            f"{p}schedules__closes_at__lte": F(f"{p}schedules__opens_at"),
            f"{p}schedules__closes_at__gt": time,
        }
    )
    return (started_today & ~_closure_q(day, p)) | (started_yesterday & ~_closure_q(yesterday, p))


def _closure_q(day: datetime.date, prefix: str) -> Q:
    from directory.models import ServiceClosure

    closed = ServiceClosure.objects.filter(starts_on__lte=day).filter(
        Q(ends_on__gte=day) | Q(ends_on__isnull=True, starts_on=day)
    )
    return Q(**{f"{prefix}pk__in": closed.values("service_id")})
