"""What editors meet in the admin: legal documents, topics, previews and the editor itself."""

import datetime
import unicodedata

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from articles.models import LegalDocument, Topic
from tests.articles_factories import (
    LegalDocumentFactory,
    TopicFactory,
    article,
    article_index,
    citation,
)
from tests.factories import english

pytestmark = pytest.mark.django_db


def document_form(**fields):
    data = {
        "number": "144/2021/NĐ-CP",
        "title": "Nghị định 144",
        "document_type": "decree",
        "status": "in_force",
        "issuing_body": "Chính phủ",
        "issued_date": "2021-12-31",
        "effective_date": "2022-01-01",
        "official_url": "",
        "summary": "",
        "locale": "vi",
    }
    data.update(fields)
    return data


def test_editor_adds_a_legal_document_and_its_number_is_stored_in_nfc(editor):
    decomposed = unicodedata.normalize("NFD", "178/2004/NĐ-CP")
    response = editor.post(
        "/admin/snippets/articles/legaldocument/add/",
        document_form(number=f"  {decomposed} ", title="Nghị định 178"),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    document = LegalDocument.objects.get()
    assert document.number == "178/2004/NĐ-CP"
    assert unicodedata.is_normalized("NFC", document.number)


def test_a_document_cannot_come_into_force_before_it_was_issued(editor):
    response = editor.post(
        "/admin/snippets/articles/legaldocument/add/",
        document_form(issued_date="2022-01-01", effective_date="2021-12-31"),
    )
    assert response.status_code == 200
    # The admin speaks Vietnamese to an editor who has not chosen another language.
    assert response.context["form"].errors["effective_date"] == [
        "Văn bản không thể có hiệu lực trước ngày ban hành."
    ]
    assert not LegalDocument.objects.exists()


def test_two_different_documents_cannot_share_a_number():
    LegalDocumentFactory(number="144/2021/NĐ-CP")
    other = LegalDocument(
        locale=english(), number="144/2021/NĐ-CP", title="Another", issuing_body="Government"
    )
    with pytest.raises(ValidationError) as error:
        other.full_clean()
    assert "number" in error.value.message_dict


def test_a_translation_keeps_the_number_dates_and_status():
    document = LegalDocumentFactory(number="10/2003/PL-UBTVQH11")
    translation = document.copy_for_translation(english())
    translation.full_clean()
    translation.save()
    assert (translation.number, translation.issued_date, translation.status) == (
        document.number,
        document.issued_date,
        document.status,
    )


def test_two_different_topics_cannot_share_a_slug_but_translations_do():
    topic = TopicFactory(slug="suc-khoe")
    translation = topic.copy_for_translation(english())
    translation.name = "Health"
    translation.full_clean()
    translation.save()
    other = Topic(locale=english(), name="Wellbeing", slug="suc-khoe")
    with pytest.raises(ValidationError) as error:
        other.full_clean()
    assert "slug" in error.value.message_dict


def test_snippets_are_grouped_in_the_menu(editor):
    content = editor.get("/admin/").content.decode()
    for url in [
        "/admin/snippets/articles/legaldocument/",
        "/admin/snippets/articles/topic/",
        "/admin/snippets/articles/audience/",
    ]:
        assert url in content
        assert editor.get(url).status_code == 200


def test_the_article_editor_opens_for_an_existing_article(editor):
    index = article_index()
    page = article(index, topics=[TopicFactory()], body=[citation(LegalDocumentFactory())])
    response = editor.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert 'name="review_due"' in response.content.decode()


def test_editors_can_preview_an_article_before_saving_it(editor, soup):
    index = article_index()
    topic = TopicFactory(name="Sức khoẻ")
    related = article(index, title="Bài liên quan", slug="lien-quan")
    document = LegalDocumentFactory(title="Nghị định mẫu")
    data = {
        **nested_form_data(
            {
                "title": "Bản xem trước",
                "slug": "ban-xem-truoc",
                "summary": "Tóm tắt.",
                "date": "2026-03-01",
                "body": streamfield(
                    [("legal_citation", {"document": document.pk, "reference": "", "note": ""})]
                ),
                "last_reviewed": "2026-03-01",
                "review_due": "2027-03-01",
                "owner_team": "Nhóm",
                "related_article_links": inline_formset([{"article": related.pk}]),
            }
        ),
        "topics": [topic.pk],
    }
    preview_url = f"/admin/pages/add/articles/articlepage/{index.pk}/preview/"
    assert editor.post(preview_url, data).json()["is_valid"]
    parsed = soup(editor.get(preview_url))
    assert parsed.h1.get_text(strip=True) == "Bản xem trước"
    assert parsed.select_one("section.legal-basis cite").get_text() == "Nghị định mẫu"
    assert [h.get_text(strip=True) for h in parsed.select(".related h3")] == ["Bài liên quan"]
    assert parsed.select_one(".tag-list a").get_text(strip=True) == "Sức khoẻ"


def test_review_dates_default_to_a_year_ahead():
    from articles.models.pages import default_review_due

    assert default_review_due() - datetime.date.today() in {
        datetime.timedelta(days=364),
        datetime.timedelta(days=365),
        datetime.timedelta(days=366),
    }
