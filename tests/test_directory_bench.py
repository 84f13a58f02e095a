"""The directory benchmark runs only on a scratch database, measures what it says, and seeds
data that is exactly what the real code would have written."""

import io
import random
import re

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from directory import admin_units
from directory.models import (
    Location,
    ServiceDirectoryPage,
    ServiceLocation,
    ServicePage,
    ServicePhone,
    ServiceSchedule,
)
from directory.seeding import MARKER, SLUG, DirectorySeeder
from portal.text import fold
from tests.directory_factories import make_service

pytestmark = pytest.mark.django_db

SCENARIO_ROW = re.compile(
    r"^(?P<name>(finder|service page|API) .+?)\s+(?P<language>vi|en)\s+"
    r"(?:(?P<median>[\d.]+)\s+(?P<p95>[\d.]+)\s+(?P<queries>\d+(?:–\d+)?)\s+(?P<verdict>PASS|FAIL)"
    r"|—\s+—\s+—\s+SKIPPED)$"
)


def bench(**options):
    output = io.StringIO()
    call_command("bench_directory", stdout=output, no_color=True, **options)
    return output.getvalue()


def test_refuses_without_an_explicit_scratch_database(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    with pytest.raises(CommandError, match="DATABASE_URL"):
        bench(services=30, locations=36, requests=1)
    assert not ServicePage.objects.exists()


def test_refuses_a_database_with_real_services(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite:///scratch.sqlite3")
    make_service(title="Xét nghiệm HIV")
    with pytest.raises(CommandError, match="not benchmark data"):
        bench(services=30, locations=36, requests=1)
    assert ServicePage.objects.count() == 1


def test_seeds_measures_every_scenario_and_reuses_what_it_seeded(monkeypatch):
    monkeypatch.setenv("DATABASE_URL", "sqlite:///scratch.sqlite3")
    output = bench(services=30, locations=36, requests=2)

    assert "Seeded 30 services at 36 locations" in output
    rows = [match for line in output.splitlines() if (match := SCENARIO_ROW.match(line))]
    assert [(row["name"].strip(), row["language"]) for row in rows] == [
        ("finder ?q=keyword", "vi"),
        ("finder ?category&area", "vi"),
        ("finder ?open=1", "vi"),
        ("service page (20 in turn)", "vi"),
        ("finder ?q=keyword", "en"),
        ("service page (20 in turn)", "en"),
        ("API /services?search", "vi"),
        ("API /service_at_locations?lat&lng", "vi"),
    ]
    for row in rows:
        if row["verdict"]:
            assert 0 < float(row["median"]) <= float(row["p95"])
            assert 0 < int(row["queries"].split("–")[-1]) < 60
    assert re.search(r"Finder page with 20 results, gzip: [\d.]+ KB \(HTML [\d.]+, ", output)
    assert "Scenarios: " in output

    again = bench(services=30, locations=36, requests=1)
    assert "Using the 30 benchmark services at 36 locations" in again
    assert ServicePage.objects.count() == 60


def test_seeded_data_is_what_the_real_code_writes():
    DirectorySeeder(random.Random(7), io.StringIO()).seed(30, 36)  # noqa: S311 - reproducible data

    # The page tree is sound: paths, depths and child counts as treebeard keeps them.
    assert all(problems == [] for problems in Page.find_problems())
    directories = {
        page.locale.language_code: page for page in ServiceDirectoryPage.objects.filter(slug=SLUG)
    }
    for directory in directories.values():
        assert directory.numchild == 30
        assert ServicePage.objects.child_of(directory).count() == 30

    pages = ServicePage.objects.prefetch_related("categories", "service_locations__location")
    for page in pages:
        # What ServicePage.save() and Page.full_clean() would have computed and accepted.
        assert page.search_text == page.build_search_text(), page.title
        assert page.sort_name == fold(page.title)[:255]
        assert page.url_path == f"{page.get_parent().url_path}{page.slug}/"
        page.full_clean()

    english = ServicePage.objects.filter(locale__language_code="en")
    aliases = english.filter(alias_of__isnull=False)
    assert 0 < aliases.count() < english.count()
    for alias in aliases.select_related("alias_of"):
        assert alias.translation_key == alias.alias_of.translation_key
        assert alias.title == alias.alias_of.title
    # Every version has its own copy of the rows, with the same HSDS ids.
    for version in english[:5]:
        source = version.get_translation(version.locale.get_default())
        for model in (ServiceLocation, ServicePhone, ServiceSchedule):
            ids = sorted(model.objects.filter(service=version).values_list("hsds_id", flat=True))
            assert ids == sorted(
                model.objects.filter(service=source).values_list("hsds_id", flat=True)
            )
            assert ids

    locations = Location.objects.filter(alternate_name=MARKER)
    assert locations.count() == 36
    assert set(ServiceLocation.objects.values_list("location_id", flat=True)) == set(
        locations.values_list("pk", flat=True)
    )
    for location in locations.exclude(ward_code="")[:3]:
        assert location.province_code == admin_units.ward(location.ward_code).province_code
        location.full_clean()
