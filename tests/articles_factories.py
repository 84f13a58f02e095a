"""Factories for the articles app: taxonomy, legal documents and the three page types."""

import datetime

import factory
import wagtail_factories
from wagtail.models import Page

from articles.models import (
    ArticleIndexPage,
    ArticlePage,
    Audience,
    LegalDocument,
    LegalDocumentIndexPage,
    Topic,
)
from tests.factories import english, publish_child, site_home, vietnamese


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Chủ đề {n}")
    slug = factory.Sequence(lambda n: f"chu-de-{n}")
    locale = factory.LazyFunction(vietnamese)

    class Meta:
        model = Topic


class AudienceFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Người đọc {n}")
    slug = factory.Sequence(lambda n: f"nguoi-doc-{n}")
    locale = factory.LazyFunction(vietnamese)

    class Meta:
        model = Audience


class LegalDocumentFactory(factory.django.DjangoModelFactory):
    number = factory.Sequence(lambda n: f"{n + 1}/2021/NĐ-CP")
    title = factory.Sequence(lambda n: f"Nghị định mẫu {n}")
    document_type = LegalDocument.DocumentType.DECREE
    issuing_body = "Chính phủ"
    issued_date = datetime.date(2021, 12, 31)
    effective_date = datetime.date(2022, 1, 1)
    status = LegalDocument.Status.IN_FORCE
    official_url = "https://vanban.example.gov.vn/nghi-dinh"
    summary = "Tóm tắt ngắn gọn."
    locale = factory.LazyFunction(vietnamese)

    class Meta:
        model = LegalDocument


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    title = "Bài viết"
    slug = "bai-viet"
    introduction = "Hiểu đúng pháp luật, sức khoẻ và quyền của bạn."

    class Meta:
        model = ArticleIndexPage


class LegalDocumentIndexPageFactory(wagtail_factories.PageFactory):
    title = "Văn bản pháp luật"
    slug = "van-ban-phap-luat"
    introduction = "Các văn bản mà bài viết dựa vào."

    class Meta:
        model = LegalDocumentIndexPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Bài viết {n}")
    slug = factory.Sequence(lambda n: f"bai-viet-{n}")
    summary = "Tóm tắt bằng lời dễ hiểu."
    date = datetime.date(2026, 1, 1)
    body = wagtail_factories.StreamFieldFactory({})
    owner_team = "Nhóm nội dung pháp lý"
    last_reviewed = datetime.date(2026, 1, 1)
    review_due = datetime.date(2099, 1, 1)

    class Meta:
        model = ArticlePage


def article_index(**fields) -> ArticleIndexPage:
    return publish_child(site_home(), ArticleIndexPageFactory.build(**fields))


def legal_library(**fields) -> LegalDocumentIndexPage:
    return publish_child(site_home(), LegalDocumentIndexPageFactory.build(**fields))


def article(index: Page, *, topics=(), audiences=(), **fields) -> ArticlePage:
    """A published article under index, tagged with the given terms."""
    page = ArticlePageFactory.build(**fields)
    page.topics = list(topics)
    page.audiences = list(audiences)
    return publish_child(index, page)


def alias_in_english(page: Page) -> Page:
    """The English alias that wagtail-localize's tree synchronisation makes for a page."""
    alias = page.copy_for_translation(english(), copy_parents=True, alias=True)
    return type(page).objects.get(pk=alias.pk)


def citation(document, reference="", note="") -> tuple:
    return ("legal_citation", {"document": document, "reference": reference, "note": note})
