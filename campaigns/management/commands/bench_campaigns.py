"""Benchmark the campaigns: the share kit, and the campaign pages as readers get them.

    DATABASE_URL=sqlite:////tmp/portal-bench/bench.sqlite3 manage.py migrate
    DATABASE_URL=sqlite:////tmp/portal-bench/bench.sqlite3 manage.py bench_campaigns

or simply `make bench`, which does both on a fresh scratch file. It is a measurement, not a
test. It seeds N campaigns (campaigns/seeding.py) and one campaign with a post on every
channel and 24-megapixel photographs, then prints:

- the share kit of that campaign: its generation time, cold (every image size cut from the
  photographs, as the first download after an edit) and warm (sizes cut before), the median
  of several runs each, and the ZIP's size; budget under 5 s and 20 MB;
- the median and 95th percentile server time, and the queries per request, of the campaign
  index (plain, by topic, by year, page 2) and of campaign pages, in both languages; budget:
  p95 under 60 ms, as for articles.

It writes hundreds of pages, so it refuses to run unless DATABASE_URL is set explicitly (the
development database is never used) and the database holds nothing but benchmark content (a
freshly migrated database, or one that this or the other benchmarks seeded).
"""

import os
import random
import statistics
import time
from collections import Counter

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from wagtail.images import get_image_model

from articles.management.commands.bench_articles import SLUG as ARTICLES_SLUG
from articles.management.commands.bench_articles import quiet_signals
from campaigns.models import CampaignIndexPage, CampaignPage
from campaigns.seeding import KIT_SLUG, PHOTO_SIZE, SLUG, TOPIC_PREFIX, CampaignSeeder
from campaigns.share_kit import build_share_kit
from directory.seeding import SLUG as DIRECTORY_SLUG
from portal.benchmarking import check_database_is_scratch, site_client, timed_requests

BUDGET_MS = 60
KIT_BUDGET_S = 5.0
KIT_BUDGET_BYTES = 20 * 1024 * 1024
WARM_UP = 5


class Skipped(Exception):
    """A page that does not answer yet."""


class Command(BaseCommand):
    help = (
        "Seed N campaigns (deterministically) and a campaign with every channel in a scratch "
        "database; print the share kit's generation time and size, and the median, 95th "
        "percentile and queries per request of the campaign pages, against their budgets. "
        "Refuses to run unless DATABASE_URL is set and the database holds only benchmark "
        "content. See `make bench`."
    )

    def add_arguments(self, parser):
        parser.add_argument("--campaigns", type=int, default=200, help="campaigns to seed")
        parser.add_argument("--requests", type=int, default=200, help="timed requests per row")
        parser.add_argument("--kit-runs", type=int, default=5, help="share kits per median")
        parser.add_argument("--seed", type=int, default=2026, help="random seed for the content")
        parser.add_argument(
            "--photo-size",
            default="x".join(map(str, PHOTO_SIZE)),
            help="the share kit's photographs, WIDTHxHEIGHT in pixels",
        )

    def handle(self, *args, campaigns, requests, kit_runs, seed, photo_size, **options):
        if campaigns < 13 or requests < 1 or kit_runs < 1:
            raise CommandError("Use at least 13 campaigns (two index pages), 1 request, 1 run.")
        try:
            photo_size = tuple(int(number) for number in photo_size.lower().split("x"))
        except ValueError:
            photo_size = ()
        if len(photo_size) != 2 or min(photo_size) < 1080:
            raise CommandError("Give --photo-size as WIDTHxHEIGHT, each at least 1080.")
        self.check_database_is_scratch()
        if settings.DEBUG:
            self.stdout.write(self.style.WARNING("DEBUG is on: timings include query logging."))

        seeded = self.seeded(campaigns, photo_size)
        if seeded is None:
            started = time.perf_counter()
            with transaction.atomic(), quiet_signals():
                # Not for security: a reproducible data set.
                rng = random.Random(seed)  # noqa: S311
                seeded = CampaignSeeder(rng, self.stdout, photo_size).seed(campaigns)
            self.stdout.write(
                f"Seeded {campaigns} campaigns in {time.perf_counter() - started:.0f} s"
            )
        else:
            self.stdout.write(f"Using the {campaigns} benchmark campaigns seeded before.")

        verdicts = Counter()
        verdicts.update(self.report_share_kit(seeded["kit"], kit_runs))
        verdicts.update(self.report_pages(seeded, requests))
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(verdicts.items()))
        style = self.style.ERROR if verdicts["FAIL"] else self.style.SUCCESS
        self.stdout.write(style(f"\nScenarios: {summary}."))

    def check_database_is_scratch(self):
        check_database_is_scratch([SLUG, ARTICLES_SLUG, DIRECTORY_SLUG], "hundreds of pages")

    def seeded(self, campaigns, photo_size):
        """The benchmark indexes by language and the kit's campaign, if they hold exactly
        `campaigns` campaigns and photographs of that size; otherwise None, after removing
        any seeded with other numbers."""
        indexes = {
            index.locale.language_code: index
            for index in CampaignIndexPage.objects.filter(slug=SLUG).select_related("locale")
        }
        kit = CampaignPage.objects.filter(slug=KIT_SLUG).first()
        counts = {
            CampaignPage.objects.child_of(index).exclude(slug=KIT_SLUG).count()
            for index in indexes.values()
        }
        photo = kit.hero_image if kit is not None else None
        if (
            set(indexes) == {"vi", "en"}
            and counts == {campaigns}
            and photo is not None
            and (photo.width, photo.height) == photo_size
        ):
            return {"vi": indexes["vi"], "en": indexes["en"], "kit": kit}
        with transaction.atomic():
            for index in indexes.values():
                index.delete()
        return None

    # The share kit.

    def report_share_kit(self, page, runs) -> list[str]:
        photos = {post.image_id for post in page.channel_posts.all()} | {page.hero_image_id}
        photos.discard(None)
        images = list(get_image_model().objects.filter(pk__in=photos))
        megapixels = max(image.width * image.height for image in images) / 1e6
        posts = page.channel_posts.count()
        self.stdout.write(
            f"\nShare kit: {posts} channel posts, {len(images)} photographs of "
            f"{megapixels:.0f} megapixels, {runs} run{'s' if runs != 1 else ''} each, "
            f"{os.cpu_count()} CPU(s); "
            f"budget under {KIT_BUDGET_S:.0f} s and {KIT_BUDGET_BYTES // 2**20} MB"
        )
        cold, warm, cpu, size = [], [], [], 0
        for _run in range(runs):
            for image in images:
                # Removes the files too: the next kit cuts every size again.
                for rendition in image.renditions.all():
                    rendition.delete()
            started, started_cpu = time.perf_counter(), time.process_time()
            cold_size = len(build_share_kit(page))
            cold.append(time.perf_counter() - started)
            cpu.append(time.process_time() - started_cpu)
            started = time.perf_counter()
            size = len(build_share_kit(page))
            warm.append(time.perf_counter() - started)
            if cold_size != size:
                raise CommandError("The kit changed between two runs: images were not cut.")
        verdicts = []
        for name, timings in (("cold (images cut)", cold), ("warm (sizes cut before)", warm)):
            median = statistics.median(timings)
            verdict = "PASS" if median < KIT_BUDGET_S else "FAIL"
            verdicts.append(verdict)
            self.stdout.write(
                f"  {name:<26}median {median:6.2f} s  (slowest {max(timings):.2f} s)  "
                + self.styled(verdict)
            )
        # Other work on the machine slows the wall clock, not the CPU time.
        self.stdout.write(
            f"  {'cold, CPU time':<26}median {statistics.median(cpu):6.2f} s  "
            f"(all cores added up; load average {os.getloadavg()[0]:.1f})"
        )
        verdict = "PASS" if size < KIT_BUDGET_BYTES else "FAIL"
        verdicts.append(verdict)
        self.stdout.write(f"  {'ZIP size':<26}{size / 2**20:6.1f} MB  " + self.styled(verdict))
        return verdicts

    # The pages.

    def report_pages(self, seeded, requests) -> list[str]:
        client = site_client()
        self.stdout.write(
            f"\n{requests} requests each (after {WARM_UP} to warm up), Django test client, "
            f"{connection.vendor}, {os.cpu_count()} CPU(s); budget: p95 under {BUDGET_MS} ms\n"
        )
        header = f"{'page':<34}{'lang':<6}{'median ms':>11}{'p95 ms':>9}{'queries':>9}  verdict"
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        verdicts = []
        for language in ("vi", "en"):
            for name, urls in self.scenarios(seeded[language]):
                try:
                    median, p95, queries = measure(client, urls, requests)
                except Skipped as reason:
                    verdicts.append("SKIPPED")
                    self.stdout.write(f"{name:<34}{language:<6}{'—':>11}{'—':>9}{'—':>9}  SKIPPED")
                    self.stdout.write(f"    ({reason})")
                    continue
                verdict = "PASS" if p95 < BUDGET_MS else "FAIL"
                verdicts.append(verdict)
                self.stdout.write(
                    f"{name:<34}{language:<6}{median:>11.1f}{p95:>9.1f}{queries:>9}  "
                    + self.styled(verdict)
                )
        return verdicts

    def scenarios(self, index):
        url = index.url
        topic = f"{TOPIC_PREFIX}1"
        years = sorted(
            {
                page.start_date.year
                for page in CampaignPage.objects.child_of(index).only("start_date")
            }
        )
        campaign_urls = [
            page.url
            for page in CampaignPage.objects.live()
            .child_of(index)
            .exclude(slug=KIT_SLUG)
            .defer_streamfields()
            .order_by("path")[:20]
        ]
        return [
            ("index", [url]),
            ("index ?topic", [f"{url}?topic={topic}"]),
            ("index ?year", [f"{url}?year={years[len(years) // 2]}"]),
            ("index ?page=2", [f"{url}?page=2"]),
            ("campaign (20 in turn)", campaign_urls),
        ]

    def styled(self, verdict):
        style = self.style.SUCCESS if verdict == "PASS" else self.style.ERROR
        return style(verdict)


def measure(client, urls, requests):
    """(median ms, p95 ms, queries) of `requests` GETs cycling through urls; queries is "n",
    or "least–most" when some pages took more than others."""
    for number in range(WARM_UP):
        url = urls[number % len(urls)]
        try:
            response = client.get(url)
        # Whatever a half-written template raises, the other scenarios still run.
        except Exception as error:
            raise Skipped(f"{url} raised {type(error).__name__}: {error}") from error
        if response.status_code != 200:
            raise Skipped(f"{url} answered {response.status_code}")
    median, p95, fewest, most = timed_requests(client, urls, requests)
    return median, p95, (str(most) if fewest == most else f"{fewest}–{most}")
