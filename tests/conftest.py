import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from wagtail.users.models import UserProfile


@pytest.fixture(autouse=True)
def _media_and_language(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture(autouse=True)
def _empty_cache():
    """Wagtail caches the sites' root URLs and image renditions; each test has its own
    database (a test that changes the site's host would otherwise leave its URLs behind)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def soup():
    """Parse a response (or HTML string) into BeautifulSoup."""

    def parse(response_or_html):
        html = getattr(response_or_html, "content", response_or_html)
        if isinstance(html, bytes):
            html = html.decode()
        return BeautifulSoup(html, "html.parser")

    return parse


@pytest.fixture
def editor(admin_user, client):
    """A client signed in as a superuser whose admin speaks English (the default is
    Vietnamese), so tests can read the admin's messages as written in the source."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(admin_user)
    return client
