"""Timing pages for the benchmark commands (`make bench`): server time and SQL queries.

Requests go through Django's test client and the real URL routing, so the figures are server
time without the network.
"""

import os
import statistics
import time

from django.core.management.base import CommandError
from django.db import connection
from django.test import Client
from wagtail.models import Page, Site


def check_database_is_scratch(bench_slugs, writes: str, **others) -> None:
    """Refuse to run unless DATABASE_URL names a database that holds only benchmark content.

    bench_slugs: the slugs of the benchmark's own sections (pages at depth 3, under a home
    page); writes: what the benchmark writes, for the message; others: querysets of rows
    that are not benchmark data, by what they are ("topics", "locations"...).
    """
    if not os.environ.get("DATABASE_URL"):
        raise CommandError(
            "Set DATABASE_URL to a scratch database, for example "
            "DATABASE_URL=sqlite:////tmp/portal-bench/bench.sqlite3 (after `migrate`), "
            f"or run `make bench`. The benchmark writes {writes}."
        )
    bench_paths = Page.objects.filter(slug__in=bench_slugs, depth=3).values_list("path", flat=True)
    other_pages = Page.objects.filter(depth__gt=2)
    for path in bench_paths:
        other_pages = other_pages.exclude(path__startswith=path)
    counts = {"pages": other_pages.count()}
    counts.update((kind, rows.count()) for kind, rows in others.items())
    found = {kind: count for kind, count in counts.items() if count}
    if found:
        described = ", ".join(f"{count} {kind}" for kind, count in found.items())
        raise CommandError(
            f"This database holds content that is not benchmark data ({described}). "
            "Run the benchmark on a scratch database: `make bench`."
        )


def site_client() -> Client:
    """A test client that asks for the default site by its host name, as browsers would."""
    site = Site.objects.get(is_default_site=True)
    host = site.hostname if site.port in (80, 443) else f"{site.hostname}:{site.port}"
    return Client(HTTP_HOST=host)


class QueryCounter:
    """Counts the SQL queries of each request (set `count` to 0 before each)."""

    def __init__(self):
        self.count = 0
        self.counts = set()

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def timed_requests(client, urls, requests) -> tuple[float, float, int, int]:
    """(median ms, p95 ms, fewest queries, most queries) of `requests` GETs cycling through
    urls; any answer but 200 stops the benchmark."""
    counter = QueryCounter()
    timings = []
    with connection.execute_wrapper(counter):
        for number in range(requests):
            url = urls[number % len(urls)]
            counter.count = 0
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            if response.status_code != 200:
                raise CommandError(f"{url} answered {response.status_code}")
            counter.counts.add(counter.count)
    timings.sort()
    p95 = timings[min(len(timings) - 1, round(0.95 * len(timings)) - 1)]
    return statistics.median(timings), p95, min(counter.counts), max(counter.counts)
