"""The benchmark command runs only on a scratch database, and measures what it says."""

import io

import pytest
from django.core.management import CommandError, call_command

from articles.models import ArticlePage
from tests.factories import InformationPageFactory, publish_child, site_home

pytestmark = pytest.mark.django_db


def bench(**options):
    output = io.StringIO()
    call_command("bench_articles", stdout=output, **options)
    return output.getvalue()


def test_refuses_without_an_explicit_scratch_database(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with pytest.raises(CommandError, match="DATABASE_URL"):
        bench(articles=13, requests=1)
    assert not ArticlePage.objects.exists()


def test_refuses_a_database_with_real_content(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite:///scratch.sqlite3")
    publish_child(site_home(), InformationPageFactory.build(title="Giới thiệu", slug="gioi-thieu"))
    with pytest.raises(CommandError, match="1 pages"):
        bench(articles=13, requests=1)
    assert not ArticlePage.objects.exists()


def test_seeds_measures_both_languages_and_reuses_what_it_seeded(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite:///scratch.sqlite3")
    output = bench(articles=13, requests=2)

    assert "Seeded 13 articles" in output
    rows = [line.split() for line in output.splitlines() if line.startswith(("index", "article"))]
    assert len(rows) == 10
    assert {row[-4] for row in rows} == {"vi", "en"}
    for row in rows:
        median, p95, queries = float(row[-3]), float(row[-2]), int(row[-1])
        assert 0 < median <= p95
        assert 0 < queries < 40
    assert ArticlePage.objects.filter(locale__language_code="vi").count() == 13
    assert ArticlePage.objects.filter(locale__language_code="en").count() == 13

    again = bench(articles=13, requests=1)
    assert "Using the 13 benchmark articles" in again
    assert ArticlePage.objects.count() == 26
