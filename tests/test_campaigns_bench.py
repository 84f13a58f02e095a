"""The campaigns benchmark runs only on a scratch database and measures what it says: the
share kit of a campaign on every channel, and the campaign pages in both languages."""

import io
import re

import pytest
from django.core.management import CommandError, call_command

from campaigns.channels import Channel
from campaigns.models import CampaignPage, ShortLink
from campaigns.seeding import KIT_SLUG
from tests.factories import InformationPageFactory, publish_child, site_home

pytestmark = pytest.mark.django_db

ROW = re.compile(
    r"^(?P<name>(index|campaign).*?)\s+(?P<language>vi|en)\s+"
    r"(?:(?P<median>[\d.]+)\s+(?P<p95>[\d.]+)\s+(?P<queries>\d+(?:–\d+)?)\s+(?P<verdict>PASS|FAIL)"
    r"|—\s+—\s+—\s+SKIPPED)$"
)
KIT_ROW = re.compile(r"^\s+(cold|warm) .*median\s+(?P<seconds>[\d.]+) s .*(PASS|FAIL)$")
SIZE_ROW = re.compile(r"^\s+ZIP size\s+(?P<megabytes>[\d.]+) MB\s+(PASS|FAIL)$")
SMALL = {"campaigns": 13, "requests": 1, "kit_runs": 1, "photo_size": "2200x2000"}


def bench(**options):
    output = io.StringIO()
    call_command("bench_campaigns", stdout=output, no_color=True, **options)
    return output.getvalue()


def test_refuses_without_an_explicit_scratch_database(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with pytest.raises(CommandError, match="DATABASE_URL"):
        bench(**SMALL)
    assert not CampaignPage.objects.exists()


def test_refuses_a_database_with_real_content(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite:///scratch.sqlite3")
    publish_child(site_home(), InformationPageFactory.build(title="Giới thiệu", slug="gioi-thieu"))
    with pytest.raises(CommandError, match="1 pages"):
        bench(**SMALL)
    assert not CampaignPage.objects.exists()


def test_refuses_a_photograph_size_it_cannot_cut_every_channel_from(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite:///scratch.sqlite3")
    with pytest.raises(CommandError, match="photo-size"):
        bench(**{**SMALL, "photo_size": "800x600"})


def test_seeds_times_the_share_kit_and_the_pages_and_reuses_what_it_seeded(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite:///scratch.sqlite3")
    output = bench(**SMALL)

    assert "Seeded 13 campaigns" in output
    kit_rows = [match for line in output.splitlines() if (match := KIT_ROW.match(line))]
    assert [row.group(1) for row in kit_rows] == ["cold", "warm"]
    assert all(float(row["seconds"]) > 0 for row in kit_rows)
    (size,) = [match for line in output.splitlines() if (match := SIZE_ROW.match(line))]
    assert float(size["megabytes"]) > 0.1
    kit = CampaignPage.objects.get(slug=KIT_SLUG)
    assert kit.channel_posts.count() == len(Channel)
    assert ShortLink.objects.filter(campaign_key=kit.translation_key).count() == 2

    rows = [match for line in output.splitlines() if (match := ROW.match(line))]
    assert [(row["name"].strip(), row["language"]) for row in rows] == [
        (name, language)
        for language in ("vi", "en")
        for name in (
            "index",
            "index ?topic",
            "index ?year",
            "index ?page=2",
            "campaign (20 in turn)",
        )
    ]
    for row in rows:
        if row["verdict"]:
            assert 0 < float(row["median"]) <= float(row["p95"])
            assert 0 < int(row["queries"].split("–")[-1]) < 60
    assert "Scenarios: " in output
    assert CampaignPage.objects.filter(locale__language_code="vi").count() == 14
    assert CampaignPage.objects.filter(locale__language_code="en").count() == 13

    again = bench(**SMALL)
    assert "Using the 13 benchmark campaigns" in again
    assert CampaignPage.objects.count() == 27
