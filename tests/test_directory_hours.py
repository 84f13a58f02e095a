"""Opening hours: open now around midnight, on closed days, with several periods a day.

Every case is checked twice, in Python (opening_status, on the service's rows) and in SQL
(open_at_q, what the finder filters with), so that the two never disagree.
"""

import datetime

import pytest

from directory.hours import CITY_TIMEZONE, Period, open_at_q, opening_status, weekly_hours
from directory.models import ServicePage
from tests.directory_factories import make_service

pytestmark = pytest.mark.django_db

# Saturday 28 November 2026 is a Saturday (weekday 5).
SATURDAY = datetime.date(2026, 11, 28)
MONDAY, FRIDAY, SUNDAY = 0, 4, 6


def at(day: datetime.date, time: str) -> datetime.datetime:
    return datetime.datetime.combine(day, datetime.time.fromisoformat(time), CITY_TIMEZONE)


def open_both_ways(service, moment) -> bool:
    in_python = opening_status(service.schedules.all(), service.closures.all(), moment).is_open
    in_sql = ServicePage.objects.filter(open_at_q(moment), pk=service.pk).exists()
    assert in_python == in_sql, f"Python says {in_python}, SQL says {in_sql} at {moment}"
    return in_python


def test_two_periods_a_day_with_a_lunch_break():
    clinic = make_service(hours={5: [("07:30", "11:30"), ("13:00", "16:30")]})
    assert not open_both_ways(clinic, at(SATURDAY, "07:29"))
    assert open_both_ways(clinic, at(SATURDAY, "07:30"))
    assert not open_both_ways(clinic, at(SATURDAY, "12:00"))
    assert open_both_ways(clinic, at(SATURDAY, "16:29"))
    assert not open_both_ways(clinic, at(SATURDAY, "16:30"))
    assert not open_both_ways(clinic, at(SATURDAY + datetime.timedelta(days=1), "08:00"))


def test_a_period_past_midnight_belongs_to_the_day_it_starts():
    drop_in = make_service(hours={5: [("20:00", "02:00")]})
    sunday = SATURDAY + datetime.timedelta(days=1)
    assert not open_both_ways(drop_in, at(SATURDAY, "19:59"))
    assert open_both_ways(drop_in, at(SATURDAY, "23:59"))
    assert open_both_ways(drop_in, at(sunday, "00:00"))
    assert open_both_ways(drop_in, at(sunday, "01:59"))
    assert not open_both_ways(drop_in, at(sunday, "02:00"))
    # Friday night is not Saturday night.
    assert not open_both_ways(drop_in, at(SATURDAY, "01:00"))


def test_midnight_to_midnight_is_the_whole_day():
    hotline = make_service(hours={day: [("00:00", "00:00")] for day in range(7)})
    for time in ("00:00", "06:00", "12:00", "23:59"):
        assert open_both_ways(hotline, at(SATURDAY, time))
    assert Period(datetime.time(0), datetime.time(0)).label() == "00:00–24:00"


def test_closed_days_override_weekly_hours():
    tet = SATURDAY
    clinic = make_service(hours={5: [("08:00", "17:00")]}, closures=[(tet, None)])
    assert not open_both_ways(clinic, at(SATURDAY, "09:00"))
    status = opening_status(clinic.schedules.all(), clinic.closures.all(), at(SATURDAY, "09:00"))
    assert status.closed_today
    assert open_both_ways(clinic, at(SATURDAY + datetime.timedelta(days=7), "09:00"))


def test_a_closure_of_several_days_covers_each_of_them():
    clinic = make_service(
        hours={day: [("08:00", "17:00")] for day in range(7)},
        closures=[(SATURDAY, SATURDAY + datetime.timedelta(days=2))],
    )
    for offset in range(3):
        assert not open_both_ways(clinic, at(SATURDAY + datetime.timedelta(days=offset), "09:00"))
    assert open_both_ways(clinic, at(SATURDAY + datetime.timedelta(days=3), "09:00"))


def test_a_night_that_starts_on_a_closed_day_stays_closed_after_midnight():
    drop_in = make_service(hours={5: [("20:00", "02:00")]}, closures=[(SATURDAY, None)])
    assert not open_both_ways(drop_in, at(SATURDAY + datetime.timedelta(days=1), "01:00"))


def test_a_night_that_started_yesterday_runs_on_into_a_closed_day():
    sunday = SATURDAY + datetime.timedelta(days=1)
    drop_in = make_service(hours={5: [("20:00", "02:00")]}, closures=[(sunday, None)])
    assert open_both_ways(drop_in, at(sunday, "01:00"))


def test_no_hours_means_not_open_and_says_so():
    unknown = make_service(hours={})
    assert not open_both_ways(unknown, at(SATURDAY, "09:00"))
    status = opening_status([], [], at(SATURDAY, "09:00"))
    assert not status.has_hours


def test_weekly_hours_list_every_day_in_order_with_sorted_periods():
    service = make_service(
        hours={MONDAY: [("13:30", "17:00"), ("07:30", "11:30")], FRIDAY: [("18:00", "21:00")]}
    )
    week = weekly_hours(service.schedules.all())
    assert [day for day, _periods in week] == list(range(7))
    assert [period.label() for period in week[MONDAY][1]] == ["07:30–11:30", "13:30–17:00"]
    assert week[SUNDAY][1] == []


def test_open_now_is_read_in_city_time_whatever_the_moment_zone():
    clinic = make_service(hours={5: [("08:00", "09:00")]})
    # 01:30 UTC is 08:30 in Ho Chi Minh City.
    moment = datetime.datetime(2026, 11, 28, 1, 30, tzinfo=datetime.UTC)
    assert open_both_ways(clinic, moment)
