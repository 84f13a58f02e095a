"""Members of Wagtail's Editors and Moderators groups can keep the directory up to date."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from directory.models import ProblemReport
from tests.directory_factories import LocationFactory, make_service

pytestmark = pytest.mark.django_db


@pytest.fixture(params=["Editors", "Moderators"])
def member(request, client):
    user = User.objects.create_user("member", password="not-used")
    user.groups.add(Group.objects.get(name=request.param))
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "model", ["organization", "location", "servicecategory", "taxonomy", "spokenlanguage"]
)
def test_members_can_add_directory_snippets(member, model):
    response = member.get(reverse(f"wagtailsnippets_directory_{model}:add"))
    assert response.status_code == 200


def test_members_can_correct_a_location(member):
    location = LocationFactory()
    response = member.get(reverse("wagtailsnippets_directory_location:edit", args=[location.pk]))
    assert response.status_code == 200


def test_members_work_the_problem_report_queue_but_cannot_add_reports(member):
    report = ProblemReport.objects.create(service=make_service(), kind="hours")
    listing = member.get(reverse("wagtailsnippets_directory_problemreport:list"))
    assert listing.status_code == 200
    edit = member.get(reverse("wagtailsnippets_directory_problemreport:edit", args=[report.pk]))
    assert edit.status_code == 200
    add = member.get(reverse("wagtailsnippets_directory_problemreport:add"))
    assert add.status_code in (302, 403, 404)


@pytest.mark.parametrize("model", ["topic", "audience", "legaldocument"])
def test_members_can_add_article_snippets_too(member, model):
    assert member.get(reverse(f"wagtailsnippets_articles_{model}:add")).status_code == 200
