"""Article pages cost a constant number of queries, however many articles, terms,
documents and citations there are."""

import pytest
import wagtail_factories
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.articles_factories import (
    AudienceFactory,
    LegalDocumentFactory,
    TopicFactory,
    alias_in_english,
    article,
    article_index,
    citation,
    legal_library,
)
from tests.factories import HotlineFactory, english, publish_translation

pytestmark = pytest.mark.django_db

# Wagtail's routing, the site settings, hotlines, menu and the page's language versions
# take up to about 16 (see tests/test_query_counts.py); the rest is what these pages add:
# measured 18-20 (index), 23-25 (article), 15-17 (library), with a little room.
INDEX_BUDGET = 23
ARTICLE_BUDGET = 28
LIBRARY_BUDGET = 20


def queries_for(client, url):
    client.get(url)  # warm Wagtail's per-process caches (site root paths)
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return [query["sql"] for query in captured.captured_queries]


@pytest.fixture
def site():
    HotlineFactory()
    index = article_index()
    english_index = publish_translation(index, title="Articles", slug="articles")
    library = legal_library()
    english_library = publish_translation(library, title="Legal documents", slug="legal-documents")
    topics = [TopicFactory(slug=f"chu-de-{number}") for number in range(4)]
    for topic in topics[:2]:
        topic.copy_for_translation(english()).save()
    audiences = [AudienceFactory(slug=f"nguoi-doc-{number}") for number in range(3)]
    return {
        "index": index,
        "english_index": english_index,
        "library": library,
        "english_library": english_library,
        "topics": topics,
        "audiences": audiences,
        "count": 0,
    }


def add_articles(site, count, **fields):
    pages = []
    for _ in range(count):
        number = site["count"] = site["count"] + 1
        page = article(
            site["index"],
            slug=f"bai-{number}",
            topics=site["topics"][number % 4 : number % 4 + 2],
            audiences=site["audiences"][number % 3 :],
            **fields,
        )
        if number % 2:
            publish_translation(page, slug=f"article-{number}")
        else:
            alias_in_english(page)
        pages.append(page)
    return pages


INDEX_QUERIES = ["", "?topic=chu-de-1", "?topic=chu-de-1&audience=nguoi-doc-2", "?page=2"]


@pytest.mark.parametrize("query", INDEX_QUERIES)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_index_query_count_does_not_grow_with_the_number_of_articles(client, site, query, language):
    url = (site["index"] if language == "vi" else site["english_index"]).url + query
    add_articles(site, 5)
    with_five = queries_for(client, url)
    add_articles(site, 25)
    with_thirty = queries_for(client, url)
    assert len(with_thirty) == len(with_five), "\n".join(with_thirty)
    assert len(with_thirty) <= INDEX_BUDGET, "\n".join(with_thirty)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_index_stays_within_the_budget(client, site, language, django_assert_max_num_queries):
    add_articles(site, 30)
    url = (site["index"] if language == "vi" else site["english_index"]).url
    client.get(url)
    with django_assert_max_num_queries(INDEX_BUDGET):
        client.get(url + "?topic=chu-de-1&audience=nguoi-doc-2&page=1")


def article_with_citations(site, documents, slug):
    image = wagtail_factories.ImageFactory()
    body = [
        ("heading", "Quyền"),
        ("paragraph", "<p>Chữ.</p>"),
        ("image", {"image": image, "alt_text": "Ảnh", "caption": ""}),
        (
            "video",
            {
                "title": "Video",
                "video_url": "https://youtu.be/abcdefghijk",
                "thumbnail": image,
                "description": "",
                "transcript": "",
            },
        ),
        *[citation(document, f"Điều {number}") for number, document in enumerate(documents)],
    ]
    return article(site["index"], slug=slug, topics=site["topics"][:2], body=body)


def test_article_query_count_does_not_grow_with_citations_or_related_articles(client, site):
    documents = [LegalDocumentFactory() for _ in range(5)]
    for document in documents[:3]:
        document.copy_for_translation(english()).save()
    add_articles(site, 2)
    one = article_with_citations(site, documents[:1], "mot")
    five = article_with_citations(site, documents, "nam")
    add_articles(site, 10)
    assert len(queries_for(client, five.url)) == len(queries_for(client, one.url))

    english_five = publish_translation(five, slug="five")
    english_one = publish_translation(one, slug="one")
    assert len(queries_for(client, english_five.url)) == len(queries_for(client, english_one.url))


@pytest.mark.parametrize("language", ["vi", "en"])
def test_article_stays_within_the_budget(client, site, language, django_assert_max_num_queries):
    documents = [LegalDocumentFactory() for _ in range(3)]
    add_articles(site, 6)
    page = article_with_citations(site, documents, "bai-day-du")
    if language == "en":
        page = publish_translation(page, slug="full-article")
    client.get(page.url)
    with django_assert_max_num_queries(ARTICLE_BUDGET):
        client.get(page.url)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_library_query_count_does_not_grow_with_documents_or_citing_articles(
    client, site, language
):
    url = (site["library"] if language == "vi" else site["english_library"]).url

    def add_documents(count):
        documents = [LegalDocumentFactory() for _ in range(count)]
        for document in documents[::2]:
            document.copy_for_translation(english()).save()
        for document in documents:
            add_articles(site, 2, body=[citation(document)])
        return documents

    add_documents(2)
    with_two = queries_for(client, url)
    add_documents(6)
    with_eight = queries_for(client, url)
    assert len(with_eight) == len(with_two), "\n".join(with_eight)
    assert len(with_eight) <= LIBRARY_BUDGET, "\n".join(with_eight)
