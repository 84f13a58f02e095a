"""Timing pages for the benchmark commands (`make bench`): server time and SQL queries.

Requests go through Django's test client and the real URL routing, so the figures are server
time without the network.
"""

import statistics
import time

from django.core.management.base import CommandError
from django.db import connection
from django.test import Client
from wagtail.models import Site


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
