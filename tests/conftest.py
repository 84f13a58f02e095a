import pytest
from bs4 import BeautifulSoup


@pytest.fixture(autouse=True)
def _media_and_language(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def soup():
    """Parse a response (or HTML string) into BeautifulSoup."""

    def parse(response_or_html):
        html = getattr(response_or_html, "content", response_or_html)
        if isinstance(html, bytes):
            html = html.decode()
        return BeautifulSoup(html, "html.parser")

    return parse
