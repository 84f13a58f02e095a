"""Benchmark the article pages: seed many articles, then time the pages as readers get them.

    DATABASE_URL=sqlite:////tmp/portal-bench/bench.sqlite3 manage.py migrate
    DATABASE_URL=sqlite:////tmp/portal-bench/bench.sqlite3 manage.py bench_articles

or simply `make bench`, which does both on a fresh scratch file. It is a measurement, not a
test: it prints the median and 95th percentile server time and the queries per request of
the article index (plain, filtered by topic, by topic and audience, page 2) and of article
pages, in both languages.

It writes thousands of pages, so it refuses to run unless DATABASE_URL is set explicitly
(the default development database is never used) and the database holds nothing but
benchmark content (a freshly migrated database, or one it seeded before).
"""

import datetime
import os
import random
import time
from contextlib import contextmanager
from io import BytesIO

from django.conf import settings
from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.db.models.signals import post_save
from django.utils import timezone
from modelsearch import index as search_index
from modelsearch.signal_handlers import post_save_signal_handler
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail.signal_handlers import disable_reference_index_auto_update

from articles.models import ArticleIndexPage, ArticlePage, Audience, LegalDocument, Topic
from portal.benchmarking import check_database_is_scratch, site_client, timed_requests
from portal.demo import gradient

SLUG = "bench-articles"
PREFIX = "bench-"
DOCUMENT_PREFIX = "BENCH-"
IMAGE_TITLE = "bench: illustration"
TOPICS = 8
AUDIENCES = 4
DOCUMENTS = 10
BUDGET_MS = 60

WORDS = [
    "quyền",
    "sức",
    "khoẻ",
    "hỗ",
    "trợ",
    "pháp",
    "luật",
    "an",
    "toàn",
    "tư",
    "vấn",
    "xét",
    "nghiệm",
    "miễn",
    "phí",
    "bí",
    "mật",
    "việc",
    "làm",
    "vay",
    "vốn",
    "học",
    "nghề",
    "cộng",
    "đồng",
    "gia",
    "đình",
    "tôn",
    "trọng",
    "lắng",
    "nghe",
    "thông",
    "tin",
    "dịch",
    "vụ",
    "bảo",
    "vệ",
    "giấy",
    "tờ",
    "biên",
    "bản",
    "khiếu",
    "nại",
    "đường",
    "dây",
    "phường",
    "thành",
    "phố",
    "người",
    "bạn",
    "có",
    "thể",
    "được",
]


class Command(BaseCommand):
    help = (
        "Seed N articles (deterministically) in a scratch database and print the median, 95th "
        "percentile and queries per request of the article pages. Refuses to run unless "
        "DATABASE_URL is set and the database holds only benchmark content. See `make bench`."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=1000, help="articles to seed")
        parser.add_argument("--requests", type=int, default=200, help="timed requests per page")
        parser.add_argument("--seed", type=int, default=2021, help="random seed for the content")

    def handle(self, *args, articles, requests, seed, **options):
        if articles < 13 or requests < 1:
            raise CommandError("Use at least 13 articles (two index pages) and 1 request.")
        self.check_database_is_scratch()
        if settings.DEBUG:
            self.stdout.write(self.style.WARNING("DEBUG is on: timings include query logging."))

        indexes = self.seeded_indexes(articles)
        if indexes is None:
            started = time.perf_counter()
            with transaction.atomic(), quiet_signals():
                # Not for security: a reproducible data set.
                rng = random.Random(seed)  # noqa: S311
                indexes = Seeder(rng, self.stdout).seed(articles)
            self.stdout.write(
                f"Seeded {articles} articles in {time.perf_counter() - started:.0f} s"
            )
        else:
            self.stdout.write(f"Using the {articles} benchmark articles seeded before.")

        client = site_client()
        self.stdout.write(
            f"\n{requests} requests each (after 5 to warm up), Django test client, "
            f"{connection.vendor}, {os.cpu_count()} CPU(s)\n"
        )
        header = f"{'page':<34}{'lang':<6}{'median ms':>11}{'p95 ms':>9}{'queries':>9}"
        self.stdout.write(header)
        self.stdout.write("-" * len(header))
        worst = 0.0
        for language, index in indexes.items():
            for name, urls in self.scenarios(index):
                median, p95, queries = measure(client, urls, requests)
                worst = max(worst, p95)
                self.stdout.write(f"{name:<34}{language:<6}{median:>11.1f}{p95:>9.1f}{queries:>9}")
        verdict = "within" if worst < BUDGET_MS else "OVER"
        style = self.style.SUCCESS if worst < BUDGET_MS else self.style.ERROR
        self.stdout.write(
            style(f"\nWorst p95 {worst:.1f} ms: {verdict} the {BUDGET_MS} ms budget.")
        )

    def check_database_is_scratch(self):
        check_database_is_scratch(
            [SLUG],
            "thousands of pages",
            topics=Topic.objects.exclude(slug__startswith=PREFIX),
            audiences=Audience.objects.exclude(slug__startswith=PREFIX),
            images=get_image_model().objects.exclude(title=IMAGE_TITLE),
            documents=get_document_model().objects.all(),
            **{
                "legal documents": LegalDocument.objects.exclude(number__startswith=DOCUMENT_PREFIX)
            },
        )

    def seeded_indexes(self, articles):
        """The benchmark indexes by language, if they hold exactly `articles` articles."""
        indexes = {
            index.locale.language_code: index
            for index in ArticleIndexPage.objects.filter(slug=SLUG).select_related("locale")
        }
        if set(indexes) != {"vi", "en"}:
            indexes = {}
        counts = {ArticlePage.objects.child_of(index).count() for index in indexes.values()}
        if indexes and counts == {articles}:
            return {"vi": indexes["vi"], "en": indexes["en"]}
        for index in indexes.values():
            index.delete()
        return None

    def scenarios(self, index):
        url = index.url
        topic = Topic.objects.filter(slug=f"{PREFIX}topic-1").first().slug
        audience = Audience.objects.filter(slug=f"{PREFIX}audience-1").first().slug
        article_urls = [
            page.url
            for page in ArticlePage.objects.live()
            .child_of(index)
            .defer_streamfields()
            .order_by("path")[:20]
        ]
        return [
            ("index", [url]),
            ("index ?topic", [f"{url}?topic={topic}"]),
            ("index ?topic&audience", [f"{url}?topic={topic}&audience={audience}"]),
            ("index ?page=2", [f"{url}?page=2"]),
            ("article (20 in turn)", article_urls),
        ]


def measure(client, urls, requests):
    """(median ms, p95 ms, most queries) of `requests` GETs cycling through urls."""
    for number in range(5):
        client.get(urls[number % len(urls)])
    median, p95, _fewest, most = timed_requests(client, urls, requests)
    return median, p95, most


@contextmanager
def quiet_signals():
    """While seeding, skip the search and reference indexes: the pages measured use neither."""
    models = [model for model in search_index.get_indexed_models() if issubclass(model, Page)]
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in models:
            post_save.connect(post_save_signal_handler, sender=model)


class Seeder:
    def __init__(self, rng, stdout):
        self.rng = rng
        self.stdout = stdout
        self.vietnamese = Locale.objects.get(language_code="vi")
        self.english = Locale.objects.get(language_code="en")

    def text(self, words):
        return " ".join(self.rng.choice(WORDS) for _ in range(words)).capitalize() + "."

    def seed(self, count):
        home = Site.objects.get(is_default_site=True).root_page.specific
        english_home = home.get_translation(self.english)
        Topic.objects.filter(slug__startswith=PREFIX).delete()
        Audience.objects.filter(slug__startswith=PREFIX).delete()
        LegalDocument.objects.filter(number__startswith=DOCUMENT_PREFIX).delete()

        index = ArticleIndexPage(title="Bài viết (benchmark)", slug=SLUG, locale=self.vietnamese)
        home.add_child(instance=index)
        english_index = ArticleIndexPage(
            title="Articles (benchmark)",
            slug=SLUG,
            locale=self.english,
            translation_key=index.translation_key,
        )
        english_home.add_child(instance=english_index)

        self.topics = self.terms(Topic, "topic", TOPICS)
        self.audiences = self.terms(Audience, "audience", AUDIENCES)
        self.documents = self.legal_documents()
        self.image = self.make_image()

        today = timezone.localdate()
        for number in range(count):
            page = self.article(index, number, today)
            self.english_version(english_index, page, number)
            if (number + 1) % 200 == 0:
                self.stdout.write(f"  {number + 1} articles")
        return {"vi": index, "en": english_index}

    def terms(self, model, kind, count):
        terms = []
        for number in range(count):
            term = model.objects.create(
                locale=self.vietnamese, name=f"{kind} {number}", slug=f"{PREFIX}{kind}-{number}"
            )
            translation = term.copy_for_translation(self.english)
            translation.name = f"{kind} {number} (en)"
            translation.save()
            terms.append(term)
        return terms

    def legal_documents(self):
        documents = []
        for number in range(DOCUMENTS):
            document = LegalDocument.objects.create(
                locale=self.vietnamese,
                number=f"{DOCUMENT_PREFIX}{number}/2024/NĐ-CP",
                title=f"Nghị định {number}",
                issuing_body="Chính phủ",
                status=LegalDocument.Status.IN_FORCE,
            )
            if number % 2:
                translation = document.copy_for_translation(self.english)
                translation.title = f"Decree {number}"
                translation.save()
            documents.append(document)
        return documents

    def make_image(self):
        existing = get_image_model().objects.filter(title=IMAGE_TITLE).first()
        if existing is not None:
            return existing
        buffer = BytesIO()
        picture: PillowImage.Image = gradient((1200, 675), "#cfe9e4", "#2f7f86")
        picture.save(buffer, "JPEG", quality=80)
        image = get_image_model()(
            title=IMAGE_TITLE, file=ImageFile(buffer, name="bench.jpg"), file_size=buffer.tell()
        )
        image.save()
        return image

    def body(self):
        rng = self.rng
        cited = rng.sample(self.documents, 2)
        return [
            ("heading", self.text(4)),
            ("paragraph", f"<p>{self.text(120)}</p>"),
            ("image", {"image": self.image, "alt_text": self.text(5), "caption": ""}),
            ("paragraph", f"<p>{self.text(120)}</p>"),
            (
                "callout",
                {"kind": "info", "heading": self.text(3), "text": f"<p>{self.text(25)}</p>"},
            ),
            (
                "steps",
                {
                    "heading": self.text(4),
                    "steps": [
                        {"title": self.text(3), "text": f"<p>{self.text(20)}</p>"} for _ in range(4)
                    ],
                },
            ),
            (
                "faq",
                {
                    "heading": self.text(3),
                    "questions": [
                        {"question": self.text(6) + "?", "answer": f"<p>{self.text(30)}</p>"}
                        for _ in range(3)
                    ],
                },
            ),
            *[
                (
                    "legal_citation",
                    {"document": document, "reference": f"Điều {rng.randint(1, 40)}", "note": ""},
                )
                for document in cited
            ],
        ]

    def article(self, index, number, today):
        rng = self.rng
        page = ArticlePage(
            title=f"Bài viết {number}: {self.text(5)}",
            slug=f"bai-viet-{number}",
            locale=self.vietnamese,
            summary=self.text(30),
            date=today - datetime.timedelta(days=rng.randint(0, 3 * 365)),
            body=self.body(),
            owner_team="Benchmark",
            live=True,
            first_published_at=timezone.now(),
        )
        page.topics = rng.sample(self.topics, rng.randint(1, 2))
        page.audiences = rng.sample(self.audiences, rng.randint(1, 2))
        index.add_child(instance=page)
        return page

    def english_version(self, english_index, page, number):
        """A third are translated; the others are aliases, as wagtail-localize makes them."""
        translated = number % 3 == 0
        version = ArticlePage(
            title=f"Article {number}" if translated else page.title,
            slug=f"article-{number}" if translated else page.slug,
            locale=self.english,
            translation_key=page.translation_key,
            alias_of=None if translated else page,
            summary=page.summary,
            date=page.date,
            body=page.body,
            owner_team=page.owner_team,
            live=True,
            first_published_at=page.first_published_at,
        )
        version.topics = list(page.topics.all())
        version.audiences = list(page.audiences.all())
        english_index.add_child(instance=version)
