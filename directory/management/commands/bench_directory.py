"""Benchmark the directory: seed many services, then time what readers and machines ask for.

    DATABASE_URL=sqlite:////tmp/portal-bench/bench.sqlite3 manage.py migrate
    DATABASE_URL=sqlite:////tmp/portal-bench/bench.sqlite3 manage.py bench_directory

or simply `make bench`, which does both on a fresh scratch file. It is a measurement, not a
test: it seeds 10,000 services at 12,000 locations (directory/seeding.py) and prints the
median and 95th percentile server time, and the SQL queries per request, of the finder
(with a keyword, with a category and an area, open now), of service pages, and of the HSDS
API (`/services?search=`, `/service_at_locations?lat=&lng=&proximity=`), each against the
budget, then the compressed weight of the finder page with 20 results and its CSS and JS.
The keyword search and service pages are measured in both languages (English versions are
translations and aliases); the other filters run the same queries in both, so once.
A scenario whose address does not answer (the API not installed yet) is skipped, and says so.

It writes thousands of rows, so it refuses to run unless DATABASE_URL is set explicitly
(the development database is never used) and the database holds nothing but benchmark
content (a freshly migrated database, or one that this or the article benchmark seeded).
"""

import gzip
import os
import random
import time
from collections import Counter
from html.parser import HTMLParser
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction

from articles.management.commands.bench_articles import SLUG as ARTICLES_SLUG
from directory import admin_units
from directory.models import (
    Location,
    Organization,
    ServiceCategory,
    ServiceDirectoryPage,
    ServicePage,
)
from directory.seeding import CATEGORY_PREFIX, MARKER, SLUG, DirectorySeeder
from portal.benchmarking import check_database_is_scratch, site_client, timed_requests

BUDGET_MS = 100
WEIGHT_BUDGET_BYTES = 60 * 1024
WARM_UP = 5
# What readers type, with and without diacritics.
KEYWORDS = [
    "xét nghiệm HIV",
    "xet nghiem hiv",
    "tư vấn pháp lý",
    "hoc nghe",
    "PrEP",
    "vay von uu dai",
    "điều trị ARV",
    "nhà tạm lánh",
]
PROXIMITY_M = 2000


class Skipped(Exception):
    """A scenario whose address does not answer yet."""


class Command(BaseCommand):
    help = (
        "Seed N services at M locations (deterministically) in a scratch database and print "
        "the median, 95th percentile and queries per request of the finder, service pages and "
        "the HSDS API, against a budget. Refuses to run unless DATABASE_URL is set and the "
        "database holds only benchmark content. See `make bench`."
    )

    def add_arguments(self, parser):
        parser.add_argument("--services", type=int, default=10_000, help="services to seed")
        parser.add_argument("--locations", type=int, default=12_000, help="locations to seed")
        parser.add_argument("--requests", type=int, default=200, help="timed requests per row")
        parser.add_argument("--seed", type=int, default=2025, help="random seed for the content")

    def handle(self, *args, services, locations, requests, seed, **options):
        if services < 20 or locations < 1 or requests < 1:
            raise CommandError(
                "Use at least 20 services (a full finder page), 1 location and 1 request."
            )
        self.check_database_is_scratch()
        if settings.DEBUG:
            self.stdout.write(self.style.WARNING("DEBUG is on: timings include query logging."))

        directories = self.seeded_directories(services, locations)
        if directories is None:
            started = time.perf_counter()
            with transaction.atomic():
                # Not for security: a reproducible data set.
                rng = random.Random(seed)  # noqa: S311
                directories = DirectorySeeder(rng, self.stdout).seed(services, locations)
            self.stdout.write(
                f"Seeded {services} services at {locations} locations in "
                f"{time.perf_counter() - started:.0f} s"
            )
        else:
            self.stdout.write(
                f"Using the {services} benchmark services at {locations} locations seeded before."
            )

        client = site_client()
        self.stdout.write(
            f"\n{requests} requests each (after {WARM_UP} to warm up), Django test client, "
            f"{connection.vendor}, {os.cpu_count()} CPU(s); budget: p95 under {BUDGET_MS} ms\n"
        )
        header = f"{'scenario':<36}{'lang':<6}{'median ms':>11}{'p95 ms':>9}{'queries':>9}  verdict"
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        verdicts = Counter()
        for name, language, urls in self.scenarios(directories):
            try:
                median, p95, queries = measure(client, urls, requests)
            except Skipped as reason:
                verdicts["skipped"] += 1
                self.stdout.write(f"{name:<36}{language:<6}{'—':>11}{'—':>9}{'—':>9}  SKIPPED")
                self.stdout.write(f"    ({reason})")
                continue
            verdict = "PASS" if p95 < BUDGET_MS else "FAIL"
            verdicts[verdict] += 1
            style = self.style.SUCCESS if verdict == "PASS" else self.style.ERROR
            self.stdout.write(
                f"{name:<36}{language:<6}{median:>11.1f}{p95:>9.1f}{queries:>9}  " + style(verdict)
            )
        weight_passes = self.report_page_weight(client, directories["vi"])
        verdicts["PASS" if weight_passes else "FAIL"] += 1
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(verdicts.items()))
        style = self.style.ERROR if verdicts["FAIL"] else self.style.SUCCESS
        self.stdout.write(style(f"\nScenarios: {summary}."))

    def check_database_is_scratch(self):
        check_database_is_scratch(
            [SLUG, ARTICLES_SLUG],
            "tens of thousands of rows",
            organisations=Organization.objects.exclude(alternate_name=MARKER),
            locations=Location.objects.exclude(alternate_name=MARKER),
            **{
                "service categories": ServiceCategory.objects.exclude(
                    slug__startswith=CATEGORY_PREFIX
                )
            },
        )

    def seeded_directories(self, services, locations):
        """The benchmark finders by language, if they hold exactly what was asked for;
        otherwise None, after removing any benchmark directory seeded with other numbers."""
        directories = {
            page.locale.language_code: page
            for page in ServiceDirectoryPage.objects.filter(slug=SLUG).select_related("locale")
        }
        counts = {ServicePage.objects.child_of(page).count() for page in directories.values()}
        if (
            set(directories) == {"vi", "en"}
            and counts == {services}
            and Location.objects.filter(alternate_name=MARKER).count() == locations
        ):
            return {"vi": directories["vi"], "en": directories["en"]}
        with transaction.atomic():
            for page in directories.values():
                page.delete()
            Location.objects.filter(alternate_name=MARKER).delete()
            Organization.objects.filter(alternate_name=MARKER).delete()
            ServiceCategory.objects.filter(slug__startswith=CATEGORY_PREFIX).delete()
        return None

    def scenarios(self, directories):
        """(name, language, addresses) of each row of the table."""
        # The busiest wards, where readers are most likely to look.
        busy = Counter(
            Location.objects.filter(alternate_name=MARKER, is_confidential=False)
            .exclude(ward_code="")
            .values_list("ward_code", flat=True)
        )
        wards = [admin_units.ward(code) for code, _count in busy.most_common(8)]
        categories = list(
            ServiceCategory.objects.filter(
                slug__startswith=CATEGORY_PREFIX, locale__language_code="vi"
            ).values_list("slug", flat=True)
        )
        for language, directory in directories.items():
            base = directory.get_url()
            service_urls = [
                page.get_url()
                for page in ServicePage.objects.live()
                .child_of(directory)
                .defer("search_text")
                .order_by("path")[:20]
            ]
            yield ("finder ?q=keyword", language, [with_query(base, q=word) for word in KEYWORDS])
            if language == "vi":
                # The filters run the same queries in both languages: measured once.
                yield (
                    "finder ?category&area",
                    language,
                    [
                        with_query(
                            base, category=categories[number % len(categories)], area=ward.name
                        )
                        for number, ward in enumerate(wards)
                    ],
                )
                yield ("finder ?open=1", language, [with_query(base, open=1)])
            yield ("service page (20 in turn)", language, service_urls)
        yield (
            "API /services?search",
            "vi",
            [with_query("/api/hsds/services", search=word) for word in KEYWORDS],
        )
        yield (
            "API /service_at_locations?lat&lng",
            "vi",
            [
                with_query(
                    "/api/hsds/service_at_locations",
                    lat=ward.lat,
                    lng=ward.lng,
                    proximity=PROXIMITY_M,
                )
                for ward in wards
            ],
        )

    def report_page_weight(self, client, directory) -> bool:
        """Print the gzip size of the finder page with 20 results, its CSS and its JS."""
        url = directory.get_url()
        response = client.get(url)
        html = response.content
        assets = AssetLinks()
        assets.feed(html.decode())
        service_urls = {
            f"{url}{slug}/"
            for slug in ServicePage.objects.child_of(directory).values_list("slug", flat=True)
        }
        results = len(set(assets.links) & service_urls)
        sizes = [("HTML", len(gzip.compress(html, compresslevel=6)))]
        for asset in assets.urls:
            content = static_file(asset)
            if content is None:
                self.stdout.write(f"    ({asset} not found among the static files)")
                continue
            sizes.append((asset.rsplit("/", 1)[-1], len(gzip.compress(content, compresslevel=6))))
        total = sum(size for _name, size in sizes)
        passes = total < WEIGHT_BUDGET_BYTES
        parts = ", ".join(f"{name} {size / 1024:.1f}" for name, size in sizes)
        verdict = "PASS" if passes else "FAIL"
        style = self.style.SUCCESS if passes else self.style.ERROR
        self.stdout.write(
            f"\nFinder page with {results} results, gzip: {total / 1024:.1f} KB ({parts} KB): "
            f"{style(verdict)} (budget {WEIGHT_BUDGET_BYTES // 1024} KB)"
        )
        return passes


def with_query(base, **params) -> str:
    return f"{base}?{urlencode(params)}"


def measure(client, urls, requests):
    """(median ms, p95 ms, queries) of `requests` GETs cycling through urls; queries is
    "n", or "least–most" when requests with more or fewer results took different counts."""
    for number in range(WARM_UP):
        url = urls[number % len(urls)]
        try:
            response = client.get(url)
        # Whatever a half-written view raises, the other scenarios still run.
        except Exception as error:
            raise Skipped(f"{url} raised {type(error).__name__}: {error}") from error
        if response.status_code != 200:
            raise Skipped(f"{url} answered {response.status_code}")
    median, p95, fewest, most = timed_requests(client, urls, requests)
    return median, p95, (str(most) if fewest == most else f"{fewest}–{most}")


class AssetLinks(HTMLParser):
    """The addresses of a page's style sheets and scripts."""

    def __init__(self):
        super().__init__()
        self.urls = []
        self.links = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "a" and attributes.get("href"):
            self.links.append(attributes["href"])
        if tag == "link" and "stylesheet" in (attributes.get("rel") or "").split():
            self.urls.append(attributes.get("href") or "")
        elif tag == "script" and attributes.get("src"):
            self.urls.append(attributes["src"])


def static_file(url) -> bytes | None:
    path = urlsplit(url).path
    if not path.startswith(settings.STATIC_URL):
        return None
    found = finders.find(path.removeprefix(settings.STATIC_URL))
    if not found:
        return None
    with open(found, "rb") as file:
        return file.read()
