"""Editors see which articles are due for review, under Reports."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.utils import timezone

from tests.articles_factories import alias_in_english, article, article_index

pytestmark = pytest.mark.django_db

REPORT_URL = "/admin/reports/articles-due-for-review/"


@pytest.fixture
def articles():
    index = article_index()
    today = timezone.localdate()

    def make(title, due, last_reviewed=None):
        return article(
            index,
            title=title,
            slug=title.lower().replace(" ", "-"),
            last_reviewed=last_reviewed or due - datetime.timedelta(days=365),
            review_due=due,
            owner_team="Nhóm pháp lý",
        )

    overdue = make("Overdue", today - datetime.timedelta(days=30))
    alias_in_english(overdue)
    return {
        "overdue": overdue,
        "due_today": make("Due today", today),
        "fresh": make("Fresh", today + datetime.timedelta(days=1)),
    }


@pytest.fixture
def english_admin(admin_user, client):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    return client


def report_titles(soup, response):
    return [cell.get_text(" ", strip=True) for cell in soup(response).select("td.title a")]


def test_report_lists_overdue_articles_most_overdue_first(english_admin, soup, articles):
    response = english_admin.get(REPORT_URL)
    assert response.status_code == 200
    parsed = soup(response)
    assert parsed.h1.get_text(strip=True) == "Articles due for review"
    rows = parsed.select("tbody tr")
    titles = [row.select_one("td.title").get_text(" ", strip=True) for row in rows]
    assert len(rows) == 2, titles
    assert titles[0].startswith("Overdue")
    assert titles[1].startswith("Due today")
    # The English alias of the overdue article follows it and is not listed on its own.
    assert not any("Fresh" in title for title in titles)
    due = [row.select_one("[data-review-due] time")["datetime"] for row in rows]
    assert due == [
        articles["overdue"].review_due.isoformat(),
        articles["due_today"].review_due.isoformat(),
    ]
    assert "Nhóm pháp lý" in rows[0].get_text()


def test_report_is_in_the_reports_menu(english_admin, articles):
    response = english_admin.get("/admin/")
    assert REPORT_URL in response.content.decode()


def test_report_exports_a_spreadsheet(english_admin, articles):
    response = english_admin.get(f"{REPORT_URL}?export=csv")
    assert response.status_code == 200
    content = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else (response.content.decode())
    )
    lines = content.strip().splitlines()
    assert len(lines) == 3
    assert len(lines[0].split(",")) == 6  # title, language, review due, last reviewed, team, status
    assert lines[1].startswith("Overdue,Tiếng Việt,")
    assert articles["overdue"].review_due.isoformat() in lines[1]


def test_report_is_empty_when_nothing_is_due(english_admin, soup):
    article(article_index(), review_due=timezone.localdate() + datetime.timedelta(days=10))
    parsed = soup(english_admin.get(REPORT_URL))
    assert parsed.select("tbody tr") == []
    assert "No article is due for review" in parsed.get_text()


def test_people_who_cannot_edit_pages_cannot_see_the_report(client, articles):
    """An admin user with no page permissions (say, one who only manages documents)."""
    user = get_user_model().objects.create_user("documents-only", password="password")
    user.user_permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    client.force_login(user)
    assert client.get("/admin/").status_code == 200
    assert REPORT_URL not in client.get("/admin/").content.decode()
    assert client.get(REPORT_URL).status_code in {302, 403}
