"""The articles demo content: real topics of the city's plan, in both languages, respectful."""

import datetime
import io
import json
import re
import unicodedata

import pytest
from django.core.management import call_command
from wagtail.documents import get_document_model
from wagtail.fields import StreamField

from articles.models import (
    ArticleCitation,
    ArticleIndexPage,
    ArticlePage,
    Audience,
    LegalDocument,
    LegalDocumentIndexPage,
    Topic,
)
from tests.factories import english, vietnamese

pytestmark = pytest.mark.django_db

# Words that demean people who sell sex. Readers must never meet them on this site.
SLURS_VI = ["gái điếm", "gái mại dâm", "gái gọi", "gái bán hoa", "cave", "điếm", "đĩ", "làng chơi"]
SLURS_EN = [r"\bprostitutes?\b", r"\bwhores?\b", r"\bhookers?\b", r"\bfallen women\b"]


@pytest.fixture
def demo():
    call_command("load_demo_content", stdout=io.StringIO())


def test_eight_articles_in_each_language_all_translated(demo):
    in_vietnamese = ArticlePage.objects.live().filter(locale=vietnamese())
    assert in_vietnamese.count() >= 8
    for page in in_vietnamese:
        translation = page.get_translation(english()).specific
        assert translation.alias_of_id is None, page.title
        assert translation.live
        assert translation.title != page.title
        for version in [page, translation]:
            assert version.summary
            assert version.owner_team
            assert version.topics.exists(), version.title
            assert version.audiences.exists(), version.title
            assert version.review_due >= version.last_reviewed
            assert version.reading_minutes >= 1


def test_topics_cover_the_plan(demo):
    names = set(Topic.objects.filter(locale=english()).values_list("name", flat=True))
    assert {"Rights and the law", "Health", "Jobs and loans", "Safety", "Ending stigma"} <= names
    for term in [*Topic.objects.all(), *Audience.objects.all()]:
        assert term.get_translation(english()).slug == term.slug


def test_legal_documents_named_in_the_plan(demo):
    documents = {
        document.number: document for document in LegalDocument.objects.filter(locale=vietnamese())
    }
    assert set(documents) == {
        "10/2003/PL-UBTVQH11",
        "178/2004/NĐ-CP",
        "05/2006/TT-BLĐTBXH",
        "144/2021/NĐ-CP",
        "282/2025/NĐ-CP",
    }
    ordinance = documents["10/2003/PL-UBTVQH11"]
    assert ordinance.document_type == LegalDocument.DocumentType.ORDINANCE
    assert (ordinance.issued_date, ordinance.effective_date) == (
        datetime.date(2003, 3, 17),
        datetime.date(2003, 7, 1),
    )
    assert documents["178/2004/NĐ-CP"].issued_date == datetime.date(2004, 10, 15)
    replaced = documents["144/2021/NĐ-CP"]
    assert (replaced.issued_date, replaced.effective_date) == (
        datetime.date(2021, 12, 31),
        datetime.date(2022, 1, 1),
    )
    assert replaced.status == LegalDocument.Status.REPLACED
    current = documents["282/2025/NĐ-CP"]
    assert current.issued_date == datetime.date(2025, 10, 30)
    assert current.status == LegalDocument.Status.IN_FORCE
    # Dates that were not checked are left empty, never guessed.
    assert documents["05/2006/TT-BLĐTBXH"].issued_date is None
    for document in documents.values():
        translation = document.get_translation(english())
        assert translation.number == document.number
        assert translation.issued_date == document.issued_date
        assert translation.title != document.title


def test_every_article_renders_in_both_languages(client, soup, demo):
    for page in ArticlePage.objects.live():
        parsed = soup(client.get(page.url))
        assert parsed.html["lang"] == page.locale.language_code, page.url
        assert parsed.main.h1.get_text(strip=True) == page.title
        assert not parsed.select(".notice--language"), page.url
        assert parsed.select(".article__body > *"), page.url


def test_index_and_library_in_both_languages(client, soup, demo):
    for index in ArticleIndexPage.objects.live():
        parsed = soup(client.get(index.url))
        assert len(parsed.select(".article-card")) >= 8
        health = soup(client.get(f"{index.url}?topic=suc-khoe"))
        titles = [card.h2.get_text(strip=True) for card in health.select(".article-card")]
        assert any("PrEP" in title for title in titles)
    for library in LegalDocumentIndexPage.objects.live():
        parsed = soup(client.get(library.url))
        entries = parsed.select(".library-entry")
        assert len(entries) == 5
        ordinance = next(entry for entry in entries if "10/2003/PL-UBTVQH11" in entry.get_text())
        assert ordinance.select(".library-entry__articles a")


def test_articles_cite_the_documents_they_rely_on(client, soup, demo):
    assert ArticleCitation.objects.filter(article__locale=english()).exists()
    sanctions = ArticlePage.objects.get(slug="ban-dam-va-xu-phat-hanh-chinh")
    box = soup(client.get(sanctions.url)).select_one("section.legal-basis")
    numbers = [doc.select_one(".legal-doc__symbol").get_text() for doc in box.select(".legal-doc")]
    assert set(numbers) == {
        "10/2003/PL-UBTVQH11",
        "282/2025/NĐ-CP",
        "178/2004/NĐ-CP",
        "05/2006/TT-BLĐTBXH",
    }


def test_one_article_is_due_for_review_to_show_the_report(admin_client, soup, demo):
    parsed = soup(admin_client.get("/admin/reports/articles-due-for-review/"))
    titles = [cell.get_text(" ", strip=True) for cell in parsed.select("tbody td.title")]
    assert any("Bán dâm và xử phạt hành chính" in title for title in titles)
    assert any("Selling sex and administrative sanctions" in title for title in titles)
    assert len(titles) == 2


def test_loan_article_offers_a_local_download(client, soup, demo):
    for slug in ["vay-von-uu-dai", "preferential-loans"]:
        page = ArticlePage.objects.get(slug=slug)
        download = soup(client.get(page.url)).select_one(".document-download")
        assert download.a["href"].startswith("/documents/")
        assert "TXT" in download.get_text()
    # The loan article's guide and the anti-stigma campaign's, each in both languages.
    assert get_document_model().objects.count() == 4


def test_running_again_creates_nothing(demo):
    counts = [
        model.objects.count()
        for model in [ArticlePage, Topic, Audience, LegalDocument, get_document_model()]
    ]
    output = io.StringIO()
    call_command("load_demo_content", stdout=output)
    assert "Nothing was missing" in output.getvalue()
    assert counts == [
        model.objects.count()
        for model in [ArticlePage, Topic, Audience, LegalDocument, get_document_model()]
    ]


def stored_texts():
    models = [ArticlePage, ArticleIndexPage, LegalDocumentIndexPage, LegalDocument, Topic, Audience]
    for model in models:
        for item in model.objects.all():
            for field in item._meta.concrete_fields:
                value = field.value_from_object(item)
                if isinstance(field, StreamField):
                    yield json.dumps(field.get_prep_value(value), ensure_ascii=False)
                elif isinstance(value, str):
                    yield value


def test_text_is_nfc_and_respectful(demo):
    texts = list(stored_texts())
    assert any("người bán dâm" in text for text in texts)
    assert [text for text in texts if not unicodedata.is_normalized("NFC", text)] == []
    joined = "\n".join(texts).lower()
    found = [slur for slur in SLURS_VI if re.search(rf"(?<!\w){slur}(?!\w)", joined)]
    found += [slur for slur in SLURS_EN if re.search(slur, joined)]
    assert found == []
