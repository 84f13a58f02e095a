"""What the demo command does on a fresh database with its options and settings: the site's
address, and the demo editor account only where demo logins are allowed."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Site

from home.models import InformationPage
from portal.models import SiteSettings

pytestmark = pytest.mark.django_db


def load_demo_content(**options):
    output = io.StringIO()
    call_command("load_demo_content", stdout=output, **options)
    return output.getvalue()


def test_site_settings_and_site_are_set_for_the_demo(client, soup):
    load_demo_content(hostname="demo.example.org", port=8080)

    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("demo.example.org", 8080)
    site_settings = SiteSettings.for_site(site)
    assert site_settings.show_sample_data_notice
    assert site_settings.default_social_image is not None
    assert "google.com" in site_settings.quick_exit_url
    assert all(url.startswith("https://example.org/") for _, url in site_settings.social_accounts())

    html = soup(client.get("/en/privacy/"))
    assert (
        html.select_one('link[rel="canonical"]')["href"]
        == "http://demo.example.org:8080/en/privacy/"
    )
    assert html.select(".notice--sample")
    assert html.select_one(".quick-exit__button")["href"] == site_settings.quick_exit_url


def test_demo_editor_is_created_where_demo_login_is_allowed(settings, client):
    settings.DEMO_LOGIN_ALLOWED = True
    load_demo_content()

    editor = get_user_model().objects.get(username="demo-editor")
    assert editor.is_superuser
    assert client.login(username="demo-editor", password="demo-editor-password")


def test_demo_editor_is_refused_where_demo_login_is_not_allowed(settings):
    settings.DEMO_LOGIN_ALLOWED = False

    output = load_demo_content()

    assert not get_user_model().objects.filter(username="demo-editor").exists()
    assert "demo-editor account was NOT created" in output
    # The content itself still loads, e.g. for a public demo server.
    assert InformationPage.objects.filter(slug="duyet-web-an-toan").exists()
